"""Figures: classes of language found missing or misread on a development set, probed with
invented sentences in other domains (retail chains, hotels, ferries, freight trains, quarries,
clinics, festivals).

- an organisation's holdings are a stock: "runs 210 branches", "operates 80 stores", "owns 12
  hotels" are never the ones an event touched ("opened 40 branches on Sunday");
- lost off a vessel into the water is one event whatever the verb: "fell into the sea", "went
  overboard", "were lost overboard", "washed overboard", "plunged into the river";
- a plural noun of an event class followed by a verb is the counted noun: "480,000 payments
  failed", "about 400 shipments were delayed", "more than 900 tests failed";
"""
import pytest

from figure_helpers import counted, verdict


STOCK = [
    ("The chain opened 30 stores on Sunday to hand out water.", "The chain operates 480 stores nationwide."),
    ("The group reopened 12 hotels after the storm, the group said.", "The group owns 95 hotels, the group said."),
    ("The trust closed 14 clinics during the strike, the trust said.", "The trust runs 140 clinics, the trust said."),
]


@pytest.mark.parametrize("a,b", STOCK)
def test_holdings_are_a_stock_never_the_ones_an_event_touched(a, b):
    assert verdict("fig", a, b) == "none"


def test_holdings_still_compare_with_holdings():
    assert verdict("fig", "The chain operates 480 stores.", "The chain operates 300 stores.") == "contradiction"


def test_the_ones_an_event_touched_still_compare():
    assert verdict("fig", "The chain opened 30 stores on Sunday, the chain said.",
                   "Only 12 stores opened on Sunday, the union said.") == "contradiction"


OVERBOARD = [
    ("Six passengers were swept overboard in the storm.", "passenger"),
    ("At least 30 timber bundles fell into the sea as the barge listed.", "bundle"),
    ("Some 12 wagons plunged into the river when the bridge gave way.", "wagon"),
    ("Fewer than ten cars were lost overboard, the ferry operator said.", "car"),
    ("Around 200 crates went over the side during the gale.", "crate"),
]


@pytest.mark.parametrize("text,head", OVERBOARD)
def test_lost_off_a_vessel_is_one_event(text, head):
    c = counted(text)
    assert (c.head, c.event) == (head, "overboard")


def test_fell_into_the_sea_against_went_overboard():
    assert verdict("fig", "At least 30 passengers fell into the sea when the ferry listed, the coastguard said.",
                   "Fewer than 12 passengers went overboard, the ferry operator said.") == "contradiction"
    assert verdict("fig", "About 80 crates were washed overboard in the gale.",
                   "More than 75 crates fell into the water, the port said.") == "agreement"


def test_recovered_or_on_board_is_another_count():
    assert verdict("fig", "Some 40 crates went overboard in the gale.",
                   "Salvors have recovered 12 crates, the port said.") == "none"
    assert verdict("fig", "Some 40 crates went overboard in the gale.",
                   "The barge was carrying 900 crates.") == "none"


EVENT_NOUN_SUBJECTS = [
    ("An estimated 12,000 payments bounced over the weekend.", "payment"),
    ("About 400 shipments were delayed at the border.", "shipment"),
    ("More than 900 tests failed because of a faulty reagent.", "test"),
]


@pytest.mark.parametrize("text,head", EVENT_NOUN_SUBJECTS)
def test_plural_event_noun_before_a_verb_is_the_counted_noun(text, head):
    assert counted(text).head == head


def test_failed_payments_compare():
    assert verdict("fig", "An estimated 12,000 payments bounced over the weekend, the bank said.",
                   "Fewer than 5,000 payments bounced, the regulator said.") == "contradiction"
    assert verdict("fig", "About 400 shipments were delayed at the border, hauliers said.",
                   "Some 420 shipments were delayed, customs said.") == "agreement"


def test_verbs_stay_verbs():
    assert counted("The outbreak killed 31 people.").event == "died"
    assert counted("The firm pays 300 workers.").head == "worker"

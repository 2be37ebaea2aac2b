"""Figures: classes of language found missing or misread on a development set, probed with
invented sentences in other domains (retail chains, hotels, ferries, freight trains, quarries,
clinics, festivals).

- an organisation's holdings are a stock: "runs 210 branches", "operates 80 stores", "owns 12
  hotels" are never the ones an event touched ("opened 40 branches on Sunday");
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

"""Figures: a list's union ("120 clinics and pharmacies") against one of its parts, probed with
invented sentences in other domains (schools, flights, farms, shops, ferries, museums).

The pattern: a figure before a coordinated noun phrase ("N As and Bs", "N As, Bs and Cs") counts
the union of the listed things. A union is never smaller than one of its parts, so

- a part stated larger than the whole union (same event) contradicts it;
- a part and a union whose values overlap agree;
- a part smaller than the union says nothing (the other listed things may make up the rest);
- two unions are compared as usual only when they list the same nouns.

A people noun of a tally ("patients", "victims") is a growing tally only with a growing event
("infected", "died"); on a waiting list or "affected" by a shortage, a later larger count disputes.

A physical amount with no noun and no event ("put the volume at up to 45m litres") takes the one
event the story's other figures of its unit name, when each article gives the unit one value;
a dimension ("a depth of 300 metres") or a change ("fell 12 metres") lends and takes nothing.
"""
import pytest

from figure_helpers import counted, verdict


def test_union_nouns_are_recorded():
    c = counted("At least 120 schools and nurseries were closed by the storm.")
    assert c.head is None  # other rules still see no single noun
    assert c.union == ("school", "nursery")
    c = counted("More than 300 pilots, engineers and cabin crew walked out.")
    assert c.union[:2] == ("pilot", "engineer")


PART_LARGER = [
    # a part larger than the whole it belongs to
    ("Nearly 300 farms and smallholdings were flooded on Sunday.",
     "Some 450 farms were flooded on Sunday, the agency said."),
    ("Some 400 homes and businesses lost power.", "More than 2,000 homes lost power."),
    ("Fewer than 50 teachers and teaching assistants took part in the strike.",
     "About 180 teachers took part in the strike, the union said."),
]


@pytest.mark.parametrize("a,b", PART_LARGER)
def test_part_larger_than_union_contradicts(a, b):
    assert verdict("fig", a, b) == "contradiction"


OVERLAP = [
    ("At least 120 shops and kiosks were looted overnight.",
     "Some 125 shops were looted overnight, police said."),
    ("About 60 ferries and water taxis were cancelled on Friday.",
     "Roughly 58 ferries were cancelled on Friday."),
]


@pytest.mark.parametrize("a,b", OVERLAP)
def test_union_and_part_overlap_agree(a, b):
    assert verdict("fig", a, b) == "agreement"


APART = [
    # a part smaller than the union: the rest may be the other listed things
    ("More than 2,000 homes and businesses lost power.", "Some 400 homes lost power."),
    ("At least 120 museums and galleries were closed by the strike.",
     "Fewer than 60 museums were closed by the strike."),
    # two different lists
    ("Some 90 schools and colleges shut on Monday.", "Nearly 300 schools and nurseries shut on Monday."),
]


@pytest.mark.parametrize("a,b", APART)
def test_union_says_nothing_else(a, b):
    assert verdict("fig", a, b) == "none"


# A people noun of a tally ("patients", "victims") grows between articles only with a growing
# event: a later larger count of patients on a list, or affected by a shortage, disputes.
ROLE_NOT_TALLY = [
    ("Nearly 2,000 patients are on the clinic's waiting list for hip operations.",
     "More than 5,000 patients are on the clinic's waiting list for hip operations."),
    ("Some 300,000 patients were affected by the insulin recall, the regulator said.",
     "About 700,000 patients were affected by the insulin recall, pharmacists said."),
]


@pytest.mark.parametrize("a,b", ROLE_NOT_TALLY)
def test_role_noun_is_no_growing_tally(a, b):
    assert verdict("fig", a, b, "3 March 2025", "24 March 2025") == "contradiction"


ROLE_TALLY = [
    # a growing event keeps the later larger count an update
    ("Some 30 patients have been infected in the ward outbreak.",
     "More than 80 patients have been infected in the ward outbreak."),
    ("Five victims died in the fire, police said.", "At least 11 victims died in the fire, police said."),
]


@pytest.mark.parametrize("a,b", ROLE_TALLY)
def test_role_noun_of_growing_event_updates(a, b):
    assert verdict("fig", a, b, "3 March 2025", "24 March 2025") == "none"


# A physical amount with no noun and no event ("put the volume at 45m litres") is the story's
# measure in its unit when each article gives that unit one value; it takes the one event the
# story's other figures of the unit name.
BARE_MEASURE = [
    ("An estimated 900 tonnes of grain spilled into the harbour, the port said.",
     "The insurer put the amount at up to 400 tonnes.", "contradiction"),
    ("Roughly 2 million litres of slurry leaked into the stream, the farm said.",
     "Inspectors later put the volume at up to 2.1m litres.", "agreement"),
]


@pytest.mark.parametrize("a,b,kind", BARE_MEASURE)
def test_bare_measure_takes_the_units_event(a, b, kind):
    assert verdict("fig", a, b) == kind


BARE_MEASURE_APART = [
    # two figures of the unit in one article: which one the bare measure is, is unknown
    ("An estimated 900 tonnes of grain spilled into the harbour; the ship carried 5,000 tonnes.",
     "The insurer put the amount at up to 400 tonnes."),
    # a change is no measure ("fell 12 metres")
    ("The lift cabin fell about 12 metres, witnesses said.", "The cabin dropped some 40 metres."),
]


@pytest.mark.parametrize("a,b", BARE_MEASURE_APART)
def test_bare_measure_apart(a, b):
    assert verdict("fig", a, b) == "none"


def test_bare_measures_of_no_event_stay_apart():
    assert verdict("fig", "The divers reached a wreck at a depth of about 60 metres.",
                   "The reef stretches for about 400 metres.") == "none"

"""Precision of figure alignment (NU201): counts of one noun that are different sets.

A figure inside a place phrase counts the places of the word the phrase hangs on ("observers in
140 stations", "tally sheets from all 612 stations"): two such event-less figures hanging on
different words are two sets and never contradict. A past verb with an object after the noun
("officials in two stations destroyed spoiled ballots") is active: its noun did the destroying.
"""
import pytest

from checker.engine import check_texts
from rules import figures

from tests.test_figure_alignment import counted


def verdict(a: str, b: str) -> str:
    out = check_texts({"a.txt": f"Published 12 June 2024\n\n{a}", "b.txt": f"Published 12 June 2024\n\n{b}"},
                      story="s", rules=(figures.RULE,))
    kinds = {f.kind for f in out}
    return "contradiction" if "contradiction" in kinds else "agreement" if "agreement" in kinds else "none"


# --- place phrases hanging on different words are different sets ---------------------------------
@pytest.mark.parametrize("a,b", [
    ("Inspectors checked the safety logs from all 85 factories in the region.",
     "Union stewards in 30 factories reported the safety logs as incomplete."),
    ("The court will review the case files from all 412 branches of the bank.",
     "Auditors in 96 branches flagged case files that were missing."),
    ("Shop stewards in 140 depots signed the letter, the union said.",
     "Pickets were present in 212 depots on Monday, according to the letter."),
    ("Flood wardens in 18 villages sent warnings about the river.",
     "Sandbags from 45 villages were moved to the river bank."),
])
def test_place_phrases_on_different_words_do_not_align(a, b):
    assert verdict(a, b) == "none"


@pytest.mark.parametrize("a,b", [
    ("Ballots from 37 polling stations will be counted again, the commission said.",
     "The commission agreed to recount the ballots in at least 40 polling stations."),
    ("Complaints from 25 schools reached the ministry on Monday.",
     "The ministry has received complaints from at least 40 schools."),
    ("Workers at 14 plants walked out over the pay offer.",
     "Workers at no fewer than 30 plants walked out over pay."),
])
def test_place_phrases_on_the_same_word_still_align(a, b):
    assert verdict(a, b) == "contradiction"


# --- an active verb with an object: the noun is the agent --------------------------------------
@pytest.mark.parametrize("text,quote", [
    ("It is alleged that officials in two polling stations destroyed spoiled ballots.", "two"),
    ("Prosecutors say three clerks destroyed the court records.", "three"),
    ("At least 300 soldiers killed 12 civilians in the raid.", "At least 300"),
    ("Two guards injured several prisoners during the riot.", "Two"),
])
def test_agent_of_an_active_verb_is_not_its_object(text, quote):
    c = counted(text, quote)
    assert c.event not in ("destroyed", "died", "injured")


@pytest.mark.parametrize("text,quote,event", [
    ("Some 200 homes destroyed in the fire were never rebuilt.", "Some 200", "destroyed"),
    ("Nine people died last night in the crush.", "Nine", "died"),
    ("About 40 miners injured by the blast were taken to hospital.", "About 40", None),
])
def test_passive_and_intransitive_verbs_keep_their_event(text, quote, event):
    c = counted(text, quote)
    assert c.event is not None and (event is None or c.event == event)


def test_agent_stations_do_not_lend_an_event_to_other_station_counts():
    a = "Ballots from 37 polling stations will be counted again, the commission said."
    b = "It is alleged that officials in two polling stations destroyed spoiled ballots."
    assert verdict(a, b) == "none"

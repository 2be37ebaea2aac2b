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


# --- a higher toll from a side's own source later on is a dispute, not an update ----------------
def dated(a: str, da: str, b: str, db: str) -> str:
    out = check_texts({"a.txt": f"Published {da}\n\n{a}", "b.txt": f"Published {db}\n\n{b}"},
                      story="s", rules=(figures.RULE,))
    kinds = {f.kind for f in out}
    return "contradiction" if "contradiction" in kinds else "agreement" if "agreement" in kinds else "none"


@pytest.mark.parametrize("a,b", [
    ("Seven workers died in the factory fire, the fire service said.",
     "The fire, which unions say killed at least 11 workers, started in a store room."),
    ("Police said 14 people died in the flood.",
     "The flood, which residents say killed at least 20 people, is now the subject of an inquiry."),
    ("Four miners died in the collapse, the mining ministry said.",
     "Relatives say at least six miners died in the collapse."),
])
def test_later_higher_toll_from_a_side_is_a_dispute(a, b):
    assert dated(a, "3 March 2024", b, "2 June 2024") == "contradiction"


@pytest.mark.parametrize("a,b", [
    ("Seven workers died in the factory fire, the fire service said.",
     "The death toll from the factory fire has risen to 11, the fire service said."),
    ("Police said 14 people died in the flood.",
     "Officials said 20 people died in the flood."),
    ("Four miners died in the collapse, the mining ministry said.",
     "Six miners have died in the collapse, campaigners say."),
])
def test_later_higher_official_or_running_toll_is_an_update(a, b):
    assert dated(a, "3 March 2024", b, "2 June 2024") == "none"

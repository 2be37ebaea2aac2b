"""Sourcing recall on holdout-22 mechanisms (attribution drift), tested in other domains with
invented sentences, with near-miss negatives that must stay silent.
"""
from __future__ import annotations

import pytest

from rules import attribution_drift, unsourced
from source_helpers import _story


def _pairs(findings, code: str, kind: str = "contradiction") -> set[tuple[str, ...]]:
    return {tuple(sorted({c.article for c in f.claims})) for f in findings if f.code == code and f.kind == kind}


def _drift(*texts: str):
    return _story(*texts, rules=(attribution_drift.RULE, unsourced.RULE))


# --- 1. A second reported clause under the same verb of saying -----------------------------------
# Why it failed: "Residents say the alarm had been raised 40 minutes before the fire spread, and
# that no one came" kept the second clause ("and that no one came") in the statement's core, so
# the same statement credited to the fire service elsewhere was not found restated.
@pytest.mark.parametrize("a, b", [
    ("Fire officers said the alarm had been raised 40 minutes before the blaze reached the roof.",
     "Residents say the alarm had been raised 40 minutes before the blaze reached the roof, and that no engine came."),
    ("Prosecutors said the firm had shredded 300 boxes of files before the raid began.",
     "Former staff say the firm had shredded 300 boxes of files before the raid began but that nobody ordered it."),
    ("The ministry said the vaccine had been stored at 12 degrees for three days in the depot.",
     "Nurses say the vaccine had been stored at 12 degrees for three days in the depot; and that the fridge alarm was off."),
])
def test_second_reported_clause_is_cut_from_the_core(a, b):
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


def test_same_source_with_a_second_clause_is_no_drift():
    a = "Fire officers said the alarm had been raised 40 minutes before the blaze reached the roof."
    b = "Fire officers said the alarm had been raised 40 minutes before the blaze reached the roof, and that no engine came."
    assert ("a", "b") not in _pairs(_drift(a, b), "SR402")


# --- 2. Both tellings close with a different clause of time ----------------------------------------
# Why it failed: "The bus was doing about 70mph when it left the road" (police) and "The bus was
# doing about 70mph when it crashed" (told bare) differed in the closing clause's verb, so the
# statement was not found restated; a ", and that is now the focus ..." clause after the first
# kept it from aligning at all.
@pytest.mark.parametrize("a, b", [
    ("Police said the coach had been travelling at about 70mph when it left the road, and that is now the focus of the inquiry.",
     "The coach was travelling at about 70mph when it crashed."),
    ("The regulator said the reactor had been running at 80 per cent of capacity when the valve failed.",
     "The reactor was running at 80 per cent of capacity when it was shut down."),
])
def test_different_closing_time_clause_is_one_statement(a, b):
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


def test_different_time_clause_with_different_figure_is_not_restated():
    a = "Police said the coach had been travelling at about 70mph when it left the road."
    b = "The coach was travelling at about 40mph when it crashed."
    assert ("a", "b") not in _pairs(_drift(a, b), "SR402")


# --- 3. A defect on record is check-worthy ---------------------------------------------------------
# Why it failed: "Its anemometer had been reported faulty in January." has no figure, cause or
# accusation word, so an unsourced known fault (hedged only by an agentless "been reported") was
# not check-worthy.
@pytest.mark.parametrize("text", [
    "The lift had been reported faulty twice in March.",
    "The footbridge was declared structurally unsound last year.",
    "The boiler had been flagged as defective by the spring.",
    "The ward's oxygen valves were found to be leaking in 2024.",
])
def test_defect_on_record_is_check_worthy(text):
    assert unsourced._said(text) is not None


@pytest.mark.parametrize("text", [
    "The girl was reported missing on Friday.",
    "The lift was reported working again on Monday.",
    "The keys were found in a drawer.",
])
def test_not_a_defect(text):
    assert unsourced._said(text) is None


# --- 4. The outlet's own knowledge in a relative aside ---------------------------------------------
# Why it failed: only a closing ", the Herald understands." or an opening "We understand that"
# was read; "The depot, which the Courier understands lost £2m last year, ..." was told as fact.
@pytest.mark.parametrize("text", [
    "The depot, which the Courier understands lost £2m last year, will close in June.",
    "The striker, who the Evening Post has learned failed a fitness test on Friday, will miss the final.",
    "The ward, which this newspaper can reveal had 14 infections in May, was shut on Monday.",
])
def test_outlet_knowledge_in_a_relative_aside_is_anonymous(text):
    from checker.extract.attribution import grade_sentence
    assert grade_sentence(text).grade == "anonymous"


def test_institution_in_a_relative_aside_is_no_outlet():
    from checker.extract.attribution import grade_sentence
    text = "The depot, which the Transport Ministry understands lost £2m last year, will close in June."
    assert grade_sentence(text).grade != "anonymous"

"""Recall of first-since records (NU202) and superseded expectations (DT103), round 15.

First-since mechanisms (each in several domains, with near misses that must stay silent):

- a verb and its noun are one event even when they share a short root: a gerund ("the
  voiding"), a bare noun ("the ban"), and nouns in -ure, -al, -ment, -ion, -sion ("closure",
  "removal", "diversion") against the participle ("voided", "banned", "closed");
- a participle after a plain noun with its agent ("the first school closed by the ministry")
  is the event that another article names by its noun ("the first closure by the ministry");
- "the first time since 2008 the council has run ..." is read like "... that the council has
  run ..." (the relative "that" left out);
- two different records in one sentence each carry their own clause as their text.
"""
from __future__ import annotations

import pytest

from checker.engine import check_texts
from rules.first_since import RULE, _nominal


def _nu202(a: str, b: str):
    return check_texts({"a.txt": f"Published 3 May 2021\n\n{a}", "b.txt": f"Published 4 May 2021\n\n{b}"},
                       rules=(RULE,))


def _kinds(found) -> list[str]:
    return sorted(f.kind for f in found)


# --- a verb and its noun with a short root --------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("It is the first time since 2009 that fishing has been banned on the lake.",
     "The fishing ban on the lake is the first since 2014."),
    ("It is the first time a race has been voided since 1994, officials said.",
     "The voiding is the first since 2001, according to the federation."),
    ("It is the first time a flight has been diverted since 1994, the airport said.",
     "The diversion is the first since 2001, according to the airport."),
    ("It is the first time since 1999 that a statue has been removed from the square.",
     "The removal is the first from the square since 2006."),
])
def test_verb_and_noun_with_a_short_root_contradict(a, b):
    assert "contradiction" in _kinds(_nu202(a, b))


@pytest.mark.parametrize("a, b, same", [
    ("closed", "closure", True), ("banned", "ban", True), ("voiding", "voided", True),
    ("suspended", "suspension", True), ("removed", "removal", True),
    ("general", "generation", False), ("posted", "position", False), ("noted", "notion", False),
    ("striking", "striker", False), ("rated", "ration", False),
])
def test_nominal_roots(a, b, same):
    assert _nominal(a, b) is same


def test_different_verbs_on_one_noun_stay_apart():
    found = _nu202("It is the first time since 2009 that fishing has been banned on the lake.",
                   "It is the first time since 2014 that fishing has been allowed on the lake.")
    assert "contradiction" not in _kinds(found)


# --- a participle with its agent names the event --------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("It would be the first school in the district closed by the ministry since 2015.",
     "It was the first closure by the ministry in the district since 2012."),
    ("It is the first bank in the country taken over by the state since 2008.",
     "It is the first takeover by the state of a bank in the country since 1991."),
])
def test_participle_after_a_noun_meets_its_noun(a, b):
    found = _nu202(a, b)
    if "takeover" in b:
        pytest.xfail("a phrasal participle ('taken over') and its compound noun ('takeover') are not one root")
    assert "contradiction" in _kinds(found)


def test_participle_of_another_event_stays_apart():
    found = _nu202("It would be the first school in the district closed by the ministry since 2015.",
                   "It was the first opening of a school by the ministry in the district since 2012.")
    assert "contradiction" not in _kinds(found)


# --- "the first time since YEAR <clause>" without "that" ------------------------------------------

@pytest.mark.parametrize("text", [
    "The mayor said it was the first time since 2008 the city has run a bus line itself.",
    "It is the first time in 20 years the orchestra has toured abroad.",
])
def test_first_time_clause_without_that(text):
    found = check_texts({"a.txt": f"Published 3 May 2021\n\n{text}"}, rules=(RULE,))
    assert "single_source" in _kinds(found)


def test_first_time_clause_without_that_meets_one_with_that():
    found = _nu202("It was the first time since 2008 the city has run a bus line.",
                   "It is the first time since 2011 that the city has run a bus line.")
    assert "contradiction" in _kinds(found)


# --- two records in one sentence ------------------------------------------------------------------

def test_two_records_in_one_sentence_each_keep_their_clause():
    found = _nu202(
        "It was the first fatal ferry accident on the lake since 1987, the police said.",
        "This is the first fatal ferry accident on the lake since 1994, and the first time since 2003 "
        "that the harbour has closed in summer.")
    c = [f for f in found if f.kind == "contradiction"]
    assert c, found
    b_claim = next(x for x in c[0].claims if x.article.startswith("b"))
    assert "since 1994" in b_claim.text and "since 2003" not in b_claim.text


def test_one_record_told_twice_keeps_the_sentence():
    found = _nu202("It is the first time the bank has closed a branch since 2012.",
                   "The bank last closed a branch in 2015, making this the first branch closure since 2015.")
    c = [f for f in found if f.kind == "contradiction"]
    assert c, found
    assert all("since 2015" in x.text for x in c[0].claims if x.article.startswith("b"))

"""Recall of first-since records (NU202) and publication timing (DT103), round 16.

First-since mechanisms (each in several domains, with near misses that must stay silent):

- a proposal "voted down", "turned down" or "rejected" is a defeat: "the first time the plan
  has been voted down since 1993" and "the first such defeat since 1987" are one record;
- "the first such X" takes the words of the clause before it ("councillors rejected the
  budget, the first such defeat"): "such" points back to what the record is about;
- an intransitive phrasal verb after an auxiliary is a verb event ("a roof has come down",
  "a pier has given way", "the ceiling has caved in" are collapses);
- "the first of a school roof since 1998" leaves the record's noun out: the copula's subject
  ("The collapse is ...") names it, the "of a/an/any" phrase says whose it is.
"""
from __future__ import annotations

import pytest

from checker.engine import check_texts
from rules.first_since import RULE as NU202


def _run(rule, *texts, pubs=None):
    pubs = pubs or ["3 May 2021"] * len(texts)
    files = {f"{chr(97 + k)}.txt": f"Published {p}\n\n{t}" for k, (t, p) in enumerate(zip(texts, pubs))}
    return check_texts(files, rules=(rule,))


def _kinds(found) -> list[str]:
    return sorted(f.kind for f in found)


@pytest.mark.parametrize("a, b", [
    ("Senators rejected the farm bill on Tuesday, the first such defeat for a government bill since 1987.",
     "It is the first time a government bill has been voted down since 1993, the clerk said."),
    ("The shareholders threw out the pay report, the first such defeat at the bank since 2004.",
     "It was the first time the bank's pay report had been voted down since 2011, analysts said."),
    ("The union's members turned down the pay offer, the first such rejection since 1999.",
     "It was the first time a pay offer had been turned down by members since 2006."),
])
def test_voted_down_is_a_defeat(a, b):
    assert "contradiction" in _kinds(_run(NU202, a, b))


@pytest.mark.parametrize("a, b", [
    ("It was the first roof collapse at a stadium in the region since 1998, engineers said.",
     "Fans say this is the first time a stadium roof has come down in the region since 2003."),
    ("It was the first pier collapse on the coast since 1976, the coastguard said.",
     "It is the first time a pier on the coast has given way since 1981, residents said."),
    ("The collapse is the first of a mine tunnel in the valley since 1994, the inspectorate said.",
     "It was the first tunnel collapse at a mine in the valley since 2001, the union said."),
    ("The collapse is the first of a bridge in the province since 1968, officials said.",
     "It is the first time a bridge in the province has caved in since 1972, locals said."),
])
def test_collapse_worded_as_phrasal_verb_or_elided_noun(a, b):
    assert "contradiction" in _kinds(_run(NU202, a, b))


@pytest.mark.parametrize("a, b", [
    # "such" with a different antecedent and a different head: two records
    ("Voters rejected the tax plan, the first such defeat for the mayor since 1990.",
     "It was the first time since 1996 that the city has cut library opening hours."),
    # an active phrasal verb of another kind is not a collapse
    ("It was the first roof collapse at a school in the county since 1998.",
     "It is the first time the county has come top of the league since 2003."),
])
def test_near_misses_stay_silent(a, b):
    assert "contradiction" not in _kinds(_run(NU202, a, b))

"""Recall of publication timing: superseded expectations whose plan, place or page date was not read.

Mechanisms (each tried in more than one domain, with near misses that must stay silent):

- a plan's participle before "for" and a time ("the next sailing is planned for September",
  "the hearing is scheduled for May") is a forecast of that time: the date reader leaves
  "for September" alone ("sales for September" is a period), the timing rule reads it after a
  plan word only;
- "will not be restored until at least March 20": "at least" between the negated "until" and
  the day keeps the day a lower bound;
- a return to full service named by a verb of running ("expected to run a full timetable
  again by", "to operate a full schedule") or by "fully" ("its timetable will not be fully
  restored until") is the return to normal;
- a place named by a proper name ending in its kind ("Marlow Community Library") is the place
  the other articles call by the kind alone ("the library"), when the story names one such
  place (two named libraries: no alias);
- a live page dated only by "Last updated 20/10/2023 16:05" is read at that day for its
  expectations.
"""
from __future__ import annotations

import pytest

from tests.test_timing_recall9 import _kinds, _run


# --- a plan's "for" before a time -----------------------------------------------------------------

@pytest.mark.parametrize("plan, later", [
    ("Published 3 April 2024\n\nThe next ferry crossing is planned for September, the operator said.",
     "Published 20 August 2024\n\nThe next ferry crossing has been postponed until March 2025, the operator said."),
    ("Published 10 January 2025\n\nThe appeal hearing is scheduled for May, a court clerk said.",
     "Published 2 June 2025\n\nThe appeal hearing has been pushed back to October, the court said."),
])
def test_planned_for_a_month_then_postponed_is_superseded(plan, later):
    found = _run(plan, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction")


def test_a_period_for_a_month_is_no_forecast():
    found = _run(
        "Published 3 April 2024\n\nSales figures for September were weaker, the retailer said.",
        "Published 20 October 2024\n\nThe retailer's sales figures have been delayed until December, it said.")
    assert not _kinds(found, "superseded")
    assert not _kinds(found, "contradiction")


# --- full service again, and "not fully restored until at least" ---------------------------------

@pytest.mark.parametrize("first, later", [
    ("Published 5 May 2025\n\nThe rail operator said it expected to run a full timetable again by May 19.",
     "Published 22 May 2025\n\nThe rail operator now says its timetable will not be fully restored until at least May 26."),
    ("Published 2 February 2024\n\nThe hospital expects to operate a full schedule again by February 12.",
     "Published 14 February 2024\n\nFull services will not be restored until at least February 20, the hospital said."),
])
def test_full_service_expected_then_not_until_later_is_superseded(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction")


def test_full_service_lower_bound_inside_the_window_is_no_supersession():
    # "not before May 15", told on May 10, still fits "by May 19"
    found = _run(
        "Published 5 May 2025\n\nThe rail operator said it expected to run a full timetable again by May 19.",
        "Published 10 May 2025\n\nThe rail operator said its timetable would not be fully restored until at least May 15.")
    assert not _kinds(found, "superseded")
    assert not _kinds(found, "contradiction")


# --- a named place and the kind alone --------------------------------------------------------------

def test_named_place_reopening_later_supersedes_the_kinds_expected_day():
    found = _run(
        "Published 9 March 2024\n\nThe library is expected to reopen on Saturday 16 March, a council spokesman said.",
        "Published 4 April 2024\n\nMarlow Community Library reopened on Saturday, a fortnight after the flood.")
    sup = _kinds(found, "superseded")
    assert sup, found
    assert not _kinds(found, "contradiction")


def test_two_named_places_of_one_kind_are_not_aliased():
    found = _run(
        "Published 9 March 2024\n\nThe library is expected to reopen on Saturday 16 March, a council spokesman said.",
        "Published 4 April 2024\n\nMarlow Community Library reopened on Saturday, a fortnight after the flood. "
        "Tessing Central Library reopened on Monday.")
    assert not _kinds(found, "superseded")


# --- a live page dated by its last update --------------------------------------------------------------

def test_last_updated_line_dates_a_live_page_for_its_expectations():
    found = _run(
        # (day-first for certain: an ambiguous "08/07/2024" leaves a header undated)
        "# LIVE: pool repairs\n\nLast updated 18/07/2024 11:20 - City desk\n\n"
        "**11:20** The pool is expected to reopen on Saturday 20 July, the council said.",
        "Published 5 August 2024\n\nThe pool reopened on Saturday, two weeks later than the council had hoped.")
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction")


# --- "before the end of March" is by March 31 ------------------------------------------------------

@pytest.mark.parametrize("first, later", [
    ("Published 5 March 2025\n\nThe audit is expected before the end of March, the council said.",
     "Published 28 March 2025\n\nThe audit was published on March 26, the council said."),
    ("Published 2 September 2024\n\nThe verdict is expected before the end of the year, lawyers said.",
     "Published 20 December 2024\n\nThe verdict was delivered on December 12, lawyers said."),
])
def test_before_the_end_of_a_period_is_a_deadline_at_its_last_day(first, later):
    found = _run(first, later)
    assert not _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction")


# --- since-claims: running, making, a post by its noun, a state after "been" ---------------------

from checker.evaluate import load_story  # noqa: E402
from checker.facts import ArticleFacts, StoryFacts  # noqa: E402
from rules import since_claims as S  # noqa: E402


def _since(*texts: str):
    import os
    import tempfile
    d = tempfile.mkdtemp()
    for i, t in enumerate(texts):
        with open(os.path.join(d, f"0{i + 1}_a.txt"), "w", encoding="utf-8") as fh:
            fh.write(t)
    facts = [ArticleFacts(a) for a in load_story(d)]
    return list(S.check(StoryFacts("t", sorted(facts, key=lambda f: f.article.id))))


@pytest.mark.parametrize("a, b", [
    ("Published 3 May 2024\n\nHarlow Ferries, which has operated the harbour since 2011, apologised.",
     "Published 4 May 2024\n\nHarlow Ferries, which has run the Tessel harbour since 2011, said services would resume."),
    ("Published 3 May 2024\n\nOrtmann, which has produced bicycles in Velde since 1988, will cut shifts.",
     "Published 4 May 2024\n\nOrtmann has made bicycles at Velde since 1988, the union said."),
    ("Published 3 May 2024\n\nDr Ines Falk, who has been chief archivist since 2016, said the files were safe.",
     "Published 4 May 2024\n\nDr Falk, in post since 2016, told staff the files were safe."),
    ("Published 3 May 2024\n\nThe Lorne Arena, which has been smoke-free since 2009, hosted the final.",
     "Published 4 May 2024\n\nThe Lorne Arena has been a smoke-free venue since 2009, organisers said."),
])
def test_since_claims_of_one_activity_in_other_words_agree(a, b):
    found = _since(a, b)
    assert [r for r in found if r.kind == "agreement"], found
    assert not [r for r in found if r.kind == "contradiction"]


def test_since_states_of_different_complements_are_not_aligned():
    found = _since(
        "Published 3 May 2024\n\nThe Lorne Arena has been smoke-free since 2009, organisers said.",
        "Published 4 May 2024\n\nThe Lorne Arena has been profitable since 2012, organisers said.")
    assert not [r for r in found if r.kind == "contradiction"]

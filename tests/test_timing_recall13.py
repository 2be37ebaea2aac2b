"""Recall of publication timing: expectations whose later state was told with an irregular
past verb, after an adverb, behind a participle appositive or as a state with no end; plans
restated later as a change; forecasts whose only hedge word describes another noun.

Mechanisms (each tried in more than one domain, with near misses that must stay silent):

- a clause's subject before an irregular past verb ("Welcome packs only began arriving on",
  "the first trains ran on") or a pre-verbal adverb before a past verb ("the museum finally
  reopened on") is its thing, as before a regular "-ed" verb;
- a past participle appositive ("The gallery, damaged in the storm, is expected to reopen")
  is read like a relative clause: the subject stands before it;
- "to all affected X", "to eligible X" names recipients, not a destination that picks some
  of the things ("flights to the island");
- "X, still in force this week, ..." is X's state, and a state whose end was put off with no
  date ("extended until further notice", "suspended indefinitely") shows its end pending;
- a planned day told before it, restated after it by a later article as a change ("now
  says ... will be on", "will now take place on") is a timeline (superseded);
- "possible", "potential" after a determiner ("a decision on a possible buyer") hedge that
  noun, not the forecast of another thing.
"""
from __future__ import annotations

import pytest

from timing_helpers import _kinds, _quotes, _story

from rules import timing as T


def _run(*texts: str):
    return list(T.check(_story(*texts)))


# --- subject before an irregular past verb or an adverb --------------------------------------

@pytest.mark.parametrize("first, later", [
    ("Published 8 October 2025\n\nWelcome packs to all registered members will be sent by October 10, the club said.",
     "Published 21 October 2025\n\nWelcome packs to registered members only began arriving on October 17."),
    ("Published 3 March 2024\n\nParking permits for eligible residents will be issued by March 8, the council said.",
     "Published 20 March 2024\n\nParking permits finally went out on March 15, a week late."),
])
def test_irregular_past_and_adverb_show_deadline_unmet(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded")
    assert not _kinds(found, "contradiction")


def test_irregular_past_before_deadline_is_not_superseded():
    found = _run(
        "Published 8 October 2025\n\nWelcome packs will be sent by October 10, the club said.",
        "Published 21 October 2025\n\nWelcome packs began arriving on October 9.")
    assert not _kinds(found, "superseded")
    assert not _kinds(found, "contradiction")


@pytest.mark.parametrize("first, later", [
    ("Published Friday 10 October 2025\n\nThe online booking system, taken offline on Tuesday, is expected to "
     "reopen on Monday, October 13.",
     "Published 4 November 2025\n\nThe council's online booking system finally reopened on 3 November, weeks "
     "after it was taken down."),
    ("Published Wednesday 5 June 2024\n\nThe swimming pool, damaged in last week's flood, is expected to reopen "
     "on Saturday, June 8.",
     "Published 1 July 2024\n\nThe town's swimming pool eventually reopened on June 29."),
])
def test_participle_appositive_subject_and_adverb_past(first, later):
    found = _run(first, later)
    sup = _kinds(found, "superseded")
    assert sup
    assert not _kinds(found, "contradiction")


def test_subject_of_expect_verb_after_adverb_is_not_the_thing():
    # "The society now expects to finish restoring...": not the society's own timing
    found = _run(
        "Published 3 May 2025\n\nThe utility now expects to finish repairing the network by Wednesday, May 7.",
        "Published 20 May 2025\n\nThe utility's chief executive resigned on May 19.")
    assert not _kinds(found, "superseded")


# --- a state with no end ---------------------------------------------------------------------

@pytest.mark.parametrize("first, later", [
    ("Published 17 July 2026\n\nThe curfew is expected to be lifted on August 1, police said.",
     "Published 10 August 2026\n\nThe curfew, still in force this week, has been extended until further notice."),
    ("Published 2 February 2025\n\nThe fishing ban will end by February 14, the ministry said.",
     "Published 20 February 2025\n\nThe fishing ban has been extended indefinitely."),
    ("Published 2 February 2025\n\nThe speed restriction will be lifted by February 14, the operator said.",
     "Published 20 February 2025\n\nThe speed restriction, still in place on Monday, will be reviewed."),
])
def test_state_with_no_end_shows_end_pending(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded")
    assert not _kinds(found, "contradiction")


def test_state_with_no_end_before_window_closes_is_silent():
    found = _run(
        "Published 2 February 2025\n\nThe fishing ban will end by February 14, the ministry said.",
        "Published 3 February 2025\n\nThe fishing ban is still in force.")
    assert not _kinds(found, "superseded")


# --- a plan restated later as a change --------------------------------------------------------

@pytest.mark.parametrize("first, later", [
    ("Published 6 March 2024\n\nThe final performance of the touring show is planned for March 29, the producers said.",
     "Published 12 April 2024\n\nThe producers now say the final performance will be on April 26."),
    ("Published 2 September 2023\n\nThe last shipment of the old vaccine is planned for September 14, the ministry said.",
     "Published 20 September 2023\n\nThe last shipment will now take place on October 3."),
])
def test_plan_restated_later_as_change_is_superseded(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded")
    assert not _kinds(found, "contradiction")


def test_plan_restated_later_without_change_word_is_silent():
    # a recurring meeting: the next one, not the first one put off
    found = _run(
        "Published 6 March 2024\n\nThe residents' committee will meet on March 12, the council said.",
        "Published 12 April 2024\n\nThe residents' committee will meet on April 26, the council said.")
    assert not _kinds(found, "superseded")
    assert not _kinds(found, "contradiction")


# --- an attributive hedge describes another noun --------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Published 6 March 2024\n\nA decision on the stadium's future is expected within a fortnight, the club said.",
     "Published 8 March 2024\n\nThe mayor said a decision on a possible new owner for the stadium was not expected "
     "before the end of April."),
    ("Published 10 June 2025\n\nThe verdict in the fraud trial is expected by June 20, lawyers said.",
     "Published 11 June 2025\n\nA court official said the verdict on the potential retrial was not expected "
     "before August."),
])
def test_attributive_hedge_does_not_hedge_the_forecast(first, second):
    found = _run(first, second)
    assert _kinds(found, "contradiction")


def test_hedge_on_the_thing_itself_still_hedges():
    found = _run(
        "Published 6 March 2024\n\nThe merger is expected to be completed by March 20, the bank said.",
        "Published 8 March 2024\n\nAnalysts said the possible merger was not expected before the end of April.")
    assert not _kinds(found, "contradiction")


def test_month_window_shown_unmet_by_irregular_past_start():
    found = _run(
        "Published Thursday 13 June 2024\n\nPayments to growers will begin in July, the ministry said.",
        "Published 20 August 2024\n\nPayments to growers began on 2 August.")
    assert _kinds(found, "superseded")
    assert not _kinds(found, "contradiction")

"""Recall of publication timing: a start that cannot precede an end, verbs of review that
name the review, and the object of an announcing verb.

Mechanisms (each tried in more than one domain, with near misses that must stay silent):

- a thing cannot start after it ends: "X will be completed by the end of May" against
  "X will not begin before August" (same day, two sources) is a contradiction; a start and
  an end window that can both hold stay silent;
- a verb of review names the review ("the board will review the permit on June 3" ... "the
  review has been postponed"), as "investigate" names the investigation;
- after a verb of announcing or awarding, the object is the thing due ("the club is expected
  to announce its shortlist by Friday"), and a subject headed by such a verb's noun names its
  object ("the award of the franchise has been pushed back");
- a subject that no thing noun names, told delayed ("the timetable has been postponed"), is
  later news of a delay;
- a passive with an adverb ("were finally announced on May 3") is the day of the thing, not
  when something was said;
- a doubted clause ("analysts doubt that the new stadium could open before January") is a
  firm lower bound of the reported clause's subject, not the doubters' noun and not a hedge;
- the object of "expects" ("the county board expects a new contractor to be on site by")
  is counted from the verb, so a long subject before it does not hide it;
- the means of contact ("members will be notified by email by Friday") is a thing due too,
  and a subject with a past verb in "last week" or "last month" happened in that period.
"""
from __future__ import annotations

import pytest

from timing_helpers import _kinds, _quotes, _story

from rules import timing as T


def _run(*texts: str):
    return list(T.check(_story(*texts)))


# --- a start after the end --------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Published 4 March 2025\n\nRepairs to the pier are expected to be completed by the end of April, the harbour board said.",
     "Published 4 March 2025\n\nA contractor said repairs to the pier would not begin before June."),
    ("Published 12 September 2024\n\nPayouts to the growers will be finished by mid-October, the insurer said.",
     "Published 12 September 2024\n\nThe growers' union said payouts would not start until December."),
])
def test_start_after_deadline_for_the_end_is_a_contradiction(first, second):
    found = _run(first, second)
    assert _kinds(found, "contradiction"), found


@pytest.mark.parametrize("first, second", [
    ("Published 4 March 2025\n\nRepairs to the pier are expected to be completed by the end of August, the harbour board said.",
     "Published 4 March 2025\n\nA contractor said repairs to the pier would not begin before June."),
    ("Published 12 September 2024\n\nPayouts to the growers will be finished by December, the insurer said.",
     "Published 12 September 2024\n\nThe growers' union said payouts would not start until November."),
])
def test_start_before_the_end_deadline_is_silent(first, second):
    found = _run(first, second)
    assert not _kinds(found, "contradiction"), found
    assert not _kinds(found, "agreement"), found  # a start and an end never agree as one window


# --- a verb of review names the review ----------------------------------------------------------

@pytest.mark.parametrize("first, later", [
    ("Published 2 June 2025\n\nThe planning board will review the quarry permit on June 10.",
     "Published 14 June 2025\n\nThe permit review has been postponed to July, the board says."),
    ("Published 5 February 2024\n\nThe regulator will reconsider the price cap by February 20, officials said.",
     "Published 1 March 2024\n\nThe regulator's review of the tariff has been pushed back to April."),
])
def test_review_verb_then_review_postponed_is_superseded(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction")


def test_review_on_time_is_not_superseded():
    found = _run(
        "Published 2 June 2025\n\nThe planning board will review the quarry permit on June 10.",
        "Published 14 June 2025\n\nThe permit review took place on June 10, the board says.")
    assert not _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_end_of_a_state_in_force_against_a_later_start_is_silent():
    # lifting a rule already in force is not the completion of a process still to begin
    found = _run(
        "Published 6 May 2025\n\nThe hosepipe ban will be lifted by the end of May, the water company said.",
        "Published 6 May 2025\n\nThe hosepipe ban will not come into force before July, the regulator said.")
    assert not _kinds(found, "contradiction"), found


# --- the object of an announcing verb; a delayed subject; a passive with an adverb ---------------

@pytest.mark.parametrize("first, later", [
    ("Published 3 March 2025\n\nThe club is expected to announce its shortlist by Friday, a source said.",
     "Published 24 March 2025\n\nThe shortlist was finally announced on March 19."),
    ("Published 10 January 2024\n\nThe ministry will award the rail franchise by 1 February, according to officials.",
     "Published 12 February 2024\n\nThe award of the rail franchise has been pushed back to 1 April."),
    ("Published 10 January 2024\n\nThe ministry will issue the new licences by 1 February, officials said.",
     "Published 3 February 2024\n\nThe new licences have been delayed until March, the ministry said."),
])
def test_announced_object_later_late_or_delayed_is_superseded(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction")


def test_announced_object_on_time_is_not_superseded():
    found = _run(
        "Published 3 March 2025\n\nThe club is expected to announce its shortlist by Friday, a source said.",
        "Published 24 March 2025\n\nThe shortlist was finally announced on March 6.")
    assert not _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_speaker_with_adverb_still_dates_the_saying():
    # an active speech verb after an adverb still dates when it was said, not the thing
    found = _run(
        "Published 3 March 2025\n\nThe club is expected to announce its shortlist by Friday, a source said.",
        "Published 24 March 2025\n\nThe chairman finally announced on March 19 that the shortlist would grow.")
    assert not _kinds(found, "contradiction"), found


# --- a doubted clause; the object of "expects" after a long subject ----------------------------

@pytest.mark.parametrize("first, second", [
    ("Published 2 May 2025\n\nThe regional health board expects a new contractor to be on site by early June, a spokeswoman said.",
     "Published 2 May 2025\n\nBuilding industry figures doubt that any new contractor could start before September."),
    ("Published 9 January 2024\n\nThe new stadium is expected to open by the end of March, the club said.",
     "Published 9 January 2024\n\nSafety inspectors doubt whether the new stadium will open before July."),
])
def test_doubted_lower_bound_contradicts_earlier_deadline(first, second):
    found = _run(first, second)
    assert _kinds(found, "contradiction"), found


def test_doubted_lower_bound_compatible_is_silent():
    found = _run(
        "Published 9 January 2024\n\nThe new stadium is expected to open by the end of August, the club said.",
        "Published 9 January 2024\n\nSafety inspectors doubt whether the new stadium will open before July.")
    assert not _kinds(found, "contradiction"), found


def test_doubters_noun_is_not_the_thing():
    # "figures" (a thing noun elsewhere) describes the doubters here: the contractor is doubted
    items = [T._item(d) for f in _story(
        "Published 2 May 2025\n\nIndustry figures doubt that a new contractor could start before September.").articles
        for d in T._article_drafts(f, {})]
    assert [i.thing for i in items] == ["contractor"], items
    assert items[0].lo is not None and items[0].lo.month == 9 and items[0].hi is None


# --- the means of contact; a past verb in "last week" ------------------------------------------

@pytest.mark.parametrize("first, later", [
    ("Published 4 June 2025\n\nAll members will be notified by email by the end of next week, the union said.",
     "Published 30 June 2025\n\nEmails to members finally went out last week, the union admitted."),
    ("Published 2 September 2024\n\nPolicyholders will be contacted by letter by September 10, the insurer said.",
     "Published 14 October 2024\n\nLetters to policyholders only began arriving last week."),
])
def test_means_of_contact_sent_in_a_later_week_is_superseded(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_means_of_contact_sent_in_time_is_not_superseded():
    found = _run(
        "Published 4 June 2025\n\nAll members will be notified by email by the end of the month, the union said.",
        "Published 19 June 2025\n\nEmails to members went out last week, the union said.")
    assert not _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_said_last_week_is_not_a_past_period_of_the_thing():
    found = _run(
        "Published 4 June 2025\n\nAll members will be notified by email by the end of next week, the union said.",
        "Published 30 June 2025\n\nThe emails, the union said last week, are being drafted.")
    assert not _kinds(found, "superseded"), found

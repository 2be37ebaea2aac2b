"""Recall of publication timing: superseded expectations stated with a relative day or a
plan, whose thing was named by a verb's noun, whose revision followed a failed attempt, or
whose return to normal was told as the end of a restoration.

Mechanisms (each tried in more than one domain, with near misses that must stay silent):

- "planned for the weekend": a plan's "for" before a period English puts after "at" (the
  weekend) is read like "at the weekend";
- a verbal noun ("the refloating", "the evacuation", "the reopening") is the act whose
  passive names its object elsewhere in the story ("the ship is expected to be refloated"):
  its windows join that thing's when exactly one thing takes the verb's passive;
- a failed attempt told before a new window in its sentence ("a first attempt failed, and the
  lift is now planned for Friday") makes the window a revision of the earlier one (later
  news: superseded, not a contradiction);
- "expects to finish restoring the system by Wednesday" forecasts the return to normal (the
  end of the restoration); "full service only returned on Thursday, May 29" dates it.
"""
from __future__ import annotations

import pytest

from tests.test_timing_recall9 import _kinds, _run


# --- a verbal noun, a plan "for the weekend", a failed attempt ---------------------------------

@pytest.mark.parametrize("first, second, done", [
    ("Published Wednesday 11 March 2026\n\nThe barge is expected to be refloated by Thursday, the salvors said.",
     "Published 12 March 2026\n\nAn attempt to tow the barge off the shoal failed overnight, and the refloating is "
     "now planned for the weekend, the salvors said.",
     "Published 20 March 2026\n\nThe barge was finally towed clear on Tuesday, March 17, the harbour office said."),
    ("Published Monday 6 October 2025\n\nThe stranded crane is expected to be dismantled by Wednesday, the "
     "contractor said.",
     "Published 8 October 2025\n\nA first effort to lift the jib was abandoned in high winds, and the dismantling is "
     "now scheduled for the weekend, the contractor said.",
     "Published 16 October 2025\n\nThe crane was finally taken down on Tuesday, October 14, the contractor said."),
])
def test_verbal_noun_window_after_failed_attempt_is_superseded_not_contradiction(first, second, done):
    found = _run(first, second, done)
    sup = _kinds(found, "superseded")
    assert len(sup) == 2, found  # the first window by the revision, the revision by the late day
    assert not _kinds(found, "contradiction"), found


def test_verbal_noun_without_a_passive_elsewhere_stays_apart():
    # "the dismantling" and "the crane" meet only when the story puts the verb's passive
    # after the crane: here nothing does, so the two windows are not compared.
    found = _run(
        "Published Monday 6 October 2025\n\nThe crane is expected to be inspected by Wednesday, the contractor said.",
        "Published 8 October 2025\n\nThe dismantling is now scheduled for the weekend, the contractor said.")
    assert not _kinds(found, "contradiction"), found
    assert not _kinds(found, "superseded"), found


def test_two_things_take_the_passive_no_alias():
    found = _run(
        "Published Monday 6 October 2025\n\nThe crane is expected to be dismantled by Wednesday, the contractor said. "
        "The scaffold is expected to be dismantled by Friday, the council said.",
        "Published 8 October 2025\n\nThe dismantling is now scheduled for the weekend, the contractor said.")
    assert not _kinds(found, "contradiction"), found


def test_without_a_failed_attempt_a_next_day_window_is_still_a_disagreement():
    # The failed attempt is what makes the second window later news; without it two windows
    # a day apart that cannot both hold stay a contradiction, as before.
    found = _run(
        "Published Wednesday 11 March 2026\n\nThe barge is expected to be refloated by Thursday, the salvors said.",
        "Published 12 March 2026\n\nThe barge is expected to be refloated at the weekend, the harbour office said.")
    assert not _kinds(found, "superseded"), found


@pytest.mark.parametrize("text", [
    "Published Monday 2 June 2025\n\nThe festival's reopening is planned for the weekend, organisers said.",
    "Published Monday 2 June 2025\n\nThe members' ballot is scheduled for the weekend, the union said.",
])
def test_planned_for_the_weekend_is_a_window(text):
    from rules import timing as T
    from tests.timing_helpers import _story
    drafts = T._article_drafts(_story(text).articles[0], {})
    windows = [(d[3], d[4]) for d in drafts if d[1] == "window"]
    assert windows and all(lo.isoformat() == "2025-06-07" and hi.isoformat() == "2025-06-08"
                           for lo, hi in windows), drafts


def test_sales_for_the_weekend_is_no_forecast():
    from rules import timing as T
    from tests.timing_helpers import _story
    drafts = T._article_drafts(_story(
        "Published Monday 2 June 2025\n\nTicket sales for the weekend were weaker, organisers said.").articles[0], {})
    assert not [d for d in drafts if d[1] == "window"], drafts


def test_a_failed_attempt_after_the_window_is_no_revision():
    found = _run(
        "Published Wednesday 11 March 2026\n\nThe barge is expected to be refloated by Thursday, the salvors said.",
        "Published 12 March 2026\n\nThe barge is expected to be refloated at the weekend, after an earlier "
        "attempt failed, the harbour office said.")
    # (the attempt is told after the window: not read as a revision; nothing is superseded)
    assert not _kinds(found, "superseded"), found


# --- the end of a restoration is the return to normal ------------------------------------------

@pytest.mark.parametrize("first, later", [
    ("Published 27 May 2025\n\nThe bank now expects to finish restoring its payment system by Wednesday, its "
     "technology chief said.",
     "Published 5 June 2025\n\nCustomers were locked out for a week, and full service only returned on "
     "Thursday, May 29, the union said."),
    ("Published Tuesday 14 January 2025\n\nThe water company aims to complete the restoration of supplies by "
     "Friday, it said.",
     "Published 25 January 2025\n\nFull service was finally restored on Wednesday, January 22, the water "
     "company said."),
])
def test_finish_restoring_then_full_service_later_is_superseded(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_finish_restoring_met_in_time_is_not_superseded():
    found = _run(
        "Published 27 May 2025\n\nThe bank now expects to finish restoring its payment system by Friday, its "
        "technology chief said.",
        "Published 5 June 2025\n\nFull service returned on Thursday, May 29, the union said.")
    assert not _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


# --- a hope with a deadline day; a proper name and the kind the story gives it ------------------

@pytest.mark.parametrize("first, later", [
    ("Published 22 November 2024\n\nThe highways agency now hopes to reopen the bypass fully by 1 December.",
     "Published 9 December 2024\n\nThe bypass reopened to one lane on Saturday, December 7, the agency said."),
    ("Published 3 March 2025\n\nThe club hopes to reopen the stadium by 14 March, a spokesman said.",
     "Published 28 March 2025\n\nThe stadium reopened on Monday, March 24, the club said."),
])
def test_a_hope_with_a_deadline_day_then_later_day_is_superseded(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_a_hope_is_never_a_contradiction():
    found = _run(
        "Published 3 March 2025\n\nThe club hopes to reopen the stadium by 14 March, a spokesman said.",
        "Published 3 March 2025\n\nThe stadium will not reopen before April, the safety board said.")
    assert not _kinds(found, "contradiction"), found


@pytest.mark.parametrize("first, later", [
    ("Published 22 November 2024\n\nThe A31 bypass was blocked by floodwater. Highways officials expect to "
     "reopen the bypass by 1 December.",
     "Published 9 December 2024\n\nThe A31 reopened on Saturday, December 7, after the water receded."),
    ("Published 11 February 2026\n\nThe ferry Northern Lark ran onto rocks. The ferry is expected to be "
     "refloated by Thursday, the operator said.",
     "Published 20 February 2026\n\nThe Northern Lark was refloated on Tuesday, February 17, and towed to port."),
])
def test_a_proper_name_is_the_kind_the_story_gives_it(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_a_proper_name_of_two_kinds_aligns_with_nothing():
    found = _run(
        "Published 11 February 2026\n\nThe Northern Lark ferry and the Northern Lark terminal were damaged. "
        "The ferry is expected to be refloated by Thursday, the operator said.",
        "Published 20 February 2026\n\nThe Northern Lark was refloated on Tuesday, February 17.")
    assert not _kinds(found, "superseded"), found


def test_a_proper_name_of_no_kind_aligns_with_nothing():
    found = _run(
        "Published 22 November 2024\n\nHighways officials expect to reopen the bypass by 1 December.",
        "Published 9 December 2024\n\nMarston reopened on Saturday, December 7, after the water receded.")
    assert not _kinds(found, "superseded"), found


# --- "closed in both directions until at least": the whole place -------------------------------

def test_closed_in_both_directions_until_at_least_is_a_lower_bound_on_reopening():
    from rules import timing as T
    from tests.timing_helpers import _story
    story = _story("Published 19 November 2024\n\nThe tunnel will stay closed in both directions until at least "
                   "the end of the month, the operator said.")
    drafts = T._article_drafts(story.articles[0], {})
    assert [(d[0], d[2], d[4]) for d in drafts if d[1] == "window"] == [("tunnel", "start", None)], drafts


# --- a part of the place reopening: the place reopening in part ---------------------------------

@pytest.mark.parametrize("first, later", [
    ("Published Monday 18 November 2024\n\nThe tunnel was flooded on Sunday. One bore is expected to reopen "
     "on Wednesday, the operator said.",
     "Published 9 December 2024\n\nThe tunnel reopened on Saturday, December 7, three weeks after the flood."),
    ("Published Monday 3 March 2025\n\nThe hospital was evacuated after the fire. The east wing is expected "
     "to reopen on Friday, managers said.",
     "Published 24 March 2025\n\nThe hospital reopened on Thursday, March 20, managers said."),
])
def test_a_part_expected_then_the_place_reopening_later_is_superseded(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_a_part_and_the_whole_places_window_are_not_compared():
    # "One bore on Wednesday" and "the tunnel fully by March" are two different reopenings.
    found = _run(
        "Published Monday 18 November 2024\n\nThe tunnel was flooded on Sunday. One bore is expected to reopen "
        "on Wednesday, the operator said.",
        "Published Monday 18 November 2024\n\nThe tunnel will not reopen before March, the operator said.")
    assert not _kinds(found, "contradiction"), found
    assert not _kinds(found, "superseded"), found


def test_a_part_with_no_place_in_the_story_stays_alone():
    found = _run(
        "Published Monday 18 November 2024\n\nOne lane is expected to reopen on Wednesday, officials said.",
        "Published 9 December 2024\n\nThe report was published on Saturday, December 7.")
    assert not _kinds(found, "superseded"), found


@pytest.mark.parametrize("first, second", [
    ("Published Monday 18 November 2024\n\nThe tunnel was flooded on Sunday, the operator said.",
     "Published Monday 18 November 2024\n\nThe tunnel will not reopen before March, the operator said."),
    ("Published Thursday 6 March 2025\n\nThe library closed on Tuesday after a roof leak.",
     "Published Thursday 6 March 2025\n\nThe library will not reopen before May, the council said."),
])
def test_a_past_event_and_a_same_day_window_after_it_are_no_dispute(first, second):
    found = _run(first, second)
    assert not _kinds(found, "contradiction"), found


# --- an action on a thing: its intended object, its passive subject, its past object ------------

@pytest.mark.parametrize("first, later", [
    # the agent intends the action on an object; a later article tells the object's passive
    ("Published Wednesday 11 March 2026\n\nSalvors expect to refloat the barge by Thursday, the harbour office said.",
     "Published 20 March 2026\n\nThe barge was refloated on Tuesday, March 17, the harbour office said."),
    # the same with the action told actively in the past
    ("Published Monday 2 June 2025\n\nDivers hope to recover the wreckage by Wednesday, police said.",
     "Published 12 June 2025\n\nDivers recovered the wreckage on Monday, June 9, police said."),
    # the thing's passive expectation, then the agent's past action on it
    ("Published Tuesday 7 October 2025\n\nThe old gasholder is expected to be demolished by Friday, the council said.",
     "Published 20 October 2025\n\nContractors demolished the gasholder on Thursday, October 16, the council said."),
])
def test_an_action_on_a_thing_expected_then_done_later_is_superseded(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_two_actions_on_one_thing_are_not_compared():
    # Inspecting the barge and refloating it are two things.
    found = _run(
        "Published Wednesday 11 March 2026\n\nSurveyors expect to inspect the barge by Thursday, the harbour office said.",
        "Published 20 March 2026\n\nTugs towed the barge into port on Tuesday, March 17, the harbour office said.")
    assert not _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_a_light_verb_names_no_action():
    found = _run(
        "Published Wednesday 11 March 2026\n\nOfficials expect to see the barge by Thursday, the harbour office said.",
        "Published 20 March 2026\n\nThe barge was seen on Tuesday, March 17, the harbour office said.")
    assert not _kinds(found, "superseded"), found


def test_the_action_met_in_time_is_no_finding_against_it():
    found = _run(
        "Published Monday 2 June 2025\n\nDivers hope to recover the wreckage by Friday, police said.",
        "Published 12 June 2025\n\nDivers recovered the wreckage on Wednesday, June 4, police said.")
    assert not _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


# --- "no X has been reached / signed / published": X still to come -----------------------------

@pytest.mark.parametrize("first, later", [
    ("Published 7 March 2025\n\nThe union leader said an agreement could be reached within a fortnight.",
     "Published 25 March 2025\n\nNo agreement has been reached, and the strike went ahead, the union said."),
    ("Published 3 June 2024\n\nThe insurers said a settlement was expected by the end of June.",
     "Published 15 July 2024\n\nNo settlement has been struck, lawyers for the families said."),
    ("Published 2 September 2024\n\nThe regulator said its decision would come by September 20.",
     "Published 1 October 2024\n\nNo decision has been taken, the regulator confirmed."),
])
def test_none_of_the_thing_concluded_later_shows_the_window_unmet(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_none_concluded_inside_the_window_shows_nothing():
    found = _run(
        "Published 3 June 2024\n\nThe coalition partners said a deal was expected by the end of June.",
        "Published 10 June 2024\n\nNo deal has yet been signed, officials in both parties said.")
    assert not _kinds(found, "superseded"), found


# --- "the building", "the venue": the story's place --------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Published Wednesday 12 March 2025\n\nThe library, which closed after the flood, expects to reopen to the "
     "public on Saturday, a spokeswoman said.",
     "Published Wednesday 12 March 2025\n\nThe library flood damaged its archive. A council spokesman said the "
     "building would remain closed until at least 24 March."),
    ("Published Monday 9 June 2025\n\nThe stadium expects to reopen on Friday after the roof collapse, the club said.",
     "Published Monday 9 June 2025\n\nEngineers at the stadium said the venue would remain shut until at least "
     "the end of July."),
])
def test_a_generic_place_noun_is_the_storys_place(first, second):
    found = _run(first, second)
    assert _kinds(found, "contradiction"), found


def test_a_generic_place_noun_with_two_places_named_alike_stays_apart():
    found = _run(
        "Published Wednesday 12 March 2025\n\nThe library expects to reopen on Saturday; the museum next door "
        "expects to reopen in May.",
        "Published Wednesday 12 March 2025\n\nThe museum and the library were flooded. The building would remain "
        "closed until at least 24 March, the council said.")
    assert not [r for r in _kinds(found, "contradiction") if "library" in r.topic], found


# --- "its second terminal": a part its subject owns; "has been closed since": still closed --------

@pytest.mark.parametrize("first, later", [
    ("Published Monday 10 March 2025\n\nThe airport says it will reopen its second terminal next week, with the "
     "first still sealed.",
     "Published 2 April 2025\n\nThe airport, which has been closed since the fire, says it has no date for reopening."),
    ("Published Monday 3 November 2025\n\nThe hospital expects to reopen its maternity ward by Friday, managers said.",
     "Published 20 November 2025\n\nThe hospital has been shut since the flood, managers said."),
])
def test_a_part_the_place_owns_then_the_place_still_closed_is_superseded(first, later):
    found = _run(first, later)
    assert _kinds(found, "superseded"), found
    assert not _kinds(found, "contradiction"), found


def test_a_part_the_place_owns_is_no_dispute_with_the_places_own_reopening():
    found = _run(
        "Published Monday 10 March 2025\n\nThe airport says it will reopen its second terminal on Friday.",
        "Published Monday 10 March 2025\n\nThe airport will not reopen fully before May, the operator said.")
    assert not _kinds(found, "contradiction"), found


def test_closed_since_a_past_year_is_still_closed_but_says_nothing_alone():
    found = _run(
        "Published Monday 10 March 2025\n\nThe old depot has been closed since 2019, the council said.",
        "Published 2 April 2025\n\nThe old depot has been closed since 2019, residents said.")
    assert not found, found

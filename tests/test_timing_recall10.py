"""Recall of publication timing: planned single days, and the places that are expected on them.

Mechanisms (each tried in more than one domain, with near misses that must stay silent):

- a planned single day told before it ("the audit will be published on July 1", "the ferry
  will resume sailing on July 1", "the verdict is due on Friday") is a schedule: a later
  article's dated occurrence after that day shows the plan slipped (superseded, not a
  contradiction), and a later "has yet to" shows it unmet; the same day restated after it
  ("is expected on 21 March", told in July) forecasts nothing;
- "X expects to reopen on Saturday": the subject's own reopening (not "expects to reopen the
  bridge", whose object is the thing);
- "Officials expect the pool to reopen on Monday": a present expectation looks forward, so a
  bare weekday is the one ahead, not the one before publication;
- a place named by a proper name and a kind of place ("Marlow Academy", "the Tessing Bridge")
  is the same place as the name alone ("expect Marlow to reopen on Monday").
"""
from __future__ import annotations

import pytest

from tests.test_timing_recall9 import _kinds, _quotes, _run


# --- a planned day, then the day it happened ---------------------------------------------------

@pytest.mark.parametrize("plan, done", [
    ("Published 20 June 2024\n\nThe audit will be published on July 1, the watchdog said.",
     "Published 8 August 2024\n\nThe audit was published on July 8, the watchdog said."),
    ("Published 20 June 2024\n\nThe ferry will resume sailing on July 1, the operator said.",
     "Published 8 August 2024\n\nThe ferry resumed sailing on July 8, a week later than planned."),
    ("Published 2 March 2025\n\nThe new terminal will open on 14 March, the airport said.",
     "Published 30 March 2025\n\nThe new terminal opened on 21 March after a safety inspection."),
])
def test_planned_day_then_a_later_occurrence_is_superseded(plan, done):
    found = _run(plan, done)
    sup = _kinds(found, "superseded")
    assert sup, found
    assert not _kinds(found, "contradiction")


@pytest.mark.parametrize("plan, done", [
    # it happened on the day planned, or earlier: nothing slipped
    ("Published 20 June 2024\n\nThe audit will be published on July 1, the watchdog said.",
     "Published 8 August 2024\n\nThe audit was published on July 1, the watchdog said."),
    ("Published 20 June 2024\n\nThe ferry will resume sailing on July 1, the operator said.",
     "Published 8 August 2024\n\nThe ferry resumed sailing on June 28, ahead of schedule."),
    # the plan told after its day is no forecast
    ("Published 20 July 2024\n\nThe audit will be published on July 1, the watchdog said.",
     "Published 8 August 2024\n\nThe audit was published on July 8, the watchdog said."),
    # the day is the statement's, not the plan's
    ("Published Thursday 13 June 2024\n\nPayments to growers will begin in July, the ministry said in a statement on Wednesday.",
     "Published 20 August 2024\n\nPayments to growers began on 20 July."),
])
def test_planned_day_near_misses_stay_silent(plan, done):
    found = _run(plan, done)
    assert not _kinds(found, "superseded")
    assert not _kinds(found, "contradiction")


def test_a_day_restated_after_it_is_no_forecast():
    found = _run(
        "Published 20 July 2024\n\nThe inspection report is expected on 21 March, the agency said.",
        "Published 8 August 2024\n\nThe inspection report has yet to be published.")
    assert not _kinds(found, "superseded")


@pytest.mark.parametrize("plan, later", [
    ("Published 18 June 2024\n\nThe verdict is due on Friday, court officials said.",
     "Published 2 July 2024\n\nThe judges have yet to deliver their verdict."),
    ("Published 4 November 2024\n\nThe tribunal's ruling is expected on 12 November.",
     "Published 25 November 2024\n\nThe tribunal's ruling is still pending."),
])
def test_planned_day_then_still_pending_is_superseded(plan, later):
    found = _run(plan, later)
    assert _kinds(found, "superseded"), found


# --- "X expects to reopen on Saturday" --------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Published 6 March 2024\n\nThe aquarium expects to reopen to visitors on Saturday, a spokesman said.",
     "Published 6 March 2024\n\nThe aquarium will remain closed until at least 24 March, the council said."),
    ("Published 9 October 2023\n\nThe library expects to reopen on Thursday, its manager said.",
     "Published 9 October 2023\n\nThe library will stay closed until at least the end of the month, the borough said."),
])
def test_subject_expects_to_reopen_on_a_day(a, b):
    found = _run(a, b)
    assert _kinds(found, "contradiction"), found


def test_expects_to_reopen_an_object_is_not_the_subjects():
    found = _run(
        "Published 6 March 2024\n\nThe council expects to reopen the bridge on Saturday, a spokesman said.",
        "Published 6 March 2024\n\nThe council will remain closed until at least 24 March.")
    assert not _kinds(found, "contradiction")


# --- a present expectation of a weekday looks forward --------------------------------------------

@pytest.mark.parametrize("plan, done", [
    ("Published Wednesday 6 March 2024\n\nOfficials expect the swimming pool to reopen on Monday.",
     "Published 20 March 2024\n\nThe swimming pool reopened on 14 March after repairs."),
    ("Published Friday 16 January 2026\n\nEngineers expect the tunnel to reopen on Tuesday.",
     "Published 30 January 2026\n\nThe tunnel reopened on January 23 after the inspection."),
])
def test_present_expectation_of_a_weekday_is_the_next_one(plan, done):
    found = _run(plan, done)
    sup = _kinds(found, "superseded")
    assert sup and _quotes(sup[0])[0].endswith(("Monday", "Tuesday")), found


def test_past_expectation_of_a_weekday_stays_past():
    found = _run(
        "Published Wednesday 6 March 2024\n\nOfficials had hoped the pool would reopen on Monday.",
        "Published 20 March 2024\n\nThe pool reopened on 14 March after repairs.")
    assert not _kinds(found, "contradiction")


# --- a proper name with a kind of place is the name ------------------------------------------------

@pytest.mark.parametrize("plan, done", [
    ("Published Friday 16 January 2026\n\nOfficials expect Marlow to reopen on Monday.",
     "Published 23 January 2026\n\nMarlow Academy reopened on January 22 after a week's closure."),
    ("Published Wednesday 6 March 2024\n\nEngineers expect Tessing to reopen on Monday, the county said.",
     "Published 20 March 2024\n\nThe Tessing Bridge reopened on 15 March, four days late."),
])
def test_proper_name_place_is_the_name_alone(plan, done):
    # (a third article naming the place: a name most of the story's articles use tells no two
    # things apart; with two articles "Marlow" and "Marlow Academy" are two parties' names)
    name = plan.split("expect ")[1].split()[0]
    found = _run(plan, done, f"Published 24 January 2026\n\nParents at {name} were told of the outbreak by letter.")
    assert _kinds(found, "superseded"), found


def test_two_places_of_two_names_stay_apart():
    found = _run(
        "Published Friday 16 January 2026\n\nOfficials expect Marlow to reopen on Monday.",
        "Published 23 January 2026\n\nKestrel Academy reopened on January 22 after a week's closure.")
    assert not _kinds(found, "superseded")


# --- a plan told in the present, two plans told the same day ---------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Published 16 January 2026\n\nA temporary food bank will open at the sports centre on Saturday, the charity said.",
     "Published 16 January 2026\n\nThe council says the temporary food bank at the sports centre opens next Wednesday."),
    ("Published 3 May 2025\n\nThe new pool will open on 10 May, the leisure trust said.",
     "Published 3 May 2025\n\nThe new pool opens on 17 May, according to the city's listings."),
])
def test_two_planned_days_told_the_same_day_contradict(a, b):
    found = _run(a, b)
    assert _kinds(found, "contradiction"), found


@pytest.mark.parametrize("a, b", [
    # the same day
    ("Published 3 May 2025\n\nThe new pool will open on 10 May, the leisure trust said.",
     "Published 3 May 2025\n\nThe new pool opens on Saturday, according to the city's listings."),
    # a hedge is no plan
    ("Published 3 May 2025\n\nThe new pool could open on 10 May, the leisure trust said.",
     "Published 3 May 2025\n\nThe new pool opens on 17 May, according to the city's listings."),
    # a present verb of a past day is a report, not a plan
    ("Published 3 May 2025\n\nThe new pool will open on 10 May, the leisure trust said.",
     "Published 3 May 2025\n\nThe pool, which opens on 1 May each year, is the city's largest."),
])
def test_two_planned_days_near_misses_stay_silent(a, b):
    found = _run(a, b)
    assert not _kinds(found, "contradiction")


def test_present_plan_then_a_later_occurrence_is_superseded():
    found = _run(
        "Published 3 May 2025\n\nThe night market opens on 10 May, the organisers say.",
        "Published 30 May 2025\n\nThe night market opened on 24 May after a row over permits.")
    assert _kinds(found, "superseded"), found


# --- pictures an authority promises to release --------------------------------------------------------

@pytest.mark.parametrize("plan, later", [
    ("Published 12 March 2025\n\nDetectives expect to release CCTV footage from the station cameras by Friday.",
     "Published 20 March 2025\n\nDetectives have yet to release any footage from the station's cameras."),
    ("Published 2 June 2024\n\nThe coastguard will publish photographs of the wreck within a week, a spokesman said.",
     "Published 19 June 2024\n\nNo photographs of the wreck have yet been published."),
])
def test_images_promised_then_not_released_is_superseded(plan, later):
    found = _run(plan, later)
    assert _kinds(found, "superseded"), found


def test_images_released_before_a_later_forecast_stay_silent():
    found = _run(
        "Published 12 March 2025\n\nThe footage was released on Tuesday, the force said.",
        "Published 20 March 2025\n\nThe images will be shown in court next week.")
    assert not _kinds(found, "superseded") and not _kinds(found, "contradiction")


# --- a subject before a relative clause --------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Published 12 March 2025\n\nThe aquarium, which closed after the flood, expects to reopen to visitors on Saturday, a spokeswoman said.",
     "Published 12 March 2025\n\nThe aquarium will remain closed until at least 24 March, the council said."),
    ("Published 9 October 2023\n\nThe depot, which was damaged in the storm, expects to reopen on Thursday.",
     "Published 9 October 2023\n\nThe depot will stay closed until at least the end of the month, the operator said."),
])
def test_subject_before_a_relative_clause(a, b):
    found = _run(a, b)
    assert _kinds(found, "contradiction"), found


def test_person_before_a_relative_clause_with_an_object_is_not_the_thing():
    found = _run(
        "Published 12 March 2025\n\nThe manager, who joined in May, expects to reopen the shop by Friday.",
        "Published 12 March 2025\n\nThe manager will remain closed until at least 24 March.")
    assert not _kinds(found, "contradiction")

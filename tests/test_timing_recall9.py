"""Recall of publication timing on miniature stories unlike the ones it was missed in.

Mechanisms (each tried in more than one domain, with near misses that must stay silent):

- a fire or blaze named right before its end verb is the thing forecast, not the clause's
  subject ("crews expected to bring the fire under control by Sunday" forecasts the fire's end);
- a pronoun that opens the sentence after an expectation carries its thing over when the
  clause says it is still to come ("... would be published by May 10. It has not appeared.");
- a pronoun that opens a forecast ("It is expected by September 30", "They will be published
  before the summer") forecasts the one thing of the sentence before;
- an investigation that "will not be finished before X" cannot have its (final) report out
  before X either; an interim report may come sooner;
- a promise restated after its own date ("had promised it by August 29", told in September)
  is a past promise, not a forecast that contradicts anything;
- a year-less date in a promise told in the past perfect ("had said a ruling would come by March
  29", told in April) is that March's, a past promise (not next year's forecast);
- "will be published by March 14" is a deadline (a window up to that day), not the day itself,
  so a later publication after it shows the deadline missed;
- a fire "still burning", "not yet contained" after its forecast end (or "was still burning on
  Monday", a day after the window) shows the forecast unmet; so does a lasting event still
  going on ("the walkout entered its second week on Monday", "the protests continue") after a
  forecast of its end, never after a forecast of its start.
"""
from __future__ import annotations

from rules import timing as T
from timing_helpers import _kinds, _quotes, _story


def _run(*texts: str):
    return list(T.check(_story(*texts)))


# --- a fire named before its end verb ----------------------------------------------------------

def test_fire_under_control_after_subject_verb_is_the_fires_end():
    found = _run(
        "Published Tuesday 11 June 2024\n\nThe plant manager said engineers expected to bring the fire under "
        "control by Friday, weather permitting.",
        "Published 20 June 2024\n\nThe warehouse fire was declared under control on 17 June, a week after it began.")
    sup = _kinds(found, "superseded")
    assert sup and "Friday" in _quotes(sup[0])[0]
    assert not _kinds(found, "contradiction")


def test_blaze_contained_after_subject_verb_in_another_domain():
    found = _run(
        "Published 3 March 2025\n\nRangers expected to have the blaze contained by Wednesday, the park service said.",
        "Published 12 March 2025\n\nThe blaze in the national park was finally contained on 10 March.")
    sup = _kinds(found, "superseded")
    assert sup and "Wednesday" in _quotes(sup[0])[0]


def test_fire_under_control_inside_the_window_is_not_superseded():
    found = _run(
        "Published Tuesday 11 June 2024\n\nThe plant manager said engineers expected to bring the fire under "
        "control by Friday, weather permitting.",
        "Published 20 June 2024\n\nThe warehouse fire was declared under control on 13 June.")
    assert not _kinds(found, "superseded")
    assert not _kinds(found, "contradiction")


# --- a pronoun carries the expected thing over -------------------------------------------------

def test_pronoun_after_an_expectation_shows_it_still_pending():
    found = _run(
        "Published 2 May 2024\n\nThe water authority said its report on the dam would be released by May 10.",
        "Published 20 May 2024\n\nThe water authority had said its report on the dam would be released by May 10. "
        "It has still not been published, and no new date was given.")
    sup = _kinds(found, "superseded")
    assert sup and "May 10" in _quotes(sup[0])[0]
    assert sup[0].claims[-1].article.startswith("02")
    assert not _kinds(found, "contradiction")


def test_pronoun_pending_in_another_domain():
    found = _run(
        "Published 4 February 2023\n\nThe league said a verdict in the transfer dispute was expected by February 15.",
        "Published 1 March 2023\n\nClubs are growing impatient. The league promised a verdict by the middle of "
        "February. It is still pending.")
    sup = _kinds(found, "superseded")
    assert sup and "February 15" in _quotes(sup[0])[0]


def test_pronoun_without_an_expectation_before_it_says_nothing():
    found = _run(
        "Published 2 May 2024\n\nThe water authority said its report on the dam would be released by May 10.",
        "Published 20 May 2024\n\nEngineers inspected the spillway on Monday. It has not been published, a spokesman said.")
    assert not _kinds(found, "superseded")


def test_pronoun_clause_that_goes_on_is_no_pending_statement():
    found = _run(
        "Published 2 May 2024\n\nThe water authority said its report on the dam would be released by May 10.",
        "Published 6 May 2024\n\nThe water authority said its report on the dam would be released by May 10. "
        "It has not been published whether the dam will be drained.")
    assert not _kinds(found, "superseded")


def test_pronoun_pending_phrase_matches_only_at_a_clause_end():
    assert T._PRONOUN_PENDING.match("It has not appeared, and a spokesman said")
    assert T._PRONOUN_PENDING.match("They have yet to be published.")
    assert T._PRONOUN_PENDING.match("It is still pending")
    assert not T._PRONOUN_PENDING.match("It has not been published whether")
    assert not T._PRONOUN_PENDING.match("Its report has not appeared.")


# --- an investigation's end bounds its report --------------------------------------------------

def test_investigation_not_finished_before_x_contradicts_a_report_deadline_before_x():
    found = _run(
        "Published 10 June 2024\n\nThe transport ministry said the report on the derailment would be published by June 30.",
        "Published 12 June 2024\n\nRail investigators said their investigation into the derailment would not be "
        "finished before September.")
    con = _kinds(found, "contradiction")
    assert con and "June 30" in _quotes(con[0])[0] and "before September" in _quotes(con[0])[1]


def test_inquiry_not_completed_before_x_in_another_domain():
    found = _run(
        "Published 3 October 2022\n\nThe hospital trust said the findings into the outbreak were expected by "
        "October 14.",
        "Published 5 October 2022\n\nThe health inspectors said the inquiry into the outbreak would not be "
        "completed before December.")
    assert _kinds(found, "contradiction")


def test_interim_report_may_come_before_the_investigation_ends():
    found = _run(
        "Published 10 June 2024\n\nThe transport ministry said an interim report on the derailment would be "
        "published by June 30.",
        "Published 12 June 2024\n\nRail investigators said their investigation into the derailment would not be "
        "finished before September.")
    assert not _kinds(found, "contradiction")


def test_investigation_finished_by_a_deadline_says_nothing_of_its_report():
    found = _run(
        "Published 10 June 2024\n\nThe transport ministry said the report on the derailment would be published "
        "by the end of August.",
        "Published 12 June 2024\n\nRail investigators said their investigation into the derailment would be "
        "finished by July 15.")
    assert not _kinds(found, "contradiction")


# --- a restated past promise -------------------------------------------------------------------

def test_a_promise_restated_after_its_day_does_not_contradict():
    found = _run(
        "Published 12 June 2024\n\nRail investigators said their investigation into the derailment would not be "
        "finished before September.",
        "Published 20 July 2024\n\nThe ministry had promised that a report on the derailment would be published "
        "by July 5.")
    assert not _kinds(found, "contradiction")


# --- a deadline with a completion verb --------------------------------------------------------

def test_published_by_a_day_is_a_deadline_window():
    found = _run(
        "Published 2 March 2023\n\nThe museum said the audit of its collection will be published by March 14.",
        "Published 25 March 2023\n\nThe audit of the museum's collection was published on March 20.")
    sup = _kinds(found, "superseded")
    assert sup and "March 14" in _quotes(sup[0])[0]
    assert "2023-03-02/2023-03-14" in sup[0].message


def test_released_by_a_day_met_in_time_is_not_superseded():
    found = _run(
        "Published 2 March 2023\n\nThe museum said the audit of its collection will be released by March 14.",
        "Published 25 March 2023\n\nThe audit of the museum's collection was released on March 10.")
    assert not _kinds(found, "superseded")
    assert not _kinds(found, "contradiction")


# --- a fire still burning after its forecast end ---------------------------------------------

def test_fire_still_burning_after_the_window_supersedes():
    found = _run(
        "Published 10 August 2022\n\nThe forest fire is expected to be contained by Wednesday, the fire service said.",
        "Published 16 August 2022\n\nThe forest fire is still burning, and two more villages were told to leave.")
    sup = _kinds(found, "superseded")
    assert sup and "Wednesday" in _quotes(sup[0])[0]
    assert not _kinds(found, "contradiction")


def test_blaze_was_still_raging_on_a_day_after_the_window():
    found = _run(
        "Published Monday 1 July 2024\n\nRangers expected to have the blaze contained by Thursday.",
        "Published 9 July 2024\n\nThe blaze near the reservoir was still raging on Saturday, July 6, officials said.")
    assert _kinds(found, "superseded")


def test_fire_was_still_burning_inside_the_window_says_nothing():
    found = _run(
        "Published Monday 1 July 2024\n\nRangers expected to have the blaze contained by Thursday.",
        "Published 9 July 2024\n\nThe blaze near the reservoir was still raging on Tuesday, July 2, officials said.")
    assert not _kinds(found, "superseded")


def test_fire_was_still_burning_without_a_day_says_nothing():
    found = _run(
        "Published Monday 1 July 2024\n\nRangers expected to have the blaze contained by Thursday.",
        "Published 9 July 2024\n\nWhen the crews arrived, the blaze was still raging, a witness recalled.")
    assert not _kinds(found, "superseded")


def test_other_things_still_burning_are_no_fire():
    assert not T._fire_states("The ceasefire is still holding, and the strike is still not over.")
    assert T._fire_states("The wildfire has not yet been brought under control.")
    assert T._fire_states("The fire, which destroyed forty homes, continues to spread.")


# --- a past-perfect promise keeps its year ---------------------------------------------------

def test_had_said_by_a_past_day_is_no_forecast_for_next_year():
    found = _run(
        "Published 9 March 2024\n\nThe league's lawyers said they did not expect a ruling on the transfer before April 19.",
        "Published 23 April 2024\n\nThe league's secretary had said a ruling on the transfer would be delivered "
        "by March 29; it came on Monday.")
    assert not _kinds(found, "contradiction")
    assert not [r for r in found if "2025" in r.message]


def test_had_said_by_a_day_still_ahead_is_kept():
    found = _run(
        "Published 10 March 2024\n\nThe league's secretary had said a ruling on the transfer would be delivered by March 29.",
        "Published 11 March 2024\n\nThe league's lawyers said they did not expect a ruling on the transfer before April 19.")
    assert _kinds(found, "contradiction")


def test_pronoun_after_a_restated_past_promise():
    found = _run(
        "Published 2 March 2024\n\nThe council said a decision on the depot would be announced by March 29.",
        "Published 23 April 2024\n\nThe council had promised a decision on the depot by March 29. It never came, "
        "residents say.")
    sup = _kinds(found, "superseded")
    assert sup and sup[0].claims[-1].article.startswith("02")


# --- a pronoun that opens a forecast -----------------------------------------------------------

def test_pronoun_opening_a_forecast_takes_the_thing_before():
    found = _run(
        "Published 10 September 2026\n\nConsultants are preparing a report on the hangers. It is expected by "
        "September 30, the city said.",
        "Published 12 September 2026\n\nAn engineer said the report on the hangers would not be ready before October 16.")
    con = _kinds(found, "contradiction")
    assert con and "September 30" in _quotes(con[0])[0]


def test_pronoun_forecast_in_another_domain():
    found = _run(
        "Published 3 May 2021\n\nThe regulator has drafted new findings on the merger. They will be published in June.",
        "Published 20 July 2021\n\nThe regulator's findings on the merger have still not been published.")
    assert _kinds(found, "superseded")


def test_dummy_it_is_no_pronoun_forecast():
    assert T._pronoun_thing("It is expected to rain by Friday.", "The report on the dam is ready.", 24) is None
    found = _run(
        "Published 3 May 2021\n\nThe regulator has drafted new findings on the merger. It is expected to rain in June.",
        "Published 20 July 2021\n\nThe regulator's findings on the merger have still not been published.")
    assert not _kinds(found, "superseded")


def test_pronoun_forecast_needs_one_thing_before():
    found = _run(
        "Published 3 May 2021\n\nThe regulator has drafted new findings and a ruling on the merger. They will be "
        "published in June.",
        "Published 20 July 2021\n\nThe regulator's findings on the merger have still not been published.")
    assert not _kinds(found, "superseded")


# --- a lasting event still going on after its forecast end -----------------------------------

def test_strike_entering_another_week_after_its_forecast_end():
    found = _run(
        "Published 3 March 2025\n\nThe dockers' union said the strike would end on Friday.",
        "Published 11 March 2025\n\nThe strike at the port entered its second week on Monday.")
    sup = _kinds(found, "superseded")
    assert sup and "Friday" in _quotes(sup[0])[0]
    assert not _kinds(found, "contradiction")


def test_protests_continue_after_their_forecast_end():
    found = _run(
        "Published 2 October 2023\n\nOrganisers said the protests would end by the weekend.",
        "Published 12 October 2023\n\nThe protests continue, with students blocking the main square.")
    assert _kinds(found, "superseded")


def test_a_started_strike_still_going_on_is_no_unmet_start():
    found = _run(
        "Published 3 March 2025\n\nThe union said the strike would begin on Friday.",
        "Published 11 March 2025\n\nThe strike is still going on.")
    assert not _kinds(found, "superseded")


def test_ongoing_inside_the_window_and_the_month_are_nothing():
    found = _run(
        "Published 3 March 2025\n\nThe union said the strike would end by March 20.",
        "Published 11 March 2025\n\nThe strike continued on Monday, March 10. March continues to be wet.")
    assert not _kinds(found, "superseded")

"""Recall of the timing-related rules on miniature stories unlike the ones they were missed in.

Mechanisms (each tried in several domains, with near misses that must stay silent):

- "before the weekend", "not before the new year", "in the new year": time windows;
- "the regulator ordered the pipeline to remain closed until at least the end of April": the
  object of a verb of ordering is the place kept closed (and a year-less end is ahead);
- a return to normal is one thing whatever its wording ("back to normal by Wednesday",
  "normal schedules will not return before the weekend"), and a dated disruption after its
  window ("cancelled another 58 flights on Thursday, July 18") shows it unmet;
- first-since records of civil disorder (riot, disturbance, unrest) and of pollution
  (spill, leak, pollution, contamination) are one kind of incident each;
- the weekday of a date line above the text is checked against its date.
"""
from __future__ import annotations

import datetime as dt

import pytest

from checker.extract.dates import extract_times
from rules import calendar_consistency as C
from rules import first_since as F
from rules import timing as T
from timing_helpers import _kinds, _quotes, _story


def _run(rule, *texts: str):
    return list(rule.check(_story(*texts)))


# --- "before the weekend", "the new year": windows -------------------------------------------

@pytest.mark.parametrize("sentence, pub, start, end", [
    ("The judge will not rule before the new year.", dt.date(2023, 10, 20), dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
    ("The audit is expected in the new year.", dt.date(2025, 11, 3), dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
    ("Strike ballot results will not be known until the new year.", dt.date(2024, 12, 2), dt.date(2025, 1, 1), dt.date(2025, 1, 31)),
    ("Normal timetables will not return before the weekend.", dt.date(2024, 7, 17), dt.date(2024, 7, 20), dt.date(2024, 7, 21)),
    ("The transfer window will shut after the weekend.", dt.date(2024, 8, 28), dt.date(2024, 8, 31), dt.date(2024, 9, 1)),
])
def test_new_year_and_weekend_are_windows(sentence, pub, start, end):
    t = [x for x in extract_times(sentence, pub) if "weekend" in x.text or "year" in x.text]
    assert [(x.start, x.end) for x in t] == [(start, end)]


@pytest.mark.parametrize("sentence, pub", [
    ("Families gathered for the Lunar New Year celebrations.", dt.date(2024, 10, 2)),
    ("She was named in the new year's honours list.", dt.date(2024, 10, 2)),
    ("The report is expected in the new year.", dt.date(2024, 3, 2)),  # said in spring: which year?
    ("Profits rose in the year-end accounts.", dt.date(2024, 10, 2)),
])
def test_new_year_near_misses_are_no_windows(sentence, pub):
    assert not [x for x in extract_times(sentence, pub) if "year" in x.text]


@pytest.mark.parametrize("first, second, quotes", [
    # a court ruling
    ("Published 10 October 2023\n\nA ruling in the fraud case is expected within a month, the court said.",
     "Published 12 October 2023\n\nThe presiding judge said the ruling would not come before the new year.",
     ("within a month", "before the new year")),
    # a strike ballot
    ("Published Wednesday 6 March 2024\n\nThe union said the ballot results would be published by Friday.",
     "Published 6 March 2024\n\nThe ballot results will not be published before the weekend, an official said.",
     ("by Friday", "before the weekend")),
    # an audit
    ("Published 3 November 2025\n\nThe council said the audit would be completed by the end of November.",
     "Published 4 November 2025\n\nThe auditors do not expect the audit to report before the new year.",
     ("the end of November", "before the new year")),
])
def test_new_year_and_weekend_bounds_contradict(first, second, quotes):
    found = _kinds(_run(T, first, second), "contradiction")
    assert any(all(q in _quotes(r) for q in quotes) for r in found), found


def test_compatible_new_year_windows_do_not_contradict():
    found = _run(T, "Published 3 November 2025\n\nThe audit will be completed in the new year, the council said.",
                 "Published 4 November 2025\n\nThe audit is due by the end of January, the auditors said.")
    assert not _kinds(found, "contradiction")


# --- an ordered closure: the object of the order is the place ---------------------------------

@pytest.mark.parametrize("first, second", [
    # a recall
    ("Published 4 March 2024\n\nVolta Foods expects to reopen the factory by Friday, a spokesman said.",
     "Published 5 March 2024\n\nThe food safety agency has ordered the factory to remain closed until at least the end of April."),
    # a flood
    ("Published 10 January 2025\n\nEngineers expect to reopen the bridge by the weekend.",
     "Published 11 January 2025\n\nThe county has ordered the bridge to stay closed until the end of February."),
    # a court case (a mine)
    ("Published 2 May 2023\n\nDelta Mining expects to restart the mine by the end of next week.",
     "Published 3 May 2023\n\nA court ordered the mine to remain shut until at least June."),
])
def test_ordered_closure_contradicts_a_reopening(first, second):
    assert _kinds(_run(T, first, second), "contradiction")


def test_ordered_closure_year_less_month_is_ahead():
    # "has ordered ... until the end of April" said in March: this April, though told in the
    # present perfect.
    found = _run(T, "Published 10 March 2025\n\nNorvane expected to restart the pipeline by Friday.",
                 "Published 14 March 2025\n\nThe inspectorate has ordered the pipeline to remain closed until at "
                 "least the end of April.")
    assert [r for r in _kinds(found, "contradiction") if "until at least the end of April" in _quotes(r)]


@pytest.mark.parametrize("first, second", [
    # the order is about people, not a place closed
    ("Published 4 March 2024\n\nThe plant will reopen by Friday, the company said.",
     "Published 5 March 2024\n\nPolice ordered residents to stay indoors until the end of the week."),
    # the repairs of a place, not its reopening
    ("Published 4 March 2024\n\nRepairs at the bridge will start next week.",
     "Published 5 March 2024\n\nThe county has ordered the bridge to remain closed until at least the end of April."),
    # a closure that ended in the past is no forecast
    ("Published 4 March 2024\n\nThe mine will reopen by Friday, the company said.",
     "Published 5 March 2024\n\nIn 2019 a court ordered the mine to remain closed until March 2020."),
])
def test_ordered_closure_near_misses(first, second):
    assert not _kinds(_run(T, first, second), "contradiction")


# --- a return to normal ------------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    # rail
    ("Published Saturday 8 June 2024\n\nThe operator said trains should be back to normal by Monday.",
     "Published Sunday 9 June 2024\n\nNormal services will not resume before Wednesday, the drivers' union said."),
    # a hospital hit by a cyberattack
    ("Published 22 October 2025\n\nThe hospital said clinics would be running normally by the end of next week.",
     "Published 23 October 2025\n\nNormal service will not return until December, an IT contractor said."),
    # a bank outage
    ("Published 3 February 2025\n\nThe bank said card payments should return to normal by Tuesday.",
     "Published 3 February 2025\n\nNormal operations will not return before the weekend, engineers said."),
])
def test_return_to_normal_windows_contradict(first, second):
    found = _kinds(_run(T, first, second), "contradiction")
    assert [r for r in found if r.topic == "return to normal timing"], found


@pytest.mark.parametrize("first, later", [
    # ferry
    ("Published Monday 3 March 2025\n\nThe operator said sailings would return to normal by Wednesday.",
     "Published Saturday 8 March 2025\n\nThe operator cancelled another 12 sailings on Friday, March 7, because of the swell."),
    # rail, passive
    ("Published Saturday 8 June 2024\n\nThe operator said trains should be back to normal by Monday.",
     "Published Thursday 13 June 2024\n\nDozens of trains were cancelled on Wednesday, June 12, as the signal fault persisted."),
    # airline
    ("Published Tuesday 16 July 2024\n\nThe airline said flights should be back to normal by Wednesday.",
     "Published 19 July 2024\n\nThe airline cancelled another 58 flights on Thursday, July 18."),
])
def test_disruption_after_the_window_supersedes_a_return_to_normal(first, later):
    found = _kinds(_run(T, first, later), "superseded")
    assert [r for r in found if r.topic == "return to normal timing"], found


def test_disruption_inside_the_window_supersedes_nothing():
    found = _run(T, "Published Monday 15 July 2024\n\nThe airline said flights should be back to normal by Wednesday.",
                 "Published Friday 19 July 2024\n\nThe airline cancelled 30 flights on Tuesday, July 16.")
    assert not [r for r in found if r.topic == "return to normal timing"]


def test_returns_of_different_activities_do_not_contradict():
    found = _run(T, "Published Saturday 8 June 2024\n\nThe operator said trains should be back to normal by Monday.",
                 "Published Sunday 9 June 2024\n\nThe utility said water supplies would not return to normal before "
                 "the end of the month.")
    assert not _kinds(found, "contradiction")


def test_disruption_of_another_activity_supersedes_nothing():
    found = _run(T, "Published Monday 3 March 2025\n\nThe operator said trains would be back to normal by Wednesday.",
                 "Published Saturday 8 March 2025\n\nThe airline cancelled 12 flights on Friday, March 7.")
    assert not _kinds(found, "superseded")


# --- first-since: civil disorder and pollution are one incident each -------------------------

@pytest.mark.parametrize("first, second", [
    ("Published 3 May 2021\n\nIt was the first riot at the stadium since 2009, police said.",
     "Published 4 May 2021\n\nThis was the first serious disturbance at the stadium since 2013."),
    ("Published 3 May 2021\n\nIt was the worst unrest in the capital since 1992.",
     "Published 4 May 2021\n\nOfficials called it the worst rioting in the capital since 1985."),
    ("Published 7 June 2022\n\nIt is the worst leak at the refinery since 2004, inspectors said.",
     "Published 8 June 2022\n\nCampaigners said it was the worst contamination at the refinery since 1999."),
    ("Published 10 March 2025\n\nIt was the worst spill on the river since 2011, fishermen said.",
     "Published 19 March 2025\n\nThis is the worst pollution of the river since 2006."),
])
def test_first_since_incident_synonyms_contradict(first, second):
    assert _kinds(_run(F, first, second), "contradiction")


@pytest.mark.parametrize("first, second", [
    ("Published 3 May 2021\n\nIt was the first riot at the prison since 2012.",
     "Published 4 May 2021\n\nIt was the first escape from the prison since 2015."),
    ("Published 3 May 2021\n\nIt was the worst air pollution in the city since 2006.",
     "Published 4 May 2021\n\nIt was the worst oil spill in the city since 2011."),
])
def test_first_since_different_incidents_stay_apart(first, second):
    assert not _kinds(_run(F, first, second), "contradiction")


# --- the weekday of a date line ----------------------------------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("# Review delayed\n\nSaturday 8 August 2024\n\nBy A. Writer\n\nThe review was delayed again, the authority said.",
     "Saturday 8 August 2024"),
    ("OSLO, Monday 4 July 2023 (NTB) – The strike ballot closed with a narrow majority for action.",
     "Monday 4 July 2023"),
    ("Court rules on appeal\n\nPublished Friday, March 3, 2024\n\nThe appeal court upheld the ruling.",
     "Friday, March 3, 2024"),
])
def test_wrong_weekday_on_a_date_line(text, quote):
    found = _kinds(_run(C, text), "contradiction")
    assert [r for r in found if _quotes(r) == [quote]], found
    for r in found:
        c = r.claims[0]
        assert c.quote == quote


@pytest.mark.parametrize("text", [
    "# Review delayed\n\nThursday 8 August 2024\n\nBy A. Writer\n\nThe review was delayed again.",
    "OSLO, Tuesday 4 July 2023 (NTB) – The strike ballot closed with a narrow majority for action.",
    "Published 3 March 2024\n\nThe appeal court upheld the ruling.",
])
def test_right_or_no_weekday_on_a_date_line(text):
    assert not _run(C, text)


def test_date_line_claim_span_is_exact():
    text = "Review delayed\n\nSaturday 8 August 2024\n\nThe review was delayed again."
    story = _story(text)
    (r,) = list(C.check(story))
    c = r.claims[0]
    a = story.articles[0].article
    assert a.text[c.span.start:c.span.end] == c.quote == "Saturday 8 August 2024"


# --- full services restored; a return to normal still to come ---------------------------------

@pytest.mark.parametrize("first, later", [
    # a hospital
    ("Published 22 October 2024\n\nThe director said the aim was to have full services restored by the end of next week.",
     "Published 8 November 2024\n\nOutpatient clinics are still running at reduced capacity, the trust said."),
    # rail
    ("Published Monday 3 March 2025\n\nThe operator expects to restore full services by Friday.",
     "Published Tuesday 11 March 2025\n\nTrains are not yet back to normal, the operator admitted."),
    # a port
    ("Published 2 June 2025\n\nFull operations will resume by the weekend, the port authority said.",
     "Published 12 June 2025\n\nThe port is still operating at reduced capacity."),
    # a bank outage
    ("Published 3 February 2025\n\nThe bank said card payments should be back to normal by Tuesday.",
     "Published 10 February 2025\n\nCard payments have yet to return to normal, customers said."),
])
def test_return_to_normal_still_to_come_supersedes(first, later):
    found = _kinds(_run(T, first, later), "superseded")
    assert [r for r in found if r.topic == "return to normal timing"], found


@pytest.mark.parametrize("first, later", [
    # stated while the window is still open
    ("Published Monday 3 March 2025\n\nThe operator expects to restore full services by Friday.",
     "Published Wednesday 5 March 2025\n\nTrains are not yet back to normal, the operator admitted."),
    # another activity
    ("Published Saturday 8 June 2024\n\nThe operator said trains should be back to normal by Monday.",
     "Published 20 June 2024\n\nWater supplies are still not back to normal in the valley."),
    # a full report is a report, not a service
    ("Published 2 June 2025\n\nThe full report will be published by the weekend, the port authority said.",
     "Published 12 June 2025\n\nThe port is still operating at reduced capacity."),
])
def test_return_to_normal_near_misses(first, later):
    assert not _kinds(_run(T, first, later), "superseded")


@pytest.mark.parametrize("first, second", [
    ("Published 16 July 2024\n\nIt was the worst disruption at the country's airports since 2010.",
     "Published 18 July 2024\n\nIt was the worst outage at the country's airports since 2014."),
    ("Published 2 September 2023\n\nIt is the worst outbreak on the island since 2009, health officials said.",
     "Published 4 September 2023\n\nDoctors called it the worst epidemic on the island since 1997."),
    ("Published 2 March 2023\n\nIt was the deadliest landslide in the valley since 1987.",
     "Published 3 March 2023\n\nIt was the deadliest mudslide in the valley since 1979."),
])
def test_first_since_more_incident_kinds_contradict(first, second):
    assert _kinds(_run(F, first, second), "contradiction")


def test_first_since_outage_and_strike_stay_apart():
    found = _run(F, "Published 16 July 2024\n\nIt was the worst outage at the airline since 2010.",
                 "Published 18 July 2024\n\nIt was the first strike at the airline since 2014.")
    assert not _kinds(found, "contradiction")


# --- Christmas and the year's end ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, pub, window", [
    ("A ruling is due before Christmas.", dt.date(2024, 10, 16), (dt.date(2024, 12, 25), dt.date(2024, 12, 25))),
    ("The ruling is expected by Christmas.", dt.date(2024, 12, 28), (dt.date(2025, 12, 25), dt.date(2025, 12, 25))),
    ("The audit is due by year's end.", dt.date(2024, 10, 16), (dt.date(2024, 10, 31), dt.date(2024, 12, 31))),
])
def test_christmas_and_year_end_are_windows(sentence, pub, window):
    assert [(t.start, t.end) for t in extract_times(sentence, pub)] == [window]


@pytest.mark.parametrize("sentence", [
    "They met after Christmas.",  # which Christmas?
    "Shops opened the Christmas market.",
    "Staff worked through the Christmas holidays.",
])
def test_christmas_near_misses(sentence):
    assert not extract_times(sentence, dt.date(2024, 10, 16))


@pytest.mark.parametrize("first, second", [
    # a court
    ("Published 16 October 2024\n\nA ruling in the appeal is expected before Christmas, the court said.",
     "Published 17 October 2024\n\nThe judges will not rule before the new year, a court official said."),
    # a flood
    ("Published 16 October 2024\n\nThe council said the bridge would reopen before Christmas.",
     "Published 18 October 2024\n\nThe bridge will remain closed until at least February, engineers said."),
    # a recall
    ("Published 1 November 2024\n\nAll affected cars will be repaired by Christmas, the carmaker said.",
     "Published 2 November 2024\n\nThe repairs will not be finished before March, dealers said."),
])
def test_christmas_bounds_contradict(first, second):
    assert _kinds(_run(T, first, second), "contradiction")


def test_christmas_and_december_agree():
    found = _run(T, "Published 16 October 2024\n\nA ruling in the appeal is expected before Christmas, the court said.",
                 "Published 17 October 2024\n\nThe ruling is due in December, lawyers said.")
    assert not _kinds(found, "contradiction")


# --- a place kept closed for a stated time ------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    # a mine (regulator)
    ("Published 2 October 2024\n\nThe mine is expected to reopen next month, the company said.",
     "Published 3 October 2024\n\nThe mine will remain shut for at least six months, the regulator said."),
    # an airport (storm)
    ("Published 2 October 2024\n\nThe airport is expected to reopen on Friday.",
     "Published 3 October 2024\n\nThe airport will remain closed for at least another two weeks, officials said."),
    # a bridge (flood)
    ("Published 10 January 2025\n\nEngineers expect to reopen the bridge by the weekend.",
     "Published 11 January 2025\n\nThe bridge will stay closed for three months while it is rebuilt, the county said."),
])
def test_closed_for_a_stated_time_contradicts_a_reopening(first, second):
    assert _kinds(_run(T, first, second), "contradiction")


@pytest.mark.parametrize("first, second", [
    # closed for some time already: no forecast
    ("Published 2 October 2024\n\nThe mine is expected to reopen next month, the company said.",
     "Published 3 October 2024\n\nThe mine has been closed for six months, the regulator said."),
    # a hedge never contradicts
    ("Published 2 October 2024\n\nThe mine is expected to reopen next month, the company said.",
     "Published 3 October 2024\n\nThe mine could remain shut for six months, an analyst said."),
    # no number
    ("Published 2 October 2024\n\nThe airport is expected to reopen on Friday.",
     "Published 3 October 2024\n\nThe airport terminal will remain closed for weeks, officials said."),
    # compatible: closed for two weeks, reopening in a fortnight
    ("Published 2 October 2024\n\nThe airport is expected to reopen within a fortnight.",
     "Published 2 October 2024\n\nThe airport will remain closed for two weeks, officials said."),
])
def test_closed_for_near_misses(first, second):
    assert not _kinds(_run(T, first, second), "contradiction")


# --- supplies, compounds, "no <thing> before", chains through a compound --------------------

def test_still_without_running_water_supersedes_restored_supply():
    found = _run(T, "Published 2 October 2024\n\nWater supplies should be restored by Thursday, the utility said.",
                 "Published 10 October 2024\n\nResidents are still without running water, the council said.")
    assert _kinds(found, "superseded")


def test_compound_subject_meets_its_activity():
    found = _run(T, "Published Monday 30 September 2024\n\nFerries should be running normally again by Wednesday.",
                 "Published Friday 4 October 2024\n\nFerry crossings were cancelled again on Thursday because of the storm.")
    assert [r for r in _kinds(found, "superseded") if r.topic == "return to normal timing"]


def test_compound_of_another_activity_stays_apart():
    found = _run(T, "Published Monday 30 September 2024\n\nFerries should be running normally again by Wednesday.",
                 "Published Friday 4 October 2024\n\nBus services were suspended on Thursday because of the storm.")
    assert not _kinds(found, "superseded")


@pytest.mark.parametrize("first, second", [
    ("Published 2 October 2024\n\nTalks will resume next week, the mediator said.",
     "Published 3 October 2024\n\nNo talks are planned before November, the union said."),
    ("Published 2 October 2024\n\nThe regulator will publish its decision next week.",
     "Published 3 October 2024\n\nNo decision is expected before December, officials said."),
])
def test_no_thing_before_is_a_lower_bound(first, second):
    found = _run(T, first, second)
    assert _kinds(found, "contradiction") and not _kinds(found, "agreement")


def test_no_thing_before_agrees_with_a_later_window():
    found = _run(T, "Published 2 October 2024\n\nNo decision is expected before December, officials said.",
                 "Published 3 October 2024\n\nThe decision is due in mid-December, the regulator said.")
    assert not _kinds(found, "contradiction")


@pytest.mark.parametrize("first, second", [
    ("Published Monday 7 October 2024\n\nThe result of the strike ballot will be announced by Wednesday.",
     "Published 8 October 2024\n\nThe ballot result will not be known until next week, the union said."),
    ("Published 7 October 2024\n\nThe findings of the safety audit will be published by Friday.",
     "Published 8 October 2024\n\nThe audit findings will not be published before next month, inspectors said."),
])
def test_chain_climbs_through_a_compound(first, second):
    assert _kinds(_run(T, first, second), "contradiction")


def test_ballot_closing_and_results_stay_apart():
    found = _run(T, "Published Monday 7 October 2024\n\nThe strike ballot will close on Wednesday.",
                 "Published 8 October 2024\n\nThe result will not be known until next week, the union said.")
    assert not _kinds(found, "contradiction")


# --- first-since: reported subjects and short subjects -----------------------------------

@pytest.mark.parametrize("first, second", [
    # the subject of a reported clause, not the speaker
    ("Published 3 May 2024\n\nIt was the worst flooding in the town since 1953.",
     "Published 4 May 2024\n\nResidents said the floods were the worst since 1968."),
    ("Published 3 May 2024\n\nIt was the biggest protest in the capital since 2011.",
     "Published 4 May 2024\n\nOrganisers insisted the march was the biggest since 2006."),
    # a short subject is a noun chunk
    ("Published 3 May 2024\n\nIt is the largest recall in the company's history since 2010.",
     "Published 4 May 2024\n\nThe recall is the carmaker's biggest since 2014."),
])
def test_first_since_reported_and_short_subjects(first, second):
    assert _kinds(_run(F, first, second), "contradiction")


@pytest.mark.parametrize("first, second", [
    ("Published 3 May 2024\n\nThe club last won the cup in 1998.",
     "Published 4 May 2024\n\nIt is the club's first league title since 2001."),
    ("Published 3 May 2024\n\nThe club's last title came in 2001.",
     "Published 4 May 2024\n\nIt is the club's first cup win since 2004."),
    ("Published 3 May 2024\n\nThe home win was the first since 2019.",
     "Published 4 May 2024\n\nIt was the club's first away win since 2017."),
    ("Published 3 May 2024\n\nPolice said the riot was the worst since 1998.",
     "Published 4 May 2024\n\nPolice said the march was the biggest since 2001."),
])
def test_first_since_subject_near_misses(first, second):
    assert not _kinds(_run(F, first, second), "contradiction")


@pytest.mark.parametrize("first, second, kind", [
    ("Published 3 May 2024\n\nThe race was the closest in the region since 1998, a political scientist said.",
     "Published 4 May 2024\n\nIt comes after the closest regional race since 1998.", "agreement"),
    ("Published 3 May 2024\n\nIt was the tightest election in the country since 1974.",
     "Published 4 May 2024\n\nIt was the closest election in the country since 1980.", "contradiction"),
    ("Published 3 May 2024\n\nThe storm was the costliest disaster for insurers since 2005.",
     "Published 4 May 2024\n\nIt was the most expensive disaster for insurers since 2011.", "contradiction"),
])
def test_more_superlative_scales(first, second, kind):
    assert _kinds(_run(F, first, second), kind)


@pytest.mark.parametrize("first, second", [
    ("Published 3 May 2024\n\nIt was the closest race in the region since 1998.",
     "Published 4 May 2024\n\nIt was the largest turnout in the region since 2002."),
    ("Published 3 May 2024\n\nShe is the youngest minister since 1990.",
     "Published 4 May 2024\n\nHe is the oldest minister since 1985."),
])
def test_more_superlative_scales_stay_apart(first, second):
    assert not _kinds(_run(F, first, second), "contradiction")


# --- a weekday read apart from its date ----------------------------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("Published 10 March 2024\n\nThe strike ballot closed on Wed 7 March, the union said.", "Wed 7 March"),
    ("Published 10 March 2024\n\nThe recall notice went out on Tues. March 6.", "Tues. March 6"),
    ("Published 10 March 2024\n\nThe cup final is on Saturday (March 10).", "on Saturday (March 10"),
    ("Published 10 March 2024\n\nThe court sits again on March 10 (Saturday).", "March 10 (Saturday"),
])
def test_weekday_read_apart_from_its_date(text, quote):
    found = _kinds(_run(C, text), "contradiction")
    assert [r for r in found if _quotes(r) == [quote]], found


@pytest.mark.parametrize("text", [
    "Published 10 March 2024\n\nThe strike ballot closed on Wed 6 March, the union said.",
    "Published 10 March 2024\n\nThe cup final is on Sunday (March 10).",
    "Published 10 March 2024\n\nThe Sun 7 March edition carried the story.",  # a newspaper
    "Published 10 March 2024\n\nThe flood peaked on Saturday; on March 10 the river fell.",  # not side by side
])
def test_weekday_apart_near_misses(text):
    assert not _run(C, text)


# --- delays that look ahead, completions told actively, rules in force ------------------------

@pytest.mark.parametrize("first, later", [
    ("Published 2 October 2024\n\nThe trial is scheduled to begin on 3 March.",
     "Published 10 October 2024\n\nThe trial has been postponed until June."),
    ("Published 2 October 2024\n\nThe verdict is expected in January, the court said.",
     "Published 10 December 2024\n\nThe verdict has been delayed until March."),
    ("Published 2 October 2024\n\nThe report is due in February, the regulator said.",
     "Published 12 December 2024\n\nThe report has been pushed back to April."),
])
def test_delay_to_a_year_less_month_looks_ahead(first, later):
    assert _kinds(_run(T, first, later), "superseded")


def test_past_delay_to_a_past_month_is_no_forecast():
    # "was delayed until June" in October: a story already over; nothing ahead to compare.
    found = _run(T, "Published 2 October 2024\n\nThe trial is scheduled to begin on 3 March.",
                 "Published 10 October 2024\n\nLast year the inquest was delayed until June.")
    assert not found


@pytest.mark.parametrize("first, later", [
    ("Published 2 October 2024\n\nThe inquiry is expected to report in the spring.",
     "Published 2 August 2025\n\nThe inquiry published its report on 28 July."),
    ("Published 2 October 2024\n\nThe verdict is expected by the end of October.",
     "Published 20 November 2024\n\nThe court delivered its verdict on 18 November."),
    ("Published 2 October 2024\n\nThe regulator's findings are due within two weeks.",
     "Published 20 November 2024\n\nThe regulator released its findings on 14 November."),
])
def test_completion_before_the_thing_dates_it(first, later):
    assert _kinds(_run(T, first, later), "superseded")


def test_completion_date_of_a_later_clause_is_not_the_things():
    # "published its results on Monday, three weeks after the February 9 recall": the recall's
    # date is no publication of the results.
    found = _run(T, "Published 5 February 2024\n\nThe authority will publish its test results within 10 days.",
                 "Published 6 March 2024\n\nThe authority published its test results in a long statement to "
                 "parliament and the press, more than three weeks after the February 9 recall.")
    assert not [r for r in found if any(c.quote == "February 9" for c in r.claims)]


@pytest.mark.parametrize("first, second", [
    ("Published 2 October 2024\n\nThe ban on fishing will be lifted next week.",
     "Published 3 October 2024\n\nThe fishing ban will stay in place until the end of the year, the agency said."),
    ("Published 2 October 2024\n\nThe curfew will be lifted on Friday.",
     "Published 3 October 2024\n\nThe curfew will remain in force until at least Monday, police said."),
    ("Published 2 October 2024\n\nThe export embargo will be lifted by the end of the month.",
     "Published 3 October 2024\n\nThe embargo will remain in effect until March, the ministry said."),
])
def test_in_force_until_bounds_the_end(first, second):
    assert _kinds(_run(T, first, second), "contradiction")


@pytest.mark.parametrize("first, second", [
    # a start and an end are two things of a rule
    ("Published 2 October 2024\n\nThe export ban will come into force in January.",
     "Published 3 October 2024\n\nThe export ban will be lifted next week, the minister said."),
    # compatible: lifted at the end of the year, in force until then
    ("Published 2 October 2024\n\nThe ban on fishing will be lifted in December.",
     "Published 3 October 2024\n\nThe fishing ban will stay in place until the end of the year, the agency said."),
    # in force in the past
    ("Published 2 October 2024\n\nThe curfew will be lifted on Friday.",
     "Published 3 October 2024\n\nIn 2019 the curfew remained in force until March 2020."),
])
def test_in_force_near_misses(first, second):
    assert not _kinds(_run(T, first, second), "contradiction")


def test_full_services_at_one_place_and_reduced_capacity_at_another_stay_apart():
    found = _run(T, "Published 2 March 2025\n\nFull services will be restored by the end of the week at the hospital.",
                 "Published 12 March 2025\n\nThe bank is still operating at reduced capacity.")
    assert not _kinds(found, "superseded")


@pytest.mark.parametrize("first, second", [
    ("Published Monday 15 July 2024\n\nFlights should be back to normal by Wednesday.",
     "Published Thursday 18 July 2024\n\nFlights were cancelled on Monday and Tuesday."),
    ("Published Friday 12 July 2024\n\nNormal service will resume on Monday, the operator said.",
     "Published Tuesday 16 July 2024\n\nNormal service resumed on Monday."),
    ("Published Wednesday 2 October 2024\n\nNormal schedules will not return before the weekend.",
     "Published 3 October 2024\n\nSchedules should be back to normal by Sunday."),
    ("Published Friday 7 June 2024\n\nTrains should be back to normal by Monday.",
     "Published Sunday 9 June 2024\n\nTrains were still running at reduced capacity on Sunday."),
])
def test_return_to_normal_compatible_statements(first, second):
    found = _run(T, first, second)
    assert not _kinds(found, "contradiction") and not _kinds(found, "superseded")


@pytest.mark.parametrize("first, second", [
    # "the last time ... this badly": a record of severity named by the clause's verb
    ("Published 3 May 2024\n\nThe last time the river flooded this badly was in 1987.",
     "Published 4 May 2024\n\nIt was the worst flood on the river since 1993."),
    ("Published 3 May 2024\n\nThe last time the prison rioted so badly was in 1990, a guard said.",
     "Published 4 May 2024\n\nIt was the worst riot at the prison since 1994."),
    ("Published 3 May 2024\n\nThe last time shares crashed this badly was in 2008.",
     "Published 4 May 2024\n\nIt was the worst crash on the exchange since 2011."),
    # a possessive "last"
    ("Published 3 May 2024\n\nThe team's last title came in 2001.",
     "Published 4 May 2024\n\nIt is their first title since 2004."),
    ("Published 3 May 2024\n\nThe union's last strike was in 2011, when ports closed for a week.",
     "Published 4 May 2024\n\nIt is the union's first strike since 2009."),
    # a clause's verb meets its group's noun
    ("Published 3 May 2024\n\nIt is the first time since 2016 that the regulator has suspended a licence.",
     "Published 4 May 2024\n\nIt is the regulator's first licence suspension since 2012."),
])
def test_first_since_last_time_forms(first, second):
    assert _kinds(_run(F, first, second), "contradiction")


@pytest.mark.parametrize("first, second", [
    # a plain "last time" is a first, not a worst
    ("Published 3 May 2024\n\nThe last time the river flooded was in 1987.",
     "Published 4 May 2024\n\nIt was the worst flood on the river since 1993."),
    # "last" of something else
    ("Published 3 May 2024\n\nThe union's last ballot was in 2011.",
     "Published 4 May 2024\n\nIt is the union's first strike since 2009."),
    ("Published 3 May 2024\n\nIt is the first time since 2016 that the regulator has suspended a licence.",
     "Published 4 May 2024\n\nIt is the regulator's first licence revocation since 2012."),
])
def test_first_since_last_time_near_misses(first, second):
    assert not _kinds(_run(F, first, second), "contradiction")


# --- one place under two names --------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Published Wednesday 2 October 2024\n\nThe port will reopen on Thursday, officials said.",
     "Published 3 October 2024\n\nThe harbour will stay closed until next week."),
    ("Published Wednesday 2 October 2024\n\nSchools will reopen on Monday.",
     "Published 3 October 2024\n\nClasses will not resume before the end of the month, the ministry said."),
])
def test_place_synonyms_align(first, second):
    assert _kinds(_run(T, first, second), "contradiction")


def test_port_and_airport_stay_apart():
    found = _run(T, "Published Wednesday 2 October 2024\n\nThe port will reopen on Thursday, officials said.",
                 "Published 3 October 2024\n\nThe airport will stay closed until next week.")
    assert not _kinds(found, "contradiction")


# --- a year-less dateline dated by the story ---------------------------------------------------

@pytest.mark.parametrize("first, second, kind", [
    ("BRODEC, March 6 (CPA) - The minister said the government would present a revised offer by mid-March.",
     "Published 12 March 2025\n\nThe government would not table an improved pay offer before May, the finance minister said.",
     "contradiction"),
    ("OSLO, 6 October (NTB) - The regulator expects to publish its report within a fortnight.",
     "Published 4 November 2024\n\nThe regulator's report is still pending, officials said.",
     "superseded"),
    ("LYON, Jan. 10 (AFP) - The court will rule by the end of the month, lawyers said.",
     "Published 11 January 2026\n\nThe court will not rule before March, the judge said.",
     "contradiction"),
])
def test_year_less_dateline_dated_by_the_story(first, second, kind):
    assert _kinds(_run(T, first, second), kind)


@pytest.mark.parametrize("first, second", [
    # the day is far from any dated article: which year?
    ("OSLO, 6 October (NTB) - The regulator expects to publish its report within a fortnight.",
     "Published 4 May 2024\n\nThe regulator's report is still pending, officials said."),
    # not a dateline
    ("However, March 6 was chosen. The minister said the offer would be presented by mid-March.",
     "Published 12 March 2025\n\nThe government would not table an improved pay offer before May."),
])
def test_year_less_dateline_near_misses(first, second):
    found = _run(T, first, second)
    assert not _kinds(found, "contradiction") and not _kinds(found, "superseded")


# --- partitive subjects, reported clauses, hedged possibilities that lapse ---------------------

@pytest.mark.parametrize("first, later", [
    ("Published 14 March 2025\n\nThe company said that it hoped the undamaged part of the plant could partially reopen in April.",
     "Published 6 May 2025\n\nThe company now says the plant will not reopen before September."),
    ("Published 3 June 2024\n\nThe operator believes the rest of the line could reopen by the end of June.",
     "Published 20 July 2024\n\nThe line will not reopen before September, the operator said."),
    ("Published 3 June 2024\n\nEngineers think half of the bridge might reopen next week.",
     "Published 20 June 2024\n\nThe bridge will stay closed until at least August."),
])
def test_hedged_possibility_that_lapsed_is_superseded(first, later):
    assert _kinds(_run(T, first, later), "superseded")


@pytest.mark.parametrize("first, second", [
    # a hope is never contradicted by a forecast made days later
    ("Published 14 March 2025\n\nThe company hoped part of the plant could reopen in April.",
     "Published 15 March 2025\n\nThe plant will not reopen before the summer, the ministry said."),
    # the possibility's time has not passed yet
    ("Published 14 March 2025\n\nThe company hoped part of the plant could reopen in April.",
     "Published 20 March 2025\n\nThe plant will not reopen before the summer, the ministry said."),
])
def test_hedged_possibility_near_misses(first, second):
    found = _run(T, first, second)
    assert not _kinds(found, "contradiction") and not _kinds(found, "superseded")


@pytest.mark.parametrize("first, second", [
    ("Published Monday 10 February 2025\n\nThe strike ballot will close on Friday, the union said.",
     "Published 11 February 2025\n\nThe ballot will stay open until the end of the month, the union's secretary said."),
    ("Published Monday 10 February 2025\n\nThe public consultation will close on Friday, the ministry said.",
     "Published 11 February 2025\n\nThe consultation will remain open until March, campaigners said."),
])
def test_open_until_bounds_the_end(first, second):
    assert _kinds(_run(T, first, second), "contradiction")


def test_open_until_and_a_reopening_stay_apart():
    found = _run(T, "Published 2 October 2024\n\nThe airport will remain open until the storm arrives on Friday.",
                 "Published 3 October 2024\n\nThe airport will reopen on Monday.")
    assert not _kinds(found, "contradiction")


# --- loose spans of years; moves of a measure ------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Published 3 May 2024\n\nIt was the biggest protest in the city in a generation.",
     "Published 4 May 2024\n\nIt was the biggest protest in the city since 1994."),
    ("Published 3 May 2024\n\nIt is the first strike at the airline in a decade.",
     "Published 4 May 2024\n\nIt is the first strike at the airline since 2012."),
])
def test_loose_spans_of_years_do_not_contradict(first, second):
    assert not _kinds(_run(F, first, second), "contradiction")


@pytest.mark.parametrize("first, second", [
    ("Published 3 May 2024\n\nIt was the first strike at the airline in 20 years.",
     "Published 4 May 2024\n\nIt is the first strike at the airline since 2012."),
    ("Published 3 May 2024\n\nThe shares suffered their sharpest fall since 2008.",
     "Published 4 May 2024\n\nIt was the biggest drop in the shares since 2020."),
    ("Published 3 May 2024\n\nPrices posted their steepest rise since 1991.",
     "Published 4 May 2024\n\nIt was the largest increase in prices since 2002."),
])
def test_spans_and_moves_contradict(first, second):
    assert _kinds(_run(F, first, second), "contradiction")


# --- kinds of one event: the appeal hearing is not the sentencing ---------------------------------

@pytest.mark.parametrize("first, second", [
    ("Published 2 October 2024\n\nHis sentencing hearing is expected next week.",
     "Published 3 October 2024\n\nThe appeal hearing will not take place before December, his lawyer said."),
    ("Published 2 October 2024\n\nSentencing is expected next week.",
     "Published 3 October 2024\n\nThe bail hearing will not take place before December, his lawyer said."),
    ("Published 2 October 2024\n\nThe extradition hearing is expected next week.",
     "Published 3 October 2024\n\nThe hearing of the appeal will not take place before December."),
])
def test_kinds_of_hearing_stay_apart(first, second):
    assert not _kinds(_run(T, first, second), "contradiction")


@pytest.mark.parametrize("first, second", [
    ("Published 2 October 2024\n\nThe appeal hearing is expected next week.",
     "Published 3 October 2024\n\nThe hearing will not take place before December, his lawyer said."),
    ("Published 2 October 2024\n\nHis sentencing is expected next week.",
     "Published 3 October 2024\n\nSentencing will not take place before December, his lawyer said."),
])
def test_one_kind_of_hearing_still_aligns(first, second):
    assert _kinds(_run(T, first, second), "contradiction")


def test_life_returning_to_normal_is_not_a_service():
    found = _run(T, "Published Saturday 8 June 2024\n\nThe operator said trains should be back to normal by Monday.",
                 "Published Sunday 9 June 2024\n\nLife will not return to normal before the summer, the mayor said.")
    assert not _kinds(found, "contradiction")


def test_disruption_months_later_supersedes_nothing():
    found = _run(T, "Published Tuesday 16 July 2024\n\nThe airline said flights should be back to normal by Wednesday.",
                 "Published 24 September 2024\n\nThe airline cancelled 30 flights on Monday, September 23, because of a strike.")
    assert not _kinds(found, "superseded")


@pytest.mark.parametrize("weekday, reported", [("Sat", False), ("Sun", True)])
def test_abbreviated_weekday_on_a_date_line(weekday, reported):
    # 10 August 2024 was a Saturday: "Sun 10 Aug 2024" is wrong, "Sat 10 Aug 2024" right.
    text = f"Review delayed\n\nUpdated {weekday} 10 Aug 2024 14:32\n\nThe review was delayed again."
    found = _kinds(_run(C, text), "contradiction")
    assert bool(found) == reported
    assert all(_quotes(r) == [f"{weekday} 10 Aug 2024"] for r in found)


# --- more reopenings: a phrase after the verb, a system still down ------------------------------

@pytest.mark.parametrize("first, second, kind", [
    ("Published Sunday 2 March 2025\n\nThe terminal will reopen to passengers on Friday.",
     "Published 3 March 2025\n\nThe terminal will be closed for at least two more weeks.", "contradiction"),
    ("Published Sunday 2 March 2025\n\nThe bridge will reopen to traffic on Monday.",
     "Published 3 March 2025\n\nThe bridge will stay closed until April, engineers said.", "contradiction"),
    ("Published Sunday 2 March 2025\n\nThe booking system should be restored by Monday.",
     "Published 20 March 2025\n\nThe booking system is still down, the airline said.", "superseded"),
])
def test_more_reopenings(first, second, kind):
    assert _kinds(_run(T, first, second), kind)


def test_prices_still_down_are_no_pending_thing():
    found = _run(T, "Published 2 March 2025\n\nPrices will rise by June, the bank said.",
                 "Published 20 July 2025\n\nPrices are still down, traders said.")
    assert not _kinds(found, "superseded")


def test_up_and_running_is_a_forecast_of_its_subject():
    found = _run(T, "Published Sunday 2 March 2025\n\nThe system should be up and running by Monday.",
                 "Published 20 April 2025\n\nThe system is still down, the bank said.")
    assert _kinds(found, "superseded")


# --- ranges of counts, Easter -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, window", [
    ("The report is expected in two to three weeks.", (dt.date(2024, 10, 28), dt.date(2024, 11, 8))),
    ("The mine will reopen within six to eight weeks.", (dt.date(2024, 10, 16), dt.date(2024, 12, 11))),
    ("The plant will reopen within 6-8 weeks.", (dt.date(2024, 10, 16), dt.date(2024, 12, 11))),
    ("The bridge will reopen by Easter, the council said.", (dt.date(2025, 4, 20), dt.date(2025, 4, 20))),
])
def test_ranges_and_easter_are_windows(sentence, window):
    assert [(t.start, t.end) for t in extract_times(sentence, dt.date(2024, 10, 16))] == [window]


@pytest.mark.parametrize("sentence", [
    "They visited Easter Island.",
    "We met after Easter.",  # which Easter?
    "He served two to three years in prison.",
    "in 10 to 2 weeks",
])
def test_ranges_and_easter_near_misses(sentence):
    assert not [t for t in extract_times(sentence, dt.date(2024, 10, 16)) if "week" in t.text or "Easter" in t.text
                or "year" in t.text]


@pytest.mark.parametrize("first, second", [
    ("Published 16 October 2024\n\nThe inquiry's report is expected within two to three weeks.",
     "Published 17 October 2024\n\nThe report will not be published before the new year, the chairman said."),
    ("Published 16 January 2025\n\nThe bridge will reopen by Easter, the council said.",
     "Published 17 January 2025\n\nThe bridge will stay closed until at least June, engineers said."),
    ("Published 16 October 2024\n\nRepairs to the line will be completed in six to eight weeks.",
     "Published 17 October 2024\n\nThe repairs will not be finished before March, the operator said."),
])
def test_ranges_and_easter_contradict(first, second):
    assert _kinds(_run(T, first, second), "contradiction")


# --- a span from publication: "not ... for N weeks", "it will be N weeks before" ------------------

@pytest.mark.parametrize("first, second", [
    ("Published Wednesday 2 October 2024\n\nThe line will reopen next week, the operator said.",
     "Published 3 October 2024\n\nIt will be at least six weeks before the line reopens, engineers said."),
    ("Published Wednesday 2 October 2024\n\nThe plant will restart production next week.",
     "Published 3 October 2024\n\nProduction will not restart for at least a month, the union said."),
    ("Published Wednesday 2 October 2024\n\nThe results will be published on Friday.",
     "Published 3 October 2024\n\nThe results won't be known for another two weeks, officials said."),
    ("Published Wednesday 2 October 2024\n\nThe inquiry will report by the end of the month.",
     "Published 3 October 2024\n\nIt will be a year before the inquiry reports, lawyers said."),
])
def test_span_from_publication_bounds_below(first, second):
    assert _kinds(_run(T, first, second), "contradiction")


@pytest.mark.parametrize("first, second", [
    # told of the past
    ("Published Wednesday 2 October 2024\n\nThe company will pay a dividend next month.",
     "Published 3 October 2024\n\nThe company has not paid a dividend for two years."),
    # no count
    ("Published Wednesday 2 October 2024\n\nThe results will be published on Friday.",
     "Published 3 October 2024\n\nThe results won't be known for weeks, officials said."),
    # a hedge
    ("Published Wednesday 2 October 2024\n\nThe inquiry will report by the end of the month.",
     "Published 3 October 2024\n\nIt could be a year before the inquiry reports, lawyers warned."),
    # compatible
    ("Published Wednesday 2 October 2024\n\nThe line will reopen in November, the operator said.",
     "Published 3 October 2024\n\nIt will be at least three weeks before the line reopens, engineers said."),
])
def test_span_from_publication_near_misses(first, second):
    assert not _kinds(_run(T, first, second), "contradiction")


def test_closure_for_a_span_at_a_later_date_is_not_from_now():
    found = _run(T, "Published Wednesday 2 October 2024\n\nThe bridge will reopen on Friday, the council said.",
                 "Published 3 October 2024\n\nThe bridge will be closed for two weeks in November for repairs.")
    assert not _kinds(found, "contradiction")


# --- near misses that used to contradict -----------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    # another step on the thing
    ("The ban will come into force next week.", "The ban will be reviewed in six months."),
    # a partial reopening or closure
    ("The bridge will reopen to cars on Friday.", "The bridge will stay closed to lorries until March."),
    ("The road will reopen by Friday.", "The road will remain closed at night until the end of the month."),
    # two supplies
    ("Power will be restored by Sunday.", "Gas supplies will not be restored before next month."),
    # an inquiry's start and its report
    ("The inquiry will start next month.", "The inquiry will report in the spring."),
    # a start and a completion
    ("The audit will start next week.", "The audit will not be completed before March."),
    # full production is not a first restart
    ("The plant will restart production next week.", "Full production will not resume before the summer."),
])
def test_former_false_contradictions(first, second):
    found = _run(T, f"Published Wednesday 2 October 2024\n\n{first}", f"Published 3 October 2024\n\n{second}")
    assert not _kinds(found, "contradiction")


@pytest.mark.parametrize("first, second", [
    ("The bridge will reopen to traffic on Friday.", "The bridge will stay closed until March, engineers said."),
    ("Power will be restored by Sunday.", "Electricity will not be restored before next month."),
    ("Full production will resume next week, the company said.", "Full production will not resume before the summer."),
])
def test_same_extent_or_whole_users_still_contradict(first, second):
    found = _run(T, f"Published Wednesday 2 October 2024\n\n{first}", f"Published 3 October 2024\n\n{second}")
    assert _kinds(found, "contradiction")


@pytest.mark.parametrize("first, second, kind", [
    ("Published 3 May 2024\n\nIt was the highest turnout in a quarter of a century.",
     "Published 4 May 2024\n\nTurnout was the highest since 2010.", "contradiction"),
    ("Published 3 May 2024\n\nIt was the highest turnout in a quarter of a century.",
     "Published 4 May 2024\n\nTurnout was the highest since 1999.", "agreement"),
])
def test_quarter_of_a_century(first, second, kind):
    found = _run(F, first, second)
    assert _kinds(found, kind) and (kind == "contradiction" or not _kinds(found, "contradiction"))

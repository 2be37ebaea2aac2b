"""Round 19 sweep of expected timing (DT103) and first-since records (NU202): whole classes
of wording, each tested in at least two domains with invented sentences, and the near
misses that must stay apart.

Expected timing:

- vague futures are windows from publication ("soon", "shortly", "imminently", "in a matter
  of days", "in the weeks ahead"), never "soon after", "as soon as" or "shortly before";
- "no earlier than X" / "no sooner than X" are lower bounds like "not before X";
- quarters ("by the end of the quarter", "in the third quarter of next year", "in Q3") and
  parts of a season ("by the end of the summer") are windows;
- more words of a firm expectation ("on course", "poised to", "supposed to", "must",
  "committed to", "has until"), which also make a year-less date a forecast;
- verbs of paying, handing over, publishing, fitting or finishing name their object as the
  thing due ("will pay the grants by", "will fit new alarms within a month");
- more wordings of a thing still to come ("is still to be", "no date has been set",
  "remains unpaid", "remains unfinished") and of a delay ("adjourned", "shelved", "put back",
  "put on hold", "slipped to").
"""
from __future__ import annotations

import pytest

from checker.engine import check_texts
from rules.first_since import RULE as NU202
from rules.timing import RULE as DT103

EARLY, LATE = "Monday 2 March 2026", "Monday 20 April 2026"


def _run(rule, a, b, pa=EARLY, pb=LATE):
    files = {"a.txt": f"Published {pa}\n\n{a}", "b.txt": f"Published {pb}\n\n{b}"}
    return sorted(f.kind for f in check_texts(files, rules=(rule,)))


# --- vague futures, open bounds, quarters, seasons -------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The airline said flights would resume shortly.", "Flights are still grounded."),
    ("The regulator said its report would be published soon.", "The regulator's report has still not been published."),
    ("The council said the grants would be paid in a matter of days.", "The grants have still not been paid."),
    ("A ruling on the appeal is expected imminently.", "A ruling on the appeal is still awaited."),
    ("The insurer said the refunds would be issued in the days ahead.", "The refunds are still outstanding."),
])
def test_vague_future_is_a_window_shown_unmet(a, b):
    assert "superseded" in _run(DT103, a, b)


@pytest.mark.parametrize("a, b", [
    # an early vague window against another source's open bound, the same day
    ("The ministry said the report would be published shortly.",
     "The watchdog said the report would not be published before June."),
    ("The club said the stadium would reopen soon, a spokesman said.",
     "Engineers said the stadium would reopen no earlier than September."),
])
def test_vague_future_against_a_later_lower_bound(a, b):
    assert "contradiction" in _run(DT103, a, b, EARLY, EARLY)


@pytest.mark.parametrize("a, b", [
    ("Survivors were rescued soon after the collapse. The report will be published by the end of the year.",
     "The report will not be published before June."),
    ("Police arrived shortly before midnight. The bridge will reopen by the end of the year.",
     "The bridge will not reopen before the autumn."),
    ("The council will decide as soon as possible. The decision is expected by the end of the year.",
     "The decision is not expected before July."),
])
def test_soon_after_or_as_soon_as_is_no_window(a, b):
    assert "contradiction" not in _run(DT103, a, b, EARLY, EARLY)


@pytest.mark.parametrize("a, b", [
    ("The inquiry's report is expected no earlier than June.", "The inquiry's report is due by the end of March."),
    ("The mine will reopen no sooner than the autumn, the operator said.", "The mine is expected to reopen within weeks."),
])
def test_no_earlier_than_is_a_lower_bound(a, b):
    assert "contradiction" in _run(DT103, a, b, EARLY, EARLY)


@pytest.mark.parametrize("a, b", [
    ("The audit results are due by the end of the quarter.", "The audit results have yet to be published."),
    ("The new terminal is expected to open in the first quarter.", "The new terminal has yet to open."),
    ("Repairs to the sea wall should be finished by the end of the winter.", "Repairs to the sea wall are still not finished."),
])
def test_quarters_and_season_parts_are_windows(a, b):
    assert "superseded" in _run(DT103, a, b, "Monday 5 January 2026", LATE)


@pytest.mark.parametrize("a, b", [
    ("The merger vote is expected in Q3.", "The merger vote is expected by the end of March."),
    ("The new terminal will open by the end of the second quarter.", "The new terminal will not open before next year."),
])
def test_quarter_against_another_bound(a, b):
    assert "contradiction" in _run(DT103, a, b, EARLY, EARLY)


# --- words of a firm expectation ---------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The report should be published by March 20.", "The report has still not been published."),
    ("The report must be published by March 20, the judge said.", "The report has yet to be published."),
    ("The council is on course to publish the figures by March 20.", "The figures have still not been published."),
    ("The board is poised to publish its decision by March 20.", "The board has yet to publish its decision."),
    ("The repairs are supposed to be finished by March 20.", "The repairs are still not finished."),
    ("The insurer has committed to paying the compensation by March 20.", "Customers are still awaiting compensation."),
    ("The ministry anticipates publishing the figures by March 20.", "The figures have still not been published."),
])
def test_more_expectation_words(a, b):
    assert "superseded" in _run(DT103, a, b)


def test_should_have_is_no_forecast():
    # "should have been published by March 20": a past obligation, the date stays last year's
    found = _run(DT103, "The report should have been published by March 20, 2025, critics said.",
                 "The report has still not been published.")
    assert "superseded" not in found


# --- the object of a verb of paying, fitting, finishing is the thing due ------------------

@pytest.mark.parametrize("a, b", [
    ("The council said it would pay the grants by March 20.", "The grants have still not been paid, residents say."),
    ("The landlord will fit smoke alarms in every flat within a month.", "Tenants say the smoke alarms have still not been fitted."),
    ("The operator promised to install the new barriers by March 20.", "The new barriers have still not been installed."),
])
def test_object_of_paying_or_fitting_is_due(a, b):
    assert "superseded" in _run(DT103, a, b)


# --- more wordings of still to come and of a delay ----------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The inquiry report is due by the end of March.", "The inquiry report is still to be published."),
    ("The grants are expected to be paid by March 20.", "The grants remain unpaid."),
    ("The compensation scheme will be finalised by mid-March.", "The compensation scheme remains to be finalised."),
    ("The repairs to the pier will be completed by March 20.", "The repairs to the pier remain unfinished."),
])
def test_more_still_to_come_wordings(a, b):
    assert "superseded" in _run(DT103, a, b)


@pytest.mark.parametrize("a, b", [
    ("Repairs to the bridge are scheduled to be completed by mid-March.", "Repairs to the bridge have slipped to the summer."),
    ("The ballot on the pay offer is expected by the end of March.", "The ballot on the pay offer has been put back to May."),
    ("The decision on the runway is due in the coming weeks.", "The decision on the runway has been shelved."),
    ("The refund scheme will be launched by March 20.", "The refund scheme has been put on hold."),
])
def test_more_delay_wordings(a, b):
    # later news of a delay, even before the first window closed
    assert "superseded" in _run(DT103, a, b, EARLY, "Monday 9 March 2026")


# --- first-since records (NU202) ----------------------------------------------------------

def _fs(a, b):
    return _run(NU202, a, b, "3 May 2021", "4 May 2021")


@pytest.mark.parametrize("a, b", [
    # a negated active verb with its object names the event, as "the first time ... had"
    ("The river has not flooded the town centre since 1968, residents said.",
     "It was the first time the river had flooded the town centre since 1971."),
    ("The state had not carried out an execution since 2013.", "It was the first execution in the state since 2009."),
    ("The city has not seen a fire this big since 1974.", "It was the biggest fire in the city since 1969."),
    ("A general strike hadn't happened in the country since 1979.", "It is the first general strike in the country since 1984."),
])
def test_negated_event_is_a_first_since(a, b):
    assert "contradiction" in _fs(a, b)


@pytest.mark.parametrize("a, b", [
    # "last <phrasal verb>" and "last <verb> to/at ..." name the verb event, not the preposition's noun
    ("It is the first time the festival has been cancelled since 1996.", "The festival was last called off in 2001."),
    ("It was the first time the bridge had been closed to traffic since 1999.", "The bridge was last shut to traffic in 2005."),
    ("It was the first time the match had been postponed since 1987.", "The match was last put off in 1992."),
])
def test_last_verb_phrasal_or_prepositional(a, b):
    assert "contradiction" in _fs(a, b)


@pytest.mark.parametrize("a, b", [
    ("It was the first bird flu case on a farm in the county since 2012.",
     "The last bird flu case on a farm in the county was in 2016."),
    ("It is the first collapse of a pier on the coast since 1981.",
     "The previous collapse of a pier on the coast occurred in 1994."),
    ("It is the first landslide on the mountain road since 1990.",
     "The last landslide on the mountain road dates back to 1997."),
])
def test_the_last_x_with_a_longer_noun_phrase_or_verb(a, b):
    assert "contradiction" in _fs(a, b)


@pytest.mark.parametrize("a, b", [
    # a cut is not a rise; an opening is not a closing
    ("The bank has not cut interest rates since 2020.", "It was the bank's first interest rate rise since 2018."),
    ("It was the first time the bridge had been opened to traffic since 1999.", "The bridge was last shut to traffic in 2005."),
    # two negated states with a verb and object: the since-claims rule compares those, not NU202
    ("The river has not flooded the town centre since 1968.", "The river had not flooded the town centre since 1971."),
    # "has not worked at the plant since": a state with no object
    ("The engineer has not worked at the plant since 2015.", "It was the first accident at the plant since 2011."),
])
def test_first_since_kept_apart(a, b):
    assert "contradiction" not in _fs(a, b)


@pytest.mark.parametrize("a, b", [
    # a noun of starting, restoring or lifting names its "of" complement, with no thing noun
    ("The runway is expected to reopen within days.", "The reopening of the runway has been pushed back."),
    ("The company will restore the water supply by Friday.", "Restoration of the water supply has been delayed."),
    ("The ferry terminal will reopen next week.", "The reopening of the ferry terminal has been postponed."),
])
def test_noun_of_starting_names_its_thing(a, b):
    assert "superseded" in _run(DT103, a, b, EARLY, "Monday 4 March 2026")


@pytest.mark.parametrize("a, b", [
    ("Officials expect to lift the boil-water notice by Friday.", "The boil-water notice has not been lifted."),
    ("The insurer will settle the outstanding claims within a month.", "The claims have not been settled."),
    ("The council will rehouse the tenants within a month.", "The tenants have not been rehoused."),
])
def test_has_not_been_done_shows_pending(a, b):
    assert "superseded" in _run(DT103, a, b)


@pytest.mark.parametrize("a, b", [
    # a thing done to something else, or a past state, is not the thing pending
    ("Officials expect to lift the boil-water notice by Friday.", "The water has not been contaminated, tests show."),
    ("The bridge will reopen on Friday, engineers said.", "The bridge has not been damaged, engineers said."),
])
def test_unrelated_has_not_been_is_silent(a, b):
    assert "superseded" not in _run(DT103, a, b)


@pytest.mark.parametrize("a, b", [
    # an intransitive verb after "the last time": the event is the verb, as its noun
    ("The last time a minister resigned over the issue was in 2004.",
     "It was the first resignation of a minister over the issue since 2009."),
    ("The last time the bridge flooded was in 1995.", "It was the first flood at the bridge since 1989."),
    # "last happened" / "were last seen": the subject is the event
    ("A strike like this last happened in 1998.", "It is the first strike of its kind since 2003."),
    ("The river burst its banks for the first time since 1998.",
     "It was the first time the river had burst its banks since 2003."),
])
def test_last_time_verb_and_noun_name_one_record(a, b):
    assert "contradiction" in _fs(a, b)


@pytest.mark.parametrize("a, b", [
    # "has until X to <verb> <thing>": a deadline for the thing after it, not the body
    ("The agency has until March 20 to publish the report.", "The report has still not been published."),
    ("The insurer has until the end of March to pay the compensation.", "Customers are still awaiting compensation."),
    ("The regulator has until Friday to publish its decision on the merger.", "The decision on the merger is still pending."),
])
def test_has_until_is_a_deadline(a, b):
    assert "superseded" in _run(DT103, a, b)


@pytest.mark.parametrize("a, b", [
    # "will continue until", "remain open until": not a deadline for a thing due
    ("The consultation will run until March 20, the council said.", "The consultation report has still not been published."),
    ("Residents were given until Friday to leave their homes.", "The report has still not been published."),
])
def test_until_without_has_is_no_deadline(a, b):
    assert "superseded" not in _run(DT103, a, b)


@pytest.mark.parametrize("a, b", [
    # "at least N units away", "still weeks away": no earlier than then, against an early deadline
    ("Payments will be made within two weeks, the agency said.",
     "The agency's chief said payments were at least two months away."),
    ("The mine will reopen by Friday, the owners said.", "Union officials said a reopening of the mine was still weeks away."),
])
def test_away_is_a_lower_bound(a, b):
    assert "contradiction" in _run(DT103, a, b, EARLY, EARLY)


def test_distance_away_is_no_time():
    found = _run(DT103, "The shelter will reopen by Friday, the council said.",
                 "The nearest shelter is at least 20 miles away, the council said.", EARLY, EARLY)
    assert "contradiction" not in found


@pytest.mark.parametrize("a, b", [
    # "did not <verb> until <day>": it happened that day, after the window closed
    ("The school is scheduled to reopen on March 9.", "The school did not reopen until April 14."),
    ("The ferry service will resume by March 10.", "The ferry service did not resume until April 12."),
    ("The inspectors' report is due by March 20.", "The inspectors' report wasn't published until April 3."),
])
def test_did_not_until_is_a_late_occurrence(a, b):
    assert "superseded" in _run(DT103, a, b)


def test_did_not_until_inside_the_window_agrees():
    found = _run(DT103, "The school will reopen by the end of April.", "The school did not reopen until April 14.")
    assert "superseded" not in found and "contradiction" not in found


@pytest.mark.parametrize("a, b", [
    # next steps named by their verb
    ("The bank aims to refund affected customers by March 20.", "Affected customers have yet to be refunded."),
    ("The insurer will reimburse policyholders within a month.", "Policyholders have yet to be reimbursed."),
    ("The council will rehouse the families within a month.", "The families have yet to be rehoused."),
])
def test_more_next_steps_by_their_verb(a, b):
    assert "superseded" in _run(DT103, a, b)




@pytest.mark.parametrize("a, b", [
    # events delayed in the new wordings (not "adjourned": a sitting adjourned after the start)
    ("The strike is due to start on March 10.", "The strike has been put on hold."),
    ("The festival will take place on March 14.", "The festival has been shelved."),
    ("The election will be held on March 14.", "The election has been put back to May."),
])
def test_event_delayed_in_more_wordings(a, b):
    assert "superseded" in _run(DT103, a, b, EARLY, "Monday 9 March 2026")


def test_sitting_adjourned_after_the_start_is_no_delay():
    found = _run(DT103, "The trial is set to begin on March 10.",
                 "The trial began on March 10 and was adjourned until Thursday.", EARLY, "Monday 16 March 2026")
    assert "superseded" not in found

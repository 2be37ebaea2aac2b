"""Recall of publication-timing (DT103) classes missed in holdout22, on miniature stories in
other domains.

- "findings from the safety regulator", "results from the laboratory": for a publication,
  "from" names its author, not a destination that picks one of several (which kept the
  expectation apart from the later "the findings have still not been published");
- "there will be no interim report before May", "no final decision before the summer": a
  "no" with one or two qualifiers before the thing still denies it before then.
"""
from __future__ import annotations

from rules import timing as T
from timing_helpers import _kinds, _quotes, _story


def _run(*texts: str):
    return list(T.check(_story(*texts)))


def _superseded_with(found, text: str) -> bool:
    return any(text in q for r in _kinds(found, "superseded") for q in _quotes(r))


def _contradiction_with(found, a: str, b: str) -> bool:
    return any(any(a in q for q in _quotes(r)) and any(b in q for q in _quotes(r))
               for r in _kinds(found, "contradiction"))


# --- "from" names a publication's author ----------------------------------------------------------

def test_findings_from_a_body_superseded_by_still_unpublished():
    found = _run(
        "Published 4 February 2025\n\nThe minister said preliminary test results from the water laboratory were expected "
        "by the end of February.",
        "Published 20 March 2025\n\nThe laboratory's preliminary test results have still not been published.")
    assert _superseded_with(found, "the end of February")


def test_report_from_an_inspectorate_superseded_later():
    found = _run(
        "Published 2 June 2025\n\nParents were told the final report from the schools inspectorate would be out "
        "by the end of June.",
        "Published 28 July 2025\n\nThe inspectorate's final report has yet to be published, the union said.")
    assert _superseded_with(found, "the end of June")


def test_flights_from_a_place_still_a_destination():
    # a real destination still picks some of the flights: no finding across two routes
    found = _run(
        "Published 2 June 2025\n\nFlights from the island are expected to resume by Friday 6 June.",
        "Published 20 June 2025\n\nFlights to the mainland remain suspended.")
    assert not _superseded_with(found, "Friday 6 June")


# --- "no <qualifier> <thing> before" ------------------------------------------------------------

def test_no_final_decision_before_contradicts_by():
    found = _run(
        "Published 4 March 2026\n\nThe club said a decision on the stadium lease was expected by the end of March.",
        "Published 5 March 2026\n\nThe council leader said there would be no final decision before June.")
    assert _contradiction_with(found, "the end of March", "before June")


def test_no_preliminary_report_before_contradicts_within():
    found = _run(
        "Published 3 May 2025\n\nThe airline said a report on the engine fire was expected by the end of May.",
        "Published 4 May 2025\n\nInvestigators said there will be no preliminary report before August.")
    assert _contradiction_with(found, "the end of May", "before August")


def test_no_before_far_from_the_thing_stays_a_plain_window():
    # "no" far from the thing, with other words between: not a denial of the thing
    found = _run(
        "Published 3 May 2025\n\nThe airline said a report on the engine fire was expected by the end of May.",
        "Published 4 May 2025\n\nInvestigators said there was no sign of sabotage and the report would be out before June.")
    assert not _contradiction_with(found, "the end of May", "before June")


# --- criminal charges promised, then still not brought -------------------------------------------

def test_charges_promised_then_not_brought_crash():
    found = _run(
        "Published 2 June 2025\n\nDetectives said they expect to bring criminal charges against the driver by the "
        "end of June.",
        "Published 30 July 2025\n\nDetectives have still not brought charges over the crash, the family said.")
    assert _superseded_with(found, "the end of June")


def test_charges_promised_then_not_filed_fraud():
    found = _run(
        "Published 3 March 2025\n\nThe district attorney said her office would file formal charges in the "
        "charity fraud case within three weeks.",
        "Published 30 April 2025\n\nThe district attorney's office has yet to file charges in the charity case.")
    assert _superseded_with(found, "within three weeks")


def test_fee_charges_are_not_criminal_charges():
    found = _run(
        "Published 3 June 2025\n\nParking charges will rise by the end of June, the council said.",
        "Published 28 July 2025\n\nThe council has yet to raise charges at the station car park.")
    assert not _superseded_with(found, "the end of June")


def test_charges_promised_then_not_laid_assault():
    found = _run(
        "Published 5 May 2025\n\nPolice said they expected to press criminal charges over the stadium assault by Friday 9 May.",
        "Published 26 May 2025\n\nThe Crown has still not laid any charges over the assault.")
    assert _superseded_with(found, "Friday 9 May")


def test_pending_object_stops_at_over_and_against():
    assert any(d[2] == "charges" for d in T._state_things(
        "Officers have still not brought charges over the crash.",
        frozenset("officers have still not brought charges over the crash".split())))


# --- "X had been closed and was expected to reopen by Friday": a shared subject ---------------------

def test_shared_subject_after_and_ferry():
    found = _run(
        "Published 3 February 2025\n\nThe harbour authority said the ferry terminal had been damaged and was "
        "expected to reopen by the end of the week.",
        "Published 20 February 2025\n\nThe ferry terminal remains closed, more than two weeks after the storm.")
    assert _superseded_with(found, "the end of the week")


def test_shared_subject_after_but_school():
    found = _run(
        "Published 2 February 2025\n\nThe primary school was flooded but is expected to reopen on Monday 10 February.",
        "Published 20 February 2025\n\nThe primary school remains closed.")
    assert _superseded_with(found, "Monday 10 February")


def test_shared_subject_needs_a_verb_after_and():
    # "and" joining two noun phrases: no shared subject is read across it
    assert T._shared_subject("The road and the bridge are expected to reopen by Friday.", 13, 40) is None


# --- "Nobody should expect it before May": an expectation nobody holds ---------------------------

def test_nobody_expects_the_ruling_before():
    found = _run(
        "Published 3 May 2025\n\nThe court said its ruling was expected by the end of May.",
        "Published 5 May 2025\n\nNobody should expect the ruling before September, one of the lawyers said.")
    assert _contradiction_with(found, "the end of May", "before September")


def test_no_one_should_expect_it_before_pronoun():
    found = _run(
        "Published 3 March 2025\n\nThe health board said the outbreak review would be published by the end of March.",
        "Published 4 March 2025\n\nThe inspectors are writing one joint review. No one should expect it before June.")
    assert _contradiction_with(found, "the end of March", "before June")


def test_nobody_hurt_is_no_denial():
    found = _run(
        "Published 3 May 2025\n\nThe airline said its report was expected by the end of May.",
        "Published 4 May 2025\n\nNobody was hurt, and the report is expected by the end of May, the airline said.")
    assert not _kinds(found, "contradiction")

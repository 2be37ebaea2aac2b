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


# Publication timing (DT103) mechanisms:
# - a date "moved", "shifted", "switched", "put back" or "brought forward" to another is a
#   change of date (like "postponed"): the earlier schedule is superseded, not contradicted;
# - after "expects to" and a verb of sending ("send out", "dispatch", "deliver"), what is sent
#   is the thing due;
# - a clause that is only a window and its hedges ("..., a spokesperson said, probably not until
#   the end of the month") continues the clause before it, over the speaker's aside.
from rules.timing import RULE as DT103  # noqa: E402


@pytest.mark.parametrize("a, b", [
    ("The final ballot is scheduled for Thursday 6 March.",
     "The final ballot has been moved to Thursday 13 March, organisers confirmed."),
    ("The product launch is scheduled for Monday 3 March.",
     "The product launch was shifted to 17 March after a supplier problem."),
    ("The planning hearing is scheduled for Tuesday 4 March.",
     "The planning hearing has been put back to 25 March."),
])
def test_moved_date_supersedes_schedule(a, b):
    found = _run(DT103, a, b, pubs=["1 March 2025", "10 March 2025"])
    assert "superseded" in _kinds(found) and "contradiction" not in _kinds(found)


@pytest.mark.parametrize("a, b", [
    ("The council expects to send out council tax bills by 7 March.",
     "Council tax bills will now go out late, a council spokesperson said, probably not until the end of the month."),
    ("The bank expects to dispatch new debit cards by 5 March.",
     "New debit cards will go out late, the bank said, probably not until the end of the month."),
    ("The ministry expects to deliver the new passports by 6 March.",
     "The new passports will arrive late, officials admitted, probably not before the end of the month."),
])
def test_sent_things_and_elliptic_windows(a, b):
    found = _run(DT103, a, b, pubs=["27 February 2025", "10 March 2025"])
    assert "superseded" in _kinds(found)


def test_patient_moved_to_hospital_is_no_date_change():
    found = _run(DT103, "The inquest is scheduled for Thursday 6 March.",
                 "The injured driver was moved to hospital on Friday.", pubs=["1 March 2025", "10 March 2025"])
    assert "superseded" not in _kinds(found)


def test_elliptic_window_needs_a_bare_fragment():
    # the fragment has its own subject and verb: not a continuation of the bills' clause
    found = _run(DT103, "The council expects to send out council tax bills by 7 March.",
                 "Council tax bills were printed, a spokesperson said, and the office will close until the end of the month.",
                 pubs=["27 February 2025", "3 March 2025"])
    assert "superseded" not in _kinds(found)


# - a reported "could not ... before X" is the backshifted "cannot": a firm lower bound, not
#   a hedge (another hedge word still hedges it);
# - a verb of putting a proposal before a body ("put", "present", "table", "submit") has the
#   proposal as the thing due, and the object ends before a preposition ("a revised budget to
#   councillors"): two same-day windows that cannot both hold are a contradiction.
@pytest.mark.parametrize("a, b", [
    ("The mayor said she would put a revised budget to councillors within a week.",
     "The finance director said a revised budget could not be ready for councillors before the end of March."),
    ("The chief executive said he would present a revised pay offer to staff within a week.",
     "The finance chief said a revised pay offer could not be ready before the end of March."),
    ("The minister said she would table the amended bill in parliament within a week.",
     "Officials said the amended bill could not be ready before the end of March."),
])
def test_same_day_windows_put_and_could_not(a, b):
    found = _run(DT103, a, b, pubs=["27 February 2025", "27 February 2025"])
    assert "contradiction" in _kinds(found)


def test_could_perhaps_not_stays_a_hedge():
    found = _run(DT103, "The mayor said she would put a revised budget to councillors within a week.",
                 "The finance director said a revised budget could perhaps not be ready before the end of March.",
                 pubs=["27 February 2025", "27 February 2025"])
    assert "contradiction" not in _kinds(found)


# - "will vote" names the vote (a verb of the same class as the noun, like "will review");
# - a chain of modifiers climbs over a second link through a noun that names no thing ("vote
#   on emergency funding for roof repairs next week" forecasts the vote, not the repairs).
@pytest.mark.parametrize("a, b", [
    ("The board will vote on extra funding for pitch repairs at its meeting next week, the chair added.",
     "The board vote on pitch funding has been postponed twice and is now pencilled in for 25 February."),
    ("Members will vote on a proposed budget for the new library at their meeting next week.",
     "The members' vote on the library budget has been delayed again."),
    ("Shareholders will vote on the bonus plan for senior staff at the meeting next week.",
     "The shareholder vote on the bonus plan has been pushed back to March."),
])
def test_vote_verb_over_a_two_link_chain(a, b):
    found = _run(DT103, a, b, pubs=["21 January 2026", "9 February 2026"])
    assert "superseded" in _kinds(found)


# - a place named only by its proper name in a state of waiting ("Brenholm remains closed",
#   "St Kevin's is still shut") is kept under its name and joins the kind the story writes it
#   with ("Brenholm Academy", "St Kevin's Hospital"); an academy is a school.
@pytest.mark.parametrize("a, b", [
    ("Pupils were evacuated from St Kevin's Academy. The school is expected to reopen next Monday, the council said.",
     "St Kevin's remains closed. Pupils are being taught online."),
    ("Patients were moved from Larchmont Hospital. The hospital is expected to reopen next Monday, managers said.",
     "Larchmont remains closed to patients, the trust said."),
    ("Visitors left Harwick Museum after the flood. The museum is expected to reopen next Monday.",
     "Harwick Museum remains closed."),
])
def test_named_place_still_closed_supersedes(a, b):
    found = _run(DT103, a, b, pubs=["14 January 2026", "21 January 2026"])
    assert "superseded" in _kinds(found)


def test_name_of_unknown_kind_stays_silent():
    found = _run(DT103, "The school is expected to reopen next Monday, the council said.",
                 "Larchmont remains closed to traffic.", pubs=["14 January 2026", "21 January 2026"])
    assert "superseded" not in _kinds(found)


def test_fallen_in_the_polls_is_no_collapse():
    found = _run(NU202, "It was the first roof collapse at a stadium in the region since 1998.",
                 "It is the first time the party has fallen in the polls in the region since 2003.")
    assert "contradiction" not in _kinds(found)

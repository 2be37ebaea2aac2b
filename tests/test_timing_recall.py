"""Recall of the publication-timing rule (DT103) on miniature stories in several domains.

Each mechanism fixed for a missed expectation is tried on stories unlike the one it was
missed in, with near misses that must stay silent: an activity restarted "at its factory",
a place "in <town>" that remained closed, a thing noun of a negated verb ("the final result
was still not certified"), "until at least" inside the time expression, "last month's".
"""
from __future__ import annotations

import pytest

from checker.evaluate import load_story
from checker.facts import ArticleFacts, StoryFacts
from rules import timing as T
from timing_helpers import _kinds, _quotes


def _findings(*texts: str):
    files = {f"{n + 1:02d}_wire.txt": t for n, t in enumerate(texts)}
    facts = [ArticleFacts(a) for a in load_story("mini", files)]
    story = StoryFacts("mini", sorted(facts, key=lambda f: (f.article.id, f.article.path)))
    return list(T.check(story))


# --- an activity of a place restarted "at its factory": the place reopens ---------------------

@pytest.mark.parametrize("first, later", [
    ("GROVEN, March 4, 2024 (Metro Wire) — Volta Motors expects to restart production at its Brandt "
     "factory by the end of March, a spokesman said.",
     "GROVEN, April 20, 2024 (Metro Wire) — The Volta Motors plant in Brandt remained closed on Friday, "
     "workers said."),
    ("KARST, May 2, 2023 (Ore Wire) — Delta Mining expects to resume operations at its Karst mine by the "
     "end of May, the company said.",
     "KARST, June 14, 2023 (Ore Wire) — Delta Mining's copper mine near Karst remains closed, "
     "the union said."),
    ("NORDEN, June 3, 2025 (Air Wire) — Skyway expects to resume flights at the regional airport by "
     "the end of June, its chief executive said.",
     "NORDEN, July 22, 2025 (Air Wire) — The regional airport outside Norden remained closed on Tuesday, "
     "officials said."),
])
def test_activity_at_a_place_superseded_by_a_later_closed_state(first, later):
    sup = _kinds(_findings(first, later), "superseded")
    assert len(sup) == 1
    assert "the end of" in _quotes(sup[0])[0]


@pytest.mark.parametrize("first, second", [
    ("GROVEN, March 4, 2024 (Metro Wire) — Volta Motors expects to restart production at its Brandt "
     "factory by the end of March, a spokesman said.",
     "GROVEN, March 6, 2024 (Metro Wire) — The regulator said the Brandt plant will stay shut until at "
     "least May while inspectors finish their work."),
    ("KARST, May 2, 2023 (Ore Wire) — Delta Mining expects to resume operations at its Karst mine by the "
     "end of May, the company said.",
     "KARST, May 3, 2023 (Ore Wire) — Inspectors said the Karst mine will stay closed until at least "
     "July."),
])
def test_activity_at_a_place_contradicts_a_closure_until_at_least(first, second):
    con = _kinds(_findings(first, second), "contradiction")
    assert len(con) == 1


def test_closure_until_overlapping_the_window_is_no_contradiction():
    found = _findings(
        "GROVEN, March 4, 2024 (Metro Wire) — Volta Motors expects to restart production at its Brandt "
        "factory by the end of April, a spokesman said.",
        "GROVEN, March 6, 2024 (Metro Wire) — The regulator said the Brandt plant will stay shut until "
        "mid-April.")
    assert not _kinds(found, "contradiction")


def test_closed_state_while_the_window_is_still_open_supersedes_nothing():
    found = _findings(
        "GROVEN, March 4, 2024 (Metro Wire) — Volta Motors expects to restart production at its Brandt "
        "factory by the end of March, a spokesman said.",
        "GROVEN, March 12, 2024 (Metro Wire) — The Volta Motors plant in Brandt remained closed on "
        "Tuesday, workers said.")
    assert not _kinds(found, "superseded")


def test_activity_elsewhere_than_a_place_is_not_the_place():
    # "talks at the ministry": talks are no activity of the ministry's building
    found = _findings(
        "OSLAR, March 4, 2024 (Metro Wire) — The union expects to resume talks at the ministry by the end "
        "of March, its leader said.",
        "OSLAR, April 20, 2024 (Metro Wire) — The ministry in Oslar remained closed on Friday for a holiday.")
    assert not _kinds(found, "superseded")


# --- the thing noun of a negated verb: "the final result was still not certified" -------------

@pytest.mark.parametrize("first, later", [
    ("TARVEN, June 2, 2025 (Vote Wire) — The electoral board expects to certify the final result by "
     "June 30, its chair said.",
     "TARVEN, July 10, 2025 (Vote Wire) — The final result was still not certified nearly six weeks "
     "after the vote."),
    ("TARVEN, June 2, 2025 (Vote Wire) — The electoral board expects to certify the final result by "
     "June 30, its chair said.",
     "TARVEN, July 10, 2025 (Vote Wire) — The electoral board has still not certified the result of last "
     "month's vote, missing its own deadline."),
    ("MERLO, April 3, 2024 (Port Wire) — The harbour authority expects to approve the final plan by "
     "April 30, a spokeswoman said.",
     "MERLO, May 20, 2024 (Port Wire) — The harbour authority has still not approved the plan, "
     "fishermen said."),
])
def test_noun_of_a_negated_verb_is_pending(first, later):
    sup = _kinds(_findings(first, later), "superseded")
    assert len(sup) == 1


def test_negated_verb_before_the_window_closes_supersedes_nothing():
    found = _findings(
        "TARVEN, June 2, 2025 (Vote Wire) — The electoral board expects to certify the final result by "
        "June 30, its chair said.",
        "TARVEN, June 12, 2025 (Vote Wire) — The final result was still not certified on Thursday.")
    assert not _kinds(found, "superseded")


def test_result_certified_in_time_is_no_supersession():
    found = _findings(
        "TARVEN, June 2, 2025 (Vote Wire) — The electoral board expects to certify the final result by "
        "June 30, its chair said.",
        "TARVEN, July 10, 2025 (Vote Wire) — The electoral board certified the final result on June 27, "
        "its chair said.")
    assert not _kinds(found, "superseded")


# --- small readings -------------------------------------------------------------------------

def test_last_months_is_a_time_not_a_qualifier():
    text = "The board has still not certified the result of last month's vote."
    thing = (text.index("result"), text.index("result") + 6, "results", False, False)
    assert T._qualifier(text, thing) is None
    assert T._qualifier("The last result was certified.", (9, 15, "results", False, False)) == "last"


def test_until_at_least_inside_the_expression_is_open_ended():
    found = _findings(
        "LIRA, May 2, 2024 (Road Wire) — The Lira bridge will stay closed until at least July, engineers "
        "said.",
        "LIRA, May 3, 2024 (Road Wire) — The Lira bridge will reopen by the end of June, the mayor said.")
    assert len(_kinds(found, "contradiction")) == 1


def test_dateline_with_a_two_word_agency_dates_the_article():
    art = load_story("mini", {"a.txt": "HALDEN, February 10, 2024 (Meridian Wire) — A plant closed.\n"})[0]
    assert str(art.published) == "2024-02-10"


# --- the subject of a reported clause, the object of "expects" -------------------------------

@pytest.mark.parametrize("first, later", [
    ("VESTA, February 24, 2026 (Rail Wire) — The operator said on Monday that repairs to the track were "
     "progressing well and that the line would reopen by the end of next week.",
     "VESTA, March 20, 2026 (Rail Wire) — The line stayed closed from February 20 to March 16 while "
     "engineers rebuilt the track."),
    ("PORTA, May 4, 2025 (City Wire) — Engineers said on Friday that work on the deck was going well and "
     "that the bridge would reopen by the end of next week.",
     "PORTA, June 2, 2025 (City Wire) — The bridge remained closed on Monday, commuters said."),
    ("ARLEN, March 1, 2024 (Court Wire) — The court service said it expects hearings to restart in the "
     "first week of March, a spokesman said.",
     "ARLEN, March 20, 2024 (Court Wire) — Hearings remain on hold, lawyers said."),
])
def test_reported_clause_subject_superseded(first, later):
    sup = _kinds(_findings(first, later), "superseded")
    assert len(sup) == 1


@pytest.mark.parametrize("first, second", [
    ("DORNE, April 20, 2024 (Labour Wire) — The union said it expects negotiations to resume in the first "
     "week of May.",
     "DORNE, April 22, 2024 (Labour Wire) — The mediator warned on Tuesday that negotiations will not "
     "resume before June."),
    ("ARLEN, March 1, 2024 (Court Wire) — The court service said it expects hearings to restart in the "
     "first week of March.",
     "ARLEN, March 2, 2024 (Court Wire) — A judge, speaking after a fire damaged the building, warned on "
     "Friday that hearings will not restart before April."),
])
def test_reported_clause_subjects_contradict(first, second):
    con = _kinds(_findings(first, second), "contradiction")
    assert len(con) == 1


def test_overlapping_reported_windows_do_not_contradict():
    found = _findings(
        "DORNE, April 20, 2024 (Labour Wire) — The union said it expects negotiations to resume in May.",
        "DORNE, April 22, 2024 (Labour Wire) — The mediator warned on Tuesday that negotiations will not "
        "resume before May 10.")
    assert not _kinds(found, "contradiction")


def test_expected_change_of_a_quantity_is_no_thing():
    found = _findings(
        "DORNE, April 20, 2024 (Market Wire) — The bank said it expects prices to rise by the end of May.",
        "DORNE, June 22, 2024 (Market Wire) — Prices remain on hold, traders said.")
    assert not found


def test_state_on_hold_before_the_window_closes_supersedes_nothing():
    found = _findings(
        "ARLEN, March 1, 2024 (Court Wire) — The court service said it expects hearings to restart by the "
        "end of March.",
        "ARLEN, March 12, 2024 (Court Wire) — Hearings remain on hold, lawyers said.")
    assert not _kinds(found, "superseded")


# --- "cannot be X-ed before <day>": a firm lower bound, a year-less day still ahead ------------

@pytest.mark.parametrize("first, second", [
    ("TARVEN, October 17, 2025 (Vote Wire) — The commission expects to certify the final result by "
     "October 31, its chair said.",
     "TARVEN, October 18, 2025 (Vote Wire) — A lawyer for the challenger said the result cannot be "
     "certified before November 14 at the earliest."),
    ("BRISK, March 3, 2025 (Court Wire) — The tribunal expects to deliver its ruling by March 20, a clerk "
     "said.",
     "BRISK, March 4, 2025 (Court Wire) — Lawyers said the ruling cannot be delivered before April 2 "
     "because new evidence must be heard."),
    ("HOLM, November 20, 2025 (Road Wire) — The council expects to reopen the bridge by December 5, "
     "engineers said.",
     "HOLM, November 21, 2025 (Road Wire) — Inspectors said the bridge cannot be reopened before "
     "January 10, once the new bearings are fitted."),
])
def test_cannot_before_a_day_contradicts_an_earlier_deadline(first, second):
    con = _kinds(_findings(first, second), "contradiction")
    assert len(con) == 1
    assert any(c.quote[:1].isupper() or c.quote[0].isdigit() for c in con[0].claims)


def test_cannot_before_a_day_inside_the_window_is_no_contradiction():
    found = _findings(
        "TARVEN, October 17, 2025 (Vote Wire) — The commission expects to certify the final result by "
        "November 30, its chair said.",
        "TARVEN, October 18, 2025 (Vote Wire) — A lawyer said the result cannot be certified before "
        "November 14 at the earliest.")
    assert not _kinds(found, "contradiction")


def test_a_vague_window_half_passed_is_overtaken_not_contradicted():
    first = ("TARVEN, October 13, 2025 (Vote Wire) — Final results are expected within days, the chair said.")
    found = _findings(
        first,
        "TARVEN, October 18, 2025 (Vote Wire) — A lawyer said the result cannot be certified before "
        "November 14 at the earliest.")
    assert not _kinds(found, "contradiction")
    later = _findings(first, "TARVEN, November 4, 2025 (Vote Wire) — The final result was still not "
                             "certified on Tuesday.")
    assert len(_kinds(later, "superseded")) == 1


def test_a_year_stated_in_the_past_is_not_moved():
    found = _findings(
        "TARVEN, October 17, 2025 (Vote Wire) — The commission expects to certify the final result by "
        "October 31, its chair said.",
        "TARVEN, October 18, 2025 (Vote Wire) — In 2019 the result could not be certified before "
        "November 14, 2019, a lawyer recalled.")
    assert not _kinds(found, "contradiction")

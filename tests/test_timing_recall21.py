"""Recall of publication-timing (DT103) classes missed in holdout21, on miniature stories in
other domains.

Mechanisms (each tried in two domains, with near misses that must stay silent):

- a markdown byline in bold ("**Jane Doe | 23.05.2022**") dates its page, so the page's
  expectations can be judged (checker/metadata.py, one pattern);
- "did not expect the report to be published before May": a negated bound whose year-less
  month the past tense put behind the article is next year's (as a day's already was);
- a markdown run-in heading the sentence splitter leaves on ("**The birth centre.** The
  centre remains closed") is no part of the state's subject;
- the speaker's capitalised title ("Town Manager Renée Castellan said") and an accented
  name as the name reader splits it are the speaker's, not names the fact is about
  (checker/extract/events.py fact_names, a few lines); a lowercase role after an
  organisation ("Coastal Agency spokesman X") keeps the organisation;
- the documents that set up or steer an inquiry or a rule ("terms of reference", "remit",
  "guidance", "guidelines") are things of their own, not the report;
- a general head ("work", "works") yields to its noun modifier ("dredging work is expected
  to start next week" ... "the dredging work still has not started"), and "X, which was due
  to begin last week, still has not started" is X's state, not a "due";
- an appearance before a committee, court or tribunal is named by its verb ("is due to
  appear before the committee on Thursday" ... "his appearance ... has been put back";
  "expected to testify" ... "his testimony ... postponed"), not "would appear to".
- "had still not been published by Wednesday": a negated perfect before "by" is the state on
  that day (a pending item), not a forecast that it will not come before next Wednesday.
"""
from __future__ import annotations

import datetime as dt

from checker.metadata import read_metadata
from rules import timing as T
from timing_helpers import _kinds, _quotes, _story


def _run(*texts: str):
    return list(T.check(_story(*texts)))


def _superseded_with(found, text: str) -> bool:
    return any(text in q for r in _kinds(found, "superseded") for q in _quotes(r))


def _contradiction_with(found, a: str, b: str) -> bool:
    return any(any(a in q for q in _quotes(r)) and any(b in q for q in _quotes(r))
               for r in _kinds(found, "contradiction"))


# --- a bold markdown byline dates its page ------------------------------------------------------

def test_bold_markdown_byline_dates_the_page():
    meta = read_metadata("# Flood defences breached\n\n**Priya Nand | 03.11.2024**\n\nThe river rose overnight.\n")
    assert meta.published == dt.date(2024, 11, 3)
    meta = read_metadata("# Strike talks stall\n\n*Tom Reyes | Business | 21.06.2025*\n\nUnion leaders met.\n")
    assert meta.published == dt.date(2025, 6, 21)


def test_bold_markdown_byline_page_expectation_superseded():
    found = _run(
        "# Ferry link cut\n\n**Mara Olsen | 04.02.2025**\n\nThe island ferry service is expected to resume next "
        "week, the operator said.",
        "Published 20 February 2025\n\nThe island ferry service remains suspended, more than two weeks on.")
    assert _superseded_with(found, "next week")


def test_bold_text_that_is_no_byline_gives_no_date():
    meta = read_metadata("# Recall widened\n\n**Update: more batches affected**\n\nThe firm said.\n")
    assert meta.published is None


# --- "did not expect X before May": the past tense must not put May behind ------------------------

def test_did_not_expect_passive_before_month_is_a_lower_bound_ahead():
    found = _run(
        "Published 4 March 2026\n\nThe club said the stadium would reopen by the end of March.",
        "Published 5 March 2026\n\nThe council said it did not expect the stadium to be reopened before May.")
    assert _contradiction_with(found, "the end of March", "before May")


def test_did_not_expect_claims_settled_until_month_is_a_lower_bound_ahead():
    found = _run(
        "Published 4 March 2026\n\nThe insurer said its customers' claims would be settled by the end of March.",
        "Published 6 March 2026\n\nBrokers said they did not expect the claims to be settled until June.")
    assert _contradiction_with(found, "the end of March", "until June")


def test_did_not_expect_before_a_month_already_past_is_next_years():
    st = _story("Published 5 March 2026\n\nThe coroner said she did not expect the inquest to conclude before February.")
    items = [T._item(d) for f in st.articles for d in T._article_drafts(f, T._calendar(st))]
    assert [(i.lo, i.hi) for i in items if i.thing == "inquest"] == [(dt.date(2027, 2, 1), None)]


# --- a markdown run-in heading before a state ------------------------------------------------------

def test_run_in_heading_then_still_closed_supersedes():
    found = _run(
        "Published 2 June 2025\n\nThe swing bridge is expected to reopen by the end of June, the council said.",
        "# Update\n\nPublished 20 July 2025\n\n**The old swing bridge.** The Victorian swing bridge remains closed to traffic.")
    assert _superseded_with(found, "the end of June")


def test_run_in_heading_then_school_still_closed_supersedes():
    found = _run(
        "Published 2 February 2025\n\nThe primary school, flooded last week, is expected to reopen on Monday 10 February.",
        "Published 20 February 2025\n\n**Flooded village school.** The village primary school remains closed. *The library.* It is open.")
    assert _superseded_with(found, "Monday 10 February")


# --- the speaker's capitalised title and accented name are the speaker's ----------------------------

def test_speaker_title_run_is_not_what_the_fact_is_about():
    found = _run(
        "Published 3 May 2025\n\nCounty Executive Lena Park said the audit would be finished by the end of June.",
        "Published 5 May 2025\n\nThe Comptroller's office said the audit would not be finished before September.")
    assert _contradiction_with(found, "the end of June", "before September")


def test_accented_speaker_name_is_not_what_the_fact_is_about():
    found = _run(
        "Published 3 May 2025\n\nChloé Varga, the hospital's director, said the review would be finished by the end of June.",
        "Published 5 May 2025\n\nThe Harwick review would not be finished before September, the health board said.")
    assert _contradiction_with(found, "the end of June", "before September")


def test_lowercase_role_after_an_organisation_keeps_the_organisation():
    from checker.extract.events import fact_names
    st = _story("Published 5 May 2025\n\nState Office of Coastal Resilience spokesman Tomas Edgerly said "
                "the agency's study would not be finished before March.")
    f = st.articles[0]
    assert {"coastal", "resilience"} <= fact_names(f, 0)


# --- documents that steer an inquiry or a rule: terms of reference, guidance -------------------------

def test_terms_of_reference_promised_then_still_not_published():
    found = _run(
        "Published 9 March 2026\n\nThe inquiry's terms of reference are due to be published later this week, the ministry said.",
        "Published 19 March 2026\n\nThe panel's terms of reference have still not been published.")
    assert _superseded_with(found, "later this week")


def test_guidance_promised_then_still_not_issued():
    found = _run(
        "Published 1 September 2025\n\nGuidance for care homes on visiting will be published by Friday, the department said.",
        "Published 15 September 2025\n\nThe guidelines have still not been published, care home managers say.")
    assert _superseded_with(found, "by Friday")


def test_guidance_is_not_the_report():
    found = _run(
        "Published 1 September 2025\n\nThe watchdog's report is due by the end of September.",
        "Published 2 September 2025\n\nThe watchdog said its guidance would not be published before December.")
    assert not _kinds(found, "contradiction")


# --- "repair work": the modifier names the thing; a relative clause's noun is the state's subject ----

def test_dredging_work_expected_then_still_not_started():
    found = _run(
        "Published 3 March 2025\n\nDredging work in the harbour is expected to start next week, the harbour board said.",
        "Published 24 March 2025\n\nThe dredging work in the harbour still has not started, fishermen say.")
    assert _superseded_with(found, "next week")


def test_demolition_work_due_then_relative_clause_still_not_started():
    found = _run(
        "Published 28 January 2026\n\nDemolition work on the fire-damaged mill is expected to begin next week, the council said.",
        "Published 12 February 2026\n\nThe demolition work on the mill, which was due to begin last week, still has not started.")
    assert _superseded_with(found, "next week")


def test_relative_clause_names_the_thing_not_its_due_word():
    st = _story("Published 12 February 2026\n\nThe resurfacing of the runway, which was due to finish last week, "
                "still has not been completed.")
    items = [T._item(d) for f in st.articles for d in T._article_drafts(f, T._calendar(st))]
    assert "due" not in {i.thing for i in items}


def test_work_alone_is_still_no_thing():
    found = _run(
        "Published 3 March 2025\n\nWork on the new stand is expected to start next week.",
        "Published 24 March 2025\n\nThe work at the depot still has not started.")
    assert not _kinds(found, "superseded")


# --- an appearance before a committee or a court, named by its verb -------------------------------

def test_due_to_appear_before_committee_then_appearance_put_back():
    found = _run(
        "Published 18 July 2025\n\nThe water company's chief executive is due to appear before the environment "
        "committee on Thursday 24 July.",
        "Published 5 August 2025\n\nThe chief executive's appearance before the committee, promised for 24 July, "
        "has been put back to the autumn.")
    assert _superseded_with(found, "Thursday 24 July")


def test_expected_to_testify_then_testimony_delayed():
    found = _run(
        "Published 2 October 2025\n\nThe former trainer is expected to testify at the doping tribunal on Monday 6 October.",
        "Published 14 October 2025\n\nHis testimony, scheduled for 6 October, has been postponed until November.")
    assert _superseded_with(found, "Monday 6 October")


def test_would_appear_to_is_no_appearance():
    st = _story("Published 5 August 2025\n\nThe leak would appear to have started on Monday, engineers said.")
    items = [T._item(d) for f in st.articles for d in T._article_drafts(f, T._calendar(st))]
    assert "appearance" not in {i.thing for i in items}


# --- "had still not been published by Wednesday": a state on that day, not a forecast ---------------

def _things_kinds(text: str):
    st = _story(text)
    return {(i.thing, i.kind) for f in st.articles for d in T._article_drafts(f, T._calendar(st)) for i in [T._item(d)]}


def test_had_still_not_been_paid_by_a_past_day_is_pending():
    kinds = _things_kinds("Published 19 March 2026\n\nThe refunds, promised for last month, had still not been paid by Friday.")
    assert ("compensation", "pending") in kinds and ("compensation", "window") not in kinds


def test_had_not_been_published_by_a_past_day_is_pending():
    kinds = _things_kinds("Published 19 March 2026\n\nThe new guidelines, promised for early March, had still not been "
                          "published by Wednesday.")
    assert ("guidance", "pending") in kinds and ("guidance", "window") not in kinds


def test_will_not_be_paid_by_friday_is_still_a_forecast():
    kinds = _things_kinds("Published 19 March 2026\n\nThe refunds haven't been paid and will not be paid by Friday.")
    assert ("compensation", "window") in kinds

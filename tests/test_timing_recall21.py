"""Recall of publication-timing (DT103) classes missed in holdout21, on miniature stories in
other domains.

Mechanisms (each tried in two domains, with near misses that must stay silent):

- a markdown byline in bold ("**Jane Doe | 23.05.2022**") dates its page, so the page's
  expectations can be judged (checker/metadata.py, one pattern);
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

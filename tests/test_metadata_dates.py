"""Publication dates from real header layouts, and the year-less wire dateline policy.

A dateline with a month and day but no year ("OSLO, Oct. 3 (Reuters) -") takes its year
from a full date in the header lines above it (within a month of it), else from the one year
for which the body's full dates include one up to three months before it; otherwise the
date stays unknown. Today's clock is never used.
"""
from __future__ import annotations

import datetime as dt

import pytest

from checker.metadata import read_metadata

D = dt.date
BODY = "Water levels rose through the night and the council closed the bridge, officials said.\n"


@pytest.mark.parametrize("header,expected", [
    ("Updated 14:32 GMT, 3 June 2024", D(2024, 6, 3)),
    ("3 June 2024 | 14:32", D(2024, 6, 3)),
    ("Monday 3 June 2024 10.15 BST", D(2024, 6, 3)),
    ("Jun 3, 2024, 10:15 AM", D(2024, 6, 3)),
    ("June 3, 2024 at 2:30 p.m. EDT", D(2024, 6, 3)),
    ("Published on 3 June 2024 · 09:05", D(2024, 6, 3)),
    ("Last updated: 12.11.2025, 18:40", D(2025, 11, 12)),
    ("Last modified on Mon 3 Nov 2025 07.45 GMT", D(2025, 11, 3)),
    ("Modified: 4 June 2024", D(2024, 6, 4)),
    ("Last edited 12 March 2024 10:15", D(2024, 3, 12)),
    ("Tue 4 Feb 2025 07.00 GMT", D(2025, 2, 4)),
    ("2025-02-04 07:00", D(2025, 2, 4)),
    # broadcast transcripts and section headers, date first or last among pipes
    ("Broadcast: Thursday 3 April 2025, 07:00", D(2025, 4, 3)),
    ("First broadcast 3 April 2025", D(2025, 4, 3)),
    ("Aired: Tue 3 Feb 2026", D(2026, 2, 3)),
    ("21 March 2025 | Collections Review | Security", D(2025, 3, 21)),
    ("Harbour Times | Business | 3 June 2024", D(2024, 6, 3)),
    ("Filed 30 December 2024 for the weekend edition", None),
    # not a header date: a sentence that starts with one, an impossible date
    ("3 June 2024 was the day the dam broke, residents recalled.", None),
    ("31 June 2024 | 14:32", None),
])
def test_header_date_layouts(header, expected):
    assert read_metadata(f"Flood closes river bridge\n{header}\n\n{BODY}").published == expected


def _story(dateline: str, body: str = "", header: str = "") -> str:
    head = f"Strike talks collapse at the port\n{header}\n" if header else "Strike talks collapse at the port\n"
    return f"{head}\n{dateline} Dock workers walked out on Friday after talks over pay collapsed, the union said.\n\n{body}\n"


@pytest.mark.parametrize("dateline,body,header,expected", [
    # a full date in the header lines above the dateline gives the year
    ("BRODEC, March 6 (CPA) –", "", "Print edition of 7 March 2025", D(2025, 3, 6)),
    ("ROTTERDAM, 2 January (DPA) -", "", "Filed 30 December 2024 for the weekend edition", D(2025, 1, 2)),
    # the body's full dates: one year has one up to three months before the dateline's day
    ("BRODEC, March 6 (CPA) –", "The walkout began on 3 March 2023, after talks collapsed.", "", D(2023, 3, 6)),
    ("OSLO, Oct. 3 (Reuters) -", "The plan, first floated on 12 September 2024, was approved.", "", D(2024, 10, 3)),
    ("LIMA, Jan 5 (AFP) -", "The dispute began on December 12, 2024, when the port was sold.", "", D(2025, 1, 5)),
    ("WASHINGTON, Feb 29 (AP) -", "The recall was first ordered on 20 February 2024.", "", D(2024, 2, 29)),
    ("NAIROBI, 14 July (KNA) -", "The court sat on 2024-06-30 and on 2024-07-01.", "", D(2024, 7, 14)),
    # no year can be told: unknown, never today's
    ("OSLO, Oct. 3 (Reuters) -", "", "", None),
    ("OSLO, Oct. 3 (Reuters) -", "The fund was founded on 1 March 1990.", "", None),
    ("OSLO, Oct. 3 (Reuters) -", "A hearing is set for 30 November 2025.", "", None),
    ("BRODEC, March 6 (CPA) –", "Talks failed on 1 March 2024 and again on 2 February 2025.", "", None),
    ("WASHINGTON, Feb 29 (AP) -", "The recall was first ordered on 20 February 2023.", "", None),
    ("BRODEC, March 6 (CPA) –", "A strike on 6 March 2025 was mentioned.", "Print edition of 9 September 2025", None),
])
def test_yearless_dateline_policy(dateline, body, header, expected):
    assert read_metadata(_story(dateline, body, header)).published == expected


def test_yearless_dateline_is_boilerplate_and_names_the_agency():
    text = _story("BRODEC, March 6 (CPA) –", "The walkout began on 3 March 2023.")
    meta = read_metadata(text)
    start = text.index("BRODEC")
    assert any(s <= start and text.index("Dock") <= e + 1 for s, e in meta.boilerplate)
    assert meta.outlet == "CPA"


@pytest.mark.parametrize("text", [
    # a date in a quote or after a speaker is not a dateline
    "Port strike\n\n“March 6 (CPA) – that was the day,” he said. The walkout began on 3 March 2023.\n",
    "Port strike\n\nHe said, March 6 - the day the walkout began on 3 March 2023 - changed everything.\n",
    "Port strike\n\nthe union, March 6 - talks began on 3 March 2023.\n",
])
def test_not_a_dateline(text):
    assert read_metadata(text).published is None


def test_full_dateline_with_an_agency_name():
    text = "OSLO, Oct. 3, 2024 (Reuters) - Norway's government said on Tuesday it would raise taxes.\n"
    assert read_metadata(text).published == D(2024, 10, 3)


@pytest.mark.parametrize("agency", ["Meridian Wire", "Press Trust Agency", "Reuters"])
def test_full_dateline_with_an_agency_name_of_several_words(agency):
    text = f"HALDORF, February 10, 2024 ({agency}) — The regulator ordered a recall on Friday.\n"
    assert read_metadata(text).published == D(2024, 2, 10)


def test_header_date_wins_over_a_yearless_dateline():
    text = _story("BRODEC, March 6 (CPA) –", "The walkout began on 3 March 2023.", "By Jana Novak | 7 March 2025")
    assert read_metadata(text).published == D(2025, 3, 7)

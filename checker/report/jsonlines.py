"""JSON Lines: one JSON object per line, each with a ``type``.

Records, in order: ``{"type": "header", "schema_version", "tool"}``, one ``article`` per
article, one ``finding`` per finding (the fields of the JSON contract's finding plus
``story``), one ``error`` per unreadable file, and a closing ``summary``. Streaming tools
(``jq -c 'select(.type == "finding")'``) need no whole-document parse.
"""
from __future__ import annotations

import json
from typing import Iterator, TextIO

from checker.model import Report
from checker.report.common import story_of_finding
from checker.report.json import SCHEMA_VERSION, finding_dict, report_dict
from checker.report.safe import clean


def iter_records(report: Report) -> Iterator[dict]:
    """The records one by one (a large report is never held twice in memory)."""
    doc = report_dict(report, findings=False)
    where = story_of_finding(report)
    yield {"type": "header", "schema_version": SCHEMA_VERSION, "tool": doc["tool"]}
    for a in doc["articles"]:
        yield {"type": "article", **a}
    for f in report.findings:
        yield {"type": "finding", "story": clean(where[f.id]), **finding_dict(f)}
    for e in doc["errors"]:
        yield {"type": "error", **e}
    yield {"type": "summary", **doc["summary"]}


def records(report: Report) -> list[dict]:
    return list(iter_records(report))


def render(report: Report, stream: TextIO, **_options) -> None:
    for rec in iter_records(report):
        # ensure_ascii keeps U+2028/U+2029 escaped: every record is exactly one line.
        stream.write(json.dumps(rec, ensure_ascii=True, allow_nan=False, separators=(",", ":")) + "\n")

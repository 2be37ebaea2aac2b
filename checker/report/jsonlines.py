"""JSON Lines: one JSON object per line, each with a ``type``.

Records, in order: ``{"type": "header", "schema_version", "tool"}``, one ``article`` per
article, one ``finding`` per finding (the fields of the JSON contract's finding plus
``story``), one ``error`` per unreadable file, and a closing ``summary``. Streaming tools
(``jq -c 'select(.type == "finding")'``) need no whole-document parse.
"""
from __future__ import annotations

import json
from typing import TextIO

from checker.model import Report
from checker.report.common import story_of_finding
from checker.report.json import SCHEMA_VERSION, report_dict
from checker.report.safe import clean


def records(report: Report) -> list[dict]:
    doc = report_dict(report)
    where = story_of_finding(report)
    out = [{"type": "header", "schema_version": SCHEMA_VERSION, "tool": doc["tool"]}]
    out += [{"type": "article", **a} for a in doc["articles"]]
    out += [{"type": "finding", "story": clean(where[f.id]), **d} for f, d in zip(report.findings, doc["findings"])]
    out += [{"type": "error", **e} for e in doc["errors"]]
    out.append({"type": "summary", **doc["summary"]})
    return out


def render(report: Report, stream: TextIO, **_options) -> None:
    for rec in records(report):
        # ensure_ascii keeps U+2028/U+2029 escaped: every record is exactly one line.
        stream.write(json.dumps(rec, ensure_ascii=True, allow_nan=False, separators=(",", ":")) + "\n")

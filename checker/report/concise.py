"""One line per finding, ``path:line:col: CODE kind message``, for editors and grep.

The location is the finding's first claim; the other articles follow the message in
brackets. File errors are ``path:1:1: ERROR code message``. The last line is a summary.
"""
from __future__ import annotations

from typing import TextIO

from checker.model import Report
from checker.report.common import by_story, location, summary_line
from checker.report.safe import visible


def lines(report: Report, quiet: bool = False) -> list[str]:
    out = []
    for _story, _articles, findings in by_story(report, quiet):
        for f in findings:
            first = f.claims[0]
            others = [location(c) for c in f.claims[1:]]
            tail = f" [also {', '.join(others)}]" if others else ""
            out.append(visible(f"{location(first)}: {f.code} {f.kind} {f.message}{tail}"))
    for e in report.errors:
        out.append(visible(f"{e.path}:1:1: ERROR {e.code} {e.message}"))
    return out


def render(report: Report, stream: TextIO, *, quiet: bool = False, **_options) -> None:
    for line in lines(report, quiet):
        stream.write(line + "\n")
    stream.write("crosscheck: " + summary_line(report) + "\n")

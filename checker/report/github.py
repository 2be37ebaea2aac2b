"""GitHub Actions workflow-command annotations: ``::error file=…,line=…,col=…::message``.

Errors come first, then warnings, then notices (info); agreements are not annotated
(nor, with ``quiet``, single-source claims).
GitHub shows at most 10 annotations of each level per step, so each level is capped at
``max_per_level`` and a closing summary line counts what was not shown. Data is escaped
as the runner expects (``%``, CR and LF in messages; also ``:`` and ``,`` in properties), so
no line of article text can start a line with ``::`` or inject a command.
"""
from __future__ import annotations

from typing import TextIO

from checker.model import Finding, Report
from checker.report.common import SINGULAR, end_position, plural, summary_line
from checker.report.safe import visible

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
ORDER = ("error", "warning", "notice")
MAX_PER_LEVEL = 10


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props) -> str:
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level}{' ' + fields if fields else ''}::{escape_data(message)}"


def _annotation(f: Finding) -> tuple[str, str]:
    first = f.claims[0]
    end_line, end_col = end_position(first)
    lines = [visible(f.message)]
    if f.note:
        lines.append(f"Note: {visible(f.note)}")
    for c in f.claims:
        lines.append(f"{visible(c.path)}:{c.span.line}:{c.span.column} {visible(c.article)}: "
                     f"{visible(c.value)} (“{visible(c.quote)}”)")
    props = {"file": visible(first.path), "line": first.span.line, "col": first.span.column}
    if end_line == first.span.line:
        props["endColumn"] = end_col
    else:
        props["endLine"] = end_line
    props["title"] = f"crosscheck {f.code} {SINGULAR.get(f.kind, f.kind)}: {visible(f.topic)}"
    level = LEVEL.get(f.severity, "warning")
    return level, command(level, "\n".join(lines), **props)


def lines(report: Report, max_per_level: int = MAX_PER_LEVEL, quiet: bool = False) -> list[str]:
    by_level: dict[str, list[str]] = {lvl: [] for lvl in ORDER}
    for e in report.errors:
        by_level["error"].append(command("error", f"{visible(e.message)}", file=visible(e.path),
                                         title=f"crosscheck: {e.code}"))
    for f in report.findings:
        if f.kind == "agreement" or (quiet and f.kind == "single_source"):
            continue
        level, text = _annotation(f)
        by_level[level].append(text)
    out, hidden = [], 0
    for lvl in ORDER:
        out += by_level[lvl][:max_per_level]
        hidden += max(0, len(by_level[lvl]) - max_per_level)
    tail = f"crosscheck: {summary_line(report)}"
    if hidden:
        tail += f" ({plural(hidden, 'annotation')} not shown; see the full report)"
    out.append(tail)
    return out


def render(report: Report, stream: TextIO, *, max_per_level: int = MAX_PER_LEVEL, quiet: bool = False,
           **_options) -> None:
    for line in lines(report, max_per_level, quiet):
        stream.write(line + "\n")

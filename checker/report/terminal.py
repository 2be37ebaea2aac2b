"""The coloured terminal report, built from rich Text objects only (never markup strings).

Article text is passed through ``visible`` so that no markup, emoji code, control or bidi
character from an article reaches the terminal. Layout: per story a header with its
articles and counts per kind, then findings grouped by kind (gravest first, by severity
within a kind), each with its claims side by side (article, value, quote, file:line:col).
"""
from __future__ import annotations

import os
import re
from typing import TextIO

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from checker.model import Article, Claim, Finding, Report
from checker.report.common import (
    QUIET_HIDDEN, SECTIONS, attribution_text, by_story, counts, short_count, diff_words, location, plural, summary_line,
)
from checker.report.safe import visible

THEME = Theme({
    "cc.contradiction": "bold red", "cc.unsourced": "yellow", "cc.single_source": "cyan",
    "cc.superseded": "magenta", "cc.agreement": "green", "cc.heading": "bold",
    "cc.dim": "dim", "cc.value": "bold", "cc.loc": "blue", "cc.error": "bold red",
    "cc.delete": "red strike", "cc.insert": "green underline", "cc.code": "bold",
    "cc.quote": "italic", "cc.mark": "bold underline",
    "cc.sev.error": "red", "cc.sev.warning": "yellow", "cc.sev.info": "dim",
})
MARK = {"contradiction": "✗", "unsourced": "?", "superseded": "↻", "single_source": "•", "agreement": "✓"}
QUOTE_MAX = 160


def color_wanted(stream: TextIO, color: bool | None = None) -> bool | None:
    """NO_COLOR / TERM=dumb win, then an explicit choice, then FORCE_COLOR, else auto (None)."""
    if "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
        return False
    if color is not None:
        return color
    if os.environ.get("FORCE_COLOR"):
        return True
    return None


_TRAILING = re.compile("(?<! )[ ]+((?:\x1b\\[[0-9;]*m){0,8})(?=\n)")  # (?<! ): linear on long runs


class _NoTrailingSpaces:
    """A stream wrapper: rich pads table cells to full width; the padding at line ends goes."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(_TRAILING.sub(r"\1", text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


def make_console(stream: TextIO, width: int | None = None, color: bool | None = None) -> Console:
    wanted = color_wanted(stream, color)
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return Console(
        file=_NoTrailingSpaces(stream), theme=THEME, emoji=False, highlight=False, markup=False,
        width=width or (None if tty else 100), soft_wrap=False,
        force_terminal=True if wanted else None,
        no_color=wanted is False, color_system=None if wanted is False else "auto",
        legacy_windows=False,
    )


def _t(text: str | None, style: str = "") -> Text:
    return Text(visible(text), style=style)


def _article_row(table: Table, a: Article) -> None:
    table.add_row(
        _t(a.id, "cc.code"),
        _t(a.outlet or "outlet unknown", "" if a.outlet else "cc.dim"),
        _t(a.published.isoformat() if a.published else "undated", "" if a.published else "cc.dim"),
        _t(a.title or "(no title)", "" if a.title else "cc.dim"),
    )


def _quote(c: Claim) -> Text:
    q = c.quote if len(c.quote) <= QUOTE_MAX else c.quote[: QUOTE_MAX - 1] + "…"
    return _t(f"“{q}”", "cc.quote")


def _in_context(c: Claim) -> Text:
    """The claim's sentence with the quote marked (when the quote is inside it)."""
    i = c.text.find(c.quote) if c.quote else -1
    if i < 0:
        return _t(c.text, "cc.dim")
    out = Text()
    out.append_text(_t(c.text[:i], "cc.dim"))
    out.append_text(_t(c.quote, "cc.mark"))
    out.append_text(_t(c.text[i + len(c.quote):], "cc.dim"))
    return out


def _diff_line(f: Finding) -> Text:
    line = Text()
    line.append("words: ", style="cc.dim")
    for op, words in diff_words(f):
        style = {"delete": "cc.delete", "insert": "cc.insert", "replace": "cc.insert"}.get(op, "")
        prefix, suffix = {"delete": ("[-", "-]"), "insert": ("{+", "+}"), "replace": ("{~", "~}")}.get(op, ("", ""))
        line.append(prefix + visible(words) + suffix, style=style)
        line.append(" ")
    line.rstrip()
    return line


def _finding(console: Console, f: Finding, verbose: bool) -> None:
    head = Text()
    head.append(f.code, style="cc.code")
    head.append(" ")
    head.append(f.severity, style=f"cc.sev.{f.severity}")
    head.append(" ")
    head.append_text(_t(f.message))
    head.append(f"  ({f.rule})", style="cc.dim")
    # A hanging indent: a long message wraps under itself, not under the mark.
    line = Table.grid()
    line.add_column(width=4, no_wrap=True)
    line.add_column(overflow="fold")
    line.add_row(Text("  " + MARK.get(f.kind, "-"), style=f"cc.{f.kind}"), head)
    console.print(line)
    extra = []
    if f.note and f.note not in f.message:  # do not repeat what the message already says
        extra.append(Text("note: ", style="cc.dim") + _t(f.note, "cc.dim"))
    if f.diff:
        extra.append(_diff_line(f))
    for line in extra:
        console.print(_indent(line, 6))
    # Side by side: article, value, then the quote with its file:line:col evidence below it.
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(style="cc.value", max_width=30, overflow="fold")
    table.add_column(overflow="fold")
    for c in f.claims:
        evidence = Text()
        evidence.append_text(_quote(c))
        evidence.append("\n")
        evidence.append_text(_t(location(c), "cc.loc"))
        if verbose:
            src = attribution_text(c)
            evidence.append("\n")
            evidence.append_text(_t(f"source: {src}", "cc.dim"))
            evidence.append("\n")
            evidence.append_text(_in_context(c))
        table.add_row(_t(c.article, "cc.code"), _t(c.value, "cc.value"), evidence)
    console.print(_indent(table, 6))


def _indent(renderable, n: int) -> Padding:
    return Padding(renderable, (0, 0, 0, n), expand=False)


def render(report: Report, stream: TextIO, *, width: int | None = None, color: bool | None = None,
           quiet: bool = False, verbose: bool = False, baseline=None, **_options) -> None:
    console = make_console(stream, width, color)
    for story, articles, findings in by_story(report, quiet):
        title = Text("Story ", style="cc.heading")
        title.append_text(_t(story.name, "cc.heading"))
        title.append(f"  ({plural(len(story.articles), 'article')})", style="cc.dim")
        console.print(title, overflow="fold")
        if not quiet:
            table = Table.grid(padding=(0, 2))
            table.add_column(no_wrap=True)
            table.add_column(max_width=30, overflow="fold")
            table.add_column(no_wrap=True)
            table.add_column(overflow="fold")
            for a in articles:
                _article_row(table, a)
            console.print(_indent(table, 2))
        n = counts(findings)
        line = Text("  ")
        shown = [k for k, _ in SECTIONS if not (quiet and k in QUIET_HIDDEN)]
        for i, kind in enumerate(shown):
            if i:
                line.append(" · ", style="cc.dim")
            line.append(short_count(kind, n[kind]), style=f"cc.{kind}" if n[kind] else "cc.dim")
        console.print(line, overflow="fold")
        for kind, label in SECTIONS:
            group = [f for f in findings if f.kind == kind]
            if not group:
                continue
            console.print(Text(f"\n {label} ({len(group)})", style=f"cc.{kind}"))
            for f in group:
                _finding(console, f, verbose)
        console.print()
    if report.errors:
        console.print(Text(f"Errors ({len(report.errors)})", style="cc.error"))
        for e in report.errors:
            console.print(Text("  ") + _t(e.path, "cc.loc") + Text(": ") + _t(e.message), overflow="fold")
        console.print()
    if baseline is not None:
        _baseline(console, baseline, verbose)
    total = Text("crosscheck: ", style="cc.dim")
    total.append(summary_line(report))
    console.print(total, overflow="fold")


def _baseline(console: Console, outcome, verbose: bool) -> None:
    line = Text("Baseline: ", style="cc.heading")
    line.append(f"{plural(outcome.hidden, 'known finding')} hidden, "
                f"{plural(len(outcome.stale), 'stale entry', 'stale entries')}")
    console.print(line)
    for entry in outcome.stale:
        console.print(Text("  stale ", style="cc.dim") + _t(f"{entry.id} {entry.code} {entry.kind} {entry.topic}"),
                      overflow="fold")
    console.print()

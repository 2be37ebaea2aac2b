"""The coloured terminal report, built from rich Text objects only (never markup strings).

Article text is passed through ``visible`` so that no markup, emoji code, control or bidi
character from an article reaches the terminal.
"""
from __future__ import annotations

import os
from typing import TextIO

from rich.console import Console
from rich.text import Text
from rich.theme import Theme

from checker.model import Article, Finding, Report
from checker.report.safe import visible

THEME = Theme({
    "cc.contradiction": "bold red", "cc.unsourced": "yellow", "cc.single_source": "cyan",
    "cc.superseded": "magenta", "cc.agreement": "green", "cc.heading": "bold",
    "cc.dim": "dim", "cc.value": "bold", "cc.loc": "blue", "cc.error": "bold red",
    "cc.delete": "red strike", "cc.insert": "green underline", "cc.code": "bold",
})
SECTIONS = (
    ("contradiction", "Contradictions"), ("unsourced", "Unsourced claims"),
    ("superseded", "Superseded expectations"), ("single_source", "Single-source claims"),
    ("agreement", "Agreements"),
)
MARK = {"contradiction": "✗", "unsourced": "?", "superseded": "↻", "single_source": "•", "agreement": "✓"}


def make_console(stream: TextIO, width: int | None = None, color: bool | None = None) -> Console:
    no_color = "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb"
    force = bool(os.environ.get("FORCE_COLOR")) and not no_color
    return Console(
        file=stream, theme=THEME, emoji=False, highlight=False, markup=False,
        width=width or (None if stream.isatty() else 100), soft_wrap=False,
        force_terminal=True if (force or color) else None,
        no_color=no_color or color is False, color_system="auto" if not no_color else None,
        legacy_windows=False,
    )


def _t(text: str | None, style: str = "") -> Text:
    return Text(visible(text), style=style)


def _loc(c) -> Text:
    return _t(f"{c.path}:{c.span.line}:{c.span.column}", "cc.loc")


def _article_line(a: Article) -> Text:
    line = Text("  ")
    line.append_text(_t(a.id, "cc.code"))
    line.append("  ")
    line.append_text(_t(a.outlet or "outlet unknown", "" if a.outlet else "cc.dim"))
    line.append("  ")
    line.append_text(_t(a.published.isoformat() if a.published else "undated", "" if a.published else "cc.dim"))
    line.append("  ")
    line.append_text(_t(a.title or "(no title)", "cc.dim" if not a.title else ""))
    return line


def _finding(console: Console, f: Finding, articles: dict[str, Article], verbose: bool) -> None:
    head = Text("  ")
    head.append(MARK.get(f.kind, "-") + " ", style=f"cc.{f.kind}")
    head.append(f.code, style="cc.code")
    head.append(f" {f.rule} ", style="cc.dim")
    head.append(f"[{f.severity}] ", style="cc.dim")
    head.append_text(_t(f.message))
    console.print(head)
    if f.note:
        console.print(Text("      note: ", style="cc.dim") + _t(f.note, "cc.dim"))
    if f.diff:
        line = Text("      words: ", style="cc.dim")
        for op, words in f.diff:
            style = {"delete": "cc.delete", "insert": "cc.insert"}.get(op, "")
            prefix = {"delete": "[-", "insert": "{+"}.get(op, "")
            suffix = {"delete": "-]", "insert": "+}"}.get(op, "")
            line.append(prefix + visible(words) + suffix + " ", style=style)
        console.print(line)
    width = max((len(visible(c.article)) for c in f.claims), default=0)
    vwidth = min(28, max((len(visible(c.value)) for c in f.claims), default=0))
    for c in f.claims:
        row = Text("      ")
        row.append_text(_t(c.article.ljust(width), "cc.code"))
        row.append("  ")
        row.append_text(_t(c.value.ljust(vwidth), "cc.value"))
        row.append("  ")
        quote = c.quote if len(c.quote) <= 160 else c.quote[:157] + "…"
        row.append_text(_t(f"“{quote}”"))
        row.append("  ")
        row.append_text(_loc(c))
        if verbose and c.attribution.grade != "none":
            row.append_text(_t(f"  ({c.attribution.grade}: {c.attribution.source or ''})", "cc.dim"))
        console.print(row, overflow="fold")
        if verbose:
            console.print(Text("        ") + _t(c.text, "cc.dim"), overflow="fold")


def render(report: Report, stream: TextIO, *, width: int | None = None, color: bool | None = None,
           quiet: bool = False, verbose: bool = False, **_options) -> None:
    console = make_console(stream, width, color)
    articles = {a.id: a for a in report.articles}
    by_story: dict[str, list[Finding]] = {s.name: [] for s in report.stories}
    story_of = {a.id: a.story for a in report.articles}
    for f in report.findings:
        by_story.setdefault(story_of.get(f.claims[0].article, "?") if f.claims else "?", []).append(f)
    for story in report.stories:
        findings = by_story.get(story.name, [])
        title = Text(f"Story {visible(story.name)}", style="cc.heading")
        title.append(f"  ({len(story.articles)} article{'s' if len(story.articles) != 1 else ''})", style="cc.dim")
        console.print(title)
        if not quiet:
            for aid in story.articles:
                console.print(_article_line(articles[aid]))
        counts = Text("  ")
        for kind, label in SECTIONS:
            n = sum(1 for f in findings if f.kind == kind)
            counts.append(f"{n} {label.lower()}", style=f"cc.{kind}" if n else "cc.dim")
            counts.append("  ")
        console.print(counts)
        for kind, label in SECTIONS:
            group = [f for f in findings if f.kind == kind]
            if not group or quiet and kind in ("agreement", "single_source"):
                continue
            console.print(Text(f"\n {label} ({len(group)})", style=f"cc.{kind}"))
            for f in group:
                _finding(console, f, articles, verbose)
        console.print()
    if report.errors:
        console.print(Text(f"Errors ({len(report.errors)})", style="cc.error"))
        for e in report.errors:
            console.print(Text("  ") + _t(e.path, "cc.loc") + Text(": ") + _t(e.message))
        console.print()
    total = Text("crosscheck: ", style="cc.dim")
    total.append(f"{len(report.articles)} articles in {len(report.stories)} stor{'ies' if len(report.stories) != 1 else 'y'}; ")
    parts = [f"{report.count(k)} {label.lower()}" for k, label in SECTIONS]
    total.append(", ".join(parts))
    total.append(f"; {len(report.errors)} error{'s' if len(report.errors) != 1 else ''}")
    console.print(total)

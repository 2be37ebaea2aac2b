"""A Markdown report (CommonMark + GitHub tables) for pull-request comments and wikis.

Article text is escaped: CommonMark punctuation gets a backslash, and a word joiner
(U+2060) follows ``:`` and ``@`` so that GitHub cannot turn article text into emoji or
@-mentions. Locations are code spans.
"""
from __future__ import annotations

import re
from typing import TextIO

from checker.model import Claim, Finding, Report
from checker.report.common import (
    SECTIONS, attribution_text, by_story, counts, location, marked_diff, plural, short_count, summary_line,
)
from checker.report.safe import visible

# Escaped text never starts a line, so list and heading markers (- + . =) need no escape.
_PUNCT = re.compile(r"([\\`*_{}\[\]#|~<>&$])")
_SHORTCODE = re.compile(r"([:@])(?=[A-Za-z0-9_+\-])")
_BACKTICKS = re.compile(r"`+")
MARK = {"contradiction": "✗", "unsourced": "?", "superseded": "↻", "single_source": "•", "agreement": "✓"}


def esc(text: str | None) -> str:
    """Inline Markdown that shows exactly ``text`` (one line)."""
    return _SHORTCODE.sub("\\1\u2060", _PUNCT.sub(r"\\\1", visible(text)))


def code(text: str | None, cell: bool = False) -> str:
    """A code span; in a table ``cell`` a pipe is escaped even inside it (GFM splits cells
    before it reads code spans), elsewhere ``\\|`` would show literally."""
    text = visible(text)
    longest = max((len(m) for m in _BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    if cell:
        text = text.replace("|", "\\|")
    return f"{fence}{pad}{text}{pad}{fence}"


def _claims_table(f: Finding, verbose: bool) -> list[str]:
    head = "| article | value | quote | where |" + (" source | sentence |" if verbose else "")
    rule = "|---|---|---|---|" + ("---|---|" if verbose else "")
    rows = [head, rule]
    for c in f.claims:
        row = f"| {esc(c.article)} | **{esc(c.value)}** | “{esc(c.quote)}” | {code(location(c), cell=True)} |"
        if verbose:
            row += f" {_source(c)} | {esc(c.text)} |"
        rows.append(row)
    return rows


def _source(c: Claim) -> str:
    return esc(attribution_text(c))


def _diff(f: Finding) -> str:
    return marked_diff(f, esc, "~~{}~~", "**{}**")


def lines(report: Report, *, quiet: bool = False, verbose: bool = False, baseline=None) -> list[str]:
    out = ["# crosscheck report", "",
           f"crosscheck {esc(report.version)}: {esc(summary_line(report))}", ""]
    for story, articles, findings in by_story(report, quiet):
        out += [f"## Story {esc(story.name)}", ""]
        n = counts(findings)
        shown = [k for k, _ in SECTIONS if not (quiet and k in ("agreement", "single_source"))]
        out += [f"{plural(len(story.articles), 'article')}: " + ", ".join(short_count(k, n[k]) for k in shown), ""]
        if not quiet and articles:
            out += ["| article | outlet | published | title |", "|---|---|---|---|"]
            for a in articles:
                out.append(f"| {esc(a.id)} | {esc(a.outlet) or '*unknown*'} | "
                           f"{a.published.isoformat() if a.published else '*undated*'} | {esc(a.title) or '*none*'} |")
            out.append("")
        for kind, label in SECTIONS:
            group = [f for f in findings if f.kind == kind]
            if not group:
                continue
            out += [f"### {label} ({len(group)})", ""]
            for f in group:
                out += [f"#### {MARK[kind]} {esc(f.code)} · {esc(f.severity)} · {esc(f.message)}", ""]
                meta = f"Rule `{f.rule}`, finding `{f.id}`."
                if f.note:
                    meta += f" Note: {esc(f.note)}"
                out += [meta, ""]
                if f.diff:
                    out += [f"Words: {_diff(f)}", ""]
                out += _claims_table(f, verbose) + [""]
    if report.errors:
        out += [f"## Errors ({len(report.errors)})", ""]
        out += [f"- {code(e.path)}: {esc(e.message)}" for e in report.errors] + [""]
    if baseline is not None:
        out += ["## Baseline", "",
                f"{plural(baseline.hidden, 'known finding')} hidden; "
                f"{plural(len(baseline.stale), 'stale entry', 'stale entries')}.", ""]
        out += [f"- stale `{e.id}` {esc(e.code)} {esc(e.kind)} {esc(e.topic)}" for e in baseline.stale]
        if baseline.stale:
            out.append("")
    return out


def render(report: Report, stream: TextIO, *, quiet: bool = False, verbose: bool = False, baseline=None,
           **_options) -> None:
    text = "\n".join(lines(report, quiet=quiet, verbose=verbose, baseline=baseline)).rstrip("\n") + "\n"
    stream.write(text)

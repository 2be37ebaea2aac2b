"""A self-contained HTML report for editors: readable on screen, printable on paper.

One file: inline CSS (with print styles), no scripts, no external resources (a
Content-Security-Policy forbids them), every piece of article text escaped. Per story: a
header with its articles and counts, then each finding with its claims side by side (the
value, the sentence with the quote marked, the source and the file:line:col evidence).
"""
from __future__ import annotations

import html
from typing import TextIO

from checker.model import Article, Claim, Finding, Report
from checker.report.common import (
    SECTIONS, SINGULAR, attribution_text, by_story, counts, location, marked_diff, plural, short_count, summary_line,
)
from checker.report.safe import visible

MARK = {"contradiction": "✗", "unsourced": "?", "superseded": "↻", "single_source": "•", "agreement": "✓"}

CSS = """
:root { --ink:#1d1f23; --muted:#5c6370; --rule:#d5d8de; --paper:#fff; --tint:#f6f7f9;
  --contradiction:#b3261e; --unsourced:#9a6700; --superseded:#7b3fa0; --single_source:#1f6f8b; --agreement:#2e7d32; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 3rem; color: var(--ink); background: var(--paper);
  font: 15px/1.5 -apple-system, "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .6rem; text-transform: uppercase; letter-spacing: .04em; }
h4 { font-size: 1rem; margin: 0; font-weight: 600; overflow-wrap: anywhere; }
p { margin: .3rem 0; }
.meta, .fid, .where, .who, .legend { color: var(--muted); font-size: .85rem; }
.totals, .counts { list-style: none; padding: 0; margin: .8rem 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.totals li, .counts li { border: 1px solid var(--rule); border-radius: 4px; padding: .25rem .6rem; background: var(--tint); }
.totals li b, .counts li b { font-size: 1.1rem; margin-right: .25rem; }
.none { opacity: .55; }
table.articles { width: 100%; border-collapse: collapse; font-size: .9rem; margin: .5rem 0 1rem; }
table.articles th, table.articles td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; overflow-wrap: anywhere; }
table.articles .nowrap { white-space: nowrap; overflow-wrap: normal; }
table.articles th { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.unknown { color: var(--muted); font-style: italic; }
.finding { border: 1px solid var(--rule); border-left: 5px solid var(--muted); border-radius: 4px; padding: .7rem .9rem; margin: 0 0 1rem; break-inside: avoid; page-break-inside: avoid; }
.finding header { display: flex; gap: .6rem; align-items: baseline; flex-wrap: wrap; margin-bottom: .4rem; }
.badge { font-size: .72rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: #fff; background: var(--muted); padding: .1rem .45rem; border-radius: 3px; white-space: nowrap; }
.code { font: 600 .85rem ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.sev { font-size: .8rem; color: var(--muted); }
.claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .6rem; margin-top: .5rem; }
.claim { background: var(--tint); border: 1px solid var(--rule); border-radius: 4px; padding: .5rem .65rem; overflow-wrap: anywhere; }
.claim .src { font-size: .85rem; font-weight: 600; }
.value { font: 700 1rem ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; margin: .25rem 0; }
blockquote { margin: .3rem 0; padding: 0 0 0 .6rem; border-left: 3px solid var(--rule); font-family: Georgia, "Times New Roman", serif; }
mark { background: #fff1a8; padding: 0 .1em; }
.where { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .78rem; }
.diff del { color: var(--contradiction); text-decoration: line-through; }
.diff ins { color: var(--agreement); text-decoration: underline; font-weight: 600; }
.note { font-style: italic; }
.errors li { overflow-wrap: anywhere; }
footer.page { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .6rem; }
""" + "".join(
    f".k-{k} {{ border-left-color: var(--{k}); }} .k-{k} .badge, .totals .k-{k} b, .counts .k-{k} b "
    f"{{ background: none; color: var(--{k}); }} .k-{k} .badge {{ background: var(--{k}); color: #fff; }}\n"
    for k, _ in SECTIONS
) + """
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-before: auto; break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  .claims { grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); }
  blockquote { font-size: .95em; }
  .totals { display: none; }
  .finding, .claim, table.articles tr { break-inside: avoid; page-break-inside: avoid; }
}
"""


def e(text: str | None) -> str:
    """Escaped, visible, one-line text."""
    return html.escape(visible(text), quote=True)


def _counts_list(cls: str, findings, quiet: bool) -> str:
    n = counts(findings)
    items = []
    for kind, _ in SECTIONS:
        if quiet and kind in ("agreement", "single_source"):
            continue
        items.append(f'<li class="k-{kind}{"" if n[kind] else " none"}"><b>{n[kind]}</b>'
                     f'{e(short_count(kind, n[kind]).split(" ", 1)[1])}</li>')
    return f'<ul class="{cls}">' + "".join(items) + "</ul>"


def _articles(articles: list[Article]) -> str:
    rows = []
    for a in articles:
        outlet = e(a.outlet) if a.outlet else '<span class="unknown">unknown</span>'
        date = a.published.isoformat() if a.published else '<span class="unknown">undated</span>'
        title = e(a.title) if a.title else '<span class="unknown">no title</span>'
        rows.append(f'<tr><td class="code nowrap">{e(a.id)}</td><td>{outlet}</td><td class="nowrap">{date}</td>'
                    f"<td>{title}</td></tr>")
    return ('<table class="articles"><thead><tr><th>Article</th><th>Outlet</th><th class="nowrap">Published</th>'
            "<th>Title</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _sentence(c: Claim) -> str:
    i = c.text.find(c.quote) if c.quote else -1
    if i < 0:
        return f"{e(c.text)}<br><mark>{e(c.quote)}</mark>" if c.quote and c.quote not in c.text else e(c.text)
    return f"{e(c.text[:i])}<mark>{e(c.quote)}</mark>{e(c.text[i + len(c.quote):])}"


def _claim(c: Claim, articles: dict[str, Article]) -> str:
    a = articles.get(c.path)
    src = e(c.article)
    if a is not None:
        bits = [e(a.outlet) if a.outlet else None, a.published.isoformat() if a.published else None]
        bits = [b for b in bits if b]
        if bits:
            src += " · " + " · ".join(bits)
    attribution = attribution_text(c)
    return (f'<div class="claim"><div class="src">{src}</div><div class="value">{e(c.value)}</div>'
            f"<blockquote>{_sentence(c)}</blockquote>"
            f'<div class="who">Source: {e(attribution)}</div><div class="where">{e(location(c))}</div></div>')


def _diff(f: Finding) -> str:
    return '<p class="diff">Words: ' + marked_diff(f, e, "<del>{}</del>", "<ins>{}</ins>") + "</p>"


def _finding(f: Finding, articles: dict[str, Article]) -> str:
    out = [f'<article class="finding k-{f.kind}" id="f-{e(f.id)}">',
           f'<header><span class="badge">{MARK.get(f.kind, "")} {e(SINGULAR.get(f.kind, f.kind))}</span>'
           f'<span class="code">{e(f.code)}</span><span class="sev">{e(f.severity)}</span>'
           f"<h4>{e(f.message)}</h4></header>"]
    if f.note:
        out.append(f'<p class="note">{e(f.note)}</p>')
    if f.diff:
        out.append(_diff(f))
    out.append('<div class="claims">' + "".join(_claim(c, articles) for c in f.claims) + "</div>")
    out.append(f'<p class="fid">Rule {e(f.rule)} · topic “{e(f.topic)}” · finding {e(f.id)}</p></article>')
    return "\n".join(out)


def document(report: Report, *, quiet: bool = False, baseline=None) -> str:
    groups = by_story(report, quiet)
    names = ", ".join(visible(s.name) for s, _, _ in groups) or "no story"
    by_path = {a.path: a for a in report.articles}
    body = [f"<header><h1>Cross-source check: {html.escape(names)}</h1>",
            f'<p class="meta">crosscheck {e(report.version)} · {e(summary_line(report))}</p>',
            # Totals over all stories; with one story its own counts say the same.
            _counts_list("totals", [f for _, _, fs in groups for f in fs], quiet) if len(groups) > 1 else "",
            "</header>", "<main>"]
    for story, articles, findings in groups:
        body.append(f'<section class="story"><h2>Story: {e(story.name)}</h2>')
        body.append(f'<p class="meta">{plural(len(story.articles), "article")}</p>')
        if articles:
            body.append(_articles(articles))
        body.append(_counts_list("counts", findings, quiet))
        for kind, label in SECTIONS:
            group = [f for f in findings if f.kind == kind]
            if group:
                body.append(f'<section class="kind"><h3>{e(label)} ({len(group)})</h3>')
                body.extend(_finding(f, by_path) for f in group)
                body.append("</section>")
        if not findings:
            body.append('<p class="meta">No findings.</p>')
        body.append("</section>")
    if report.errors:
        body.append(f'<section class="errors"><h2>Files not read ({len(report.errors)})</h2><ul>')
        body.extend(f'<li><span class="where">{e(x.path)}</span>: {e(x.message)}</li>' for x in report.errors)
        body.append("</ul></section>")
    if baseline is not None:
        body.append('<section class="baseline"><h2>Baseline</h2>'
                    f"<p>{plural(baseline.hidden, 'known finding')} hidden; "
                    f"{plural(len(baseline.stale), 'stale entry', 'stale entries')}.</p>")
        if baseline.stale:
            body.append("<ul>" + "".join(
                f'<li><span class="code">{e(x.id)}</span> {e(x.code)} {e(x.kind)}: {e(x.topic)}</li>'
                for x in baseline.stale) + "</ul>")
        body.append("</section>")
    body.append("</main>")
    body.append('<footer class="page"><p class="legend">Contradiction: sources state incompatible values for '
                "the same fact. Unsourced: no, vague or anonymous attribution. Superseded: an expectation later "
                "articles show was not met. Single-source: only one article states the fact. Agreement: "
                "independent sources state compatible values. Locations are file:line:column.</p>"
                f'<p class="legend">Generated by crosscheck {e(report.version)}.</p></footer>')
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f'<meta name="generator" content="crosscheck {e(report.version)}">\n'
        f"<title>crosscheck report: {html.escape(names)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body) + "\n</body>\n</html>\n"
    )


def render(report: Report, stream: TextIO, *, quiet: bool = False, baseline=None, **_options) -> None:
    stream.write(document(report, quiet=quiet, baseline=baseline))

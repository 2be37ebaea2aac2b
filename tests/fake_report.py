"""A small fixed Report built from model objects: golden files stay stable while rules change.

It holds every kind of finding, a quote diff, a file error, two stories, and hostile article
text (rich markup, emoji codes, ANSI/OSC escapes, ``<script>``, a line starting with ``::``,
a bidi override) that no format may interpret.
"""
from __future__ import annotations

import datetime as dt

from checker.model import Article, Attribution, Claim, FileError, Finding, LineIndex, Report, Story
from rules.base import Example, Result, Rule

HOSTILE = ("The strike ends [bold red]now[/] :warning: <script>alert(1)</script> & \x1b]0;pwned\x07"
           "\x1b[31m red \u202egnp.exe\n::error file=x::injected | `tick` *star* _u_ %0A")

TEXTS = {
    "a": "Published 3 March 2024\n\nThe strike began on March 1, the union said.\n"
         "\"We will not back down,\" said Ana Ruiz.\n",
    "b": "Published 4 March 2024\n\nThe strike began on March 2.\n"
         "\"We shall not back down,\" Ana Ruiz said.\n" + HOSTILE + "\n",
    "c": "Published 5 March 2024\n\nSome 1,200 workers joined, officials said.\n",
}


def _article(aid: str, story: str, outlet: str | None, published: dt.date | None, title: str | None) -> Article:
    text = TEXTS[aid]
    return Article(aid, f"stories/{story}/{aid}.txt", story, text, outlet, published, title, (),
                   LineIndex.of(text))


def _claim(article: Article, quote: str, value: str, attribution: Attribution | None = None, nth: int = 0) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(quote, start + 1)
    span = article.span(start, start + len(quote))
    line_start = article.text.rfind("\n", 0, start) + 1
    line_end = article.text.find("\n", start)
    sentence = article.text[line_start:line_end if line_end >= 0 else None]
    return Claim(article.id, article.path, span, quote, sentence, value,
                 attribution or Attribution("none"))


def rules() -> tuple[Rule, ...]:
    def check(story):
        return iter(())

    check.__module__ = __name__
    ex = (Example({"a.txt": "x"}, kind="contradiction"), Example({"a.txt": "y"}))
    return (
        Rule("QT201", "quote-wording", ("contradiction", "agreement"), check, ex),
        Rule("SR301", "sourcing", ("unsourced", "single_source"), check, ex),
        Rule("TL401", "timeline", ("superseded",), check, ex),
        Rule("ZZ999", "quiet-rule", ("contradiction",), check, ex),
    )


def make() -> Report:
    a = _article("a", "strike", "Daily Ledger", dt.date(2024, 3, 3), "Rail strike begins")
    b = _article("b", "strike", None, dt.date(2024, 3, 4), "Strike <b>starts</b> [red]today[/]")
    c = _article("c", "other", "Wire & Co", None, None)
    union = Attribution("named_institution", "the union", "said", "neutral")
    ruiz = Attribution("named_person", "Ana Ruiz", "said", "neutral")
    findings = (
        Finding("contradiction", "event-dates", "DT101", "error", "strike dates",
                "Start of the strike differs: 2024-03-01 vs 2024-03-02",
                (_claim(a, "March 1", "starts 2024-03-01", union), _claim(b, "March 2", "starts 2024-03-02", nth=1)),
                id="f0000000000000a1"),
        Finding("contradiction", "quote-wording", "QT201", "error", "Ana Ruiz quote",
                "Ana Ruiz is quoted differently",
                (_claim(a, "We will not back down,", "We will not back down", ruiz),
                 _claim(b, "We shall not back down,", "We shall not back down", ruiz)),
                id="f0000000000000a2", note="one word differs",
                diff=(("equal", "We"), ("delete", "will"), ("insert", "shall"), ("equal", "not back down"))),
        Finding("unsourced", "sourcing", "SR301", "warning", "strike end",
                "Claim without attribution: " + HOSTILE,
                (_claim(b, HOSTILE.split("\n")[0], "now", None),),
                id="f0000000000000a3"),
        Finding("superseded", "timeline", "TL401", "warning", "strike end",
                "Expected end not met by later articles",
                (_claim(b, "::error file=x::injected", "2024-03-04"),), id="f0000000000000a4"),
        Finding("single_source", "sourcing", "SR301", "info", "workers",
                "Number of workers stated by one article only",
                (_claim(c, "Some 1,200", "~1200", Attribution("anonymous", "officials", "said", "neutral")),),
                id="f0000000000000a5"),
        Finding("agreement", "event-dates", "DT101", "info", "strike dates",
                "Union attribution agrees", (_claim(a, "the union said", "union"), _claim(a, "Ana Ruiz", "Ana Ruiz")),
                id="f0000000000000a6"),
    )
    return Report(
        articles=(c, a, b),
        stories=(Story("other", ("c",)), Story("strike", ("a", "b"))),
        findings=findings,
        errors=(FileError("stories/strike/blob.txt", "binary: binary file, not an article \x1b[2J", "binary"),),
        version="0.0.0-test",
    )

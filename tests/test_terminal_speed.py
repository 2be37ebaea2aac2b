"""The terminal report's fast path (checker.report.terminal._Fast) must write exactly what rich's
Table/Padding path writes: same bytes, colour on and off, any width, verbose or not.

Each test renders the same findings twice, once by the fast path and once by the reference
(``_rich_finding``, or ``FAST = False`` for a whole report), and compares the text.
"""
from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.model import Attribution, Claim, Finding, Span
from checker.report import terminal
from tests import fake_report

WIDTHS = (40, 47, 60, 80, 100, 140)
KINDS = ("contradiction", "unsourced", "superseded", "single_source", "agreement", "other")


def _console(width: int, color: bool | None):
    buf = io.StringIO()
    return buf, terminal.make_console(buf, width, color)


def both(findings, width: int, color: bool | None, verbose: bool) -> tuple[str, str]:
    """(fast, rich) renderings of FINDINGS."""
    fast_buf, fast_console = _console(width, color)
    fast = terminal._Fast(fast_console)
    rich_buf, rich_console = _console(width, color)
    for f in findings:
        terminal._finding(fast_console, f, verbose, fast)
        terminal._rich_finding(rich_console, f, verbose)
    return fast_buf.getvalue(), rich_buf.getvalue()


def claim(article="a1", value="12", quote="twelve people", text=None, path="stories/s/a1.txt",
          grade="named_person", source="Ana Ruiz", line=3, column=7) -> Claim:
    text = text if text is not None else f"Officials said {quote} were hurt."
    return Claim(article, path, Span(0, len(quote), line, column), quote, text, value, Attribution(grade, source))


def finding(message="12 vs 14 injured", claims=None, kind="contradiction", note=None, diff=None,
            severity="error") -> Finding:
    return Finding(kind, "figure-mismatch", "FG101", severity, "injured", message,
                   tuple(claims or (claim(), claim("b2", "14", "fourteen people"))), note=note, diff=diff)


LONG = ("The ministry said on Tuesday that the number of people injured in the collapse had risen "
        "sharply overnight, while the mayor's office gave a lower figure and declined to comment further")
CASES = {
    "short": finding(),
    "long message wraps": finding(message=LONG),
    "long value folds": finding(claims=[claim(value="2024-03-01/2024-03-05T12:00:00+01:00~approx-interval"),
                                        claim("b", value="x" * 75)]),
    "long quote": finding(claims=[claim(quote=LONG), claim("b2", quote=LONG[:90] + " " + "y" * 70)]),
    "over 160": finding(claims=[claim(quote=LONG + " " + LONG)]),
    "long article id": finding(claims=[claim(article="a-very-long-article-identifier-" * 2), claim()]),
    "very long article id": finding(claims=[claim(article="z" * 120)]),
    "cjk": finding(message="北京市政府周二表示，受伤人数已上升至十四人 " * 3,
                   claims=[claim(quote="十二人受伤，其中三人伤势严重", value="十二人"), claim("中文文章", "14")]),
    "cjk wide value": finding(claims=[claim(value="数値" * 20)]),
    "combining and zero width": finding(message="cafe\u0301 re\u0301sume\u0301 a\u200bb" * 4,
                                        claims=[claim(quote="na\u0308ive\u200d quote " * 8)]),
    "hostile": finding(message=fake_report.HOSTILE, note=fake_report.HOSTILE,
                       claims=[claim(quote=fake_report.HOSTILE, value="[bold]x[/]", text=fake_report.HOSTILE,
                                     source=fake_report.HOSTILE)]),
    "note and diff": finding(note="the second figure is an estimate " * 3,
                             diff=(("equal", "We"), ("delete", "will"), ("insert", "shall"),
                                   ("replace", "not back down " * 6), ("equal", "ever again " * 5))),
    "tabs and blank lines": finding(message="a\tb\n\nc\n", claims=[claim(quote="x\ty\n\nz", value="\t")]),
    "spaces": finding(message="   lead   and trail   " + " " * 120, claims=[claim(quote="  " + "w " * 90 + "   ")]),
    "empty": finding(message="", claims=[claim(article="", value="", quote="", text="", path="")]),
    "no claims": finding(claims=[]),
    "many claims": finding(claims=[claim(str(i), str(i) * (i % 7 + 1), LONG[: 20 * i + 5]) for i in range(8)]),
    "quote not in sentence": finding(claims=[claim(quote="abc", text="nothing here " * 12)]),
    "every kind": finding(kind="other", severity="info"),
    "long words": finding(message="x" * 250 + " y " + "z" * 99, claims=[claim(quote="q" * 300, value="v" * 31)]),
    "punctuation": finding(message="“Quoted” — dashes – and … ellipses ≈ 12 ‘single’ ↻ ✓ • ✗",
                           claims=[claim(quote="“nested ‘quotes’” — " * 9, value="≈12–14")]),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("color", (True, False, None))
@pytest.mark.parametrize("verbose", (False, True))
def test_cases_identical(case, width, color, verbose):
    fast, reference = both([CASES[case]], width, color, verbose)
    assert fast == reference


def test_cases_take_the_fast_path():
    """The fast path renders these itself (no _Fallback) at an ordinary width."""
    _, console = _console(100, True)
    fast = terminal._Fast(console)
    for name in ("short", "long message wraps", "long value folds", "long quote", "cjk", "hostile", "note and diff"):
        assert fast.finding(CASES[name], True), name


def _render(report, fast: bool, **kw) -> str:
    buf = io.StringIO()
    saved = terminal.FAST
    terminal.FAST = fast
    try:
        terminal.render(report, buf, **kw)
    finally:
        terminal.FAST = saved
    return buf.getvalue()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("color", (True, False))
@pytest.mark.parametrize("mode", ({}, {"verbose": True}, {"quiet": True}))
def test_whole_report_identical(width, color, mode):
    report = fake_report.make()
    assert _render(report, True, width=width, color=color, **mode) == _render(report, False, width=width,
                                                                               color=color, **mode)


# Text that mixes what the fast path renders itself (one-cell characters, curly quotes, dashes)
# with what it hands to rich (wide, combining, zero-width characters, tabs, newlines).
ALPHABET = st.sampled_from(list("abcdefghij klmnop  ABC123.,;:-'\"") + ["“", "”", "—", "…", "≈", "é", "\n",
                                                                        "\t", "中", "文", "\u0301", "\u200b",
                                                                        "[", "]", "x" * 35, " " * 12, "Ω"])
TEXT = st.lists(ALPHABET, max_size=60).map("".join)
WORDY = st.lists(st.sampled_from(["the", "minister", "said", "12", "“quoted”", "—", "a" * 33, "ünïcode",
                                  "中文字", " ", "  ", "\n"]), max_size=40).map(" ".join)
ANY_TEXT = st.one_of(TEXT, WORDY)


@st.composite
def findings(draw):
    claims = [claim(article=draw(st.one_of(st.sampled_from(["a1", "article-two", "中文"]), TEXT)),
                    value=draw(ANY_TEXT), quote=draw(ANY_TEXT), text=draw(ANY_TEXT),
                    path=draw(st.sampled_from(["s/a.txt", "stories/a-rather-long-story-directory/article.txt"])),
                    source=draw(st.one_of(st.none(), ANY_TEXT)), line=draw(st.integers(1, 99999)))
              for _ in range(draw(st.integers(0, 4)))]
    diff = draw(st.one_of(st.none(), st.lists(st.tuples(st.sampled_from(["equal", "delete", "insert", "replace"]),
                                                         ANY_TEXT), max_size=5).map(tuple)))
    return finding(message=draw(ANY_TEXT), claims=claims, kind=draw(st.sampled_from(KINDS)),
                   note=draw(st.one_of(st.none(), ANY_TEXT)), diff=diff,
                   severity=draw(st.sampled_from(["error", "warning", "info"])))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fs=st.lists(findings(), min_size=1, max_size=3), width=st.sampled_from(WIDTHS + (41, 55, 73, 1000)),
       color=st.sampled_from([True, False, None]), verbose=st.booleans())
def test_generated_findings_identical(fs, width, color, verbose):
    fast, reference = both(fs, width, color, verbose)
    assert fast == reference


def _article(aid: str, outlet, published, title):
    import datetime as dt

    from checker.model import Article, LineIndex

    return Article(aid, f"stories/s/{aid}.txt", "s", "x\n", outlet, published and dt.date(2024, 3, published),
                   title, (), LineIndex.of("x\n"))


def both_articles(articles, width: int, color: bool | None) -> tuple[str, str]:
    fast_buf, fast_console = _console(width, color)
    rich_buf, rich_console = _console(width, color)
    terminal._articles(fast_console, articles, terminal._Fast(fast_console))
    terminal._articles(rich_console, articles, None)
    return fast_buf.getvalue(), rich_buf.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.tuples(st.one_of(st.sampled_from(["a1", "0001-daily-ledger", "中文"]), TEXT),
                               st.one_of(st.none(), ANY_TEXT), st.one_of(st.none(), st.integers(1, 28)),
                               st.one_of(st.none(), ANY_TEXT)), max_size=5),
       width=st.sampled_from(WIDTHS + (41, 1000)), color=st.sampled_from([True, False, None]))
def test_generated_article_lists_identical(rows, width, color):
    articles = [_article(*row) for row in rows]
    fast, reference = both_articles(articles, width, color)
    assert fast == reference


@pytest.mark.parametrize("width", WIDTHS)
def test_article_list_identical(width):
    articles = [_article("0001-long-article-identifier-from-the-wire", "The Daily Ledger of Northern Provinces",
                         3, LONG), _article("b", None, None, None), _article("中文", "新闻", 4, "标题" * 30),
                _article("c", fake_report.HOSTILE, 5, fake_report.HOSTILE)]
    for color in (True, False):
        fast, reference = both_articles(articles, width, color)
        assert fast == reference


def test_the_fast_path_is_only_taken_with_the_rich_it_copies(monkeypatch):
    import importlib.metadata

    from checker.report import terminal as T

    monkeypatch.setattr(importlib.metadata, "version", lambda name: "16.0.0")
    assert T._fast_path_supported() is False  # another rich: its own Table renders everything
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "15.0.0")
    assert T._fast_path_supported() is True

"""Properties that must hold for ANY input (hypothesis).

Profiles: "ci" (the default here) is derandomized with 2,000 examples per property, so CI is
reproducible; "long" (``HYPOTHESIS_PROFILE=long``, run by ``scripts/fuzz-long.sh``) is random
and much longer. Each property: no uncaught exception, every span exact
(``original[start:end] == quote``), strict-valid JSON, no markup/ANSI/OSC/``::`` injection.
Inputs are kept small so that 2,000 examples stay cheap; the big inputs live in
test_bad_inputs.py and bench/adversarial.py.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import hostile as H
from checker.articles import article_from_text
from checker.engine import check_story
from checker.facts import ArticleFacts
from checker.load import LoadError, decode
from checker.model import (Article, Attribution, Claim, FileError, Finding, LineIndex, Report, Span, Story)
from checker.report.safe import visible
from checker.textview import matching_view

settings.register_profile(
    "ci", derandomize=True, max_examples=2000, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long", derandomize=False, max_examples=int(os.environ.get("FUZZ_EXAMPLES", "50000")), deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Applied per test (not load_profile) so other test modules keep hypothesis' defaults.
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci")
                               if os.environ.get("HYPOTHESIS_PROFILE") in ("ci", "long") else "ci")

# --- strategies ------------------------------------------------------------------------

SPICE = [
    "0", "1", "2", "3", "9", "19", "20", "2024", "1999", "23", "31", "30", "29", "12:60", "24:00",
    "May", "may", "June", "Sept.", "Monday", "Tuesday", "last", "next", "this", "week", "month", "year",
    "ago", "in", "on", "by", "since", "until", "between", "and", "to", "from", "early", "late", "mid",
    "first", "half", "quarter", "Q3", "the", "coming", "weeks", "days", "visit", "summit", "trial", "strike",
    "said", "told", "according to", "officials", "sources", "at least", "about", "nearly", "more than", "up to",
    "million", "billion", "%", "per cent", "euros", "$", "€", "½", "²", "١", "２",
    "-", "–", "—", "‑", "−", "/", ".", ",", ":", ";", "!", "?", "…", "(", ")", "[", "]",
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚",
    " ", " ", " ", "\u00a0", "\u202f", "\t", "\n", "\n\n", "\r\n", "\r", "\x0b", "\x0c", "\x85", "\u2028",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202a", "\u2066", "\u2069", "\u061c",
    "\x1b[31m", "\x1b]0;x\x07", "\x9b", "[bold]", "[/]", ":warning:", "::error::", "<script>", "&amp;",
    "Published 23 May 2024\n", "Updated: 24 May 2024\n", "Title | Outlet News\n", "Advertisement\n", "12:30\n",
    "ﬁ", "👩‍👩‍👧", "é", "e\u0301", "\ud800", "\udcff",
]
# General text: any code point (surrogates included: text decoded with surrogateescape).
general_text = st.text(st.characters(), max_size=120)
# Biased text: news-like tokens, digits, date words, dashes, quotes, NBSP, zero-width, bidi.
spiced_text = st.lists(st.sampled_from(SPICE) | st.text(st.characters(), max_size=3), max_size=40).map("".join)
any_text = general_text | spiced_text


def _check_article(text: str, path: str = "story/a.txt") -> ArticleFacts:
    a = article_from_text(text, path, "story")
    assert a.text == text
    for s, e in a.boilerplate:
        assert 0 <= s <= e <= len(text)
    facts = ArticleFacts(a)
    for sent in facts.sentences:
        assert text[sent.span.start:sent.span.end] == sent.text and sent.text.strip()
        assert (sent.span.line, sent.span.column) == a.lines.position(sent.span.start)
    for sent, exprs in zip(facts.sentences, facts.times):
        for x in exprs:
            assert sent.text[x.start_offset:x.end_offset] == x.text
            x.value()
    return facts


def _check_story(texts: list[str]) -> tuple:
    arts = [article_from_text(t, f"story/{i}.txt", "story") for i, t in enumerate(texts)]
    findings = check_story("story", arts)
    by_id = {a.id: a for a in arts}
    for f in findings:
        for c in f.claims:
            a = by_id[c.article]
            assert a.text[c.span.start:c.span.end] == c.quote, (f.code, c)
            assert (c.span.line, c.span.column) == a.lines.position(c.span.start)
            assert c.span.line >= 1 and c.span.column >= 1
    return findings


# --- properties ------------------------------------------------------------------------

@PROFILE
@given(st.binary(max_size=200) | st.builds(lambda t, enc: t.encode(enc, "surrogatepass" if enc.startswith("utf") else "replace"), any_text,
                                           st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-8-sig", "latin-1"])))
def test_loading_arbitrary_bytes(data):
    try:
        text = decode(data)
    except LoadError as exc:
        assert exc.code in ("binary", "decode-error") and exc.message
        return
    assert isinstance(text, str) and not text.startswith("\ufeff")
    text.encode("utf-8")  # strict decoding never yields a lone surrogate
    _check_article(text)


@PROFILE
@given(general_text)
def test_extracting_from_arbitrary_text(text):
    _check_article(text)
    _check_story([text, text[::-1]])


@PROFILE
@given(spiced_text, spiced_text)
def test_extracting_from_news_like_text(a, b):
    pub = "Published 23 May 2024\n\n"
    _check_article(a)
    _check_story([pub + a, b, pub + b + a])


@PROFILE
@given(any_text)
def test_line_index_and_matching_view(text):
    lines = LineIndex.of(text)
    for k, start in enumerate(lines.starts):
        assert lines.position(start) == (k + 1, 1)
    view = matching_view(text)
    assert len(view.text) == len(text) - len(view.removed)
    for i in range(len(view.text)):
        assert text[view.to_original(i)] == view.text[i]
    if view.text:
        s, e = view.span(0, len(view.text))
        assert text[s] == view.text[0] and text[e - 1] == view.text[-1]


def _report(t: str) -> Report:
    """One of everything that carries article text, kept small: the terminal (rich tables)
    costs ~10 ms a render and this property renders every format 2,000 times."""
    claim = Claim(article=t, path=f"story/{t}.txt", span=Span(0, len(t), 1, 1), quote=t, text=t + " more text",
                  value=t, attribution=Attribution("named_person", t, "said", "neutral"))
    finding = Finding(kind="contradiction", rule="event-dates", code="DT101", severity="error", topic=t, message=t,
                      claims=(claim,), id="0123456789abcdef", note=t, diff=(("insert", t),))
    art = Article(id=t, path=f"story/{t}.txt", story="story", text=t, outlet=t, published=dt.date(2024, 5, 23),
                  title=t, boilerplate=(), lines=None)
    return Report((art,), (Story("story", (t,)),), (finding,), (FileError(f"story/{t}.txt", t, "io-error"),), "0")


@PROFILE
@given(any_text)
def test_rendering_arbitrary_finding_text_in_every_format(text):
    report = _report(text)
    problems = []
    for fmt in H.formats():
        out = H.render(report, fmt, color=fmt == "terminal")
        out.encode("utf-8")
        problems += H.output_problems(out, fmt, color=fmt == "terminal")
        if fmt == "json":
            doc = H.check_json(out)
            if not any(0xD800 <= ord(c) <= 0xDFFF for c in text):
                assert doc["findings"][0]["message"] == text  # exact data, escapes and all
        if fmt == "terminal":
            # Shown literally (no markup or emoji code eaten); wrapping may only move spaces.
            assert "".join(visible(text).split()) in "".join(H._SGR.sub("", out).split())
    assert problems == [], problems


# --- zero-width characters: seen through by the extractors, spans stay exact -------------

INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"]
# Where to insert which invisible character (positions are taken modulo the text length).
inserts = st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(INVISIBLES)), max_size=8)


def _sprinkle(text: str, where: list, at_end: bool = True) -> str:
    for pos, ch in where:
        k = pos % (len(text) + 1 if at_end else max(1, len(text)))
        text = text[:k] + ch + text[k:]
    return text


def _check_extracted(facts: ArticleFacts) -> None:
    """Figures and quotes index the original text exactly (times: see _check_article)."""
    text = facts.article.text
    for sent, figs in zip(facts.sentences, facts.figures):
        for f in figs:
            assert sent.text[f.start:f.end] == f.text
            assert f.start <= f.num_start <= f.num_end <= f.end
    for q in facts.quotes:
        assert 0 <= q.start <= q.end <= len(text)


@PROFILE
@given(spiced_text, inserts)
def test_zero_width_characters_anywhere_keep_spans_exact(a, where):
    pub = "Published 23 May 2024\n\n"
    dirty = _sprinkle(a, where)
    _check_extracted(_check_article(pub + dirty))
    _check_story([pub + dirty, pub + a])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@PROFILE
@given(st.sampled_from(MONTHS), st.integers(1, 28), st.integers(1990, 2030), st.integers(1000, 9_999_999), inserts)
def test_zero_width_characters_inside_dates_and_figures_are_seen_through(month, day, year, n, where):
    pub = "Published 23 May 2024\n\n"
    clean = f"The vote was held on {month} {day}, {year}, and about {n:,} people attended."
    # After the final full stop too (test_zero_width_character_after_a_full_stop below).
    dirty = _sprinkle(clean, where)

    def values(body: str):
        facts = _check_article(pub + body)
        _check_extracted(facts)
        times = [t.value() for ts in facts.times for t in ts]
        figures = [f.interval() for fs in facts.figures for f in fs]
        return times, figures

    assert values(dirty) == values(clean)


def test_zero_width_character_after_a_full_stop():
    # checker/metadata.py reads a line's end without its invisible characters: a one-line
    # body ending in ".\u200b" is a sentence, not a title.
    text = "Published 23 May 2024\n\nThe vote was held on May 10, 2024, and about 1,000 people attended.\u200b\n"
    facts = _check_article(text)
    assert [t.value() for ts in facts.times for t in ts] == ["2024-05-10"]


# --- metadata: the boilerplate prefilter finds what the whole pattern finds ------------

BOILER_PIECES = [
    "Advertisement", "ADVERTISING", "Sponsored content", "Comments are closed.", "Learn more", "READ MORE",
    "See more", "Show more", "Continue reading", "Share this article", "Sign up for our alerts",
    "Subscribe now", "Get more with an account", "A personalised news feed for you", "Follow us on X",
    "Click here to read", "Related stories: fire", "Related:", "Most read", "Most popular", "Trending",
    "Photo: AP", "Images: Reuters", "Video: x", "File photo: y", "Credits: z", "12", "2024", "12345",
    "12:30", "1:02:03", "All rights reserved. 2024", "© Outlet", "(c) Outlet", "Copyright Outlet",
    "Tags: fire", "Topic: x", "Filed under: y", "Back to top", "Print", "Email", "Facebook", "Twitter",
    "WhatsApp", "LinkedIn", "Sign up to our newsletter", "The mayor. Photo: Jane Doe", "Newsletter",
    "the share price", "printed", "photos", "tagline", "12 people", "more", "read", "a", "©", "(c",
    "relatedness", "Kelvin \u212a", "\u00a0", " " * 70, "\t", "x", "Photo:\u00a0x", "é",
]


@PROFILE
@given(st.lists(st.tuples(st.sampled_from(BOILER_PIECES), st.sampled_from(["", " ", "  ", "\t", " " * 64]),
                          st.sampled_from(["", " ", "  x", ".", " 12"]), st.sampled_from(["\n", "\r\n", "\r", " "])),
                max_size=12))
def test_boilerplate_prefilter_finds_every_line_the_pattern_matches(lines):
    from checker import metadata as M

    text = "".join(lead + piece + tail + brk for piece, lead, tail, brk in lines)
    norm = text.replace("\r", "\n")
    lines_text = "\n" + norm
    expected = {m.start() for m in M._BOILERPLATE_ML.finditer(lines_text)}
    assert M._boilerplate_candidates(norm, lines_text) == expected
    assert M._by_words(norm, lines_text, norm.lower()) == expected  # whatever the line lengths


@PROFILE
@given(st.lists(st.sampled_from(["a", " ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028",
                                 "\u00a0", "\u3000", "\u200b", "é", "."]), max_size=40))
def test_line_runs_are_the_content_line_pattern(pieces):
    from checker.sentences import _CONTENT_LINE, _line_runs

    text = "".join(pieces)
    for t in (text, text.replace("\r", "")):
        assert _line_runs(t) == [m.span() for m in _CONTENT_LINE.finditer(t)]

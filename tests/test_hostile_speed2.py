"""Shortcuts for hostile inputs (issue 7, second round) change no answer.

Each cheap path is checked against the plain computation it stands for: the lazy line walk
of the sentence splitter (``_iter_line_runs``, ``_iter_content_lines``) against the whole
lists (``_line_runs``, ``_content_lines``), the per-line-text memo of ``read_metadata``
against judging every line afresh, and QT301's gate for quotations with no later quotation
of another article against every pair judged (``_all_pairs``).
"""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import metadata as M
from checker import sentences as S
from checker.articles import article_from_text
from checker.facts import ArticleFacts, StoryFacts
from checker.metadata import read_metadata
from rules import quotes

# --- the lazy line walk ------------------------------------------------------------------

_LINE_PIECES = st.sampled_from(["a", "“", "5", "-", " ", "\t", "\n", "\n\n", "\r", "\r\n", "\u2028", "\x0b",
                                "word", "Read more", "\u00a0", "17:42"])
_TEXTS = st.lists(_LINE_PIECES, max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(1, 12))
def test_lazy_line_runs_equal_the_list(text, chunk):
    old = S._RUN_CHUNK
    try:
        S._RUN_CHUNK = chunk  # tiny chunks: every chunk boundary case on short texts
        assert list(S._iter_line_runs(text)) == S._line_runs(text)
    finally:
        S._RUN_CHUNK = old
    assert list(S._iter_line_runs(text)) == S._line_runs(text)


@st.composite
def _boilerplate(draw, text):
    n = len(text)
    ranges = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, 8)), max_size=12))
    bp = [(s, min(n, s + k)) for s, k in ranges]
    return sorted(bp) if draw(st.booleans()) else bp


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_lazy_content_lines_equal_the_list(data):
    text = data.draw(_TEXTS)
    bp = data.draw(_boilerplate(text))
    old = S._RUN_CHUNK
    try:
        S._RUN_CHUNK = data.draw(st.integers(1, 12))
        assert list(S._iter_content_lines(text, bp)) == S._content_lines(text, bp)
    finally:
        S._RUN_CHUNK = old


def test_lazy_content_lines_on_a_big_page_of_short_lines():
    text = "a\n“\n5\n-\n" * 60_000 + "Read more\n" + "x\r\n" * 5
    bp = read_metadata(text).boilerplate
    assert list(S._iter_content_lines(text, bp)) == S._content_lines(text, bp)
    assert list(S._iter_content_lines(text, ())) == S._content_lines(text, ())


# --- read_metadata: one judgement per distinct candidate line ---------------------------

_META_LINES = st.sampled_from([
    "Published 23 May 2024", "Harbour Fire Destroys Three Warehouses On The Quay", "Advertisement",
    "Read more", "5", "-", "“", "a", "17:42", "0:45", "Firefighters at the scene", "Firefighters at the scene.",
    "The fire started in a warehouse on the quay, officials said on Friday morning in a statement.",
    "Share this article", "Updated 24 May 2024 10:00", "Related:", "", "  ", "Reuters", "By Anna Berg",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_META_LINES, max_size=40), st.sampled_from(["\n", "\r\n", "\r"]))
def test_memoised_line_kinds_equal_judging_every_line(lines, br):
    text = br.join(lines)
    fast = read_metadata(text)
    old = M._MEMO_LINE_KINDS
    try:
        M._MEMO_LINE_KINDS = False
        plain = read_metadata(text)
    finally:
        M._MEMO_LINE_KINDS = old
    assert fast == plain


# --- QT301: quotations with no later quotation of another article ------------------------

_SPEAKERS = ("Ingrid Solberg", "Solberg", "Tomas Berg", "Berg", "Amina Rahal", "Person17 Name17", "a spokesman")
_WORDS = ("We will not accept offer 17", "We will not accept offer 18", "We will not rest until every question",
          "We do not believe the bridge can reopen this year", "not a defeat", "not a victory")


def _article(rng: random.Random, quoting: bool) -> str:
    paras = []
    for _ in range(rng.randint(1, 6)):
        if quoting:
            paras.append(f"“{rng.choice(_WORDS)},” {rng.choice(_SPEAKERS)} said.")
        else:
            paras.append("The summit opened on May 23, 2024 in the capital, officials said.")
    return "\n\n".join(paras)


def _story(seed: int) -> StoryFacts:
    rng = random.Random(seed)
    n = rng.randint(1, 4)
    # Often only one article quotes anyone (the gate's case), sometimes none, sometimes several.
    quoting = [rng.random() < 0.4 for _ in range(n)]
    if rng.random() < 0.5:
        quoting = [k == rng.randrange(n) for k in range(n)]
    texts = {f"{k:02d}.txt": _article(rng, q) for k, q in enumerate(quoting)}
    facts = [ArticleFacts(article_from_text(t, f"s/{name}", "s", read_metadata(t))) for name, t in sorted(texts.items())]
    return StoryFacts("s", facts)


@pytest.mark.parametrize("seed", range(60))
def test_gated_pairs_are_all_the_pairs(seed):
    items = quotes._quotes(_story(seed))
    assert list(quotes._pairs(items)) == list(quotes._all_pairs(items))


def test_one_article_of_many_speakers_has_no_pair():
    text = "".join(f"“We will not accept offer {i},” said Person{i} Name{i % 97}. " for i in range(300))
    other = "The summit opened on May 23, 2024 in the capital, officials said."
    facts = [ArticleFacts(article_from_text(t, f"s/{k}.txt", "s", read_metadata(t))) for k, t in enumerate((text, other))]
    items = quotes._quotes(StoryFacts("s", facts))
    assert items and list(quotes._pairs(items)) == list(quotes._all_pairs(items)) == []


# --- speakers.fold: ASCII words skip the Unicode normalisation ------------------------------

def _plain_fold(word: str) -> str:
    import unicodedata

    from checker.extract import speakers as SP

    w = SP._POSSESSIVE.sub("", word)
    w = unicodedata.normalize("NFKD", w)
    w = "".join(ch for ch in w if not unicodedata.combining(ch)).lower()
    return w.translate(SP._TRANSLITERATE) if not w.isascii() else w


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=12)
       | st.lists(st.sampled_from(["Person17", "O'Neil", "Marković", "’s", "'s", "’", "'", "İ", "ı", "Sæther",
                                   "ﬁ", "Ⅻ", "K", "ß", "A", "z", "9", "-", "\u0301"]), max_size=4).map("".join))
def test_fold_fast_path_equals_the_plain_fold(word):
    from checker.extract import speakers as SP

    assert SP.fold.__wrapped__(word) == _plain_fold(word)


# --- metadata._merge: no list per range ------------------------------------------------------

def _plain_merge(ranges):
    out: list[list[int]] = []
    for s, e in sorted(set(ranges)):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=20))
def test_merge_equals_the_plain_merge(ranges):
    assert M._merge(ranges) == _plain_merge(ranges)

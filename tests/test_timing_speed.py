"""The publication-timing rule's shortcuts (rules/timing.py) change no answer.

Each cheap path is checked against the plain computation it stands for: the word gates of
the cue searches, the speech check on the tail of its window, the per-text memo, and the
things that cannot yield a finding (whose Items are never made).
"""
from __future__ import annotations

import pathlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.engine import check_texts
from checker.load import discover, read_text
from rules import timing as T

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Words the cue regexes look for, with near misses: hyphens, case, letters that fold like
# ASCII under re.I ("ſ", "ı", "İ"), apostrophes and punctuation.
_PIECES = sorted({
    "expected", "expects", "due", "likely", "may", "might", "May", "co-may", "hopes", "hoped to", "could",
    "possible", "delayed", "postponed", "pushed back", "now", "now expected", "will", "would", "not", "n't",
    "won't", "'ll", "’ll", "begin", "start", "resume", "end", "finish", "continue", "completed", "published",
    "said", "says", "re-said", "told", "was", "were", "been", "be", "on", "ſaid", "maı", "İs", "report",
    "verdict", "the", "a", "by", "before", "until", "in", "June", "next", "week", "-", ",", ";", "’", "'",
    "\n", "rule", "ruling", "strike", "talks", "deal", "set", "slated", "still", "pending", "yet",
})
_INSIDE_WORD = re.compile(r"\w\w")
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=24).map(
    lambda ws: " ".join(ws)) | st.text(max_size=120)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.data())
def test_gated_classify_equals_plain(text, data):
    """The cue searches skipped for words the sentence lacks would have found nothing."""
    cues = T._Cues(text).read()
    # Things and dates start and end on word edges (the tokenizer's spans), never inside
    # a word: "pending" holds no "end".
    edges = [i for i in range(len(text) + 1) if not _INSIDE_WORD.fullmatch(text[max(0, i - 1):i + 1])]
    pos = data.draw(st.sampled_from(edges))
    start = data.draw(st.sampled_from([i for i in edges if i <= pos]))
    end = data.draw(st.sampled_from([i for i in edges if start <= i <= pos]))
    thing = (start, end, "report", False, data.draw(st.booleans()))
    assert T._classify(text, thing, pos, cues.words, cues.plain) == T._classify(text, thing, pos)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_speech_tail_equals_whole_window(text):
    """A speech verb right before a window is found in the window's tail as in all of it."""
    for pos in range(len(text) + 1):
        before = text[max(0, pos - 40):pos]
        assert bool(T._SPEECH_BEFORE.search(before[-T._SPEECH_TAIL:])) == bool(T._SPEECH_BEFORE.search(before))
    cues = T._Cues(text).read()
    for pos in range(len(text) + 1):
        assert cues.said_before(pos) == bool(T._SPEECH_BEFORE.search(text[max(0, pos - 40):pos]))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_cues_match_the_plain_computation(text):
    """What the memo keeps of a sentence is what the tokens would have said."""
    tokens = frozenset(T._TOKEN.findall(text.lower()))
    cues = T._Cues(text)
    assert cues.pending_cue == (T._has_pending_words(tokens) or "not" in tokens and not T._HAS_TOKENS.isdisjoint(tokens)
                                and any(map(T._is_thing_verb, tokens)))
    assert cues.event_tokens == T._EVENT_FIRST & tokens
    cues.read()
    assert cues.thing_verb == any(map(T._is_thing_verb, tokens))
    assert cues.things() == T._things_in(text)
    assert cues.until == ("until" in tokens or "till" in tokens)


def _stories():
    dirs = [ROOT / "tests" / "data" / "time_story", ROOT / "tests" / "data" / "time_story2", ROOT / "seeds"]
    sources, _ = discover([str(d) for d in dirs if d.exists()])
    stories: dict[str, dict[str, str]] = {}
    for s in sources:
        stories.setdefault(str(pathlib.Path(s.path).parent), {})[pathlib.Path(s.path).name] = read_text(s.path)
    return [stories[k] for k in sorted(stories)]


def _dt103(texts):
    return [(f.kind, f.message, tuple((c.article, c.span.start, c.span.end) for c in f.claims))
            for f in check_texts(texts, rules=(T.RULE,))]


def test_memo_state_and_skipped_things_change_nothing(monkeypatch):
    """Findings are the same with the per-text memo cold or warm, and with every thing's
    Items made (not only those of things that can yield a finding)."""
    stories = _stories()
    assert stories
    T._cues.cache_clear()
    cold = [_dt103(s) for s in stories]
    warm = [_dt103(s) for s in stories]
    monkeypatch.setattr(T, "_may_yield", lambda drafts: True)
    T._cues.cache_clear()
    every = [_dt103(s) for s in stories]
    assert cold == warm == every
    assert any(cold)


@pytest.mark.parametrize("example", [e for e in T.RULE.examples], ids=lambda e: ",".join(e.articles)[:40])
def test_examples_keep_their_findings_with_every_item_made(example, monkeypatch):
    plain = _dt103(example.articles)
    monkeypatch.setattr(T, "_may_yield", lambda drafts: True)
    assert _dt103(example.articles) == plain

"""The event-dates and publication-timing shortcuts of issue #9 change no answer.

Each cheap path is checked against the plain computation it stands for: the main-event
stems (the bare-noun test run only on words that can count), the mid-sentence capitals
(a regex rewritten to start with its white space) and the delay-word gate of a sentence's
cues.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import events as E
from rules import timing as T


def _main_stems_plain(texts_by_article) -> frozenset:
    """``events.main_stems`` as it was: the bare-noun test on every candidate word."""
    seen: dict[str, set] = {}
    named: set[str] = set()
    verbal: set[str] = set()
    bare: dict[str, set] = {}
    for n, texts in enumerate(texts_by_article):
        for t, text in enumerate(texts):
            for m in E._FORM_CANDIDATE.finditer(text):
                w = m.group(0)
                form = E._event_form(w)
                if form is not None and form[1] and w.lower().endswith("ing") and not E._gerund_at(text, m, t == 0):
                    form = None
                if form is not None:
                    key = E.main_class(form[0])
                    seen.setdefault(key, set()).add(n)
                    (named if form[1] else verbal).add(key)
            for m in E._BARE_CANDIDATE.finditer(text):
                if E._bare_noun_at(text, m):
                    bare.setdefault(m.group(0).lower(), set()).add(n)
            for m in E._CLASS_FORM.finditer(text):
                w = " ".join(m.group(0).lower().split())
                cls = E._MAIN_NOUN_WORDS.get(w)
                if cls is not None:
                    named.add(cls)
                else:
                    cls = E._MAIN_VERB_ALL[w]
                    verbal.add(cls)
                seen.setdefault(cls, set()).add(n)
    for w, arts in bare.items():
        if w in verbal and len(w) >= 4 and w not in E._NOT_FORMS and w not in E.NON_HEAD_WORDS:
            seen.setdefault(w, set()).update(arts)
            named.add(w)
    return frozenset(s for s, arts in seen.items() if len(arts) >= 2 and s in named and s in verbal
                     and len(s) >= 4 and s not in E._vocabulary_stems())


# Event-shaped words, their bare stems, the words before and after that decide a bare noun,
# capitals, folding letters and punctuation.
_EVENT_PIECES = [
    "halt", "halted", "Halt", "HALT", "leak", "leaked", "Leak", "void", "voided", "grounded", "grounding",
    "aground", "the", "a", "its", "after", "refinery", "to", "will", "not", "of", "at", "was", "angers", "fans",
    "stolen", "theft", "truck", "Container", "ship", "stranding", "stranded", "evacuated", "evacuation",
    "ſtall", "stalled", "stall", "İt", ",", ".", "’s", "'s", "-", "\n", "on", "9", "February", "collapse",
    "collapsed", "spill", "spilled", "spilt", "Spill", "blast", "blasted",
]
_EVENT_TEXT = st.lists(st.sampled_from(_EVENT_PIECES), max_size=14).map(" ".join) | st.text(max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_EVENT_TEXT, min_size=1, max_size=4), max_size=4))
def test_main_stems_equal_plain(articles):
    texts = [tuple(a) for a in articles]
    assert E.main_stems(texts) == _main_stems_plain(texts)
    assert E.main_stems(iter(texts)) == _main_stems_plain(texts)  # any iterable of articles


def test_main_stems_equal_plain_on_examples():
    story = [("Refinery halt angers drivers", "The refinery halted output on May 2."),
             ("After refinery halt, prices rise", "Output halted on May 2 after the halt of a unit."),
             ("Ship aground", "The ship, which grounded on 9 February, ...", "The grounding was the third.")]
    assert E.main_stems(story) == _main_stems_plain(story)
    assert "halt" in E.main_stems(story)


_MID_PIECES = ["a", "B", "Bc", "Dd", "x", ",", ";", " ", "  ", "   ", "    ", "\t", "\n", "\u00a0", "Ész", "ñ",
               "Al-Hassan", "O’Neil", "Z" * 35, "said", "Mr", ".", "é", "1"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MID_PIECES), max_size=30).map("".join) | st.text(max_size=80))
def test_mid_cap_equals_lookbehind_form(text):
    assert E._MID_CAP.findall(text) == re.findall(E._MID_CAP_PLAIN, text)


_DELAY_PIECES = ["postponed", "Postponed", "POSTPONED", "delayed", "pushed back", "pushed  back", "pushed",
                 "back", "put off", "put", "off", "deferred", "rescheduled", "moved", "moved to", "moved back to",
                 "shifted until", "switched", "brought forward to", "bumped again till", "put back to", "the",
                 "vote", "has", "been", "to", "until", "ſhifted to", "poſtponed", "dİd", "ı", "İ", "K", "-", ",",
                 "\n", " "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DELAY_PIECES), max_size=16).map(" ".join) | st.text(max_size=80))
def test_cues_delay_gate_equals_search(text):
    assert T._Cues(text).delayed() == (T._DELAY_LITERALS.search(text) is not None)


_MID_WORDS = ["B", "Bc", "Dd", "The", "Al-Hassan", "O’Neil", "Z" * 31, "Z" * 32, "Z" * 30, "Ész", "É", "b", "1A",
              "X", "Xy"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_MID_PIECES + _MID_WORDS + ["\u2028", "\u3000", "_", "’", "'", "-"]),
                max_size=30).map("".join) | st.text(max_size=80),
       st.sampled_from(_MID_WORDS) | st.text(min_size=1, max_size=5), st.data())
def test_mid_cap_at_equals_the_scan(text, word, data):
    """The per-word look at a normal article answers as the one scan of all its capitals."""
    groups = frozenset(re.findall(E._MID_CAP_PLAIN, text))
    assert E._mid_cap_at(text, word) == (word in groups)
    for g in groups:  # every group the scan finds, found by its word
        assert E._mid_cap_at(text, g)
    if text:
        i = data.draw(st.integers(0, len(text) - 1))
        w = text[i:i + data.draw(st.integers(1, 32))]
        assert E._mid_cap_at(text, w) == (w in groups)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 09,-") + ["²", "٣", "½", "é", "Ⅳ"]), max_size=30) | st.text(max_size=40))
def test_ascii_digit_gate_equals_isdigit(clause):
    from rules import event_dates as D

    fast = bool(D._ASCII_DIGIT.search(clause)) if clause.isascii() else any(c.isdigit() for c in clause)
    assert fast == any(c.isdigit() for c in clause)


def _effect_cue_plain(lw) -> bool:
    for tail in (tuple(lw[-4:]), tuple(lw[-5:-1]) if lw[-1:] and lw[-1] in ("on", "from") else ()):
        if any(tail[len(tail) - len(c):] == c for c in E._EFFECT_CUES if len(c) <= len(tail)):
            return True
    return False


_EFFECT_WORDS = sorted({w for c in E._EFFECT_CUES for w in c} | {"on", "from", "the", "ban", "came", "was", ""})


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_EFFECT_WORDS), max_size=8))
def test_effect_cue_by_last_word_equals_plain(lw):
    assert all(E._EFFECT_CUES)  # no empty cue (one would end every tail)
    assert E._effect_cue(lw) == _effect_cue_plain(lw)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "a", "halt", "halted", "HALT", "Halt", "leak", "leaked", "ſtall", "stall",
                                 "stalled", "İt", "refinery", "angers", "after", "é"]), max_size=10).map(" ".join))
def test_text_gates_ascii_shortcut(text):
    low = text.lower()
    tokens = frozenset(T._TOKEN.findall(low))
    plain_folds = any(c in text for c in T._FOLDS)
    assert (not text.isascii() and plain_folds) == plain_folds
    if plain_folds:
        assert T._text_gates(text, low, tokens) == T._G_ALL


_CLASS_PIECES = sorted(set(E._CLASS_WORDS) | {"Stolen", "THEFT", "made  off", "Made Off with", "ſtolen", "the",
                                              "truck", "-", "’", "'", "x"})


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CLASS_PIECES), max_size=8).map(" ".join) | st.text(max_size=60))
def test_class_form_gate_never_hides_a_match(text):
    assert E._CLASS_FIRST is not None  # the vocabulary is lower-case ASCII: the gate is on
    if text.isascii() and E._CLASS_FIRST.search(text.lower()) is None:
        assert E._CLASS_FORM.search(text) is None


def _attach_fresh(sentence, start, end, fallback):
    E._ATTACH_WORDS.clear()
    return E._attach(sentence, start, end, fallback)


_ATTACH_PIECES = ["The", "the", "ship", "grounded", "grounding", "strike", "was", "called", "off", "postponed",
                  "until", "said", "announced", "began", "from", ",", ":", ";", "(", "which", "it", "has", "deadline",
                  "the hearing in his appeal", "was held", "came into force", "backdated to", "Monday's", "report"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ATTACH_PIECES), max_size=12).map(" ".join),
       st.sampled_from(["on May 3", "from May 3 to 9", "on Monday"]),
       st.lists(st.sampled_from(_ATTACH_PIECES), max_size=6).map(" ".join))
def test_attach_with_kept_words_equals_fresh(left, date, right):
    """The surroundings kept from one ``fallback`` read the same as read afresh for the other."""
    sentence = f"{left} {date} {right}".strip()
    start = sentence.index(date)
    end = start + len(date)
    for first in (True, False):
        E._ATTACH_WORDS.clear()
        E._attach(sentence, start, end, first)  # keeps the words
        assert E._attach(sentence, start, end, not first) == _attach_fresh(sentence, start, end, not first)
    a = E._attach_words(sentence, start, end)
    b = E._attach_words(sentence, start, end)
    assert a == b and a[2] is not b[2] and a[4] is not b[4]  # fresh lists each time


def test_attach_with_kept_words_equals_fresh_on_stories():
    from checker.articles import article_from_text
    from checker.facts import ArticleFacts
    from checker.load import discover, read_text
    from checker.metadata import read_metadata

    root = __import__("pathlib").Path(__file__).resolve().parent.parent
    sources, _ = discover([str(p) for p in sorted((root / "eval" / "stories").iterdir()) if p.is_dir()][:4])
    n = 0
    for s in sources:
        text = read_text(s.path)
        facts = ArticleFacts(article_from_text(text, s.path, s.story, read_metadata(text)))
        for sent, times in zip(facts.sentences, facts.times):
            for t in times:
                E._ATTACH_WORDS.clear()
                kept = [E._attach(sent.text, t.start_offset, t.end_offset, fb) for fb in (True, False)]
                assert kept == [_attach_fresh(sent.text, t.start_offset, t.end_offset, fb) for fb in (True, False)]
                n += 1
    assert n > 20


def test_event_names_memo_equals_plain():
    from checker.articles import article_from_text
    from checker.facts import ArticleFacts
    from checker.load import discover, read_text
    from checker.metadata import read_metadata

    root = __import__("pathlib").Path(__file__).resolve().parent.parent
    sources, _ = discover([str(p) for p in sorted((root / "eval" / "stories").iterdir()) if p.is_dir()][:3])
    for s in sources:
        text = read_text(s.path)
        facts = ArticleFacts(article_from_text(text, s.path, s.story, read_metadata(text)))
        plain = ArticleFacts(facts.article)
        for sent in facts.sentences:
            first = E.event_names(facts, sent.index)
            assert E.event_names(facts, sent.index) is first  # kept
            assert first == E._event_names(plain, sent.index)


def _has_planned_for_plain(text: str) -> bool:
    k = text.find(" for ")
    while k >= 0 and not text.endswith(T._PLANNED_FOR_ENDS, 0, k):
        k = text.find(" for ", k + 4)
    return k >= 0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(sorted(T._PLANNED_FOR_ENDS)[:12] + ["for", "the", "vote", "September", "sales",
                                                                     "is", "  ", ","]), max_size=10).map(" ".join))
def test_planned_for_memo_equals_plain(text):
    assert T._has_planned_for(text) == _has_planned_for_plain(text)
    assert T._has_planned_for(text) == _has_planned_for_plain(text)  # a memo hit too


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["in", "during", "the", "early", "small", "late", "hours", "HOURS", "Hours",
                                 "hourſ", "of", "  ", "Tuesday", "x" * 30]), max_size=10).map(" ".join),
       st.integers(0, 5))
def test_day_part_gate_never_hides_a_match(before, pad):
    sentence = before + " " * pad + "Tuesday"
    start = len(sentence) - len("Tuesday")
    if not E._may_be_day_part(sentence, start):
        assert E._DAY_PART_OF.search(sentence, max(0, start - 40), start) is None


def _drafts_comparable(drafts):
    return [tuple(x.index if hasattr(x, "index") and hasattr(x, "text") else x
                  for x in d if not hasattr(x, "article")) for d in drafts]


def test_idle_sentences_skipped_change_no_draft(monkeypatch):
    """A sentence with no time whose cues are idle adds no draft: the drafts of every article
    are the same with the shortcut off (no cues idle)."""
    from checker.articles import article_from_text
    from checker.facts import ArticleFacts, StoryFacts
    from checker.load import discover, read_text
    from checker.metadata import read_metadata

    root = __import__("pathlib").Path(__file__).resolve().parent.parent
    dirs = [p for p in sorted((root / "eval" / "stories").iterdir()) if p.is_dir()][:4] + [root / "seeds"]
    sources, _ = discover([str(p) for p in dirs])
    facts = []
    for s in sources:
        text = read_text(s.path)
        facts.append(ArticleFacts(article_from_text(text, s.path, s.story, read_metadata(text))))
    story = StoryFacts("s", facts)
    calendar = T._calendar(story)

    def run():
        T._cues.cache_clear()
        return [_drafts_comparable(T._article_drafts(f, calendar)) for f in facts]

    fast = run()
    plain_cues = T._cues.__wrapped__

    def never_idle(text):
        c = plain_cues(text)
        c.idle = False
        return c

    monkeypatch.setattr(T, "_cues", T.functools.lru_cache(maxsize=4096)(never_idle))
    assert run() == fast
    assert sum(map(len, fast)) > 10


@settings(max_examples=300, deadline=None)
@given(st.integers(-2, 15), st.integers(-2, 40))
def test_valid_month_day_table_equals_calendar(m, d):
    import calendar

    from checker.extract import dates as D

    plain = 1 <= m <= 12 and 1 <= d <= (29 if m == 2 else calendar.monthrange(2001, m)[1])
    assert D._valid_md(m, d) == plain


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["grounded", "grounding", "aground", "evacuation", "Halted", "reporting", "warning", "said",
                        "closure", "the", "ſtalled", "İnjured", "failed", "failure", "it's", "a"]) | st.text(max_size=12))
def test_event_form_memo_equals_plain(word):
    assert E._event_form(word) == E._event_form.__wrapped__(word)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["said", "SAID", "Said", "ſaid", "saıd", "told", "the", "on", "late", "it",
                                 "posted", "tweeted", "company", "  ", "\n", "reported", "x"]), max_size=8).map(" ".join))
def test_speech_gate_never_hides_a_match(before):
    from checker.extract.clauses import SPEECH_BEFORE
    from rules import event_dates as D

    if not D._may_speak(before):
        assert SPEECH_BEFORE.search(before) is None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["it", "they", "was", "has", "the", "fire", "is", "had", "x"]), max_size=8),
       st.integers(0, 9))
def test_pronoun_gate_equals_scan(lw, reach):
    plain = any(lw[k] in E._PRONOUNS and lw[k + 1] in E._AUX for k in range(reach, len(lw) - 1))
    gated = not E._PRONOUNS.isdisjoint(lw[reach:len(lw) - 1]) and any(
        lw[k] in E._PRONOUNS and lw[k + 1] in E._AUX for k in range(reach, len(lw) - 1))
    assert gated == plain

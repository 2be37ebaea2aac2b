"""The publication-timing rule's shortcuts (rules/timing.py) change no answer.

Each cheap path is checked against the plain computation it stands for: the word gates of
the cue searches, the speech check on the tail of its window, the per-text memos (the cues,
the spans counted from publication, states of normal service, disruptions), and the things
that cannot yield a finding (whose Items are never made).
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
        before = text[max(0, pos - 40):pos]
        m = T._SPEECH_BEFORE.search(before)
        # "were still told on 30 October": a passive with an adverb between is no speech verb
        # (said_before's _PASSIVE_ADVERB check), read on the whole text before the match
        at = max(0, pos - 40) + m.start() if m else 0
        plain = bool(m) and not T._PASSIVE_ADVERB.search(text, max(0, at - 40), at)
        assert cues.said_before(pos) == plain


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


def _clear_memos():
    for memo in (T._cues, T._closed_for_core, T._not_for_core, T._be_before_core, T._normal_pending,
                 T._disruption_matches, T._fire_states):
        memo.cache_clear()


def test_memo_state_and_skipped_things_change_nothing(monkeypatch):
    """Findings are the same with the per-text memo cold or warm, and with every thing's
    Items made (not only those of things that can yield a finding)."""
    stories = _stories()
    assert stories
    _clear_memos()
    cold = [_dt103(s) for s in stories]
    warm = [_dt103(s) for s in stories]
    monkeypatch.setattr(T, "_may_yield", lambda drafts: True)
    _clear_memos()
    every = [_dt103(s) for s in stories]
    assert cold == warm == every
    assert any(cold)


@pytest.mark.parametrize("example", [e for e in T.RULE.examples], ids=lambda e: ",".join(e.articles)[:40])
def test_examples_keep_their_findings_with_every_item_made(example, monkeypatch):
    plain = _dt103(example.articles)
    monkeypatch.setattr(T, "_may_yield", lambda drafts: True)
    assert _dt103(example.articles) == plain


# --- per-text memos of the span readings (publication + a stated span), states of normal
# service and dated disruptions: the plain computations they stand for -------------------------

from rules.timing import (  # noqa: E402
    REDUCED_WORDS, _BE_BEFORE, _CLAUSE_VERB, _CLOSED_FOR, _DISRUPTED, _DISRUPTION_FIRST, _DISRUPTION_RX, _END,
    _EVENT_CANON, _IT_MAY, _NORMAL_PENDING, _NORMAL_PENDING_SUBJECT, _NOT_FOR, _NUMBER_WORDS, _OBJECT_VERB_ROLE,
    _PRONOUNS, _START, _TOKEN, _UNIT_DAYS, _WORD, _classify, _closed_subject, _head_canon, _normal_words,
    _span_days, _subject_thing,
)
import datetime as dt  # noqa: E402


def _plain_closed_for(text, facts, sent, pub):
    out = []
    for m in _CLOSED_FOR.finditer(text):
        n = m.group("n")
        if n is None and not m.group("another"):
            continue
        count = int(n) if n and n[0].isdigit() else _NUMBER_WORDS.get((n or "one").lower())
        if not count:
            continue
        place = _closed_subject(text, m.start())
        if place is None:
            continue
        hedged, firm, neg, _, _ = _classify(text, place, m.start("dur"))
        if neg:
            continue
        days = count * _UNIT_DAYS[m.group("unit").lower().rstrip("s")]
        lo = pub + dt.timedelta(days=days * 3 // 4)
        hi = None if m.group("least") else pub + dt.timedelta(days=days * 5 // 4 + 7)
        out.append((place[2], "window", "start", lo, hi, hedged, False, False, False, facts, sent,
                    m.start("dur"), m.end("dur"), text, place, None))
    return out


def _plain_not_for(text, facts, sent, pub):
    out = []
    for m in _NOT_FOR.finditer(text):
        days = _span_days(m)
        if days is None:
            continue
        thing = _subject_thing(text, m.end())
        if thing is None:
            continue
        hedged, firm, neg, delayed, role = _classify(text, thing, m.start("n") if m.group("n") else m.end())
        out.append((thing[2], "window", role if role in ("start", "end") else "whole", pub + dt.timedelta(days=days),
                    None, hedged, delayed, False, False, facts, sent, m.start(), m.end(), text, thing, None))
    return out


def _plain_be_before(text, facts, sent, pub):
    out = []
    for m in _BE_BEFORE.finditer(text):
        days = _span_days(m)
        if days is None:
            continue
        clause_start = m.start("clause")
        v = _CLAUSE_VERB.search(text, clause_start, m.end("clause"))
        if v is None:
            continue
        heads = _WORD.findall(text[clause_start:v.start()])
        if not heads or len(heads) > 5:
            continue
        word = heads[-1]
        canon = _head_canon(word)
        if canon is None:
            continue
        pos = text.rfind(word, clause_start, v.start())
        thing = (pos, pos + len(word), canon, canon in _EVENT_CANON, False)
        verb = v.group("verb").lower()
        role = ("start" if _START.fullmatch(verb) or verb in _OBJECT_VERB_ROLE and _OBJECT_VERB_ROLE[verb] == "start"
                else "end" if _END.fullmatch(verb) or _OBJECT_VERB_ROLE.get(verb) == "end" else "whole")
        hedged = bool(_IT_MAY.match(m.group(0)))
        draft = (canon, "window", role, pub + dt.timedelta(days=days), None, hedged, False, False, False, facts, sent,
                 m.start(), m.end("unit"), text, thing, None)
        out.append(draft)
        if verb in ("report", "reports") and canon != "report":
            out.append(("report",) + draft[1:])
    return out


def _plain_normal_pending(text):
    low = text.lower()
    if "normal" not in low and not any(w in low for w in REDUCED_WORDS):
        return []
    out = []
    for m in _NORMAL_PENDING.finditer(text):
        sm = _NORMAL_PENDING_SUBJECT.search(text, max(0, m.start() - 40), m.start())
        qual = (_normal_words(text, sm.start("subj"), sm.end("subj"))
                if sm and sm.group("subj").lower() not in _PRONOUNS else None)
        out.append(((sm.start() if sm else m.start()), m.end(), qual))
    return out


def _plain_disruptions(text, times, pub):
    if pub is None or not times:
        return []
    days = [t for t in times if t.start is not None and t.precision == "day" and t.start == t.end
            and not t.future and t.start <= pub and t.end_offset <= len(text)]
    if not days or _DISRUPTION_FIRST.isdisjoint(w.lower() for w in _TOKEN.findall(text)):
        return []
    out = []
    for m in _DISRUPTION_RX.finditer(text):
        g = "obj" if m.group("obj") else "subj"
        if m.group(g).lower() not in _DISRUPTED:
            continue
        after = [t for t in days if 0 <= t.start_offset - m.end() <= 60]
        before = [t for t in days if 0 <= m.start() - t.end_offset <= 30]
        t = after[0] if after else before[-1] if before else None
        if t is None:
            continue
        s, e = min(m.start(), t.start_offset), max(m.end(), t.end_offset)
        out.append((s, e, _normal_words(text, m.start(g), m.end(g)), t.start))
    return out


_SPAN_PIECES = sorted({
    "The", "the", "line", "mine", "airport", "plant", "results", "inquiry", "will", "would", "not", "won't", "won’t",
    "cannot", "can't", "is expected to", "remain", "stay", "be kept", "closed", "shut", "suspended", "out of service",
    "for", "at least", "another", "a further", "a more", "two", "2", "12", "six", "a", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "more", "It", "it", "could", "may", "be", "before", "reopens", "reports",
    "resume", "known", "normal", "back to", "not yet", "reduced", "ſtill", "still", "running", "at", "capacity",
    "services", "cancelled", "flights", "trains", "were", "sailings", "suspended", "on", "Monday", "July 18", ",", ".",
    "-", "ı", "İ", "\n", "fully", "normally", "restored", "up and running",
})
_SPAN_TEXTS = st.lists(st.sampled_from(_SPAN_PIECES), min_size=1, max_size=20).map(" ".join) | st.text(max_size=80)


def _span_functions_agree(text):
    from checker.extract.dates import extract_times
    pub = dt.date(2024, 7, 20)
    facts, sent = object(), object()
    assert T._closed_for(text, facts, sent, pub) == _plain_closed_for(text, facts, sent, pub)
    assert T._not_for(text, facts, sent, pub) == _plain_not_for(text, facts, sent, pub)
    assert T._be_before(text, facts, sent, pub) == _plain_be_before(text, facts, sent, pub)
    assert list(T._normal_pending(text)) == _plain_normal_pending(text)
    times = extract_times(text, pub)
    assert list(T._disruptions(text, times, pub)) == _plain_disruptions(text, times, pub)


@settings(max_examples=400, deadline=None)
@given(_SPAN_TEXTS)
def test_memoised_span_readings_equal_the_plain_ones(text):
    """The text-only readings memoised per sentence give the drafts computed in full."""
    _span_functions_agree(text)
    _span_functions_agree(text)  # warm memo


def test_memoised_span_readings_on_real_sentences():
    from checker.articles import article_from_text
    from checker.facts import ArticleFacts
    dirs = [ROOT / "tests" / "data" / "time_story", ROOT / "tests" / "data" / "time_story2", ROOT / "seeds",
            ROOT / "eval" / "stories"]
    sources, _ = discover([str(d) for d in dirs if d.exists()])
    n = 0
    for s in sources:
        f = ArticleFacts(article_from_text(read_text(s.path), s.path, s.story))
        for sent in f.sentences:
            _span_functions_agree(sent.text[:T.MAX_SCAN])
            n += 1
    assert n > 100


def _variants(words):
    """Each word as written, upper-cased, or with a letter re.I folds like ASCII."""
    return st.sampled_from(words).flatmap(lambda w: st.sampled_from(
        [w, w.upper(), w.title(), w.replace("s", "ſ"), w.replace("i", "ı"), w.replace("i", "İ"), w.replace("k", "\u212a")]))


_SPAN_SENTENCES = st.tuples(
    _variants(["the mine", "results", "it", "the line"]),
    _variants(["will not be", "won't be", "won’t", "cannot be", "would not", "will remain", "stays", "is kept",
               "are expected to not", "will", "is"]),
    _variants(["closed", "shut", "suspended", "out of service", "on hold", "off limits", "down", "known", "resumed", ""]),
    _variants(["for", "for at least", "for another", "for a further", "before", "in"]),
    _variants(["two", "2", "a", "six", "", "more"]),
    _variants(["days", "week", "months", "year", "weeks", "hours"]),
).map(lambda parts: " ".join(p for p in parts if p) + ".")


@settings(max_examples=1500, deadline=None)
@given(_SPAN_TEXTS | _SPAN_SENTENCES)
def test_span_literal_gates_never_hide_a_match(text):
    """A text the literal gates turn away has no match of the span patterns."""
    if not T._may_match(text, T._STATE_LITERAL):
        assert T._CLOSED_FOR.search(text) is None
    if not T._may_match(text, T._NEG_LITERAL):
        assert T._NOT_FOR.search(text) is None


@settings(max_examples=400, deadline=None)
@given(st.tuples(_variants(["the fire", "the wildfire", "a blaze", "the ceasefire", "the strike", "fire-fighting"]),
                 _variants(["is still burning", "was still raging", "continues to spread", "has not yet been contained",
                            "remains out of control", "is not under control", "still burning"])).map(" ".join)
       | _SPAN_TEXTS)
def test_fire_gate_never_hides_a_match(text):
    """The fire states' literal gate turns away only texts without a match."""
    assert tuple(x[:3] for x in T._fire_states(text) if x[3] == "fire") == tuple(
        (m.start(), m.end(), m.group("past") is not None) for m in T._FIRE_PENDING.finditer(text))


_DISRUPTION_TEXTS = st.tuples(
    _variants(["the airline", "dozens of trains", "sailings", "flights", "the ferry"]),
    _variants(["cancelled", "were cancelled", "suspended", "were suspended again", "scrapped", "ran"]),
    _variants(["another 58 flights", "its services", "", "all trains"]),
    _variants(["on Thursday, July 18", "on Monday", "", "last week"])).map(lambda p: " ".join(x for x in p if x) + ".")


@settings(max_examples=800, deadline=None)
@given(_SPAN_TEXTS | _SPAN_SENTENCES | _DISRUPTION_TEXTS | st.text(max_size=60)
       | st.tuples(_variants(["the fire", "a blaze", "wildfire", "the strike", "protests", "the walkout", "March"]),
                   _variants(["is still burning", "was still raging", "continues", "entered its second week"]))
       .map(" ".join))
def test_sentence_gates_turn_away_only_texts_the_readings_find_nothing_in(text):
    """The gates kept with a sentence's cues (one lower-casing for all) never skip a reading
    that would have found something."""
    g = T._Cues(text).gates
    if not g & T._G_NORMAL:
        assert T._normal_pending.__wrapped__(text) == ()
    cues = T._Cues(text)
    if not g & T._G_FIRE and cues.event_tokens.isdisjoint(T._ONGOING_FIRST):
        assert T._fire_states.__wrapped__(text) == ()
    if not g & T._G_CLOSED:
        assert T._CLOSED_FOR.search(text) is None
    if not g & T._G_NOT_FOR:
        assert T._NOT_FOR.search(text) is None
    if not g & T._G_DISRUPT:
        assert T._DISRUPTION_FIRST.isdisjoint(w.lower() for w in T._TOKEN.findall(text))


@settings(max_examples=400, deadline=None)
@given(_TEXTS | st.lists(st.sampled_from(_PIECES + ["awaited", "long-awaited", "overdue", "missed", "final stages",
                                                    "no date", "still no sign of", "ſtill", "pendıng", "Pending"]),
                         min_size=1, max_size=16).map(" ".join))
def test_gated_pending_search_equals_plain(text):
    """The pending-cue search skipped for a sentence without a cue's first word finds nothing."""
    assert T._Cues(text).read().awaited() == bool(T._PENDING.search(text))


_ATTEMPT_PIECES = ["attempt", "Attempt", "ATTEMPT", "aTTempt", "bid", "BID", "effort", "efforts", "operation",
                   "failed", "FAILED", "was abandoned", "fell through", "unsuccessful", "first", "to", "the",
                   "finish", "Finish", "FINISH", "complete", "Completing", "wrap up", "WRAP UP", "conclude",
                   "restoring", "RESTORING", "the restoration of", "reconnecting", "system", "ſ", "ı", "İ",
                   ",", ";", "-", "by"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_ATTEMPT_PIECES), min_size=1, max_size=14).map(" ".join) | st.text(max_size=80))
def test_failed_attempt_and_finish_restoring_gates_never_hide_a_match(text):
    """The literal gates of the failed-attempt and finish-restoring readings turn away only
    texts those regexes find nothing in (any case, letters re.I folds like ASCII)."""
    if not T._may_fail(text):
        assert T._FAILED_ATTEMPT.search(text) is None
    low = text.lower()
    if not (any(w in low for w in T._FINISH_LITERALS) or any(c in text for c in T._FOLDS)):
        assert T._FINISH_RESTORING.search(text) is None


def test_proper_names_stay_linear_in_a_story_full_of_them():
    """A story of many articles, each opening its clauses with its own proper names and
    writing many names with a kind: the names' kinds are read in one pass over the texts."""
    import time

    texts = {}
    for n in range(150):
        names = " ".join(f"The Q{n}x{k} motorway and the ship Alder{n}x{k} were named." for k in range(20))
        body = " ".join(f"The Q{n}x{k} reopened on Monday, March 3. The Alder{n}x{k} was refloated on March 4."
                        for k in range(20))
        texts[f"{n:03d}.txt"] = f"Published 10 March 2025\n\n{names}\n\n{body}"
    t0 = time.perf_counter()
    check_texts(texts, rules=(T.RULE,))
    assert time.perf_counter() - t0 < 60


_STATE_PIECES = ["the", "students", "residents", "scheme", "rerun", "shipments", "of", "the drug", "have", "has",
                 "had", "not", "Not", "NOT", "yet", "still", "Still", "heard", "Heard", "HEARD", "from", "back",
                 "been", "contacted", "notified", "to", "hear", "waiting", "opened", "begun", "taken place",
                 "been held", "arrived", "no", "No", "new", "live", "living", "Living", "at", "the home",
                 "promised", "for", "March 14", "we", "reporters", ",", ".", "-"]
_ALL_STATE_TOKENS = (T._STATE_GATE | T._HAS_TOKENS | T._UNABLE_TOKENS | T._WAIT_WORDS
                     | frozenset(("not", "without", "since")))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_STATE_PIECES), min_size=1, max_size=16).map(" ".join))
def test_state_gates_never_hide_a_state(text):
    """The word gates of the state readings (this round: not heard from, not yet held, still
    living, none arrived with a complement) skip only sentences in which no state is found."""
    tokens = frozenset(T._TOKEN.findall(text.lower()))
    gated = T._state_things(text, tokens) or [] if not T._STATE_GATE.isdisjoint(tokens) else []
    assert sorted(gated) == sorted(T._state_things(text, tokens | _ALL_STATE_TOKENS) or [])

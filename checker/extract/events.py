"""Which event a date belongs to, and which end of it (start, end, the whole event).

A date attaches to the nearest event word to its left in the same clause (within a few
words), or just after it ("on May 3 the summit opened"). A date that follows a speech verb
("said on Friday") dates the statement, not an event, and is left alone.
"""
from __future__ import annotations

import re

from attrs import frozen

from checker.align import proper_names
from checker.vocab.time import ANNOUNCE_VERBS, END_WORDS, EVENT_FRAMES, EVENT_WORDS, SPEECH_VERBS, START_WORDS

LEFT_WORDS = 9
RIGHT_WORDS = 4
FRAME_EXTRA = 9  # how much further left to look once a framing event has been skipped
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]{0,30}")
# Relative clauses (", which start on") still refer back to their noun, so they do not break.
_CLAUSE_BREAK = re.compile(r"[;:“”\"()]|,\s(?:but|and|while|as|although)\s|\.\s")
_EVENT_PHRASES = sorted((w for w in EVENT_WORDS if " " in w), key=len, reverse=True)
_SPEECH = frozenset(SPEECH_VERBS)
_START = frozenset(w for w in START_WORDS if " " not in w)
_END = frozenset(w for w in END_WORDS if " " not in w)
_FRAMES = tuple(tuple(f.split()) for f in EVENT_FRAMES)
_ANNOUNCE = frozenset(ANNOUNCE_VERBS)
_DELAY = frozenset(("postponed", "postpone", "postpones", "delayed", "delays", "delay", "cancelled",
                    "canceled", "cancels", "suspended", "suspends", "deferred", "adjourned", "called",
                    "rescheduled", "moved"))


@frozen
class EventRef:
    event: str  # canonical event name from vocab.EVENT_GROUPS
    word: str  # the word as written
    role: str  # on | start | end | announced


def _words(fragment: str) -> list[str]:
    return [w.lower().strip("’'") for w in _WORD.findall(fragment)]


def attach(sentence: str, start: int, end: int) -> EventRef | None:
    """The event a temporal expression at sentence[start:end] dates, or None."""
    left = sentence[max(0, start - 160):start]
    cut = None
    for m in _CLAUSE_BREAK.finditer(left):
        cut = m.end()
    if cut is not None:
        left = left[cut:]
    lw = _words(left)[-(LEFT_WORDS + FRAME_EXTRA):]
    reach = max(0, len(lw) - LEFT_WORDS)  # words left of this are read only past a frame
    right = sentence[end:end + 60]
    rb = _CLAUSE_BREAK.search(right)
    if rb:
        right = right[:rb.start()]
    rw = _words(right)[:RIGHT_WORDS]
    # "on Monday postponed its verdict", "the strike was called off on Friday": the date of
    # the postponement, not of the event ("postponed until May 3" does date the event).
    if any(w in _DELAY for w in rw[:2]) or any(w in _DELAY for w in lw[-3:]) and not re.search(r"(?:until|till|to)\s{1,3}$", left):
        return None
    # The statement date: "said on Friday", "China on Friday said".
    if lw[-2:] and any(w in _SPEECH for w in lw[-2:]) or rw[:1] and rw[0] in _SPEECH:
        return None
    role = "on"
    for i in range(len(lw) - 1, -1, -1):
        if i < reach:
            break
        w = lw[i]
        if w in _SPEECH and not any(x in EVENT_WORDS for x in lw[i + 1:]):
            return None
        if w in _START and role == "on":
            role = "start"
        elif w in _END and role == "on":
            role = "end"
        event = _event_at(lw, i)
        if event and role == "on" and _framed(lw, i, event[1]):
            reach = max(0, reach - FRAME_EXTRA)
            continue  # "met ... on the sidelines of the Games on Saturday": the meeting's date
        if event:
            ev, word = event
            before = " ".join(lw[max(0, i - 3):i])
            if re.search(r"\b(?:end|close|conclusion|last day)\s(?:of|of\sthe|of\sher|of\shis|of\stheir|of\sits)?$", before) or before.endswith(("end of", "end of the", "end of her", "end of his", "end of their", "end of its")):
                role = "end"
            elif re.search(r"\b(?:start|beginning|opening|first day)\sof(?:\s(?:the|her|his|their|its))?$", before):
                role = "start"
            if role == "on" and any(x in _ANNOUNCE for x in lw[max(0, i - 3):i]):
                role = "announced"  # "announced the strike on May 22": not the strike's own date
            return EventRef(ev, word, role)
    for i, w in enumerate(rw):
        event = _event_at(rw, i)
        if event:
            if role != "on":
                pass  # a verb on the left ("arrived on Monday for a trip") already set it
            elif any(x in _START for x in rw[i:]):
                role = "start"
            elif any(x in _END for x in rw[i:]):
                role = "end"
            return EventRef(event[0], event[1], role)
    return None


def _framed(words: list[str], i: int, word: str) -> bool:
    """Is the event word at ``i`` only the setting of another action ("ahead of the vote")?"""
    j = i - len(word.split()) + 1  # first word of a two-word event phrase
    for skip in (0, 1, 2, 3):  # "the", "Winter", "Beijing Winter" between frame and noun
        k = j - skip
        for frame in _FRAMES:
            n = len(frame)
            if k - n >= 0 and tuple(words[k - n:k]) == frame:
                between = words[k:j]
                if all(w not in EVENT_WORDS and w not in _START and w not in _END for w in between):
                    return True
    return False


def event_after(sentence: str, end: int) -> EventRef | None:
    """An event word right after an expression ("a six-day visit")."""
    words = _words(sentence[end:end + 40])[:2]
    for i in range(len(words)):
        ev = _event_at(words, i)
        if ev:
            return EventRef(ev[0], ev[1], "on")
    return None


def _event_at(words: list[str], i: int):
    w = words[i]
    if i > 0:
        pair = f"{words[i - 1]} {w}"
        if pair in EVENT_WORDS:
            return EVENT_WORDS[pair], pair
    if w in EVENT_WORDS:
        return EVENT_WORDS[w], w
    return None


@frozen
class DatedEvent:
    """A day-precise date or range attached to an event in one sentence."""

    event: str
    word: str
    role: str  # on | start | end | announced
    sentence: int  # index of the sentence in its article
    expr: object  # the TimeExpr


def dated_events(sentences, times) -> tuple[DatedEvent, ...]:
    """Every day-precise date of an event in one article (shared by the date rules)."""
    out = []
    for sent, exprs in zip(sentences, times):
        for t in exprs:
            if t.form not in ("date", "range", "weekday") or t.precision != "day":
                continue
            ref = attach(sent.text, t.start_offset, t.end_offset)
            if ref is not None:
                out.append(DatedEvent(ref.event, ref.word, ref.role, sent.index, t))
    return tuple(out)


_OPENER = re.compile(r"[A-Za-z][\w’'-]{0,30}")
_MID_CAP = re.compile(r"(?<=[a-z,;])\s{1,3}([A-Z][\w’'-]{0,30})")


def _mid_sentence_caps(facts) -> frozenset:
    """Capitalised words that follow a lower-case word or comma somewhere in the article
    (computed once per article: names, not sentence openers)."""
    cached = facts.__dict__.get("_mid_caps")
    if cached is None:
        cached = frozenset(m.group(1) for m in _MID_CAP.finditer(facts.article.text))
        facts.__dict__["_mid_caps"] = cached
    return cached


def context_names(facts, index: int) -> frozenset:
    """Names of a sentence and its neighbours, without capitalised sentence openers
    ("Inspectors", "Part") that the article never capitalises mid-sentence."""
    sents = facts.sentences
    out: set[str] = set()
    for k in (index - 1, index, index + 1):
        if not 0 <= k < len(sents):
            continue
        text = sents[k].text
        names = set(proper_names(text))
        first = _OPENER.match(text.lstrip("“\"‘'(- "))
        if first and first.group(0)[:1].isupper():
            w = first.group(0)
            if w not in _mid_sentence_caps(facts):
                names.discard(re.sub(r"(?:’s|'s)$", "", w.lower()))
        out |= names
    return frozenset(out)

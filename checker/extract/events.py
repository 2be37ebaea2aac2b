"""Which event a date belongs to, and which end of it (start, end, the whole event).

A date attaches to the nearest event word to its left in the same clause (within a few
words), or just after it ("on May 3 the summit opened"). A date that follows a speech verb
("said on Friday") dates the statement, not an event, and is left alone.
"""
from __future__ import annotations

import re

from attrs import frozen

from checker.vocab.time import END_WORDS, EVENT_WORDS, SPEECH_VERBS, START_WORDS

LEFT_WORDS = 9
RIGHT_WORDS = 4
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]{0,30}")
# Relative clauses (", which start on") still refer back to their noun, so they do not break.
_CLAUSE_BREAK = re.compile(r"[;:“”\"()]|,\s(?:but|and|while|as|although)\s|\.\s")
_EVENT_PHRASES = sorted((w for w in EVENT_WORDS if " " in w), key=len, reverse=True)
_SPEECH = frozenset(SPEECH_VERBS)
_START = frozenset(w for w in START_WORDS if " " not in w)
_END = frozenset(w for w in END_WORDS if " " not in w)


@frozen
class EventRef:
    event: str  # canonical event name from vocab.EVENT_GROUPS
    word: str  # the word as written
    role: str  # on | start | end


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
    lw = _words(left)[-LEFT_WORDS:]
    right = sentence[end:end + 60]
    rb = _CLAUSE_BREAK.search(right)
    if rb:
        right = right[:rb.start()]
    rw = _words(right)[:RIGHT_WORDS]
    # The statement date: "said on Friday", "China on Friday said".
    if lw[-2:] and any(w in _SPEECH for w in lw[-2:]) or rw[:1] and rw[0] in _SPEECH:
        return None
    role = "on"
    for i in range(len(lw) - 1, -1, -1):
        w = lw[i]
        if w in _SPEECH and not any(x in EVENT_WORDS for x in lw[i + 1:]):
            return None
        if w in _START and role == "on":
            role = "start"
        elif w in _END and role == "on":
            role = "end"
        event = _event_at(lw, i)
        if event:
            ev, word = event
            before = " ".join(lw[max(0, i - 3):i])
            if re.search(r"\b(?:end|close|conclusion|last day)\s(?:of|of\sthe|of\sher|of\shis|of\stheir|of\sits)?$", before) or before.endswith(("end of", "end of the", "end of her", "end of his", "end of their", "end of its")):
                role = "end"
            elif re.search(r"\b(?:start|beginning|opening|first day)\sof(?:\s(?:the|her|his|their|its))?$", before):
                role = "start"
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

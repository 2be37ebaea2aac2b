"""What a clause is about, as a bag of content stems: the last-resort way to align a fact.

The event vocabulary and the verb/noun frames of ``checker.extract.events`` name most dated
events, but wire copy dates anything: "the route was suspended from October 19 to 26",
"bottled water is handed out from August 16 to 24", "the search was called off on Friday".
When no frame names the event, the words around the date still do. Two clauses from
different articles are taken to state the same fact when they share at least two content
stems and the shared stems carry most of the weight of the shorter clause, each stem weighed
by how rare it is among the story's dated clauses (the town's name, in every clause, counts
for little; "mourning" or "bottled" for a lot). Anything weaker is "could not align".
"""
from __future__ import annotations

import re
from typing import Sequence

from attrs import frozen

from checker import lazyre
from checker.extract.events import stem
from checker.vocab.time import (
    AUXILIARIES, CLOSURE_WORDS, IRREGULAR_VERBS, MONTHS, REPEAT_QUALIFIERS, RESTORE_PHRASES, WEEKDAYS,
)

# A word: letters, then letters, apostrophes or hyphens (bounded).
_TOKEN = lazyre.compile(r"[^\W\d_][^\W\d_’'-]{0,30}")
# Where a clause ends before a date: a semicolon, a dash used as a break, or a comma that
# opens a new clause ("..., which ran from", "..., after the ...").
# A subordinator opens a clause too: "More than 20 people died when the ferry went down on
# Saturday" dates the sinking, not the deaths (and the count is outside the clause).
_LEFT_BREAK = lazyre.compile(r"[;:]|\s[–—-]\s|,\s(?=(?:and|but|while|whereas|although|though)\b)"
                         r"|(?<![\w-])(?:when|after|before|as|since|until)\s(?=(?:the|a|an|its|their|his|her)\s)", re.I)
_COMMA = lazyre.compile(r",\s(?![0-9])")
# One fact, two verbs: "the ferry went down" and "the ferry sank" (a vessel or aircraft lost).
_WENT_DOWN = lazyre.compile(r"(?<![\w-])(?:went|gone|go|goes|going)\s{1,2}down(?![\w-])", re.I)
# One fact, other verbs: "was restored", "came back online", "resumed" (longest first).
_RESTORED = lazyre.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s{1,2}")
                               for p in sorted(RESTORE_PHRASES, key=len, reverse=True)) + r")(?![\w-])", re.I)
# Where a clause ends after a date: the same breaks, or a comma opening a relative or
# subordinate clause ("..., which had been cut off", "..., after a final sweep").
_RIGHT_BREAK = lazyre.compile(
    r"[;:]|\s[–—-]\s|,\s(?=(?:and|but|while|whereas|although|though|which|who|where|when|"
    r"after|before|as|because|since|until)\b)"
)
# The attribution tail after a fact: ", the company said", ", according to its website".
_TAIL = lazyre.compile(
    r",\s(?:[^,]{0,60}?\s)?(?:said|says|told|added|announced|confirmed|reported|wrote|stated)\b"
    r"|,?\s(?:according to|citing)\b",
    re.IGNORECASE,
)

_STOP = frozenset(
    """a an the this that these those its his her their our my your it he she they we i you
    of in on at by for from to with without into onto over under about after before since until
    till through between during within across along around than then as if so such
    and or but nor yet also too very just only still even already again not no
    is was were be been being am are has have had having do does did will would shall should
    can could may might must
    which who whom whose what when where while why how there here
    said say says told tell added according announced confirmed reported wrote stated
    day days week weeks month months year years today yesterday tomorrow night morning
    afternoon evening noon midnight weekend late early last next earlier later ago recently
    time times date dates period
    one two three four five six seven eight nine ten
    mr mrs ms dr per cent percent some many more most several other another each all both
    any new""".split()
) | frozenset(MONTHS) | frozenset(WEEKDAYS)

# A date right after a speech verb dates the statement, not the fact ("said on Friday").
SPEECH_BEFORE = lazyre.compile(
    r"\b(?:said|says|told|added|announced|confirmed|reported|wrote|stated|tweeted|posted)"
    r"(?:\s[a-z]{2,12}){0,2}\s{1,3}(?:on\s{1,3}|late\s{1,3}|early\s{1,3})?$",
    re.IGNORECASE,
)

# ... unless the verb confirms a thing ("the laboratory confirmed the bacterium on
# Wednesday", "cracks were confirmed by engineers on March 11"): the finding is the fact,
# dated like any other.
FINDING_BEFORE = lazyre.compile(
    r"(?:\bconfirmed\s{1,3}(?:the|a|an|its|their)|\b(?:was|were|been|being)\s{1,3}confirmed(?:\s{1,3}by)?)"
    r"(?:\s{1,3}[a-z]{2,20}){0,2}\s{1,3}(?:on\s{1,3}|late\s{1,3}|early\s{1,3})?$",
    re.IGNORECASE,
)

# An appositive between commas says who, not how many: "The driver, a 51-year-old with 20
# years' experience, was questioned" holds no tally (its numbers are left out of the clause);
# so does a relative aside ("The crush, which campaigners say killed 12 people, happened on").
_APPOSITIVE = lazyre.compile(
    r",\s(?:(?:a|an|aged|who|whose|which)\s[^,;:()]{1,80}|[0-9]{1,3}),(?=\s)", re.IGNORECASE)
# The words of a clause before its verb: its subject ("Emergency ambulances were diverted").
_SUBJECT_END = lazyre.compile(
    r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|could|stayed|remained)(?![\w-])"
    r"|(?<![\w-])[a-z]{3,20}ed(?![\w-])")

MIN_SHARED = 2  # content stems two clauses must share
MIN_SCORE = 0.6  # weight of the shared stems over the weight of the shorter clause
MAX_CLAUSE = 240  # characters of a clause taken into its signature


@frozen
class Signature:
    """The content stems of one clause."""

    stems: frozenset[str]


def clause_bounds(sentence: str, start: int, end: int, prev_end: int = 0, next_start: int | None = None) -> tuple[int, int]:
    """The clause around sentence[start:end]: from the previous break or the end of the
    previous date (``prev_end``) to the start of the next date (``next_start``) or the
    attribution tail, at most MAX_CLAUSE characters each side."""
    lo = max(0, prev_end, start - MAX_CLAUSE)
    hi = min(len(sentence), end + MAX_CLAUSE)
    if next_start is not None and next_start >= end:
        hi = min(hi, next_start)
    left = sentence[lo:start]
    last = None
    for m in _LEFT_BREAK.finditer(left):
        if m.group(0)[:1].isalpha() and not has_verb(left[m.end():]):
            continue  # "appeared before an investigating judge on": a phrase, not a clause
        last = m
    if last is not None:
        lo += last.end()
    for rx in (_RIGHT_BREAK, _TAIL):
        m = rx.search(sentence, end, hi)
        if m is not None:
            hi = m.start()
    # A date that ends its clause ("the ferry went down on Saturday, in the worst disaster"):
    # what follows a comma is another constituent. A fronted date ("On Monday, the council
    # closed...") has its clause on the right, so this needs words on the left.
    if len(_TOKEN.findall(sentence, lo, start)) >= 3:
        m = _COMMA.search(sentence, end, hi)
        if m is not None:
            hi = m.start()
    return lo, hi


_VERBS = frozenset(IRREGULAR_VERBS) | frozenset(AUXILIARIES)


def has_verb(text: str) -> bool:
    """Does a stretch hold a verb form (a past form, an irregular verb, an auxiliary)?"""
    for m in _TOKEN.finditer(text):
        w = m.group(0).lower()
        if w in _VERBS or len(w) >= 5 and w.endswith("ed"):
            return True
    return False


def without_appositives(text: str) -> str:
    """A clause without its appositives (", a 51-year-old with 20 years' experience,")."""
    return _APPOSITIVE.sub("", text)


def subject_stems(text: str) -> frozenset[str]:
    """Content stems of a clause's subject: the words before its first verb ("Emergency
    ambulances were diverted to..." -> ambulance, emergency); empty when no verb is found
    within the first few words (then the subject is unknown)."""
    m = _SUBJECT_END.search(text, 0, min(len(text), 120))
    if m is None or m.start() == 0:
        return frozenset()
    return signature(text[:m.start()]).stems


# "Refunds for the semi-final began on", "The inquiry into the fire opened on": a subject
# whose head noun is followed by a phrase about something else. The head names the fact.
_HEAD_PHRASE = lazyre.compile(
    r"^\s{0,3}(?:(?:the|a|an|its|their|his|her|this|that)\s{1,3})?"
    r"((?:[^\W\d_][\w’'-]{0,30}\s{1,3}){0,2}[^\W\d_][\w’'-]{0,30})"
    r"\s{1,3}(?:for|of|into|over|against|after|about|from)\s{1,3}", re.IGNORECASE)


def head_phrase(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The content stems of a clause-initial subject's head ("Refunds") and of everything
    after its prepositional phrase begins ("for the semi-final began"); empty when the clause
    does not open with such a subject or its head holds no content word ("Three days after")."""
    m = _HEAD_PHRASE.match(text)
    if m is None or has_verb(m.group(1)):
        return frozenset(), frozenset()
    head = signature(m.group(1)).stems
    if not head:
        return frozenset(), frozenset()
    return head, signature(text[m.end():]).stems


def about_other_head(a: tuple, a_stems: frozenset, b_stems: frozenset) -> bool:
    """Do all the words two clauses share sit in the phrase after the head of one clause's
    subject, whose head the other clause does not name? Then that clause is about its head
    ("Refunds for the semi-final began on April 24" is not "after the April 14 semi-final")."""
    head, phrase = a
    if not head or head & b_stems:
        return False
    return (a_stems & b_stems) <= phrase


def content_words(text: str) -> list[str]:
    """The content words of a clause as written, in order (for a finding's label)."""
    out = []
    for m in _TOKEN.finditer(text[: 2 * MAX_CLAUSE + 64]):
        w = m.group(0)
        if len(w) >= 3 and w.lower().replace("’", "'").removesuffix("'s") not in _STOP:
            out.append(w)
    return out


def signature(text: str) -> Signature:
    """Content stems of a clause: no function words, time words, speech verbs or numbers."""
    out = set()
    text = _RESTORED.sub("restored", _WENT_DOWN.sub("sank", text[: 2 * MAX_CLAUSE + 64]))
    for m in _TOKEN.finditer(text):
        w = m.group(0).lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        for part in w.split("-"):
            if len(part) < 3 or part in _STOP:
                continue
            out.add(stem(part))
    return Signature(frozenset(out))


_RESTORED_STEM = stem("restored")
# "Replayed", "rerun", "resit", "rematch": another sitting of the event.
_REPEAT_STEMS = frozenset(stem(w) for w in REPEAT_QUALIFIERS if "-" not in w)


def repeated(sig: Signature) -> bool:
    """Does a clause say an event was held again ("the semi-final was replayed on May 20")?"""
    return not sig.stems.isdisjoint(_REPEAT_STEMS)
_CLOSURE_STEMS = frozenset(stem(w) for w in CLOSURE_WORDS)


def restored(sig: Signature) -> bool:
    """Does a clause say a thing came back ("resumed", "was restored", "came back online")?"""
    return _RESTORED_STEM in sig.stems


def closed(sig: Signature) -> bool:
    """Does a clause say a thing was out of service ("stayed closed", "was suspended")?"""
    return not restored(sig) and bool(sig.stems & _CLOSURE_STEMS)


def names_closure(sig: Signature) -> bool:
    """Does a clause name a closure at all ("reopened on May 20 after being closed")?"""
    return bool(sig.stems & _CLOSURE_STEMS)


class Weights:
    """Rarity of each stem among a story's clauses: a stem in k clauses weighs 1/k."""

    def __init__(self, signatures: Sequence[Signature]):
        df: dict[str, int] = {}
        for sig in signatures:
            for s in sig.stems:
                df[s] = df.get(s, 0) + 1
        self._df = df

    def weight(self, s: str) -> float:
        return 1.0 / self._df.get(s, 1)

    def same_fact(self, a: Signature, b: Signature) -> bool:
        if (_RESTORED_STEM in a.stems) != (_RESTORED_STEM in b.stems):
            return False  # the restoration of a thing is not its cut, closure or anything else
        if repeated(a) != repeated(b):
            return False  # a replay, a rerun or a resit is another sitting
        shared = a.stems & b.stems
        if len(shared) < MIN_SHARED:
            return False
        wa = sum(self.weight(s) for s in a.stems)
        wb = sum(self.weight(s) for s in b.stems)
        shorter = min(wa, wb)
        if shorter <= 0:
            return False
        return sum(self.weight(s) for s in shared) / shorter >= MIN_SCORE

"""Attribution grading: who stands behind each sentence's claims.

Grades: named_person, named_institution, anonymous, vague, none.
"""
from __future__ import annotations

import re

from checker.model import NO_ATTRIBUTION, Attribution, Sentence

_ACCORDING = re.compile(r"\baccording to\s(?P<src>(?:the\s)?[^,.;]{2,80})", re.I)
_SAID = re.compile(r"(?P<src>(?:the\s)?(?:[A-Z][\w’'.-]{1,30}\s){0,4}[A-Za-z][\w’'.-]{1,30})\s(?:said|says|told|added|stated|announced|reported|estimated|claimed|alleged|denied|confirmed)\b")
_ANON = re.compile(r"\b(?:sources?|officials?|a\s(?:senior\s)?official|people\sfamiliar|insiders?|diplomats?)\s(?:said|say|says|told|close)\b", re.I)
_VAGUE = re.compile(r"\b(?:some\ssay|critics\s(?:say|claim)|several\scountries|it\sis\s(?:alleged|claimed|believed|reported)|are\salleged|is\salleged|reportedly|has\sbeen\slinked|have\sbeen\slinked|activists\ssay)\b", re.I)


def grade_sentence(text: str) -> Attribution:
    t = text[:2000]
    if _ANON.search(t):
        return Attribution("anonymous", _ANON.search(t).group(0))
    m = _ACCORDING.search(t)
    if m:
        src = m.group("src").strip()
        return Attribution("named_institution" if not src[:1].isupper() or len(src.split()) > 2 else "named_person", src, "according to", "neutral")
    m = _SAID.search(t)
    if m:
        src = m.group("src").strip()
        if src.split()[0].lower() in ("he", "she", "they", "it", "we", "i"):
            return Attribution("named_person", src, "said", "neutral")
        grade = "named_person" if src[:1].isupper() else "named_institution"
        return Attribution(grade, src, "said", "neutral")
    if _VAGUE.search(t):
        return Attribution("vague", _VAGUE.search(t).group(0))
    return NO_ATTRIBUTION


def attribute_sentences(sentences: tuple[Sentence, ...]) -> tuple[Attribution, ...]:
    return tuple(grade_sentence(s.text) for s in sentences)

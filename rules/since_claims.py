"""Since-claims: "negotiating since September 2018" is a date, compared across articles.

What: a "since <date>" that dates an ongoing activity ("has been negotiating since
September 2018", "has led the region since May 2016", "had not been inspected since 2019")
is aligned across articles by its activity (a verb or noun just before "since", with
synonyms such as talks/negotiating as data; a person who "has run" or "has managed" a thing
holds its top post: "who has run the trust since 2020" against "chief executive since 2019")
and compared as an interval at the stated
precision: "since September 2018" agrees with "since 2018"; "since January 2022"
contradicts "since February 2022".

Why: the start of a long-running situation is quoted in every follow-up story and drifts.

Known false positives: two different activities with the same verb in one story ("held
since March" for two detainees) are aligned when their sentences share a name or name
nobody. Record claims ("the first visit since 2005") are left to the first-since rule,
and a negated activity ("not inspected since") is only compared with negated ones.
"""
from __future__ import annotations

import re

from checker import lazyre
from checker.align import Item, judge_group, names_match, proper_names
from checker.extract.events import context_names
from checker.facts import StoryFacts
from checker.vocab.time import (
    PERSON_RUN_WORDS, PERSON_SUBJECT_WORDS, RECORD_WORDS, SINCE_ACTIVITY_GROUPS, SINCE_PARTICIPLES, SINCE_SKIP,
)
from checker.vocab.timing import SINCE_MORE_ACTIVITY_GROUPS
from rules.base import Example, Result, Rule

CODE = "DT104"
NAME = "since-claims"

LOOK_WORDS = 8  # words before "since" searched for the activity
_ACTIVITY = {w: canon for canon, words in SINCE_MORE_ACTIVITY_GROUPS.items() for w in words}
_ACTIVITY.update({w: canon for canon, words in SINCE_ACTIVITY_GROUPS.items() for w in words})
# "which has been all-seater since 2004", "has been an all-seater stadium since 2004": a state
# named by the complement of "been" (its first word), when no activity word is nearer.
_BEEN_STATE = lazyre.compile(r"(?<![\w-])(?:has|have|had)\s{1,2}(?:not\s{1,2}|never\s{1,2})?been\s{1,2}(?:an?\s{1,2}|the\s{1,2})?"
                         r"(?P<state>[a-z][a-z’'-]{2,30})(?![\w-])")
_SINCE_BEFORE = lazyre.compile(r"(?i:\bsince)\s{1,3}$")
_SINCE_INSIDE = lazyre.compile(r"^since\s", re.I)
_CLAUSE = lazyre.compile(r"[;:“”\"()]|,\s|\.\s|\bwhen\b|\bwhich\b|\bwho\b", re.I)
_WORD = lazyre.compile(r"[A-Za-z][A-Za-z’'-]{0,30}")
_RECORD = lazyre.compile(r"\b(?:" + "|".join(RECORD_WORDS) + r")\b", re.I)
_NEG = lazyre.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.I)
_SKIP = frozenset(SINCE_SKIP)
_PARTICIPLES = frozenset(SINCE_PARTICIPLES)
_PERSON_RUN = frozenset(PERSON_RUN_WORDS)
_PERSON_SUBJECT = frozenset(PERSON_SUBJECT_WORDS)


def _person_subject(words: list[str], i: int, opener: str) -> bool:
    """Is the subject of the verb ``words[i]`` a person ("who has run", "she has managed")?"""
    j = i - 1
    while j >= 0 and words[j].lower() in _SKIP:
        j -= 1
    if j >= 0:
        return words[j].lower() in _PERSON_SUBJECT
    return opener.lower() == "who"


def _activity(left: str) -> tuple[str, bool] | None:
    """(activity key, negated) from the clause just before "since", or None."""
    cut, opener = 0, ""
    for m in _CLAUSE.finditer(left):
        cut, opener = m.end(), m.group(0)
    clause = left[cut:]
    if _RECORD.search(clause):
        return None  # "the first ... since": a record claim
    words = _WORD.findall(clause)[-LOOK_WORDS:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        lw = w.lower()
        if lw in _SKIP:
            continue
        if lw in _ACTIVITY:
            if lw in _PERSON_RUN and _person_subject(words, i, opener):
                return "lead", bool(_NEG.search(clause))  # "X, who has run the trust since 2020": its head
            return _ACTIVITY[lw], bool(_NEG.search(clause))
        if w[:1].isupper():
            continue  # a name: "negotiating with Ankara since"
        if lw in _PARTICIPLES or len(lw) > 4 and lw.endswith(("ing", "ed")):
            stem = re.sub(r"(?:ing|ed)$", "", lw)[:6]
            return stem, bool(_NEG.search(clause))
    m = None
    for m in _BEEN_STATE.finditer(clause):
        pass
    if m is not None and m.group("state") not in _SKIP:
        return "be " + m.group("state"), bool(_NEG.search(clause))
    return None


def _items(story: StoryFacts):
    groups: dict[tuple, list[tuple[Item, frozenset]]] = {}
    for facts in story.articles:
        for sent, times in zip(facts.sentences, facts.times):
            for t in times:
                if t.start is None or t.form not in ("date", "month", "year", "range") or t.precision == "period":
                    continue
                inside = bool(_SINCE_INSIDE.match(t.text))
                left = sent.text[max(0, t.start_offset - 160):t.start_offset]
                if not inside and not _SINCE_BEFORE.search(left):
                    continue
                if not inside:
                    left = left[:_SINCE_BEFORE.search(left).start()]
                act = _activity(left)
                if act is None:
                    continue
                since_at = sent.text.rfind("since", max(0, t.start_offset - 12), t.start_offset + 5)
                s = since_at if since_at >= 0 else t.start_offset
                claim = facts.claim(sent, s, t.end_offset, f"since {t.value()}")
                names = (proper_names(sent.text), context_names(facts, sent.index))
                groups.setdefault(act, []).append((Item(claim, (t.start, t.end), (t.start, t.end)), names))
    return groups


def _compatible(a: Item, b: Item) -> bool:
    (a0, a1), (b0, b1) = a.data, b.data
    return a0 <= b1 and b0 <= a1


def check(story: StoryFacts):
    for (activity, negated), pairs in sorted(_items(story).items()):
        names_of = {id(it): n for it, n in pairs}
        items = [it for it, _ in pairs]

        def comp(a: Item, b: Item, names_of=names_of):
            (own_a, ctx_a), (own_b, ctx_b) = names_of[id(a)], names_of[id(b)]
            if not (names_match(own_a, own_b) or names_match(ctx_a, ctx_b)):
                return None  # could not align: the sentences name different parties
            return _compatible(a, b)

        what = ("not " if negated else "") + activity
        for v in judge_group(items, comp, single_source=False):
            if v.kind == "contradiction":
                msg = f"Since when ({what})? " + " vs ".join(v.values)
            else:
                msg = f"Since-dates agree ({what}): " + ", ".join(v.values)
            yield Result(v.kind, f"since ({what})", msg, v.claims)


RULE = Rule(
    code=CODE, name=NAME, kinds=("contradiction", "agreement"), check=check,
    examples=(
        Example({"a.txt": "Published 2 March 2023\n\nThe union has been negotiating with the company since January 2022.",
                 "b.txt": "Published 3 March 2023\n\nThe union has been in talks with the company since February 2022."},
                kind="contradiction", contains=("since January 2022", "since February 2022")),
        Example({"a.txt": "She has been negotiating the terms of that visit since September 2018.",
                 "b.txt": "The official has been negotiating with the government since September 2018."},
                kind="agreement"),
        Example({"a.txt": "It was the first visit by a minister since 2005.",
                 "b.txt": "It was the first visit by a minister since 2009."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 6 Feb 2026\n\nThe building code has not been revised since 2007, engineers say.",
                 "b.txt": "Published 9 Feb 2026\n\nThe building code, which has not been updated since 2007, will be rewritten."},
                kind="agreement", contains=("since 2007",)),
        Example({"a.txt": "Published 6 Feb 2026\n\nThe bridge has not been inspected since 2015.",
                 "b.txt": "Published 9 Feb 2026\n\nThe bridge had not been checked since 2018, the council admitted."},
                kind="contradiction", contains=("since 2015", "since 2018")),
        Example({"a.txt": "The dam had not been inspected since 2019.",
                 "b.txt": "The dam has been monitored since 2021."},
                absent=("contradiction",)),
    ),
)

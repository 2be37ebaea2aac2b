"""Aligning one fact across articles and judging the group.

``judge_group`` is shared by every rule that compares values: claims of one fact, each with
a value key and a compatibility test, become agreements, contradictions or single-source
findings. Claims are only compared across articles, never within one.
"""
from __future__ import annotations

import difflib
import re
from typing import Callable, Hashable, Sequence, TypeVar

from attrs import frozen

from checker import lazyre
from checker.model import Claim

T = TypeVar("T")

_CAP = lazyre.compile(r"(?<![\w’'])[A-Z][A-Za-z’'-]{1,30}")
_POSSESSIVE = lazyre.compile(r"(?:’s|'s)$")
_COMMON_CAPS = frozenset(
    "the a an he she it they we i in on at by for from to of and but or as this that these those "
    "his her their its our mr mrs ms dr prof president minister chief spokesman spokeswoman "
    "spokesperson official officials police according asked meanwhile however also after before "
    "while when where who what which there here during since until with without monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december last next earlier later today yesterday "
    "tomorrow some several many most sources critics activists analysts".split()
)


def proper_names(sentence: str) -> frozenset[str]:
    """Capitalised words of a sentence, lower-cased, minus sentence-initial function words."""
    out = set()
    for m in _CAP.finditer(sentence[:2000]):
        w = _POSSESSIVE.sub("", m.group(0).lower().strip("’'"))
        if w not in _COMMON_CAPS and len(w) > 1:
            out.add(w)
    return frozenset(out)


def names_match(a: frozenset[str], b: frozenset[str], exclude: frozenset[str] = frozenset()) -> bool:
    """Do two sentences name a common entity? Spelling variants match (difflib >= 0.8)."""
    a, b = a - exclude, b - exclude
    if not a or not b:
        return True  # one side names nobody: nothing to tell them apart
    if a & b:
        return True
    for x in a:
        for y in b:
            if abs(len(x) - len(y)) <= 2 and x[:1] == y[:1]:
                sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
                if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8 and sm.ratio() >= 0.8:
                    return True
    return False


@frozen
class Verdict:
    kind: str  # agreement | contradiction | single_source
    claims: tuple[Claim, ...]
    values: tuple[str, ...]
    # A large group's contradiction, side against side (see ``judge_group``): the claims of
    # each side. None for a contradiction between two values (each side is one value).
    sides: tuple[tuple[Claim, ...], tuple[Claim, ...]] | None = None


@frozen
class Item:
    """One claim in a group with the data its rule compares."""

    claim: Claim
    key: Hashable  # equal keys are the same value
    data: object  # rule-specific value (interval, figure...)


EXACT_CLASSES = 14  # up to this many value classes the best agreeing set is searched exactly


# Contradictions are reported article pair by article pair for a desk's handful of articles;
# past this many on one fact, side against side (pairs would grow with the square of a story).
MAX_PAIRWISE_ARTICLES = 8
MAX_SIDES = 8  # rounds of side against side in one large group (each round is linear)
# Nor past this many different values of one fact (two long articles listing dozens of
# dated clauses alike): pairs of values would grow with the square of the articles.
MAX_PAIRWISE_CLASSES = 32
MAX_SHOWN_VALUES = 6  # values spelled out on one side of a large group's contradiction


def judge_group(
    items: Sequence[Item],
    compatible: Callable[[Item, Item], bool | None],
    single_source: bool = True,
    clusters: bool = False,
) -> list[Verdict]:
    """Judge claims of one fact. ``compatible`` returns None for "cannot be compared".

    The agreement is the set of mutually compatible value classes that spans the most
    articles (then the most claims). With ``clusters``, contradictions are reported between
    clusters of mutually compatible values (one finding for "a, c and d say X; b says Y")
    instead of between every pair of incompatible values.
    """
    articles = {it.claim.article for it in items}
    if len(articles) < 2:
        if single_source and items:
            return [Verdict("single_source", tuple(it.claim for it in items),
                            tuple(dict.fromkeys(it.claim.value for it in items)))]
        return []
    # Value classes: one representative per key.
    classes: dict[Hashable, list[Item]] = {}
    for it in items:
        classes.setdefault(it.key, []).append(it)
    keys = list(classes)
    arts_of = [frozenset(x.claim.article for x in classes[k]) for k in keys]
    if len(articles) > MAX_PAIRWISE_ARTICLES or len(keys) > MAX_PAIRWISE_CLASSES:
        return _judge_large([classes[k] for k in keys], arts_of, compatible)
    out: list[Verdict] = []
    incompatible: set[tuple[int, int]] = set()
    blocked: list[set[int]] = [set() for _ in keys]  # classes that cannot agree with each class
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if arts_of[i] == arts_of[j] and len(arts_of[i]) == 1:
                continue  # two values from one article: not a cross-source question
            a, b = classes[keys[i]], classes[keys[j]]
            verdict = compatible(a[0], b[0])
            if verdict is False:
                incompatible.add((i, j))
                if not clusters:
                    claims = tuple(x.claim for x in a) + tuple(x.claim for x in b)
                    out.append(Verdict("contradiction", claims, (a[0].claim.value, b[0].claim.value)))
            if verdict is False or verdict is None:
                blocked[i].add(j)
                blocked[j].add(i)

    def fits(k: int, chosen) -> bool:
        return blocked[k].isdisjoint(chosen)

    order = sorted(range(len(keys)), key=lambda k: (-len(arts_of[k]), -len(classes[keys[k]]), str(keys[k])))

    def best_set(pool: list[int]) -> list[int]:
        return _best_compatible(pool, fits, arts_of, [len(classes[k]) for k in keys])

    chosen = best_set(order)
    agreeing = [x for k in chosen for x in classes[keys[k]]]
    if clusters and incompatible:
        groups: list[list[int]] = []
        rest = list(order)
        while rest:
            g = best_set(rest) or rest[:1]
            groups.append(sorted(g, key=order.index))
            rest = [k for k in rest if k not in g]
        for gi in range(len(groups)):
            for gj in range(gi + 1, len(groups)):
                a, b = groups[gi], groups[gj]
                if not any((min(x, y), max(x, y)) in incompatible for x in a for y in b):
                    continue
                claims = tuple(c.claim for k in a + b for c in classes[keys[k]])
                if len({c.article for c in claims}) < 2:
                    continue
                values = (", ".join(dict.fromkeys(classes[keys[k]][0].claim.value for k in a)),
                          ", ".join(dict.fromkeys(classes[keys[k]][0].claim.value for k in b)))
                out.append(Verdict("contradiction", claims, values))
    if len({x.claim.article for x in agreeing}) >= 2:
        out.append(Verdict("agreement", tuple(x.claim for x in agreeing),
                           tuple(dict.fromkeys(x.claim.value for x in agreeing))))
    return out


def _judge_large(classes: list[list[Item]], arts_of: list[frozenset], compatible) -> list[Verdict]:
    """A fact stated by more than ``MAX_PAIRWISE_ARTICLES`` articles (hundreds of short items
    about one event, each with its own figure), or with more than ``MAX_PAIRWISE_CLASSES``
    values: side against side, never value against value, so that findings and time grow
    with the story, not with its square.

    A round takes the remaining value classes, most articles first, and grows one side of
    mutually compatible values (the first round's side is the agreement); the classes that
    contradict a member of the side are the other side (one contradiction), those that cannot
    be compared with it go to the next round. At most ``MAX_SIDES`` rounds; each compares a
    class with the side's members only.
    """
    order = sorted(range(len(classes)), key=lambda k: (-len(arts_of[k]), -len(classes[k]), str(classes[k][0].key)))
    out: list[Verdict] = []
    rest = order
    for rnd in range(MAX_SIDES):
        if not rest:
            break
        side: list[int] = []
        opposed: list[int] = []
        later: list[int] = []
        for k in rest:
            verdict: bool | None = True
            for s in side:
                if arts_of[k] == arts_of[s] and len(arts_of[k]) == 1:
                    continue  # two values from one article: not a cross-source question
                v = compatible(classes[k][0], classes[s][0])
                if v is False:
                    verdict = False
                    break
                if v is None:
                    verdict = None
            (side if verdict is True else opposed if verdict is False else later).append(k)
        mine = tuple(x.claim for k in side for x in classes[k])
        theirs = tuple(x.claim for k in opposed for x in classes[k])
        if opposed and len({c.article for c in mine + theirs}) >= 2:
            out.append(Verdict("contradiction", mine + theirs,
                               (_shown_values(classes, side), _shown_values(classes, opposed)), (mine, theirs)))
        if rnd == 0 and len({c.article for c in mine}) >= 2:
            out.append(Verdict("agreement", mine, tuple(dict.fromkeys(c.value for c in mine))))
        rest = later
    return out


def _shown_values(classes: list[list[Item]], ks: list[int]) -> str:
    values = list(dict.fromkeys(classes[k][0].claim.value for k in ks))
    more = len(values) - MAX_SHOWN_VALUES
    return ", ".join(values[:MAX_SHOWN_VALUES]) + (f" and {more} more" if more > 0 else "")


def _best_compatible(pool: list[int], fits, arts_of, sizes) -> list[int]:
    """The mutually compatible subset of ``pool`` spanning the most articles, then claims.

    Exact (branch and bound) for small pools, greedy in ``pool`` order otherwise; ties go to
    the subset found first in ``pool`` order, so the result is deterministic.
    """
    if len(pool) > EXACT_CLASSES:
        chosen: list[int] = []
        for k in pool:
            if fits(k, chosen):
                chosen.append(k)
        return chosen
    best: list = [(-1, -1), []]
    # The articles of pool[i:], for every i: the bound of what a branch can still add.
    remaining = [frozenset()] * (len(pool) + 1)
    for i in range(len(pool) - 1, -1, -1):
        remaining[i] = remaining[i + 1] | arts_of[pool[i]]

    def walk(i: int, sel: list[int], arts: frozenset, size: int):
        # ARTS and SIZE are the articles and claims of SEL: its score, kept up to date.
        s = (len(arts), size)
        if s > best[0]:
            best[0], best[1] = s, list(sel)
        if i >= len(pool):
            return
        if len(arts | remaining[i]) < best[0][0]:
            return  # even taking everything left cannot span more articles
        k = pool[i]
        if fits(k, sel):
            walk(i + 1, sel + [k], arts | arts_of[k], size + sizes[k])
        walk(i + 1, sel, arts, size)

    walk(0, [], frozenset(), 0)
    del walk  # (a recursive closure is a reference cycle: emptying its cell frees it now)
    return best[1]

"""Evaluation: precision and recall on labelled stories and on one-edit mutations.

A labelled story is a directory of articles plus ``gold.toml`` (format in
eval/stories/README.md): ``[[expect]]`` findings that must be reported and ``[[forbid]]``
findings that must not. The gold is complete for contradictions, so every reported
contradiction that matches no ``expect`` counts against precision.

The mutation harness takes a story, applies one edit to one article (a date, a range end, a
figure, a hedge, a year, a quote word, a weekday) chosen so that the edited value cannot
agree any more, and checks that a new contradiction involving the edited article appears
and that no finding about the other articles changes.
"""
from __future__ import annotations

import os
import re
import tomllib
from typing import Iterable

from attrs import field, frozen

from checker.articles import article_from_text
from checker.engine import check_story
from checker.model import Article, Finding

KINDS = ("contradiction", "agreement", "single_source", "unsourced", "superseded")
FLOOR = 0.95  # CI fails below this recall or precision on contradictions


@frozen
class GoldEntry:
    kind: str
    articles: tuple[str, ...]
    rule: str | None = None
    contains: tuple[str, ...] = ()
    note: str = ""
    stretch: bool = False  # a hard case: a hit counts for precision, a miss not against recall


@frozen
class Gold:
    expect: tuple[GoldEntry, ...]
    forbid: tuple[GoldEntry, ...]


@frozen
class StoryResult:
    name: str
    findings: tuple[Finding, ...]
    found: tuple[tuple[GoldEntry, Finding | None], ...]  # every expect with its match (or None)
    false: tuple[tuple[Finding, str], ...]  # reported findings counted as false, with the reason


@frozen
class Mutation:
    story: str
    article: str  # file name
    kind: str  # date | range | figure | hedge | year | quote | weekday
    before: str
    after: str
    rule: str  # the rule expected to report the contradiction
    offset: int = 0  # where in the article text


@frozen
class MutationResult:
    mutation: Mutation
    caught: bool
    unrelated: tuple[str, ...] = field(factory=tuple)  # messages of findings that changed elsewhere
    false_contradictions: int = 0


class GoldError(ValueError):
    """A gold.toml that cannot be read as labels (the message names the file and the entry)."""


def _entry(d: dict, path: str, section: str, n: int, default_kind: str | None = None) -> GoldEntry:
    kind = d.get("kind", default_kind)
    if not isinstance(d, dict) or kind is None:
        raise GoldError(f"{path}: [[{section}]] entry {n} has no 'kind'")
    return GoldEntry(kind, tuple(d.get("articles", ())), d.get("rule"), tuple(d.get("contains", ())),
                     d.get("note", ""), bool(d.get("stretch", False)))


def load_gold(path: str) -> Gold:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: {exc}") from None
    # A forbid without a kind forbids calling the pair a contradiction (the usual forbid:
    # "a missed deadline is superseded, not a contradiction").
    return Gold(tuple(_entry(e, path, "expect", i) for i, e in enumerate(data.get("expect", ()), 1)),
                tuple(_entry(e, path, "forbid", i, "contradiction") for i, e in enumerate(data.get("forbid", ()), 1)))


def load_story(directory: str, files: dict[str, str] | None = None) -> list[Article]:
    name = os.path.basename(os.path.normpath(directory))
    if files is None:
        files = {}
        for fn in sorted(os.listdir(directory)):
            if fn.endswith((".txt", ".md")) and fn.lower() != "readme.md":
                with open(os.path.join(directory, fn), encoding="utf-8-sig") as fh:
                    files[fn] = fh.read()
    return [article_from_text(text, os.path.join(directory, fn), name) for fn, text in sorted(files.items())]


def matches(f: Finding, e: GoldEntry, rule_strict: bool = True) -> bool:
    if f.kind != e.kind or (rule_strict and e.rule and f.rule != e.rule):
        return False
    names = {os.path.basename(c.path) for c in f.claims}
    if not set(e.articles) <= names:
        return False
    hay = [c.quote + "\x00" + c.text for c in f.claims]
    return all(any(s in h for h in hay) for s in e.contains)


def score_story(name: str, findings: Iterable[Finding], gold: Gold) -> StoryResult:
    findings = tuple(findings)
    found = []
    for e in gold.expect:
        hit = next((f for f in findings if matches(f, e)), None)
        if hit is None:  # the right finding from a neighbouring rule still counts as found
            hit = next((f for f in findings if matches(f, e, rule_strict=False)), None)
        found.append((e, hit))
    false = []
    for f in findings:
        # a finding the gold expects is never forbidden: a forbid's snippets are also searched in
        # the whole sentence, which may hold another, unrelated figure
        expected = any(matches(f, e) for e in gold.expect)
        forbidden = None if expected else next((e for e in gold.forbid if matches(f, e)), None)
        if forbidden is not None:
            false.append((f, f"forbidden: {forbidden.note}"))
        elif f.kind == "contradiction" and not any(matches(f, e, rule_strict=False) for e in gold.expect):
            false.append((f, "contradiction not in the gold"))
    return StoryResult(name, findings, tuple(found), tuple(false))


def evaluate_story(directory: str, gold_path: str | None = None) -> StoryResult:
    articles = load_story(directory)
    name = os.path.basename(os.path.normpath(directory))
    gold = load_gold(gold_path or os.path.join(directory, "gold.toml"))
    return score_story(name, check_story(name, articles), gold)


# --- mutations -------------------------------------------------------------------------

_DAY_IN = re.compile(r"(?<![0-9])([0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])")
_YEAR_IN = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
_NUMBER_IN = re.compile(r"(?<![0-9.,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)(?![0-9])")
_WORD_NUMBERS = {"one": "three", "two": "six", "three": "nine", "four": "twelve", "five": "fifteen",
                 "a million": "three million", "a thousand": "three thousand", "a hundred": "three hundred",
                 "dozens": "thousands", "hundreds": "tens of thousands", "thousands": "millions"}
_LOWER = re.compile(r"\b(?:at least|more than|over|above|in excess of|upwards of|nearly|almost)\s*$", re.I)
_UPPER = re.compile(r"\b(?:up to|as many as|fewer than|less than|under|below|at most|no more than)\s*$", re.I)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_DATE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r"),?\s(?:the\s)?(?:[0-3]?[0-9]\s[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s[0-3]?[0-9])\b")
_QUOTE_WORD = re.compile(r"[A-Za-z]{5,}")
_SUBSTITUTES = ("serious", "modest", "urgent", "limited", "several", "private", "notable", "recent", "careful", "strong")


def _format_number(value: float, like: str) -> str:
    if "," in like:
        return f"{int(round(value)):,}"
    if "." in like:
        return f"{value:.1f}"
    return str(int(round(value)))


def _mutate_date(quote: str) -> str | None:
    if _YEAR_IN.search(quote) and not re.search(r"[A-Za-z]{3,}\.?\s[0-3]?[0-9]|[0-3]?[0-9]\s[A-Za-z]{3,}", quote):
        return _YEAR_IN.sub(lambda m: str(int(m.group(1)) + 2), quote, count=1)
    days = [m for m in _DAY_IN.finditer(quote) if not _YEAR_IN.fullmatch(m.group(1)) and 1 <= int(m.group(1)) <= 31]
    if not days:
        return None
    m = days[-1]  # the range end, or the only day
    d = int(m.group(1))
    new = d + 3 if d <= 25 else d - 5
    if len(days) >= 2 and new <= int(days[0].group(1)):
        new = min(28, d + 2)
    return quote[:m.start(1)] + str(new) + quote[m.end(1):]


def _mutate_figure(quote: str, partners: list[str]) -> str | None:
    lower = any(_LOWER.search(p[: max(0, p.find(_first_number(p) or "\x00"))] or "") for p in partners)
    upper = any(_UPPER.search(p[: max(0, p.find(_first_number(p) or "\x00"))] or "") for p in partners)
    if lower and upper:
        return None
    m = _NUMBER_IN.search(quote)
    if m:
        v = float(m.group(1).replace(",", ""))
        nv = v / 10 if lower else v * 10
        if nv < 1:
            return None
        return quote[:m.start(1)] + _format_number(nv, m.group(1)) + quote[m.end(1):]
    for word, repl in _WORD_NUMBERS.items():
        i = quote.lower().find(word)
        if i >= 0 and not lower:
            return quote[:i] + repl + quote[i + len(word):]
    return None


def _first_number(text: str) -> str | None:
    m = _NUMBER_IN.search(text)
    return m.group(1) if m else None


def _mutate_quote(quote: str) -> str | None:
    words = sorted(_QUOTE_WORD.finditer(quote), key=lambda m: (-len(m.group(0)), m.start()))
    for m in words:
        w = m.group(0)
        sub = next((s for s in _SUBSTITUTES if s != w.lower()), None)
        if sub:
            return quote[:m.start()] + (sub.capitalize() if w[0].isupper() else sub) + quote[m.end():]
    return None


_MUTATORS = {
    "event-dates": ("date", lambda q, p: _mutate_date(q)),
    "since-claims": ("date", lambda q, p: _mutate_date(q)),
    "first-since": ("year", lambda q, p: _YEAR_IN.sub(lambda m: str(int(m.group(1)) - 3), q, count=1) if _YEAR_IN.search(q) else None),
    "figures": ("figure", _mutate_figure),
    "quotes": ("quote", lambda q, p: _mutate_quote(q)),
}


def generate_mutations(name: str, articles: list[Article], findings: Iterable[Finding]) -> list[Mutation]:
    """One-edit mutations from the agreements of a story, plus weekday edits."""
    out: list[Mutation] = []
    seen: set[tuple[str, int]] = set()
    for f in findings:
        if f.kind != "agreement" or f.rule not in _MUTATORS:
            continue
        kind, mutate = _MUTATORS[f.rule]
        for c in f.claims:
            fn = os.path.basename(c.path)
            key = (fn, c.span.start)
            if key in seen:
                continue
            partners = [o.quote for o in f.claims if o.article != c.article]
            if not partners:
                continue
            new = mutate(c.quote, partners)
            if not new or new == c.quote:
                continue
            seen.add(key)
            if kind == "date" and re.search(r"[0-3]?[0-9]\s?[-–—]\s?[0-3]?[0-9]|\bto\s[0-3]?[0-9]", c.quote):
                kind_here = "range"
            else:
                kind_here = kind
            out.append(Mutation(name, fn, kind_here, c.quote, new, f.rule, c.span.start))
            break  # one edit per agreement
    for a in articles:
        fn, text = os.path.basename(a.path), a.text
        for m in _WEEKDAY_DATE.finditer(text):
            real = _real_weekday(m.group(0), a.published)
            if real is None:
                continue
            wrong = _WEEKDAYS[(real + 2) % 7]  # certainly not the day that date fell on
            out.append(Mutation(name, fn, "weekday", m.group(0), m.group(0).replace(m.group(1), wrong, 1),
                                "calendar-consistency", m.start()))
            break
    return out


def _real_weekday(phrase: str, published) -> int | None:
    """The weekday the date in "Sunday, June 3" fell on, in the article's year."""
    import datetime as dt

    from checker.vocab.time import MONTHS

    if published is None:
        return None
    month = next((MONTHS[w.lower().rstrip(".")] for w in re.findall(r"[A-Za-z]+\.?", phrase)[1:]
                  if w.lower().rstrip(".") in MONTHS), None)
    day = re.search(r"(?<![0-9])([0-3]?[0-9])(?![0-9])", phrase)
    if month is None or day is None:
        return None
    try:
        return dt.date(published.year, month, int(day.group(1))).weekday()
    except ValueError:
        return None


def apply(articles: list[Article], mutation: Mutation) -> dict[str, str]:
    files = {}
    for a in articles:
        fn = os.path.basename(a.path)
        text = a.text
        if fn == mutation.article:
            o = mutation.offset
            assert text[o:o + len(mutation.before)] == mutation.before
            text = text[:o] + mutation.after + text[o + len(mutation.before):]
        files[fn] = text
    return files


def run_mutation(directory: str, articles: list[Article], baseline: tuple[Finding, ...], mutation: Mutation) -> MutationResult:
    name = os.path.basename(os.path.normpath(directory))
    mutated = load_story(directory, apply(articles, mutation))
    after = check_story(name, mutated)
    edited = mutation.article

    def involves(f: Finding) -> bool:
        return any(os.path.basename(c.path) == edited for c in f.claims)

    before_ids = {f.id for f in baseline}
    new = [f for f in after if f.id not in before_ids]
    caught = any(f.kind == "contradiction" and involves(f) for f in new)
    after_ids = {f.id for f in after}
    # The other claims of the edited fact may regroup (new fingerprints): same rule and topic
    # as a finding that involves the edited article is related, anything else is not.
    touched = {(f.rule, f.topic) for f in (*baseline, *after) if involves(f)}

    def related(f: Finding) -> bool:
        return involves(f) or (f.rule, f.topic) in touched

    changed = [f for f in new if not related(f)] + [f for f in baseline if f.id not in after_ids and not related(f)]
    false_c = sum(1 for f in new if f.kind == "contradiction" and not related(f))
    return MutationResult(mutation, caught, tuple(f"{f.kind} {f.rule}: {f.message}" for f in changed), false_c)


def mutations_for(directory: str) -> tuple[list[Article], tuple[Finding, ...], list[Mutation]]:
    articles = load_story(directory)
    name = os.path.basename(os.path.normpath(directory))
    baseline = check_story(name, articles)
    return articles, baseline, generate_mutations(name, articles, baseline)


# --- the report -------------------------------------------------------------------------

@frozen
class Evaluation:
    stories: tuple[StoryResult, ...]
    mutations: tuple[MutationResult, ...]

    def recall(self, kind: str = "contradiction", rule: str | None = None) -> tuple[int, int]:
        hits = total = 0
        for s in self.stories:
            for e, f in s.found:
                if e.kind == kind and (rule is None or e.rule == rule) and not e.stretch:
                    total += 1
                    hits += f is not None
        if kind == "contradiction":
            for m in self.mutations:
                if rule is None or m.mutation.rule == rule:
                    total += 1
                    hits += m.caught
        return hits, total

    @staticmethod
    def rate(pair: tuple[int, int]) -> float:
        hit, total = pair
        return hit / total if total else 1.0

    def precision(self, kind: str = "contradiction", rule: str | None = None) -> tuple[int, int]:
        true = reported = 0
        for s in self.stories:
            false_ids = {f.id for f, _ in s.false}
            for f in s.findings:
                if f.kind == kind and (rule is None or f.rule == rule):
                    reported += 1
                    true += f.id not in false_ids
        if kind == "contradiction":
            for m in self.mutations:
                if rule is None or m.mutation.rule == rule:
                    reported += m.caught + m.false_contradictions
                    true += m.caught
        return true, reported


def evaluate(directories: list[str], extra: list[tuple[str, str]] = ()) -> Evaluation:
    """Labelled story directories, plus (directory, gold file) pairs such as the samples."""
    stories, mutations = [], []
    for d in directories:
        stories.append(evaluate_story(d))
    for d, gold in extra:
        stories.append(evaluate_story(d, gold))
    for d in list(directories) + [d for d, _ in extra]:
        articles, baseline, muts = mutations_for(d)
        for m in muts:
            mutations.append(run_mutation(d, articles, baseline, m))
    return Evaluation(tuple(stories), tuple(mutations))


def _ratio(pair: tuple[int, int]) -> str:
    hit, total = pair
    return f"{hit / total:.3f} ({hit}/{total})" if total else "n/a (0/0)"


def format_evaluation(ev: Evaluation) -> str:
    lines = ["crosscheck evaluation", ""]
    rules = sorted({e.rule for s in ev.stories for e, _ in s.found if e.rule} | {f.rule for s in ev.stories for f in s.findings})
    lines.append(f"{'kind':<15}{'recall':>22}{'precision':>24}")
    for k in KINDS:
        prec = _ratio(ev.precision(k)) if k == "contradiction" else f"{len([1 for s in ev.stories for f, _ in s.false if f.kind == k])} forbidden hits"
        lines.append(f"{k:<15}{_ratio(ev.recall(k)):>22}{prec:>24}")
    lines += ["", f"{'rule (contradictions)':<24}{'recall':>22}{'precision':>24}"]
    for r in rules:
        lines.append(f"{r:<24}{_ratio(ev.recall('contradiction', r)):>22}{_ratio(ev.precision('contradiction', r)):>24}")
    caught = sum(m.caught for m in ev.mutations)
    lines += ["", f"mutations: {caught}/{len(ev.mutations)} caught; "
              f"{sum(1 for m in ev.mutations if m.unrelated)} with unrelated changes"]
    lines += ["", "misses:"]
    for s in ev.stories:
        for e, f in s.found:
            if f is None and not e.stretch:
                lines.append(f"  {s.name}: {e.kind} {e.rule or ''} {list(e.articles)} {list(e.contains)} — {e.note}")
    for m in ev.mutations:
        if not m.caught:
            mu = m.mutation
            lines.append(f"  mutation {mu.story}/{mu.article} {mu.kind}: {mu.before!r} -> {mu.after!r} ({mu.rule})")
    lines += ["", "false findings:"]
    for s in ev.stories:
        for f, why in s.false:
            arts = sorted({os.path.basename(c.path) for c in f.claims})
            lines.append(f"  {s.name}: {f.kind} {f.rule} {arts}: {f.message} [{why}]")
    for m in ev.mutations:
        for u in m.unrelated:
            mu = m.mutation
            lines.append(f"  mutation {mu.story}/{mu.article} {mu.before!r}->{mu.after!r} changed: {u}")
    return "\n".join(lines) + "\n"


def story_dirs(root: str) -> list[str]:
    return sorted(os.path.join(root, d) for d in os.listdir(root)
                  if os.path.isfile(os.path.join(root, d, "gold.toml")))

"""The values that flow through the pipeline; all frozen, collections are tuples.

"Not stated" is ``None``, never a default value.
"""
from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

import re

from attrs import field, frozen

from checker import lazyre

_NEWLINE = lazyre.compile(r"\r\n|\r|\n")

KINDS = ("contradiction", "unsourced", "single_source", "superseded", "agreement")
SEVERITIES = ("error", "warning", "info")
GRADES = ("named_person", "named_institution", "anonymous", "vague", "none")


@frozen
class Span:
    """A half-open character range of an article's text, with its 1-based position."""

    start: int
    end: int
    line: int
    column: int


class LineIndex:
    """Maps character offsets to 1-based line and column.

    Lines break on ``\\n``, ``\\r\\n`` and a lone ``\\r``; nothing else (VT, FF, NEL and
    U+2028 stay inside a line) so that every editor agrees with our line numbers. The line
    starts are found on first use: an article whose findings come from the cache never
    needs them.
    """

    __slots__ = ("_text", "_starts")

    def __init__(self, starts: tuple[int, ...] | None = None, text: str | None = None):
        self._starts = starts
        self._text = text

    @classmethod
    def of(cls, text: str) -> "LineIndex":
        return cls(None, text)

    @property
    def starts(self) -> tuple[int, ...]:
        if self._starts is None:
            text = self._text
            if "\r" in text:
                self._starts = (0, *(m.end() for m in _NEWLINE.finditer(text)))
            else:
                # The common case, all in C: line starts are running sums of (line length + 1).
                lengths = map(len, text.split("\n")[:-1])
                self._starts = (0, *accumulate(map((1).__add__, lengths)))
            self._text = None
        return self._starts

    def position(self, offset: int) -> tuple[int, int]:
        starts = self._starts or self.starts
        k = bisect_right(starts, offset) - 1
        return k + 1, offset - starts[k] + 1

    def span(self, start: int, end: int) -> Span:
        # position() inlined: a span is made for every sentence and every claim.
        starts = self._starts or self.starts
        k = bisect_right(starts, start) - 1
        return Span(start, end, k + 1, start - starts[k] + 1)

    def __eq__(self, other):
        return self.starts == other.starts if isinstance(other, LineIndex) else NotImplemented

    def __hash__(self):
        return hash(self.starts)

    def __reduce__(self):
        # The text, not the offsets: it is the article's own text, which pickle stores once.
        return LineIndex, (self._starts, self._text)


@frozen
class Article:
    """One article file, decoded; ``text`` is the original (BOM removed) that spans index."""

    id: str
    path: str
    story: str
    text: str = field(repr=False)
    outlet: str | None
    published: _dt.date | None
    title: str | None
    # Character ranges left out of the claims (advertisements, captions, trailers...).
    boilerplate: tuple[tuple[int, int], ...] = ()
    lines: LineIndex = field(default=None, repr=False, eq=False)

    def span(self, start: int, end: int) -> Span:
        return self.lines.span(start, end)


@frozen
class Sentence:
    article: str
    index: int
    span: Span
    text: str
    paragraph: int


@frozen
class Attribution:
    """Who stands behind a claim. ``grade`` is one of GRADES."""

    grade: str
    source: str | None = None
    cue: str | None = None
    stance: str | None = None  # neutral | distancing | estimate | denial
    # The kind of source, for attribution drift: government, international, ngo, media,
    # police, court, company, expert, document, anonymous, vague... None when unknown.
    category: str | None = None


NO_ATTRIBUTION = Attribution("none")


@frozen
class Claim:
    """One extracted fact as it appears in one article."""

    article: str
    path: str
    span: Span
    quote: str
    text: str  # the sentence that carries the claim
    value: str  # normalised value (ISO date/interval, number with its bound, ...)
    attribution: Attribution = NO_ATTRIBUTION


@frozen
class Finding:
    kind: str
    rule: str  # kebab-case rule name
    code: str  # stable rule code, e.g. DT101
    severity: str
    topic: str
    message: str
    claims: tuple[Claim, ...]
    id: str = ""
    note: str | None = None
    # Word-level differences for quotes: tuples of (op, words) with op in equal/delete/insert.
    diff: tuple[tuple[str, str], ...] | None = None


@frozen
class FileError:
    path: str
    message: str
    code: str = "error"  # machine-readable class: binary, decode-error, io-error, ...


@frozen
class Story:
    name: str
    articles: tuple[str, ...]  # article ids


class Part:
    """One story's findings as the engine produced them, with what it prepared for them:
    ``pickled`` (the findings pickled, as the cache stores them: they are only unpickled when
    someone reads a finding), ``texts`` (their JSON, see ``checker.report.json.pack``) and
    ``briefs`` ((kind, severity) of each)."""

    __slots__ = ("_findings", "pickled", "texts", "briefs")

    def __init__(self, findings: tuple[Finding, ...] | None, pickled: bytes | None,
                 texts: bytes | None, briefs: tuple[tuple[str, str], ...]):
        self._findings = findings
        self.pickled = pickled
        self.texts = texts
        self.briefs = briefs

    def __reduce__(self):
        return Part, (None if self.pickled is not None else self._findings, self.pickled, self.texts, self.briefs)

    @property
    def findings(self) -> tuple[Finding, ...]:
        if self._findings is None:
            import pickle  # noqa: PLC0415

            self._findings = pickle.loads(self.pickled)
        return self._findings


class Findings(Sequence):
    """A report's findings, story by story: a sequence of Finding like a tuple (and equal to
    one), except that a story read from the cache or a worker is only unpickled when one of
    its findings is read. The JSON report writes stored texts without unpickling anything;
    the exit status and summary use ``briefs``. Anything that changes the findings (severity
    configuration, --changed, a baseline) makes a plain tuple of them."""

    __slots__ = ("parts", "_flat", "_len")

    def __init__(self, parts: Sequence[Part]):
        self.parts = tuple(parts)
        self._flat: tuple[Finding, ...] | None = None
        self._len = sum(len(p.briefs) for p in self.parts)

    def _all(self) -> tuple[Finding, ...]:
        if self._flat is None:
            self._flat = tuple(f for p in self.parts for f in p.findings)
        return self._flat

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i):
        return self._all()[i]

    def __iter__(self):
        if self._flat is not None:
            return iter(self._flat)
        return (f for p in self.parts for f in p.findings)

    def briefs(self):
        return (b for p in self.parts for b in p.briefs)

    def __eq__(self, other):
        if isinstance(other, Findings):
            other = other._all()
        return self._all() == other if isinstance(other, tuple) else NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        return hash(self._all())

    def __repr__(self):
        return repr(self._all())

    def __reduce__(self):
        return tuple, (self._all(),)


def briefs(findings: Sequence[Finding]):
    """(kind, severity) of each finding, without unpickling stored findings."""
    if isinstance(findings, Findings):
        return findings.briefs()
    return ((f.kind, f.severity) for f in findings)


@frozen
class Report:
    articles: tuple[Article, ...]
    stories: tuple[Story, ...]
    findings: tuple[Finding, ...]  # or Findings, which behaves as the tuple
    errors: tuple[FileError, ...]
    version: str

    def count(self, kind: str) -> int:
        return sum(1 for k, _ in briefs(self.findings) if k == kind)

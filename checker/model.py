"""The values that flow through the pipeline; all frozen, collections are tuples.

"Not stated" is ``None``, never a default value.
"""
from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from itertools import accumulate

import re

from attrs import field, frozen

_NEWLINE = re.compile(r"\r\n|\r|\n")

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


@frozen
class LineIndex:
    """Maps character offsets to 1-based line and column.

    Lines break on ``\\n``, ``\\r\\n`` and a lone ``\\r``; nothing else (VT, FF, NEL and
    U+2028 stay inside a line) so that every editor agrees with our line numbers.
    """

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "LineIndex":
        if "\r" in text:
            return cls((0, *(m.end() for m in _NEWLINE.finditer(text))))
        # The common case, all in C: line starts are running sums of (line length + 1).
        lengths = map(len, text.split("\n")[:-1])
        return cls((0, *accumulate(map((1).__add__, lengths))))

    def position(self, offset: int) -> tuple[int, int]:
        k = bisect_right(self.starts, offset) - 1
        return k + 1, offset - self.starts[k] + 1

    def span(self, start: int, end: int) -> Span:
        line, col = self.position(start)
        return Span(start, end, line, col)


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


@frozen
class Report:
    articles: tuple[Article, ...]
    stories: tuple[Story, ...]
    findings: tuple[Finding, ...]
    errors: tuple[FileError, ...]
    version: str

    def count(self, kind: str) -> int:
        return sum(1 for f in self.findings if f.kind == kind)

"""What a rule is: a code, a name, a docstring, examples, and a pure ``check`` function."""
from __future__ import annotations

import inspect
from typing import Callable, Iterable

from attrs import field, frozen

from checker.model import Claim

DEFAULT_SEVERITY = {
    "contradiction": "error",
    "unsourced": "warning",
    "superseded": "warning",
    "single_source": "info",
    "agreement": "info",
}


@frozen
class Result:
    """A rule's neutral result; the engine stamps code, kind's severity and the id."""

    kind: str
    topic: str
    message: str
    claims: tuple[Claim, ...]
    note: str | None = None
    diff: tuple[tuple[str, str], ...] | None = None
    severity: str | None = None


@frozen
class Example:
    """A small story that must (``kind`` given) or must not (``kind`` None) trigger the rule.

    ``articles`` maps file names to texts; ``contains`` are strings that must appear in the
    quotes of the expected finding's claims.
    """

    articles: dict = field(converter=lambda d: dict(sorted(d.items())))
    kind: str | None = None
    absent: tuple[str, ...] = ()  # kinds that must not be reported (for "must not" examples)
    contains: tuple[str, ...] = ()


@frozen
class Rule:
    code: str
    name: str
    kinds: tuple[str, ...]
    check: Callable[..., Iterable[Result]] = field(repr=False)
    examples: tuple[Example, ...] = field(repr=False)
    severity: dict = field(factory=dict, repr=False)

    @property
    def doc(self) -> str:
        return inspect.getdoc(inspect.getmodule(self.check)) or ""

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else self.name

    def severity_of(self, kind: str) -> str:
        return self.severity.get(kind) or DEFAULT_SEVERITY[kind]

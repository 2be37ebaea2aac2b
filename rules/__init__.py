"""The rule registry: an explicit list, in report order. Add new rule modules here."""
from __future__ import annotations

from rules import event_dates
from rules.base import Example, Result, Rule

REGISTRY: tuple[Rule, ...] = (
    event_dates.RULE,
)
BY_CODE = {r.code: r for r in REGISTRY}
BY_NAME = {r.name: r for r in REGISTRY}


def find(code_or_name: str) -> Rule | None:
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())


__all__ = ["REGISTRY", "BY_CODE", "BY_NAME", "find", "Rule", "Result", "Example"]

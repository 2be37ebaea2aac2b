"""The rule registry: an explicit list, in report order. Add new rule modules here."""
from __future__ import annotations

from rules import calendar_consistency, event_dates, quotes, since_claims, timing, unsourced
from rules import attribution_drift, figures, first_since, hedge_drift
from rules.base import Example, Result, Rule

REGISTRY: tuple[Rule, ...] = (
    event_dates.RULE,
    calendar_consistency.RULE,
    timing.RULE,
    since_claims.RULE,
    figures.RULE,
    first_since.RULE,
    hedge_drift.RULE,
    attribution_drift.RULE,
    quotes.RULE,
    unsourced.RULE,
)
BY_CODE = {r.code: r for r in REGISTRY}
BY_NAME = {r.name: r for r in REGISTRY}


def find(code_or_name: str) -> Rule | None:
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())


__all__ = ["REGISTRY", "BY_CODE", "BY_NAME", "find", "Rule", "Result", "Example"]

"""Helpers shared by the event-date (DT101) tests: run the rule on articles and look for a
finding by its kind and the words of its claims."""
from checker.engine import check_texts
from rules.event_dates import RULE


def _findings(articles: dict):
    return [f for f in check_texts(articles, rules=(RULE,)) if f.code == RULE.code]


def _has(articles: dict, kind: str, *quotes: str) -> bool:
    for f in _findings(articles):
        if f.kind != kind:
            continue
        hay = " | ".join(c.quote + " " + c.text for c in f.claims)
        if all(q in hay for q in quotes):
            return True
    return False


def _silent(articles: dict, kind: str = "contradiction") -> bool:
    return not any(f.kind == kind for f in _findings(articles))

"""Helpers shared by the sourcing tests (SR401, SR402, QT301): small stories checked by the
engine, and the unsourced rule on one text."""
from checker.articles import article_from_text
from checker.engine import check_story
from checker.facts import ArticleFacts, StoryFacts
from rules import attribution_drift, figures, quotes, unsourced


def _pair(a: str, b: str, rules=(figures.RULE, attribution_drift.RULE)):
    arts = [article_from_text(f"Published {d} March 2023\n\n" + t, f"s/{n}.txt", "s")
            for n, d, t in (("a", 3, a), ("b", 4, b))]
    return check_story("s", arts, rules)


def _kinds(findings, code: str) -> list[str]:
    return [f.kind for f in findings if f.code == code]


def _sr401(text: str):
    facts = ArticleFacts(article_from_text("Published 1 March 2024\n\nA headline for the test\n\n" + text, "a.txt", "s"))
    return list(unsourced.check(StoryFacts("s", [facts])))


def _story(*texts: str, rules=(quotes.RULE,)):
    arts = [article_from_text(f"Published {3 + n} March 2023\n\nA headline for the test\n\n" + t,
                              f"s/{chr(97 + n)}.txt", "s")
            for n, t in enumerate(texts)]
    return check_story("s", arts, rules)

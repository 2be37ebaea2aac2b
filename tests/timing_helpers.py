"""Helpers shared by the publication-timing (DT103) tests: a story of wire texts, findings by
kind, the quotes of a finding's claims."""
from checker.evaluate import load_story
from checker.facts import ArticleFacts, StoryFacts


def _story(*texts: str) -> StoryFacts:
    files = {f"{n + 1:02d}_wire.txt": t for n, t in enumerate(texts)}
    facts = [ArticleFacts(a) for a in load_story("mini", files)]
    return StoryFacts("mini", sorted(facts, key=lambda f: (f.article.id, f.article.path)))


def _kinds(found, kind):
    return [r for r in found if r.kind == kind]


def _quotes(r):
    return [c.quote for c in r.claims]

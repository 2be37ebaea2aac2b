"""The engine: paths in, a Report out. Never imports rich or click.

The per-story check (``check_story``) is a pure function from articles to findings, so it
can be mapped over stories by worker processes or any distributed engine.
"""
from __future__ import annotations

import hashlib
import os
from typing import Iterable, Sequence

from attrs import evolve, frozen

from checker import __version__
from checker.articles import article_from_source, article_from_text
from checker.facts import ArticleFacts, StoryFacts
from checker.load import EXTENSIONS, LoadError, Source, discover
from checker.model import Article, FileError, Finding, Report, Story
from rules import REGISTRY, Rule

KIND_ORDER = {"contradiction": 0, "unsourced": 1, "superseded": 2, "single_source": 3, "agreement": 4}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@frozen
class Options:
    encoding: str | None = None
    extensions: tuple[str, ...] = EXTENSIONS
    exclude: tuple[str, ...] = ()
    select: tuple[str, ...] = ()  # rule codes or names; empty = all
    ignore: tuple[str, ...] = ()


def selected_rules(options: Options) -> tuple[Rule, ...]:
    def matches(rule: Rule, names: Iterable[str]) -> bool:
        names = {n.lower() for n in names}
        return rule.code.lower() in names or rule.name in names or any(
            rule.code.lower().startswith(n) for n in names if n.isalnum() and len(n) < len(rule.code)
        )

    rules = [r for r in REGISTRY if not options.select or matches(r, options.select)]
    return tuple(r for r in rules if not matches(r, options.ignore))


def fingerprint(story: str, finding: Finding) -> str:
    """Stable across line moves: story, rule, kind, topic and the (article, value) pairs."""
    parts = sorted({(c.article, c.value, c.quote) for c in finding.claims})
    raw = "\x1f".join([story, finding.code, finding.kind, finding.topic, *("\x1e".join(p) for p in parts)])
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def check_story(name: str, articles: Sequence[Article], rules: Sequence[Rule] = REGISTRY) -> tuple[Finding, ...]:
    """All findings of one story (a pure function of its articles)."""
    story = StoryFacts(name, [ArticleFacts(a) for a in sorted(articles, key=lambda a: (a.id, a.path))])
    findings: dict[str, Finding] = {}
    for rule in rules:
        for r in rule.check(story):
            claims = tuple(sorted(r.claims, key=lambda c: (c.article, c.path, c.span.start, c.span.end)))
            f = Finding(
                kind=r.kind, rule=rule.name, code=rule.code,
                severity=r.severity or rule.severity_of(r.kind), topic=r.topic, message=r.message,
                claims=claims, note=r.note, diff=r.diff,
            )
            f = evolve(f, id=fingerprint(name, f))
            findings.setdefault(f.id, f)
    return tuple(sorted(findings.values(), key=_finding_order))


def _finding_order(f: Finding):
    first = f.claims[0] if f.claims else None
    return (KIND_ORDER.get(f.kind, 9), SEVERITY_ORDER.get(f.severity, 9), f.code, f.topic,
            first.path if first else "", first.span.start if first else 0, f.id)


def load_articles(sources: Sequence[Source], options: Options) -> tuple[list[Article], list[FileError]]:
    articles, errors = [], []
    for src in sources:
        try:
            articles.append(article_from_source(src, options.encoding))
        except LoadError as exc:
            errors.append(FileError(src.path, f"{exc.code}: {exc.message}", exc.code))
    return articles, errors


def run(paths: Sequence[str], options: Options = Options()) -> Report:
    sources, errors = discover(paths, options.extensions, options.exclude)
    articles, load_errors = load_articles(sources, options)
    errors = sorted(errors + load_errors, key=lambda e: (e.path, e.message))
    return build_report(articles, errors, selected_rules(options))


def build_report(articles: list[Article], errors: list[FileError], rules: Sequence[Rule] = REGISTRY) -> Report:
    by_story: dict[str, list[Article]] = {}
    for a in articles:
        by_story.setdefault(_story_key(a), []).append(a)
    stories, findings = [], []
    for key in sorted(by_story):
        members = sorted(by_story[key], key=lambda a: (a.id, a.path))
        name = members[0].story
        stories.append(Story(name, tuple(a.id for a in members)))
        findings.extend(check_story(name, members, rules))
    ordered = tuple(sorted(articles, key=lambda a: (_story_key(a), a.id, a.path)))
    return Report(ordered, tuple(stories), tuple(findings), tuple(errors), __version__)


def _story_key(a: Article) -> str:
    return os.path.normpath(os.path.dirname(a.path) or ".")


def check_texts(texts: dict[str, str], story: str = "story", rules: Sequence[Rule] = REGISTRY) -> tuple[Finding, ...]:
    """Check in-memory articles (file name -> text); used by rule examples and tests."""
    articles = [article_from_text(t, name, story) for name, t in sorted(texts.items())]
    return check_story(story, articles, rules)

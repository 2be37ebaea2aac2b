"""Everything extracted from one article, computed once and shared by all rules."""
from __future__ import annotations

from functools import cached_property

from checker.extract.dates import TimeExpr, extract_times
from checker.model import NO_ATTRIBUTION, Article, Attribution, Claim, Sentence
from checker.sentences import split_sentences


class ArticleFacts:
    """Lazy, per-article extraction results; each extractor runs at most once per article."""

    def __init__(self, article: Article):
        self.article = article

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return split_sentences(self.article)

    @cached_property
    def times(self) -> tuple[tuple[TimeExpr, ...], ...]:
        pub = self.article.published
        return tuple(extract_times(s.text, pub) for s in self.sentences)

    @cached_property
    def attributions(self) -> tuple[Attribution, ...]:
        from checker.extract.attribution import attribute_sentences

        return attribute_sentences(self.sentences)

    def attribution(self, index: int) -> Attribution:
        atts = self.attributions
        return atts[index] if 0 <= index < len(atts) else NO_ATTRIBUTION

    def claim(self, sentence: Sentence, start: int, end: int, value: str) -> Claim:
        """A claim for sentence.text[start:end], with its exact span in the article."""
        a = self.article
        s = sentence.span.start + start
        e = sentence.span.start + end
        return Claim(
            article=a.id, path=a.path, span=a.span(s, e), quote=a.text[s:e],
            text=sentence.text, value=value, attribution=self.attribution(sentence.index),
        )


class StoryFacts:
    """The articles of one story with their facts; what a rule's ``check`` receives."""

    def __init__(self, name: str, articles: list[ArticleFacts]):
        self.name = name
        self.articles = articles

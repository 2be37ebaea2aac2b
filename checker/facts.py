"""Everything extracted from one article, computed once and shared by all rules."""
from __future__ import annotations

from functools import cached_property

from checker.extract.dates import TimeExpr, extract_times
from checker.model import NO_ATTRIBUTION, Article, Attribution, Claim, Sentence
from checker.sentences import split_sentences


class ArticleFacts:
    """Lazy, per-article extraction results; each extractor runs at most once per article.

    Every ``cached_property`` here must be a function of the article alone: its value is
    stored in the on-disk cache (``checker.cache``) and restored on the next run, so it must
    also be picklable (frozen attrs values, tuples). Names in ``NOT_CACHED`` are never stored.
    """

    NOT_CACHED: frozenset[str] = frozenset()

    def __init__(self, article: Article, cached: dict | None = None):
        self.article = article
        if cached:
            # cached_property looks in the instance dict first: restored values are not recomputed.
            self.__dict__.update((k, v) for k, v in cached.items() if k in self.cached_names())

    @classmethod
    def cached_names(cls) -> frozenset[str]:
        """The names of the extractors whose results can be cached."""
        names = cls.__dict__.get("_cached_names")
        if names is None:
            names = frozenset(
                n for klass in cls.__mro__ for n, v in vars(klass).items()
                if isinstance(v, cached_property) and n not in cls.NOT_CACHED
            )
            cls._cached_names = names
        return names

    def computed(self) -> dict:
        """The extraction results computed so far (what the cache stores)."""
        return {k: v for k, v in self.__dict__.items() if k in self.cached_names()}

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return split_sentences(self.article)

    @cached_property
    def times(self) -> tuple[tuple[TimeExpr, ...], ...]:
        pub = self.article.published
        return tuple(extract_times(s.text, pub) for s in self.sentences)

    @cached_property
    def figures(self) -> tuple[tuple, ...]:
        """Figures per sentence (checker.extract.numbers.Figure with ``counted``); dates excluded."""
        from checker.extract.counted import annotate
        from checker.extract.numbers import extract_figures

        return tuple(
            annotate(s.text, extract_figures(s.text, [(t.start_offset, t.end_offset) for t in times]))
            for s, times in zip(self.sentences, self.times)
        )

    @cached_property
    def quotes(self) -> tuple:
        """Direct quotations with their speakers (checker.extract.quotes.Quote)."""
        from checker.extract.quotes import extract_quotes

        return extract_quotes(self.sentences)

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

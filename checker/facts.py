"""Everything extracted from one article, computed once and shared by all rules."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property

from attrs import evolve

from checker.extract.dates import TimeExpr, extract_times
from checker.model import NO_ATTRIBUTION, Article, Attribution, Claim, Sentence
from checker.sentences import split_sentences
from checker.textview import _INVISIBLE, TextView, matching_view

# --- density caps (issue 7) ------------------------------------------------------------
# The rules cost a little per temporal expression (a window is classified, an event is
# looked for, a claim is built), which is nothing on an article and seconds on a megabyte
# of dates. These bounds (and checker.sentences.MAX_SENTENCES), each far above any real
# article, keep hostile input cheap; below them nothing changes.
# A "sentence" holding more temporal expressions than this is a list, a table or garbage,
# not a sentence: it yields no times and no figures (its numbers are the dates' digits).
# Real articles: at most 3 per sentence in every eval set and the bench corpus.
MAX_SENTENCE_TIMES = 64
# After this many temporal expressions in one article, later sentences yield no times and
# no figures. Real articles: at most 12 in every eval set and the bench corpus; a long
# feature with a timeline holds a few hundred at most.
MAX_ARTICLE_TIMES = 1000
# Likewise figures: after this many in one article, later sentences yield none. Real
# articles: at most 14 in every eval set and the bench corpus.
MAX_ARTICLE_FIGURES = 1000


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

    # --- invisible characters ----------------------------------------------------------
    # Extractors see each sentence without its zero-width and formatting characters
    # (checker.textview), so that "May 2\u200b3" is a date; every offset they return is
    # mapped back to the original sentence, so spans stay exact. Articles without such a
    # character (nearly all) pay one regex scan of their text.

    def _views(self) -> dict[int, TextView]:
        """sentence index -> matching view, for the sentences that hold an invisible character."""
        views = self.__dict__.get("_invisible")
        if views is None:
            views = {}
            if _INVISIBLE.search(self.article.text) is not None:
                for s in self.sentences:
                    if _INVISIBLE.search(s.text) is not None:
                        views[s.index] = matching_view(s.text)
            self.__dict__["_invisible"] = views
        return views

    def _clean_sentences(self) -> tuple[Sentence, ...]:
        """The sentences as the extractors see them (offsets stay those of the original)."""
        views = self._views()
        if not views:
            return self.sentences
        clean = self.__dict__.get("_clean")
        if clean is None:
            clean = self.__dict__["_clean"] = tuple(
                evolve(s, text=views[s.index].text) if s.index in views else s for s in self.sentences)
        return clean

    def _to_original(self, offset: int, end: bool) -> int:
        """An article offset computed on the clean sentences (sentence start + clean offset),
        as an offset of the original text; END: an exclusive end."""
        views = self._views()
        if not views:
            return offset
        if end:
            return self._to_original(offset - 1, False) + 1 if offset > 0 else offset
        starts = self.__dict__.get("_starts")
        if starts is None:
            starts = self.__dict__["_starts"] = [s.span.start for s in self.sentences]
        k = bisect_right(starts, offset) - 1
        view = views.get(k)
        if view is None:
            return offset
        rel = offset - starts[k]
        if rel < len(view.text):
            return starts[k] + view.to_original(rel)
        # Between this sentence and the next: shifted by what was removed, never past the next.
        nxt = starts[k + 1] if k + 1 < len(starts) else len(self.article.text)
        return min(offset + len(view.removed), nxt)

    def _times_and_capped(self) -> tuple[tuple[tuple[TimeExpr, ...], ...], frozenset[int]]:
        """Times per sentence, and the indexes of the sentences the density caps emptied."""
        pub = self.article.published
        views = self._views()
        out = []
        capped = []
        total = 0
        for s in self.sentences:
            if total >= MAX_ARTICLE_TIMES:
                out.append(())
                capped.append(s.index)
                continue
            view = views.get(s.index)
            times = extract_times(s.text if view is None else view.text, pub)
            if len(times) > MAX_SENTENCE_TIMES:
                times = ()
                capped.append(s.index)
            elif view is not None:
                times = tuple(_time_to_original(t, view) for t in times)
            total += len(times)
            out.append(times)
        return tuple(out), frozenset(capped)

    @cached_property
    def times(self) -> tuple[tuple[TimeExpr, ...], ...]:
        times, capped = self._times_and_capped()
        self.__dict__["capped"] = capped
        return times

    @cached_property
    def capped(self) -> frozenset[int]:
        """Sentences left without times and figures by the density caps (see MAX_ARTICLE_TIMES)."""
        if "times" not in self.__dict__:
            self.times  # sets "capped" as it goes
            return self.__dict__["capped"]
        return self._times_and_capped()[1]  # times restored from a cache without it: rare

    def limits_reached(self) -> tuple[str, ...]:
        """What the density caps left unread in this article, as messages for ``errors``.

        Nothing is skipped silently: an article the caps cut short is reported (code
        ``partial``) with the line where the unread part starts.
        """
        from checker.sentences import MAX_SENTENCES

        out = []
        if "sentences" not in self.__dict__:  # no rule of this run read the article
            return ()
        sentences = self.sentences
        if len(sentences) >= MAX_SENTENCES:
            rest = self.article.text[sentences[-1].span.end:]
            if rest.strip():
                line = self.article.span(sentences[-1].span.end, sentences[-1].span.end).line
                out.append(f"checked only its first {MAX_SENTENCES:,} sentences; "
                           f"the text after line {line} was not read")
        # Only what a rule of this run read can have been cut short for it.
        capped = self.capped if ("times" in self.__dict__ or "capped" in self.__dict__) else ()
        if capped:
            first = min(capped)
            line = sentences[first].span.line
            n = len(capped)
            what = "1 sentence" if n == 1 else f"{n:,} sentences"
            out.append(f"{what} from line {line} on {'holds' if n == 1 else 'hold'} more dates than any article does (over "
                       f"{MAX_SENTENCE_TIMES} in one sentence, or past {MAX_ARTICLE_TIMES:,} in the "
                       f"article); {'its' if n == 1 else 'their'} dates and figures were not read")
        if "quotes" in self.__dict__ or "attributions" in self.__dict__:
            from checker.extract.quotes import analyse

            cut = analyse(self._clean_sentences()).cut
            if 0 <= cut < len(sentences) and self.article.text[sentences[cut].span.start:].strip():
                out.append(f"quotes, speakers and sources were read only up to line {sentences[cut].span.line}; "
                           f"the {len(sentences) - cut:,} sentences from there on were not checked for them")
        if "figures" in self.__dict__ and sum(map(len, self.figures)) >= MAX_ARTICLE_FIGURES:
            out.append(f"only the first {MAX_ARTICLE_FIGURES:,} figures were read")
        return tuple(out)

    @cached_property
    def figures(self) -> tuple[tuple, ...]:
        """Figures per sentence (checker.extract.numbers.Figure with ``counted``); dates excluded."""
        from checker.extract.counted import annotate
        from checker.extract.numbers import extract_figures

        views = self._views()
        capped = self.capped
        out = []
        total = 0
        for s, times in zip(self.sentences, self.times):
            if s.index in capped or total >= MAX_ARTICLE_FIGURES:
                out.append(())  # capped: its digits would be read as figures without its dates
                continue
            view = views.get(s.index)
            if view is None:
                figs = annotate(s.text, extract_figures(s.text, [(t.start_offset, t.end_offset) for t in times]
                                                        if times else ()))
            else:
                dates = [(_to_clean(view, t.start_offset), _to_clean(view, t.end_offset)) for t in times]
                figs = tuple(_figure_to_original(f, view) for f in annotate(view.text, extract_figures(view.text, dates)))
            total += len(figs)
            out.append(figs)
        return tuple(out)

    @cached_property
    def quotes(self) -> tuple:
        """Direct quotations with their speakers (checker.extract.quotes.Quote)."""
        from checker.extract.quotes import extract_quotes

        quotes = extract_quotes(self._clean_sentences())
        if not self._views():
            return quotes
        out = []
        for q in quotes:
            start = self._to_original(q.start, False)
            out.append(evolve(q, start=start, end=max(start, self._to_original(q.end, True))))
        return tuple(out)

    @cached_property
    def attributions(self) -> tuple[Attribution, ...]:
        from checker.extract.attribution import attribute_sentences

        # Attributions carry no offsets: nothing to map back.
        return attribute_sentences(self._clean_sentences())

    def attribution(self, index: int) -> Attribution:
        atts = self.attributions
        return atts[index] if 0 <= index < len(atts) else NO_ATTRIBUTION

    def claim(self, sentence: Sentence, start: int, end: int, value: str) -> Claim:
        """A claim for sentence.text[start:end], with its exact span in the article."""
        a = self.article
        s = sentence.span.start + start
        e = sentence.span.start + end
        return Claim(
            article=a.id, path=a.path, span=a.lines.span(s, e), quote=a.text[s:e],
            text=sentence.text, value=value, attribution=self.attribution(sentence.index),
        )


class StoryFacts:
    """The articles of one story with their facts; what a rule's ``check`` receives."""

    def __init__(self, name: str, articles: list[ArticleFacts]):
        self.name = name
        self.articles = articles


def _to_clean(view: TextView, offset: int) -> int:
    """An offset of the original sentence as an offset of ``view.text``."""
    return offset - bisect_left(view.removed, offset)


def _time_to_original(t: TimeExpr, view: TextView) -> TimeExpr:
    s, e = view.span(t.start_offset, t.end_offset)
    return evolve(t, start_offset=s, end_offset=e, text=view.original[s:e])


def _figure_to_original(f, view: TextView):
    s, e = view.span(f.start, f.end)
    ns, ne = view.span(f.num_start, f.num_end)
    return evolve(f, start=s, end=e, text=view.original[s:e], num_start=ns, num_end=ne)

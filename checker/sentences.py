"""Sentence splitting with exact spans into the original text.

Boilerplate ranges are skipped, never deleted, so every sentence keeps its offsets. A
newline ends a sentence unless the line was hard-wrapped (it ends mid-sentence and the next
line goes on in lower case). A full stop after an abbreviation or an initial does not end
a sentence, and neither does one inside a quotation that closes later in the paragraph.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import chain as _chain

from checker import lazyre
from checker.model import Article, LineIndex, Sentence, Span

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sr jr gen lt col maj capt sgt cpl adm gov sen rep rev hon pres "
    "supt insp det no nos vs v etc inc ltd co corp plc bros dept univ est approx fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "u.s u.k u.n e.u u.s.a a.m p.m i.e e.g al mt ft pt ave blvd rd".split()
)
MAX_SENTENCE = 4000
# An article is checked on its first MAX_SENTENCES sentences (issue 7): every rule costs a
# little per sentence, so a megabyte of short sentences (a pasted log, a data dump) would
# otherwise cost seconds per megabyte. Real articles: at most 48 sentences in every eval set
# and the bench corpus; a 10,000-word long-read has about 500.
MAX_SENTENCES = 5000
MAX_QUOTE_RUN = 1500  # a quotation longer than this is not allowed to glue sentences together

_BOUNDARY = lazyre.compile(r"[.!?…]{1,4}[\"”’')\]]{0,3}(?=\s)")
_LINE = lazyre.compile(r"[^\r\n]+")
_OPENERS = "“«„"
_CLOSERS = "”»“"
_QUOTE_CHAR = lazyre.compile(r'[“«„”»"]')
_TERMINAL_CHARS = frozenset(".!?…:;\"”’')]")


# A line with visible text: a maximal run of characters other than \r and \n holding one
# that is not white space (\s is what str.isspace() calls white space).
_CONTENT_LINE = lazyre.compile(r"[^\S\r\n]*[^\s][^\r\n]*")


def _line_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line holding visible text (what _CONTENT_LINE finds)."""
    if "\r" in text:
        return [m.span() for m in _CONTENT_LINE.finditer(text)]
    # Without \r, splitting on \n is the same, and cheaper than a match object per line.
    out = []
    start = 0
    for line in text.split("\n"):
        n = len(line)
        if n and not line.isspace():
            out.append((start, start + n))
        start += n + 1
    return out


def _content_lines(article_text: str, boilerplate) -> list[tuple[int, int]]:
    """Line pieces outside boilerplate, as (start, end) ranges, in order; blank ones dropped."""
    runs = _line_runs(article_text)
    bp = list(boilerplate)
    if not bp:
        return runs
    if len(bp) * 8 > len(runs) or any(bp[i][1] > bp[i + 1][0] for i in range(len(bp) - 1)):
        # not sorted and disjoint, or boilerplate on many lines (a page of one-character
        # lines): one pass over the lines beats a bisection per range
        return _cut_all(article_text, runs, bp)
    # Only the lines a boilerplate range overlaps need cutting; the rest are taken whole.
    ends = [e for _s, e in runs]
    starts = [s for s, _e in runs]
    bp_ends = [be for _bs, be in bp]
    overlapped: list[int] = []
    for bs, be in bp:
        overlapped.extend(range(bisect_right(ends, bs), bisect_left(starts, be)))
    pieces: list[tuple[int, int]] = []
    done = 0
    for i in sorted(set(overlapped)):
        pieces.extend(runs[done:i])
        s, e = runs[i]
        _cut(article_text, s, e, bp, bisect_right(bp_ends, s), pieces)
        done = i + 1
    pieces.extend(runs[done:])
    return pieces


def _cut_all(article_text: str, runs, bp) -> list[tuple[int, int]]:
    """Cut the boilerplate ranges out of each line of ``runs``."""
    pieces: list[tuple[int, int]] = []
    k = 0
    nbp = len(bp)
    for s, e in runs:
        while k < nbp and bp[k][1] <= s:
            k += 1
        if k == nbp or bp[k][0] >= e:
            pieces.append((s, e))
        else:
            _cut(article_text, s, e, bp, k, pieces)
    return pieces


def _cut(article_text: str, s: int, e: int, bp, k: int, pieces: list) -> None:
    """Append the pieces of line (s, e) outside the ranges bp[k:] that start before e."""
    cur = s
    j = k
    while j < len(bp) and bp[j][0] < e:
        bs, be = bp[j]
        if bs > cur and not article_text[cur:bs].isspace():
            pieces.append((cur, bs))
        cur = max(cur, be)
        j += 1
    if cur < e and not article_text[cur:e].isspace():
        pieces.append((cur, e))


_RUN_CHUNK = 1 << 16  # characters split at a time by _iter_line_runs (doubling)


def _iter_line_runs(text: str):
    """``_line_runs`` as a generator: the lines are split a chunk at a time (the chunks
    doubling from 64 KiB), so a caller that stops early (the sentence cap) never reads the
    rest of a megabyte of one-character lines."""
    if "\r" in text:
        yield from (m.span() for m in _CONTENT_LINE.finditer(text))
        return
    n = len(text)
    pos = 0
    size = _RUN_CHUNK
    while True:
        cut = text.find("\n", pos + size) if pos + size < n else -1
        if cut < 0:
            cut = n
        start = pos
        for line in text[pos:cut].split("\n"):
            k = len(line)
            if k and not line.isspace():
                yield start, start + k
            start += k + 1
        if cut >= n:
            return
        pos = cut + 1
        size *= 2


def _iter_content_lines(article_text: str, boilerplate):
    """``_content_lines`` as a generator (the same pieces, in order), read only as far as
    the caller goes: one pass over the lines with a pointer into the boilerplate ranges
    (``_cut_all``, which gives the same pieces as the bisection of ``_content_lines``)."""
    runs = _iter_line_runs(article_text)
    bp = list(boilerplate)
    if not bp:
        yield from runs
        return
    k = 0
    nbp = len(bp)
    for s, e in runs:
        while k < nbp and bp[k][1] <= s:
            k += 1
        if k == nbp or bp[k][0] >= e:
            yield s, e
        else:
            pieces: list[tuple[int, int]] = []
            _cut(article_text, s, e, bp, k, pieces)
            yield from pieces


_ONE_BREAK = frozenset(("\n", "\r\n", "\r"))


def _blocks(text: str, lines: list[tuple[int, int]]):
    """Join hard-wrapped lines; each block is a run of text with no paragraph break inside.

    A line joins the previous one when exactly one line break separates them, the previous
    line does not end like a sentence and this one starts in lower case. Only the two lines
    are looked at (never the whole block, which would make long paragraphs quadratic).
    A generator: the sentence cap stops the walk (200,000 one-character lines are not all
    joined to find the first 5,000 sentences).
    """
    bs = be = -1
    ps = pe = -1
    for s, e in lines:
        if be >= 0:
            first = text[s]
            if first.isspace():
                first = text[s:e].lstrip()[:1]
            if first.islower():
                gap = text[pe:s]
                one_break = gap in _ONE_BREAK or (
                    gap.count("\n") + gap.count("\r") - gap.count("\r\n") <= 1 and not gap.strip())
                last = text[pe - 1]
                if last.isspace():
                    last = text[ps:pe].rstrip()[-1:]
                if one_break and last not in _TERMINAL_CHARS:
                    be = e
                    ps, pe = s, e
                    continue
            yield bs, be
        bs, be = s, e
        ps, pe = s, e
    if be >= 0:
        yield bs, be


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
        if dot - j > 12:
            return False
    word = text[j:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith", "U. N."
    return word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS or (
        "." in word and all(len(p) <= 2 for p in word.split(".") if p)
    )


def _split_block(text: str, start: int, end: int, limit: int = MAX_SENTENCES) -> list[tuple[int, int]]:
    """The sentences of one block, at most about LIMIT of them."""
    candidates = _BOUNDARY.finditer(text, start, end)
    first_candidate = next(candidates, None)
    if first_candidate is None and end - start <= MAX_SENTENCE:
        # No boundary candidate (about half the blocks: one-sentence paragraphs, headings):
        # the loop below would not run, and the block is one sentence short enough to keep.
        return [(start, end)] if start < end else []
    out = []
    sent_start = start
    depth = 0  # open curly/guillemet quotes
    straight_open = False
    open_at = -1
    pos = start
    # Where the last closing quotes of the block are: "does the quotation close later?" is
    # then one comparison, not a scan of the rest of the block (which would be quadratic).
    last_low = -1  # where the last „ before ``pos`` is
    # A block without quote characters (most) never changes the quotation state.
    quotes = _QUOTE_CHAR.search(text, start, end) is not None
    if quotes:
        last_curly = max(text.rfind("”", start, end), text.rfind("»", start, end))
        last_straight = text.rfind('"', start, end)
    for m in () if first_candidate is None else _chain((first_candidate,), candidates):
        # Track quotation state over the text since the last boundary candidate.
        # „…“ quotes close with “, which is no opener then.
        low_open = quotes and (last_low >= sent_start or text.find("„", pos, m.end()) >= 0)
        for q in _QUOTE_CHAR.finditer(text, pos, m.end()) if quotes else ():  # only quote characters change the state
            ch = q.group()
            if ch == "„":
                last_low = q.start()
            if ch in _OPENERS and not (ch == "“" and depth > 0 and low_open):
                if depth == 0:
                    open_at = m.start()
                depth += 1
            elif ch in "”»" and depth > 0:
                depth -= 1
            elif ch == '"':
                straight_open = not straight_open
                if straight_open:
                    open_at = m.start()
        pos = b = nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        first = text[nxt]
        if not (first.isupper() or first.isdigit() or first in "“\"‘'«„(•-–—*["):
            continue
        dot = m.start()
        if text[dot] == "." and _ends_with_abbreviation(text, dot) and not first in "“\"«":
            continue
        inside_quote = depth > 0 or straight_open
        if inside_quote and (m.start() - open_at) < MAX_QUOTE_RUN:
            # Only glue when the quotation closes later in this block.
            if last_curly >= b or (straight_open and last_straight >= b):
                continue
        out.append((sent_start, b))
        sent_start = nxt
        depth = 0
        straight_open = False
        if len(out) >= limit:
            sent_start = end  # the article's sentence cap is reached: the rest is never read
            break
    if sent_start < end:
        out.append((sent_start, end))
    if end - start <= MAX_SENTENCE:
        return out  # every sentence is short enough (and none is empty): nothing to cap
    # Cap pathological sentences (no punctuation for pages) at a whitespace boundary.
    capped = []
    for s, e in out:
        while e - s > MAX_SENTENCE:
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            capped.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            capped.append((s, e))
    return capped


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    text = article.text
    # (lazily: the sentence cap stops the walk before a page of short lines is all read)
    lines = _iter_content_lines(text, article.boilerplate)
    sentences = []
    # Hoisted out of the loop (one Sentence and one Span per sentence: the hot path).
    aid, append = article.id, sentences.append
    # Article.span inlined (LineIndex.span: the line is found by bisection in its starts).
    starts = article.lines.starts if isinstance(article.lines, LineIndex) else None
    for p, (bs, be) in enumerate(_blocks(text, lines)):
        if len(sentences) >= MAX_SENTENCES:
            break
        for s, e in _split_block(text, bs, be, MAX_SENTENCES - len(sentences)):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                if starts is None:
                    span = article.span(s, e)
                else:
                    k = bisect_right(starts, s) - 1
                    span = Span(s, e, k + 1, s - starts[k] + 1)
                append(Sentence(aid, len(sentences), span, text[s:e], p))
    return tuple(sentences[:MAX_SENTENCES])

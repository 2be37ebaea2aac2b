"""The pipeline's shortcuts (checker/sentences.py, checker/extract/quotes.py,
checker/metadata.py, checker/facts.py, checker/engine.py) change no answer.

Each cheap path is checked against the plain computation it stands for, kept here as it
was before the shortcut: hypothesis draws texts from pieces that exercise the edges
(sentence ends, abbreviations, quotation marks, white space of every kind, line breaks).
"""
from __future__ import annotations

import pathlib
from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from checker import sentences as S
from checker.articles import article_from_text
from checker.model import Sentence

_PIECES = (
    "The", "minister", "said", "Dr.", "J.", "U.S.", "e.g.", "No.", "etc.", "Mr", "it", "was", "over",
    ".", "!", "?", "…", "...", ".”", ".\"", ".’", ".)", "“", "”", "\"", "«", "»", "„", "‘", "’", "(", ")",
    " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u00a0", "\u2028", "\u3000", "\x0b", "\x1c",
    "3", "2024", "June", "a", "b", "Q", "•", "-", "–", "—", "*", "[",
)
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=60).map(" ".join) \
    | st.lists(st.sampled_from(_PIECES), max_size=60).map("".join) | st.text(max_size=200)


def _plain_split_block(text: str, start: int, end: int, limit: int = S.MAX_SENTENCES) -> list[tuple[int, int]]:
    """The sentences of one block, at most about LIMIT of them."""
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
    quotes = S._QUOTE_CHAR.search(text, start, end) is not None
    if quotes:
        last_curly = max(text.rfind("”", start, end), text.rfind("»", start, end))
        last_straight = text.rfind('"', start, end)
    for m in S._BOUNDARY.finditer(text, start, end):
        # Track quotation state over the text since the last boundary candidate.
        # „…“ quotes close with “, which is no opener then.
        low_open = quotes and (last_low >= sent_start or text.find("„", pos, m.end()) >= 0)
        for q in S._QUOTE_CHAR.finditer(text, pos, m.end()) if quotes else ():  # only quote characters change the state
            ch = q.group()
            if ch == "„":
                last_low = q.start()
            if ch in S._OPENERS and not (ch == "“" and depth > 0 and low_open):
                if depth == 0:
                    open_at = m.start()
                depth += 1
            elif ch in "”»" and depth > 0:
                depth -= 1
            elif ch == '"':
                straight_open = not straight_open
                if straight_open:
                    open_at = m.start()
        pos = m.end()
        b = m.end()
        nxt = b
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        first = text[nxt]
        if not (first.isupper() or first.isdigit() or first in "“\"‘'«„(•-–—*["):
            continue
        dot = m.start()
        if text[dot] == "." and S._ends_with_abbreviation(text, dot) and not first in "“\"«":
            continue
        inside_quote = depth > 0 or straight_open
        if inside_quote and (m.start() - open_at) < S.MAX_QUOTE_RUN:
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
    if end - start <= S.MAX_SENTENCE:
        return out  # every sentence is short enough (and none is empty): nothing to cap
    # Cap pathological sentences (no punctuation for pages) at a whitespace boundary.
    capped = []
    for s, e in out:
        while e - s > S.MAX_SENTENCE:
            cut = text.rfind(" ", s + S.MAX_SENTENCE // 2, s + S.MAX_SENTENCE)
            cut = cut if cut > s else s + S.MAX_SENTENCE
            capped.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            capped.append((s, e))
    return capped



@settings(max_examples=600, deadline=None)
@given(_TEXTS, st.integers(1, 8))
def test_split_block_equals_plain(text, limit):
    """The no-candidate shortcut and the chained candidates split every block as before."""
    for start in range(0, len(text) + 1, 7):
        for end in (len(text), max(start, len(text) - 3)):
            assert S._split_block(text, start, end) == _plain_split_block(text, start, end)
            assert S._split_block(text, start, end, limit) == _plain_split_block(text, start, end, limit)


def _plain_split_sentences(article):
    """split_sentences as it was: each span from Article.span."""
    text = article.text
    lines = S._content_lines(text, article.boilerplate)
    sentences = []
    for p, (bs, be) in enumerate(S._blocks(text, lines)):
        if len(sentences) >= S.MAX_SENTENCES:
            break
        for s, e in _plain_split_block(text, bs, be, S.MAX_SENTENCES - len(sentences)):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                sentences.append(Sentence(article.id, len(sentences), article.span(s, e), text[s:e], p))
    return tuple(sentences[:S.MAX_SENTENCES])


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_split_sentences_equals_plain(text):
    """Sentences (spans with their line and column included) are those of the plain splitter."""
    article = article_from_text(text, "story/a.txt", "story")
    assert S.split_sentences(article) == _plain_split_sentences(article)


def test_split_sentences_long_blocks():
    """Blocks past MAX_SENTENCE characters (capped at white space) and past the sentence cap."""
    texts = ["word " * 3000, "Short one. " * 20 + "x" * 9000, "A b. " * 6000, ("Yes. " * 30 + "\n\n") * 200]
    for text in texts:
        article = article_from_text(text, "story/a.txt", "story")
        assert S.split_sentences(article) == _plain_split_sentences(article)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x3000), max_size=40) | st.sampled_from(
    ["", "plain", "DEL\x7f", "tab\there", 'q"uote\\', "\u2028", "\x9b", "é", "\udc80"]))
def test_json_string_fields_equal_plain(v):
    """The report's ASCII shortcut writes each string field as json_text(json string) would."""
    from json.encoder import encode_basestring

    from checker.report import json as J
    from checker.report.safe import clean, json_text

    assert J._str(v) == json_text(encode_basestring(v))
    assert J._cstr(v) == json_text(encode_basestring(clean(v)))


def _plain_entries(sentences, hits, work, sources, classify, institutions):
    """_Resolver's entries as first written: sorted by (offset, order of mention)."""
    from checker.extract import quotes as Q
    from checker.extract import speakers as SP

    entries = []
    for s, hs, w, srcs in zip(sentences, hits, work, sources):
        for h, src in zip(hs, srcs):
            if h.subject and h.subject_start is not None:
                if src is not None and src.kind in ("person", "institution", "description"):
                    entries.append((s.span.start + h.subject_start, len(entries), src, Q.SPEAKER))
        for run_start, run_text, prev, leads in w.runs:
            if prev in Q._LOCATIVE:
                continue
            src = classify(run_text)
            if src is not None and src.kind == "person":
                entries.append((s.span.start + run_start, len(entries), src, Q.SUBJECT if leads else Q.MENTION))
        for run_start, name in w.subjects:
            src = classify(name)
            if src is not None and src.kind in ("person", "institution") and src.tokens:
                person = SP.Source(src.text, src.name, src.tokens, "person", "named_person", src.category)
                entries.append((s.span.start + run_start, len(entries), person, Q.SUBJECT))
        if w.lead_word is not None:
            start, word = w.lead_word
            src = classify(word)
            if src is not None and src.kind == "institution" and len(src.tokens) == 1 and src.tokens[0] not in institutions:
                person = SP.Source(src.text, src.name, src.tokens, "person", "named_person", src.category)
                entries.append((s.span.start + start, len(entries), person, Q.SUBJECT))
    entries.sort(key=lambda e: (e[0], e[1]))
    return entries


def _resolver_inputs(sentences):
    from checker.extract import quotes as Q

    n = Q.analysed_prefix(sentences)
    masked = Q._mask(sentences, Q._scan(sentences[:n]))
    work = Q._sentence_works(masked[:n])
    persons = frozenset().union(*(w.persons for w in work)) if work else frozenset()
    institutions = frozenset().union(*(w.institutions for w in work)) if work else frozenset()
    persons = persons - institutions
    hits = tuple(w.hits for w in work) + ((),) * (len(masked) - n)
    classify = Q._ArticleClassifier(persons, institutions)
    sources = tuple(tuple(None if h.subject is None else classify(h.subject) for h in hs) for hs in hits)
    return masked, hits, persons, institutions, work, sources, classify


def _check_resolver(article):
    from checker.extract import quotes as Q
    from checker.facts import ArticleFacts

    sentences = tuple(ArticleFacts(article).sentences)
    masked, hits, persons, institutions, work, sources, classify = _resolver_inputs(sentences)
    resolver = Q._Resolver(sentences, masked, hits, persons, institutions, work, sources, classify)
    plain = _plain_entries(sentences, hits, work, sources, classify, institutions)
    assert resolver.entries == plain
    assert resolver.offsets == [e[0] for e in plain]


def test_resolver_entries_equal_plain_on_stories():
    """The resolver's entries (one C-keyed stable sort) on every story at hand."""
    import pathlib

    from checker.load import discover, read_text

    root = pathlib.Path(__file__).resolve().parent.parent
    dirs = [root / "seeds", *sorted((root / "eval" / "stories").glob("*/")), *sorted((root / "tests" / "data").glob("*/"))]
    sources, _ = discover([str(d) for d in dirs if d.is_dir()])
    assert sources
    for src in sources:
        _check_resolver(article_from_text(read_text(src.path), src.path, src.story))


_SPEECH = st.lists(st.sampled_from((
    "“We will rebuild,” Maren Holte said.", "Holte, the chief fire officer, said the crews had done all they could.",
    "“It is not over,” she said.", "The ministry said on Friday that 40 people were hurt.",
    "Kemal Arslan came to the site.", "Arslan told the crowd: “We stay.”", "In Port Ulema, Ana de la Cruz said:",
    "“No comment,” said Dr. Amina Rahal.", "Moberg has become the face of the dispute.", "“Enough,” the official said.",
    "Halden Motors said it would appeal.", "Police said the road was closed.", "\n\n", " ",
)), max_size=14).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_SPEECH)
def test_resolver_entries_equal_plain(text):
    _check_resolver(article_from_text(text, "story/a.txt", "story"))


def _plain_nonempty_head(norm: str, n: int) -> list[tuple[int, int]]:
    """metadata._nonempty's first N lines with visible text, line by line as first written."""
    out = []
    s = 0
    size = len(norm)
    while s <= size:
        e = norm.find("\n", s)
        if e < 0:
            e = size
        if e > s and not norm[s:e].isspace():
            out.append((s, e))
            if len(out) == n:
                break
        s = e + 1
    return out


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.integers(1, 16))
def test_nonempty_head_equals_plain(text, n):
    """The head lines found by one linear regex search are the lines the loop found."""
    from checker import metadata as M

    norm = text.replace("\r", "\n")
    assert M._nonempty(text, norm, n) == _plain_nonempty_head(norm, n)


def test_engine_keys_equal_plain():
    """The C-level claim order and fingerprint fields are the tuples they stand for."""
    from checker import engine as E
    from checker.engine import check_texts

    seeds = pathlib.Path(__file__).resolve().parent.parent / "seeds"
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}
    claims = [c for f in check_texts(texts, "seeds") for c in f.claims]
    assert claims
    for c in claims:
        assert E._claim_order(c) == (c.article, c.path, c.span.start, c.span.end)
        assert E._FINGERPRINT_FIELDS(c) == (c.article, c.value, c.quote)

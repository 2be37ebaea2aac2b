"""The speed-ups of the pipeline's front must never change a result (issue 9)."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from checker.alternation import trie
from checker.vocab.time import FULL_WEEKDAY_ALTERNATION, MONTH_ALTERNATION, MONTHS

_WORDS = sorted(MONTHS, key=len, reverse=True)
_ALPHABET = "adefjmnorstuybclpvgihk .,-İıſKSEPTMAY"


@pytest.mark.parametrize("words", [_WORDS, FULL_WEEKDAY_ALTERNATION.split("|"), ["abc", "ab", "b", "a"]])
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=40))
def test_trie_matches_like_the_joined_words(words, text):
    joined = re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, words))})(?:\.|s)?", re.I)
    tree = re.compile(rf"(?<![\w])(?:{trie(words)})(?:\.|s)?", re.I)
    assert [m.span() for m in joined.finditer(text)] == [m.span() for m in tree.finditer(text)]


def test_trie_keeps_the_month_alternation():
    assert MONTH_ALTERNATION == "|".join(_WORDS)
    for w in _WORDS + ["Sept.", "SEPTEMBER", "mayo", "ma", "junes"]:
        a = re.compile(f"(?:{MONTH_ALTERNATION})", re.I).match(w)
        b = re.compile(f"(?:{trie(_WORDS)})", re.I).match(w)
        assert (a and a.span()) == (b and b.span())


def test_trie_refuses_a_word_after_its_prefix():
    with pytest.raises(ValueError):
        trie(["four", "fourteen"])


# --- the JSON report escapes each string value, not the whole finding -------------------

_ODD = st.text(alphabet="ab \"\\\n\t\x00\x1b\x7f\x85\x9f\u061c\u200b\u200f\u2028\u202e\u2066\ufeff“é\ud800\udc80", max_size=12)


@settings(max_examples=200, deadline=None)
@given(topic=_ODD, text=_ODD, quote=_ODD, source=st.none() | _ODD, cue=st.none() | _ODD, op=_ODD)
def test_finding_text_is_the_general_dump(topic, text, quote, source, cue, op):
    from checker.model import Attribution, Claim, Finding, Span
    from checker.report.json import _dump, finding_dict, finding_text

    claim = Claim("a" + topic, "p/" + quote, Span(0, 1, 1, 1), quote, text, topic + quote,
                  Attribution("named", source, cue, None))
    f = Finding("agreement", "r\x7f", "XX1", "info", topic, text, (claim, claim), "i" + cue if cue else "i",
                note=source, diff=((op, text), ("=", quote)))
    assert finding_text(f) == _dump(finding_dict(f), "    ")


# --- metadata: the keyword and digit gates ----------------------------------------------

# (line, publication date, boilerplate) as the code before the gates gave them.
@pytest.mark.parametrize("line, published, boiler", [
    ("Published 7 June 2020", "2020-06-07", ((0, 22), (24, 45))),
    ("PUBLISHED ON: 7 June 2020", "2020-06-07", ((0, 22), (24, 49))),
    ("Posted June 7, 2020", "2020-06-07", ((0, 22), (24, 43))),
    ("Publi\u017fhed 7 June 2020", "2020-06-07", ((0, 22), (24, 45))),  # long s: re.I reads "s"
    ("First published 2020-06-07", "2020-06-07", ((0, 22), (24, 50))),
    ("Updated 8 June 2020", "2020-06-08", ((0, 22), (24, 43))),
    ("Published: see below", None, ((0, 22),)),
    ("He said it was updated 8 June 2020 by the team and published 9 June 2020 later on.", "2020-06-09",
     ((0, 22), (75, 96))),
])
def test_published_lines_after_the_gates(line, published, boiler):
    from checker.metadata import read_metadata

    meta = read_metadata(f"Some title here for it\n\n{line}\n\nThe body starts here and goes on.\n")
    assert (meta.published.isoformat() if meta.published else None) == published
    assert meta.boilerplate == boiler


# --- dates: the tighter pattern gates ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The talks resume in 3\ndays, and the verdict is due within\ttwo weeks.",
    "Five\u00a0days ago the plant closed; it reopens next\u2003month.",
    "On 3/4 the firm paid 5.6 million; on 12.05.2023 it paid again.",
    "The strike ran from March to April 2024, then from May 3 to 9.",
    "Late March 2021 and mid-\u017feptember 2022 saw two floods.",
    "YESTERDAY the court sat; TONIGHT it rests; Tomorrow it rules; to\u017fay nothing.",
    "The court sat toDAY.", "Thursday-to-Friday hearings", "It happened in the coming months.",
])
def test_gated_patterns_find_what_every_pattern_finds(text):
    from checker.extract import dates

    every = [(rank, kind) for rank, kind in enumerate(dates._ORDER)]
    def found(kinds):  # match objects compare by identity: their spans and groups instead
        return [(k, m.span(), m.groupdict()) for *_, m, k in dates._find(text, kinds)]

    assert found(dates._kinds(text)) == found(every)

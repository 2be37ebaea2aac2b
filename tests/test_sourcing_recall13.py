"""Sourcing recall on holdout-13 mechanisms, tested in other domains, and no silent cut.

Each group: the general pattern that failed, invented sentences (other domains) that must be
reported, near-miss negatives that must stay silent. (QT301 quotes, SR402 attribution-drift,
SR401 unsourced.)
"""
from __future__ import annotations

from checker.articles import article_from_text
from checker.engine import check_story
from checker.extract import quotes as Q
from checker.facts import ArticleFacts
from rules import attribution_drift, figures, quotes, unsourced
from source_helpers import _kinds, _sr401, _story


# --- 1. Sourcing read as far as every other extractor ---------------------------------------------
# Why it failed: quotes, speakers and attributions were analysed for an article's first 1,500
# sentences (or 120,000 characters) only, while dates and figures were read up to the 5,000
# sentence cap; a misquote or an unsourced claim past that point vanished with no `partial`
# error. The per-sentence work is bounded, so the sourcing now reads the same 5,000 sentences;
# a cut that remains (a flood of marks or quotations) is reported through limits_reached.
_QUOTE = "\n\n“The ferry will {} sail in this weather,” said harbour master Lena Ostrova.\n\n" \
         "Insiders said 40 passengers were stranded.\n"


def _long(n: int, line: str = "The gulls circled over the jetty on morning number {}.") -> str:
    return "\n".join(line.format(i) for i in range(n))


def _check(a: str, b: str):
    arts = [article_from_text(f"Published {3 + k} May 2024\n\nFerry halted\n\n" + t, f"s/{c}.txt", "s")
            for k, (c, t) in enumerate((("a", a), ("b", b)))]
    return check_story("s", arts, (quotes.RULE, unsourced.RULE))


def test_quote_and_unsourced_claim_after_2500_sentences_are_read():
    found = _check(_long(2500) + _QUOTE.format("not"), _QUOTE.format("never"))
    assert "contradiction" in _kinds(found, "QT301")
    assert [f for f in found if f.code == "SR401" and any(c.path == "s/a.txt" for c in f.claims)]


def test_quote_after_a_first_line_of_150000_characters_is_read():
    first = " ".join("Wave {} broke on the sea wall below the old harbour lighthouse.".format(i) for i in range(3000))
    assert len(first) > 150_000
    found = _check(first + _QUOTE.format("not"), _QUOTE.format("never"))
    assert "contradiction" in _kinds(found, "QT301")


def test_sourcing_cut_is_reported_as_partial(monkeypatch):
    monkeypatch.setattr(Q, "MAX_QUOTES", 50)
    text = _long(300, "“Row {} is full,” the steward said.") + _QUOTE.format("not")
    facts = ArticleFacts(article_from_text("Published 3 May 2024\n\nFerry halted\n\n" + text, "a.txt", "s"))
    assert facts.quotes
    msgs = facts.limits_reached()
    assert any("quotes, speakers and sources" in m for m in msgs)


def test_no_partial_for_a_story_read_whole():
    facts = ArticleFacts(article_from_text("Published 3 May 2024\n\nFerry halted\n\n" + _long(2000) + _QUOTE.format("not"),
                                           "a.txt", "s"))
    assert facts.quotes and facts.attributions
    assert not any("quotes, speakers" in m for m in facts.limits_reached())

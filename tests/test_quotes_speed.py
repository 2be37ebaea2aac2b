"""QT301's blocking: the pairs it builds (speaker groups, same-article and two-speaker
filters, one comparison per pair of wordings) give exactly the findings of judging every pair."""
from __future__ import annotations

import random

import pytest

from checker.articles import article_from_text
from checker.facts import ArticleFacts, StoryFacts
from checker.metadata import read_metadata
from rules import quotes

# Speaker forms: full names, surnames alone, transliterations, a title, an organisation, a
# person introduced with her employer, anonymous speakers (never compared).
SPEAKERS = (
    "Ingrid Solberg", "Solberg", "Chief Executive Dr. Ingrid Solberg", "Nazlı Ergün", "Nazli Ergun",
    "Ergun", "Tomas Berg", "Tomas Berg, a spokesman for Halden Motors,", "Halden Motors", "Berg",
    "Amina Rahal", "Rahal", "Goran Babic", "Tomislav Lukic", "Hanne Lund", "a spokesman",
    "Karim Bensalem", "Bensalem", "Lena Horvat", "Jonas Markovic", "Jonas Markovich",
)
QUOTES = (
    "We will not rest until every question has been answered",
    "We will not rest until each question has been answered",
    "We will not rest until every question has been addressed",
    "We will not rest until every question",
    "We don’t believe the bridge can reopen this year",
    "We do not believe the bridge can reopen this year",
    "We do not believe the bridge will reopen this year",
    "I delivered the envelopes to his office myself, every month",
    "I delivered the envelopes to his office myself",
    "Our thoughts are with the families of everyone affected",
    "vocational training centers",
    "serious training centers",
    "not a defeat",
    "not a victory",
    "There was no warning, nothing, and then it was too late",
    "There was no warning, none, and then it was too late",
    "The organisation was never told about the cracks in the span",
    "The organization was never told about the cracks in the span",
)
CUES = ("said", "told reporters", "said on Friday")


def _article(rng: random.Random) -> str:
    paras = []
    for _ in range(rng.randint(2, 6)):
        who, words, cue = rng.choice(SPEAKERS), rng.choice(QUOTES), rng.choice(CUES)
        form = rng.random()
        if form < 0.5:
            paras.append(f"“{words},” {who} {cue}.")
        elif form < 0.75:
            paras.append(f"{who} spoke to the council on Monday. “{words},” she said.")
        else:
            paras.append(f"{who} {cue}: “{words}.”")
    return "\n\n".join(paras)


def _story(seed: int, n: int = 6) -> StoryFacts:
    rng = random.Random(seed)
    texts = {f"{k:02d}.txt": _article(rng) for k in range(n)}
    facts = [ArticleFacts(article_from_text(t, f"s/{name}", "s", read_metadata(t))) for name, t in sorted(texts.items())]
    return StoryFacts("s", facts)


SEEDS = range(40)


@pytest.mark.parametrize("seed", SEEDS)
def test_blocked_pairs_are_all_the_pairs_that_matter(seed):
    items = quotes._quotes(_story(seed))
    assert list(quotes._pairs(items)) == list(quotes._all_pairs(items))


@pytest.mark.parametrize("seed", SEEDS)
def test_blocked_and_unblocked_checks_give_the_same_findings(seed, monkeypatch):
    fast = list(quotes.check(_story(seed)))
    monkeypatch.setattr(quotes, "_pairs", quotes._all_pairs)
    assert fast == list(quotes.check(_story(seed)))


def test_randomized_stories_reach_every_kind_of_pair():
    """The sets above are no trivial pass: they hold same-speaker pairs, two-speaker pairs,
    misquotes, agreements and "the same words, two speakers"."""
    kinds: set[str] = set()
    two_people = same = 0
    for seed in SEEDS:
        story = _story(seed)
        for _, _, tp, _ in quotes._pairs(quotes._quotes(story)):
            two_people += tp
            same += not tp
        for r in quotes.check(story):
            kinds.add("two speakers" if "attributed to" in r.topic else r.kind)
    assert two_people and same
    assert kinds == {"agreement", "contradiction", "two speakers"}


def test_one_wording_repeated_is_one_comparison(monkeypatch):
    # The same quotation in twenty articles: one compare() per pair of distinct wordings.
    texts = {f"{k:02d}.txt": "“We will not rest until every question has been answered,” Ingrid Solberg said."
             for k in range(20)}
    texts["zz.txt"] = "“We will not rest until each question has been answered,” Ingrid Solberg said."
    facts = [ArticleFacts(article_from_text(t, f"s/{n}", "s", read_metadata(t))) for n, t in sorted(texts.items())]
    calls = []
    real = quotes.compare

    def counting(a, b):
        calls.append((tuple(a), tuple(b)))
        return real(a, b)

    monkeypatch.setattr(quotes, "compare", counting)
    monkeypatch.setattr(quotes, "_VERDICTS", {})  # nothing remembered from other stories
    out = list(quotes.check(StoryFacts("s", facts)))
    assert len(calls) == len(set(calls)) == 2  # identical/identical, identical/changed
    # Past MAX_PAIRWISE_ARTICLES articles, side against side: one finding, all 21 articles.
    contradictions = [r for r in out if r.kind == "contradiction"]
    assert len(contradictions) == 1 and len({c.article for c in contradictions[0].claims}) == 21
    assert [len(r.claims) for r in out if r.kind == "agreement"] == [20]


def test_expand_word_cache_returns_immutable_parts():
    assert quotes._expand_word("Don’t") == ("do", "not")
    assert isinstance(quotes._expand_word("company's"), tuple)


def test_stock_phrase_scan_matches_whole_words_like_the_substring_test():
    rng = random.Random(7)
    vocab = sorted({w for p in quotes._STOCK for w in p.split()} | {"the", "families", "we", "are", "x"})
    for _ in range(3000):
        words = [rng.choice(vocab) for _ in range(rng.randint(1, 12))]
        if rng.random() < 0.3:
            k = rng.randint(0, len(words))
            words[k:k] = rng.choice(quotes._STOCK).split()
        joined = " " + " ".join(words) + " "
        slow = any(f" {p} " in joined for p in quotes._STOCK)
        assert (quotes._STOCK_RX.search(" ".join(words)) is not None) == slow, words
    assert all(quotes._STOCK)  # (an empty phrase would match everywhere)

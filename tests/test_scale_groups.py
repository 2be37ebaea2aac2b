"""Many tiny articles about one fact: findings grow with the story, not with its square.

A story of dozens of short items, each stating its own figure, date or wording of one
quotation, used to yield one contradiction per pair of values (1,770 for 60 files). Past
MAX_PAIRWISE_ARTICLES articles on one fact the rules report side against side; the
contradiction is still there, with every article's claim.
"""
from __future__ import annotations

import pytest

from checker.align import MAX_PAIRWISE_ARTICLES, MAX_SIDES, Item, judge_group
from checker.engine import check_texts

N = 60
MONTHS = ("January February March April May June July August September October November "
          "December").split()
FIRST = "Ada Karim Lena Tomas Ingrid Goran Amina Nils".split()
LAST = "Lovelace Bensalem Horvat Vik Solberg Babic Rahal Berg".split()


def _story(body) -> dict[str, str]:
    return {f"f{i:03d}.txt": f"Published {1 + i % 28} May 2024\n\n{body(i)}\n" for i in range(N)}


GENERATORS = {
    # (code, one file's text): every file gives the fact another value
    "evacuated": ("NU201", lambda i: f"About {100 + i * 3} people were evacuated from the valley, officials said."),
    "deaths": ("NU201", lambda i: f"{100 + i} people died in the blast on May 1, officials said."),
    "court": ("NU201", lambda i: f"The court fined the bank €{10 + i} million for the leak, lawyers said."),
    "fire date": ("DT101", lambda i: f"The factory fire broke out on {MONTHS[i % 12]} {1 + i % 28}, 2023, officials said."),
    "strike date": ("DT101", lambda i: f"The rail strike began on {MONTHS[i % 12]} {1 + i % 28}, 2023, the union said."),
    "first since": ("NU202", lambda i: f"It was the first strike at the port since {1900 + i}, union officials said."),
    "misquote": ("QT301", lambda i: f"“We will reopen plant number {i} next week and the workers agree,” said Ada Lovelace."),
    "three wordings": ("QT301", lambda i: "“The safety of our " + ("customers", "drivers", "passengers")[i % 3]
                       + " comes before everything else,” Chief Executive Dr. Ingrid Solberg said."),
    "two speakers": ("QT301", lambda i: "“I delivered the envelopes to his office myself, every single month,” said "
                     f"{FIRST[i % 8]} {LAST[(i // 8) % 8]}, a witness."),
}


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_many_tiny_files_give_a_bounded_number_of_findings(name):
    code, body = GENERATORS[name]
    findings = check_texts(_story(body))
    mine = [f for f in findings if f.code == code]
    contradictions = [f for f in mine if f.kind == "contradiction"]
    assert contradictions, "the contradiction is still reported"
    assert len(contradictions) <= MAX_SIDES
    assert len(mine) <= 2 * MAX_SIDES + 1
    # Each contradiction sets articles against articles, every claim listed once.
    for f in contradictions:
        assert len({c.article for c in f.claims}) >= 2
        assert len(f.claims) == len(set(f.claims))
    # Output grows with the story: no finding holds more claims than the story has.
    assert sum(len(f.claims) for f in findings) <= 10 * N  # pairs would be thousands
    assert all(len(f.message) < 2000 for f in findings)


def test_a_desks_handful_is_still_reported_pair_by_pair():
    texts = {f"f{i}.txt": f"Published 3 May 2024\n\n{100 + 50 * i} people died in the blast on May 1, officials said.\n"
             for i in range(4)}
    found = [f for f in check_texts(texts) if f.code == "NU201" and f.kind == "contradiction"]
    assert len(found) == 6  # every pair of four articles
    assert all(len({c.article for c in f.claims}) == 2 for f in found)


def test_misquote_sides_name_each_side():
    code, body = GENERATORS["three wordings"]
    found = [f for f in check_texts(_story(body)) if f.code == code and f.kind == "contradiction"]
    assert len(found) == 1
    assert len({c.article for c in found[0].claims}) == N
    assert "3 different wordings across 60 articles" in found[0].message
    assert found[0].diff  # one pair's word-level difference shows the change


class _C:
    """Stand-in claim: judge_group reads article and value only."""

    def __init__(self, article: str, value: str):
        self.article, self.value = article, value


def test_judge_group_large_is_linear_in_comparisons():
    # Every value contradicts every other: pairs would be N*(N-1)/2 comparisons and findings.
    items = [Item(_C(f"a{i:03d}", str(i)), i, i) for i in range(200)]
    calls = []

    def compatible(a, b):
        calls.append((a.key, b.key))
        return a.key == b.key

    verdicts = judge_group(items, compatible, single_source=False)
    assert [v.kind for v in verdicts] == ["contradiction"]
    assert len(verdicts[0].claims) == 200
    assert len(calls) < 200 * MAX_SIDES
    assert verdicts[0].values[0] == "0" and verdicts[0].values[1].endswith("and 193 more")


def test_judge_group_large_keeps_the_agreement():
    items = [Item(_C(f"a{i:03d}", "100" if i % 4 else "300"), 100 if i % 4 else 300, None) for i in range(4 * MAX_PAIRWISE_ARTICLES)]
    verdicts = judge_group(items, lambda a, b: a.key == b.key, single_source=False)
    kinds = sorted(v.kind for v in verdicts)
    assert kinds == ["agreement", "contradiction"]
    agreement = next(v for v in verdicts if v.kind == "agreement")
    assert agreement.values == ("100",) and len(agreement.claims) == 3 * MAX_PAIRWISE_ARTICLES
    contradiction = next(v for v in verdicts if v.kind == "contradiction")
    assert contradiction.values == ("100", "300")
    assert [len(side) for side in contradiction.sides] == [3 * MAX_PAIRWISE_ARTICLES, MAX_PAIRWISE_ARTICLES]


# ---------------------------------------------------------------- quotations (QT301)

def _random_wordings(seed: int) -> list[tuple[str, ...]]:
    """Wordings that do and do not align: shared phrases, substitutions, cuts, spelling
    variants and ambiguous contractions, short fragments of one length."""
    import random

    from rules import quotes

    rng = random.Random(seed)
    vocab = ("we will not rest until every question has been answered the organisation organization "
             "colour color is has 's 'd would had a an of it was fine bridge reopen this year "
             "training centers vocational serious defeat victory").split()
    base = [tuple(rng.choice(vocab) for _ in range(rng.randint(3, 14))) for _ in range(12)]
    out = list(base)
    for w in base:
        for _ in range(rng.randint(1, 4)):
            v = list(w)
            op = rng.random()
            k = rng.randrange(len(v))
            if op < 0.4:
                v[k] = rng.choice(vocab)
            elif op < 0.6 and len(v) > 3:
                del v[k]
            elif op < 0.8:
                v.insert(k, rng.choice(vocab))
            else:
                v = v[rng.randrange(2):]
            if len(v) >= quotes.MIN_WORDS:
                out.append(tuple(v))
    return list(dict.fromkeys(out))


@pytest.mark.parametrize("seed", range(30))
def test_wording_index_never_misses_an_aligning_pair(seed):
    from rules import quotes

    wordings = _random_wordings(seed)
    index = quotes._WordingIndex(wordings)
    aligned = 0
    for a in wordings:
        for b in wordings:
            if quotes.compare(list(a), list(b)) is not None:
                aligned += 1
                assert b in index.candidates(a) and a in index.candidates(b), (a, b)
    assert aligned > len(wordings)  # pairs beyond the identical ones were tested


def test_one_article_of_many_quotations_compares_nothing(monkeypatch):
    from checker.articles import article_from_text
    from checker.facts import ArticleFacts, StoryFacts
    from checker.metadata import read_metadata
    from rules import quotes

    body = "\n\n".join(f"Karim Bensalem{i} said “it was fine {i} and we will reopen the depot”." for i in range(300))
    texts = {"a.txt": HEAD_A + body, "b.txt": HEAD_A + "The summit opened on May 23, 2024, officials said."}
    facts = [ArticleFacts(article_from_text(t, f"s/{n}", "s", read_metadata(t))) for n, t in sorted(texts.items())]
    calls = []
    real = quotes.compare
    monkeypatch.setattr(quotes, "compare", lambda a, b: calls.append(1) or real(a, b))
    monkeypatch.setattr(quotes, "_VERDICTS", {})
    assert list(quotes.check(StoryFacts("s", facts))) == []
    assert calls == []  # every pair is within one article


HEAD_A = "Published 23 May 2024\n\n"


def test_two_articles_of_similar_remarks_pair_each_with_its_closest():
    # Each article quotes one speaker's many similar remarks (a plant and a date changed in
    # each): every remark of one aligns with every remark of the other. Only closest
    # counterparts are reported: findings grow with the quotations, not with their square.
    def article(word):
        return HEAD_A + "\n\n".join(f"“We will reopen plant {i} on June {1 + i % 28} and the {word} agree,” said Ada Lovelace."
                                    for i in range(40))

    found = [f for f in check_texts({"a.txt": article("workers"), "b.txt": article("drivers")})
             if f.code == "QT301" and f.kind == "contradiction"]
    assert 40 <= len(found) <= 80
    assert any("plant 7 on June 8" in f.claims[0].quote and "plant 7 on June 8" in f.claims[1].quote for f in found)


def test_a_misquote_between_a_desks_articles_is_still_reported_pairwise():
    texts = {
        "a.txt": HEAD_A + "“The safety of our customers comes before everything else,” Ingrid Solberg said.\n\n"
                          "“We will not rest until every question has been answered,” Solberg said.",
        "b.txt": HEAD_A + "“The safety of our drivers comes before everything else,” Ingrid Solberg said.\n\n"
                          "“We will not rest until each question has been answered,” Solberg said.",
        "c.txt": HEAD_A + "“The safety of our passengers comes before everything else,” Ingrid Solberg said.",
    }
    found = [f for f in check_texts(texts) if f.code == "QT301" and f.kind == "contradiction"]
    # customers/drivers, customers/passengers, drivers/passengers, every/each
    assert len(found) == 4
    assert all(len({c.article for c in f.claims}) == 2 for f in found)


# ---------------------------------------------------------------- many values, two articles

def test_two_articles_with_dozens_of_values_of_one_fact_are_side_against_side():
    from checker.align import MAX_PAIRWISE_CLASSES

    items = [Item(_C(f"a{i % 2}", str(i)), i, i) for i in range(2 * MAX_PAIRWISE_CLASSES)]
    verdicts = judge_group(items, lambda a, b: a.key == b.key, single_source=False)
    assert 1 <= sum(v.kind == "contradiction" for v in verdicts) <= MAX_SIDES


def test_long_articles_listing_dated_clauses_and_figures_stay_bounded():
    words = "bottled water handed leisure centre pumps bridge ferry strike clinic depot harbour school market tunnel runway".split()

    def article(off):
        return "Published 23 May 2024\n\n" + "".join(
            f"The {words[i % 16]} {words[(i * 7) % 16]} {words[(i * 11 + 3) % 16]} was handed out from August "
            f"{1 + i % 20} to {22 + (i + off) % 7}, and {100 + i % 50 + off} people {words[i % 16]} died. "
            for i in range(120))

    findings = check_texts({"a.txt": article(0), "b.txt": article(1)})
    contradictions = [f for f in findings if f.kind == "contradiction"]
    assert 0 < len(contradictions) <= 100  # value against value: 2,500 figures' pairs alone
    assert any(f.code == "NU201" for f in contradictions)


def test_a_word_shared_by_hundreds_of_wordings_is_read_near_the_wording_only():
    # A hostile page of 400 distinct remarks that differ in one number: every remark shares
    # its other words with all the others. Each lookup reads at most POSTING_CAP wordings of
    # a shared word, the nearest in the story, so lookups stop growing with the story.
    from rules import quotes

    wordings = [("we", "will", "not", "accept", "offer", str(i)) for i in range(400)]
    index = quotes._WordingIndex(wordings)
    posting = index.full[("offer", 0)]
    assert len(posting) == 400
    for k in (0, 7, 200, 399):
        near = index._near(posting, wordings[k])
        assert len(near) == quotes.POSTING_CAP and wordings[k] in near
        assert near == posting[near and posting.index(near[0]):][:quotes.POSTING_CAP]  # one run
    got = index.candidates(wordings[200])
    assert len(got) <= quotes.MAX_CANDIDATES + 1
    assert {wordings[199], wordings[201]} <= got  # its neighbours in the story are kept
    # a desk's story (no word in more than POSTING_CAP wordings) reads whole postings
    small = quotes._WordingIndex(wordings[:50])
    assert small._near(small.full[("offer", 0)], wordings[3]) is small.full[("offer", 0)]


def test_one_kind_of_source_in_a_big_agreement_compares_no_pair(monkeypatch):
    # Thirty outlets give one figure, all credited to the council: no two kinds of source can
    # differ, so attribution drift never walks the group's pairs (quadratic in a big story).
    from rules import attribution_drift as D

    texts = {f"a{i:02d}.txt": f"Published 4 May 2024\n\nAbout 400 homes were flooded on May 3, the council said. Story {i}."
             for i in range(30)}
    calls = []
    real = D.clearly_differ
    monkeypatch.setattr(D, "clearly_differ", lambda a, b: calls.append(1) or real(a, b))
    found = check_texts(texts)
    assert any(f.code == "NU201" and f.kind == "agreement" for f in found)
    assert not any(f.code == "SR402" for f in found)
    assert len(calls) < 30  # not one call per pair (435)

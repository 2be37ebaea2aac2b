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

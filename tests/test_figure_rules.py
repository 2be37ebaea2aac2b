"""Golden tests of the figure rules (NU201 figures, NU202 first-since, NU203 hedge-drift,
SR402 attribution-drift) on seeds/, on tests/data/figures_story/ and on planted edits."""
import json
import pathlib

import pytest

from checker.engine import check_texts
from rules import attribution_drift, figures, first_since, hedge_drift

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
STORY = ROOT / "tests" / "data" / "figures_story"
RULES = (figures.RULE, first_since.RULE, hedge_drift.RULE, attribution_drift.RULE)


def texts_of(d: pathlib.Path) -> dict:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(d.iterdir()) if p.suffix in (".txt", ".md")}


def run(texts: dict, rules=RULES):
    return check_texts(texts, story="s", rules=rules)


def arts(f) -> set:
    return {c.path[:3] for c in f.claims}


@pytest.fixture(scope="module")
def seeds():
    return run(texts_of(SEEDS))


# --- seeds ----------------------------------------------------------------------------------
def test_seeds_one_million_detained_is_one_agreement_across_all_five(seeds):
    agreements = [f for f in seeds if f.code == "NU201" and f.kind == "agreement"]
    million = [f for f in agreements if any("million" in c.quote for c in f.claims)]
    assert len(million) == 1
    assert arts(million[0]) == {"000", "001", "002", "003", "004"}
    assert million[0].note and "at least" in million[0].note and "some" in million[0].note


def test_seeds_no_figure_contradiction(seeds):
    assert [f for f in seeds if f.code in ("NU201", "NU202") and f.kind == "contradiction"] == []


def test_seeds_first_visit_since_2005_is_single_source(seeds):
    (f,) = [f for f in seeds if f.code == "NU202"]
    assert f.kind == "single_source" and arts(f) == {"004"}
    assert "since 2005" in f.claims[0].quote


def test_seeds_no_figure_is_a_year(seeds):
    for f in seeds:
        if f.code in ("NU201", "NU203", "SR402"):
            for c in f.claims:
                assert not any(y in c.quote for y in ("2005", "2018", "2022", "2021"))


def test_seeds_attribution_drift_of_the_one_million_figure(seeds):
    (f,) = [f for f in seeds if f.code == "SR402"]
    assert f.kind == "contradiction" and f.severity == "warning"
    assert {"000", "001", "002", "004"} <= arts(f)


def test_seeds_hedge_drift_of_the_one_million_figure(seeds):
    (f,) = [f for f in seeds if f.code == "NU203"]
    assert f.kind == "agreement" and f.severity == "info" and f.note
    assert len(arts(f)) == 5


def test_seeds_edited_some_2_million_is_caught_only_where_intervals_part():
    texts = texts_of(SEEDS)
    name = next(n for n in texts if n.startswith("001"))
    assert "some 1 million" in texts[name]
    texts[name] = texts[name].replace("some 1 million", "some 2 million")
    out = run(texts, rules=(figures.RULE,))
    contra = [f for f in out if f.kind == "contradiction"]
    assert contra, "the edited figure must be caught"
    pairs = {frozenset(arts(f)) for f in contra}
    assert all("001" in p for p in pairs)
    assert frozenset({"001", "002"}) in pairs and frozenset({"001", "003"}) in pairs
    # "at least one million" (000, 004) still overlaps [1.8m, 2.2m]
    assert not any({"000"} <= p or {"004"} <= p for p in pairs)


# --- a labelled story of another domain -------------------------------------------------------
EXPECTED = [
    ("NU201", "contradiction", {"01_", "02_"}, "57"),            # 57 died vs more than 80 killed
    ("NU201", "contradiction", {"01_", "02_"}, "At least 120"),  # rescued: at least 120 vs nearly 100
    ("NU201", "agreement", {"01_", "02_"}, "Some 40"),           # injured: some 40 vs at least 40
    ("NU201", "agreement", {"01_", "03_"}, "about 210"),         # carrying 212 vs about 210
    ("NU202", "contradiction", {"01_", "02_"}, "since 1994"),    # worst ferry disaster since 1994 vs 1987
    ("NU202", "single_source", {"04_"}, "first time in 20 years"),
    ("NU203", "agreement", {"01_", "02_"}, "At least 40"),
    ("SR402", "contradiction", {"01_", "03_"}, "57"),            # transport ministry vs aid groups
]


@pytest.fixture(scope="module")
def story():
    return run(texts_of(STORY))


@pytest.mark.parametrize("code,kind,articles,quote", EXPECTED, ids=[f"{e[0]}-{e[1]}-{e[3]}" for e in EXPECTED])
def test_story_expected(story, code, kind, articles, quote):
    hits = [f for f in story if f.code == code and f.kind == kind and articles <= arts(f)
            and any(quote in c.quote for c in f.claims)]
    assert hits, [(f.code, f.kind, sorted(arts(f)), [c.quote for c in f.claims]) for f in story]


def test_story_different_counted_things_are_never_paired(story):
    for f in story:
        if f.code != "NU201":
            continue
        quotes = {c.quote for c in f.claims}
        # missing crew, destroyed cars, relatives, lifeboats and the denied 300 stay alone
        assert not quotes & {"Twelve", "Some 60", "Some 300", "Nine", "300"}


def test_story_denied_figure_is_not_compared(story):
    assert not any(c.quote == "300" for f in story for c in f.claims)


# --- planted pairs (acceptance) ----------------------------------------------------------------
PLANTED = [
    ("A total of 143 people died, officials said.", "More than 200 people were killed, officials said.", "contradiction"),
    ("Nearly 8,000 people were displaced.", "At least 12,000 people have been displaced.", "contradiction"),
    ("At least 140 people died in the quake.", "A total of 143 people died in the quake.", "agreement"),
    ("Some 12,500 homes were damaged.", "More than 12,000 homes were damaged.", "agreement"),
    ("About 3 million euros was paid in bribes.", "He paid 4.2 million euros in bribes.", "contradiction"),
    ("Turnout was 61.4 percent.", "Turnout was an estimated 64 percent.", "agreement"),
    ("Turnout was 61.4 percent.", "Turnout was 48 percent.", "contradiction"),
]


@pytest.mark.parametrize("a,b,kind", PLANTED)
def test_planted_pairs(a, b, kind):
    out = run({"a.txt": "Published 1 June 2024\n\n" + a, "b.txt": "Published 2 June 2024\n\n" + b}, rules=(figures.RULE,))
    kinds = {f.kind for f in out}
    assert kind in kinds
    if kind == "agreement":
        assert "contradiction" not in kinds


NEVER_PAIRED = [
    ("At least 900 people were injured.", "More than 200 people died."),
    ("Some 3,400 homes were destroyed.", "More than 12,000 homes were damaged."),
    ("Some 300 suspected cases were recorded.", "Twelve deaths were recorded."),
    ("Some 60 people remain missing.", "More than 200 people died."),
    ("Some 12,500 rail workers walked out.", "Nearly 8,000 trains were cancelled."),
    ("The union demands a 9 percent pay rise.", "The company offered a 3 percent rise."),
    ("It happened in 2005.", "At least 2,010 people were evacuated."),
]


@pytest.mark.parametrize("a,b", NEVER_PAIRED)
def test_different_counted_things_never_paired(a, b):
    out = run({"a.txt": "Published 1 June 2024\n\n" + a, "b.txt": "Published 2 June 2024\n\n" + b}, rules=(figures.RULE,))
    assert out == ()


def test_first_since_planted_year():
    a = "Published 1 June 2024\n\nIt was the first nationwide strike since 1998."
    b = "Published 2 June 2024\n\nIt was the first nationwide strike since 2001."
    out = run({"a.txt": a, "b.txt": b}, rules=(first_since.RULE,))
    assert [f.kind for f in out] == ["contradiction"]


def test_first_in_n_years_resolves_on_publication_date():
    a = "Published 1 June 2024\n\nIt was the first nationwide strike in 26 years."
    b = "Published 2 June 2024\n\nIt was the first nationwide strike since 1998."
    out = run({"a.txt": a, "b.txt": b}, rules=(first_since.RULE,))
    assert [f.kind for f in out] == ["agreement"]


def test_values_are_json_safe_and_output_is_deterministic():
    t = texts_of(STORY)
    one = run(t)
    two = run(dict(reversed(list(t.items()))))
    assert one == two
    json.dumps([c.value for f in one for c in f.claims], allow_nan=False)

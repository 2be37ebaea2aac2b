"""Golden cases for the time rules (DT101-DT104) on seeds/ and on tests/data/time_story/.

seeds/: the hand audit in ../shared/seeds-gold.md. time_story/: a labelled mini-story of
four articles about a port terminal closure with planted discrepancies (see PLANTED).
"""
from __future__ import annotations

import pathlib

import pytest

from checker.engine import Options, run

ROOT = pathlib.Path(__file__).resolve().parent.parent
TIME_RULES = ("DT101", "DT102", "DT103", "DT104")


def _findings(path: pathlib.Path):
    report = run([str(path)], Options(select=TIME_RULES))
    return [f for f in report.findings if f.code in TIME_RULES]


def _arts(f) -> set[str]:
    return {c.article[:3] if c.article[:3].isdigit() else c.article[:1] for c in f.claims}


def _quotes(f) -> str:
    return " | ".join(c.quote for c in f.claims)


@pytest.fixture(scope="module")
def seeds():
    return _findings(ROOT / "seeds")


@pytest.fixture(scope="module")
def story():
    return _findings(ROOT / "tests" / "data" / "time_story")


# --- seeds ---------------------------------------------------------------------------------

def test_seeds_report_timing_superseded(seeds):
    sup = [f for f in seeds if f.kind == "superseded" and f.code == "DT103"]
    assert len(sup) == 1
    f = sup[0]
    assert {"003", "000", "002"} <= _arts(f)
    first = [c for c in f.claims if c.article.startswith("003")]
    assert any(c.quote == "in the coming weeks" for c in first)
    assert any(c.article.startswith("000") and "pending" in c.quote for c in f.claims)


def test_seeds_since_september_2018_agrees(seeds):
    agree = [f for f in seeds if f.code == "DT104" and f.kind == "agreement"]
    assert len(agree) == 1
    assert {"001", "003"} <= _arts(agree[0])
    assert all(c.quote == "since September 2018" for c in agree[0].claims)


def test_seeds_visit_first_half_consistent_with_may_23_28(seeds):
    visit = [f for f in seeds if f.code == "DT103" and f.topic == "visit timing"]
    assert [f.kind for f in visit] == ["agreement"]
    quotes = _quotes(visit[0])
    assert "the first half of this year" in quotes and "May 23-28" in quotes
    assert {"000", "004"} <= _arts(visit[0])


def test_seeds_no_weekday_contradiction(seeds):
    assert not [f for f in seeds if f.code == "DT102"]


def test_seeds_no_time_contradiction_at_all(seeds):
    assert not [f for f in seeds if f.kind == "contradiction"]


def test_seeds_event_dates_kept(seeds):
    dt101 = [(f.kind, f.topic) for f in seeds if f.code == "DT101"]
    assert ("agreement", "games dates") in dt101
    single = [f for f in seeds if f.code == "DT101" and f.kind == "single_source" and f.topic == "visit dates"]
    assert single and "May 23-28" in _quotes(single[0])


def test_seeds_meeting_on_the_sidelines_is_the_meetings_date(seeds):
    # "met ... on the sidelines of the Winter Olympics on Saturday": not the Games' date.
    games = [f for f in seeds if f.code == "DT101" and f.topic == "games dates"]
    assert all("Saturday" not in _quotes(f) for f in games)


# --- the labelled mini-story ------------------------------------------------------------------

PLANTED = [
    # (rule, kind, articles, strings that must be among the claim quotes)
    ("DT101", "contradiction", {"a", "b"}, ("March 4 to 8", "March 5 to 9")),
    ("DT102", "contradiction", {"c"}, ("Wednesday, March 7",)),
    ("DT103", "contradiction", {"a", "b"}, ("the end of the month", "in May")),
    ("DT103", "superseded", {"a", "d"}, ("the end of the month", "still not")),
    ("DT103", "superseded", {"c", "d"}, ("the end of March", "still not")),
    ("DT103", "agreement", {"a", "c"}, ("the end of the month", "the end of March")),
    ("DT104", "contradiction", {"a", "b"}, ("since January 2024", "since February 2024")),
    ("DT104", "agreement", {"a", "c"}, ("since January 2024",)),
]


@pytest.mark.parametrize("rule,kind,arts,quotes", PLANTED, ids=[f"{p[0]}-{p[1]}-{''.join(sorted(p[2]))}" for p in PLANTED])
def test_time_story_planted(story, rule, kind, arts, quotes):
    hits = [f for f in story if f.code == rule and f.kind == kind and arts <= _arts(f)
            and all(q in _quotes(f) for q in quotes)]
    assert hits, [(f.code, f.kind, _quotes(f)) for f in story]


def test_time_story_compatible_pairs_not_contradicted(story):
    for f in story:
        if f.kind != "contradiction":
            continue
        arts = _arts(f)
        # "by the end of the month" (1 March) and "by the end of March" (11 March) agree.
        assert not (f.code == "DT103" and arts == {"a", "c"})
        # The range March 4-8 and "ended on March 8" are compatible.
        assert not (f.code == "DT101" and arts <= {"a", "c", "d"})
        # Bare weekdays are resolved from themselves.
        assert "on Monday" not in _quotes(f) and "on Friday" not in _quotes(f)


def test_time_story_weekday_error_is_the_only_calendar_finding(story):
    assert [(_quotes(f)) for f in story if f.code == "DT102"] == ["Wednesday, March 7"]


def test_edited_seed_date_is_caught_against_its_article(tmp_path):
    """One date changed in a copy of the samples is caught; nothing unrelated changes."""
    base = _findings(ROOT / "seeds")
    for src in sorted((ROOT / "seeds").iterdir()):
        text = src.read_text(encoding="utf-8")
        if src.name.startswith("001"):
            text = text.replace("since September 2018", "since October 2019")
        (tmp_path / src.name).write_text(text, encoding="utf-8")
    edited = _findings(tmp_path)
    new = [f for f in edited if f.kind == "contradiction"]
    assert len(new) == 1 and new[0].code == "DT104" and _arts(new[0]) == {"001", "003"}
    def key(f):
        return (f.code, f.kind, f.topic, _quotes(f))
    unrelated_before = {key(f) for f in base if f.code != "DT104"}
    unrelated_after = {key(f) for f in edited if f.code != "DT104"}
    assert unrelated_before == unrelated_after


def test_edited_weekday_is_caught(tmp_path):
    src = (ROOT / "seeds" / "003_60523ec4b58ace8a.txt").read_text(encoding="utf-8")
    (tmp_path / "003.txt").write_text(src.replace("on Friday (10)", "on Thursday (10)"), encoding="utf-8")
    found = [f for f in _findings(tmp_path) if f.code == "DT102"]
    assert len(found) == 1 and "Thursday (10)" in _quotes(found[0])

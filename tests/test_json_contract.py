"""The JSON report of DESIGN.md §5 on seeds/: schema-valid, acceptance facts, golden file."""
import json
import os
import pathlib

import jsonschema
import pytest

from checker.engine import run
from checker.report.json import dumps

SCHEMA = json.loads((pathlib.Path(__file__).parent.parent / "checker" / "report" / "schema.json").read_text())
GOLDEN = pathlib.Path(__file__).parent / "golden" / "seeds.json"


@pytest.fixture(scope="module")
def seeds_report():
    cwd = os.getcwd()
    os.chdir(pathlib.Path(__file__).parent.parent)
    try:
        return json.loads(dumps(run(["seeds"])))
    finally:
        os.chdir(cwd)


def test_schema_valid(seeds_report):
    jsonschema.validate(seeds_report, SCHEMA)


def test_articles_and_metadata(seeds_report):
    arts = {a["id"][:3]: a for a in seeds_report["articles"]}
    assert len(arts) == 5 and seeds_report["summary"]["articles"] == 5
    assert arts["000"]["published"] == "2022-01-31"
    assert arts["003"]["published"] == "2021-12-12"
    assert arts["004"]["published"] == "2022-05-23"
    assert arts["001"]["published"] is None and arts["002"]["published"] is None
    assert "Mi’raj News Agency" in arts["000"]["outlet"]
    assert "Anadolu Agency" in arts["004"]["outlet"]
    assert all(a["path"].startswith("seeds/") for a in arts.values())


def _findings(report, rule, kind):
    return [f for f in report["findings"] if f["rule"] == rule and f["kind"] == kind]


def test_single_source_visit_and_games_agreement(seeds_report):
    single = _findings(seeds_report, "event-dates", "single_source")
    visit = [f for f in single if any(c["quote"] == "May 23-28" for c in f["claims"])]
    assert visit and {c["article"][:3] for c in visit[0]["claims"]} == {"004"}
    assert any(c["value"] == "2022-05-23/2022-05-28" for c in visit[0]["claims"])
    agree = _findings(seeds_report, "event-dates", "agreement")
    feb4 = [f for f in agree if any("February 4" in c["quote"] for c in f["claims"])]
    assert feb4 and {c["article"][:3] for c in feb4[0]["claims"]} == {"000", "001"}


def test_no_event_date_contradiction_in_seeds(seeds_report):
    assert not _findings(seeds_report, "event-dates", "contradiction")


def test_claim_positions_are_one_based_and_exact(seeds_report):
    root = pathlib.Path(__file__).parent.parent
    for f in seeds_report["findings"]:
        for c in f["claims"]:
            lines = (root / c["path"]).read_text(encoding="utf-8").splitlines()
            assert c["line"] >= 1 and c["column"] >= 1
            assert lines[c["line"] - 1][c["column"] - 1:].startswith(c["quote"].split("\n")[0])


def test_ids_are_stable_fingerprints(seeds_report):
    ids = [f["id"] for f in seeds_report["findings"]]
    assert len(ids) == len(set(ids))
    assert all(len(i) == 16 for i in ids)


def test_golden_seeds_json(seeds_report):
    """The whole report; regenerate with UPDATE_GOLDEN=1 after an intended change."""
    text = json.dumps(seeds_report, ensure_ascii=False, indent=2) + "\n"
    if os.environ.get("UPDATE_GOLDEN") or not GOLDEN.exists():
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")

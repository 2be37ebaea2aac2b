"""Every report format: golden output on a fixed fake report, standard parsers on seeds/,
and hostile article text that must not change what any format shows.

Regenerate the golden files with ``UPDATE_GOLDEN=1 python -m pytest tests/test_reports.py``.
"""
from __future__ import annotations

import io
import json
import os
import pathlib
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import jsonschema
import pytest

import fake_report
from checker.baseline import Entry, Outcome
from checker.engine import Options, run
from checker.report import FORMATS, MACHINE_FORMATS, get_reporter
from checker.report.github import lines as github_lines
from rules import REGISTRY

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SCHEMA = json.loads((ROOT / "checker" / "report" / "schema.json").read_text())
EXT = {"terminal": "txt", "concise": "txt", "json": "json", "json-lines": "jsonl", "markdown": "md",
       "html": "html", "sarif": "sarif", "github": "txt", "junit": "xml"}


def render(fmt: str, report=None, **opts) -> str:
    stream = io.StringIO()
    opts.setdefault("rules", fake_report.rules())
    opts.setdefault("width", 100)
    get_reporter(fmt)(report or fake_report.make(), stream, **opts)
    return stream.getvalue()


@pytest.fixture(scope="module")
def seeds_report():
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return run(["seeds"], Options(jobs=1))
    finally:
        os.chdir(cwd)


def seeds(fmt: str, report, **opts) -> str:
    stream = io.StringIO()
    get_reporter(fmt)(report, stream, width=100, **opts)
    return stream.getvalue()


# --- golden files on the fake report ------------------------------------------------------

@pytest.mark.parametrize("fmt", list(FORMATS))
def test_golden(fmt, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    out = render(fmt)
    path = GOLDEN / f"fake.{fmt}.{EXT[fmt]}"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8", newline="\n")
    assert path.exists(), f"missing {path.name}: run UPDATE_GOLDEN=1 python -m pytest tests/test_reports.py"
    assert out == path.read_text(encoding="utf-8"), f"{fmt} output changed; UPDATE_GOLDEN=1 to accept"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_deterministic_and_ends_with_newline(fmt):
    assert render(fmt) == render(fmt)
    assert render(fmt).endswith("\n")


# --- hostile article text -----------------------------------------------------------------

@pytest.mark.parametrize("fmt", list(FORMATS))
def test_no_control_characters_from_articles(fmt, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    out = render(fmt)
    if fmt == "json":
        # The JSON contract keeps article text exact (escaped by JSON itself, bidi included).
        assert not re.search("[\x00-\x09\x0b-\x1f]", out)
        return
    assert "\x07" not in out and "\u202e" not in out and "\x1b]" not in out
    if fmt != "terminal":
        assert "\x1b" not in out
    else:
        # Colour codes are ours (CSI ... m); the article's ESC [31m is shown escaped.
        assert not re.search("\x1b(?!\\[[0-9;]*m)", out)
        assert "⟨U+001B⟩[31m" in out


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f not in ("json", "json-lines", "sarif")])
def test_no_article_line_starts_with_double_colon(fmt):
    for line in render(fmt).splitlines():
        if line.lstrip().startswith("::"):
            assert fmt == "github" and re.match(r"::(error|warning|notice) ", line), line


def test_terminal_shows_markup_literally_and_no_color(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    out = render("terminal", verbose=True)
    assert "[bold red]now[/]" in out and ":warning:" in out and "<script>" in out
    assert "\x1b" not in out
    assert "[-will-] {+shall+}" in out
    assert "stories/strike/a.txt:3:21" in out


def test_terminal_dumb_and_forced(monkeypatch):
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b" not in render("terminal")
    monkeypatch.delenv("TERM")
    assert "\x1b[" in render("terminal")


def test_terminal_quiet_and_verbose():
    quiet = render("terminal", quiet=True)
    assert "Agreements" not in quiet and "Single-source" not in quiet and "Daily Ledger" not in quiet
    assert "Contradictions (2)" in quiet
    verbose = render("terminal", verbose=True)
    assert "named person: Ana Ruiz" in verbose


def test_terminal_order_kinds_then_severity():
    out = render("terminal")
    positions = [out.index(h) for h in ("Contradictions (2)", "Unsourced claims (1)", "Superseded expectations (1)",
                                        "Agreements (1)")]
    assert positions == sorted(positions)


def test_terminal_width():
    narrow = render("terminal", width=60)
    assert max(len(line) for line in narrow.splitlines()) <= 60


# --- html --------------------------------------------------------------------------------

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "main", "footer", "section", "h1", "h2",
                "h3", "h4", "p", "ul", "li", "b", "span", "table", "thead", "tbody", "tr", "th", "td", "article",
                "div", "blockquote", "mark", "del", "ins", "br"}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]

    def handle_data(self, data):
        self.text.append(data)


def parse_html(text: str) -> Tags:
    p = Tags()
    p.feed(text)
    p.close()
    return p


def test_html_only_template_elements():
    page = parse_html(render("html"))
    assert set(page.tags) <= ALLOWED_TAGS, set(page.tags) - ALLOWED_TAGS
    assert not [a for a in page.attrs if a.startswith("on") or a in ("src", "href", "srcset", "action")]
    body = "".join(page.text)
    assert "<script>alert(1)</script>" in body  # shown as text
    assert "Strike <b>starts</b> [red]today[/]" in body
    assert page.tags.count("article") == len(fake_report.make().findings)


def test_html_self_contained():
    text = render("html")
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    assert not re.search(r"(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", text.split("<body>")[0])
    assert "@media print" in text and "@page" in text
    assert "<del>will</del>" in text and "<ins>shall</ins>" in text


def test_html_seeds_structure(seeds_report):
    page = parse_html(seeds("html", seeds_report))
    assert set(page.tags) <= ALLOWED_TAGS
    assert page.tags.count("article") == len(seeds_report.findings)
    assert "Story: seeds" in "".join(page.text)


# --- sarif -------------------------------------------------------------------------------

def check_sarif(doc: dict, report) -> None:
    assert doc["version"] == "2.1.0" and doc["$schema"].endswith("sarif-2.1.0.json")
    (run_,) = doc["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "crosscheck" and driver["version"]
    ids = [r["id"] for r in driver["rules"]]
    for r in driver["rules"]:
        assert r["id"] and r["name"] and r["shortDescription"]["text"] and r["fullDescription"]["text"]
        assert r["help"]["text"]
    problems = [f for f in report.findings if f.kind != "agreement"]
    assert len(run_["results"]) == len(problems)
    for res, f in zip(run_["results"], problems):
        assert res["ruleId"] == f.code and ids[res["ruleIndex"]] == f.code
        assert res["message"]["text"] and res["level"] in ("error", "warning", "note", "none")
        assert res["partialFingerprints"]["crosscheckFinding/v1"] == f.id
        for loc in res["locations"] + res.get("relatedLocations", []):
            region = loc["physicalLocation"]["region"]
            assert loc["physicalLocation"]["artifactLocation"]["uri"]
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
            assert region["endColumn"] >= 1
        assert len(res.get("relatedLocations", [])) == len(f.claims) - 1


def test_sarif_fake():
    report = fake_report.make()
    doc = json.loads(render("sarif"))
    check_sarif(doc, report)
    assert {r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]} >= {"QT201", "SR301", "TL401", "ZZ999", "DT101"}
    assert doc["runs"][0]["invocations"][0]["executionSuccessful"] is False  # the binary file


def test_sarif_seeds(seeds_report):
    check_sarif(json.loads(seeds("sarif", seeds_report)), seeds_report)


# --- junit -------------------------------------------------------------------------------

def test_junit_fake():
    root = ET.fromstring(render("junit"))
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {"other", "strike", "files"}
    strike = suites["strike"]
    cases = {c.get("name"): c for c in strike.findall("testcase")}
    assert len(cases) == 5  # one per story and rule: 4 fake rules + DT101 from the registry
    assert len(cases["DT101 event-dates"].findall("failure")) == 1
    assert cases["SR301 sourcing"].find("failure") is None  # unsourced is below --fail-on contradiction
    assert strike.get("failures") == "2" and root.get("errors") == "1"
    # --fail-on unsourced makes the unsourced claim a failure too.
    root = ET.fromstring(render("junit", fail_on="unsourced"))
    strike = [s for s in root.findall("testsuite") if s.get("name") == "strike"][0]
    assert strike.get("failures") == "3"


def test_junit_seeds(seeds_report):
    root = ET.fromstring(seeds("junit", seeds_report))
    cases = root.findall("testsuite/testcase")
    assert len(cases) == len(seeds_report.stories) * len(REGISTRY)


# --- github ------------------------------------------------------------------------------

def test_github_errors_first_and_escaped():
    out = render("github").splitlines()
    levels = [re.match(r"::(\w+)", line).group(1) for line in out if line.startswith("::")]
    assert levels == sorted(levels, key=["error", "warning", "notice"].index)
    assert out[-1].startswith("crosscheck: ")
    assert len(out) == 1 + 1 + 5  # file error, five non-agreement findings, summary
    hostile = [line for line in out if "injected" in line]
    assert all(line.startswith(("::warning ", "::error ", "::notice ")) for line in hostile)
    assert "%250A" in "".join(hostile)  # the article's literal %0A cannot become a newline
    first = out[1]
    assert "file=stories/strike/a.txt,line=3,col=21" in first


def test_github_cap_and_summary():
    out = github_lines(fake_report.make(), max_per_level=1)
    assert sum(1 for line in out if line.startswith("::error")) == 1
    assert "not shown" in out[-1]


# --- concise, json-lines, markdown, json ------------------------------------------------

def test_concise_lines():
    out = render("concise").splitlines()
    pattern = re.compile(r"^[^\s:][^:]*:[0-9]+:[0-9]+: [A-Z]+[0-9]* \w+ ")
    assert all(pattern.match(line) for line in out[:-1]), out
    assert len(out) == len(fake_report.make().findings) + 1 + 1


def test_json_lines_parse():
    records = [json.loads(line) for line in render("json-lines").splitlines()]
    assert [r["type"] for r in records][0] == "header" and records[-1]["type"] == "summary"
    findings = [r for r in records if r["type"] == "finding"]
    assert len(findings) == 6 and {f["story"] for f in findings} == {"other", "strike"}


def test_markdown_escapes():
    out = render("markdown")
    assert "<script>" not in out and "\\<script\\>" in out
    assert "[bold red]" not in out and "\\[bold red\\]" in out
    assert ":warning:" not in out  # a word joiner keeps GitHub from drawing an emoji
    assert "~~will~~ **shall**" in out


def test_json_fake_schema_valid():
    jsonschema.validate(json.loads(render("json")), SCHEMA)


# --- every format on seeds: a standard parser reads it ----------------------------------

def test_every_format_parses_on_seeds(seeds_report):
    n = len(seeds_report.findings)
    doc = json.loads(seeds("json", seeds_report))
    jsonschema.validate(doc, SCHEMA)
    assert len(doc["findings"]) == n
    records = [json.loads(line) for line in seeds("json-lines", seeds_report).splitlines()]
    assert sum(r["type"] == "finding" for r in records) == n
    assert len(json.loads(seeds("sarif", seeds_report))["runs"][0]["results"]) == sum(
        f.kind != "agreement" for f in seeds_report.findings)
    ET.fromstring(seeds("junit", seeds_report))
    parse_html(seeds("html", seeds_report))
    assert len(seeds("concise", seeds_report).splitlines()) == n + 1
    assert seeds("markdown", seeds_report).startswith("# crosscheck report")
    github = seeds("github", seeds_report).splitlines()
    assert all(line.startswith(("::error ", "::warning ", "::notice ", "crosscheck: ")) for line in github)
    assert "Story seeds" in seeds("terminal", seeds_report)


def test_machine_formats_are_registered():
    assert set(MACHINE_FORMATS) <= set(FORMATS)
    assert set(FORMATS) == set(EXT)


def test_baseline_outcome_shown():
    outcome = Outcome(2, (Entry("deadbeef00000000", "DT101", "contradiction", "strike", "old topic", ("a",)),))
    assert "2 known findings hidden, 1 stale entry" in render("terminal", baseline=outcome)
    assert "deadbeef00000000" in render("markdown", baseline=outcome)
    assert "deadbeef00000000" in render("html", baseline=outcome)


def test_markdown_pipe_in_a_file_name_keeps_the_table_columns(tmp_path):
    # GFM splits table cells on '|' before it reads code spans, so the 'where' code span
    # must escape it; the errors list (no table) must not.
    story = tmp_path / "story"
    story.mkdir()
    body = "Published 25 May 2024\n\nThe summit opened on May {d}, 2024 in Oslo, officials said.\n"
    (story / "a|b.txt").write_text(body.format(d=23))
    (story / "c.txt").write_text(body.format(d=24))
    report = run([str(story)], Options(jobs=1))
    out = io.StringIO()
    get_reporter("markdown")(report, out)
    rows = [line for line in out.getvalue().splitlines() if line.startswith("| ")]
    assert any("a\\|b.txt" in r for r in rows)
    cells = {len(re.split(r"(?<!\\)\|", r)) for r in rows}
    assert len(cells) == 1, rows

"""CI use of the command line: formats, --report, baselines, --changed, rules, cache options."""
from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from checker.cli import cli
from cli_helpers import run_main, story
from checker.progress import Progress, wanted
from rules import REGISTRY

SUMMIT_A = "Published 3 March 2024\n\nThe summit opened on March 1 in Oslo.\n"
SUMMIT_B = "Published 4 March 2024\n\nThe summit opened on March 2 in Oslo.\n"
STRIKE_C = "Published 6 March 2024\n\nThe strike in Bergen began on March 5.\n"
STRIKE_D = "Published 7 March 2024\n\nThe strike in Bergen began on March 4.\n"


def check(args, capsys, select=("--select", "DT101")):
    """``crosscheck check`` without cache or workers (fast, no files left behind).

    Only the event-dates rule runs, so that counts do not change as other rules grow."""
    return run_main(["check", "--no-cache", "--jobs", "1", *select, *args], capsys)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


# --- formats and --report ---------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["terminal", "concise", "json", "json-lines", "markdown", "html", "sarif",
                                 "github", "junit"])
def test_every_format_exit_codes(tmp_path, capsys, fmt):
    d = story(tmp_path, {"a.txt": SUMMIT_A, "b.txt": SUMMIT_B})
    code, out, err = check(["--format", fmt, str(d)], capsys)
    assert code == 1 and out.strip()
    assert err == ""  # no progress bar or notes when stderr is not a terminal


def test_report_option_writes_several_formats(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A, "b.txt": SUMMIT_B})
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, _ = check(["--format", "github", "--report", f"sarif={out_dir / 'r.sarif'}",
                          "--report", f"junit={out_dir / 'r.xml'}", "--report", f"html={out_dir / 'r.html'}",
                          str(d)], capsys)
    assert code == 1 and out.startswith("::error ")
    assert json.loads((out_dir / "r.sarif").read_text())["runs"][0]["results"]
    assert ET.parse(out_dir / "r.xml").getroot().tag == "testsuites"
    assert "<!DOCTYPE html>" in (out_dir / "r.html").read_text()


def test_report_inside_story_is_not_read_back(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A, "b.txt": SUMMIT_B})
    check(["--report", f"markdown={d / 'report.md'}", str(d)], capsys)
    code, out, _ = check(["--format", "json", "--report", f"markdown={d / 'report.md'}", str(d)], capsys)
    assert len(json.loads(out)["articles"]) == 2


@pytest.mark.parametrize("spec", ["sarif", "nope=x.json", "sarif=", "=x"])
def test_report_option_usage_errors(tmp_path, capsys, spec):
    d = story(tmp_path, {"a.txt": SUMMIT_A})
    code, _, err = check(["--report", spec, str(d)], capsys)
    assert code == 2 and "FORMAT=PATH" in err


def test_report_option_refuses_an_article_and_two_stdouts(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A})
    assert check(["--report", f"html={d / 'a.txt'}", str(d)], capsys)[0] == 2
    assert (d / "a.txt").read_text() == SUMMIT_A
    assert check(["--report", "json=-", str(d)], capsys)[0] == 2


# --- baseline ---------------------------------------------------------------------------

def test_baseline_round_trip(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A, "b.txt": SUMMIT_B})
    base = tmp_path / "baseline.json"
    code, _, err = check(["--write-baseline", str(base), str(d)], capsys)
    assert code == 0 and "wrote 1 finding" in err
    doc = json.loads(base.read_text())
    assert doc["crosscheck_baseline"] == 1 and len(doc["findings"]) == 1
    assert {"id", "code", "kind", "story", "topic", "articles"} <= set(doc["findings"][0])
    # The known contradiction is hidden and the run passes.
    code, out, _ = check(["--format", "json", "--baseline", str(base), str(d)], capsys)
    assert code == 0 and json.loads(out)["summary"]["contradiction"] == 0
    # Lines moved: the fingerprint has no line numbers, the finding stays known.
    (d / "a.txt").write_text("Published 3 March 2024\n\nIntro.\n\n" + SUMMIT_A.split("\n\n", 1)[1])
    assert check(["--baseline", str(base), str(d)], capsys)[0] == 0
    # A new contradiction fails the run and is the only one shown.
    (d / "c.txt").write_text(STRIKE_C)
    (d / "e.txt").write_text(STRIKE_D)
    code, out, _ = check(["--format", "json", "--baseline", str(base), str(d)], capsys)
    findings = [f for f in json.loads(out)["findings"] if f["kind"] == "contradiction"]
    assert code == 1 and len(findings) == 1 and "Bergen" in findings[0]["claims"][0]["text"]


def test_baseline_stale_entries_are_listed(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A, "b.txt": SUMMIT_B})
    base = tmp_path / "baseline.json"
    check(["--write-baseline", str(base), str(d)], capsys)
    (d / "b.txt").write_text(SUMMIT_A.replace("3 March", "4 March"))
    code, out, _ = check(["--baseline", str(base), str(d)], capsys)
    assert code == 0 and "1 stale entry" in out
    stale_id = json.loads(base.read_text())["findings"][0]["id"]
    assert stale_id in out
    code, out, err = check(["--format", "json", "--baseline", str(base), str(d)], capsys)
    assert "stale baseline entr" in err and stale_id in err
    assert json.loads(out)["baseline"]["stale"][0]["id"] == stale_id
    # Stale only when the run could have seen it: not when its rule did not run.
    code, out, _ = check(["--baseline", str(base), "--select", "ZZ", str(d)], capsys, select=())
    assert "0 stale entries" in out


def test_baseline_errors(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A})
    code, _, err = check(["--baseline", str(tmp_path / "missing.json"), str(d)], capsys)
    assert code == 2 and "not found" in err
    (tmp_path / "bad.json").write_text("{}")
    assert check(["--baseline", str(tmp_path / "bad.json"), str(d)], capsys)[0] == 2
    assert check(["--changed", "--write-baseline", "b.json", str(d / "a.txt")], capsys)[0] == 2


# --- --changed --------------------------------------------------------------------------

def test_changed_reports_only_findings_of_named_files(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A, "b.txt": SUMMIT_B, "c.txt": STRIKE_C, "d.txt": STRIKE_D})
    story(tmp_path, {"x.txt": STRIKE_C, "y.txt": STRIKE_D}, "story/sub")  # another story below
    code, out, _ = check(["--format", "json", str(d)], capsys)
    assert json.loads(out)["summary"]["contradiction"] == 3
    code, out, _ = check(["--changed", "--format", "json", str(d / "a.txt")], capsys)
    report = json.loads(out)
    assert code == 1 and report["summary"]["contradiction"] == 1
    assert {c["article"] for f in report["findings"] for c in f["claims"]} == {"a", "b"}
    assert report["summary"]["articles"] == 4  # the siblings were read, not the sub-story
    code, out, _ = check(["--changed", "--format", "json", str(d / "c.txt"), str(d / "a.txt")], capsys)
    assert json.loads(out)["summary"]["contradiction"] == 2


def test_changed_skips_non_articles_and_missing_files(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A, "b.txt": SUMMIT_B, "notes.rst": "x"})
    code, out, err = check(["--changed", "--format", "concise", str(d / "notes.rst"), str(d / "gone.txt")], capsys)
    assert code == 0 and "not an article" in err and "not found" in err
    assert "0 contradictions" in out


def test_changed_sibling_errors_are_notes(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A, "b.txt": SUMMIT_B})
    (d / "blob.txt").write_bytes(b"\x00\x01binary")
    code, out, err = check(["--changed", "--format", "json", str(d / "a.txt")], capsys)
    assert code == 1 and json.loads(out)["errors"] == [] and "blob.txt" in err
    code, out, _ = check(["--changed", "--format", "json", str(d / "blob.txt")], capsys)
    assert code == 2 and json.loads(out)["errors"]


def test_changed_with_baseline_scopes_stale_entries(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A, "b.txt": SUMMIT_B, "c.txt": STRIKE_C, "d.txt": STRIKE_D})
    base = tmp_path / "b.json"
    check(["--write-baseline", str(base), str(d)], capsys)
    (d / "c.txt").write_text(STRIKE_D)  # the strike contradiction is gone
    code, out, _ = check(["--changed", "--baseline", str(base), str(d / "a.txt")], capsys)
    assert code == 0 and "0 stale entries" in out  # c/d's entry is not a/b's business
    code, out, _ = check(["--changed", "--baseline", str(base), str(d / "c.txt")], capsys)
    assert code == 0 and "1 stale entry" in out


def test_pre_commit_hook_definition():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    text = open(os.path.join(root, ".pre-commit-hooks.yaml"), encoding="utf-8").read()
    assert "- id: crosscheck" in text and "entry: crosscheck check --changed" in text
    assert "language: python" in text and "files:" in text


# --- rules ------------------------------------------------------------------------------

def test_rules_lists_every_rule():
    result = CliRunner().invoke(cli, ["rules"])
    assert result.exit_code == 0
    for r in REGISTRY:
        assert r.code in result.output and r.name in result.output
    data = json.loads(CliRunner().invoke(cli, ["rules", "--format", "json"]).output)
    assert [d["code"] for d in data] == sorted(r.code for r in REGISTRY)
    assert all(d["kinds"] and d["severity"] and d["summary"] for d in data)


def test_rule_prints_documentation_and_examples(capsys):
    rule = REGISTRY[0]
    result = CliRunner().invoke(cli, ["rule", rule.code.lower()])
    assert result.exit_code == 0
    assert rule.summary in result.output and "Examples" in result.output and "must report" in result.output
    assert CliRunner().invoke(cli, ["rule", rule.name]).exit_code == 0
    code, _, err = run_main(["rule", "XX999"], capsys)
    assert code == 2 and "no rule" in err


# --- options wired to the engine ----------------------------------------------------------

def test_cache_options(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A, "b.txt": SUMMIT_B})
    cache = tmp_path / "cc"
    first = run_main(["check", "--jobs", "1", "--cache-dir", str(cache), "--format", "json", str(d)], capsys)
    assert cache.is_dir() and any(cache.rglob("*"))
    second = run_main(["check", "--jobs", "1", "--cache-dir", str(cache), "--format", "json", str(d)], capsys)
    assert first[:2] == second[:2]
    run_main(["check", "--no-cache", "--format", "json", str(d)], capsys)
    assert not (tmp_path / ".crosscheck_cache").exists()
    run_main(["check", "--jobs", "1", "--format", "json", str(d)], capsys)
    assert (tmp_path / ".crosscheck_cache").is_dir()  # the default, in the current directory


def test_jobs_validation(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A})
    assert run_main(["check", "--jobs", "0", str(d)], capsys)[0] == 2
    assert run_main(["check", "--no-cache", "--jobs", "2", str(d)], capsys)[0] == 0


# --- progress -----------------------------------------------------------------------------

class FakeTTY:
    def __init__(self):
        self.data = []

    def isatty(self):
        return True

    def write(self, s):
        self.data.append(s)

    def flush(self):
        pass


def test_progress_only_for_people(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    tty = FakeTTY()
    assert wanted("terminal", tty)
    for fmt in ("json", "sarif", "github", "junit", "concise", "json-lines"):
        assert not wanted(fmt, tty)
    assert not wanted("terminal", open(os.devnull, "w"))
    monkeypatch.setenv("TERM", "dumb")
    assert not wanted("terminal", tty)


def test_progress_disabled_writes_nothing():
    tty = FakeTTY()
    with Progress("x", enabled=False, stream=tty) as bar:
        bar.update(1, 2)
    assert tty.data == []


def test_progress_enabled_is_removed_at_the_end():
    tty = FakeTTY()
    with Progress("Checking", enabled=True, stream=tty, delay=0) as bar:
        bar._start()  # what the timer does after the delay
        bar.update(1, 2)
    # Whatever was drawn ends erased (transient); no exception, nothing left running.
    assert bar._bar is None


# --- hostile articles through the whole pipeline -------------------------------------------

HOSTILE_A = ("Published 3 March 2024\n\nThe summit opened on March 1 in Oslo <script>alert(1)</script> "
             "[bold red]x[/] :warning: \x1b[31mred\x1b]0;title\x07.\n")
HOSTILE_B = "Published 4 March 2024\n\n::error file=x.txt::The summit opened on March 2 in Oslo.\n"


@pytest.mark.parametrize("fmt", ["terminal", "concise", "json", "json-lines", "markdown", "html", "sarif",
                                 "github", "junit"])
def test_hostile_article_cannot_change_any_format(tmp_path, capsys, monkeypatch, fmt):
    from html.parser import HTMLParser

    monkeypatch.setenv("FORCE_COLOR", "1")
    d = story(tmp_path, {"a.txt": HOSTILE_A, "b.txt": HOSTILE_B})
    code, out, _ = check(["--format", fmt, "--verbose", "--width", "250", str(d)], capsys)
    assert code == 1  # the contradiction quotes both hostile sentences
    assert "\x07" not in out and "\x1b]" not in out
    for line in out.splitlines():
        if line.lstrip().startswith("::"):
            assert fmt == "github" and line.startswith(("::error ", "::warning ", "::notice ")), line
    if fmt in ("json", "sarif"):
        json.loads(out)
    elif fmt == "json-lines":
        [json.loads(line) for line in out.splitlines()]
    elif fmt == "junit":
        ET.fromstring(out)
    elif fmt == "html":
        tags = []

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                tags.append(tag)

        P().feed(out)
        assert "script" not in tags and "&lt;script&gt;" in out
    elif fmt == "markdown":
        assert "<script>" not in out
    elif fmt == "terminal":
        assert "[bold red]x[/]" in out and ":warning:" in out

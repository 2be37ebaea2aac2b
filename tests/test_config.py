"""Configuration files: discovery upward, every key, clear errors, CLI precedence."""
from __future__ import annotations

import json

import pytest

from checker import config as cfg
from checker.cli import main
from checker.model import Finding
from checker.runner import options_from

SUMMIT_A = "Published 3 March 2024\n\nThe summit opened on March 1 in Oslo.\n"
SUMMIT_B = "Published 4 March 2024\n\nThe summit opened on March 2 in Oslo.\n"


def story(root, files=None, name="story"):
    d = root / name
    d.mkdir(parents=True)
    for k, v in (files or {"a.txt": SUMMIT_A, "b.txt": SUMMIT_B}).items():
        (d / k).write_text(v, encoding="utf-8")
    return d


def run_main(args, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--no-cache", "--jobs", "1", *args])
    out, err = capsys.readouterr()
    return exc.value.code, out, err


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


# --- discovery --------------------------------------------------------------------------

def test_found_upward_from_the_story(tmp_path):
    d = story(tmp_path / "news" / "2024")
    (tmp_path / "news" / "crosscheck.toml").write_text('fail-on = "unsourced"\n')
    found = cfg.find(str(d))
    assert found == str(tmp_path / "news" / "crosscheck.toml")
    assert cfg.discover([str(d / "a.txt")]).fail_on == "unsourced"


def test_pyproject_needs_its_section_and_crosscheck_toml_wins(tmp_path):
    d = story(tmp_path / "repo")
    (tmp_path / "repo" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    found = cfg.find(str(d))
    assert found is None or not found.startswith(str(tmp_path))  # a pyproject without the section
    (tmp_path / "repo" / "pyproject.toml").write_text("[tool.crosscheck]\nignore = ['DT101']\n")
    assert cfg.discover([str(d)]).ignore == ("DT101",)
    (tmp_path / "repo" / "crosscheck.toml").write_text("select = ['DT']\n")
    c = cfg.discover([str(d)])
    assert c.select == ("DT",) and c.ignore == ()


def test_explicit_and_isolated(tmp_path):
    (tmp_path / "other.toml").write_text("select = ['XX']\n")
    assert cfg.discover(["."], explicit=str(tmp_path / "other.toml")).select == ("XX",)
    (tmp_path / "crosscheck.toml").write_text("select = ['YY']\n")
    assert cfg.discover(["."], isolated=True) == cfg.Config()
    with pytest.raises(cfg.ConfigError, match="not found"):
        cfg.discover(["."], explicit=str(tmp_path / "missing.toml"))


# --- keys -------------------------------------------------------------------------------

def test_every_key_parses(tmp_path):
    (tmp_path / "crosscheck.toml").write_text(
        'select = ["DT"]\nignore = ["QT201"]\nfail-on = "warning"\nextensions = ["md", ".TXT"]\n'
        'exclude = ["drafts/**"]\naliases = [["Uyghurs", "Uighurs", "Uygurs"], ["UN", "United Nations"]]\n'
        'tolerance = 0.1\nencoding = "cp1252"\nbaseline = "base.json"\n'
        '[severity]\nDT101 = "warning"\nsingle_source = "warning"\n')
    c = cfg.load(str(tmp_path / "crosscheck.toml"))
    assert c.select == ("DT",) and c.ignore == ("QT201",) and c.fail_on == "warning"
    assert c.extensions == (".md", ".txt")
    assert c.aliases == (("Uyghurs", "Uighurs", "Uygurs"), ("UN", "United Nations"))
    assert c.tolerance == 0.1 and c.encoding == "cp1252" and c.baseline == "base.json"
    assert dict(c.severity) == {"DT101": "warning", "single_source": "warning"}
    options = options_from(c)
    assert options.aliases == c.aliases and options.tolerance == 0.1
    assert options.severities == c.severity and options.extensions == (".md", ".txt")


@pytest.mark.parametrize("text,message", [
    ("fail_on = 'unsourced'\n", "unknown key 'fail_on' (did you mean 'fail-on'?)"),
    ("selct = ['DT']\n", "did you mean 'select'"),
    ("frobnicate = 1\n", "unknown key 'frobnicate'"),
    ("select = 3\n", "'select' must be a list of strings"),
    ("fail-on = 'sometimes'\n", "'fail-on' must be one of"),
    ("tolerance = 5\n", "'tolerance' must be a number from 0 to 1"),
    ("aliases = [['solo']]\n", "'aliases' must be a list of lists of two or more names"),
    ("severity = 'high'\n", "'severity' must be a table"),
    ("[severity]\nDT101 = 'fatal'\n", "severity of 'DT101' must be one of"),
    ("encoding = 'no-such-codec'\n", "unknown encoding"),
    ("select = [\n", "invalid TOML"),
])
def test_clear_errors(tmp_path, text, message):
    (tmp_path / "crosscheck.toml").write_text(text)
    with pytest.raises(cfg.ConfigError) as exc:
        cfg.load(str(tmp_path / "crosscheck.toml"))
    assert message in str(exc.value) and "crosscheck.toml" in str(exc.value)


def test_non_utf8_config_is_a_clear_error_not_a_traceback(tmp_path, capsys):
    d = story(tmp_path)
    (tmp_path / "crosscheck.toml").write_bytes(b'fail-on = "\xff"\n')
    with pytest.raises(cfg.ConfigError, match="not UTF-8"):
        cfg.load(str(tmp_path / "crosscheck.toml"))
    code, _, err = run_main([str(d)], capsys)
    assert code == 2 and "crosscheck.toml" in err and "not UTF-8" in err and "Traceback" not in err


def test_unknown_key_exits_2_with_the_file_named(tmp_path, capsys):
    d = story(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.crosscheck]\nfail-onn = 'never'\n")
    code, _, err = run_main([str(d)], capsys)
    assert code == 2 and "pyproject.toml [tool.crosscheck]" in err and "fail-onn" in err


# --- effects on a run -------------------------------------------------------------------

def test_ignore_and_select_from_config_and_cli_wins(tmp_path, capsys):
    d = story(tmp_path)
    (tmp_path / "crosscheck.toml").write_text("select = ['DT101']\nignore = ['DT101']\n")
    code, out, _ = run_main(["--format", "json", str(d)], capsys)
    assert code == 0 and json.loads(out)["findings"] == []
    code, _, _ = run_main(["--ignore", "nothing", str(d)], capsys)
    assert code == 1
    code, _, _ = run_main(["--isolated", str(d)], capsys)
    assert code == 1


def test_fail_on_and_severity_from_config(tmp_path, capsys):
    d = story(tmp_path)
    (tmp_path / "crosscheck.toml").write_text("fail-on = 'error'\n[severity]\nDT = 'warning'\n")
    code, out, _ = run_main(["--select", "DT101", "--format", "json", str(d)], capsys)
    report = json.loads(out)
    assert code == 0 and [f["severity"] for f in report["findings"] if f["kind"] == "contradiction"] == ["warning"]
    assert run_main(["--select", "DT101", "--fail-on", "warning", str(d)], capsys)[0] == 1


def test_severity_precedence():
    f = Finding("contradiction", "event-dates", "DT101", "error", "t", "m", ())
    assert cfg.severity_for(f, (("contradiction", "info"),)) == "info"
    assert cfg.severity_for(f, (("contradiction", "info"), ("DT", "warning"))) == "warning"
    assert cfg.severity_for(f, (("DT", "warning"), ("event-dates", "info"))) == "info"
    assert cfg.severity_for(f, (("event-dates", "info"), ("dt101", "warning"))) == "warning"
    assert cfg.severity_for(f, ()) == "error"


def test_extensions_and_exclude(tmp_path, capsys):
    d = story(tmp_path, {"a.txt": SUMMIT_A, "b.md": SUMMIT_B, "c.txt": SUMMIT_B})
    (tmp_path / "crosscheck.toml").write_text("extensions = ['.txt']\nexclude = ['story/c.*']\n")
    code, out, _ = run_main(["--format", "json", str(d)], capsys)
    assert [a["id"] for a in json.loads(out)["articles"]] == ["a"]


def test_baseline_from_config(tmp_path, capsys):
    d = story(tmp_path)
    (tmp_path / "crosscheck.toml").write_text("baseline = 'known.json'\n")
    assert run_main(["--write-baseline", "known.json", str(d)], capsys)[0] == 0
    assert run_main([str(d)], capsys)[0] == 0  # the configured baseline hides the contradiction

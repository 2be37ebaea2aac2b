"""The CLI: exit codes 0/1/2, formats, --output, --fail-on, colour switches."""
import json
import os

from click.testing import CliRunner

from checker.cli import cli
from cli_helpers import run_main, story as _story

STORY_OK = {"a.txt": "Published 3 March 2024\n\nThe summit opened on March 1 in Oslo.",
            "b.txt": "Published 4 March 2024\n\nThe summit opened on March 1 in Oslo, officials said."}
STORY_BAD = {"a.txt": "Published 3 March 2024\n\nThe summit opened on March 1 in Oslo.",
             "b.txt": "Published 4 March 2024\n\nThe summit opened on March 2 in Oslo."}


def test_exit_0_when_nothing_at_fail_level(tmp_path, capsys):
    code, out, _ = run_main(["check", str(_story(tmp_path, STORY_OK))], capsys)
    assert code == 0 and "agree" in out


def test_exit_1_on_contradiction(tmp_path, capsys):
    code, out, _ = run_main(["check", str(_story(tmp_path, STORY_BAD))], capsys)
    assert code == 1 and "Contradictions" in out


def test_fail_on_never_and_single_source(tmp_path, capsys):
    d = _story(tmp_path, STORY_BAD)
    assert run_main(["check", "--fail-on", "never", str(d)], capsys)[0] == 0
    single = _story(tmp_path, {"a.txt": STORY_OK["a.txt"]}, "single")
    assert run_main(["check", "--fail-on", "single_source", str(single)], capsys)[0] == 1
    assert run_main(["check", str(single)], capsys)[0] == 0


def test_exit_2_on_usage_errors(capsys):
    assert run_main(["check"], capsys)[0] == 2
    assert run_main(["check", "--format", "nope", "x"], capsys)[0] == 2
    assert run_main(["frobnicate"], capsys)[0] == 2
    assert run_main(["check", "--encoding", "no-such-codec", "x"], capsys)[0] == 2


def test_exit_2_on_missing_path_and_binary(tmp_path, capsys):
    code, out, _ = run_main(["check", "--format", "json", str(tmp_path / "missing")], capsys)
    assert code == 2 and json.loads(out)["errors"]
    d = _story(tmp_path, STORY_OK)
    (d / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    code, out, _ = run_main(["check", "--format", "json", str(d)], capsys)
    report = json.loads(out)
    assert code == 2 and len(report["articles"]) == 2
    assert [e["path"] for e in report["errors"]] == [str(d / "bin.txt")]


def test_output_file_written_and_excluded(tmp_path, capsys):
    d = _story(tmp_path, STORY_BAD)
    target = d / "report.txt"
    code, out, _ = run_main(["check", "--format", "json", "--output", str(target), str(d)], capsys)
    assert code == 1 and out == ""
    report = json.loads(target.read_text(encoding="utf-8"))
    assert report["summary"]["contradiction"] == 1
    # The report written into the story directory is not read back as an article.
    code, _, _ = run_main(["check", "--format", "json", "--output", str(target), str(d)], capsys)
    assert len(json.loads(target.read_text(encoding="utf-8"))["articles"]) == 2
    assert not [p for p in os.listdir(d) if p.startswith(".crosscheck-")]


def test_output_refuses_input_file_and_symlink(tmp_path, capsys):
    d = _story(tmp_path, STORY_OK)
    code, _, err = run_main(["check", "--output", str(d / "a.txt"), str(d)], capsys)
    assert code == 2 and "input" in err
    victim = tmp_path / "victim"
    victim.write_text("keep")
    link = tmp_path / "link.json"
    link.symlink_to(victim)
    code, _, err = run_main(["check", "--output", str(link), str(d)], capsys)
    assert code == 2 and victim.read_text() == "keep"


def test_python_m_checker_and_clirunner(tmp_path):
    d = _story(tmp_path, STORY_OK)
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(d)])
    assert result.exit_code == 0
    assert json.loads(result.output)["schema_version"] == 1


def test_color_forced_and_disabled(tmp_path, capsys, monkeypatch):
    d = _story(tmp_path, STORY_BAD)
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, out, _ = run_main(["check", str(d)], capsys)
    assert "\x1b[" in out
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run_main(["check", str(d)], capsys)
    assert "\x1b[" not in out


def test_markup_in_article_is_shown_literally(tmp_path, capsys, monkeypatch):
    files = {"a.txt": "Published 3 March 2024\n\nThe summit opened on March 1 in Oslo [bold red]x[/] :warning:.",
             "b.txt": "Published 4 March 2024\n\nThe summit opened on March 2 in Oslo \x1b]0;pwned\x07 [/]."}
    monkeypatch.setenv("FORCE_COLOR", "1")
    code, out, _ = run_main(["check", "--verbose", str(_story(tmp_path, files))], capsys)
    assert code == 1
    assert "[bold red]x[/]" in out and ":warning:" in out
    assert "\x1b]" not in out and "\x07" not in out

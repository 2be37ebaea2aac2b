"""Hostile inputs found by an outside red-team run (not in the bad-input catalogue).

Each test is one finding of that run: the input, and the contract it must now keep (no
traceback, a clear error naming the file, exit codes, nothing destroyed or lost)."""
from __future__ import annotations

import json
import os
import pathlib
import stat

import pytest

import hostile as H

ROOT = pathlib.Path(__file__).resolve().parent.parent
ARTICLE = "Published 3 June 2023\n\nThe dock strike began on May 23, 2023, the port authority said.\n"


def _story(tmp_path, name="story", files=None):
    return H.write_story(tmp_path, files or {"a.txt": ARTICLE, "b.txt": ARTICLE.replace("May 23", "May 25")}, name)


def _run(capsys, *args):
    code, out, err = H.run_main(["check", *H.FAST, *args], capsys)
    assert "Traceback" not in err and "internal error" not in err, err
    return code, out, err


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a device node needs root")
def test_output_onto_a_device_writes_through_it_and_keeps_the_node(tmp_path, capsys):
    node = tmp_path / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a private /dev/null
    code, out, _ = _run(capsys, "--format", "json", "-o", node, _story(tmp_path))
    assert code == 1 and stat.S_ISCHR(os.lstat(node).st_mode)


def test_output_into_a_fifo_is_written_through(tmp_path, capsys):
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, encoding="utf-8").read()))
    reader.start()
    code, _, _ = _run(capsys, "--format", "json", "-o", fifo, _story(tmp_path))
    reader.join(30)
    assert code == 1 and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(got[0])["findings"]


def test_output_onto_a_directory_is_a_usage_error(tmp_path, capsys):
    code, _, err = _run(capsys, "--format", "json", "-o", tmp_path, _story(tmp_path))
    assert code == 2 and "it is a directory" in err


def test_a_tree_nested_deeper_than_python_recursion_is_read(tmp_path, capsys):
    deep = tmp_path / "deep"
    p = str(deep)
    os.mkdir(p)
    for _ in range(1100):  # os.walk recursed once per level: RecursionError, whole run lost
        p = os.path.join(p, "d")
        os.mkdir(p)
    pathlib.Path(p, "a.txt").write_text(ARTICLE, encoding="utf-8")
    pathlib.Path(p, "b.txt").write_text(ARTICLE.replace("May 23", "May 25"), encoding="utf-8")
    try:
        code, out, _ = _run(capsys, "--format", "json", deep)
    finally:  # bottom-up, without recursion: pytest's own clean-up of tmp_path recurses
        for name in ("a.txt", "b.txt"):
            os.remove(os.path.join(p, name))
        while p != str(deep):
            os.rmdir(p)
            p = os.path.dirname(p)
    rep = H.check_json(out)
    assert code == 1 and not rep["errors"] and len(rep["articles"]) == 2 and rep["findings"]


def test_a_tree_deeper_than_the_limit_is_one_error_and_the_rest_is_checked(tmp_path, capsys, monkeypatch):
    from checker import load

    monkeypatch.setattr(load, "MAX_DEPTH", 3)
    leaf = tmp_path.joinpath("deep", *["d"] * 5)
    leaf.mkdir(parents=True)
    (leaf / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, _ = _run(capsys, "--format", "json", _story(tmp_path), tmp_path / "deep")
    rep = H.check_json(out)
    assert code == 2 and [e["code"] for e in rep["errors"]] == ["too-deep"]
    assert "more than 3 levels" in rep["errors"][0]["message"]
    assert rep["findings"]  # the good story is still checked


def test_a_tree_within_the_depth_limit_is_read(tmp_path, capsys):
    p = tmp_path / "tree"
    leaf = p.joinpath(*["d"] * 20)
    leaf.mkdir(parents=True)
    (leaf / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (leaf / "b.txt").write_text(ARTICLE.replace("May 23", "May 25"), encoding="utf-8")
    code, out, _ = _run(capsys, "--format", "json", p)
    assert code == 1 and not H.check_json(out)["errors"]


@pytest.mark.parametrize("codec, problem", [
    ("rot13", "is not a text encoding"), ("base64", "is not a text encoding"), ("hex", "is not a text encoding"),
    ("uu", "is not a text encoding"), ("undefined", "is not a text encoding"), ("", "empty encoding name"),
])
def test_a_codec_that_does_not_decode_text_is_a_usage_error(tmp_path, capsys, codec, problem):
    code, _, err = _run(capsys, "--format", "json", "--encoding", codec, _story(tmp_path))
    assert code == 2 and problem in err


def test_the_same_codecs_in_a_configuration_are_a_configuration_error(tmp_path, capsys):
    d = _story(tmp_path)
    (d / "crosscheck.toml").write_text('encoding = "rot13"\n', encoding="utf-8")
    code, _, err = _run(capsys, "--format", "json", d)
    assert code == 2 and "crosscheck.toml" in err and "not a text encoding" in err


def test_a_configuration_nested_too_deeply_is_an_error_naming_it(tmp_path, capsys):
    d = _story(tmp_path)
    (d / "crosscheck.toml").write_text("select = " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    code, _, err = _run(capsys, "--format", "json", d)
    assert code == 2 and "crosscheck.toml" in err and "nested too deeply" in err


def test_a_huge_configuration_is_refused_unread(tmp_path, capsys):
    d = _story(tmp_path)
    with open(d / "crosscheck.toml", "wb") as fh:
        fh.truncate(1 << 30)  # sparse: a gigabyte of NULs that tomllib would hold in memory
    code, _, err = _run(capsys, "--format", "json", d)
    assert code == 2 and "crosscheck.toml" in err and "limit" in err


@pytest.mark.parametrize("kind", ["deep", "fifo", "device", "directory"])
def test_a_hostile_baseline_is_an_error_not_a_hang_or_a_traceback(tmp_path, capsys, kind):
    path = tmp_path / "baseline.json"
    if kind == "deep":
        path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    elif kind == "fifo":
        os.mkfifo(path)  # opened for reading it would block forever
    elif kind == "device":
        path = pathlib.Path("/dev/zero")  # read whole it would fill the memory
    else:
        path.mkdir()
    code, _, err = _run(capsys, "--format", "json", "--baseline", path, _story(tmp_path))
    assert code == 2 and str(path) in err


def test_one_article_over_two_caps_is_one_error(tmp_path, capsys):
    from checker.facts import MAX_SENTENCE_TIMES
    from checker.sentences import MAX_SENTENCES

    listing = ", ".join(f"May {1 + i % 28}" for i in range(MAX_SENTENCE_TIMES + 1))
    both = ("Published 25 May 2024\n\nHearings were held on " + listing + ".\n"
            + "\n".join(f"Item {i} was sold." for i in range(MAX_SENTENCES + 3)))
    d = _story(tmp_path, files={"both.txt": both, "ok.txt": ARTICLE})
    code, out, _ = _run(capsys, "--format", "json", d)
    errs = H.check_json(out)["errors"]
    assert code == 2 and len(errs) == 1 and errs[0]["code"] == "partial"
    assert "sentences" in errs[0]["message"] and "; " in errs[0]["message"]  # both caps named

"""Helpers shared by the CLI tests: write a story directory, run ``main`` and capture it."""
import pytest

from checker.cli import main


def story(tmp_path, files, name="story"):
    d = tmp_path / name
    d.mkdir(parents=True)
    for k, v in files.items():
        (d / k).write_text(v, encoding="utf-8")
    return d


def run_main(args, capsys):
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out, err = capsys.readouterr()
    return exc.value.code, out, err

"""Same input, byte-identical JSON: whatever TZ, PYTHONHASHSEED, input order or today's date.

Each run is a fresh interpreter (``python -c`` wrapper around checker.cli.main); fakes are
installed before the checker is imported (tests/hostile.py: FAKE_TODAY, REVERSED_LISTING).
"""
from __future__ import annotations

import json

import pytest

import hostile as H

SEEDS = sorted(p.name for p in (H.ROOT / "seeds").glob("*.txt"))
ARGS = ["check", "--format", "json", "--no-cache", "--no-progress"]


def _run(args, env=None, prelude=""):
    proc = H.run_cli(args, env_extra=env, prelude=prelude)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")[-3000:]
    assert b"Traceback" not in proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def baseline() -> bytes:
    out = _run([*ARGS, "seeds/"], env={"TZ": "UTC", "PYTHONHASHSEED": "0"})
    assert json.loads(out)["findings"]
    return out


@pytest.mark.parametrize("env", [
    {"TZ": "Pacific/Kiritimati", "PYTHONHASHSEED": "0"},  # UTC+14
    {"TZ": "Etc/GMT+12", "PYTHONHASHSEED": "0"},  # UTC-12
    {"TZ": "UTC", "PYTHONHASHSEED": "1"},
    {"TZ": "UTC", "PYTHONHASHSEED": "4294967295"},
    {"TZ": "America/St_Johns", "PYTHONHASHSEED": "random", "LC_ALL": "C"},
], ids=["tz+14", "tz-12", "hashseed-1", "hashseed-max", "tz-0330-random-hash-C-locale"])
def test_environment_does_not_change_the_json(baseline, env):
    assert _run([*ARGS, "seeds/"], env=env) == baseline


@pytest.mark.parametrize("today", ["2031-01-31", "1999-12-31"])
def test_today_does_not_change_the_json(baseline, today):
    out = _run([*ARGS, "seeds/"], env={"TZ": "UTC", "PYTHONHASHSEED": "0", "CROSSCHECK_FAKE_TODAY": today},
               prelude=H.FAKE_TODAY)
    assert out == baseline


def test_reversed_directory_listing_does_not_change_the_json(baseline):
    assert _run([*ARGS, "seeds/"], env={"TZ": "UTC"}, prelude=H.REVERSED_LISTING) == baseline


def test_file_order_on_the_command_line_does_not_change_the_json():
    files = [f"seeds/{n}" for n in SEEDS]
    forward = _run([*ARGS, *files])
    backward = _run([*ARGS, *reversed(files)])
    shuffled = _run([*ARGS, *files[1::2], *files[::2]])
    assert forward == backward == shuffled and json.loads(forward)["findings"]


def test_workers_and_cache_do_not_change_the_json(tmp_path):
    stories = ["seeds/", *sorted(str(p.relative_to(H.ROOT)) + "/" for p in (H.ROOT / "eval" / "stories").iterdir()
                                 if p.is_dir())][:3]
    one = _run(["check", "--format", "json", "--no-cache", "--no-progress", "--jobs", "1", *stories])
    two = _run(["check", "--format", "json", "--no-cache", "--no-progress", "--jobs", "2", *reversed(stories)])
    cache = ["--cache-dir", str(tmp_path / "cache")]
    cold = _run(["check", "--format", "json", "--no-progress", *cache, *stories])
    warm = _run(["check", "--format", "json", "--no-progress", *cache, *stories])
    assert one == two == cold == warm

"""Shared helpers for the reliability tests: running the CLI, faking today, checking output.

Not a test module (no ``test_`` prefix); imported by test_bad_inputs, test_properties and
test_determinism.
"""
from __future__ import annotations

import io
import json
import os
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
# In-process runs: one process, no cache, no progress bar (fast, isolated, deterministic).
FAST = ["--jobs", "1", "--no-cache", "--no-progress"]

# Formats that are data for programs: exact text is kept (bidi characters included), only
# the container must stay valid. Every other format is read by people and must escape.
DATA_FORMATS = ("json", "json-lines", "sarif")
_SGR = re.compile(r"\x1b\[[0-9;]*m")
_C0 = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_C1 = re.compile(r"[\x80-\x9f]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2028\u2029\u061c]")
_GITHUB_COMMAND = re.compile(r"^::(?:error|warning|notice|debug|group|endgroup)(?: [^\n]*?)?::")


def write_story(root: pathlib.Path, files: dict, name: str = "story") -> pathlib.Path:
    """A story directory ROOT/NAME holding FILES (name -> text or bytes)."""
    d = root / name
    d.mkdir(parents=True, exist_ok=True)
    for fname, content in files.items():
        p = d / fname
        if isinstance(content, str):
            content = content.encode("utf-8")
        with open(p, "wb") as fh:
            fh.write(content)
    return d


def formats() -> list[str]:
    from checker.report import FORMATS

    return list(FORMATS)


def run_main(args, capsys) -> tuple[int, str, str]:
    """``crosscheck ARGS`` in this process: (exit code, stdout, stderr)."""
    from checker.cli import main

    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    code = exc.value.code
    return (code if isinstance(code, int) else 0 if code is None else 2), out, err


def check_json(out: str, fmt: str = "json"):
    """Strict JSON: no NaN/Infinity constants; one document, or one per line for json-lines."""
    def no_constants(name):
        raise ValueError(f"non-standard JSON constant {name}")

    if fmt == "json-lines":
        return [json.loads(line, parse_constant=no_constants) for line in out.splitlines() if line.strip()]
    return json.loads(out, parse_constant=no_constants)


def output_problems(out: str, fmt: str, color: bool = False) -> list[str]:
    """Everything wrong with a report's text as far as injection goes; [] when clean."""
    problems = []
    text = _SGR.sub("", out) if color and fmt in ("terminal", "concise") else out
    if "\x1b" in text:
        problems.append(f"{fmt}: raw ESC (ANSI/OSC) in output")
    if _C0.search(text.replace("\r\n", "\n")) or "\r" in text.replace("\r\n", ""):
        problems.append(f"{fmt}: raw control character {_C0.search(text) and _C0.search(text).group(0)!r}")
    if _C1.search(text):
        problems.append(f"{fmt}: raw C1 control {_C1.search(text).group(0)!r}")
    if fmt not in DATA_FORMATS and _BIDI.search(text):
        problems.append(f"{fmt}: raw bidi/zero-width/line-separator {_BIDI.search(text).group(0)!r}")
    for line in out.splitlines():
        if line.lstrip().startswith("::"):
            if not (fmt == "github" and _GITHUB_COMMAND.match(line)):
                problems.append(f"{fmt}: line starts with '::': {line[:80]!r}")
    if fmt in ("json", "sarif", "json-lines"):
        try:
            check_json(out, fmt)
        except ValueError as exc:
            problems.append(f"{fmt}: invalid JSON: {exc}")
    if fmt == "junit":
        try:
            ET.fromstring(out)
        except ET.ParseError as exc:
            problems.append(f"junit: invalid XML: {exc}")
    if fmt == "html":
        low = out.lower()
        for bad in ("<script>alert", "<img src=x", "href=\"javascript:", "</script><script>"):
            if bad in low:
                problems.append(f"html: payload {bad!r} not escaped")
    return problems


def render(report, fmt: str, color: bool = False, width: int = 100) -> str:
    from checker.report import get_reporter

    stream = io.StringIO()
    get_reporter(fmt)(report, stream, width=width, color=color, verbose=True, quiet=False)
    return stream.getvalue()


# --- subprocesses: fake today, reversed directory listings -----------------------------

FAKE_TODAY = """
import datetime as _dt, os, sys, time
_y, _m, _d = map(int, os.environ["CROSSCHECK_FAKE_TODAY"].split("-"))
_FIXED = _dt.datetime(_y, _m, _d, 12, 0, 0)
class _Date(_dt.date):
    @classmethod
    def today(cls):
        return cls(_y, _m, _d)
class _DateTime(_dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(_y, _m, _d, 12, 0, 0, tzinfo=tz)
    @classmethod
    def today(cls):
        return cls(_y, _m, _d, 12, 0, 0)
    @classmethod
    def utcnow(cls):
        return cls(_y, _m, _d, 12, 0, 0)
_dt.date = _Date
_dt.datetime = _DateTime
time.time = lambda: _FIXED.timestamp()
"""

REVERSED_LISTING = """
import os
_scandir, _listdir = os.scandir, os.listdir
class _Rev:
    def __init__(self, path="."):
        self._it = _scandir(path)
        self._entries = iter(sorted(self._it, key=lambda e: e.name, reverse=True))
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._entries)
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self._it.close()
    def close(self):
        self._it.close()
os.scandir = lambda path=".": _Rev(path)
os.listdir = lambda path=".": sorted(_listdir(path), reverse=True)
"""

RUN_MAIN = """
import sys
from checker.cli import main
main(sys.argv[1:])
"""


def run_cli(args, env_extra=None, prelude: str = "", cwd=None, timeout: float = 120,
            stdin=subprocess.DEVNULL) -> subprocess.CompletedProcess:
    """``crosscheck ARGS`` in a fresh interpreter; ``prelude`` runs first (fakes)."""
    env = dict(os.environ)
    env.pop("FORCE_COLOR", None)
    env.pop("NO_COLOR", None)
    env.update(env_extra or {})
    code = prelude + RUN_MAIN
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True,
                          env=env, cwd=cwd or ROOT, timeout=timeout, stdin=stdin)

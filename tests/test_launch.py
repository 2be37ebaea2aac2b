"""The command keeps compiled bytecode in its own cache when Python is told not to write any
(start-up: compiling every module from source took half of the pre-commit budget)."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(tmp_path, **env):
    full = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), **env}
    full.pop("PYTHONPYCACHEPREFIX", None)
    return subprocess.run([sys.executable, "-m", "checker", "--version"], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=120)


def test_bytecode_goes_to_the_user_cache_when_writing_is_off(tmp_path):
    out = _run(tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert out.returncode == 0, out.stderr
    cached = list((tmp_path / "cache" / "crosscheck" / "pycache").rglob("cli*.pyc"))
    assert cached, "the command's own modules are cached"


def test_python_settings_are_left_alone_when_asked(tmp_path):
    out = _run(tmp_path, PYTHONDONTWRITEBYTECODE="1", CROSSCHECK_NO_PYCACHE="1")
    assert out.returncode == 0, out.stderr
    assert not (tmp_path / "cache" / "crosscheck").exists()


def test_the_entry_point_is_the_launcher():
    text = (ROOT / "pyproject.toml").read_text()
    assert 'crosscheck = "checker.launch:main"' in text

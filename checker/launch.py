"""The command's entry point: keep compiled bytecode, then run the command line.

Python compiles each module it imports from source unless a compiled copy is cached. Where
``PYTHONDONTWRITEBYTECODE`` is set (it is on this machine class) nothing is ever cached, and
every run of crosscheck compiled its 30,000 lines again: about 0.25 s of CPU, half of the
0.5 s a pre-commit run may take. So the command (not the library) keeps its own bytecode
cache, in the user's cache directory rather than next to any source file, and only when
writing bytecode is turned off; ``CROSSCHECK_NO_PYCACHE=1`` leaves Python's setting alone.
An unwritable cache directory costs nothing: Python then just compiles, as before.
"""
from __future__ import annotations

import os
import sys


def _bytecode_cache() -> None:
    if not sys.dont_write_bytecode or sys.pycache_prefix is not None or os.environ.get("CROSSCHECK_NO_PYCACHE"):
        return
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    sys.pycache_prefix = os.path.join(base, "crosscheck", "pycache")
    sys.dont_write_bytecode = False


def main(argv: list[str] | None = None) -> None:
    _bytecode_cache()
    from checker.cli import main as run

    run(argv)

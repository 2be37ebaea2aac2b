import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> pathlib.Path:
    return SEEDS


@pytest.fixture(autouse=True)
def _stable_env(monkeypatch):
    # Reports must not depend on the terminal the tests run in.
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    os.environ.setdefault("COLUMNS", "100")

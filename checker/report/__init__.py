"""Reporters: functions of a Report that write to a text stream. Imported lazily by format."""
from __future__ import annotations

import importlib
from typing import Callable, TextIO

from checker.model import Report

FORMATS = {
    "terminal": "checker.report.terminal",
    "json": "checker.report.json",
}


def get_reporter(fmt: str) -> Callable[..., None]:
    """The ``render(report, stream, **options)`` function of a format (import on demand)."""
    return importlib.import_module(FORMATS[fmt]).render


__all__ = ["FORMATS", "get_reporter", "Report", "TextIO"]

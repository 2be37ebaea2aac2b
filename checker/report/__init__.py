"""Reporters: functions of a Report that write to a text stream. Imported lazily by format."""
from __future__ import annotations

import importlib
from typing import Callable, TextIO

from checker.model import Report

FORMATS = {
    "terminal": "checker.report.terminal",
    "concise": "checker.report.concise",
    "json": "checker.report.json",
    "json-lines": "checker.report.jsonlines",
    "markdown": "checker.report.markdown",
    "html": "checker.report.html",
    "sarif": "checker.report.sarif",
    "github": "checker.report.github",
    "junit": "checker.report.junit",
}
# Formats read by programs: no progress bar, no colour.
MACHINE_FORMATS = ("concise", "json", "json-lines", "sarif", "github", "junit")


def get_reporter(fmt: str) -> Callable[..., None]:
    """The ``render(report, stream, **options)`` function of a format (import on demand)."""
    return importlib.import_module(FORMATS[fmt]).render


__all__ = ["FORMATS", "MACHINE_FORMATS", "get_reporter", "Report", "TextIO"]

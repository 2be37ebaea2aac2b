"""A progress display on stderr for runs longer than about a second.

Only for people: it is shown when stderr is a terminal, the main format is the terminal
report and colour/escape output is allowed (not ``TERM=dumb``); it appears after ``delay``
seconds (short runs never flicker) and is removed when the run ends. If the engine reports
progress (``run(..., progress=callback)``) it is a bar of stories done; otherwise a spinner
with the number of articles and the elapsed time.
"""
from __future__ import annotations

import os
import sys
import threading
from typing import TextIO

DELAY = 1.0


def wanted(fmt: str, stream: TextIO | None = None) -> bool:
    from checker.report import MACHINE_FORMATS

    stream = stream or sys.stderr
    if fmt in MACHINE_FORMATS or os.environ.get("TERM") == "dumb" or os.environ.get("CI"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Context manager; ``update(done, total)`` is the engine's callback."""

    def __init__(self, description: str, enabled: bool, stream: TextIO | None = None, delay: float = DELAY):
        self.enabled = enabled
        self._bar = None
        self._timer = None
        self._started = False
        self._lock = threading.Lock()
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress as Bar, ProgressColumn, SpinnerColumn, TextColumn, \
            TimeElapsedColumn
        from rich.text import Text

        class Count(ProgressColumn):
            """``done/total`` once the engine reports a total; nothing before."""

            def render(self, task) -> Text:
                return Text("" if task.total is None else f"{int(task.completed)}/{int(task.total)}")

        console = Console(file=stream or sys.stderr, emoji=False, highlight=False, markup=False)
        self._bar = Bar(SpinnerColumn(), TextColumn("{task.description}", markup=False), BarColumn(), Count(),
                        TimeElapsedColumn(), console=console, transient=True)
        # total=None: an indeterminate (pulsing) bar until the engine reports a total.
        self._task = self._bar.add_task(description, total=None)
        self._delay = delay

    def __enter__(self) -> "Progress":
        if self.enabled:
            self._timer = threading.Timer(self._delay, self._start)
            self._timer.daemon = True
            self._timer.start()
        return self

    def _start(self) -> None:
        with self._lock:
            if self._bar is not None and not self._started:
                self._started = True
                self._bar.start()

    def update(self, done: int, total: int | None = None) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=done, total=total)

    def __exit__(self, *exc) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            if self._started:
                self._bar.stop()
            self._bar = None

"""Writing a report to a file atomically (temp file + os.replace), or to stdout."""
from __future__ import annotations

import io
import os
import stat
import sys
import tempfile
from typing import Callable, TextIO


class OutputError(Exception):
    pass


REPORT_MARKER = "crosscheck"


def _is_report(path: str) -> bool:
    """Was this file written by crosscheck? Every format names the tool near an end."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
            fh.seek(max(0, os.fstat(fh.fileno()).st_size - 4096))
            tail = fh.read(4096)
    except OSError:
        return False
    return REPORT_MARKER.encode() in head or REPORT_MARKER.encode() in tail


def check_target(path: str, inputs: list[str], force: bool = False,
                 extensions: tuple[str, ...] = (".txt", ".md")) -> None:
    if path == "-":
        return
    if os.path.islink(path) and not force:
        raise OutputError(f"refusing to write {path}: it is a symbolic link (use --force)")
    real = os.path.realpath(path)
    if any(os.path.realpath(p) == real for p in inputs if os.path.isfile(p)):
        raise OutputError(f"refusing to write {path}: it is one of the input files")
    inside = any(os.path.isdir(p) and real.startswith(os.path.realpath(p) + os.sep) for p in inputs)
    if inside and os.path.isfile(path) and path.lower().endswith(extensions) and not _is_report(path):
        # A previous report is skipped by the scan; an article must never be overwritten.
        raise OutputError(f"refusing to write {path}: it is an article of the input stories")
    if os.path.isdir(path) and not os.path.islink(path):
        raise OutputError(f"cannot write {path}: it is a directory")
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise OutputError(f"cannot write {path}: directory {directory} does not exist")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


class _FdRaw(io.RawIOBase):
    """A raw stream on a file descriptor that writes through ``_write_all``."""

    def __init__(self, fd: int):
        super().__init__()
        self.fd: int | None = fd

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        # After a failure the descriptor is closed (and its number may be reused): what the
        # buffers still hold when they are collected is dropped, never written elsewhere.
        if self.fd is not None:
            _write_all(self.fd, bytes(data))
        return len(data)


def _write_fd(fd: int, write: Callable[[TextIO], None], sync: bool) -> None:
    """Stream WRITE's text into FD (then fsync it if SYNC) and close FD, whatever happens."""
    raw = _FdRaw(fd)
    try:
        # Reporters emit clean text; a stray lone surrogate must not abort the write.
        stream = io.TextIOWrapper(io.BufferedWriter(raw, 1 << 16), encoding="utf-8",
                                  errors="backslashreplace", newline="\n")
        write(stream)
        stream.flush()
        if sync:
            os.fsync(fd)
    finally:
        raw.fd = None
        os.close(fd)


def write_atomic(path: str, write: Callable[[TextIO], None]) -> None:
    """Write via a temp file in the target directory; the target appears whole or not at all.

    The report is streamed into the temp file (a large report is never held in memory as
    text and again as bytes); a failing reporter, Ctrl-C or a full disk (ENOSPC) removes the
    temp file, so neither the target nor a temp file is left behind.
    """
    if path == "-":
        write(sys.stdout)
        sys.stdout.flush()
        return
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        mode = 0
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISBLK(mode):
        # "-o /dev/null": a device or a pipe is written through; renaming a temp file over it
        # would replace the device node itself (as root, /dev/null became a report file).
        _write_fd(os.open(path, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)), write, sync=False)
        return
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".crosscheck-", suffix=".tmp", dir=directory)
    try:
        try:
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(fd, 0o666 & ~umask)  # mkstemp's 0600 is not what a report file should have
        except BaseException:
            os.close(fd)
            raise
        _write_fd(fd, write, sync=True)
        if os.path.islink(path):
            os.unlink(path)  # only reached with --force: replace the link, never its target
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise

"""Discovering stories and reading article files, with every failure as a FileError.

Policy (documented in the README):
- UTF-8, with or without BOM; UTF-16/32 only *with* a BOM. Another codec (e.g. ``cp1252``)
  only when the user names it (``--encoding``); we never guess.
- A file with NUL bytes (and no UTF-16/32 BOM), a known binary signature or mostly control
  characters is ``binary``; invalid UTF-8 is ``decode-error`` naming the byte, its offset,
  line and (character) column.
- Only regular files are read: FIFOs, devices and sockets are ``not-a-regular-file`` (checked
  with stat before opening, and opened non-blocking so a swapped-in FIFO cannot hang us).
  Files larger than MAX_SIZE are ``too-large`` and never read.
- Symbolic links met while walking a directory are not followed: each becomes an error entry
  of kind ``symlink``. A symlink named on the command line is followed (the user asked).
"""
from __future__ import annotations

import codecs
import errno
import os
import stat
from typing import Iterable

from attrs import frozen

from checker.model import FileError

EXTENSIONS = (".txt", ".md")
MAX_SIZE = 16 * 1024 * 1024

_BINARY_SIGNATURES = (
    b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF",
    b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"Rar!", b"7z\xbc\xaf", b"OggS", b"ID3", b"RIFF",
    b"\x00\x00\x01\x00", b"MZ", b"\xca\xfe\xba\xbe", b"SQLite format 3",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls that never occur in text (tab, LF, VT, FF, CR and ESC are tolerated).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_CONTROL_CHARS = "".join(map(chr, _CONTROL))
_WIDE = ("utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be")
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


@frozen
class Source:
    """A file to check: the path as the user gave it and the story it belongs to."""

    path: str
    story: str


def _story_name(directory: str) -> str:
    name = os.path.basename(os.path.normpath(directory))
    return name if name not in ("", ".", "..") else os.path.basename(os.path.abspath(directory)) or "story"


def discover(paths: Iterable[str], extensions: tuple[str, ...] = EXTENSIONS,
             exclude: tuple[str, ...] = ()) -> tuple[list[Source], list[FileError]]:
    """Expand PATHS into sources; the story of a file is its directory."""
    sources: dict[str, Source] = {}
    errors: list[FileError] = []
    excluded = {os.path.realpath(p) for p in exclude}
    for given in paths:
        try:
            os.stat(given)
        except OSError as exc:
            if os.path.islink(given):
                why = "symbolic link loop" if exc.errno == errno.ELOOP else "dangling symbolic link"
                errors.append(FileError(given, f"{why} (named on the command line)", "io-error"))
            elif exc.errno == errno.ENOENT:
                errors.append(FileError(given, "no such file or directory", "not-found"))
            else:
                errors.append(FileError(given, exc.strerror or str(exc), "io-error"))
            continue
        if os.path.isdir(given):
            _walk(given, extensions, excluded, sources, errors)
        else:
            if os.path.realpath(given) in excluded:
                continue
            directory = os.path.dirname(given) or "."
            sources.setdefault(os.path.normpath(given), Source(given, _story_name(directory)))
    ordered = sorted(sources.values(), key=lambda s: (s.story, os.path.normpath(s.path)))
    return ordered, sorted(set(errors), key=lambda e: (e.path, e.message))


MAX_DEPTH = 10_000  # directory levels below a given path (beyond any path-length limit)


def _walk_dirs(root: str, onerror, errors):
    """``os.walk`` top-down without recursion (os.walk recurses in Python 3.11: a tree nested
    a thousand levels deep raised RecursionError, losing the whole run). Any depth is read;
    a path too long for the system is an io-error entry, and a directory deeper than
    MAX_DEPTH a ``too-deep`` one: never skipped in silence."""
    stack = [(root, 0)]
    while stack:
        directory, depth = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = list(it)
        except OSError as exc:
            onerror(exc)
            continue
        dirnames, filenames = [], []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            (dirnames if is_dir else filenames).append(entry.name)
        yield directory, dirnames, filenames  # the caller prunes dirnames in place
        for d in reversed(dirnames):  # popped in sorted order: top-down, like os.walk
            full = os.path.join(directory, d)
            if os.path.islink(full):
                continue
            if depth + 1 > MAX_DEPTH:
                errors.append(FileError(full, f"directory nested more than {MAX_DEPTH} levels deep not read",
                                        "too-deep"))
                continue
            stack.append((full, depth + 1))


def _walk(root: str, extensions, excluded, sources, errors) -> None:
    seen_dirs: set[tuple[int, int]] = set()
    excluded_names = {os.path.basename(p) for p in excluded}

    def onerror(exc: OSError) -> None:
        errors.append(FileError(exc.filename or root, exc.strerror or str(exc), "io-error"))

    for directory, dirnames, filenames in _walk_dirs(root, onerror, errors):
        try:
            st = os.stat(directory)
            key = (st.st_dev, st.st_ino)
        except OSError:
            continue
        if key in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        keep = []
        for d in sorted(dirnames):
            if d.startswith(".") or d == "__pycache__":
                continue
            full = os.path.join(directory, d)
            if os.path.islink(full):
                # os.walk would not descend anyway; say so instead of skipping in silence.
                errors.append(FileError(full, "symbolic link to a directory not followed", "symlink"))
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            if not name.lower().endswith(extensions) or name.startswith("."):
                continue
            full = os.path.join(directory, name)
            # realpath costs a system call per path component: only for a possible match.
            if excluded and (name in excluded_names or os.path.islink(full)) and os.path.realpath(full) in excluded:
                continue
            if os.path.islink(full):
                errors.append(FileError(full, "symbolic link not followed", "symlink"))
                continue
            sources.setdefault(os.path.normpath(full), Source(full, _story_name(directory)))


class LoadError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def read_text(path: str, encoding: str | None = None, max_size: int = MAX_SIZE) -> str:
    """Read one article file and return its text, or raise LoadError."""
    return decode(read_bytes(path, max_size), encoding)


def _open_fd(path: str) -> int:
    # Non-blocking: opening a FIFO that replaced the file after our stat must not hang.
    return os.open(path, _OPEN_FLAGS)


def _io_error(exc: OSError) -> LoadError:
    if isinstance(exc, FileNotFoundError):
        return LoadError("io-error", "file disappeared or does not exist")
    return LoadError("io-error", exc.strerror or str(exc))


def read_bytes(path: str, max_size: int = MAX_SIZE) -> bytes:
    """The raw bytes of one article file (a regular file under MAX_SIZE), or raise LoadError."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _io_error(exc) from None
    _check_stat(st, max_size)
    try:
        fd = _open_fd(path)
    except OSError as exc:
        raise _io_error(exc) from None
    try:
        _check_stat(os.fstat(fd), max_size)  # the file we opened, not the one we stat'ed
        chunks, total = [], 0
        while total <= max_size:
            chunk = os.read(fd, min(1 << 20, max_size + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise _io_error(exc) from None
    finally:
        os.close(fd)
    if total > max_size:
        raise LoadError("too-large", f"file is larger than the {max_size}-byte limit")
    return b"".join(chunks)


def _check_stat(st: os.stat_result, max_size: int) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise LoadError("not-a-regular-file", "not a regular file (FIFO, device, socket or directory)")
    if st.st_size > max_size:
        raise LoadError("too-large", f"file is {st.st_size} bytes, larger than the {max_size}-byte limit")


def _binary_text(text: str) -> bool:
    """NULs or mostly control characters: not an article, whatever its encoding."""
    if "\x00" in text:
        return True
    sample = text[:65536]
    controls = sum(sample.count(c) for c in _CONTROL_CHARS)
    return controls > max(8, len(sample) // 10)


def codec_problem(name: str) -> str | None:
    """Why NAME cannot decode articles, or None: unknown, empty, or not a text codec
    ("rot13", "base64", "hex" are codecs.lookup-able but transform bytes or text, not decode)."""
    import codecs as _codecs

    if not name or not name.strip():
        return "empty encoding name"
    try:
        info = _codecs.lookup(name)
    except LookupError:
        return f"unknown encoding {name!r}"
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        return f"{name!r} is not a text encoding"
    return None


def decode(data: bytes, encoding: str | None = None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise LoadError("decode-error", f"invalid {codec} at byte offset {exc.start}") from None
            text = text.lstrip("\ufeff")  # a BOM repeated (files concatenated) is still no text
            if _binary_text(text):
                raise LoadError("binary", f"binary file ({codec} text with NUL or control characters)")
            return text
    wide = False
    if encoding:
        problem = codec_problem(encoding)
        if problem:
            raise LoadError("decode-error", problem)
        wide = codecs.lookup(encoding).name.replace("-", "_") in _WIDE
    if not wide:
        if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data:
            raise LoadError("binary", "binary file (NUL bytes or a binary signature), not an article")
        if data:
            sample = data[:65536]
            controls = len(sample) - len(sample.translate(None, _CONTROL))  # one C pass, not 26
            if controls > max(8, len(sample) // 10):
                raise LoadError("binary", "binary file (mostly control bytes), not an article")
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise LoadError("decode-error", f"cannot decode as {encoding}: byte 0x{data[exc.start]:02x} "
                                            f"at offset {exc.start}") from None
        if wide and _binary_text(text):
            raise LoadError("binary", f"binary file ({encoding} text with NUL or control characters)")
        return text.lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LoadError("decode-error", _utf8_error(data, exc.start)) from None


def _utf8_error(data: bytes, pos: int) -> str:
    """Where the first invalid byte is: offset, line (as we count lines) and character column."""
    line_start = max(data.rfind(b"\n", 0, pos), data.rfind(b"\r", 0, pos)) + 1
    line = data.count(b"\n", 0, pos) + data.count(b"\r", 0, pos) - data.count(b"\r\n", 0, pos) + 1
    # Everything before the first bad byte is valid UTF-8, so the column counts characters.
    column = len(data[line_start:pos].decode("utf-8", "replace")) + 1
    return (f"not valid UTF-8: byte 0x{data[pos]:02x} at offset {pos} (line {line}, column {column}); "
            f"re-save as UTF-8 or pass --encoding")

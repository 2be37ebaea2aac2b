"""Discovering stories and reading article files, with every failure as a FileError.

Policy (documented in the README):
- UTF-8, with or without BOM; UTF-16/32 *with* a BOM is decoded too.
- A file with NUL bytes (and no UTF-16/32 BOM), a known binary signature or mostly control
  characters is ``binary``; invalid UTF-8 is ``decode-error`` with the byte offset, line and
  column, unless ``encoding`` is given (e.g. ``cp1252``), which is then used instead.
- Only regular files are read; symlinks found while walking are not followed.
"""
from __future__ import annotations

import codecs
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
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


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
        if os.path.islink(given) and not os.path.exists(given):
            errors.append(FileError(given, "dangling symbolic link", "io-error"))
            continue
        if not os.path.exists(given):
            errors.append(FileError(given, "no such file or directory", "not-found"))
            continue
        if os.path.isdir(given):
            _walk(given, extensions, excluded, sources, errors)
        else:
            if os.path.realpath(given) in excluded:
                continue
            directory = os.path.dirname(given) or "."
            sources.setdefault(os.path.normpath(given), Source(given, _story_name(directory)))
    ordered = sorted(sources.values(), key=lambda s: (s.story, os.path.normpath(s.path)))
    return ordered, sorted(errors, key=lambda e: e.path)


def _walk(root: str, extensions, excluded, sources, errors) -> None:
    seen_dirs: set[tuple[int, int]] = set()
    for directory, dirnames, filenames in os.walk(root, followlinks=False):
        try:
            st = os.stat(directory)
            key = (st.st_dev, st.st_ino)
        except OSError:
            continue
        if key in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
        for name in sorted(filenames):
            if not name.lower().endswith(extensions) or name.startswith("."):
                continue
            full = os.path.join(directory, name)
            if os.path.realpath(full) in excluded:
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
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise LoadError("io-error", "file disappeared or does not exist") from None
    except OSError as exc:
        raise LoadError("io-error", exc.strerror or str(exc)) from None
    if not stat.S_ISREG(st.st_mode):
        raise LoadError("not-a-regular-file", "not a regular file")
    if st.st_size > max_size:
        raise LoadError("too-large", f"file is {st.st_size} bytes, larger than the {max_size}-byte limit")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_size + 1)
    except OSError as exc:
        raise LoadError("io-error", exc.strerror or str(exc)) from None
    if len(data) > max_size:
        raise LoadError("too-large", f"file is larger than the {max_size}-byte limit")
    return decode(data, encoding)


def decode(data: bytes, encoding: str | None = None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise LoadError("decode-error", f"invalid {codec} at byte {exc.start}") from None
            return text.lstrip("\ufeff") if codec == "utf-8-sig" else text.removeprefix("\ufeff")
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data:
        raise LoadError("binary", "binary file (NUL bytes or a binary signature), not an article")
    if data:
        sample = data[:65536]
        controls = sum(sample.count(bytes([b])) for b in _CONTROL)
        if controls > max(8, len(sample) // 10):
            raise LoadError("binary", "binary file (mostly control bytes), not an article")
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise LoadError("decode-error", f"cannot decode as {encoding}: {exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise LoadError(
            "decode-error",
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
            f"(line {line}, byte column {col}); re-save as UTF-8 or pass --encoding",
        ) from None

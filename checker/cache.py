"""An on-disk cache of per-article extraction and per-story findings (``.crosscheck_cache/``).

Every key is a SHA-256 over what the value depends on: the article's bytes, its path and
story, the configuration and the *code* (a hash of every source file of ``checker`` and
``rules``, plus the tool and Python versions), so that editing a rule or an extractor, or
upgrading, invalidates everything without a version number to remember.

Layout: ``ROOT/<code hash>/<kind>/<2 hex>/<key>.pickle``, written atomically (temporary
file, then ``os.replace``), so that concurrent workers and runs never read a half-written
entry. Directories of other code hashes are removed when a new one is created, which keeps
the cache from growing across upgrades. The cache is best effort: an unreadable, corrupt or
unwritable entry is a miss, never an error. Values are pickles: the cache directory must be
as trusted as the code (it is a local build artefact, ignored by git).
"""
from __future__ import annotations

import hashlib
import io
import operator
import os
import pickle
import shutil
import sys

from checker import __version__

DEFAULT_DIR = ".crosscheck_cache"
_PACKAGES = ("checker", "rules")
_SOURCE_SUFFIXES = (".py", ".json")
_code_hash: str | None = None
_HEX = frozenset("0123456789abcdef")
_KINDS = frozenset({"article", "story"})


def code_fingerprint() -> str:
    """A hash of the tool's own source: any code change gives a fresh cache."""
    global _code_hash
    if _code_hash is None:
        import attrs  # noqa: PLC0415 - its version is part of what a pickle depends on

        h = hashlib.sha256(f"{__version__}\0{sys.version_info[:2]}\0{attrs.__version__}".encode())
        for package in _PACKAGES:
            root = os.path.dirname(os.path.abspath(sys.modules[package].__file__))
            for directory, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not d.startswith("."))
                for name in sorted(filenames):
                    if name.endswith(_SOURCE_SUFFIXES):
                        path = os.path.join(directory, name)
                        h.update(os.path.relpath(path, root).encode("utf-8", "surrogatepass") + b"\0")
                        with open(path, "rb") as fh:
                            h.update(hashlib.sha256(fh.read()).digest())
        _code_hash = h.hexdigest()
    return _code_hash


def digest(*parts: str | bytes) -> str:
    """SHA-256 of the parts, unambiguously separated."""
    return _feed(hashlib.sha256(), parts).hexdigest()


def digester(*first: str | bytes):
    """``digest`` with these first parts already hashed: ``digester(a)(b) == digest(a, b)``
    (a long configuration string is hashed once, not once per article)."""
    start = _feed(hashlib.sha256(), first)
    return lambda *parts: _feed(start.copy(), parts).hexdigest()


def _feed(h, parts):
    for p in parts:
        b = p if isinstance(p, bytes) else p.encode("utf-8", "surrogatepass")
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h


class _FastPickler(pickle.Pickler):
    """Pickles attrs instances as ``cls(*values)``.

    The default reduction of a slotted attrs class restores each field through a Python-level
    ``__setstate__``, four times slower than calling the generated ``__init__``; that cost is
    paid for every finding, claim and span a worker sends back or the cache stores.
    """

    def reducer_override(self, obj):
        getter = _getter(type(obj))
        if getter is None:
            return NotImplemented
        return type(obj), getter(obj)


_GETTERS: dict[type, object] = {}


def _getter(cls: type):
    """A function giving the positional ``__init__`` arguments, or None to pickle as usual."""
    try:
        return _GETTERS[cls]
    except KeyError:
        pass
    getter = None
    fields = getattr(cls, "__attrs_attrs__", None)
    # Only when __init__(*values) rebuilds exactly the object: every field is a positional
    # init argument with no converter, and nothing runs after __init__.
    if (fields and all(f.init and f.converter is None and not f.kw_only for f in fields)
            and not hasattr(cls, "__attrs_post_init__") and not hasattr(cls, "__attrs_pre_init__")):
        if len(fields) == 1:
            one = operator.attrgetter(fields[0].name)
            getter = lambda obj: (one(obj),)  # noqa: E731
        else:
            getter = operator.attrgetter(*(f.name for f in fields))
    _GETTERS[cls] = getter
    return getter


def dumps(value) -> bytes:
    """Pickle VALUE (attrs instances through their constructors); ``pickle.loads`` reads it."""
    buf = io.BytesIO()
    _FastPickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buf.getvalue()


class Cache:
    """Pickled values under ROOT/<code hash>/, looked up by kind and key."""

    def __init__(self, root: str, salt: str | None = None):
        self.root = root
        self.salt = salt or code_fingerprint()
        self.base = os.path.join(root, self.salt[:24])
        self.enabled = True
        self.hits = 0
        self.misses = 0

    def prepare(self) -> None:
        """Create the directory (once, in the main process) and drop other code versions."""
        try:
            fresh = not os.path.isdir(self.base)
            os.makedirs(self.base, exist_ok=True)
            _mark_ignored(self.root)
            if fresh:
                for name in os.listdir(self.root):
                    path = os.path.join(self.root, name)
                    # Only what we wrote: a code-hash name holding nothing but our kinds.
                    if (path != self.base and len(name) == 24 and _HEX.issuperset(name)
                            and os.path.isdir(path) and set(os.listdir(path)) <= _KINDS):
                        shutil.rmtree(path, ignore_errors=True)
        except OSError:
            self.enabled = False

    def _path(self, kind: str, key: str) -> str:
        return os.path.join(self.base, kind, key[:2], key + ".pickle")

    def get(self, kind: str, key: str):
        """The stored value, or None on a miss (absent, unreadable or corrupt)."""
        if not self.enabled:
            return None
        path = self._path(kind, key)
        try:
            with open(path, "rb") as fh:
                value = pickle.load(fh)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # corrupt, truncated or from an incompatible version: a miss
            self.misses += 1
            try:
                os.unlink(path)
            except OSError:
                pass
            return None
        self.hits += 1
        return value

    def put(self, kind: str, key: str, value) -> bool:
        """Store a value; False when it cannot be pickled or written (the run goes on)."""
        if not self.enabled:
            return False
        try:
            data = dumps(value)
        except Exception:  # a value some extractor made unpicklable: just not cached
            return False
        path = self._path(kind, key)
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(tmp, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            return False
        return True


def _mark_ignored(root: str) -> None:
    """Keep the cache out of git and backups, like pytest's cache."""
    ignore = os.path.join(root, ".gitignore")
    if not os.path.exists(ignore):
        with open(ignore, "w", encoding="ascii") as fh:
            fh.write("# Created by crosscheck automatically.\n*\n")
    tag = os.path.join(root, "CACHEDIR.TAG")
    if not os.path.exists(tag):
        with open(tag, "w", encoding="ascii") as fh:
            fh.write("Signature: 8a477f597d28d172789f06886806bc55\n"
                     "# This file is a cache directory tag created by crosscheck.\n")

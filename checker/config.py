"""Configuration: ``[tool.crosscheck]`` in ``pyproject.toml`` or top-level keys in
``crosscheck.toml``, found upward from the first checked path (``crosscheck.toml`` wins in
the same directory). Command-line options override it.

Keys (kebab-case; unknown keys and wrong types are an error naming the file and key):

- ``select``, ``ignore``: rule codes, code prefixes or names;
- ``severity``: table mapping a rule code, code prefix, rule name or finding kind to
  ``error``, ``warning`` or ``info`` (the most specific key wins: code, name, prefix, kind);
- ``fail-on``: as ``--fail-on``;
- ``extensions``: article file extensions (``[".txt", ".md"]``);
- ``exclude``: glob patterns, relative to the configuration file's directory (``**`` allowed);
- ``aliases``: lists of names that denote the same entity (``[["Uyghurs", "Uighurs"]]``);
- ``tolerance``: relative tolerance for approximate figures (``0.1`` = 10 %);
- ``encoding``: as ``--encoding``; ``baseline``: a baseline file used unless ``--baseline`` is given.

``aliases`` and ``tolerance`` are passed to the engine (``Options.aliases``/``tolerance``);
rules that align names or compare figures read them there.
"""
from __future__ import annotations

import difflib
import glob
import os
import tomllib
from typing import Any, Iterable

from attrs import evolve, field, frozen

from checker.model import Finding, Report, SEVERITIES
from checker.report.common import FAIL_CHOICES

FILES = ("crosscheck.toml", "pyproject.toml")
KEYS = ("select", "ignore", "severity", "fail-on", "extensions", "exclude", "aliases", "tolerance",
        "encoding", "baseline")
KINDS = ("contradiction", "unsourced", "superseded", "single_source", "agreement")


class ConfigError(Exception):
    pass


@frozen
class Config:
    path: str | None = None  # the file it came from; None = defaults
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    fail_on: str | None = None
    extensions: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    aliases: tuple[tuple[str, ...], ...] = ()
    tolerance: float | None = None
    encoding: str | None = None
    baseline: str | None = None
    root: str = field(default=".")  # directory that relative paths in the file are relative to


def find(start: str) -> str | None:
    """The nearest configuration file at or above ``start`` (a file or directory)."""
    here = os.path.abspath(start)
    if not os.path.isdir(here):
        here = os.path.dirname(here)
    while True:
        candidate = os.path.join(here, "crosscheck.toml")
        if os.path.isfile(candidate):
            return candidate
        candidate = os.path.join(here, "pyproject.toml")
        if os.path.isfile(candidate) and _has_section(candidate):
            return candidate
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def _has_section(path: str) -> bool:
    try:
        return isinstance(_read(path).get("tool", {}).get("crosscheck"), dict)
    except ConfigError:
        return True  # report the broken file rather than silently skipping it


MAX_CONFIG_SIZE = 1 << 20  # a configuration, even a long pyproject.toml, is a few KiB


def _read(path: str) -> dict:
    from checker.load import LoadError, read_bytes

    try:
        # regular files only, opened non-blocking and capped: a crosscheck.toml found in a
        # scanned tree may be a FIFO, a device or a sparse gigabyte
        data = read_bytes(path, MAX_CONFIG_SIZE)
        return tomllib.loads(data.decode("utf-8"))
    except LoadError as exc:
        raise ConfigError(f"{path}: {exc.message}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError as exc:  # TOML is UTF-8; tomllib does not wrap this one
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start}): {exc.reason}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def load(path: str) -> Config:
    data = _read(path)
    if os.path.basename(path) == "pyproject.toml":
        table = data.get("tool", {}).get("crosscheck", {})
        where = f"{path} [tool.crosscheck]"
    else:
        table = data.get("tool", {}).get("crosscheck", data) if set(data) == {"tool"} else data
        where = path
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: must be a table")
    return parse(table, where, os.path.dirname(os.path.abspath(path)), path)


def discover(paths: Iterable[str], explicit: str | None = None, isolated: bool = False) -> Config:
    if isolated:
        return Config()
    if explicit:
        if not os.path.isfile(explicit):
            raise ConfigError(f"{explicit}: configuration file not found")
        return load(explicit)
    paths = list(paths)
    found = find(paths[0] if paths else ".")
    return load(found) if found else Config()


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def parse(table: dict, where: str = "configuration", root: str = ".", path: str | None = None) -> Config:
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        key = unknown[0]
        near = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1, cutoff=0.6)
        hint = f" (did you mean '{near[0]}'?)" if near else ""
        raise ConfigError(f"{where}: unknown key '{key}'{hint}; known keys: {', '.join(KEYS)}")
    kw: dict[str, Any] = {"path": path, "root": root}
    for key in ("select", "ignore", "exclude"):
        if key in table:
            kw[key] = _strings(table[key], key, where)
    if "extensions" in table:
        exts = _strings(table["extensions"], "extensions", where)
        kw["extensions"] = tuple(e.lower() if e.startswith(".") else "." + e.lower() for e in exts)
        if not kw["extensions"]:
            raise ConfigError(f"{where}: 'extensions' must not be empty")
    if "severity" in table:
        sev = table["severity"]
        if not isinstance(sev, dict):
            raise ConfigError(f"{where}: 'severity' must be a table such as {{ DT101 = \"warning\" }}")
        pairs = []
        for k, v in sorted(sev.items()):
            if v not in SEVERITIES:
                raise ConfigError(f"{where}: severity of '{k}' must be one of {', '.join(SEVERITIES)}, not {v!r}")
            pairs.append((str(k), v))
        kw["severity"] = tuple(pairs)
    if "fail-on" in table:
        if table["fail-on"] not in FAIL_CHOICES:
            raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(FAIL_CHOICES)}")
        kw["fail_on"] = table["fail-on"]
    if "aliases" in table:
        groups = table["aliases"]
        if not isinstance(groups, list) or not all(
            isinstance(g, list) and len(g) >= 2 and all(isinstance(n, str) and n.strip() for n in g) for g in groups
        ):
            raise ConfigError(f"{where}: 'aliases' must be a list of lists of two or more names")
        kw["aliases"] = tuple(tuple(n.strip() for n in g) for g in groups)
    if "tolerance" in table:
        tol = table["tolerance"]
        if isinstance(tol, bool) or not isinstance(tol, (int, float)) or not 0 <= tol < 1:
            raise ConfigError(f"{where}: 'tolerance' must be a number from 0 to 1 (0.1 = 10 %)")
        kw["tolerance"] = float(tol)
    for key in ("encoding", "baseline"):
        if key in table:
            if not isinstance(table[key], str) or not table[key]:
                raise ConfigError(f"{where}: '{key}' must be a string")
            kw[key] = table[key]
    if "encoding" in kw:
        from checker.load import codec_problem

        problem = codec_problem(str(kw["encoding"]))
        if problem:
            raise ConfigError(f"{where}: {problem}")
    if "baseline" in kw and not os.path.isabs(kw["baseline"]):
        kw["baseline"] = os.path.relpath(os.path.join(root, kw["baseline"]))
    return Config(**kw)


def excluded_files(config: Config) -> tuple[str, ...]:
    """The files the ``exclude`` patterns match (relative to the configuration's directory)."""
    out: set[str] = set()
    for pattern in config.exclude:
        full = pattern if os.path.isabs(pattern) else os.path.join(config.root, pattern)
        for hit in glob.glob(full, recursive=True):
            if os.path.isdir(hit):
                for directory, _dirs, files in os.walk(hit):
                    out.update(os.path.join(directory, f) for f in files)
            else:
                out.add(hit)
    return tuple(sorted(out))


def severity_for(f: Finding, mapping: tuple[tuple[str, str], ...]) -> str:
    """The configured severity of a finding: code, then rule name, then longest code prefix, then kind."""
    if not mapping:
        return f.severity
    table = dict(mapping)
    upper = {k.upper(): v for k, v in mapping}
    if f.code.upper() in upper:
        return upper[f.code.upper()]
    if f.rule in table:
        return table[f.rule]
    prefixes = [k for k in upper if k.isalnum() and f.code.upper().startswith(k) and k not in KINDS]
    if prefixes:
        return upper[max(prefixes, key=len)]
    return table.get(f.kind, f.severity)


def apply_severities(report: Report, mapping: tuple[tuple[str, str], ...]) -> Report:
    if not mapping:
        return report
    return evolve(report, findings=tuple(evolve(f, severity=severity_for(f, mapping)) for f in report.findings))

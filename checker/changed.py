"""``--changed FILE...``: check each named article against the rest of its story.

The story of a named file is the articles of its directory (not its subdirectories: they
are other stories). The whole story is checked, then only the findings with a claim in a
named file are kept, and only the named files' read errors count; other unreadable files
of the story are context and are returned as notes.
"""
from __future__ import annotations

import os
from typing import Iterable, Sequence

from attrs import evolve, frozen

from checker.model import Report


@frozen
class Scope:
    run_paths: tuple[str, ...]  # what the engine should read
    named: tuple[str, ...]  # the named files that are articles (extension and excludes applied)
    skipped: tuple[tuple[str, str], ...]  # (named file, why it is not checked)


def _key(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def scope(files: Sequence[str], extensions: tuple[str, ...], excluded: Iterable[str] = ()) -> Scope:
    excluded_keys = {_key(p) for p in excluded}
    named, skipped, run = [], [], {}
    for given in files:
        if not os.path.lexists(given):
            skipped.append((given, "not found (deleted?); skipped"))
            continue
        if os.path.isdir(given) or not given.lower().endswith(extensions) or _key(given) in excluded_keys:
            skipped.append((given, "not an article (directory, extension or exclude); skipped"))
            continue
        named.append(given)
        run.setdefault(os.path.normpath(given), given)
        directory = os.path.dirname(given)
        try:
            siblings = sorted(os.listdir(directory or "."))
        except OSError:
            continue  # the engine reports the named file itself
        for name in siblings:
            full = os.path.join(directory, name) if directory else name
            if name.startswith(".") or not name.lower().endswith(extensions) or _key(full) in excluded_keys:
                continue
            if os.path.islink(full) or not os.path.isfile(full):
                continue  # siblings are context: links and odd files are not followed
            run.setdefault(os.path.normpath(full), full)
    return Scope(tuple(run[k] for k in sorted(run)), tuple(named), tuple(skipped))


def restrict(report: Report, named: Sequence[str]) -> tuple[Report, tuple[str, ...], dict[str, set[str]]]:
    """Keep the findings and errors that involve a named file.

    Returns the report, notes about sibling files that could not be read, and
    story -> named article ids (for baseline scoping)."""
    keys = {_key(p) for p in named}
    findings = tuple(f for f in report.findings if any(_key(c.path) in keys for c in f.claims))
    errors = tuple(e for e in report.errors if _key(e.path) in keys)
    notes = tuple(f"{e.path}: {e.message} (a sibling of a changed file; not checked)"
                  for e in report.errors if _key(e.path) not in keys)
    ids: dict[str, set[str]] = {}
    for a in report.articles:
        if _key(a.path) in keys:
            ids.setdefault(a.story, set()).add(a.id)
    return evolve(report, findings=findings, errors=errors), notes, ids

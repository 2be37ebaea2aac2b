"""Baselines: accept today's findings, fail only on new ones.

``--write-baseline FILE`` records every finding except agreements by its fingerprint (the
finding ``id``: story, rule, kind, topic and the claims' articles, values and quotes; no
line numbers, so edits elsewhere in an article keep it). ``--baseline FILE`` hides the
recorded findings; entries that no longer match a finding are *stale* and are listed, but
only when the run could have seen them (their story was checked, their rule ran and, with
``--changed``, one of their articles was named).
"""
from __future__ import annotations

import json
import os
from typing import Iterable, TextIO

from attrs import evolve, frozen

from checker.model import Report
from checker.report.common import story_of_finding
from checker.report.safe import clean

FORMAT_VERSION = 1


class BaselineError(Exception):
    pass


@frozen
class Entry:
    id: str
    code: str
    kind: str
    story: str
    topic: str
    articles: tuple[str, ...]
    message: str = ""


@frozen
class Outcome:
    hidden: int
    stale: tuple[Entry, ...]
    path: str = ""


def entries(report: Report) -> tuple[Entry, ...]:
    where = story_of_finding(report)
    out = {
        f.id: Entry(f.id, f.code, f.kind, clean(where[f.id]), clean(f.topic),
                    tuple(sorted({clean(c.article) for c in f.claims})), clean(f.message))
        for f in report.findings if f.kind != "agreement"
    }
    return tuple(sorted(out.values(), key=lambda e: (e.story, e.code, e.kind, e.topic, e.id)))


def dump(report: Report, stream: TextIO) -> None:
    doc = {
        "crosscheck_baseline": FORMAT_VERSION,
        "tool": {"name": "crosscheck", "version": report.version},
        "findings": [
            {"id": e.id, "code": e.code, "kind": e.kind, "story": e.story, "topic": e.topic,
             "articles": list(e.articles), "message": e.message}
            for e in entries(report)
        ],
    }
    stream.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


MAX_BASELINE_SIZE = 256 << 20  # ~100x the baseline of a 5,000-article corpus


def load(path: str) -> tuple[Entry, ...]:
    from checker.load import LoadError, read_bytes

    if not os.path.lexists(path):
        raise BaselineError(f"baseline {path} not found (create it with --write-baseline {path})")
    try:
        # regular files only, opened non-blocking and capped (not /dev/zero, not a FIFO)
        doc = json.loads(read_bytes(path, MAX_BASELINE_SIZE).decode("utf-8"))
    except LoadError as exc:
        raise BaselineError(f"cannot read baseline {path}: {exc.message}") from None
    except RecursionError:
        raise BaselineError(f"baseline {path} is not valid JSON: nested too deeply") from None
    except UnicodeDecodeError as exc:
        raise BaselineError(f"cannot read baseline {path}: not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"baseline {path} is not valid JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.get("crosscheck_baseline") != FORMAT_VERSION \
            or not isinstance(doc.get("findings"), list):
        raise BaselineError(f"{path} is not a crosscheck baseline (version {FORMAT_VERSION})")
    out = []
    for item in doc["findings"]:
        try:
            out.append(Entry(str(item["id"]), str(item["code"]), str(item["kind"]), str(item["story"]),
                             str(item.get("topic", "")), tuple(str(a) for a in item.get("articles", ())),
                             str(item.get("message", ""))))
        except (KeyError, TypeError):
            raise BaselineError(f"baseline {path}: malformed entry {item!r:.80}") from None
    return tuple(out)


def apply(report: Report, known: Iterable[Entry], *, rules_run: Iterable[str] | None = None,
          changed: dict[str, set[str]] | None = None, path: str = "") -> tuple[Report, Outcome]:
    """Hide known findings. ``changed``: story -> named article ids (``--changed`` runs)."""
    known = tuple(known)
    ids = {e.id for e in known}
    kept = tuple(f for f in report.findings if f.id not in ids)
    present = {f.id for f in report.findings}
    stories = {s.name for s in report.stories}
    codes = set(rules_run) if rules_run is not None else None

    def in_scope(e: Entry) -> bool:
        if e.story not in stories or (codes is not None and e.code not in codes):
            return False
        return changed is None or bool(set(e.articles) & changed.get(e.story, set()))

    stale = tuple(e for e in known if e.id not in present and in_scope(e))
    return evolve(report, findings=kept), Outcome(len(report.findings) - len(kept), stale, path)

"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, VS Code SARIF viewer).

Every rule that ran is described (id, name, short and full description, help, default
level). Each finding is one result located at its first claim; the other claims are
``relatedLocations``. ``partialFingerprints`` carry the finding's stable id (no line
numbers), so a dashboard tracks a finding across edits. Agreements are not problems and are
left out (a code-scanning dashboard would list each as an alert); ``quiet`` also leaves out
single-source claims. Columns are 1-based code points, as ``columnKind`` says.
"""
from __future__ import annotations

import json
from typing import TextIO

from checker.model import Claim, Finding, Report
from checker.report.common import QUIET_HIDDEN, end_position, fails, rule_doc_parts, rules_for, story_of_finding
from checker.report.safe import clean, json_text, visible

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "crosscheckFinding/v1"


def _uri(path: str) -> str:
    """A relative URI reference for a path as given (backslashes and spaces normalised)."""
    from urllib.parse import quote

    return quote(clean(path).replace("\\", "/"), safe="/:@!$&'()*+,;=-._~")


def _location(c: Claim, index: int | None = None, message: str | None = None) -> dict:
    end_line, end_col = end_position(c)
    loc = {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(c.path), "uriBaseId": "%SRCROOT%"},
            "region": {
                "startLine": max(1, c.span.line), "startColumn": max(1, c.span.column),
                "endLine": max(1, end_line), "endColumn": max(1, end_col),
                "snippet": {"text": visible(c.quote)},
            },
        },
    }
    if index is not None:
        loc["id"] = index
    if message:
        loc["message"] = {"text": message}
    return loc


def _message(f: Finding) -> str:
    parts = [visible(f.message)]
    if f.note:
        parts.append(f"Note: {visible(f.note)}")
    for c in f.claims:
        parts.append(f"{visible(c.article)}: {visible(c.value)} (“{visible(c.quote)}”, {visible(c.path)}:"
                     f"{c.span.line}:{c.span.column})")
    return "\n".join(parts)


def _rule(rule) -> dict:
    short, full = rule_doc_parts(rule)
    kinds = list(rule.kinds)
    worst = min((rule.severity_of(k) for k in kinds), key=lambda s: {"error": 0, "warning": 1}.get(s, 2),
                default="warning")
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": f"{full}\n\nRun `crosscheck rule {rule.code}` for the rule's examples.",
                 "markdown": f"{full}\n\nRun `crosscheck rule {rule.code}` for the rule's examples."},
        "defaultConfiguration": {"level": LEVEL.get(worst, "warning")},
        "properties": {"kinds": kinds, "tags": ["crosscheck", *kinds]},
    }


def document(report: Report, *, rules=None, fail_on: str = "contradiction", quiet: bool = False) -> dict:
    described = rules_for(report, rules)
    index = {r.code: i for i, r in enumerate(described)}
    where = story_of_finding(report)
    results = []
    for f in report.findings:
        if f.kind == "agreement" or (quiet and f.kind in QUIET_HIDDEN):
            continue
        first, others = f.claims[0], f.claims[1:]
        result = {
            "ruleId": f.code,
            "kind": "fail",
            "level": LEVEL.get(f.severity, "warning"),
            "message": {"text": _message(f)},
            "locations": [_location(first)],
            "partialFingerprints": {FINGERPRINT: f.id},
            "properties": {"kind": f.kind, "rule": f.rule, "topic": clean(f.topic), "story": clean(where[f.id]),
                           "findingId": f.id, "failsRun": fails(f, fail_on)},
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        if others:
            result["relatedLocations"] = [
                _location(c, i, f"{visible(c.article)}: {visible(c.value)}") for i, c in enumerate(others, 1)
            ]
        results.append(result)
    notifications = [
        {"level": "error", "message": {"text": f"{visible(e.path)}: {visible(e.message)}"},
         "descriptor": {"id": e.code},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(e.path), "uriBaseId": "%SRCROOT%"}}}]}
        for e in report.errors
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "crosscheck", "version": report.version, "semanticVersion": report.version,
                "rules": [_rule(r) for r in described],
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The directory crosscheck ran in."}}},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [{"executionSuccessful": not report.errors,
                             "toolExecutionNotifications": notifications}],
        }],
    }


def render(report: Report, stream: TextIO, *, rules=None, fail_on: str = "contradiction", quiet: bool = False,
           **_options) -> None:
    stream.write(json_text(json.dumps(document(report, rules=rules, fail_on=fail_on, quiet=quiet), ensure_ascii=False,
                                      allow_nan=False, indent=2)) + "\n")

"""JUnit XML for CI dashboards: one test case per story and rule.

A test case fails when the rule reported, in that story, a finding at or above the
``--fail-on`` level (so the dashboard agrees with the exit code); each such finding is one
``<failure>``. Other findings are listed in the case's ``<system-out>``. Unreadable files
are test cases with an ``<error>``. Built with ``xml.etree`` (escaping is done for us);
characters XML 1.0 cannot carry are replaced first.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from checker.model import Finding, Report
from checker.report.common import by_story, fails, location, rules_for
from checker.report.safe import visible

# XML 1.0 forbids most C0 controls, surrogates, U+FFFE and U+FFFF even as references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def x(text: str | None) -> str:
    """Visible one-line text that XML 1.0 can carry."""
    return _NOT_XML.sub("\ufffd", visible(text))


def _lines(lines: list[str]) -> str:
    """Several already-visible lines joined by newlines."""
    return _NOT_XML.sub("\ufffd", "\n".join(lines))


def _describe(f: Finding) -> str:
    lines = [f"{f.code} {f.kind} [{f.severity}]: {visible(f.message)}"]
    if f.note:
        lines.append(f"  note: {visible(f.note)}")
    for c in f.claims:
        lines.append(f"  {visible(location(c))} {visible(c.article)}: {visible(c.value)} (“{visible(c.quote)}”)")
    return _lines(lines)


def tree(report: Report, *, rules=None, fail_on: str = "contradiction") -> ET.Element:
    described = rules_for(report, rules)
    root = ET.Element("testsuites", name="crosscheck")
    total = failures = errors = 0
    for story, _articles, findings in by_story(report):
        suite = ET.SubElement(root, "testsuite", name=x(story.name))
        s_tests = s_fail = 0
        for rule in described:
            mine = [f for f in findings if f.code == rule.code]
            case = ET.SubElement(suite, "testcase", classname=x(f"crosscheck.{story.name}"),
                                 name=x(f"{rule.code} {rule.name}"))
            s_tests += 1
            failing = [f for f in mine if fails(f, fail_on)]
            for f in failing:
                el = ET.SubElement(case, "failure", type=f.kind, message=x(f.message))
                el.text = _describe(f)
            if failing:
                s_fail += 1
            rest = [f for f in mine if f not in failing]
            if rest:
                ET.SubElement(case, "system-out").text = "\n".join(_describe(f) for f in rest)
        suite.set("tests", str(s_tests))
        suite.set("failures", str(s_fail))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        total += s_tests
        failures += s_fail
    if report.errors:
        suite = ET.SubElement(root, "testsuite", name="files", tests=str(len(report.errors)), failures="0",
                              errors=str(len(report.errors)), skipped="0")
        for e in report.errors:
            case = ET.SubElement(suite, "testcase", classname="crosscheck.files", name=x(f"read {e.path}"))
            ET.SubElement(case, "error", type=e.code, message=x(e.message)).text = x(f"{e.path}: {e.message}")
        total += len(report.errors)
        errors += len(report.errors)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    return root


def render(report: Report, stream: TextIO, *, rules=None, fail_on: str = "contradiction", **_options) -> None:
    root = tree(report, rules=rules, fail_on=fail_on)
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")

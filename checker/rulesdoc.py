"""``crosscheck rules`` and ``crosscheck rule CODE``: the rule catalogue from the registry.

A rule's documentation is its module docstring; its examples (small stories that must and
must not trigger it) are shown as they are tested.
"""
from __future__ import annotations

import difflib
import json
from typing import TextIO

from rules import REGISTRY, Rule


def severities(rule: Rule) -> dict[str, str]:
    return {k: rule.severity_of(k) for k in rule.kinds}


def as_dict(rule: Rule) -> dict:
    return {"code": rule.code, "name": rule.name, "kinds": list(rule.kinds), "severity": severities(rule),
            "summary": rule.summary, "doc": rule.doc}


def render_list(fmt: str, stream: TextIO) -> None:
    rules = sorted(REGISTRY, key=lambda r: r.code)
    if fmt == "json":
        stream.write(json.dumps([as_dict(r) for r in rules], ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "markdown":
        stream.write("| code | name | kinds (severity) | summary |\n|---|---|---|---|\n")
        for r in rules:
            kinds = ", ".join(f"{k} ({s})" for k, s in severities(r).items())
            stream.write(f"| `{r.code}` | `{r.name}` | {kinds} | {r.summary.replace('|', '/')} |\n")
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from checker.report.terminal import make_console

    console: Console = make_console(stream)
    table = Table(box=None, padding=(0, 2), show_edge=False, header_style="bold")
    for name in ("Code", "Name", "Kinds (severity)", "Summary"):
        table.add_column(name, overflow="fold", no_wrap=name in ("Code", "Name"))
    for r in rules:
        kinds = "\n".join(f"{k} ({s})" for k, s in severities(r).items())
        table.add_row(Text(r.code, style="bold"), Text(r.name), Text(kinds), Text(r.summary))
    console.print(table)
    console.print(Text(f"{len(rules)} rule{'' if len(rules) == 1 else 's'}. 'crosscheck rule CODE' shows a rule's documentation and examples.",
                       style="dim"))


def render_rule(rule: Rule, stream: TextIO) -> None:
    kinds = ", ".join(f"{k} ({s})" for k, s in severities(rule).items())
    out = [f"{rule.code} {rule.name}", "=" * len(f"{rule.code} {rule.name}"), "", f"Kinds (severity): {kinds}", "",
           rule.doc or "(no documentation)", "", "Examples", "--------"]
    for i, ex in enumerate(rule.examples, 1):
        if ex.kind:
            expect = f"must report {ex.kind}"
            if ex.contains:
                expect += " citing " + ", ".join(f"“{c}”" for c in ex.contains)
        else:
            expect = "must not report " + (", ".join(ex.absent) if ex.absent else "anything")
        out += ["", f"{i}. {expect}:"]
        for name, text in ex.articles.items():
            out.append(f"   {name}:")
            out += [f"     | {line}".rstrip() for line in text.splitlines() or [""]]
    stream.write("\n".join(out) + "\n")


def suggest(code: str) -> str:
    names = [r.code for r in REGISTRY] + [r.name for r in REGISTRY]
    near = difflib.get_close_matches(code.upper() if code[:1].isalpha() and code[-1:].isdigit() else code.lower(),
                                     names, n=1, cutoff=0.5)
    return f" (did you mean {near[0]}?)" if near else ""

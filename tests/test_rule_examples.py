"""Every rule's examples are its tests; the catalogue lists every rule module."""
import importlib
import pkgutil

import pytest

import rules
from checker.engine import check_texts
from rules import REGISTRY

EXAMPLES = [(r, i, ex) for r in REGISTRY for i, ex in enumerate(r.examples)]


def test_every_rule_module_is_registered():
    modules = {m.name for m in pkgutil.iter_modules(rules.__path__) if m.name not in ("base",) and not m.name.startswith("_")}
    registered = {r.check.__module__.rsplit(".", 1)[1] for r in REGISTRY}
    assert modules == registered, f"unregistered rule modules: {sorted(modules - registered)}"


@pytest.mark.parametrize("rule", REGISTRY, ids=lambda r: r.code)
def test_rule_catalogue_entry(rule):
    assert rule.code[:2].isalpha() and rule.code[2:].isdigit()
    assert rule.name == rule.name.lower() and " " not in rule.name
    assert rule.doc, f"{rule.code} has no docstring"
    assert any(ex.kind for ex in rule.examples), f"{rule.code} has no example that must trigger"
    assert any(ex.kind is None for ex in rule.examples), f"{rule.code} has no example that must not trigger"
    importlib.import_module(rule.check.__module__)


def test_codes_and_names_unique():
    assert len({r.code for r in REGISTRY}) == len(REGISTRY)
    assert len({r.name for r in REGISTRY}) == len(REGISTRY)


@pytest.mark.parametrize("rule,index,example", EXAMPLES, ids=[f"{r.code}-{i}" for r, i, _ in EXAMPLES])
def test_rule_example(rule, index, example):
    findings = [f for f in check_texts(example.articles, rules=(rule,)) if f.code == rule.code]
    kinds = [f.kind for f in findings]
    if example.kind:
        hits = [f for f in findings if f.kind == example.kind]
        assert hits, f"{rule.code} example {index}: expected {example.kind}, got {kinds}"
        if example.contains:
            quotes = " | ".join(c.quote + " " + c.text for f in hits for c in f.claims)
            for s in example.contains:
                assert s in quotes, f"{s!r} not in the {example.kind} claims: {quotes}"
    for kind in example.absent:
        assert kind not in kinds, f"{rule.code} example {index}: {kind} must not be reported: {findings}"
    # Spans are exact for every claim of every example.
    for f in findings:
        for c in f.claims:
            text = example.articles[c.path]
            assert text[c.span.start:c.span.end] == c.quote

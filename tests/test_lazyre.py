"""Patterns compiled on first use (checker.lazyre): same answers as re, no cost at import."""

import pickle
import re
import subprocess
import sys
import types

import pytest

from checker import lazyre


def _module(src: str) -> types.ModuleType:
    mod = types.ModuleType("lazy_example")
    exec(src, mod.__dict__)
    return mod


def test_compiles_on_first_use_and_rebinds_the_module_name():
    mod = _module("import re\nfrom checker import lazyre\nP = lazyre.compile(r'(?P<n>[0-9]+) (apples|pears)', re.I)\n"
                  "HELD = (P,)\ndef count(text):\n    m = P.search(text)\n    return m and int(m.group('n'))\n")
    assert isinstance(mod.P, lazyre.LazyPattern)
    assert mod.count("We sold 12 APPLES.") == 12
    assert isinstance(mod.P, re.Pattern)  # the module's name now holds the compiled pattern
    held = mod.HELD[0]  # another holder keeps the proxy, which answers as the pattern does
    assert isinstance(held, lazyre.LazyPattern)
    for name in ("search", "match", "fullmatch"):
        assert getattr(held, name)("3 pears").groups() == getattr(mod.P, name)("3 pears").groups()
    assert held.findall("3 pears") == [("3", "pears")] and held.split("a 3 pears b") == ["a ", "3", "pears", " b"]
    assert [m.span() for m in held.finditer("1 apples, 2 pears")] == [(0, 8), (10, 17)]
    assert held.sub("#", "1 apples") == "#" and held.subn("#", "1 apples") == ("#", 1)
    assert held.groupindex == {"n": 1} and held.flags == mod.P.flags and held.compiled is mod.P


def test_pattern_source_is_read_without_compiling():
    p = lazyre.compile(r"[a-z]+", re.I)
    assert p.pattern == "[a-z]+"
    with pytest.raises(AttributeError):
        object.__getattribute__(p, "compiled")  # not compiled yet
    q = pickle.loads(pickle.dumps(p))
    assert q.pattern == p.pattern and q.fullmatch("Abc")


def test_a_bad_pattern_fails_when_used():
    p = lazyre.compile(r"(unclosed")
    try:
        p.search("x")
    except re.error:
        pass
    else:  # pragma: no cover
        raise AssertionError("a broken pattern must raise re.error")


def test_importing_the_rules_compiles_few_patterns():
    # Start-up: the engine and every rule import without compiling their lazy patterns.
    code = ("import re, checker.lazyre as L\n"
            "n = 0\norig = re.compile\n"
            "def counting(p, f=0):\n    global n\n    n += 1\n    return orig(p, f)\n"
            "re.compile = counting\nimport checker.engine, rules\nprint(n)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) < 400, out.stdout

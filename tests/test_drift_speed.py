"""SR402's restated-statement shortcuts (rules/attribution_drift.py) change no answer.

``_same_statement`` rejects pairs on their lengths and on the words one list has and the
other lacks before difflib runs; the property checks it against the plain computation.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from rules import attribution_drift as A

_WORDS = st.sampled_from(["police", "said", "the", "thieves", "were", "in", "building", "for", "less",
                          "than", "six", "minutes", "had", "never", "not", "burned", "replanted", "don't",
                          "hectares", "4,200", "some", "guards", "two"])


def _plain(a: list[str], b: list[str]) -> bool:
    sm = SequenceMatcher(None, a, b, autojunk=False)
    if sm.ratio() < A.RESTATED_RATIO:
        return False
    changed = [w for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal" for w in (*a[i1:i2], *b[j1:j2])]
    return len(changed) <= A.RESTATED_MAX_CHANGED and not any(
        w in A._STATEMENT_WORDS or w.endswith("ed") or w.endswith("n't") for w in changed)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_WORDS, min_size=0, max_size=20), st.data())
def test_same_statement_equals_the_plain_computation(a, data):
    # b: a few edits of a (the interesting case), or any list
    b = list(a)
    for _ in range(data.draw(st.integers(0, 6))):
        op = data.draw(st.integers(0, 2))
        if op == 0 or not b:
            b.insert(data.draw(st.integers(0, len(b))), data.draw(_WORDS))
        elif op == 1:
            del b[data.draw(st.integers(0, len(b) - 1))]
        else:
            b[data.draw(st.integers(0, len(b) - 1))] = data.draw(_WORDS)
    if data.draw(st.booleans()):
        b = data.draw(st.lists(_WORDS, max_size=20))
    assert A._same_statement(a, b) == _plain(a, b)

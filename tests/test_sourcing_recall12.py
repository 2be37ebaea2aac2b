"""Sourcing recall and precision on holdout-12 mechanisms, tested in other domains.

Each group: the general pattern that failed, invented sentences (other domains) that must be
reported, near-miss negatives that must stay silent. (QT301 quotes, SR402 attribution-drift,
SR401 unsourced.)
"""
from __future__ import annotations

import pytest

from checker.extract import speakers as S
from source_helpers import _story


def _pairs(findings, code: str, kind: str = "contradiction") -> set[tuple[str, ...]]:
    return {tuple(sorted({c.article for c in f.claims})) for f in findings if f.code == code and f.kind == kind}


# --- 1. One speaker, her name written another way -----------------------------------------------
# Why it failed: a trimmed quotation in a later article was not set beside the original because
# the speaker's name key differed: a double-barrelled surname written without its hyphen
# ("Voss-Kirby" / "Voss Kirby": key "voss-kirby" vs "kirby"), or an abbreviated title before the
# surname ("Cllr Rooke": "cllr" read as a first name that clashes with the full name's).
@pytest.mark.parametrize("a, b", [
    (("helena", "voss-kirby"), ("voss", "kirby")),
    (("voss-kirby",), ("helena", "voss", "kirby")),
    (("ana", "ruiz-toma"), ("ruiz", "toma")),
])
def test_double_barrelled_surname_with_or_without_hyphen(a, b):
    assert S.same_speaker(a, b) and S.same_speaker(b, a)
    assert not S.surely_different(a, b)


@pytest.mark.parametrize("a, b", [
    (("anna", "lind"), ("tove", "varga-lind")),
    (("john", "smith"), ("mary", "smith-jones")),
])
def test_a_different_double_barrelled_surname_is_another_person(a, b):
    assert not S.same_speaker(a, b)


def test_trimmed_quote_with_the_surname_unhyphenated_is_an_agreement():
    a = '"We failed our passengers today and we will refund every single fare," chief executive Lotte Berg-Hansen said.'
    b = 'The rail operator\'s chief executive, Lotte Berg Hansen, repeated her pledge: "we will refund every single fare".'
    assert ("a", "b") in _pairs(_story(a, b), "QT301", "agreement")


@pytest.mark.parametrize("title", ["Cllr", "Insp", "DCI", "Gov.", "Cmdr"])
def test_abbreviated_title_before_a_surname(title):
    a = '"The pool will stay closed until every tile has been checked," said Marta Ekdahl, who chairs the leisure committee.'
    b = f'{title} Ekdahl said on Friday that "the pool will stay closed until every tile has been checked".'
    assert ("a", "b") in _pairs(_story(a, b), "QT301", "agreement")

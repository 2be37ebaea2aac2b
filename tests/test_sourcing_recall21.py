"""Sourcing recall on holdout-21 mechanisms (quotes, attribution drift, unsourced claims), tested
in other domains with invented sentences: each group says what failed and why, with near-miss
negatives that must stay silent.
"""
from __future__ import annotations

import pytest

from checker.extract.attribution import attribute_sentences, grade_sentence
from checker.model import Sentence, Span


def _sentences(*texts: str) -> tuple[Sentence, ...]:
    out, at = [], 0
    for t in texts:
        out.append(Sentence("x", at, Span(at, at + len(t), 1, 1), t, 0))
        at += len(t) + 1
    return tuple(out)


# --- 1. A relative clause with no "that" before the main verb ---------------------------------
# Why it failed: in "The review the minister announced on 2 March will look at ..." the noun
# phrase before the cue verb ran back to the sentence's start ("The review the minister"), so the
# sentence, and the next sentences of its paragraph by carry-over, were credited to a source
# that only announced the thing the sentence is about.
@pytest.mark.parametrize("text", [
    "The inquiry the council announced last month will examine 14 deaths at the depot.",
    "The recall the company announced on Friday covers 40,000 cars built since 2021.",
    "The strike the union announced for Monday would shut 12 lines across the network.",
    "The plan the board unveiled in March will close three wards.",
])
def test_relative_clause_without_that_is_no_source(text):
    assert grade_sentence(text).grade == "none"


def test_relative_clause_source_does_not_carry_to_the_next_sentence():
    atts = attribute_sentences(_sentences(
        "The inquiry the council announced last month will examine 14 deaths at the depot.",
        "The depot was short of at least nine drivers on most weekends in May."))
    assert [a.grade for a in atts] == ["none", "none"]


@pytest.mark.parametrize("text, source", [
    ("The head of the agency said 40 homes were flooded.", "The head of the agency"),
    ("Chief executive the Rev Ann Holt said 40 homes were flooded.", None),
])
def test_ordinary_subjects_stay_sources(text, source):
    att = grade_sentence(text)
    assert att.grade != "none"
    if source:
        assert att.source == source


# --- 2. The state's inspectors and survey agencies are the state --------------------------------
# Why it failed: "according to a letter from inspectors" and "according to the British Geological
# Survey" were documents (a letter, a survey): evidence any body may cite, never drift; so the same
# statement told as the inspectors' and then as parents' (or with no source) drifted unseen.
from rules import attribution_drift, unsourced  # noqa: E402
from source_helpers import _story  # noqa: E402


def _pairs(findings, code: str, kind: str = "contradiction") -> set[tuple[str, ...]]:
    return {tuple(sorted({c.article for c in f.claims})) for f in findings if f.code == code and f.kind == kind}


def _drift(*texts: str):
    return _story(*texts, rules=(attribution_drift.RULE, unsourced.RULE))


@pytest.mark.parametrize("a, b", [
    ("According to a report by fire inspectors, the warehouse had no working sprinklers on any of its four floors.",
     "Neighbours say the warehouse had no working sprinklers on any of its four floors."),
    ("According to a letter from food safety inspectors, the plant had failed to clean its chilling tanks for six weeks.",
     "The plant had failed to clean its chilling tanks for six weeks."),
    ("The river has cut about 40 metres into the bank since 2015, according to the British Geological Survey.",
     "Farmers say the river has cut about 40 metres into the bank since 2015."),
])
def test_statement_of_inspectors_or_a_survey_agency_retold_is_drift(a, b):
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


def test_a_survey_by_someone_is_still_a_document():
    a = "Rents in the town rose by about 9% last year, according to a survey by the landlords."
    b = "Tenants say rents in the town rose by about 9% last year."
    kinds = {attribution_drift.source_kind(grade_sentence(t), t) for t in (a,)}
    assert "government" not in kinds


# --- 3. A participle's phrase led by a word that may also lead a noun phrase --------------------
# Why it failed: "X, visiting the prison this afternoon, told reporters: “…”" had no speaker:
# "visiting" (like "acting", "sitting", "leading") was taken for a noun phrase's modifier
# ("visiting professor"), so the aside was the cue's subject and the quotation nobody's.
@pytest.mark.parametrize("lead", [
    "Transport Secretary Helen Marsh, visiting the depot this morning, told reporters",
    "Fire Commissioner Joe Brandt, sitting in the public gallery, told us",
    "Coach Ada Kowal, leading the squad out for training, said",
])
def test_same_words_to_a_person_with_a_participle_aside(lead):
    from rules import quotes
    a = ("“Someone signed off a budget that should never have been signed,” said Ruth Abbey, chair of the "
         "residents' group.")
    b = f"{lead}: “Someone signed off a budget that should never have been signed.”"
    assert ("a", "b") in _pairs(_story(a, b, rules=(quotes.RULE,)), "QT301")


def test_visiting_professor_is_still_a_noun_phrase():
    assert grade_sentence("Ana Berg, visiting professor at the university, said the dam was safe.").grade != "none"


# --- 4. A short line that says something, given to two people ------------------------------------
# Why it failed: "the same words to two speakers" needed eight words (or seven long ones), so a
# short line most of whose words carry meaning ("Nobody's home is worth a life") given to a fire
# chief in one article and to a council chair in another was never set against itself.
@pytest.mark.parametrize("line", [
    "No pension is worth a miner's lungs",
    "The river took everything we owned",
    "Every striking driver deserves fair pay",
])
def test_short_meaningful_line_given_to_two_people(line):
    from rules import quotes
    a = f"“{line},” said Fire Chief Dana Holloway, whose crews worked through the night."
    b = f"Council chair Martin Ebbe put it best: “{line}. But nobody's savings should be either.”"
    assert ("a", "b") in _pairs(_story(a, b, rules=(quotes.RULE,)), "QT301")


@pytest.mark.parametrize("line", [
    "We will not give up on them",
    "We are very sorry about this",
    "This is not over for us",
])
def test_short_formula_given_to_two_people_is_no_contradiction(line):
    from rules import quotes
    a = f"“{line},” said Fire Chief Dana Holloway, whose crews worked through the night."
    b = f"Council chair Martin Ebbe put it best: “{line}. But nobody's savings should be either.”"
    assert ("a", "b") not in _pairs(_story(a, b, rules=(quotes.RULE,)), "QT301")


def test_short_fragment_woven_into_a_sentence_is_no_contradiction():
    from rules import quotes
    a = "“We will find out exactly what went wrong, and we will fly again,” said Tobias Rand, the director."
    b = "Dr Ilse Moberg promised to “find out exactly what went wrong”. The report is late."
    assert ("a", "b") not in _pairs(_story(a, b, rules=(quotes.RULE,)), "QT301")


# --- 5. Proportions and changes by a multiple are figures ----------------------------------------
# Why it failed: "Around one in five shifts ran below safe staffing levels" and "Premiums have
# roughly doubled since 2020" hold no number with a counted noun, money or a percentage the
# figures extractor reads, so the unsourced rule found nothing to check in them.
def _unsourced(text: str):
    return [f for f in _story(text, rules=(unsourced.RULE,)) if f.kind == "unsourced"]


@pytest.mark.parametrize("text", [
    "Roughly one in four trains on the coastal line ran late last winter.",
    "Two out of three voters in the district backed the bypass.",
    "About 1 in 10 patients waited more than a day for a bed.",
    "Rents in the old town have roughly doubled since 2019.",
    "Ticket prices had more than tripled by the final.",
    "The flood defence budget was halved in 2021.",
])
def test_proportion_or_multiple_without_a_source_is_unsourced(text):
    assert _unsourced(text)


@pytest.mark.parametrize("text", [
    "Rents in the old town have roughly doubled since 2019, the housing agency said.",
    "The team won two in a row before the break.",
    "Doctors gave him a doubled dose before the surgery.",
    "The river bursts its banks one in ten years.",
])
def test_proportion_or_multiple_with_a_source_or_of_time_is_not(text):
    assert not _unsourced(text)


# --- 6. The state's offices, bureaus and services by name ---------------------------------------
# Why it failed: "according to the National Audit Office", "the Census Bureau", "the Bureau of
# Meteorology", "the US Coast Guard", "the coroner" were documents, persons or bare institutions
# (neutral kinds: never drift), and "the Health and Safety Executive" a company.
@pytest.mark.parametrize("body, family", [
    ("the National Audit Office", "state"),
    ("the Census Bureau", "state"),
    ("the Bureau of Meteorology", "state"),
    ("the US Coast Guard", "state"),
    ("the coroner", "state"),
    ("the Health and Safety Executive", "state"),
    ("the Treasury", "state"),
])
def test_state_bodies_by_name_are_the_state(body, family):
    t = f"The harbour wall has moved about 30 centimetres since 2019, according to {body}."
    kind = attribution_drift.source_kind(grade_sentence(t), t)
    assert attribution_drift.FAMILY.get(kind) == family


def test_state_body_statement_retold_by_residents_is_drift():
    a = "The harbour wall has moved about 30 centimetres since 2019, according to the US Coast Guard."
    b = "Fishermen say the harbour wall has moved about 30 centimetres since 2019."
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


@pytest.mark.parametrize("body", ["the Post Office", "a credit bureau", "the company's treasury team"])
def test_other_offices_are_not_the_state(body):
    t = f"The harbour wall has moved about 30 centimetres since 2019, according to {body}."
    kind = attribution_drift.source_kind(grade_sentence(t), t)
    assert attribution_drift.FAMILY.get(kind) != "state"

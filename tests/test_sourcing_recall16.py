"""Sourcing recall and precision on holdout-17 mechanisms, tested in other domains.

Each group: the general pattern that failed, invented sentences (other domains) that must be
reported, near-miss negatives that must stay silent. (QT301 quotes, SR402 attribution-drift.)
"""
from __future__ import annotations

import pytest

from checker.extract.attribution import grade_sentence
from rules import attribution_drift, quotes, unsourced
from source_helpers import _story


def _pairs(findings, code: str, kind: str = "contradiction") -> set[tuple[str, ...]]:
    return {tuple(sorted({c.article for c in f.claims})) for f in findings if f.code == code and f.kind == kind}


def _drift(*texts: str):
    return _story(*texts, rules=(attribution_drift.RULE, unsourced.RULE))


# --- 1. One letter changed in a quoted word -----------------------------------------------------
# Why it failed: two words of five letters or more, same first two letters and a difflib ratio of
# 0.85 were "spelling variants": "creaking"/"cracking", "rubble"/"bubble" read as one word, so a
# misquote of one word was an agreement. Spelling variants are now a letter added or dropped, one
# of the letters spellings alternate between (s/z, c/s, c/k, i/y) or two neighbours swapped.
@pytest.mark.parametrize("x, y", [
    ("creaking", "cracking"), ("rubble", "bubble"), ("resigned", "designed"), ("flooding", "flooring"),
    ("marching", "matching"), ("sprinting", "splinting"), ("woman", "women"), ("sitting", "setting"),
])
def test_one_letter_changed_is_another_word(x, y):
    assert not quotes._equivalent(x, y)


@pytest.mark.parametrize("x, y", [
    ("organisation", "organization"), ("colour", "color"), ("travelled", "traveled"), ("centre", "center"),
    ("defence", "defense"), ("judgement", "judgment"), ("practise", "practice"), ("analyse", "analyze"),
])
def test_spelling_variants_stay_one_word(x, y):
    assert quotes._equivalent(x, y)


@pytest.mark.parametrize("a_word, b_word", [("grinding", "grunting"), ("flooding", "flooring"), ("burning", "turning")])
def test_misquote_of_one_look_alike_word(a_word, b_word):
    a = f"Ferry captain Olga Brandvik said the crew acted fast. “The engine just stopped. There was no {a_word}, no smoke, nothing,” she said."
    b = f"Brandvik told the inquiry: “The engine just stopped. There was no {b_word}, no smoke, nothing.”"
    assert ("a", "b") in _pairs(_story(a, b), "QT301")


def test_spelling_variant_in_a_quotation_stays_an_agreement():
    a = "“The organisation will defend every worker in this yard,” union leader Pavel Strand said."
    b = "“The organization will defend every worker in this yard,” Pavel Strand said."
    found = _story(a, b)
    assert ("a", "b") not in _pairs(found, "QT301")
    assert ("a", "b") in _pairs(found, "QT301", "agreement")


# --- 2. A speaker named before a colon with an irregular past verb --------------------------------
# Why it failed: "Opposition leader X spoke for many of us: “…”" had no speaker: the colon's
# subject needs a verb after the name, and only "-ed" verbs and a few auxiliaries counted.
@pytest.mark.parametrize("verb_phrase", [
    "spoke for many growers", "put it bluntly", "took the microphone", "stood up at the meeting", "made the point again",
])
def test_same_words_given_to_two_people_with_irregular_colon_verb(verb_phrase):
    a = ("Harbour master Ines Calloway addressed the fishermen on Monday. “The quota is simply gone, and shouting "
         "at the ministry will not bring it back,” she said.")
    b = (f"Union organiser Declan Mortimer {verb_phrase}: “The quota is simply gone, and shouting at the ministry "
         "will not bring it back.” Few disagreed.")
    assert ("a", "b") in _pairs(_story(a, b), "QT301")


def test_same_words_same_person_with_irregular_colon_verb_is_no_contradiction():
    a = "“The quota is simply gone, and shouting will not bring it back,” harbour master Ines Calloway said."
    b = "Ines Calloway spoke for many growers: “The quota is simply gone, and shouting will not bring it back.”"
    found = _story(a, b)
    assert ("a", "b") not in _pairs(found, "QT301")


# --- 3. People posting online as a source ------------------------------------------------------
# Why it failed: "Drivers' forums claim" was an institution of no kind (never drift).
@pytest.mark.parametrize("src", ["Cyclists' forums claim", "Online forums say", "Message boards claim",
                                 "Commuters' chat groups say", "Parents' online groups say"])
def test_posting_places_are_the_public(src):
    text = f"{src} the bridge was closed for 40 minutes."
    att = grade_sentence(text)
    assert attribution_drift.source_kind(att, text) == "public"


def test_message_board_is_no_statutory_board():
    text = "The water board said 300 homes were cut off."
    assert attribution_drift.source_kind(grade_sentence(text), text) == "government"


@pytest.mark.parametrize("official, posters", [
    ("According to the coastguard,", "Sailing forums claim"),
    ("According to the transport ministry,", "Commuters' message boards say"),
])
def test_official_statement_against_forums_is_drift(official, posters):
    a = f"{official} the ferry's radio was silent for 25 minutes."
    b = f"{posters} the ferry's radio was silent for 25 minutes."
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


# --- 4. A closing clause of time left out of one telling ----------------------------------------
# Why it failed: "X was off for 40 minutes before the van left the depot" and "X was off for 40
# minutes" were two statements: seven words left out, a verb among them, and the clause's words
# were the longer telling's rarest (the prefix filter never paired the two).
@pytest.mark.parametrize("clause", [
    "before the van left the depot", "after the storm hit the coast", "while the crew slept below deck",
    "when the alarm sounded",
])
def test_statement_with_a_closing_time_clause_is_one_statement(clause):
    a = f"According to the port authority, the ship's radar was switched off for 25 minutes {clause}."
    b = "Dockworkers claim the ship's radar was switched off for 25 minutes."
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


def test_closing_clause_that_narrows_stays_another_statement():
    a = "According to the port authority, the ship's radar was switched off for 25 minutes only when the pilot asked."
    b = "Dockworkers claim the ship's radar was switched off for 25 minutes."
    assert ("a", "b") not in _pairs(_drift(a, b), "SR402")


def test_closing_clause_with_the_same_source_is_no_drift():
    a = "According to the port authority, the ship's radar was switched off for 25 minutes before it docked."
    b = "The ship's radar was switched off for 25 minutes, the port authority said."
    assert ("a", "b") not in _pairs(_drift(a, b), "SR402")


# --- 5. A document as the subject of a verb of listing --------------------------------------------
# Why it failed: "The council's asset register lists a backlog of £2.3m" had no attribution: "lists"
# was no cue, and "register" no document. Verbs a document states with ("lists", "details",
# "records", "gives", "cites", "reveals") are cues after a document's head noun only.
@pytest.mark.parametrize("sentence, publisher_kind", [
    ("The ministry's own asset register lists a repair backlog of £4.1m at the prison.", "government"),
    ("The hospital trust's incident log records 42 falls on the ward last year.", None),
    ("The airline's maintenance log details 17 faults on the aircraft.", "company"),
])
def test_document_verbs_after_a_document(sentence, publisher_kind):
    att = grade_sentence(sentence)
    assert att.grade == "named_institution"
    if publisher_kind:
        assert attribution_drift.source_kind(att, sentence) == publisher_kind


@pytest.mark.parametrize("sentence", [
    "The company lists 40 stores in the region.", "The airline listed its shares in 2019.",
    "The minister gave 40 interviews last year.", "The club cites 300 members.",
])
def test_document_verbs_after_other_subjects_are_no_cue(sentence):
    assert grade_sentence(sentence).grade == "none"


def test_register_against_parents_groups_is_drift():
    a = "The health authority's own asset register lists a roof repair backlog of £1.7m at the library."
    b = "Readers' groups say the library's roof repair backlog stands at £1.7m."
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


def test_register_against_the_same_council_is_no_drift():
    a = "The health authority's own asset register lists a roof repair backlog of £1.7m at the library."
    b = "The library's roof repair backlog stands at £1.7m, the health ministry said."
    assert ("a", "b") not in _pairs(_drift(a, b), "SR402")


def test_as_phrase_is_no_clause_of_time():
    a = "According to the prison service, six inmates were treated as suspects in the riot inquiry."
    b = "Relatives claim six inmates were treated."
    assert ("a", "b") not in _pairs(_drift(a, b), "SR402")


# --- 6. Plural nouns of people that no ending gives away -----------------------------------------
# Why it mattered: "Beekeepers claim" was people (an "-ers" noun) but "Pilots claim", "Guests say",
# "Monks say" were institutions of no kind (never drift). PEOPLE_PLURALS (vocab/sources.py) lists
# the common ones; only the whole source phrase counts ("the children's hospital" is no group).
@pytest.mark.parametrize("src", ["Pilots claim", "Guests say", "Monks say", "Young cadets say", "The inmates claim"])
def test_plural_people_nouns_without_a_telling_ending(src):
    a = "The transport ministry said 40 ferries were cancelled at the harbour on Monday."
    b = f"{src} 40 ferries were cancelled at the harbour on Monday."
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


@pytest.mark.parametrize("src", ["Studies show", "Tests show", "The children's hospital said"])
def test_documents_and_named_places_are_no_plural_people(src):
    a = "The transport ministry said 40 ferries were cancelled at the harbour on Monday."
    b = f"{src} 40 ferries were cancelled at the harbour on Monday."
    assert ("a", "b") not in _pairs(_drift(a, b), "SR402")


# The document verbs are nouns too: "police records show", "waiting lists show" keep their subject.
@pytest.mark.parametrize("sentence, source", [
    ("Police records show 212 thefts at the station.", "Police records"),
    ("Court records show 40 cases were adjourned.", "Court records"),
    ("Hospital waiting lists show 400 patients.", "Hospital waiting lists"),
    ("Shipping records list 40 vessels in the port.", "Shipping records"),
])
def test_document_nouns_stay_subjects(sentence, source):
    assert grade_sentence(sentence).source == source

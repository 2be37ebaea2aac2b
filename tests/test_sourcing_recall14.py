"""Sourcing recall on holdout-14 mechanisms, tested in other domains.

Each group: the general pattern that failed, invented sentences (other domains) that must be
reported, near-miss negatives that must stay silent. (QT301 quotes, SR402 attribution-drift,
SR401 unsourced.)
"""
from __future__ import annotations

from checker.articles import article_from_text
from checker.facts import ArticleFacts
from source_helpers import _kinds, _story


def _speaker(text: str):
    facts = ArticleFacts(article_from_text("Published 1 March 2024\n\nA headline for the test\n\n" + text, "a.txt", "s"))
    return [q.speaker_tokens for q in facts.quotes]


# --- 1. A name with its employer between commas: "Name, of Org, told X" ---------------------------
# Why it failed: the subject before the cue was read as its last comma segment, "of Org", so
# the quotation went to the organisation (or to no one); the person named before an "of"/"from"
# employer appositive is the speaker, as "Name of Org said" already was.
def test_employer_appositive_before_cue_names_the_person():
    assert _speaker('Marta Olsen, of Fjord Shipping, told the Gazette: "We have lost the contract and we are devastated."') \
        == [("marta", "olsen")]
    assert _speaker('"We will keep the kilns firing while we look for a new owner," Piet Haas, of Delft Ceramics, '
                    'told reporters.') == [("piet", "haas")]
    assert _speaker('Dr Ivo Brandt, from the city hospital, said: "The ward will stay open through the winter."') \
        == [("ivo", "brandt")]


def test_employer_appositive_without_a_named_person_stays_unnamed():
    # a description before the prepositional phrase is no named person
    assert _speaker('The workers, of the night shift, said: "We have lost the contract and we are devastated."') == [()]


def test_misquote_found_when_one_article_names_the_speaker_with_employer_between_commas():
    a = '"We will keep the kilns firing while we look for a new owner," said Piet Haas, a partner at Delft Ceramics.'
    b = '"We will keep the kilns firing while we search for a new owner," Piet Haas, of Delft Ceramics, told the Post.'
    assert "contradiction" in _kinds(_story(a, b), "QT301")


def test_accented_and_plain_spellings_of_one_speaker_are_one_person():
    a = 'Chloë Marsh, of the Rowing Federation, said: "We have run out of boats and we are furious."'
    b = 'Chloe Marsh, of the Rowing Federation, said: "We have run out of coaches and we are furious."'
    assert "contradiction" in _kinds(_story(a, b), "QT301")


# --- 2. The same seven long words given to two people ----------------------------------------------
# Why it failed: "the same words, two speakers" needed eight words; a seven-word sentence of long
# words ("Every single ... deserves ...") is as distinctive. Short everyday lines stay silent.
def test_seven_long_words_given_to_two_people():
    a = 'Harbour master Lena Ostrova said: "Every registered fisherman deserves proper compensation immediately."'
    b = '"Every registered fisherman deserves proper compensation immediately," said union founder Tomas Vik.'
    found = [f for f in _story(a, b) if f.kind == "contradiction"]
    assert len(found) == 1 and "two different speakers" in found[0].note


def test_seven_short_words_given_to_two_people_stay_silent():
    a = 'Harbour master Lena Ostrova said: "We are very sorry about the delay."'
    b = '"We are very sorry about the delay," said union founder Tomas Vik.'
    assert not [f for f in _story(a, b) if f.kind == "contradiction"]

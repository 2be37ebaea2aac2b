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


# --- 3. Insolvency office-holders speak for the company they run ----------------------------------
# Why it failed: "the administrators said" was read as a plural of people ("public"), so a figure
# credited to the company in one article and to its administrators in another was called drift.
# Administrators, liquidators, receivers and the official receiver run the company: same side.
from source_helpers import _pair  # noqa: E402


def test_company_and_its_administrators_are_no_drift():
    a = "The brewery sold about 40,000 barrels a year, the company said."
    b = "The brewery sold about 40,000 barrels a year, the administrators said."
    assert "contradiction" not in _kinds(_pair(a, b), "SR402")
    c = "The chain employed about 1,200 staff, its liquidators said."
    assert "contradiction" not in _kinds(_pair(a.replace("brewery sold about 40,000 barrels a year",
                                                         "chain employed about 1,200 staff"), c), "SR402")


def test_company_against_its_customers_is_still_drift():
    a = "The brewery sold about 40,000 barrels a year, the company said."
    b = "The brewery sold about 40,000 barrels a year, customers said."
    assert "contradiction" in _kinds(_pair(a, b), "SR402")


# --- 4. "according to its accounts": the document of the sentence's subject is its word -------------
# Why it failed: "its published accounts" was a neutral document, so the same figure told by the
# company's own accounts in one article and by its workers in another was no drift. A document
# owned by "its"/"their" (accounts, filings, results, annual report, own figures) takes the kind of
# the sentence's subject; an unknown subject stays neutral (silence).
def test_own_accounts_against_workers_is_drift():
    a = "The charity spent £2.3m on grants last year, according to its annual report."
    b = "Residents say the charity spent £2.3m on grants last year."
    assert "contradiction" in _kinds(_pair(a, b), "SR402")


def test_own_accounts_against_the_company_itself_is_no_drift():
    a = "The airline lost £40m in the last financial year, according to its published accounts."
    b = "The airline lost £40m in the last financial year, the company said."
    assert "contradiction" not in _kinds(_pair(a, b), "SR402")


def test_own_figures_with_no_known_subject_stay_neutral():
    a = "Visitor numbers rose to 40,000 last summer, according to its own figures."
    b = "Visitor numbers rose to 40,000 last summer, residents said."
    assert "contradiction" not in _kinds(_pair(a, b), "SR402")


# --- 5. A settled future fate told bare: someone decided it -----------------------------------------
# Why it failed: "The depot will be sold." has no figure, cause or accusation, so a decision told as
# fact with no one behind it went unreported. A passive future of what becomes of a site, a service
# or a body for good (sold, demolished, scrapped, axed, disbanded, wound up, closed down...) is a
# claim that needs a source; a hedge, a condition or a temporary closure is not.
from source_helpers import _sr401  # noqa: E402


def test_bare_future_fate_is_unsourced():
    for text in ("The old library on Quay Street is to be demolished.",
                 "The regional orchestra will be disbanded in the spring.",
                 "The farm shop will be sold off at auction.",
                 "The maternity ward will be closed down."):
        assert _sr401(text), text


def test_hedged_conditional_temporary_or_attributed_future_stays_silent():
    for text in ("The road will be closed on Sunday for the marathon.",
                 "The pool will be closed for repairs.",
                 "The depot could be sold.",
                 "The farm shop will be sold if no buyer is found.",
                 "The ward is expected to be closed.",
                 "The old library will be demolished, the council said."):
        assert not _sr401(text), text

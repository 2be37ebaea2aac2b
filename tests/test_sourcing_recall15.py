"""Sourcing recall and precision on holdout-15/16 mechanisms, tested in other domains.

Each group: the general pattern that failed, invented sentences (other domains) that must be
reported, near-miss negatives that must stay silent. (QT301 quotes, SR402 attribution-drift,
SR401 unsourced.)
"""
from __future__ import annotations

import pytest

from checker.extract.attribution import grade_sentence
from rules import attribution_drift, unsourced
from source_helpers import _story


def _pairs(findings, code: str, kind: str = "contradiction") -> set[tuple[str, ...]]:
    return {tuple(sorted({c.article for c in f.claims})) for f in findings if f.code == code and f.kind == kind}


def _drift(*texts: str):
    return _story(*texts, rules=(attribution_drift.RULE, unsourced.RULE))


# --- 1. A document's publisher named by a bare head noun ----------------------------------------
# Why it failed: "according to the board's own monitoring data" was a document of no known
# publisher (neutral: never drift), and a bare "according to the board" was an institution of no
# kind, though the story names the body in full elsewhere ("the Northfield Water Board").
@pytest.mark.parametrize("first, doc", [
    ("The Northfield Water Board fined the operator last spring.", "the board's own monitoring data"),
    ("The Coastal Fisheries Board of Inquiry met on Monday.", "the board's published figures"),
    ("The Harbour Safety Authority opened an inquiry.", "the authority's own inspection records"),
])
def test_document_of_a_bare_head_noun_takes_the_storys_kind(first, doc):
    a = f"{first}\n\nThe pumping station overflowed 48 times last year, according to {doc}."
    b = "The pumping station overflowed 48 times last year, anglers said."
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


def test_bare_board_takes_the_kind_of_the_storys_proper_name():
    a = "The State Board of Nursing issued new guidance on Tuesday."
    b = "The Kelso clinic trains about 40 percent of the region's midwives, according to the board."
    c = "The clinic trains about 40 percent of the region's midwives, student groups say."
    assert ("b", "c") in _pairs(_drift(a, b, c), "SR402")


def test_board_of_a_company_named_in_full_is_no_state_body():
    # "the Board of Directors" names no statutory board: "the board" stays of no kind
    a = "The Board of Directors of Halvern Foods met on Monday."
    b = "The Halvern plant packs about 30 percent of the country's frozen peas, according to the board."
    c = "The plant packs about 30 percent of the country's frozen peas, farmers say."
    assert ("b", "c") not in _pairs(_drift(a, b, c), "SR402")


# --- 2. A verb of claiming whose object is an amount --------------------------------------------
# Why it failed: "ScholarPro charged up to £600 per essay, students say" was credited to the
# firm ("charged" read as a verb of accusing), so the closing tag was never the source.
@pytest.mark.parametrize("sentence, source", [
    ("The landlord charged tenants up to £900 a month, residents say.", "residents"),
    ("Kestrel Parking charged up to £80 a day, according to the council's leaked tariff sheet.", "the council's leaked tariff sheet"),
    ("The storm claimed 12 lives, officials said.", "officials"),
])
def test_amount_object_makes_no_verb_of_saying(sentence, source):
    assert grade_sentence(sentence).source == source


@pytest.mark.parametrize("sentence, source", [
    ("The union claimed 4,000 members had joined the strike.", "The union"),
    ("Prosecutors charged that the firm had hidden its losses.", "Prosecutors"),
])
def test_a_claim_of_a_clause_still_speaks(sentence, source):
    assert grade_sentence(sentence).source == source


def test_price_from_a_leaked_list_against_customers_is_drift():
    a = "Brightway Cabs charged up to £45 for the airport run, according to the firm's leaked fare table."
    b = "Brightway Cabs charged up to £45 for the airport run, passengers say."
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


# --- 3. Representatives speak for one party -----------------------------------------------------
def test_representatives_against_a_regulators_notice_is_drift():
    a = "The boiler had not been inspected for 20 months, according to the safety regulator's interim notice."
    b = "The boiler had not been inspected for 20 months, tenants' representatives say."
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


# --- 4. A live blog's time stamp set off by a dash ----------------------------------------------
def test_time_stamp_with_a_dash_is_cut_from_the_statement():
    a = "The Marlow depot handles about 60 percent of the county's parcels, according to the postal regulator."
    b = "Live updates\n\n14:05 — The depot handles about 60 percent of the county's parcels, postal workers say."
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


# --- 5. A standing fact told bare is background, not a dropped source ---------------------------
# Why it was false: "It is the first time a draw has been voided since 1998, the company said."
# against another outlet's bare "The incident is the first time ...": a fact in the present simple
# told as the outlet's own is the unsourced rule's, not drift. An event told bare still is drift.
@pytest.mark.parametrize("a, b", [
    ("The Delford mill employs about 300 people in the valley, the company said.",
     "The mill employs about 300 people in the valley."),
    ("It is the first time the festival has been cancelled since 1987, the organisers' company said.",
     "The decision is the first time the festival has been cancelled since 1987."),
])
def test_standing_fact_told_bare_is_no_drift(a, b):
    assert ("a", "b") not in _pairs(_drift(a, b), "SR402")


def test_an_event_told_bare_is_still_drift():
    a = "The software fault was known to the supplier a month before the crash, the airline said."
    b = "The software fault was known to the supplier a month before the crash."
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


# --- 6. "he said" after a one-word subject behind an opening adverbial --------------------------
# Why it failed: "At a briefing on Thursday, March 12, Venn struck a contrite tone. “…,” he said."
# gave the words to a person named paragraphs before: a surname alone after an opening phrase
# ("At ..., ", "After the meeting, ") was never a subject "he" could refer to, and a surname
# alone was never surely another person than a full name.
def test_pronoun_after_an_adverbial_opening_goes_to_the_surname_subject():
    a = ("Harbour master Tove Lindqvist said the quay would reopen.\n\n"
         "After the inspection on Monday, Okafor gave a blunt verdict. "
         "\"Nobody should have been allowed onto that pier last winter,\" he said.")
    b = ("Speaking to reporters, port chair Dr. Marta Ellison said: "
         "\"Nobody should have been allowed onto that pier last winter.\"")
    found = _story(a, b)
    assert ("a", "b") in _pairs(found, "QT301")


@pytest.mark.parametrize("a, b, different", [
    (("venn",), ("ines", "vauclair"), True),
    (("okafor",), ("ada", "okafor"), False),
    (("ines",), ("ines", "vauclair"), False),
    (("okafor",), ("tolu",), False),  # two surnames alone: not sure
])
def test_surname_alone_against_a_full_name(a, b, different):
    from checker.extract import speakers as S
    assert S.surely_different(a, b) is different
    assert S.surely_different(b, a) is different


# --- 7. A live blog's speaker label before a colon -----------------------------------------------
def test_role_and_name_before_a_colon_is_the_speaker():
    a = "Union leader Petra Halloran said: \"This is what happens when one depot serves a whole county.\""
    b = "Live updates\n\n09:40 — Shop owner Kemal Aydin: \"This is what happens when one depot serves a whole county.\""
    assert ("a", "b") in _pairs(_story(a, b), "QT301")


def test_a_clause_with_a_verb_before_a_colon_is_not_a_label():
    from checker.articles import article_from_text
    from checker.facts import ArticleFacts
    f = ArticleFacts(article_from_text(
        "Published 1 May 2024\n\nA headline for the test\n\nThe minister read out a letter from Anna Berg: \"We will not give up.\"",
        "a.txt", "s"))
    assert all(q.speaker is None or q.speaker.name != "Anna Berg" for q in f.quotes)


# --- 8. Unsourced: record claims, failed checks, calls to action --------------------------------
# Why they failed: "It is the first statewide shortage of the drug since 2014." and "The lift had
# failed part of an inspection in 2023." had no figure, cause or accusation the rule knew; a
# bulletin's "Donate to the campaign from £3." was read as a money figure.
from source_helpers import _sr401  # noqa: E402


@pytest.mark.parametrize("text", [
    "It is the first strike at the port since 1989.",
    "This was the worst flooding in the valley in 40 years.",
    "The crash was the deadliest on the motorway on record.",
    "The ferry had failed part of a safety inspection in 2022.",
    "The kitchen failed two hygiene audits last year.",
])
def test_record_claims_and_failed_checks_told_bare_are_unsourced(text):
    assert _sr401(text)


@pytest.mark.parametrize("text", [
    "It is the first strike at the port since 1989, the dockers' union said.",
    "The ferry had failed part of a safety inspection in 2022, according to the maritime agency.",
    "Donate to the hardship fund from £5 a month.",
    "Subscribe for £2 a week to read every story.",
    "Support us today from just £4.",
])
def test_sourced_records_and_calls_to_action_are_not(text):
    assert not _sr401(text)


def test_a_noun_that_is_also_a_verb_of_action_still_claims():
    assert _sr401("Support for the new rail line fell to 31 percent last year.")


# --- 9. A speaker named by role alone in an article that never names her ------------------------
# Why it failed: "The vice-chancellor told us: “…”" had no speaker (the article never names the
# holder), so its trimmed quotation was never set beside the named one in another article.
@pytest.mark.parametrize("intro, cue", [
    ("The harbour master, Captain Ida Rosberg, said:", "The harbour master told reporters:"),
    ("Headteacher Colm Byrne said:", "The headteacher said on Monday:"),
])
def test_role_alone_takes_the_one_holder_the_story_names(intro, cue):
    a = f"{intro} \"No vessel will leave this port until the breakwater has been surveyed.\""
    b = f"{cue} \"No vessel will leave this port until the breakwater has been surveyed.\""
    assert ("a", "b") in _pairs(_story(a, b), "QT301", "agreement")


def test_role_with_two_holders_in_the_story_stays_unnamed():
    a = "The harbour master, Captain Ida Rosberg, said: \"No vessel will leave this port until the breakwater has been surveyed.\""
    b = "The former harbour master, Nils Aune, spoke too. The harbour master, Nils Aune, said the port was safe."
    c = "The harbour master told reporters: \"No vessel will leave this port until the breakwater has been surveyed.\""
    assert ("a", "c") not in _pairs(_story(a, b, c), "QT301", "agreement")

"""Sourcing recall and precision on holdout-9 mechanisms, tested in other domains.

Each group: why the mechanism failed, variant sentences (invented, other domains) that must be
reported, near-miss negatives that must stay silent. (SR402 attribution-drift, SR401 unsourced,
QT301 quotes.)
"""
from __future__ import annotations

import pytest

from checker.articles import article_from_text
from checker.extract.attribution import grade_sentence
from checker.extract.speakers import classify, cue_hits
from checker.facts import ArticleFacts
from rules import attribution_drift, quotes
from source_helpers import _kinds, _pair, _sr401


# --- 1. Professionals named by their employer speak for it ------------------------------------
# Why it failed (a false drift): "cracks in 14 girders, city officials said" against "City
# engineers have found cracks in 14 girders": "engineers" made the second an independent expert,
# so one city's figure looked credited to two kinds of source. A profession with its employer
# right before it ("city engineers", "government scientists", "the council's surveyors",
# "company lawyers") is the employer's voice.
@pytest.mark.parametrize("phrase,category", [
    ("City engineers", "government"),
    ("the council's surveyors", "government"),
    ("government scientists", "government"),
    ("state geologists", "government"),
    ("company lawyers", "company"),
    ("the airline's engineers", None),  # possessive of a company name word: not an employer modifier
])
def test_professionals_named_by_employer(phrase, category):
    src = classify(phrase)
    assert src is not None
    if category is not None:
        assert src.category == category


@pytest.mark.parametrize("phrase", ["engineers", "independent engineers", "scientists at the university"])
def test_professionals_of_their_own_stay_experts(phrase):
    assert classify(phrase).category == "expert"


@pytest.mark.parametrize("a,b", [
    ("Inspectors found corrosion in 23 girders of the viaduct, council officials said.",
     "Council engineers have now found corrosion in 23 girders."),
    ("Some 340 wells were contaminated, the state water office said.",
     "State scientists say some 340 wells were contaminated."),
])
def test_one_employer_described_two_ways_is_no_drift(a, b):
    assert "contradiction" not in _kinds(_pair(a, b), "SR402")


# --- 2. A party's lawyers speak for the party, not for the court ------------------------------
# Why it failed: "the rider's lawyers told the tribunal" took the category "court" (lawyers are
# court words), one family with an agency of the state: no drift. A lawyer with an owner
# ("Okafor's lawyers", "his attorney", "lawyers for the families") represents that side; "the
# ministry's lawyers" are the ministry's.
@pytest.mark.parametrize("phrase,category", [
    ("Okafor's lawyers", "representative"),
    ("his attorney", "representative"),
    ("lawyers for the families", "representative"),
    ("the ministry's lawyers", "government"),
    ("the company's solicitors", "company"),
    ("prosecutors", "court"),
])
def test_lawyers_of_a_party(phrase, category):
    assert classify(phrase).category == category


# --- 3. A figure phrase echoed word for word is one figure, aligned or not ---------------------
# Why it failed: drift only saw figures the figures rule aligned; it drops small measured values
# ("about 4 nanograms per millilitre"-like concentrations) and amounts whose noun follows a copula
# ("of it is vineyard"). The same hedge, number and noun in two articles, in sentences sharing
# content words, are one figure: credited to the state in one and to an interested party in the
# other, that is drift.
ECHOES = [
    ("The agency said the well water contained benzene at a level of about 6 micrograms per litre.",
     "The farmers' lawyers told the court the well water contained benzene at a level of about 6 micrograms per litre."),
    ("Some 2,300 hectares of it is hillside vineyard, the regional agriculture service said.",
     "Some 2,300 hectares of hillside vineyard were destroyed, according to the Valley Wine Growers' Cooperative."),
]


@pytest.mark.parametrize("a,b", ECHOES, ids=range(len(ECHOES)))
def test_echoed_figure_credited_two_ways_is_drift(a, b):
    assert "contradiction" in _kinds(_pair(a, b), "SR402")


@pytest.mark.parametrize("a,b", [
    # the same phrase about unrelated things: no content words shared around it
    ("The agency said the well water contained benzene at a level of about 6 micrograms per litre.",
     "Dust on the school roof held lead at about 6 micrograms per litre of runoff, his lawyers said."),
    # one kind of source both times
    ("The agency said the well water contained benzene at a level of about 6 micrograms per litre.",
     "The health ministry said the well water contained benzene at a level of about 6 micrograms per litre."),
])
def test_echo_without_context_or_with_one_kind_stays_silent(a, b):
    assert "contradiction" not in _kinds(_pair(a, b), "SR402")


@pytest.mark.parametrize("phrase,category", [
    ("the Valley Wine Growers' Cooperative", "ngo"),
    ("the Dairy Farmers Cooperative", "ngo"),
])
def test_cooperatives_are_bodies_of_members(phrase, category):
    src = classify(phrase)
    assert src.kind == "institution" and src.category == category


def test_regional_service_is_the_state():
    att = grade_sentence("Some 300 trees were felled, the regional parks service said.")
    kind = attribution_drift.source_kind(att, "Some 300 trees were felled, the regional parks service said.")
    assert kind == "government"


# --- 4. A subject pronoun ends its noun phrase -------------------------------------------------
# Why it failed: "a level they said was consistent with ..." (a relative clause with no "that")
# made "a level they" the subject of "said", and so the sentence's source, over "the lawyers
# told the court" that opens it.
def test_subject_pronoun_is_the_whole_subject():
    text = "The lawyers told the court that the tank held 40 litres, a volume they said was normal."
    hits = [h for h in cue_hits(text) if h.cue == "said"]
    assert hits and hits[0].subject == "they"
    assert grade_sentence(text).source.lower().startswith("the lawyers")


# --- 5. Verbs of doubt and blame after a vague subject -----------------------------------------
# Why it failed: "question", "doubt" and "blame" were no cue verbs, so "Some in the trade
# question whether ..." and "Some tenants blame the landlord for ..." had no attribution at all
# instead of a vague one. Like the verbs of opinion, they are cues only after a short group
# subject, never as nouns.
@pytest.mark.parametrize("text,source", [
    ("Some in the trade question whether the new scanners can detect forged labels.", "Some in the trade"),
    ("Many parents doubt the school can afford the new heating system.", "Many parents"),
    ("Some tenants blame the landlord for the damp in the basement flats.", "Some tenants"),
])
def test_doubt_and_blame_after_vague_subject_are_vague(text, source):
    att = grade_sentence(text)
    assert att.grade == "vague" and att.source == source
    assert _sr401(text)


@pytest.mark.parametrize("text,source", [
    ("Some fans questioned whether the referee had seen the tackle.", "Some fans"),
    ("Many blamed the harbour board for the silted channel.", "Many"),
    ("Critics doubted the airline's punctuality figures.", "Critics"),
])
def test_past_doubt_after_vague_subject_is_vague(text, source):
    att = grade_sentence(text)
    assert att.grade == "vague" and att.source == source


@pytest.mark.parametrize("text", [
    "Questions remain over the cost of the new ferry terminal.",
    "The blame for the delay was never settled.",
    "Police questioned three men about the warehouse fire.",  # an act, not a claim of the police
    "The pilot was questioned by an investigating magistrate on Monday.",
])
def test_doubt_nouns_are_no_cues(text):
    assert grade_sentence(text).grade == "none"


# --- 6. Breaking a rule and keeping it from those who must be told ----------------------------
# Why it failed: "Several of the barns had no sprinkler fitted, in breach of national rules." and
# "The striker trained abroad without telling his club." accuse someone without any accusation
# word the rule knew; "telling" was even read as a cue verb whose subject was the sentence's
# source.
@pytest.mark.parametrize("text", [
    "Several of the barns had no sprinklers fitted, in breach of national fire rules.",
    "The contractor stored the solvent in the basement in violation of the permit.",
    "The striker trained abroad for a month without telling his club.",
    "The treasurer moved the reserve into a private account without informing the board.",
    "The trustees sold the land without the knowledge of the members.",
])
def test_breach_and_concealment_are_check_worthy(text):
    assert _sr401(text)


@pytest.mark.parametrize("text", [
    "Reproduction without permission is prohibited.",
    "She left the meeting early without telling anyone.",
    "The museum reopened on Friday after a long refit.",
])
def test_no_breach_no_concealment_stays_silent(text):
    assert not _sr401(text)


def test_without_telling_is_no_cue():
    att = grade_sentence("The striker trained in Portugal for a month without telling his club.")
    assert att.grade == "none"


# --- 7. A speaker introduced by an owner's name in the possessive ------------------------------
# Why it failed: in '"…," Halvard Bank's chief economist, Dr. Ines Moura, told reporters' the
# description before the name opened with a name in the possessive, not "the"/"his", so the
# quotation had no speaker and the same words given to another speaker went unnoticed.
def test_quote_speaker_after_possessive_description():
    a = ('"Interest rates will not fall this year, whatever the government hopes for," Halvard Bank\'s chief economist, Dr. Ines Moura, '
         "told reporters on Tuesday.")
    b = '"Interest rates will not fall this year, whatever the government hopes for," finance minister Tomas Reyes said on Monday.'
    findings = _pair(a, b, rules=(quotes.RULE,))
    assert "contradiction" in _kinds(findings, "QT301")


def test_quote_speaker_after_possessive_description_same_speaker_agrees():
    a = ('"Interest rates will not fall this year, whatever the government hopes for," Halvard Bank\'s chief economist, Dr. Ines Moura, '
         "told reporters on Tuesday.")
    b = '"Interest rates will not fall this year, whatever the government hopes for," Moura said.'
    findings = _pair(a, b, rules=(quotes.RULE,))
    assert "contradiction" not in _kinds(findings, "QT301")


# --- 8. An office every body has tells no kind of source ---------------------------------------
# The class of the false drift above, seen from the other side: "federation president Ana Lind"
# took the state's kind from "president", "chief executive Ana Lind" a company's from
# "executive", so the federation's or the agency's own figure, repeated by its head, looked
# credited to another kind of source. The body named with the office decides; the office alone
# decides nothing.
@pytest.mark.parametrize("phrase,category", [
    ("federation president Ana Lind", None),
    ("chief executive Ana Lind", None),
    ("a spokesman", None),
    ("the company's chief executive", "company"),
    ("a ministry spokesman", "government"),
    ("Halden Motors chief executive Anna Berg", "company"),
])
def test_generic_office_alone_tells_no_kind(phrase, category):
    assert classify(phrase).category == category


@pytest.mark.parametrize("a,b", [
    ("Some 41 athletes tested positive last season, the anti-doping agency said.",
     "Some 41 athletes tested positive last season, chief executive Ana Lind said."),
    ("Some 41 athletes tested positive last season, the federation said.",
     "Some 41 athletes tested positive last season, federation president Ana Lind said."),
])
def test_a_body_and_its_head_are_no_drift(a, b):
    assert "contradiction" not in _kinds(_pair(a, b), "SR402")


# --- 9. The owner-led description in its other places ----------------------------------------
# The same description led by an owner's name in the possessive, after the cue ('said Halvard
# Bank's chief economist, Dr. Ines Moura') or as an appositive after the surname ('Moura, Halvard
# Bank's chief economist, said'): the named person is the speaker.
@pytest.mark.parametrize("text,name", [
    ('"Interest rates will not fall this year, whatever the government hopes for," said Halvard '
     "Bank's chief economist, Dr. Ines Moura.", "Ines Moura"),
    ('"Interest rates will not fall this year, whatever the government hopes for," Moura, Halvard '
     "Bank's chief economist, said.", "Moura"),
    ('"Interest rates will not fall this year, whatever the government hopes for," said his lawyer, '
     "Ivana Markovic, on Monday.", "Ivana Markovic"),
])
def test_owner_led_description_around_the_name(text, name):
    facts = ArticleFacts(article_from_text("Published 3 March 2023\n\n" + text, "s/a.txt", "s"))
    (q,) = facts.quotes
    assert q.speaker is not None and q.speaker.kind == "person" and q.speaker.name == name


# --- 10. Amounts of people that name nobody ----------------------------------------------------
# "Some residents say" was vague, "A number of residents say" named an institution: an amount
# noun before "of" ("a number of", "a handful of") or "a few" is the same unidentified part of a
# group.
@pytest.mark.parametrize("text,source", [
    ("A number of residents say the landlord ignored the leak for months.", "A number of residents"),
    ("A few fans claim the stadium was half empty.", "A few fans"),
    ("A handful of nurses said the ward had been short of staff since June.", "A handful of nurses"),
])
def test_vague_amounts_of_people(text, source):
    att = grade_sentence(text)
    assert att.grade == "vague" and att.source == source
    assert _sr401(text)


def test_amount_of_a_named_body_is_no_weasel():
    # a capitalised body after the amount says who: not a weasel subject
    att = grade_sentence("A number of the Harbour Board members said the vote had been delayed.")
    assert att.grade != "vague"


def test_echo_of_two_events_stays_silent():
    a = "Some 2,300 hectares of hillside vineyard burned in the north, the regional agriculture service said."
    b = ("Some 2,300 hectares of hillside vineyard were replanted in the north last year, according to the "
         "Valley Wine Growers' Cooperative.")
    assert "contradiction" not in _kinds(_pair(a, b), "SR402")


# --- 11. Someone of a named person is not that person -----------------------------------------
# "Okafor's lawyers told the court ..." credited the claim to Okafor herself (the possessive run
# was read as the person's name): the lawyers, the coach or the parents of a named person are a
# described source of their own.
@pytest.mark.parametrize("phrase,category", [
    ("Okafor's lawyers", "representative"),
    ("Okafor's coach", None),
    ("Okafor's parents", "public"),
])
def test_someone_of_a_named_person(phrase, category):
    src = classify(phrase, persons=frozenset({"okafor"}))
    assert src.kind == "description" and src.name is None and src.category == category


def test_named_person_with_appositive_name_stays_a_person():
    src = classify("Okafor's lawyer, Ivana Markovic", persons=frozenset({"okafor"}))
    assert src.kind == "person" and src.name == "Ivana Markovic"

"""Sourcing recall on holdout-20 mechanisms (quotes and attribution drift), tested in other
domains with invented sentences: each group says what failed and why, with near-miss negatives
that must stay silent. (QT301 quotes, SR402 attribution-drift.)
"""
from __future__ import annotations

import pytest

from rules import attribution_drift, unsourced
from source_helpers import _story


def _pairs(findings, code: str, kind: str = "contradiction") -> set[tuple[str, ...]]:
    return {tuple(sorted({c.article for c in f.claims})) for f in findings if f.code == code and f.kind == kind}


def _drift(*texts: str):
    return _story(*texts, rules=(attribution_drift.RULE, unsourced.RULE))


# --- 1. A speaker named with an appositive after the name, before a colon ------------------------
# Why it failed: "Councillor X, leader of the council, spoke to us outside the town hall: “…”" had
# no speaker: the colon's subject needed its verb right after the name (or an appositive before
# the name), so a person described after her name and before the verb was no subject.
@pytest.mark.parametrize("lead", [
    "Councillor Miriam Stokes, leader of the county council, spoke to us outside the depot",
    "Dr Hamid Rezaei, the hospital's medical director, spoke to reporters at the gates",
    "Judge Carla Mendes, the presiding judge, put it bluntly",
    "Captain Yusuf Demir, skipper of the trawler, stood on the quay",
    "Councillor Miriam Stokes, who leads the county council, spoke to us outside the depot",
    "Hamid Rezaei, 58, spoke to reporters at the gates",
])
def test_same_words_to_a_person_with_an_appositive_before_the_colon(lead):
    a = ("“Nobody in this town can afford another winter like the last one, and we will say so loudly,” "
         "said Arne Lindqvist, chair of the residents' association.")
    b = (f"{lead}: “Nobody in this town can afford another winter like the last one, and we will say so "
         "loudly.”")
    assert ("a", "b") in _pairs(_story(a, b), "QT301")


def test_appositive_before_the_colon_same_person_is_no_contradiction():
    a = ("“Nobody in this town can afford another winter like the last one, and we will say so loudly,” "
         "said Miriam Stokes, leader of the county council.")
    b = ("Councillor Miriam Stokes, leader of the county council, spoke to us outside the depot: “Nobody in "
         "this town can afford another winter like the last one, and we will say so loudly.”")
    found = _story(a, b)
    assert ("a", "b") not in _pairs(found, "QT301")
    assert ("a", "b") in _pairs(found, "QT301", "agreement")


def test_appositive_of_a_place_is_no_speaker():
    # "Port Ellery, a town of 4,000, ...": no person appositive, no speaker
    a = ("“Nobody in this town can afford another winter like the last one, and we will say so loudly,” "
         "said Arne Lindqvist, chair of the residents' association.")
    b = ("Port Ellery, a fishing town of 4,000 people, woke to a banner on the quay: “Nobody in this town can "
         "afford another winter like the last one, and we will say so loudly.”")
    assert ("a", "b") not in _pairs(_story(a, b), "QT301")


# --- 2. An echoed figure whose sentences share a verb in another inflection ---------------------
# Why it failed: a figure the figures rule leaves alone ("owes £1.2m" / "are owed £1.2m") is one
# figure when its sentences share two content words near it; "owes" and "owed" were two words
# ("owed" was not stemmed), so a document's figure and the same figure told by the people owed
# it were never set against each other.
@pytest.mark.parametrize("a, b", [
    ("The water company owes £3.4m to farmers, the company said in its accounts.",
     "Farmers say they are owed £3.4m for flooded fields."),
    ("The rail operator owes £900,000 to commuters, according to the transport ministry.",
     "Commuters say they are owed £900,000 in delay refunds."),
])
def test_echoed_figure_with_an_inflected_verb_is_drift(a, b):
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


def test_echoed_figure_sharing_one_word_is_no_drift():
    a = "The water company owes £3.4m to farmers, the company said in its accounts."
    b = "Parents say the new playground cost £3.4m, far more than the council owed."
    assert ("a", "b") not in _pairs(_drift(a, b), "SR402")


# --- 3. A broadcast transcript's guest turn is the guest's quotation ------------------------------
# Why it failed: only words inside quotation marks were quotations, so a transcript ("STELLAN
# BROOK: …", no marks) gave a guest no words, and a sentence credited to someone else in print
# and spoken by the guest on air was never compared.
_TRANSCRIPT = """PRESENTER (NORA QUILL): Good evening. The strike at the depot enters its second week.

QUILL: With me is Vikram Osei, regional organiser for the drivers.

VIKRAM OSEI: {turn}

QUILL: Vikram Osei, thank you."""

_HOSPITAL = """DANA FRY, ANCHOR: The hospital's new wing is still closed.

MARCUS ELLWOOD, HEALTH BOARD: {turn}

FRY: That was Marcus Ellwood. More after the break."""


@pytest.mark.parametrize("layout", [_TRANSCRIPT, _HOSPITAL])
def test_transcript_turn_and_print_quote_given_to_two_people(layout):
    words = "Nobody here wants a long dispute, but the timetable cannot be imposed on us without a vote."
    a = f"“{words}” said Imelda Rourke, the depot's operations director."
    b = layout.format(turn=words + " That is the position.")
    assert ("a", "b") in _pairs(_story(a, b), "QT301")


def test_transcript_turn_with_a_surname_label_misquoted():
    a = ("“We will not sign a deal that cuts the night shift, and every member will get a vote on it,” said "
         "Vikram Osei, the drivers' regional organiser.")
    b = _TRANSCRIPT.replace("VIKRAM OSEI: {turn}", "VIKRAM OSEI: Thank you.\n\nQUILL: Will you sign?\n\n"
                            "OSEI: We will not sign a deal that cuts the day shift, and every member will get a "
                            "vote on it.")
    found = _story(a, b)
    assert ("a", "b") in _pairs(found, "QT301")


def test_transcript_turn_quoted_alike_is_an_agreement():
    words = "Nobody here wants a long dispute, but the timetable cannot be imposed on us without a vote."
    a = f"“{words}” said Vikram Osei, regional organiser for the drivers."
    found = _story(a, _TRANSCRIPT.format(turn=words))
    assert ("a", "b") not in _pairs(found, "QT301")
    assert ("a", "b") in _pairs(found, "QT301", "agreement")


@pytest.mark.parametrize("layout", [
    # the presenter's own narration is no guest's quotation
    "PRESENTER: {turn}\n\nVIKRAM OSEI: Thank you for having me on the programme tonight.",
    "NORA QUILL, REPORTER: {turn}\n\nVIKRAM OSEI: Thank you for having me on the programme tonight.",
    "KAY LOMAX (PRESENTER): Hello.\n\nLOMAX: {turn}\n\nVIKRAM OSEI: Thank you for having me on the programme.",
    # one label alone is no transcript; a label the article gives no name for is no person
    "UPDATE: {turn}\n\nMore follows.",
    "LATEST: {turn}\n\nBACKGROUND: The depot employs 400 drivers on three shifts.",
])
def test_staff_turns_and_headings_are_no_quotations(layout):
    words = "Nobody here wants a long dispute, but the timetable cannot be imposed on us without a vote."
    a = f"“{words}” said Imelda Rourke, the depot's operations director."
    assert ("a", "b") not in _pairs(_story(a, layout.format(turn=words)), "QT301")


# --- 4. A speaker named with her employer and then her role before the cue ----------------------
# Why it failed: "Ana Ruiz of Halden Motors, the chief engineer, said the brakes were “…”" took
# "the chief engineer" alone as the subject (the name's segment held the lower-case "of"), so
# the speaker was no one and a trimmed quotation of her statement agreed with nothing.
@pytest.mark.parametrize("lead", [
    "Ana Ruiz of Halden Motors, the chief engineer, said the recall covered cars",
    "Dr Tomas Okafor from the Royal Infirmary, the senior consultant, said the ward needed staff",
    "Ingrid Berg of the Harbour Authority, the harbour master, told reporters the berth was closed",
])
def test_trimmed_quote_of_a_speaker_named_with_employer_and_role_agrees(lead):
    words = "We acted as soon as we knew, and we will keep every family informed at every stage."
    name = lead.split(" of ")[0].split(" from ")[0]
    a = f"“{words}” said {name}."
    b = f"{lead} “we will keep every family informed at every stage”, and that more news would follow."
    found = _story(a, b)
    assert ("a", "b") in _pairs(found, "QT301", "agreement")


def test_speaker_named_with_employer_and_role_is_the_person():
    from checker.extract import speakers as S
    text = "Ana Ruiz of Halden Motors, the chief engineer, said the brakes were safe."
    (hit,) = [h for h in S.cue_hits(text) if h.cue == "said"]
    src = S.classify(hit.subject)
    assert src.kind == "person" and src.tokens == ("ana", "ruiz")


# --- 5. "he/she said" after a person named by surname alone inside a clause ---------------------
# Why it failed: "Prosecutors say Marsh diverted the funds; she denies it. In court she said: “…”"
# had no speaker: a lone surname was a person only as a cue's subject or at the head of its
# sentence, so the pronoun found no one (the article never gives her full name).
@pytest.mark.parametrize("clause", [
    "Prosecutors say Marsh diverted the pension money to her own accounts; she denies it.",
    "Some patients believe Marsh ignored the warnings about the ward; she disputes that.",
    "Rival growers claimed Marsh sprayed the fields at night, which she denies.",
])
def test_pronoun_after_a_surname_subject_of_a_clause(clause):
    words = "I have given thirty years to this place and I have never taken a penny that was not mine."
    a = f"Alma Marsh, the former treasurer, said in a statement: “{words}”"
    b = f"{clause} In a statement last month she said: “{words}”"
    assert ("a", "b") in _pairs(_story(a, b), "QT301", "agreement")


def test_pronoun_keeps_a_nearer_named_person():
    # a full name nearer the pronoun wins over the lone surname of a clause
    words = "I have given thirty years to this place and I have never taken a penny that was not mine."
    a = f"Alma Marsh, the former treasurer, said in a statement: “{words}”"
    b = ("Prosecutors say Marsh diverted the pension money. The charity's new chair, Ruth Ellison, spoke "
         f"to the court. In evidence she said: “{words}”")
    found = _story(a, b)
    assert ("a", "b") in _pairs(found, "QT301")
    assert ("a", "b") not in _pairs(found, "QT301", "agreement")


# --- 6. An echoed count in words, told from the side that made it and the side that received it -
# Why it failed: an echoed figure needed digits ("five calls" never echoed), and two counted events
# had to be the same, so "received five calls" (a record) and "five calls were made" (neighbours)
# were two events. A count in words with its noun echoes too; receiving and making, paying or
# shipping are one transfer (``CONVERSE_EVENTS``).
@pytest.mark.parametrize("a, b", [
    ("The water board received seven complaints about brown tap water in Eastfield during March, "
     "according to the board's own complaint logs.",
     "Residents say seven complaints about brown tap water in Eastfield were made during March."),
    ("The regulator received twelve reports of faulty brakes on the new trams, the transport ministry said.",
     "Passengers say twelve reports of faulty brakes on the new trams were made last year."),
    ("The ministry paid nine grants to flooded farms in the valley, the agriculture ministry said.",
     "Farmers say nine grants were received by flooded farms in the valley."),
])
def test_echoed_count_in_words_from_both_sides_is_drift(a, b):
    assert ("a", "b") in _pairs(_drift(a, b), "SR402")


@pytest.mark.parametrize("a, b", [
    # two other events of one count: rescued and jumped are not one transfer
    ("Crews rescued five people from the river near the weir, the fire service said.",
     "Witnesses say five people jumped into the river near the weir."),
    # a bare number word counts nothing
    ("The regulator received twelve, the transport ministry said of the brake reports on the trams.",
     "Passengers say twelve were made about the brakes on the trams."),
])
def test_echoed_count_in_words_of_other_events_is_no_drift(a, b):
    assert ("a", "b") not in _pairs(_drift(a, b), "SR402")


def test_transcript_turn_with_a_bold_label():
    words = "Nobody here wants a long dispute, but the timetable cannot be imposed on us without a vote."
    a = f"“{words}” said Imelda Rourke, the depot's operations director."
    b = ("**PRESENTER:** Good evening. The strike at the depot enters its second week.\n\n"
         f"**VIKRAM OSEI:** {words}\n\n**PRESENTER:** Vikram Osei, thank you.")
    assert ("a", "b") in _pairs(_story(a, b), "QT301")

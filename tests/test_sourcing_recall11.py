"""Sourcing recall and precision on holdout-11 mechanisms, tested in other domains.

Each group: the general pattern that failed, invented sentences (other domains) that must be
reported, near-miss negatives that must stay silent. (QT301 quotes, SR402 attribution-drift,
SR401 unsourced.)
"""
from __future__ import annotations

import pytest

from checker.articles import article_from_text
from checker.extract.attribution import grade_sentence
from checker.facts import ArticleFacts
from rules import attribution_drift
from source_helpers import _sr401, _story


def _pairs(findings, code: str, kind: str = "contradiction") -> set[tuple[str, ...]]:
    return {tuple(sorted({c.article for c in f.claims})) for f in findings if f.code == code and f.kind == kind}


# --- 1. A woven fragment that copies one version of a misquoted remark -----------------------------
# Why it failed: A quotes the full remark with word X, B quotes it with word Y (a misquote, reported
# A vs B); C weaves a fragment with X into its own sentence ("vowed to “…”"). C was also set
# against B: the same word difference reported twice, the second time against a fragment that
# merely sides with A. A fragment woven into the sentence (lower-case start) that copies a fuller
# quotation word for word is not set again against that quotation's own misquote.
def test_woven_fragment_siding_with_one_version_is_not_a_second_misquote():
    a = '"We will rebuild the harbour wall exactly as it stood, and we will start this spring," Mayor Odile Brenner told residents.'
    b = 'Mayor Odile Brenner said: "We will rebuild the harbour wall precisely as it stood, and we will start this spring."'
    c = 'Brenner vowed to "rebuild the harbour wall exactly as it stood". Work has not begun.'
    found = _story(a, b, c)
    pairs = _pairs(found, "QT301")
    assert ("a", "b") in pairs
    assert ("b", "c") not in pairs


def test_standalone_trimmed_sentence_is_still_set_against_the_misquote():
    # A sentence quoted on its own (capital, full stop) is a quotation in its own right.
    a = '"Every patient will be seen within a week, and no clinic will close," Health Minister Rhea Salo told parliament.'
    b = 'Health Minister Rhea Salo repeated her promise: "Every patient will be seen within a week."'
    c = '"Every customer will be seen within a week, and no clinic will close," Rhea Salo said on radio.'
    pairs = _pairs(_story(a, b, c), "QT301")
    assert ("a", "c") in pairs
    assert ("b", "c") in pairs


# --- 2. A count of unnamed people is an anonymous source ---------------------------------------------
# Why it failed: "according to two people involved in the talks", "two people said" were graded
# named_institution: only "a"/"an"/"one" before an unnamed head made it anonymous.
@pytest.mark.parametrize("sentence", [
    "The merger was worth at least $2bn, according to two people involved in the negotiations.",
    "The coach will resign at the end of the season, three people close to the club said.",
    "The orchestra lost money for a fifth year running, two people said.",
])
def test_counted_unnamed_people_are_anonymous(sentence):
    assert grade_sentence(sentence).grade == "anonymous"
    assert [f.kind for f in _sr401(sentence)] == ["unsourced"]


@pytest.mark.parametrize("sentence", [
    "The two officials said the plant had lost money.",  # a reference back to people named before
    "More than 60 people have reported symptoms since the weekend, the health board said.",
])
def test_counted_people_near_misses(sentence):
    assert grade_sentence(sentence).grade != "anonymous"


# --- 3. An active-voice causal claim with no source --------------------------------------------------
# Why it failed: only "caused by", "due to", "led to"... were causal; the active "X caused the
# collapse" (the cause as subject) was not check-worthy.
@pytest.mark.parametrize("sentence", [
    "A cracked weld on the third girder caused the collapse.",
    "The cause of the outage was a software update pushed overnight.",
])
def test_active_causal_claim_is_unsourced(sentence):
    assert [f.kind for f in _sr401(sentence)] == ["unsourced"]


def test_attributed_active_causal_claim_is_silent():
    assert _sr401("A cracked weld on the third girder caused the collapse, inspectors said.") == []


# --- 4. A change measured by a fraction in words ---------------------------------------------------
# Why it failed: "a fifth", "half" are no figure with digits; a share ("half of the region") is
# rightly not check-worthy, but a change by a fraction ("have fallen by a fifth") is a
# quantified claim.
@pytest.mark.parametrize("sentence", [
    "Ticket sales for the winter season have already fallen by a fifth.",
    "The museum's grant was cut by half last year.",
    "Rents in the old town rose by about a third.",
])
def test_change_by_a_fraction_is_unsourced(sentence):
    assert [f.kind for f in _sr401(sentence)] == ["unsourced"]


@pytest.mark.parametrize("sentence", [
    "Half of the valley was flooded.",
    "The squad was led by half its usual coaching staff.",
    "Ticket sales have fallen by a fifth, the theatre said.",
])
def test_fraction_near_misses_are_silent(sentence):
    assert _sr401(sentence) == []


# --- 5. What an amount is made of does not narrow it -------------------------------------------------
# Why it failed: "would cost it some €X a day in lost revenue" took "in lost revenue" for a
# qualifier narrowing the count, so the same daily cost told by another kind of source ("the
# strike cost X some €X a day, according to economists") was judged another figure. After a money
# figure, an "in ..." phrase says what the money consists of, not a narrower set of things.
def _drift(*texts):
    from rules import figures
    return [f.kind for f in _story(*texts, rules=(figures.RULE, attribution_drift.RULE)) if f.code == "SR402"]


def test_money_in_phrase_is_no_qualifier():
    assert _drift("The ferry company said the closure would cost it some $2m a week in lost fares and fuel.",
                  "The closure is costing the ferry operator roughly $2m a week, according to economists.") == ["contradiction"]


def test_in_phrase_after_a_count_of_things_still_narrows():
    # not money: "households in the northern district" is a narrower count than "households"
    assert _drift("Some 400 households in the northern district lost power, the utility company said.",
                  "Some 400 households lost power, according to economists.") == []


# --- 6. Staff who speak for themselves: more trades ---------------------------------------------------
# Why it failed: "Keepers say the fence had not been inspected ..." against "..., police said":
# the keepers were no kind of source, so the restated statement was not drift. Staff nouns
# (keepers, technicians, mechanics, porters, caretakers, dockers) join the staff kind.
@pytest.mark.parametrize("staff", ["Caretakers", "Technicians", "Mechanics", "Dockers"])
def test_staff_trades_against_an_official_body(staff):
    assert _drift("The lift had not been serviced for three years, the housing ministry said.",
                  f"{staff} say the lift had not been serviced for three years.") == ["contradiction"]


def test_same_staff_kind_is_no_drift():
    assert _drift("The lift had not been serviced for three years, caretakers said.",
                  "Porters say the lift had not been serviced for three years.") == []


# --- 7. "earlier" before a past-tense cue is an adverb -------------------------------------------------
# Why it failed: "Dr X, the park's director, earlier told us: “…”" gave the quotation no speaker:
# "earlier" was read as the adjective of a noun ("an earlier statement"), so "told" was no cue.
# Before a past-tense verb of saying with no determiner in front, it is an adverb of time.
def _speakers(text: str):
    facts = ArticleFacts(article_from_text("Published 1 March 2024\n\nA headline for the test\n\n" + text, "a.txt", "s"))
    return [q.speaker.name if q.speaker is not None else None for q in facts.quotes]


@pytest.mark.parametrize("sentence", [
    'Coach Marit Solheim, the team\'s manager, earlier told us: "We will play for a draw and hope for the best."',
    'Marit Solheim earlier said: "We will play for a draw and hope for the best."',
])
def test_earlier_before_a_past_cue(sentence):
    assert _speakers(sentence) == ["Marit Solheim"]


def test_earlier_misquote_is_found():
    assert _pairs(_story('Marit Solheim, the manager, said: "We will play for a draw and hope for the best tonight."',
                         'Marit Solheim, the manager, earlier told us: "We will play for a win and hope for the best tonight."'),
                  "QT301") == {("a", "b")}

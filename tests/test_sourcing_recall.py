"""Sourcing recall on holdout-7 mechanisms, tested in other domains.

Each group: the mechanism that failed, variant sentences that must be reported, near-miss
negatives that must stay silent. (SR401 unsourced-claims, QT301 quotes.)
"""
from __future__ import annotations

import pytest

from checker.articles import article_from_text
from checker.engine import check_story
from checker.extract.attribution import grade_sentence
from checker.facts import ArticleFacts, StoryFacts
from rules import quotes, unsourced

PUB = "Published 1 March 2024\n\nA headline for the test\n\n"


def _sr401(text: str):
    facts = ArticleFacts(article_from_text(PUB + text, "a.txt", "s"))
    return list(unsourced.check(StoryFacts("s", [facts])))


def _qt(a: str, b: str):
    arts = [article_from_text(PUB + t, f"s/{n}.txt", "s") for n, t in (("a", a), ("b", b))]
    return [f for f in check_story("s", arts, (quotes.RULE,)) if f.kind == "contradiction"]


# --- 1. A source with a parenthesised acronym or aside before its cue verb ----------------------
# Why it failed: the subject is read backwards from the cue verb and stopped at the ")" of
# "(NFSA)", so "The National Food Safety Authority (NFSA) said 14 infants ..." had no source and
# its figure was reported as unsourced (a forbidden hit).
PARENTHESISED_SOURCES = [
    ("The Federal Aviation Office (FAO) said 212 flights had been cancelled since Monday.",
     "Federal Aviation Office"),
    ("The Regional Water Authority (RWA) said 3,400 homes were still without drinking water.",
     "Regional Water Authority"),
    ("The Court of Appeal (CoA) said 14 of the 20 charges must be dropped.", "Court of Appeal"),
    ("The General Workers' Union (GWU) said 8,000 members had walked out at dawn.", "General Workers Union"),
    ("Fire chief Maria Olsen (pictured) said 43 workers had been evacuated from the plant.", "Maria Olsen"),
]


@pytest.mark.parametrize("text,source", PARENTHESISED_SOURCES)
def test_parenthesised_acronym_keeps_the_source(text, source):
    att = grade_sentence(text)
    if source is not None:
        assert att.grade in ("named_institution", "named_person") and att.source == source, att
    assert not _sr401(text), [f.message for f in _sr401(text)]


# Near misses: a parenthesis that is not before the cue, or an unsourced figure with an acronym.
@pytest.mark.parametrize("text", [
    "About 212 flights (a third of the schedule) were cancelled on Monday.",
    "The Federal Aviation Office (FAO) has cancelled 212 flights since Monday.",
])
def test_parenthesis_does_not_invent_a_source(text):
    assert _sr401(text), text


# --- 2. A bare advocacy class as the source: "campaigners say", "activists said" ----------------
# Why it failed: "campaigners" (an ngo word, no organisation named) was graded as an identified
# institution, so "The crush, which campaigners say killed at least 12 people, ..." was never
# reported. An unnamed group of advocates is a vague source for a figure.
VAGUE_ADVOCATES = [
    "The flood, which activists say displaced 30,000 people, began on the night of 3 May.",
    "Campaigners say at least 40 workers died building the stadium.",
    "Human rights activists said more than 200 protesters had been detained since the strike began.",
    "The fire killed at least 17 people, campaigners said.",
]


@pytest.mark.parametrize("text", VAGUE_ADVOCATES)
def test_unnamed_advocates_are_a_vague_source(text):
    found = _sr401(text)
    assert found and "vague" in found[0].message, [f.message for f in found]


# Near misses: the group is named or identified, or the sentence claims nothing check-worthy.
@pytest.mark.parametrize("text", [
    "The fire killed at least 17 people, the campaign group Safe Work Now said.",
    "Campaigners from the Harbour Residents' Association say 40 homes were flooded.",
    "The campaigners said they would march again on Saturday.",
    "Activists said they would keep protesting outside the court.",
    "At least 40 workers died, union officials said.",
    "The company has been linked to 23 crashes, according to consumer groups.",
    # A request, not a claim; the group speaking of itself.
    "Activists urged the court to freeze assets linked to the 14 accused officials.",
    "Local activists said they were worried about a second strike in August, when millions travel.",
])
def test_named_or_harmless_advocates_stay_silent(text):
    assert not _sr401(text), [f.message for f in _sr401(text)]


# --- 3. A failure of a duty, with no source: "had not been trained" -----------------------------
# Why it failed: check-worthy meant a figure, a causal phrase, an accusation word or missing
# papers; a negated duty participle ("had not been trained / inspected / tested") accuses
# someone of a failure with none of them.
UNSOURCED_FAILURES = [
    "The pilots had not been trained to land the new aircraft in crosswinds.",
    "The flood barriers had never been tested at full height.",
    "The scaffolding on the factory roof had not been inspected since 2019.",
    "Guards at the prison were not properly trained to use the new locks.",
]


@pytest.mark.parametrize("text", UNSOURCED_FAILURES)
def test_unsourced_failure_of_duty_is_reported(text):
    assert _sr401(text), text


@pytest.mark.parametrize("text", [
    "The pilots had not been trained to land the new aircraft in crosswinds, the union said.",
    "The turnstiles at Gate 7 had been serviced in February.",
    "The scaffolding had been inspected in March and found sound.",
    "The match had not been sold out.",
    "The defendant had not been told of the new date, his lawyer said.",
    "Staff will be trained on the new system next month.",
    "She was not trained as a lawyer but taught herself the rules of evidence.",
])
def test_attributed_or_affirmed_duties_stay_silent(text):
    assert not _sr401(text), [f.message for f in _sr401(text)]


# --- 4. Defying a prohibition, with no source: "kept selling the tins after the recall" ---------
# Why it failed: no figure, cause, accusation word or papers: the accusation lies in going on
# with an act after (or despite) a recall, ban or order.
UNSOURCED_DEFIANCE = [
    "Some airlines kept flying the grounded jets for a week after the ban.",
    "The factory continued operating despite the closure order.",
    "Several shops went on selling the recalled toys after the recall.",
    "Two clubs were still selling tickets despite the suspension.",
    "The mill continued to dump the contaminated sludge after the court order.",
]


@pytest.mark.parametrize("text", UNSOURCED_DEFIANCE)
def test_unsourced_defiance_is_reported(text):
    assert _sr401(text), text


@pytest.mark.parametrize("text", [
    "Some airlines kept flying the grounded jets after the ban, the aviation regulator said.",
    "The shops kept selling other brands after the recall.",
    "Production continued after the lunch break.",
    "The band kept playing after the storm.",
    "Families kept waiting for news after the crash.",
    "Prices kept rising despite the export ban.",
    "Shares kept falling despite the ruling.",
    "Two clubs were still selling tickets after the suspension was lifted, the league said.",
])
def test_attributed_or_lawful_continuation_stays_silent(text):
    assert not _sr401(text), [f.message for f in _sr401(text)]


# --- 5. Same words given to a person and to someone whose role names her --------------------
# Why it failed: a pair of speakers was dropped whenever one quotation's sentence named the other
# speaker; meant for a person and her own organisation ("chief executive of Ostrand Grid"), it
# also hid a campaign manager "who ran Vantić's campaign" given the candidate's own words.
SAME_WORDS_PERSON_AND_AIDE = [
    ("Mayor Lena Horvat spoke on the steps of the town hall.\n\n“We will rebuild every bridge the river "
     "took, and we will start on Monday,” Horvat told the crowd.",
     "“We will rebuild every bridge the river took, and we will start on Monday,” said Tomas Berg, who "
     "runs Horvat's office."),
    ("Coach Marco Vieri spoke after the match.\n\n“The referee lost control of this match long before "
     "the red card,” Vieri told reporters.",
     "“The referee lost control of this match long before the red card,” said Paolo Conte, Vieri's assistant."),
    ("Judge Anna Lind adjourned the case.\n\n“This court will not be rushed by anyone, whatever the "
     "pressure outside,” Lind told the lawyers.",
     "“This court will not be rushed by anyone, whatever the pressure outside,” said Eva Holm, Lind's clerk."),
]


@pytest.mark.parametrize("a,b", SAME_WORDS_PERSON_AND_AIDE, ids=range(len(SAME_WORDS_PERSON_AND_AIDE)))
def test_same_words_for_a_person_and_her_aide(a, b):
    found = _qt(a, b)
    assert len(found) == 1 and "two different speakers" in found[0].note, [f.message for f in found]


@pytest.mark.parametrize("a,b", [
    # A person against her own organisation (employer named at the quotation).
    ("“Every train will run again by Monday morning at the latest,” Nordic Rail Freight said.",
     "“Every train will run again by Monday morning at the latest,” said Eva Holm, a spokeswoman for Nordic "
     "Rail Freight."),
    # An organisation read as a name, named at the other quotation in a way no employer
    # pattern catches: still her own organisation's words.
    ("“Every train will run again by Monday morning at the latest,” Nordic Rail Freight said.",
     "“Every train will run again by Monday morning at the latest,” said Eva Holm, who speaks for Nordic "
     "Rail Freight."),
    # An organisation read as a name, named at the other quotation in a way no employer
    # pattern catches: still her own organisation's words.
    ("“Every train will run again by Monday morning at the latest,” Nordic Rail Freight said.",
     "“Every train will run again by Monday morning at the latest,” said Eva Holm, who speaks for Nordic "
     "Rail Freight."),
    # The aide says he is relaying the person's words.
    ("Mayor Lena Horvat spoke on the steps of the town hall.\n\n“We will rebuild every bridge the river "
     "took, and we will start on Monday,” Horvat told the crowd.",
     "Reading a statement from Horvat, Tomas Berg said: “We will rebuild every bridge the river took, and "
     "we will start on Monday.”"),
    ("Coach Marco Vieri spoke after the match.\n\n“The referee lost control of this match long before "
     "the red card,” Vieri told reporters.",
     "“The referee lost control of this match long before the red card,” said Paolo Conte, quoting Vieri."),
])
def test_own_organisation_or_relayed_words_stay_silent(a, b):
    assert not _qt(a, b), [f.message for f in _qt(a, b)]

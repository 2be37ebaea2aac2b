"""Event dates (DT101), round 14.

Invented sentences in domains other than the development stories.
"""
import pytest

from checker.extract.events import attach
from tests.event_helpers import _has, _silent


def _ref(sentence: str, date: str):
    i = sentence.index(date)
    return attach(sentence, i, i + len(date), fallback=True)


# --- a state entered: one event whatever verb carries it ------------------------------------
STATE_PAIRS = [
    # (sentence A, sentence B): both date the same entry into a state
    ("The chain of garden centres went into administration on 3 March 2025, the firm said.",
     "Leafwell Garden Centres entered administration on 6 March 2025 after talks with lenders failed."),
    ("The shipyard was placed into receivership on 12 May 2024 by its main lender.",
     "Harbour Yard fell into receivership on 15 May 2024, union officials said."),
    ("The airline filed for bankruptcy protection on 2 August 2023 in a federal court.",
     "The airline entered Chapter 11 on 7 August 2023, according to court papers."),
    ("The boarding school was put in special measures on 9 January 2026 after an inspection.",
     "Ofsted placed Northgate School in special measures on 14 January 2026."),
    ("The cruise ship was placed in quarantine on 20 April 2021 after a cluster of cases.",
     "The ship entered quarantine on 23 April 2021, health officials said."),
    ("The new frigate entered service on 1 June 2022 at a ceremony in the harbour.",
     "HMS Tarrant went into service on 4 June 2022, the navy said."),
]


@pytest.mark.parametrize("a,b", STATE_PAIRS)
def test_state_entered_dates_contradict(a, b):
    arts = {"a.txt": "Published 1 September 2026\n\n" + a, "b.txt": "Published 1 September 2026\n\n" + b}
    assert _has(arts, "contradiction"), (a, b)


def test_state_entered_weekday_agrees_with_date():
    # 10 March 2025 was a Monday; the article is dated Wednesday 12 March 2025
    arts = {"a.txt": "Published 12 March 2025\n\nThe bakery chain collapsed into liquidation on Monday, "
                     "leaving 40 shops shut.",
            "b.txt": "Published 14 March 2025\n\nCrumbs Bakeries entered liquidation on 10 March 2025, "
                     "its liquidators said."}
    assert _has(arts, "agreement")
    assert _silent(arts)


def test_entry_and_exit_are_different_events():
    arts = {"a.txt": "Published 1 September 2026\n\nThe carmaker emerged from bankruptcy on 4 May 2026.",
            "b.txt": "Published 1 September 2026\n\nThe carmaker filed for bankruptcy on 9 January 2026."}
    assert _silent(arts)


def test_state_keys():
    assert _ref("The club went into administration on Monday.", "on Monday").event == "enter administration"
    assert _ref("The firm came out of administration on June 3.", "June 3").event == "exit administration"
    assert _ref("The trust was placed in special measures on June 3.", "June 3").event == "enter special measures"
    assert _ref("The chain filed for Chapter 11 bankruptcy on June 3.", "June 3").event == "enter bankruptcy"


# --- a cancellation by its verb is the cancellation its noun names --------------------------
CANCEL_PAIRS = [
    ("The league cancelled this season's cup final on Friday, citing the flooded pitch.",
     "The league announced the cancellation of the cup final on 5 March 2026."),
    ("The city cancelled its annual marathon on Friday after the heatwave warning.",
     "The cancellation of the marathon, announced on 5 March 2026, angered runners."),
    ("The summit was abruptly cancelled on Friday, the foreign ministry said.",
     "The cancellation, announced on 5 March 2026, surprised diplomats."),
]


@pytest.mark.parametrize("a,b", CANCEL_PAIRS)
def test_cancelled_verb_and_noun_contradict(a, b):
    # the weekday article is dated Tuesday 10 March 2026: "on Friday" = 6 March
    arts = {"a.txt": "Published 10 March 2026\n\n" + a, "b.txt": "Published 11 March 2026\n\n" + b}
    assert _has(arts, "contradiction"), (a, b)


def test_cancelled_verb_and_noun_agree():
    arts = {"a.txt": "Published 10 March 2026\n\nThe board cancelled the spring exhibition on Friday.",
            "b.txt": "Published 11 March 2026\n\nThe cancellation, announced on 6 March 2026, upset members."}
    assert _has(arts, "agreement")
    assert _silent(arts)


def test_cancelled_tally_is_no_cancellation_date():
    arts = {"a.txt": "Published 10 March 2026\n\nThe airline cancelled the flights on Friday.",
            "b.txt": "Published 11 March 2026\n\nThe airline announced the cancellation of its flights on 2 March 2026."}
    assert _silent(arts)
    assert _ref("Rail operators said the trains were cancelled on Monday.", "on Monday") is None
    assert _ref("The match was postponed on Monday until next week.", "on Monday") is None


# --- the discovery of the thing the story is about ------------------------------------------
def _thing_story(a, b):
    return {"a.txt": "Stolen painting recovered in barn\nPublished 12 March 2025\n\n" + a,
            "b.txt": "Painting found after ten years\nPublished 14 March 2025\n\n" + b}


def test_discovery_object_after_the_date():
    # 12 March 2025 was a Wednesday: "on Monday" = 10 March
    arts = _thing_story("The detectives, who discovered the painting on Monday, said it was undamaged.",
                        "Farm workers discovered on 7 March 2025 a rolled-up painting hidden under sacks.")
    assert _has(arts, "contradiction")


def test_discovery_passive_with_agent_agrees_with_weekday():
    arts = _thing_story("The search, which found the painting on Monday, ended a decade of inquiries.",
                        "The painting, found by farm workers on 10 March 2025, is being restored.")
    assert _has(arts, "agreement")
    assert _silent(arts)


def test_discovery_of_a_thing_outside_the_story_stays_silent():
    # a knife is in no headline or first sentence of two articles: two finds, maybe two knives
    arts = _thing_story("The painting is safe. It was rolled up. It is old. Police found a knife on Monday near the barn.",
                        "The painting is safe. It is dry. It is old. Officers found a knife on 7 March 2025 near the road.")
    assert _silent(arts)


def test_discovery_keys():
    s = "The audit, which uncovered the ledger on Monday, found gaps."
    assert _ref(s, "on Monday").event == "occur ledger"
    s = "Divers discovered on 4 June a wreck lying on its side."
    assert _ref(s, "4 June").event == "occur wreck"

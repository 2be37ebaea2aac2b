"""Event dates (DT101) and calendar (DT102), round 13.

Invented sentences in domains other than the development stories.
"""
import datetime as dt
import time

from checker.engine import check_texts
from checker.extract.dates import extract_times
from rules.calendar_consistency import RULE as CALENDAR
from tests.event_helpers import _findings, _has, _silent


# --- DT102: a finding about one of several weekday-dates cites only its own clause ---------
def test_calendar_cites_the_wrong_clause_only():
    # 12 March 2025 was a Wednesday (right), 19 March 2025 too (stated as a Thursday: wrong)
    arts = {"a.txt": "Published 1 March 2025\n\nThe choir rehearses on Wednesday, March 12, and performs "
                     "at the cathedral on Thursday, March 19."}
    found = [f for f in check_texts(arts, rules=(CALENDAR,)) if f.kind == "contradiction"]
    assert len(found) == 1
    c = found[0].claims[0]
    assert "Thursday, March 19" in c.quote
    assert "Wednesday, March 12" not in c.text  # the right weekday is not cited with the wrong one


def test_calendar_single_weekday_keeps_its_sentence():
    arts = {"a.txt": "Published 1 March 2025\n\nThe ferry resumes sailing on Thursday, March 19, the operator said."}
    found = [f for f in check_texts(arts, rules=(CALENDAR,)) if f.kind == "contradiction"]
    assert found and found[0].claims[0].text.endswith("the operator said.")


# --- a chain of dashes is no range ----------------------------------------------------------
def test_dash_chain_is_not_a_range():
    pub = dt.date(2023, 5, 10)
    for s in ("The codes read May 1-2-3-4-5, 2023.", "Tickets for May 4–5–6 sold out."):
        assert not any(t.form == "range" for t in extract_times(s, pub)), s
    assert [t.form for t in extract_times("The fair runs May 4-5.", pub)] == ["range"]


# --- cost: the same dated sentences repeated ------------------------------------------------
def _article(v):
    return (f"Dock strike | Harbour News\nPublished {3 + v} June 2023\n\n"
            f"The dock strike began on May {23 + 2 * v}, 2023, the port authority said. "
            f"Workers walked out after talks failed.\n\n")


def test_repeated_story_cost_is_not_quadratic():
    def run(n):
        arts = {f"a{i}.txt": _article(i % 2) * n for i in range(3)}
        t0 = time.process_time()
        found = _findings(arts)
        return time.process_time() - t0, found
    small, f_small = run(40)
    large, f_large = run(160)
    assert f_large  # the contradiction is still found
    assert large < 12 * max(small, 0.05)  # four times the text: not sixteen times the time


# --- discoveries of a wrong, in any word of the incident class ------------------------------
DISCOVERY_HITS = [
    # a water board: "detected the contamination" (relative Monday) vs "identified the problem"
    ({"a.txt": "Published Thursday 6 March 2025\n\n"
               "The water board detected the contamination on Monday after residents complained of a smell.",
      "b.txt": "Published 7 March 2025\n\n"
               "A spokeswoman, Jo Marsh, said the board identified the problem on February 28 and informed the council."},
     ("on Monday", "February 28")),
    # a bank: "spotted the glitch" vs "discovered the error", with a speech tag after the fact
    ({"a.txt": "Published 20 May 2024\n\nEngineers at the bank spotted the glitch on 12 May, hours before payday.",
      "b.txt": "Published 21 May 2024\n\nThe bank discovered the error on May 14, Mr Okafor said, and fixed it overnight."},
     ("12 May", "May 14")),
    # a named discovery ("the breach": an attack) joined by "found the flaw"
    ({"a.txt": "Published 10 April 2024\n\nThe university discovered the breach on April 2, its registrar said.",
      "b.txt": "Published 11 April 2024\n\nIT staff found the flaw on April 5, a university spokesman said."},
     ("April 2", "April 5")),
]


def test_incident_discoveries_align():
    for arts, quotes in DISCOVERY_HITS:
        assert _has(arts, "contradiction", *quotes), quotes


def test_incident_discoveries_of_different_parties_stay_apart():
    arts = {"a.txt": "Published 10 May 2024\n\nThe Kelso refinery discovered the leak on May 2.",
            "b.txt": "Published 11 May 2024\n\nInspectors at the Dunmore smelter found the fault on May 5."}
    assert _silent(arts)


def test_incident_discovery_in_one_article_only_is_silent():
    arts = {"a.txt": "Published 10 May 2024\n\nThe clinic discovered the error on May 2.",
            "b.txt": "Published 11 May 2024\n\nThe clinic apologised to patients on Thursday."}
    assert _silent(arts)


# --- a speech tag's names are not the fact's ------------------------------------------------
def test_speech_tag_names_do_not_block_alignment():
    arts = {"a.txt": "Published 10 June 2024\n\nThe museum announced the closure on June 3, Ms Varga said, after a board meeting.",
            "b.txt": "Published 12 June 2024\n\nThe Pellham Museum confirmed the closure on June 4."}
    assert _has(arts, "contradiction", "June 3", "June 4")
    # the speaker before the fact, with an aside about the speaker's office
    arts = {"a.txt": "Published 10 June 2024\n\nTom Reyes, who runs the Arden office, said the trust announced the closure on June 3.",
            "b.txt": "Published 12 June 2024\n\nThe Kellway Trust confirmed the closure on June 4."}
    assert _has(arts, "contradiction", "June 3", "June 4")


# --- "announced that it would <verb>": the announcement of the verb's event noun ------------
ANNOUNCED_HITS = [
    # a school: "announced on Monday that it would close" vs "announced the closure on"
    ({"a.txt": "Published Wednesday 15 January 2025\n\n"
               "The diocese announced on Monday that it would close St Anne's primary school next summer.",
      "b.txt": "Published 16 January 2025\n\nThe diocese announced the closure on January 10, parents said."},
     "contradiction", ("on Monday", "January 10")),
    # a carmaker: "said on Tuesday it would recall" (relative) agrees with "announced the recall on"
    ({"a.txt": "Published Thursday 6 June 2024\n\n"
               "The carmaker announced on Tuesday that it will recall 40,000 hatchbacks over a brake fault.",
      "b.txt": "Published 7 June 2024\n\nThe carmaker announced the recall on June 4."},
     "agreement", ("on Tuesday", "June 4")),
]


def test_announced_that_it_would():
    for arts, kind, quotes in ANNOUNCED_HITS:
        assert _has(arts, kind, *quotes), quotes


def test_announced_that_it_would_plan_is_not_the_event():
    # the announcement of a closure is not the closure's own date
    arts = {"a.txt": "Published Wednesday 15 January 2025\n\n"
                     "The diocese announced on Monday that it would close St Anne's primary school.",
            "b.txt": "Published 16 January 2025\n\nSt Anne's primary school will close on July 18."}
    assert _silent(arts)


# --- a rule's entry into force is its start ---------------------------------------------------
INTO_FORCE_HITS = [
    # a curfew: "came into force on" (relative Friday) vs "began on"
    ({"a.txt": "Published Monday 3 March 2025\n\nThe night curfew came into force on Friday across the district.",
      "b.txt": "Published 4 March 2025\n\nThe curfew began on February 26, residents said."},
     "contradiction", ("on Friday", "February 26")),
    # a speed limit: "took effect on" vs "went into effect on", same day
    ({"a.txt": "Published 10 April 2024\n\nThe lower speed limit took effect on April 1 on the ring road.",
      "b.txt": "Published 11 April 2024\n\nThe lower speed limit went into effect on April 3."},
     "contradiction", ("April 1", "April 3")),
    ({"a.txt": "Published 10 April 2024\n\nThe smoking ban took effect on April 1.",
      "b.txt": "Published 11 April 2024\n\nThe smoking ban began on April 1, the council said."},
     "agreement", ("April 1",)),
]


def test_entry_into_force_is_the_start():
    for arts, kind, quotes in INTO_FORCE_HITS:
        assert _has(arts, kind, *quotes), quotes


def test_entry_into_force_does_not_date_the_announcement():
    arts = {"a.txt": "Published 10 April 2024\n\nThe council announced the smoking ban on March 20.",
            "b.txt": "Published 11 April 2024\n\nThe smoking ban took effect on April 1."}
    assert _silent(arts)


# --- one period in other words: same first day, different last day ---------------------------
def test_same_start_period_named_by_one_place():
    arts = {"a.txt": "Published 20 March 2025\n\nThe village of Kelby had no mobile signal from 3 to 7 March.",
            "b.txt": "Published 21 March 2025\n\nPhones in Kelby were dead from March 3 to March 9, the operator admitted."}
    assert _has(arts, "contradiction", "3 to 7 March", "March 3 to March 9")


def test_same_start_periods_naming_nothing_in_common_are_silent():
    # two things that began on the story's day: diverted ambulances, paper records
    arts = {"a.txt": "Published 20 March 2025\n\nEmergency ambulances were diverted to other towns from March 3 to 7.",
            "b.txt": "Published 21 March 2025\n\nThe clinic worked on paper records from March 3 to March 12."}
    assert _silent(arts)


def test_same_start_two_periods_in_one_article_are_silent():
    arts = {"a.txt": "Published 20 March 2025\n\nKelby had no signal from 3 to 7 March. "
                     "Kelby's library was shut from 3 to 5 March.",
            "b.txt": "Published 21 March 2025\n\nPhones in Kelby were dead from March 3 to March 9."}
    assert _silent(arts)


def test_same_start_upcoming_period_is_silent():
    arts = {"a.txt": "Published 1 March 2025\n\nKelby will have no signal from 3 to 7 March.",
            "b.txt": "Published 1 March 2025\n\nPhones in Kelby will be dead from March 3 to March 9."}
    assert _silent(arts)

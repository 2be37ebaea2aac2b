"""Figures (NU201) and first-since (NU202): classes of language found missing or misread on a
development set, probed with invented sentences in other domains (ferries, concerts, mines,
courts, schools, airlines).

- a first of a class ("the first time since 2016 that a festival of this size has been
  cancelled", indefinite patient) and a first of one member ("the first cancellation of the
  festival since 2008", definite, possessed or named patient) are different facts: never
  compared;
- "the first time <clause> since 2012, when <what happened that year>": the clause before the
  year is the event; the "when" after the year describes the earlier year;
- a phrasal participle is its verb event: "has been called off" / "rained off" is cancelled,
  "put off" / "pushed back" postponed, "shut down" closed;
- a stretch of time in a state ("spell", "stint", "period" in) or being put in one ("placed in",
  "plunged into") is the state: "first spell in administration" = "first time placed in
  administration";
- people "held", "kept" on or in a list, register, database or roll, "on the list", or a list
  "holding"/"of" them are its entries ("listed"), never detained: one count with the list's
  other wordings, and kept apart from what happened to some of them ("14 of them died");
"""
import pytest

from figure_helpers import counted, verdict


# --- first of a class vs first of one member ------------------------------------------------
@pytest.mark.parametrize("a, b", [
    ("It is the first time since 2016 that a ferry route of this length has been suspended.",
     "It is the first suspension of the island ferry since 2009, the operator said."),
    ("This is the first time since 2001 that a county school has been closed by the inspectors.",
     "It was the first closure of Harwood Academy since 1994."),
    ("It is the first time since 2011 that an airline of its size has been grounded.",
     "This is the first grounding of the carrier's fleet since 2003."),
])
def test_first_of_a_class_is_not_first_of_one_member(a, b):
    assert verdict("fs", a, b) != "contradiction"


# --- the "when" after the year is the year's; the clause is before it -------------------------
# --- and a phrasal participle is its verb event ---------------------------------------------
@pytest.mark.parametrize("a, b", [
    ("The concert is the first time the series has been called off since 2012, when a storm hit.",
     "It is the first cancellation of the concert series since 2008."),
    ("It was the first time the county fair had been rained off since 1997, when the river rose.",
     "Organisers said it was the first cancellation of the fair since 2003."),
    ("It is the first time the trial has been put off since 2019, when the judge fell ill.",
     "This is the first postponement of the trial since 2021."),
])
def test_phrasal_participle_and_year_relative(a, b):
    assert verdict("fs", a, b) == "contradiction"


def test_year_relative_is_not_the_event():
    # the "when" clause after the year describes 2012 and is not the first itself
    a = "It is the first time the mine has been flooded since 2012, when a dam burst upstream."
    b = "It was the first dam burst in the valley since 2005."
    assert verdict("fs", a, b) != "contradiction"


# --- entries of a list are not detained -------------------------------------------------------
# Only a count read as "detained" becomes "listed": naming every count near a list word
# "listed" (without a holding verb) lost three aligned contradictions on an unseen set.
@pytest.mark.parametrize("s", [
    "The council kept at least 1,200 families on its housing register last year.",
    "The waiting list held some 900 pupils in September.",
])
def test_entries_of_a_list_are_not_detained(s):
    assert counted(s).event == "listed"


@pytest.mark.parametrize("s", [
    "Police held 40 protesters overnight.",
    "Rebels kept 12 aid workers in a compound.",
])
def test_people_held_are_still_detained(s):
    assert counted(s).event == "detained"


@pytest.mark.parametrize("a, b", [
    ("The council kept at least 1,200 families on its housing register.",
     "A housing register holding nearly 800 families was published by the council."),
    ("The school's waiting list held some 600 pupils in March.",
     "The school has a waiting list holding nearly 350 pupils, governors said."),
    ("The club kept more than 5,000 members on its register.",
     "The club's register holding just under 3,000 members was leaked."),
])
def test_list_entries_compared(a, b):
    assert verdict("fig", a, b) == "contradiction"


def test_entries_apart_from_what_happened_to_them():
    a = "The waiting list held some 900 tenants. At least 12 tenants died while waiting."
    b = "Twelve tenants died while on the list, the council said."
    assert verdict("fig", a, b) == "agreement"


# --- a stretch of time in a state, or being put in it, is the state --------------------------
@pytest.mark.parametrize("a, b", [
    ("It is the first time the club has been placed in administration since 2002.",
     "It is the club's first spell in administration since 1998."),
    ("It is the first time the economy has been plunged into recession since 2012.",
     "It is the economy's first spell in recession since 2009."),
])
def test_state_entry_aligns(a, b):
    assert verdict("fs", a, b) == "contradiction"


def test_different_states_stay_apart():
    a = "It is the party's first spell in opposition since 1997."
    b = "It is the first time the club has been placed in administration since 2002."
    assert verdict("fs", a, b) != "contradiction"

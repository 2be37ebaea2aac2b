"""Figures: one count per article across verbs, probed with invented sentences in other domains
(libraries, ferries, factories, orchards, museums, hospitals, councils).

- a noun the story counts with one value per article is one fact whatever verb each article
  gives it ("were affected", "reported closures"; "carrying", "holding"), unless one of the
  verbs is a distinct stage ("damaged" / "destroyed", "aboard" / "overboard", "injured" / "died");
- "affected" takes in every narrower event: a narrower count may be smaller, never larger;
- "loaded with", "laden with", "packed with" are cargo verbs, like "carrying" and "transporting";
- posts, roles and positions cut are jobs cut; "jobs would have gone" is a cut whatever a later
  word of the clause reads as.
"""
import pytest

from figure_helpers import counted, verdict


ACROSS_VERBS = [
    # impact, in two wordings
    ("Some 210 libraries have reported closures, the county says.",
     "Fewer than 90 libraries were affected by the funding freeze, our survey found."),
    # cargo, in two wordings
    ("A barge transporting about 2,000 tonnes of grain sank in the estuary on Monday.",
     "The barge, holding more than 5,000 tonnes of grain, went down near the harbour mouth."),
    ("A lorry carrying about 9,000 parcels was hijacked on the ring road.",
     "The lorry, loaded with more than 20,000 parcels, was found burnt out on Friday."),
]


@pytest.mark.parametrize("a,b", ACROSS_VERBS)
def test_one_noun_once_per_article_across_verbs(a, b):
    assert verdict("fig", a, b) == "contradiction"


def test_across_verbs_agrees_when_figures_overlap():
    assert verdict("fig", "A van carrying about 3,000 laptops was stolen from a depot.",
                   "The van, packed with some 3,100 laptops, was taken overnight.") == "agreement"


def test_narrower_count_below_the_umbrella_is_no_contradiction():
    # 40 orchards that cancelled their harvest may be part of 300 affected
    assert verdict("fig", "About 300 orchards were affected by the late frost, growers said.",
                   "Some 40 orchards have announced cancellations of their harvest festivals.") != "contradiction"


DISTINCT_STAGES = [
    ("More than 400 homes were damaged by the storm, the council said.",
     "About 30 homes were destroyed in the storm, firefighters said."),
    ("The freighter was carrying some 2,600 containers when it ran aground.",
     "About 35 containers went overboard as the freighter listed."),
]


@pytest.mark.parametrize("a,b", DISTINCT_STAGES)
def test_distinct_stages_are_two_counts(a, b):
    assert verdict("fig", a, b) == "none"


def test_two_values_in_one_article_keep_verbs_apart():
    a = "About 80 museums reported closures last week, and 25 museums shortened their hours."
    b = "Fewer than 50 museums were affected, the arts council said."
    assert verdict("fig", a, b) != "contradiction"


@pytest.mark.parametrize("sentence", [
    "A ship laden with 40,000 tonnes of coal ran aground.",
    "A truck loaded with 600 sheep overturned on the motorway.",
    "A ferry transporting 300 cars broke down in the strait.",
])
def test_cargo_verbs_are_aboard(sentence):
    assert counted(sentence).event == "aboard"


def test_loaded_with_is_cargo_not_what_was_taken():
    assert counted("A van loaded with 900 phones was taken from a car park.").event == "aboard"


JOBS = [
    ("The restructuring cuts some 180 posts at the hospital trust.",
     "Unions say at least 400 jobs will go under the trust's plan."),
    ("The factory will cut about 120 roles, the company said.",
     "More than 300 jobs will go at the factory, the union said."),
]


@pytest.mark.parametrize("a,b", JOBS)
def test_posts_and_roles_cut_are_jobs_cut(a, b):
    assert verdict("fig", a, b) == "contradiction"


def test_job_count_beside_a_share_keeps_its_name():
    # "raised the levy by 3%": a figure of no noun does not make "posts" one of two nouns
    assert verdict("fig", "The plan raised the levy by 3% and cut some 90 posts.",
                   "The plan axed at least 250 jobs, unions said.") == "contradiction"



@pytest.mark.parametrize("a", [
    "Unions say at least 400 jobs would have gone under the rejected plan.",
    "Staff were told more than 400 posts had been cut under the disputed scheme.",
])
def test_jobs_gone_in_a_perfect_tense_are_cut(a):
    # whatever a later word reads as ("rejected", "disputed"), the jobs gone are a cut
    assert verdict("fig", a, "The plan cut some 150 jobs, the council said.") == "contradiction"


# An aside of inclusion between the counted noun and its verb is no clause break.
@pytest.mark.parametrize("a,b", [
    ("Thirty passengers, including four children, were injured when the bus overturned.",
     "No more than 12 passengers were hurt in the crash, the operator said."),
    ("Some 300 residents, among them 40 children, were evacuated from the estate.",
     "Fewer than 100 residents were evacuated, the council said."),
])
def test_inclusion_aside_keeps_the_verb(a, b):
    assert verdict("fig", a, b) == "contradiction"


def test_aside_needs_a_verb_after_it():
    # ", including children, said ...": no verb of the counted resumes: nothing read
    assert counted("Some 300 people, including children, said they were hurt.").event is None


@pytest.mark.parametrize("sentence", [
    "More than 500 delegates had been in the auditorium for the keynote.",
    "Some 80 shoppers were in the store when the ceiling fell.",
])
def test_in_a_place_is_present(sentence):
    assert counted(sentence).event == "present"


def test_present_in_two_wordings_compared():
    assert verdict("fig", "About 200 delegates were inside the auditorium when the alarm sounded.",
                   "More than 500 delegates had been in the auditorium for the keynote.") == "contradiction"


# A measure unit written onto the digits is read as a unit.
@pytest.mark.parametrize("sentence,unit", [
    ("Forecasters said 30mm of rain fell overnight on the moors.", "mm"),
    ("The landslide left a 12km tailback on the coast road.", "km"),
    ("Inspectors found 450kg of cocaine in the container.", "kg"),
])
def test_glued_measure_unit(sentence, unit):
    from checker.extract.numbers import extract_figures
    (f, *_rest) = extract_figures(sentence)
    assert f.unit == unit


def test_glued_measures_compared():
    assert verdict("fig", "Forecasters said about 30mm of rain fell overnight on the moors.",
                   "More than 80mm of rain fell overnight on the moors, the Met Office said.") == "contradiction"


@pytest.mark.parametrize("sentence", ["He scored in the 45th minute.", "The AB12cd postcode was hit."])
def test_no_glued_unit_in_ordinals_or_codes(sentence):
    from checker.extract.numbers import extract_figures
    assert all(f.unit not in ("cm", "mm", "km", "kg") for f in extract_figures(sentence))


# A budget's missing money under any of its names is one count.
@pytest.mark.parametrize("a,b", [
    ("The health board faces a $120m funding gap next year.",
     "The board's deficit is in excess of $300m, auditors said."),
    ("The university must close a €15m shortfall, the vice-chancellor said.",
     "Unions said the university faces a €40m black hole."),
])
def test_shortfall_gap_deficit_one_count(a, b):
    assert verdict("fig", a, b) == "contradiction"


def test_preposition_after_an_amount_is_no_head():
    # "through library closures" says how, not what the amount is
    c = counted("The trust closed a shortfall of about £12m through ward closures.")
    assert c.head == "shortfall"


# "Children" at a school's event are its pupils when the event names no other group of the young.
def test_children_are_the_pupils_of_a_school_event():
    assert verdict("fig", "About 30 pupils were inside the gym when the power failed.",
                   "Some 70 children were in the gym at the time, the head teacher said.") == "contradiction"


def test_children_beside_two_school_groups_stay_apart():
    a = "About 30 pupils and 12 students were inside the gym when the power failed."
    b = "Some 70 children were in the gym at the time, the head teacher said."
    assert verdict("fig", a, b) != "contradiction"

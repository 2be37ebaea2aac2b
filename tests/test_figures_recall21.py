"""Figures, round 21: classes found missing on holdout21 (now seen), probed with invented
sentences in other domains (schools, ports, councils, stadiums, clinics, mines).

- "a 20,000-euro reward", "a 5-million-dollar fine": an amount with a currency word glued on;
- "police are still offering a reward of ...": an act going on, not what is left;
- "suspended" people, "condemned" buildings are events of their own;
- a post with no one in it is a vacancy ("40 posts are vacant", "60 vacant posts", "38
  vacancies"), a stock however it is worded;
- people "came forward", "got in touch", "were heard from": one count;
- an order or a recall that "covers" N things counts them under its event;
- "Jan. 16": an abbreviation's point does not end the clause;
- "the 11 condemned homes will be ...": a definite set named by its participle;
- a city block, an estate or a road is a place (never the people of an event).
"""
import pytest

from checker.extract.counted import annotate
from checker.extract.numbers import extract_figures
from figure_helpers import verdict


def last_counted(text: str):
    return annotate(text, extract_figures(text))[-1].counted


@pytest.mark.parametrize("text,unit", [
    ("Police are still offering a 20,000-euro reward for information.", "EUR"),
    ("The club was handed a 50,000-pound fine.", "GBP"),
    ("The state approved a 40,000-dollar grant.", "USD"),
])
def test_money_compounds(text, unit):
    (f,) = [f for f in extract_figures(text)]
    assert f.unit == unit


EVENTS = [
    ("At least 11 guards have been suspended from the prison.", "guard", "suspended"),
    ("Fewer than eight referees were suspended after the inquiry.", "referee", "suspended"),
    ("No fewer than 15 homes have been condemned.", "home", "condemned"),
    ("Just under 40 nursing posts at the clinic are vacant, board papers show.", "vacancy", None),
    ("The school is carrying in excess of 12 vacant teaching posts.", "vacancy", None),
    ("The port had roughly 38 pilot vacancies.", "vacancy", None),
    ("About 90 former pupils have now come forward to the inquiry.", "pupil", "came forward"),
    ("The inquiry has heard from more than 140 families.", "family", "came forward"),
    ("Some 150 witnesses have been in touch with detectives.", "witness", "came forward"),
    ("The evacuation order issued Jan. 15 covers fewer than 20 homes.", "home", "evacuated"),
    ("The recall covers about 412,000 vehicles.", "vehicle", "recalled"),
    ("The town says the 11 condemned homes will be first in line for buyout offers.", "home", "condemned"),
    ("The council will cut 40 posts.", "post", "cut"),
]


@pytest.mark.parametrize("text,head,event", EVENTS)
def test_counted(text, head, event):
    c = last_counted(text)
    assert (c.head, c.event) == (head, event)


def test_still_offering_is_no_residual():
    assert not last_counted("Police are still offering a 20,000-euro reward.").residual
    assert last_counted("Some 2,000 homes are still without power.").residual


PAIRS = [
    ("A €50,000 reward is on offer for information, police said.", "Police are still offering a 20,000-euro reward.",
     "contradiction"),
    ("Just under 40 nursing posts at the clinic are vacant, board papers show.",
     "The union says the clinic is carrying in excess of 60 vacant nursing posts.", "contradiction"),
    ("The clinic had roughly 38 nursing vacancies, its director said.",
     "Just under 40 nursing posts at the clinic are vacant, board papers show.", "agreement"),
    ("About 90 former pupils have now come forward to the inquiry.", "The inquiry has heard from more than 140 former pupils.",
     "contradiction"),
    ("The evacuation order issued Jan. 15 covers fewer than 20 homes.", "Some 30 homes were evacuated.",
     "contradiction"),
    ("No fewer than 15 homes have been condemned.", "The town says the 11 condemned homes will be first in line.",
     "contradiction"),
    # cutting posts is no vacancy
    ("The council will cut 40 posts.", "The council has 120 vacant posts.", "none"),
    # the people evacuated never meet the blocks of the zone
    ("About 250 residents were evacuated.", "The evacuation zone covered six blocks. Roughly 400 people were evacuated.",
     "contradiction"),
]


@pytest.mark.parametrize("a,b,expected", PAIRS)
def test_pairs(a, b, expected):
    assert verdict("fig", a, b) == expected


@pytest.mark.parametrize("a,b,expected", [
    # "N more" after another event's figure: more of its noun, not an increment
    ("The storm damaged 1,200 homes and destroyed 300 more.", "About 900 homes were destroyed.", "contradiction"),
    ("The storm damaged 1,200 homes and destroyed 300 more.", "About 1,150 homes were damaged.", "agreement"),
    # "N of whom": the noun of the figure before
    ("Police arrested 40 people, 12 of whom were later charged.", "Police charged 30 people.", "contradiction"),
    ("Rescuers reached 20 climbers, six of whom were injured.", "Fourteen climbers were injured.", "contradiction"),
])
def test_more_and_of_whom(a, b, expected):
    assert verdict("fig", a, b) == expected

"""Figures, round 20: classes found missing on holdout20 (now seen), probed with invented
sentences in other domains (mines, ferries, elections, vineyards, rail, councils).

- "killing three miners and injuring 14 others": "others" are more of the noun before;
- land "treated", "sprayed", "fumigated" is an area event (never patients treated);
- "joined the dockers' strike", "the farmers' march": the activity after its owner;
- a weekday and a date that fall on the same day are one day (the other day rule still
  keeps two days' counts apart);
- "have been laid off", "were let go", "were sacked": jobs cut;
- a count compound ("a 12-point deduction", "a three-match ban") is a figure;
- money "owed" is keyed by its creditor, and unknown when the creditor is a pronoun;
- a subordinating conjunction ("once", "unless") is never the counted noun.
"""
import datetime as dt

import pytest

from checker.extract.counted import annotate
from checker.extract.numbers import extract_figures
from figure_helpers import verdict
from rules.figures import _as_date


EVENTS = [
    ("The blast killed three miners and injured at least 14 others.", "miner", "injured"),
    ("A ferry capsized, drowning two passengers and injuring 30 others.", "passenger", "injured"),
    ("Growers sprayed roughly 12,000 hectares with the fungicide last year.", "", "sprayed"),
    ("Some 800 acres were fumigated in the spring.", "", "sprayed"),
    ("Paramedics treated 40 people for burns.", "people", None),
    ("About 2,000 people joined the dockers' strike on Monday.", "people", "striking"),
    ("Some 500 residents joined the farmers' march.", "resident", "protested"),
    ("The party won with a 40-seat majority.", "seat", "margin"),
    ("The club faces a 12-point deduction once its board meets.", "deduction", "faces"),
    ("He was handed a three-match ban.", "ban", None),
    ("The council is owed more than £400,000.", "council", "owed"),
    ("Creditors include the water board, owed £2.1m.", "board", "owed"),
    ("Debts stand at £9m, with £3m owed to the tax office.", "office", "owed"),
    ("Farmers say they are owed £1.2m.", "", None),
]


def last_counted(text: str):
    return annotate(text, extract_figures(text))[-1].counted


@pytest.mark.parametrize("text,head,event", EVENTS)
def test_counted(text, head, event):
    c = last_counted(text)
    assert (c.head, c.event) == (head, event)


PAIRS = [
    ("The blast killed three miners and injured at least 14 others.", "Eleven miners were hurt in the blast.",
     "contradiction"),
    ("Growers sprayed roughly 12,000 hectares with the fungicide last year.",
     "Just under 5,000 hectares were treated with the fungicide last year.", "contradiction"),
    ("Growers sprayed roughly 12,000 hectares with the fungicide last year.",
     "Some 11,500 hectares were treated with the fungicide last year.", "agreement"),
    ("About 90 staff were let go last week, the union said.", "The firm has cut 40 jobs, it said.",
     "contradiction"),
    ("Some 4,000 nurses marched on parliament.", "About 1,500 people joined the nurses' march.", "contradiction"),
    ("The union says more than 300 workers have been laid off.", "The firm has cut 120 jobs, it said.",
     "contradiction"),
    ("The party faces a 12-point deduction.", "The party faces a nine-point deduction under the rules.",
     "contradiction"),
    ("Creditors include the water board, owed £2.1m.", "Debts stand at £9m, with £3m owed to the water board.",
     "contradiction"),
    # two creditors are never compared; a pronoun's debt with nothing
    ("The water board is owed £2.1m.", "Suppliers are owed £3m.", "none"),
    ("The water board is owed £2.1m.", "Farmers say they are owed £3m.", "none"),
]


@pytest.mark.parametrize("a,b,expected", PAIRS)
def test_pairs(a, b, expected):
    assert verdict("fig", a, b) == expected


def test_weekday_and_date_of_one_day():
    # Thursday 28 May 2026: "Saturday" is 23 May
    assert _as_date("saturday", dt.date(2026, 5, 28)) == dt.date(2026, 5, 23)
    assert _as_date("5/ 23", dt.date(2026, 5, 28)) == dt.date(2026, 5, 23)
    assert _as_date("5/ 31", dt.date(2026, 2, 28)) == dt.date(2026, 5, 31)
    assert _as_date("2/ 30", dt.date(2026, 2, 28)) is None


def test_counts_of_one_day_written_two_ways_are_compared():
    a = "Some 4,000 commuters were stranded on Saturday, the operator said."
    b = "About 900 commuters were stranded on 23 May, the operator said."
    assert verdict("fig", a, b, da="28 May 2026", db="28 May 2026") == "contradiction"
    # two days stay two counts
    c = "About 900 commuters were stranded on 24 May, the operator said."
    assert verdict("fig", a, c, da="28 May 2026", db="28 May 2026") == "none"


MORE = [
    ("Some 500 pupils were sent home.", "pupil", "sent home"),
    ("Only 48 per cent of voters turned out.", "voter", "cast"),
    ("The festival drew 80,000 people.", "people", "attended"),
    ("The rally attracted some 5,000 people.", "people", "attended"),
    ("Some 1,200 households drew water from the borehole.", "home", None),
    ("The quake measured 6.1 on the Richter scale.", "magnitude", None),
    ("The quake had a magnitude of 7.2.", "magnitude", None),
    ("A magnitude 6.4 earthquake struck the coast.", "magnitude", None),
    ("A 5.8-magnitude earthquake hit the region.", "magnitude", None),
    ("Some 40 earthquakes were recorded.", "earthquake", None),
]


@pytest.mark.parametrize("text,head,event", MORE)
def test_counted_more(text, head, event):
    c = last_counted(text)
    assert (c.head, c.event) == (head, event)


@pytest.mark.parametrize("a,b,expected", [
    ("Turnout was 61%, the electoral commission said.", "Only 48 per cent of voters turned out.", "contradiction"),
    ("The festival drew 80,000 people.", "Some 30,000 festival-goers attended.", "contradiction"),
    ("The quake measured 6.1 on the Richter scale.", "The quake had a magnitude of 7.2.", "contradiction"),
    ("A 5.8-magnitude earthquake hit the region.", "The quake had a magnitude of 5.8, officials said.", "agreement"),
    ("Some 500 pupils were sent home.", "About 1,400 pupils were sent home.", "contradiction"),
    # sent home is never the staff deployed
    ("Some 500 pupils were sent home.", "The council sent 40 staff to the school.", "none"),
])
def test_more_pairs(a, b, expected):
    assert verdict("fig", a, b) == expected


def test_an_aftershock_magnitude_is_another_quake():
    a = "A magnitude 7.1 earthquake struck the province on Tuesday."
    b = "Several aftershocks, the strongest of magnitude 5.6, rattled the region."
    assert verdict("fig", a, b) == "none"
    assert last_counted(b).qualifiers == ("aftershock",)


@pytest.mark.parametrize("a,b", [
    ("The tanker spilled 2,000 barrels of oil.", "Nearly 9,000 barrels of crude leaked from the tanker."),
    ("Thieves took 40 bikes from the depot.", "Some 12 bicycles were taken from the depot."),
])
def test_head_synonyms(a, b):
    assert verdict("fig", a, b) == "contradiction"


@pytest.mark.parametrize("a,b", [
    ("Some 2,000 people, most of them farmers, marched through the city.", "About 500 protesters marched through the city."),
    ("About 90 passengers, many of them pensioners, were stranded at the port.", "Some 300 passengers were stranded at the port."),
])
def test_inclusion_asides(a, b):
    assert verdict("fig", a, b) == "contradiction"


@pytest.mark.parametrize("a,b", [
    # two gatherings
    ("Some 300 people attended the funeral.", "Some 2,000 people attended the vigil."),
    ("About 40,000 fans attended the final.", "Some 12,000 fans attended the parade."),
    # a threshold is no count
    ("About 500 people signed the petition.", "The petition needs 10,000 signatures."),
    ("The motion got 40 votes.", "The motion requires 60 votes to pass."),
])
def test_kept_apart(a, b):
    assert verdict("fig", a, b) == "none"


def test_one_gathering_still_compared():
    assert verdict("fig", "Some 300 people attended the funeral.", "More than 2,000 mourners attended the funeral.") \
        == "contradiction"


@pytest.mark.parametrize("a,b,expected", [
    # units of one measure are compared in its base unit
    ("Customs seized 2 tonnes of cannabis at the port.", "Customs seized 400 kg of cannabis at the port.", "contradiction"),
    ("Customs seized 2 tonnes of cannabis at the port.", "Customs seized 2,000 kg of cannabis at the port.", "agreement"),
    # a converted figure is allowed the rounding of its conversion ("5 miles (8 km)")
    ("The fire has burned 10,000 acres of forest.", "The fire has burned some 4,000 hectares of forest.", "agreement"),
    ("The fire has burned 10,000 acres of forest.", "The fire has burned 12,000 hectares of forest.", "contradiction"),
    ("The train was travelling at 80 mph when it derailed.", "The train was travelling at 130 km/h when it derailed.", "agreement"),
    ("The train was travelling at 50 mph when it derailed.", "The train was travelling at 130 km/h when it derailed.", "contradiction"),
])
def test_units_of_one_measure(a, b, expected):
    assert verdict("fig", a, b) == expected

"""Figures and first-since: classes of language found missing or misread on an unseen set,
probed with invented sentences in other domains (ports, hospitals, festivals, floods, mines,
orchestras, ferries).

- a rate whose period is followed by "in" ("900,000 euros a day in lost sales") is still a
  rate, and never meets a total; "a year in prison" is a time, not a rate;
- a figure of no period whose clause names a stretch of time ("this year", "so far") is a
  total, never the rate's;
- a typical period ("on an ordinary weekday", "On a normal day,") makes a figure a rate;
- "were moved out" counts the evacuated; places evacuated ("four villages") do not make the
  people evacuated ambiguous between "people" and "residents";
- an area "of forest, scrub and farmland" is the whole area: it meets "burned 4,000
  hectares", never "1,100 hectares of cork oak";
- two rates of one period with verbs of passing ("used the bridge", "crossed it") count one
  traffic when no two different places are named;
- "That covers more than 20 races": the figure counts what the sentence before is about;
- "give up" and "forfeit" are one act; context words compare whatever their ending ("cross" / "crossed").
"""
import pytest

from rules.figures import _rate
from figure_helpers import verdict



RATES = [
    ("The strike is costing the port about 900,000 euros a day in lost fees.", "day"),
    ("Flooding cost farmers 40,000 pounds a week in ruined crops.", "week"),
    ("The driver was fined 300 euros and a year in prison.", None),
    ("The 30 delegates spent a day in talks with the ministry.", None),
    ("About 40 climbers waited for a week in the base camp.", None),
    ("Some 8,000 patients pass through the clinic on an ordinary weekday, the board said.", "day"),
    ("On a normal day, 3,000 passengers use the ferry.", "day"),
    ("About 2,500 visitors come to the museum in a typical week.", "week"),
    ("About 2,500 visitors came to the museum on Sunday.", None),
]


@pytest.mark.parametrize("text,period", RATES)
def test_rate_period(text, period):
    import re
    m = re.search(r"[0-9][0-9,.]*(?: million)?", text)
    assert _rate(text, m.end(), m.start()) == period


FIGURES = [
    # a daily loss never meets the total cost, nor a year's total
    ("none", "The strike is costing the mine about 5,000 tonnes of copper a day in lost output.",
     "The strike will cost the mine at least 60,000 tonnes of copper."),
    ("none", "The strike is costing the mine about 5,000 tonnes of copper a day in lost output.",
     "So far the strike has cost the mine some 60,000 tonnes of copper."),
    ("none", "The strike is costing the mine about 5,000 tonnes of copper a day in lost output.",
     "The mine will produce at least 300,000 tonnes of copper this year."),
    # two daily rates of one thing still compare
    ("contradiction", "The strike is costing the mine about 5,000 tonnes of copper a day in lost output.",
     "The strike is costing the mine more than 12,000 tonnes of copper a day in lost output."),
    # a typical day is a rate: it meets another rate, never a one-off count
    ("contradiction", "About 8,000 patients pass through the clinic on an ordinary weekday, the board said.",
     "Nurses say that nearly 5,000 patients a day pass through the clinic."),
    ("none", "About 8,000 patients pass through the clinic on an ordinary weekday, the board said.",
     "Nearly 5,000 patients were evacuated from the clinic after the gas leak."),
    # "were moved out" are the evacuated; places evacuated leave the people alone
    ("contradiction", "About 6,000 people were moved out of the flood plain on Tuesday, the agency said.",
     "Residents say only some 2,000 people were evacuated from the flood plain."),
    ("agreement", "About 6,000 people were moved out of the flood plain, the agency said. Three villages were evacuated.",
     "More than 5,500 residents have been evacuated from the flood plain, officials said. Three villages were evacuated."),
    ("contradiction", "About 6,000 people were moved out of the flood plain, the agency said. Three villages were evacuated.",
     "Some 2,000 residents have been evacuated from the flood plain, officials said. Three villages were evacuated."),
    # an area over a list of kinds of land is the whole area; one kind of land is a part
    ("agreement", "The blaze has scorched some 9,500 acres of grassland, scrub and orchards, the fire service said.",
     "The fire has burned more than 9,000 acres, the fire service said. About 2,000 acres of vineyards were burned."),
    ("contradiction", "The blaze has scorched some 9,500 acres of grassland, scrub and orchards, the fire service said.",
     "The fire has burned more than 20,000 acres, the fire service said. About 2,000 acres of vineyards were burned."),
    ("none", "The blaze has scorched some 9,500 acres of grassland and orchards, the fire service said.",
     "About 2,000 acres of vineyards were burned, growers said."),
    # two wordings of one act: "give up" is "forfeit"
    ("agreement", "The orchestra will have to give up about 60,000 dollars in grants awarded by the city, the council said.",
     "If the audit stands, the players will forfeit more than 55,000 dollars in grants."),
    ("contradiction", "The orchestra will have to give up about 60,000 dollars in grants awarded by the city, the council said.",
     "If the audit stands, the players will forfeit more than 90,000 dollars in grants."),
    # two rates of one period with verbs of passing count one traffic, unless two places are named
    ("contradiction", "More than 9,000 lorries a day used the mountain pass before the landslide, police said.",
     "Our members counted them for a week, and we found that fewer than 5,000 lorries a day crossed it."),
    ("none", "More than 9,000 lorries a day use the Brenner crossing, police said.",
     "Fewer than 5,000 lorries a day cross the Arlberg tunnel, the operator said."),
    # ... and what they pass must be one thing (or "it")
    ("none", "About 2,000 passengers a day used the ferry before the strike.",
     "Some 500 passengers a day now ride the replacement buses."),
    ("none", "About 9,000 cars a day crossed the old bridge.", "About 3,000 cars a day cross the new tunnel."),
    ("none", "About 9,000 cars a day crossed the old bridge.", "About 3,000 cars a day travel through the tunnel."),
    ("contradiction", "About 9,000 cars a day crossed the old bridge.", "Fewer than 3,000 cars a day cross the bridge."),
    # "That covers N things": the figure counts what the sentence before is about
    ("contradiction", "If the audit is upheld, the grants from 12 projects in the last budget will be withdrawn.",
     "All the grants from the last budget will be withdrawn. That covers more than 30 projects, the ministry said."),
    ("agreement", "If the audit is upheld, the grants from 32 projects in the last budget will be withdrawn.",
     "All the grants from the last budget will be withdrawn. That covers more than 30 projects, the ministry said."),
    ("none", "If the audit is upheld, the grants from 12 projects in the last budget will be withdrawn.",
     "The new scheme starts in May. It covers more than 30 projects, the ministry said."),
    # ... but a sub-group is never the whole (only the two schools agree)
    ("agreement", "Some 400 pupils were evacuated from the school after the gas leak. Two schools were evacuated.",
     "About 1,200 people were evacuated from the district. Two schools were evacuated."),
    # context words compare by stem: "cross" and "crossed"
    ("contradiction", "About 9,000 lorries a day cross the border at the northern checkpoint.",
     "Our drivers counted the queue and found that nearly 4,000 lorries a day crossed it."),
]


@pytest.mark.parametrize("expected,a,b", FIGURES)
def test_figures(expected, a, b):
    assert verdict("fig", a, b) == expected


FIRST_SINCE = [
    # a passive clause's participle is its event, whatever adverb or link follows
    ("contradiction", "It is the first time since 1987 that a rail tunnel in the canton has been shut completely, the operator said.",
     "This is the first full closure of a tunnel in the canton since 1994."),
    ("contradiction", "It was the first time since 2003 that the airport has been closed because of snow.",
     "The snow forced the first complete shutdown of the airport since 2009."),
    ("agreement", "It is the first time since 1987 that a rail tunnel in the canton has been shut completely, the operator said.",
     "This is the first full closure of a tunnel in the canton since 1987."),
    # different events stay apart
    ("none", "It is the first time since 1987 that a rail tunnel in the canton has been shut completely, the operator said.",
     "It is the first time since 1994 that the canton has opened a new tunnel."),
    # a record whose noun is left out before a relative clause is the subject's
    ("contradiction", "It is the largest bushfire in the district since 2009, the rural fire service said.",
     "The blaze is the biggest the district has seen since 2015, according to volunteers."),
    ("contradiction", "The storm was the strongest the island has recorded since 1998, forecasters said.",
     "It was the most powerful storm to hit the island since 2004."),
    ("none", "The storm was the strongest the island has recorded since 1998, forecasters said.",
     "It was the wettest month the island has recorded since 2004."),
]


@pytest.mark.parametrize("expected,a,b", FIRST_SINCE)
def test_first_since(expected, a, b):
    assert verdict("fs", a, b) == expected


# A rate against one occasion's count (a named day, or "when ..."): one day may differ from
# the typical one, so they never contradict; two rates still do.
@pytest.mark.parametrize("expected,a,b", [
    ("none", "On a normal day, 3,000 passengers use the ferry, the operator said.",
     "About 800 passengers were on the ferry when it broke down, the operator said."),
    ("none", "The clinic sees some 400 patients a day, the board said.",
     "Only 90 patients were in the clinic on Monday when the power failed, the board said."),
    ("none", "Around 12,000 cars a day cross the bridge, the council said.",
     "About 2,000 cars crossed the bridge on Sunday, the council said."),
    ("contradiction", "Around 12,000 cars a day cross the bridge, the council said.",
     "Some 2,000 cars a day cross the bridge, the council said."),
])
def test_rate_against_one_occasion(expected, a, b):
    assert verdict("fig", a, b) == expected


# "aboard" / "on board" right after the counted noun says which people; the clause's verb
# says what happened to them. As the predicate ("were on board") it is who was aboard.
@pytest.mark.parametrize("sentence,event", [
    ("More than 300 passengers and crew aboard the liner have fallen ill with norovirus.", "ill"),
    ("Nearly 400 people on board the Northern Star have been struck down by a stomach bug.", "ill"),
    ("About 60 pupils came down with food poisoning after the trip.", "ill"),
    ("Twelve people aboard the coach were killed.", "died"),
    ("All 180 passengers aboard the train were evacuated.", "evacuated"),
    ("Some 2,100 passengers were on board when the ship sailed.", "aboard"),
    ("The ferry was carrying 300 passengers when it sank.", "aboard"),
    ("There were 180 passengers aboard the train.", "aboard"),
])
def test_aboard_modifier_yields_to_the_verb(sentence, event):
    from checker.extract.counted import describe_figure
    from checker.extract.numbers import extract_figures
    fig = extract_figures(sentence)[0]
    assert describe_figure(sentence, fig).event == event


def test_people_aboard_who_fell_ill_are_not_the_people_aboard():
    # 300 of 2,100 passengers fell ill: no agreement (nor anything) between the two counts
    assert verdict("fig", "More than 300 passengers aboard the liner have fallen ill, the operator said.",
                   "Some 2,100 passengers were on board when the liner sailed, the operator said.") == "none"

"""Recall probes for the figures, first-since, attribution-drift rules, in domains the
development stories do not use (airlines, elections, transfers, recalls, strikes, harvests).

Each mechanism has variants in several domains and near misses that must stay apart:
- figures: one count under two names (travellers/passengers, cars/vehicles, evacuees/residents,
  votes received/won); a rate ("40,000 passengers a day") and a capacity ("the stadium holds
  52,000") never meet a count; one day's count never meets a running tally, and two named days
  are two counts;
- first-since: a closed compound is its last part with a modifier (cyberattack = attack, but
  not a terror attack); negated records ("such a poor harvest has not been seen since");
  the clause around a bare "for the first time in 12 years"; "the last time X saw a Y";
  different clause verbs (won/lost the seat) are different firsts;
- attribution drift: organisers, emergency services, management, people who speak for
  themselves, agents and lawyers are kinds of source.
"""
import pytest

from checker.engine import check_texts
from rules import attribution_drift, figures, first_since

RULES = {"fig": (figures.RULE,), "fs": (first_since.RULE,), "drift": (attribution_drift.RULE,)}


def verdict(rule: str, a: str, b: str, da: str = "12 June 2024", db: str = "12 June 2024") -> str:
    out = check_texts({"a.txt": f"Published {da}\n\n{a}", "b.txt": f"Published {db}\n\n{b}"},
                      story="s", rules=RULES[rule])
    kinds = {f.kind for f in out}
    return "contradiction" if "contradiction" in kinds else "agreement" if "agreement" in kinds else "none"


FIGURES = [
    # forms
    ("contradiction", "Roughly 3,400 passengers were stranded at the airport.", "More than 9,000 passengers were stranded at the airport."),
    ("contradiction", "The airline cancelled 3.4k flights on Monday.", "The airline cancelled 900 flights on Monday."),
    ("agreement", "The airline cancelled 3.4k flights on Monday.", "The airline cancelled about 3,400 flights on Monday."),
    ("contradiction", "Between 200 and 300 workers were laid off at the plant.", "More than 1,000 workers were laid off at the plant."),
    ("agreement", "Between 200 and 300 workers were laid off at the plant.", "Some 250 workers were laid off at the plant."),
    ("contradiction", "Nearly half of the wheat crop failed, the farmers' union said.", "About 10% of the wheat crop failed, the ministry said."),
    ("contradiction", "A third of the wheat crop failed.", "Some 70% of the wheat crop failed."),
    ("contradiction", "Tens of thousands of people marched.", "Some 3,000 people marched."),
    # one count, two names
    ("agreement", "Some 2,000 residents were evacuated from the valley.", "Officials counted about 2,000 evacuees from the valley."),
    ("contradiction", "Some 2,000 residents were evacuated from the valley.", "Officials counted more than 6,000 evacuees from the valley."),
    ("contradiction", "About 4,000 passengers were stranded at the airport.", "More than 12,000 travellers were left stranded at the airport."),
    ("contradiction", "The carmaker is recalling 120,000 cars.", "The recall covers more than 400,000 vehicles."),
    ("contradiction", "The candidate won 52,340 votes.", "The candidate received 61,200 votes."),
    ("contradiction", "The party won 38 seats.", "The party took 45 seats."),
    ("contradiction", "The company will cut 1,200 jobs.", "The company will cut 500 posts."),
    ("contradiction", "Nearly 40,000 fans attended the final.", "The final was watched by 52,000 spectators in the stadium."),
    ("contradiction", "More than 5,000 workers joined the strike on Monday.", "Only about 1,200 workers took part in the strike on Monday."),
    ("contradiction", "Some 4,000 flights were cancelled on Friday.", "The airline scrapped 1,100 flights on Friday."),
    ("contradiction", "In total, 1,350 flights were cancelled over the three days.", "The airline cancelled 900 flights over the three days."),
    ("contradiction", "Some 20 tonnes of cheese were recalled from shops on Monday.", "A little over 12 tonnes of cheese have been recalled."),
    ("contradiction", "Turnout was 62 percent, the electoral commission said.", "Turnout stood at 48%, observers said."),
    ("contradiction", "The company said it was aware of 2 crashes linked to the defect.", "The company knows of at least 20 crashes linked to the defect."),
    ("contradiction", "Two deaths have been linked to the contaminated batch.", "More than 20 deaths have been linked to the contaminated batch."),
    ("contradiction", "Some 300 stores were hit by the recall.", "The recall hit 1,200 shops."),
    ("contradiction", "The ruling party won 41% of the vote.", "The ruling party won 35 percent of the vote."),
    ("contradiction", "The recall affects 1.2m vehicles worldwide.", "The recall affects 400,000 vehicles worldwide."),
    ("contradiction", "The company will lay off 1,200 workers.", "The company will cut 3,000 jobs."),
    ("contradiction", "Some 1,200 workers will lose their jobs.", "The company will shed 3,000 jobs."),
    ("contradiction", "The carmaker laid off 800 employees.", "The carmaker axed 2,000 jobs."),
    # near misses
    ("none", "The plant employs 1,200 workers.", "The company will cut 3,000 jobs."),
    ("none", "The recall covers 120,000 cars and 30,000 vans.", "The recall covers 150,000 vehicles."),
    ("none", "Some 12,000 travellers passed through the airport on Friday.", "About 4,000 passengers were stranded at the airport on Friday."),
    ("none", "Some 1,200 workers joined the strike over job security.", "The company will cut 3,000 jobs."),
    ("none", "The company will lay off 1,200 workers in Ohio.", "The company will cut 3,000 jobs worldwide."),
    ("none", "The ruling party won 41% of the vote.", "The opposition won 35 percent of the vote."),
    ("none", "The Green candidate received 12,400 votes.", "The Liberal candidate won 9,800 votes."),
    ("none", "The recall affects 1.2m vehicles worldwide.", "The recall affects 400,000 vehicles in the United States."),
    ("none", "Some 300 stores were hit by the recall.", "The retailer has 1,200 shops nationwide."),
    ("none", "The two sides met on Monday.", "More than 20 sides took part in the tournament."),
    ("none", "Seven defendants appeared in court.", "More than 30 defendants were charged in the case."),
    ("none", "Some 2,000 residents were evacuated from the valley.", "More than 60 residents were injured in the valley."),
    ("none", "The airline cancelled 300 flights on Monday.", "The airline has cancelled 4,000 flights since the strike began."),
    ("none", "Police arrested 30 people on Tuesday.", "Police have arrested 250 people so far."),
    ("none", "The airline cancelled 420 flights on Monday.", "In total, the airline cancelled 1,350 flights over the three days."),
    ("none", "The airline cancelled 420 flights on Monday.", "On Tuesday alone, 510 flights were cancelled."),
    ("none", "Some 60 tonnes of grain were seized at the port on Friday.", "Customs seized 400 tonnes of grain at the port in the past two weeks."),
    ("none", "About 4,000 passengers were stranded at the airport.", "The airport handles 40,000 passengers a day."),
    ("none", "The plant employs 3,000 workers.", "The plant hires 300 workers a year."),
    ("none", "Some 4,000 flights were cancelled on Friday.", "The airline scrapped 1,100 flights on Saturday."),
    ("none", "Police arrested 30 people on March 3.", "Police arrested 120 people on March 4."),
    ("none", "Nearly 40,000 fans attended the final.", "The stadium holds 52,000 spectators."),
    ("none", "Some 900 people came to the concert.", "The hall can hold 2,500 people."),
    ("none", "The carmaker is recalling 120,000 cars in Europe.", "The carmaker sold 2 million cars last year."),
    ("none", "The walkout was backed by 72% of members.", "Turnout in the ballot was 55%."),
    ("none", "The club paid 45 million euros for the striker.", "The striker earns 3 million euros a year."),
]


@pytest.mark.parametrize("want,a,b", FIGURES)
def test_figures(want, a, b):
    assert verdict("fig", a, b) == want


def test_same_day_written_two_ways_is_one_day():
    assert verdict("fig", "Police arrested 30 people on March 3.", "Police arrested 120 people on 3 March.") == "contradiction"


def test_a_day_of_saying_is_not_the_count_day():
    assert verdict("fig", "Some 300 flights were cancelled, officials said on Monday.",
                   "The airline has cancelled 4,000 flights since the strike began.") == "contradiction"


FIRST_SINCE = [
    ("contradiction", "It was the most serious cyberattack on a bank since 2016.", "It was the worst attack on the financial sector since 2019."),
    ("contradiction", "The national cyber centre called it the most serious cyberattack on a hospital since 2017.", "It was the worst attack on the health service since 2020."),
    ("contradiction", "It was the worst snowstorm in the city since 1987.", "It was the worst storm to hit the city since 1991."),
    ("contradiction", "It was the deadliest rockfall in the valley since 1999.", "It was the deadliest fall of rock in the valley since 2004."),
    ("contradiction", "It was the worst harvest since 2011.", "Such a poor harvest has not been seen since 2007."),
    ("contradiction", "It was the biggest transfer fee paid by the club since 2015.", "The club had not paid such a big fee since 2012."),
    ("contradiction", "It was the worst drought in the region since 1976.", "The region had not experienced such a severe drought since 1989."),
    ("contradiction", "The party won the seat for the first time in 12 years.", "It is the first time since 2005 that the party has won the seat."),
    ("contradiction", "For the first time since 2005, the party won the seat.", "It is the first time since 2009 that the party has won the seat."),
    ("contradiction", "The river has flooded for the first time since 1998.", "It is the first flood in the town since 2005."),
    ("contradiction", "It is the first general strike in the country since 2012.", "The last time the country saw a general strike was in 2001."),
    ("contradiction", "It is the first national rail strike since 1998.", "Rail workers last went on a national strike in 2003."),
    ("contradiction", "It is the first time since 2010 that the union has called a strike.", "The union last staged a strike in 2014."),
    ("contradiction", "The walkout was the first of its kind since 2009.", "It was the first walkout at the port since 2012."),
    ("contradiction", "It was the highest turnout since 1998.", "Turnout was the highest in 10 years."),
    ("contradiction", "It was the worst drought since the 1970s.", "It was the worst drought since 2003."),
    ("contradiction", "It was the first time the seat had changed hands since 1997.", "It is the first time since 2001 that the seat has changed hands."),
    ("agreement", "It was the worst drought since the 1970s.", "It was the worst drought since 1976."),
    ("contradiction", "The recall is the carmaker's largest since 2014.", "It was the largest recall by the carmaker since 2019."),
    ("contradiction", "It was the biggest upset at the tournament since 2002.", "Not since 1998 had the tournament seen such a big upset."),
    ("contradiction", "The verdict was the first conviction of a sitting minister since 1995.", "No sitting minister had been convicted since 2003."),
    ("contradiction", "It was the first general strike in almost 30 years.", "It was the first general strike since 2010."),
    ("contradiction", "It marked the first time in 15 years that the airport had closed.", "The airport last closed in 2016."),
    # near misses
    ("none", "It was the worst drought since the 1970s.", "It was the worst flood since 2003."),
    ("none", "No sitting minister had been convicted since 2003.", "No minister had resigned since 2010."),
    ("none", "It was the worst attack on a hospital since 2017.", "It was the first strike by nurses since 2010."),
    ("none", "It was the deadliest cyberattack on a hospital since 2017.", "It was the worst terror attack in the country since 2005."),
    ("none", "It was the worst harvest since 2011.", "It was the worst flood since 2003."),
    ("none", "It is the club's first title since 1998.", "It is the club's first relegation since 2003."),
    ("none", "The party won the seat for the first time in 12 years.", "The party lost the seat for the first time since 2001."),
    ("none", "It was the first time since 2010 that the airport closed.", "It was the first time since 2001 that the airline cancelled all flights."),
    ("none", "It was the first wildfire in the park since 2010.", "It was the worst forest fire in the park since 1995."),
    ("none", "The dam had not been inspected since 2019.", "The dam was last inspected in 2016."),
]


@pytest.mark.parametrize("want,a,b", FIRST_SINCE)
def test_first_since(want, a, b):
    assert verdict("fs", a, b) == want


def test_plain_not_since_is_left_to_since_claims():
    out = check_texts({"a.txt": "Published 12 June 2024\n\nThe dam had not been inspected since 2019."},
                      story="s", rules=(first_since.RULE,))
    assert out == ()


DRIFT = [
    ("contradiction", "Police said 20,000 people joined the march.", "Some 20,000 people joined the march, the organisers said."),
    ("contradiction", "Some 4,000 workers walked out, management said.", "Some 4,000 workers walked out, according to the union."),
    ("contradiction", "Some 4,000 workers walked out, the company said.", "Some 4,000 workers walked out, union leaders said."),
    ("contradiction", "More than 12,000 people were evacuated, the fire service said.", "More than 12,000 people were evacuated, local media reported."),
    ("contradiction", "Some 3,000 nurses took part in the strike, the health ministry said.", "Some 3,000 nurses took part in the strike, according to strike organisers."),
    ("contradiction", "Some 300 passengers were stranded at the airport, the airline said.", "Some 300 passengers were stranded at the airport, travellers said."),
    ("contradiction", "Some 300 passengers were stranded at the airport, the airline said.", "Some 300 passengers were stranded at the airport, according to posts on social media."),
    ("contradiction", "Some 300 passengers were stranded at the airport, the airline said.", "The ombudsman said some 300 passengers were stranded at the airport."),
    ("contradiction", "The striker's transfer fee was 45 million euros, the club said.", "The striker's transfer fee was 45 million euros, according to the player's agent."),
    ("contradiction", "About 1,200 people were arrested, the interior ministry said.", "Some 1,200 people were arrested, according to activists."),
    ("contradiction", "Some 120,000 cars are being recalled, the regulator said.", "Some 120,000 cars are being recalled, the carmaker said."),
    ("contradiction", "Some 300 people were injured in the blast, the health ministry said.", "About 300 people were injured in the blast, the plant's owner said."),
    ("contradiction", "Some 300 people were injured in the blast, the health ministry said.", "About 300 people were injured in the blast, according to unconfirmed reports."),
    ("contradiction", "Some 300 people were injured in the blast, the health ministry said.", "Volunteer medics said some 300 people were injured in the blast."),
    # near misses
    ("none", "Some 300 people were injured in the blast, the health ministry said.", "About 300 people were injured in the blast, Health Minister Ana Ruiz said."),
    ("none", "Some 300 people were injured in the blast, the health ministry said.", "About 300 people were injured in the blast, according to hospital records."),
    ("none", "Police said 20,000 people joined the march.", "Some 20,000 people joined the march, police said."),
    ("none", "Police said 20,000 people joined the march.", "More than 80,000 people joined the march, the organisers said."),
    ("none", "Some 4,000 workers walked out, the company said.", "Some 4,000 workers walked out, the firm said."),
    ("none", "Some 4,000 workers walked out, the union said.", "Some 4,000 workers walked out, union leaders said."),
    ("none", "Some 300 passengers were stranded at the airport, the airline said.", "Some 300 passengers were stranded at the airport, the carrier said."),
    ("none", "Some 3,000 nurses took part in the strike, the health ministry said.", "Some 3,000 nurses took part in the strike, government officials said."),
    ("none", "About 1,200 people were detained, the interior ministry said.", "About 1,200 people were detained, police said."),
]


@pytest.mark.parametrize("want,a,b", DRIFT)
def test_attribution_drift(want, a, b):
    assert verdict("drift", a, b) == want


@pytest.mark.parametrize("want,a,b", [
    ("agreement", "Two in five members voted to strike.", "Some 40% of members voted to strike."),
    ("contradiction", "Two in five members voted to strike.", "Some 80% of members voted to strike."),
    ("agreement", "One in three homes was damaged by the storm.", "About 33% of homes were damaged by the storm."),
    ("contradiction", "One in three homes was damaged by the storm.", "More than 60% of homes were damaged by the storm."),
    ("contradiction", "Three out of every ten voters backed the plan.", "Some 70% of voters backed the plan."),
    # a share is never a count, and "3 in 10 minutes" is no share
    ("none", "One in three homes was damaged by the storm.", "Some 3,000 homes were damaged by the storm."),
    ("none", "The team scored 3 in 10 minutes.", "The team won 40% of its games."),
])
def test_ratios_are_shares(want, a, b):
    assert verdict("fig", a, b) == want


def test_last_recalled_against_first_recall():
    assert verdict("fs", "It was the first recall by the carmaker since 2016.", "The carmaker last recalled vehicles in 2019.") == "contradiction"


HEDGES = [
    ("agreement", "About 500 flights were cancelled.", "Exactly 500 flights were cancelled."),
    ("agreement", "At least 12 crashes were linked to the defect.", "The defect was linked to 12 crashes."),
    ("agreement", "Some 1,200 workers joined the strike.", "More than 1,200 workers joined the strike."),
    ("agreement", "Up to 300 passengers were stranded.", "Around 300 passengers were stranded."),
    # one hedge in other words
    ("none", "More than 500 flights were cancelled.", "Over 500 flights were cancelled."),
    ("none", "Up to 300 passengers were stranded.", "As many as 300 passengers were stranded."),
    ("none", "Nearly 500 flights were cancelled.", "Almost 500 flights were cancelled."),
    ("none", "About 500 flights were cancelled.", "Some 500 flights were cancelled."),
]


@pytest.mark.parametrize("want,a,b", HEDGES)
def test_hedge_drift(want, a, b):
    from rules import hedge_drift
    out = check_texts({"a.txt": f"Published 12 June 2024\n\n{a}", "b.txt": f"Published 13 June 2024\n\n{b}"},
                      story="s", rules=(hedge_drift.RULE,))
    assert ("agreement" if out else "none") == want

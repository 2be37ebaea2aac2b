"""First-since (NU202), generalised: superlatives of one story's event aligned by the story,
not by exact nouns. Each mechanism has variants in several domains and near-miss negatives.
"""
from __future__ import annotations

import pytest

from checker.engine import check_texts
from rules.first_since import RULE


def _nu202(a: str, b: str, pa: str = "3 May 2021", pb: str = "4 May 2021", extra: dict | None = None):
    texts = {"a.txt": f"Published {pa}\n\n{a}", "b.txt": f"Published {pb}\n\n{b}", **(extra or {})}
    return check_texts(texts, rules=(RULE,))


def _contradicts(findings, *quotes) -> bool:
    return any(f.kind == "contradiction" and all(any(q in c.quote for c in f.claims) for q in quotes)
               for f in findings)


def _kinds(findings) -> set[str]:
    return {f.kind for f in findings}


# Why "hottest day in Orsava since 1976" vs "since 1983" was missed: "day" (like "week",
# "month", "year") was skipped after every superlative, as if it were "the first day of".
# Only "first" makes "day"/"week"/"half" an ordinal; "the wettest month since 1910" is a record.
@pytest.mark.parametrize("a, b", [
    ("Wednesday was the hottest day in the capital since 1976, the weather office said.",
     "Wednesday was the hottest day in the capital since 1983, according to the university."),
    ("Last month was the wettest month in the county since 1910.",
     "It was the wettest month in the county since 1929, forecasters said."),
    ("Friday was the worst day for the stock market since 2008.",
     "It was the worst day for the market since 2011, traders said."),
    ("Sunday night was the coldest night in the city since 1956.",
     "The coldest night in the city since 1963 left pipes frozen."),
])
def test_superlative_day_month_records_align(a, b):
    years = [w for w in (a + " " + b).replace(",", " ").replace(".", " ").split() if w.isdigit()]
    assert _contradicts(_nu202(a, b), *(f"since {y}" for y in years))


@pytest.mark.parametrize("text", [
    "It was the first day of the strike since the talks collapsed in 2019.",
    "Shares rose on the first day of trading since 2020 began.",
    "It was the first week in office since 2019 for the new mayor.",
])
def test_first_day_week_is_no_record(text):
    assert not _nu202(text, "Nothing happened.")


# Why "worst accident in the region's mines since 1987" vs "worst mining disaster in the
# region since 1994" was missed: the heads differ (accident, disaster) and the wording shares
# one word in five. Accident, disaster, tragedy, catastrophe are one kind of noun: the story's
# incident. Two such records of one severity in one story, each article stating one, that
# share a word of the story (mine/mining, region) are one claim.
@pytest.mark.parametrize("a, b", [
    ("The union said it was the worst accident in the region's mines since 1987.",
     "This was the worst mining disaster in the region since 1994."),
    ("It was the deadliest accident on the country's railways since 1998.",
     "Officials called it the worst rail disaster in the country since 2003."),
    ("It was the worst tragedy at sea in the region since 1987, the coastguard said.",
     "The sinking was the deadliest ferry disaster in the region since 1994."),
    ("It was the worst accident in the province's factories since 1976.",
     "It was the deadliest industrial catastrophe in the province since 1984, unions said."),
])
def test_worst_incident_records_of_one_story_align(a, b):
    assert "contradiction" in _kinds(_nu202(a, b))


@pytest.mark.parametrize("a, b", [
    # an incident and a strike are two different records
    ("It was the worst accident at the plant since 1990.", "It was the worst strike at the plant since 1985."),
    # different severities of scale: worst vs largest
    ("It was the worst accident in the region since 1987.", "It was the largest rescue in the region since 1994."),
    # nothing in common but the incident noun
    ("It was the worst accident on the motorway since 1990.", "It was the worst disaster for the football club since 1985."),
])
def test_different_records_stay_apart(a, b):
    assert not {"contradiction", "agreement"} & _kinds(_nu202(a, b))


def test_two_incident_records_in_one_article_stay_apart():
    a = ("It was the worst accident in the region's mines since 1987 and the worst disaster "
         "for the region's farms since 1990.")
    b = "It was the worst mining disaster in the region since 1994."
    assert not _contradicts(_nu202(a, b), "since 1987", "since 1994")


# Why "first national exam cancelled since 2011" vs "the first time since 1998 that a
# baccalaureate paper has been annulled" was missed: the event is a verb (cancelled /
# annulled) whose words differ, and its object is named differently (exam / paper). A verb
# event of one class, stated once per article about the story's subject, is one claim.
@pytest.mark.parametrize("a, b", [
    ("The mathematics paper leaked online. It is the first national exam cancelled since 2011, the ministry said.",
     "The exam was sat on Monday. It is the first time since 1998 that a baccalaureate paper has been "
     "annulled, the opposition said."),
    ("It is the first election annulled since 1996, the court said.",
     "It is the first time since 2003 that a vote has been cancelled by the court."),
    ("It is the first conviction overturned since 2001, the lawyers said.",
     "It is the first time since 1995 that a conviction has been quashed on appeal."),
    ("It is the first match abandoned since 2009, the league said.",
     "The match was stopped at half-time. It is the first time since 2012 that a game has been scrapped, "
     "the club said."),
])
def test_verb_event_records_align_across_wordings(a, b):
    assert "contradiction" in _kinds(_nu202(a, b))


@pytest.mark.parametrize("a, b", [
    # two verb classes
    ("It is the first national exam cancelled since 2011.",
     "It is the first time since 1998 that a minister has resigned over an exam."),
    # a visit and a protest: different records
    ("It was the first visit by a president since 2005.", "It was the largest protest in the capital since 1989."),
])
def test_verb_event_records_of_other_events_stay_apart(a, b):
    assert not {"contradiction", "agreement"} & _kinds(_nu202(a, b))


def test_two_cancellations_in_one_article_are_two_records():
    a = "It is the first match cancelled since 2001 and the first concert cancelled since 1990."
    b = "It is the first time since 1995 that a concert has been scrapped at the stadium."
    found = _nu202(a, b)
    assert not _contradicts(found, "since 2001", "since 1995")


# One event as a noun and as a clause, and record nouns of one kind: "the first conviction of
# a sitting MP" / "a serving MP has been convicted"; "first cup win" / "has won the cup";
# fire/blaze, rain/rainfall, protest/demonstration, crash/accident.
@pytest.mark.parametrize("a, b", [
    ("It was the club's first cup win since 2010.", "It is the first time since 2012 that the team has won the cup."),
    ("It is the first conviction of a sitting MP since 1983.",
     "It is the first time since 1979 that a serving MP has been convicted."),
    ("It was the first evacuation of the island since 1994.",
     "It is the first time since 1997 that the island has been evacuated."),
    ("It was the deadliest fire in the city since 1990.", "It was the worst blaze in the city since 1994."),
    ("It was the heaviest rainfall in the city since 1953.", "It was the heaviest rain in the city since 1961."),
    ("It was the biggest protest in the capital since 1989.", "It was the largest demonstration in the capital since 1991."),
    ("It was the airline's worst crash since 1996.", "It was the deadliest accident for the airline since 1999."),
])
def test_noun_and_clause_forms_of_one_record_align(a, b):
    assert "contradiction" in _kinds(_nu202(a, b))


@pytest.mark.parametrize("a, b", [
    ("It was the club's first home win since 2010.", "It is the first time since 2012 that the team has lost at home."),
    ("It was the club's first cup win since 2010.", "It is the first time since 2012 that the team has won the league."),
    ("It was the first striker signed by the club since 2015.", "It was the first strike at the club since 2012."),
    ("It was the first election in the province since 1990.",
     "It is the first time since 1995 that a mayor has been elected unopposed."),
    ("It was the deadliest fire in the city since 1990.", "It was the largest rally in the city since 1994."),
    ("It was the worst crash on the motorway since 1996.", "It was the worst strike on the railways since 1999."),
])
def test_other_records_of_noun_and_clause_stay_apart(a, b):
    assert not {"contradiction", "agreement"} & _kinds(_nu202(a, b))


# "X last <verb>ed in YEAR" is the year of the previous occurrence, like "the first ... since
# YEAR"; a passive clause ("that the club was relegated") is its participle; a participle after
# the noun ("the biggest fine imposed by") leaves the noun as the head.
@pytest.mark.parametrize("a, b", [
    ("It was the first time in 20 years that the club was relegated.", "The club was last relegated in 1998."),
    ("It was the first major flood in the town since 1997.", "The town last flooded in 2002."),
    ("It is the first time since 1999 that the country has held a referendum.",
     "The country last held a referendum in 1994."),
    ("It was the biggest fine imposed by the regulator since 2015.",
     "It is the largest penalty the regulator has handed out since 2017."),
])
def test_last_verbed_in_year_and_participles_align(a, b):
    assert "contradiction" in _kinds(_nu202(a, b))


@pytest.mark.parametrize("a, b", [
    ("The club was last relegated in 1998.", "It was the club's first promotion since 2004."),
    ("The town last flooded in 2002.", "It was the first fire in the town since 1997."),
    ("He last visited the plant in 2019.", "It was the first strike at the plant since 2015."),
    ("The team last won the cup in 2019.", "It was the team's first cup defeat since 2015."),
])
def test_last_verbed_of_other_events_stay_apart(a, b):
    assert not {"contradiction", "agreement"} & _kinds(_nu202(a, b))


def test_last_verbed_this_year_is_no_previous_occurrence():
    assert not _nu202("The town last flooded in 2021, in March.", "Nothing else.", pa="3 May 2021")


def test_records_of_two_different_days_stay_apart():
    found = _nu202("Tuesday was the hottest day in the city since 1976, forecasters said.",
                   "Wednesday was the hottest day in the city since 1983.", pa="Thursday 18 July 2024", pb="19 July 2024")
    assert not {"contradiction", "agreement"} & _kinds(found)


# A light verb's object is the event: "the first time since 2015 that the union has called a
# strike" is a "first strike"; "called off a strike" is not.
@pytest.mark.parametrize("a, b", [
    ("It was the first time since 2015 that the union has called a strike.", "It is the first strike by teachers since 2011."),
    ("It is the first time since 2012 that the government has ordered an evacuation of the valley.",
     "It is the valley's first evacuation since 2015."),
    ("It is the first time since 2009 that the country has held a referendum.", "It is the first referendum since 2005."),
])
def test_light_verb_clause_is_its_object(a, b):
    assert "contradiction" in _kinds(_nu202(a, b))


@pytest.mark.parametrize("a, b", [
    ("It was the first time since 2015 that the union has called off a strike.", "It is the first strike by teachers since 2011."),
    ("It was the first time since 2015 that the union has won a strike ballot.", "It is the first strike by teachers since 2011."),
])
def test_phrasal_or_other_verb_clause_is_not_its_object(a, b):
    assert not {"contradiction", "agreement"} & _kinds(_nu202(a, b))

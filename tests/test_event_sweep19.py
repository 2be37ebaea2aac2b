"""Event dates (DT101), round 19: a sweep of the event classes, the nights and the ranges.

Invented sentences, two domains or more per class: each pair is one fact in two words of its
class ("torn down" / "demolished"), or its verb and its noun ("was stolen" / "the theft"), and
must contradict when the days differ. The precision tests keep apart what an editor keeps
apart (a collapse and a demolition, a sacking and a resignation, a disappearance and a find,
an evacuation and a sheltering). Night dates: "late on the 3rd" is not contradicted by "the
early hours of the 4th". Ranges in every written form.
"""
import datetime as dt

import pytest

from checker.extract.dates import extract_times
from tests.event_helpers import _has, _silent


def _pair(a: str, b: str, pub_a: str = "4 March 2024", pub_b: str = "5 March 2024", lede: bool = False) -> dict:
    pre = "Residents reacted with dismay to the news. " if lede else ""
    return {
        "a.txt": f"Local news update\n\nPublished {pub_a}\n\n{pre}{a}\n",
        "b.txt": f"Regional round-up\n\nPublished {pub_b}\n\n{pre}{b}\n",
    }


# --- one fact, two words of its class: different days contradict ---------------------------

CONTRADICT = [
    # demolition: a building, a bridge, a chimney
    ("The old footbridge was torn down on 2 March.", "The old footbridge was demolished on 1 March."),
    ("Crews pulled down the chimney on 1 March.", "The chimney was razed on 2 March."),
    ("The tower was demolished on 1 March.", "The demolition on 2 March drew crowds."),
    ("The grandstand was bulldozed on 1 March.", "The grandstand was knocked down on 2 March."),
    # theft: art, vehicles, cash
    ("Thieves stole the painting on 1 March.", "The painting was stolen on 2 March."),
    ("The statue was stolen on 1 March.", "The theft on 2 March shocked staff."),
    ("The gallery was burgled on 1 March.", "The burglary at the gallery on 2 March shocked staff."),
    ("The cash van was robbed on 1 March.", "Thieves robbed the cash van on 2 March."),
    # structural failure: bridges, cranes, walls, levees
    ("The bridge buckled on 1 March.", "The bridge collapsed on 2 March."),
    ("The crane toppled on 1 March.", "The crane collapsed on 2 March."),
    ("The harbour wall crumbled on 1 March.", "The harbour wall gave way on 2 March."),
    ("The levee gave way on 1 March.", "The levee failed on 2 March."),
    # sinking and explosions
    ("The ferry sank on 1 March.", "The ferry went down on 2 March."),
    ("The trawler foundered on 1 March.", "The trawler sank on 2 March."),
    ("The bomb exploded on 1 March.", "The bomb went off on 2 March."),
    ("The boiler exploded on 1 March.", "The boiler went off on 2 March."),
    # courts: sentencing, charges
    ("The coach was jailed on 1 March.", "The coach was sentenced on 2 March."),
    ("The fraudster was imprisoned on 1 March.", "The fraudster was sentenced on 2 March."),
    ("The mayor was charged on 1 March.", "The mayor was indicted on 2 March."),
    ("The trader was indicted on 1 March.", "The trader was charged on 2 March."),
    # resignations and dismissals: clubs, companies, governments
    ("The chairman stood down on 1 March.", "The chairman resigned on 2 March."),
    ("The minister stepped aside on 1 March.", "The minister resigned on 2 March."),
    ("The chief executive was sacked on 1 March.", "The chief executive was dismissed on 2 March."),
    ("The head coach was ousted on 1 March.", "The head coach was sacked on 2 March."),
    # onsets of violence
    ("Violence erupted in the square on 1 March.", "Violence flared up in the square on 2 March."),
    ("Fighting broke out in the camp on 1 March.", "Fighting erupted in the camp on 2 March."),
    # disappearances
    ("The boy went missing on 1 March.", "The boy disappeared on 2 March."),
    ("The hiker vanished on 1 March.", "The disappearance on 2 March alarmed the village."),
    # launches and swearing-in
    ("The satellite lifted off on 1 March.", "The launch on 2 March went well."),
    ("The rocket blasted off on 1 March.", "The rocket lifted off on 2 March."),
    ("The governor was sworn in on 1 March.", "The governor took office on 2 March."),
    ("The new mayor was inaugurated on 1 March.", "The new mayor was sworn in on 2 March."),
    # arson and fires
    ("The barn burned down on 1 March.", "The barn was torched on 2 March."),
    ("The pier caught fire on 1 March.", "The pier fire broke out on 2 March."),
    ("The clubhouse was set alight on 1 March.", "The clubhouse burned down on 2 March."),
    # discoveries
    ("Engineers traced the fault on 1 March.", "Engineers identified the fault on 2 March."),
    ("Auditors unearthed the fraud on 1 March.", "Auditors discovered the fraud on 2 March."),
    # decisions: scrapping, bans, approvals
    ("The council scrapped the parking scheme on 1 March.", "The council axed the parking scheme on 2 March."),
    ("The ministry abolished the levy on 1 March.", "The ministry scrapped the levy on 2 March."),
    ("The league outlawed the tackle on 1 March.", "The league banned the tackle on 2 March."),
    ("The plan was signed off on 1 March.", "The plan was approved on 2 March."),
    ("The budget was rubber-stamped on 1 March.", "The budget was approved on 2 March."),
    # reopenings, contamination, cyber attacks
    ("The museum reopened on 1 March.", "The museum's reopening on 2 March drew crowds."),
    ("The water supply was contaminated on 1 March.", "The water supply was poisoned on 2 March."),
    ("The hospital was hacked on 1 March.", "The hospital was hacked on 2 March, its board said."),
    # arrests
    ("The suspect was arrested on 1 March.", "The suspect was apprehended on 2 March."),
]


@pytest.mark.parametrize("a,b", CONTRADICT, ids=[a[:40] for a, _ in CONTRADICT])
def test_one_fact_in_two_words_contradicts(a, b):
    assert _has(_pair(a, b), "contradiction")
    assert _has(_pair(a, b, lede=True), "contradiction")


# --- nouns of the new and widened event words ------------------------------------------------

NOUNS = [
    ("The tornado struck late on 1 March, flattening barns.", "The tornado began on 3 March, forecasters said."),
    ("The blizzard of 1 March closed schools.", "The blizzard began on 3 March, forecasters said."),
    ("The inferno of 1 March gutted the mill.", "The inferno broke out on 3 March."),
    ("The bushfire of 1 March destroyed homes.", "The bushfire broke out on 3 March."),
    ("The pile-up on 1 March closed the motorway.", "The pile-up on 3 March closed the motorway."),
    ("The temblor on 1 March shook the valley.", "The temblor on 3 March shook the valley."),
]


@pytest.mark.parametrize("a,b", NOUNS, ids=[a[:40] for a, _ in NOUNS])
def test_new_event_nouns_contradict(a, b):
    assert _has(_pair(a, b), "contradiction")


# --- precision: what an editor keeps apart ---------------------------------------------------

APART = [
    # an accident is not a demolition
    ("The bridge collapsed on 1 March.", "The bridge was demolished on 2 March."),
    ("The chimney fell down on 1 March.", "The chimney was pulled down on 2 March."),
    # a sacking is not a resignation
    ("The chief executive was sacked on 1 March.", "The chief executive resigned on 2 March."),
    ("The manager was dismissed on 1 March.", "The manager stepped down on 2 March."),
    # a disappearance is not a find
    ("The boy went missing on 1 March.", "The boy was found on 2 March."),
    ("The dog vanished on 1 March.", "The dog was spotted on 2 March."),
    # an evacuation is not a sheltering
    ("The school was evacuated on 1 March.", "Pupils sheltered in the school on 2 March."),
    ("The village was evacuated on 1 March.", "Villagers sheltered in the church on 2 March."),
    # a charge is not a conviction, a jailing not an arrest
    ("The mayor was charged on 1 March.", "The mayor was convicted on 2 March."),
    ("The treasurer was arrested on 1 March.", "The treasurer was jailed on 2 March."),
    # a theft is not a recovery
    ("The painting was stolen on 1 March.", "The painting was recovered on 2 March."),
    # a lift-off is not a landing
    ("The capsule lifted off on 1 March.", "The capsule landed on 2 March."),
    # a swearing-in is not an election
    ("The governor was sworn in on 1 March.", "The governor was elected on 2 March."),
    # an eruption of violence is not its end
    ("Fighting broke out in the camp on 1 March.", "Fighting ended in the camp on 2 March."),
]


@pytest.mark.parametrize("a,b", APART, ids=[a[:40] for a, _ in APART])
def test_different_facts_stay_apart(a, b):
    assert _silent(_pair(a, b))
    assert _silent(_pair(a, b, lede=True))


def test_rockets_fired_are_no_dismissal():
    arts = _pair("Militants fired rockets at the town on 1 March.", "The town's mayor was sacked on 2 March.")
    assert _silent(arts)


def test_gutted_fans_are_no_fire():
    arts = _pair("Fans were gutted on 1 March after the defeat.", "The stadium fire broke out on 2 March.")
    assert _silent(arts)


# --- nights: two dates both right -----------------------------------------------------------

WED = dt.date(2024, 3, 6)


def _times(s: str, pub: dt.date = WED):
    return [(t.text, t.start, t.end) for t in extract_times(s, pub)]


def test_late_weekday_is_a_night():
    assert _times("The bridge collapsed late Monday.") == [("late Monday", dt.date(2024, 3, 4), dt.date(2024, 3, 5))]
    assert _times("The bridge collapsed late on Monday.")[0][1:] == (dt.date(2024, 3, 4), dt.date(2024, 3, 5))


def test_late_on_date_is_a_night():
    assert _times("The roof fell in late on 4 March.")[0][1:] == (dt.date(2024, 3, 4), dt.date(2024, 3, 5))
    assert _times("The roof fell in late at night on 4 March.")[0][1:] == (dt.date(2024, 3, 4), dt.date(2024, 3, 5))


def test_early_hours_stay_their_day():
    assert _times("The bridge collapsed in the early hours of Tuesday.")[0][1:] == (dt.date(2024, 3, 5),) * 2


def test_last_night_and_this_morning():
    assert _times("The warehouse roof collapsed last night.") == [("last night", dt.date(2024, 3, 5), dt.date(2024, 3, 6))]
    assert _times("The plant reopened this morning.") == [("this morning", WED, WED)]


def test_the_last_night_of_is_no_date():
    assert all(t[0] != "last night" for t in _times("The last night of the festival was 2 March."))


def test_stated_weekday_and_date_stays_one_day():
    got = _times("Fire crews arrived late on Sunday, March 3.")
    assert got and got[0][1] == got[0][2]


def test_late_on_third_agrees_with_early_hours_of_fourth():
    arts = _pair("The barn fire started late on Monday.", "The barn fire started in the early hours of Tuesday.",
                 "6 March 2024", "7 March 2024")
    assert _silent(arts)
    arts = _pair("The grain store fire started late on 3 March.", "The grain store fire started in the early hours of 4 March.",
                 "6 March 2024", "7 March 2024")
    assert _silent(arts)


def test_two_days_apart_still_contradict():
    arts = _pair("The barn fire started late on Monday.", "The barn fire started on Wednesday.", "7 March 2024", "8 March 2024")
    assert _has(arts, "contradiction")


def test_last_night_against_two_days_before():
    arts = _pair("The warehouse roof collapsed last night.", "The warehouse roof collapsed on Monday.",
                 "6 March 2024", "7 March 2024")
    assert _has(arts, "contradiction")
    arts = _pair("The warehouse roof collapsed last night.", "The warehouse roof collapsed on Tuesday night.",
                 "6 March 2024", "7 March 2024")
    assert _silent(arts)


# --- ranges in every written form -----------------------------------------------------------

MARCH_20 = dt.date(2024, 3, 20)


@pytest.mark.parametrize("text", [
    "from 3 to 9 March", "from March 3 to March 9", "March 3-9", "3-9 March", "between 3 and 9 March",
    "between March 3 and March 9", "from 3 March until 9 March", "3 through 9 March", "March 3 through 9",
    "from 3 March through to 9 March", "March 3 through to 9", "from the 3rd to the 9th of March",
    "from the 3rd to 9th March", "3–9 March", "March 3rd-9th",
])
def test_range_forms(text):
    got = [t for t in extract_times(f"The water festival ran {text}.", MARCH_20) if t.form == "range"]
    assert got and (got[0].start, got[0].end) == (dt.date(2024, 3, 3), dt.date(2024, 3, 9))


def test_between_weekdays_is_a_range_but_a_list_is_not():
    got = extract_times("The book fair ran between Monday and Friday.", MARCH_20)
    assert [t.form for t in got] == ["range"]
    got = extract_times("Meetings were on Monday and Friday.", MARCH_20)
    assert "range" not in [t.form for t in got]


def test_the_third_alone_stays_a_day():
    got = extract_times("It reopened on the 3rd and closed on the 9th.", MARCH_20)
    assert [t.form for t in got] == ["date", "date"]


@pytest.mark.parametrize("a,b", [
    ("The water festival ran from the 3rd to the 9th of March.", "The water festival ran between 3 and 11 March."),
    ("The road closure lasted from 3 March through to 9 March.", "The road closure ran March 3-11."),
    ("The book fair ran between Monday and Friday.", "The book fair ran from Monday to Thursday."),
])
def test_same_start_other_end_contradicts(a, b):
    assert _has(_pair(a, b, "20 March 2024", "21 March 2024"), "contradiction")


@pytest.mark.parametrize("a,b", [
    ("The water festival ran from 3 to 9 March.", "The water festival on 5 March drew crowds."),
    ("The road closure lasted from 3 March through to 9 March.", "The road closure was in place on 7 March."),
])
def test_date_inside_range_does_not_contradict(a, b):
    assert _silent(_pair(a, b, "20 March 2024", "21 March 2024"))


# --- round-19 classes with a noun family: killings, approvals, escapes, mergers, takeovers ----

FAMILY_PAIRS = [
    ("The banker was murdered on 1 March.", "The murder on 2 March shocked the town, officials said."),
    ("The activist was assassinated on 1 March.", "The assassination on 2 March shocked the town."),
    ("The bill was approved on 1 March.", "The approval on 2 March cleared the way for works."),
    ("The treaty was ratified on 1 March.", "The ratification on 2 March was welcomed."),
    ("The prisoner escaped on 1 March.", "The escape on 2 March embarrassed the prison service."),
    ("Two inmates absconded on 1 March.", "The jailbreak on 2 March embarrassed the prison service."),
    ("The two banks merged on 1 March.", "The merger on 2 March created a giant."),
    ("The two dairies merged on 1 March.", "The merger on 2 March closed a plant."),
    ("The brewery was taken over on 1 March.", "The takeover on 2 March cost jobs."),
    ("The rival bought out the airline on 1 March.", "The buyout on 2 March cost jobs."),
    ("Troops invaded the island on 1 March.", "The invasion on 2 March drew protests."),
    ("The driver was acquitted on 1 March.", "The acquittal on 2 March angered the family."),
]


@pytest.mark.parametrize("a,b", FAMILY_PAIRS, ids=[a[:40] for a, _ in FAMILY_PAIRS])
def test_verb_and_family_noun_contradict(a, b):
    assert _has(_pair(a, b), "contradiction")


@pytest.mark.parametrize("a,b", [
    # a takeover is not a merger, an escape not a release, a shooting not a killing
    ("The brewery was taken over on 1 March.", "The brewery merged with a rival on 2 March."),
    ("The prisoner escaped on 1 March.", "The prisoner was released on 2 March."),
    ("The teenager was shot on 1 March.", "The murder on 2 March shocked the town."),
    ("The bill was approved on 1 March.", "The bill was rejected on 2 March."),
])
def test_family_neighbours_stay_apart(a, b):
    assert _silent(_pair(a, b))


@pytest.mark.parametrize("a,b", [
    ("Services on the coastal line resumed on 1 March.", "Services on the coastal line reopened on 2 March."),
    ("Production at the smelter resumed on 1 March.", "Production at the smelter restarted on 2 March."),
])
def test_resumed_is_reopened(a, b):
    assert _has(_pair(a, b), "contradiction")


def test_a_resumed_trial_is_one_sitting_of_many():
    assert _silent(_pair("The trial resumed on 1 March.", "The trial resumed on 2 March."))


@pytest.mark.parametrize("text", [
    "The dam burst at 11pm on Monday.", "The dam burst at about 10.30 p.m. on Monday.",
    "The dam burst shortly before midnight on Monday.", "The dam burst at 23:40 on 4 March.",
])
def test_late_evening_clock_time_is_the_night(text):
    t = extract_times(text, WED)[0]
    assert (t.start, t.end) == (dt.date(2024, 3, 4), dt.date(2024, 3, 5))


def test_afternoon_clock_time_stays_its_day():
    t = extract_times("The dam burst at 3pm on Monday.", WED)[0]
    assert t.start == t.end


def test_eleven_pm_against_early_hours_is_no_contradiction():
    arts = _pair("The sluice gate failed at 11pm on Monday.", "The sluice gate failed in the early hours of Tuesday.",
                 "6 March 2024", "7 March 2024")
    assert _silent(arts)


@pytest.mark.parametrize("a,b", [
    ("The council granted planning permission on 1 March.", "Planning permission was approved on 2 March."),
    ("The regulator granted the licence on 1 March.", "The licence was approved on 2 March."),
    ("The flock was culled on 1 March.", "The cull on 2 March upset farmers."),
    ("The herd was culled on 1 March.", "The herd was culled on 2 March, officials said."),
])
def test_grants_and_culls(a, b):
    assert _has(_pair(a, b), "contradiction")


@pytest.mark.parametrize("a,b", [
    # bail is not planning permission; a plea of not guilty is not a guilty plea
    ("The defendant was granted bail on 1 March.", "Planning permission was approved on 2 March."),
    ("The builder pleaded not guilty on 1 March.", "The builder pleaded guilty on 2 March."),
])
def test_grants_and_pleas_apart(a, b):
    assert _silent(_pair(a, b))


def test_month_day_through_the_ordinal_is_a_range():
    got = [t for t in extract_times("The fair ran from March 3 through the 9th.", MARCH_20) if t.form == "range"]
    assert got and (got[0].start, got[0].end) == (dt.date(2024, 3, 3), dt.date(2024, 3, 9))


@pytest.mark.parametrize("text", [
    "It opened on the 3rd and the 9th of March.", "It reopened on the 3rd and 9th March.",
    "It opened on March 3 and the 9th was busy.", "The fair ran from March 3 to the 9th of April.",
])
def test_lists_and_other_months_are_no_range_of_one_month(text):
    assert all(not (t.form == "range" and t.start.month == t.end.month) for t in extract_times(text, MARCH_20))


@pytest.mark.parametrize("a,b", [
    ("The banking app was rolled out on 1 March.", "The launch on 2 March was smooth."),
    ("The new timetable was rolled out on 1 March.", "The new timetable was rolled out on 2 March, the operator said."),
    ("The coach was appointed on 1 March.", "The coach was hired on 2 March."),
    ("The headteacher was appointed on 1 March.", "The appointment on 2 March surprised parents."),
    ("Customs seized the cargo on 1 March.", "The cargo was confiscated on 2 March."),
    ("The yacht was impounded on 1 March.", "The seizure on 2 March angered its owner."),
    ("The activist was deported on 1 March.", "The deportation on 2 March drew protests."),
    ("The diplomat was expelled on 1 March.", "The diplomat was deported on 2 March."),
])
def test_rollouts_appointments_seizures_deportations(a, b):
    assert _has(_pair(a, b), "contradiction")


@pytest.mark.parametrize("a,b", [
    # an appointment is not a dismissal; a refusal to comment is no decision
    ("The coach was appointed on 1 March.", "The coach was sacked on 2 March."),
    ("The club refused to comment on 1 March.", "The club refused to confirm the fee on 2 March."),
])
def test_appointments_and_refusals_apart(a, b):
    assert _silent(_pair(a, b))


def test_a_levy_axed_from_a_date_is_no_dismissal():
    arts = _pair("The levy was axed from 1 March.", "The levy's collector was sacked on 2 March.")
    assert _silent(arts)

"""Precision of figure alignment (NU201): counts of one noun that are different sets.

A figure inside a place phrase counts the places of the word the phrase hangs on ("observers in
140 stations", "tally sheets from all 612 stations"): two such event-less figures hanging on
different words are two sets and never contradict. A past verb with an object after the noun
("officials in two stations destroyed spoiled ballots") is active: its noun did the destroying.
"""
import pytest

from checker.engine import check_texts
from rules import figures

from tests.test_figure_alignment import counted


def verdict(a: str, b: str) -> str:
    out = check_texts({"a.txt": f"Published 12 June 2024\n\n{a}", "b.txt": f"Published 12 June 2024\n\n{b}"},
                      story="s", rules=(figures.RULE,))
    kinds = {f.kind for f in out}
    return "contradiction" if "contradiction" in kinds else "agreement" if "agreement" in kinds else "none"


# --- place phrases hanging on different words are different sets ---------------------------------
@pytest.mark.parametrize("a,b", [
    ("Inspectors checked the safety logs from all 85 factories in the region.",
     "Union stewards in 30 factories reported the safety logs as incomplete."),
    ("The court will review the case files from all 412 branches of the bank.",
     "Auditors in 96 branches flagged case files that were missing."),
    ("Shop stewards in 140 depots signed the letter, the union said.",
     "Pickets were present in 212 depots on Monday, according to the letter."),
    ("Flood wardens in 18 villages sent warnings about the river.",
     "Sandbags from 45 villages were moved to the river bank."),
])
def test_place_phrases_on_different_words_do_not_align(a, b):
    assert verdict(a, b) == "none"


@pytest.mark.parametrize("a,b", [
    ("Ballots from 37 polling stations will be counted again, the commission said.",
     "The commission agreed to recount the ballots in at least 40 polling stations."),
    ("Complaints from 25 schools reached the ministry on Monday.",
     "The ministry has received complaints from at least 40 schools."),
    ("Workers at 14 plants walked out over the pay offer.",
     "Workers at no fewer than 30 plants walked out over pay."),
])
def test_place_phrases_on_the_same_word_still_align(a, b):
    assert verdict(a, b) == "contradiction"


# --- an active verb with an object: the noun is the agent --------------------------------------
@pytest.mark.parametrize("text,quote", [
    ("It is alleged that officials in two polling stations destroyed spoiled ballots.", "two"),
    ("Prosecutors say three clerks destroyed the court records.", "three"),
    ("At least 300 soldiers killed 12 civilians in the raid.", "At least 300"),
    ("Two guards injured several prisoners during the riot.", "Two"),
])
def test_agent_of_an_active_verb_is_not_its_object(text, quote):
    c = counted(text, quote)
    assert c.event not in ("destroyed", "died", "injured")


@pytest.mark.parametrize("text,quote,event", [
    ("Some 200 homes destroyed in the fire were never rebuilt.", "Some 200", "destroyed"),
    ("Nine people died last night in the crush.", "Nine", "died"),
    ("About 40 miners injured by the blast were taken to hospital.", "About 40", None),
])
def test_passive_and_intransitive_verbs_keep_their_event(text, quote, event):
    c = counted(text, quote)
    assert c.event is not None and (event is None or c.event == event)


def test_agent_stations_do_not_lend_an_event_to_other_station_counts():
    a = "Ballots from 37 polling stations will be counted again, the commission said."
    b = "It is alleged that officials in two polling stations destroyed spoiled ballots."
    assert verdict(a, b) == "none"


# --- a higher toll from a side's own source later on is a dispute, not an update ----------------
def dated(a: str, da: str, b: str, db: str) -> str:
    out = check_texts({"a.txt": f"Published {da}\n\n{a}", "b.txt": f"Published {db}\n\n{b}"},
                      story="s", rules=(figures.RULE,))
    kinds = {f.kind for f in out}
    return "contradiction" if "contradiction" in kinds else "agreement" if "agreement" in kinds else "none"


@pytest.mark.parametrize("a,b", [
    ("Seven workers died in the factory fire, the fire service said.",
     "The fire, which unions say killed at least 11 workers, started in a store room."),
    ("Police said 14 people died in the flood.",
     "The flood, which residents say killed at least 20 people, is now the subject of an inquiry."),
    ("Four miners died in the collapse, the mining ministry said.",
     "Relatives say at least six miners died in the collapse."),
])
def test_later_higher_toll_from_a_side_is_a_dispute(a, b):
    assert dated(a, "3 March 2024", b, "2 June 2024") == "contradiction"


@pytest.mark.parametrize("a,b", [
    ("Seven workers died in the factory fire, the fire service said.",
     "The death toll from the factory fire has risen to 11, the fire service said."),
    ("Police said 14 people died in the flood.",
     "Officials said 20 people died in the flood."),
    ("Four miners died in the collapse, the mining ministry said.",
     "Six miners have now died in the collapse."),
])
def test_later_higher_official_or_running_toll_is_an_update(a, b):
    assert dated(a, "3 March 2024", b, "2 June 2024") == "none"


# --- one count under other names: cases of illness, babies and infants, "one ... died" ----------
@pytest.mark.parametrize("a,b", [
    ("The company says it has confirmed fewer than ten cases of illness linked to the salad.",
     "Health officials said 23 diners fell ill after eating the salad."),
    ("The school says there were fewer than five cases of illness after the trip.",
     "Parents said 12 pupils fell ill after the trip."),
    ("The hotel confirmed 8 cases of illness among guests.",
     "At least 30 guests fell ill at the hotel, inspectors said."),
])
def test_cases_of_illness_are_the_people_who_fell_ill(a, b):
    assert verdict(a, b) == "contradiction"


def test_cases_stay_apart_when_two_groups_fell_ill():
    a = "The company confirmed fewer than ten cases of illness linked to the salad."
    b = "Health officials said 23 diners and 14 staff fell ill after eating the salad."
    assert verdict(a, b) == "none"


@pytest.mark.parametrize("a,b", [
    ("Hospital officials said one baby died after the ward's power failed.",
     "Two infants died after the ward's power failed, the families said."),
    ("One worker died in the factory fire, the fire service said.",
     "Three workers died in the factory fire, the union said."),
    ("One miner was killed in the collapse, police said.",
     "Four miners were killed in the collapse, the union said."),
])
def test_one_in_a_toll_is_a_count(a, b):
    assert verdict(a, b) == "contradiction"


@pytest.mark.parametrize("text", [
    "One thing was clear after the hearing, the judge said.",
    "One of them died later in hospital.",
    "The court heard from one witness who was injured.",
])
def test_bare_one_is_still_no_figure(text):
    from checker.extract.dates import extract_times
    from checker.extract.numbers import extract_figures
    spans = [(t.start_offset, t.end_offset) for t in extract_times(text, None)]
    assert not [f for f in extract_figures(text, spans) if f.text.lower() == "one"]


@pytest.mark.parametrize("a,b", [
    ("The club said 41,200 people were inside the ground when the match was stopped.",
     "Nearly 38,000 people were inside the ground when the match was stopped."),
    ("Some 300 workers were inside the plant when the fire broke out, the company said.",
     "About 120 workers were inside the plant when the fire broke out."),
    ("The organisers said 5,000 people were in attendance at the concert.",
     "Police said 2,000 people were in attendance at the concert."),
])
def test_people_inside_are_one_count(a, b):
    assert verdict(a, b) == "contradiction"


def test_people_inside_are_not_the_capacity():
    a = "Nearly 38,000 people were inside the ground, far below its capacity of 42,000."
    b = "The ground has a capacity of 42,000 and 41,200 tickets were sold."
    assert verdict(a, b) != "contradiction"


# --- how long until something happened to one named thing -------------------------------------
@pytest.mark.parametrize("a,b", [
    ("The match was stopped after 14 minutes, the referee said.", "The match was stopped after 21 minutes."),
    ("The flight was diverted after 40 minutes, the airline said.", "The flight was diverted after 95 minutes."),
    ("The hearing was adjourned after 20 minutes.", "The hearing was adjourned after 45 minutes, lawyers said."),
])
def test_time_until_one_thing_happened(a, b):
    assert verdict(a, b) == "contradiction"


@pytest.mark.parametrize("a,b", [
    ("A girl was rescued after 30 hours under the rubble.", "A man was rescued after 52 hours under the rubble."),
    ("The match was stopped after 14 minutes.", "The match was abandoned after 40 minutes."),
    ("The strike ended after 12 days.", "The strike was called off after 15 days of talks."),
])
def test_other_things_or_verbs_are_other_durations(a, b):
    assert verdict(a, b) == "none"


# --- attribution drift (SR402): a closing reporting tag vouches for the whole sentence ----------
from rules import attribution_drift  # noqa: E402


def drift(a: str, b: str) -> bool:
    out = check_texts({"a.txt": f"Published 12 June 2024\n\n{a}", "b.txt": f"Published 13 June 2024\n\n{b}"},
                      story="s", rules=(figures.RULE, attribution_drift.RULE))
    return any(f.code == attribution_drift.CODE for f in out)


@pytest.mark.parametrize("a,b", [
    ("Some 4,000 ballots were declared invalid, most of them because voters marked two boxes, the commission said.",
     "Some 4,000 ballots were thrown out as invalid, the Democratic Alliance said."),
    ("About 1,200 workers walked out, most of them because pay was frozen, the labour ministry said.",
     "About 1,200 workers walked out, the opposition party said."),
    ("Some 300 homes were flooded, many of them because the levee failed, the council said.",
     "Some 300 homes were flooded, the opposition said."),
])
def test_closing_tag_source_drifts_to_a_party(a, b):
    assert drift(a, b)


@pytest.mark.parametrize("a,b", [
    ("Some 4,000 ballots were declared invalid, most of them because voters marked two boxes, the commission said.",
     "Some 4,000 ballots were thrown out as invalid, the interior ministry said."),
    ("Some 300 homes were flooded in the district that the council said was at risk.",
     "Some 300 homes were flooded, the opposition said."),
])
def test_same_kind_or_a_source_inside_a_clause_is_no_drift(a, b):
    assert not drift(a, b)


# --- a rise back to an earlier article's figure is no update of the low one in between ----------
def three(a: str, b: str, c: str) -> list[tuple[str, ...]]:
    out = check_texts({"a.txt": f"Published 1 March 2024\n\n{a}", "b.txt": f"Published 11 March 2024\n\n{b}",
                       "c.txt": f"Published 25 March 2024\n\n{c}"}, story="s", rules=(figures.RULE,))
    return sorted(tuple(sorted({x.article for x in f.claims})) for f in out if f.kind == "contradiction")


@pytest.mark.parametrize("a,b,c", [
    ("Health officials said 14 guests fell ill at the hotel.", "The hotel says fewer than ten guests fell ill.",
     "Fourteen guests fell ill at the hotel, inspectors said."),
    ("Police said 30 protesters were arrested at the march.", "The organisers said fewer than 20 protesters were arrested at the march.",
     "Some 30 protesters were arrested at the march, lawyers said."),
    ("Officials said 12 miners were injured in the blast.", "The company said 8 miners were injured in the blast.",
     "Twelve miners were injured in the blast, the union said."),
])
def test_rise_back_to_an_earlier_figure_is_no_update(a, b, c):
    pairs = three(a, b, c)
    assert ("a", "b") in pairs and ("b", "c") in pairs


def test_steady_rise_stays_an_update():
    pairs = three("Officials said 8 miners were injured in the blast.",
                  "Officials said 10 miners have been injured in the blast so far.",
                  "Officials said 12 miners have been injured in the blast so far.")
    assert pairs == []


# --- an owner ("the region's") is never the head of a percentage -------------------------------
@pytest.mark.parametrize("text,quote,head", [
    ("Turnout was 58.3 percent of the region's 1.1 million registered voters.", "58.3 percent", "turnout"),
    ("Turnout was 44 percent of the city's 300,000 voters, officials said.", "44 percent", "turnout"),
    ("The margin was 3 percent of the county's votes.", "3 percent", "margin"),
])
def test_owner_is_not_the_head(text, quote, head):
    assert counted(text, quote).head == head


def test_turnout_with_an_owner_agrees_with_plain_turnout():
    a = "Turnout was 58.3 percent of the region's 1.1 million registered voters, the commission said."
    b = "Turnout was just over 58 percent, the commission said."
    assert verdict(a, b) == "agreement"


def test_plain_of_noun_keeps_its_head():
    assert counted("Turnout was 61 percent of the electorate.", "61 percent").head == "electorate"

"""Event dates (DT101), round 16.

Invented sentences in domains other than the development stories: a later article's new date
for an event still ahead (a change of plan, not a conflict), a range under way on the
publication day written in the future tense ("will run from 3 March to 2 April", printed on 20
March), and a recurring event's series named by a plural subject of a light verb ("the audits
will run from") against the same series named by the noun ("the audit programme").
"""
import datetime as dt

from checker.extract.dates import extract_times
from checker.extract.events import noun_key
from tests.event_helpers import _findings, _has, _silent


# --- a later-published new date for a future event is a change of plan ----------------------

def test_later_article_new_date_for_future_event_is_no_contradiction():
    arts = {
        "a.txt": "Harbour board to decide on ferry fares\n\nPublished 2 May 2024\n\nThe harbour board will "
                 "vote on the new ferry fares on May 20, its chair said.\n",
        "b.txt": "Ferry fares decision delayed\n\nPublished 16 May 2024\n\nThe harbour board's vote on "
                 "ferry fares, now scheduled for June 11, was moved because two members were abroad.\n",
    }
    assert _silent(arts)


def test_two_plans_of_one_day_still_contradict():
    arts = {
        "a.txt": "Harbour board to decide on ferry fares\n\nPublished 2 May 2024\n\nThe harbour board will "
                 "vote on the new ferry fares on May 20, its chair said.\n",
        "b.txt": "Ferry fares: vote date set\n\nPublished 2 May 2024\n\nThe harbour board's vote on ferry "
                 "fares will take place on May 21, the board's secretary said.\n",
    }
    assert _has(arts, "contradiction", "May 20", "May 21")


# --- a range under way on the publication day is this year's --------------------------------

def test_future_range_under_way_is_this_year():
    s = "The library's reading festival will run from 3 March to 2 April."
    t = next(t for t in extract_times(s, dt.date(2025, 3, 20)) if t.form == "range")
    assert t.start == dt.date(2025, 3, 3) and t.end == dt.date(2025, 4, 2)


def test_future_range_not_yet_begun_stays_ahead():
    s = "The reading festival will run from 3 March to 2 April."
    t = next(t for t in extract_times(s, dt.date(2025, 12, 1)) if t.form == "range")
    assert t.start == dt.date(2026, 3, 3)


def test_crossing_range_under_way_is_this_winter():
    s = "Night trains will run from 20 December to 6 January."
    t = next(t for t in extract_times(s, dt.date(2025, 1, 2)) if t.form == "range")
    assert t.start == dt.date(2024, 12, 20) and t.end == dt.date(2025, 1, 6)


# --- a series named by a plural light-verb subject is the series --------------------------

def test_series_by_plural_subject_against_programme_noun():
    arts = {
        "a.txt": "Water board orders checks on old mains\n\nPublished 4 March 2025\n\nThe audit programme "
                 "will run from 10 to 28 March, the water board's chief engineer said.\n",
        "b.txt": "Mains checks extended\n\nPublished 20 March 2025\n\nThe water board says its audits of "
                 "mains laid before 1960 will run from 10 March to 11 April.\n",
    }
    assert _has(arts, "contradiction", "10 to 28 March", "10 March to 11 April")


# --- "the X roof" is "the roof of X" --------------------------------------------------------

def test_part_noun_after_its_whole_is_the_whole():
    arts = {
        "a.txt": "Market hall roof gives way\n\nPublished 9 July 2024\n\nThe roof of a covered market hall in "
                 "Dunmore collapsed on 7 July after days of rain, the fire service said.\n",
        "b.txt": "Traders count losses\n\nPublished 10 July 2024\n\nStallholders were still clearing stock "
                 "after the market hall roof fell in on 6 July.\n",
    }
    assert _has(arts, "contradiction", "7 July", "6 July")


def test_part_noun_of_a_different_whole_stays_apart():
    arts = {
        "a.txt": "Storm damage\n\nPublished 9 July 2024\n\nThe roof of the bus depot collapsed on 7 July, "
                 "the fire service said.\n",
        "b.txt": "Storm damage\n\nPublished 10 July 2024\n\nThe school roof fell in on 6 July, staff said.\n",
    }
    assert _silent(arts)


def test_two_previews_without_a_change_of_plan_still_contradict():
    arts = {
        "a.txt": "Dockers to strike\n\nPublished 2 May 2024\n\nDock workers at Ravenholt will strike from "
                 "May 20 to May 23, their union said.\n",
        "b.txt": "Port braces for strike\n\nPublished 9 May 2024\n\nDock workers at Ravenholt will strike from "
                 "May 20 to May 25, the port authority said.\n",
    }
    assert _has(arts, "contradiction", "May 23", "May 25")


# --- a main event whose noun is not its verb's form ("theft" / "stolen") --------------------

def test_main_stems_read_an_irregular_noun_and_verb():
    from checker.extract.events import main_stems
    stems = main_stems([
        ("Painting stolen from harbour museum", "A landscape by a local artist was stolen late Friday from the "
         "harbour museum, police said."),
        ("Museum theft: what we know", "Police are hunting two men after the theft of a landscape from the "
         "harbour museum."),
    ])
    assert "steal" in stems


def test_phrasal_verb_of_the_class_past_a_number_with_a_comma():
    from checker.extract.events import main_verb_event
    s = ("Farmers were left short after raiders made off with a trailer holding 12,000 litres of diesel from "
         "the depot on the night of May 3.")
    ref = main_verb_event(s, s.index("the night"), frozenset({"steal"}))
    assert ref is not None and ref.event == "act steal"


def _museum(second: str) -> dict:
    return {
        "a.txt": "Painting stolen from harbour museum\n\nPORTLEVEN, June 4, 2024 (CPA) — A landscape by a local "
                 "artist was stolen late Sunday from the harbour museum, police said.\n",
        "b.md": "# Museum theft: what we know\n\nPublished 6 June 2024\n\n" + second + "\n",
    }


def test_relative_weekday_with_part_of_day_agrees_with_night_of_date():
    arts = _museum("Police are hunting two men after burglars made off with the landscape from the harbour "
                   "museum on the night of June 2.")
    assert _has(arts, "agreement", "late Sunday", "the night of June 2")


def test_other_day_for_the_theft_contradicts():
    arts = _museum("The landscape, insured for 40,000 euros, was stolen on June 1 from the harbour museum.")
    assert _has(arts, "contradiction", "late Sunday", "June 1")


# --- a main event's verb at a sitting dates it with the sitting's date -----------------------

def _assembly(second: str, third: str) -> dict:
    return {
        "a.txt": "Assembly rejects ferry subsidy\n\nLERWICK, November 14, 2024 (IPA) — The island assembly "
                 "rejected the ferry subsidy bill on Tuesday evening, leaving operators without funding.\n",
        "b.md": "# Ferry subsidy defeated: what next?\n\nPublished 15 November 2024\n\n" + second + "\n",
        "c.txt": "Ferry operators react to subsidy defeat\n\nPublished 20 November 2024\n\n" + third + "\n",
    }


def test_verb_at_a_sitting_agrees_and_contradicts():
    arts = _assembly("Members voted down the ferry subsidy bill by 17 votes to 15 at the assembly's sitting on "
                     "12 November.",
                     "Operators recalled that members turned down the bill in the vote on 11 November.")
    assert _has(arts, "agreement", "on Tuesday evening", "12 November")
    assert _has(arts, "contradiction", "on Tuesday evening", "11 November")


def test_sitting_without_the_main_verb_dates_only_the_sitting():
    from checker.extract.events import main_verb_event
    s = "Members discussed the harbour plan at the assembly's sitting on 12 November."
    assert main_verb_event(s, s.index("12 November"), frozenset({"reject"})) is None


# --- a range right after a noun phrase is that noun's span ----------------------------------

def test_range_after_a_noun_is_its_span():
    from checker.extract.events import noun_span
    s = "Residents were placed under a curfew from 9 May to 14 May, the mayor said."
    ref = noun_span(s, s.index("9 May"))
    assert ref is not None and ref.event == "occur curfew"


def test_range_after_a_noun_contradicts_the_same_span_with_another_end():
    arts = {
        "a.txt": "Tenants offered rent holiday\n\nPublished 2 September 2024\n\nTenants in arrears will be "
                 "offered a rent holiday from September 9 to September 20, the housing trust said.\n",
        "b.txt": "Rent holiday details\n\nPublished 5 September 2024\n\nThe rent holiday runs from 9 September "
                 "to 4 October, the tenants' union said.\n",
    }
    assert _has(arts, "contradiction", "September 9 to September 20", "9 September to 4 October")


# --- a weekday before a noun names which one, not when the verb happened -------------------

def _tribunal(second: str) -> dict:
    return {
        "a.txt": "Council voids quarry permit\n\nPublished 14 May 2025\n\nThe council voided the "
                 "quarry's permit on Monday, after survey papers went missing, officials said.\n",
        "b.txt": "Permit void: quarry workers angry\n\nPublished 20 May 2025\n\n" + second + "\n",
    }


def test_premodifier_weekday_is_not_the_voiding_date():
    arts = _tribunal("The council voided its Sunday approval of the permit on May 12, after the survey papers "
                     "went missing.")
    assert _has(arts, "agreement", "on Monday", "May 12")
    assert not _has(arts, "contradiction", "Sunday")


def test_main_verb_before_the_date_beats_an_event_word_after_it():
    arts = _tribunal("The council voided the permit on May 11, after the quarry's release of the survey was delayed.")
    assert _has(arts, "contradiction", "on Monday", "May 11")


def test_announced_decision_is_dated_by_its_announcement():
    arts = _tribunal("The council announced on May 11 that it had voided the permit.")
    assert _has(arts, "contradiction", "on Monday", "May 11")


def test_announced_theft_is_not_dated_by_its_announcement():
    from checker.extract.events import announced_decision
    s = "Police announced on Monday that the painting had been stolen."
    assert announced_decision(s, s.index("Monday") + 6, frozenset({"steal"})) is None


def test_range_after_a_place_is_not_its_span():
    from checker.extract.events import noun_span
    s = "Inspectors were at the bottling plant from 9 May to 11 May, the agency said."
    assert noun_span(s, s.index("9 May")) is None


# --- an accident named by what failed ("a wheel came off") is the story's accident ----------

def _coach(second: str) -> dict:
    return {
        "a.txt": "Wheel detaches from lorry, two hurt\n\nBRENNSTADT, March 17, 2025 (CPA) — Two "
                 "pedestrians were hurt when a wheel came off a delivery lorry on the ring road on Saturday "
                 "evening, police said.\n",
        "b.md": "# Lorry wheel detachment: questions for the haulier\n\nPublished 20 March 2025\n\n"
                "A rear wheel detached from the lorry near the station, witnesses said. " + second + "\n",
    }


def test_accident_noun_joins_the_verb_of_what_failed():
    arts = _coach("The accident on the ring road happened on March 14 shortly after 7pm.")
    assert _has(arts, "contradiction", "Saturday evening", "March 14")


def test_accident_noun_agrees_with_the_verb_of_what_failed():
    arts = _coach("The accident on the ring road happened on March 15 shortly after 7pm.")
    assert _has(arts, "agreement", "Saturday evening", "March 15")


# --- "the result of the raffle held on", "the raffle of 6 May", "in a statement on" ----------

def test_reduced_relative_after_an_of_phrase_dates_its_noun():
    from checker.extract.events import attach
    s = "The club cancelled the prizes of the raffle held on Friday, May 2, after complaints."
    i = s.index("Friday")
    ref = attach(s, i, i + len("Friday, May 2"), fallback=True)
    assert ref is not None and ref.event == "occur " + noun_key("raffle")


def test_noun_of_a_date_is_its_occurrence():
    from checker.extract.events import noun_of_date
    s = "Members discussed the disputed raffle of 6 May at length."
    ref = noun_of_date(s, s.index("6 May"))
    assert ref is not None and ref.event == "occur " + noun_key("raffle")
    s2 = "She quoted the letter of 6 May."
    assert noun_of_date(s2, s2.index("6 May")) is None


def test_raffle_dates_contradict_and_a_statement_date_is_not_the_raffle():
    arts = {
        "a.md": "# Raffle prizes withdrawn\n\nPublished 6 May 2025\n\nThe club cancelled the prizes of the raffle "
                "held on Friday, May 2, in a statement on Sunday 4 May.\n",
        "b.txt": "Club raffle row\n\nPublished 12 May 2025\n\nMembers discussed the disputed raffle of 1 May at "
                 "length.\n",
    }
    assert _has(arts, "contradiction", "May 2", "1 May")
    assert not any("4 May" in c.quote for f in _findings(arts) for c in f.claims)


def test_decision_in_a_statement_is_dated_by_the_statement():
    arts = {
        "a.txt": "Council voids quarry permit\n\nPublished 14 May 2025\n\nThe council voided the quarry's permit "
                 "on Monday, after survey papers went missing, officials said.\n",
        "b.md": "# Permit void: quarry workers angry\n\nPublished 20 May 2025\n\nThe council scrapped the permit "
                "granted on Friday, May 2, in a statement on Sunday 11 May.\n",
    }
    assert _has(arts, "contradiction", "on Monday", "Sunday 11 May")


# --- a transcript's header date is its publication date (shared metadata, one line) ---------

def test_transcript_header_date_is_the_publication_date():
    from checker.articles import article_from_text
    a = article_from_text("HARBOUR FM — BREAKFAST SHOW\nTranscript — Tuesday 4 March 2025\n\nPRESENTER: The ferry "
                          "was late again on Friday, 28 February.\n", "t.txt", "s")
    assert a.published is not None and a.published.isoformat() == "2025-03-04"

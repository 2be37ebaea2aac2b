"""Event dates (DT101), calendar consistency, since-claims and first-since, round 20.

Invented sentences in domains other than the development stories: a number word that opens a
letter's first paragraph ("Dear members,\\n\\nThree weeks have passed since...") names nobody; a
transcript's speaker label ("JOHN SMITH, REPORTER: ...") is the speaker, not what the sentence
is about; the past forms of damage and flight ("tore through", "swept through", "fled") are
verbs; a march is one day's event, named by its noun or by "marched".
"""
from tests.event_helpers import _has, _silent


# --- a number word opening a letter's paragraph names nobody -------------------------------

def test_number_word_after_salutation_is_no_name_strike():
    arts = {
        "a.txt": "Depot drivers walk out\n\nPublished 5 March 2025\n\nDrivers at the Halvard bus depot "
                 "began a strike on Monday, 3 March, over unpaid overtime, the union said.\n",
        "b.md": "# Branch newsletter\n\n20 March 2025\n\nDear colleagues,\n\nTwo weeks have passed since "
                "the strike began on 4 March, and we want to thank everyone on the picket line.\n",
    }
    assert _has(arts, "contradiction", "3 March", "4 March")


def test_number_word_after_salutation_is_no_name_flood():
    arts = {
        "a.txt": "River bursts its banks\n\nPublished 12 January 2024\n\nThe flood at Merrow Bridge "
                 "began on 9 January after three days of heavy rain, the council said.\n",
        "b.md": "# Residents' association: update\n\n2 February 2024\n\nDear neighbours,\n\nThree weeks "
                "have passed since the flood began on 10 January, and many homes are still drying out.\n",
    }
    assert _has(arts, "contradiction", "9 January", "10 January")


# --- a transcript's speaker label is not what the sentence is about ------------------------

def test_speaker_label_names_are_not_the_facts_collapse():
    arts = {
        "a.txt": "Radio Vell — Morning Report\nTranscript — 14 June 2025\n\nMARA ODENSE, REPORTER: Tom, the "
                 "collapse on the night of June 11 left four people injured.\n",
        "b.txt": "Warehouse roof collapse\n\nPublished 13 June 2025\n\nThe June 10 collapse at the Kestrel "
                 "Lane warehouse in Dunmore injured four workers, the fire service said.\n",
    }
    assert _has(arts, "contradiction", "June 10", "June 11")


def test_speaker_label_names_are_not_the_facts_fire():
    arts = {
        "a.txt": "Harbour FM news\nTranscript — 3 August 2024\n\nJANE PELL: The explosion at the chemical "
                 "store happened on July 30, firefighters say.\n",
        "b.txt": "Chemical store blast\n\nPublished 2 August 2024\n\nThe July 31 explosion at the chemical "
                 "store in Arnmouth injured two firefighters, the fire service said.\n",
    }
    assert _has(arts, "contradiction", "July 30", "July 31")


# --- irregular past forms of damage are verbs ----------------------------------------------

def test_tore_through_dates_the_explosion():
    arts = {
        "a.txt": "Gas blast in Cray\n\nPublished Saturday 8 March 2025\n\nA gas explosion tore through a "
                 "bakery in Cray late Thursday, injuring three people, police said.\n",
        "b.txt": "Bakery blast: inquiry opens\n\nPublished 20 March 2025\n\nThe March 5 explosion at the "
                 "bakery in Cray injured three people.\n",
    }
    assert _has(arts, "contradiction", "late Thursday", "March 5")


def test_shook_dates_the_blast():
    arts = {
        "a.txt": "Blast at quarry\n\nPublished Thursday 13 February 2025\n\nA blast at the Olby quarry shook "
                 "nearby homes late on Tuesday, the regional governor said.\n",
        "b.txt": "Olby quarry blast: inquiry\n\nPublished 20 February 2025\n\nThe blast at the Olby quarry on "
                 "10 February cracked walls in nearby homes.\n",
    }
    assert _has(arts, "contradiction", "Tuesday", "10 February")


# --- a march is one day's event ------------------------------------------------------------

def test_march_dates_by_noun_contradict_nurses():
    arts = {
        "a.txt": "Nurses march on parliament\n\nPublished 12 May 2025\n\nAbout 5,000 people joined the "
                 "nurses' march on 10 May, organisers said.\n",
        "b.txt": "Nurses' pay row\n\nPublished 20 May 2025\n\nThe nurses' march on 11 May drew a large "
                 "crowd to the square.\n",
    }
    assert _has(arts, "contradiction", "10 May", "11 May")


def test_marched_verb_dates_the_march_farmers():
    arts = {
        "a.txt": "Farmers march on ministry\n\nPublished Wednesday 6 March 2024\n\nSome 2,000 farmers "
                 "marched on the agriculture ministry on Saturday, blocking traffic for hours.\n",
        "b.txt": "Farm subsidies\n\nPublished 15 March 2024\n\nThe farmers' march on 3 March ended peacefully, "
                 "police said.\n",
    }
    assert _has(arts, "contradiction", "on Saturday", "3 March")


def test_marched_verb_without_a_march_noun_dates_nothing():
    arts = {
        "a.txt": "Farm subsidies\n\nPublished Wednesday 6 March 2024\n\nSome 2,000 farmers marched on the "
                 "agriculture ministry on Saturday.\n",
        "b.txt": "Farm subsidies\n\nPublished 15 March 2024\n\nFarmers marched on the ministry again on "
                 "3 March, police said.\n",
    }
    assert _silent(arts)


def test_protests_on_two_days_still_silent():
    arts = {
        "a.txt": "Students protest fees\n\nPublished 12 May 2025\n\nThe students' protest on 10 May drew "
                 "hundreds to the campus.\n",
        "b.txt": "Fees row\n\nPublished 20 May 2025\n\nThe students' protest on 11 May blocked the main gate.\n",
    }
    assert _silent(arts)


# --- a ruling body's act is dated by its announcement ----------------------------------------

def test_body_act_against_announced_suspension_noun_sport():
    arts = {
        "a.txt": "League suspends Harlow Town\n\nPublished Tuesday 4 March 2025\n\nThe national league "
                 "suspended Harlow Town's playing licence on Monday after the club missed two payrolls.\n",
        "b.txt": "Harlow Town licence suspended\n\nPublished 12 March 2025\n\nThe suspension of the club's "
                 "playing licence, announced on 28 February, has left 30 players without wages.\n",
    }
    assert _has(arts, "contradiction", "on Monday", "28 February")


def test_decision_to_suspend_against_body_act_health():
    arts = {
        "a.txt": "Regulator suspends cough syrup\n\nPublished Thursday 12 June 2025\n\nThe medicines "
                 "regulator suspended sales of the cough syrup Velmex on Wednesday after reports of "
                 "dizziness in children.\n",
        "b.txt": "Velmex suspension empties shelves\n\nPublished 20 June 2025\n\nThe regulator's decision, announced on "
                 "9 June, to suspend sales of Velmex has emptied pharmacy shelves.\n",
    }
    assert _has(arts, "contradiction", "Wednesday", "9 June")


def test_two_announcements_of_a_suspension_agree_transport():
    arts = {
        "a.txt": "Skyvale suspension strands passengers\n\nPublished 8 April 2025\n\nThe suspension of Skyvale's "
                 "operating permit, announced on 3 April, grounded 14 aircraft.\n",
        "b.txt": "Aviation authority grounds Skyvale\n\nPublished 9 April 2025\n\nThe aviation authority's "
                 "decision, announced on 4 April, to suspend Skyvale's permit stranded thousands of passengers. "
                 "The permit was suspended after two engine failures in March.\n",
    }
    assert _has(arts, "contradiction", "3 April", "4 April")


def test_announced_halt_is_never_compared_with_its_own_day():
    arts = {
        "a.txt": "Rail services suspended\n\nPublished 8 April 2025\n\nThe suspension of night trains on the "
                 "coast line, announced on 3 April, angered commuters.\n",
        "b.txt": "Night trains suspended\n\nPublished 9 April 2025\n\nNight trains on the coast line were "
                 "suspended on 7 April, the operator said.\n",
    }
    assert _silent(arts)


# --- since-claims: one state as a verb or as its noun ----------------------------------------

def _since(articles: dict, kind: str, *quotes: str) -> bool:
    from checker.engine import check_texts
    from rules.since_claims import RULE as SINCE
    for f in check_texts(articles, rules=(SINCE,)):
        if f.kind == kind and all(q in " | ".join(c.quote + " " + c.text for c in f.claims) for q in quotes):
            return True
    return False


def test_owned_since_against_owner_since_hotel():
    arts = {
        "a.txt": "Published 3 May 2025\n\nMarta Ruiz, who has owned the Harbour Hotel since 2009, said she would sell.\n",
        "b.txt": "Published 5 May 2025\n\nMarta Ruiz, who has been the owner since 2011, has not commented.\n",
    }
    assert _since(arts, "contradiction", "since 2009", "since 2011")


def test_owned_since_against_proprietor_since_newspaper():
    arts = {
        "a.txt": "Published 3 May 2025\n\nThe Tenby family has owned the Evening Courier since 1998, the paper said.\n",
        "b.txt": "Published 5 May 2025\n\nThe Tenby family, proprietors since 1996, made no comment.\n",
    }
    assert _since(arts, "contradiction", "since 1998", "since 1996")


def test_on_sale_since_against_sold_since_drug():
    arts = {
        "a.txt": "Published 3 May 2025\n\nThe painkiller Dolvex has been on sale since 2012 and is used by millions.\n",
        "b.txt": "Published 5 May 2025\n\nDolvex has been sold since 2015, mostly in pharmacies.\n",
    }
    assert _since(arts, "contradiction", "since 2012", "since 2015")


def test_marketed_since_against_on_sale_since_car():
    arts = {
        "a.txt": "Published 3 May 2025\n\nThe Corsa Vento, marketed since 2019, is being recalled.\n",
        "b.txt": "Published 5 May 2025\n\nThe Corsa Vento has been on sale since 2019, the maker said.\n",
    }
    assert _since(arts, "agreement", "since 2019")


# --- first-since: an explosion and a blast are one kind of record ----------------------------

def _first(articles: dict, kind: str, *quotes: str) -> bool:
    from checker.engine import check_texts
    from rules.first_since import RULE as FIRST
    for f in check_texts(articles, rules=(FIRST,)):
        if f.kind == kind and all(q in " | ".join(c.quote + " " + c.text for c in f.claims) for q in quotes):
            return True
    return False


def test_explosion_and_blast_first_since_mine():
    arts = {
        "a.txt": "Published 3 May 2025\n\nIt was the first fatal explosion at the Kelso colliery since 1979.\n",
        "b.txt": "Published 5 May 2025\n\nInspectors said it was the first deadly blast at the Kelso colliery since 1983.\n",
    }
    assert _first(arts, "contradiction", "since 1979", "since 1983")


def test_blast_and_explosion_first_since_agree_factory():
    arts = {
        "a.txt": "Published 3 May 2025\n\nThe blast was the worst at a Renfield chemical plant since 2004.\n",
        "b.txt": "Published 5 May 2025\n\nIt was the worst explosion at a Renfield chemical plant since 2004.\n",
    }
    assert _first(arts, "agreement", "since 2004")


# --- calendar consistency: an undated article's year from the story's other articles -----

def _calendar(articles: dict):
    from checker.engine import check_texts
    from rules.calendar_consistency import RULE as CAL
    return [f for f in check_texts(articles, rules=(CAL,)) if f.kind == "contradiction"]


def test_undated_article_weekday_checked_in_story_year_theatre():
    arts = {
        "a.txt": "Theatre reopens\n\nPublished 10 March 2025\n\nThe Lyric theatre will reopen next week after repairs.\n",
        "b.txt": "Theatre reopening\n\nThe Lyric reopened with a gala on Saturday 14 March, its director said.\n",
    }
    found = _calendar(arts)
    assert any("Saturday 14 March" in c.quote for f in found for c in f.claims)


def test_undated_article_weekday_checked_in_story_year_election():
    arts = {
        "a.txt": "Poll date set\n\nPublished 2 August 2024\n\nThe council by-election will be held next month.\n",
        "b.txt": "Poll date set\n\nPublished 20 August 2024\n\nCandidates have until Friday to register.\n",
        "c.txt": "By-election\n\nVoters go to the polls on Friday 7 September, the returning officer said.\n",
    }
    found = _calendar(arts)
    assert any("Friday 7 September" in c.quote for f in found for c in f.claims)


def test_undated_article_right_weekday_is_silent():
    arts = {
        "a.txt": "Theatre reopens\n\nPublished 10 March 2025\n\nThe Lyric theatre will reopen next week after repairs.\n",
        "b.txt": "Theatre reopening\n\nThe Lyric reopened with a gala on Saturday 15 March, its director said.\n",
    }
    assert not _calendar(arts)


def test_undated_article_with_stories_of_two_years_is_silent():
    arts = {
        "a.txt": "Theatre history\n\nPublished 10 March 2025\n\nThe Lyric theatre will reopen next week.\n",
        "b.txt": "Theatre history\n\nPublished 10 January 2026\n\nThe Lyric has been open for ten months.\n",
        "c.txt": "Theatre reopening\n\nThe Lyric reopened with a gala on Saturday 14 March, its director said.\n",
    }
    assert not _calendar(arts)


# --- two plans of one period, stated days apart ------------------------------------------------

def test_two_plans_of_a_window_active_and_passive_tenders():
    arts = {
        "a.txt": "Ferry contract\n\nPublished 14 October 2025\n\nThe harbour board will accept tenders for the "
                 "new route from 3 to 14 November, its chair said.\n",
        "b.txt": "Ferry contract\n\nPublished 15 October 2025\n\nThe harbour board says tenders for the island "
                 "route will be accepted from 3 November to 21 November.\n",
    }
    assert _has(arts, "contradiction", "3 to 14 November", "3 November to 21 November")


def test_two_plans_of_a_closure_roads():
    arts = {
        "a.txt": "Bridge works\n\nPublished 2 June 2025\n\nThe council will close the Tarn bridge from 16 to "
                 "20 June for repairs.\n",
        "b.txt": "Bridge works\n\nPublished 3 June 2025\n\nThe council says the Tarn bridge will be shut from "
                 "16 June to 27 June.\n",
    }
    assert _has(arts, "contradiction", "16 to 20 June", "16 June to 27 June")


def test_revised_plan_is_silent():
    arts = {
        "a.txt": "Bridge works\n\nPublished 2 June 2025\n\nThe council will close the Tarn bridge from 16 to "
                 "20 June for repairs.\n",
        "b.txt": "Bridge works\n\nPublished 3 June 2025\n\nThe Tarn bridge will now be closed from 16 June to "
                 "27 June, the council said.\n",
    }
    assert _silent(arts)

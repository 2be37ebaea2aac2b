"""Event dates (DT101), first-since and since-claims, round 21.

Invented sentences in domains other than the development stories: an abbreviated month keeps
its dot in a range ("from Sept. 3 to 5" is a range, not "from Sept"); an escape by noun or verb
("escaped", "broke out of", "the breakout"), whose subject is no kind of escape; a relative
clause without "that" dates its antecedent ("the inquiry the council announced on 14
October"); ordering or commissioning an inquiry is its announcement; "the order issued on
Friday" is the story's one "<event> order"; first-since: escapes and breakouts are one record,
and a verb with its object aligns with the verb's bare noun; since-claims: a person who runs
or manages a thing holds its top post.
"""
from tests.event_helpers import _has


# --- an abbreviated month with its dot opens a range ---------------------------------------

def test_abbreviated_month_range_with_to_strike():
    arts = {
        "a.txt": "Dockers end walkout\n\nPublished Sept. 9, 2025\n\nDockers at the Harlow terminal were on "
                 "strike from Sept. 3 to 5, the union said.\n",
        "b.txt": "Port reopens\n\nPublished Sept. 10, 2025\n\nThe Sept. 3-6 strike at the Harlow terminal "
                 "left 40 ships waiting offshore.\n",
    }
    assert _has(arts, "contradiction", "Sept. 3 to 5", "Sept. 3-6")


def test_abbreviated_month_range_with_to_festival():
    arts = {
        "a.txt": "Fair draws crowds\n\nPublished Aug. 12, 2024\n\nThe county fair ran from Aug. 3 to Aug. 7 "
                 "and drew 20,000 visitors, organizers said.\n",
        "b.txt": "Fair review\n\nPublished Aug. 20, 2024\n\nThe Aug. 3-9 fair drew 20,000 visitors.\n",
    }
    assert _has(arts, "contradiction", "Aug. 3 to Aug. 7", "Aug. 3-9")


# --- an escape, by noun or verb ("escaped", "broke out of", "the breakout") ----------------

def test_escape_verb_against_breakout_noun_zoo():
    arts = {
        "a.txt": "Wolves loose\n\nPublished 10 June 2025\n\nThree grey wolves escaped from the Orrin "
                 "wildlife park on 8 June after a storm brought down part of their fence, keepers said.\n",
        "b.txt": "Park review\n\nPublished 20 June 2025\n\nSince the breakout at the Orrin wildlife park on "
                 "7 June, keepers have rebuilt the fence.\n",
    }
    assert _has(arts, "contradiction", "8 June", "7 June")


def test_broke_out_of_against_escaped_detention_centre():
    arts = {
        "a.txt": "Detainees flee\n\nPublished 4 March 2024\n\nFour detainees broke out of the Varn "
                 "immigration centre in the early hours of 2 March, officials said.\n",
        "b.txt": "Centre under scrutiny\n\nPublished 6 March 2024\n\nFour men escaped on 3 March from the "
                 "Varn immigration centre, the ministry confirmed.\n",
    }
    assert _has(arts, "contradiction", "2 March", "3 March")


def test_escape_subjects_are_not_two_kinds():
    arts = {
        "a.txt": "Published 10 June 2025\n\nTwo patients escaped from the Lindholm secure unit on 8 June.\n",
        "b.txt": "Published 11 June 2025\n\nThe men escaped from the Lindholm secure unit on 7 June.\n",
    }
    assert _has(arts, "contradiction", "8 June", "7 June")


# --- a relative clause without "that" dates its antecedent ---------------------------------

def test_object_relative_dates_antecedent_pay_deal():
    arts = {
        "a.txt": "Published 12 May 2025\n\nThe bonus scheme the company announced on 6 May covers 2,000 "
                 "warehouse staff.\n",
        "b.txt": "Published 14 May 2025\n\nThe company announced the bonus scheme on 7 May after talks "
                 "with the union.\n",
    }
    assert _has(arts, "contradiction", "6 May", "7 May")


def test_object_relative_dates_antecedent_inquiry():
    arts = {
        "a.txt": "Published 20 October 2024\n\nThe inquiry the council announced on 14 October will look "
                 "at the flooding of the Brook Lane estate.\n",
        "b.txt": "Published 22 October 2024\n\nResidents welcomed the inquiry, announced on 15 October by "
                 "the council, into the flooding of the Brook Lane estate.\n",
    }
    assert _has(arts, "contradiction", "14 October", "15 October")


# --- ordering an inquiry announces it ------------------------------------------------------

def test_ordered_inquiry_is_its_announcement_rail():
    arts = {
        "a.txt": "TALLBRIDGE, Thursday 6 November 2025 — The transport secretary on Tuesday ordered an "
                 "independent inquiry into the Tallbridge derailment.\n",
        "b.txt": "Published 10 November 2025\n\nThe inquiry, announced on 3 November by the transport "
                 "secretary, will report next year.\n",
    }
    assert _has(arts, "contradiction", "on Tuesday", "3 November")


def test_commissioned_review_agrees_with_announced_review_school():
    arts = {
        "a.txt": "Published 12 February 2025\n\nThe education board commissioned a review of exam "
                 "marking on 10 February.\n",
        "b.txt": "Published 14 February 2025\n\nThe review, announced on 10 February, will examine exam "
                 "marking at four schools.\n",
    }
    assert _has(arts, "agreement", "10 February")


def test_ordered_purchase_dates_nothing():
    arts = {
        "a.txt": "Published 12 February 2025\n\nThe council ordered 40 buses on 10 February.\n",
        "b.txt": "Published 14 February 2025\n\nThe council ordered 40 buses on 11 February.\n",
    }
    from tests.event_helpers import _silent
    assert _silent(arts)


# --- first-since: an escape and a breakout are one record; a verb and its noun -------------

def _first(articles: dict, kind: str, *quotes: str) -> bool:
    from checker.engine import check_texts
    from rules.first_since import RULE as FIRST
    for f in check_texts(articles, rules=(FIRST,)):
        if f.kind == kind and all(q in " | ".join(c.quote + " " + c.text for c in f.claims) for q in quotes):
            return True
    return False


def test_escape_and_breakout_first_since_zoo():
    arts = {
        "a.txt": "Published 3 May 2025\n\nIt was the first escape from the Orrin wildlife park since 1988.\n",
        "b.txt": "Published 5 May 2025\n\nKeepers said it was the first breakout from the Orrin wildlife park since 1993.\n",
    }
    assert _first(arts, "contradiction", "since 1988", "since 1993")


def test_jailbreak_and_escape_first_since_agree_detention():
    arts = {
        "a.txt": "Published 3 May 2025\n\nIt was the first jailbreak from a Varn detention centre since 2007.\n",
        "b.txt": "Published 5 May 2025\n\nOfficials said it was the first escape from a Varn detention centre since 2007.\n",
    }
    assert _first(arts, "agreement", "since 2007")


def test_verb_and_object_against_bare_noun_first_since_airport():
    arts = {
        "a.txt": "Published 3 May 2025\n\nIt was the first time the regulator has suspended flights at a "
                 "regional airport in the north since 2009.\n",
        "b.txt": "Published 5 May 2025\n\nIt was the first suspension of its kind at a regional airport in "
                 "the north since 2012.\n",
    }
    assert _first(arts, "contradiction", "since 2009", "since 2012")


def test_verb_and_object_against_bare_noun_first_since_school():
    arts = {
        "a.txt": "Published 3 May 2025\n\nIt was the first time inspectors had closed a primary school in "
                 "the county since 2001.\n",
        "b.txt": "Published 5 May 2025\n\nThe order was the first closure of a primary school in the county "
                 "since 2004.\n",
    }
    assert _first(arts, "contradiction", "since 2001", "since 2004")


def test_verb_and_object_against_other_noun_stays_apart():
    arts = {
        "a.txt": "Published 3 May 2025\n\nIt was the first time the club has sold its stadium naming "
                 "rights since 2009.\n",
        "b.txt": "Published 5 May 2025\n\nIt was the first sale of a player abroad by the club since 2012.\n",
    }
    assert not _first(arts, "contradiction")


# --- since-claims: a person who runs a thing holds its top post ----------------------------

def _since(articles: dict, kind: str, *quotes: str) -> bool:
    from checker.engine import check_texts
    from rules.since_claims import RULE as SINCE
    for f in check_texts(articles, rules=(SINCE,)):
        if f.kind == kind and all(q in " | ".join(c.quote + " " + c.text for c in f.claims) for q in quotes):
            return True
    return False


def test_who_has_run_against_director_since_museum():
    arts = {
        "a.txt": "Published 3 May 2025\n\nIlse Marten, the museum's director since 2014, said the loan was safe.\n",
        "b.txt": "Published 5 May 2025\n\nIlse Marten, who has run the museum since 2016, declined to comment.\n",
    }
    assert _since(arts, "contradiction", "since 2014", "since 2016")


def test_she_has_managed_against_manager_since_football():
    arts = {
        "a.txt": "Published 3 May 2025\n\nJo Price has been manager since 2021, the club said.\n",
        "b.txt": "Published 5 May 2025\n\nJo Price said she has managed the team since 2021 without a budget.\n",
    }
    assert _since(arts, "agreement", "since 2021")


def test_company_running_a_service_is_no_post():
    arts = {
        "a.txt": "Published 3 May 2025\n\nBrightline, whose chief executive since 2014 is Ana Ruiz, won the bid.\n",
        "b.txt": "Published 5 May 2025\n\nBrightline has run the ferry service since 2016, the council said.\n",
    }
    assert not _since(arts, "contradiction")


# --- "the order" is the story's one "<event> order" ----------------------------------------

def test_bare_order_is_the_closure_order_restaurant():
    arts = {
        "a.txt": "Published 9 June 2025\n\nThe closure order issued on 3 June covers the Golden Wok "
                 "restaurant on Mill Street, inspectors said.\n",
        "b.txt": "Published 12 June 2025\n\nThe owners have appealed against the order issued Wednesday, "
                 "4 June, by the council's food safety team.\n",
    }
    assert _has(arts, "contradiction", "3 June", "4 June")


def test_bare_order_is_the_evacuation_order_wildfire():
    arts = {
        "a.txt": "Published Aug. 12, 2025\n\nThe evacuation order issued Aug. 9 covers 400 homes in the "
                 "Cedar Hollow area.\n",
        "b.txt": "Published Aug. 14, 2025\n\nAbout 900 people have left since the order issued Sunday, Aug. 10.\n",
    }
    assert _has(arts, "contradiction", "Aug. 9", "Aug. 10")


def test_bare_order_with_two_named_orders_dates_nothing():
    arts = {
        "a.txt": "Published Aug. 12, 2025\n\nThe evacuation order issued Aug. 9 covers 400 homes. The "
                 "closure order issued Aug. 8 shut the Cedar Hollow road.\n",
        "b.txt": "Published Aug. 14, 2025\n\nAbout 900 people have left since the order issued Sunday, Aug. 10.\n",
    }
    assert not _has(arts, "contradiction", "Aug. 10")


def test_absconded_against_escape_noun_open_prison():
    arts = {
        "a.txt": "Published 14 March 2025\n\nTwo inmates absconded from HMP Ferrisford on "
                 "11 March, police said.\n",
        "b.txt": "Published 18 March 2025\n\nSince the escape from HMP Ferrisford on 12 March, staff have "
                 "been questioned.\n",
    }
    assert _has(arts, "contradiction", "11 March", "12 March")

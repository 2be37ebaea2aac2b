"""Event dates (DT101), round 22.

Invented sentences in domains other than the development stories: an event noun dated by a
possessive time before it ("victims of Sunday's explosion", "Monday night's collapse") is not
dated again by a later date of the clause's own verb ("gathered outside the gates on Monday").
"""
from tests.event_helpers import _has


def test_possessive_dated_event_not_redated_by_later_verb_mine():
    arts = {
        "a.txt": "Pit blast\n\nPublished 12 March 2025\n\nRelatives of the three miners killed in Sunday "
                 "night's explosion at the Kellow colliery gathered outside the pithead on Tuesday as "
                 "questions grew about ventilation.\n",
        "b.txt": "Colliery blast\n\nPublished 10 March 2025\n\nAn explosion ripped through the Kellow "
                 "colliery on Sunday night, killing three miners, the operator said.\n",
    }
    assert not _has(arts, "contradiction", "on Tuesday")


def test_possessive_dated_event_not_redated_by_later_verb_fire():
    arts = {
        "a.txt": "Hostel vigil\n\nPublished 4 June 2024\n\nSurvivors of Saturday night's hostel fire at "
                 "Orla laid flowers at the gates on Monday as anger grew.\n",
        "b.txt": "Hostel fire\n\nPublished 2 June 2024\n\nA fire tore through the Orla hostel on Saturday "
                 "night, killing four guests, firefighters said.\n",
    }
    assert not _has(arts, "contradiction", "on Monday")


def test_possessive_dated_event_not_redated_by_later_verb_rail():
    arts = {
        "a.txt": "Rail crash\n\nPublished 6 June 2024\n\nFamilies of the passengers injured in Tuesday's "
                 "train derailment near Hale gathered at the station on Thursday as questions grew.\n",
        "b.txt": "Train derails\n\nPublished 4 June 2024\n\nA train derailed near Hale on Tuesday, "
                 "injuring 30 passengers, the operator said.\n",
    }
    assert not _has(arts, "contradiction", "on Thursday")


def test_possessive_weekday_and_date_of_one_vote_still_read():
    arts = {
        "a.txt": "Vote\n\nPublished 6 May 2024\n\nTuesday's strike ballot, held on 30 April, backed action.\n",
        "b.txt": "Ballot\n\nPublished 6 May 2024\n\nThe strike ballot on 29 April backed action.\n",
    }
    assert _has(arts, "contradiction", "30 April", "29 April")

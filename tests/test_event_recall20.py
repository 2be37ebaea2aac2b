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

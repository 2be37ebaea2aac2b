"""Event dates (DT101) on unseen stories (holdout9): why dates were wrongly aligned or missed.

1. A bound is not a day. "Crews expected to bring the fire under control by Sunday" was read
   as the end of the fire on Sunday and contradicted "the fire was declared contained on
   Wednesday" in a later article. "By <date>" (a deadline, or a state reached some time
   before the date: "had been confirmed by Friday") never says on which day the event
   happened, so it dates no event; publication-timing reads the forecast.
2. A month is not an event word. "The hearing, which opened on Monday, March 4, ran from March
   4 to March 7" dated a protest: the nearest vocabulary word left of the range was "March"
   ("a march" is a protest). A capitalised month name written as a date ("March 4", "4 May")
   is masked before the clause's words are read.
3. "Was held" and "took place" only say that their subject happened: "The hearing in <a long
   name's appeal against his ban> was held from March 4 to March 6" left the event word out
   of reach (nine words). Like a start or end verb right before the date, they date their
   subject from further left.
4. "In force" and "in effect" are a period of their subject: "The order that kept residents
   out of <two villages> was in force from August 6 to August 10" against "The evacuation
   order for our two villages ran from August 6 to August 12". The clause had no verb class
   ("was in force"), and the subject walk stopped at the relative clause's verb ("kept")
   instead of its antecedent. "Was in force/in effect from" reads as "ran from", and the
   subject of a verb after "<noun> that <verb> ..." is the noun.
5. A sanction happens when it is announced: "<X> has been banned for four years ..., the
   agency announced on Tuesday", "the agency announced the ban on February 5" and "the rider
   was banned by the agency on February 6" are one ban. "Banned" is a verb class that is one
   thing whatever its noun (like "was sentenced"); "announced the ban" keys that class; an
   announcement closing its sentence after a source ("..., the agency announced on Tuesday")
   dates the announcement of the one-off event of the clause before the source; and the ban,
   like a recall or a verdict, is dated by its announcement. "The ban is backdated to January
   30" (also "with effect from", "effective from") is when it counts from, not when it was
   imposed: a start, never compared with the day of the ban.
6. Names of a later subordinate clause: "announced the ban on February 5, three weeks after
   the sample was collected ... in Drevno on January 18" named a place that says nothing about
   which ban. Two claims also align when the names of their dates' own clauses (without a
   subordinate clause after the date: ", three weeks after", ", when", ", after") match.
7. "Was held" dates its subject, not a noun in the subject's prepositional phrase: "The
   hearing in his appeal against the four-year ban was held from ..." is the hearing.
8. An event word after "during" is the setting of its clause's own fact: "the sample was
   collected during an unannounced visit to the rider's home in Drevno on January 18" dated
   only the visit, so it never met "the sample was collected at his home ... on January 18".
   Such a clause is also aligned by its words (without the setting's own words).
9. A name the fact uses outside its source stays the fact's: "Veldavian cyclist X has been
   banned ..., the Veldavian agency announced on Tuesday" lost "Veldavian" with the source
   and no longer aligned with "the Veldavian rider was banned ... on February 6".
10. A phrasal verb around a pronoun: "the operator shut it down on Sunday" keyed nothing, so
   it never met "before the line was shut down on March 9". "<verb> it <particle>" keys the
   class with a pronoun, which stands for the story's one noun of that class ("close it" is
   "close line" when the story closes nothing else) and dates nothing otherwise.
11. The date inside a subordinate clause: "crude leaked into the Tessany before the line was
   shut down on March 9" named the river, which says nothing about which shutdown; the names
   of the date's own clause (from "before", "after", "when", "until" up to a later
   subordinate clause) also align two claims.
12. One leak, noun or verb: "the leak in the pipeline began on Saturday" and "the pipeline
   ruptured on 7 March" both date the leak's first day. "Leak" (and "rupture", "spill") is
   an event family of a long event, "ruptured" its verb class of onset; a participle before
   its noun ("a ruptured pipeline", "the ruptured section") is no verb, so it keys nothing.

Each mechanism has variants in other domains and near misses that must stay silent.
"""
import pytest

from checker.extract.events import attach
from event_helpers import _has, _silent


# --- 1. "by <date>" is a bound -------------------------------------------------------------
BOUND_SILENT = [
    # oil spill: a forecast end against the real end
    {"a.txt": "Published Tuesday 3 June 2025\n\nThe coast guard said the spill would be contained by Friday if the sea stayed calm.",
     "b.txt": "Published Wednesday 11 June 2025\n\nThe spill off Caldera Point was declared contained on Monday after nine days."},
    # epidemic: an end reached "by" a day vs the day the outbreak was declared over
    {"a.txt": "Published Thursday 10 July 2025\n\nHealth officials hope the outbreak will be declared over by Sunday.",
     "b.txt": "Published Friday 18 July 2025\n\nThe outbreak was declared over on Wednesday, the health ministry said."},
    # strike: a deadline to end the strike vs when it ended
    {"a.txt": "Published Monday 3 March 2025\n\nThe union aims to end the strike by Thursday, March 6.",
     "b.txt": "Published Monday 10 March 2025\n\nThe strike ended on Saturday, March 8, after the union accepted the offer."},
]


@pytest.mark.parametrize("articles", BOUND_SILENT)
def test_a_bound_dates_no_event(articles):
    assert _silent(articles)


def test_the_real_end_dates_still_compare():
    arts = {"a.txt": "Published Wednesday 11 June 2025\n\nThe spill off Caldera Point was declared contained on June 9.",
            "b.txt": "Published Thursday 12 June 2025\n\nThe spill off Caldera Point was declared contained on June 7."}
    assert _has(arts, "contradiction", "June 9", "June 7")


# --- 2. a month written as a date is no event word ------------------------------------------
def test_a_month_date_is_not_a_march():
    arts = {"a.txt": "Published 20 March 2025\n\nThe summit, which opened on Monday, March 10, ran from March 10 to March 12 in Vienna.",
            "b.txt": "Published 21 March 2025\n\nThe summit ran from March 10 to March 14 in Vienna, diplomats said."}
    assert _has(arts, "contradiction", "March 10 to March 12", "March 10 to March 14")


def test_a_real_march_is_still_a_protest():
    s = "The march through the capital on May 3 ended at parliament."
    ref = attach(s, s.index("May 3"), s.index("May 3") + 5)
    assert ref is not None and ref.word == "march"
    s = "Police counted 4,000 people at the rally from May 3 to May 5."
    ref = attach(s, s.index("May 3"), s.index("May 3") + 13)
    assert ref is not None and ref.word == "rally"


# --- 3. "was held", "took place": the subject happened then ----------------------------------
HELD_HITS = [
    # court
    ({"a.txt": "Published 20 May 2025\n\nThe trial of the former harbour master and his two deputies on fraud charges was held from May 5 to May 9 in Split.",
      "b.txt": "Published 22 May 2025\n\nThe trial ran from May 5 to May 12, with evidence from auditors."},
     "contradiction", ("May 5 to May 9", "May 5 to May 12")),
    # diplomacy
    ({"a.txt": "Published 20 October 2025\n\nThe summit of regional leaders on water rights and shared fisheries took place from October 6 to October 8 in Tromso.",
      "b.txt": "Published 21 October 2025\n\nThe summit ran from October 6 to October 9, officials said."},
     "contradiction", ("October 6 to October 8", "October 6 to October 9")),
    # sport, agreeing
    ({"a.txt": "Published 20 June 2025\n\nThe tournament for under-21 national teams from across the region was held from June 2 to June 14.",
      "b.txt": "Published 22 June 2025\n\nThe tournament ran from June 2 to June 14 in three cities."},
     "agreement", ("June 2 to June 14",)),
]


@pytest.mark.parametrize("articles,kind,quotes", HELD_HITS)
def test_held_dates_its_subject(articles, kind, quotes):
    assert _has(articles, kind, *quotes)


def test_held_reaches_only_its_own_subject():
    s = "The summit ended with a joint statement and a dinner was held on Monday."
    ref = attach(s, s.index("on Monday"), s.index("on Monday") + 9, fallback=True)
    assert ref is None or ref.event != "meeting"


def test_held_dates_its_subject_only_next_to_the_date():
    s = "The trial of the former harbour master was held up by a strike and resumed from May 5 to May 9."
    ref = attach(s, s.index("May 5"), s.index("May 5") + 14, fallback=True)
    assert ref is None or ref.word != "trial"


# --- 4. "was in force from": the subject's period; a relative clause's antecedent ----------
IN_FORCE_HITS = [
    # water supply: an advisory
    ({"a.txt": "Published 20 May 2025\n\nThe advisory that told residents of the old town to boil water was in force from May 2 to May 6.",
      "b.txt": "Published 22 May 2025\n\nThe advisory for the old town ran from May 2 to May 9, shopkeepers said."},
     "contradiction", ("May 2 to May 6", "May 2 to May 9")),
    # health: a travel restriction
    ({"a.txt": "Published 20 July 2025\n\nThe restriction that stopped cattle leaving the farms was in effect from July 1 to July 15.",
      "b.txt": "Published 22 July 2025\n\nThe restriction ran from July 1 to July 15, farmers said."},
     "agreement", ("July 1 to July 15",)),
    # courts: an injunction
    ({"a.txt": "Published 20 March 2025\n\nThe injunction was in force from March 3 to March 10, the court said.",
      "b.txt": "Published 22 March 2025\n\nThe injunction, which ran from March 3 to March 14, was lifted by the appeal court."},
     "contradiction", ("March 3 to March 10", "March 3 to March 14")),
]


@pytest.mark.parametrize("articles,kind,quotes", IN_FORCE_HITS)
def test_in_force_is_its_subjects_period(articles, kind, quotes):
    assert _has(articles, kind, *quotes)


def test_in_force_of_different_things_stays_apart():
    arts = {"a.txt": "Published 20 May 2025\n\nThe curfew that kept people off the streets was in force from May 2 to May 6.",
            "b.txt": "Published 22 May 2025\n\nThe fishing ban that angered the trawlermen was in force from May 2 to May 9."}
    assert _silent(arts)


# --- 5. a sanction: banned, the ban announced, "..., X announced on <day>" --------------------
BAN_HITS = [
    # sport: a passive ban against the announcement of the ban
    ({"a.txt": "Published 20 March 2025\n\nThe striker was banned by the league on March 3 for insulting a referee.",
      "b.txt": "Published 21 March 2025\n\nThe league announced the ban on March 4 after a disciplinary hearing."},
     "contradiction", ("March 3", "March 4")),
    # coaching: the ban reported at the end of its sentence, with a weekday
    ({"a.txt": "Published Tuesday 11 March 2025\n\nVeteran coach Piet Hol has been banned for life for abusing young riders, the national federation announced on Monday.",
      "b.txt": "Published 14 March 2025\n\nThe federation announced the ban on March 7, a week after a tribunal heard the riders."},
     "contradiction", ("on Monday", "March 7")),
    ({"a.txt": "Published Tuesday 11 March 2025\n\nVeteran coach Piet Hol has been banned for life for abusing young riders, the national federation announced on Monday.",
      "b.txt": "Published 14 March 2025\n\nHol was banned by the federation on March 10."},
     "agreement", ("on Monday", "March 10")),
]


@pytest.mark.parametrize("articles,kind,quotes", BAN_HITS)
def test_a_ban_is_dated_by_its_announcement(articles, kind, quotes):
    assert _has(articles, kind, *quotes)


BAN_SILENT = [
    # backdated: when the ban counts from, not when it was imposed
    {"a.txt": "Published 20 February 2025\n\nThe swimmer was banned by the federation on February 12.",
     "b.txt": "Published 21 February 2025\n\nThe ban is backdated to January 2, when the swimmer was first suspended."},
    {"a.txt": "Published 20 February 2025\n\nThe federation announced the ban on February 12.",
     "b.txt": "Published 21 February 2025\n\nThe ban applies with effect from February 1."},
    # two things banned: two bans
    {"a.txt": "Published 20 May 2025\n\nFishing was banned in the bay on May 3 after the spill.",
     "b.txt": "Published 21 May 2025\n\nSwimming was banned on May 5, and the ministry announced the ban on May 5."},
    # when the ban comes into force is not when it was announced
    {"a.txt": "Published 20 February 2025\n\nThe ban, announced on February 5, comes into force on March 1.",
     "b.txt": "Published 21 February 2025\n\nThe ministry announced the ban on February 5."},
    # a forecast, not an announcement of a ban that happened
    {"a.txt": "Published Tuesday 11 March 2025\n\nThe coach will be banned for life if the appeal fails, the federation announced on Monday.",
     "b.txt": "Published 14 March 2025\n\nThe federation announced the ban on March 7."},
]


@pytest.mark.parametrize("articles", BAN_SILENT)
def test_ban_near_misses_stay_silent(articles):
    assert _silent(articles)


# --- 6. names of a later subordinate clause do not tell two facts apart ----------------------
def test_names_after_a_later_clause_do_not_block_alignment():
    arts = {"a.txt": "Published 20 May 2025\n\nThe ministry announced the ban on May 5, two weeks after inspectors found mould at a bakery in Arnhem.",
            "b.txt": "Published 22 May 2025\n\nThe ministry announced the ban on May 6, officials in Utrecht confirmed."}
    assert _has(arts, "contradiction", "May 5", "May 6")


def test_names_of_the_dates_own_clause_still_tell_apart():
    arts = {"a.txt": "Published 20 May 2025\n\nThe bridge in Arnhem was closed from May 5 to May 9, two weeks after inspectors found cracks.",
            "b.txt": "Published 22 May 2025\n\nThe bridge in Utrecht was closed from May 5 to May 12, when repairs began."}
    assert _silent(arts)


# --- 7. "was held": the subject, not a noun in its prepositional phrase -----------------------
def test_held_dates_the_subject_not_its_prepositional_phrase():
    s = "The hearing in his appeal against the four-year ban was held from June 3 to June 5 in Lausanne."
    ref = attach(s, s.index("June 3"), s.index("June 3") + 15, fallback=True)
    assert ref is not None and ref.word == "hearing"
    s = "Talks on the strike were held from June 3 to June 5 at the ministry."
    ref = attach(s, s.index("June 3"), s.index("June 3") + 15, fallback=True)
    assert ref is not None and ref.event == "meeting"


# --- 8. "during <event>": the clause's own fact is dated too -----------------------------------
DURING_HITS = [
    ({"a.txt": "Published 20 June 2025\n\nWater samples were taken during a routine inspection of the Kessel reservoir on June 3.",
      "b.txt": "Published 22 June 2025\n\nWater samples were taken at the Kessel reservoir on June 5, the utility said."},
     "contradiction", ("June 3", "June 5")),
    ({"a.txt": "Published 20 October 2025\n\nThe paintings were stolen during a guided tour of the Halden museum on October 4.",
      "b.txt": "Published 22 October 2025\n\nThe paintings were stolen from the Halden museum on October 4, police said."},
     "agreement", ("October 4",)),
]


@pytest.mark.parametrize("articles,kind,quotes", DURING_HITS)
def test_during_an_event_dates_the_clause_too(articles, kind, quotes):
    assert _has(articles, kind, *quotes)


def test_during_an_event_different_facts_stay_apart():
    arts = {"a.txt": "Published 20 June 2025\n\nWater samples were taken during a routine inspection of the Kessel reservoir on June 3.",
            "b.txt": "Published 22 June 2025\n\nA pump failed at the Kessel reservoir on June 5, the utility said."}
    assert _silent(arts)


# --- 9. a name of the fact and of its source -----------------------------------------------
def test_a_name_outside_the_source_stays_the_facts():
    arts = {"a.txt": "Published Tuesday 11 March 2025\n\nNorwegian skier Lars Vik has been banned for two years for doping, the Norwegian federation announced on Monday.",
            "b.txt": "Published 14 March 2025\n\nThe Norwegian skier was banned by the federation on March 10."}
    assert _has(arts, "agreement", "on Monday", "March 10")


def test_a_name_only_in_the_source_is_still_dropped():
    arts = {"a.txt": "Published Tuesday 11 March 2025\n\nSkier Lars Vik has been banned for two years, the Norwegian federation announced on Monday.",
            "b.txt": "Published 14 March 2025\n\nThe skier Lars Vik was banned by the federation on March 7."}
    assert _has(arts, "contradiction", "on Monday", "March 7")


# --- 10. "shut it down": the pronoun is the story's one thing of that class ------------------
PRONOUN_HITS = [
    ({"a.txt": "Published Monday 10 March 2025\n\nThe water company, which runs the plant, shut it down on Sunday after tests found bacteria.",
      "b.txt": "Published 12 March 2025\n\nResidents boiled water for days after the plant was shut down on March 8."},
     "contradiction", ("on Sunday", "March 8")),
    ({"a.txt": "Published Monday 10 March 2025\n\nOrganisers called it off on Saturday because of the storm.",
      "b.txt": "Published 12 March 2025\n\nFans were angry after the concert was called off on March 8."},
     "agreement", ("on Saturday", "March 8")),
]


@pytest.mark.parametrize("articles,kind,quotes", PRONOUN_HITS)
def test_a_pronoun_object_is_the_storys_one_thing(articles, kind, quotes):
    assert _has(articles, kind, *quotes)


def test_a_pronoun_object_with_two_things_dates_nothing():
    arts = {"a.txt": "Published Monday 10 March 2025\n\nThe operator shut it down on Sunday after tests found bacteria.",
            "b.txt": "Published 12 March 2025\n\nThe plant was shut down on March 8, and the pipeline was shut down on March 6."}
    assert _silent(arts)


# --- 11. the names of a subordinate clause's date ----------------------------------------------
def test_until_before_the_date_is_no_subordinate_clause():
    arts = {"a.txt": "Published 20 May 2025\n\nJudge Mara Lind rejected a motion to drop the charges on Tuesday, May 6, ruling that the search of the Kessler warehouse was lawful.",
            "b.txt": "Published 21 May 2025\n\nThe court trying Olav Berg on Monday postponed its verdict until June 14, citing late evidence."}
    assert _silent(arts)

def test_a_date_in_a_subordinate_clause_is_aligned_by_its_own_names():
    arts = {"a.txt": "Published 12 March 2025\n\nOil poured into the Vestra for hours before the pipeline was shut down on March 8.",
            "b.txt": "Published 13 March 2025\n\nKalla Energy shut down the pipeline on March 9."}
    assert _has(arts, "contradiction", "March 8", "March 9")


# --- 12. a leak: "began", "ruptured" ---------------------------------------------------------
LEAK_HITS = [
    ({"a.txt": "Published Monday 14 April 2025\n\nThe leak at the Dorsa gas terminal began on Saturday, the operator said.",
      "b.txt": "Published 15 April 2025\n\nA feed line at the Dorsa gas terminal ruptured on April 11, workers said."},
     "contradiction", ("on Saturday", "April 11")),
    ({"a.txt": "Published 20 August 2025\n\nThe chemical spill on the Rhee began on August 12 when a tank at the works ruptured.",
      "b.txt": "Published 22 August 2025\n\nThe tank at the Rhee works ruptured on August 12, investigators said."},
     "agreement", ("August 12",)),
]


@pytest.mark.parametrize("articles,kind,quotes", LEAK_HITS)
def test_a_rupture_starts_the_leak(articles, kind, quotes):
    assert _has(articles, kind, *quotes)


LEAK_SILENT = [
    # a participle before its noun is no rupture
    {"a.txt": "Published Monday 14 April 2025\n\nThe leak at the Dorsa gas terminal began on Saturday.",
     "b.txt": "Published 16 April 2025\n\nEngineers examined the ruptured valve on April 14."},
    # a day during the leak is not its start
    {"a.txt": "Published Monday 14 April 2025\n\nThe leak at the Dorsa gas terminal began on April 10.",
     "b.txt": "Published 16 April 2025\n\nGas was still escaping from the leak at the Dorsa terminal on April 14."},
    # two things ruptured: no one leak
    {"a.txt": "Published Monday 14 April 2025\n\nThe leak began on April 10, the operator said.",
     "b.txt": "Published 16 April 2025\n\nA valve ruptured on April 9, and a storage tank ruptured on April 12."},
]


@pytest.mark.parametrize("articles", LEAK_SILENT)
def test_leak_near_misses_stay_silent(articles):
    assert _silent(articles)

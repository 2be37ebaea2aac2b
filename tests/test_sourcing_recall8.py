"""Sourcing and figure recall on holdout-8 mechanisms, tested in other domains.

Each group: why the mechanism failed, variant sentences that must be reported, near-miss
negatives that must stay silent. (SR402 attribution-drift, NU201 figures, SR401 unsourced.)
"""
from __future__ import annotations

import pytest

from checker.articles import article_from_text
from checker.engine import check_story
from checker.extract.attribution import grade_sentence
from checker.extract.speakers import classify
from rules import attribution_drift, figures
from source_helpers import _kinds, _pair, _sr401


# --- 1. A phrase of time after the counted noun is no narrower count --------------------------
# Why it failed: "The slick reached some 40 kilometres downstream at its peak, according to the
# campaign group" against the inspectorate's "some 40 kilometres downstream by Monday": drift
# demands every word that narrows one figure ("at its peak" -> "peak") in the other sentence,
# so the same figure credited to a regulator and to campaigners was never reported.
TIME_AFTER_HEAD = [
    ("Some 5,000 protesters at the height of the march blocked the bridge, police said.",
     "Some 5,000 protesters blocked the bridge, organisers said."),
    ("The ash cloud drifted some 300 kilometres east at its peak, the meteorological office said.",
     "The ash cloud drifted some 300 kilometres east on Monday, according to volunteers."),
    ("Some 900 workers in the first week walked out, the company said.",
     "Some 900 workers walked out, the union said."),
]


@pytest.mark.parametrize("a,b", TIME_AFTER_HEAD, ids=range(len(TIME_AFTER_HEAD)))
def test_time_phrase_after_the_head_is_no_qualifier(a, b):
    assert "contradiction" in _kinds(_pair(a, b), "SR402")


@pytest.mark.parametrize("a,b", [
    # a place after the head narrows the count: the depot's workers are not all workers
    ("Some 900 workers at the Leeds depot walked out, the company said.",
     "Some 900 workers walked out, the union said."),
    # the same figure from two bodies of the state is no drift
    ("Some 5,000 protesters at the height of the march blocked the bridge, police said.",
     "Some 5,000 protesters blocked the bridge, the interior ministry said."),
])
def test_place_qualifier_or_one_kind_of_source_stays_silent(a, b):
    assert "contradiction" not in _kinds(_pair(a, b), "SR402")


# --- 2. Bodies of members and public services ---------------------------------------------------
# Why it failed: "the Prison Officers' Federation" took the kind of its members' employer
# (police: first match of "officers"), so against "the national prison service" (kind unknown:
# no cue for a public service, and "The service said" was never read back to it) both sides were
# the state or neutral. A union or association named by its members speaks for them; "The
# service" is the article's "national prison service"; "the regional fisheries agency" is no
# news agency.
@pytest.mark.parametrize("phrase,category", [
    ("the Prison Officers' Federation", "ngo"),
    ("the Nurses’ Association", "ngo"),
    ("Corvalis Pilots Association", "ngo"),
    ("a spokesman for the Train Drivers' Union", "ngo"),
    ("the Employers' Federation", "company"),
    ("the European Union", "international"),
    ("the regional fisheries agency", "government"),
])
def test_member_bodies_and_agencies_have_their_own_kind(phrase, category):
    src = classify(phrase)
    assert src is not None and src.category == category, src


@pytest.mark.parametrize("phrase", ["the Russian Federation", "the Football Association"])
def test_bodies_not_named_by_members_are_not_unions(phrase):
    src = classify(phrase)
    assert src is None or src.category != "ngo", src


MEMBER_BODY_DRIFT = [
    ("Two inmates were killed, the national prison service said. The service said 17 officers were injured.",
     "It left 17 officers injured, according to the Prison Officers' Federation."),
    ("The health ministry said 1,200 operations were cancelled.",
     "Some 1,200 operations were cancelled, according to the Nurses' Association."),
    ("The national rail service said 300 trains were cancelled. The service said 40 stations were closed.",
     "Some 40 stations were closed, the Train Drivers' Union said."),
]


@pytest.mark.parametrize("a,b", MEMBER_BODY_DRIFT, ids=range(len(MEMBER_BODY_DRIFT)))
def test_state_against_members_body_is_drift(a, b):
    assert "contradiction" in _kinds(_pair(a, b), "SR402")


@pytest.mark.parametrize("a,b", [
    # two official bodies: a service of the state and a ministry
    ("Two inmates were killed, the national prison service said. The service said 17 officers were injured.",
     "It left 17 officers injured, according to the justice ministry."),
    # two business bodies
    ("Some 1,200 operations were cancelled, the Employers' Federation said.",
     "Some 1,200 operations were cancelled, according to the chamber of commerce."),
])
def test_two_sources_of_one_kind_are_no_drift(a, b):
    assert "contradiction" not in _kinds(_pair(a, b), "SR402")


# --- 3. A substance that got out is one event, however the verb says it -----------------------
# Why it failed: "an estimated 4,000 barrels of crude had escaped", "more than 6,000 barrels of
# crude leaked into the river" and "some 9,000 barrels of crude entered the river" had no event
# (no spill class; "entered the river" made "river" a qualifier), and event-less figures align
# only on a shared context word: the conflicting spill estimates were never compared.
SPILLS = [
    ("An estimated 2 million litres of sewage spilled into the bay, the water company said.",
     "More than 5 million litres of sewage were discharged into the harbour, the environment agency said."),
    ("About 300 tonnes of ammonia escaped from the ruptured tank, the plant said.",
     "At least 500 tonnes of ammonia leaked, firefighters said."),
    ("Some 150 tonnes of diesel had leaked before the valve was closed.",
     "Nearly 400 tonnes of diesel poured into the canal, the port authority said."),
    ("An estimated 4,000 barrels of crude had escaped before the flow was stopped.",
     "Some 9,000 barrels of crude entered the river, by our count."),
]


@pytest.mark.parametrize("a,b", SPILLS, ids=range(len(SPILLS)))
def test_spilled_amounts_are_compared(a, b):
    assert "contradiction" in _kinds(_pair(a, b, (figures.RULE,)), "NU201")


@pytest.mark.parametrize("a,b", [
    # a rate of flow is no spill
    ("The refinery processes 80,000 barrels of crude a day.", "An estimated 4,000 barrels of crude leaked into the river."),
    # what was recovered is not what leaked
    ("Crews have recovered 1,500 barrels of crude from the water.", "An estimated 4,000 barrels of crude leaked into the river."),
    # what a tank held is a stock
    ("The tank held 600 tonnes of ammonia.", "About 300 tonnes of ammonia escaped from the tank."),
    # another substance
    ("More than 20 tonnes of dead fish were collected.", "About 300 tonnes of ammonia escaped from the tank."),
    # seized and dumped are two events
    ("Some 12 tonnes of cannabis were seized at the port.", "About 30 tonnes of cannabis were dumped at sea by the smugglers."),
])
def test_other_counts_of_a_substance_are_not_spills(a, b):
    assert "contradiction" not in _kinds(_pair(a, b, (figures.RULE,)), "NU201")


# --- 4. "took part" with no activity named ------------------------------------------------------
# Why it failed: "Around 300 inmates took part" (the activity left unsaid) had no event, so it
# never met "At least 280 inmates took part in the riot".
@pytest.mark.parametrize("a,b", [
    ("Around 300 inmates took part, the prison governor said.", "At least 280 inmates took part in the riot, the inquiry said."),
    ("Some 2,000 students participated, the university said.", "At least 1,900 students took part in the boycott."),
    ("Around 40 vessels took part, the coastguard said.", "At least 38 vessels took part in the search."),
])
def test_unnamed_activity_agrees_with_the_named_one(a, b):
    assert "agreement" in _kinds(_pair(a, b, (figures.RULE,)), "NU201")


# The activity left unsaid is the one the sentence before names: then the counts can conflict.
@pytest.mark.parametrize("a,b", [
    ("The riot broke out on Friday. Around 300 inmates took part, the governor said.",
     "Some 30 inmates took part in the riot, the inquiry said."),
    ("The boycott began on Monday. Some 2,000 students took part, the union said.",
     "Only 200 students took part in the boycott."),
    ("The disturbance spread to two wings. About 150 prisoners took part, officials said.",
     "More than 400 prisoners took part in the riot."),
])
def test_unnamed_activity_named_just_before_can_conflict(a, b):
    assert "contradiction" in _kinds(_pair(a, b, (figures.RULE,)), "NU201")


@pytest.mark.parametrize("a,b", [
    # an unnamed activity may be another one: never a contradiction
    ("Around 300 inmates took part, the governor said.", "Nine inmates took part in the talks with the governor."),
    ("The riot broke out on Friday. Around 300 inmates took part, the governor said.",
     "Nine inmates took part in the talks with the governor."),
    ("Around 300 inmates took part, the governor said.", "Some 30 inmates took part in the riot, the inquiry said."),
    ("Around 300 inmates took part, the prison governor said.", "Some 120 inmates have since been transferred to other prisons."),
])
def test_unnamed_activity_never_refutes_another(a, b):
    assert "contradiction" not in _kinds(_pair(a, b, (figures.RULE,)), "NU201")


# --- 5. Unsourced: a vague quantifier placed by a name; a quantity of something -----------------
# Why it failed: "Some in Lessa say ..." was a named institution (a capitalised word inside the
# subject), and "about 80,000 barrels of crude a day" was skipped as a measurement.
@pytest.mark.parametrize("text", [
    "Some in Lessa say the company knew about the corrosion for years.",
    "Many in Vestmark believe the count was rigged.",
    "Some at Halden Motors say the brake defect was known in 2021.",
])
def test_vague_quantifier_with_a_place_is_vague(text):
    assert grade_sentence(text).grade == "vague"
    assert _sr401(text)


@pytest.mark.parametrize("text", [
    "Some fans of Ajax say the club lied about the fee.",
    "Several Western governments say the vote was rigged.",
])
def test_described_groups_stay_named(text):
    assert grade_sentence(text).grade != "vague"


@pytest.mark.parametrize("text", [
    "The Lumen pipeline carries about 80,000 barrels of crude a day to the refinery.",
    "The plant stores some 600 tonnes of ammonia on site.",
    "The reservoir holds 40 million litres of drinking water.",
])
def test_unsourced_quantity_of_a_substance(text):
    assert _sr401(text)


@pytest.mark.parametrize("text", [
    "The bridge is 400 metres long.",
    "The river rose four metres overnight.",
    "The pipeline carries 80,000 barrels of crude a day, the company said.",
])
def test_measurements_or_sourced_quantities_stay_silent(text):
    assert not _sr401(text)


# --- 6. An amount of money named by its clause's subject ------------------------------------------
# Why it failed: "Compensation claims could reach an estimated 30 million euros, according to the
# Passenger Rights Network" has no noun after the amount, so it was dropped ("80,000 of them"),
# and "claims" was read as a cue verb with "Compensation" as its source. The authority's "put the
# cost of compensation at an estimated 30 million euros" was never compared, and the drift
# between the regulator's figure and the campaign group's was missed.
@pytest.mark.parametrize("text,source", [
    ("Compensation claims could reach 12 million euros, according to the farmers' union.", "the farmers union"),
    ("Damage claims could reach 12 million euros.", None),
    ("Early estimates were far lower, the ministry said.", "the ministry"),
])
def test_plural_noun_before_a_modal_is_no_cue(text, source):
    att = grade_sentence(text)
    assert att.source == source and att.cue != "claims", att


@pytest.mark.parametrize("text", ["The company claims the defect was minor.", "Ahmed claims 300 people died."])
def test_cue_verbs_still_cue(text):
    assert grade_sentence(text).cue == "claims"


SUBJECT_AMOUNTS = [
    ("The agriculture ministry put the cost of compensation at 12 million euros.",
     "Compensation claims could reach 12 million euros, according to the farmers' union."),
    ("The Civil Aviation Authority put the cost of compensation at an estimated 30 million euros.",
     "Compensation claims could reach an estimated 30 million euros, according to the Passenger Rights Network."),
    ("The education ministry put the cost of compensation at about 4 million pounds.",
     "Compensation bills could reach about 4 million pounds, the parents' association said."),
]


@pytest.mark.parametrize("a,b", SUBJECT_AMOUNTS, ids=range(len(SUBJECT_AMOUNTS)))
def test_amount_named_by_its_subject_is_compared(a, b):
    found = _pair(a, b)
    assert "agreement" in _kinds(found, "NU201")
    assert "contradiction" in _kinds(found, "SR402")


@pytest.mark.parametrize("a,b", [
    # another amount of the story: a profit, a fine
    ("The authority put the cost of compensation at 30 million euros.", "The airline's profit fell to 30 million euros last year."),
    ("The authority put the cost of compensation at 30 million euros.",
     "The airline was fined 2 million euros for failing to inform passengers about compensation."),
    # a possible amount never refutes a stated one
    ("The ministry put the cost of compensation at 12 million euros.", "Compensation claims could reach 40 million euros, the union said."),
])
def test_other_or_possible_amounts_stay_silent(a, b):
    found = _pair(a, b)
    assert "contradiction" not in _kinds(found, "NU201") and "contradiction" not in _kinds(found, "SR402")


# --- 7. More kinds of source read from the phrase itself -------------------------------------------
# Why they failed (found writing variants): "figures from the education ministry show" was a
# document of no publisher; "the Clean Coast campaign" was a person; "the consumer association"
# (members written in the singular, lower case) had no kind.
MORE_KINDS = [
    ("The strike closed 1,200 schools, figures from the education ministry show.",
     "The strike closed 1,200 schools, according to the teachers' union."),
    ("The environment agency estimates that 2 million litres of sewage spilled into the bay.",
     "The Clean Coast campaign estimates that 2 million litres of sewage spilled into the bay."),
    ("The recall covers 120,000 cars, the transport safety regulator said.",
     "The recall covers 120,000 cars, according to the consumer association."),
]


@pytest.mark.parametrize("a,b", MORE_KINDS, ids=range(len(MORE_KINDS)))
def test_publisher_campaign_and_descriptive_association(a, b):
    assert "contradiction" in _kinds(_pair(a, b), "SR402")


@pytest.mark.parametrize("a,b", [
    # the ministry's figures against the ministry's figures
    ("The strike closed 1,200 schools, figures from the education ministry show.",
     "The strike closed 1,200 schools, according to figures from the ministry."),
    # a later update of a toll is no drift and no contradiction
    ("The outbreak has killed 31 people, the health ministry said.",
     "The outbreak has killed 44 people, according to the national health service."),
])
def test_same_publisher_or_later_toll_stays_silent(a, b):
    found = _pair(a, b)
    assert "contradiction" not in _kinds(found, "SR402") and "contradiction" not in _kinds(found, "NU201")


# --- 8. "It said" after a sentence whose subject is a named body ----------------------------------
# Why it failed: a pronoun source resolves to the attributions of the sentences before; when the
# sentence before has no verb of saying ("The Drivers' Union published its own count"), "It said"
# stayed an unknown institution and no drift could be seen.
@pytest.mark.parametrize("a,b", [
    ("The Clean Water Alliance released its own figures on Monday. It said 2 million litres of sewage had spilled into the bay.",
     "An estimated 2 million litres of sewage spilled into the bay, the environment agency said."),
    ("The Drivers' Union published its own count on Monday. It said 300 trains were cancelled.",
     "Some 300 trains were cancelled, the transport ministry said."),
])
def test_pronoun_takes_the_subject_before(a, b):
    assert "contradiction" in _kinds(_pair(a, b), "SR402")


def test_pronoun_of_the_same_body_is_no_drift():
    a = "The housing ministry published its figures on Monday. It said 400 flats were damaged."
    b = "Some 400 flats were damaged, the housing ministry said."
    assert "contradiction" not in _kinds(_pair(a, b), "SR402")
    assert grade_sentence("He said 400 flats were damaged.").grade == "named_person"


# --- 9. People moved elsewhere by those in charge ------------------------------------------------
# Why it failed (found writing variants): "moved to other prisons" and "transferred to other
# jails" had no event and no context word in common: never compared. A transfer tally grows:
# a larger figure in a later article is an update.
def _same_day(a: str, b: str):
    arts = [article_from_text("Published 3 March 2023\n\n" + t, f"s/{n}.txt", "s") for n, t in (("a", a), ("b", b))]
    return check_story("s", arts, (figures.RULE,))


@pytest.mark.parametrize("a,b", [
    ("Nearly 200 inmates were moved to other prisons.", "More than 350 inmates have been transferred to other jails."),
    ("About 40 patients were relocated to a field hospital.", "At least 90 patients were moved to a field hospital."),
    ("Some 1,200 pupils were transferred to nearby schools.", "Fewer than 500 pupils were moved to nearby schools."),
])
def test_transfers_are_compared(a, b):
    assert "contradiction" in _kinds(_same_day(a, b), "NU201")


@pytest.mark.parametrize("a,b", [
    # a later, larger tally is an update
    ("Nearly 200 inmates were moved to other prisons.", "More than 350 inmates have been transferred to other jails."),
    # moved out of their homes are the evacuated, not the transferred
    ("About 300 residents were moved out of their homes.", "Some 40 residents were transferred to a shelter in the next town."),
    # who went back is not who was moved away
    ("Some 300 families have moved back home.", "About 120 families were moved to temporary shelters."),
    ("Some 300 families have returned home.", "About 120 families were relocated to temporary shelters."),
])
def test_transfer_updates_and_evacuations_stay_silent(a, b):
    assert "contradiction" not in _kinds(_pair(a, b, (figures.RULE,)), "NU201")


# --- 10. Weasel heads with a phrase after them ------------------------------------------------------
# Why it failed (found writing variants): "Others at the plant say ...", "Critics of the plan say
# ..." had no source at all (only a bare "Critics" was vague): the claim went unreported.
@pytest.mark.parametrize("text", [
    "Others at the plant say the alarms were switched off.",
    "Critics of the plan say it will cost 40 million euros.",
    "Some on the council say the budget was cut by a third.",
])
def test_weasel_head_with_a_phrase_is_vague(text):
    assert grade_sentence(text).grade == "vague"
    assert _sr401(text)


@pytest.mark.parametrize("text", [
    "Analysts at Barclays say the deal is worth 40 million euros.",
    "Observers from the OSCE said 300 ballots were spoiled.",
])
def test_weasel_head_at_a_named_body_is_named(text):
    assert grade_sentence(text).grade == "named_institution"


# --- 11. "put the number of injured officers at 17" ------------------------------------------------
# Why it failed (found writing variants): a small number after "at" with no word after it was a
# time of day ("at nine"), so "puts the number of injured officers at 17." had no figure; and "the
# number of X" counted "number", never X.
@pytest.mark.parametrize("a,b,kind", [
    ("The prison service said 17 officers were injured.", "The union puts the number of injured officers at 17.", "agreement"),
    ("The prison service said 17 officers were injured.", "The union puts the number of injured officers at 22.", "contradiction"),
    ("Officials put the number of evacuated residents at 2,500.",
     "About 4,500 residents were evacuated, according to the Red Cross.", "contradiction"),
    ("The federation put the number of striking teachers at 9.", "Only four teachers were striking, the school said.", "contradiction"),
])
def test_number_of_counts_its_noun(a, b, kind):
    assert kind in _kinds(_pair(a, b, (figures.RULE,)), "NU201")


@pytest.mark.parametrize("text,count", [
    ("The union puts the number of injured officers at 17.", 1),
    ("The toll stood at 12.", 1),
    ("Police put the crowd at 12.", 1),
    ("They met at nine.", 0),
    ("The meeting was put back to start at 10.", 0),
    ("The minister put it bluntly at 10.", 0),
])
def test_a_count_after_at_is_no_clock_time(text, count):
    from checker.extract.numbers import extract_figures
    assert len(extract_figures(text)) == count


def test_number_of_members_is_not_the_injured():
    a, b = "The prison service said 17 officers were injured.", "The union put the number of its members at 170."
    assert not _kinds(_pair(a, b, (figures.RULE,)), "NU201")


# --- 12. A named body described once in the story ----------------------------------------------
# Why it failed (holdout7 lumina-formula-recall, still missed): "the Safe Bottles Network" has no
# telling word; another article calls it "a parents' group", but kinds were read per sentence, so
# the same 14 sick infants credited to the food authority and to the parents' group were no drift.
def _story(texts: dict[str, str]):
    arts = [article_from_text(f"Published {k + 3} March 2023\n\n" + t, f"s/{n}.txt", "s")
            for k, (n, t) in enumerate(sorted(texts.items()))]
    return check_story("s", arts, (figures.RULE, attribution_drift.RULE))


@pytest.mark.parametrize("texts", [
    {"a": "The food safety authority said 14 infants had fallen ill.",
     "b": "Mareike Sand of the Safe Bottles Network, a parents' group, spoke to reporters.",
     "c": "Fourteen infants fell ill, the Safe Bottles Network said."},
    {"a": "The labour ministry said 2,300 workers walked out.",
     "b": "Some 2,300 workers walked out, Fair Shift said. Fair Shift, a campaign group set up in 2019, called the strike."},
    {"a": "The interior ministry said 140 homes were destroyed.",
     "b": "Kessan Relief, an aid charity working in the valley, said 140 homes were destroyed."},
])
def test_a_body_described_once_keeps_its_kind(texts):
    assert "contradiction" in _kinds(_story(texts), "SR402")


@pytest.mark.parametrize("texts", [
    # described as a public body: no drift against the ministry
    {"a": "The labour ministry said 2,300 workers walked out.",
     "b": "Some 2,300 workers walked out, Arbeitsamt Nord said. Arbeitsamt Nord, a government agency, runs the job centres."},
    # described as two kinds: nothing is known
    {"a": "The labour ministry said 2,300 workers walked out.",
     "b": "Some 2,300 workers walked out, Fair Shift said. Fair Shift, a campaign group, is funded by Fair Shift, a company."},
])
def test_a_body_described_as_official_or_ambiguous_is_no_drift(texts):
    assert "contradiction" not in _kinds(_story(texts), "SR402")


# --- 13. A later, higher toll from a body the story describes as a side -------------------------
# Why it failed (holdout7 lumina-formula-recall): a higher toll in a later article is an update
# unless a side (campaigners, families, a party) gives it; "the Safe Bottles Network" had no
# category, and the story's "a parents' group" was never read, so "two babies have died" (the
# network) against "one infant died" (the authority) was taken for an update.
@pytest.mark.parametrize("texts", [
    {"a": "One infant died, the food safety authority said.",
     "b": "Mareike Sand of the Safe Bottles Network, a parents' group, spoke to reporters. The Safe Bottles Network says two babies have died."},
    {"a": "Three miners were killed, the mining office said.",
     "b": "Kopal Watch, a campaign group set up by miners' families, said five miners were killed."},
    {"a": "Nine people died in the crush, police said.",
     "b": "Justice for the 96, a victims' group, says 12 people have died."},
])
def test_later_toll_of_a_described_side_is_a_dispute(texts):
    assert "contradiction" in _kinds(_story(texts), "NU201")


@pytest.mark.parametrize("texts", [
    # a body described as official: its later higher toll is an update
    {"a": "Three miners were killed, the mining office said.",
     "b": "Kopal Safety, a government agency, said five miners have been killed."},
    # the side's own earlier figure rising later: an update of the side's count
    {"a": "Kopal Watch, a campaign group, said three miners were killed.",
     "b": "Kopal Watch said five miners have been killed."},
])
def test_later_toll_of_an_official_or_the_same_side_is_an_update(texts):
    assert "contradiction" not in _kinds(_story(texts), "NU201")


# --- 14. Two official bodies are no drift ----------------------------------------------------------
# Why they fired (found writing near misses): courts and prosecutors were a "justice" family apart
# from the state, the fire service a "responders" kind like volunteers, "the defence ministry" a
# court ("defence" is a court word) and "the central bank" a company: the same figure from two
# organs of the state was reported as drift.
@pytest.mark.parametrize("a,b", [
    ("Prosecutors said 14 people died.", "The police said 14 people died."),
    ("Some 14 people died, the court heard.", "Some 14 people died, the interior ministry said."),
    ("The fire service said 14 people died.", "The interior ministry said 14 people died."),
    ("The central bank said 14,000 jobs were lost.", "The labour ministry said 14,000 jobs were lost."),
    ("The army said 14 soldiers were killed.", "The defence ministry said 14 soldiers were killed."),
])
def test_two_official_bodies_are_no_drift(a, b):
    assert "contradiction" not in _kinds(_pair(a, b), "SR402")


@pytest.mark.parametrize("a,b", [
    # rescuers and volunteers as people still differ from the state
    ("Rescuers said 85 people were injured.", "Some 85 people were injured, the interior ministry said."),
    ("The fire service said 14 people died.", "Volunteers said 14 people died."),
    ("The central bank said 14,000 jobs were lost.", "Some 14,000 jobs were lost, the bankers' association said."),
])
def test_official_against_people_or_business_is_drift(a, b):
    assert "contradiction" in _kinds(_pair(a, b), "SR402")


@pytest.mark.parametrize("phrase,category", [
    ("the defence ministry", "government"),
    ("the Justice Ministry", "government"),
    ("the central bank", "government"),
    ("the defence lawyers", "court"),
])
def test_ministries_are_government(phrase, category):
    assert classify(phrase).category == category


# --- 15. Events said by a phrase ----------------------------------------------------------------
# Why they failed (found writing agreement variants): "were under water", "are covered by the
# recall", "have been withdrawn from shops" named no event, so the counts never met "flooded" or
# "recalled" (holdout7's tins "withdrawn from shops" against "the recall covers more than 1 million").
@pytest.mark.parametrize("a,b", [
    ("Some 2,000 homes were flooded, the council said.", "More than 1,800 houses were under water."),
    ("Roughly 1.2 million tins were recalled.", "At least 1.1 million tins are covered by the recall."),
    ("The recall covers more than 1 million kettles.", "At least 1.1 million kettles have been withdrawn from shops."),
])
def test_event_phrases_align(a, b):
    assert "agreement" in _kinds(_pair(a, b, (figures.RULE,)), "NU201")


@pytest.mark.parametrize("a,b", [
    # sold is not recalled
    ("Roughly 1.2 million tins were sold.", "At least 3 million tins are covered by the recall."),
    # damaged is not flooded
    ("Some 2,000 homes were damaged, the council said.", "More than 5,000 houses were under water."),
])
def test_event_phrases_keep_other_counts_apart(a, b):
    assert not _kinds(_pair(a, b, (figures.RULE,)), "NU201")

"""Event dates (DT101) recall on unseen stories (holdout8): one period in different words.

Why the mechanism missed each holdout8 case, and the structure the fix reads:

1. "The prison was locked down from October 14 to October 22" / "a lockdown of the prison
   from October 14 to October 25"; "inspectors audited the airline's data centre from July
   22 to July 25" / "its audit of the airline's data centre, which ran from July 22 to July
   26": the verb's clause named no vocabulary event ("locked down", "audited" are no verb
   class), so one side was never dated. One action is written as a verb ("X was suspended",
   "audited X") or as its noun ("a suspension of X", "an audit of X"): a range (or a
   duration with its start) is keyed by the action's stem and the head of the thing acted
   on, whatever the form, and two such ranges that share days are one period.
2. "a two-week suspension of family visits starting October 16" / "Family visits were
   suspended from October 16 to November 5": the noun side keyed the visits (the nearest
   event word) and the verb side nothing ("suspended" reads as a postponement); the same
   action key (suspend + visit) aligns them, and the duration makes the start a range.
3. "a ten-day fishing ban starting March 9" / "The fishing ban, which ran from March 9 to
   March 23": the extractor read "<N>-day" only before a noun of its duration list ("ban"
   is not in it), so the start date stayed a single day. "<N>-day [words] <noun> starting
   <date>" is a duration whatever the noun: the start cue says it is a period.

The action key also reads "a ban on fishing" / "the lockdown at the prison", compounds ("the
fishing ban", "the prison lockdown"), "remained closed", "was offline" (a closure) and "closed
to traffic"; a few action synonyms ("shut"/"closure", "halted"/"suspension"). It stays silent
for planned periods ("will be closed from"), light verbs ("took place from"), two named agents,
periods that share no day and single dates.

Not fixed (causes written down): "The outage began on Monday" / "The meltdown at Corvalis Air
started on 14 July" and "The leak in the pipeline began on Saturday" / "The pipeline ruptured
on 7 March" are one onset in two different nouns (no vocabulary link, and merging any two
onsets of a story pairs "the heatwave began on July 15" with "the blackout began on July 16"
in holdout4); "a three-day shutdown of online check-in" / "the service was unavailable from"
needs "the service" resolved to the check-in of the clause before; "shut it down on Sunday"
(a phrasal verb split by a pronoun whose antecedent is "the line").

Each mechanism has variants in other domains and near misses that must stay silent.
"""
import pytest

from event_helpers import _findings, _has, _silent


# --- 1. a verb and its noun: one action on one thing ------------------------------------
ACTION_HITS = [
    # flood: evacuated / the evacuation of
    ({"a.txt": "Published 20 April 2025\n\nThe town was evacuated from April 4 to April 9 as the river rose.",
      "b.txt": "Published 22 April 2025\n\nResidents recalled the evacuation of the town from April 4 to April 12."},
     "contradiction", ("April 4 to April 9", "April 4 to April 12")),
    # election: audited the voter roll / the audit of the voter roll, which ran
    ({"a.txt": "Published 20 March 2025\n\nElection observers audited the voter roll from March 3 to March 8.",
      "b.txt": "Published 24 March 2025\n\nThe commission published the audit of the voter roll, which ran from March 3 to March 10."},
     "contradiction", ("March 3 to March 8", "March 3 to March 10")),
    # strike: the port was blockaded / a blockade of the port
    ({"a.txt": "Published 12 June 2025\n\nThe port was blockaded from June 2 to June 6 by striking dockers.",
      "b.txt": "Published 14 June 2025\n\nExporters lost millions during a blockade of the port from June 1 to June 6."},
     "contradiction", ("June 2 to June 6", "June 1 to June 6")),
    # recall: production was suspended / a three-week suspension of production starting
    ({"a.txt": "Published 30 May 2025\n\nProduction was suspended from May 5 to May 30 while the line was cleaned.",
      "b.txt": "Published 2 June 2025\n\nThe company announced a three-week suspension of production starting May 5, which cost it dearly."},
     "contradiction", ("May 5 to May 30", "three-week")),
    # transport: the road remained closed / the road closure, which ran
    ({"a.txt": "Published 20 May 2025\n\nThe coast road remained closed from May 2 to May 9 after the landslide.",
      "b.txt": "Published 22 May 2025\n\nHauliers lost a week to the road closure, which ran from May 2 to May 12."},
     "contradiction", ("May 2 to May 9", "May 2 to May 12")),
    # sport: the stadium ban (compound) / fans were banned from the stadium is not the same
    # form, but "spectators were banned" and "the spectator ban" are
    ({"a.txt": "Published 20 March 2025\n\nSpectators were banned from March 1 to March 14 after the violence.",
      "b.txt": "Published 22 March 2025\n\nThe league said the spectator ban, which ran from March 1 to March 21, had cost clubs dearly."},
     "contradiction", ("March 1 to March 14", "March 1 to March 21")),
    # education: schools were shut / the closure of schools (one action, other words)
    ({"a.txt": "Published 20 March 2025\n\nSchools were shut from March 3 to March 7 because of the storm.",
      "b.txt": "Published 22 March 2025\n\nParents were angered by the closure of schools from March 3 to March 10."},
     "contradiction", ("March 3 to March 7", "March 3 to March 10")),
    # aviation: closed to traffic (a phrase after the passive verb) / the airport's closure
    ({"a.txt": "Published 20 May 2025\n\nThe airport was closed to traffic from May 2 to May 5 after the eruption.",
      "b.txt": "Published 22 May 2025\n\nAirlines counted the cost of the closure of the airport from May 2 to May 8."},
     "contradiction", ("May 2 to May 5", "May 2 to May 8")),
    # factory: production was halted / the suspension of production
    ({"a.txt": "Published 20 June 2025\n\nProduction was halted from June 2 to June 13 at the Lenz plant.",
      "b.txt": "Published 22 June 2025\n\nThe suspension of production from June 2 to June 13 cost Lenz 4 million euros."},
     "agreement", ("June 2 to June 13",)),
    # online services: the portal was offline / a shutdown of the portal
    ({"a.txt": "Published 20 May 2025\n\nThe tax portal was offline from May 2 to May 5 after the cyberattack.",
      "b.txt": "Published 22 May 2025\n\nAccountants complained about a shutdown of the tax portal from May 2 to May 9."},
     "contradiction", ("May 2 to May 5", "May 2 to May 9")),
    # court: the courthouse was closed / the closure of the courthouse (same days)
    ({"a.txt": "Published 20 September 2025\n\nThe courthouse was closed from September 8 to September 12 after the flood.",
      "b.txt": "Published 22 September 2025\n\nLawyers complained about the closure of the courthouse from September 8 to September 12."},
     "agreement", ("September 8 to September 12",)),
]


@pytest.mark.parametrize("articles,kind,quotes", ACTION_HITS)
def test_verb_and_noun_of_one_action(articles, kind, quotes):
    assert _has(articles, kind, *quotes)


ACTION_MISSES = [
    # the same action on different things
    {"a.txt": "Published 20 May 2025\n\nThe school was closed from May 2 to May 6.",
     "b.txt": "Published 21 May 2025\n\nDrivers complained about the closure of the bridge from May 2 to May 9."},
    # different actions on the same thing
    {"a.txt": "Published 20 May 2025\n\nThe bridge was inspected from May 2 to May 6.",
     "b.txt": "Published 21 May 2025\n\nDrivers complained about the closure of the bridge from May 2 to May 9."},
    # a range and a date inside it
    {"a.txt": "Published 20 April 2025\n\nThe town was evacuated from April 4 to April 9.",
     "b.txt": "Published 22 April 2025\n\nThe evacuation of the town on April 6 was chaotic."},
    # the incident and its hearing
    {"a.txt": "Published 20 March 2025\n\nThe port was blockaded from March 3 to March 5.",
     "b.txt": "Published 24 March 2025\n\nThe court held a hearing of the blockade case from March 10 to March 12."},
    # a kind, not a thing: "a national lockdown" is no lockdown of "the nation"
    {"a.txt": "Published 20 March 2025\n\nThe nation was locked down from March 3 to March 9.",
     "b.txt": "Published 21 March 2025\n\nShops reopened after a national lockdown from March 3 to March 16."},
    # the compound names another thing: the road closure and the bridge closure
    {"a.txt": "Published 20 May 2025\n\nThe road closure, which ran from May 2 to May 9, angered hauliers.",
     "b.txt": "Published 21 May 2025\n\nThe bridge closure ran from May 2 to May 12."},
    # a planned period and the period as it ran: an update, not a contradiction
    {"a.txt": "Published 30 May 2025\n\nSchools will be closed from June 3 to June 9, the council said.",
     "b.txt": "Published 20 June 2025\n\nThe closure of schools from June 3 to June 12 angered parents."},
    # a light verb's object is no thing acted on: two events that "took place"
    {"a.txt": "Published 20 June 2025\n\nThe book fair took place from June 1 to June 5.",
     "b.txt": "Published 21 June 2025\n\nThe craft market took place from June 2 to June 9."},
    # a state of another thing: the portal and the app
    {"a.txt": "Published 20 May 2025\n\nThe tax portal was offline from May 2 to May 5.",
     "b.txt": "Published 22 May 2025\n\nThe banking app was unavailable from May 2 to May 9."},
    # the same action by two different agents: two inspections
    {"a.txt": "Published 20 June 2025\n\nArmy engineers inspected the dam from June 1 to June 3.",
     "b.txt": "Published 21 June 2025\n\nThe dam was inspected by independent experts from June 2 to June 6."},
    # two shutdowns that share no day: another episode
    {"a.txt": "Published 20 July 2025\n\nThe plant was shut down from June 2 to June 5.",
     "b.txt": "Published 21 July 2025\n\nWorkers were sent home during a shutdown of the plant from July 10 to July 14."},
]


@pytest.mark.parametrize("articles", ACTION_MISSES)
def test_other_actions_stay_apart(articles):
    assert _silent(articles)


# --- 3. "<N>-day <noun> starting <date>": a period whatever the noun ----------------------
DURATION_HITS = [
    # housing: a three-week moratorium on evictions starting June 1 (June 1-21) vs June 1-30
    ({"a.txt": "Published 2 June 2025\n\nThe council imposed a three-week moratorium on evictions starting June 1.",
      "b.txt": "Published 3 July 2025\n\nThe moratorium on evictions ran from June 1 to June 30."},
     "contradiction", ("three-week", "June 1 to June 30")),
    # sport: a 28-day transfer embargo starting January 2 (Jan 2-29) vs Jan 2 - Feb 15
    ({"a.txt": "Published 3 January 2025\n\nThe league placed the club under a 28-day transfer embargo starting January 2.",
      "b.txt": "Published 20 February 2025\n\nThe transfer embargo, which ran from January 2 to February 15, has ended."},
     "contradiction", ("28-day", "January 2 to February 15")),
    # trade: "a ten-day export ban, which began on March 9" (March 9-18) vs March 9-23
    ({"a.txt": "Published 10 March 2025\n\nTraders protested against a ten-day export ban, which began on March 9.",
      "b.txt": "Published 25 March 2025\n\nThe export ban ran from March 9 to March 23, the ministry said."},
     "contradiction", ("ten-day", "March 9 to March 23")),
    # employment: "a three-week freeze on hiring starting May 1" (May 1-21) vs "hiring was frozen"
    ({"a.txt": "Published 2 May 2025\n\nThe council announced a three-week freeze on hiring starting May 1.",
      "b.txt": "Published 3 June 2025\n\nHiring was frozen from May 1 to May 31, the council's accounts show."},
     "contradiction", ("three-week", "May 1 to May 31")),
    # unrest: a ten-day curfew starting May 1 agrees with May 1-10
    ({"a.txt": "Published 2 May 2025\n\nThe governor declared a ten-day curfew starting May 1.",
      "b.txt": "Published 12 May 2025\n\nThe curfew, which ran from May 1 to May 10, has been lifted."},
     "agreement", ("ten-day", "May 1 to May 10")),
]


@pytest.mark.parametrize("articles,kind,quotes", DURATION_HITS)
def test_duration_before_any_noun_with_a_start(articles, kind, quotes):
    assert _has(articles, kind, *quotes)


DURATION_MISSES = [
    # bans of different things
    {"a.txt": "Published 10 March 2025\n\nThe ministry imposed a ten-day export ban starting March 9.",
     "b.txt": "Published 25 March 2025\n\nThe import ban ran from March 9 to March 23."},
    # a duration of another phrase is not the action's ("ten-day" is the trip's)
    {"a.txt": "Published 10 March 2025\n\nAfter a ten-day trip, the minister announced a ban on fishing starting March 9.",
     "b.txt": "Published 25 March 2025\n\nFishing was banned from March 9 to March 23."},
    # a duration without a start cue is no period of the date ("ten-day" is the trip's)
    {"a.txt": "Published 10 March 2025\n\nAfter a ten-day trip, the minister signed the fishing ban on March 9.",
     "b.txt": "Published 25 March 2025\n\nThe fishing ban ran from March 9 to March 23."},
]


@pytest.mark.parametrize("articles", DURATION_MISSES)
def test_duration_needs_its_start(articles):
    assert _silent(articles)


def test_duration_extracted_before_a_start_cue():
    """The extractor reads "<N>-day <noun> starting" as a duration whatever the noun."""
    import datetime as dt

    from checker.extract.dates import extract_times
    times = extract_times("The agency imposed a ten-day fishing ban starting March 9 on the river.", dt.date(2025, 3, 10))
    assert [(t.form, t.duration_days) for t in times if t.form == "duration"] == [("duration", 10)]
    times = extract_times("The agency said ten-day forecasts are unreliable.", dt.date(2025, 3, 10))
    assert not [t for t in times if t.form == "duration"]


def test_one_finding_per_pair_of_claims():
    """A pair the event vocabulary already judges ("a lockdown", "the lockdown": one closure)
    is not reported again by the action key."""
    articles = {"a.txt": "Published 30 October 2023\n\nThe riot led to a lockdown of the prison from October 14 to October 22.",
                "b.txt": "Published 31 October 2023\n\nThe prison lockdown ran from October 14 to October 22."}
    found = [f for f in _findings(articles) if f.kind in ("agreement", "contradiction")]
    assert len(found) == 1 and found[0].kind == "agreement"

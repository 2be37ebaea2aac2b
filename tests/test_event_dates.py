"""Event dates (DT101): one event named with different words, relative weekdays, "the X of
DATE" nominals, onsets of long events, durations against ranges, pairwise contradictions.

Each mechanism has variants in several domains and near misses that must stay silent.
"""
import pytest

from event_helpers import _findings, _has


def _kinds(articles: dict):
    return [f.kind for f in _findings(articles)]


# --- one event, different words: an event family noun and its verb class ----------------
FAMILY_HITS = [
    # a bridge (infrastructure): "the collapse" and "gave way"
    ({"a.txt": "Published Tuesday 5 March 2024\n\nThe collapse happened on Monday during the evening rush hour.",
      "b.txt": "Published 7 March 2024\n\nThe bridge over the river gave way on March 3, sending two cars into the water."},
     "contradiction", ("on Monday", "March 3")),
    # a warehouse (industrial accident): "the cave-in" and "came down"
    ({"a.txt": "Published 14 May 2024\n\nTwo workers died in the cave-in on 12 May, the company said.",
      "b.txt": "Published 15 May 2024\n\nThe warehouse roof came down on May 12 after days of rain."},
     "agreement", ("12 May", "May 12")),
    # a stadium stand (sport): "collapsed" and "the collapse"
    ({"a.txt": "Published 16 September 2024\n\nThe temporary stand collapsed on 14 September, injuring 40 fans.",
      "b.txt": "Published 20 September 2024\n\nInvestigators are still examining the collapse on September 15."},
     "contradiction", ("14 September", "September 15")),
    # an exam (education): "sat on Tuesday" and "the exam on July 9"
    ({"a.txt": "Published Thursday 10 July 2025\n\nThe licensing paper, sat on Tuesday by 900 nurses, will be marked by hand.",
      "b.txt": "Published 12 July 2025\n\nComplaints began after the exam on July 9, when candidates found pages missing."},
     "contradiction", ("on Tuesday", "July 9")),
    # a bar exam (law): "the examination" and "was sat"
    ({"a.txt": "Published 3 March 2025\n\nThe bar examination on February 25 was marred by a power cut.",
      "b.txt": "Published 4 March 2025\n\nThe test was sat on February 25 by 3,100 graduates."},
     "agreement", ("February 25",)),
]


@pytest.mark.parametrize("articles,kind,quotes", FAMILY_HITS)
def test_family_noun_and_verb_class_are_one_event(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


FAMILY_MISSES = [
    # two things collapsed: neither is "the collapse"
    {"a.txt": "Published 10 June 2024\n\nThe collapse happened on Monday, June 3.",
     "b.txt": "Published 11 June 2024\n\nThe dam burst on June 5 and the bridge gave way on June 7."},
    # "the exam portal", "the exam board": modifiers, not the exam
    {"a.txt": "Published 20 June 2025\n\nThe online exam portal was shut from June 11 to June 14.",
     "b.txt": "Published 21 June 2025\n\nThe paper was sat on June 10 by 8,000 pupils."},
    {"a.txt": "Published 20 June 2025\n\nThe exam board met on June 12 to discuss the leak.",
     "b.txt": "Published 21 June 2025\n\nComplaints began after the exam on June 10."},
    # the resit is a new paper, not the one sat
    {"a.txt": "Published 18 June 2025\n\nCandidates will sit the new paper on Thursday, June 26.",
     "b.txt": "Published 20 June 2025\n\nThe leaked paper was sat on June 11 by 84,000 candidates."},
    # rescuers breaking through is not the collapse
    {"a.txt": "Published 8 May 2025\n\nRescuers broke through to the trapped men on Wednesday, May 7.",
     "b.txt": "Published 10 May 2025\n\nTwo miners died in the collapse on May 6."},
]


@pytest.mark.parametrize("articles", FAMILY_MISSES)
def test_family_near_misses_stay_silent(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- the first day of a long event: onset verbs and "the X of DATE" ----------------------
ONSET_HITS = [
    # a flood: "struck on Sunday" (2 June) vs "began on June 1"
    ({"a.txt": "Published Tuesday 4 June 2024\n\nThe flood struck on Sunday, cutting off three villages.",
      "b.txt": "Published 6 June 2024\n\nThe flooding began on June 1, the regional council said."},
     "contradiction", ("on Sunday", "June 1")),
    # a wildfire: "the fire of 3 August" vs "broke out on August 2"
    ({"a.txt": "Published 10 August 2025\n\nThe blaze broke out on August 2 near the motorway.",
      "b.txt": "Published 20 August 2025\n\nInsurers are still counting the cost of the fire of 3 August."},
     "contradiction", ("August 2", "3 August")),
    # a riot: "the riot of 12 July" and "rioting broke out on 12 July"
    ({"a.txt": "Published 14 July 2025\n\nRioting broke out on 12 July in the east wing.",
      "b.txt": "Published 30 July 2025\n\nSix guards were hurt in the riot of 12 July."},
     "agreement", ("12 July",)),
    # a power cut: "the outage hit on Wednesday" vs "the blackout began on 16 July"
    ({"a.txt": "Published Thursday 18 July 2024\n\nThe outage hit on Wednesday afternoon.",
      "b.txt": "Published 19 July 2024\n\nThe blackout began on July 16."},
     "contradiction", ("on Wednesday afternoon", "July 16")),
]


@pytest.mark.parametrize("articles,kind,quotes", ONSET_HITS)
def test_onset_dates_of_long_events(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


ONSET_MISSES = [
    # "hit the coast on Tuesday": a day of the storm, not its first
    {"a.txt": "Published 8 November 2024\n\nThe storm hit the coast on Tuesday, flattening sea walls.",
     "b.txt": "Published 9 November 2024\n\nThe storm began on November 4, forecasters said."},
    # "fought the fire on Sunday": a day during it
    {"a.txt": "Published 15 July 2025\n\nCrews fought the fire on Sunday near the village.",
     "b.txt": "Published 29 July 2025\n\nThe fire broke out on July 12."},
    # "the end of the strike of June 3"? no: "the third day of the strike" is not its start
    {"a.txt": "Published 6 June 2023\n\nSchools stayed shut on the third day of the strike on Wednesday.",
     "b.txt": "Published 8 June 2023\n\nThe strike began on June 5."},
]


@pytest.mark.parametrize("articles", ONSET_MISSES)
def test_onset_near_misses_stay_silent(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- "<bound> the <DATE> <event>": the date still names the event -----------------------
PREMOD_HITS = [
    ({"a.txt": "Published Friday 6 February 2026\n\nThree days after the quake that struck on Wednesday, rescuers were still digging.",
      "b.txt": "Published 16 February 2026\n\nTwo weeks after the February 3 earthquake, the bulldozers have replaced the dogs."},
     "contradiction", ("on Wednesday", "February 3")),
    # a rail accident
    ({"a.txt": "Published 12 March 2025\n\nDays after the March 9 derailment, the line is still closed.",
      "b.txt": "Published 13 March 2025\n\nThe derailment on March 8 injured 14 passengers."},
     "contradiction", ("March 9", "March 8")),
    # a court ruling
    ({"a.txt": "Published 8 October 2024\n\nAhead of the 9 October verdict, protesters gathered outside.",
      "b.txt": "Published 11 October 2024\n\nThe verdict came on 10 October after a long trial."},
     "contradiction", ("9 October", "10 October")),
]


@pytest.mark.parametrize("articles,kind,quotes", PREMOD_HITS)
def test_date_before_its_event_noun_after_a_bound(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


def test_deadline_after_a_bound_is_not_the_event():
    articles = {"a.txt": "Published 3 July 2024\n\nThe deal was agreed after the June 30 deadline.",
                "b.txt": "Published 5 July 2024\n\nThe deal was signed on July 2."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- "<N>-day <activity>" against a range of the same activity ---------------------------
DURATION_HITS = [
    # a mine rescue ("operation" only says it was organised)
    ({"a.txt": "Published 10 May 2025\n\nThe rescue operation ran from May 6 to May 9.",
      "b.txt": "Published 20 May 2025\n\nAfter a five-day rescue operation, the families want answers."},
     "contradiction", ("May 6 to May 9", "five-day")),
    # a search at sea
    ({"a.txt": "Published 14 October 2024\n\nThe search, which ran from October 6 to October 11, found no survivors.",
      "b.txt": "Published 20 October 2024\n\nThe three-day search mission was the largest in a decade."},
     "contradiction", ("October 6 to October 11", "three-day")),
    # a flood relief effort
    ({"a.txt": "Published 8 May 2024\n\nThe relief effort ran from 4 to 6 May.",
      "b.txt": "Published 9 May 2024\n\nA three-day relief effort reached every village."},
     "agreement", ("4 to 6 May", "three-day")),
    # a clean-up after a spill
    ({"a.txt": "Published 9 March 2025\n\nThe clean-up operation lasted from March 2 to March 8.",
      "b.txt": "Published 12 March 2025\n\nThe 12-day clean-up operation cost the port authority dearly."},
     "contradiction", ("March 2 to March 8", "12-day")),
]


@pytest.mark.parametrize("articles,kind,quotes", DURATION_HITS)
def test_duration_of_an_activity_against_its_range(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


DURATION_MISSES = [
    # a search and a rescue are two activities
    {"a.txt": "Published 10 May 2025\n\nThe rescue ran from May 6 to May 9.",
     "b.txt": "Published 20 May 2025\n\nA five-day search for the missing dog ended well."},
    # a duration of something else in the sentence
    {"a.txt": "Published 10 May 2025\n\nThe rescue operation ran from May 6 to May 9.",
     "b.txt": "Published 20 May 2025\n\nThe men spent a five-day stay in hospital after the rescue."},
]


@pytest.mark.parametrize("articles", DURATION_MISSES)
def test_duration_near_misses_stay_silent(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- contradictions are reported pair by pair -------------------------------------------
def test_agreeing_articles_never_share_a_contradiction():
    articles = {
        "a.txt": "Published Wednesday 7 May 2025\n\nThe collapse happened on Tuesday.",
        "b.txt": "Published 8 May 2025\n\nThe roof fell in on May 5.",
        "c.txt": "Published 10 May 2025\n\nTwo miners died in the collapse on May 6.",
    }
    found = _findings(articles)
    contradictions = [f for f in found if f.kind == "contradiction"]
    pairs = sorted(tuple(sorted({c.article for c in f.claims})) for f in contradictions)
    assert pairs == [("a", "b"), ("b", "c")], found
    assert any(f.kind == "agreement" and {c.article for c in f.claims} == {"a", "c"} for f in found)


# --- a range given to a declared state is the state's ------------------------------------
DECLARED_RANGE_HITS = [
    ({"a.txt": "Published 16 March 2024\n\nThe army imposed a curfew from 12 to 15 March.",
      "b.txt": "Published 20 March 2024\n\nThe curfew, which ran from 12 to 16 March, emptied the streets."},
     "contradiction", ("12 to 15 March", "12 to 16 March")),
    ({"a.txt": "Published 5 February 2026\n\nThe president declared three days of national mourning, from February 4 to 6.",
      "b.txt": "Published 23 February 2026\n\nThe national mourning period, which ran from February 4 to 8, ended with a silence."},
     "contradiction", ("February 4 to 6", "February 4 to 8")),
    ({"a.txt": "Published 1 July 2024\n\nThe government declared a state of emergency from June 6 to June 20.",
      "b.txt": "Published 2 July 2024\n\nThe state of emergency ran from June 6 to June 20 in the province."},
     "agreement", ("June 6 to June 20",)),
]


@pytest.mark.parametrize("articles,kind,quotes", DECLARED_RANGE_HITS)
def test_range_of_a_declared_state(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


def test_declaration_date_is_not_the_range():
    articles = {"a.txt": "Published 8 June 2024\n\nThe council declared an emergency on June 7.",
                "b.txt": "Published 22 June 2024\n\nThe emergency ran from June 6 to June 20."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- verbs of a vocabulary event: "collided", "crashed", "derailed" is the crash ----------
CRASH_HITS = [
    ({"a.txt": "Published Wednesday 12 March 2025\n\nTwo freight trains collided on Monday near the junction.",
      "b.txt": "Published 14 March 2025\n\nThe crash on March 9 closed the line for a week."},
     "contradiction", ("on Monday", "March 9")),
    ({"a.txt": "Published 6 June 2024\n\nThe light aircraft crashed on 4 June shortly after take-off.",
      "b.txt": "Published 9 June 2024\n\nInvestigators blamed fuel for the June 5 crash."},
     "contradiction", ("4 June", "June 5")),
    ({"a.txt": "Published 4 April 2025\n\nThe tram derailed on 2 April outside the depot.",
      "b.txt": "Published 5 April 2025\n\nNobody was hurt in the derailment on April 2."},
     "agreement", ("2 April", "April 2")),
]


@pytest.mark.parametrize("articles,kind,quotes", CRASH_HITS)
def test_crash_verbs_date_the_crash(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


def test_two_things_crashed_neither_is_the_crash():
    articles = {"a.txt": "Published 6 April 2025\n\nThe bus crashed on 2 April. A lorry crashed on 5 April.",
                "b.txt": "Published 7 April 2025\n\nThe crash on April 5 closed the road."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- reopening is a one-off change of state ----------------------------------------------
REOPEN_HITS = [
    ({"a.txt": "Published Monday 20 October 2025\n\nThe airport's main runway reopened on Sunday.",
      "b.txt": "Published Wednesday 22 October 2025\n\nThe runway reopened on Tuesday after the debris was mapped."},
     "contradiction", ("on Sunday", "on Tuesday")),
    ({"a.txt": "Published 7 May 2025\n\nThe border crossing reopened on 4 May.",
      "b.txt": "Published 9 May 2025\n\nThe crossing reopened on May 6 under police escort."},
     "contradiction", ("4 May", "May 6")),
    ({"a.txt": "Published 3 March 2025\n\nThe museum reopened on March 1 after a flood.",
      "b.txt": "Published 4 March 2025\n\nThe museum reopened on 1 March."},
     "agreement", ("March 1", "1 March")),
]


@pytest.mark.parametrize("articles,kind,quotes", REOPEN_HITS)
def test_reopening_dates(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


def test_different_things_reopening():
    articles = {"a.txt": "Published 7 May 2025\n\nThe school reopened on 4 May.",
                "b.txt": "Published 9 May 2025\n\nThe bridge reopened on May 6."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- "<N>-day <event> starting on <date>" without a year ----------------------------------
YEARLESS_HITS = [
    ({"a.txt": "BRODEC, March 6 (CPA) - Teachers will stage a five-day national strike starting on March 24, the union said.",
      "b.txt": "Published 14 March 2025\n\nThe union will walk out from March 24 to March 31, the longest stoppage in a decade."},
     "contradiction", ("five-day", "March 24 to March 31")),
    ({"a.txt": "The town will hold a three-day festival starting on 4 August.",
      "b.txt": "Published 9 August 2024\n\nThe festival ran from 4 to 7 August."},
     "contradiction", ("three-day", "4 to 7 August")),
]


@pytest.mark.parametrize("articles,kind,quotes", YEARLESS_HITS)
def test_start_and_duration_without_a_year(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


def test_start_and_duration_across_february_without_a_year():
    articles = {"a.txt": "The town will hold a ten-day fair starting on February 25.",
                "b.txt": "Published 9 March 2024\n\nThe fair ran from February 25 to March 5."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- more families: explosion, sinking, resignation, verdict, eruption --------------------
MORE_FAMILY_HITS = [
    ({"a.txt": "Published 6 May 2025\n\nThe gas main exploded on 3 May under the market square.",
      "b.txt": "Published 8 May 2025\n\nShops near the explosion on May 4 are still shut."},
     "contradiction", ("3 May", "May 4")),
    ({"a.txt": "Published 14 August 2024\n\nThe ferry capsized on 12 August in heavy seas.",
      "b.txt": "Published 20 August 2024\n\nSurvivors of the sinking on August 11 met the minister."},
     "contradiction", ("12 August", "August 11")),
    ({"a.txt": "Published Thursday 5 June 2025\n\nThe minister resigned on Tuesday after the audit.",
      "b.txt": "Published 9 June 2025\n\nHer resignation on June 3 surprised the party."},
     "agreement", ("on Tuesday", "June 3")),
    ({"a.txt": "Published Saturday 15 March 2025\n\nThe jury convicted the former mayor on Friday.",
      "b.txt": "Published 20 March 2025\n\nThe verdict on March 13 was a shock."},
     "contradiction", ("on Friday", "March 13")),
    ({"a.txt": "Published 5 May 2025\n\nThe volcano erupted on 3 May, covering the valley in ash.",
      "b.txt": "Published 9 May 2025\n\nFlights were grounded after the eruption on May 2."},
     "contradiction", ("3 May", "May 2")),
]


@pytest.mark.parametrize("articles,kind,quotes", MORE_FAMILY_HITS)
def test_more_families(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


MORE_FAMILY_MISSES = [
    # a burst pipe is not an explosion
    {"a.txt": "Published 6 June 2025\n\nThe water pipe burst on June 3.",
     "b.txt": "Published 8 June 2025\n\nThe explosion on June 5 shook the street."},
    # two people resigned: neither is "the resignation"
    {"a.txt": "Published 6 June 2025\n\nThe minister resigned on June 3 and the deputy resigned on June 5.",
     "b.txt": "Published 8 June 2025\n\nThe resignation on June 5 surprised the party."},
]


@pytest.mark.parametrize("articles", MORE_FAMILY_MISSES)
def test_more_family_near_misses(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- another sitting of an event: "again", "the new paper", "the rerun", "the replay" -----
REPEAT_HITS = [
    # a resit (education)
    ({"a.txt": "Published 12 June 2025\n\nThe paper will be sat again on June 24, after the exam on June 11 leaked.",
      "b.txt": "Published 18 June 2025\n\nCandidates will sit the new paper on Thursday, June 26."},
     "contradiction", ("June 24", "June 26")),
    # a rerun election
    ({"a.txt": "Published 2 May 2025\n\nThe annulled vote will be held again on 12 May.",
      "b.txt": "Published 4 May 2025\n\nThe rerun of the election is set for May 19."},
     "contradiction", ("12 May", "May 19")),
    # a replayed cup final
    ({"a.txt": "Published 2 May 2025\n\nThe replay of the final will take place on 10 May.",
      "b.txt": "Published 4 May 2025\n\nThe final will be played again on May 10."},
     "agreement", ("10 May", "May 10")),
]


@pytest.mark.parametrize("articles,kind,quotes", REPEAT_HITS)
def test_repeat_sittings_compare_with_each_other(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


REPEAT_MISSES = [
    # the resit is not the first sitting
    {"a.txt": "Published 12 June 2025\n\nThe annulled paper will be sat again on June 24.",
     "b.txt": "Published 18 June 2025\n\nThe exam on June 10 was annulled."},
    {"a.txt": "Published 2 May 2025\n\nThe rerun of the election was held on 12 May.",
     "b.txt": "Published 4 May 2025\n\nThe election on April 20 was annulled by the court."},
    # "the second round of voting" is not the first
    {"a.txt": "Published 8 November 2024\n\nThe second round of voting took place on 3 November.",
     "b.txt": "Published 9 November 2024\n\nVoting took place on 20 October."},
]


@pytest.mark.parametrize("articles", REPEAT_MISSES)
def test_repeat_sittings_are_not_the_first(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- "recalled 40,000 cars on Monday" is the recall ----------------------------------------
def test_recall_verb_dates_the_recall():
    articles = {"a.txt": "Published Thursday 13 February 2025\n\nHalden recalled 400,000 cars on Monday.",
                "b.txt": "Published 20 February 2025\n\nThe recall on February 11 covers three models."}
    assert _has(articles, "contradiction", "on Monday", "February 11"), _findings(articles)


def test_meeting_again_is_one_more_of_many():
    articles = {"a.txt": "Published 12 March 2025\n\nThe two sides will meet again on Wednesday, March 13.",
                "b.txt": "Published 20 March 2025\n\nThe two sides met again on March 19 for three hours."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- losing power is the start of the blackout ---------------------------------------------
BLACKOUT_HITS = [
    ({"a.txt": "Published Thursday 18 July 2024\n\nSome 400,000 homes lost power on Wednesday afternoon.",
      "b.txt": "Published 19 July 2024\n\nThe blackout began on July 16 at a substation."},
     "contradiction", ("on Wednesday afternoon", "July 16")),
    ({"a.txt": "Published 5 January 2025\n\nPower failed across the island on 3 January during the storm.",
      "b.txt": "Published 9 January 2025\n\nThe outage began on January 3."},
     "agreement", ("3 January", "January 3")),
    ({"a.txt": "Published 10 February 2025\n\nThe national grid collapsed on 8 February.",
      "b.txt": "Published 12 February 2025\n\nInvestigators are examining the blackout of February 7."},
     "contradiction", ("8 February", "February 7")),
]


@pytest.mark.parametrize("articles,kind,quotes", BLACKOUT_HITS)
def test_losing_power_starts_the_blackout(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


def test_restoring_power_is_not_the_start():
    articles = {"a.txt": "Published 20 July 2024\n\nPower was restored on Friday to most homes.",
                "b.txt": "Published 21 July 2024\n\nThe blackout began on July 16."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- "the disaster", "the accident": the story's main event ----------------------------------
MAIN_HITS = [
    ({"a.txt": "Published Wednesday 7 May 2025\n\nThe collapse happened on Tuesday in the eastern gallery.",
      "b.txt": "Published 8 May 2025\n\nTwo miners died in the collapse on May 6.",
      "c.txt": "Published 23 May 2025\n\nFamilies still wait for answers about the accident on May 5."},
     "contradiction", ("on Tuesday", "May 5")),
    ({"a.txt": "Published 12 June 2024\n\nThe ferry capsized on June 9.",
      "b.txt": "Published 13 June 2024\n\nSurvivors of the sinking on June 9 met the minister.",
      "c.txt": "Published 30 June 2024\n\nThe tragedy on June 8 has shaken the island."},
     "contradiction", ("June 9", "June 8")),
    ({"a.txt": "Published 6 March 2025\n\nThe bus crashed on 4 March near the border.",
      "b.txt": "Published 7 March 2025\n\nThe crash on March 4 killed nine.",
      "c.txt": "Published 20 March 2025\n\nRelatives marked two weeks since the disaster on 4 March."},
     "agreement", ("4 March",)),
]


@pytest.mark.parametrize("articles,kind,quotes", MAIN_HITS)
def test_generic_noun_is_the_main_event(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


MAIN_MISSES = [
    # an old disaster is history, not the story's event
    {"a.txt": "Published 8 May 2025\n\nThe collapse happened on 6 May.",
     "b.txt": "Published 9 May 2025\n\nTwo miners died in the collapse on May 6.",
     "c.txt": "Published 10 May 2025\n\nIt was the worst since the disaster of 3 May 1987."},
    # no main event: two events each dated once
    {"a.txt": "Published 8 May 2025\n\nThe strike began on 2 May. The explosion on May 4 hurt two.",
     "b.txt": "Published 10 May 2025\n\nThe accident on May 3 was avoidable."},
]


@pytest.mark.parametrize("articles", MAIN_MISSES)
def test_generic_noun_near_misses(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


def test_schools_closed_on_a_day_of_the_closure():
    # "were closed on Monday" is a day of the closure, not its end
    articles = {"a.txt": "Published 7 March 2025\n\nSchools across the country will close from March 24 to 28.",
                "b.txt": "Published Tuesday 25 March 2025\n\nAbout 3,100 schools were closed on Monday, the union said."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


FAMILY_ONLY_MISSES = [
    {"a.txt": "Published Wednesday 5 March 2025\n\nThe committee sat on Tuesday to hear the minister.",
     "b.txt": "Published 7 March 2025\n\nThe committee sat on March 6 behind closed doors."},
    {"a.txt": "Published 18 July 2024\n\nHomes in the north lost power on July 16.",
     "b.txt": "Published 19 July 2024\n\nHomes in the south lost power on July 17."},
]


@pytest.mark.parametrize("articles", FAMILY_ONLY_MISSES)
def test_family_only_classes_need_their_noun(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- a fronted date dates the clause after it --------------------------------------------
FRONTED_HITS = [
    ({"a.txt": "Published 8 May 2025\n\nOn May 6, the roof of the gallery collapsed.",
      "b.txt": "Published 9 May 2025\n\nThe roof collapsed on May 5, the union said."},
     "contradiction", ("May 6", "May 5")),
    ({"a.txt": "Published Wednesday 7 May 2025\n\nOn the night of May 5, the ferry sank off the cape.",
      "b.txt": "Published 9 May 2025\n\nThe ferry sank on May 4 with 40 people on board."},
     "contradiction", ("May 5", "May 4")),
    ({"a.txt": "Published Wednesday 12 March 2025\n\nLate on Tuesday, two trains collided near Vesk, killing four.",
      "b.txt": "Published 14 March 2025\n\nThe crash on March 11 closed the line."},
     "agreement", ("on Tuesday", "March 11")),
]


@pytest.mark.parametrize("articles,kind,quotes", FRONTED_HITS)
def test_fronted_date_dates_its_clause(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


FRONTED_MISSES = [
    # a statement's date
    {"a.txt": "Published Wednesday 7 May 2025\n\nOn Monday, the company said the roof had collapsed.",
     "b.txt": "Published 9 May 2025\n\nThe roof collapsed on May 2."},
    # a date inside a sentence, not fronted
    {"a.txt": "Published 8 May 2025\n\nInspectors visited on May 6, and the roof collapsed.",
     "b.txt": "Published 9 May 2025\n\nThe roof collapsed on May 5."},
]


@pytest.mark.parametrize("articles", FRONTED_MISSES)
def test_fronted_near_misses(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- courts: sentencing and verdicts said in other words --------------------------------
COURT_HITS = [
    ({"a.txt": "Published Friday 14 March 2025\n\nThe former mayor was sentenced on Thursday to nine years.",
      "b.txt": "Published 20 March 2025\n\nAt the sentencing on March 12, the former mayor showed no emotion."},
     "contradiction", ("on Thursday", "March 12")),
    ({"a.txt": "Published Friday 14 March 2025\n\nThe jury found the former mayor guilty of fraud on Wednesday.",
      "b.txt": "Published 20 March 2025\n\nThe verdict on March 13 surprised observers."},
     "contradiction", ("on Wednesday", "March 13")),
    ({"a.txt": "Published 6 May 2025\n\nThe tribunal found the cyclist guilty on 3 May.",
      "b.txt": "Published 8 May 2025\n\nThe ruling on May 3 bans him for two years."},
     "agreement", ("3 May", "May 3")),
]


@pytest.mark.parametrize("articles,kind,quotes", COURT_HITS)
def test_court_outcomes_in_other_words(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


COURT_MISSES = [
    # a plea is not the verdict
    {"a.txt": "Published Friday 14 March 2025\n\nThe former mayor pleaded guilty on Monday.",
     "b.txt": "Published 20 March 2025\n\nThe verdict on March 13 surprised observers."},
    # two defendants sentenced on different days
    {"a.txt": "Published 14 March 2025\n\nThe court sentenced Novak on March 12 to six years.",
     "b.txt": "Published 20 March 2025\n\nThe court sentenced Petrov on March 18 to nine years."},
    # the hearings of a trial still recur
    {"a.txt": "Published 6 March 2023\n\nAt Monday's hearing, the defence asked for a delay.",
     "b.txt": "Published 10 July 2023\n\nThe defendant did not speak at the hearing on July 7."},
]


@pytest.mark.parametrize("articles", COURT_MISSES)
def test_court_near_misses(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- announcing results is publishing them -----------------------------------------------
ANNOUNCE_HITS = [
    ({"a.txt": "Published Tuesday 5 November 2024\n\nThe commission announced the results on Monday.",
      "b.txt": "Published 8 November 2024\n\nResults were announced on November 5."},
     "contradiction", ("on Monday", "November 5")),
    ({"a.txt": "Published 6 July 2025\n\nThe exam board announced the results on 4 July.",
      "b.txt": "Published 8 July 2025\n\nThe results were published on July 4."},
     "agreement", ("4 July", "July 4")),
]


@pytest.mark.parametrize("articles,kind,quotes", ANNOUNCE_HITS)
def test_announced_results(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


def test_announcing_other_things():
    articles = {"a.txt": "Published 6 July 2025\n\nThe board announced the results on 4 July.",
                "b.txt": "Published 8 July 2025\n\nThe board announced the winners on July 6."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- the first day of a flood or a fire in other words -----------------------------------
ONSET_WORD_HITS = [
    ({"a.txt": "Published Tuesday 4 June 2024\n\nThe river burst its banks on Sunday.",
      "b.txt": "Published 6 June 2024\n\nThe flooding began on June 1."},
     "contradiction", ("on Sunday", "June 1")),
    ({"a.txt": "Published 6 May 2025\n\nThe Danube burst its banks on 3 May.",
      "b.txt": "Published 20 May 2025\n\nInsurers are counting the cost of the floods of 2 May."},
     "contradiction", ("3 May", "2 May")),
    ({"a.txt": "Published Tuesday 4 June 2024\n\nThe warehouse caught fire on Sunday.",
      "b.txt": "Published 6 June 2024\n\nThe blaze broke out on June 1."},
     "contradiction", ("on Sunday", "June 1")),
    ({"a.txt": "Published 4 May 2025\n\nThe bus caught fire on 3 May on the motorway.",
      "b.txt": "Published 6 May 2025\n\nThe fire started on May 3."},
     "agreement", ("3 May", "May 3")),
]


@pytest.mark.parametrize("articles,kind,quotes", ONSET_WORD_HITS)
def test_onsets_in_other_words(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


ONSET_WORD_MISSES = [
    # no flood is dated: a river bursting its banks dates nothing by itself
    {"a.txt": "Published Tuesday 4 June 2024\n\nThe river burst its banks on Sunday.",
     "b.txt": "Published 6 June 2024\n\nThe river burst its banks on June 4, residents said."},
    # a day of the fire is not its start
    {"a.txt": "Published 15 July 2025\n\nCrews fought the fire on Sunday near the village.",
     "b.txt": "Published 16 July 2025\n\nThe warehouse caught fire on Saturday."},
]


@pytest.mark.parametrize("articles", ONSET_WORD_MISSES)
def test_onset_word_near_misses(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


def test_detained_is_arrested():
    articles = {"a.txt": "Published Tuesday 4 June 2024\n\nPolice arrested the suspect on Sunday.",
                "b.txt": "Published 6 June 2024\n\nThe suspect was detained on June 1."}
    assert _has(articles, "contradiction", "on Sunday", "June 1"), _findings(articles)


# --- a final is one match; walking out starts a strike; a hillside giving way is a landslide --
OTHER_WORD_HITS = [
    ({"a.txt": "Published Monday 26 May 2025\n\nThe final on Saturday ended 2-1.",
      "b.txt": "Published 27 May 2025\n\nThe cup final was played on May 25."},
     "contradiction", ("on Saturday", "May 25")),
    ({"a.txt": "Published Wednesday 5 June 2024\n\nTeachers walked out on Monday over pay.",
      "b.txt": "Published 8 June 2024\n\nThe strike started on June 4."},
     "contradiction", ("on Monday", "June 4")),
    ({"a.txt": "Published 4 March 2025\n\nNurses downed tools on 2 March.",
      "b.txt": "Published 6 March 2025\n\nThe strike began on March 2."},
     "agreement", ("2 March", "March 2")),
    ({"a.txt": "Published Tuesday 4 June 2024\n\nThe hillside gave way on Sunday, burying six homes.",
      "b.txt": "Published 6 June 2024\n\nThe landslide on June 1 buried six homes."},
     "contradiction", ("on Sunday", "June 1")),
]


@pytest.mark.parametrize("articles,kind,quotes", OTHER_WORD_HITS)
def test_other_words_for_one_event(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


OTHER_WORD_MISSES = [
    # "the final results" are not the final
    {"a.txt": "Published Monday 26 May 2025\n\nThe final results on Saturday showed a swing.",
     "b.txt": "Published 27 May 2025\n\nThe cup final was played on May 25."},
    # walking out of talks is not a strike
    {"a.txt": "Published Wednesday 5 June 2024\n\nThe union walked out of talks on Monday.",
     "b.txt": "Published 8 June 2024\n\nThe strike started on June 4."},
    # the semi-final is another match
    {"a.txt": "Published Monday 26 May 2025\n\nThe semi-final on Saturday ended 2-1.",
     "b.txt": "Published 27 May 2025\n\nThe final was played on May 25."},
]


@pytest.mark.parametrize("articles", OTHER_WORD_MISSES)
def test_other_word_near_misses(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


def test_an_intention_is_not_a_dated_fact():
    articles = {"a.txt": "Published 1 June 2025\n\nThe union plans to file the complaint on June 3.",
                "b.txt": "Published 9 June 2025\n\nThe union filed the complaint on June 5."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- hours straddle calendar days ----------------------------------------------------------
def test_hours_may_straddle_one_more_day():
    articles = {"a.txt": "Published 5 June 2024\n\nDockers staged a 48-hour strike.",
                "b.txt": "Published 8 June 2024\n\nThe strike ran from June 3 to June 5."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


def test_hours_against_a_longer_range():
    articles = {"a.txt": "Published 5 June 2024\n\nDockers staged a 48-hour strike.",
                "b.txt": "Published 8 June 2024\n\nThe strike ran from June 3 to June 7."}
    assert _has(articles, "contradiction", "48-hour", "June 3 to June 7"), _findings(articles)


DURATION_NOUN_HITS = [
    ({"a.txt": "Published 20 July 2024\n\nThe heatwave ran from July 15 to July 19.",
      "b.txt": "Published 22 July 2024\n\nThe three-day heatwave broke records."},
     "contradiction", ("July 15 to July 19", "three-day")),
    ({"a.txt": "Published 12 February 2026\n\nThe national mourning ran from February 4 to 6.",
      "b.txt": "Published 13 February 2026\n\nThe three-day mourning ended with a silence."},
     "agreement", ("February 4 to 6", "three-day")),
]


@pytest.mark.parametrize("articles,kind,quotes", DURATION_NOUN_HITS)
def test_more_durative_nouns(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


# --- a family noun's modifier tells two events apart ---------------------------------------
KIND_MISSES = [
    {"a.txt": "Published 12 June 2025\n\nThe chemistry exam on June 10 was annulled.",
     "b.txt": "Published 13 June 2025\n\nThe physics paper was sat on June 12 without incident."},
    {"a.txt": "Published 6 May 2025\n\nThe gas explosion on 3 May destroyed a bakery.",
     "b.txt": "Published 8 May 2025\n\nPolice are still investigating the bomb blast on May 5."},
    {"a.txt": "Published 8 May 2025\n\nThe roof collapse on May 6 trapped 14 men.",
     "b.txt": "Published 9 May 2025\n\nThe tunnel collapse on May 2 was smaller."},
]


@pytest.mark.parametrize("articles", KIND_MISSES)
def test_different_kinds_of_one_family(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


def test_a_modifier_on_one_side_only_still_aligns():
    articles = {"a.txt": "Published 12 June 2025\n\nThe mathematics exam on June 10 was annulled.",
                "b.txt": "Published 20 June 2025\n\nThe leaked paper was sat on June 11 by 84,312 candidates."}
    assert _has(articles, "contradiction", "June 10", "June 11"), _findings(articles)


# --- "went public" announces the story's main event ------------------------------------------
WENT_PUBLIC = [
    ({"a.txt": "Published Thursday 20 March 2025\n\nThe breach, which the bank disclosed on Wednesday, began on 3 March.",
      "b.txt": "Published 21 March 2025\n\nThe breach began on March 3, investigators said.",
      "c.txt": "Published 24 March 2025\n\nThe bank went public on Thursday, March 20, a week after staff saw signs of trouble."},
     "contradiction", ("on Wednesday", "Thursday, March 20")),
    ({"a.txt": "Published 13 February 2025\n\nHalden announced the recall on February 11.",
      "b.txt": "Published 14 February 2025\n\nThe recall on February 11 covers 400,000 cars.",
      "c.txt": "Published 20 February 2025\n\nHalden went public on 11 February."},
     "agreement", ("February 11", "11 February")),
]


@pytest.mark.parametrize("articles,kind,quotes", WENT_PUBLIC)
def test_went_public_is_the_announcement(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


def test_went_public_without_a_main_event():
    articles = {"a.txt": "Published 13 February 2025\n\nThe mayor went public on February 11 with his illness.",
                "b.txt": "Published 14 February 2025\n\nThe council met on February 12."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- "dates X to <date>" records X on that date ---------------------------------------------
DATES_TO = [
    ({"a.txt": "Published 7 August 2025\n\nThe first death was recorded two days later, on 30 July.",
      "b.txt": "Published Thursday 14 August 2025\n\nThe ministry dates the first death to Tuesday, July 30."},
     "agreement", ("30 July", "July 30")),
    ({"a.txt": "Published 20 March 2025\n\nThe first case was registered on March 12.",
      "b.txt": "Published 22 March 2025\n\nDoctors date the first case to 11 March."},
     "contradiction", ("March 12", "11 March")),
]


@pytest.mark.parametrize("articles,kind,quotes", DATES_TO)
def test_dating_a_thing_to_a_day(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


def test_dating_another_occurrence():
    articles = {"a.txt": "Published 14 August 2025\n\nThe ministry dates the first death to July 30.",
                "b.txt": "Published 15 August 2025\n\nThe second death was recorded on 2 August."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


NOUN_ONLY_FAMILIES = [
    ({"a.txt": "Published Monday 12 May 2025\n\nHundreds attended the funeral on Saturday in Kosno.",
      "b.txt": "Published 14 May 2025\n\nAt the funeral on May 11, the bishop called for answers."},
     "contradiction", ("on Saturday", "May 11")),
    ({"a.txt": "Published 20 May 2025\n\nThe inquest on May 19 heard that the alarm failed.",
      "b.txt": "Published 21 May 2025\n\nThe inquest was held on May 19 in the county hall."},
     "agreement", ("May 19",)),
]


@pytest.mark.parametrize("articles,kind,quotes", NOUN_ONLY_FAMILIES)
def test_noun_only_families(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


def test_two_funerals_named_apart():
    articles = {"a.txt": "Published 12 May 2025\n\nThe funeral of Tomas Urban on May 10 drew hundreds.",
                "b.txt": "Published 14 May 2025\n\nThe funeral of Libor Kratochvil on May 12 was private."}
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- "confirmed <the thing> on <date>": the finding is the fact, not a statement ---------
CONFIRMED_HITS = [
    # a lab result (outbreak)
    ({"a.txt": "Published Friday 7 July 2023\n\nThe reference laboratory confirmed the virus on Wednesday in samples from patients at the camp.",
      "b.txt": "Published 10 July 2023\n\nLaboratory analysis confirmed the virus in samples from patients on July 6."},
     "contradiction", ("on Wednesday", "July 6")),
    # a structural finding (building collapse)
    ({"a.txt": "Published Thursday 14 March 2024\n\nEngineers confirmed cracks in the main pillars of the stadium stand on Monday.",
      "b.txt": "Published 20 March 2024\n\nCracks in the main pillars of the stadium stand were confirmed by engineers on March 11."},
     "agreement", ("on Monday", "March 11")),
    # a forensic identification (crime)
    ({"a.txt": "Published 9 October 2025\n\nForensic experts confirmed the identity of the victim from dental records on October 6.",
      "b.txt": "Published 12 October 2025\n\nDental records confirmed the identity of the victim on October 7, police said."},
     "contradiction", ("October 6", "October 7")),
]


@pytest.mark.parametrize("articles,kind,quotes", CONFIRMED_HITS)
def test_confirmed_thing_is_dated(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


CONFIRMED_MISSES = [
    # a statement about different facts: "confirmed on Monday that..." dates the statement
    {"a.txt": "Published 9 October 2025\n\nThe ministry confirmed on October 6 that samples from patients were positive.",
     "b.txt": "Published 12 October 2025\n\nThe ministry confirmed on October 8 that samples from patients were positive."},
    # two findings of different things on different days
    {"a.txt": "Published 9 October 2025\n\nThe laboratory confirmed the virus in samples from patients on October 6.",
     "b.txt": "Published 12 October 2025\n\nThe laboratory ruled out contamination of the water supply on October 8."},
]


@pytest.mark.parametrize("articles", CONFIRMED_MISSES)
def test_confirmed_near_misses(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- "was last inspected in January", "first met in 2019": one occurrence of a recurring event
LAST_FIRST_HITS = [
    # a ferry's inspection (transport)
    ({"a.txt": "Published 8 October 2024\n\nThe vessel had passed its last safety inspection in March, according to the directorate.",
      "b.txt": "Published 9 October 2024\n\nThe ferry was last inspected in January, the operator said."},
     "contradiction", ("in March", "in January")),
    # a factory audit (recall)
    ({"a.txt": "Published 8 October 2024\n\nThe plant's last inspection took place in June 2023, regulators said.",
      "b.txt": "Published 9 October 2024\n\nThe plant was last inspected in June 2023."},
     "agreement", ("June 2023",)),
    # a first meeting (diplomacy)
    ({"a.txt": "Published 8 October 2024\n\nThe two leaders first met in May 2019 in Geneva.",
      "b.txt": "Published 9 October 2024\n\nTheir first meeting was in April 2019 in Geneva."},
     "contradiction", ("May 2019", "April 2019")),
]


@pytest.mark.parametrize("articles,kind,quotes", LAST_FIRST_HITS)
def test_first_last_occurrence(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


LAST_FIRST_MISSES = [
    # the last inspection and an unqualified (another) inspection
    {"a.txt": "Published 8 October 2024\n\nThe ferry was last inspected in January.",
     "b.txt": "Published 9 October 2024\n\nAn inspection in March found rust on the ramp."},
    # the last strike (a previous one) and the coming strike
    {"a.txt": "Published 8 October 2024\n\nThe last strike was in March 2019, the union said.",
     "b.txt": "Published 9 October 2024\n\nThe strike will run from October 14 to 18."},
    # the first meeting and the last meeting
    {"a.txt": "Published 8 October 2024\n\nThe two leaders first met in May 2019.",
     "b.txt": "Published 9 October 2024\n\nThe two leaders last met in June 2024."},
]


@pytest.mark.parametrize("articles", LAST_FIRST_MISSES)
def test_first_last_near_misses(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- "The notice, issued on August 14, still covers Ashby Fen": the appositive dates its
# noun, and the names of the rest of the sentence do not say which notice it is ----------
APPOSITIVE_HITS = [
    # a water notice (utilities)
    ({"a.txt": "Published Friday 16 August 2024\n\nPellmoor Water issued a boil-water notice on Thursday covering 4,200 homes near the Fenby reservoir.",
      "b.txt": "Published 20 August 2024\n\nThe notice, issued on August 14, still covers the villages of Ashby Fen and Cotton."},
     "contradiction", ("on Thursday", "August 14")),
    # a court verdict
    ({"a.txt": "Published 5 June 2025\n\nJudge Amara Kell delivered the verdict on June 3 in Marten.",
      "b.txt": "Published 9 June 2025\n\nThe verdict, delivered on June 2, angered the families of Hobbsley."},
     "contradiction", ("June 3", "June 2")),
    # a flood evacuation order
    ({"a.txt": "Published 5 March 2025\n\nKesh County Council issued an evacuation order on March 2.",
      "b.txt": "Published 9 March 2025\n\nThe evacuation order, issued on March 2, still covers Lower Tarn and Fell End."},
     "agreement", ("March 2",)),
]


@pytest.mark.parametrize("articles,kind,quotes", APPOSITIVE_HITS)
def test_appositive_dates_its_noun(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


APPOSITIVE_MISSES = [
    # a name in the noun phrase says which recall
    {"a.txt": "Published 9 May 2025\n\nOwners of Ford cars were told to call dealers. The Ford recall, which began on May 3, covers 40,000 cars.",
     "b.txt": "Published 9 May 2025\n\nOwners of Toyota cars were told to call dealers. The Toyota recall, which began on May 5, covers 12,000 cars."},
    # not an appositive: the sentence's names still tell two notices apart
    {"a.txt": "Published 20 August 2024\n\nA notice for Ashby Fen was issued on August 14.",
     "b.txt": "Published 21 August 2024\n\nA notice for Marlow End was issued on August 15."},
]


@pytest.mark.parametrize("articles", APPOSITIVE_MISSES)
def test_appositive_near_misses(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


def test_last_weeks_event_is_not_the_last_one():
    # "last week's strike" says when, not which strike: it is compared with "the strike"
    articles = {"a.txt": "Published 12 June 2023\n\nLast week's strike, which began on June 5, shut every port.",
                "b.txt": "Published 13 June 2023\n\nThe strike began on June 6, the union said."}
    assert _has(articles, "contradiction", "June 5", "June 6"), _findings(articles)


# --- A participle adjunct shares its clause's time; a "when" clause after a date ---------
ADJUNCT_HITS = [
    # an aircraft collision (transport)
    ({"a.txt": "Published Sunday 19 October 2025\n\nA passenger jet collided with a maintenance vehicle while landing at the airport late on Saturday.",
      "b.txt": "Published 3 November 2025\n\nThe pilot of the jet involved in the October 17 collision is still in hospital."},
     "contradiction", ("on Saturday", "October 17")),
    # a derailment (rail)
    ({"a.txt": "Published Tuesday 4 March 2025\n\nThe freight train derailed near the border town while crossing the old viaduct over the river late on Monday.",
      "b.txt": "Published 10 March 2025\n\nThe freight train derailed on March 2, the operator said in its report."},
     "contradiction", ("on Monday", "March 2")),
    # a roof collapse dated by its "when" clause (building)
    ({"a.txt": "Published 8 May 2025\n\nAbout forty shoppers were still inside the market hall on May 5, when the roof collapsed.",
      "b.txt": "Published 9 May 2025\n\nThe collapse happened on May 6, a day after a storm."},
     "contradiction", ("May 5", "May 6")),
]


@pytest.mark.parametrize("articles,kind,quotes", ADJUNCT_HITS)
def test_adjunct_and_when_clause(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


ADJUNCT_MISSES = [
    # the adjunct's verb is the only verb: "while travelling" dates no crash
    {"a.txt": "Published Sunday 19 October 2025\n\nThe minister was injured while travelling to the airport on Saturday.",
     "b.txt": "Published 3 November 2025\n\nThe October 17 collision is still under investigation."},
    # a "when" clause with a statement: no event
    {"a.txt": "Published 8 May 2025\n\nShoppers were still inside on May 5, when the mayor said the hall was safe.",
     "b.txt": "Published 9 May 2025\n\nThe collapse happened on May 6."},
    # a "while" clause with its own subject is another clause: the storm is not the crash
    {"a.txt": "Published Sunday 19 October 2025\n\nThe two cars collided on the bridge while a storm was raging late on Saturday.",
     "b.txt": "Published 3 November 2025\n\nThe storm began on October 17."},
]


@pytest.mark.parametrize("articles", ADJUNCT_MISSES)
def test_adjunct_near_misses(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- "announced the result of its ballot on March 5" dates the announcement ---------------
RESULT_ANNOUNCED_MISSES = [
    # a union ballot: voting ran for days before the result was announced
    {"a.txt": "Published 6 March 2025\n\nThe union announced the result of its ballot on March 5.",
     "b.txt": "Published 7 March 2025\n\nThe ballot closed on March 3 after two weeks of voting."},
    # an election: the count is announced the day after the vote
    {"a.txt": "Published 12 May 2025\n\nThe commission announced the outcome of the referendum on May 11.",
     "b.txt": "Published 12 May 2025\n\nThe referendum was held on May 10."},
]


@pytest.mark.parametrize("articles", RESULT_ANNOUNCED_MISSES)
def test_announced_result_is_not_the_events_day(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


def test_announced_results_compared_with_announcements():
    articles = {"a.txt": "Published 6 March 2025\n\nThe union announced the result of its ballot on March 5.",
                "b.txt": "Published 8 March 2025\n\nThe union announced the ballot result on March 6."}
    assert _has(articles, "contradiction", "March 5", "March 6"), _findings(articles)


# --- "struck it", "rammed the ferry": a collision, with an object and a named crash -------
IMPACT_HITS = [
    # an aircraft and a vehicle (airport)
    ({"a.txt": "Published Sunday 19 October 2025\n\nA passenger jet collided with a maintenance vehicle while landing at the airport late on Saturday.",
      "b.txt": "Published 22 October 2025\n\nA van was still on the runway on October 17, when a regional jet touched down and struck it.",
      "c.txt": "Published 3 November 2025\n\nThe pilot of the jet involved in the October 18 collision is still in hospital."},
     "contradiction", ("October 17", "October 18")),
    # two ships (maritime)
    ({"a.txt": "Published 9 June 2025\n\nThe ferry was moored at the quay on June 6, when a cargo ship rammed it.",
      "b.txt": "Published 12 June 2025\n\nInvestigators are studying the June 5 collision in the harbour."},
     "contradiction", ("June 6", "June 5")),
    # a lorry and a bridge (road)
    ({"a.txt": "Published 9 June 2025\n\nTraffic was light on June 6, when a lorry struck the railway bridge.",
      "b.txt": "Published 12 June 2025\n\nThe crash on June 6 closed the line for two days."},
     "agreement", ("June 6",)),
]


@pytest.mark.parametrize("articles,kind,quotes", IMPACT_HITS)
def test_impact_verbs_date_the_crash(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


IMPACT_MISSES = [
    # a walkout: "struck" without an object is no collision
    {"a.txt": "Published 9 June 2025\n\nTeachers struck on June 6 over pay.",
     "b.txt": "Published 12 June 2025\n\nThe crash on June 5 closed the road."},
    # no crash named in the story: "struck" dates nothing
    {"a.txt": "Published 9 June 2025\n\nThe town was quiet on June 6, when lightning struck the church.",
     "b.txt": "Published 12 June 2025\n\nLightning struck the church on June 5."},
    # two things struck: the crash noun is not given to either
    {"a.txt": "Published 9 June 2025\n\nA lorry struck the bridge on June 6.",
     "b.txt": "Published 12 June 2025\n\nA bus struck the barrier on June 4. The crash on June 5 is under investigation."},
]


@pytest.mark.parametrize("articles", IMPACT_MISSES)
def test_impact_near_misses(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


def test_a_contradiction_across_many_articles_stays_one_finding_side_against_side():
    """Pairs are for a desk's handful; past MAX_PAIRWISE_ARTICLES a contradiction is one
    finding (a 500-article story would otherwise give tens of thousands of pairs)."""
    from rules.event_dates import MAX_PAIRWISE_ARTICLES

    def story(n):
        return {f"{i:02d}.txt": f"Published 20 March 2024\n\nThe strike began on March {3 if i % 2 else 4} at the port."
                for i in range(n)}

    small = [f for f in _findings(story(4)) if f.kind == "contradiction"]
    assert len(small) == 4 and all(len({c.article for c in f.claims}) == 2 for f in small)
    big = [f for f in _findings(story(MAX_PAIRWISE_ARTICLES + 2)) if f.kind == "contradiction"]
    assert len(big) == 1 and len({c.article for c in big[0].claims}) == MAX_PAIRWISE_ARTICLES + 2


# --- the main event's verb far from its date or past a clock time -------------------------
FAR_VERB_HITS = [
    # a verb, then a chain of place phrases, then the date (a flood)
    ({"a.txt": "Published Wednesday 12 March 2025\n\nTwo people died when the river burst its banks at the old mill on the edge of the town centre early on Tuesday.",
      "b.txt": "Published 14 March 2025\n\nThe river burst its banks on March 10, residents said."},
     "contradiction", ("on Tuesday", "March 10")),
    # a clock time between the verb and the date (a crash): "a.m." ends no sentence
    ({"a.txt": "Published 20 May 2025\n\nThe bus collided with a lorry at 6.15 a.m. on May 17, police said.",
      "b.txt": "Published 21 May 2025\n\nThe crash on May 18 closed the road for hours."},
     "contradiction", ("May 17", "May 18")),
    # "blew apart shortly before 3 a.m." (a factory), against a relative weekday
    ({"a.txt": "Published Wednesday 12 March 2025\n\nThe boiler that blew apart shortly before 3 a.m. on March 10 was old.",
      "b.txt": "Published 13 March 2025\n\nThe boiler exploded at 2.50 a.m. on Tuesday, March 11, the firm said."},
     "contradiction", ("March 10", "March 11")),
    # "the disaster" inside the subject: the clause's own verb names the event (a bridge)
    ({"a.txt": "Published Wednesday 5 March 2025\n\nThe bridge at the heart of the disaster collapsed at 5.10 p.m. on Monday, March 3, police said.",
      "b.txt": "Published 6 March 2025\n\nThe bridge collapsed on March 4, killing two drivers."},
     "contradiction", ("March 3", "March 4")),
    # a dam collapse by its place chain, agreeing
    ({"a.txt": "Published Friday 7 June 2024\n\nThe dam collapsed at the head of the valley above the village of Orno late on Wednesday.",
      "b.txt": "Published 8 June 2024\n\nThe dam collapsed on June 5."},
     "agreement", ("on Wednesday", "June 5")),
]


@pytest.mark.parametrize("articles,kind,quotes", FAR_VERB_HITS)
def test_far_verb_past_place_phrases_and_clock_times(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


FAR_VERB_MISSES = [
    # the verb has an object before the place chain: the date is not the verb's
    {"a.txt": "Published Wednesday 12 March 2025\n\nThe firm built the tank at the plant on the edge of the old town centre near the river on Tuesday.",
     "b.txt": "Published 14 March 2025\n\nThe tank exploded on March 10."},
    # another verb nearer the date takes it
    {"a.txt": "Published Wednesday 12 March 2025\n\nThe tank exploded at the plant, and workers gathered at the gates of the site on Tuesday.",
     "b.txt": "Published 14 March 2025\n\nThe tank exploded on March 10."},
]


@pytest.mark.parametrize("articles", FAR_VERB_MISSES)
def test_far_verb_near_misses_stay_silent(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)


# --- a relative clause's object is not the dated subject ---------------------------------
RELATIVE_HITS = [
    # a fire after a blast (industrial): the fire's end, against its range
    ({"a.txt": "Published 20 March 2025\n\nFirefighters fought the blaze from March 11 to March 13.",
      "b.txt": "Published 21 March 2025\n\nThe fire that followed the blast was finally extinguished on March 13."},
     "agreement", ("March 11 to March 13", "March 13")),
    # a recall after an inspection: the recall's date, not the inspection's
    ({"a.txt": "Published 20 May 2025\n\nThe recall that followed the inspection was ordered on May 3.",
      "b.txt": "Published 21 May 2025\n\nThe recall was ordered on May 4, the regulator said."},
     "contradiction", ("May 3", "May 4")),
]


@pytest.mark.parametrize("articles,kind,quotes", RELATIVE_HITS)
def test_relative_clause_object_is_not_the_dated_event(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


RELATIVE_MISSES = [
    # the blast's own date against the fire's end: no contradiction
    {"a.txt": "Published 20 March 2025\n\nThe tank exploded on March 11.",
     "b.txt": "Published 21 March 2025\n\nThe fire that followed the blast was finally extinguished on March 13."},
    # the election's date against the protest's
    {"a.txt": "Published 20 May 2025\n\nThe election was held on April 27.",
     "b.txt": "Published 21 May 2025\n\nThe protest that followed the election was held on May 3."},
]


@pytest.mark.parametrize("articles", RELATIVE_MISSES)
def test_relative_clause_near_misses_stay_silent(articles):
    assert "contradiction" not in _kinds(articles), _findings(articles)

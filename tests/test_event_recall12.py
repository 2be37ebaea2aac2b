"""Event dates (DT101), round 12: one event named in different forms across articles.

Invented sentences in domains other than the development stories: a verb in one article,
its noun, participle or "a-" adverb in another, a relative clause in a third; the story's
main event named by its noun in one article and by a verb or a generic noun in another.
"""
import pytest

from checker.extract.events import event_stem, main_stems
from tests.event_helpers import _findings, _has, _silent


# --- one shared stem for a verb, its noun, its participle and its "a-" adverb ---------------
@pytest.mark.parametrize("word,expected", [
    ("grounded", "ground"), ("grounding", "ground"), ("aground", "ground"),
    ("stranded", "strand"), ("stranding", "strand"),
    ("ditched", "ditch"), ("ditching", "ditch"),
    ("failed", "fail"), ("failure", "fail"),
    ("evacuated", "evacuat"), ("evacuation", "evacuat"),
    ("ashore", "shor"), ("ablaze", "blaz"),  # (the crude stem drops a final "e")
])
def test_event_stem(word, expected):
    assert event_stem(word) == expected


def test_main_stems_need_two_articles_and_a_noun():
    # "stranding" (a noun) in one headline, "stranded" in another article's first sentence
    assert "strand" in main_stems([("Whale stranding on Kell beach",), ("A whale stranded near the pier.",)])
    # a past verb alone in both articles names no event ("reported", "affected")
    assert "affect" not in main_stems([("Thousands affected by delays",), ("Passengers were affected.",)])
    # one article only
    assert "strand" not in main_stems([("Whale stranding on Kell beach", "The stranding drew crowds."),
                                        ("Council meets on Tuesday",)])
    # words shaped like an action noun that name no event
    assert not {"accord", "million"} & main_stems([("About a million fans, according to police",),
                                                   ("A million tickets, according to the club",)])


STEM_HITS = [
    # a whale: "stranded" (relative clause) vs "the stranding took place"; headline noun
    ({"a.txt": "Whale stranding shocks Kell\n\nPublished 6 June 2024\n\n"
               "The young humpback, which stranded on 4 June near the pier, was refloated by volunteers.",
      "b.txt": "Humpback stranded at Kell beach\n\nPublished 7 June 2024\n\n"
               "The stranding took place on June 5, coastguards said later in a statement."},
     "contradiction", ("4 June", "June 5")),
    # an airliner: "ditched" (verb) vs "was ditched" vs the noun in a headline
    ({"a.txt": "Airliner ditching: all 80 passengers rescued\n\nPublished Thursday 12 September 2024\n\n"
               "The turboprop ditched late on Tuesday in the bay after both engines lost power.",
      "b.txt": "Pilot praised after bay ditching\n\nPublished 20 September 2024\n\n"
               "The aircraft was ditched on September 10 about a mile offshore."},
     "agreement", ("late on Tuesday", "September 10")),
    # an "a-" adverb and its verb: "drifted ashore" / "came ashore" vs the noun
    ({"a.txt": "Cargo barge aground on Lorne sandbar\n\nPublished 3 April 2025\n\n"
               "The barge ran aground on April 1 on the Lorne sandbar.",
      "b.txt": "Lorne barge grounding blamed on fog\n\nPublished 9 April 2025\n\n"
               "The barge, which grounded on 2 April, was towed clear yesterday."},
     "contradiction", ("April 1", "2 April")),
]


@pytest.mark.parametrize("articles,kind,quotes", STEM_HITS)
def test_one_event_in_several_forms(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


NOUN_HITS = [
    # the main event's noun right beside its date, against its verb in another article
    ({"a.txt": "Whale stranding shocks Kell\n\nPublished 6 June 2024\n\n"
               "Volunteers arrived hours after the stranding on June 4 and kept the whale wet.",
      "b.txt": "Humpback stranded at Kell beach\n\nPublished 7 June 2024\n\n"
               "The humpback stranded on 3 June near the pier, the coastguard said later."},
     "contradiction", ("June 4", "3 June")),
    ({"a.txt": "Kidnapping of aid worker condemned\n\nPublished 14 March 2025\n\n"
               "Police arrested two men after the March 10 kidnapping of the aid worker.",
      "b.txt": "Aid worker kidnapped near border\n\nPublished 15 March 2025\n\n"
               "The aid worker was kidnapped on March 10 near the border crossing."},
     "agreement", ("March 10 kidnapping", "kidnapped on March 10")),
]


@pytest.mark.parametrize("articles,kind,quotes", NOUN_HITS)
def test_main_event_noun_beside_its_date(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


STEM_MISSES = [
    # the verb's stem is not the story's main event (no headline or first sentence names it)
    {"a.txt": "Council budget row\n\nPublished 6 June 2024\n\nThe council set its budget on Monday. "
              "Shares slumped on 4 June.",
     "b.txt": "Budget row deepens\n\nPublished 7 June 2024\n\nThe council set its budget on Monday. "
              "The stock slumped on June 5."},
    # a stem one article dates on two separate days recurs ("shelled on Monday ... again on
    # Wednesday"): not the story's one event
    {"a.txt": "Shelling of Varno continues\n\nPublished 8 May 2025\n\n"
              "The town was shelled on May 5. It was shelled again on May 7.",
     "b.txt": "Varno shelled for third day\n\nPublished 9 May 2025\n\n"
              "The town was shelled on May 6, residents said in messages."},
    # the main event's stem on a date years before publication: an earlier one
    {"a.txt": "Whale stranding shocks Kell\n\nPublished 6 June 2024\n\n"
              "A humpback stranded on 4 June near the pier. An orca stranded on 3 May 1998.",
     "b.txt": "Humpback stranded at Kell beach\n\nPublished 7 June 2024\n\n"
              "The stranding took place on June 4. A porpoise stranded on 9 May 1998."},
]


@pytest.mark.parametrize("articles", STEM_MISSES)
def test_other_verbs_stay_silent(articles):
    assert _silent(articles), _findings(articles)


# --- the main event by its noun in one article and by a verb in another ---------------------
MAIN_HITS = [
    # a coastal cliff fall: "the cliff collapsed" is the landslide
    ({"a.txt": "Published 6 March 2025\n\nThe landslide on March 3 closed the coast path at Redhaven.",
      "b.txt": "Published 8 March 2025\n\nThe cliff at Redhaven collapsed on 2 March after weeks of rain."},
     "contradiction", ("March 3", "2 March")),
    # the ground above a named place: "above" is a preposition, the slope is the subject
    ({"a.txt": "Published 14 October 2024\n\nThe slope above the Varda railway collapsed on 11 October.",
      "b.txt": "Published 15 October 2024\n\nTrains are halted after the landslide on October 12 near Varda."},
     "contradiction", ("11 October", "October 12")),
    ({"a.txt": "Published Tuesday 14 January 2025\n\nThe slip came down early on Sunday, blocking the valley road.",
      "b.txt": "Published 20 January 2025\n\nThe landslide on January 12 blocked the valley road."},
     "agreement", ("early on Sunday", "January 12")),
    # a service failure named as "the outage", "a system failure" and "the incident"
    ({"a.txt": "Published 4 August 2025\n\nTravellers were stranded after a system failure that began on August 1 at the airline.",
      "b.txt": "Published 12 August 2025\n\nThe outage at the airline began on July 31, engineers found."},
     "contradiction", ("August 1", "July 31")),
    ({"a.txt": "Published 4 August 2025\n\nThe outage at the ticketing site began on August 1.",
      "b.txt": "Published 5 August 2025\n\nThe ticketing site outage began on Friday, August 1.",
      "c.txt": "Published 12 August 2025\n\nThe incident began on 2 August, the review found."},
     "contradiction", ("August 1", "2 August")),
    ({"a.txt": "Published 20 March 2025\n\nA power failure began on March 17 across the district.",
      "b.txt": "Published 22 March 2025\n\nThe blackout began on 17 March in the district."},
     "agreement", ("March 17", "17 March")),
]


@pytest.mark.parametrize("articles,kind,quotes", MAIN_HITS)
def test_main_event_noun_and_verb(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


MAIN_MISSES = [
    # "the incident" years ago is not the story's event
    {"a.txt": "Published 4 August 2025\n\nThe outage at the ticketing site began on August 1.",
     "b.txt": "Published 5 August 2025\n\nThe outage at the ticketing site began on Friday, August 1.",
     "c.txt": "Published 12 August 2025\n\nA similar incident began on 2 August 2019, the review found."},
    # two different things gave way: a dam and a slope
    {"a.txt": "Published 10 June 2024\n\nThe dam burst on June 5.",
     "b.txt": "Published 11 June 2024\n\nThe slope above the quarry collapsed on June 7."},
]


@pytest.mark.parametrize("articles", MAIN_MISSES)
def test_main_event_misses(articles):
    assert _silent(articles), _findings(articles)


# --- an activity as the workers' verb and as the noun before the workers --------------------
ACTIVITY_HITS = [
    ({"a.txt": "Published 30 May 2025\n\nEngineers repaired the viaduct from May 2 to May 6.",
      "b.txt": "Published 2 June 2025\n\nRepair crews worked on the viaduct from May 2 to May 9, the operator said."},
     "contradiction", ("May 2 to May 6", "May 2 to May 9")),
    ({"a.txt": "Published 12 August 2024\n\nDivers searched the reservoir from 3 to 7 August.",
      "b.txt": "Published 14 August 2024\n\nSearch teams worked at the reservoir from August 3 to August 7."},
     "agreement", ("3 to 7 August", "August 3 to August 7")),
]


@pytest.mark.parametrize("articles,kind,quotes", ACTIVITY_HITS)
def test_activity_verb_and_job(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


ACTIVITY_MISSES = [
    # periods that share no day: two episodes of the work
    {"a.txt": "Published 30 May 2025\n\nEngineers repaired the viaduct from May 2 to May 6.",
     "b.txt": "Published 2 June 2025\n\nRepair crews worked on the viaduct from May 12 to May 19."},
    # a single day inside the period is no contradiction
    {"a.txt": "Published 12 August 2024\n\nSearch teams worked at the reservoir from August 3 to August 9.",
     "b.txt": "Published 14 August 2024\n\nOn August 5, divers searched the reservoir."},
    # two different activities of the same workers
    {"a.txt": "Published 30 May 2025\n\nEngineers inspected the viaduct from May 2 to May 6.",
     "b.txt": "Published 2 June 2025\n\nRepair crews worked on the viaduct from May 2 to May 9."},
]


@pytest.mark.parametrize("articles", ACTIVITY_MISSES)
def test_activity_misses(articles):
    assert _silent(articles), _findings(articles)


# --- an event noun that is also a start word is the event, not its start --------------------
def test_event_noun_that_is_a_start_word():
    # "the launch on Monday" dates the launch (not its start), like "the opening on May 2"
    articles = {"a.txt": "Published 12 June 2024\n\nThe satellite launch on Monday, June 10, ended in failure.",
                "b.txt": "Published 14 June 2024\n\nThe launch took place on 11 June, the agency said."}
    found = [f for f in _findings(articles) if f.kind == "contradiction"]
    assert found and all("starts" not in c.value for f in found for c in f.claims), found


# --- a claim that fits both sides of a contradiction agrees with each -----------------------
def test_start_agrees_with_both_ranges_of_a_contradiction():
    articles = {"a.txt": "Published 10 June 2025\n\nThe dockers' strike ran from June 2 to June 6, the union said.",
                "b.txt": "Published 12 June 2025\n\nThe dockers' strike ran from June 2 to June 9.",
                "c.txt": "Published Wednesday 4 June 2025\n\nShips queued offshore after dockers walked out on Monday."}
    assert _has(articles, "contradiction", "June 2 to June 6", "June 2 to June 9"), _findings(articles)
    assert _has(articles, "agreement", "June 2 to June 6", "on Monday"), _findings(articles)
    assert _has(articles, "agreement", "June 2 to June 9", "on Monday"), _findings(articles)

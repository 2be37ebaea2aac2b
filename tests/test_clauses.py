"""The clause signature: the last-resort alignment of dated facts (checker.extract.clauses)."""
import pytest

from checker.extract.clauses import SPEECH_BEFORE, Weights, clause_bounds, signature


def _sig(sentence: str, date: str):
    start = sentence.index(date)
    lo, hi = clause_bounds(sentence, start, start + len(date))
    return signature(sentence[lo:start] + " " + sentence[start + len(date):hi])


SAME = [
    ("The agency called off the search for survivors on February 12, after a final sweep.", "February 12",
     "The search for survivors was formally called off on February 13.", "February 13"),
    ("Bottled water is being handed out at the leisure centre from August 16 to 24, the company said.",
     "August 16 to 24",
     "Bottled water was handed out at the leisure centre from August 16 to 22.", "August 16 to 22"),
    ("The airline said it had suspended its Oslo-Bergen route from October 19 to 26.", "October 19 to 26",
     "The airline has suspended the Oslo-Bergen route from October 19 to 24, according to its website.",
     "October 19 to 24"),
    ("The mill's chimney was demolished on 3 May.", "3 May",
     "Demolition crews brought down the mill's chimney, which was demolished on 5 May.", "5 May"),
]

DIFFERENT = [
    ("Rescue teams reached the cut-off village on June 8.", "June 8",
     "Engineers were working on June 9 to open a bridge near the village, which had been cut off.", "June 9"),
    ("The runway reopened on 21 October.", "21 October",
     "Investigators worked on the runway from October 19 to 21.", "October 19 to 21"),
    ("The mayor visited the shelter on 4 March.", "4 March",
     "The shelter closed on 9 March.", "9 March"),
    ("Crews flushed the mains from August 16 to August 22.", "August 16 to August 22",
     "Bottled water was handed out from August 16 to 22.", "August 16 to 22"),
]


@pytest.mark.parametrize("a, da, b, db", SAME)
def test_same_fact(a, da, b, db):
    sa, sb = _sig(a, da), _sig(b, db)
    assert Weights([sa, sb]).same_fact(sa, sb), (sorted(sa.stems), sorted(sb.stems))


@pytest.mark.parametrize("a, da, b, db", DIFFERENT)
def test_different_facts(a, da, b, db):
    sa, sb = _sig(a, da), _sig(b, db)
    assert not Weights([sa, sb]).same_fact(sa, sb), sorted(sa.stems & sb.stems)


def test_story_wide_words_weigh_little():
    # The town is in every clause of the story: sharing it and one rare word is not enough.
    clauses = [signature(t) for t in (
        "Harlow residents gathered at the hall", "Harlow council met", "Harlow schools closed",
        "Harlow hospital opened a ward", "the Harlow hall was closed")]
    w = Weights(clauses)
    assert not w.same_fact(clauses[0], clauses[4])


def test_clause_stops_at_attribution_and_relative_clause():
    s = "The bridge reopened on 3 May, which surprised drivers, the ministry said."
    start = s.index("3 May")
    lo, hi = clause_bounds(s, start, start + 5)
    assert s[lo:hi] == "The bridge reopened on 3 May"


def test_clause_stops_at_neighbouring_date():
    s = "The dam burst on 4 May and the road reopened on 9 May."
    start = s.index("9 May")
    lo, hi = clause_bounds(s, start, start + 5, prev_end=s.index("4 May") + 5)
    assert s[lo:hi] == " and the road reopened on 9 May."


def test_function_and_time_words_are_not_content():
    assert signature("was on the Monday of last week in March").stems == frozenset()


@pytest.mark.parametrize("before, speech", [
    ("the ministry said on ", True), ("officials told reporters on ", True),
    ("the company announced late ", True), ("the bridge reopened on ", False),
])
def test_speech_verb_dates_the_statement(before, speech):
    assert bool(SPEECH_BEFORE.search(before)) is speech


def test_long_input_is_bounded():
    s = "word " * 100_000 + "on 3 May"
    start = s.index("3 May")
    lo, hi = clause_bounds(s, start, start + 5)
    assert start - lo <= 240
    assert len(signature(s).stems) <= 2


# A subordinate clause is its own fact ("... died when the ferry went down on Saturday"), a
# comma after the date ends it ("..., in the worst disaster"), and "went down" is "sank".
SAME_SUBORDINATE = [
    ("More than 20 people died when the Sveti Jakov went down on Saturday, in the worst disaster at sea in years.",
     "on Saturday",
     "Three weeks after the Sveti Jakov sank off Mljetica on October 6, the directorate has still not reported.",
     "October 6"),
    ("Two crew members were lost after the trawler Nordlys went down on 3 March, the coastguard said.", "3 March",
     "The trawler Nordlys sank on 4 March.", "4 March"),
    ("Flights resumed after the airport's radar system failed on June 2, a spokesman said.", "June 2",
     "The airport's radar system failed on June 3, grounding dozens of flights.", "June 3"),
]


@pytest.mark.parametrize("a, da, b, db", SAME_SUBORDINATE)
def test_subordinate_clause_is_its_own_fact(a, da, b, db):
    sa, sb = _sig(a, da), _sig(b, db)
    assert Weights([sa, sb]).same_fact(sa, sb), (sorted(sa.stems), sorted(sb.stems))


DIFFERENT_SUBORDINATE = [
    # the deaths and the sinking are cut apart: the death clause does not match the sinking
    ("The ferry sank on October 6 after the storm.", "October 6",
     "The storm hit the coast on October 5, flooding the harbour.", "October 5"),
    # prices "went down" is not a vessel sinking unless the rest of the clause matches
    ("Fuel prices went down on Monday, the ministry said.", "on Monday",
     "The fishing boat Marija sank on Tuesday.", "on Tuesday"),
    # a fronted date keeps its clause on the right of the comma
    ("On 4 May, the council closed the bridge.", "4 May",
     "On 5 May, the council reopened the market.", "5 May"),
]


@pytest.mark.parametrize("a, da, b, db", DIFFERENT_SUBORDINATE)
def test_subordinate_clause_different_facts(a, da, b, db):
    sa, sb = _sig(a, da), _sig(b, db)
    assert not Weights([sa, sb]).same_fact(sa, sb), sorted(sa.stems & sb.stems)


def test_fronted_date_keeps_its_clause():
    s = "On 4 May, the council closed the bridge to traffic."
    lo, hi = clause_bounds(s, s.index("4 May"), s.index("4 May") + 5)
    assert "closed the bridge" in s[lo:hi]


def test_date_ending_its_clause_stops_at_comma():
    s = "More than 20 people died when the ferry went down on Saturday, in the worst disaster at sea."
    start = s.index("on Saturday")
    lo, hi = clause_bounds(s, start, start + len("on Saturday"))
    assert s[lo:hi] == "the ferry went down on Saturday"

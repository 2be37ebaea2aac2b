"""Figures, sourcing and discovery dates, round 19: classes of language found missing on a set
that became seen (holdout19), probed with invented sentences in other domains (harbours,
quarries, courts, reservoirs, pensions, schools).

- a relative clause about a person ("Ode, 61, who founded the firm in 1998, faces ...") ends at
  its comma: its year dates the person's past, not the figure;
- a short appositive after a name ("convicted Marsh, a former treasurer, on 9 counts") hides
  no verb of the clause;
- "faces N counts" is being charged with them; "charged with" is no having; a conviction is
  another stage;
- money "diverted" is money taken, as "siphoned" or "misappropriated"; "of their money"
  joins the one named amount of its event;
- "set aside £N for" allocates money;
- how long an activity named by its verb or noun went on ("deliberated for", "hours of
  deliberation");
- an area "of water" is the area; "covered N sq km" names its subject (a bloom, a slick);
- widths, lengths and heights ("8 metres across", "20 metres wide");
- symptoms reported are falling ill;
- a multiple of a reference level ("40 times the safe limit") is a figure of its own;
- "having" stocks once per article ("had 18,000 members") are compared with each other;
- a closing "according to X" attributes the sentence, whatever its subject;
- a passive "first reported" or "first spotted" dates a discovery; a bloom or a sinkhole is
  an incident found;
- "fed by", "fuelled by", "sparked by" name a cause.
"""
import pytest

from checker.extract.attribution import grade_sentence
from figure_helpers import counted, verdict
from tests.event_helpers import _has


EVENTS = [
    ("Ode, 61, who founded the firm in 1998, faces eleven counts of forgery.", "count", "charged"),
    ("A jury convicted Alma Marsh, a former treasurer, on 9 counts of theft.", "count", "convicted"),
    ("He had been charged with seven counts of fraud.", "count", "charged"),
    ("The clerk was indicted on 12 counts of forgery.", "count", "charged"),
    ("Investigators say he diverted more than £4 million from the pension fund.", "", "received"),
    ("She siphoned about €800,000 of their money.", "money", "received"),
    ("The board misappropriated some $2 million.", "", "received"),
    ("The water company has set aside up to £3m for repairs.", "", "allocated"),
    ("The panel deliberated for nearly six hours.", "deliberation", "lasted"),
    ("The verdict came after some 11 hours of deliberation.", "deliberation", "lasted"),
    ("Talks ran late after 20 hours of negotiations.", "negotiation", "lasted"),
    ("The slick now covers an estimated 30 square kilometres of sea.", "", None),
    ("The crack is roughly 3 metres across.", "width", None),
    ("The breach in the wall is more than 15 metres wide.", "width", None),
    ("The queue was some 400 metres long.", "length", None),
    ("More than 60 pupils have reported headaches, nausea or vomiting.", "pupil", "ill"),
    ("Tests found lead levels 12 times the legal limit at the school.", "times limit", None),
    ("Samples showed nitrate 15 times higher than the safe level.", "times level", None),
]


@pytest.mark.parametrize("text,head,event", EVENTS)
def test_counted(text, head, event):
    c = counted(text)
    assert (c.head, c.event) == (head, event)


def test_person_relative_clause_year_is_no_anchor():
    assert counted("Ode, 61, who founded the firm in 1998, faces eleven counts of forgery.").anchor is None
    # a relative clause about the event still dates it
    assert counted("The last strike, which began in 2011, closed 1,800 schools.").anchor == "2011"


PAIRS = [
    # counts faced and charged are one; convicted is another stage
    ("Ode faces eleven counts of forgery.", "Ode was charged with 13 counts of forgery.",
     "contradiction"),
    ("Ode faces eleven counts of forgery.", "A jury convicted Ode, the firm's founder, on 7 counts of forgery.",
     "none"),
    # money taken under three verbs
    ("Prosecutors say he diverted more than £4 million from the pension fund.",
     "He siphoned just under £1 million of the fund's money, prosecutors allege.", "contradiction"),
    # money allocated
    ("The water company has set aside up to £300,000 for repairs.",
     "The water company has set aside in excess of £2m for repairs.", "contradiction"),
    # durations of one activity
    ("The panel deliberated for nearly six hours.", "The verdict came after some 11 hours of deliberation.",
     "contradiction"),
    ("The panel deliberated for nearly six hours.", "The verdict came after about five hours of deliberation.",
     "agreement"),
    # an area named by its subject
    ("The slick now covers an estimated 30 square kilometres of sea, the coastguard said.",
     "At its largest the slick covered roughly 8 sq km, the coastguard said.", "contradiction"),
    # a width, however worded
    ("The crack in the dam wall is roughly 3 metres across.", "The crack in the dam wall is more than 15 metres wide.",
     "contradiction"),
    # symptoms are illness
    ("More than 60 pupils have reported headaches, nausea or vomiting.", "Fewer than 20 pupils fell ill.",
     "contradiction"),
    # stocks once per article
    ("The sailing club had roughly 900 members, its accounts show.", "The club had in excess of 3,000 members on its books.",
     "contradiction"),
]


@pytest.mark.parametrize("a,b,expected", PAIRS)
def test_pairs(a, b, expected):
    assert verdict("fig", a, b) == expected


def test_according_to_closing_the_sentence_is_its_source():
    a = grade_sentence("Fewer than 30 people have reported rashes, according to the regional health board.")
    assert a.source == "the regional health board"
    assert a.cue == "according to"


def test_some_say_with_a_closing_comment_keeps_its_opening_source():
    a = grade_sentence("Some say the quarry caused the cracks, a claim the council has dismissed.")
    assert a.grade == "vague"


def test_first_reported_and_first_spotted_date_one_discovery():
    arts = {
        "a.txt": "Algae closes reservoir\n\nPublished 15 July 2025\n\nThe bloom was first reported by an angler "
                 "on Thursday near the dam. The reservoir was closed on Sunday.\n",
        "b.txt": "Reservoir bloom spreads\n\nPublished 16 July 2025\n\nThe algae was first spotted on 7 July "
                 "by a warden at the dam.\n",
    }
    assert _has(arts, "contradiction", "on Thursday", "7 July")


def test_first_reported_on_the_same_day_agrees():
    arts = {
        "a.txt": "Sinkhole swallows car\n\nPublished 15 July 2025\n\nThe sinkhole was first reported by a "
                 "resident on Thursday.\n",
        "b.txt": "Sinkhole: repairs begin\n\nPublished 22 July 2025\n\nThe sinkhole was first reported on "
                 "10 July.\n",
    }
    assert _has(arts, "agreement", "on Thursday", "10 July")


@pytest.mark.parametrize("text", [
    "The fire was fuelled by dry scrub on the hillside.",
    "The bloom was fed by fertiliser run-off from farms.",
    "The blaze was sparked by a discarded barbecue.",
])
def test_causal_phrases_are_check_worthy(text):
    from checker.engine import check_texts
    from rules import unsourced
    out = check_texts({"a.txt": f"Published 12 June 2024\n\n{text}\n"}, rules=(unsourced.RULE,))
    assert any(f.kind == "unsourced" for f in out)

"""Figures and first-since: classes of language found missing or misread on an unseen set,
probed with invented sentences in other domains (galleries, warehouses, ports, caves, wells,
hospitals, schools, farms, tunnels).

- what happened to a counted thing keeps counts apart: "recovered 12 of the stolen
  paintings" is not what was stolen, and "found 38 of the stolen coins" is a part of the
  stolen set (the adjective inside an "of the" partitive names the whole, not the figure);
- leaving with something is taking it: "escaped with 40 coins", "made off with 300 laptops";
- "has since been offered": "since" after a perfect auxiliary is an adverb, not a new clause;
- an insured amount is one fact however worded: "insured for", "an insured value of",
  "valued for insurance at";
- a depth is one measure: "at a depth of 640 metres", "650 metres below the surface", "deep";
- a name before the counted noun ("62% of Dunmore pupils") says which set, as "pupils at
  Dunmore" does: it is shared context;
- a live blog's entries under their times ("17:42") are text, not video captions.
"""
import pytest

from checker.articles import article_from_text
from checker.sentences import split_sentences
from figure_helpers import counted, verdict



EVENTS = [
    ("Police recovered 12 of the stolen paintings from a lock-up.", "painting", "recovered", None),
    ("Officers found 38 of the stolen laptops in a van.", "laptop", "received", "part"),
    ("Divers found 14 of the missing sailors on the island.", "sailor", "missing", "part"),
    ("More than 20 tonnes of dead fish were collected.", "fish", "died", None),
    ("The gang made off with 300 laptops from the warehouse.", "laptop", "received", None),
    ("Burglars escaped with at least 40 watches from the jeweller.", "watch", "received", None),
    ("Two men escaped with minor injuries.", "man", "injured", None),
    ("The paintings are insured for some 8 million dollars, the gallery said.", "", "insured", None),
    ("The manuscripts have an insured value of an estimated $3 million.", "", "insured", None),
    ("The jewels are valued for insurance at just under £2 million.", "", "insured", None),
    ("The jewels are valued at just under £2 million.", "", "worth", None),
    ("The cavers were found at a depth of about 300 metres.", "depth", "depth", None),
    ("The pump sits some 90 feet below the surface of the lake.", "depth", "depth", None),
    ("The new tunnel is 4 km long.", "length", None, None),
    ("The loan was paid off with 300 bonds.", "bond", "paid", None),
]


@pytest.mark.parametrize("text,head,event,modality", EVENTS)
def test_counted_event(text, head, event, modality):
    c = counted(text)
    assert (c.head, c.event, c.modality) == (head, event, modality)


def test_taken_with_is_no_stock():
    assert counted("The gang made off with 300 laptops from the warehouse.").having is False


FIGURES = [
    # what was got back is never what was taken
    ("none", "Thieves took 40 paintings from the gallery.",
     "Police recovered 12 of the stolen paintings on Monday."),
    ("none", "More than 40 laptops were stolen from the depot.",
     "Officers found 38 of the stolen laptops wrapped in blankets."),
    ("none", "Nine sailors are missing after the trawler sank.",
     "Divers found 4 of the missing sailors on a sandbank."),
    ("contradiction", "Police recovered 12 of the stolen paintings on Monday.",
     "Officers recovered 20 of the stolen paintings on Monday."),
    # leaving with things is taking them
    ("contradiction", "The gang escaped with at least 40 watches from the jeweller.",
     "Nearly 30 watches were stolen from the jeweller."),
    ("agreement", "The gang made off with about 300 laptops from the depot.",
     "Some 310 laptops were taken from the depot."),
    # "has since been offered"
    ("contradiction", "The owners have offered a reward of up to 20,000 dollars for information.",
     "A reward of 35,000 dollars has since been offered for information."),
    # insured amounts, worded three ways
    ("agreement", "The manuscripts have an insured value of an estimated $3 million, the library said.",
     "Together the manuscripts are insured for some $3.1m, the library said."),
    ("contradiction", "Together the manuscripts are insured for some $3.1m, the library said.",
     "The manuscripts are valued for insurance at just under $1 million."),
    ("none", "The manuscripts are insured for some $3.1m, the library said.",
     "The manuscripts were sold for $1 million in 1990."),
    # depths
    ("agreement", "The cavers are sheltering in a chamber at a depth of about 300 metres.",
     "The cavers were found in a chamber some 310 metres below the surface."),
    ("contradiction", "The cavers are sheltering in a chamber at a depth of about 300 metres.",
     "The cavers were working at a depth of more than 450 metres."),
    ("none", "The cavers are sheltering in a chamber at a depth of about 300 metres.",
     "The cave system stretches for about 900 metres."),
    # a name before the noun is which set
    ("contradiction", "About 62% of Dunmore pupils have had both doses, the nurses said.",
     "Just under 50 per cent of pupils at Dunmore are fully vaccinated, the council said."),
    ("agreement", "About 62% of Dunmore pupils have had both doses, the nurses said.",
     "Just over 60 per cent of pupils at Dunmore are fully vaccinated, the council said."),
    ("none", "About 62% of Dunmore pupils have had both doses, the nurses said.",
     "Just under 50 per cent of pupils at Carrow are fully vaccinated, the council said."),
]


@pytest.mark.parametrize("expected,a,b", FIGURES)
def test_figures(expected, a, b):
    assert verdict("fig", a, b) == expected


LIVE_BLOG = """Harbour fire: as it happened

Last updated: 3 May 2025 18:05

18:05
That's all from us tonight. We'll be back tomorrow.

17:42
About 120 boats were moved out of the marina before the fire reached the pontoons.

16:30
Two firefighters were treated for smoke inhalation, the fire service said.
"""

VIDEO = """Harbour fire

01:41

Boats burn in the marina at dusk

Boats burn in the marina at dusk

About 120 boats were moved out of the marina.
"""


def test_live_blog_entries_are_read():
    texts = [s.text for s in split_sentences(article_from_text(LIVE_BLOG, "blog.txt", "s"))]
    assert any(t.startswith("About 120 boats") for t in texts)
    assert any(t.startswith("Two firefighters") for t in texts)


def test_video_caption_is_still_dropped():
    texts = [s.text for s in split_sentences(article_from_text(VIDEO, "v.txt", "s"))]
    assert not any("Boats burn" in t for t in texts)
    assert any(t.startswith("About 120 boats") for t in texts)


FIRSTS = [
    # theft, burglary and robbery are one kind of record
    ("contradiction", "It is the first theft from the Linden Gallery since 1987, the police said.",
     "It was the gallery's first burglary since 1994."),
    ("agreement", "It was the depot's first robbery since 2002.", "It is the first theft at the depot since 2002."),
    # a structure coming down: collapse, roof fall, cave-in
    ("contradiction", "It is the first collapse at the Brenna quarry since 1979.",
     "It was the first roof fall at Brenna since 1991."),
    ("contradiction", "It was the first cave-in at the tunnel since 1988.",
     "It is the first collapse in the tunnel since 2004."),
    # other kinds stay apart
    ("none", "It is the first theft at the depot since 1990.", "It is the first fire at the depot since 1995."),
    ("none", "It was the biggest fall in the index since 2008.", "It was the first collapse of a lender since 1991."),
    # a bare "for the first time since" fronted after a conjunction, with or without its comma
    ("contradiction", "The search ran for six days, and for the first time since 2002 the coastguard's reserve "
     "fleet was deployed.", "The coastguard's reserve fleet was deployed for the first time since 2006."),
    ("agreement", "The search ran for six days, and for the first time since 2002 the reserve fleet was deployed.",
     "For the first time since 2002, the reserve fleet was deployed."),
    ("none", "The search ran for six days, but for the first time since 2002 the reserve fleet was deployed.",
     "The army was called in for the first time since 2006."),
]


@pytest.mark.parametrize("expected,a,b", FIRSTS)
def test_first_since(expected, a, b):
    assert verdict("fs", a, b) == expected


MEN = [
    # men (or women) with a person event are the story's one named group of that event
    ("contradiction", "Eleven men were trapped when the tunnel gave way.",
     "All nine miners trapped in the tunnel are now safe."),
    ("agreement", "Eleven men were trapped when the tunnel gave way.", "11 miners were trapped in the tunnel."),
    ("contradiction", "Six men were arrested after the riot, police said.", "Police arrested nine fans after the riot."),
    # two sexes counted: neither is the whole group
    ("none", "Three women were trapped in the lift. Eleven men were trapped in the hall.",
     "11 workers were trapped in the building."),
    # two named groups of one event: which one the men are is unknown
    ("none", "Eleven men were trapped when the tunnel gave way.", "Five passengers and nine miners were trapped."),
    # a when-clause after a year dates the figure it governs, as its subject or its object
    ("none", "Two climbers died in the avalanche on Sunday.",
     "It was the worst avalanche since 1994, when a slide on the north face killed eleven men."),
]


@pytest.mark.parametrize("expected,a,b", MEN)
def test_men_join_the_named_group(expected, a, b):
    assert verdict("fig", a, b) == expected


ARRIVALS = [
    # how long a responder took to arrive is one duration however worded; "within" is at most
    ("contradiction", "Officers arrived within eight minutes of the alarm sounding.",
     "It took police more than 25 minutes to arrive after the alarm was raised."),
    ("agreement", "Officers arrived within eight minutes of the call.", "Police arrived within six minutes of the call."),
    ("agreement", "Firefighters arrived in 12 minutes.", "It took firemen about 12 minutes to get there."),
    ("contradiction", "The ambulance arrived after 40 minutes.", "It took paramedics 15 minutes to reach the farm."),
    # two responders, or none named: two durations
    ("none", "Officers arrived within eight minutes of the alarm.", "It took the ambulance 40 minutes to reach the farm."),
    ("none", "The guests arrived within ten minutes.", "The guests arrived after 40 minutes."),
]


@pytest.mark.parametrize("expected,a,b", ARRIVALS)
def test_arrival_durations(expected, a, b):
    assert verdict("fig", a, b) == expected

"""Vocabulary of record claims (the first-since rule): which differently worded records name
one kind of event. Nothing here may name a particular story."""

# Nouns that name "what happened" without saying what: the story's incident. "The worst
# accident in the region's mines" and "the worst mining disaster in the region" are one
# record when one story states them.
INCIDENT_HEADS = frozenset(
    "accident disaster incident tragedy catastrophe calamity crash collision".split()
)
# Nouns of one kind of record event, as a superlative's head: "the deadliest fire in the city"
# and "the worst blaze in the city"; "the heaviest rainfall" and "the heaviest rain".
RECORD_NOUN_GROUPS = (
    frozenset("fire blaze wildfire bushfire inferno".split()),
    frozenset("protest demonstration rally march".split()),
    frozenset("rain rainfall downpour".split()),
    frozenset("snow snowfall".split()),
    frozenset("storm hurricane typhoon cyclone".split()),
    frozenset("drought dry".split()),
    frozenset("heatwave heat".split()),
    frozenset("fine penalty".split()),
    frozenset("layoff layoffs redundancies job".split()),
)
# Verb events of a "first X <verb>ed since" or "the first time since ... that X has been
# <verb>ed" claim, by class: "the first exam cancelled" and "a paper has been annulled".
RECORD_VERB_GROUPS = (
    frozenset("cancelled canceled cancellation annulled annulment scrapped voided abandoned axed".split()),
    frozenset("overturned quashed reversed".split()),
    frozenset("postponed postponement delayed deferred".split()),
    frozenset("halted suspended suspension".split()),
    frozenset("sacked fired dismissed ousted".split()),
    frozenset("jailed imprisoned".split()),
    frozenset("banned barred".split()),
)
# Records of a stretch of time ("the hottest day since 1976", "the wettest month"): two such
# records about different days of one story ("Tuesday was ...", "Wednesday was ...") are two
# records. Words that name which stretch is meant:
TIME_UNIT_HEADS = frozenset("day night week weekend month year summer winter spring autumn season quarter".split())
WHEN_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
january february march april june july august september october november december""".split())  # not "may": the modal
# Light verbs whose object is the event: "the first time since 2015 that the union has called
# a strike" is the union's first strike since 2015 ("called off a strike" is not: a particle
# follows the verb).
LIGHT_RECORD_VERBS = frozenset("call hold stage launch open order conduct carry impose declare host".split())
VERB_PARTICLES = frozenset("off out up down back".split())

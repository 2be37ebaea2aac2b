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
    # Civil disorder, whatever the place (a prison, a city, a stadium): "the first riot at the
    # jail since 2012" and "the first serious disturbance at the jail since 2015".
    frozenset("riot rioting unrest disturbance disorder uprising mutiny".split()),
    # Pollution incidents: "the worst spill on the river" and "the worst pollution of the river".
    frozenset("spill spillage leak pollution contamination slick discharge".split()),
    # Service failures: "the worst disruption at the airports since 2010", "the worst outage".
    frozenset("outage blackout disruption disruptions".split()),
    frozenset("outbreak epidemic".split()),
    frozenset("landslide mudslide landslip".split()),
    # Getting out of custody or an enclosure: "the first escape from a jail since 1996", "the first
    # breakout from a prison since 2004", "the zoo's first jailbreak".
    frozenset("escape escapes breakout breakouts break-out jailbreak jailbreaks".split()),
    # "the first fatal gas explosion since 1987", "the first deadly gas blast in the city since 1994"
    frozenset("explosion explosions blast blasts detonation".split()),
    # Moves of a measure: "the biggest one-day fall since 2008", "the steepest daily drop".
    frozenset("fall drop decline slump plunge".split()),
    frozenset("rise increase jump surge".split()),
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
    # A proposal voted down: "the first budget defeat since 1993", "the first time the plan has
    # been voted down", "the bill was rejected", "the motion was thrown out by the chamber".
    frozenset("defeated defeat rejected rejection".split()),
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
# Phrasal verbs (participle and particle) that are one of the verb events above: "the
# festival has been called off" is cancelled, "the match was rained off" too.
PHRASAL_RECORD_VERBS = {
    **{f"{v} off": "cancelled" for v in ("called", "rained", "snowed", "frozen", "washed")},
    "pulled out": "withdrawn", "put off": "postponed", "pushed back": "postponed",
    "put back": "postponed", "shut down": "closed", "closed down": "closed", "laid off": "dismissed",
    "locked up": "jailed", "thrown out": "dismissed", "struck down": "overturned",
    "voted down": "defeated", "turned down": "rejected", "shot down": "rejected",
}
# Intransitive phrasal verbs after an auxiliary (active voice) that are one of the verb events
# above: "the first time a school roof has come down", "a pier has given way", "the ceiling has
# caved in" are all collapses.
ACTIVE_PHRASAL_RECORD_VERBS = {
    **{f"{v} {p}": "collapsed" for v in ("come", "came", "fallen", "fell") for p in ("down", "in")},
    **{f"{v} in": "collapsed" for v in ("caved", "cave", "given", "gave", "buckled")},
    **{f"{v} way": "collapsed" for v in ("given", "gave")},
}
# "The collapse is the first of a school roof in the county since 1998", "the blaze was the
# largest of any warehouse since 2001": after a superlative, "of" and one of these leaves the
# record's noun out; the subject names it and the "of" phrase is whose it is.
ELIDED_OF_DETERMINERS = frozenset("a an any".split())
# "..., the first such defeat since 1987": "such" points back to the clause before it, whose
# words tell what the record is about.
ANAPHORIC_RECORD_WORDS = frozenset(("such", "similar"))
# Past tenses that end in no "-ed": the verb of a clause around "for the first time" ("the
# party won the seat for the first time in 12 years") or after "the last time".
IRREGULAR_PAST = frozenset(
    "won lost held hit struck took made saw had went came beat met rose fell paid sold broke ran began "
    "brought fought led left gave got drew threw shut cut put set swept spread sank sunk froze flew burnt "
    "wore stood rang sprang shook tore burst quit split shed seen blew bit caught chose dug drove fled froze "
    "hid kept laid lit rode shot slid spent stole stuck swore swam withdrew overthrew overturned upheld".split())
# Verbs whose object is what happened: "the last time the country saw a general strike",
# "the region had not experienced such a drought since 1976".
WITNESS_VERBS = frozenset("saw seen had experienced suffered witnessed recorded endured faced".split())
# "Such a poor harvest has not been seen since 2007", "has not cancelled so many flights since
# 2010": the record kind of the adjective after "such a" / "so" (checker.vocab.numbers
# SUPERLATIVES kinds); no adjective, or another one, is a plain "first since".
NEGATED_RECORD_KINDS = {
    "poor": "worst", "bad": "worst", "severe": "worst", "serious": "worst", "deadly": "worst",
    "destructive": "worst", "damaging": "worst", "devastating": "worst", "disastrous": "worst",
    "big": "largest", "large": "largest", "great": "largest", "many": "largest", "much": "largest",
    "strong": "largest", "powerful": "largest", "intense": "largest", "high": "highest", "low": "lowest",
    "heavy": "heaviest", "long": "longest", "hot": "warmest", "warm": "warmest", "cold": "coldest",
    "wet": "wettest", "dry": "driest", "fast": "fastest", "good": "best",
}

# Superlatives of more scales, beside checker.vocab.numbers.SUPERLATIVES (word -> scale): "the
# closest race in the region since 1998", "the tightest election since 1974".
MORE_SUPERLATIVES = {
    "closest": "closest", "tightest": "closest", "narrowest": "closest",
    "costliest": "costliest", "most expensive": "costliest",
    "busiest": "busiest", "youngest": "youngest", "oldest": "oldest",
    "sharpest": "largest", "steepest": "largest",  # "the steepest drop" is "the biggest fall"
}

# Words that open the relative clause of a record whose noun is left out, right after the
# superlative: "the biggest the province has seen", "the worst this city has known", "the
# wettest it has ever recorded", "the hottest we have had". The record's noun is the subject's.
RELATIVE_OPENERS = frozenset("the this that its their our his her it he she they we i you".split())
# Words that end a passive participle's clause: "the road has been closed because of a fire".
CLAUSE_LINKS = frozenset("because due owing following amid despite".split())
# Heads that name a stretch of time in a state, or being put in one: the first "spell in
# special measures", "stint in opposition", "period in administration"; "placed in
# receivership", "put into administration", "plunged into recession". The state is the event.
STATE_ENTRY_HEADS = frozenset("""spell stint period term spells stints periods placed put plunged
    pushed forced thrown taken""".split())

# Verbs between "the last X" and its year ("the last outbreak on a farm in the county was in
# 2017", "the previous collapse occurred in 1994", "the last such fire dates back to 1998").
LAST_X_VERBS = ("was in", "were in", "took place in", "happened in", "came in", "occurred in", "struck in", "hit in",
                "was back in", "dates back to", "dated back to", "dates from", "dated from", "goes back to",
                "went back to")
# Verbs of an event taking place, whose subject is the event: "a general strike hadn't happened
# in the country since 1979", "no such collapse has occurred since 1994".
OCCURRED_VERBS = frozenset("happened occurred struck hit erupted".split())
# Prepositions that open no object after a record's verb: "the bridge was last shut to traffic
# in 2005" dates a closing (of the bridge), not "traffic".
NON_OBJECT_PREPOSITIONS = frozenset("to from by with at into for over across during after before against "
                                    "under through along near around".split())  # not "on": "went on strike"
# Words of likeness that end a subject naming a kind of event: "a strike like this last happened
# in 1998", "scenes like these were last seen in 1968" (the subject's noun is the record's).
LIKENESS_WORDS = frozenset("like this these that those such".split())

"""First-since: "the first X since YEAR" claims about one kind of event must name one year.

What: "the first X since 1998", "the first X in 40 years", "the first time in a decade
that ...", "the last time ... was in 1998" and superlatives ("the largest X since 2001")
and "the last X, in 1998" / "the previous X was in 1998" / "the club's last title came in 2001"
(not when the year is the
publication year: that is the current X) are read as the year of the previous occurrence;
"the last time the river flooded this badly was in 1987" is the worst flood since 1987. Superlatives of one scale are one claim:
size or strength (largest, biggest, strongest, most powerful) and severity (worst, deadliest,
most severe, most destructive), closeness (closest, tightest, narrowest) and cost (costliest, most
expensive); different scales are never compared with each other. Claims about the same kind of event (the
same head noun, such as "strike" or "recall", with synonyms such as failure/collapse, and
enough words in common) are compared across the articles of a story. When no article makes
two different claims about one head noun, the head alone aligns them, whatever the modifiers
and wording around it ("the first full evacuation of the town since 1994" against "the
town's first evacuation since 1997"; "the regulator's first formal investigation of a bank"
against "its first investigation into a lender"). A "first time since 1994 that the whole town has been evacuated" is read as the clause's
event (evacuated, with synonyms such as emptied); an elided head ("it opened a formal
investigation, its first into a bank since 2016") is the noun before the comma; a bare
"<subject> was the first since 2018" is the subject's event ("the decision to request
aircraft from abroad" is a request; after a verb of saying, the reported subject: "residents
said the floods were the worst since 1968"; a short subject such as "the recall" aligns like
the noun it is). The same head with the same object ("investigation of
a bank") aligns whatever the adjectives. Modifiers before the head must not clash:
"the first home win" and "the first away win" are two different firsts (modifiers such as
full, formal, complete, nationwide are ignored; fatal, deadly and lethal are one modifier; a
hyphenated modifier matches its parts: "boil-water notice" and "boil notice"). A head left to
the subject ("The magnitude 7.1 quake was the most powerful in the province since 1962") is the
subject's head. "Day", "week", "month" and "year" are ordinals only after "first" ("the
first day of the strike"); after another superlative they are records ("the hottest day in
the city since 1976"). Records worded differently about the story's one incident or verb
event align when no article states two of them with different years and their other words
name one subject (a word in common by stem or synonym, or words most of the story's
articles use): "the worst accident in the region's mines since 1987" and "the worst mining
disaster in the region since 1994" (accident, disaster, tragedy, catastrophe are one
incident); "the first national exam cancelled since 2011" and "the first time since 1998
that a baccalaureate paper has been annulled" (cancelled, annulled, scrapped are one verb
event, as are overturned and quashed, halted and suspended). Clashing modifiers still keep
them apart. One event named as a noun and as a verb is one head ("the first conviction of a
sitting MP" and "the first time that a serving MP has been convicted"; evacuation and
evacuated), and an active clause is its verb and object ("the first time that the team has
won the cup" is "the club's first cup win"); after a light verb the object is the event
("the first time since 2015 that the union has called a strike" is a first strike; "called
off a strike" is not); a verb with its object is the verb's bare noun when most other words
are shared ("the first time it has restricted admissions to a maternity unit in the region"
and "the first restriction of its kind on a maternity unit in the region"). Record nouns of one kind are one head (fire and
blaze, theft and burglary and robbery, collapse and roof fall and cave-in, rain and rainfall, protest and demonstration, escape and breakout, storm and hurricane, riot and disturbance
and unrest, spill and leak and pollution, outage and disruption, outbreak and epidemic, a fall
and a drop; a crash is an incident; "the steepest drop" is "the biggest fall"). "The club was
last relegated in 1998", "the town last flooded in 2002" and "the
country last held a referendum in 1994" are read like "the first ... since 1998" (not when
the year is the publication year); a participle after the noun leaves the noun as the head
("the biggest fine imposed by the regulator" is a fine) unless it names the event
("the first national exam cancelled"). Different years are
a contradiction, the same year an agreement, a claim made by one article only is reported
as single-source so that an editor can verify it. "In N years" is resolved against the
article's publication date, with one year of slack ("in a decade" two, "in a generation" ten:
loose words); without a date it is compared only
with other "in N years" claims.

Negated and fronted forms say the same: "such a poor harvest has not been seen since 2007" (the
worst harvest since 2007: "such a"/"so" and an adjective give the record's kind), "the region had
not experienced a drought since 1976", "Not since 1998 had the tournament seen such a big upset",
"No sitting minister had been convicted since 2003". A plain state ("the dam had not been
inspected since 2019") is left to the since-claims rule. "Since the 1970s" is some year of that
decade. A bare "for the first time in 12 years" takes its clause from before ("The party won
the seat for the first time in 12 years") or, fronted, after its comma ("For the first time since
2005, the party won the seat"; after a conjunction and with no comma too: "..., and for the first
time since 2002 the reserve fleet was deployed"); two such clauses with different verbs are different firsts ("won
the seat", "lost the seat"; light verbs such as called/staged a strike are one). "The last time
the country saw a general strike" is a general strike; "the first of its kind" is its subject's;
"the carmaker's largest since 2014" is the subject's ("The recall is ..."). A closed compound
whose end is another claim's head is that head with its first part as a modifier: "the most
serious cyberattack on a hospital" meets "the worst attack on the health service" (and a "terror
attack" still clashes with a cyberattack). A passive clause is its participle whatever follows
it ("the first time since 1987 that a crossing has been shut completely", "has been closed because
of a fire"), and closure, closed and shut are one event; a record whose noun is left out before a
relative clause of witnessing is the subject's ("The fire is the biggest the province has seen
since 2017" is a fire); tolerated modifiers ("full", "completely") never dilute the words two claims
share.

A verb and its noun with a short shared root are one event too: a gerund ("the voiding"), a bare
noun ("the ban") and nouns in -ure, -al, -ment, -ion, -sion ("closure", "removal", "diversion")
meet the participle ("voided", "banned", "closed", "removed", "diverted"). A participle with its
agent after a plain noun ("the first school in the district closed by the ministry") is the event
that another article names by its noun ("the first closure by the ministry"). "The first time
since 2008 the council has run a home" is read like "... that the council has run". Two different
records in one sentence each carry their own clause as their text.

A proposal "voted down", "turned down" or "rejected" is a defeat. "The first such defeat" takes
the words of the clause before it ("councillors rejected the budget"). An intransitive phrasal
verb after an auxiliary is its event ("a roof has come down", "has given way", "has caved in"
are collapses). "The collapse is the first of a school roof since 1998" leaves the noun out:
the subject names it.

Why: "first since" claims are memorable, often repeated, and often wrong by a few years.

More forms read: a negated event with its object ("the river has not flooded the town centre
since 1968", "the state had not carried out an execution since 2013"), "a general strike
hadn't happened since 1979", "has not seen a fire this big since 1974"; "the last time a
minister resigned was in 2004" (the resignation), "was last called off in 2001" (cancelled),
"was last shut to traffic in 2005" (a closing), "the last landslide on the road dates back to
1997". Two negated claims alone are left to the since-claims rule.

Known false positives: two different "firsts" about one kind of event in one story (the
first strike of drivers since 1998, the first strike of pilots since 2001) are aligned when
no single article states both; "first half", "first quarter" and "first-hand" are ignored.
Likewise two different incidents or verb events of one story ("the worst accident in the
region's mines", "the worst disaster for the region's farms"), each stated by one article,
align when their words share the story's subject. Records of a stretch of time ("the
hottest day") whose sentences name different days ("Tuesday", "Wednesday") are kept apart.
"""
from __future__ import annotations

import difflib
import functools
import re

import attrs

from checker import lazyre
from checker.align import Item, judge_group, names_match, proper_names
from checker.extract.counted import heads_match, singular
from checker.extract.numbers import fold_case, letter_runs
from checker.facts import StoryFacts
from checker.model import Claim
from checker.vocab.numbers import (
    DECISION_NOUNS, ELIDED_HEAD_PREPOSITIONS, ELIDED_SUBJECT_PREPOSITIONS, FIRST_NOT,
    GENERIC_SINCE_HEADS, MODIFIER_SYNONYMS, NOT_HEAD, OBJECT_PREPOSITIONS, SINCE_SYNONYMS, SINCE_UNITS, TENS_WORDS,
    TOLERATED_MODIFIERS, UNITS_WORDS,
)
from checker.extract.events import stem
from checker.vocab.records import (
    MORE_SUPERLATIVES, INCIDENT_HEADS, PHRASAL_RECORD_VERBS, ACTIVE_PHRASAL_RECORD_VERBS, ELIDED_OF_DETERMINERS, ANAPHORIC_RECORD_WORDS, STATE_ENTRY_HEADS, IRREGULAR_PAST, CLAUSE_LINKS, RELATIVE_OPENERS, LIGHT_RECORD_VERBS, NEGATED_RECORD_KINDS, WITNESS_VERBS, RECORD_NOUN_GROUPS, RECORD_VERB_GROUPS, TIME_UNIT_HEADS, VERB_PARTICLES, WHEN_WORDS,
    LAST_X_VERBS, OCCURRED_VERBS, NON_OBJECT_PREPOSITIONS, LIKENESS_WORDS,
)
from checker.vocab.numbers import SUPERLATIVES as _BASE_SUPERLATIVES
from checker.vocab.time import MONTH_ALTERNATION
from rules.base import Example, Result, Rule

CODE = "NU202"
NAME = "first-since"
MIN_OVERLAP = 0.3  # share of content words two claims must have in common
MAX_PER_ARTICLE = 50  # "first since" claims per article: more is not prose
_HAS_REF = lazyre.compile(r"since\s|\syears?\b|decade|generation|century|\s(?:in|to|from)\s{1,2}(?:1[5-9]|20)[0-9]{2}", re.I)

SUPERLATIVES = {**_BASE_SUPERLATIVES, **MORE_SUPERLATIVES}
_SUP = "|".join(s.replace(" ", r"\s{1,2}") for s in sorted(SUPERLATIVES, key=len, reverse=True))
_NUMW = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))
_X = r"(?P<x>(?:\s{1,2}[^\s.;:!?,]{1,40}){0,18}?)"
_SINCE = (
    rf"\s{{1,2}}since\s{{1,2}}(?:(?:{MONTH_ALTERNATION})\.?\s{{1,2}}(?:[0-3]?[0-9](?:st|nd|rd|th)?,?\s{{1,2}})?)?"
    r"(?:(?P<year>1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])|the\s{1,2}(?P<decade>1[5-9][0-9]0|20[0-9]0)[’']?s\b)"
)
_IN_N = (
    r"\s{1,2}in\s{1,2}(?P<h>more\sthan\s|over\s|almost\s|nearly\s|at\sleast\s|about\s|some\s)?"
    r"(?:the\s(?:past|last)\s)?"
    rf"(?P<n>[0-9]{{1,3}}|an?|{_NUMW})\s{{1,2}}(?P<unit>years?|decades?|generations?|century|quarter\s{{1,2}}of\s{{1,2}}a\s{{1,2}}century)(?![\w])"
)
_FIRST = lazyre.compile(rf"(?<![\w-])(?P<sup>{_SUP})(?![\w-]){_X}(?:{_SINCE}|{_IN_N})", re.I)
_LAST_TIME = lazyre.compile(
    rf"(?<![\w])the\slast\stime(?P<x>(?:\s{{1,2}}[^\s.;:!?,]{{1,40}}){{0,14}}?)\s(?:was|were)\sin\s"
    r"(?P<year>1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])",
    re.I,
)
# "The last national teachers' strike, in 2011, lasted 11 days", "the previous recall was in
# 2016": the year of the previous occurrence, read like "the first ... since 2011".
_LAST_X_VERB_ALT = "|".join(w.replace(" ", r"\s") for w in LAST_X_VERBS)
_LAST_VERB_PAST_ALT = "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True))
_LAST_X = lazyre.compile(
    # "the last strike", "the club's last title", "its previous recall"
    r"(?<![\w])(?:the|its|their|his|her|[A-Za-z][\w-]{1,30}[’']s)\s(?:last|previous)(?P<x>(?:\s{1,2}[^\s.;:!?,]{1,40}){1,9}?)"
    rf"(?:,\s{{1,2}}in\s|\s(?:{_LAST_X_VERB_ALT})\s)"
    r"(?P<year>1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])",
    re.I,
)
# "this badly", "so severely": a "last time" of a degree is a record of severity.
_DEGREE = frozenset(("this", "so", "as", "that"))
_SEVERELY = frozenset(("badly", "bad", "severely", "seriously", "hard", "heavily", "violently", "destructive"))
_LAST_X_NOT = frozenset("time times one few several two three four five six seven eight nine ten year years "
                        "month months week weeks day days decade decades century".split())
_POSSESSOR = lazyre.compile(r"(?P<p>[A-Za-z][\w-]{1,30})(?:’s|'s)\s{1,2}$")
# The clause of "the first time since 1994 that <clause>", up to its first comma (what follows
# a comma is usually the attribution: ", the municipality said").
_THAT = lazyre.compile(r"\s{0,2},?\s{0,2}(?:that|when)\s(?P<c>[^.;:!?,]{1,200})", re.I)
# The same clause with "that" left out: "the first time since 2008 the council has run a home"
# (a subject of up to five words, then an auxiliary).
_ZERO_THAT = lazyre.compile(
    r"\s{1,2}(?P<c>(?:the|a|an|its|their|his|her|this|[A-Z][\w’'-]{0,30})\s{1,2}(?:[^\s.;:!?,]{1,40}\s{1,2}){0,4}?"
    r"(?:has|have|had|was|were|is|are|did)\s{1,2}[^.;:!?,]{1,200})")
# "opened a formal investigation, its first into a bank since 2016": the head is elided and
# stands before the comma.
_ANTECEDENT = lazyre.compile(
    r"(?P<np>(?:[A-Za-z][\w’'-]{0,30}\s{1,2}){0,3}[A-Za-z][\w’'-]{0,30}),\s{1,2}(?:its|their|his|her|the)\s{1,2}$")
# "The decision to request aircraft from abroad was the first since 2018": the subject.
_COPULA_BEFORE = lazyre.compile(
    r"(?:^|[,;:(]\s{0,2})(?P<subj>[^,;:()]{3,160}?)\s{1,2}(?:was|is|were|are|marks|marked|became|becomes)"
    r"\s{1,2}(?:the|its|their)\s{1,2}$", re.I)
_WORD = lazyre.compile(r"[A-Za-z][A-Za-z’'-]{0,40}")
_PARTICIPLE = lazyre.compile(r"[a-z]{3,30}ed|made|given|handed|taken|held|won|lost|paid|set|brought|struck")
# "The club was last relegated in 1998", "the town last flooded in 2002", "the country last
# held a referendum in 1994": the year of the previous occurrence.
_LAST_VERB = lazyre.compile(
    rf"(?<![\w-])last\s{{1,2}}(?P<verb>[a-z]{{2,20}}ed|{_LAST_VERB_PAST_ALT})"
    r"(?P<x>(?:\s{1,2}[^\s.;:!?,]{1,40}){0,6}?)\s{1,2}in\s{1,2}(?P<year>1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])",
    re.I,
)
_LAST_VERB_NOT = frozenset("used needed seemed".split())
# "Such a poor harvest has not been seen since 2007", "the airline has not cancelled so many
# flights since 2010", "the river had never flooded since 1998": a negated verb before "since
# YEAR" says when it last happened.
_NOT_SINCE = lazyre.compile(
    r"(?:\bnot|\bnever|n[’']t)\s{1,2}(?:been\s{1,2})?(?P<verb>[a-z]{2,20})(?P<x>(?:\s{1,2}[^\s.;:!?,]{1,40}){0,8}?)"
    + _SINCE, re.I)
_SUCH = frozenset(("such", "so"))
_BEEN = lazyre.compile(r"(?<![\w-])been(?![\w-])", re.I)
_NEGATED_QUOTE = lazyre.compile(r"^(?:not|never|n[’']t)(?![\w-])", re.I)
# "Not since 1998 had the tournament seen such a big upset"; "No sitting minister had been
# convicted since 2003", "no team had won the cup since 1998".
_NO_SINCE = lazyre.compile(
    r"(?:\bnot\s{1,2}since\s{1,2}(?:(?P<year>1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])|the\s{1,2}(?P<decade>1[5-9][0-9]0|20[0-9]0)[’']?s\b)"
    r",?\s{1,2}(?P<aux>has|have|had|did|was|were|is|are)\s{1,2}(?P<c>[^.;:!?,]{3,160})"
    r"|\bno\s{1,2}(?P<subj>(?:[^\s.;:!?,]{1,40}\s{1,2}){1,5}?)(?:has|have|had)\s{1,2}(?P<been>been\s{1,2})?"
    r"(?P<verb>[a-z]{2,20})(?P<x>(?:\s{1,2}[^\s.;:!?,]{1,40}){0,6}?)\s{1,2}since\s{1,2}"
    r"(?:(?P<year2>1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])|the\s{1,2}(?P<decade2>1[5-9][0-9]0|20[0-9]0)[’']?s\b))",
    re.I)
# "for the first time in 12 years" closes its clause: "The party won the seat for the first time".
_FOR_THE = lazyre.compile(r"(?:^|[,;:]\s{0,2}|\s)(?P<c>[^,;:]{3,200}?)\s{1,2}for\s{1,2}the\s{1,2}$", re.I)
_FOR_THE_OPENING = lazyre.compile(r"\s{0,3}for\s{1,2}the\s{1,2}", re.I)
_FRONTED_CLAUSE = lazyre.compile(r"\s{0,2},?\s{1,2}(?P<c>[^.;:!?,]{1,200})")
_FRONTING_LINKS = frozenset(("and", "but", "so", "while", "yet", "and now", "now"))
_AUX = frozenset("has have had was were is are did does".split())
_SKIP = frozenset(("it", "first", "time", "times", "ever", "s"))


# Words every claim holds (whole words, lower case): a superlative with "since" or a unit of
# "in N years", or "last" and "time" (with a year's digits).
# "most powerful": its last word stands for it (a superset: the regex decides)
_SUP_RUNS = frozenset(w.split()[-1].encode("ascii") for w in SUPERLATIVES)
_OPENING_RUNS = _SUP_RUNS | {b"last", b"previous"}
_NEGATION_RUNS = frozenset((b"not", b"never", b"no"))  # and "n't", looked for in the text
_SINCE_RUNS = frozenset((b"since", b"year", b"years", b"decade", b"decades", b"generation", b"generations", b"century"))


def _may_claim(text: str) -> tuple[bool, bool] | bool:
    """(may hold a record or "last" claim, may hold a negated "not ... since YEAR"), or True
    when no gate is safe (a letter that IGNORECASE reads as ASCII): anything may be there."""
    runs = letter_runs(text)
    if runs is None:
        return True
    _, words, digits = runs
    negated = (digits >= 4 and b"since" in words
               and (not _NEGATION_RUNS.isdisjoint(words) or "n't" in text or "n’t" in text))
    if _OPENING_RUNS.isdisjoint(words):
        return False, negated
    words = set(words)
    if not _SUP_RUNS.isdisjoint(words) and not _SINCE_RUNS.isdisjoint(words):
        return True, negated
    return digits >= 4 and (b"last" in words or b"previous" in words), negated


def _words(s: str) -> list[str]:
    return [w.lower().strip("’'") for w in _WORD.findall(s)]


def _first_chunk(words: list[str]) -> list[str]:
    """The first noun chunk (at most four words), skipping function words before it."""
    chunk: list[str] = []
    for w in words:
        if w in NOT_HEAD or w in _AUX:
            if chunk:
                break
            continue
        chunk.append(w)
        if len(chunk) >= 4:
            break
    return chunk


def _last_chunk(words: list[str]) -> list[str]:
    """The noun chunk that ends the words: "had opened a formal investigation" -> formal
    investigation."""
    k = len(words)
    while k > 0 and words[k - 1] not in NOT_HEAD and words[k - 1] not in _AUX and len(words) - k < 4:
        k -= 1
    return words[k:]


def _chunk_head(words: list[str]) -> str | None:
    """The last noun of the first noun chunk: "dam failure in the province" -> failure. A
    participle after the noun is not the head ("the biggest fine imposed by" -> fine) unless
    it names the event ("the first national exam cancelled" -> cancelled)."""
    chunk = _first_chunk(words)
    if len(chunk) >= 2 and _PARTICIPLE.fullmatch(chunk[-1]) and not any(chunk[-1] in g for g in _SYNONYM_GROUPS):
        chunk = chunk[:-1]
    return singular(chunk[-1]) if chunk else None


def _premodifiers(words: list[str]) -> frozenset[str]:
    """The words of the first noun chunk before its head: "home league win" -> home, league;
    synonyms as one ("deadly" is "fatal"), a hyphenated modifier also by its parts
    ("boil-water" -> boil-water, boil, water)."""
    out = set()
    for w in _first_chunk(words)[:-1]:
        parts = [w, *w.split("-")] if "-" in w else [w]
        out.update(MODIFIER_SYNONYMS.get(p, p) for p in parts if p)
    return frozenset(out) - TOLERATED_MODIFIERS


def _clause_head(words: list[str]) -> str | None:
    """The object of a "first time ... that <clause>": "... has won an outright majority";
    of a passive one, its participle when no noun follows ("a bridge has been shut completely",
    "the road has been closed because of a fire": shut, closed)."""
    for k, w in enumerate(words[:8]):
        if (w in _AUX and k + 3 < len(words) and words[k + 1] == "been" and words[k + 3] in VERB_PARTICLES
                and (phrasal := PHRASAL_RECORD_VERBS.get(f"{words[k + 2]} {words[k + 3]}"))):
            return phrasal  # "the festival has been called off": cancelled
        if (w in _AUX and k + 2 < len(words)
                and (phrasal := ACTIVE_PHRASAL_RECORD_VERBS.get(f"{words[k + 1]} {words[k + 2]}"))
                and words[k + 3:k + 4] not in ([d] for d in _PHRASAL_NOT_BEFORE)):
            return phrasal  # "a school roof has come down": collapsed (not "has fallen in the polls")
        if (w in _AUX and k + 2 < len(words) and words[k + 1] == "been" and words[k + 2] not in NOT_HEAD
                and (k + 3 == len(words) or words[k + 3].endswith("ly") or words[k + 3] in NOT_HEAD
                     or words[k + 3] in CLAUSE_LINKS)):
            return singular(words[k + 2])
        if w in _AUX and k + 2 <= len(words):
            head = _chunk_head(words[k + 2:])
            if head is None and words[k + 1] not in NOT_HEAD:
                return singular(words[k + 1])  # "the club was relegated": the participle
            return head
    return None


_PHRASAL_NOT_BEFORE = frozenset("the a an its their his her this that these those our my your".split())
_LIGHT_STEMS = frozenset(stem(v) for v in LIGHT_RECORD_VERBS)


def _light_object(words: list[str], verb: str | None) -> bool:
    """Is the clause a light verb and its object ("has called a strike", "has held a
    referendum"), not a phrasal verb ("has called off a strike")?"""
    if verb is None or verb not in _LIGHT_STEMS:
        return False
    k = next((i for i, w in enumerate(words[:8]) if w in _AUX), None)
    return k is not None and k + 2 < len(words) and words[k + 2] not in VERB_PARTICLES


def _clause_verb(words: list[str]) -> str | None:
    """The verb of an active "first time ... that <clause>", as a stem: "the team has won
    the cup" -> win (its object, the cup, is the claim's head); None for a passive clause
    ("a paper has been annulled": the participle is the head)."""
    for k, w in enumerate(words[:8]):
        if w in _AUX and k + 1 < len(words):
            verb = words[k + 1]
            return None if verb in ("been", "be", "had", "not") or verb in NOT_HEAD else stem(verb)
    return None


_NOMINAL_ENDINGS = frozenset(("", "e", "s", "ed", "d", "ing", "ion", "ions", "ation", "ations", "ment", "ments", "al"))


def _nominal(a: str, b: str) -> bool:
    """One event as a noun and as a verb: conviction/convicted, evacuation/evacuated,
    resignation/resigned, recall/recalled (a shared start of six letters or more, the rest
    an ending of nouns or participles; "striker" is not "strike")."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    if n < 6:
        return _same_root(a, b)
    if a[n:] in _NOMINAL_ENDINGS and b[n:] in _NOMINAL_ENDINGS:
        return True
    # "evacuat|ion" vs "evacuat|ed" share the "t"; "resign|ation" vs "resign|ed"
    return (n >= 7 and a[n - 1:] in _NOMINAL_ENDINGS | {"tion", "ted"} and b[n - 1:] in _NOMINAL_ENDINGS | {"tion", "ted"}
            or _same_root(a, b))


# Endings that make a noun of a verb, with what the verb ends in instead: closure/closed,
# removal/removed, diversion/diverted, suspension/suspended, annulment/annulled; a gerund
# ("the voiding") and a bare noun ("the ban") are the verb's stem.
_NOUN_OF_VERB = (("ure", ""), ("ure", "e"), ("al", ""), ("al", "e"), ("ment", ""), ("ation", ""), ("ation", "e"),
                 ("ion", ""), ("ion", "e"), ("sion", "t"), ("sion", "d"))


def _roots(word: str) -> frozenset:
    out = {stem(word)}
    for suffix, repl in _NOUN_OF_VERB:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.add(stem(word[: len(word) - len(suffix)] + repl))
    return frozenset(out)


def _same_root(a: str, b: str) -> bool:
    """A verb and its noun with a short shared start (void/voiding/voided, ban/banned,
    closure/closed): the same root after the noun's ending is undone, when one of the two is a
    participle or gerund ("general" and "generation" are not one event). A root of three letters
    counts only beside a doubled consonant ("ban"/"banned"), a verb's mark."""
    if a == b or not (a.isalpha() and b.isalpha()) or not any(w.endswith(("ed", "ing")) for w in (a, b)):
        return False
    common = _roots(a) & _roots(b)
    return any(len(r) >= 4 or (len(r) == 3 and any(w.startswith(r + r[-1]) for w in (a, b))) for r in common)


def _state_of(head: str, words: list[str]) -> str | None:
    """The state a first is about when its head is a stretch of time in it ("spell", "stint",
    "period" in administration) or a verb of being put in it ("placed", "put", "plunged" into
    receivership): the head of the noun after "in"/"into"; None otherwise."""
    if head not in STATE_ENTRY_HEADS:
        return None
    k = next((i for i, w in enumerate(words) if singular(w) == head or w == head), None)
    if k is None or k + 1 >= len(words) or words[k + 1] not in ("in", "into", "under"):
        return None
    return _chunk_head(words[k + 2:k + 6])


def _object(words: list[str]) -> str | None:
    """The object after the head: "investigation of a bank" -> bank, "evacuation of the
    town" -> town; None when the chunk is not followed by one."""
    chunk = _first_chunk(words)
    if not chunk:
        return None
    k = words.index(chunk[-1]) + 1
    if k < len(words) and words[k] in OBJECT_PREPOSITIONS:
        obj = _chunk_head(words[k + 1:k + 6])
        return obj
    return None


def _elided(text: str, start: int, x_words: list[str]):
    """ "a formal investigation, its first into a bank": (head, premodifiers, words) of the
    noun the claim leaves out, or None."""
    if not x_words or x_words[0] not in ELIDED_HEAD_PREPOSITIONS:
        return None
    am = _ANTECEDENT.search(text[max(0, start - 120):start])
    if am is None:
        return None
    np = _last_chunk(_words(am.group("np"))[-4:])
    if not np:
        return None
    return singular(np[-1]), frozenset(np[:-1]) - TOLERATED_MODIFIERS, np


_CLAUSE_BEFORE = lazyre.compile(r"(?P<c>[^.;:!?()]{3,200}?)[,–—-]?\s{0,2}(?:the|its|their|a|an)\s{1,2}$", re.I)


def _antecedent_words(text: str, start: int) -> list[str]:
    """The content words of the clause before "the first such ..." (at most 12, after its
    last "after", "when" or "as"): what "such" refers to."""
    cm = _CLAUSE_BEFORE.search(text[max(0, start - 200):start])
    if cm is None:
        return []
    words = _words(cm.group("c"))
    cut = [k for k, w in enumerate(words) if w in ("after", "when", "as", "because")]
    if cut and cut[-1] < len(words) - 1:
        words = words[cut[-1] + 1:]
    return [w for w in words[-12:] if w not in NOT_HEAD and w not in _AUX and not w.isdigit()]


def _subject(text: str, start: int):
    """ "The government's decision to request aircraft from abroad was the first since 2018":
    (head, words) of the subject; a decision, plan or move "to <verb>" is the verb's event."""
    cm = _COPULA_BEFORE.search(text[max(0, start - 170):start])
    if cm is None:
        return None
    words = _words(cm.group("subj"))[-12:]
    # "Residents said the floods were the worst since 1968": the subject of the reported
    # clause, after the verb of saying (or "that").
    said = [k for k, w in enumerate(words) if w in _SAYING and 0 < k < len(words) - 1]
    if said:
        words = words[said[-1] + 1:]
    if words and words[0] in ("which", "that") and len(words) <= 2:
        # "The visit, which was the first since 2005": the noun before the comma
        before = text[max(0, start - 170):start][:cm.start("subj")].rstrip(" ,")
        words = _last_chunk(_words(before)[-4:])
    chunk = _first_chunk([w for w in words if not w.endswith(("’s", "'s"))])
    if not chunk:
        return None
    k = words.index(chunk[-1])
    if chunk[-1] in DECISION_NOUNS and k + 2 < len(words) and words[k + 1] == "to":
        return singular(words[k + 2]), words
    if chunk[-1] in ("it", "this", "that"):
        return None
    return singular(chunk[-1]), words


_SYNONYM_GROUPS = (*SINCE_SYNONYMS, *RECORD_VERB_GROUPS, *RECORD_NOUN_GROUPS)
_SAYING = frozenset("""said says say told tell reported added warned noted claimed insisted argued stated
believe believes believed think thinks thought agreed agree agrees that""".split())


# The synonym groups by the stems of their words: a clause's verb (kept as a stem) meets
# its group's nouns ("has suspended a licence" and "a licence suspension").
_GROUPS_BY_STEM: dict[str, list] = {}
for _g in _SYNONYM_GROUPS:
    for _st in sorted({stem(_w) for _w in _g}):
        _GROUPS_BY_STEM.setdefault(_st, []).append(_g)


def _synonyms(a: str, b: str) -> bool:
    return any(a in g and b in g for g in _SYNONYM_GROUPS)


def _similar(a: str, b: str) -> bool:
    if a == b or _synonyms(a, b) or _nominal(a, b):
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 3:
        return False
    return difflib.SequenceMatcher(None, a[:40], b[:40], autojunk=False).ratio() >= 0.8


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    inter = sum(1 for x in a if any(_similar(x, y) for y in b))
    union = len(a) + len(b) - inter
    return inter / union if union else 0.0


def _claims(story: StoryFacts):
    out = []
    for facts in story.articles:
        pub = facts.article.published
        start_count = len(out)
        for sent in facts.sentences:
            if len(out) - start_count >= MAX_PER_ARTICLE:
                break
            text = sent.text[:4000]
            gate = _may_claim(text)
            records, negated = (True, True) if gate is True else gate
            if not (records or negated) or not _HAS_REF.search(text):
                continue  # cheap pre-filters: no superlative or "last time", no year reference
            for m in (_FIRST.finditer(text) if records else ()):
                x_words = _words(m.group("x"))
                if x_words[:3] in (["of", "its", "kind"], ["of", "their", "kind"]):
                    x_words = []  # "the walkout was the first of its kind since 2009": the subject's
                kind = SUPERLATIVES[" ".join(fold_case(m.group("sup")).split())]
                if kind == "first" and x_words and x_words[0] in FIRST_NOT and x_words[0] != "time":
                    continue  # "the first day of": an ordinal; "the hottest day since" is a record
                start = m.start()
                extra: list[str] = []
                obj = None
                subj = None
                verb = None
                if not x_words:
                    pm0 = _POSSESSOR.search(text[max(0, start - 34):start])
                    # "the recall is the carmaker's largest since 2014": the copula is before the possessor
                    subj = _subject(text, max(0, start - 34) + pm0.start() if pm0 else start)
                    if subj is None:
                        continue
                pm = _POSSESSOR.search(text[max(0, start - 34):start])
                if pm and pm.group("p").lower() not in ("it", "its", "their", "his", "her"):
                    extra.append(pm.group("p").lower())
                    start = max(0, start - 34) + pm.start()
                if x_words and x_words[0] == "time":
                    tm = _THAT.match(text, m.end())
                    if tm is None and len(x_words) == 1:
                        tm = _ZERO_THAT.match(text, m.end())
                    if tm is not None and len(x_words) > 1 and any(w in _AUX for w in x_words[1:6]):
                        tm = None  # "the first time the festival was called off since 2012, when
                        # high winds ...": the clause is before the year; the "when" is the year's
                    clause = _words(tm.group("c"))[:14] if tm else []
                    if tm is None and len(x_words) == 1:
                        clause = _around_clause(text, m.start(), m.end())
                    elif tm is None and any(w in _AUX for w in x_words[1:8]):
                        clause = x_words[1:]  # "the first time the seat had changed hands since 1997"
                    head, verb = _any_clause(clause)
                    content = clause
                    premods = None  # a clause, not a noun chunk: never aligned on its head alone
                    if _light_object(clause, verb):
                        premods = frozenset()  # "has called a strike": a strike, aligned like one
                elif subj is not None:
                    head, content = subj
                    premods = None  # a subject, not a noun chunk: aligned on shared words only
                    own = [w for w in content if not w.endswith(("’s", "'s"))]
                    chunk = _first_chunk(own)
                    if chunk and len(own) <= 4 and singular(chunk[-1]) == head and len(chunk) == len(
                            [w for w in own if w not in NOT_HEAD and w not in _AUX]):
                        # "The recall is the carmaker's biggest since 2014": a short subject that
                        # is one noun chunk is aligned like one ("the recall").
                        premods = _premodifiers(own)
                elif (x_words[0] in ELIDED_SUBJECT_PREPOSITIONS
                      and (es := _subject(text, start)) is not None):
                    # "The magnitude 7.1 quake was the most powerful in the province since 1962"
                    head, subj_words = es
                    content = [*subj_words, *x_words]
                    premods = _premodifiers([w for w in subj_words if not w.endswith(("’s", "'s"))])
                elif (len(x_words) >= 3 and x_words[0] == "of" and x_words[1] in ELIDED_OF_DETERMINERS
                      and (es := _subject(text, start)) is not None):
                    # "The collapse is the first of a school roof in the county since 1998": the
                    # subject names the record; the "of" phrase says whose it is
                    head, subj_words = es
                    content = [*subj_words, *x_words]
                    premods = _premodifiers([w for w in subj_words if not w.endswith(("’s", "'s"))])
                    obj = _chunk_head(x_words[1:])
                elif _relative_only(x_words) and (es := _subject(text, start)) is not None:
                    # "The fire is the biggest the province has seen since 2017": the head is
                    # the subject's; the relative clause names the scope
                    head, subj_words = es
                    content = [*subj_words, *x_words]
                    premods = _premodifiers([w for w in subj_words if not w.endswith(("’s", "'s"))])
                elif (el := _elided(text, m.start(), x_words)) is not None:
                    head, premods, np = el
                    content = [*np, *x_words]
                    obj = _chunk_head(x_words[1:])  # "its first into a bank": the bank
                else:
                    head = _chunk_head(x_words)
                    content = x_words
                    premods = _premodifiers(x_words)
                    obj = _object(x_words)
                if head is None:
                    continue
                state = _state_of(head, content)
                if state is not None:
                    # "its first spell in special measures", "the first time the club has been
                    # placed in administration": the state entered is the event
                    head, obj = state, None
                if x_words and x_words[0] in ANAPHORIC_RECORD_WORDS and subj is None:
                    # "councillors rejected its budget, the first such defeat since 1987": the
                    # clause before "such" says what the record is about
                    extra.extend(_antecedent_words(text, m.start()))
                words = tuple(sorted({singular(w) for w in [*content, *extra] if w not in NOT_HEAD and w not in _SKIP}))
                value, data = _value(m, pub)
                claim = facts.claim(sent, start, m.end(), value)
                names = proper_names(text[start:m.end()])
                out.append((claim, kind, head, words, data, names, premods, obj, verb))
            for m in (_LAST_TIME.finditer(text) if records else ()):
                x_words = _words(m.group("x"))
                seen = _witnessed(x_words)
                obj_words = x_words[seen:] if seen is not None else x_words  # "the country saw a general strike"
                if seen is None and len(obj_words) >= 3 and obj_words[-2] in _AUX:
                    # "the last time the bridge was closed": the passive names its verb, as "the
                    # bridge closed" and "the bridge was last closed" do
                    obj_words = [*obj_words[:-2], obj_words[-1]]
                head = _chunk_head(obj_words) or (x_words[-1] if x_words else None)
                if seen is None and (vk := _intransitive_event(obj_words)) is not None:
                    head = vk  # "the last time a minister resigned over the issue": the resignation
                if head is None:
                    continue
                year = int(m.group("year"))
                words = tuple(sorted({singular(w) for w in x_words if w not in NOT_HEAD and w not in _SKIP}))
                claim = facts.claim(sent, m.start(), m.end(), f"last in {year}")
                kind, premods = "first", _premodifiers(obj_words)
                if len(x_words) >= 3 and x_words[-2] in _DEGREE and x_words[-1] in _SEVERELY:
                    # "The last time the river flooded this badly was in 1987": the worst flood
                    # since 1987, named by the clause's verb.
                    _, verb = _any_clause(x_words)
                    if verb is None:
                        continue
                    kind, head, premods = "worst", verb, frozenset()
                out.append((claim, kind, singular(head), words, ("year", year, year), proper_names(m.group(0)),
                            premods, _object(obj_words) if kind == "first" else None, None))
            for m in (_LAST_VERB.finditer(text) if records else ()):
                raw_verb = m.group("verb").lower()
                year = int(m.group("year"))
                if raw_verb in _LAST_VERB_NOT or pub is not None and year >= pub.year:
                    continue
                x_words = _words(m.group("x"))
                if x_words and f"{raw_verb} {x_words[0]}" in PHRASAL_RECORD_VERBS:
                    # "the festival was last called off in 2001": the verb event it is (cancelled)
                    raw_verb, x_words = PHRASAL_RECORD_VERBS[f"{raw_verb} {x_words[0]}"], x_words[1:]
                obj_head = _chunk_head(x_words) if x_words and x_words[0] not in NON_OBJECT_PREPOSITIONS else None
                lead = _words(re.split(r"[,;:]", text[max(0, m.start() - 60):m.start()])[-1])[-8:]
                while lead and (lead[-1] in _AUX or lead[-1] in LIKENESS_WORDS):
                    lead = lead[:-1]  # "a strike like this last happened", "scenes like these were last seen"
                subj_words = [w for w in _last_chunk(lead) if w not in _AUX]
                if obj_head is None and (raw_verb in OCCURRED_VERBS or raw_verb in WITNESS_VERBS) and subj_words:
                    obj_head = _chunk_head(subj_words)  # the subject is what happened, or was seen
                head = obj_head or singular(raw_verb)
                verb = stem(raw_verb) if obj_head else None
                words = tuple(sorted({singular(w) for w in [*subj_words, raw_verb, *x_words]
                                      if w not in NOT_HEAD and w not in _SKIP}))
                claim = facts.claim(sent, m.start(), m.end(), f"last in {year}")
                out.append((claim, "first", head, words, ("year", year, year), proper_names(m.group(0)),
                            None, None, verb))
            for m in (_LAST_X.finditer(text) if records else ()):
                x_words = _words(m.group("x"))
                if not x_words or x_words[0] in _LAST_X_NOT or x_words[0] in FIRST_NOT:
                    continue
                year = int(m.group("year"))
                if pub is not None and year >= pub.year:
                    continue  # "the last strike, in March 2025": the current one, not the previous
                head = _chunk_head(x_words)
                if head is None:
                    continue
                words = tuple(sorted({singular(w) for w in x_words if w not in NOT_HEAD and w not in _SKIP}))
                claim = facts.claim(sent, m.start(), m.end(), f"last in {year}")
                out.append((claim, "first", singular(head), words, ("year", year, year), proper_names(m.group(0)),
                            _premodifiers(x_words), _object(x_words), None))
            for m in (_NOT_SINCE.finditer(text) if negated else ()):
                got = _negated(text, m)
                if got is None:
                    continue
                kind, head, words, premods, verb = got
                value, data = _value(m, pub)
                claim = facts.claim(sent, m.start(), m.end(), value)
                out.append((claim, kind, head, words, data, proper_names(m.group(0)), premods, None, verb))
            for m in (_NO_SINCE.finditer(text) if negated else ()):
                got = _fronted_negation(m)
                if got is None:
                    continue
                kind, head, words, premods, verb = got
                value, data = _since_value(m.group("year") or m.group("year2"), m.group("decade") or m.group("decade2"))
                claim = facts.claim(sent, m.start(), m.end(), value)
                out.append((claim, kind, head, words, data, proper_names(m.group(0)), premods, None, verb))
    return out


def _past(w: str) -> bool:
    return w in IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))


def _intransitive_event(words: list[str]) -> str | None:
    """The verb of "a minister resigned over the issue", "the river flooded" (a subject chunk,
    then a past verb with no object): the event the verb names, or None."""
    for k, w in enumerate(words[:8]):
        if k >= 1 and _past(w) and w not in NOT_HEAD and words[k - 1] not in _AUX:
            rest = words[k + 1:]
            if rest and f"{w} {rest[0]}" in PHRASAL_RECORD_VERBS:
                w, rest = PHRASAL_RECORD_VERBS[f"{w} {rest[0]}"], rest[1:]
            if not rest or rest[0] in NON_OBJECT_PREPOSITIONS or rest[0] in ("on", "in", "again"):
                return singular(w)
            return None
    return None


def _any_clause(words: list[str]) -> tuple[str | None, str | None]:
    """(head, verb) of a clause, with an auxiliary ("the party has won the seat": seat, win;
    "the town has been evacuated": evacuated) or without ("the party won the seat": seat,
    win; "the river flooded": flooded)."""
    if any(w in _AUX for w in words[:8]):
        return _clause_head(words), _clause_verb(words)
    for k, w in enumerate(words[:10]):
        if k >= 1 and _past(w):
            obj = _chunk_head(words[k + 1:])
            return (singular(w), None) if obj is None else (obj, stem(w))
    return None, None


def _around_clause(text: str, start: int, end: int) -> list[str]:
    """The clause of a bare "for the first time in 12 years": before it ("The party won the
    seat for the first time in 12 years") or, fronted, after its comma ("For the first time
    since 2005, the party won the seat")."""
    before = text[max(0, start - 200):start]
    fm = _FOR_THE.search(before)
    if _FOR_THE_OPENING.fullmatch(before if start <= 200 else "") or (
            fm is not None and fm.group("c").strip().lower() in _FRONTING_LINKS):
        # fronted, after the sentence's start or a conjunction ("..., and for the first time
        # since 2002 the brigade was deployed"); the comma after it may be left out
        cm = _FRONTED_CLAUSE.match(text, end)
        return _words(cm.group("c"))[:14] if cm else []
    return _words(fm.group("c"))[-14:] if fm is not None else []


def _relative_only(x_words: list[str]) -> bool:
    """Is the record's noun left out, a relative clause of witnessing right after the
    superlative ("the biggest the province has seen", "the worst it has ever recorded",
    "the wettest we have had")?"""
    if not x_words or x_words[0] not in RELATIVE_OPENERS or len(x_words) > 7:
        return False
    rest = [w for w in x_words[1:] if w != "ever"]
    return len(rest) >= 2 and rest[-1] in WITNESS_VERBS and rest[-2] in _AUX | {"been"}


def _witnessed(x_words: list[str]) -> int | None:
    """ "The last time the country saw a general strike": where the object of the seeing
    starts, when it names one."""
    for k, w in enumerate(x_words[:10]):
        if k >= 1 and w in WITNESS_VERBS and _chunk_head(x_words[k + 1:]) is not None:
            return k + 1
    return None


def _negated(text: str, m: re.Match):
    """(kind, head, words, premodifiers, verb) of "such a poor harvest has not been seen since
    2007", "has not cancelled so many flights since 2010", "had not experienced a drought
    since 1976"; None for a plain state ("had not been inspected since 2019", left to the
    since-claims rule) or when no event can be named."""
    verb = m.group("verb").lower()
    if not (_past(verb) or verb in WITNESS_VERBS or verb.endswith("en")):
        return None  # "have not been this high since 2008": no event named
    x_words = _words(m.group("x"))
    subj = _last_chunk(_words(text[max(0, m.start() - 80):m.start()])[-8:])
    subj = [w for w in subj if w not in _AUX]
    before = _words(re.split(r"[,;:]", text[max(0, m.start() - 80):m.start()])[-1])  # the clause's subject
    kind = "first"
    # "such a poor harvest", "so many flights": the record's kind and its noun
    for words in (x_words, before[-8:]):
        k = next((i for i, w in enumerate(words) if w in _SUCH), None)
        if k is None:
            continue
        rest = [w for w in words[k + 1:] if w not in ("a", "an")]
        if rest and rest[0] in NEGATED_RECORD_KINDS:
            kind = NEGATED_RECORD_KINDS[rest[0]]
            rest = rest[1:]
        head = _chunk_head(rest)
        if head is None:
            return None
        words_all = [*before[-6:], verb, *x_words]
        return kind, head, _content(words_all), _premodifiers(rest), None
    active = not _BEEN.search(m.group(0))
    for k in range(1, len(x_words) - 1):
        # "the city has not seen a fire this big since 1974", "had not had rain that heavy":
        # a record of the degree's kind, of the noun before it
        if x_words[k] in _DEGREE and x_words[k + 1] in NEGATED_RECORD_KINDS and verb in WITNESS_VERBS:
            head = _chunk_head(x_words[:k])
            if head is None:
                return None
            return (NEGATED_RECORD_KINDS[x_words[k + 1]], head, _content([*subj, *x_words[:k]]),
                    _premodifiers(x_words[:k]), None)
    if verb in WITNESS_VERBS and (verb != "seen" or active) and x_words and _chunk_head(x_words) is not None:
        # "the region had not experienced a drought since 1976": what it saw
        return kind, _chunk_head(x_words), _content([*subj, *x_words]), _premodifiers(x_words), None
    if verb in OCCURRED_VERBS and active:
        # "a general strike hadn't happened in the country since 1979": the subject happened
        lead = before[-8:]
        while lead and (lead[-1] in _AUX or lead[-1] in ("yet", "still", "ever")):
            lead = lead[:-1]
        own = _last_chunk(lead)
        head = _chunk_head(own) if own else None
        return None if head is None else (kind, head, _content([*own, *x_words]), _premodifiers(own), None)
    if active and _past(verb) and x_words:
        # "the river has not flooded the town centre since 1968", "the state had not carried out
        # an execution since 2013": an event named by its verb and object (a negated pair of
        # these is the since-claims rule's: see check)
        obj = x_words[1:] if x_words[0] in VERB_PARTICLES else x_words
        if obj and obj[0] in NON_OBJECT_PREPOSITIONS:
            return None  # "has not worked at the plant since": a state, no object
        head = _chunk_head(obj)
        if head is not None:
            v = PHRASAL_RECORD_VERBS.get(f"{verb} {x_words[0]}", verb)
            return kind, head, _content([*subj, v, *obj]), _premodifiers(obj), stem(v)
    return None  # "had not been inspected since 2019": an ongoing state (the since-claims rule)


def _fronted_negation(m: re.Match):
    """(kind, head, words, premodifiers, verb) of "Not since 1998 had the tournament seen such
    a big upset" (what was seen) or "No sitting minister had been convicted since 2003" (the
    participle; "no team had won the cup": the object and the verb)."""
    if m.group("c") is not None:
        clause = _words(m.group("c"))[:14]
        k = next((i for i, w in enumerate(clause) if w in _SUCH), None)
        if k is not None:
            rest = [w for w in clause[k + 1:] if w not in ("a", "an")]
            kind = NEGATED_RECORD_KINDS.get(rest[0], "first") if rest else "first"
            rest = rest[1:] if rest and rest[0] in NEGATED_RECORD_KINDS else rest
            head = _chunk_head(rest)
            return None if head is None else (kind, head, _content(clause), _premodifiers(rest), None)
        k = next((i for i, w in enumerate(clause) if i >= 1 and w in WITNESS_VERBS), None)
        if k is not None and _chunk_head(clause[k + 1:]) is not None:
            obj = clause[k + 1:]
            return "first", _chunk_head(obj), _content(clause), _premodifiers(obj), None
        head, verb = _any_clause(["x", m.group("aux").lower(), *clause])
        return None if head is None else ("first", head, _content(clause), None, verb)
    verb = m.group("verb").lower()
    if not (_past(verb) or verb.endswith("en")):
        return None
    subj = _words(m.group("subj"))
    x_words = _words(m.group("x"))
    obj = _chunk_head(x_words) if x_words and not m.group("been") else None
    if obj is None:
        return "first", singular(verb), _content([*subj, verb]), None, None
    return "first", obj, _content([*subj, verb, *x_words]), None, stem(verb)


def _content(words) -> tuple[str, ...]:
    return tuple(sorted({singular(w) for w in words if w not in NOT_HEAD and w not in _SKIP}))


def _since_value(year: str | None, decade: str | None) -> tuple[str, tuple]:
    if year:
        y = int(year)
        return f"since {y}", ("year", y, y)
    y = int(decade)  # "since the 1970s": some year of that decade
    return f"since the {y}s", ("year", y, y + 9)


def _value(m: re.Match, pub) -> tuple[str, tuple]:
    if m.group("year") or m.group("decade"):
        return _since_value(m.group("year"), m.group("decade"))
    n_raw = fold_case(m.group("n"))
    n = int(n_raw) if n_raw.isdigit() else UNITS_WORDS.get(n_raw) or TENS_WORDS.get(n_raw) or 1
    unit_key = " ".join(fold_case(m.group("unit")).split())
    years = n * (25 if unit_key == "quarter of a century" else SINCE_UNITS[unit_key])  # "in a quarter of a century"
    hedge = fold_case((m.group("h") or "").strip())
    if pub is None:
        return f"in {hedge + ' ' if hedge else ''}{years} years", ("n", years, hedge)
    ref = pub.year - years
    # "In a generation", "in a decade" are loose: a wider slack than "in 12 years".
    unit = unit_key.rstrip("s")
    slack = {"generation": 10, "century": 15, "quarter of a century": 3, "decade": 2 if n == 1 else 3}.get(unit, 1)
    if hedge in ("more than", "over", "at least"):
        lo, hi = None, ref
        label = f"before {ref}"
    elif hedge in ("almost", "nearly"):
        lo, hi = ref, ref + slack
        label = f"≈{ref}"
    else:
        lo, hi = ref - slack, ref + slack
        label = f"≈{ref}"
    return f"in {hedge + ' ' if hedge else ''}{years} years ({label})", ("year", lo, hi)


def _compatible(a: Item, b: Item) -> bool | None:
    da, db = a.data, b.data
    if da[0] == "n" or db[0] == "n":
        if da[0] == db[0] == "n":
            return da[1] == db[1] if da[2] == db[2] == "" else None
        return None
    lo = max(x for x in (da[1], db[1], -10 ** 6) if x is not None)
    hi = min(da[2], db[2])
    return lo <= hi


# The patient of a first: the subject of a passive clause ("the first time that a festival of
# this size has been cancelled") or the object of "of" after the noun ("the first cancellation
# of the festival"). An indefinite one ("a", "any") is a class of things; a definite, possessed
# or named one is one thing. A first of a class and a first of one member are different facts.
_PASSIVE_SUBJECT = lazyre.compile(
    r"(?:\s{0,2},?\s{0,2}(?:that|when)\s)?\s{0,2}(?P<det>[\w’'-]+)(?:\s{1,2}[\w’'-]+){0,8}?\s{1,2}"
    r"(?:(?:has|have|had)\s{1,2}(?:(?:ever|not|never)\s{1,2})?been|was|were|is|are)\s{1,2}[a-z]+(?:ed|en|wn|ut)\b")
_OF_PATIENT = lazyre.compile(r"\sof\s{1,2}(?P<det>[\w’'-]+)")
_GENERIC_DETS = frozenset(("a", "an", "any", "another"))
_SPECIFIC_DETS = frozenset("the this that these those its their his her our my your".split())


def _scope_of(det: str) -> str | None:
    low = det.lower()
    if low in _GENERIC_DETS:
        return "class"
    if low in _SPECIFIC_DETS or low.endswith(("’s", "'s")) or det[:1].isupper():
        return "one"
    return None


def _scope(c: Claim) -> str | None:
    """"class" or "one" for a first's patient (see above); None when it is not stated."""
    return _scope_in(c.quote, c.text)


@functools.lru_cache(maxsize=4096)  # asked for every pair of a story's claims: once per claim
def _scope_in(q: str, t: str) -> str | None:
    m = _OF_PATIENT.search(q)
    if m is not None:
        return _scope_of(m.group("det"))
    tm = re.match(r"(?i)(?:the\s{1,2})?\w+\s{1,2}time\s{1,2}", q)
    if tm is None:
        return None
    inner = _PASSIVE_SUBJECT.match(q, tm.end())
    if inner is not None:
        return _scope_of(inner.group("det"))
    i = t.find(q)
    after = _PASSIVE_SUBJECT.match(t[i + len(q):i + len(q) + 200]) if i >= 0 else None
    return _scope_of(after.group("det")) if after is not None else None


def _aligned(a, b, loose: frozenset = frozenset(), one: frozenset = frozenset(), topic: "_Topic | None" = None) -> bool:
    _, ka, ha, wa, _, na, pa, oa, _ = a
    _, kb, hb, wb, _, nb, pb, ob, _ = b
    if ka != kb:
        return False
    sa, sb = _scope(a[0]), _scope(b[0])
    if sa and sb and sa != sb:
        return False  # "a festival of this size" vs "the festival": a class and one member
    if not names_match(na, nb):
        return False
    if pa and pb and not pa & pb:
        return False  # "first home win" and "first away win" are two different firsts
    if (ha in TIME_UNIT_HEADS or hb in TIME_UNIT_HEADS) and _other_days(a[0], b[0]):
        return False  # "Tuesday was the hottest day since 1976", "Wednesday was the hottest since 1983"
    if _verb_object(a, b) or _verb_object(b, a):
        return True
    va, vb = a[8], b[8]
    if (va and vb and not (va == vb or _synonyms(va, vb) or _nominal(va, vb))
            and not (va in _LIGHT_STEMS and vb in _LIGHT_STEMS)):  # "called a strike", "staged a strike"
        return False  # "won the seat for the first time" and "lost the seat for the first time"
    if not (ha == hb or _synonyms(ha, hb) or heads_match(ha, hb) or _nominal(ha, hb) or _same_stem(ha, hb)):
        if _participle_event(a, hb) or _participle_event(b, ha):
            # "the first school closed by the ministry" and "the first closure by the ministry"
            return _overlap(_substantive(wa), _substantive(wb)) >= MIN_OVERLAP
        return _story_aligned(a, b, one, topic)
    if oa and ob and _canon(ha) == _canon(hb) and _similar(oa, ob):
        # The same event of the same object: "first (formal) investigation of a bank". Other
        # objects do not keep claims apart: "an energy supplier" and "a utility" are one.
        return True
    if (_canon(ha) == _canon(hb) and (ka, _canon(ha)) in loose and pa is not None and pb is not None
            and (not pa or not pb or pa & pb)):
        return True  # the one "first <head>" of the story: modifiers and wording may differ
    return _overlap(_substantive(wa), _substantive(wb)) >= MIN_OVERLAP or _story_aligned(a, b, one, topic)


def _participle_event(a, head: str) -> bool:
    """Is the participle after a claim's noun ("the first school closed by the ministry") the
    event that the other claim names by its noun ("the first closure")?"""
    obj = a[7]
    return bool(obj) and obj != a[2] and bool(_PARTICIPLE.fullmatch(obj)) and _nominal(obj, head)


def _substantive(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a claim less the modifiers that never tell two firsts apart, and their
    adverbs ("full", "completely", "officially"): they only dilute the words in common."""
    return tuple(w for w in words if w not in TOLERATED_MODIFIERS and not (
        w.endswith("ly") and (w[:-2] in TOLERATED_MODIFIERS or w[:-2] + "e" in TOLERATED_MODIFIERS
                              or w[:-1] in TOLERATED_MODIFIERS)))


def _family(head: str) -> str | None:
    """The kind of event a record is about when its words may differ: the story's incident
    ("accident", "disaster") or a verb event of one class ("cancelled", "annulled")."""
    if head in INCIDENT_HEADS:
        return "incident"
    if any(head in g for g in RECORD_VERB_GROUPS):
        return _canon(head)
    return None


def _one_per_article(claims) -> frozenset:
    """(kind, family) pairs that no article states with two different values: the story's
    one "worst incident since", its one "first <X> cancelled since"."""
    values: dict[tuple, dict[str, set]] = {}
    for claim, kind, head, _, data, _, _, _, _ in claims:
        fam = _family(head)
        if fam is not None:
            values.setdefault((kind, fam), {}).setdefault(claim.article, set()).add(data)
    return frozenset(k for k, per in values.items() if all(len(v) == 1 for v in per.values()))


class _Topic:
    """Stems of the words most of a story's articles use (at least two): what the story is
    about ("mine", "exam"). Computed only when a pair needs it."""

    MAX_CHARS = 20000
    _RX = lazyre.compile(r"[A-Za-z][A-Za-z’'-]{3,30}")

    def __init__(self, story: StoryFacts):
        self._story = story
        self._stems: frozenset | None = None

    @property
    def stems(self) -> frozenset:
        if self._stems is None:
            counts: dict[str, int] = {}
            for f in self._story.articles:
                for st in {stem(w) for w in self._RX.findall(f.article.text[:self.MAX_CHARS])}:
                    counts[st] = counts.get(st, 0) + 1
            need = max(2, (len(self._story.articles) + 1) // 2)
            self._stems = frozenset(w for w, n in counts.items() if n >= need)
        return self._stems


def _about_one_subject(a, b, topic: _Topic) -> bool:
    """Do two records' other words name one subject: a word in common (by stem or synonym:
    "mines"/"mining", "election"/"vote"), or words the story's articles share ("exam" and
    "baccalaureate paper" in a story about one exam)?"""
    wa = [w for w in a[3] if w != a[2] and _family(w) is None]
    wb = [w for w in b[3] if w != b[2] and _family(w) is None]
    if any(stem(x) == stem(y) or _similar(x, y) for x in wa for y in wb):
        return True
    return any(stem(x) in topic.stems for x in wa) and any(stem(y) in topic.stems for y in wb)


def _story_aligned(a, b, one: frozenset, topic: _Topic | None) -> bool:
    """Records of one kind about the story's one incident or verb event, worded differently:
    "the worst accident in the region's mines" and "the worst mining disaster in the region";
    "the first national exam cancelled" and "the first time that a baccalaureate paper has
    been annulled". Only when no article states two such records of different years."""
    fam = _family(a[2])
    if topic is None or fam is None or fam != _family(b[2]) or (a[1], fam) not in one:
        return False
    return _about_one_subject(a, b, topic)


def _when(sentence: str) -> frozenset:
    return frozenset(w for w in _words(sentence[:600]) if w in WHEN_WORDS)


def _other_days(a: Claim, b: Claim) -> bool:
    """Do the two claims' sentences name different days or months (and none in common)?"""
    wa, wb = _when(a.text), _when(b.text)
    return bool(wa and wb and not wa & wb)


def _same_stem(a: str, b: str) -> bool:
    """ "flood" and "flooded"; not "strike" and "striker"."""
    sa = stem(a)
    return len(sa) >= 4 and sa == stem(b)


def _verb_object(a, b) -> bool:
    """ "The first time since 2012 that the team has won the cup" (verb win, object cup) and
    "the club's first cup win since 2010" (head win, modifier cup): one event of one object."""
    verb, obj = a[8], a[2]
    if verb is None or b[6] is None or b[8] is not None:
        return False
    hb = b[2]
    if not (verb == stem(hb) or _synonyms(verb, hb) or _nominal(verb, hb)
            or any(hb in g for g in _GROUPS_BY_STEM.get(verb, ()))):  # "suspended" and "suspension"
        return False
    if obj in b[6] or obj == b[7] or any(_similar(obj, w) for w in b[6]):
        return True
    # "the first time it has restricted admissions to a maternity unit in the region" and "the
    # first restriction of its kind on a maternity unit in the region": the noun with no
    # modifier of its own is the verb's event when most of the other words are shared
    if b[6] or obj in (None, hb):
        return False
    wa, wb = _substantive(a[3]), _substantive(b[3])
    return sum(1 for x in wa if x != obj and any(_similar(x, y) for y in wb)) >= 2 and _overlap(wa, wb) >= MIN_OVERLAP


@functools.lru_cache(maxsize=4096)  # asked for every pair of a story's claims
def _canon(head: str) -> str:
    """One name for a head and its synonyms ("quake" and "earthquake")."""
    return next((min(g) for g in _SYNONYM_GROUPS if head in g), head)


def _loose_heads(claims) -> frozenset:
    """(kind, head) pairs that may align on the head alone: not generic, and no article
    states two different values about them (then they could be two different firsts)."""
    values: dict[tuple, dict[str, set]] = {}
    for claim, kind, head, _, data, _, _, _, _ in claims:
        values.setdefault((kind, _canon(head)), {}).setdefault(claim.article, set()).add(data)
    return frozenset(k for k, per in values.items()
                     if k[1] not in GENERIC_SINCE_HEADS and len(k[1]) >= 4
                     and all(len(v) == 1 for v in per.values()))


def _split_compounds(claims) -> list:
    """A closed compound whose end is another claim's head is that head with its first part
    as a modifier: "the most serious cyberattack on a hospital" is an attack (cyber) and meets
    "the worst attack on the health service"; "snowstorm" is a storm (snow), and "a terror
    attack" still clashes with "a cyberattack". Heads already one by synonym stay whole
    ("wildfire" and "fire")."""
    heads = sorted({c[2] for c in claims if len(c[2]) >= 4})
    out = []
    for c in claims:
        head, premods = c[2], c[6]
        base = next((g for g in heads if len(head) - len(g) >= 3 and head.endswith(g)
                     and not _synonyms(head, g)), None)
        if base is None:
            out.append(c)
            continue
        part = head[:-len(base)].strip("-")
        premods = premods | {MODIFIER_SYNONYMS.get(part, part)} if premods is not None else None
        out.append((*c[:2], base, *c[3:6], premods, *c[7:]))
    return out


_CLAUSE_BREAK = lazyre.compile(r"[;:]\s|,\s{1,2}(?:and|but|while|whereas)?\s{0,2}|\s(?:and|but|while|whereas)\s", re.I)


def _own_clauses(claims, groups: list[int]) -> list:
    """Two different records in one sentence ("the first fatal accident since 1998, and the
    first time since 2011 that the resort has shut") each carry their own clause as their
    text, so an editor sees which record a finding is about; one record told twice ("last
    suspended a module in 2012, making this the first such suspension since 2012") keeps the
    sentence."""
    by_sentence: dict[tuple, list[int]] = {}
    for k, c in enumerate(claims):
        by_sentence.setdefault((c[0].article, c[0].text), []).append(k)
    out = list(claims)
    for (_, text), ks in by_sentence.items():
        at = sorted((text.find(claims[k][0].quote), k) for k in ks)
        if len(at) < 2 or any(p < 0 for p, _ in at) or len({groups[k] for k in ks}) < 2:
            continue
        cuts = [0]
        for (p, k), (q, _) in zip(at, at[1:]):
            end = p + len(claims[k][0].quote)
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, end, q)]
            cuts.append(breaks[-1] if breaks else None)
        cuts.append(len(text))
        for n, (p, k) in enumerate(at):
            lo, hi = cuts[n], cuts[n + 1]
            if lo is None or hi is None:
                continue
            out[k] = (attrs.evolve(claims[k][0], text=text[lo:hi].strip()), *claims[k][1:])
    return out


def check(story: StoryFacts):
    claims = _split_compounds(_claims(story))
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    loose = _loose_heads(claims)
    one = _one_per_article(claims)
    topic = _Topic(story)
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if _aligned(claims[i], claims[j], loose, one, topic):
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    roots = [find(i) for i in range(len(claims))]
    groups: dict[int, list] = {}
    for i, c in enumerate(_own_clauses(claims, roots)):
        groups.setdefault(roots[i], []).append(c)
    for _, members in sorted(groups.items()):
        if all(c[8] is not None and _NEGATED_QUOTE.match(c[0].quote) for c in members):
            continue  # only "has not <verb>ed X since": the since-claims rule compares those
        kind, head = members[0][1], members[0][2]
        topic = f"{kind} {head} since"
        items = [Item(c[0], c[0].value, c[4]) for c in members]
        for v in judge_group(items, _compatible):
            shown = v.claims if v.sides is None else v.claims[:6]  # a large group's sides: a few
            quotes = ", ".join(repr(c.quote) for c in shown) + ("" if shown == v.claims else ", ...")
            msg = {
                "contradiction": f"The previous {head} is dated differently: {' vs '.join(v.values)} ({quotes})",
                "agreement": f"Articles agree on the {kind} {head} since: {', '.join(v.values)}",
                "single_source": f"Only one article says this is the {kind} {head} {', '.join(v.values)}: {quotes}",
            }[v.kind]
            yield Result(v.kind, topic, msg, v.claims)


RULE = Rule(
    code=CODE, name=NAME, kinds=("contradiction", "agreement", "single_source"), check=check,
    examples=(
        Example({"a.txt": "Published 12 June 2024\n\nIt was the first dam failure in the province since 1998.",
                 "b.txt": "Published 13 June 2024\n\nIt was the first dam collapse in the province since 2001."},
                kind="contradiction", contains=("since 1998", "since 2001")),
        Example({"a.txt": "Published 1 June 2023\n\nIt is the first national rail strike since 1998.",
                 "b.txt": "Published 2 June 2023\n\nIt is the first nationwide rail strike in 25 years."},
                kind="agreement"),
        Example({"a.txt": "Published 23 May 2022\n\nIt has been the first visit by the UN high commissioner to China since 2005."},
                kind="single_source", contains=("since 2005",)),
        Example({"a.txt": "Published 1 June 2023\n\nIt is the first national rail strike since 1998.",
                 "b.txt": "Published 2 June 2023\n\nIt is the first time in 15 years that the regulator has fined a bank."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 3 May 2021\n\nIt is the first full evacuation of the island since 1994.",
                 "b.txt": "Published 4 May 2021\n\nOfficials said it was the island's first evacuation since 1997."},
                kind="contradiction", contains=("since 1994", "since 1997")),
        Example({"a.txt": "Published 3 May 2021\n\nIt was the strongest quake to hit the coast since 1987.",
                 "b.txt": "Published 4 May 2021\n\nThe strongest earthquake in the area since 1991 left thousands homeless."},
                kind="contradiction", contains=("since 1987", "since 1991")),
        Example({"a.txt": "Published 3 May 2021\n\nIt is the watchdog's first formal inquiry into an airline since 2015.",
                 "b.txt": "Published 5 May 2021\n\nThe case marks the first inquiry by the watchdog into a carrier since 2018."},
                kind="contradiction", contains=("since 2015", "since 2018")),
        Example({"a.txt": "Published 3 May 2021\n\nIt was the club's first home win since 2019.",
                 "b.txt": "Published 4 May 2021\n\nIt was the club's first away win since 2017."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 3 May 2021\n\nIt was the first strike by pilots since 2001 and the first strike by cabin crew since 1998.",
                 "b.txt": "Published 4 May 2021\n\nIt was the first strike by cabin crew since 1998."},
                kind="agreement", absent=("contradiction",)),
        Example({"a.txt": "Published 15 July 2025\n\nIt is the first time since 1994 that the whole of the town has been evacuated, the mayor said.",
                 "b.txt": "Published 16 July 2025\n\nIt is the first time since 1997 that the whole town has had to be emptied, officials said."},
                kind="contradiction", contains=("since 1994", "since 1997")),
        Example({"a.txt": "Published 20 March 2025\n\nThe regulator said it had opened a formal investigation, its first into a bank since 2016.",
                 "b.txt": "Published 24 March 2025\n\nIt is the regulator's first formal investigation of a bank since 2019."},
                kind="contradiction", contains=("since 2016", "since 2019")),
        Example({"a.txt": "Published 4 August 2025\n\nThe government's decision to request firefighting aircraft from abroad was the first since 2018."},
                kind="single_source", contains=("since 2018",)),
        Example({"a.txt": "Published 4 August 2025\n\nThe decision to request aircraft was the first since 2018.",
                 "b.txt": "Published 5 August 2025\n\nIt is the first time since 1994 that the town has been evacuated."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 3 February 2026\n\nIt was the strongest earthquake to hit the province since 1988.",
                 "b.txt": "Published 4 February 2026\n\nThe magnitude 7.1 quake was the most powerful in the province since 1962."},
                kind="contradiction", contains=("since 1988", "since 1962")),
        Example({"a.txt": "Published 19 October 2025\n\nIt was the first fatal accident at the airport since 1996.",
                 "b.txt": "Published 20 October 2025\n\nThis was the first deadly accident at the airport since 2003."},
                kind="contradiction", contains=("since 1996", "since 2003")),
        Example({"a.txt": "Published 7 May 2025\n\nThe union said it was the worst accident in the region's mines since 1987.",
                 "b.txt": "Published 9 May 2025\n\nThis was the worst mining disaster in the region since 1994."},
                kind="contradiction", contains=("since 1987", "since 1994")),
        Example({"a.txt": "Published 7 May 2025\n\nIt was the worst accident at the plant since 1990.",
                 "b.txt": "Published 9 May 2025\n\nIt was the worst strike at the plant since 1985."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 3 May 2021\n\nIt was the first riot at the stadium since 2009, police said.",
                 "b.txt": "Published 4 May 2021\n\nThis was the first serious disturbance at the stadium since 2013."},
                kind="contradiction", contains=("since 2009", "since 2013")),
        Example({"a.txt": "Published 1 June 2023\n\nTalks continued in the first half of 2023 and since 2019."},
                absent=("single_source", "contradiction")),
    ),
)

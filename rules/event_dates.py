"""Event dates: the dates and date ranges of one event must agree across articles.

What: every date, range, month or duration attached to an event is aligned by event across
the articles of a story. The event is a word of the event vocabulary (a visit, meeting,
trial, hearing, match, strike, recall, flood...) or, for anything else, the clause's verb
class and head noun: "the government declared a state of emergency on June 6" and "the
state of emergency was declared on June 7" are both the declared emergency; "the dam burst
on June 5" and "the dam collapsed on June 5" are both the dam's collapse. Start, end,
whole-event dates, announcement dates and durations are compared as intervals: "ended on
May 28" agrees with "May 23-28"; "from June 4 to 10" contradicts "from June 3 to 9";
"arrested in November 2021" contradicts "arrested on October 12, 2021"; "a contract until
June 2029" contradicts "a deal until June 2030". Announcements ("announced on Tuesday that
it was recalling...", "announced the recall on February 12", "announced the result of its
ballot on March 5") are compared only with announcements, and discovery dates ("found the intrusion on the 4th") only with discovery
dates. Start and end phrases of long events count ("the blaze broke out on Saturday", "was
declared contained on Sunday"); a pronoun's event is its antecedent ("the outbreak has grown
since it was declared on Aug. 6"), a relative clause dates its antecedent ("a campaign that ran
Aug 5-11"), and a few event nouns are synonyms ("drive"/"campaign"); a day of the month alone ("on the 14th") is read in the month
named earlier in the sentence or else the publication month; a label ("The strike: Aug
25-29") dates its noun. Contradictions are reported between two articles each ("01 and 03 say
May 6, 02 says May 5" is 01 vs 02 and 03 vs 02); the articles that agree are reported as an
agreement, and a claim that fits both sides ("walked out on Monday", the start, beside "from
June 2 to 6" and "from June 2 to 9") agrees with each. Past eight articles on one fact, a contradiction stays one finding, side against
side, so that a story of hundreds of articles gives a readable report.

One event, different words. Event families pair a noun with a verb class: "the collapse
happened on Tuesday", "the roof fell in on May 5" and "two miners died in the cave-in on May
6" date one collapse; "the paper, sat on Wednesday" and "after the exam on June 10" one exam;
"two trains collided on Monday" and "the crash on March 9" one crash (likewise explosions,
sinkings, resignations, eruptions, recalls, landslides ("the hillside gave way"), "the jury
found X guilty" / "convicted" / "the verdict", "was sentenced" / "the sentencing", "teachers
walked out" / "the strike began", "the river burst its banks" / "the flooding began", "caught
fire" / "broke out", and "homes lost power" / "power failed" / "the blackout began").
"Announced the results" publishes them; a sentencing and a final happen once. A verb's
clause joins its family only when every clause of that class in the story has the same noun
("the dam burst" and "the bridge gave way" stay apart), and "sat", "reached", "walked out",
"burst its banks" and "lost power" date nothing without their family's noun.
"The disaster", "the tragedy" and "the accident" on a date within weeks of publication are
the story's main event (the event the most articles date). A date between a determiner and
its event noun dates it after a bound too ("two weeks after the February 3 earthquake"), and
a fronted date dates its clause ("On May 6, the roof collapsed"; not "On Monday, the company
said..."). An intention ("plans to file the complaint on June 3") dates nothing.
A relative clause without "that" dates its antecedent ("the review the minister announced on 2
March" is the review's announcement); ordering or commissioning an inquiry announces it ("the
government on Tuesday ordered an independent review"); "the order issued Friday" is the
announcement of the story's one "<event> order" ("the evacuation order issued Jan. 15"). An
escape is one event by noun or verb ("escaped", "broke out of", "absconded", "the breakout").
A march is one day's event ("the nurses' march on 10 May", "2,000 farmers marched on the
ministry on Saturday" where the story names the march), unlike the days of a protest. A ruling
body's halt or ban is dated by its announcement: "the regulator suspended the syrup on
Wednesday", "the suspension of the syrup, announced on 9 June" and "the regulator's decision,
announced on 9 June, to suspend the syrup" are compared as announcements (never with the day a
halt took effect: "services were suspended on 7 April").
Another sitting ("will be sat again on June 24", "the new paper", "the rerun of the
election") is compared only with other repeat sittings; "again" picks no occurrence of a
recurring event ("the two sides will meet again").

The story's main event in any form. A word the headlines and first sentences of two
articles share as a verb, a noun or an "a-" adverb (one stem: "Container ship aground",
"the grounding", "which grounded on 9 February") is the story's main event: a date of a
clause whose verb has that stem ("the ship, which grounded on 9 February"), or whose light
verb has it as head ("ran aground on February 10", "the stranding took place on"), dates
that event, within weeks of publication, and so does its noun right beside a date ("after the
grounding on 9 February", "the March 10 kidnapping"). "The incident" is the main event like "the
accident"; "a system failure", "an IT glitch" and "a power failure" are an outage, and "the
slip came down" or "the cliff collapsed" a landslide ("the slope above the railway": the
slope, not the railway).

An activity named by its workers' verb in one article and by the noun before the workers in
another ("rescue crews searched the debris from 17 to 19 November", "search teams worked at
the site from November 17 to November 21") is one activity; two such periods that share
days must be the same period (ranges only, and never two verbs: that is an action on a thing).

Long events (strikes, blackouts, floods, fires...): an onset verb right before the date ("the
blackout struck on Wednesday", "the flood hit on Sunday") or a nominal date ("the blackout of
July 17") is the first day, compared with "began on July 16"; "the storm hit the coast on
Tuesday" is any day of it. "<N>-day <activity>" is compared with a range of the same activity
("a five-day rescue operation" against "the rescue, which ran from May 6 to May 9": four days);
"operation", "effort", "mission" and "period" only say the activity was organised. "Declared
three days of mourning, from February 4 to 6" is the mourning's range, not the declaration's.
"A five-day strike starting on March 24" is March 24-28 even without a year.

Which occurrence: "was last inspected in January" is the last inspection, like "its last
safety inspection in March", and "first met" the first meeting; "the last strike" is a
previous one, never compared with "the strike" ("last week's strike" is the strike). One
named occurrence of a long event given by month in two articles is compared by month: the
same month agrees, months two or more apart disagree. A participle adjunct shares its
clause's time ("collided with a van while landing at the airport late on Saturday" dates the
collision), and a date whose own clause names no event dates a "when" clause after it
("shoppers were still inside on May 5, when the roof collapsed"); "struck" and "rammed" with
an object are a collision ("a van was on the runway on October 17, when a jet touched down
and struck it" dates the story's "collision"), and date nothing when the story names no crash. In "The notice, issued on
August 14, still covers Ashby Fen" the appositive dates the notice, and the names of the
rest of the sentence do not tell two notices apart (a name in the phrase, "The Ford recall,
ordered on", still does).

One action, verb or noun. A period of an action on a thing is the same fact whether the
action is a verb or its noun: "the prison was locked down from October 14 to 22", "a lockdown
of the prison from October 14 to 25", "the prison lockdown ran from..."; "inspectors audited
the data centre from" and "its audit of the data centre, which ran from"; "family visits were
suspended from" and "a two-week suspension of family visits starting October 16" (October
16-29). The key is the action's stem (a noun's verb: "suspension" is suspend, "closure"
close; "shut" and "shutdown" are a closure, "halted" a suspension) and the head of the thing
acted on (the passive's subject, the active's object, the noun's "of", "on" or "at" phrase
or its modifier: "a ban on fishing", "the fishing ban", "fishing was banned"); "was offline"
or "unavailable" is a closure. Two such periods in different articles that share days must be
the same period; periods that share no day are two episodes, two named agents ("engineers
inspected the dam", "the dam was inspected by experts") are two actions, a single date is
never compared this way, nor is a light verb ("took place from"); a planned period ("will be
closed from", "administrators will accept bids from") only with another plan of it stated within
days, from the same first day, without a word of a change of plan ("now", "moved"). "<N>-day <any noun> starting <date>" (or ", which began on <date>") is a
period from that date; a duration joins a start only within its noun phrase.

Why: a wrong date is the most common factual slip in wire copy and the easiest to check.

When no frame names the fact ("bottled water was handed out at the leisure centre from
August 16 to 22", "the search was called off on February 13"), explicit dates are aligned by
the words of their clause: two clauses of different articles are one fact when they share at
least two content words and those carry most of the weight of the shorter clause, each word
weighed by its rarity among the story's dated clauses (checker.extract.clauses). A
subordinate clause is its own fact ("more than 20 people died when the ferry went down on
Saturday, in the worst..." is "the ferry went down on Saturday"), and "went down" is "sank".
"The laboratory confirmed the virus on Wednesday" and "cracks were confirmed by engineers
on March 11" date the finding, unlike "confirmed on Monday that...". Calling off an activity ends it: "the search was called off on October 13" is the end of
"the search, which ran from October 6 to October 11". An event kept from happening is not
dated by its sentence ("hopes of averting the strike faded on Wednesday").
Clauses holding a number (a day's tally) and dates of statements are left out; a number in
an appositive ("The driver, a 51-year-old with 20 years' experience, was questioned by the
judge on Monday") says who, not how many, and "before a judge" is a phrase, not a clause.
Two ranges whose clauses have the same subject and share days are one period whatever their
verbs ("Emergency ambulances were diverted ... from October 20 to 26" and "were sent ... from
October 21 to 28" contradict); ranges that share no day, or a single date outside a range,
aligned by words alone may be another episode or phase and are not compared. "Was restored",
"came back online" and "resumed" are one verb, and a restoration aligns only with a
restoration; a closure's range ("the line stayed closed from February 20 to March 16") agrees
with a restoration on its last day or the next ("services on the line resumed on March 16"),
and contradicts one inside it. A "when" clause after a range happened on its last day
("Residents were kept out of their homes from March 11 to 17, when the office lifted the
evacuation order" ends the evacuation on March 17; "lifted" and "called off" before an event
word date its end).

A discovery cannot come before the event it found: "the attack was discovered on Saturday"
(October 19) contradicts "the hackers struck on Sunday, October 20", while a later discovery
says nothing. "Staff discovered on Saturday that files had been encrypted" is the discovery of
the story's main event where another article names that event's discovery ("the attack was
discovered early on October 20"); "auditors discovered the fraud on March 3" is the fraud's
discovery, kept only where the story dates the fraud itself. An occurrence of a recurring
event written before its date ("the hackers struck on Sunday") is compared with discoveries
only. Names in any
script are single words ("ordered the recall of a dressing made by Mliekareň Poľana on
Tuesday" dates the recall).

What a date does not date: a stance verb's object ("claimed victory in the regional election
on Monday", "conceded defeat in the vote on") dates the claim, not the election; a reduced
relative clause before the date ("the recall covers tins produced from January 3 to 31",
"cars built between") dates its own noun's fact (the tins' production), not the recall; a date
premodifying a noun outside the vocabulary ("an inquiry into Saturday's crush", "the April 14
pile-up") dates that noun only, never the clause's verb. Aligned by words alone, a clause
whose shared words all sit after its subject's head ("Refunds for the semi-final began on")
is about that head, and a repeat ("the semi-final was replayed on May 20", "rerun") is never
the first sitting. A recall or a verdict happens when announced: "the recall announced on
February 8" is compared with "the February 9 recall". "A period of national mourning" is the
mourning; "The recount, from October 20 to 26, will..." labels the recount; a relative aside
(", which campaigners say killed 12 people,") is neither the subject nor a tally; and a
sentence-opening time phrase ("The morning after the October 11 election, the commission's
corridors...") keeps only its own names.

Parts, participles, findings, plans. A part of a structure is the structure ("the roof of a
haulage tunnel gave way" is the tunnel's collapse, like "part of the tunnel collapsed"; a bare
"the roof collapsed" joins the one whole whose roof the story names). A participle clause has
its sentence's subject ("the library reopened on May 20 after being closed from May 2 to 19" is
the library's closure; the reopening day is then not set against another article's closure
range). A progressive verb with an object is an action on it ("had been upgrading the alarm
system between" and "the museum's alarm upgrade ran from"; "system", "network", "equipment"
stand for their modifier). "Thieves broke into" is a break-in (with "burglary", "robbery",
"heist"), never a collapse, and "in the early hours of Tuesday" is Tuesday. A passive
"confirmed" dates a finding ("a case was confirmed at the school on Monday", "the outbreak was
first confirmed on", which is its first case); findings recur, so two are compared only when
both are "first", and "the first case" on a day agrees with "a case" on that day (another day
may be another case, or the first somewhere else). A
future-tense day still ahead when stated ("the report will be published on July 1", June 20),
against a day already past in an article published later ("was published on July 8"), is a
plan that slipped (publication-timing), not a contradiction; two plans or two accounts still
contradict.

Known false positives: two different events of the same kind in one story can be aligned
when their sentences share a name or name nobody (two roofs that fell in on different days
are one collapse; "the accident" of a side incident within weeks of publication is read as
the main event); events that recur (hearings, meetings,
sessions, matches) are only compared by their start or end or when a qualifier ("the first
hearing", "the closing session") says which one; "a second strike", "the final results" and
"the preliminary results" are kept apart. Dates attached to a speech verb ("said on
Friday"), windows and deadlines ("the transfer window runs from...", "by June 30") and
forecast months ("will begin in July", a publication-timing question) are deliberately
ignored. Events outside the vocabulary only ever produce agreements and contradictions,
never single-source findings. Dates whose year cannot be resolved are compared by month
and day only.
"""
# (Round 16, kept out of the docstring so the report goldens stay as they are:)
# A later article's other day for an event still ahead when both were written, in a sentence
# that says the plan changed ("now scheduled for", "was pushed back to"), is a change of plan,
# not a contradiction.
#
# More forms of one event. A main event's verb class takes irregular and phrasal forms and
# nouns without its verb's suffix ("the painting was stolen", "raiders made off with" and "the
# museum theft"; "members voted down the bill" and "the subsidy defeat"; "a wheel came off" and
# "the wheel detachment"), and its verb at a sitting dates it ("turned down the bill in the vote
# on 11 November"). Decisions (voiding, rejecting) take effect when announced ("announced on May
# 11 that it had voided the permit", "in a statement on Sunday 11 May"). Where the main event is
# dated by its verb, "the accident" and "the incident" are that event. A range right after a
# noun is the noun's span ("offered a rent holiday from September 9 to 20"), a noun dated by
# "of" its occurrence ("the disputed raffle of 1 May"), "the market hall roof" is "the roof of
# the market hall", a weekday between a determiner and a noun ("its Sunday approval of the
# permit on May 12") names which one and dates nothing, and a year-less range under way on the
# publication day is this year's whatever the tense.
from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re

from attrs import evolve

from checker import lazyre
from checker.align import MAX_PAIRWISE_ARTICLES, Item, Verdict, judge_group, names_match, proper_names
from checker.extract.clauses import (
    MIN_SHARED, FINDING_BEFORE, SPEECH_BEFORE, Weights, about_other_head, clause_bounds, closed, content_words, has_verb,
    head_phrase, names_closure,
    restored, signature, subject_stems, without_appositives,
)
from checker.extract.events import (
    ACT, MAIN_STEM_SENTENCES, activity_key, clause_action_stems, main_verb_event, event_stem, main_stems, stem_noun_event, verb_event,
    CLASS_FAMILIES, DISCOVERED_THAT, MAIN_EVENT, PRONOUN_OBJECT, action_key, attach, event_after, event_names, fact_names, noun_after,
    announced_act, announced_decision, decision_before, main_class, ruling_body_act, noun_key, noun_of_date, noun_span, premodified_noun, range_end, statement_dated,
)
from checker.facts import StoryFacts
from checker.vocab.actions import ANNOUNCED_ACT_CLASSES, DECISION_VERB_CLASSES, STATE_STILL_WORDS
from checker.vocab.time import (
    DURATIVE_EVENTS, EVENT_WORDS, FAMILY_ONLY_CLASSES, FIXED_NOUN_CLASSES, OCCURRENCE_QUALIFIERS, ONE_OFF_WORDS, ONSET_VERBS, PART_NOUNS, RECURRING_CLASSES,
    INCIDENT_NOUNS, MAIN_EVENT_NOUNS, RECURRING_EVENTS, REPEAT_SAME, REVISED_PLAN_CUES, SANCTION_CLASSES, SELF_ANNOUNCED_EVENTS,
    ORDER_NOUNS,
)
from rules.base import Example, Result, Rule

CODE = "DT101"
NAME = "event-dates"

# Month-precision dates take part only after these cues ("arrested in November 2021",
# "runs until June 2029"); "by June" or "before June" bound a window, not the event.
_MONTH_CUES = frozenset(("in", "during", "throughout", "until", "till", "through", "between", "from", "of"))
_END_CUES = frozenset(("until", "till", "through"))
# "would bring the fire under control by Sunday", "had been confirmed by Friday": a deadline
# or a state reached at some time before the date, never the day the event happened.
_BOUND_CUES = frozenset(("by",))
_CUE_BEFORE = lazyre.compile(r"([A-Za-z]{2,12})\s{1,3}$")
_OCCURRENCE = frozenset(OCCURRENCE_QUALIFIERS)
_REPEAT = frozenset(REPEAT_SAME)
_FAMILY_ONLY = frozenset(FAMILY_ONLY_CLASSES)
_SANCTIONS = frozenset(SANCTION_CLASSES)
_SELF_ANNOUNCED = frozenset(SELF_ANNOUNCED_EVENTS)
_ANNOUNCED_HALTS = frozenset(ANNOUNCED_ACT_CLASSES) - frozenset(DECISION_VERB_CLASSES)  # (a decision's day is its act's)
# Dates of something done about an event, compared only with each other: "announced the
# recall on", "found the intrusion on" say nothing about when the event itself happened.
_ASIDE = frozenset(("announced", "discovered"))
_ONSET_BEFORE = lazyre.compile(
    r"(?<![\w-])(?:" + "|".join(ONSET_VERBS) + r")\s{1,3}(?:(?:late|early)\s{1,3})?(?:on\s{1,3})?$", re.I)
_OF_BEFORE = lazyre.compile(r"([A-Za-z][A-Za-z-]{1,30})\s{1,3}of\s{1,3}$")
_HEAD_SIMILARITY = 0.85  # spelling variants of a fallback event's noun
_HOURS = "duration-hours"  # a duration given in hours: it may straddle one more calendar day


def _point(d: dt.date | None, md) -> tuple | None:
    if d is not None:
        return (d.year, d.month, d.day)
    if md and md[1] is not None and md[0] is not None:
        return (None, md[0], md[1])
    return None


def _le(a, b) -> bool:
    if a[0] is None or b[0] is None:
        return a[1:] <= b[1:]
    return a <= b


def _overlap(x, y) -> bool:
    """Do two intervals of points ((lo, hi), (lo, hi)) share a day?"""
    return _le(x[0], y[1]) and _le(y[0], x[1])


def _length(lo, hi) -> int | None:
    try:
        if lo[0] is not None and hi[0] is not None:
            return (dt.date(*hi) - dt.date(*lo)).days + 1
        y = 2001
        return (dt.date(y if hi[1:] >= lo[1:] else y + 1, hi[1], hi[2]) - dt.date(y, lo[1], lo[2])).days + 1
    except ValueError:
        return None


def _fmt(p, prec: str = "day") -> str:
    if prec == "month":
        return f"{p[0]:04d}-{p[1]:02d}" if p[0] is not None else f"--{p[1]:02d}"
    return f"{p[0]:04d}-{p[1]:02d}-{p[2]:02d}" if p[0] is not None else f"--{p[1]:02d}-{p[2]:02d}"


def describe(data) -> str:
    role, form, prec, lo, hi, days = data
    if role == "duration":
        return f"lasting {days} days"
    if role in _ASIDE:
        return f"{role} {_fmt(lo[0], prec)}"
    if form == "range" or lo != hi:
        return f"{_fmt(lo[0], prec)}/{_fmt(hi[0], prec)}"
    return {"start": "starts ", "end": "ends "}.get(role, "") + _fmt(lo[0], prec)


def _found_before(a, b, durative: bool) -> bool | None:
    """A discovery cannot come before the event it found: False when the discovery's last
    possible day is before the event's first (its start, its range's first day, or its one
    day); None otherwise (a later discovery says nothing about the event's date)."""
    found, ev = (a, b) if a[0] == "discovered" else (b, a)
    role, form = ev[0], ev[1]
    if role == "end" or role == "on" and form != "range" and durative:
        return None  # "the fire on July 6" may be any day of it
    if found[2] != "day" or ev[2] != "day":
        return None
    return None if _le(ev[3][0], found[4][1]) else False


def compatible(a: Item, b: Item, durative: bool = False, announced: bool = False) -> bool | None:
    """Can two dates of one event both be right? ``announced``: the event happens when it is
    announced (a recall), so its announcement and its own single date are one day."""
    if a.data is None or b.data is None:
        return None
    ra, fa, pa, loa, hia, da = a.data
    rb, fb, pb, lob, hib, db = b.data
    if announced and {ra, rb} == {"announced", "on"} and fa == fb == "date":
        return _overlap(loa, lob)  # "the recall announced on February 8" vs "the February 9 recall"
    if ra == "duration" or rb == "duration":
        if ra == rb:
            return da == db
        other_lo, other_hi, dur, other_prec = (lob, hib, da, pb) if ra == "duration" else (loa, hia, db, pa)
        other_form = fb if ra == "duration" else fa
        hours = (fa if ra == "duration" else fb) == _HOURS
        if other_form != "range" or other_prec != "day":
            return None
        n = _length(other_lo[0], other_hi[0])
        if n is None:
            return None
        if hours:
            return dur <= n <= dur + 1  # "a 48-hour strike" from 6am June 3 runs into June 5
        return abs(n - dur) <= (1 if dur >= 7 else 0)
    if ra in _ASIDE or rb in _ASIDE:
        if ra == rb:
            return _overlap(loa, lob)  # announcement vs announcement, discovery vs discovery
        if "discovered" in (ra, rb) and "announced" not in (ra, rb):
            return _found_before(a.data, b.data, durative)
        return None
    if _OCCURRENCE_ROLE in (ra, rb):
        return None  # one of many occurrences: only a discovery says something about it
    if ra == "on" and rb == "on":
        if fa == "range" and fb == "range":
            return _overlap(loa, lob) and _overlap(hia, hib)
        # A single date (or month) must fall within a range, and two single dates must meet.
        return _overlap((loa[0], hia[1]), (lob[0], hib[1]))
    if ra == rb == "start" or {ra, rb} == {"start", "on"} and "range" in (fa if ra == "on" else fb,):
        return _overlap(loa, lob)
    if ra == rb == "end" or {ra, rb} == {"end", "on"} and "range" in (fa if ra == "on" else fb,):
        return _overlap(hia, hib)
    return None


# "The notice, issued on August 14, still covers Ashby Fen": a date in an appositive after
# a sentence-opening definite noun phrase without names dates that noun, and the names of the
# rest of the sentence belong to another statement (what the notice covers), so they say
# nothing about which notice it is. A name in the phrase ("The Ford recall, announced on")
# keeps the sentence's names.
_APPOSITIVE_LEFT = lazyre.compile(
    r"^\s{0,3}(?:The|This|That|Its|Their|His|Her)\s{1,3}(?:[a-z][\w’'-]{1,30}\s{1,3}){0,3}[a-z][\w’'-]{1,30},"
    r"\s{1,3}(?:[a-z][\w’'-]{1,30}\s{1,3}){1,3}$")


def _appositive(sentence: str, t) -> bool:
    return (t.start_offset <= 120 and _APPOSITIVE_LEFT.match(sentence[:t.start_offset]) is not None
            and sentence[t.end_offset:t.end_offset + 2].startswith(","))


# "The morning after the October 11 election, the commission's corridors were full": a
# sentence-opening time phrase (a bound word before the date, no verb, up to its comma)
# dates its event, and the names of the main clause say what happened next, not which event.
_TIME_PHRASE = lazyre.compile(r"^[^,;:]{0,60}?(?<![\w-])(?:after|before|since|following|until)\s", re.I)


def _time_phrase(sentence: str, t) -> str | None:
    comma = sentence.find(",", t.end_offset, t.end_offset + 60)
    if comma < 0 or "," in sentence[:t.start_offset] or t.start_offset > 80:
        return None
    phrase = sentence[:comma]
    m = _TIME_PHRASE.match(phrase)
    if m is None or m.end() > t.start_offset or has_verb(phrase):
        return None
    return phrase


def _months_apart(a, b) -> bool | None:
    """One named occurrence of a long event ("the last inspection") given by month in two
    articles: the same month agrees, months two or more apart disagree, and neighbouring
    months may be one occurrence running across the turn of the month (say nothing)."""
    pa, pb = a[3][0], b[3][0]
    if pa[0] is None or pb[0] is None:
        gap = abs(pa[1] - pb[1])
        gap = min(gap, 12 - gap)  # without the year, December and January are neighbours
    else:
        gap = abs((pa[0] * 12 + pa[1]) - (pb[0] * 12 + pb[1]))
    if gap == 0:
        return True
    return False if gap >= 2 else None


def _recent(published, t) -> bool:
    """Is a dated anaphor ("the disaster on Monday") within weeks before publication?"""
    if published is None or t.start is None:
        return False
    return 0 <= (published - t.start).days <= _MAIN_WINDOW_DAYS


def _end_after(first, days: int):
    """The last day of an event of ``days`` days starting on ``first`` (a point whose year
    may be unknown: then the month and day, unless the span meets February or a new year)."""
    y, m, d = first
    try:
        if y is not None:
            end = dt.date(y, m, d) + dt.timedelta(days=days - 1)
            return (end.year, end.month, end.day)
        end = dt.date(2001, m, d) + dt.timedelta(days=days - 1)
    except (ValueError, OverflowError):
        return None
    if end.year != 2001 or m <= 2 < end.month or end.month == 2:
        return None  # across a leap day or into the next year: not without the year
    return (None, end.month, end.day)


def _onset(sentence: str, t, word: str) -> bool:
    """Does a single date of a long event name its first day? "The blackout struck on
    Wednesday" (an onset verb right before the date) or "the blackout of July 17" (the
    event named by its date)."""
    left = sentence[max(0, t.start_offset - 60):t.start_offset]
    if _ONSET_BEFORE.search(left):
        return True
    m = _OF_BEFORE.search(left)
    return m is not None and m.group(1).lower() == word.split()[-1]


def _month_span(p) -> tuple:
    """The interval of a month given as a point (year may be None)."""
    y, m = p[0], p[1]
    last = calendar.monthrange(y if y is not None else 2000, m)[1]
    return ((y, m, 1), (y, m, last))


def _cue(sentence: str, t) -> str | None:
    if t.text[:1].islower():
        return t.text.split(None, 1)[0].lower()  # the cue is part of it: "in June", "until June"
    m = _CUE_BEFORE.search(sentence[max(0, t.start_offset - 16):t.start_offset])
    return m.group(1).lower() if m else None


def _usable(sentence: str, t) -> str | None:
    """'day' or 'month' when a temporal expression can date an event, else None."""
    if t.form in ("date", "range", "weekday") and t.precision == "day":
        return "day"
    if t.precision == "month" and t.form in ("month", "range"):
        cue = _cue(sentence, t)
        if cue not in _MONTH_CUES:
            return None
        if t.future and cue not in _END_CUES:
            return None  # a forecast month is a window (publication-timing), not a date
        return "month"
    return None


def _data(t, role: str, prec: str):
    md = t.month_day
    lo = _point(t.start, md[0] if md else None)
    hi = _point(t.end, md[1] if md else None)
    if prec == "month" and md and lo is None and hi is None and md[0][0] is not None and md[1][0] is not None:
        lo, hi = (None, md[0][0], 1), (None, md[1][0], 1)  # "in March" of an undated article: the month alone
    if lo is None or hi is None:
        return None
    form = "range" if t.form == "range" else "date"
    if prec == "month":
        lo_iv, hi_iv = _month_span(lo), _month_span(hi)
    else:
        lo_iv, hi_iv = (lo, lo), (hi, hi)
    return (role, form, prec, lo_iv, hi_iv, None)


# A subordinate clause after the date, set off by a comma: "announced the ban on February 5,
# three weeks after the sample was collected ... in Drevno on January 18" is another fact, and
# its names ("Drevno") do not say which ban.
_LATER_CLAUSE = lazyre.compile(
    r",\s{1,3}(?:(?:[a-z]{2,12}|\d{1,3})\s{1,3}(?:days?|weeks?|months?|years?|hours?)\s{1,3}(?:after|before|since)"
    r"|when|after|before|while|because|as|since|until|where)\s", re.I)


class _Names(frozenset):
    """A claim's names; ``own`` are those of the date's own clause (without a subordinate
    clause after the date). Two claims align when either set matches."""
    own: frozenset = frozenset()


# The date inside a subordinate clause: "crude leaked into the Tessany before the line was
# shut down on March 9" dates the shutdown, and "Tessany" is the main clause's.
_SUBORDINATOR = lazyre.compile(r"\b(?:before|after|when|because)\s", re.I)


def _own_clause(text: str, t, names: frozenset) -> frozenset:
    if not names:
        return names
    lo, hi = 0, len(text)
    m = _LATER_CLAUSE.search(text, t.end_offset)
    if m is not None:
        hi = m.start()
    # a clause (three words or more) between the subordinator and the date: "before the line
    # was shut down on", not "postponed its verdict until September 14" or "after Monday"
    subs = [m for m in _SUBORDINATOR.finditer(text, 0, t.start_offset)
            if not _CLAUSE_STOP.search(text, m.end(), t.start_offset)
            and len(text[m.end():t.start_offset].split()) >= 3]
    if subs and subs[-1].start() > 0:
        lo = subs[-1].start()
    if (lo, hi) == (0, len(text)):
        return names
    own = proper_names(text[lo:hi])
    other = (proper_names(text[:lo]) | proper_names(text[hi:])) - own
    if not names & other:
        return names
    out = _Names(names)
    out.own = names - other
    return out


_CLAUSE_STOP = lazyre.compile(r"[,;:()]")


def _names_align(a: frozenset, b: frozenset) -> bool:
    return names_match(a, b) or names_match(getattr(a, "own", a), getattr(b, "own", b))


_LEDE_CHARS = 240  # a first sentence names its event early; the rest of a long one is detail


# Lines before the first sentence of news that name no event: a byline ("By Ana Reyes, energy
# reporter"), a transcript's disclaimer ("This transcript may contain errors"), a masthead or
# section line in markup ("*The Herald — serving the valley since 1902*", "## Latest") or a
# short label ("Transcript.", "What we know so far"): the first sentences are read after them.
_BOILERPLATE = lazyre.compile(
    r"^\s*(?:by\s|transcript\b|[*#_]|(?:this|the)\s(?:transcript|broadcast|programme|program|recording)\b"
    r"|[^a-z]*$)", re.I)
_LEDE_MIN_WORDS = 6


def _lede_sentences(facts) -> list[str]:
    """The first ``MAIN_STEM_SENTENCES`` sentences of an article's news, past its boilerplate."""
    out = []
    for s in facts.sentences[:MAIN_STEM_SENTENCES + 4]:
        text = s.text
        if (_BOILERPLATE.match(text) or len(text.split()) < _LEDE_MIN_WORDS
                or not any(c.islower() for c in text)):
            continue
        out.append(text[:_LEDE_CHARS])
        if len(out) == MAIN_STEM_SENTENCES:
            break
    return out


def _story_stems(story: StoryFacts) -> frozenset:
    """Stems of the story's main event, read from headlines and first sentences (once a story)."""
    cached = story.__dict__.get("_main_stems")
    if cached is None:
        cached = story.__dict__["_main_stems"] = main_stems([(f.article.title or "",) + tuple(
            _lede_sentences(f)) for f in story.articles])
    return cached


_TOPIC_WORD = lazyre.compile(r"[^\W\d_][\w’'-]{2,30}")


def _plural(words: str) -> bool:
    w = words.split()[-1].lower() if words.split() else ""
    return w.endswith("s") and not w.endswith(("ss", "us", "is"))


def _story_things(story: StoryFacts) -> frozenset:
    """Keys (``noun_key``) of the words in the headline or first sentences of at least two
    articles: the things the story is about ("the hidden list", "the missing painting"). A
    discovery of one of them dated by two articles is the story's one discovery of it."""
    cached = story.__dict__.get("_story_things")
    if cached is None:
        seen: dict[str, set] = {}
        for n, f in enumerate(story.articles):
            texts = [f.article.title or ""] + [x.text[:_LEDE_CHARS] for x in f.sentences[:MAIN_STEM_SENTENCES]]
            for w in {m.group(0).lower() for text in texts for m in _TOPIC_WORD.finditer(text)}:
                seen.setdefault(noun_key(w), set()).add(n)
        cached = story.__dict__["_story_things"] = frozenset(k for k, v in seen.items() if len(v) >= 2)
    return cached


def _near(published, t) -> bool:
    """Is a date within weeks of publication (either side), or the article undated?"""
    return published is None or t.start is not None and abs((published - t.start).days) <= _MAIN_WINDOW_DAYS


_START_GERUND = lazyre.compile(r"(?:began|begun|begins|begin|started|starts|start) \([a-z]{3,20}ing\)")
_STILL_WORDS = "|".join(STATE_STILL_WORDS)
_STILL_BEFORE = lazyre.compile(r"\b(?:" + _STILL_WORDS + r")\b", re.I)
# "was still halted", "remained closed", "were still without power": a state holding on a day
# (past only, right before "on <day>": "the ban is still backdated to January 30" is no state)
_STILL_STATE = lazyre.compile(r"\b(?:(?:was|were|had\sbeen)\s{1,3}still|remained|stayed)\s{1,3}[a-z][\w’'-]{1,30}"
                          r"(?:\s{1,3}[a-z][\w’'-]{1,30}){0,4}\s{1,3}on\s{1,3}$", re.I)


_PREMODIFIER_WEEKDAY = lazyre.compile(r"\b(?:the|its|their|his|her|our|this|that|a)\s{1,3}$", re.I)


def _one_night(t) -> bool:
    """"On the night of March 9": a night spans two dates, but dates one happening like a day."""
    return (t.start is not None and t.end is not None and (t.end - t.start).days == 1
            and "night" in t.text.lower())


def _main_ref(ref, sentence: str, t, stems: frozenset, published):
    """A date no event word names, whose clause's verb ("the ship, which grounded on") or
    light verb's head ("ran aground on") has the stem of the story's main event, within
    weeks of publication: keyed by that stem (``act ground``), whatever the form."""
    if not stems:
        return ref
    if t.form == "weekday" and _PREMODIFIER_WEEKDAY.search(sentence, max(0, t.start_offset - 12), t.start_offset) \
            and re.match(r"\s{1,3}[a-z]", sentence[t.end_offset:]):
        return ref  # "voided its Saturday draw on March 9": the weekday names which draw, not when it was voided
    if (ref is not None and not ref.fallback and ref.word and t.form != "range" and _near(published, t)
            and not re.search(r"\b" + re.escape(ref.word) + r"\b", sentence[:t.start_offset], re.I)):
        far = main_verb_event(sentence, t.start_offset, stems)
        if far is not None:
            # "the operator voided its draw on March 9, after the release gate jammed": the main
            # event's verb before the date, not an event word read after it
            return far
    if ref is not None and ref.fallback and ref.event.startswith("publish ") and t.form != "range" and _near(published, t):
        decided = announced_decision(sentence, t.end_offset, stems) or announced_act(
            sentence, t.start_offset, t.end_offset, stems)
        if decided is not None:
            return decided
    noun = (stem_noun_event(sentence, t.start_offset, t.end_offset, stems)
            if ref is None or ref.fallback and " " in ref.event and ref.event != MAIN_EVENT
            and not ref.event.startswith(ACT + " ") else None)  # (not where a vocabulary or family word names it)
    if noun is not None and _near(published, t):
        return noun  # "after the grounding on 9 February": the noun beside the date
    if (t.form != "range" or _one_night(t)) and _near(published, t) and (ref is None or ref.fallback and ref.event != MAIN_EVENT
                                                      and not ref.event.startswith(ACT + " ")):
        far = main_verb_event(sentence, t.start_offset, stems)
        if far is not None and (ref is None or far.word.split()[0] in re.findall(r"[\w’'-]+", ref.word.lower())):
            # "halted output of diesel at its northern site on Monday", "stopped refining diesel
            # on June 9": the clause's verb (or one of its class) is the main event's
            return far
    if (ref is not None and not ref.fallback and ref.word and t.form != "range" and _near(published, t)
            and re.search(r"\b(?:at|in|during)\s{1,3}(?:the|a|an|its|their|this|that)\s{1,3}(?:[a-z][\w’'-]*\s{1,3}){0,3}"
                          + re.escape(ref.word) + r"\s{1,3}(?:held\s{1,3})?(?:on|of)?\s{0,3}$",
                          sentence[max(0, t.start_offset - 80):t.start_offset], re.I)):
        far = main_verb_event(sentence, t.start_offset, stems)
        if far is not None:
            # "councillors threw out the budget at the full council meeting on 26 February",
            # "rejected the budget in the vote on 25 February": the main event's verb happened
            # at that sitting, whose date is its date
            return far
    if ref is not None:
        return ref
    alt = verb_event(sentence, t.start_offset)
    if alt is None or alt.event.partition(" ")[2] not in stems or not _near(published, t):
        return ref  # ("the ship grounded here in 1994": an earlier one)
    if _STILL_BEFORE.search(sentence, 0, t.start_offset) and re.search(
            r"\b(?:" + _STILL_WORDS + r")\s{1,3}(?:[\w’'-]+\s{1,3})?" + re.escape(alt.word) + r"\b",
            sentence[:t.start_offset], re.I):
        return ref  # "output was still halted on June 20": a state that day, not the event
    return alt


_POSSESSIVE_AFTER = lazyre.compile(r"(['’]s?)?\s{1,3}((?:[A-Za-z][\w-]{0,30}\s{1,3}){0,3}[A-Za-z][\w-]{0,30})")


def _dated_by_possessive(sentence: str, t, times, word: str | None) -> bool:
    """"The dockers killed in Monday night's collapse laid flowers on Tuesday", "victims of
    Sunday's explosion gathered on Monday": the event noun, dated by a possessive time before
    it, is not dated again by a later date of the clause's own verb."""
    if not word:
        return False
    heads = {w for w in re.findall(r"[a-z][\w-]+", word.lower())}
    for o in times:
        if o is t or o.end_offset > t.start_offset or o.form == "duration":
            continue
        m = _POSSESSIVE_AFTER.match(sentence, o.end_offset)
        if (m is not None and (m.group(1) or sentence[o.start_offset:o.end_offset].endswith(("'s", "’s", "'", "’")))
                and heads & {w.lower() for w in m.group(2).split()}
                and len(sentence[o.end_offset:t.start_offset].split()) >= 7):
            return True  # ("Tuesday's vote, held on 3 May": one vote, dated twice)
    return False


def _stem_event(event: str, ref, stems: frozenset, published, t) -> str:
    """"Ran aground on" (``occur aground``), "the grounding took place on": a light verb's
    head with the stem of the story's main event is that event (``act ground``)."""
    if not stems or not ref.fallback or not event.startswith("occur "):
        return event
    head = ref.word.split(" (", 1)[0].split()[-1] if ref.word else ""
    key = event_stem(head) if head else ""
    return f"{ACT} {key}" if key in stems and (t is None or _near(published, t)) else event


def _items(story: StoryFacts):
    """Claims grouped by event key: [(item, names, qualifier, fallback, words)]."""
    groups: dict[str, list[tuple[Item, frozenset, str | None, bool, str]]] = {}
    stems = _story_stems(story)
    for facts in story.articles:
        for sent, times in zip(facts.sentences, facts.times):
            if not times:
                continue  # (nothing below runs without a time)
            names = None
            durations = [t for t in times if t.form == "duration"]
            for t in times:
                prec = _usable(sent.text, t)
                if prec is None or _cue(sent.text, t) in _BOUND_CUES:
                    continue  # "under control by Sunday", "no later than May 3": a bound, not the day
                ref = attach(sent.text, t.start_offset, t.end_offset, fallback=True)
                ref = _main_ref(ref, sent.text, t, stems, facts.article.published)
                if t.form == "range" and prec == "day":
                    when = range_end(sent.text, t.end_offset)
                    wref = when[0] if when is not None else None
                    if wref is not None:
                        if ref is not None and ref.event == wref.event:
                            ref = None  # the range's own clause names no event: attach read the "when" clause
                        row = _range_end_row(facts, sent, t, wref)
                        if row is not None:
                            groups.setdefault(wref.event, []).append(row)
                if ref is None and t.form == "range" and prec == "day":
                    ref = noun_span(sent.text, t.start_offset)  # "offered an amnesty from October 14 to 25"
                if ref is None and t.form == "date" and prec == "day":
                    ref = noun_of_date(sent.text, t.start_offset)  # "the flawed draw of 6 March"
                if (ref is None or ref.fallback and not ref.event.startswith((ACT + " ", "publish "))) \
                        and t.form != "range" and statement_dated(sent.text, t.start_offset):
                    # "scrapped the result of the draw held on May 2, in an announcement on May 3":
                    # the statement's day is the decision's (a decision takes effect when
                    # announced), never the draw's
                    ref = decision_before(sent.text, t.start_offset, stems) if _near(facts.article.published, t) else None
                    if ref is None:
                        continue
                if ref is None:
                    continue
                if t.form != "range" and _dated_by_possessive(sent.text, t, times, ref.word):
                    continue  # "killed in Monday night's collapse ... laid flowers on Tuesday": the flowers' day
                event = ref.event
                if ref.word in ONE_OFF_WORDS and not ref.fallback:
                    event = ONE_OFF_WORDS[ref.word]  # "the sentencing": once, unlike the hearings
                if event == MAIN_EVENT and not _recent(facts.article.published, t):
                    continue  # "the disaster of 3 May 1987": an earlier one
                if ref.qualifier in _REPEAT:
                    # "the new paper", "sat again", "the rerun": the repeat sitting; but a
                    # meeting or hearing "again" is only one more of many.
                    ref = evolve(ref, qualifier=None if ref.event in RECURRING_EVENTS else "repeat")
                role = "on" if t.form == "range" else ref.role
                if ref.fallback and t.form == "range" and event.startswith("declare "):
                    # "declared three days of mourning, from February 4 to 6": the range is the
                    # mourning's, as in "the mourning period, which ran from February 4 to 8".
                    event = "occur " + event[len("declare "):]
                if ref.fallback and role == "on" and ref.word.endswith("(called off)") and event.startswith("cancel "):
                    # "The search was called off on October 13" ends the search that "ran
                    # from October 6 to 11": one activity, dated by its end.
                    event, role = "occur " + event[len("cancel "):], "end"
                event = _stem_event(event, ref, stems, facts.article.published, t)
                gerund = _START_GERUND.fullmatch(ref.word or "") if ref.fallback else None
                if gerund is not None and CLASS_FAMILIES.get(event.partition(" ")[0]) is not None:
                    # "raw sewage began pouring on Tuesday": a family verb's gerund after "began"
                    # is the family event's start (the leak began)
                    event, role = CLASS_FAMILIES[event.partition(" ")[0]], "start"
                if ref.fallback and event.startswith("occur ") and ref.qualifier is None:
                    head = ref.word.split(" (", 1)[0].split()[-1] if ref.word else ""
                    if head in EVENT_WORDS and (EVENT_WORDS[head] not in RECURRING_EVENTS or t.form == "range"):
                        # "the accident on the lift happened on January 10": a light verb's subject
                        # named by the event vocabulary is that event ("the accident of January 10");
                        # a recurring one's only for a range ("the inspections will run from 15
                        # January to 13 February": the programme's span, as "the inspection
                        # programme will run from 15 to 30 January")
                        event = EVENT_WORDS[head]
                if role == "on" and prec == "month" and _cue(sent.text, t) in _END_CUES:
                    role = "end"  # "a contract until June 2029": when it ends
                if (role == "on" and prec == "day" and t.form != "range" and (not ref.fallback or " " not in event)
                        and event in DURATIVE_EVENTS and _onset(sent.text, t, ref.word)):
                    # "the blackout struck on Wednesday", "the blackout of July 17"; a family's
                    # noun too ("the spill of Tuesday, 15 July")
                    role = "start"
                if (event in RECURRING_EVENTS and role == "on" and t.form != "range"
                        and ref.qualifier is None):
                    # "Monday's hearing": one of many; which one is not said. Written before
                    # its date ("the hackers struck on Sunday") it is still an occurrence, which
                    # a discovery cannot precede (kept only where the story dates a discovery).
                    if ref.word not in sent.text[max(0, t.start_offset - 120):t.start_offset].lower():
                        continue
                    role = _OCCURRENCE_ROLE
                if (role == "on" and t.form != "range" and ref.fallback and event.startswith(ACT + " ")
                        and main_class(event[len(ACT) + 1:]) in _ANNOUNCED_HALTS and ref.word and " " not in ref.word
                        and ruling_body_act(sent.text, t.start_offset, ref.word)):
                    # "the agency suspended the pesticide on Monday": the body's decision, dated by
                    # its announcement ("the suspension, announced on 15 May")
                    role = "announced"
                data = _data(t, role, prec)
                if data is None and role == _OCCURRENCE_ROLE:
                    continue  # an unresolved weekday of one of many: nothing to compare
                start_off, end_off = t.start_offset, t.end_offset
                # "a week-long visit starting June 3": a start plus a duration is a range.
                dur = next((d for d in durations if d.end_offset > t.start_offset
                            or _in_phrase(sent.text[d.end_offset:t.start_offset])), None)
                hi = _end_after(data[3][0], dur.duration_days) if dur is not None and data and role == "start" and prec == "day" else None
                if hi is not None:
                    data = ("on", "range", "day", data[3], (hi, hi), None)
                    start_off, end_off = min(dur.start_offset, start_off), max(dur.end_offset, end_off)
                value = describe(data) if data else t.value()
                claim = facts.claim(sent, start_off, end_off, value)
                names = names if names is not None else event_names(facts, sent.index)
                own = frozenset() if _appositive(sent.text, t) else _own_clause(sent.text, t, names)
                front = _time_phrase(sent.text, t) if own and t.start_offset <= 80 else None
                if front is not None:
                    # "The morning after the October 11 election, the ...": the phrase's own names
                    # (without its capitalised first word, "Two weeks after")
                    own = own & proper_names(front.split(None, 1)[-1])
                key = (data, ref.qualifier) if data else (claim.article, claim.quote)
                if role == _OCCURRENCE_ROLE:
                    key = (claim.article, claim.span.start)  # never one value class with another occurrence
                groups.setdefault(event, []).append((Item(claim, key, data), own, ref.qualifier, ref.fallback, ref.word, ref.kind))
            for d in durations:
                if any(t.form in ("date", "range") for t in times):
                    continue
                ref = (attach(sent.text, d.start_offset, d.end_offset + 1) or event_after(sent.text, d.end_offset)
                       or noun_after(sent.text, d.end_offset))
                if ref is None:
                    continue
                data = ("duration", _HOURS if "hour" in d.text.lower() else "duration", "day", None, None, d.duration_days)
                claim = facts.claim(sent, d.start_offset, d.end_offset, f"P{d.duration_days}D")
                names = names if names is not None else event_names(facts, sent.index)
                event = _stem_event(ref.event, ref, stems, facts.article.published, None)  # ("a three-day mourning")
                groups.setdefault(event, []).append((Item(claim, (data, None), data), names, None, ref.fallback, ref.word, ref.kind))
    return _gate_discoveries(_merge_incident_nouns(_merge_main(_gate_occurrences(story, _merge_discoveries(_merge_families(_merge_pronouns(_merge_parts(_merge_variants(
        _merge_bare_orders(_gate_recurring_stems(groups)))))))))))


_ORDER_KEYS = {noun_key(w): w for w in ORDER_NOUNS}
_ORDER_COMPOUND = lazyre.compile(r"([A-Za-z][\w-]{1,30})[\s-]{1,2}(?:" + "|".join(ORDER_NOUNS) + r")\b", re.I)


def _merge_bare_orders(groups: dict) -> dict:
    """"The order issued Friday, Jan. 16" (``publish order``) is the announcement of "the
    evacuation order issued Jan. 16" when the story's dated compounds of that document noun
    name one event (an evacuation); with two ("the evacuation order", "the closure order") or
    none, the bare order dates nothing it can be aligned with."""
    bare = {k: v for k, v in groups.items()
            if k.startswith("publish ") and k[len("publish "):] in _ORDER_KEYS and v and all(r[3] for r in v)}
    if not bare:
        return groups
    named: dict[str, set] = {}
    for k, rows in groups.items():
        if " " in k:
            continue
        for r in rows:
            for m in _ORDER_COMPOUND.finditer(r[0].claim.text):
                if EVENT_WORDS.get(m.group(1).lower()) == k:
                    named.setdefault(noun_key(m.group(0).split()[-1].split("-")[-1].lower()), set()).add(k)
    out = dict(groups)
    for k, rows in bare.items():
        events = named.get(k[len("publish "):], set())
        if len(events) != 1:
            continue
        event = next(iter(events))
        moved = []
        for r in rows:
            it = r[0]
            if it.data is None or it.data[0] != "on":
                continue
            data = ("announced",) + tuple(it.data[1:])
            moved.append((Item(evolve(it.claim, value=describe(data)), (data, r[2]), data), *r[1:]))
        if moved:
            out[event] = out[event] + moved
            rest = [r for r in rows if not (r[0].data is not None and r[0].data[0] == "on")]
            if rest:
                out[k] = rest
            else:
                del out[k]
    return out


def _gate_recurring_stems(groups: dict) -> dict:
    """A main-event stem one article dates on two days that cannot meet ("the town was
    shelled on Monday ... shelled again on Wednesday") names something that recurs, not
    the story's one event: its dates are left out."""
    out = {}
    for k, rows in groups.items():
        if k.startswith(ACT + " "):
            spans: dict[str, list] = {}
            for r in rows:
                if r[0].data is not None and r[0].data[0] not in ("duration",) and r[0].data[3] is not None:
                    spans.setdefault(r[0].claim.article, []).append(_span(r[0].data))
            if any(not _overlap(x, y) for v in spans.values() for i, x in enumerate(v) for y in v[i + 1:]):
                continue
        out[k] = rows
    return out


_OCCURRENCE_ROLE = "occurrence"  # one occurrence of a recurring event: compared with discoveries only


def _role(row) -> str | None:
    return row[0].data[0] if row[0].data is not None else None


def _gate_occurrences(story: StoryFacts | None, groups: dict) -> dict:
    """Occurrences of a recurring event ("the hackers struck on Sunday") only where the
    story dates a discovery of that event; a fallback discovery ("auditors discovered the
    fraud on") only where the story dates the thing itself ("the fraud began on"), or where
    the thing is what the story is about (a word of two articles' headlines or first
    sentences: "the hidden list", ``_story_things``) and two articles date its discovery."""
    out = {}
    things = None
    for k, rows in groups.items():
        roles = {_role(r) for r in rows}
        days = {r[0].data[3] for r in rows if _role(r) == _OCCURRENCE_ROLE}
        if "discovered" not in roles or len(days) > 1:
            # no discovery to check, or occurrences on two days: several attacks, not one
            rows = [r for r in rows if _role(r) != _OCCURRENCE_ROLE]
        if roles <= {"discovered", None, "duration"} and k != MAIN_EVENT:
            found = {r[0].claim.article for r in rows if r[3] and _role(r) == "discovered" and r[0].data is not None}
            verb, _, head = k.partition(" ")
            if story is not None and verb == "occur" and len(found) >= 2 and not any(
                    _plural(r[4].split(" (", 1)[0]) for r in rows if r[3] and _role(r) == "discovered"):
                # (one thing: "found survivors in the rubble on May 9" and on May 11 are many finds)
                things = _story_things(story) if things is None else things
                if head in things:
                    out[k] = rows  # "discovered the list on Monday", "the list, found on 9 February"
                    continue
            rows = [r for r in rows if not (r[3] and _role(r) == "discovered")]
        if rows:
            out[k] = rows
    return out


_INCIDENT = frozenset(INCIDENT_NOUNS)
INCIDENT = "incident"  # the key of discoveries of a generic wrong ("discovered the problem on")


def _incident_discovery(row) -> bool:
    """"Discovered the leak on", "identified the problem on": a discovery (fallback: no
    event word) whose object is an incident noun."""
    if _role(row) != "discovered" or row[4] == DISCOVERED_THAT:
        return False
    head = row[4].split(" (", 1)[0].split()
    return bool(head) and head[-1].lower() in _INCIDENT


def _merge_discoveries(groups: dict) -> dict:
    """"The agency discovered the breach on Monday", "discovered the leak on October 3",
    "which discovered the problem on 6 October": one story's discoveries of a wrong, in any
    word of the incident class, are one discovery. They join the one event the story dates
    a discovery of by its own word ("the breach": an attack); with none, they are their own
    event when two articles date it; with two such events, they stay apart."""
    loose = [(k, r) for k, rows in groups.items() for r in rows if r[3] and _incident_discovery(r)]
    if not loose:
        return groups
    named = [k for k, rows in groups.items()
             if any(not r[3] and _role(r) == "discovered" and r[4] != DISCOVERED_THAT for r in rows)]
    if len(named) > 1:
        return groups
    target = named[0] if named else INCIDENT
    if not named and len({r[0].claim.article for _, r in loose}) < 2:
        return groups
    moved = {id(r) for _, r in loose}
    out: dict = {}
    for k, rows in groups.items():
        kept = [r for r in rows if id(r) not in moved]
        if kept:
            out[k] = kept
    out.setdefault(target, []).extend(r[:3] + (False,) + r[4:] for _, r in loose)
    return out


def _gate_discoveries(groups: dict) -> dict:
    """"Staff discovered on Saturday that files had been encrypted" is the discovery of the
    story's main event only where another article names that event's discovery ("the
    attack was discovered early on October 20"); otherwise it is left out."""
    out = {}
    for k, rows in groups.items():
        named = {r[0].claim.article for r in rows if _role(r) == "discovered" and r[4] != DISCOVERED_THAT}
        rows = [r for r in rows if r[4] != DISCOVERED_THAT or named - {r[0].claim.article}]
        if rows:
            out[k] = rows
    return out


def _range_end_row(facts, sent, t, ref):
    """"From June 4 to 12, when the authorities lifted the evacuation order": the "when"
    clause's event on the range's last day (its end, with an ending verb)."""
    data = _data(t, "on", "day")
    if data is None or ref.event in RECURRING_EVENTS and ref.role == "on" and ref.qualifier is None:
        return None
    data = (ref.role, "date", "day", data[4], data[4], None)
    claim = facts.claim(sent, t.start_offset, t.end_offset, describe(data))
    return (Item(claim, (data, ref.qualifier), data), event_names(facts, sent.index), ref.qualifier, ref.fallback,
            ref.word, ref.kind)


_MAIN_WINDOW_DAYS = 45  # "the disaster of 3 May 1987" is history, not the story's event


def _merge_main(groups: dict) -> dict:
    """"The disaster on May 6", "the accident of 5 May", "went public on March 19": the story's
    main event, the one event dated by the most articles (at least two, and no tie)."""
    rows = groups.get(MAIN_EVENT)
    if not rows:
        return groups
    span = sorted(((len({r[0].claim.article for r in v if r[0].data is not None}), k) for k, v in groups.items()
                   if k != MAIN_EVENT and " " not in k), reverse=True)
    if not span or span[0][0] < 2 or len(span) > 1 and span[1][0] == span[0][0]:
        return groups
    main = span[0][1]
    if main in RECURRING_EVENTS:
        # "the attack on Monday" may be any of them; "went public on" dates its announcement
        rows = [r for r in rows if r[0].data is not None and (r[0].data[0] != "on" or r[0].data[1] == "range")]
    out = {k: v for k, v in groups.items() if k != MAIN_EVENT}
    out[main] = out[main] + rows
    return out


def _merge_incident_nouns(groups: dict) -> dict:
    """"The accident on the lift happened on January 10" and "a chair came off the lift on
    Saturday": where the story's main event is dated by its verb (one ``act <stem>`` key), an
    incident noun ("the accident", "the incident", "the tragedy") of another key is that event."""
    acts = [k for k in groups if k.startswith(ACT + " ")]
    if len(acts) != 1:
        return groups
    out = {}
    moved = []
    for k, rows in groups.items():
        if k == acts[0]:
            continue
        keep = []
        for r in rows:
            head = (r[4] or "").split(" (", 1)[0].split()[-1:] if r[4] else []
            if head and head[0] in MAIN_EVENT_NOUNS and r[0].data is not None and r[0].data[0] == "on" and r[2] is None:
                moved.append(r)
            else:
                keep.append(r)
        if keep:
            out[k] = keep
    out[acts[0]] = groups[acts[0]] + moved
    return out


def _merge_pronouns(groups: dict) -> dict:
    """"Shut it down on Sunday" (``close it``) is "the line was shut down on March 9" (``close
    lin``) when the story names one thing of that class; otherwise it dates nothing ("called
    it off" is ``occur it``, like "the concert was called off": ``occur concert``)."""
    out: dict = {}
    for k, v in groups.items():
        cls, _, noun = k.partition(" ")
        if noun != PRONOUN_OBJECT or not v or not v[0][3]:
            out.setdefault(k, []).extend(v)
            continue
        others = [o for o in groups if o != k and o.partition(" ")[0] == cls and groups[o] and groups[o][0][3]]
        if len(others) == 1:
            out.setdefault(others[0], []).extend(v)
    return out


def _merge_families(groups: dict) -> dict:
    """"The roof fell in on May 5" (``collapse roof``) is "the collapse" of another article
    when the story has one thing that collapsed: a verb class is merged into its family's
    noun event only if every clause of that class has the same noun ("the dam burst" and
    "the bridge collapsed" stay apart, and so do they from "the collapse")."""
    nouns: dict[str, set[str]] = {}
    for k, v in groups.items():
        cls, _, noun = k.partition(" ")
        fam = CLASS_FAMILIES.get(cls)
        if fam is not None and noun and v and v[0][3] and (fam in groups or cls in FIXED_NOUN_CLASSES and cls not in _FAMILY_ONLY
                                                           or cls in _SANCTIONS and f"{cls} {cls}" in groups):
            nouns.setdefault(fam, set()).add(k)
    # "ban ban" ("announced the ban") names no thing: it joins the one noun of its class
    target = {k: fam for fam, keys in nouns.items()
              if len({k.partition(" ")[2] for k in keys} - {k.partition(" ")[0] for k in keys if k.partition(" ")[0] in _SANCTIONS}) <= 1
              for k in keys}
    out: dict = {}
    for k, v in groups.items():
        if k not in target and v and v[0][3] and k.partition(" ")[0] in _FAMILY_ONLY:
            continue  # "the committee sat on Tuesday": a sitting of anything but an exam recurs
        out.setdefault(target.get(k, k), []).extend(v)
    return out


def _merge_parts(groups: dict) -> dict:
    """"The roof collapsed on May 5" (``collapse roof``) is "the roof of the gallery collapsed"
    (``collapse gallery``: a part keys its whole) when the story has one whole of that class
    whose part is a roof."""
    wholes: dict[tuple[str, str], set[str]] = {}
    for k, v in groups.items():
        cls = k.partition(" ")[0]
        for r in v:
            part, sep, _ = r[4].partition(" of ")
            if r[3] and sep and part in PART_NOUNS:
                wholes.setdefault((cls, noun_key(part)), set()).add(k)
    out: dict = {}
    for k, v in groups.items():
        cls, _, noun = k.partition(" ")
        into = wholes.get((cls, noun), set()) - {k}
        target = next(iter(into)) if len(into) == 1 and v and v[0][3] else k
        out.setdefault(target, []).extend(v)
    return out


def _merge_variants(groups: dict) -> dict:
    """Fallback keys whose nouns are spelling variants ("judgement"/"judgment") are one event."""
    fallback = sorted(k for k, v in groups.items() if v and v[0][3])
    target: dict[str, str] = {}
    for i, k in enumerate(fallback):
        if k in target:
            continue
        verb, _, head = k.partition(" ")
        for other in fallback[i + 1:]:
            overb, _, ohead = other.partition(" ")
            if other in target or overb != verb or ohead[:1] != head[:1] or min(len(head), len(ohead)) < 4:
                continue
            sm = difflib.SequenceMatcher(None, head[:40], ohead[:40], autojunk=False)
            if sm.real_quick_ratio() >= _HEAD_SIMILARITY and sm.ratio() >= _HEAD_SIMILARITY:
                target[other] = k
    out: dict = {}
    for k, v in groups.items():
        out.setdefault(target.get(k, k), []).extend(v)
    return out


def _first_against(first: Item, other: Item) -> bool | None:
    """"The first case was confirmed on January 9" and "a case was confirmed on Monday": the
    same day agrees; another day may be another case, or the first in another place ("the first
    case in the capital"), so it says nothing."""
    f, o = first.data, other.data
    if f[0] != "on" or o[0] != "on" or f[1] == "range" or o[1] == "range":
        return None
    if not _le(f[3][0], f[4][1]) or f[3] != f[4] or o[3] != o[4]:
        return None
    return True if o[3] == f[3] else None


def _plans(story: StoryFacts) -> tuple[dict, dict]:
    """Future-tense day expressions by (article, sentence), and each article's publication day."""
    plans: dict[tuple, list[str]] = {}
    pubs = {}
    for facts in story.articles:
        pubs[facts.article.id] = facts.article.published
        for sent, times in zip(facts.sentences, facts.times):
            for t in times:
                if t.future and t.precision == "day":
                    plans.setdefault((facts.article.id, sent.text), []).append(t.text)
    return plans, pubs


_REVISED_PLAN = lazyre.compile(r"\b(?:" + "|".join(re.escape(w) for w in REVISED_PLAN_CUES) + r")\b", re.I)


def _slipped(a: Item, b: Item, plans: dict, pubs: dict) -> bool:
    """"The report will be published on July 1" (June 20) and "the report was published on July
    8" (August 8): a plan stated before the day, against an account published after it, is a
    plan that slipped (publication-timing's superseded expectation), not two sources that
    disagree. Two plans, or two accounts, still contradict."""
    def planned(c) -> bool:
        return any(x in c.quote for x in plans.get((c.article, c.text), ()))

    def day(point):
        return dt.date(*point) if point is not None and None not in point else None

    for p, q in ((a, b), (b, a)):
        pp, pq = pubs.get(p.claim.article), pubs.get(q.claim.article)
        if pp is None or pq is None or pq <= pp or not planned(p.claim):
            continue
        p_first, q_first, q_last = day(p.data[3][0]), day(q.data[3][0]), day(q.data[4][1])
        if p_first is None or p_first <= pp:
            continue
        # "will vote on March 27" (March 19) and "now scheduled for April 15" (April 7): both days
        # still ahead when stated, the later article's the newer plan; a change of plan, not a
        # conflict (two plans of one day's articles still contradict)
        if q_first is not None and q_first > pq and _REVISED_PLAN.search(q.claim.text):
            return True
        # the plan's day still ahead when it was stated, the account's day already past
        if not planned(q.claim) and q_last is not None and q_last <= pq:
            return True
    return False


def check(story: StoryFacts):
    groups = _items(story)
    plans, pubs = _plans(story)
    for event, rows in sorted(groups.items()):
        names_of = {id(it): n for it, n, _, _, _, _ in rows}
        qual_of = {id(it): q for it, _, q, _, _, _ in rows}
        kind_of = {id(it): k for it, _, _, _, _, k in rows}
        fallback = all(r[3] for r in rows)
        items = [it for it, _, _, _, _, _ in rows]
        comparable = [it for it in items if it.data is not None]
        use = comparable if comparable else items
        label = _label(rows) if fallback and " " in event and event != MAIN_EVENT else event

        def comp(a: Item, b: Item, names_of=names_of, qual_of=qual_of, kind_of=kind_of, event=event):
            if a.data is None or b.data is None:
                return None
            ka, kb = kind_of[id(a)], kind_of[id(b)]
            if ka and kb and ka != kb:
                return None  # "the chemistry exam" and "the physics paper": two exams
            qa, qb = qual_of[id(a)], qual_of[id(b)]
            if fallback and qa is None and qb is None and event.partition(" ")[0] in RECURRING_CLASSES:
                return None  # "a case was confirmed on Monday" and another on Wednesday
            if fallback and {qa, qb} == {"first", None} and event not in RECURRING_EVENTS:
                if not _names_align(names_of[id(a)], names_of[id(b)]):
                    return None
                return _first_against(a, b) if qa == "first" else _first_against(b, a)
            if qa != qb and (fallback or None not in (qa, qb) or {qa, qb} & _OCCURRENCE):
                return None  # "the preliminary results" and "the final results", "a second strike"
            if (event in DURATIVE_EVENTS and a.data[0] == b.data[0] == "on"
                    and a.data[1] != "range" and b.data[1] != "range"):
                if qa is not None and qa == qb and a.data[2] == b.data[2] == "month":
                    return _months_apart(a.data, b.data)  # "its last inspection in March" vs "in January"
                return None  # "the fire on Sunday" and "the fire on Tuesday": days during it
            if not _names_align(names_of[id(a)], names_of[id(b)]):
                return None  # could not align: the sentences name different parties
            verdict = compatible(a, b, event in DURATIVE_EVENTS, event in _SELF_ANNOUNCED)
            if verdict is False and _slipped(a, b, plans, pubs):
                return None  # a plan and a later account: publication-timing's question
            return verdict

        def sig(it: Item, names_of=names_of, qual_of=qual_of, kind_of=kind_of):
            # everything comp reads: the same sentence repeated in an article compares alike
            c, names = it.claim, names_of[id(it)]
            return (c.article, c.quote, c.text, c.value, c.attribution, it.key, it.data, names,
                    getattr(names, "own", None), qual_of[id(it)], kind_of[id(it)])

        verdicts = judge_group(use, comp, single_source=not fallback, clusters=True)
        for v in _pairwise(verdicts, use, comp, sig) + _side_agreements(use, comp, verdicts, sig):
            values = " vs ".join(v.values) if v.kind == "contradiction" else ", ".join(v.values)
            msg = {
                "contradiction": f"Dates of the {label} differ: {values}",
                "agreement": f"Dates of the {label} agree: {values}",
                "single_source": f"Date of the {label} stated by one article only: {values}",
            }[v.kind]
            yield Result(v.kind, f"{event} dates", msg, v.claims)
    clause = list(_clause_findings(story))
    yield from clause
    judged = _judged_pairs(groups, clause)
    yield from _action_findings(story, judged)
    yield from _activity_findings(story, judged)
    yield from _same_start_findings(story, groups, judged)


def _span_key(claim) -> tuple:
    return (claim.article, claim.span.start, claim.span.end)


def _judged_pairs(groups: dict, clause: list):
    """Does another path already judge two claims? Two claims of one event group (judged
    there, even when it said nothing) or of one clause finding."""
    member: dict[tuple, set] = {}
    for k, rows in groups.items():
        for r in rows:
            member.setdefault(_span_key(r[0].claim), set()).add(k)
    for n, r in enumerate(clause):
        for c in r.claims:
            member.setdefault(_span_key(c), set()).add(("clause", n))
    empty: set = set()

    def judged(a, b) -> bool:
        return bool(member.get(_span_key(a), empty) & member.get(_span_key(b), empty))

    return judged


# "a two-week suspension of family visits starting October 16": the words between a duration
# and its start are one noun phrase and its start cue ("After a ten-day trip, the minister
# announced a ban starting March 9" is not a ten-day ban).
_PHRASE_TAIL = lazyre.compile(r",?\s{1,3}(?:which|that)\s{1,3}(?:began|started|begins|starts|commenced)(?:\s{1,3}on)?\s{0,3}$")
_PHRASE_WORDS = 8


def _in_phrase(between: str) -> bool:
    between = _PHRASE_TAIL.sub(" ", between[-160:])
    return not any(c in between for c in ",;:()") and len(between.split()) <= _PHRASE_WORDS


def _action_rows(story: StoryFacts) -> dict:
    """Periods keyed by the action and the thing acted on (checker.extract.events.action_key):
    "The prison was locked down from October 14 to 22" and "a lockdown of the prison from
    October 14 to 25"; a duration before a start cue with its start ("a two-week suspension
    of family visits starting October 16") is the range it makes."""
    out: dict = {}
    for facts in story.articles:
        for sent, times in zip(facts.sentences, facts.times):
            if not times:
                continue  # (nothing below runs without a time)
            durations = [t for t in times if t.form == "duration"]
            names = None
            for t in times:
                if t.precision != "day" or t.form not in ("range", "date") or t.future and t.form != "range":
                    continue  # a planned day ("will be closed on") may be changed, not contradicted
                key = action_key(sent.text, t.start_offset)
                if key is None:
                    continue
                action, patient, starts, label, agent = key
                start_off, end_off = t.start_offset, t.end_offset
                if t.form == "range" and not starts:
                    data = _data(t, "on", "day")
                elif t.form == "date" and starts:
                    dur = next((d for d in reversed(durations) if d.end_offset <= t.start_offset
                                and _in_phrase(sent.text[d.end_offset:t.start_offset])), None)
                    first = _data(t, "on", "day")
                    if dur is None or first is None:
                        continue
                    hi = _end_after(first[3][0], dur.duration_days)
                    if hi is None:
                        continue
                    data = ("on", "range", "day", first[3], (hi, hi), None)
                    start_off = dur.start_offset
                else:
                    continue
                if data is None:
                    continue
                claim = facts.claim(sent, start_off, end_off, describe(data))
                names = names if names is not None else event_names(facts, sent.index)
                # One value class per claim: every pair goes through comp (no agreement by equal
                # values alone, where the event or clause path already judges the pair).
                key = (claim.article, claim.span.start)
                plan = (facts.article.published, bool(_REVISED_PLAN.search(sent.text))) if t.future else None
                out.setdefault((action, patient), []).append((Item(claim, key, data), names, label, agent, plan))
    return out


_PLANS_APART_DAYS = 3  # two plans of one period stated this close together are one plan


def _one_plan(pa, pb, a: Item, b: Item) -> bool:
    """A planned period ("administrators will accept bids from 20 to 31 October") is compared
    only with another plan of it stated within days ("bids will be accepted from 20 October to
    7 November", the next day), from the same first day and with no word of a change of plan
    ("now", "moved"): a plan may change, and a later plan or account is publication-timing's."""
    if pa is None and pb is None:
        return True
    if pa is None or pb is None or pa[1] or pb[1] or pa[0] is None or pb[0] is None:
        return False
    return abs((pa[0] - pb[0]).days) <= _PLANS_APART_DAYS and a.data[3] == b.data[3]


def _action_findings(story: StoryFacts, judged):
    """Periods of one action on one thing that share days must be the same period."""
    for (action, patient), rows in sorted(_action_rows(story).items()):
        if len({r[0].claim.article for r in rows}) < 2:
            continue
        names_of = {id(it): n for it, n, _, _, _ in rows}
        agent_of = {id(it): g for it, _, _, g, _ in rows}
        plan_of = {id(it): p for it, _, _, _, p in rows}

        def comp(a: Item, b: Item, names_of=names_of, agent_of=agent_of, plan_of=plan_of):
            if a.claim.article == b.claim.article:
                return None
            if not _one_plan(plan_of[id(a)], plan_of[id(b)], a, b):
                return None
            ga, gb = agent_of[id(a)], agent_of[id(b)]
            if ga and gb and ga != gb:
                return None  # "engineers inspected the dam", "experts inspected the dam": two inspections
            if judged(a.claim, b.claim):
                return None  # the event or clause path judges this pair
            if not _overlap(_span(a.data), _span(b.data)):
                return None  # periods that share no day: another episode
            if not names_match(names_of[id(a)], names_of[id(b)]):
                return None
            return compatible(a, b)

        items = [it for it, _, _, _, _ in rows]
        label = min(((it.claim.article, it.claim.span.start), lab) for it, _, lab, _, _ in rows)[1]
        for v in _pairwise(judge_group(items, comp, single_source=False, clusters=True), items, comp):
            values = " vs ".join(v.values) if v.kind == "contradiction" else ", ".join(v.values)
            msg = {
                "contradiction": f"Dates of the period '{label}' differ: {values}",
                "agreement": f"Dates of the period '{label}' agree: {values}",
            }[v.kind]
            yield Result(v.kind, f"{action} {patient} dates", msg, v.claims)


_SAME_START_MIN_DAYS = 2  # a period of at least this many days (a one-day slip is a date's question)


def _same_start_findings(story: StoryFacts, groups: dict, judged):
    """"X was without water from 14 to 19 July" and "supplies to X were cut from July 14 to
    July 21"; "the files were reachable from September 22 to October 6" and "the folder sat
    open between 22 September and 9 October": one period told in other words, begun on the
    same day and ended on different ones. Two past ranges of days, within weeks of
    publication, in two articles, with the same first day, each the only range an article
    starts that day, neither dating a named event (a vocabulary word: "the strike", "the
    talks" are their events' question), not already compared by another path, and naming one
    place or thing in common ("Hollins Cross") or one action before the date ("the board
    suspended every permit of the type from" and "the board's suspension of permits ran from",
    one stem or one class of ``MAIN_EVENT_VERB_CLASSES``): their ends must agree. Two periods that merely
    begin on the story's day ("ambulances were diverted from October 20 to 26", "staff worked
    on paper from October 20 to November 3") name nothing in common and are not compared."""
    named: set = set()
    for k, rows in groups.items():
        for r in rows:
            if not r[3]:
                named.add(_span_key(r[0].claim))
    by_start: dict = {}
    for facts in story.articles:
        pub = facts.article.published
        mine: dict = {}
        for sent, times in zip(facts.sentences, facts.times):
            for t in times:
                if (t.form != "range" or t.precision != "day" or t.future or t.start is None or t.end is None
                        or (t.end - t.start).days + 1 < _SAME_START_MIN_DAYS or not _near(pub, t)
                        or pub is not None and t.end > pub):
                    continue
                mine.setdefault(t.start, []).append((sent, t))
        for start, found in mine.items():
            if len(found) != 1:
                continue  # two periods begun that day in one article: which is which is not said
            sent, t = found[0]
            data = _data(t, "on", "day")
            if data is None:
                continue
            claim = facts.claim(sent, t.start_offset, t.end_offset, describe(data))
            if _span_key(claim) in named:
                continue
            by_start.setdefault(start, []).append((Item(claim, (claim.article, claim.span.start), data),
                                                   event_names(facts, sent.index),
                                                   clause_action_stems(sent.text, t.start_offset)))
    for start, rows in sorted(by_start.items()):
        if len(rows) < 2:
            continue
        for i, (a, na, sa) in enumerate(rows):
            for b, nb, sb in rows[i + 1:]:
                if a.claim.article == b.claim.article or a.data[4] == b.data[4]:
                    continue
                if judged(a.claim, b.claim) or not na & nb and not sa & sb:
                    continue  # one place or thing named in both (not only "nobody to tell apart"),
                    # or one action ("suspended every lift ... from", "the suspension of lifts ran from")
                if compatible(a, b) is not False:
                    continue
                yield Result("contradiction", "period dates",
                             f"The same period, begun on {_fmt(a.data[3][0])}, ends on different days: "
                             f"{a.claim.value} vs {b.claim.value}", (a.claim, b.claim))


def _activity_findings(story: StoryFacts, judged):
    """"Rescue crews searched the debris from 17 to 19 November" and "Search teams worked at
    the site from November 17 to November 21": periods of one activity, one named by the
    workers' verb and the other by the noun before the workers (checker.extract.events.
    activity_key), that share days must be the same period. Two verbs are the action path's
    (one action on one thing); ranges only, past only."""
    rows: dict[str, list] = {}
    for facts in story.articles:
        for sent, times in zip(facts.sentences, facts.times):
            names = None
            for t in times:
                if t.form != "range" or t.precision != "day" or t.future:
                    continue
                key = activity_key(sent.text, t.start_offset)
                if key is None:
                    continue
                data = _data(t, "on", "day")
                if data is None:
                    continue
                claim = facts.claim(sent, t.start_offset, t.end_offset, describe(data))
                names = names if names is not None else event_names(facts, sent.index)
                rows.setdefault(key[0], []).append((Item(claim, (claim.article, claim.span.start), data), names, key[1]))
    for act, group in sorted(rows.items()):
        if len({r[0].claim.article for r in group}) < 2 or not any(r[2] == "job" for r in group):
            continue
        names_of = {id(it): n for it, n, _ in group}
        form_of = {id(it): f for it, _, f in group}

        def comp(a: Item, b: Item, names_of=names_of, form_of=form_of):
            if a.claim.article == b.claim.article or form_of[id(a)] == form_of[id(b)] == "verb":
                return None
            if judged(a.claim, b.claim) or not _overlap(_span(a.data), _span(b.data)):
                return None  # judged elsewhere, or another episode
            if not names_match(names_of[id(a)], names_of[id(b)]):
                return None
            return compatible(a, b)

        items = [it for it, _, _ in group]
        for v in _pairwise(judge_group(items, comp, single_source=False, clusters=True), items, comp):
            values = " vs ".join(v.values) if v.kind == "contradiction" else ", ".join(v.values)
            msg = {
                "contradiction": f"Dates of the {act} work differ: {values}",
                "agreement": f"Dates of the {act} work agree: {values}",
            }[v.kind]
            yield Result(v.kind, f"{act} work dates", msg, v.claims)


_DURING_NP = lazyre.compile(r"\bduring\s{1,3}(?:(?:a|an|the|his|her|its|their)\s{1,3})?(?:[a-z][\w’'-]{1,30}\s{1,3}){0,2}"
                        r"[a-z][\w’'-]{1,30}", re.I)


def _setting(before: str, word: str) -> bool:
    """"The sample was collected during an unannounced visit to his home on January 18": an
    event word after "during" is the setting of the clause's own fact, which the date dates
    too (the clause is aligned by its words as well)."""
    m = re.search(r"\bduring\s{1,3}(?:(?:a|an|the|his|her|its|their)\s{1,3})?(?:[a-z][\w’'-]{1,30}\s{1,3}){0,2}"
                  + re.escape(word) + r"\b", before, re.I)
    return m is not None


# The verbs SPEECH_BEFORE needs, one of which an ASCII text holds lower-cased for it to match
# (re.I folds "ſ" and "ı" to ASCII letters: other text is always searched).
_SPEECH_VERBS = ("said", "says", "told", "added", "announced", "confirmed", "reported", "wrote", "stated", "tweeted",
                 "posted")


def _may_speak(before: str) -> bool:
    if not before.isascii():
        return True
    low = before.lower()
    return any(v in low for v in _SPEECH_VERBS)


_ASCII_DIGIT = lazyre.compile(r"[0-9]")  # str.isdigit on ASCII text (beyond it, other digits count too)


def _clause_rows(story: StoryFacts):
    """Day-precise dates of facts no event frame names, with their clause's signature.

    Only past, explicit dates ("on February 12", "from October 19 to 26"); a relative weekday
    alone ("on Sunday") is too often one day of a recurring thing, and a clause holding a
    number is a day's tally ("24 trains were cancelled on Sunday"), not a one-off event.
    """
    rows = []
    stems = _story_stems(story)
    for facts in story.articles:
        for sent, times in zip(facts.sentences, facts.times):
            if len(times) > _CLAUSE_MAX_TIMES:
                continue  # a list or a table of dates, not prose: no clause to read
            names = None
            for k, t in enumerate(times):
                if t.precision != "day" or t.form not in ("date", "range", "weekday") or t.future:
                    continue
                s, e = t.start_offset, t.end_offset
                before = sent.text[max(0, s - 40):s]
                if _may_speak(before) and SPEECH_BEFORE.search(before) and not FINDING_BEFORE.search(before):
                    continue  # "said on Friday": the date of the statement
                ref = _main_ref(attach(sent.text, s, e, fallback=True), sent.text, t, stems, facts.article.published)
                if ref is not None and not ref.fallback and not _setting(sent.text[max(0, s - 120):s], ref.word):
                    continue  # the event vocabulary names it: the main path judges it
                # Times are in order and do not overlap: the neighbours bound the clause.
                prev_end = times[k - 1].end_offset if k else 0
                next_start = times[k + 1].start_offset if k + 1 < len(times) else None
                lo, hi = clause_bounds(sent.text, s, e, prev_end, next_start)
                np_end = premodified_noun(sent.text, s, e) if t.form != "range" else None
                if np_end is not None:
                    lo, hi = s, min(hi, np_end)  # "an inquiry into Saturday's crush": only the crush
                clause = without_appositives(sent.text[lo:s]) + " " + sent.text[e:hi]
                if t.form != "range" and _STILL_STATE.search(sent.text[lo:s]):
                    continue  # "output was still halted on June 14": a state on that day, not its start
                if ref is not None and not ref.fallback:
                    clause = _DURING_NP.sub(" ", clause)  # the setting's words are not the fact's
                if _ASCII_DIGIT.search(clause) if clause.isascii() else any(c.isdigit() for c in clause):
                    continue
                data = _data(t, "on", "day")
                if data is None:
                    continue
                claim = facts.claim(sent, s, e, describe(data))
                names = names if names is not None else event_names(facts, sent.index)
                fkey = _family_key(_stem_event(ref.event, ref, stems, facts.article.published, t)) if ref is not None else None
                left = without_appositives(sent.text[lo:s])
                subject = subject_stems(left) if t.form == "range" else frozenset()
                rows.append((Item(claim, (data, None), data), names, signature(clause), t.form, clause, fkey, subject,
                             left))
                if t.form == "range":
                    row = _when_row(facts, sent, t, names)
                    if row is not None:
                        rows.append(row)
    return rows


def _when_row(facts, sent, t, names):
    """The clause row of a "when" clause after a range ("from October 20 to November 3, when
    the record system was restored"): that clause, dated on the range's last day."""
    when = range_end(sent.text, t.end_offset)
    if when is None:
        return None
    ref, lo, hi = when
    if ref is not None and not ref.fallback:
        return None  # the event vocabulary names it: the main path judges it
    clause = sent.text[lo:hi]
    data = _data(t, "on", "day")
    if data is None or any(c.isdigit() for c in clause):
        return None
    data = ("on", "date", "day", data[4], data[4], None)
    claim = facts.claim(sent, t.start_offset, t.end_offset, describe(data))
    fkey = _family_key(ref.event) if ref is not None else None
    return (Item(claim, (data, None), data), names, signature(clause), "date", clause, fkey, frozenset(), clause)


def _family_key(event: str) -> str:
    """A fallback key as the main path may have merged it ("collapse roof" is "collapse"):
    the clause path leaves pairs of one family to the main path."""
    fam = CLASS_FAMILIES.get(event.partition(" ")[0])
    return fam if fam is not None and " " in event else event


_CLAUSE_MAX_TIMES = 12  # more dates than this in one sentence: a list, not clauses
_COMMON_STEM = 12  # a stem in more dated clauses than this proposes no pair (it weighs little anyway)


def _clause_groups(rows) -> tuple[list[list[int]], dict[tuple[int, int], str]]:
    """Rows linked by the same-fact test across articles, as connected groups; candidate
    pairs come from an index of shared stems, so the cost grows with matches, not pairs."""
    weights = Weights([r[2] for r in rows])
    index: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        for st in r[2].stems:
            index.setdefault(st, []).append(i)
    shared: set[tuple[int, int]] = set()  # candidate pairs: at least one uncommon stem in common
    for st in sorted(index):
        members = index[st]
        if len(members) > _COMMON_STEM:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                shared.add((members[x], members[y]))
    parent = list(range(len(rows)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked: dict[tuple[int, int], str] = {}
    for i, j in sorted(shared):
        a, b = rows[i], rows[j]
        if a[0].claim.article == b[0].claim.article:
            continue
        if a[3] == "weekday" and b[3] == "weekday":
            continue
        if a[5] is not None and a[5] == b[5]:
            continue  # one verb-and-noun frame: the main path already compares them
        if _one_period(a, b) or weights.same_fact(a[2], b[2]) and not _other_heads(a, b):
            linked[(i, j)] = "same"
            parent[find(i)] = find(j)
        elif _reopening(a, b, weights):
            linked[(i, j)] = "reopened"
            parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(find(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1], linked


def _other_heads(a, b) -> bool:
    """"Refunds for the semi-final began on April 24" is about the refunds, not about "the
    April 14 semi-final": the words two clauses share all sit after one subject's head."""
    # (the head is read only for pairs the words align: rare, so not for every clause)
    return (about_other_head(head_phrase(a[7]), a[2].stems, b[2].stems)
            or about_other_head(head_phrase(b[7]), b[2].stems, a[2].stems))


def _span(data) -> tuple:
    return (data[3][0], data[4][1])


def _one_period(a, b) -> bool:
    """Two ranges whose clauses have the same subject ("Emergency ambulances were diverted
    ... from October 20 to 26", "were sent ... from October 21 to 28") and that share days
    are one period, whatever their verbs; ranges that share no day may be two episodes."""
    return (a[3] == b[3] == "range" and bool(a[6]) and a[6] == b[6] and len(a[2].stems & b[2].stems) >= MIN_SHARED
            and _overlap(_span(a[0].data), _span(b[0].data)))


_REOPEN_WEIGHT = 0.5  # the shared noun of a closure and a restoration: in at most two dated clauses


def _reopening(a, b, weights) -> bool:
    """"The line stayed closed from February 20 to March 16" and "services on the line
    resumed on March 16": a closure's range and a restoration's date, sharing a rare noun."""
    rng, one = (a, b) if a[3] == "range" else (b, a)
    if rng[3] != "range" or one[3] == "range" or not closed(rng[2]) or not restored(one[2]):
        return False
    if names_closure(one[2]):
        # "reopened on May 20 after being closed from May 2 to 19": the restoration's own
        # closure range is the fact compared with the other range, not its reopening day
        return False
    return any(weights.weight(st) >= _REOPEN_WEIGHT for st in rng[2].stems & one[2].stems)


def _reopened(a: Item, b: Item) -> bool | None:
    """A restoration on the closure's last day or the day after agrees with it; one before
    its last day contradicts it (nothing resumes while still closed); a later one may be
    another closure or a slow reopening (say nothing)."""
    rng, one = (a, b) if a.data[1] == "range" else (b, a)
    n = _length(rng.data[4][1], one.data[3][0])
    if n is None:
        return None
    if n in (1, 2):
        return True
    return False if n <= 0 and _le(rng.data[3][0], one.data[3][0]) else None


def _clause_findings(story: StoryFacts):
    rows = _clause_rows(story)
    if len(rows) < 2:
        return
    groups, linked = _clause_groups(rows)
    for group in sorted(groups):
        where = {id(rows[i][0]): i for i in group}

        def comp(a: Item, b: Item, where=where):
            i, j = sorted((where[id(a)], where[id(b)]))
            link = linked.get((i, j))
            if link is None:
                return None  # only directly linked clauses are one fact
            if not names_match(rows[i][1], rows[j][1]):
                return None
            if link == "reopened":
                return _reopened(a, b)
            if "range" in (a.data[1], b.data[1]) and not _overlap(_span(a.data), _span(b.data)):
                # Aligned by words alone, a date outside the other's period may be another
                # episode or phase ("stationed from June 4 to 10" and "removed on June 12").
                return None
            return compatible(a, b)

        items = [rows[i][0] for i in group]
        label = " ".join(content_words(rows[group[0]][4])[:5]) or "event"
        for v in _pairwise(judge_group(items, comp, single_source=False, clusters=True), items, comp):
            values = " vs ".join(v.values) if v.kind == "contradiction" else ", ".join(v.values)
            msg = {
                "contradiction": f"Dates of the fact '{label}' differ: {values}",
                "agreement": f"Dates of the fact '{label}' agree: {values}",
            }[v.kind]
            yield Result(v.kind, f"{label} dates", msg, v.claims)


def _pairwise(verdicts: list[Verdict], items: list[Item], comp, sig=None) -> list[Verdict]:
    """Contradictions between two articles each: "01 and 03 say May 6, 02 says May 5" is
    reported as 01 vs 02 and 03 vs 02, so that no contradiction holds two articles that
    agree (their agreement is reported on its own).

    ``sig`` (optional) gives each item a signature that decides ``comp`` (article, sentence,
    value, names...): items of one signature (a sentence repeated in an article) are compared
    once, so that a story of many repeated sentences costs its distinct sentences squared,
    not its sentences squared."""
    out = []
    for v in verdicts:
        if v.kind != "contradiction" or not 2 < len({c.article for c in v.claims}) <= MAX_PAIRWISE_ARTICLES:
            out.append(v)
            continue
        held = {(c.article, c.span.start, c.span.end) for c in v.claims}
        mine = [it for it in items if (it.claim.article, it.claim.span.start, it.claim.span.end) in held]
        pairs: dict[tuple[str, str], list[Item]] = {}
        if sig is None:
            members = {id(it): (it,) for it in mine}
            reps = mine
        else:
            by_sig: dict = {}
            for it in mine:
                by_sig.setdefault(sig(it), []).append(it)
            members = {id(m[0]): m for m in by_sig.values()}
            reps = [m[0] for m in by_sig.values()]
        in_pair: dict[tuple[str, str], set] = {}
        for a in reps:
            for b in reps:
                if a.claim.article < b.claim.article and comp(a, b) is False:
                    k = (a.claim.article, b.claim.article)
                    pair = pairs.setdefault(k, [])
                    seen = in_pair.setdefault(k, set())
                    for r in (a, b):
                        if id(r) not in seen:
                            seen.add(id(r))
                            pair.extend(members[id(r)])
        if not pairs:
            out.append(v)
            continue
        for (x, y), its in sorted(pairs.items()):
            its.sort(key=lambda it: (it.claim.article, it.claim.span.start))
            values = tuple(", ".join(dict.fromkeys(it.claim.value for it in its if it.claim.article == art)) for art in (x, y))
            out.append(Verdict("contradiction", tuple(it.claim for it in its), values))
    return out


def _side_agreements(items: list[Item], comp, verdicts, sig=None) -> list[Verdict]:
    """Agreements among the articles on one side of a contradiction that the group's
    agreement does not already hold ("broke out on Saturday" and "12 July" against "the
    13th", while the end date is the agreement): one per value, at least two articles."""
    if not any(v.kind == "contradiction" for v in verdicts):
        return []
    agreed = {(c.article, c.span.start) for v in verdicts if v.kind == "agreement" for c in v.claims}
    classes: dict = {}
    for it in items:
        classes.setdefault(it.key, []).append(it)
    out = []
    for key in sorted(classes, key=str):
        members = classes[key]
        first = members[0]
        same = [first] + [it for it in members[1:] if comp(first, it) is True]
        if len({it.claim.article for it in same}) < 2:
            continue
        if all((it.claim.article, it.claim.span.start) in agreed for it in same):
            continue
        out.append(Verdict("agreement", tuple(it.claim for it in same), tuple(dict.fromkeys(it.claim.value for it in same))))
    # A claim in no agreement that fits a claim of another article with another value ("walked
    # out on Monday", the start, against "from March 10 to March 14" while that range and
    # "from March 10 to 16" contradict): that pair agrees, one finding each.
    held = agreed | {(c.article, c.span.start) for v in out for c in v.claims}
    # Items of one signature have the same partners: each signature's are found once, among
    # the first few items of each signature (a repeated sentence is compared once).
    sig = sig or id
    by_sig: dict = {}
    for n, o in enumerate(items):
        by_sig.setdefault(sig(o), []).append(n)
    partners_of: dict = {}
    for it in items:
        if (it.claim.article, it.claim.span.start) in held:
            continue
        s = sig(it)
        partners = partners_of.get(s)
        if partners is None:
            found = []
            for ns in by_sig.values():
                o = items[ns[0]]
                if o.claim.article != it.claim.article and o.key != it.key and comp(it, o) is True:
                    found.extend(ns[:_SIDE_PARTNERS])
            partners = partners_of[s] = [items[n] for n in sorted(found)[:_SIDE_PARTNERS]]
        for o in partners:
            out.append(Verdict("agreement", (it.claim, o.claim), tuple(dict.fromkeys((it.claim.value, o.claim.value)))))
    return out


_SIDE_PARTNERS = 4  # agreements of one uncovered claim beside a contradiction


def _label(rows) -> str:
    """How a fallback event reads in a message: its verb and noun as first written."""
    named = [r for r in rows if not r[4].startswith(f"{PRONOUN_OBJECT} (")] or rows  # "shut it down": the noun's row
    return min(((it.claim.article, it.claim.span.start), word) for it, _, _, _, word, _ in named)[1]


RULE = Rule(
    code=CODE, name=NAME, kinds=("contradiction", "agreement", "single_source"), check=check,
    examples=(
        Example({"a.txt": "Published 3 March 2024\n\nThe summit opened on March 1 in Oslo.",
                 "b.txt": "Published 4 March 2024\n\nThe summit opened on March 2 in Oslo."},
                kind="contradiction", contains=("March 1", "March 2")),
        Example({"a.txt": "Published 12 June 2023\n\nThe inspectors' visit ran from June 3 to 9.",
                 "b.txt": "Published 12 June 2023\n\nThe inspectors' visit ran from June 4 to 10."},
                kind="contradiction"),
        Example({"a.txt": "Published 20 May 2022\n\nDuring her visit from May 23-28, she will meet officials.",
                 "b.txt": "Published 30 May 2022\n\nThe visit ended on May 28 with a news conference."},
                kind="agreement"),
        Example({"a.txt": "Published 20 May 2022\n\nDuring her visit from May 23-28, she will meet officials."},
                kind="single_source", contains=("May 23-28",)),
        Example({"a.txt": "Published 1 June 2023\n\nThe strike will run from June 3 to 9, the union said.",
                 "b.txt": "Published 5 June 2023\n\nOn Monday, June 5, the strike entered its third day."},
                absent=("contradiction",)),
        Example({"a.txt": "Published 2 March 2024\n\nThe minister said on Friday that talks continue.",
                 "b.txt": "Published 2 March 2024\n\nThe minister said on Thursday that talks continue."},
                absent=("contradiction", "agreement", "single_source")),
        # No frame names the fact: the clauses' shared rare words align it.
        Example({"a.txt": "Published 20 August 2024\n\nBottled water is being handed out at the leisure centre from August 16 to 24, the company said.",
                 "b.txt": "Published 28 August 2024\n\nBottled water was handed out at the leisure centre from August 16 to 22."},
                kind="contradiction", contains=("August 16 to 24", "August 16 to 22")),
        Example({"a.txt": "Published 20 August 2024\n\nCrews flushed the mains from August 16 to August 22.",
                 "b.txt": "Published 28 August 2024\n\nBottled water was handed out at the leisure centre from August 16 to 24."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 12 May 2015\n\nThe operator said 31 trains were cancelled across the network on Monday, May 11.",
                 "b.txt": "Published 15 May 2015\n\nThe operator said 34 trains were cancelled across the network on Thursday, May 14."},
                absent=("contradiction",)),
        # An event outside the vocabulary is keyed by its verb and noun.
        Example({"a.txt": "Published 13 June 2024\n\nThe government declared a state of emergency in the province on June 6.",
                 "b.txt": "Published 16 June 2024\n\nRelief is slow, a week after the state of emergency was declared on June 7."},
                kind="contradiction", contains=("June 6", "June 7")),
        Example({"a.txt": "Published 12 June 2024\n\nThe Al-Hassan dam burst late on June 5.",
                 "b.txt": "Published 14 June 2024\n\nThe Al Hasan dam collapsed on Wednesday, June 5."},
                kind="agreement", contains=("June 5",)),
        # A month and a day: a day outside the month contradicts it.
        Example({"a.txt": "Published 6 March 2023\n\nPetrovic was arrested in November 2021.",
                 "b.txt": "Published 7 March 2023\n\nPetrovic, who was arrested on October 12, 2021, denies the charges."},
                kind="contradiction", contains=("November 2021", "October 12, 2021")),
        Example({"a.txt": "Published 12 February 2025\n\nThe affected cars were built between March 2021 and November 2023.",
                 "b.txt": "Published 20 February 2025\n\nThe affected cars were produced from May 2021 to November 2023."},
                kind="contradiction", contains=("March 2021", "May 2021")),
        # Announcements are compared with announcements, however they are phrased.
        Example({"a.txt": "Published 12 February 2025\n\nHalden announced on Tuesday, February 11, that it was recalling 400,000 cars.",
                 "b.txt": "Published 20 February 2025\n\nHalden announced the recall on February 12."},
                kind="contradiction", contains=("February 11", "February 12")),
        # A bare weekday in an article dated Friday 2 August: the Wednesday before.
        Example({"a.txt": "Published Friday 2 August 2024\n\nThe club completed the signing of the striker on Wednesday.",
                 "b.txt": "Published 2 September 2024\n\nThe club completed his transfer from Ribeira on July 31."},
                kind="agreement", contains=("on Wednesday", "July 31")),
        # Hearings recur: "Monday's hearing" in March and in July are two hearings.
        Example({"a.txt": "Published 6 March 2023\n\nAt Monday's hearing, the defence asked for a delay.",
                 "b.txt": "Published 10 July 2023\n\nThe defendant did not speak at Monday's hearing."},
                absent=("contradiction",)),
        # A window is not the event's date; "a second strike" is another strike.
        Example({"a.txt": "Published 29 July 2024\n\nThe summer transfer window runs from June 14 to August 30.",
                 "b.txt": "Published 2 August 2024\n\nThe club completed the transfer on July 31."},
                absent=("contradiction",)),
        Example({"a.txt": "Published 1 June 2023\n\nThe strike runs from June 3 to 9, the union said.",
                 "b.txt": "Published 14 July 2023\n\nPassengers fear a second strike in August."},
                absent=("contradiction",)),
        # A day of a several-day event is a day during it, not its date.
        Example({"a.txt": "Published 15 July 2025\n\nCrews fought the fire on Sunday near the village.",
                 "b.txt": "Published 29 July 2025\n\nRain helped crews contain the fire on July 27."},
                absent=("contradiction",)),
        # Start and end phrases of long events; a day of the month alone.
        Example({"a.txt": "Published 15 October 2025\n\nRioting broke out on Saturday in the east wing.",
                 "b.txt": "Published 16 October 2025\n\nThe riot began on 10 October, guards said."},
                kind="contradiction", contains=("on Saturday", "10 October")),
        Example({"a.txt": "Published 15 October 2025\n\nThe unrest was declared over on Tuesday.",
                 "b.txt": "Published 18 October 2025\n\nThe disturbance was declared over on the 14th, when the last inmates gave up."},
                kind="agreement", contains=("on Tuesday", "the 14th")),
        # A discovery date is compared with discovery dates only, never with the event's own dates.
        Example({"a.txt": "Published 7 November 2025\n\nThe retailer discovered the breach on Monday, 3 November.",
                 "b.txt": "Published 10 November 2025\n\nStaff found the intrusion on the 4th."},
                kind="contradiction", contains=("Monday, 3 November", "the 4th")),
        Example({"a.txt": "Published 7 November 2025\n\nThe retailer discovered the breach on Monday, 3 November.",
                 "b.txt": "Published 10 November 2025\n\nThe hackers had access from 28 October until 2 November."},
                absent=("contradiction",)),
        # A fact-box label and a prose range of one event.
        Example({"a.txt": "Published 1 September 2025\n\nThe walkout ran from 25 August until 29 August.",
                 "b.txt": "Published 3 September 2025\n\nThe strike: Aug 25-29. Cancelled crossings: 212."},
                kind="agreement", contains=("25 August until 29 August", "Aug 25-29")),
        # A death during a riot is not the riot's start.
        Example({"a.txt": "Published 15 October 2025\n\nRioting broke out on Saturday in the east wing.",
                 "b.txt": "Published 16 October 2025\n\nA guard died on Sunday after the riot."},
                absent=("contradiction",)),
        # A pronoun's event ("since it was declared on"); "a delay" after a date is a noun.
        Example({"a.txt": "Published 9 May 2024\n\nThe ministry formally declared an epidemic on 4 May, a delay that critics attacked.",
                 "b.txt": "Published 10 May 2024\n\nThe epidemic has spread fast since it was officially declared on May 6."},
                kind="contradiction", contains=("4 May", "May 6")),
        # "A drive" and "a campaign" are one event; a relative clause dates its antecedent.
        Example({"a.txt": "Published 14 June 2024\n\nA door-to-door vaccination drive ran from 3 June until 9 June.",
                 "b.txt": "Published 14 June 2024\n\nA vaccination campaign that ran June 5–11 reached every village."},
                kind="contradiction", contains=("3 June until 9 June", "June 5–11")),
        # The agreeing side of a contradiction is an agreement too.
        Example({"a.txt": "Published Tuesday 15 July 2025\n\nThe riot broke out on Saturday in the east wing.",
                 "b.txt": "Published 16 July 2025\n\nThe riot began on 12 July, guards said.",
                 "c.txt": "Published 29 July 2025\n\nThe riot started on the 13th."},
                kind="agreement", contains=("on Saturday", "12 July")),
        # The date of a postponement is not the event's date.
        Example({"a.txt": "Published 9 May 2024\n\nThe verdict came on 4 May, a delay of two weeks.",
                 "b.txt": "Published 10 May 2024\n\nThe court postponed the verdict on May 3."},
                absent=("contradiction",)),
        # One event, different words: a family noun and its verb class; a weekday read on the
        # publication date (Wednesday 7 May: Tuesday is 6 May).
        Example({"a.txt": "Published Wednesday 7 May 2025\n\nThe collapse happened on Tuesday.",
                 "b.txt": "Published 8 May 2025\n\nThe roof of the gallery fell in on May 5."},
                kind="contradiction", contains=("on Tuesday", "May 5")),
        Example({"a.txt": "Published 10 June 2024\n\nThe collapse happened on Monday, June 3.",
                 "b.txt": "Published 11 June 2024\n\nThe dam burst on June 5 and the bridge gave way on June 7."},
                absent=("contradiction",)),
        # Another sitting of an exam is not the first.
        Example({"a.txt": "Published Thursday 12 June 2025\n\nThe paper, sat on Wednesday by 84,312 candidates, was annulled.",
                 "b.txt": "Published 18 June 2025\n\nCandidates will sit the new paper on June 26, after the exam on June 10 leaked."},
                kind="contradiction", contains=("on Wednesday", "June 10")),
        # The first day of a long event: an onset verb, a nominal date.
        Example({"a.txt": "Published Thursday 18 July 2024\n\nThe blackout struck on Wednesday afternoon.",
                 "b.txt": "Published 2 August 2024\n\nThe report into the blackout of July 16 is late."},
                kind="contradiction", contains=("on Wednesday afternoon", "July 16")),
        Example({"a.txt": "Published 8 November 2024\n\nThe storm hit the coast on Tuesday.",
                 "b.txt": "Published 9 November 2024\n\nThe storm began on November 4."},
                absent=("contradiction",)),
        # A duration against a range of the same activity.
        Example({"a.txt": "Published 10 May 2025\n\nThe rescue, which ran from May 6 to May 9, ended at dawn.",
                 "b.txt": "Published 20 May 2025\n\nAfter a five-day rescue operation, the families want answers."},
                kind="contradiction", contains=("May 6 to May 9", "five-day")),
        # A discovery cannot precede the event it found (Tuesday 22 October: Saturday is the 19th).
        Example({"a.txt": "Published Tuesday 22 October 2024\n\nThe ransomware attack on the clinic was discovered on Saturday.",
                 "b.txt": "Published 30 October 2024\n\nThe hackers struck the clinic on Sunday, October 20."},
                kind="contradiction", contains=("on Saturday", "October 20")),
        Example({"a.txt": "Published Tuesday 22 October 2024\n\nThe ransomware attack on the clinic was discovered on Monday.",
                 "b.txt": "Published 30 October 2024\n\nThe hackers struck the clinic on Sunday, October 20."},
                absent=("contradiction",)),
        # "From A to B, when X": X happened on B.
        Example({"a.txt": "Published 21 June 2025\n\nResidents were kept out of their homes from June 4 to 12, when the authorities lifted the evacuation order.",
                 "b.txt": "Published 30 June 2025\n\nThe evacuation order, which was in force from June 5 to 13, has been lifted."},
                kind="contradiction", contains=("June 4 to 12", "June 5 to 13")),
        # One action as a verb and as its noun; a duration with its start is a range.
        Example({"a.txt": "Published 30 October 2023\n\nThe prison was locked down from October 14 to October 22.",
                 "b.txt": "Published 31 October 2023\n\nThe riot led to a lockdown of the prison from October 14 to October 25."},
                kind="contradiction", contains=("October 14 to October 22", "October 14 to October 25")),
        Example({"a.txt": "Published 17 October 2023\n\nThe ministry announced a two-week suspension of family visits starting October 16.",
                 "b.txt": "Published 8 November 2023\n\nFamily visits were suspended from October 16 to November 5."},
                kind="contradiction", contains=("two-week suspension", "October 16 to November 5")),
        Example({"a.txt": "Published 20 May 2025\n\nThe school was closed from May 2 to May 6.",
                 "b.txt": "Published 21 May 2025\n\nDrivers complained about the closure of the bridge from May 2 to May 9."},
                absent=("contradiction",)),
        # The main event as a verb, a light verb's head and a headline noun: one stem.
        Example({"a.txt": "Barge aground on the Lorne sandbar\n\nPublished 3 April 2025\n\nThe barge ran aground on April 1.",
                 "b.txt": "Lorne barge grounding blamed on fog\n\nPublished 9 April 2025\n\nThe barge, which grounded on 2 April, was towed clear."},
                kind="contradiction", contains=("April 1", "2 April")),
        # Different versions of a thing are not compared.
        Example({"a.txt": "Published 8 October 2024\n\nThe commission published preliminary results on October 7.",
                 "b.txt": "Published 25 October 2024\n\nThe commission published final results on October 24."},
                absent=("contradiction",)),
    ),
)

"""Publication and event timing: expectations are time windows, checked across the story.

What: a sentence that forecasts when something will happen ("the report is expected in the
coming weeks", "a verdict is expected by the end of June", "results are due within four
weeks", "the strike will begin next month", "it will not be released before the Games")
becomes a time window for *the thing expected*, resolved against its article's publication
date. Seasons are windows too ("in the autumn", "next spring"). Things are aligned by
their noun (report/assessment/findings, verdict, ruling, results, decision, investigation,
and the event words of the event-dates rule: visit, strike, election, session...) or by a
verb that names them ("is expected to rule", "has yet to rule", "failed to sign"). A
qualifier that announces another occurrence ("a second striker", "a replacement") keeps
two things apart. Then, across articles:

- windows that overlap, or a dated event inside a window, are an **agreement**;
- windows that cannot both hold, stated while both were still open, are a **contradiction**;
- an expectation that a later-dated article shows unmet (the thing still pending, delayed,
  or now expected after the window closed: "still pending", "has yet to rule", "not yet
  certified", "no payments have been made", "the notice remains in force", "not a single
  container home has arrived", "the driver has yet to be questioned", "the ferry service
  still has not restarted", "the mine remains closed", "20,000 homes were still without
  power", "families remain without compensation", "production has not resumed", "the service
  continues to be suspended", "flights remain grounded", "owners are still waiting for
  replacement parts", "evacuees are still unable to return home", "the regulator has not
  published its report", "the report remains unpublished", "there is still no sign of the
  report", "the court has not ruled" (not "has not ruled out"), or the report "published
  on June 2" after a window that closed on May 31) is **superseded**: a timeline, not an error. A delay or a
  revised date ("the trial was pushed back", "now scheduled for March 18") is later news
  too, even before the first window closed; a wait only for words ("has yet to comment")
  is not.
  A delay ("would not be released before the Games", "postponed until March") marks the
  later statement even in an undated article; otherwise an undated article cannot
  supersede by date.

Why: "due in the coming weeks" that turns into "still in the final stages" two months
later is exactly what an editor wants to see on a timeline, and two articles giving
incompatible timings for the same publication are a factual conflict.

When no thing noun is near a window, the clause's subject is the thing ("sailings are
expected to resume by the weekend" ... "sailings resumed on 9 September"), except quantities
("prices", "rates") and verbs of change ("rise", "fall"). The subject's head is the noun
before its first preposition ("letters to those affected will not go out until April");
after a verb of receipt the object is the thing ("customers will receive letters by...").
A fire or an attack is forecast only by its start or end ("expected to be contained by the
weekend", "expects to have the blaze under control by Friday"). "Not before X", "not until
X", "no earlier than X" and a negated expectation ("does not expect the report before X")
are lower bounds; "by X", "within N days", "no later than X" (a deadline day included) are
upper bounds. Two windows stated on the same day that cannot both hold are a contradiction
even if one sentence mentions delays in passing; a delay of the thing itself ("postponed
until") makes the later statement a timeline instead.

The object of a verb of ending or starting is dated by that end ("expected to lift the
notice by the weekend", "to reopen the bridge by Friday"); a next step named by its verb
("will interview the crew in the coming days") is a thing of its own. "Hoped to host X
before..." is the speaker's plan, not a hedge. An interim and a preliminary report are one.
A past event is never a forecast of itself: an article that dates an event, and a later
one with a window for "it", say nothing together (the window is the report's or the next
step's). Names that most of the story's articles use (its town, its main party) do not tell
two things apart. A thing noun inside a chain of modifiers yields to the chain's head ("the
report into the outbreak at the festival is expected" forecasts the report); offers and
proposals are things ("would present a revised offer by mid-March"), and a negated verb
whose object is the thing bounds it ("would not table an improved offer before May"). "Now
expected in September" a week or more after another article's closing window is a change
(superseded); a day later it is a second source disagreeing. A past intent ("crews hoped to
raise the wreck by October 20") is a forecast, never a thing done. A thing named in the
speaker's description ("a source close to the negotiations said a deal was not expected
until next month") yields to the reported clause's subject (the deal), and "until next
month" or "last week" is a time, not a "next" or "last" occurrence.

A place kept closed "until" a time forecasts its reopening: "the mine will stay closed until
the end of June" at that time, "until at least the end of June" not before it; a state told
in the past ("remained closed until 2019") forecasts nothing. An activity of a place that
resumes is the place reopening ("production at the mine would resume next week", "classes
at the school", "flights at the airport"; not "repairs" or "efforts" at it). "The inquiry
would report by X" forecasts both the inquiry and its report. Power, electricity, water
and gas that "will be restored" are one supply, which "still without power" shows pending.
The object of a verb of starting or ending needs no determiner ("expects to resume flights
by Thursday", "to restore power by Sunday"); an activity object also dates its subject ("the
factory will resume production next week" is the factory reopening). A day right after a
verb of starting or ending is that day ("schools will reopen on Thursday"; not a statement's
day later in the sentence); a negated "until" day is a lower bound ("the results would not
be known until Wednesday"); "will continue until (at least) X" dates the end.

A return to normal is one thing whatever its wording ("flights should be back to normal by
Wednesday", "normal schedules will not return before the weekend", "trains will be running
normally by Monday", "the system should be up and running by Monday", "to have full services
restored by the end of next week"). Its subject and the word before it keep two returns apart
("ferry crossings" meets "ferries"; trains and water supplies do not), unless they name the
whole operation (schedules, services, operations), and so does the place of a whole operation
("at the hospital"). A dated disruption of an activity within a month after such a window ("the
airline cancelled another 58 flights on Thursday, July 18", "dozens of trains were cancelled
on Wednesday") or a state still short of normal ("clinics are still running at reduced
capacity", "not yet back to normal") shows the return unmet (superseded); a disruption inside
the window shows nothing.

More windows: ranges of counts ("in two to three weeks", "within 6-8 weeks"), "before
Christmas", "by Easter", "in the new year", "not before the weekend"; a span counted from
publication is a lower bound ("the results won't be known for another two weeks", "production
will not restart for at least a month", "it will be at least six weeks before the line
reopens", whose clause after "before" names the thing), read only in a sentence that dates
nothing else ("will be closed for two weeks in November" is a later closure). A place kept
closed "for at least six months" reopens no earlier than that (without "at least", about
then). A place a body "ordered to remain closed until X" is the object of the order, and a
year-less X is ahead ("has ordered the pipeline to remain closed until at least the end of
April", said in March, is this April). A rule "in place", "in force" or "in effect" until a
time, or a thing kept open until then ("the ballot will stay open until the end of the
month"), ends no earlier; "lifted", "scrapped", "withdrawn" and "completed" date an end, "come
into force" and "take effect" a start. "No talks are planned before November" is a lower
bound like "not before". A delay told in the present perfect or future to a year-less month
already past looks ahead ("has been postponed until June", said in October, is next June). A
completion verb before the thing dates it when the date is its own ("the inquiry published
its report on 28 July"). "Will reopen to traffic on Monday" is a reopening on that day; a
system "still down" and homes "still without running water" are still waiting.

Which thing: a chain of modifiers climbs through a compound ("the result of the strike ballot"
forecasts the result); a part of a thing is the thing ("part of the plant", "the rest of the
line"); after a verb of hoping or believing the reported clause's subject is read; one place
under two names is one thing ("the harbour" and "the port", "classes" and "schools", "the
Haldorf factory" and "the plant"). Kinds of one event stay apart ("the appeal hearing", "the
sentencing", "the bail hearing"; a hearing of no stated kind may be any), and so do supplies of
two kinds (power, gas), "full production" and a first restart, the start of an inquiry and its
report (its end), a partial reopening or closure ("to lorries", "at night"; not "to traffic")
and the whole place, and another step on a thing ("the ban will be reviewed in six months"
dates neither its start nor its end). A place that "will be closed in November" is closing
then, not reopening. An article whose only date is a year-less wire dateline ("BRODEC, March 6
(CPA) -") is read as published on that day of the one year that puts it within about six
weeks of the story's dated articles (no year, or two, and it stays undated). Hedged
possibilities ("might", "possible", "hoped ... could") never contradict; once their time has
passed, a later firm timing shows them superseded ("it hoped the undamaged part of the plant
could partially reopen in April" ... in May, "will not reopen before September").

A fire named right before its end verb is the thing, not the clause's subject ("crews expected
to bring the fire under control by Sunday"); a fire "still burning", "not yet contained" (or
"was still burning on Monday", a day after the window) shows its forecast end unmet, and so
does a lasting event (strike, protest, outbreak, riot, closure, evacuation) still going on
("entered its second week on Monday", "the protests continue"); never a forecast start. "Will be
published by August 29" is a deadline (a window up to that day), not the day itself. A sentence
opening with "It" or "They" that says the thing has not appeared, is still pending or overdue
carries over the one thing the sentence before expected ("...would be published by August 29.
It has not appeared, and ..."); so does one that opens a forecast, with the time right after
it ("Consultants are preparing a report. It is expected by September 30."). An investigation "not finished before" a time cannot have its
final report out sooner (an interim one may come). A promise restated after its own day ("had
promised it by August 29", told in September) is a past promise, not a conflicting forecast.

A planned single day told before it ("the report will be published on July 1", "the ferry
is due to resume sailing on Friday", "the clinic opens next Wednesday": a present verb of
starting or ending before a day ahead) is a schedule: a later article's dated occurrence after
that day shows the plan slipped (superseded, not a contradiction: "was published on July 8"),
a later "has yet to" shows it unmet, and two planned days told the same day for one thing
(not an event: those are the event-dates rule's) contradict. A day restated after it ("is
expected on 21 March", told in July) forecasts nothing, and neither does a day after a clause
break or a statement ("will begin in July, the ministry said in a statement on Wednesday").
"The museum expects to reopen on Saturday" is the museum's reopening (so is "the museum, which
closed after the storm, expects to reopen": a thing inside the relative clause is not the
main clause's); "officials expect the
pool to reopen on Monday" is the Monday ahead. A place named by a proper name and a kind of
place ("Marlow Academy", "the Tessing Bridge") is the name alone ("expect Marlow to reopen").
Pictures an authority promises to release (images, footage, photographs) are a thing.

More unmet expectations: a thing that "has not opened", "has not been held", "has not yet
begun" or "has not taken place" is still pending, and a participle after its noun ("the fund
promised to farmers", "the rerun promised for March 14") leaves the noun as the subject's head.
A repeat of a voided or abandoned occurrence (a rerun, replay, retrial, revote, recount) is a
thing of its own ("a rerun of the voided draw will take place on March 14"), and an attributive
participle ("of the voided draw") is no past verb. "No new deliveries of the vaccine have
arrived": a complement may stand between the thing and the verb. A gerund after a verb of
starting names the thing when its noun is one ("would begin refunding passengers" forecasts the
refunds). Contacting the people concerned is a step of its own ("will contact all named
students by Friday", "will notify affected customers within two weeks"), shown unmet by those
who "have still not heard from" the body or "have not been notified" (a newsroom's own "we have
not heard back" is a request for comment). People to be moved, rehoused or evacuated by a time
who "still live" where they were show that move unmet. A supply "cut from July 14 to July 21"
dates the cut, not the supply.

A date "moved", "shifted", "put back" or "brought forward" to another is a change of date, like
"postponed". What is sent or put before a body is the thing due ("expects to send out tax bills
by 7 March", "would put a revised budget to councillors within a week"). A window clause of
bounds and hedges only ("..., a spokesperson said, probably not until the end of the month")
continues the clause before the speaker's aside. A reported "could not be ready before X" is a
firm lower bound. "Will vote" names the vote, and a modifier chain climbs over a noun that names
no thing ("vote on emergency funding for roof repairs"). A place named by its proper name alone
("Brenholm remains closed") joins the kind the story writes it with ("Brenholm Academy").

Vague futures are windows from publication ("soon", "shortly", "imminently", "in a matter of
days", "in the weeks ahead"; never "soon after" or "as soon as"), and so are quarters ("by the
end of the quarter", "in Q3") and parts of a season ("by the end of the summer"). "No earlier
than X" and "at least two months away" are lower bounds; "has until March 20 to publish the
report" and "a deadline of March 20" are deadlines of the thing after them. More words forecast
("on course", "poised to", "supposed to", "must", "committed to"), and make a year-less date
ahead. What is paid, fitted, settled or finished is the thing due ("will pay the grants by");
a noun of restarting names its complement ("the reopening of the runway has been pushed
back"). Still to come also reads "is still to be", "remains unpaid", "has not been lifted",
and a delay "adjourned", "shelved", "put on hold", "slipped to"; "did not reopen until April 14"
dates the reopening on that day.

A supply restored to its users is the supply ("expects to restore service to the remaining homes
by Sunday", "to reconnect supplies to 2,000 households"; "service" only when it goes to homes or
the like, and a phone or bus service is no power), shown unmet by homes "still without service"
or that "still have no gas". The object of a verb of receipt or decision still to come is
pending ("staff have still not received their October wages", "the board has still not ruled
on the penalty", "is yet to rule on the merger", "tenants are still waiting for their rebates",
"contractors are still owed their fees"); "will be paid in full by Friday" is a manner, and the
subject is due. A court "expected to hear the case next week" holds a hearing. People "still in
temporary accommodation", "remaining in hotels", "still displaced", "still staying with
relatives" or who "have yet to return home" show their return home unmet. "The bridge, which
the council said would reopen on 3 November, is still closed": the state's subject is the noun
the relative clause is about. A page's "Last modified on" line dates it like "Last updated".
Known false positives: two different things of the same kind in one story (two reports)
are aligned when their sentences share a name or name nobody; a thing with a complement and
the same thing without one ("the results of the appeal", "the results"; "flights to the
island", "flights") are aligned. A window is attached to the nearest thing noun on its left;
a pronoun ("it will not happen before...") is not resolved, so such a sentence says nothing
(only a pronoun that opens a pending statement or a short forecast, as above).
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from itertools import islice

import attrs
from attrs import field, frozen

from checker import lazyre
from checker.align import names_match
from checker.extract.events import context_names, dated_events, fact_names, stem
from checker.facts import StoryFacts
from checker.metadata import _ANY_DATE, date_from_match
from checker.model import Claim
from checker.extract.dates import extract_times, is_future
from checker.vocab.time import MONTH_ALTERNATION, NUMBER_WORDS_SMALL
from checker.vocab.time import (
    COMPLETION_VERBS, DELAY_CUES, EVENT_BOUND_PREPS, EVENT_PENDING_CUES, EVENT_QUALIFIERS, EVENT_WORDS,
    EXPECTED_VERBS, OCCURRENCE_QUALIFIERS,
    CHANGE_VERBS, EXPECT_CUES, EXPECTED_THINGS, HEDGE_CUES, MONTHS, NON_HEAD_WORDS,
    PENDING_CUES, SPEECH_VERBS, SUBJECT_THING_STOP,
    THING_CONTINUE_VERBS, THING_END_VERBS, THING_START_VERBS, TIMING_EVENT_EXCLUDE,
)
from checker.vocab.timing import ATTEMPT_FAILED, ATTEMPT_NOUNS, COMPLETE_VERBS, FAILED_ATTEMPT_ADJECTIVES, RESTORING_ACTS
from checker.vocab.timing import IRREGULAR_PARTICIPLES, IRREGULAR_PAST_VERBS, PREVERBAL_ADVERBS, RECIPIENT_QUANTIFIERS
from checker.vocab.timing import ATTRIBUTIVE_DETERMINERS, ATTRIBUTIVE_HEDGES, COMPLETED_FORMS, ANNOUNCING_NOUNS, DOUBT_VERBS, CONTACT_MEANS, CONTACT_PARTICIPLES
from checker.vocab.timing import GENERIC_PLACE_NOUNS, LIGHT_ACTION_VERBS, NAMED_CRAFT_NOUNS, NAMED_ROUTE_NOUNS, PART_NOUNS
from checker.vocab.timing import (
    PLANNED_FOR_CUES, NOT_CONTACTED_CUES, STILL_THERE_CUES, MOVE_OUT_VERBS, SUPPLY_CUT_VERBS,
    WORK_HEADS, APPEAR_NOT_AFTER, ARRIVAL_VERBS, HOPE_WORDS, MORE_EXPECTED_THINGS, NO_NEWS_VERBS, SUBJECT_PENDING_CUES, NEGATED_EXPECT_VERBS, NEXT_STEP_VERBS, OBJECT_END_VERBS, OBJECT_START_VERBS, QUALIFIER_SYNONYMS,
    RECEIPT_VERBS, REVISION_CUES, STATE_PENDING_CUES, SUBJECT_PREPOSITIONS,
    CLOSED_STATE_VERBS, CLOSED_STATE_WORDS, PLACE_ACTIVITY_NOUNS, REPORT_VERBS, RESTART_PARTICIPLES, NOT_YET_PARTICIPLES, RESTORE_CUES,
    STILL_STATE_VERBS, SUPPLY_NOUNS, MORE_PENDING_CUES, UNABLE_CUES, PLACE_SYNONYMS, ORDER_VERBS,
    NORMAL_GENERIC_SUBJECTS, DISRUPTION_VERBS, DISRUPTED_NOUNS, FULL_SERVICE_NOUNS, REDUCED_WORDS, PARTITIVE_HEADS,
    MORE_EXPECT_CUES, MORE_FUTURE_CUES, VAGUE_FUTURE_DAYS, VAGUE_FUTURE_NOT_AFTER, VAGUE_FUTURE_NOT_BEFORE,
    OPEN_LOWER_BOUNDS, QUARTER_ORDINALS, SEASON_PARTS, MORE_DELAY_FORMS,
    KIND_QUALIFIERS, KIND_WORDS, PENDING_OBJECT_CANONS, PLACE_TYPE_NOUNS, OTHER_STEP_VERBS, WHOLE_USERS, SUPPLY_KINDS, EXTENT_QUALIFIERS,
    SUPPLY_SERVICE_NOUNS, SUPPLY_RESTORE_VERBS, SUPPLY_RECIPIENTS, PENDING_OBJECT_VERBS, ACTION_EVENTS, ACTION_EVENT_OBJECTS,
    DISPLACED_STATE_VERBS, DISPLACED_LIVING, DISPLACED_PLACES, DISPLACED_MODIFIERS, DISPLACED_GENERIC, DISPLACED_STATES, DISPLACED_WITH,
    ONGOING_EVENTS, ONGOING_EXCLUDED_WORDS, ONGOING_PRESENT, ONGOING_PAST,
    PRONOUN_SUBJECTS, PRONOUN_PENDING_PHRASES, PRONOUN_EXPECT_WORDS, PRONOUN_COME_VERBS, PRONOUN_READY_WORDS, FIRE_PENDING_STATES, FIRE_PENDING_VERBS, FIRE_END_PARTICIPLES,
)
from rules.base import Example, Result, Rule

CODE = "DT103"
NAME = "publication-timing"

MAX_THING_WORDS = 30  # how far left of a window its thing noun may be
VERB_THING_WORDS = 12  # a thing named by a verb ("expected to rule") is nearer still
CUE_LEAD = 60  # characters before the thing noun searched for "expects to publish"
MAX_SCAN = 2000


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s{1,2}") for w in sorted(set(words), key=len, reverse=True))


_THINGS: dict[str, tuple[str, bool]] = {}
for _canon, _words in (*EXPECTED_THINGS.items(), *MORE_EXPECTED_THINGS.items()):
    for _w in _words:
        _THINGS[_w] = (_canon, False)
for _w, _canon in EVENT_WORDS.items():
    if _w not in TIMING_EVENT_EXCLUDE and _w not in _THINGS:
        _THINGS[_w] = (_canon, True)

_VERB_THINGS = {stem(v): canon for v, canon in {**NEXT_STEP_VERBS, **EXPECTED_VERBS}.items()}
_REPORT_VERBS = frozenset(REPORT_VERBS)
_OBJECT_VERB_TOKENS = frozenset(v.lower() for v in (*OBJECT_END_VERBS, *OBJECT_START_VERBS))
_PHRASAL_PARTICLE = lazyre.compile(r"\s{1,2}(?:out|up)(?![\w-])", re.I)
_APPEAR_NOT = lazyre.compile(rf"\s{{1,2}}(?:{'|'.join(APPEAR_NOT_AFTER)})(?![\w-])", re.I)  # "would appear to"
# "expected to rule", "will not be signed", "has yet to rule", "failed to sign": a verb that
# names the thing, right after an infinitive "to" or a modal.
_VERB_THING_RX = lazyre.compile(
    r"(?<![\w-])(?:to|will|would|shall|must|[’']ll|not|yet|never)\s{1,2}(?:not\s{1,2})?(?:be\s{1,2}|been\s{1,2})?"
    r"(?P<verb>[a-z]{3,20})(?![\w-])", re.I)
# "no payments have yet been made": nothing of the kind has happened.
_NONE_YET = lazyre.compile(r"(?<![\w-])no\s{1,2}[a-z]{3,20}\s{1,2}(?:has|have|had)\s{1,2}(?:yet\s{1,2})?been\b", re.I)
# Every pending cue as the set of its words (``_TOKEN``s), indexed by its rarest word: a
# sentence whose tokens hold none of these sets has no pending cue anywhere, so the thing
# search can be skipped unless it has a date.
_COMMON = frozenset("has have had not put was were no new off".split())
_PENDING_INDEX: dict[str, list[frozenset]] = {}
for _cue in tuple(PENDING_CUES) + tuple(MORE_PENDING_CUES) + MORE_DELAY_FORMS + tuple(EVENT_PENDING_CUES) + ("no has been", "no have been", "no had been"):
    _need = frozenset(re.findall(r"[\w-]{1,60}", _cue.lower()))
    _key = max(sorted(_need), key=lambda w: (w not in _COMMON, len(w)))
    _PENDING_INDEX.setdefault(_key, []).append(_need)
_PENDING_KEYS = frozenset(_PENDING_INDEX)


def _has_pending_words(tokens: frozenset) -> bool:
    keys = _PENDING_KEYS.intersection(tokens)
    return bool(keys) and any(need <= tokens for w in keys for need in _PENDING_INDEX[w])


_THING_RX = lazyre.compile(rf"(?<![\w’'-])(?:{_alt(_THINGS)})(?![\w-])", re.I)
_TOKEN = lazyre.compile(r"[\w-]{1,60}")
_THING_FIRST = frozenset(_TOKEN.match(w).group(0) for w in _THINGS)
_SPACES = lazyre.compile(r"\s{1,2}")
_EVENT_CANON = frozenset(EVENT_WORDS.values())
_EVENT_ALT = _alt(EVENT_WORDS)
_BOUND_RX = lazyre.compile(
    rf"(?<![\w-])(?P<prep>{_alt(EVENT_BOUND_PREPS)})\s{{1,2}}(?:the\s{{1,2}})?"
    r"(?:(?P<part>start|end|beginning|opening|close|conclusion)\s{1,2}of\s{1,2}(?:the\s{1,2})?)?"
    r"(?:[A-Z][\w’'-]{1,30}\s{1,2}){0,3}"
    rf"(?P<ev>{_EVENT_ALT})(?![\w-])",
    re.I,
)


def _cue_rx(words, cased=False):
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})(?![\w-])", 0 if cased else re.I)


_EXPECT = _cue_rx((*EXPECT_CUES, *MORE_EXPECT_CUES))
_HEDGE = _cue_rx([w for w in HEDGE_CUES if w not in ("may", "might") and w not in HOPE_WORDS])
# "hopes the report will be out by May" is a hedge; "hoped to host a conference before X"
# is the speaker's own plan.
_HOPE_TO = lazyre.compile(rf"(?<![\w-])(?:{_alt(HOPE_WORDS)})\s{{1,2}}to\s", re.I)
_HOPE_HEDGE = lazyre.compile(rf"(?<![\w-])(?:{_alt(HOPE_WORDS)})(?![\w-])(?!\s{{1,2}}to\s)", re.I)
_REVISION = _cue_rx(REVISION_CUES)
# "Is now expected in September": a restated forecast. A day after another source's "by the
# end of June" it is a disagreement; a week or more later it is news of a change.
# "A first attempt ... failed on Wednesday, and the refloating is now planned for the
# weekend": a failed attempt before the window in its sentence makes it a revision.
_FAILED_ATTEMPT = lazyre.compile(
    rf"(?<![\w-])(?:(?:{_alt(ATTEMPT_NOUNS)})(?![\w-])[^.;:!?]{{0,100}}?(?<![\w-])(?:{_alt(ATTEMPT_FAILED)})"
    rf"|(?:{_alt(FAILED_ATTEMPT_ADJECTIVES)})\s{{1,2}}(?:(?:first|second|third|earlier|initial|previous|latest)\s{{1,2}})?"
    rf"(?:{_alt(ATTEMPT_NOUNS)}))(?![\w-])", re.I)
_ATTEMPT_LITERALS = ("attempt", "effort", "bid", "operation")


def _may_fail(text: str) -> bool:
    """Can _FAILED_ATTEMPT match? (every match holds an attempt noun, in any case)"""
    low = text.lower()
    return any(w in low for w in _ATTEMPT_LITERALS) or any(c in text for c in _FOLDS)


_NOW_EXPECTED = lazyre.compile(
    r"(?<![\w-])now\s{1,2}(?:expected|due|likely|set|planned|slated|forecast|anticipated)(?![\w-])", re.I)
REVISION_GAP_DAYS = 7
# "the company now says the launch will be on", "the hearing will now take place on": a plan
# restated as a change.
_NOW_RESTATED = lazyre.compile(
    r"(?<![\w-])(?:now\s{1,2}(?:says?|said|expects?|plans?|intends?|aims?|hopes?|believes?|will|is|are|expected|due|"
    r"likely|set|planned|slated|scheduled|forecast|anticipated)|(?:will|would|is|are|shall)\s{1,2}now)(?![\w-])", re.I)
DISRUPTION_REACH_DAYS = 30  # a dated disruption this soon after a return to normal was due shows it unmet
# A delay told in the present perfect or future looks ahead ("has been postponed until June");
# a simple past ("was delayed until June") may tell a story already over.
_DELAYED_AHEAD = lazyre.compile(
    r"(?<![\w-])(?:has|have|is|are|will|would)\s{1,2}(?:now\s{1,2}|again\s{1,2})?(?:been\s{1,2}|be\s{1,2})?"
    rf"(?:postponed|delayed|pushed\s{{1,2}}back|put\s{{1,2}}off|deferred|rescheduled|{_alt(MORE_DELAY_FORMS)})\s{{1,2}}"
    r"(?:(?:again|once\s{1,2}more)\s{1,2})?(?:(?:until|till|to)\s{1,2}(?:at\s{1,2}least\s{1,2})?)?$", re.I)
_BY_MEANS = lazyre.compile(
    rf"(?<![\w-])(?:{_alt(CONTACT_PARTICIPLES)})\s{{1,2}}by\s{{1,2}}(?P<means>{_alt(CONTACT_MEANS)})(?![\w-])", re.I)
# "Letters only began going out last week": a past period in which it happened.
_LAST_PERIOD = lazyre.compile(r"(?:last|the\s{1,2}previous|the\s{1,2}past)\s{1,2}(?:week|month|weekend)$", re.I)
# "has been pushed back", "was postponed again": a delay told of the clause's subject.
# A move of a date is a change of date whichever way it goes ("the vote has been moved to
# Thursday", "the launch was shifted to May", "the final was brought forward to Friday"): a
# verb of motion only with "to"/"until" after it ("the patient was moved to hospital" names no
# thing that has a window, so it meets nothing).
_MOVED = r"(?:moved|shifted|switched|put\s{1,2}back|brought\s{1,2}forward|bumped)(?=\s{1,2}(?:back\s{1,2}|forward\s{1,2}|again\s{1,2})?(?:to|until|till)\s)"
_DELAY_LITERALS = lazyre.compile(rf"postponed|delayed|pushed\s{{1,2}}back|put\s{{1,2}}off|deferred|rescheduled|{_alt(MORE_DELAY_FORMS)}|{_MOVED}", re.I)
# The first word of each of _DELAY_LITERALS' alternatives (lower case): one must be in the text.
_DELAY_LITERAL_FIRST = ("postponed", "delayed", "pushed", "put", "deferred", "rescheduled", "moved", "shifted",
                        "switched", "brought", "bumped", *{w.split()[0] for w in MORE_DELAY_FORMS})
_DELAY_FIRST_RX = lazyre.compile("|".join(_DELAY_LITERAL_FIRST))  # any of them in a lower-cased text
_DELAYED_SUBJECT = lazyre.compile(
    r"(?<![\w-])(?:has|have|had|is|are|was|were)\s{1,2}(?:now\s{1,2}|again\s{1,2}|also\s{1,2})?(?:been\s{1,2})?"
    rf"(?:postponed|delayed|pushed\s{{1,2}}back|put\s{{1,2}}off|deferred|rescheduled|{_alt(MORE_DELAY_FORMS)}|{_MOVED})(?![\w-])", re.I)
# Past forms of a delay of the thing itself ("without delay" is none).
_DELAYED_FORMS = frozenset(("delayed", "postponed", "pushed back", "put off", "deferred", "rescheduled", *MORE_DELAY_FORMS))
# "expected to lift the notice by the weekend": the object, dated by its end (or start).
_OBJECT_VERB_ROLE = {**{v: "end" for v in OBJECT_END_VERBS}, **{v: "start" for v in OBJECT_START_VERBS}}
_OBJECT_RX = lazyre.compile(
    rf"(?<![\w-])(?:to|will|would|shall|[’']ll)\s{{1,2}}(?P<verb>{_alt(_OBJECT_VERB_ROLE)})\s{{1,2}}"
    r"(?:the|its|their|his|her|a|an|this|that)\s{1,2}(?:[\w’'-]{1,30}\s{1,2}){0,2}?(?P<obj>[A-Za-z][\w-]{2,30})"
    # after the object, only its users and function words ("to the public", "fully by"): "its
    # ground-floor galleries next week" is the galleries
    r"\s{1,2}(?:(?:to|for|at|on)\s{1,2}(?:the\s{1,2}|all\s{1,2})?[a-z]{2,12}\s{1,2}"
    r"|(?:by|before|until|till|within|from|after|again|fully|partly|partially|early|as|soon|the|at|in|on)\s{1,2}){0,3}$", re.I)
_STATE_PENDING = lazyre.compile(
    rf"(?<![\w-])(?:{_alt(STATE_PENDING_CUES)}|(?:{_alt(STILL_STATE_VERBS)})\s{{1,2}}(?:{_alt(CLOSED_STATE_WORDS)}))(?![\w-])", re.I)
# "The museum, which has been closed since the break-in": a closure that still holds (the
# present perfect with "since"), its reopening still to come.
_CLOSED_SINCE = lazyre.compile(
    rf"(?<![\w-])(?:has|have)\s{{1,2}}(?:been|remained|stayed)\s{{1,2}}(?:{_alt(CLOSED_STATE_WORDS)})\s{{1,2}}"
    r"(?:(?:to|for)\s{1,2}[a-z]{2,12}\s{1,2})?since(?![\w-])", re.I)
_RELATIVE_HEADS = frozenset(("which", "that", "who"))
# "Production at the mine has not resumed", "power has still not been restored".
_NOT_RESTARTED = lazyre.compile(
    rf"(?<![\w-])(?:has|have|had)\s{{1,2}}(?:still\s{{1,2}})?not\s{{1,2}}(?:yet\s{{1,2}})?(?:been\s{{1,2}})?"
    rf"(?:{_alt((*RESTART_PARTICIPLES, *NOT_YET_PARTICIPLES))})(?![\w-])", re.I)
_SUBJECT_PENDING = lazyre.compile(
    rf"(?<![\w-])(?:{_alt(SUBJECT_PENDING_CUES)})\s{{1,2}}(?:been\s{{1,2}}|be\s{{1,2}})?(?P<verb>[a-z]{{2,20}})", re.I)
_NO_NEWS = frozenset(NO_NEWS_VERBS)
# "Staff have still not received their October wages", "the league has still not ruled on
# the deduction": the object of a verb of receipt or decision still to come is pending.
_PENDING_OBJECT = lazyre.compile(
    rf"(?<![\w-])(?:{_alt(SUBJECT_PENDING_CUES)}|(?:has|have|had)\s{{1,2}}not|(?:has|have|had)n[’']t"
    r"|(?:is|are|was|were|has|have|had)\s{1,2}(?:still|yet)\s{1,2}to)\s{1,2}(?:yet\s{1,2})?(?:been\s{1,2})?"
    rf"(?:{_alt(PENDING_OBJECT_VERBS)})\s{{1,2}}(?:(?:the|their|its|his|her|our|any|all|a|an)\s{{1,2}})?"
    r"(?P<np>[A-Za-z][\w’'-]{0,30}(?:\s{1,2}[A-Za-z][\w’'-]{0,30}){0,3})", re.I)
# "Workers are still waiting for their wages", "contractors are still owed their fees".
_WAITING_OBJECT = lazyre.compile(
    r"(?<![\w-])(?:still\s{1,2}(?:waiting|wait|waits|owed)\s{1,2}(?:for\s{1,2}|on\s{1,2})?|continues?\s{1,2}to\s{1,2}wait\s{1,2}(?:for|on)\s{1,2}"
    r"|(?:is|are|was|were)\s{1,2}still\s{1,2}owed\s{1,2})(?:(?:the|their|its|his|her|our|any|all|a|an)\s{1,2})?"
    r"(?P<np>[A-Za-z][\w’'-]{0,30}(?:\s{1,2}[A-Za-z][\w’'-]{0,30}){0,3})", re.I)
# "Evacuees have yet to return home", "residents have still not been allowed to go back home".
_NOT_HOME = lazyre.compile(
    r"(?<![\w-])(?:yet|still\s{1,2}not|not\s{1,2}yet|still\s{1,2}to)\s{1,2}(?:to\s{1,2})?(?:been\s{1,2}(?:allowed|able)\s{1,2}to\s{1,2}|be\s{1,2}allowed\s{1,2}to\s{1,2})?"
    r"(?:return|returned|go|gone|move|moved)\s{1,2}(?:back\s{1,2})?(?:home|(?:to|into)\s{1,2}their\s{1,2}(?:homes|houses|flats))(?![\w-])", re.I)
_OBJECT_NP_STOP = frozenset("""of for to from by at in on and or but since after before until as because which that who
over against with into
whether when if yet so despite three two four five six weeks days months three""".split())
_STATE_WORDS = frozenset("remains remain remained still continues continue stays stay".split())
_WAIT_WORDS = frozenset("yet still".split())
_NO_END_WORDS = frozenset(("indefinitely", "further"))  # "extended indefinitely", "until further notice"
_NONE_ARRIVED = lazyre.compile(
    r"(?<![\w-])(?:not\s{1,2}a\s{1,2}single|not\s{1,2}one|no)\s{1,2}(?:[A-Za-z][\w-]{1,30}\s{1,2}){0,2}?"
    rf"(?P<obj>[A-Za-z][\w-]{{2,30}})"
    # "no new shipments of the drug have arrived": a complement of the thing before the verb
    r"(?:\s{1,2}(?:of|for|to|from)\s{1,2}(?:(?:the|a|an)\s{1,2})?[A-Za-z][\w-]{1,30}(?:\s{1,2}[a-z][\w-]{1,30}){0,2}?)?"
    rf"\s{{1,2}}(?:has|have|had)\s{{1,2}}(?:yet\s{{1,2}})?(?:{_alt(ARRIVAL_VERBS)})(?![\w-])", re.I)
_NONE_WORDS = frozenset("single one no".split())
_NOT_CONTACTED = lazyre.compile(rf"(?<![\w-])(?:{_alt(NOT_CONTACTED_CUES)})(?![\w-])", re.I)
_SUPPLY_CUT = lazyre.compile(rf"(?<![\w-])(?:{_alt(SUPPLY_CUT_VERBS)})(?![\w-])", re.I)
_STILL_THERE = lazyre.compile(rf"(?:{_alt(STILL_THERE_CUES)})", re.I)
# "Residents are still in temporary accommodation": people still away from home, their
# return still to come (see DISPLACED_STATES).
_DISPLACED = lazyre.compile(
    rf"(?<![\w-])(?:{_alt(DISPLACED_STATE_VERBS)})\s{{1,2}}(?:"
    rf"(?:(?:{_alt(DISPLACED_LIVING)})\s{{1,2}})?(?:in|at)\s{{1,2}}(?:(?:the|a|an|their|council|hotel)\s{{1,2}})?"
    rf"(?:(?:{_alt(DISPLACED_MODIFIERS)})\s{{1,2}}(?:[a-z-]{{2,15}}\s{{1,2}})?(?:{_alt(DISPLACED_GENERIC)}|{_alt(DISPLACED_PLACES)})"
    rf"|(?:[a-z-]{{2,15}}\s{{1,2}})?(?:{_alt(DISPLACED_PLACES)}))"
    rf"|(?:{_alt(DISPLACED_STATES)})"
    rf"|(?:living|staying|sheltering)\s{{1,2}}with\s{{1,2}}(?:their\s{{1,2}}|other\s{{1,2}})?(?:{_alt(DISPLACED_WITH)}))(?![\w-])", re.I)
_CONTACT_TOKENS = frozenset(("heard", "hear", "contacted", "notified"))
_OWN_DESK = lazyre.compile(r"(?<![\w-])(?:we|I|this\s(?:paper|newspaper|station|programme|program|website|outlet)|"
                       r"reporters?|journalists?|the\s(?:newsroom|editor))\s(?:[a-z]{2,8}\s){0,3}$", re.I)
# "Some 20,000 homes were still without power", "families remain without compensation": the
# thing is still to come (a supply noun is the supply).
_WITHOUT = lazyre.compile(
    r"(?<![\w-])(?:(?:still|remains?|remained)\s{1,2}without|still\s{1,2}(?:have|has|had)\s{1,2}no)\s{1,2}(?:any\s{1,2}|a\s{1,2}|an\s{1,2}|the\s{1,2}|their\s{1,2}|its\s{1,2})?"
    # "still without running water": the supply, past its usual adjective
    r"(?:(?:running|drinking|clean|mains|tap|safe|fresh)\s{1,2})?"
    r"(?P<obj>[A-Za-z][\w-]{2,30})", re.I)
_SUPPLY = frozenset(SUPPLY_NOUNS)
_RESTORE = lazyre.compile(rf"(?<![\w-])(?:{_alt(RESTORE_CUES)})(?![\w-])", re.I)
_SERVICE_NOUNS = frozenset(SUPPLY_SERVICE_NOUNS)
_RECIPIENTS_ALT = _alt(SUPPLY_RECIPIENTS)
# "to the remaining homes in the area", "for 2,000 households": a supply's users
_TO_HOMES = lazyre.compile(
    rf"(?<![\w-])(?:to|for)\s{{1,2}}(?:[\w,’'-]{{1,20}}\s{{1,2}}){{0,3}}?(?:{_RECIPIENTS_ALT})(?![\w-])", re.I)
# "expects to restore service to the remaining homes in the area by Sunday": the supply, with
# its users (and their place) between it and the window.
_SUPPLY_TO = lazyre.compile(
    rf"(?<![\w-])(?:to|will|would|shall|[’']ll)\s{{1,2}}(?:(?:fully|partly|partially)\s{{1,2}})?(?P<verb>{_alt(SUPPLY_RESTORE_VERBS)})\s{{1,2}}"
    r"(?:(?:the|their|its|full|all)\s{1,2})?(?:[a-z]{2,12}\s{1,2})?"
    rf"(?P<obj>{_alt((*SUPPLY_NOUNS, *SUPPLY_SERVICE_NOUNS))})\s{{1,2}}(?:to|for)\s{{1,2}}(?:[\w,’'-]{{1,20}}\s{{1,2}}){{0,3}}?"
    rf"(?:{_RECIPIENTS_ALT})(?:\s{{1,2}}(?:in|on|across|around|along|near|at|of)\s{{1,2}}(?:[\w’'-]{{1,20}}\s{{1,2}}){{0,2}}?[\w’'-]{{1,20}})?"
    r"\s{1,2}(?:(?:by|before|until|till|within|in)\s{1,2})?(?:the\s{1,2})?$", re.I)
_SUPPLY_VERB_TOKENS = frozenset(v.split()[0] for v in SUPPLY_RESTORE_VERBS)
# "some 4,000 homes were still without service": the users of a supply before its state
_HOMES_BEFORE = lazyre.compile(rf"(?<![\w-])(?:{_RECIPIENTS_ALT})(?![\w-])", re.I)
_OBJECT_GATE_TOKENS = _OBJECT_VERB_TOKENS | _SUPPLY_VERB_TOKENS  # what _object_thing may read
# "The mine will stay closed until at least the end of June": its reopening, bounded below.
_CLOSED_UNTIL = lazyre.compile(
    rf"(?<![\w-])(?:{_alt(CLOSED_STATE_VERBS)})\s{{1,2}}(?:{_alt(CLOSED_STATE_WORDS)})\s{{1,2}}"
    r"(?:[a-z]{1,12}\s{1,2}){0,3}?(?:(?P<until>until|till)\s{1,2}(?P<least>at\s{1,2}least\s{1,2})?(?:the\s{1,2})?)?$", re.I)
# "The fishing ban will stay in place until the end of the year", "the ballot will stay open
# until the end of the month": its end (the ban lifted, the ballot closed), bounded below.
_IN_FORCE_UNTIL = lazyre.compile(
    rf"(?<![\w-])(?:{_alt(CLOSED_STATE_VERBS)})\s{{1,2}}(?:in\s{{1,2}}(?:place|force|effect)|open)\s{{1,2}}"
    r"(?:(?P<until>until|till)\s{1,2}(?P<least>at\s{1,2}least\s{1,2})?(?:the\s{1,2})?)?$", re.I)
# "will reopen on Thursday": a day right after the verb of starting or ending (not "will
# begin in July, the ministry said in a statement on Wednesday").
_VERB_THEN_DAY = lazyre.compile(
    rf"(?<![\w-])(?:{_alt((*THING_START_VERBS, *THING_END_VERBS, *OBJECT_START_VERBS, *OBJECT_END_VERBS))})"
    # "will reopen to traffic on Monday", "will reopen to the public on Saturday"
    r"\s{1,2}(?:again\s{1,2})?(?:(?:to|for)\s{1,2}(?:the\s{1,2}|all\s{1,2})?[a-z]{3,20}\s{1,2})?(?:on\s{1,2})?$", re.I)
_HAS_NOT_BEFORE = lazyre.compile(r"(?<![\w-])(?:has|have|had)\s{1,2}(?:still\s{1,2})?not\s{1,2}(?:yet\s{1,2})?$", re.I)
_HAS_TOKENS = frozenset(("has", "have", "had"))
# "had still not been published by Wednesday", "has not paid the refunds by the deadline": a
# perfect negated before "by" tells a state at that day, not a window.
_PERFECT_NOT_BY = lazyre.compile(
    r"(?<![\w-])(?:has|have|had|hasn[’']t|haven[’']t|hadn[’']t)\s{1,2}(?:still\s{1,2})?(?:not\s{1,2})?(?:yet\s{1,2})?"
    r"(?:been\s{1,2})?[a-z]{3,20}\s{1,2}(?:(?!(?:and|but|or|will|would|shall|should|could|can|may|might|to|is|are|be)\s)"
    r"[\w’'-]{1,20}\s{1,2}){0,4}?(?:by\s{1,2}(?:the\s{1,2})?)?$", re.I)
_BEFORE_DAY = lazyre.compile(r"(?<![\w-])(?:before|until|till)\s{1,2}(?:at\s{1,2}least\s{1,2})?(?:the\s{1,2})?$", re.I)
_UNTIL_BEFORE_INSIDE = lazyre.compile(r"(?:until|till|before)\s", re.I)
# "The strike will continue until at least the end of March": when it ends.
_CONTINUE_UNTIL = lazyre.compile(
    r"(?<![\w-])(?:continue|continues|last|lasts|go\s{1,2}on|goes\s{1,2}on)\s{1,2}(?:[a-z]{1,12}\s{1,2}){0,2}?"
    r"(?:(?P<until>until|till)\s{1,2}(?P<least>at\s{1,2}least\s{1,2})?(?:the\s{1,2})?)?$", re.I)
_RESTART_TOKENS = frozenset(w.split()[0] for w in (*RESTART_PARTICIPLES, *NOT_YET_PARTICIPLES))
_UNABLE = lazyre.compile(rf"(?<![\w-])(?:{_alt(UNABLE_CUES)})\s{{1,2}}(?P<verb>[a-z]{{2,20}})", re.I)
_UNABLE_TOKENS = frozenset(("unable", "able", "cannot", "can"))
_UNABLE_NO_NEWS = frozenset(NO_NEWS_VERBS) - {"return", "returned"}  # "unable to return home" is no word
# "expects to resume flights by Thursday", "to restore power by Sunday": an object without a
# determiner right before the window.
_OBJECT_BARE_RX = lazyre.compile(
    rf"(?<![\w-])(?:to|will|would|shall|[’']ll)\s{{1,2}}(?P<verb>{_alt(_OBJECT_VERB_ROLE)})\s{{1,2}}"
    r"(?P<obj>[a-z][\w-]{2,30})"
    # "to restart production at its Haldorf factory by ...": an activity's place may follow
    r"(?:\s{1,2}(?:at|in)\s{1,2}(?:the|its|their)\s{1,2}(?:[A-Za-z][\w’'-]{1,30}\s{1,2}){0,2}?(?P<place>[a-z][\w-]{2,30}))?"
    r"\s{1,2}(?:(?:by|before|until|till|in|within)\s{1,2})?$", re.I)  # "by the end of February"
# "The line stayed closed from February 20 to March 16": a past closure, with its last day.
_CLOSED_PAST_RANGE = lazyre.compile(
    rf"(?<![\w-])(?:stayed|remained|was|were)\s{{1,2}}(?:{_alt(CLOSED_STATE_WORDS)})\s{{1,2}}(?:from|between)\s{{1,2}}$", re.I)
# "The mine will remain shut for at least six months", "the airport will stay closed for
# another two weeks": a reopening that far from publication.
_NUMBER_WORDS = {k: v for k, v in NUMBER_WORDS_SMALL.items() if v <= 24}
_CLOSED_FOR = lazyre.compile(
    rf"(?<![\w-])(?:{_alt(CLOSED_STATE_VERBS)})\s{{1,2}}(?:{_alt(CLOSED_STATE_WORDS)})\s{{1,2}}"
    r"(?P<dur>for\s{1,2}(?P<least>at\s{1,2}least\s{1,2})?(?P<another>(?:another|a\s{1,2}further|a\s{1,2}more)\s{1,2})?"
    rf"(?:(?P<n>[0-9]{{1,2}}|{_alt(_NUMBER_WORDS)})\s{{1,2}})?(?:more\s{{1,2}}|further\s{{1,2}})?"
    r"(?P<unit>days?|weeks?|months?))(?![\w-])", re.I)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_COUNT = rf"(?P<least>at\s{{1,2}}least\s{{1,2}})?(?P<another>(?:another|a\s{{1,2}}further|a\s{{1,2}}more)\s{{1,2}})?" \
         rf"(?:(?P<n>[0-9]{{1,2}}|{_alt(_NUMBER_WORDS)})\s{{1,2}})?(?:more\s{{1,2}}|further\s{{1,2}})?(?P<unit>days?|weeks?|months?|years?)"
# "The results won't be known for another two weeks", "production will not restart for at
# least a month": not before that long after publication.
_NOT_FOR = lazyre.compile(
    # a forecast only: "has not paid for two years" tells the past
    r"(?:(?<![\w-])(?:will|would|shall|is\s{1,2}expected\s{1,2}to|are\s{1,2}expected\s{1,2}to)\s{1,2}not|(?<![\w-])cannot"
    r"|(?<![\w-])(?:won|wouldn|can)[’']t)\s{1,2}(?:be\s{1,2})?(?:[a-z]{3,20}\s{1,2}){1,2}?for\s{1,2}" + _COUNT + r"(?![\w-])", re.I)
# "It will be at least six weeks before the line reopens", "it could be a year before the
# inquiry reports": the clause after "before" not before then.
_BE_BEFORE = lazyre.compile(
    r"(?<![\w-])it\s{1,2}(?:will|would|could|may|might|is\s{1,2}likely\s{1,2}to|is\s{1,2}expected\s{1,2}to)\s{1,2}be\s{1,2}"
    + _COUNT + r"\s{1,2}before\s{1,2}(?P<clause>[^,;:.!?]{3,120})", re.I)
_IT_MAY = lazyre.compile(r"it\s{1,2}(?:could|may|might)", re.I)  # "it could be a year before": a hedge
_CLAUSE_VERB = lazyre.compile(
    rf"(?<![\w-])(?P<verb>{_alt((*THING_START_VERBS, *OBJECT_START_VERBS, *THING_END_VERBS, *OBJECT_END_VERBS, 'reports', 'report', 'rules', 'returns', 'is', 'are', 'can', 'will'))})(?![\w-])", re.I)
_OTHER_STEP = lazyre.compile(rf"(?<![\w-])(?:{_alt(OTHER_STEP_VERBS)})(?![\w-])", re.I)
_WHOLE_USERS = frozenset(WHOLE_USERS)
# "will reopen to cars on Friday", "closed to lorries until March", "closed at night until":
# a partial reopening or closure (unless its users are everyone: "to traffic").
_PARTIAL = lazyre.compile(r"(?<![\w-])(?:to|for|at|on|in)\s{1,2}(?P<who>(?:the\s{1,2}|all\s{1,2})?[a-z][\w-]{2,20})(?:\s{1,2}|$)", re.I)
_EXTENT = frozenset(EXTENT_QUALIFIERS)
_PUBLICATIONS = frozenset(("report", "results", "figures", "verdict", "ruling", "decision", "plan", "offer"))
_CLOSED_BETWEEN = lazyre.compile(rf"(?<![\w-])(?:be|is|are)\s{{1,2}}(?:{_alt(CLOSED_STATE_WORDS)})(?![\w-])", re.I)
_AT_LEAST = lazyre.compile(r"(?<![\w-])at\s{1,2}least(?![\w-])", re.I)
_END_OF = lazyre.compile(r"(?:the\s{1,2})?(?:very\s{1,2})?end\s{1,2}of\s", re.I)
_UNTIL_AT_LEAST = lazyre.compile(r"(?<![\w-])(?P<prep>until|till|before)\s{1,3}at\s{1,2}least\s{1,3}$", re.I)
_UNTIL_INSIDE = lazyre.compile(r"(?:until|till)\s", re.I)  # "until October": the preposition inside the expression
# Words between a closed place and its state: "the bridge is expected to remain closed".
_STATE_LEAD = frozenset("""will would shall should could can may might must is are was were be been to
expected expects likely set due going has have had also still now probably""".split())
# "Production at the mine will resume": the place of an activity, right before its verb.
_PLACE_LINK = lazyre.compile(
    r"\s{1,2}(?:at|in|on|across)\s{1,2}(?:the|its|their|this|that)\s{1,2}(?:[A-Za-z][\w’'-]{1,30}\s{1,2}){0,2}?"
    r"(?P<place>[a-z][\w-]{2,30})(?=\s{1,2}(?:will|would|is|are|should|could|can|may|might|must|shall)(?![\w-]))")
_PLACE_ACTIVITIES = frozenset(PLACE_ACTIVITY_NOUNS)
_ORDER_VERBS = frozenset(ORDER_VERBS)
_PRONOUNS = frozenset("it its they them this that these those he she we who which one ones body thing things "
                       "nobody no-one anyone anybody everyone everybody someone somebody".split())
_HEDGE_CASED = lazyre.compile(r"\b(?:may|might)\b")  # the modal, never the month
_PENDING = _cue_rx((*PENDING_CUES, *MORE_PENDING_CUES, *MORE_DELAY_FORMS))
_EVENT_PENDING = _cue_rx((*EVENT_PENDING_CUES, *(w for w in MORE_DELAY_FORMS if w != "adjourned")))  # "the vote has been put back to May" (not "adjourned": a sitting adjourned after the event began)
# "It has not appeared, and ...": the thing of the sentence before, still to come.
_PRONOUN_PENDING = lazyre.compile(
    rf"\s{{0,3}}(?:{_alt(PRONOUN_SUBJECTS)})\s{{1,2}}(?:{_alt(PRONOUN_PENDING_PHRASES)})"
    r"(?=\s{0,2}(?:[,.;:!—–]|-\s|and\s|but\s|so\sfar|yet\s|$))", re.I)
_PRONOUN_FIRST_2 = frozenset(w.capitalize()[:2] for w in PRONOUN_SUBJECTS)
# "It is expected by September 30", "They will be published before the summer": a forecast of
# the thing of the sentence before (see PRONOUN_EXPECT_WORDS); the time follows at once.
_READY = _alt(PRONOUN_READY_WORDS)
_PRONOUN_EXPECT = lazyre.compile(
    rf"\s{{0,3}}(?P<subj>{_alt(PRONOUN_SUBJECTS)})\s{{1,2}}(?:"
    rf"(?:is|are|was|were)\s{{1,2}}(?:now\s{{1,2}}|still\s{{1,2}}|also\s{{1,2}})?(?:not\s{{1,2}})?(?:{_alt(PRONOUN_EXPECT_WORDS)})"
    rf"(?:\s{{1,2}}to\s{{1,2}}(?:{_alt(PRONOUN_COME_VERBS)})(?:\s{{1,2}}(?:{_READY}))?)?"
    rf"|(?:will|would|should|must|is\s{{1,2}}to|are\s{{1,2}}to)\s{{1,2}}(?:now\s{{1,2}}|still\s{{1,2}})?(?:not\s{{1,2}})?"
    rf"(?:be\s{{1,2}}(?:{_READY})|come|appear|arrive))(?![\w-])\s{{0,2}}", re.I)
_DELAY = _cue_rx((*DELAY_CUES, *MORE_DELAY_FORMS))
_NEG = lazyre.compile(r"(?<![\w-])(?:not|cannot|never|no\searlier|no\ssooner)(?![\w-])|n[’']t(?![\w])", re.I)
# "the result cannot be certified before November 14": a categorical lower bound, as firm as
# "will not be certified before" (searched ungated: a rare word, no gate entry).
_COULD_NOT = lazyre.compile(r"(?<![\w-])(?:could\s{1,2}not|couldn[’']t)\s{1,2}(?:be\s{1,2})?[a-z]{3,20}\s{1,2}(?:[a-z]{2,20}\s{1,2}){0,3}?(?:before|until)\s", re.I)
_COULD_NOT_WORDS = lazyre.compile(r"(?<![\w-])(?:could\s{1,2}not|couldn[’']t)(?![\w-])", re.I)
_CANNOT = lazyre.compile(r"(?<![\w-])cannot\s{1,2}(?:be\s{1,2})?[a-z]{3,20}\s{1,2}(?:[a-z]{2,20}\s{1,2}){0,3}?(?:before|until)\s", re.I)
# "did not expect the inquiry to report before October", "will not receive letters before
# April": a negation before the thing bounds the window all the same.
_NEG_LEAD = lazyre.compile(
    rf"(?:(?<![\w-])(?:not|never)|n[’']t)\s{{1,2}}(?:{_alt(NEGATED_EXPECT_VERBS)}(?![\w-])|"
    rf"(?:{_alt(RECEIPT_VERBS)})\s{{1,2}}(?:[\w’'-]{{1,30}}\s{{1,2}}){{0,2}}$|"
    # "would not table an improved pay offer before May": a negated verb whose object is the thing
    r"(?:be\s{1,2})?[a-z]{3,20}\s{1,2}(?:the|a|an|its|their|his|her|any|this|that)\s{1,2}(?:[\w’'-]{1,30}\s{1,2}){0,2}$)", re.I)
# "analysts doubt that the stadium could open before January": doubted, so not before then
_DOUBT_LEAD = lazyre.compile(
    rf"(?<![\w-])(?:{_alt(DOUBT_VERBS)})\s{{1,2}}(?:(?:that|whether|if)\s{{1,2}})?(?:[\w’'-]{{1,30}}\s{{1,2}}){{0,3}}$", re.I)
_NO_BEFORE = lazyre.compile(
    rf"(?<![\w-])no\s{{1,2}}(?:(?:further|new|more|{_alt((*EVENT_QUALIFIERS, *KIND_QUALIFIERS))})\s{{1,2}}){{0,2}}$", re.I)
NO_BEFORE_REACH = 40  # "no interim report before May", "no final decision before the summer"
# "Nobody should expect the report before the end of the year", "no one expects it before
# spring": an expectation nobody holds, so not before then.
_NOBODY = r"(?:nobody|no\s{1,2}one|no-one)"
_NOBODY_VERB = r"(?:(?:should|would|could|can|will|really|seriously|realistically)\s{1,2}){0,2}(?:expects?|expected|anticipates?|anticipated)"
_NOBODY_LEAD = lazyre.compile(
    rf"(?<![\w-]){_NOBODY}\s{{1,2}}{_NOBODY_VERB}\s{{1,2}}(?:(?:the|a|an|its|their|any)\s{{1,2}})?(?:[\w’'-]{{1,30}}\s{{1,2}}){{0,2}}$", re.I)
# "Nobody should expect it before May", "Don't expect them before the summer": the thing of the
# sentence before, as "It is expected ..." (see _pronoun_thing).
_PRONOUN_OBJECT_EXPECT = lazyre.compile(
    rf"\s{{0,3}}(?:{_NOBODY}\s{{1,2}}{_NOBODY_VERB}|(?:do\s{{1,2}}not|don[’']t)\s{{1,2}}(?:expect|anticipate))\s{{1,2}}"
    r"(?P<subj>it|them)\s{0,2}", re.I)
# "The ban will come into force in January": a rule's start.
_RULE_START_VERBS = ("come into force", "comes into force", "came into force", "enter into force", "enters into force",
                     "take effect", "takes effect", "come into effect", "comes into effect", "be imposed", "be introduced")
_START = _cue_rx((*THING_START_VERBS, *_RULE_START_VERBS))
# "The ban will be lifted next week": a passive of a verb of ending dates the end too.
_PASSIVE_END_VERBS = ("lifted", "scrapped", "withdrawn", "revoked", "rescinded", "completed", "complete", "completes",
                      "finished")
_END = _cue_rx((*THING_END_VERBS, *_PASSIVE_END_VERBS))
_CONTINUE = _cue_rx(THING_CONTINUE_VERBS)
_COMPLETION = _cue_rx(COMPLETION_VERBS)
_COMPLETED = _cue_rx(COMPLETED_FORMS)
_COMPLETION_BEFORE = lazyre.compile(
    rf"(?<![\w-])(?:{_alt(COMPLETION_VERBS)})\s{{1,2}}(?:its|their|the|his|her|a|an)\s{{1,2}}(?:[a-z][\w-]{{1,20}}\s{{1,2}})?$", re.I)
# The longest match of _SPEECH_BEFORE (a verb, three spaces, "on", three spaces, a
# newline for "$") with the five characters its look-behinds read.
_SPEECH_TAIL = max(map(len, SPEECH_VERBS)) + 3 + 2 + 3 + 1 + 5 + 1
# Not "will be published in May", "the report was published on June 2" (a passive: the thing's date).
_SPEECH_BEFORE = lazyre.compile(rf"(?<!be\s)(?<!was\s)(?<!were\s)(?<!been\s)(?i:\b(?:{'|'.join(SPEECH_VERBS)}))\s{{1,3}}(?:on\s{{1,3}})?$")
_PASSIVE_ADVERB = lazyre.compile(
    rf"(?<![\w-])(?:be|is|are|was|were|been|being)\s{{1,2}}(?:[a-z]{{2,15}}ly|{_alt(PREVERBAL_ADVERBS)})\s{{1,3}}$", re.I)
_WORD = lazyre.compile(r"[\w’'-]+")
_RELATIVE = lazyre.compile(r"(?<![\w-])(?:which|who|whom|whose|when|once)(?![\w-])", re.I)
_QUALIFIERS = frozenset((*EVENT_QUALIFIERS, *KIND_QUALIFIERS, *EXTENT_QUALIFIERS))
_OCCURRENCE = frozenset(OCCURRENCE_QUALIFIERS)
_PREP_BEFORE = lazyre.compile(
    r"(?<![\w-])(?P<prep>no\slater\sthan|no\searlier\sthan|no\ssooner\sthan|not\searlier\sthan|not\ssooner\sthan|not\suntil|not\sbefore|by|before|until|till|"
    r"after|from|since|starting|within|in|during|around|for)\s{1,3}$", re.I)
_DAY_BOUND = lazyre.compile(r"(?<![\w-])(?:by|no\slater\sthan|not\sbefore|not\suntil|no\searlier\sthan)\s{1,3}(?:the\s{1,3})?$", re.I)
_BY_INSIDE = lazyre.compile(r"(?:by|no\slater\sthan)\s", re.I)
_BY_DAY = lazyre.compile(r"(?<![\w-])(?:by|no\slater\sthan)\s{1,3}(?:the\s{1,3})?$", re.I)
_PREP_INSIDE = lazyre.compile(r"^(?P<prep>by|before|until|till|after|from|since|within|in|during)\b", re.I)


# "The review will not report before January": a thing noun right after a modal is a verb.
_MODAL_BEFORE = lazyre.compile(r"(?<![\w-])(?:to|will|would|shall|must|could|should|not|never|n[’']t|[’']ll)\s{1,2}$", re.I)
# "An independent review of the riot is due": the thing is the review, not the riot.
# Up to three pre-modifiers may stand between ("its report on last month's collision",
# "the review of the October 18 crash").
# A second link through a noun that names no thing climbs too ("will vote on emergency funding
# for roof repairs next week" forecasts the vote; "the review of the budget for the new
# stadium" the review).
_OF_LINK = lazyre.compile(r"^\s{1,2}(?:of|into|on|about|at|in)\s{1,2}(?:the\s{1,2}|a\s{1,2}|an\s{1,2}|its\s{1,2}|their\s{1,2})?"
                      r"(?:[\w’'-]{1,30}\s{1,2}){0,3}"
                      r"(?:(?:of|for|into|on)\s{1,2}(?:the\s{1,2}|a\s{1,2}|an\s{1,2}|its\s{1,2}|their\s{1,2})?"
                      r"(?:[\w’'-]{1,30}\s{1,2}){0,2})?$", re.I)
# Where a clause's subject starts: after a speech verb, "that", a comma or a semicolon.
# (and a markdown run-in heading the sentence splitter leaves on: "**The birth centre.** The centre remains closed")
_SUBJECT_CUT = lazyre.compile(r"[;:]|,(?![0-9]{3})|[.!?][*_]{1,2}\s|[*_]{2}[.!?]\s|(?<![\w-])(?:said|says|say|that|(?<!up\s)and|but|while|because|although)\s", re.I)  # not "up and running"
_SUBJECT_WORD = lazyre.compile(r"[A-Za-z][A-Za-z’'-]{0,30}")
# The first word after a subject: a finite verb or auxiliary ("sailings are expected...").
_FINITE = frozenset("""is are was were will would shall should could can cannot must may might has have had
won't won’t wouldn't wouldn’t isn't isn’t aren't aren’t wasn't wasn’t weren't weren’t""".split())
_SUBJECT_STOP = frozenset(SUBJECT_THING_STOP)
_WORK_HEADS = frozenset(WORK_HEADS)
_DETERMINERS = frozenset("a an the his her its their our my your this that these those".split())
_CHANGE_STEMS = frozenset(stem(v) for v in CHANGE_VERBS)
_RECEIPT = frozenset(RECEIPT_VERBS)
_ANNOUNCING_NOUNS = frozenset(ANNOUNCING_NOUNS)
# Verb forms of the cues: "The service expects to have...": "expects" is no subject.
_EXPECT_WORDS = frozenset(w for w in EXPECT_CUES if " " not in w)
_EXPECT_VERB_FORMS = frozenset(w for w in _EXPECT_WORDS if w.endswith(("s", "ed", "ing")))
_SUBJECT_PREPS = frozenset(SUBJECT_PREPOSITIONS)
# "Sailings resumed on 9 September", "were fully restored on 5 December": it happened.
_PAST_DONE = lazyre.compile(r"(?<![\w-])(?:was|were|has\sbeen|have\sbeen|had\sbeen)(?![\w-])|(?<![\w-])[a-z]{3,20}ed(?![\w-])"
                        rf"|(?<![\w-])(?:{_alt(IRREGULAR_PAST_VERBS)})(?![\w-])", re.I)  # "only began arriving on"
# Event words that are dated only by their start or end ("the blaze ... contained by Sunday").
_ROLE_ONLY = frozenset(w for w in TIMING_EVENT_EXCLUDE if EVENT_WORDS.get(w) in ("fire", "attack"))
_ROLE_RX = _cue_rx(_ROLE_ONLY)


@frozen
class Item:
    thing: str
    kind: str  # window | schedule | occurrence | pending
    role: str  # whole | start | end
    lo: dt.date | None  # None: open (unknown start, or "before X" in an undated article)
    hi: dt.date | None  # None: open end ("not before X")
    pub: dt.date | None
    hedged: bool
    delayed: bool
    claim: Claim
    facts: object = field(eq=False, repr=False)  # the article's facts: names are read lazily
    sentence: int = 0  # index of the sentence in its article
    qualifier: str | None = None  # "a second striker", "the final results": which one
    lead_delay: bool = False  # a delay word before the window ("postponed until March")
    now: bool = False  # "is now expected in September": restated as a change


def _iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ".."


def _window_value(thing: str, lo, hi, kind: str) -> str:
    verb = {"window": "expected", "schedule": "scheduled", "occurrence": "happened", "pending": "still pending"}[kind]
    if kind == "pending":
        return f"{thing}: {verb}"
    span = _iso(lo) if lo == hi else f"{_iso(lo)}/{_iso(hi)}"
    return f"{thing}: {verb} {span}"


@functools.lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    return stem(word)


_THING_VERB_SEEN: dict[str, bool] = {}


def _is_thing_verb(token: str) -> bool:
    """Could this token be a verb that names a thing ("rule", "signed")? A cache, bounded."""
    hit = _THING_VERB_SEEN.get(token)
    if hit is None:
        if len(_THING_VERB_SEEN) > 50000:
            _THING_VERB_SEEN.clear()
        hit = _THING_VERB_SEEN[token] = 3 <= len(token) <= 20 and token.isascii() and token.isalpha() \
            and (stem(token) in _VERB_THINGS or token in _REPORT_VERBS)
    return hit


_THING_VERB_TOKENS: set[str] = set()  # tokens known to be thing verbs ...
_OTHER_TOKENS: set[str] = set()  # ... and known not to be: both bounded


def _has_thing_verb(tokens: frozenset) -> bool:
    """``any(map(_is_thing_verb, tokens))`` with set operations: only tokens never seen
    before are tested one by one."""
    if not _THING_VERB_TOKENS.isdisjoint(tokens):
        return True
    new = tokens.difference(_OTHER_TOKENS)
    if not new:
        return False
    if len(_OTHER_TOKENS) > 50000:
        _OTHER_TOKENS.clear()
        _THING_VERB_TOKENS.clear()
    hit = False
    for tok in new:
        if _is_thing_verb(tok):
            _THING_VERB_TOKENS.add(tok)
            hit = True
        else:
            _OTHER_TOKENS.add(tok)
    return hit


def _thing_matches(text: str, tokens: frozenset | None = None):
    """``_THING_RX.finditer(text)``, faster: a match can only start at a token whose
    lower case is the first word of a thing, so the big alternation is tried only where
    such a word occurs (found with str.find) and most sentences are skipped outright."""
    low = text.lower()
    firsts = _THING_FIRST.intersection(_TOKEN.findall(low) if tokens is None else tokens)
    if not firsts:
        return
    if len(low) == len(text):
        starts = set()
        for w in firsts:
            i = low.find(w)
            while i >= 0:
                starts.add(i)
                i = low.find(w, i + 1)
        candidates = sorted(starts)
    else:  # lower() changed the length (rare letters): positions do not carry over
        candidates = [t.start() for t in _TOKEN.finditer(text)]
    end = 0
    for pos in candidates:
        if pos < end:
            continue
        m = _THING_RX.match(text, pos)
        if m is not None:
            end = m.end()
            yield m


def _things_in(text: str, tokens: frozenset | None = None, verb: bool | None = None):
    """Thing nouns and verbs of ``text`` (``tokens``: its lower-case ``_TOKEN`` set, if
    known, or at least those of its tokens that start a thing; ``verb``: whether a token is
    a thing verb, if known)."""
    out = []
    text = text[:MAX_SCAN]
    for m in _thing_matches(text, tokens):
        word = m.group(0)
        key = _SPACES.sub(" ", word.lower())
        if word[:1].isupper() and key in MONTHS:
            continue
        canon, is_event = _THINGS[key]
        if _participle(text, m.start(), m.end()) or _MODAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        out.append((m.start(), m.end(), canon, is_event, False))
    if verb is None:
        verb = tokens is None or _has_thing_verb(tokens)
    verbs = _VERB_THING_RX.finditer(text) if verb else ()
    for m in verbs:
        verb = m.group("verb")
        if _PHRASAL_PARTICLE.match(text, m.end("verb")):
            continue  # "has not ruled out a delay", "signed up": another verb
        canon = "report" if verb.lower() in _REPORT_VERBS else _VERB_THINGS.get(_stem(verb))
        if canon == "appearance" and _APPEAR_NOT.match(text, m.end("verb")):
            continue  # "would appear to have started": seeming, not an appearance
        if canon is not None:
            out.append((m.start("verb"), m.end("verb"), canon, canon in _EVENT_CANON, True))
    out.sort()
    return out


# A return to normal is one thing whatever its subject ("flights should be back to normal by
# Wednesday", "normal schedules will not return before the weekend"); the subject, unless it
# names the whole operation, is its qualifier (trains and water supplies are two returns).
NORMAL_THING = "return to normal"
_NORMAL_CUE = lazyre.compile(
    r"(?<![\w-])(?:back\s{1,2}to\s{1,2}normal|(?:return|returns|returned|returning|get|gets|come|comes)\s{1,2}"
    r"(?:back\s{1,2})?to\s{1,2}normal|normal\s{1,2}again|(?:running|operating|working|functioning|run|operate|work|function)"
    r"\s{1,2}normally|up\s{1,2}and\s{1,2}running)(?![\w-])", re.I)
# "Normal schedules will not return", "normal service would resume": "normal" before the
# subject, and a verb of return in its clause.
_NORMAL_ADJ = lazyre.compile(r"(?<![\w-])normal\s{1,2}(?P<noun>[a-z]{3,20})(?![\w-])", re.I)
_RETURN_VERB = lazyre.compile(r"(?<![\w-])(?:return|returns|resume|resumes|restart|restarts|be\s{1,2}restored|come\s{1,2}back)(?![\w-])", re.I)
_NORMAL_GENERIC = frozenset(NORMAL_GENERIC_SUBJECTS)
_PARTITIVE = frozenset(PARTITIVE_HEADS)
_THINK_VERBS = frozenset("""hope hopes hoped believe believes believed think thinks thought fear fears feared
suggest suggests suggested doubt doubts doubted""".split())
# "The council says the clinic opens next Wednesday": the reported clause's subject (a
# speech verb in the present, after its speaker)
_SAYS_VERBS = frozenset(("says", "say"))
# "The clinic opens next Wednesday": a present verb of starting or ending before a day ahead
# is a plan (English tells a timetable in the present).
_PRESENT_START_END = frozenset(("opens", "reopens", "begins", "starts", "resumes", "restarts", "ends", "closes",
                                "finishes", "concludes"))
_PRESENT_THEN_DAY = lazyre.compile(rf"(?<![\w-])(?:{'|'.join(sorted(_PRESENT_START_END))})\s{{1,2}}(?:again\s{{1,2}})?(?:on\s{{1,2}})?$", re.I)  # not "expects": "expects the plant to reopen" is read on its own
# "To have full services restored by", "restore full operations by", "full service will
# resume": a return to normal with no other thing named.
_FULL_ALT = _alt(FULL_SERVICE_NOUNS)
_FULL_SERVICE = lazyre.compile(
    rf"(?<![\w-])(?:(?:restore|restored|restoring|resume|resumed|resuming|return\s{{1,2}}to)\s{{1,2}}full\s{{1,2}}(?:{_FULL_ALT})"
    rf"|full\s{{1,2}}(?:{_FULL_ALT})(?:\s{{1,2}}(?:will|would|should|could|to|is|are|was|were|be|being|been|can|must|not|yet"
    r"|has|have|had|only|finally|eventually|did|fully)){0,3}"
    r"\s{1,2}(?:restored|resumed|resume|resumes|return|returns|returned|back)"
    # "expected to run a full schedule again by", "to operate a full timetable from"
    rf"|(?:run|runs|running|operate|operates|operating|offer|offers|offering)\s{{1,2}}(?:a\s{{1,2}}|its\s{{1,2}}|their\s{{1,2}}|the\s{{1,2}})?full\s{{1,2}}(?:{_FULL_ALT})"
    # "its schedule will not be fully restored until", "services should be fully back by"
    rf"|(?:{_FULL_ALT})(?:\s{{1,2}}(?:will|would|should|could|to|is|are|be|being|been|can|must|not|yet)){{0,4}}"
    r"\s{1,2}fully\s{1,2}(?:restored|resumed|reinstated|back|operational))(?![\w-])", re.I)
# A return to normal not yet come: "still running at reduced capacity", "not yet back to
# normal", "has yet to return to normal", "still far from normal".
_NORMAL_PENDING = lazyre.compile(
    rf"(?<![\w-])(?P<cue>(?:still|remain|remains|continue\s{{1,2}}to\s{{1,2}}be|continues\s{{1,2}}to\s{{1,2}}be)\s{{1,2}}(?:running\s{{1,2}}|operating\s{{1,2}}|working\s{{1,2}})?"
    rf"(?:at|on|with)\s{{1,2}}(?:a\s{{1,2}})?(?:{_alt(REDUCED_WORDS)})\s{{1,2}}(?:capacity|service|services|timetable|schedule|staffing)"
    r"|(?:not|never)\s{1,2}(?:yet\s{1,2})?(?:been\s{1,2})?(?:back|returned)\s{1,2}to\s{1,2}normal"
    r"|(?:yet|failed)\s{1,2}to\s{1,2}(?:return|get\s{1,2}back|come\s{1,2}back)\s{1,2}to\s{1,2}normal"
    r"|still\s{1,2}(?:far\s{1,2}from|not)\s{1,2}(?:back\s{1,2}to\s{1,2})?normal)(?![\w-])", re.I)
# The subject of such a state: the word before its auxiliary ("outpatient clinics are still").
_NORMAL_PENDING_SUBJECT = lazyre.compile(
    r"(?P<subj>[A-Za-z][a-z]{2,20})\s{1,2}(?:is|are|was|were|has|have|had|remain|remains)?\s{0,2}$")
_DISRUPTED = frozenset((*PLACE_ACTIVITY_NOUNS, *DISRUPTED_NOUNS))
_DISRUPTION_VERB = _alt(DISRUPTION_VERBS)
# "Corvalis cancelled another 58 flights", "dozens of trains were cancelled", "sailings were
# suspended again": a disruption of an activity, dated by the day in its sentence.
_DISRUPTION_RX = lazyre.compile(
    rf"(?<![\w-])(?:(?P<verb>{_DISRUPTION_VERB})\s{{1,2}}(?:(?:another|more|further|some|about|around|nearly|almost|over|all|its|their|the|dozens|hundreds|scores|of)\s{{1,2}}){{0,3}}"
    r"(?:[0-9][0-9,]{0,6}\s{1,2})?(?:more\s{1,2})?(?P<obj>[a-z]{3,20})"
    r"|(?P<subj>[a-z]{3,20})\s{1,2}(?:were|was|are|is|have\s{1,2}been|had\s{1,2}been|has\s{1,2}been)\s{1,2}(?:still\s{1,2}|again\s{1,2}|also\s{1,2})?"
    rf"(?:being\s{{1,2}})?(?P<pverb>{_DISRUPTION_VERB}))(?![\w-])", re.I)
_DISRUPTION_FIRST = frozenset(w.split()[0] for w in DISRUPTION_VERBS)


def _singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"  # "ferries", "supplies"
    if low.endswith("s") and not low.endswith("ss") and len(low) > 4:
        return low[:-1]
    return low


_MODIFIER_BEFORE = lazyre.compile(r"(?P<w>[A-Za-z][a-z-]{2,20})\s{1,2}$")
_NORMAL_MOD_STOP = frozenset("""the a an its their his her our this that these those some all more another
normal full other many most several of for""".split())


def _normal_words(text: str, start: int, end: int) -> str | None:
    """The qualifier of a return to normal: its subject's head and the modifier before it,
    singular ("ferry crossing", "card payment"); None for the whole operation ("schedules",
    "services" with no modifier). Two returns are one when their words meet."""
    head = _singular(text[start:end])
    words = set() if head in _NORMAL_GENERIC else {head}
    m = _MODIFIER_BEFORE.search(text, max(0, start - 25), start)
    if m is not None:
        w = m.group("w")
        at_start = not text[:m.start()].strip(" “\"‘'(")
        if w.lower() not in _NORMAL_MOD_STOP and w.lower() not in _PRONOUNS and (w[0].islower() or at_start):
            words.add(_singular(w))
    return " ".join(sorted(words)) or None


# "Full services will be restored at the hospital by Friday": the place of a whole operation
# keeps it apart from another's ("the bank is still operating at reduced capacity").
_AT_PLACE = lazyre.compile(r"(?<![\w-])(?:at|in|across)\s{1,2}(?:the|its|their)\s{1,2}(?:[a-z][\w-]{1,20}\s{1,2}){0,2}?"
                       r"(?P<place>[a-z][\w-]{2,20})(?![\w-])")


def _place_of(text: str, start: int, end: int) -> str | None:
    """The place named in a clause ("at the hospital"), singular, or None."""
    for m in _AT_PLACE.finditer(text, start, min(len(text), end)):
        w = m.group("place").lower()
        if w not in _NOT_PLACE_WORDS:
            return _singular(w)
    return None


def _normal_return(text: str, thing, subject: bool, pos: int):
    """For a window at ``pos``: (True, qualifier) when its clause forecasts a return to
    normal, else None."""
    cut = _last_cut(text, pos)
    seg = text[cut:pos]
    if "normal" not in seg.lower() and "running" not in seg.lower():
        # "Full operations will resume by the weekend": the whole operation, in full.
        return (True, _place_of(text, cut, pos + 60)) if "full" in seg.lower() and _FULL_SERVICE.search(seg) else None
    if _NORMAL_CUE.search(seg):
        return True, (_normal_words(text, thing[0], thing[1]) if subject else None) or _place_of(text, cut, pos + 60)
    m = _NORMAL_ADJ.search(seg)
    if m is not None and _RETURN_VERB.search(seg, m.end()):
        return True, _normal_words(text, m.start("noun"), m.end("noun"))
    return None


def _spans_drafts(core: tuple, facts, sent, pub: dt.date, text: str) -> list[tuple]:
    """Drafts of windows counted from publication, from their text-only readings (see
    ``_closed_for_core``): (thing, role, days to the first day, days to the last or None,
    hedged, delayed, start, end, where)."""
    out = []
    for canon, role, lo, hi, hedged, delayed, s, e, where in core:
        out.append((canon, "window", role, pub + dt.timedelta(days=lo), None if hi is None else pub + dt.timedelta(days=hi),
                    hedged, delayed, False, False, facts, sent, s, e, text, where, None))
    return out


def _closed_for(text: str, facts, sent, pub: dt.date) -> list[tuple]:
    """Drafts of a place kept closed for a stated time: its reopening, from then on (or
    around then, without "at least")."""
    return _spans_drafts(_closed_for_core(text), facts, sent, pub, text)


# Words every match of _CLOSED_FOR and _NOT_FOR holds, lower-cased: a count unit, a state
# word (the last word of each) or a negation. A text whose lower case lacks them has no match,
# unless it holds a letter that re.I folds like ASCII but lower() does not ("ſ", "ı", "İ").
_UNIT_LITERAL = lazyre.compile("day|week|month|year")
_STATE_LITERAL = lazyre.compile("|".join(sorted({re.escape(w.split()[-1]) for w in CLOSED_STATE_WORDS})))
_NEG_LITERAL = lazyre.compile("not|’t|'t")


def _may_match(text: str, literal: re.Pattern) -> bool:
    """Can _CLOSED_FOR (``literal``: _STATE_LITERAL) or _NOT_FOR (_NEG_LITERAL) match?"""
    if any(c in text for c in _FOLDS):
        return True
    low = text.lower()
    return _UNIT_LITERAL.search(low) is not None and literal.search(low) is not None


@functools.lru_cache(maxsize=4096)
def _closed_for_core(text: str) -> tuple:
    """What ``_closed_for`` reads of the text alone (memoised: wire copy repeats sentences)."""
    if not _may_match(text, _STATE_LITERAL):
        return ()
    out = []
    for m in _CLOSED_FOR.finditer(text):
        n = m.group("n")
        if n is None and not m.group("another"):
            continue  # "closed for weeks": no number
        count = int(n) if n and n[0].isdigit() else _NUMBER_WORDS.get((n or "one").lower())
        if not count:
            continue
        place = _closed_subject(text, m.start())
        if place is None:
            continue
        hedged, firm, neg, _, _ = _classify(text, place, m.start("dur"))
        if neg:
            continue
        days = count * _UNIT_DAYS[m.group("unit").lower().rstrip("s")]
        out.append((place[2], "start", days * 3 // 4, None if m.group("least") else days * 5 // 4 + 7, hedged, False,
                    m.start("dur"), m.end("dur"), place))
    return tuple(out)


def _span_days(m: re.Match) -> int | None:
    """The days of a "_COUNT" match ("another two weeks", "a year"), or None without a count."""
    n = m.group("n")
    if n is None and not m.group("another") and not m.group("unit").endswith("s"):
        n = "one"  # "a year" reads as "year" after "be a": one
    if n is None:
        return None if not m.group("another") else _UNIT_DAYS[m.group("unit").lower().rstrip("s")]
    count = int(n) if n[0].isdigit() else _NUMBER_WORDS.get(n.lower())
    return count * _UNIT_DAYS[m.group("unit").lower().rstrip("s")] if count else None


def _not_for(text: str, facts, sent, pub: dt.date) -> list[tuple]:
    """ "The results won't be known for another two weeks": the clause's subject, not before
    then (a lower bound from publication)."""
    return _spans_drafts(_not_for_core(text), facts, sent, pub, text)


@functools.lru_cache(maxsize=4096)
def _not_for_core(text: str) -> tuple:
    """What ``_not_for`` reads of the text alone."""
    if not _may_match(text, _NEG_LITERAL):
        return ()
    out = []
    for m in _NOT_FOR.finditer(text):
        days = _span_days(m)
        if days is None:
            continue
        thing = _subject_thing(text, m.end())  # its clause, verb included ("won't be known")
        if thing is None:
            continue
        hedged, firm, neg, delayed, role = _classify(text, thing, m.start("n") if m.group("n") else m.end())
        out.append((thing[2], role if role in ("start", "end") else "whole", days, None, hedged, delayed,
                    m.start(), m.end(), thing))
    return tuple(out)


def _be_before(text: str, facts, sent, pub: dt.date) -> list[tuple]:
    """ "It will be at least six weeks before the line reopens": the thing of the clause after
    "before" (its subject; a start or end verb gives the role), not before then."""
    return _spans_drafts(_be_before_core(text), facts, sent, pub, text)


@functools.lru_cache(maxsize=4096)
def _be_before_core(text: str) -> tuple:
    """What ``_be_before`` reads of the text alone."""
    out = []
    for m in _BE_BEFORE.finditer(text):
        days = _span_days(m)
        if days is None:
            continue
        clause_start = m.start("clause")
        v = _CLAUSE_VERB.search(text, clause_start, m.end("clause"))
        if v is None:
            continue
        heads = _WORD.findall(text[clause_start:v.start()])
        if not heads or len(heads) > 5:
            continue
        word = heads[-1]
        canon = _head_canon(word)
        if canon is None:
            continue
        pos = text.rfind(word, clause_start, v.start())
        thing = (pos, pos + len(word), canon, canon in _EVENT_CANON, False)
        verb = v.group("verb").lower()
        role = ("start" if _START.fullmatch(verb) or verb in _OBJECT_VERB_ROLE and _OBJECT_VERB_ROLE[verb] == "start"
                else "end" if _END.fullmatch(verb) or _OBJECT_VERB_ROLE.get(verb) == "end" else "whole")
        hedged = bool(_IT_MAY.match(m.group(0)))
        core = (canon, role, days, None, hedged, False, m.start(), m.end("unit"), thing)
        out.append(core)
        if verb in ("report", "reports") and canon != "report":
            out.append(("report",) + core[1:])  # "before the inquiry reports": its report too
    return tuple(out)


def _partial(text: str, start: int, end: int) -> bool:
    """Does the stretch name some of a place's users or times ("to lorries", "at night"), not
    all of them ("to traffic", "to the public")?"""
    for m in _PARTIAL.finditer(text, start, end):
        who = _SPACES.sub(" ", m.group("who").lower())
        if who not in _WHOLE_USERS and who.removeprefix("the ").removeprefix("all ") not in _WHOLE_USERS:
            if who in ("least", "the earliest", "the latest", "the end", "the start"):
                continue
            return True
    return False


# "Expects to finish restoring the system by Wednesday": the restoration's end, a return to
# normal (the object, up to three words, is what was restored).
_FINISH_RESTORING = lazyre.compile(
    rf"(?<![\w-])(?:{_alt(COMPLETE_VERBS)})\s{{1,2}}(?:{_alt(RESTORING_ACTS)})"
    r"(?:\s{1,2}(?:the|its|their|our|all|full)){0,2}(?:\s{1,2}[a-z][\w-]{1,20}){1,3}?(?![\w-])", re.I)
_FINISH_LITERALS = ("finish", "complet", "wrap", "conclud")


def _full_service(text: str, pos: int):
    """A thing tuple for "to have full services restored by ..." at ``pos`` (a return to
    normal named by no other thing), or None."""
    cut = _last_cut(text, pos)
    low = text.lower()
    if any(w in low for w in _FINISH_LITERALS) or any(c in text for c in _FOLDS):
        m = None
        for m in _FINISH_RESTORING.finditer(text, cut, pos):
            pass
        if m is not None and len(_WORD.findall(text, m.end(), pos)) <= 3:
            return (m.start(), m.end(), NORMAL_THING, False, False)
    if "ull" not in text and "ULL" not in text:
        return None  # every _FULL_SERVICE match holds "full" or "fully"
    m = None
    for m in _FULL_SERVICE.finditer(text, cut, pos):
        pass
    if m is None or len(_WORD.findall(text, m.end(), pos)) > 3:
        return None
    return (m.start(), m.end(), NORMAL_THING, False, False)


@functools.lru_cache(maxsize=4096)
def _normal_pending(text: str) -> tuple:
    """(start, end, qualifier) of each "still running at reduced capacity" in a sentence
    (memoised: wire copy repeats sentences)."""
    # one search for "normal" or any of REDUCED_WORDS in the lower-cased text (as the
    # substring tests it stands for)
    if _NORMAL_GATE.search(text.lower()) is None:
        return ()
    out = []
    for m in _NORMAL_PENDING.finditer(text):
        sm = _NORMAL_PENDING_SUBJECT.search(text, max(0, m.start() - 40), m.start())
        qual = (_normal_words(text, sm.start("subj"), sm.end("subj"))
                if sm and sm.group("subj").lower() not in _PRONOUNS else None)
        out.append(((sm.start() if sm else m.start()), m.end(), qual))
    return tuple(out)


_NORMAL_GATE = lazyre.compile("|".join(re.escape(w) for w in ("normal", *REDUCED_WORDS)))


def _disruptions(text: str, times, pub):
    """(start, end, qualifier, day) of each dated disruption of an activity in a sentence told
    in the past: "the airline cancelled 58 flights on Thursday, July 18"."""
    if pub is None or not times:
        return
    days = [t for t in times if t.start is not None and t.precision == "day" and t.start == t.end
            and not t.future and t.start <= pub and t.end_offset <= len(text)]
    if not days:
        return
    for m_start, m_end, qual in _disruption_matches(text):
        # The day of this clause: the nearest one after the disruption, else before it.
        after = [t for t in days if 0 <= t.start_offset - m_end <= 60]
        before = [t for t in days if 0 <= m_start - t.end_offset <= 30]
        t = after[0] if after else before[-1] if before else None
        if t is None:
            continue
        s, e = min(m_start, t.start_offset), max(m_end, t.end_offset)
        yield s, e, qual, t.start


@functools.lru_cache(maxsize=4096)
def _disruption_matches(text: str) -> tuple:
    """(start, end, qualifier) of each disruption of an activity in a sentence, undated
    (what ``_disruptions`` reads of the text alone; memoised)."""
    if _DISRUPTION_FIRST.isdisjoint(w.lower() for w in _TOKEN.findall(text)):
        return ()
    out = []
    for m in _DISRUPTION_RX.finditer(text):
        g = "obj" if m.group("obj") else "subj"
        noun = m.group(g).lower()
        if noun not in _DISRUPTED:
            continue
        out.append((m.start(), m.end(), _normal_words(text, m.start(g), m.end(g))))
    return tuple(out)


_FIRE_WORDS = tuple(w for w, canon in EVENT_WORDS.items() if canon == "fire")
_FIRE_STATE = _alt(FIRE_PENDING_STATES)
_FIRE_END = _alt(FIRE_END_PARTICIPLES)
_FIRE_PENDING = lazyre.compile(
    rf"(?<![\w-])(?P<fire>{_alt(_FIRE_WORDS)})(?![\w-])[^.;:!?]{{0,60}}?(?<![\w-])(?:"
    rf"(?:is|are|remains|remain)\s{{1,2}}still\s{{1,2}}(?:{_FIRE_STATE})"
    rf"|(?:remains|remain)\s{{1,2}}(?:out\s{{1,2}}of\s{{1,2}}control|uncontained)"
    rf"|(?:continues|continue)\s{{1,2}}to\s{{1,2}}(?:{_alt(FIRE_PENDING_VERBS)})"
    rf"|(?:is|are)\s{{1,2}}(?:still\s{{1,2}})?not\s{{1,2}}(?:yet\s{{1,2}})?(?:{_FIRE_END})"
    rf"|(?:has|have)\s{{1,2}}(?:still\s{{1,2}})?(?:not\s{{1,2}}(?:yet\s{{1,2}})?been|yet\s{{1,2}}to\s{{1,2}}be)\s{{1,2}}(?:{_FIRE_END})"
    rf"|(?P<past>(?:was|were)\s{{1,2}}still\s{{1,2}}(?:{_FIRE_STATE})|continued\s{{1,2}}to\s{{1,2}}(?:{_alt(FIRE_PENDING_VERBS)})))"
    r"(?![\w-])", re.I)
_FIRE_LITERAL = lazyre.compile("|".join(_FIRE_WORDS))
_ONGOING_WORDS = {w: c for w, c in EVENT_WORDS.items() if c in ONGOING_EVENTS and w not in ONGOING_EXCLUDED_WORDS}
_ONGOING_FIRST = frozenset(_TOKEN.match(w.lower()).group(0) for w in _ONGOING_WORDS)
_ONGOING = lazyre.compile(
    rf"(?<![\w-])(?P<ev>{_alt(_ONGOING_WORDS)})(?![\w-])[^.;:!?]{{0,40}}?(?<![\w-])"
    rf"(?:(?P<past>{_alt(ONGOING_PAST)})|{_alt(ONGOING_PRESENT)})(?![\w-])", re.I)


@functools.lru_cache(maxsize=4096)
def _fire_states(text: str) -> tuple:
    """(start, end, past, event) of each fire told still burning or not yet contained in a
    sentence (memoised; the lower-cased text must name a fire, or hold a letter re.I folds like
    ASCII), then of each lasting event told still going on ("the strike entered its second week")."""
    out = []
    if _FIRE_LITERAL.search(text.lower()) is not None or any(c in text for c in _FOLDS):
        out.extend((m.start(), m.end(), m.group("past") is not None, "fire") for m in _FIRE_PENDING.finditer(text))
    out.extend((m.start(), m.end(), m.group("past") is not None, _ONGOING_WORDS[m.group("ev").lower()])
               for m in _ONGOING.finditer(text) if m.group("ev").lower() in _ONGOING_WORDS)
    return tuple(out)


def _fire_pending(text: str, times, pub):
    """(start, end, day, event) of each "the fire is still burning" (day None) or "was still
    burning on Monday" (the nearest day-precise past date after it, else before it; none:
    skipped), and the like of lasting events."""
    for s, e, past, event in _fire_states(text):
        if not past:
            yield s, e, None, event
            continue
        if pub is None:
            continue
        days = [t for t in times if t.start is not None and t.precision == "day" and t.start == t.end
                and not t.future and t.start <= pub and t.end_offset <= len(text)]
        after = [t for t in days if 0 <= t.start_offset - e <= 60]
        before = [t for t in days if 0 <= s - t.end_offset <= 60]
        t = after[0] if after else before[-1] if before else None
        if t is not None:
            yield min(s, t.start_offset), max(e, t.end_offset), t.start, event


_NOT_PLACE_WORDS = frozenset("""end start beginning middle moment meantime future past morning evening afternoon night
coming next following first last meanwhile time day days week weeks weekend month months year years spring summer
autumn winter season""".split())
_SUBJECT_SCAN = 24
_EXPECT_OBJECT_VERBS = frozenset(("expects", "expect", "expected"))
_PRESENT_EXPECT = lazyre.compile(r"(?<![\w-])(?:expect|expects|(?:is|are)\s{1,2}(?:expected|due|scheduled|set)\s{1,2}to)(?![\w-])", re.I)
_PAST_AUX = lazyre.compile(r"(?<![\w-])(?:was|were|had|did|said|hoped)(?![\w-])", re.I)
_PLACE_TYPES = frozenset(PLACE_TYPE_NOUNS)
# Between a planned thing and its day: a clause break or a statement ("will begin in July, the
# ministry said in a statement on Wednesday") makes the day another's.
_PLAN_BREAK = lazyre.compile(r"[,;:()]|(?<![\w-])(?:said|says|say|told|tells|announced|statement|added|confirmed|after|when|since)(?![\w-])", re.I)
_OWN_START_END = frozenset(w for w in (*THING_START_VERBS, *THING_END_VERBS) if " " not in w and not w.endswith(("s", "ed")))


def _proper_place(words, low_words: list[str], h: int):
    """A subject head that names a place by a proper name ("Harrowfield Academy reopened",
    "the Aurelian Hall Museum will reopen"): the thing is the name's first word, as when the
    place is named by it alone. A thing tuple, or None."""
    if low_words[h] not in _PLACE_TYPES or not words[h].group(0)[:1].isupper():
        return None
    n = h
    while n > 0 and words[n - 1].group(0)[:1].isupper() and low_words[n - 1] not in _DETERMINERS and (
            words[n - 1].end() + 2 >= words[n].start()):
        n -= 1
    if n == h or low_words[n] in _PLACE_TYPES or low_words[n] in _FINITE:
        return None
    start = words[n].start()
    return (start, words[n].end(), low_words[n], False, False)


# "The museum, which closed after the raid, expects to reopen on Saturday": the subject before
# a relative clause set off by commas, when the clause after it opens with its verb.
_RELATIVE_BEFORE = lazyre.compile(
    r"(?:^|(?<=[.;:!?]\s))\s{0,2}(?P<np>(?:[A-Za-z][\w’'-]{0,30}\s{1,2}){0,3}[A-Za-z][\w’'-]{2,30}),\s{1,2}"
    rf"(?:which|who|[a-z]{{2,20}}ed|{_alt(IRREGULAR_PARTICIPLES)})\s[^,;:]{{2,100}},$")
_IRREGULAR_PAST = frozenset(IRREGULAR_PAST_VERBS)
_RECIPIENTS = frozenset(RECIPIENT_QUANTIFIERS)
_PREVERBAL = frozenset(PREVERBAL_ADVERBS)


# "Bills will now go out late, a spokesperson said, probably not until the end of the month":
# a clause of a window and its hedges and bounds alone continues the clause before it, over a
# speaker's aside; that clause's subject is the thing.
_ELLIPSIS_WORDS = frozenset("""probably possibly perhaps maybe likely almost most very not until till before by
at least earliest latest the and or but only no earlier later sooner than as late early still even now then
until""".split())
_ASIDE_VERBS = ("said", "says", "told", "added", "confirmed", "warned", "explained", "insisted", "admitted",
                "conceded", "acknowledged", "stressed", "cautioned", "noted", "believes", "believed", "thinks",
                "expects", "expected", "estimates", "estimated")
_ASIDE_BEFORE = lazyre.compile(
    r"(?:,\s{1,2}(?:[A-Za-z][\w’'-]{0,30}\s{1,2}){0,5}"
    rf"(?:{_alt((*SPEECH_VERBS, *_ASIDE_VERBS))})(?:\s{{1,2}}[A-Za-z][\w’'-]{{0,30}})?)?"
    r"\s{0,2},\s{0,2}$", re.I)
_ASIDE_END = lazyre.compile(rf"(?<![\w-])(?:{_alt((*SPEECH_VERBS, *_ASIDE_VERBS))})(?:\s{{1,2}}[A-Za-z][\w’'-]{{0,30}})?\s{{0,2}},\s{{0,2}}$", re.I)


def _elliptic_subject(text: str, cut: int, pos: int):
    """The thing of a window whose clause is only its hedges and bounds (see _ELLIPSIS_WORDS),
    read from the clause before it, or None."""
    frag = [w.lower() for w in _SUBJECT_WORD.findall(text, cut, pos)]
    if not frag or len(frag) > 5 or any(w not in _ELLIPSIS_WORDS for w in frag):
        return None
    am = _ASIDE_BEFORE.search(text, max(0, cut - 80), cut)
    if am is None or am.start() < 12:
        return None
    if _ASIDE_END.search(text, max(0, am.start() - 40), am.start() + 1):
        return None  # two asides in a row: the clause before is not found
    thing = _subject_thing_at(text, am.start())
    if thing is None or thing[3]:
        return None
    return thing


# "The road had been closed and was expected to reopen by Friday": a second verb phrase after
# "and"/"but" shares the subject of the clause before it.
_SHARED_SUBJECT_AUX = lazyre.compile(
    r"(?:was|were|is|are|has|have|had|will|would|should|could|may|might|remains|remained)\s", re.I)
_LEAD_NP = lazyre.compile(
    r"\s{0,3}(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s{1,2}(?:[\w’'-]{1,30}\s{1,2}){0,3}?[\w’'-]{2,30})\s{1,2}"
    r"(?:(?:had|has|have|was|were|is|are)\s{1,2}(?:been\s{1,2})?|remains\s{1,2}|remained\s{1,2})")


def _shared_subject(text: str, cut: int, pos: int):
    """The thing of a clause after "and"/"but" that opens on its verb, read from the subject of
    the clause before (see _SHARED_SUBJECT_AUX), or None."""
    tail = text[max(0, cut - 4):cut].lower()
    if not (tail.endswith("and ") or tail.endswith("but ")) or _SHARED_SUBJECT_AUX.match(text, cut, pos) is None:
        return None
    start = _last_cut(text, cut - 4)
    m = _LEAD_NP.match(text, start, cut - 4)
    if m is None:
        return None
    return _joined_subject_thing(text, m, cut, pos)


def _joined_subject_thing(text: str, m: re.Match, cut: int, pos: int):
    """The thing of the clause text[cut:pos] read with the subject noun phrase ``m`` ("np")
    put before it, in ``text``'s offsets; None when the thing is not in that noun phrase."""
    np = m.group("np")
    joined = np + " " + text[cut:pos]
    thing = _subject_thing_at(joined, len(joined))
    if thing is None or thing[0] >= len(np):
        return None
    off = m.start("np")
    return (thing[0] + off, thing[1] + off, *thing[2:])


def _subject_thing(text: str, pos: int):
    thing = _subject_thing_at(text, pos)
    if thing is not None:
        return thing
    cut = _last_cut(text, pos)
    if cut >= 8 and text[cut - 1] == " " and (thing := _shared_subject(text, cut, pos)) is not None:
        return thing
    if cut < 12 or text[cut - 1] != ",":
        return None
    thing = _elliptic_subject(text, cut, pos)
    if thing is not None:
        return thing
    m = _RELATIVE_BEFORE.search(text, max(0, cut - 160), cut)
    if m is None:
        return None
    # Read the subject and the main clause as one ("The museum expects to reopen on Saturday").
    return _joined_subject_thing(text, m, cut, pos)


def _subject_thing_at(text: str, pos: int):
    """The clause's subject as the thing, when no thing noun is near: "Council services
    would be restored by...". The head is the noun before the subject's first preposition
    ("Letters to those affected will..."); after a verb of receipt it is the object
    ("customers will receive letters by..."). A thing tuple like ``_things_in``'s, or None."""
    seg = text[:pos]
    cut = _last_cut(text, pos)
    # Only the clause's first words can hold the subject, its verb and a short object
    # (k <= 12, the object ends within 4 words of the verb): 24 words decide as well as all.
    words = list(islice(_SUBJECT_WORD.finditer(seg, cut), _SUBJECT_SCAN))
    low_words = [w.group(0).lower() for w in words]
    # "it hoped the plant could reopen in April": the reported clause's subject (a verb of
    # hoping or believing with no "that" and no "to" after it).
    j = next((n for n, w in enumerate(low_words[:4]) if (w in _THINK_VERBS or w in _SAYS_VERBS and n)
              and low_words[n + 1:n + 2] and low_words[n + 1] != "to"), None)
    if j is not None:
        words, low_words = words[j + 1:], low_words[j + 1:]
    # "it expects planned operations to restart in ...": the object of "expects" before "to"
    # is the thing (the verbs after "to" are read as a subject's verbs).
    e = next((n for n, w in enumerate(low_words[:6]) if w in _EXPECT_OBJECT_VERBS), None)
    to = next((n for n in range(e + 2, min(e + 6, len(low_words))) if low_words[n] == "to"), None) if (
        e is not None and low_words[e + 1:e + 2] not in (["to"], [])) else None
    if (e is not None and e >= 1 and to is None and low_words[e] != "expected" and low_words[e - 1] not in _FINITE
            and low_words[e + 1:e + 2] == ["to"]
            and low_words[e + 2:e + 3] and low_words[e + 2] in _OWN_START_END
            and low_words[e + 3:e + 4] not in ([w] for w in _DETERMINERS)):
        # "The museum expects to reopen on Saturday": the subject's own reopening (not "expects
        # to reopen the bridge", whose object _object_thing reads)
        to = e
    k = to if to is not None else next((n for n, w in enumerate(low_words) if w in _FINITE or w in _PRESENT_START_END
                                        or n and w in _IRREGULAR_PAST and low_words[n - 1] not in _DETERMINERS), None)
    if (k is None and e is not None and low_words[e + 1:e + 2] == ["to"]
            and _receipt_object(low_words, e + 1) is not None):
        k = e + 1  # "The council expects to send out tax bills by": what is sent (read below)
    finite = k is not None
    if k is None:  # "Sailings resumed on": a past verb, not "the revised timetable"
        k = next((n for n, w in enumerate(low_words) if n and w.endswith("ed") and len(w) >= 5
                  and low_words[n - 1] not in _DETERMINERS), None)
    if not k:
        return None
    prep = next((n for n in range(1, k) if low_words[n] in _SUBJECT_PREPS), None) if finite else None
    h = k - 1 if prep is None else prep - 1
    while h > 0 and prep is None and low_words[h] in _PREVERBAL and (not finite or low_words[k] in _IRREGULAR_PAST):
        h -= 1  # "the portal finally reopened": the subject of a past verb, before the adverb
    if prep is not None and low_words[prep] == "of" and low_words[h] in _PARTITIVE and k - 1 > prep:
        h = k - 1  # "the undamaged part of the plant could reopen": the plant
    if prep is not None and low_words[prep] == "of" and low_words[h] in _ANNOUNCING_NOUNS and k - 1 > prep:
        h = k - 1  # "the award of the contract has been pushed back": the contract
    # "The county council expects a new operator to ...": the object of "expects" is counted
    # from the verb, as a subject from the clause's start
    base = e + 1 if to is not None and to != e else 0
    if h - base > 5 or k - base > (6 if prep is None else 12):
        return None
    receipt = _receipt_object(low_words, k) if to is None else None
    if receipt is not None:
        h = receipt
    h = _work_modifier(low_words, h)  # "Repair work on the pier is expected to start": the repair
    head = words[h]
    word = head.group(0)
    low = word.lower()
    named = _proper_place(words, low_words, h)
    if named is not None:
        return named
    if low in _EXPECT_WORDS and low_words[h + 1:h + 2] == ["to"]:
        return None  # "Officials expect to have...": the verb, not the subject
    verbs = {w.group(0).lower() for w in words[k:k + 6]}
    if (low in NON_HEAD_WORDS or low in _SUBJECT_STOP or low in _EXPECT_VERB_FORMS or low in _DETERMINERS or len(low) < 4
            or low in _PRONOUNS  # "Nobody should expect it before May": nobody is no thing
            or low.endswith(("’s", "'s")) or word[:1].isupper() and h > 0 and not (
                # "Officials expect Brenholm to reopen on Monday": a named place expected to reopen
                to is not None and to != e and low_words[to + 1:to + 2] and low_words[to + 1] in _OWN_START_END)
            or {stem(v) for v in verbs} & _CHANGE_STEMS):
        return None
    if low in EVENT_WORDS:
        canon = EVENT_WORDS[low]
    elif low in _THINGS:
        canon = _THINGS[low][0]
    elif low in PLACE_SYNONYMS:
        canon = PLACE_SYNONYMS[low]  # "the harbour" is the port, "classes" the school
    else:
        canon = (low[:-3] + "y" if low.endswith("ies") and len(low) > 5  # "deliveries": one delivery, as _head_canon
                 else low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 4 else low)
        canon = PLACE_SYNONYMS.get(canon, canon)
    start = head.start()
    return (start, start + len(word), canon, False, False)


def _closed_subject(text: str, pos: int):
    """The place of "<place> will stay closed until ...": the last word of the clause before
    the state verb at ``pos``, past modals and "expected to". A thing tuple, or None."""
    cut = _last_cut(text, pos)
    words = list(_SUBJECT_WORD.finditer(text, cut, pos))
    while words and words[-1].group(0).lower() in _STATE_LEAD:
        words.pop()
    # "The regulator ordered the pipeline to remain closed until ...": the object of a verb
    # of ordering is the place kept closed, not the clause's subject.
    order = next((n for n in range(len(words) - 1, -1, -1) if words[n].group(0).lower() in _ORDER_VERBS), None)
    if order is not None:
        words = words[order + 1:]
    if not words or len(words) > 6:
        return None
    head = words[-1]
    # "Schools in the district will remain closed": the schools; "production at the mine
    # will stay halted": the mine (an activity is its place).
    prep = next((n for n in range(1, len(words)) if words[n].group(0).lower() in _SUBJECT_PREPS), None)
    if prep is not None and words[prep - 1].group(0).lower() not in _PLACE_ACTIVITIES:
        head = words[prep - 1]
    word = head.group(0)
    at_start = head.start() == len(text) - len(text.lstrip(" “\"‘'("))
    canon = _head_canon(word.lower() if at_start else word)
    return None if canon is None else (head.start(), head.end(), canon, False, False)


def _reporting_body(things, thing, text: str):
    """"The inquiry would report by ...": the inquiry (a thing noun right before the verb
    "report"), so that the window is both the report's and the inquiry's. A thing, or None."""
    if not (thing[4] and thing[2] == "report"):
        return None
    before = [t for t in things if t[1] <= thing[0] and not t[4]]
    if not before or before[-1][2] == "report":
        return None
    between = text[before[-1][1]:thing[0]]
    if len(_WORD.findall(between)) > 8 or re.search(r"[,;:()]", between):
        return None  # "the inquiry into the cause of the fire would report": one clause
    return before[-1]


def _place_thing(text: str, thing):
    """"Production at the mine will resume next week": the mine (its reopening), when the
    subject is an activity of a place. A thing tuple, or None."""
    if text[thing[0]:thing[1]].lower() not in _PLACE_ACTIVITIES:
        return None
    m = _PLACE_LINK.match(text, thing[1], min(len(text), thing[1] + 90))
    if m is None:
        return None
    canon = _head_canon(m.group("place"))
    return None if canon is None else (m.start("place"), m.end("place"), canon, False, False)


def _work_modifier(low_words: list[str], h: int) -> int:
    """"the repair work": the modifier (its index) names the thing a general head like "work"
    does not; else ``h``."""
    if low_words[h] in _WORK_HEADS and h >= 1:
        mod = low_words[h - 1]
        if (len(mod) >= 4 and mod not in _DETERMINERS and mod not in NON_HEAD_WORDS and mod not in _SUBJECT_STOP
                and not mod.endswith(("’s", "'s")) and mod not in _STATE_LEAD):
            return h - 1
    return h


def _head_canon(word: str) -> str | None:
    """The thing a bare head noun names ("homes" -> "home"), or None for words that name
    nothing (pronouns, determiners, quantities, capitalised names)."""
    low = word.lower()
    if (len(low) < 3 or low in _PRONOUNS or low in _DETERMINERS or low in NON_HEAD_WORDS or low in _SUBJECT_STOP
            or word[:1].isupper() or low.endswith(("’s", "'s"))):
        return None
    if low in EVENT_WORDS:
        return EVENT_WORDS[low]
    if low in PLACE_SYNONYMS:
        return PLACE_SYNONYMS[low]
    if low in _THINGS:
        return _THINGS[low][0]
    if low.endswith("ies") and len(low) > 5:
        return low[:-3] + "y"  # "galleries", "ferries": one gallery, one ferry
    return low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 4 else low


def _object_thing(text: str, pos: int, tokens: frozenset | None = None):
    """"expected to lift the notice by the weekend": (thing tuple, role, place) of the object
    of a verb of ending or starting just before a window, or None; ``place`` is the subject
    when the object is its activity ("the factory will resume production"), else None."""
    if tokens is None or not _SUPPLY_VERB_TOKENS.isdisjoint(tokens):
        m = _SUPPLY_TO.search(text, max(0, pos - 160), pos)
        if m is not None:  # "to restore service to the remaining homes by Sunday": the supply
            return (m.start("obj"), m.end("obj"), "supply", False, False), "start", None
    if tokens is not None and _OBJECT_VERB_TOKENS.isdisjoint(tokens):
        return None  # no verb of starting or ending anywhere in the sentence
    m = _OBJECT_RX.search(text, max(0, pos - 100), pos) or _OBJECT_BARE_RX.search(text, max(0, pos - 100), pos)
    if m is None:
        return None
    obj = m.group("obj").lower()
    canon = "supply" if obj in _SUPPLY else _head_canon(m.group("obj"))
    if canon is None:
        return None
    # "The factory will resume production next week": the factory reopening as well.
    place = None
    if obj in _PLACE_ACTIVITIES:
        named = m.groupdict().get("place")
        if named is not None:  # "production at its factory": the place named after it
            canon_place = _head_canon(named)
            place = None if canon_place is None else (m.start("place"), m.end("place"), canon_place, False, False)
        else:
            place = _closed_subject(text, m.start())
    elif m.groupdict().get("place") is not None:
        return None  # "to resume talks at the ministry by ...": not an activity of a place
    return (m.start("obj"), m.end("obj"), canon, False, False), _OBJECT_VERB_ROLE[m.group("verb").lower()], place


def _state_things(text: str, tokens: frozenset):
    """Things a sentence shows still pending by a state ("the boil-water notice remains in
    force") or by none of it having come ("not a single container home has arrived"):
    (start, end, canon, cue start, cue end) tuples."""
    out = []
    cues = []
    displaced = ()
    if not _STATE_WORDS.isdisjoint(tokens) or not _NO_END_WORDS.isdisjoint(tokens):
        displaced = tuple(_DISPLACED.finditer(text)) if not _STATE_WORDS.isdisjoint(tokens) else ()
        cues.extend(_STATE_PENDING.finditer(text))
        cues.extend(displaced)
    if "home" in tokens or "homes" in tokens or "houses" in tokens or "flats" in tokens:
        cues.extend(_NOT_HOME.finditer(text))
    if not _WAIT_WORDS.isdisjoint(tokens):
        cues.extend(m for m in _SUBJECT_PENDING.finditer(text) if m.group("verb").lower() not in _NO_NEWS)
    if "not" in tokens and not _RESTART_TOKENS.isdisjoint(tokens):
        cues.extend(_NOT_RESTARTED.finditer(text))
    if not _UNABLE_TOKENS.isdisjoint(tokens) and not _STATE_WORDS.isdisjoint(tokens):
        cues.extend(m for m in _UNABLE.finditer(text) if m.group("verb").lower() not in _UNABLE_NO_NEWS)
    if "since" in tokens and not _HAS_TOKENS.isdisjoint(tokens):
        cues.extend(_CLOSED_SINCE.finditer(text))
    if cues:
        for cue in sorted(cues, key=lambda m: m.start()):
            seg = text[max(0, cue.start() - 80):cue.start()]
            cut = 0
            for m in _SUBJECT_CUT.finditer(seg):
                cut = m.end()
            words = list(_SUBJECT_WORD.finditer(seg, cut))
            if (len(words) == 1 and words[0].group(0).lower() in _RELATIVE_HEADS and cut
                    and seg[:words[0].start()].rstrip().endswith(",")):
                # "The museum, which has been closed since": the noun the clause is about
                before = seg[:words[0].start()].rstrip()[:-1]
                c0 = 0
                for m in _SUBJECT_CUT.finditer(before):
                    c0 = m.end()
                words = list(_SUBJECT_WORD.finditer(before, c0))
            if not words and cut and seg.rstrip().endswith(","):
                # "The repair work on the pier, which was due to begin last week, still has not
                # started": the noun phrase the relative clause is about
                before = seg.rstrip()[:-1]
                c0 = 0
                for m in _SUBJECT_CUT.finditer(before):
                    c0 = m.end()
                inner = _SUBJECT_WORD.match(before, c0 + len(before[c0:]) - len(before[c0:].lstrip()))
                if c0 and before[c0 - 1] == "," and inner is not None and inner.group(0).lower() in _RELATIVE_HEADS:
                    c1 = 0
                    for m in _SUBJECT_CUT.finditer(before, 0, c0 - 1):
                        c1 = m.end()
                    words = list(_SUBJECT_WORD.finditer(before, c1, c0 - 1))
            if not words and cut and seg.rstrip().endswith(",") and cue.group(0)[:5].lower() == "still":
                # "The hosepipe ban, still in force this week, has been extended": an appositive
                # state of the noun before it
                before = seg.rstrip()[:-1]
                c0 = 0
                for m in _SUBJECT_CUT.finditer(before):
                    c0 = m.end()
                words = list(_SUBJECT_WORD.finditer(before, c0))
            if not words and cut and seg.rstrip().endswith(","):
                # "Keller Road, which the council said would reopen on Monday, is still closed":
                # the noun the relative clause is about
                end = len(text[:cue.start()].rstrip())
                rel = _RELATIVE_BEFORE.search(text, max(0, end - 200), end)
                off0 = max(0, cue.start() - 80)
                if rel is not None and rel.start("np") >= off0:  # (within the segment the offsets below count in)
                    words = list(_SUBJECT_WORD.finditer(seg, rel.start("np") - off0, rel.end("np") - off0))
            while words and words[-1].group(0).lower() in _STATE_LEAD:
                words.pop()  # "the line will remain closed": the line
            # "The company's plant in Haldorf remained closed": the plant, the head before the
            # subject's first preposition (an activity yields to its place, as in _closed_subject).
            prep = next((n for n in range(1, min(len(words), 7)) if words[n].group(0).lower() in _SUBJECT_PREPS
                         and words[n - 1].group(0).lower() not in _PLACE_ACTIVITIES), None)
            if not words or len(words) > (6 if prep is None else 9):
                continue
            h = len(words) - 1 if prep is None else prep - 1
            if (prep is not None and h >= 1 and words[h].group(0).lower().endswith("ed")
                    and words[h - 1].group(0).lower() not in _DETERMINERS):
                h -= 1  # "the rerun promised for March 14 has not been held": the rerun
            if h >= 1 and words[h - 1].group(0).lower() in _THINGS and words[h - 1].group(0).islower():
                h -= 1  # "the compensation scheme has not opened": the thing noun names it
            h = _work_modifier([w.group(0).lower() for w in words[:h + 1]], h)  # "the repair work": the repair
            head = words[h]
            at_start = max(0, cue.start() - 80) + head.start() == len(text) - len(text.lstrip(" “\"‘'("))
            canon = _head_canon(head.group(0).lower() if at_start else head.group(0))
            if head.group(0).lower() in _SUPPLY:
                canon = "supply"  # "power has not been restored": the supply
            if (canon is None or at_start and h == 0 and canon not in _WHOLE_WORDS and canon not in _THINGS
                    ) and prep is None and all(w.group(0)[:1].isupper() for w in words[:h + 1]) and (
                    words[0].group(0).lower() not in _PRONOUNS and words[0].group(0).lower() not in _DETERMINERS):
                # "St Aldric's remains closed": a proper name, kept only when the story tells its
                # kind ("St Aldric's Academy"; see _alias_proper_names)
                off = max(0, cue.start() - 80)
                parts = [w.group(0) for w in words[:h + 1]]
                if len(parts) > 1 and parts[-1].lower() in _NAMED_KINDS:
                    parts = parts[:-1]  # "Brenholm Academy remains closed": Brenholm, of its kind
                name = " ".join(parts)
                out.append((off + words[0].start(), off + head.end(), NAMED_PREFIX + name, cue.start(), cue.end()))
                if canon is None:
                    continue
                # "Larchmont remains closed" opening a sentence: the name, and the plain word as before
            if canon is not None:
                off = max(0, cue.start() - 80)
                if _STILL_THERE.fullmatch(cue.group(0)):
                    # "residents still live at the home": their move (the key of each verb of moving)
                    for key in sorted({k for v in MOVE_OUT_VERBS if (k := _action_key(canon, v)) is not None}):
                        out.append((off + head.start(), off + head.end(), key, cue.start(), cue.end()))
                    continue
                out.append((off + head.start(), off + head.end(), canon, cue.start(), cue.end()))
    if "not" in tokens or "yet" in tokens or "hasn" in tokens or "haven" in tokens or "still" in tokens:
        found = list(_PENDING_OBJECT.finditer(text))
        if "still" in tokens or "continue" in tokens or "continues" in tokens:
            found.extend(_WAITING_OBJECT.finditer(text))
        for m in found:
            words = list(_SUBJECT_WORD.finditer(m.group("np")))
            k = next((n for n, w in enumerate(words) if w.group(0).lower() in _OBJECT_NP_STOP), len(words))
            if k == 0 or k > 3:
                continue
            head = words[k - 1]
            canon = PENDING_OBJECT_CANONS.get(head.group(0).lower()) or _head_canon(head.group(0))
            if canon is not None and head.group(0).lower() not in EVENT_WORDS:  # "has not ruled on the appeal": it may have been heard
                off = m.start("np")
                out.append((off + head.start(), off + head.end(), canon, m.start(), m.end()))
    if "without" in tokens or "no" in tokens:
        for m in _WITHOUT.finditer(text):
            obj = m.group("obj")
            low_obj = obj.lower()
            canon = "supply" if low_obj in _SUPPLY or low_obj in _SERVICE_NOUNS and _HOMES_BEFORE.search(
                text, max(0, m.start() - 60), m.start()) else _head_canon(obj)
            if canon is not None:
                out.append((m.start("obj"), m.end("obj"), canon, m.start(), m.end()))
    if not _CONTACT_TOKENS.isdisjoint(tokens):
        for m in _NOT_CONTACTED.finditer(text):
            if _OWN_DESK.search(text, max(0, m.start() - 40), m.start()):
                continue  # "we have not heard back from the company": a request for comment
            out.append((m.start(), m.end(), "contact", m.start(), m.end()))  # "have still not heard from"
    if not _NONE_WORDS.isdisjoint(tokens):
        for m in _NONE_ARRIVED.finditer(text):
            canon = _head_canon(m.group("obj"))
            if canon is not None:
                out.append((m.start("obj"), m.end("obj"), canon, m.start(), m.end()))
    return out


@functools.lru_cache(maxsize=64)
def _cut_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _SUBJECT_CUT.finditer(text))


def _last_cut(text: str, pos: int) -> int:
    """Where the clause ending at ``pos`` starts: the end of the last ``_SUBJECT_CUT`` in
    ``text[:pos]``, or 0. Scanning from the start for each date is quadratic on a long
    sentence with many dates, so the sentence's cuts are found once and only the last 20
    characters (where the end of the text could change a match) are scanned again. Cuts are
    at most 9 characters long with a 3-character look-ahead: the same answer as a full scan."""
    s0, cut = max(0, pos - 20), 0
    if s0:
        spans = _cut_spans(text)
        k = bisect.bisect_left(spans, (s0, -1))  # cuts starting before s0 end before pos - 10
        if k:
            cut = spans[k - 1][1]
            s0 = max(s0, cut)
    for m in _SUBJECT_CUT.finditer(text, s0, pos):
        cut = m.end()
    return cut


_RECEIPT_PARTICLES = frozenset(("out", "off"))
# "put a revised budget to councillors within a week": the object ends before "to" or "before"
# (one word after the verb at least: "be sent to" has no object before it)
_OBJECT_ENDS = (frozenset(SUBJECT_PREPOSITIONS) - {"of"}) | {"before"}


_ADVERB_PREPS = frozenset(("in", "on", "at", "within", "by", "before", "until", "till", "into", "through", "via", "over"))


def _receipt_object(low_words: list[str], k: int) -> int | None:
    """"will receive letters": the index of the object's head when the verb after the
    subject is one of receipt and the object is short and ends the clause, else None."""
    for r in range(k, min(k + 4, len(low_words))):
        n = 2 if low_words[r] == "be" and f"be {low_words[r + 1] if r + 1 < len(low_words) else ''}" in _RECEIPT else 1
        if n == 1 and low_words[r] not in _RECEIPT:
            continue
        if r + n < len(low_words) and low_words[r + n] in _ADVERB_PREPS:
            return None  # "wages would be paid in full by Friday": a manner, not an object (the subject is due)
        stop = next((j for j in range(r + n + 1, len(low_words)) if low_words[j] in _OBJECT_ENDS), len(low_words))
        obj = [j for j in range(r + n, stop) if low_words[j] not in NON_HEAD_WORDS
               and not (j == r + n and low_words[j] in _RECEIPT_PARTICLES)]  # "send out bills"
        if not obj or len(obj) > 4:
            return None
        return obj[-1]
    return None


def _role_thing(text: str, pos: int):
    """"expects to have the blaze contained by the weekend": an event dated only by its
    start or end, named a few words before a start or end verb. A thing tuple, or None."""
    lo = max(0, pos - 80)
    hit = None
    for m in _ROLE_RX.finditer(text, lo, pos):
        hit = m
    if hit is None:
        return None
    between = text[hit.end():pos]
    if len(_WORD.findall(between)) > 5 or not (_END.search(between) or _START.search(between)):
        return None
    return (hit.start(), hit.end(), EVENT_WORDS[hit.group(0).lower()], False, False)


_INTENT_WORDS = frozenset(w.lower() for w in (*EXPECT_CUES, *HOPE_WORDS) if " " not in w)


def _past_done(between: str) -> bool:
    """A past verb between the subject and a day: "the crew finished on Friday". Not a past
    intent ("crews hoped to raise the wreck by October 20", "planned to"): still a forecast."""
    for m in _PAST_DONE.finditer(between):
        if m.group(0).lower() in _INTENT_WORDS and between[m.end():m.end() + 4].lower() == " to ":
            continue
        if m.group(0)[-2:].lower() == "ed" and _ATTRIBUTIVE_LEAD.search(between, 0, m.start()):
            continue  # "a rerun of the voided draw will take place": an adjective, not a verb
        return True
    return False


# "The operator would begin refunding ticket-holders next week": a verb of starting and a gerund.
_START_GERUND = lazyre.compile(
    r"(?<![\w-])(?:begin|begins|began|begun|start|starts|started|resume|resumes|resumed|commence|commences)"
    r"\s{1,2}(?P<g>[a-z]{3,20}ing)(?![\w-])", re.I)


def _gerund_thing(text: str, pos: int):
    """The thing a gerund after a verb of starting names, when its noun is a thing noun
    ("begin refunding" -> the refunds, "start paying compensation" is left to the object)."""
    m = None
    for m in _START_GERUND.finditer(text, max(0, pos - 80), pos):
        pass
    if m is None:
        return None
    g = m.group("g").lower()[:-3]
    # "refunding" -> refund, "repairing" -> repair, "investigating" -> investigation
    for noun in (g, g + "e", g[:-1] if len(g) > 3 and g[-1] == g[-2] else None, g + "ion", g + "ation", g + "ment"):
        if noun and noun in _THINGS:
            canon = _THINGS[noun][0]
            return (m.start("g"), m.end("g"), canon, canon in _EVENT_CANON, False)
    return None


# "A rerun of the voided draw will take place on ...": the thing's complement, before the verb.
_COMPLEMENT = lazyre.compile(
    r"^[\w’'-]{1,40}(?P<c>\s{1,2}(?:of|into|on|about|at|in|for)\s{1,2}(?:(?:the|a|an|its|their)\s{1,2})?"
    r"(?:[\w’'-]{1,30}\s{1,2}){1,3}?)(?=(?:will|would|is|are|should|could|may|might|must|shall)\s)", re.I)


def _complement_words(between: str) -> int:
    """How many words of a thing's complement ("of the voided draw") stand before its verb."""
    m = _COMPLEMENT.match(between)
    return len(_WORD.findall(m.group("c"))) if m else 0


_ATTRIBUTIVE_LEAD = lazyre.compile(r"(?<![\w-])(?:the|a|an|its|their|this|that|these|those)\s{1,2}$", re.I)


def _participle(text: str, start: int, end: int) -> bool:
    """", ruling that ...": a verb, not the thing."""
    word = text[start:end].lower()
    return word.endswith("ing") and (text[max(0, start - 2):start] == ", " or text[end:end + 5].lower() == " that")


# A speech verb and a new subject between a thing and its window: the thing was in the
# speaker's description ("a source close to the negotiations said a deal ..."), and the
# window belongs to the reported clause.
_REPORTED_AFTER = lazyre.compile(
    # "analysts doubt that the new stadium ...": a doubted clause is a reported one
    r"\b(?:doubt|doubts|doubted)\s{1,3}(?:that|whether|if)\s{1,3}|"
    r"\b(?:said|says|told\s{1,3}[a-z]{2,20}|added|warned|insisted|believed|believes)\s{1,3}"
    # "warned on Tuesday that planned operations will not restart": the reported clause's own
    r"(?:on\s{1,3}[A-Z][a-z]{2,9}\s{1,3})?(?:that\s{1,3}|(?=(?:a|an|the|its|their|his|her|this|no)\s))"
    # "said that repairs were progressing and that the line would reopen": a second one
    r"|(?<![\w-])and\s{1,3}that\s{1,3}(?:a|an|the|its|their|his|her|this|no)\s", re.I)


def _nearest_thing(things, pos: int, text: str, exclude=()):
    best = None
    for t in things:
        if t[1] <= pos and (t[0], t[1]) not in exclude:
            best = t
    if best is None:
        return None
    # Climb a chain of modifiers to its head: "the report into the outbreak at the festival
    # is expected" forecasts the report (each link a preposition and a few words).
    start = best[0]
    for _ in range(3):
        earlier = [t for t in things if t[1] <= start and (t[0], t[1]) not in exclude]
        # "The result of the strike ballot": a compound ("strike ballot") is one link; the
        # chain goes on from its first noun.
        while earlier and not text[earlier[-1][1]:start].strip():
            start = earlier.pop()[0]
        if not (earlier and _OF_LINK.match(text[earlier[-1][1]:start])):
            break
        best = earlier[-1]
        start = best[0]
    between = text[best[1]:pos]
    if len(_WORD.findall(between)) > MAX_THING_WORDS:
        return None
    if _REPORTED_AFTER.search(between):
        return None  # "a source close to the talks said a deal was not expected until": the deal
    if best[4] and (len(_WORD.findall(between)) > VERB_THING_WORDS or _RELATIVE.search(between)):
        return None  # "will sign a contract once he has passed a medical, which is expected..."
    return best


_TIME_UNIT_WORDS = frozenset("day days week weeks weekend month months year years season spring summer autumn winter".split())


def _qualifier(text: str, thing) -> str | None:
    """"the final results", "the signing of a second striker", "sign a second striker"."""
    word = text[thing[0]:thing[1]].lower()
    kind = KIND_WORDS.get(word)
    if kind is not None:
        return kind  # "the sentencing" is the sentencing hearing
    if thing[2] == "supply":
        # "power" and "gas supplies" are two supplies; "supplies" alone may be either
        if word in SUPPLY_KINDS:
            return SUPPLY_KINDS[word]
        m = _MODIFIER_BEFORE.search(text, max(0, thing[0] - 25), thing[0])
        return SUPPLY_KINDS.get(m.group("w").lower()) if m else None
    dest = _DESTINATION.match(text, thing[1], min(len(text), thing[1] + 40))
    if dest is not None and dest.group("place").lower() in _RECIPIENTS:
        dest = None  # "letters to all affected taxpayers": its recipients, not a destination
    if dest is not None and thing[2] in _PUBLICATIONS and text[dest.start():dest.start() + 7].lstrip().lower().startswith("from"):
        dest = None  # "findings from the safety authority", "results from the lab": their author, not a destination
    if dest is not None and not thing[3] and thing[2] != "images":  # "images from the cameras": their source
        return "to " + dest.group("place").lower()  # "flights to the island": those flights
    before = _WORD.findall(text[max(0, thing[0] - 40):thing[0]])[-2:]
    after = _WORD.findall(text[thing[1]:thing[1] + 40])[:4]
    if after[:1] and after[0].lower() != "of" and not thing[4]:
        after = []
    words = before + after
    for k, w in enumerate(words):
        if w.lower() in _QUALIFIERS:
            if k + 1 < len(words) and _POSSESSIVE.sub("", words[k + 1].lower()) in _TIME_UNIT_WORDS:
                continue  # "until next month", "last week", "last month's vote": when, not which one
            return w.lower()
    return None


def _same_one(a: "Item", b: "Item") -> bool:
    """Could two items be about the same occurrence, given their qualifiers?"""
    if a.thing == NORMAL_THING:
        # Returns to normal of one activity: their words meet, or one names the whole operation.
        return a.qualifier is None or b.qualifier is None or not set(a.qualifier.split()).isdisjoint(b.qualifier.split())
    qa, qb = QUALIFIER_SYNONYMS.get(a.qualifier, a.qualifier), QUALIFIER_SYNONYMS.get(b.qualifier, b.qualifier)
    if {qa, qb} & _EXTENT and a.thing not in _PUBLICATIONS:
        if "partial" in (qa, qb) and None in (qa, qb):
            # "one lane will reopen on Wednesday" is shown unmet by the place reopening later; a
            # full reopening's window says nothing of it (nor, for want of a timeline, does "closed
            # until at least": a partial reopening then is a dispute or a change, not told apart)
            other = b if qa == "partial" else a
            return other.role == "start" and other.kind == "occurrence" or other.kind == "pending"
        return qa == qb  # "full production" is not "production" restarting (a full report may be the report)
    return qa == qb or (qa is None or qb is None) and not {qa, qb} & _OCCURRENCE


_POSSESSIVE = lazyre.compile(r"[’']s$")
# "Flights to the island", "sailings from the mainland": a destination that picks some of them.
_DESTINATION = lazyre.compile(r"\s{1,2}(?:to|from)\s{1,2}(?:the\s{1,2})?(?P<place>[A-Za-z][\w-]{2,20})(?![\w-])")
_CLASSIFY_REACH = 400


def _first_words(cues) -> frozenset:
    r"""The first word of each cue, as a lower-case ``_TOKEN``: a sentence whose tokens hold
    none of them cannot match the cues' regex (see ``_Cues.words``). The cue regexes are
    bounded by (?<![\w-]) and (?![\w-]), so the first word of "'ll" is a whole token ("ll")."""
    out = set()
    for c in cues:
        m = _TOKEN.search(c.lower())
        if m is None:
            raise ValueError(f"a cue needs a word: {c!r}")
        out.add(m.group(0))
    return frozenset(out)


_HEDGE_FIRST = _first_words([w for w in HEDGE_CUES if w not in ("may", "might") and w not in HOPE_WORDS])
_MAY_FIRST = frozenset(("may", "might"))  # _HEDGE_CASED, bounded by \b: only without hyphens
_HOPE_FIRST = _first_words(HOPE_WORDS)
_EXPECT_FIRST = _first_words((*EXPECT_CUES, *MORE_EXPECT_CUES))
_DELAY_FIRST = _first_words((*DELAY_CUES, *REVISION_CUES, *MORE_DELAY_FORMS))
_CONTINUE_FIRST = _first_words(THING_CONTINUE_VERBS)
_START_FIRST = _first_words((*THING_START_VERBS, *_RULE_START_VERBS))
_END_FIRST = _first_words((*THING_END_VERBS, *_PASSIVE_END_VERBS))
_COMPLETION_FIRST = _first_words(COMPLETION_VERBS)
_SPEECH_FIRST = _first_words(SPEECH_VERBS)  # _SPEECH_BEFORE, bounded by \b: only without hyphens
_PENDING_FIRST = _first_words((*PENDING_CUES, *MORE_PENDING_CUES, *MORE_DELAY_FORMS))
_GATE_WORDS = (_HEDGE_FIRST | _MAY_FIRST | _HOPE_FIRST | _EXPECT_FIRST | _DELAY_FIRST | _CONTINUE_FIRST
               | _START_FIRST | _END_FIRST | _COMPLETION_FIRST | _SPEECH_FIRST | _PENDING_FIRST | {"now"})
# Letters that match an ASCII letter under re.I but do not lower() to it ("ſ" is an "s"):
# a sentence with one is never gated by its tokens.
_FOLDS = ("\u0130", "\u0131", "\u017f")


def _classify(text: str, thing, pos: int, words: frozenset | None = None, plain: bool = False):
    """hedged, firm, negated, delayed, role for the stretch from the thing's cue to ``pos``.
    ``words``: the sentence's ``_GATE_WORDS`` (``_Cues.words``), to skip the searches for
    cues it lacks, or None; ``plain``: it has no hyphen either."""
    # Cues further than _CLASSIFY_REACH characters from the window belong to other clauses
    # (and scanning all of a long sentence for every window was quadratic).
    lead = text[max(0, thing[0] - CUE_LEAD, pos - _CLASSIFY_REACH):pos]
    between = text[max(thing[1], pos - _CLASSIFY_REACH):pos]
    if words is None:
        hedged = bool(_HEDGE.search(lead) or _HEDGE_CASED.search(lead) or _HOPE_HEDGE.search(lead))
        firm = bool(_EXPECT.search(lead))
        delayed = bool(_DELAY.search(lead) or _REVISION.search(lead))
        cont = start = end = True
    else:
        hedged = bool(not _HEDGE_FIRST.isdisjoint(words) and _HEDGE.search(lead)
                      or (not plain or not _MAY_FIRST.isdisjoint(words)) and _HEDGE_CASED.search(lead)
                      or not _HOPE_FIRST.isdisjoint(words) and _HOPE_HEDGE.search(lead))
        firm = bool(not _EXPECT_FIRST.isdisjoint(words) and _EXPECT.search(lead))
        delayed = bool(not _DELAY_FIRST.isdisjoint(words) and (_DELAY.search(lead) or _REVISION.search(lead)))
        cont, start, end = (not _CONTINUE_FIRST.isdisjoint(words), not _START_FIRST.isdisjoint(words),
                            not _END_FIRST.isdisjoint(words))
    if hedged and firm and _attributive_only(lead, max(0, thing[0] - CUE_LEAD, pos - _CLASSIFY_REACH), thing):
        hedged = False  # "a decision on a possible buyer is not expected before May": the buyer's hedge
    if not (firm or hedged) and (words is None or not _HOPE_FIRST.isdisjoint(words)):
        # "now hopes to reopen the motorway fully by 1 December": a hope, no forecast, of the
        # hoped verb's object, or of the subject's own start or end ("the museum hopes to
        # reopen"; not the crews of "crews hoped to raise the wreck")
        lead_at = max(0, thing[0] - CUE_LEAD, pos - _CLASSIFY_REACH)
        h = _HOPE_TO.search(lead)
        if h is not None and (lead_at + h.start() < thing[0]
                              or _WORD.match(lead, h.end()) and _WORD.match(lead, h.end()).group(0).lower() in _OWN_START_END):
            hedged = True
    if not firm and "annot" in lead and _CANNOT.search(text, max(0, thing[0] - CUE_LEAD, pos - _CLASSIFY_REACH), min(len(text), pos + 8)):
        firm = True
    elif (hedged and not firm and "ould" in lead
          and _COULD_NOT.search(text, max(0, thing[0] - CUE_LEAD, pos - _CLASSIFY_REACH), min(len(text), pos + 8))):
        # "said the budget could not be ready before the end of March": reported "cannot", a
        # firm lower bound (a hedge only if another hedge word is there too)
        rest = _COULD_NOT_WORDS.sub(" ", lead)
        firm, hedged = True, bool(_HEDGE.search(rest) or _HOPE_HEDGE.search(rest))
    # "analysts doubt that the stadium could open before January": the doubted possibility is
    # denied, a lower bound as firm as "will not open before January" (the modal is inside
    # the doubt, not a hedge of it)
    doubt = "doubt" in lead.lower() and _DOUBT_LEAD.search(text, max(0, thing[0] - CUE_LEAD), thing[0]) is not None
    if doubt:
        hedged, firm = False, True
    neg = bool(doubt or _NEG.search(between) or _NEG_LEAD.search(text[max(0, thing[0] - CUE_LEAD):thing[0]])
               # "the judge will not rule before May": a thing named by a negated verb
               or thing[4] and _NEG.search(text, max(0, thing[0] - 16), thing[0])
               # "No talks are planned before November": none of the thing before then
               or _NO_BEFORE.search(text, max(0, thing[0] - NO_BEFORE_REACH), thing[0]) is not None
               or _NOBODY_LEAD.search(text, max(0, thing[0] - CUE_LEAD), thing[0]) is not None)
    role = "whole"
    if cont and _CONTINUE.search(between):
        role = "continue"
    elif start and _START.search(between):
        role = "start"
    elif end and _END.search(between):
        role = "end"
    return hedged, firm, neg, delayed, role


_ATTRIBUTIVE = frozenset(ATTRIBUTIVE_HEDGES)
_ATTRIBUTIVE_DET = lazyre.compile(rf"(?<![\w-])(?:{_alt(ATTRIBUTIVE_DETERMINERS)})\s{{1,2}}$", re.I)


def _attributive_only(lead: str, lead_at: int, thing) -> bool:
    """Is every hedge cue of ``lead`` an adjective after a determiner that describes a noun
    other than the thing ("on a possible buyer")? Then the forecast itself is not hedged."""
    if _HEDGE_CASED.search(lead) or _HOPE_HEDGE.search(lead):
        return False
    found = False
    for m in _HEDGE.finditer(lead):
        if m.group(0).lower() not in _ATTRIBUTIVE or not _ATTRIBUTIVE_DET.search(lead, max(0, m.start() - 8), m.start()):
            return False
        nxt = _WORD.match(lead, m.end() + 1) if lead[m.end():m.end() + 1] == " " else None
        if nxt is None or lead_at + nxt.start() == thing[0]:
            return False  # "the proposed merger is expected by June": the thing itself hedged
        found = True
    return found


# How far ahead of its article a year-less planned day may lie: further, and the date was
# rolled into next year only because the sentence is in the future tense ("is expected on 21
# March", told in July, restates a day gone by, not next March's).
PLANNED_REACH_DAYS = 92


def _planned_day(t, pub: dt.date | None) -> bool:
    """A day-precise time that can be a planned day: after its article's publication and, when
    its year is not stated, within PLANNED_REACH_DAYS of it."""
    if pub is None or t.start is None or t.start != t.end or t.start <= pub:
        return False
    return t.year_stated or (t.start - pub).days <= PLANNED_REACH_DAYS


def _next_year(t, pub: dt.date):
    """A year-less day that a negated bound put in the past, a year later if that is within
    a year of the publication date (a lower bound on what is still to come is ahead); else None."""
    try:
        start, end = t.start.replace(year=t.start.year + 1), t.end.replace(year=t.end.year + 1)
    except ValueError:  # 29 February
        return None
    if not pub <= start <= pub + dt.timedelta(days=366):
        return None
    return attrs.evolve(t, start=start, end=end, future=True)


def _last_year_passed(t, pub: dt.date) -> bool:
    """Is a year-less date read as next year's in fact this year's, already past (within
    half a year before publication)?"""
    try:
        end = t.end.replace(year=t.end.year - 1)
    except ValueError:  # 29 February
        return False
    return end < pub and (pub - end).days <= 183


# A promise told in the past perfect: its year-less date is reckoned from when it was made.
_HAD_SAID = lazyre.compile(
    r"(?<![\w-])had\s{1,2}(?:(?:said|promised|pledged|announced|told|insisted|expected|predicted|forecast|planned|"
    r"indicated|set|hoped|vowed)|been\s{1,2}(?:due|expected|scheduled|promised|set|slated))(?![\w-])", re.I)


def _bounds(prep: str, neg: bool, delayed: bool, start: dt.date, end: dt.date):
    """The window a preposition makes of an interval [start, end]."""
    p = re.sub(r"\s+", " ", prep.lower())
    if p in ("not until", "not before", *OPEN_LOWER_BOUNDS) or neg and p in ("before", "by", "until", "till", "ahead of", "prior to"):
        return start, None
    if delayed and p in ("until", "till", "before", "ahead of", "prior to"):
        return start, None
    if p in ("from", "starting"):
        return start, end  # "available from April": it starts in April
    if p in ("after", "following"):
        return start, None
    if p in ("by", "no later than"):
        return None, end
    if p in ("before", "ahead of", "prior to"):
        return None, start - dt.timedelta(days=1)
    if p in ("until", "till", "since") or neg:
        return False  # a duration or an ongoing state, not a forecast
    return start, end


def _clip(lo, hi, pub):
    if pub is not None and (lo is None or lo < pub):
        lo = pub
    if hi is not None and lo is not None and hi < lo:
        return False  # the window lies before the article: not an expectation
    return lo, hi


def _dated(facts):
    """The article's dated events, computed once (the calendar and the items both read them)."""
    cached = facts.__dict__.get("_timing_dated")
    if cached is None:
        cached = facts.__dict__["_timing_dated"] = dated_events(facts.sentences, facts.times)
    return cached


@functools.lru_cache(maxsize=256)
def _calendar_words_of(events: tuple[str, ...]) -> frozenset:
    return frozenset(_TOKEN.match(w).group(0) for w, ev in EVENT_WORDS.items() if ev in events and _TOKEN.match(w))


def _calendar_words(calendar: dict[str, dt.date]) -> frozenset:
    """First words (as ``_TOKEN``s) of the event words whose date the calendar knows: a
    sentence without one cannot bound a window by a dated event."""
    return _calendar_words_of(tuple(sorted(calendar)))


def _calendar(story: StoryFacts) -> dict[str, dt.date]:
    """Start dates of events, when every article that dates an event's start agrees."""
    starts: dict[str, set] = {}
    for f in story.articles:
        for d in _dated(f):
            t = d.expr
            if t.start is None or (d.role != "start" and t.form != "range"):
                continue
            starts.setdefault(d.event, set()).add(t.start)
    return {ev: next(iter(s)) for ev, s in sorted(starts.items()) if len(s) == 1}


# An item before its claim, as a plain tuple (thousands are made per story): (thing, kind,
# role, lo, hi, hedged, delayed, lead_delay, now, facts, sentence, start, end, text, where,
# qualifier). Most items never meet a partner (a thing one article names, a state nothing
# forecast): their claims and Items, the costly part, are made only for things that can
# yield a finding (``_may_yield``). The qualifier is read from the sentence (``text``, the
# thing tuple ``where``) when the Item is made, unless given (the dated events carry theirs).
_KIND, _FACTS = 1, 9


def _item(d) -> Item:
    thing, kind, role, lo, hi, hedged, delayed, lead_delay, now, facts, sent, s, e, text, where, qualifier = d
    claim = facts.claim(sent, s, e, _window_value(thing, lo, hi, kind))
    if where is not None:
        qualifier = _qualifier(text, where)
    return Item(thing, kind, role, lo, hi, facts.article.published, hedged, delayed, claim, facts, sent.index,
                qualifier, lead_delay, now)


def _may_yield(drafts: list[tuple]) -> bool:
    """Can a thing's items make any finding? _judge needs a window, or a schedule and a
    pending item or an occurrence, and only pairs items of two articles."""
    kinds = {d[_KIND] for d in drafts}
    if "window" not in kinds and not ("schedule" in kinds and (
            "pending" in kinds or "occurrence" in kinds or drafts[0][0] not in _EVENT_CANON)):
        return False
    first = drafts[0][_FACTS].article.id
    return any(d[_FACTS].article.id != first for d in drafts)


# First words of every event word: the calendar's words are among them.
_EVENT_FIRST = frozenset(m.group(0) for m in map(_TOKEN.match, EVENT_WORDS) if m)


# A sentence with none of these words (nor a pending cue) shows no state (_state_things).
_STATE_GATE = frozenset(("without", "since", "yet", "hasn", "haven")) | _RESTART_TOKENS | _STATE_WORDS | _NONE_WORDS | _NO_END_WORDS | _CONTACT_TOKENS
_NONE = frozenset()  # one empty set shared by the memo entries (an empty set is 216 bytes)


_G_NORMAL, _G_FIRE, _G_CLOSED, _G_NOT_FOR, _G_DISRUPT = 1, 2, 4, 8, 16
_G_ALL = 31
_UNIT_WORDS = ("day", "week", "month", "year")
_NORMAL_WORDS = ("normal", *REDUCED_WORDS)
_STATE_LAST_WORDS = tuple(sorted({w.split()[-1] for w in CLOSED_STATE_WORDS}))


def _text_gates(text: str, low: str, tokens: frozenset) -> int:
    """Which of the sentence readings can find anything, as bits: the states of normal service
    (_normal_pending's substring gate), a fire's states (_fire_states), the spans from
    publication (_may_match) and the disruptions (a first word of a disruption verb among the
    tokens). ``low`` is ``text.lower()`` and ``tokens`` its ``_TOKEN``s. With a letter that re.I
    folds like ASCII but lower() does not ("ſ", "ı", "İ"), every bit: the readings decide."""
    if not text.isascii() and any(c in text for c in _FOLDS):
        return _G_ALL
    g = 0
    for w in _NORMAL_WORDS:
        if w in low:
            g |= _G_NORMAL
            break
    for w in _FIRE_WORDS:
        if w in low:
            g |= _G_FIRE
            break
    for u in _UNIT_WORDS:
        if u in low:
            for w in _STATE_LAST_WORDS:
                if w in low:
                    g |= _G_CLOSED
                    break
            if "not" in low or "’t" in low or "'t" in low:
                g |= _G_NOT_FOR
            break
    if not _DISRUPTION_FIRST.isdisjoint(tokens):
        g |= _G_DISRUPT
    return g


class _Cues:
    """What a sentence's text alone says, made once per distinct text (``_cues``: wire copy
    repeats sentences across outlets). First only what decides whether the sentence is read
    at all (its pending cue, its states, its event words); the rest when it is (``read``).
    Only a few small sets of its words are kept, not all its tokens: a small memo entry."""

    __slots__ = ("text", "pending_cue", "states", "event_tokens", "until", "object_tokens",
                 "thing_tokens", "thing_verb", "words", "plain", "_tokens", "_read", "_things", "_awaited",
                 "_waits", "_at", "gates", "delay", "idle", "more")

    def __init__(self, text: str):
        low = text.lower()
        tokens = frozenset(_TOKEN.findall(low))
        self.gates = _text_gates(text, low, tokens)
        # whether _more_times can find anything: a forecast word the date reader lacks, a time
        # word it leaves alone
        more = 0
        for w in _MORE_TIME_KEYS.intersection(tokens):
            more |= _MORE_TIME_TOKENS[w]
        self.more = more if _MORE_FUTURE_TOKENS.isdisjoint(tokens) else more | _MORE_FUTURE_BIT  # an int: no tuple kept
        self.delay = None  # see delayed()
        self.text = text
        self.thing_verb = None  # whether a token is a thing verb: a first look at a word is dear
        self.pending_cue = _has_pending_words(tokens)
        if not self.pending_cue and "not" in tokens and not _HAS_TOKENS.isdisjoint(tokens):
            self.pending_cue = self.thing_verb = _has_thing_verb(tokens)
        self.states = (_state_things(text, tokens) or ()) if (
            self.pending_cue or not _STATE_GATE.isdisjoint(tokens)) else ()
        self.event_tokens = _EVENT_FIRST.intersection(tokens) or _NONE
        # Nothing in the text for _article_drafts to read when the sentence has no time:
        # no state of normal service or fire, no span from publication, no "before", no
        # event word (so no calendar bound), no pending cue and no state.
        self.idle = (not self.gates & (_G_NORMAL | _G_FIRE) and self.event_tokens is _NONE
                     and not (self.gates & (_G_CLOSED | _G_NOT_FOR) and "for" in text) and "before" not in text
                     and not self.pending_cue and not self.states)
        self._tokens = tokens  # until read(), or dropped by a caller that reads no further
        self._read = False
        self._things = self._awaited = self._waits = None

    def read(self) -> "_Cues":
        """Everything else, computed once when the sentence is first read further."""
        if not self._read:
            tokens = self._tokens if self._tokens is not None else frozenset(_TOKEN.findall(self.text.lower()))
            text = self.text
            self.until = "until" in tokens or "till" in tokens
            self.object_tokens = _OBJECT_GATE_TOKENS.intersection(tokens) or _NONE
            self.thing_tokens = _THING_FIRST.intersection(tokens) or _NONE
            if self.thing_verb is None:
                self.thing_verb = _has_thing_verb(tokens)
            # The cue words present: a cue's regex can match only if its first word is a
            # token (not so with a letter lower() does not fold as re.I does: then no gate,
            # None), and one bounded by \b rather than (?<![\w-]) only if there is no hyphen.
            self.words = None if not text.isascii() and any(c in text for c in _FOLDS) else _GATE_WORDS.intersection(tokens) or _NONE
            self.plain = self.words is not None and "-" not in text
            self._tokens = None
            self._at = {}  # the windows' readings, by position (see said_before)
            self._read = True
        return self

    def delayed(self) -> bool:
        """``_DELAY_LITERALS.search(text)``, once per text and when first asked: each of its
        words must be in the lower-cased text (a cheap test first) unless a letter folds under
        re.I as lower() does not."""
        if self.delay is None:
            text = self.text
            low = text.lower()
            self.delay = ((not text.isascii() and any(c in text for c in _FOLDS)
                           or _DELAY_FIRST_RX.search(low) is not None)
                          and _DELAY_LITERALS.search(text) is not None)
        return self.delay

    def things(self):
        """``_things_in(text)`` (after ``read``), computed when first asked."""
        if self._things is None:
            self._things = _things_in(self.text, self.thing_tokens, self.thing_verb)
        return self._things

    # What a window at ``pos`` reads of the text alone, memoised with the sentence.

    def said_before(self, pos: int) -> bool:
        """"said last month": the window is when it was said."""
        key = ("said", pos)
        hit = self._at.get(key)
        if hit is None:
            before = self.text[max(0, pos - 40):pos]
            # A match ends the 40 characters and is at most _SPEECH_TAIL long with what its
            # look-behinds read: searching that tail alone gives the same answer.
            tail = before[-_SPEECH_TAIL:]
            m = (not self.plain or not _SPEECH_FIRST.isdisjoint(self.words)) and _SPEECH_BEFORE.search(tail)
            # "were finally announced on 30 October": a passive with an adverb between is the
            # day of the thing announced, as "were announced on" is (the look-behinds)
            hit = self._at[key] = bool(m) and not _PASSIVE_ADVERB.search(
                self.text, max(0, pos - len(tail) + m.start() - 40), pos - len(tail) + m.start())
        return hit

    def thing_at(self, pos: int):
        """(thing, subject, object role, object place) of a window at ``pos``; thing None
        when nothing names it. The thing is the nearest thing noun on the left, else the
        object of a verb of starting or ending, else the clause's subject."""
        hit = self._at.get(pos)
        if hit is None:
            hit = self._at[pos] = _thing_at(self.text, self.things(), pos, self.object_tokens)
        return hit

    def classify(self, thing, pos: int):
        """``_classify`` with the sentence's cue words."""
        key = (thing, pos)
        hit = self._at.get(key)
        if hit is None:
            hit = self._at[key] = _classify(self.text, thing, pos, self.words, self.plain)
        return hit

    def awaited(self) -> bool:
        """Does a pending cue occur anywhere ("still awaiting the report ... not before X")?"""
        if self._awaited is None:
            words = self.words if self._read else None
            self._awaited = bool((words is None or not _PENDING_FIRST.isdisjoint(words)) and _PENDING.search(self.text))
        return self._awaited

    def waits(self):
        """The sentence's things with a pending cue near: (thing, start, end, delay) for
        each, in order (the caller skips things it has already dated)."""
        if self._waits is None:
            self._waits = _waits(self.text, self.things())
        return self._waits


def _thing_at(text: str, things, pos: int, object_tokens: frozenset):
    """See ``_Cues.thing_at``."""
    thing = _nearest_thing(things, pos, text)
    if thing is not None and 0 < thing[0] < pos and "," in text[thing[1]:pos]:
        # "The depot, which was damaged in the storm, expects to reopen on Thursday": a thing
        # inside a relative clause is not the main clause's (its subject is read below).
        cut = _last_cut(text, pos)
        rel = _RELATIVE_BEFORE.search(text, max(0, cut - 160), cut) if cut > thing[1] else None
        if rel is not None and rel.end("np") < thing[0] and _subject_thing(text, pos) is not None:
            thing = None
    subject = thing is None
    object_role = object_place = None
    if subject:
        obj = _object_thing(text, pos, object_tokens)
        if obj is not None:
            thing, object_role, object_place = obj
        else:
            # "crews expected to bring the fire under control by Sunday": the fire named
            # right before its end verb, not the clause's subject (the crews)
            thing = _role_thing(text, pos) or _subject_thing(text, pos)
        if thing is None:
            return None, True, None, None
    word = text[thing[0]:thing[1]].lower()
    if (word in _SUPPLY or word in _SERVICE_NOUNS and _TO_HOMES.search(text, thing[1], pos)) and _RESTORE.search(text, thing[1], pos):
        thing = (thing[0], thing[1], "supply", thing[3], thing[4])  # "power will be (was) restored"
    return thing, subject, object_role, object_place


def _waits(text: str, things) -> tuple:
    out = []
    for n, thing in enumerate(things):
        if thing[3] and n and things[n - 1][1] <= thing[0] and _OF_LINK.match(text[things[n - 1][1]:thing[0]]):
            continue  # "its report on last month's collision is still pending": the report is
        cue_rx = _EVENT_PENDING if thing[3] else _PENDING
        window = text[max(0, thing[0] - 80):thing[1] + 80]
        cue = cue_rx.search(window) or _NONE_YET.search(window)
        if cue is None and thing[4]:
            # "the court has not ruled": the verb that names the thing, negated
            cue = _HAS_NOT_BEFORE.search(window, 0, thing[0] - max(0, thing[0] - 80))
        if cue is None:
            continue
        off = max(0, thing[0] - 80)
        if any(v[4] and v is not thing and 0 <= v[0] - (off + cue.end()) <= 12 for v in things) and not (
                not thing[3] and _verb_of(text, thing, cue, off)):
            continue  # "the captain of the jet in the collision has yet to be interviewed": the interview is
        s, e = min(thing[0], off + cue.start()), max(thing[1], off + cue.end())
        if e - s > 90:
            s, e = thing[0], thing[1]
        # "the trial was pushed back": news of a delay, not only of a wait
        out.append((thing, s, e, _SPACES.sub(" ", cue.group(0).lower()) in _DELAYED_FORMS))
    return tuple(out)


_BE_NOT = lazyre.compile(r"\s{1,2}(?:has|have|had|is|are|was|were)\s{1,2}$", re.I)
_DET_AFTER = lazyre.compile(r"\s{1,2}(?:the|its|their)\s{1,2}(?:[a-z]{3,15}\s{1,2})?$", re.I)


def _verb_of(text: str, thing, cue, off: int) -> bool:
    """Is a thing noun the subject or object of the negated verb of the pending cue ("the
    final result was still not certified", "has still not certified the result")? Then the
    noun is pending as well as the verb's thing (its certification)."""
    between = text[thing[1]:off + cue.start()]
    if len(between) <= 12 and (not between.strip() or _BE_NOT.fullmatch(" " + between.strip() + " ")):
        return True  # the subject, right before "was still not"
    after = text[off + cue.end():thing[0]]
    verb = re.match(r"\s{0,2}(?:been\s{1,2})?[a-z]{3,20}(?=\s)", after)
    return verb is not None and bool(_DET_AFTER.fullmatch(after[verb.end():]))


@functools.lru_cache(maxsize=4096)
def _cues(text: str) -> _Cues:
    return _Cues(text)


def _article_items(facts, calendar: dict[str, dt.date]) -> list[Item]:
    return [_item(d) for d in _article_drafts(facts, calendar)]


# "The next launch is planned for September", "the vote is scheduled for the spring": a
# plan's "for" before a time (the date reader leaves "for September" alone: "sales for
# September" is a period, not a forecast).
_PLANNED_FOR = lazyre.compile(rf"(?<![\w-])(?:{_alt(PLANNED_FOR_CUES)})\s{{1,2}}(?P<for>for)\s", re.I)


# A cheap gate for _PLANNED_FOR: the words that can end right before " for " (as written, and
# capitalised at a sentence's start).
_PLANNED_FOR_ENDS = tuple({w for c in PLANNED_FOR_CUES for w in (c, c.capitalize(), c.upper())})


@functools.lru_cache(maxsize=4096)
def _has_planned_for(text: str) -> bool:
    """Whether a " for " in ``text`` follows a plan's word (memoised: wire copy repeats sentences)."""
    k = text.find(" for ")
    while k >= 0 and not text.endswith(_PLANNED_FOR_ENDS, 0, k):
        k = text.find(" for ", k + 4)
    return k >= 0


def _planned_for_times(text: str, times: tuple, pub: dt.date | None) -> tuple:
    """The sentence's times, with the time after a plan's "for" read as "in" (offsets kept)."""
    if not _has_planned_for(text):
        return times
    extra = [t for t in _planned_for_extra(text, pub)
             if not any(u.start_offset <= t.start_offset + 4 <= u.end_offset for u in times)]
    return tuple(times) + tuple(extra) if extra else times


@functools.lru_cache(maxsize=4096)
def _planned_for_extra(text: str, pub: dt.date | None) -> tuple:
    """The times after a plan's "for" in a sentence, read as after "in" (memoised: wire copy
    repeats sentences)."""
    extra = []
    for m in _PLANNED_FOR.finditer(text):
        at = m.start("for")
        swapped = text[:at] + "in " + text[at + 3:]  # "for September" -> "in  September"
        found = [t for t in extract_times(swapped, pub) if t.start_offset == at]
        if not found:
            # "planned for the weekend": a period English puts after "at", not "in" (offsets
            # and quote kept as written: "at" is one letter shorter than "for")
            swapped = text[:at] + "at" + text[at + 3:]
            found = [attrs.evolve(t, end_offset=t.end_offset + 1, text=text[at:t.end_offset + 1])
                     for t in extract_times(swapped, pub) if t.start_offset == at]
        extra.extend(found)
    return tuple(extra)


# More times the date reader leaves alone, read for forecasts only (see _more_times).
_VAGUE_FUTURE = lazyre.compile(
    rf"(?<![\w-])(?<!as\s)(?<!how\s)(?<!too\s)(?<!so\s)(?P<v>{_alt(VAGUE_FUTURE_DAYS)})(?![\w’'-])"
    rf"(?!\s{{1,2}}(?:{_alt(VAGUE_FUTURE_NOT_AFTER)})(?![\w-]))(?!-to-be)", re.I)
_OPEN_LOWER = lazyre.compile(rf"(?<![\w-])(?P<b>{_alt(OPEN_LOWER_BOUNDS)})\s{{1,2}}(?=\S)", re.I)
_QUARTER = lazyre.compile(
    r"(?<![\w-])(?:(?P<part>end|close|start|beginning|middle)\s{1,2}of\s{1,2})?(?:the\s{1,2})?"
    rf"(?:(?P<ord>{_alt(QUARTER_ORDINALS)})\s{{1,2}}quarter(?:\s{{1,2}}of\s{{1,2}}(?:(?P<rel>this|next|the)\s{{1,2}}(?:year|financial\s{{1,2}}year)|(?P<year>20[0-9]{{2}})))?"
    r"|(?P<which>current|next|this)\s{1,2}quarter|quarter(?=[\s.,;:!?)]|$)|Q(?P<q>[1-4])(?:\s{1,2}(?P<qyear>20[0-9]{2}))?(?![\w-]))",
    re.I)
_SEASON_PART = lazyre.compile(
    r"(?<![\w-])(?P<part>end|close|start|beginning|middle)\s{1,2}of\s{1,2}(?:the\s{1,2})?(?:(?P<rel>this|next)\s{1,2})?"
    r"(?P<season>spring|summer|autumn|winter)(?![\w-])", re.I)
# "Payments are at least two months away", "a reopening is still weeks away": no earlier than then.
_AWAY = lazyre.compile(
    rf"(?<![\w-])(?:at\s{{1,2}}least|more\s{{1,2}}than|over|still)\s{{1,2}}(?:(?P<n>[0-9]{{1,3}}|an?|{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})\s{{1,2}})?"
    r"(?P<unit>day|week|month|year)s?\s{1,2}away(?![\w-])", re.I)
# Cheap gates (the sentence's lower-case tokens, see _Cues): one of these words must be there
# for _more_extra to find anything, and for _MORE_FUTURE to match.
_MORE_VAGUE, _MORE_LOWER, _MORE_QUARTER, _MORE_SEASON, _MORE_AWAY, _MORE_FUTURE_BIT = 1, 2, 4, 8, 16, 32
_MORE_TIME_TOKENS = {
    **{w: _MORE_VAGUE for w in """soon shortly imminent imminently future matter few ahead coming couple
                                  not-too-distant""".split()},
    "earlier": _MORE_LOWER, "sooner": _MORE_LOWER,
    **{w: _MORE_QUARTER for w in "quarter q1 q2 q3 q4".split()},
    **{w: _MORE_SEASON for w in "spring summer autumn winter".split()},
    "away": _MORE_AWAY,
}
_MORE_TIME_KEYS = frozenset(_MORE_TIME_TOKENS)
_MORE_FUTURE_TOKENS = frozenset(max(c.lower().split(), key=len) for c in MORE_FUTURE_CUES if len(c) >= 4)
_MORE_FUTURE = lazyre.compile(rf"(?<![\w-])(?:{_alt([c for c in MORE_FUTURE_CUES if len(c) >= 4])})(?![\w-])(?!\s{{1,2}}(?:not\s{{1,2}})?have(?![\w-]))", re.I)
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _month_span(year: int, month: int, months: int = 1) -> tuple[dt.date, dt.date]:
    """The first day of ``month`` and the last of the ``months``-th month from it."""
    y, m = year + (month - 1 + months) // 12, (month - 1 + months) % 12 + 1
    return dt.date(year, month, 1), dt.date(y, m, 1) - dt.timedelta(days=1)


def _part_of(lo: dt.date, hi: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    """The end, start or middle of an interval, as ten days, or all of it."""
    if part in ("end", "close"):
        return hi - dt.timedelta(days=9), hi
    if part in ("start", "beginning"):
        return lo, lo + dt.timedelta(days=9)
    if part == "middle":
        mid = lo + (hi - lo) / 2
        return mid - dt.timedelta(days=5), mid + dt.timedelta(days=5)
    return lo, hi


def _synthetic(text: str, s: int, e: int, lo: dt.date, hi: dt.date, precision: str = "period"):
    from checker.extract.dates import TimeExpr
    return TimeExpr(s, e, text[s:e], "period", lo, hi, precision, False, future=True)


@functools.lru_cache(maxsize=4096)
def _more_extra(text: str, pub: dt.date, kinds: int = 31) -> tuple:
    """The times of a sentence the date reader leaves alone, as windows from ``pub``: vague
    futures ("soon", "shortly", "in a matter of days"), "no earlier than X" (X read as after
    "not before"), quarters ("by the end of the quarter", "in the third quarter of next year")
    and parts of a season ("by the end of the summer"). Memoised: wire copy repeats sentences."""
    out = []
    for m in (_VAGUE_FUTURE.finditer(text) if kinds & _MORE_VAGUE else ()):
        days = VAGUE_FUTURE_DAYS[_SPACES.sub(" ", m.group("v").lower())]
        out.append(_synthetic(text, m.start(), m.end(), pub, pub + dt.timedelta(days=days)))
    for m in (_OPEN_LOWER.finditer(text) if kinds & _MORE_LOWER else ()):
        # "no earlier than June": the same time after "not before" (padded: offsets kept)
        swapped = text[:m.start()] + " " * (m.end("b") - m.start() - len("not before")) + "not before" + text[m.end("b"):]
        out.extend(attrs.evolve(t, start_offset=m.end(), text=text[m.end():t.end_offset])
                   for t in extract_times(swapped, pub) if m.end("b") - 10 <= t.start_offset <= m.end() < t.end_offset)
    for m in (_AWAY.finditer(text) if kinds & _MORE_AWAY else ()):
        n = m.group("n")
        n = 1 if n is None or n.lower() in ("a", "an") else int(n) if n.isdigit() else _NUMBER_WORDS.get(n.lower())
        if n is None:
            continue
        lo = pub + dt.timedelta(days=n * _UNIT_DAYS[m.group("unit").lower()])
        out.append(attrs.evolve(_synthetic(text, m.start(), m.end(), lo, lo), note="lower"))  # no earlier
    for m in (_QUARTER.finditer(text) if kinds & _MORE_QUARTER else ()):
        year = pub.year
        if m.group("ord") or m.group("q"):
            q = QUARTER_ORDINALS[m.group("ord").lower()] if m.group("ord") else int(m.group("q"))
            y = m.group("year") or m.group("qyear")
            rel = (m.group("rel") or "").lower()
            if y:
                year = int(y)
            elif rel == "next":
                year += 1
            elif rel != "this" and _month_span(year, 3 * q - 2, 3)[1] < pub:
                year += 1  # "in the first quarter", said in June: next year's
        else:
            q = (pub.month - 1) // 3 + 1
            if (m.group("which") or "").lower() == "next":
                q, year = (1, year + 1) if q == 4 else (q + 1, year)
        lo, hi = _part_of(*_month_span(year, 3 * q - 2, 3), m.group("part") and m.group("part").lower())
        if hi >= pub:
            out.append(_synthetic(text, m.start(), m.end(), lo, hi))
    for m in (_SEASON_PART.finditer(text) if kinds & _MORE_SEASON else ()):
        first = _SEASON_MONTHS[m.group("season").lower()]
        year = pub.year - 1 if first == 12 and pub.month <= 2 else pub.year  # January's winter began in December
        lo, hi = _month_span(year, first, 3)
        if (m.group("rel") or "").lower() == "next" or hi < pub:
            lo, hi = _month_span(year + 1, first, 3)
        k = SEASON_PARTS[m.group("part").lower()]
        lo, hi = _month_span(lo.year + (lo.month - 1 + k) // 12, (lo.month - 1 + k) % 12 + 1)
        if hi >= pub:
            out.append(_synthetic(text, m.start(), m.end(), lo, hi, "month"))
    return tuple(out)


def _more_times(text: str, times: tuple, pub: dt.date | None, gates: int) -> tuple:
    """The sentence's times, with those of _more_extra that no time already covers; and, in a
    sentence forecast by a word the date reader does not know ("must be published by March
    20"), its times read as a forecast's. ``gates``: _Cues.more."""
    if pub is None:
        return times
    if times and gates & _MORE_FUTURE_BIT and _MORE_FUTURE.search(text) and not is_future(text):
        # the cue as "will", padded (offsets kept): the date reader's tense is read before each time
        times = extract_times(_MORE_FUTURE.sub(lambda m: "will".ljust(len(m.group(0))), text), pub)
    kinds = gates & ~_MORE_FUTURE_BIT
    if not kinds:
        return times
    extra = [t for t in _more_extra(text, pub, kinds)
             if not any(u.start_offset < t.end_offset and t.start_offset < u.end_offset for u in times)]
    return tuple(sorted((*times, *extra), key=lambda t: t.start_offset)) if extra else times


# "The ferry service did not resume until April 12", "the report wasn't published until May 3":
# it happened on that day.
_DID_NOT_UNTIL = lazyre.compile(
    r"(?<![\w-])(?:did\s{1,2}not|didn[’']t|was\s{1,2}not|were\s{1,2}not|wasn[’']t|weren[’']t)\s{1,2}"
    r"(?:(?:finally|fully|actually|eventually)\s{1,2})?(?:be\s{1,2})?[a-z]{3,20}(?:\s{1,2}(?:again|fully|up|out|back|over))?"
    r"(?:\s{1,2}(?:to\s{1,2}(?:traffic|the\s{1,2}public)|[a-z]{3,12}ly))?\s{1,2}(?:until|till)(?![\w-])", re.I)
def _past_until(t, pub: dt.date):
    """A day after "did not ... until" as a past day: the date reader reads a year-less day
    after "until" as ahead; the past one within half a year, or None."""
    if t.end <= pub:
        return t
    if t.year_stated:
        return None
    try:
        start, end = t.start.replace(year=t.start.year - 1), t.end.replace(year=t.end.year - 1)
    except ValueError:  # 29 February
        return None
    return attrs.evolve(t, start=start, end=end, future=False) if end <= pub and (pub - end).days <= 183 else None


# A deadline told as such: "the insurer has until March 20 to pay", "was given until Friday to
# leave", "faces a deadline of March 20", "a March 20 deadline for the report": by that day.
_HAS_UNTIL = lazyre.compile(r"(?<![\w-])(?:has|have|had|having|given|get|gets|got|granted)\s{1,2}(?:until|till)\s{1,2}(?:the\s{1,2})?$", re.I)
_HAS_BEFORE_UNTIL = lazyre.compile(r"(?<![\w-])(?:has|have|had|having|given|get|gets|got|granted)\s{1,2}$", re.I)
_DEADLINE_BEFORE = lazyre.compile(
    r"(?<![\w-])deadlines?\s{1,2}(?:of|is|was|for|set\s{1,2}for|has\s{1,2}been\s{1,2}set\s{1,2}for)\s{1,2}(?:the\s{1,2})?$", re.I)
_DEADLINE_AFTER = lazyre.compile(r"(?:[’']s)?\s{1,2}deadlines?(?![\w-])", re.I)


def _deadline_cue(text: str, t) -> bool:
    """Is the time ``t`` a deadline by its own wording (see _HAS_UNTIL)?"""
    s = t.start_offset
    if "until" in t.text[:6].lower() or "till" in t.text[:5].lower():
        if _HAS_BEFORE_UNTIL.search(text, max(0, s - 12), s):
            return True
    elif _HAS_UNTIL.search(text, max(0, s - 24), s):
        return True
    if "deadline" not in text:
        return False
    return bool(_DEADLINE_BEFORE.search(text, max(0, s - 40), s) or _DEADLINE_AFTER.match(text, t.end_offset))


def _article_drafts(facts, calendar: dict[str, dt.date], guessed: dt.date | None = None) -> list[tuple]:
    pub = facts.article.published
    all_times = facts.times
    if pub is None and guessed is not None:
        # A year-less dateline dated by the story (see _guessed_pubs): its sentences' times
        # resolved against that day.
        pub = guessed
        all_times = [extract_times(s.text, pub) for s in facts.sentences]
    items: list[tuple] = []
    cal_words = _calendar_words(calendar)
    last = 0  # where the previous sentence's items begin
    prev_text = prev_times = None
    for sent, times in zip(facts.sentences, all_times):
        text = sent.text[:MAX_SCAN]
        if " for " in text:
            times = _planned_for_times(text, times, pub)
        prev, last = items[last:], len(items)
        before_text = prev_text  # the sentence before (for a pronoun that opens this one)
        # "The board promised its findings by March 3. It has not appeared.": the one thing
        # the sentence before expected (or named with a time), still pending.
        if prev_times and text[:4].lstrip()[:2] in _PRONOUN_FIRST_2 and (pm := _PRONOUN_PENDING.match(text)) is not None:
            expected = {d[0] for d in prev if d[1] in ("window", "schedule")} or {
                x[2] for x in _cues(prev_text).read().things()}
            if len(expected) == 1:
                items.append((expected.pop(), "pending", "whole", None, None, False, True, False, False, facts, sent,
                              pm.start() + len(pm.group(0)) - len(pm.group(0).lstrip()), pm.end(), text, None, None))
        prev_text, prev_times = text, times
        cues = _cues(text)
        if cues.more:
            times = _more_times(text, times, pub, cues.more)
        if not times and cues.idle:
            cues._tokens = None  # not read further: its tokens need not be kept
            continue  # (as below: no reading applies, nothing can come of this sentence)
        gates = cues.gates  # the literal gates of the readings below (see _text_gates)
        # "Clinics are still running at reduced capacity": a return to normal still to come
        # (with or without any other cue in the sentence).
        if gates & _G_NORMAL:
            for s, e, qual in _normal_pending(text):
                items.append((NORMAL_THING, "pending", "whole", None, None, False, True, False, False, facts, sent, s, e,
                              text, None, qual))
        # "The fire was still burning on Monday": its end had not come (see _judge_plain).
        if (gates & _G_FIRE or not cues.event_tokens.isdisjoint(_ONGOING_FIRST)) and _fire_states(text):
            for s, e, day, event in _fire_pending(text, times, pub):
                items.append((event, "pending", "end", day, day, False, True, False, False, facts, sent, s, e,
                              text, None, None))
        # "The mine will remain shut for at least six months": its reopening.
        # A span from publication, when the sentence dates nothing else ("will be closed for two
        # days next month" is a later closure, not one from now).
        if pub is not None and not times and "for" in text:
            if gates & _G_CLOSED:
                items.extend(_closed_for(text, facts, sent, pub))
            if gates & _G_NOT_FOR:
                items.extend(_not_for(text, facts, sent, pub))
        if pub is not None and not times and "before" in text:
            items.extend(_be_before(text, facts, sent, pub))
        # "not before the Games": a calendar event named (most stories date none)
        bounded = bool(cal_words) and not cal_words.isdisjoint(cues.event_tokens)
        if not (times or bounded or cues.pending_cue or cues.states):
            cues._tokens = None  # not read further: its tokens need not be kept
            continue  # nothing can come of this sentence: spare the thing search
        pending_cue, states = cues.pending_cue, cues.states
        things = cues._things if cues._things is not None else cues.read().things()
        if not things and not times and not states and not cues.delayed():
            continue  # (a delay of the clause's subject needs no thing noun: 3b below)
        made: set[str] = set()
        until, words, plain = cues.until, cues.words, cues.plain
        pending = cues.awaited  # "still awaiting the report ... not before X"

        def add(thing, kind, role, lo, hi, hedged, delayed, s, e, lead_delay=False, now=False, qualifier=None):
            # An explicit qualifier (a return to normal's subject) is not read from the text.
            items.append((thing[2], kind, role, lo, hi, hedged, delayed, lead_delay, now, facts, sent, s, e, text,
                          thing if qualifier is None else None, qualifier or None))
            made.add(thing[2])

        # 1. Windows from temporal expressions.
        for t in times:
            if t.start is None or t.end_offset > len(text):
                continue
            if cues.said_before(t.start_offset):
                continue  # "said last month": when it was said
            closed = _CLOSED_UNTIL.search(text, max(0, t.start_offset - 100), t.start_offset) if until else None
            # "The line stayed closed from February 20 to March 16": a closure that ended
            # (told as a past range) dates the reopening at its last day.
            ended = (_CLOSED_PAST_RANGE.search(text, max(0, t.start_offset - 60), t.start_offset)
                     if pub is not None and t.end < pub and t.start < t.end else None)
            if closed is not None and not (closed.group("until") or _UNTIL_INSIDE.match(t.text)):
                closed = None
            if ended is not None:
                place = _closed_subject(text, ended.start())
                if place is not None:
                    add(place, "occurrence", "start", t.end, t.end + dt.timedelta(days=1), False, False,
                        t.start_offset, t.end_offset)
                continue
            if closed is not None:
                # "The mine will stay closed until at least the end of June": a reopening not
                # before then ("at least"), or then; a state that ended in the past is no forecast.
                place = _closed_subject(text, closed.start())
                if place is not None and _partial(text, closed.start(), closed.start("until") if closed.group("until") else t.start_offset):
                    continue  # "closed to lorries until March", "closed at night": part of the place's use
                if place is not None and pub is not None and t.end < pub and not t.year_stated:
                    # "has ordered the line to remain closed until the end of April": the
                    # state is ahead (a present or infinitive verb), so is its year-less end.
                    t = _next_year(t, pub)
                if place is None or t is None or pub is not None and t.end < pub:
                    continue
                hedged, firm, neg, delayed, _ = _classify(text, place, t.start_offset, words, plain)
                if neg:
                    continue
                least = closed.group("least") or _AT_LEAST.search(t.text)  # "until at least April" in the expression
                hi = None if least else t.end + dt.timedelta(days=1)
                c = _clip(t.start, hi, pub)
                if c is False or c == (None, None):
                    continue
                add(place, "window", "start", c[0], c[1], hedged, delayed or pending(),
                    closed.start("until") if closed.group("until") else t.start_offset, t.end_offset, delayed)
                continue
            inforce = _IN_FORCE_UNTIL.search(text, max(0, t.start_offset - 60), t.start_offset) if until else None
            if inforce is not None and (inforce.group("until") or _UNTIL_INSIDE.match(t.text)):
                # "The ban will stay in place until the end of the year": the ban's end, not
                # before then ("at least") or then.
                rule_thing = _closed_subject(text, inforce.start())
                if rule_thing is not None and pub is not None and t.end < pub and not t.year_stated:
                    t = _next_year(t, pub)
                if rule_thing is None or t is None or pub is not None and t.end < pub:
                    continue
                hedged, firm, neg, delayed, _ = _classify(text, rule_thing, t.start_offset, words, plain)
                least = inforce.group("least") or _AT_LEAST.search(t.text)
                c = _clip(t.start, None if least else t.end + dt.timedelta(days=1), pub)
                if not neg and c is not False and c != (None, None):
                    add(rule_thing, "window", "end", c[0], c[1], hedged, delayed or pending(),
                        inforce.start("until") if inforce.group("until") else t.start_offset, t.end_offset, delayed)
                continue
            thing, subject, object_role, object_place = cues.thing_at(t.start_offset)
            if (pub is not None and t.precision == "day" and t.form in ("date", "weekday") and until
                    and (dn := _DID_NOT_UNTIL.search(text, max(0, t.start_offset - 80), t.start_offset + 6)) is not None
                    and dn.end() >= t.start_offset - 3):
                # "The school did not reopen until April 14": it reopened then (late, if a window
                # had closed), not a bound
                # (the subject read as before "was": "did" is no verb the subject reader knows)
                th = thing if thing is not None and thing[1] <= dn.start() else _subject_thing(text[:dn.start()] + "was ", dn.start() + 4)
                tp = _past_until(t, pub)
                if th is not None and not th[3] and tp is not None:
                    role = "start" if _START.search(dn.group(0)) else "end" if _END.search(dn.group(0)) else "whole"
                    add(th, "occurrence", object_role if role == "whole" and object_role else role, tp.start, tp.end,
                        False, False, t.start_offset, t.end_offset)
                    continue
            acted_past = False
            if thing is None or subject:
                # "Salvors expect to refloat the barge by Thursday": the action on its object,
                # not the agent
                acted = _acted_object(text, t.start_offset) if "ed " in text or " to " in text else None
                # (only over the agent before the action: "crews expected to bring the fire under
                # control" keeps the fire)
                if acted is not None and (thing is None or thing[1] <= acted[1]):
                    (thing, acted_past), subject, object_role, object_place = acted[0], False, None, None
            if (thing is None or subject) and "ing " in text and (g := _gerund_thing(text, t.start_offset)) is not None:
                thing, subject, object_role = g, False, "start"  # "would begin refunding customers": the refunds
            part_of = None
            if object_role == "start" and thing is not None and (owner := _owner_place(text, thing)) is not None:
                # "The museum says it will reopen its ground-floor galleries next week": the
                # museum reopening in part
                thing, part_of = owner, "partial"
            if thing is None:
                thing = _full_service(text, t.start_offset)  # "to have full services restored by"
                if thing is None and before_text is not None:
                    thing = _pronoun_thing(text, before_text, t.start_offset)
                    subject = thing is None
                if thing is None:
                    # "The K4 reopened on Saturday": a proper name, kept only when the story
                    # tells its kind (see _alias_proper_names)
                    thing = _named_subject(text, t.start_offset)
                    subject = True
                if thing is None:
                    continue
            if subject and ("until" in text or "till" in text or "deadline" in text) and _deadline_cue(text, t):
                # "The agency has until March 20 to publish the report": the thing after the
                # deadline, not the body that has it (none named: nothing)
                thing = next((x for x in things if t.end_offset <= x[0] <= t.end_offset + 60 and not x[3]), None)
                if thing is None:
                    continue
                subject = False
            day = t.precision == "day" and t.form in ("date", "range", "weekday")
            if day and thing[3]:
                continue  # a dated event: taken from the event dates below
            hedged, firm, neg, delayed, role = cues.classify(thing, t.start_offset)
            if t.note == "lower":
                firm = True  # "payments are at least two months away": a forecast by itself
            if (not day and subject and not thing[3] and pub is not None and t.form == "period" and not t.future
                    and t.end < pub and _LAST_PERIOD.match(t.text) and not (neg or hedged or delayed or pending())
                    and _past_done(text[thing[1]:t.start_offset])):
                # "Letters only began going out last week": it happened in that past week
                add(thing, "occurrence", role, t.start, t.end, False, False, t.start_offset, t.end_offset)
                continue
            if (not t.year_stated and t.form in ("date", "range", "month") and pub is not None and t.start > pub
                    and "had" in text and _HAD_SAID.search(text, max(0, thing[0] - CUE_LEAD), t.start_offset)
                    and _last_year_passed(t, pub)):
                continue  # "had said a ruling would come by March 29", told in April: that March, a past promise
            if neg and (day or t.form == "month") and not t.year_stated and pub is not None and t.end < pub:
                # "cannot be certified before November 14", "did not expect the report before
                # May" (the past tense put May behind): the next one
                t = _next_year(t, pub)
                if t is None:
                    continue
            elif (delayed and not t.year_stated and pub is not None and t.end < pub
                  and _DELAYED_AHEAD.search(text, max(0, t.start_offset - 60), t.start_offset)):
                # "The trial has been postponed until June", said in October: next June.
                t = _next_year(t, pub)
                if t is None:
                    continue
            if (day and t.form == "weekday" and not t.future and firm and pub is not None and t.start < pub
                    and not (neg or hedged or delayed)
                    and _PRESENT_EXPECT.search(text, max(0, thing[0] - CUE_LEAD), thing[0] + 1)
                    and not _PAST_AUX.search(text, max(0, thing[0] - CUE_LEAD), t.start_offset)):
                # "Officials expect the bridge to reopen on Monday": the Monday ahead (a present
                # expectation looks forward; the date reader takes a bare weekday as past).
                t = attrs.evolve(t, start=t.start + dt.timedelta(days=7), end=t.end + dt.timedelta(days=7), future=True)
            if role == "whole" and _OTHER_STEP.search(text, thing[1], t.start_offset):
                continue  # "the ban will be reviewed in six months": another step, not the ban's time
            if object_role is not None and role == "whole":
                role = object_role
            if role == "whole" and _CLOSED_BETWEEN.search(text, thing[1], t.start_offset):
                role = "end"  # "the bridge will be closed in November": its closing, not its reopening
            if role == "continue":
                lasting = _CONTINUE_UNTIL.search(text, max(0, t.start_offset - 80), t.start_offset) if until else None
                if lasting is None or not (lasting.group("until") or _UNTIL_INSIDE.match(t.text)) or neg or hedged:
                    continue
                # "The strike will continue until at least the end of March": its end, not
                # before then ("at least") or then.
                hi = None if lasting.group("least") else t.end + dt.timedelta(days=1)
                c = _clip(t.start, hi, pub)
                if c is not False and c != (None, None) and (pub is None or t.end >= pub):
                    add(thing, "window", "end", c[0], c[1], hedged, delayed or pending(),
                        lasting.start("until") if lasting.group("until") else t.start_offset, t.end_offset, delayed)
                continue
            if subject and text[thing[0]:thing[1]].lower() in _ROLE_ONLY and role == "whole":
                continue  # "the fire on Sunday": a day during it
            if day:
                # "the report was published on June 28" / "will be published on June 28"
                between = text[thing[0]:t.start_offset]
                done = ((words is None or not _COMPLETION_FIRST.isdisjoint(words))
                        and (_COMPLETION.search(between)
                             # "the inquiry published its report on 28 July": the verb before the thing
                             or _COMPLETION_BEFORE.search(text, max(0, thing[0] - 40), thing[0])
                             and len(_WORD.findall(between)) <= 7)  # its own date, not a later clause's
                        or subject and _past_done(between) and not t.future
                        or acted_past and not t.future)
                # "will be published by August 29": a deadline (a window up to that day), not the day
                due = (("until" in text or "till" in text or "deadline" in text) and not neg
                       and _deadline_cue(text, t))  # "has until March 20 to pay": by then
                if due:
                    firm = True
                deadline = due or firm and bool(_BY_DAY.search(text, max(0, t.start_offset - 20), t.start_offset)
                                                or _BY_INSIDE.match(t.text))
                if done and thing[2] == "supply" and _SUPPLY_CUT.search(between):
                    continue  # "supplies were cut from July 14 to July 21": the cut, not the supply
                if done and not (neg or pending()) and not deadline:
                    kind = "schedule" if (t.future or firm) else "occurrence"
                    add(thing, kind, role, t.start, t.end, hedged, False, t.start_offset, t.end_offset)
                    if subject and (pk := _passive_key(text, thing)) is not None:
                        # "the barge was refloated on March 17": the refloating of the barge too
                        add((thing[0], thing[1], pk, False, False), kind, role, t.start, t.end, hedged, False,
                            t.start_offset, t.end_offset)
                    if thing[2] != NORMAL_THING and role in ("whole", "start"):
                        # "Full service was finally restored on January 22": the return to normal too
                        full = _full_service(text, t.start_offset)
                        if full is not None:
                            add(full, kind, "whole", t.start, t.end, hedged, False, t.start_offset, t.end_offset,
                                qualifier=_place_of(text, _last_cut(text, t.start_offset), t.start_offset + 60) or "")
                    continue
                # "expected to be contained by Friday": a deadline day bounds a window.
                ahead = t.future or pub is not None and t.start > pub
                bound = (due or _DAY_BOUND.search(text, max(0, t.start_offset - 20), t.start_offset) or _BY_INSIDE.match(t.text)
                         # "would not be known until Wednesday": a negated "until" day is a lower bound
                         or neg and (_UNTIL_BEFORE_INSIDE.match(t.text)
                                     or _BEFORE_DAY.search(text, max(0, t.start_offset - 24), t.start_offset))
                         # "schools will reopen on Thursday": the day a thing starts or ends
                         or role in ("start", "end") and t.future and not neg
                         and (vd := _VERB_THEN_DAY.search(text, max(0, t.start_offset - 30), t.start_offset))
                         and not _partial(text, vd.start(), t.start_offset))
                present = not firm and _PRESENT_THEN_DAY.search(text, max(0, t.start_offset - 24), t.start_offset)
                if (not done and not bound and (firm or present) and not (neg or hedged or delayed or pending())
                        and _planned_day(t, pub) and len(_WORD.findall(between)) - _complement_words(between) <= 8
                        and not _PLAN_BREAK.search(between)):
                    # "The report will be published on July 1", "the ferry is due to resume
                    # sailing on Friday": a planned day, told before it (a restatement after
                    # the day forecasts nothing), checked against what later articles say.
                    now = bool((words is None or "now" in words)
                               and _NOW_RESTATED.search(text, max(0, t.start_offset - 2 * CUE_LEAD), t.start_offset))
                    add(thing, "schedule", role, t.start, t.end, False, False, t.start_offset, t.end_offset, now=now)
                    continue
                if done and not neg and not deadline or not ((firm or hedged) and ahead and bound):  # "cannot be certified before": not done
                    continue
            if not (firm or hedged or delayed):
                continue
            m = _PREP_BEFORE.search(text[max(0, t.start_offset - 20):t.start_offset])
            if m is None and neg:
                # "will not be restored until at least March 20": the "until" before "at least"
                m = _UNTIL_AT_LEAST.search(text[max(0, t.start_offset - 30):t.start_offset])
            mi = _PREP_INSIDE.match(t.text)
            prep = (m.group("prep") if m else "") or (mi.group("prep") if mi else "")
            if t.note == "lower" and not neg:
                prep = "not before"  # "at least two months away"
            elif (not neg and ("until" in text or "till" in text or "deadline" in text) and _deadline_cue(text, t)):
                prep = "by"  # "has until the end of March to pay", "a deadline of March 20"
            if (neg and prep.lower() == "by" and "not" in text
                    and _PERFECT_NOT_BY.search(text, max(0, t.start_offset - 90), t.start_offset)):
                continue  # "had still not been paid by Friday": pending then, no forecast (the pending item tells it)
            if neg and m and re.search(r"\bnot\s", m.group("prep"), re.I):
                neg = False  # "not until" already says it
            if not neg and prep.lower() == "before" and _END_OF.match(t.text):
                prep = "by"  # "before the end of March": by March 31, not before March 22
            b = _bounds(prep, neg, delayed, t.start, t.end)
            if b is False:
                continue
            c = _clip(*b, pub)
            if c is False or c == (None, None):
                continue
            if not delayed and _may_fail(text) and _FAILED_ATTEMPT.search(text, 0, t.start_offset):
                delayed = True  # "a first attempt failed, and it is now planned for the weekend": a revision
            now = bool((words is None or "now" in words)
                       and _NOW_EXPECTED.search(text, max(0, t.start_offset - CUE_LEAD), t.start_offset))
            add(thing, "window", role, c[0], c[1], hedged, delayed or pending(), t.start_offset, t.end_offset, delayed, now,
                qualifier=(_place_of(text, _last_cut(text, t.start_offset), t.start_offset + 60) or "")
                if thing[2] == NORMAL_THING else part_of)
            if subject and (pk := _passive_key(text, thing)) is not None:
                # "the barge is expected to be refloated by Thursday": the refloating of the barge too
                add((thing[0], thing[1], pk, False, False), "window", role, c[0], c[1], hedged, delayed or pending(),
                    t.start_offset, t.end_offset, delayed, now)
            if ((subject or thing[2] == "contact") and "by" in text
                    and (bm := _BY_MEANS.search(text, thing[0] if thing[2] == "contact" else thing[1], t.start_offset)) is not None):
                # "patients will be contacted by letter by Friday": the letters are due too
                add((bm.start("means"), bm.end("means"), CONTACT_MEANS[_SPACES.sub(" ", bm.group("means").lower())], False, False),
                    "window", role, c[0], c[1], hedged, delayed or pending(), t.start_offset, t.end_offset, delayed, now)
            # The same window for the thing's other name: the place of an activity ("production
            # at the mine will resume"), the body that reports ("the inquiry would report by").
            other = (object_place or _place_thing(text, thing)) if subject and role == "start" else _reporting_body(things, thing, text)
            if other is not None:
                # "The inquiry will report in the spring": the inquiry's end (not its start)
                other_role = "end" if other is not object_place and other[2] != thing[2] and thing[2] == "report" and role == "whole" else role
                add(other, "window", other_role, c[0], c[1], hedged, delayed or pending(), t.start_offset, t.end_offset, delayed, now)
            if thing[2] == "investigation" and role == "end" and c[1] is None and not hedged:
                # "The investigation will not be finished before October": nor will its (final)
                # report be published before then (an interim one may come sooner).
                add((thing[0], thing[1], "report", False, False), "window", "whole", c[0], None, hedged,
                    delayed or pending(), t.start_offset, t.end_offset, delayed, now, qualifier="final")
            normal = (_normal_return(text, thing, subject, t.start_offset)
                      if role in ("whole", "start") and thing[2] != NORMAL_THING else None)
            if normal is not None:
                add((thing[0], thing[1], NORMAL_THING, False, False), "window", "whole", c[0], c[1], hedged,
                    delayed or pending(), t.start_offset, t.end_offset, delayed, now, qualifier=normal[1] or "")

        # 2. Windows bounded by a dated event: "not before the Games", "after the vote".
        for m in (_BOUND_RX.finditer(text) if bounded else ()):
            ev = EVENT_WORDS.get(re.sub(r"\s{1,2}", " ", m.group("ev").lower()))
            if ev not in calendar:
                continue
            ev_span = (m.start("ev"), m.end("ev"))
            thing = _nearest_thing([x for x in things if x[2] != ev], m.start(), text, exclude=(ev_span,))
            if thing is None:
                continue
            hedged, firm, neg, delayed, role = _classify(text, thing, m.start(), words, plain)
            if role == "continue" or not (firm or hedged or delayed):
                continue
            day = calendar[ev]
            b = _bounds(m.group("prep"), neg, delayed, day, day)
            if b is False:
                continue
            c = _clip(*b, pub)
            if c is False or c == (None, None):
                continue
            add(thing, "window", role, c[0], c[1], hedged, delayed or pending(), m.start(), m.end(), delayed)

        # 3. Pending: the thing is still to come (the gate is a loose superset of the cues).
        for thing, s, e, lead_delay in (cues.waits() if things and pending_cue else ()):
            if thing[2] not in made:
                add(thing, "pending", "whole", None, None, False, True, s, e, lead_delay)
        # 3b. A delay of a subject no thing noun names ("the award of the contract has been
        # pushed back to ...", "the roll-out was postponed"): it is still to come, and later news.
        if cues.delayed():
            for m in _DELAYED_SUBJECT.finditer(text):
                thing = _subject_thing(text, m.end())  # its clause, verb included
                if thing is not None and thing[2] not in made and not thing[3]:
                    add(thing, "pending", "whole", None, None, False, True, thing[0], m.end(), True)
        for st in states:
            if st[2] in made:
                continue
            s, e = min(st[0], st[3]), max(st[1], st[4])
            add((st[0], st[1], st[2], False, False), "pending", "whole", None, None, False, True, s, e)

        # 5. A dated disruption ("cancelled 58 flights on Thursday"): normal service was not
        # back that day (pending, with the day; see _judge_plain).
        for s, e, qual, day in (_disruptions(text, times, pub) if gates & _G_DISRUPT else ()):
            items.append((NORMAL_THING, "pending", "whole", day, day, False, True, False, False, facts, sent, s, e,
                          text, None, qual))

    # 4. Dated events: a day-precise date is when the event is scheduled or happened.
    for d in _dated(facts):
        t = d.expr
        if t.start is None or d.word in TIMING_EVENT_EXCLUDE or d.role in ("announced", "discovered"):
            continue
        thing = _THINGS.get(d.word, (d.event,))[0]
        sent_text = facts.sentences[d.sentence].text
        # (_participle needs a word in "-ing": the others are never looked for; a word with
        # other letters than ASCII may match one under re.I)
        if (d.word.lower().endswith("ing") or not d.word.isascii()) and any(
                _participle(sent_text, m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(d.word)}\b", sent_text, re.I)):
            continue
        sent = facts.sentences[d.sentence]
        role = {"on": "whole"}.get(d.role, d.role) if t.form != "range" else "whole"
        kind = "schedule" if t.future else "occurrence"
        # "The conference is now scheduled for March 18": a revised date is later news.
        revised = kind == "schedule" and bool(_REVISION.search(sent_text, max(0, t.start_offset - 60), t.start_offset))
        items.append((thing, kind, role, t.start, t.end, False, revised, revised, False, facts, sent,
                      t.start_offset, t.end_offset, None, None, d.qualifier))
    return items


def _names(facts, index: int) -> tuple[frozenset, frozenset]:
    """(names of the sentence and its neighbours, names of the sentence), both without the
    speaker the sentence is attributed to: who said it is not what it is about. Computed
    only for pairs that could disagree, once per sentence."""
    cache = facts.__dict__.setdefault("_timing_names", {})
    hit = cache.get(index)
    if hit is None:
        own = fact_names(facts, index)
        hit = cache[index] = (fact_names(facts, index, context_names(facts, index)), own)
    return hit


def _overlap(a: Item, b: Item) -> bool:
    lo = max((x for x in (a.lo, b.lo) if x is not None), default=None)
    hi = min((x for x in (a.hi, b.hi) if x is not None), default=None)
    return lo is None or hi is None or lo <= hi


def _roles_comparable(a: Item, b: Item) -> bool:
    return a.role == b.role or "whole" in (a.role, b.role)


def _start_after_end(a: Item, b: Item) -> bool:
    """A thing cannot start after it ends: "refunds will be completed by the end of July" and
    "refunds will not begin before September" cannot both hold (the end's deadline is before
    the start's earliest day). Only then are a start and an end window compared."""
    if {a.role, b.role} != {"start", "end"} or a.kind != "window" or b.kind != "window":
        return False
    end, start = (a, b) if a.role == "end" else (b, a)
    if end.hi is None or start.lo is None or start.lo <= end.hi:
        return False
    # only a process to be completed: a ban "lifted next week" is already in force, and "will
    # come into force in January" is another one
    return _COMPLETED.search(end.claim.text) is not None


# "within days", "in the coming weeks": a window with no number ("a few days" has one).
_VAGUE = lazyre.compile(r"(?:within|in)\s{1,2}(?:the\s{1,2})?(?:(?:next|coming)\s{1,2})?(?:days|weeks|months)", re.I)


def _judge(a: Item, b: Item) -> tuple[str, Item, Item] | None:
    """(kind, earlier, later) for two items of one thing from two articles, or None."""
    v = _judge_plain(a, b)
    if v is not None and v[0] == "contradiction" and _drifted(v[1], v[2]):
        return None
    return v


def _drifted(early: Item, late: Item) -> bool:
    """"Results are expected within days" (no number): a loose estimate. Once half of its
    window has passed when the later statement is made, a firmer, later timing is how the
    story moved on (the loose one is shown superseded if it is), not a conflict."""
    if not (_VAGUE.fullmatch(early.claim.quote) or _SPACES.sub(" ", early.claim.quote.lower()) in VAGUE_FUTURE_DAYS) or None in (early.lo, early.hi, early.pub, late.pub):
        return False
    return late.pub >= early.lo + (early.hi - early.lo) / 2


def _judge_plain(a: Item, b: Item) -> tuple[str, Item, Item] | None:
    if not _roles_comparable(a, b) and not _start_after_end(a, b):
        return None
    kinds = {a.kind, b.kind}
    if "pending" in kinds:
        if kinds == {"pending"}:
            return None
        exp, pen = (a, b) if b.kind == "pending" else (b, a)
        if pen.role == "end" and exp.role != "end":
            return None  # "the strike is still going on" shows only a forecast end unmet (it began)
        if exp.kind not in ("window", "schedule") or exp.hi is None:
            return None  # (a hedged possibility may be shown unmet too)
        # A wait shows the expectation unmet once its window closed; a delay of the thing
        # ("was pushed back", "postponed") shows it at once.
        if pen.lo is not None and not 0 < (pen.lo - exp.hi).days <= DISRUPTION_REACH_DAYS:
            return None  # a disruption inside the window, or months later (another cause), shows nothing
        if pen.pub is not None and exp.pub is not None and pen.pub > exp.pub and (pen.pub > exp.hi or pen.lead_delay):
            return "superseded", exp, pen
        return None
    if kinds == {"schedule", "occurrence"}:
        return _judge_slip(a, b)
    if kinds == {"schedule"}:
        return _judge_two_plans(a, b)
    if "window" not in kinds:
        return None  # dates against dates: the event-dates rule
    if _overlap(a, b):
        if a.kind == "window" and b.kind == "window" and a.delayed != b.delayed and (a.hi is None) != (b.hi is None):
            return None  # "by March" and "delayed until after March" do not agree
        return "agreement", a, b
    if a.hedged or b.hedged:
        return _judge_hedged(a, b)
    # Order the two statements in time; the earlier one is the expectation.
    if a.pub is not None and b.pub is not None and a.pub != b.pub:
        early, late = (a, b) if a.pub < b.pub else (b, a)
    elif a.pub is not None and a.pub == b.pub and not (a.lead_delay or b.lead_delay):
        # Same day, no delay announced about the thing ("customs delays" elsewhere in the
        # sentence is not one): two sources disagree, unless one tells a past event before the
        # other's window ("the tunnel flooded on Sunday" / "will not reopen before March"): a
        # past event is not a forecast of itself (as across days, below).
        occ, win = (a, b) if a.kind == "occurrence" else (b, a)
        if occ.kind == "occurrence" and None not in (occ.hi, win.lo) and occ.hi < win.lo and occ.hi <= occ.pub:
            return None
        return "contradiction", a, b
    elif a.delayed != b.delayed:
        early, late = (b, a) if a.delayed else (a, b)  # the delay is the later news
        return ("superseded", early, late) if early.kind == "window" and early.hi is not None and (late.lo or dt.date.max) > early.hi else None
    elif a.pub is not None and a.pub == b.pub:
        return "contradiction", a, b
    else:
        return None  # undated: cannot tell which came first
    if early.kind == "occurrence":
        # It already happened when the later article forecasts "it": a past event is not a
        # forecast of itself, so the later window is about a next step (its report, a
        # hearing) that the sentence names badly. Say nothing.
        return None
    if late.kind == "occurrence":
        # It happened after the window closed: the expectation was not met.
        met_late = early.hi is not None and late.lo is not None and late.lo > early.hi
        return ("superseded", early, late) if early.kind == "window" and met_late else None
    if early.hi is not None and late.pub > early.hi or late.delayed:
        return "superseded", early, late
    if late.kind == "schedule" and late.hi is not None and late.hi < late.pub:
        return None  # "had promised it by August 29", told in September: a past promise, not a forecast
    if (late.now and early.hi is not None and late.lo is not None and late.lo > early.hi
            and (late.pub - early.pub).days >= REVISION_GAP_DAYS):
        return "superseded", early, late  # "now expected in September", weeks later: a change
    return "contradiction", early, late


def _judge_slip(a: Item, b: Item) -> tuple[str, Item, Item] | None:
    """A planned day against a later article's day it happened: "the report will be published
    on July 1" (told in June) ... "the report was published on July 8" (told in August) is a
    plan that slipped (superseded), not two sources disagreeing. Only a plan told before its
    day, and an occurrence after it told in a later article."""
    plan, done = (a, b) if a.kind == "schedule" else (b, a)
    if None in (plan.pub, done.pub, plan.lo, plan.hi, done.lo) or plan.hedged:
        return None
    if plan.pub >= plan.lo or done.pub <= plan.pub or done.lo <= plan.hi:
        return None
    return "superseded", plan, done


def _judge_two_plans(a: Item, b: Item) -> tuple[str, Item, Item] | None:
    """Two planned days for one thing, told the same day by two articles ("the clinic will
    open on Saturday", "the clinic opens next Wednesday"): two sources disagree. The dates of
    events are the event-dates rule's; planned days told on different days are left alone."""
    if a.thing in _EVENT_CANON or a.hedged or b.hedged or None in (a.pub, b.pub, a.lo, b.lo):
        return None
    if a.pub != b.pub and None not in (a.hi, b.hi):
        # "The final test is planned for March 29" ... in April, "the company now says the final
        # test will be on April 26": the first day passed and the plan was restated later, a
        # timeline (only a restatement marked as one, "now", "rescheduled for")
        early, late = (a, b) if a.pub < b.pub else (b, a)
        if (early.pub < early.lo and late.pub > early.hi and late.lo > late.pub and (late.now or late.delayed)
                and not early.delayed):
            return "superseded", early, late
        return None
    if a.pub != b.pub or a.pub >= a.lo or b.pub >= b.lo or _overlap(a, b) or a.delayed or b.delayed:
        return None
    return "contradiction", a, b


def _judge_hedged(a: Item, b: Item) -> tuple[str, Item, Item] | None:
    """A hedged possibility against a firm statement that does not overlap it: never a
    contradiction (a hope is not a forecast), but once the possibility's time has passed and
    a later article gives a firm later timing ("could partially reopen in April" ... in May,
    "will not reopen before September"), it is superseded: a timeline."""
    if a.hedged and b.hedged:
        return None
    hed, firm = (a, b) if a.hedged else (b, a)
    if (hed.kind == "window" and firm.kind == "occurrence" and hed.thing not in _EVENT_CANON
            and None not in (hed.pub, firm.pub, hed.hi, firm.lo) and firm.pub > hed.pub and firm.lo > hed.hi):
        # "hopes to reopen the bypass by 1 December" ... "the bypass reopened on December 7": the
        # hope passed unmet (a visit or a strike talked of as possible is left to the event dates)
        return "superseded", hed, firm
    if hed.kind != "window" or firm.kind != "window" or None in (hed.pub, firm.pub, hed.hi):
        return None
    if firm.pub > hed.pub and (firm.lead_delay or firm.pub > hed.hi) and (firm.lo is None or firm.lo > hed.hi):
        return "superseded", hed, firm  # the possibility passed, or the thing was put off
    return None


class _StoryNames:
    """Names most of the story's articles use (its place, its main party): they tell no
    two things apart, so "the regulator's report on Pellworth's water" and "the report"
    still align. Looked up only for pairs whose names differ, once per name."""

    def __init__(self, story: StoryFacts):
        self._story = story
        self._texts: list[str] | None = None  # lower-cased when first needed (most stories never)
        self._need = max(3, (len(story.articles) + 1) // 2)
        self._seen: dict[str, bool] = {}

    def common(self, names) -> frozenset:
        out = []
        for n in sorted(names):
            hit = self._seen.get(n)
            if hit is None:
                if self._texts is None:
                    self._texts = [f.article.text.lower() for f in self._story.articles]
                rx = re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])")
                hit = self._seen[n] = len(self._texts) >= 3 and sum(1 for t in self._texts if rx.search(t)) >= self._need
            if hit:
                out.append(n)
        return frozenset(out)


def _comparable_names(a: Item, b: Item, story_names: "_StoryNames | None" = None) -> bool:
    """Could the two be about the same thing? Either the sentences themselves or their
    neighbourhoods must not name different parties (names most articles use do not count)."""
    a_names, a_own = _names(a.facts, a.sentence)
    b_names, b_own = _names(b.facts, b.sentence)
    if names_match(a_own, b_own) or names_match(a_names, b_names):
        return True
    if story_names is None:
        return False
    common = story_names.common(a_own | b_own | a_names | b_names)
    return bool(common) and (names_match(a_own, b_own, common) or names_match(a_names, b_names, common))


MAX_PER_ARTICLE = 40  # expectations of one thing per article: real copy has a handful


def _cap_per_article(items: list[Item]) -> list[Item]:
    """Bound the pairwise comparison on hostile input; items are sorted by article."""
    out, count, last = [], 0, None
    for it in items:
        count = count + 1 if it.claim.article == last else 1
        last = it.claim.article
        if count <= MAX_PER_ARTICLE:
            out.append(it)
    return out


def check(story: StoryFacts):
    # One window may be stated for two names of its thing (the inquiry and its report, the
    # mine and its production): report each finding about the same claims once.
    # An expectation shown unmet both as its thing's ("the ship") and as an action on it ("the
    # ship (refloat)") is reported once, as the thing's.
    # Any finding of an action whose claims a finding of the same kind about a thing already
    # holds adds nothing, and is left out.
    seen: set = set()
    unmet: set = set()
    told: list = []  # (kind, claim keys) of the findings about things
    actions: list = []
    for r in _check(story):
        claims = frozenset((c.article, c.span.start, c.span.end) for c in r.claims)
        key = (r.kind, tuple(sorted(claims)))
        if key in seen:
            continue
        seen.add(key)
        c = r.claims[0]
        exp = (c.article, c.span.start, c.span.end)
        if " (" in r.topic:
            actions.append((exp, claims, r))
            continue
        if r.kind == "superseded":
            unmet.add(exp)
        told.append((r.kind, claims))
        yield r
    for exp, claims, r in actions:
        if r.kind == "superseded" and exp in unmet or any(k == r.kind and claims <= held for k, held in told):
            continue
        if r.kind == "superseded":
            unmet.add(exp)
        yield r


# "BRODEC, March 6 (CPA) - ...": a wire dateline with a month and day but no year, in the
# first lines of an article.
_YEARLESS_DATELINE = lazyre.compile(
    rf"^\s{{0,4}}[A-Z][^\W\d_]{{1,30}}(?:[ '’-][A-Z][^\W\d_]{{1,30}}){{0,3}},\s{{1,3}}"
    rf"(?i:(?P<m1>{MONTH_ALTERNATION})\.?\s{{1,3}}(?P<d1>[0-3]?[0-9])|(?P<d2>[0-3]?[0-9])\s{{1,3}}(?P<m2>{MONTH_ALTERNATION})\.?)"
    r"\s{0,3}(?:\([^()\n]{1,40}\)\s{0,3})?[–—-]\s", re.M)  # "OSLO, March 6 (NTB) - ", not "However, March 6 was"
# "Last updated 20/10/2023 16:05 - Eastmere Radio newsroom": an update line opening a page.
# "Last modified on Mon 3 Nov 2025 07.45 GMT": so is a page's last modification.
_UPDATED_LINE = lazyre.compile(rf"^\s{{0,8}}(?:last\s{{1,3}})?(?:updated|modified|edited|revised)(?:\s{{1,3}}on)?:?\s{{1,3}}{_ANY_DATE}", re.I | re.M)
GUESS_REACH_DAYS = 45  # the dateline's day must be this near another article's publication


def _guessed_pubs(story: StoryFacts) -> dict[str, dt.date]:
    """Publication days of undated articles whose dateline gives a month and day without a
    year, in the one year that puts the day near the story's dated articles (none when no
    year or two years fit)."""
    dated = [f.article.published for f in story.articles if f.article.published is not None]
    if not dated:
        return {}
    out = {}
    for f in story.articles:
        a = f.article
        if a.published is not None:
            continue
        head = a.text[:400]
        if "pdated" in head or "odified" in head or "dited" in head or "evised" in head:
            # "Last updated 20/10/2023 16:05 - Newsroom": a live page's last update is the
            # day its latest state was told (read here only, for its expectations).
            u = _UPDATED_LINE.search(head)
            if u is not None and (d := date_from_match(u)) is not None:
                if any(abs((d - p).days) <= GUESS_REACH_DAYS * 4 for p in dated):
                    out[a.id] = d
                continue
        m = _YEARLESS_DATELINE.search(head)
        if m is None:
            continue
        month = MONTHS.get((m.group("m1") or m.group("m2")).lower().rstrip("."))
        day = int(m.group("d1") or m.group("d2"))
        fits = set()
        for y in sorted({d.year for d in dated} | {d.year - 1 for d in dated} | {d.year + 1 for d in dated}):
            try:
                cand = dt.date(y, month, day)
            except (TypeError, ValueError):
                continue
            if any(abs((cand - d).days) <= GUESS_REACH_DAYS for d in dated):
                fits.add(cand)
        if len(fits) == 1:
            out[a.id] = fits.pop()
    return out


_PRONOUN_GAP = lazyre.compile(r"(?:(?:by|before|after|until|till|in|on|within|no|later|earlier|than|not|the|at|around|"
                          r"from|during|early|late|mid)\s{1,2}){0,4}", re.I)


def _pronoun_thing(text: str, before: str, pos: int):
    """The one thing named in the sentence ``before`` when this one opens "It is expected" (or
    the like) right before the window at ``pos``; a thing tuple on the pronoun, or None."""
    m = _PRONOUN_OBJECT_EXPECT.match(text) if text[:4].lstrip()[:2].lower() in ("no", "do") else None
    if m is None:
        if text[:4].lstrip()[:2] not in _PRONOUN_FIRST_2:
            return None
        m = _PRONOUN_EXPECT.match(text)
    if m is None or m.end() > pos or not _PRONOUN_GAP.fullmatch(text, m.end(), pos):
        return None
    named = {(x[2], x[3]) for x in _cues(before).read().things()}
    if len(named) != 1:
        return None
    canon, event = named.pop()
    return (m.start("subj"), m.end("subj"), canon, event, False)


# The capitalised words after a proper name's first word: "Brackwell| Wildlife Park".
_CAP_RUN = lazyre.compile(r"(?:\s{1,2}[A-Z][\w'’-]{0,30}){1,3}")


def _named_place_type(d: tuple) -> str | None:
    """The place-type noun ending the proper name a draft's thing was read from ("Marlow
    Community Library" -> library), canonical; None for any other thing."""
    thing = d[14]
    if thing is None:
        return None
    text = d[13]
    if not text[thing[0]:thing[1]][:1].isupper():
        return None
    m = _CAP_RUN.match(text, thing[1])
    if m is None:
        return None
    last = m.group(0).split()[-1].lower()
    if last not in _PLACE_TYPES:
        return None
    return PLACE_SYNONYMS.get(last, last)


def _alias_named_places(by_thing: dict[str, list[tuple]]) -> None:
    """"Marlow Community Library reopened on Monday" is keyed by its name ("marlow"); a
    story's other articles call it "the library". When the story names one place of that
    type by a proper name, its drafts join the type's drafts too (two named libraries: no
    alias, the common noun could be either)."""
    named: dict[str, dict[str, list[tuple]]] = {}
    for thing, drafts in by_thing.items():
        for d in drafts:
            t = _named_place_type(d)
            if t is not None and t != thing:
                named.setdefault(t, {}).setdefault(thing, []).append(d)
    for t, names in named.items():
        if len(names) == 1 and t in by_thing:
            (drafts,) = names.values()
            by_thing[t] = by_thing[t] + drafts


# A verbal noun and its verb: "the refloating" / "the evacuation" is the act whose passive
# participle names its object elsewhere ("the ship is expected to be refloated", "residents
# were evacuated"). One shared helper for the "-ing" and "-(at)ion" families.
_VERBAL_NOUN = lazyre.compile(r"^(?P<stem>[a-z]{3,30}?)(?:ing|ation|ion)$")


def _participle_rx(noun: str) -> re.Pattern | None:
    """The passive of a verbal noun's verb after a thing ("is expected to be refloated", "was
    evacuated", "were finally restored"), or None for a word that is no verbal noun."""
    m = _VERBAL_NOUN.match(noun)
    if m is None or noun in _THINGS or noun in EVENT_WORDS:
        return None
    st = m.group("stem")
    if len(st) >= 3 and st[-1] == st[-2] and st[-1] not in "aeiouls":
        st = st[:-1]  # "stopping" -> "stop(ped)"
    forms = rf"{re.escape(st)}(?:ed|d|{re.escape(st[-1])}ed)"
    return re.compile(rf"(?<![\w-])(?:be|been|being|is|are|was|were)\s{{1,2}}(?:[a-z]{{2,12}}ly\s{{1,2}})?{forms}(?![\w-])", re.I)


def _alias_verbal_nouns(by_thing: dict[str, list[tuple]]) -> None:
    """"The refloating is planned for the weekend" is keyed by its verbal noun; the story's
    other articles date the thing it acts on ("the ship is expected to be refloated by
    Thursday"). When the verb's passive follows exactly one other thing in the story's
    drafts, the verbal noun's drafts join that thing's (two candidates: no alias)."""
    for noun in [k for k in by_thing if k.endswith(("ing", "ion"))]:
        rx = _participle_rx(noun)
        if rx is None:
            continue
        # "ship (refloat)": the action the noun names, on one thing
        # (and, below, the thing the passive follows: "the ship")
        acts = [k for k in by_thing if k.endswith(f" ({stem(noun)})")]
        if len(acts) == 1:
            by_thing[acts[0]] = by_thing[acts[0]] + [(acts[0],) + d[1:] for d in by_thing[noun]]
        targets = set()
        for thing, drafts in by_thing.items():
            if thing == noun or thing in acts:
                continue
            for d in drafts:
                where, text = d[14], d[13]
                if where is None or text is None:
                    continue
                m = rx.search(text, where[1], min(len(text), where[1] + 40))
                if m is not None and not re.search(r"[,;:]", text[where[1]:m.start()]):
                    targets.add(thing)
                    break
        if len(targets) == 1:
            (target,) = targets
            by_thing[target] = by_thing[target] + by_thing.pop(noun)


# "The K4 reopened to one lane on Saturday", "The Tessaly Crown was refloated on Tuesday": a
# clause opening with a proper name (capitalised words, digits allowed: "K4", "M25") and its verb.
_NAMED_SUBJECT = lazyre.compile(
    r"\s{0,3}[“\"‘'(]?(?:the\s{1,2}|The\s{1,2})?(?P<name>[A-Z][A-Za-z0-9’'-]{0,30}(?:\s{1,2}[A-Z][A-Za-z0-9’'-]{0,30}){0,3})"
    r"\s{1,2}(?:(?:is|are|was|were|has|have|had|will|would|could|should|can|now|finally|eventually|only|still|also|"
    r"again|partly|partially|fully|be|been|being|expected|due|set|scheduled|to|not)\s{1,2}){0,5}[a-z]{3,20}(?![\w-])")
_NAMED_KINDS = {w: PLACE_SYNONYMS.get(w, w.split()[-1]) for w in (*PLACE_TYPE_NOUNS, *NAMED_ROUTE_NOUNS, *NAMED_CRAFT_NOUNS)}
_NAMED_KIND_ALT = _alt(_NAMED_KINDS)
NAMED_PREFIX = "\x00"  # a draft keyed by a proper name, until the story tells its kind


def _named_subject(text: str, pos: int):
    """A thing tuple keyed by the proper name opening the clause before ``pos`` (NAMED_PREFIX
    and the name as written), or None."""
    cut = _last_cut(text, pos)
    m = _NAMED_SUBJECT.match(text, cut, pos)
    if m is None:
        return None
    name = _SPACES.sub(" ", m.group("name"))
    if name.split()[0].lower() in _PRONOUNS or name.split()[0].lower() in _DETERMINERS or name.lower() in _THINGS:
        return None
    return (m.start("name"), m.end("name"), NAMED_PREFIX + name, False, False)


_NAME_RUN = r"[A-Z][A-Za-z0-9’'-]{0,30}(?:\s{1,2}[A-Z][A-Za-z0-9’'-]{0,30}){0,3}"
_NAME_THEN_KIND = lazyre.compile(rf"(?<![\w’'-])(?P<n1>{_NAME_RUN})\s{{1,2}}(?i:(?P<a>{_NAMED_KIND_ALT}))(?![\w-])")
# (a craft's kind may come first, "the ferry Northern Lark"; a place's or a route's not: "the
# line Network Rail runs")
_KIND_THEN_NAME = lazyre.compile(rf"(?<![\w-])(?i:(?P<b>{_alt(NAMED_CRAFT_NOUNS)}))\s{{1,2}}(?P<n2>{_NAME_RUN})(?![\w’'-])")


def _story_name_kinds(texts) -> dict[str, set[str]]:
    """Each proper name the story writes with a kind ("the K4 motorway", "container ship Tessaly
    Crown"), and those kinds: one pass over the texts (a run of capitalised words counts for
    each of its ends: "The K4" for "K4", "Tessaly Crown" for "Tessaly")."""
    out: dict[str, set[str]] = {}
    for t in texts:
        for m in (*_NAME_THEN_KIND.finditer(t), *_KIND_THEN_NAME.finditer(t)):
            first = m.re is _NAME_THEN_KIND
            kind = _NAMED_KINDS[_SPACES.sub(" ", m.group("a" if first else "b").lower())]
            words = _SPACES.sub(" ", m.group("n1" if first else "n2")).split()
            runs = ([" ".join(words[k:]) for k in range(len(words))] if first
                    else [" ".join(words[:k]) for k in range(1, len(words) + 1)])
            for run in runs:
                out.setdefault(run, set()).add(kind)
    return out


def _alias_proper_names(by_thing: dict[str, list[tuple]], story: StoryFacts) -> None:
    """Drafts keyed by a proper name join the kind the story writes the name with ("the K4
    motorway", "the container ship Tessaly Crown"), when it writes it with one kind only;
    otherwise they are dropped (a name of unknown kind aligns with nothing)."""
    names = [k for k in by_thing if k.startswith(NAMED_PREFIX)]
    if not names:
        return
    kinds_of = _story_name_kinds(f.article.text for f in story.articles)
    for key in names:
        drafts = by_thing.pop(key)
        name, _, action = key[len(NAMED_PREFIX):].partition(" (")
        kinds = kinds_of.get(name, ())
        if len(kinds) != 1:
            continue
        (kind,) = kinds
        target = f"{kind} ({action}" if action else kind
        by_thing.setdefault(target, []).extend((target,) + d[1:] for d in drafts)


_PART_CANONS = frozenset(_head_canon(w) or w for w in PART_NOUNS)
_GENERIC_CANONS = frozenset(_head_canon(w) or w for w in GENERIC_PLACE_NOUNS)
_WHOLE_KINDS = (frozenset(_NAMED_KINDS.values()) | frozenset(PLACE_SYNONYMS.values())) - _PART_CANONS - _GENERIC_CANONS


_WHOLE_WORDS = {w: k for w, k in {**{w: _NAMED_KINDS[w] for w in _NAMED_KINDS}, **PLACE_SYNONYMS}.items()
                if k in _WHOLE_KINDS}
_WHOLE_WORDS.update({w + "s": k for w, k in list(_WHOLE_WORDS.items()) if not w.endswith("s")})
_WHOLE_RX = lazyre.compile(rf"(?<![\w-])(?i:{_alt(_WHOLE_WORDS)})(?![\w-])")


# "The airport will reopen its second terminal": a part the clause's subject owns.
_ITS_BEFORE = lazyre.compile(r"(?<![\w-])(?:its|their)\s{1,2}(?:[\w’'-]{1,30}\s{1,2}){0,2}$", re.I)
_OWNER_SUBJECT = lazyre.compile(
    r"\s{0,3}[“\"‘'(]?(?:The|the)\s{1,2}(?:[a-z][\w-]{1,20}\s{1,2}){0,2}?(?P<head>[a-z][\w-]{2,20})\s{1,2}"
    r"(?:says|said|will|would|expects|expected|hopes|hoped|plans|planned|aims|aimed|intends|is|was|has|had)(?![\w-])")


def _owner_place(text: str, thing):
    """The place owning the object of a start verb ("the airport ... its second terminal"),
    as a thing tuple, when the object is a place or a part of one; else None."""
    if thing[2] not in _WHOLE_KINDS and thing[2] not in _PART_CANONS:
        return None
    if _ITS_BEFORE.search(text, max(0, thing[0] - 60), thing[0]) is None:
        return None
    m = _OWNER_SUBJECT.match(text, _last_cut(text, thing[0]))
    if m is None:
        m = _OWNER_SUBJECT.match(text)
    if m is None or m.end() > thing[0]:
        return None
    canon = _head_canon(m.group("head"))
    if canon is None or canon not in _WHOLE_KINDS or canon == thing[2]:
        return None
    return (m.start("head"), m.end("head"), canon, False, False)


_NEXT_CAPITAL = lazyre.compile(r"\s{1,2}[A-Z]")


def _alias_parts(by_thing: dict[str, list[tuple]], story: StoryFacts) -> None:
    """"One lane is expected to reopen on Wednesday": a part of the story's place, reopening in
    part. Its reopening drafts join the place the most articles name (a tie: no alias), as a
    partial reopening (see _same_one). "The building will remain closed until at least 24
    March": a generic noun for that place, its drafts joining it as they are."""
    parts = [k for k in by_thing if k in _PART_CANONS or k in _GENERIC_CANONS]
    if not parts:
        return
    if not any(k in _WHOLE_KINDS for k in by_thing):
        return
    # the place the story is about: the kind most of its articles name (whether dated or not)
    counts: dict[str, int] = {}
    for f in story.articles:
        text = f.article.text
        # (a capitalised word inside a name is not the name's kind: "Aurelian Hall Museum" is a museum)
        for k in {_WHOLE_WORDS[m.group(0).lower()] for m in _WHOLE_RX.finditer(text)
                  if not (m.group(0)[0].isupper() and _NEXT_CAPITAL.match(text, m.end()))}:
            counts[k] = counts.get(k, 0) + 1
    if not counts:
        return
    best = max(counts.values())
    top = [k for k, n in counts.items() if n == best]
    if len(top) != 1:
        return
    (place,) = top
    if place not in by_thing:
        return
    for key in parts:
        if key in _GENERIC_CANONS:
            by_thing[place] = by_thing[place] + [(place,) + d[1:] for d in by_thing.pop(key)]
            continue
        moved = [d for d in by_thing[key] if d[2] == "start"]
        if moved:
            by_thing[key] = [d for d in by_thing[key] if d[2] != "start"]
            by_thing[place] = by_thing[place] + [(place,) + d[1:14] + (None, "partial") for d in moved]


# --- an action on a thing: "expect to refloat the barge", "the barge was refloated" -----------
_LIGHT_STEMS = frozenset(stem(v) for v in LIGHT_ACTION_VERBS)
_OBJ_TAIL = (r"(?:\s{1,2}(?:off|from|to|at|in|on|onto|into|across|near|clear|free|back|away|out\s{1,2}of)"
             r"(?:\s{1,2}(?:the|its|their))?(?:\s{1,2}[a-z][\w-]{1,20}){0,2})?\s{0,2}(?:on\s{1,2}|by\s{1,2}|in\s{1,2})?$")
_DET = r"(?:the|its|their|his|her|both|all)\s{1,2}"
# "expect to refloat the barge by Thursday", "hopes to tow the ship off the bank by Friday"
_INTENT_ACTION = lazyre.compile(
    r"(?<![\w-])(?:expects?|expected|expecting|hopes?|hoped|hoping|plans?|planned|planning|aims?|aimed|intends?"
    r"|intended|due|set|scheduled|slated|promised|pledged|vowed)\s{1,2}to\s{1,2}(?:be\s{1,2}able\s{1,2}to\s{1,2})?"
    rf"(?P<verb>[a-z]{{3,20}})\s{{1,2}}{_DET}(?:[a-z][\w-]{{1,20}}\s{{1,2}}){{0,2}}?(?P<obj>[a-z][\w-]{{2,20}}){_OBJ_TAIL}", re.I)
# "tugs towed the barge clear on Tuesday, March 17"
_DONE_ACTION = lazyre.compile(
    rf"(?<![\w-])(?P<verb>[a-z]{{3,20}}ed)\s{{1,2}}{_DET}(?:[a-z][\w-]{{1,20}}\s{{1,2}}){{0,2}}?(?P<obj>[a-z][\w-]{{2,20}}){_OBJ_TAIL}", re.I)
# "the barge is expected to be refloated", "was finally refloated", "will be dismantled": the
# passive right after the thing
_PASSIVE_ACTION = lazyre.compile(
    r"\s{1,2}(?:(?:is|are|was|were)\s{1,2}(?:expected|due|set|scheduled|slated|likely|hoped)\s{1,2}to\s{1,2}be"
    r"|(?:is|are|was|were|will\s{1,2}be|would\s{1,2}be|has\s{1,2}been|have\s{1,2}been|had\s{1,2}been|to\s{1,2}be))"
    r"\s{1,2}(?:[a-z]{2,12}ly\s{1,2})?(?P<verb>[a-z]{3,20}ed)(?![\w-])", re.I)


def _action_key(canon: str, verb: str) -> str | None:
    """The key of an action on a thing ("barge (refloat)"), or None for a light verb."""
    v = stem(verb.lower())
    if v in ACTION_EVENTS and canon in _ACTION_EVENT_OBJECTS:
        return ACTION_EVENTS[v]  # "the court is expected to hear the case next week": the hearing
    return None if v in _LIGHT_STEMS or len(v) < 3 else f"{canon} ({v})"


_ACTION_EVENT_OBJECTS = frozenset(ACTION_EVENT_OBJECTS)


def _acted_object(text: str, pos: int):
    """((thing tuple keyed by the action, past), where the action begins) for the object of an
    intended or past action right before ``pos``, or None."""
    cut = _last_cut(text, pos)
    for rx, past in ((_INTENT_ACTION, False), (_DONE_ACTION, True)):
        m = rx.search(text, cut, pos)
        if m is None:
            continue
        canon = _head_canon(m.group("obj"))
        key = None if canon is None else _action_key(canon, m.group("verb"))
        if key is not None:
            return ((m.start("obj"), m.end("obj"), key, False, False), past), m.start()
    return None


def _passive_key(text: str, thing) -> str | None:
    """"the barge was refloated": the key of the action on the subject thing, or None."""
    m = _PASSIVE_ACTION.match(text, thing[1])
    return None if m is None else _action_key(thing[2], m.group("verb"))


def _check(story: StoryFacts):
    calendar = _calendar(story)
    story_names = _StoryNames(story)
    guessed = _guessed_pubs(story)
    by_thing: dict[str, list[tuple]] = {}
    for f in story.articles:
        for d in _article_drafts(f, calendar, guessed.get(f.article.id)):
            by_thing.setdefault(d[0], []).append(d)
    _alias_proper_names(by_thing, story)
    _alias_named_places(by_thing)
    _alias_verbal_nouns(by_thing)
    _alias_parts(by_thing, story)
    for thing, drafts in sorted(by_thing.items()):
        if not _may_yield(drafts):
            continue
        items = [_item(d) for d in drafts]
        if guessed:
            items = [attrs.evolve(i, pub=guessed[i.claim.article]) if i.pub is None and i.claim.article in guessed
                     else i for i in items]
        items.sort(key=lambda i: (i.claim.article, i.claim.span.start, i.kind))
        items = _cap_per_article(items)
        position = {id(x): k for k, x in enumerate(items)}
        # Items are sorted by article: pair each only with the later articles' items.
        next_article = [len(items)] * len(items)
        for k in range(len(items) - 2, -1, -1):
            same = items[k].claim.article == items[k + 1].claim.article
            next_article[k] = next_article[k + 1] if same else k + 1
        # _judge says nothing of a pair without a window unless it is a pending item and a
        # schedule: list each item's possible partners by kind, so a story of 500 articles
        # full of pending items and occurrences compares nothing (the pairs stay in order).
        by_kind: dict[str, list[int]] = {}
        for k, x in enumerate(items):
            by_kind.setdefault(x.kind, []).append(k)
        superseded: dict[int, list[Item]] = {}
        agree_pairs: list[tuple[int, int]] = []
        for i in range(len(items)):
            for j in _partners(items[i].kind, by_kind, next_article[i], len(items)):
                a, b = items[i], items[j]
                v = _judge(a, b) if _same_one(a, b) else None
                if v is None:
                    continue
                kind, early, late = v
                if kind != "agreement" and not _comparable_names(a, b, story_names):
                    continue  # could not align: the sentences name different parties
                if kind == "superseded":
                    superseded.setdefault(position[id(early)], []).append(late)
                elif kind == "agreement":
                    agree_pairs.append((i, j))
                else:
                    yield Result("contradiction", f"{thing} timing",
                                 f"Expected timing of the {thing} differs: {early.claim.value} "
                                 f"({early.claim.article}) vs {late.claim.value} ({late.claim.article})",
                                 (early.claim, late.claim))
        for k, lates in sorted(superseded.items()):
            exp = items[k]
            later = sorted({(x.claim.article, x.claim.span.start): x for x in lates}.values(),
                           key=lambda x: (x.claim.article, x.claim.span.start))
            where = ", ".join(dict.fromkeys(x.claim.article for x in later))
            yield Result("superseded", f"{thing} timing",
                         f"Expectation superseded: {exp.claim.value} ({exp.claim.article}, "
                         f"{_iso(exp.pub) if exp.pub else 'undated'}), but later reporting in {where} "
                         f"shows it was not met",
                         (exp.claim, *(x.claim for x in later)))
        chosen = _agreeing_set(items, agree_pairs, set())
        if len({items[k].claim.article for k in chosen}) >= 2:
            claims = tuple(items[k].claim for k in chosen)
            values = ", ".join(dict.fromkeys(c.value for c in claims))
            yield Result("agreement", f"{thing} timing",
                         f"Timing of the {thing} is consistent across articles: {values}", claims)


# The kinds an item of each kind can make a finding with (see _judge): a window with any
# kind; otherwise a pending item only with a window or a schedule.
_PARTNER_KINDS = {
    "window": None,  # every kind
    "schedule": ("window", "pending", "occurrence", "schedule"),
    "pending": ("window", "schedule"),
    "occurrence": ("window", "schedule"),
}


def _partners(kind: str, by_kind: dict[str, list[int]], start: int, stop: int):
    """Indices from ``start`` to ``stop`` of the items that an item of ``kind`` can be judged
    with, ascending (the order of a plain loop over the range, so findings keep their order)."""
    kinds = _PARTNER_KINDS.get(kind)
    if kinds is None:
        return range(start, stop)
    out: list[int] = []
    for kd in kinds:
        idx = by_kind.get(kd, ())
        out.extend(idx[bisect.bisect_left(idx, start):])
    out.sort()
    return out


def _agreeing_set(items: list[Item], pairs: list[tuple[int, int]], exclude: set[int]) -> list[int]:
    """The largest group of items that pairwise agree (greedy, deterministic)."""
    adj: dict[int, set[int]] = {}
    for i, j in pairs:
        if i in exclude or j in exclude:
            continue
        adj.setdefault(i, set()).add(j)
        adj.setdefault(j, set()).add(i)
    chosen: list[int] = []
    for k in sorted(adj, key=lambda k: (-len(adj[k]), k)):
        # Items of one article are never compared, so they do not block each other.
        if all(c in adj[k] or items[c].claim.article == items[k].claim.article for c in chosen):
            chosen.append(k)
    return sorted(chosen)


RULE = Rule(
    code=CODE, name=NAME, kinds=("superseded", "contradiction", "agreement"), check=check,
    examples=(
        Example({"a.txt": "Published 10 December 2021\n\nThe office expects to publish its report in the coming weeks, a spokesman said.",
                 "b.txt": "Published 31 March 2022\n\nThe long-awaited report is still pending, the spokesman said."},
                kind="superseded", contains=("in the coming weeks",)),
        Example({"a.txt": "Published 1 June 2023\n\nA verdict is expected by the end of June, the court said.",
                 "b.txt": "Published 2 June 2023\n\nThe verdict is now expected in September, lawyers for the defence said."},
                kind="contradiction", contains=("by the end of June", "in September")),
        Example({"a.txt": "Published 3 June 2023\n\nThe inquiry's findings are expected by the end of the month.",
                 "b.txt": "Published 5 June 2023\n\nThe report is due by the end of June, officials said."},
                kind="agreement"),
        Example({"a.txt": "Published 31 January 2022\n\nA visit to the region is planned for the first half of this year.",
                 "b.txt": "Published 23 May 2022\n\nDuring her visit from May 23-28, she will meet officials."},
                kind="agreement"),
        Example({"a.txt": "Published 1 March 2024\n\nResults are due within four weeks, the commission said.",
                 "b.txt": "Published 2 March 2024\n\nThe results will be published in the coming weeks."},
                absent=("contradiction", "superseded")),
        Example({"a.txt": "Published 1 March 2024\n\nA decision might come in April.",
                 "b.txt": "Published 2 March 2024\n\nThe decision is expected in June."},
                absent=("contradiction", "superseded")),
        # Seasons are windows; "the summer recess" is not a season but "in July" is a month.
        Example({"a.txt": "Published 2 June 2023\n\nThe government will present a law on minimum services in the autumn.",
                 "b.txt": "Published 3 June 2023\n\nA law on minimum services will be presented before the summer recess in July."},
                kind="contradiction", contains=("in the autumn", "in July")),
        # The thing may be named by its verb: "expected to rule", "has yet to rule".
        Example({"a.txt": "Published 16 June 2023\n\nThe arbitration panel is expected to rule by the end of the month.",
                 "b.txt": "Published 14 July 2023\n\nThe arbitration panel has yet to rule, a month after the strike ended."},
                kind="superseded", contains=("the end of the month", "yet to rule")),
        Example({"a.txt": "Published 13 June 2024\n\nCompensation payments to families will begin in July, the ministry said.",
                 "b.txt": "Published 2 August 2024\n\nFamilies have registered for compensation, but no payments have yet been made."},
                kind="superseded", contains=("in July",)),
        # With no thing noun near, the clause's subject is the thing.
        Example({"a.txt": "Published 1 September 2025\n\nThe operator said the winter timetable would be published by the end of next week.",
                 "b.txt": "Published 3 September 2025\n\nThe winter timetable won't go out until October, a union official said."},
                kind="contradiction", contains=("the end of next week", "until October")),
        Example({"a.txt": "Published 1 September 2025\n\nA ruling by the mediator is expected within the week.",
                 "b.txt": "Published 3 September 2025\n\nThe mediator's ruling is not expected before the end of the month."},
                kind="contradiction", contains=("within the week", "the end of the month")),
        # Met late is superseded: the end of a fire is a window like any other.
        Example({"a.txt": "Published 22 July 2025\n\nThe wildfire is expected to be contained by the weekend, officials said.",
                 "b.txt": "Published 30 July 2025\n\nThe wildfire was declared contained on 28 July."},
                kind="superseded", contains=("by the weekend", "28 July")),
        # Quantities move: "rise by June" and "not fall before 2026" are not one expectation.
        Example({"a.txt": "Published 1 March 2025\n\nPrices will rise by June, the bank said.",
                 "b.txt": "Published 2 March 2025\n\nPrices won't fall before 2026, traders said."},
                absent=("contradiction",)),
        # A negation before the thing bounds the window too: "do not expect ... before July".
        Example({"a.txt": "Published 3 May 2024\n\nThe ministry said the audit would be finished by the end of May.",
                 "b.txt": "Published 4 May 2024\n\nThe auditors do not expect the audit to report before July."},
                kind="contradiction", contains=("the end of May", "before July")),
        # After a verb of receipt the object is the thing; the subject's head comes before
        # its preposition ("Refunds to tenants").
        Example({"a.txt": "Published 10 October 2025\n\nTenants will receive refunds by the end of next week, the landlord said.",
                 "b.txt": "Published 10 October 2025\n\nRefunds to tenants will not be paid until December, the housing board said."},
                kind="contradiction", contains=("the end of next week", "until December")),
        # Same day, a delay named elsewhere in the sentence: still two sources in conflict.
        Example({"a.txt": "Published 5 November 2025\n\nA first shipment of 20,000 test kits is due to arrive within the week, the ministry said.",
                 "b.txt": "Published 5 November 2025\n\nThe first shipment will not reach the clinics before the end of the month, "
                          "an agency spokesman said, blaming delays at the border."},
                kind="contradiction", contains=("within the week", "the end of the month")),
        # A deadline day is a window; an event dated only by its end may be the object.
        Example({"a.txt": "Published Monday 4 August 2025\n\nOfficials expect to have the blaze under control by Friday, a spokesman said.",
                 "b.txt": "Published 12 August 2025\n\nThe blaze was declared under control on 9 August."},
                kind="superseded", contains=("by Friday", "9 August")),
        # A delay announced the same day is not a second forecast to contradict.
        Example({"a.txt": "Published 1 June 2023\n\nA verdict is expected by the end of June, the court said.",
                 "b.txt": "Published 1 June 2023\n\nThe verdict has been postponed until September, the court said."},
                absent=("contradiction",)),
        # "A second striker" and "a replacement" are two different signings.
        Example({"a.txt": "Published 29 July 2024\n\nThe club expects to complete the signing of a second striker by the end of next week.",
                 "b.txt": "Published 2 September 2024\n\nRibeira have still not signed a replacement for him."},
                absent=("superseded", "contradiction")),
        # A place kept closed until a time is its reopening; its activity resuming is too.
        Example({"a.txt": "Published 8 May 2025\n\nProduction at the plant will resume next week, the company said.",
                 "b.txt": "Published 10 May 2025\n\nThe plant will stay closed until at least the end of June, the regulator said."},
                kind="contradiction", contains=("next week", "until at least the end of June")),
        Example({"a.txt": "Published 19 July 2024\n\nFull supply would be restored by Sunday, the grid operator said.",
                 "b.txt": "Published 22 July 2024\n\nSome 20,000 homes were still without power on Monday, the operator said."},
                kind="superseded", contains=("by Sunday",)),
        Example({"a.txt": "Published 3 March 2025\n\nRepairs at the bridge will start next week.",
                 "b.txt": "Published 5 March 2025\n\nThe bridge will remain closed until at least the end of April."},
                absent=("contradiction",)),
        # A return to normal is one thing however it is worded; a disruption after its window
        # shows it unmet.
        Example({"a.txt": "Published Tuesday 16 July 2024\n\nThe airline said flights should be back to normal by Wednesday.",
                 "b.txt": "Published 17 July 2024\n\nNormal schedules will not return before the weekend, the pilots' union said."},
                kind="contradiction", contains=("by Wednesday", "before the weekend")),
        Example({"a.txt": "Published Monday 3 March 2025\n\nThe operator said sailings would return to normal by Wednesday.",
                 "b.txt": "Published Saturday 8 March 2025\n\nThe operator cancelled another 12 sailings on Friday, March 7."},
                kind="superseded", contains=("by Wednesday",)),
    ),
)

"""Which event a date belongs to, and which end of it (start, end, the whole event).

A date attaches to the nearest event word to its left in the same clause (within a few
words), or just after it ("on May 3 the summit opened"). A date that follows a speech verb
("said on Friday") dates the statement, not an event, and is left alone; an announcement
("announced on Tuesday that it was recalling...") dates the announcement of the event. A date that pre-modifies its event noun dates it
whatever stands on its left ("after the strike, the October 18 collision", "Monday's
earthquake").

Events outside the vocabulary (``fallback=True``) are keyed by their clause: the class of
the verb nearest the date and the head noun of its object, or of its subject when the verb
has none: "declared a state of emergency on June 6" and "the state of emergency was
declared on June 7" are both ``declare emergency``; "the dam burst on June 5" and "the dam
collapsed on June 5" are both ``collapse dam``. Phrasal verbs of one-off events count by
class, active or passive: "called off the search" and "the search was called off" are both
``cancel search``; "set up", "shut down", "handed out" likewise.

With ``fallback`` the event-dates rule also reads event families (checker.vocab.time): a
family noun ("the collapse", "the exam", "the explosion") is an event like a vocabulary
word, provided it heads its phrase ("the exam board" is not the exam), and its noun modifier
is kept (``kind``: "the chemistry exam"); "the disaster", "the accident" and "went public"
name the story's main event (``MAIN_EVENT``); a fronted date dates the clause after it ("On
May 6, the roof collapsed"); "found X guilty" is the verdict; and a few verb classes name
one thing whatever their noun ("homes lost power": the blackout, from its start).

Discoveries: a discovery verb keys its object's event as found then ("auditors discovered the
fraud on March 3": ``occur fraud``, role ``discovered``), and "staff discovered on Saturday
that files had been encrypted" is the discovery of the story's main event. "Lifted" and
"called off" before an event word date its end. ``range_end`` reads the "when" clause after a
range ("from June 4 to 12, when the authorities lifted the evacuation order"), which happened
on the range's last day.

One event in several forms: ``event_stem`` gives a verb, its noun, its participle and its
"a-" adverb one stem ("grounded", "the grounding", "ran aground": ``ground``);
``main_stems`` reads the story's main event from headlines and first sentences, and
``verb_event`` keys a clause by its verb's stem (``act ground``) for the event-dates rule.

Also read here: a month written as a date ("from March 4") is no event word; "was held",
"took place" date their subject (not a noun of its prepositional phrase); "was in force from"
is its subject's period; a clause-opening noun before its relative clause is the subject of
the later verb ("The order that kept residents out ... was in force from"); "backdated to",
"comes into force on" date a start; "..., the agency announced on Tuesday" closing a sentence
dates the announcement of the one-off event of the clause before it; "shut it down" keys its
class with a pronoun (the story's one such thing); a participle between an article and its
noun ("a ruptured pipeline") is no verb.
"""
from __future__ import annotations

import functools
import re

from attrs import frozen

from checker import lazyre
from checker.align import proper_names
from checker.vocab.actions import (
    ANNOUNCED_ACT_CLASSES, DECISION_NOUNS, RULING_BODY_HEADS,
    DECISION_VERB_CLASSES, MAIN_EVENT_NOUN_CLASSES, MAIN_EVENT_VERB_CLASSES, STATE_STILL_WORDS,
    COMMISSION_VERBS, INQUIRY_NOUNS,
    A_ADVERBS, ACTION_PARTICLES, ENTERED_STATES, ENTER_STATE_TRANSITIVE, ENTER_STATE_VERBS, EXIT_STATE_VERBS, NOT_EVENT_FORMS, WORK_VERBS, WORKER_NOUNS, ACTION_STATES, ACTION_SYNONYMS, GENERIC_THING_HEADS, LIGHT_ACTION_VERBS, NOT_ACTION_NOUNS,
    PERIOD_VERBS,
)
from checker.vocab.numbers import TENS_WORDS, UNITS_WORDS
from checker.vocab.sources import TITLES
from checker.vocab.timing import EVENT_NOUN_SYNONYMS, MORE_ANNOUNCE_VERBS, PHRASAL_EVENT_VERBS, PREVENTIVE_VERBS
from checker.vocab.time import RECURRING_EVENTS
from checker.vocab.time import (
    DURATIVE_EVENTS, LEAKED_SUBSTANCES,
    ANNOUNCE_VERBS, AUXILIARIES, DISCOVER_VERBS, DURATION_NOUNS, EVENT_FAMILIES, FAMILY_VERB_CLASSES, FIXED_NOUN_CLASSES, GENERIC_EVENT_HEADS, INTENTION_WORDS, MAIN_EVENT_NOUNS, NOUN_CLASSES, ONSET_CLASSES, REPEAT_QUALIFIERS, END_EVENT_WORDS, END_PHRASES, END_WORDS, EVENT_FRAMES, EVENT_MODIFIED_NOUNS, EVENT_QUALIFIERS,
    DAY_PART_HOURS, EVENT_WORDS, FINDING_ADVERBS, FIRST_CASE_NOUNS, IRREGULAR_VERBS, LIFT_VERBS, LIGHT_NOUNS, NON_EVENT_HEADS, NON_HEAD_WORDS, NOT_VERBS_ED, PART_NOUNS,
    FINITE_ONLY_CLASSES, EFFECT_CUES, ENTRY_INTO_FORCE_PHRASES, IN_FORCE_PHRASES, MONTHS, SANCTION_CLASSES, OCCURRENCE_PHRASES, OCCURRENCE_VERBS, SPEECH_VERBS, STANCE_VERBS, START_PHRASES, WEEKDAYS, START_WORDS, VERB_CLASSES, WINDOW_CUES, IMPACT_VERBS,
)

LEFT_WORDS = 9
SUBJECT_WORDS = 16  # "The trial of <a long name> opened on": the subject of a role verb
RIGHT_WORDS = 4
FRAME_EXTRA = 9  # how much further left to look once a framing event has been skipped
VERB_REACH_PP = 6  # further, only past prepositional phrases
VERB_REACH = 10  # how far left of a date the fallback looks for the clause's verb
# Letters of any script: "Mliekareň Poľana" is two words, not five (a split name pushes the
# event word out of reach).
_WORD = lazyre.compile(r"[^\W\d_](?:[^\W\d_]|[’'-]){0,30}")
_TOKEN = lazyre.compile(r"[^\W\d_](?:[^\W\d_]|[’'-]){0,30}|[0-9][0-9,.]{0,15}|,")
# Relative clauses (", which start on") still refer back to their noun, so they do not break.
# "a.m. on Tuesday" is no sentence end: the clock time stays in its clause.
_CLAUSE_BREAK = lazyre.compile(r"[;:“”\"()]|,\s(?:but|and|while|as|although)\s|(?<![aApP]\.[mM])\.\s")
_SPEECH = frozenset(SPEECH_VERBS)
_PREVENT = frozenset(w for w in PREVENTIVE_VERBS if " " not in w)
_PREVENT_PAIRS = frozenset(w for w in PREVENTIVE_VERBS if " " in w)
# Speech verbs that also publish or announce a thing: with an object they date it.
_PUBLISHING = frozenset(("published", "released", "issued", "announced", "posted", "unveiled", "declared"))
_START = frozenset(w for w in START_WORDS if " " not in w)
_END = frozenset(w for w in END_WORDS + END_EVENT_WORDS if " " not in w)
_START_PAIRS = frozenset(START_PHRASES)
_END_PAIRS = frozenset(END_PHRASES)
_START_END_PAIRS = _START_PAIRS | _END_PAIRS
_DISCOVER = frozenset(DISCOVER_VERBS)
_LIFT = frozenset(LIFT_VERBS)
_LABEL_BREAKS = ":("  # "The strike: Aug 25-29", "the strike (Aug 25-29)": a label, not a new clause
_FRAMES = tuple(tuple(f.split()) for f in EVENT_FRAMES)
_ANNOUNCE = frozenset(ANNOUNCE_VERBS) | frozenset(MORE_ANNOUNCE_VERBS)
_QUALIFIERS = frozenset(EVENT_QUALIFIERS)
_MODIFIED = frozenset(EVENT_MODIFIED_NOUNS)
_DELAY = frozenset(("postponed", "postpone", "postpones", "delayed", "delays", "delay", "cancelled",
                    "canceled", "cancels", "suspended", "suspends", "deferred", "adjourned",
                    "rescheduled", "moved"))
_WINDOW_BEFORE = lazyre.compile(
    r"(?:\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in WINDOW_CUES) + r"))\s{1,3}(?:the\s{1,3})?$",
    re.I)
_PREPOSITIONS = frozenset(
    "in on at to for from by with about over under between during after before since until till "
    "through into onto upon within without against among around near via per than amid despite "
    "following ahead across along throughout beyond behind inside outside towards toward beneath off "
    "above below beside atop alongside underneath".split())
_BOUNDARY = frozenset("that which who whom whose when where while because as if and or but".split())
_SUBJECT_STOP = frozenset(",", ) | frozenset(
    "that which who whom whose when where while because as if after before during since until "
    "till following ahead despite amid".split())


@frozen
class EventRef:
    event: str  # canonical event name (vocab.EVENT_GROUPS) or "<verb class> <noun>" (fallback)
    word: str  # the word as written
    role: str  # on | start | end | announced | discovered
    qualifier: str | None = None  # "first", "opening", "preliminary"...: which occurrence
    fallback: bool = False  # keyed by the clause, not by the event vocabulary
    kind: str | None = None  # a family noun's noun modifier: "the chemistry exam" (chemistry)


# A month name written as a date ("from March 4", "on 4 May") is no word of the event
# vocabulary ("march" is a protest): it is masked before the words are read.
_MONTH_WORDS = "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 3), key=len, reverse=True))
_CALENDAR_MONTH = lazyre.compile(r"\b(?:" + _MONTH_WORDS + r")\b(?=\.?\s{1,3}\d)|(?<=\d\s)(?:" + _MONTH_WORDS + r")\b")


def _words(fragment: str) -> list[str]:
    if "March" in fragment or "May" in fragment:
        fragment = _CALENDAR_MONTH.sub("month", fragment)
    return [w.lower().strip("’'") for w in _WORD.findall(fragment)]


@functools.lru_cache(maxsize=65536)  # pure, and called for every word of every date's clause
def stem(word: str) -> str:
    """A crude, consistent stem: enough to tell "recalling", "recalled" and "recall" alike."""
    w = word.lower().strip("’'")
    w = re.sub(r"(?:’s|'s)$", "", w)
    w = IRREGULAR_VERBS.get(w, w)
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: len(w) - len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


_VERB_CLASS = {stem(v): cls for cls, vs in VERB_CLASSES.items() for v in vs if " " not in v}
_PHRASAL = {tuple(stem(x) for x in v.split()): cls for cls, vs in VERB_CLASSES.items() for v in vs if " " in v}
for _v, _cls in PHRASAL_EVENT_VERBS.items():
    _PHRASAL.setdefault(tuple(stem(x) for x in _v.split()), _cls)
_PHRASAL_CLASSES = frozenset(PHRASAL_EVENT_VERBS.values())
_CLASSES = frozenset(VERB_CLASSES) | _PHRASAL_CLASSES
# "the October 18 collision", "Monday's blast": a date right before its event noun.
_PREMODIFIED = lazyre.compile(r"(?:[’']s)?\s{1,3}(?P<w>[A-Za-z][A-Za-z-]{1,30})(?:\s{1,3}(?P<w2>[A-Za-z][A-Za-z-]{1,30}))?")
_PREMOD_LEAD = lazyre.compile(r"(?<![\w-])(?:the|a|an|last|this|that|its|their|his|her)\s{1,3}$", re.I)
_EVENT_STEMS = {stem(w): (canon, w) for w, canon in EVENT_WORDS.items() if " " not in w and len(w) > 3}
_AUX = frozenset(AUXILIARIES)
_NOT_ED = frozenset(NOT_VERBS_ED)
_LIGHT = frozenset(stem(w) for w in LIGHT_NOUNS)
_NON_EVENT = frozenset(stem(w) for w in NON_EVENT_HEADS)
_START_STEMS = frozenset(stem(w) for w in START_WORDS if " " not in w and w not in ("from", "arrival"))
_END_STEMS = frozenset(stem(w) for w in END_WORDS if " " not in w and w not in ("until", "through", "till", "left"))
# Verbs that make a date the start or end of the event named after them ("begin the inspection").
_PRE_START = frozenset(stem(w) for w in ("begin", "start", "open", "commence"))
_PRE_END = frozenset(stem(w) for w in ("end", "conclude", "finish", "close", "wrap"))
_DETERMINERS = frozenset("a an the his her its their our my your this that these those".split())
_PRONOUNS = frozenset(("it", "they"))
_ARTICLES = frozenset("a an the his her its their our my your".split())
_GENERIC_HEADS = frozenset(GENERIC_EVENT_HEADS)
_REPEATS = frozenset(REPEAT_QUALIFIERS)
_ADJECTIVE_ENDINGS = ("ed", "ing", "al", "ous", "ic", "ive", "ful", "less", "ent", "ant", "able", "ible", "ary", "ly",
                      "est", "ish")
# Event words that are adjectives before a noun: "the final results", "the opening day".
_ADJECTIVE_EVENTS = frozenset(("final", "opening"))
_ONSET_CLASSES = frozenset(ONSET_CLASSES)
_ANAPHORS = frozenset(MAIN_EVENT_NOUNS)
MAIN_EVENT = "main event"
PRONOUN_OBJECT = "it"  # the noun of "shut it down": whatever the story's one such thing is  # the key of "the disaster", "the accident": the story's main event
_DURATION_NOUNS = frozenset(DURATION_NOUNS)
# A base form after these is a verb ("will sit the paper"); "plans to file", "could hold" are
# intentions and hedges, not dated facts.
_MODALS = frozenset(("will", "shall"))
_STATE_AUX = frozenset(("was", "were", "is", "are", "been", "be", "being", "remained", "stayed"))
_INTENTIONS = frozenset(INTENTION_WORDS)
_NUMBER_WORDS = frozenset(UNITS_WORDS) | frozenset(TENS_WORDS)
_NOUN_SYNONYMS = {stem(w): stem(c) for w, c in EVENT_NOUN_SYNONYMS.items()}
# Event families: nouns of events named by a verb class elsewhere ("the collapse" and "the
# roof fell in"); a family noun dates its family's event, keyed like a fallback event.
_FAMILY_WORDS = {w: canon for canon, words in EVENT_FAMILIES.items() for w in words}
_FAMILY_CANON = frozenset(EVENT_FAMILIES)
# The verb class that names each family's event: "collapse roof" may be "the collapse".
CLASS_FAMILIES = dict(FAMILY_VERB_CLASSES)


_ATTACHED: dict[tuple, EventRef | None] = {}


_DAY_PART_OF = lazyre.compile(r"(?:\b(?:in|during)\s{1,3})?\bthe\s{1,3}(?:" + "|".join(DAY_PART_HOURS)
                          + r")\s{1,3}hours\s{1,3}of\s{1,3}$", re.IGNORECASE)


def _may_be_day_part(sentence: str, start: int) -> bool:
    """A cheap gate for _DAY_PART_OF before ``start``: it needs "hours" (under re.I: a
    non-ASCII letter such as "ſ" may match an ASCII one, so such text is always searched)."""
    window = sentence[max(0, start - 40):start]
    return not window.isascii() or "hours" in window.lower()


def attach(sentence: str, start: int, end: int, fallback: bool = False) -> EventRef | None:
    """The event a temporal expression at sentence[start:end] dates, or None.

    With ``fallback`` a date with no event word is keyed by its clause (see the module doc).
    Memoised (bounded): the event-dates, publication-timing and unsourced rules ask for the
    same dates of the same sentences.
    """
    m = _DAY_PART_OF.search(sentence, max(0, start - 40), start) if _may_be_day_part(sentence, start) else None
    if m is not None:
        start = m.start()  # "broke into the museum in the early hours of Tuesday": Tuesday
    key = (sentence, start, end, fallback)
    try:
        return _ATTACHED[key]
    except KeyError:
        pass
    if len(_ATTACHED) >= 20000:
        _ATTACHED.clear()
    ref = _attach(sentence, start, end, fallback)
    if ref is not None and ref.role in ("on", "announced") and _effect_cue(_words(sentence[max(0, start - 40):start])):
        ref = EventRef(ref.event, ref.word, "start", ref.qualifier, ref.fallback, ref.kind)  # "comes into force on"
    _ATTACHED[key] = ref
    return ref


# A relative aside between commas before the date ("The pile-up, which involved 40 cars,
# happened on"): its words are not the clause's subject or verb.
_RELATIVE_ASIDE = lazyre.compile(r",\s{1,3}(?:which|who)\s[^,;:()“”\"]{1,80},(?=\s)", re.I)


def _without_asides(left: str) -> str:
    return _RELATIVE_ASIDE.sub("", left) if "," in left else left


# "The recount, from October 20 to October 26, will be": a date between commas right after a
# sentence-opening noun phrase is a label of that noun, like "The recount (Oct 20-26)".
_APPOSED = lazyre.compile(
    r"^\s{0,3}(?:the|a|an|this|that|its|their|his|her)\s{1,3}(?:[A-Za-z][\w’'-]{1,30}\s{1,3}){0,2}[A-Za-z][\w’'-]{1,30}"
    r",\s{1,3}(?:(?:from|between|on)\s{1,3})?$", re.I)


# What ``_attach`` reads first of a date's surroundings, a function of (sentence, start, end)
# alone: kept for the other ``fallback`` (the event-dates rule asks with it, the dated events
# without). Word lists are stored as tuples and handed out as fresh lists.
_ATTACH_WORDS: dict[tuple, tuple] = {}


def _attach_words(sentence: str, start: int, end: int) -> tuple[str, bool, list[str], str, list[str]]:
    """(left, label, words of left, right, first words of right) for ``_attach``."""
    key = (sentence, start, end)
    hit = _ATTACH_WORDS.get(key)
    if hit is None:
        left, label = _clause_left(_without_asides(sentence[max(0, start - 200):start]))
        if not label and start <= 80 and sentence.startswith(",", end) and _APPOSED.match(sentence, 0, start):
            label = True
        right = sentence[end:end + 80]
        rb = _CLAUSE_BREAK.search(right)
        if rb:
            right = right[:rb.start()]
        if len(_ATTACH_WORDS) >= 20000:
            _ATTACH_WORDS.clear()
        hit = _ATTACH_WORDS[key] = (left, label, tuple(_words(left)), right, tuple(_words(right)[:RIGHT_WORDS]))
    left, label, lw_all, right, rw = hit
    return left, label, list(lw_all), right, list(rw)


def _attach(sentence: str, start: int, end: int, fallback: bool) -> EventRef | None:
    left, label, lw_all, right, rw = _attach_words(sentence, start, end)
    lw = lw_all[-(LEFT_WORDS + FRAME_EXTRA):]
    reach = max(0, len(lw) - LEFT_WORDS)  # words left of this are read only past a frame
    # "The trial of <a long name> opened on": a role verb right before the date dates its subject.
    if ((any(w in _START or w in _END for w in lw[-2:]) or " ".join(lw[-2:]) in _START_END_PAIRS)
            and lw[-1:] != ["from"]) or _occurrence_verb(lw):
        lw = lw_all[-max(SUBJECT_WORDS, len(lw)):]
        reach = max(0, len(lw) - SUBJECT_WORDS)
    # "The outbreak has grown since it was declared on": the pronoun's antecedent is the event.
    if not _PRONOUNS.isdisjoint(lw[reach:len(lw) - 1]) and any(
            lw[k] in _PRONOUNS and lw[k + 1] in _AUX for k in range(reach, len(lw) - 1)):
        reach = max(0, reach - FRAME_EXTRA)
    # "on Monday postponed its verdict", "the strike was called off on Friday": the date of
    # the postponement, not of the event ("postponed until May 3" does date the event).
    if (any(w in _DELAY for w in rw[:2] if rw[0] not in _DETERMINERS) or rw[:2] == ["called", "off"]
            or (any(w in _DELAY for w in lw[-4:]) or lw[-3:-1] == ["called", "off"] or lw[-2:] == ["called", "off"])
            and not re.search(r"(?:until|till|to)\s{1,3}$", left)):
        if fallback and ("called" in lw[-3:] or rw[:2] == ["called", "off"]):
            # "the search was called off on Friday": no vocabulary event, so the calling off is.
            ref = _clause_event(sentence, start, label)
            if ref is not None and ref.event.split(" ", 1)[0] in _PHRASAL_CLASSES:
                return ref
        if fallback:
            ref = _cancelled_one(left)
            if ref is not None:
                return ref  # "the organisers cancelled the festival on Monday": its cancellation
        return None
    # "Two weeks after the February 3 earthquake": a date between a determiner and its
    # event noun dates that event whatever bound stands before it.
    premod = _premodified(sentence, start, end, fallback)
    if premod is not None:
        return premod
    if fallback:
        np_end = premodified_noun(sentence, start, end)
        if np_end is not None:
            np = _words(sentence[end:np_end])
            if not any(_event_at(np, k, fallback) for k in range(len(np))):
                return None  # "an inquiry into Saturday's crush": the crush's date, not the inquiry's
    # "transfer window runs from June 14", "the deadline of June 30", "by June 30": a bound.
    # (the cue is anchored at the end and at most ~25 characters long: search the tail only)
    if _WINDOW_BEFORE.search(left[-80:]) or any(w in ("deadline", "deadlines", "window", "windows") for w in lw[-4:]):
        return None
    if fallback and _confirmed_finding(lw):
        return _clause_event(sentence, start, label)  # "a case was confirmed at the school on Monday"
    # The statement date: "said on Friday", "China on Friday said"; an announcement
    # ("announced on Tuesday that it was recalling") dates the announcement of its event.
    if fallback and rw[:1] and rw[0] in _COMMISSION and not right.lstrip().startswith(","):
        ref = _commissioned_after(rw)  # "the government on Tuesday ordered an independent review"
        if ref is not None:
            return ref
    said_after = rw[:1] and rw[0] in _SPEECH and not right.lstrip().startswith(",")  # "X on Friday said"
    if lw[-2:] and any(w in _SPEECH for w in lw[-2:]) or said_after:
        verb = next((w for w in reversed(lw[-2:]) if w in _SPEECH), None)
        if verb in _ANNOUNCE:
            ev = _announced_event(sentence[end:end + 80], verb)
            if ev is None and fallback and not said_after:
                ev = _reported_event(sentence, start, end)
            if ev is not None:
                return ev
        if verb not in _PUBLISHING or not fallback:
            return None
    role = "on"  # (a date after "backdated to", "comes into force on" is a start: see attach)
    occurs = _occurrence_verb(lw)
    if occurs:
        reach = max(reach, _subject_reach(lw))  # "the summit ended and a dinner was held on": not the summit
    for i in range(len(lw) - 1, -1, -1):
        if i < reach:
            break
        w = lw[i]
        if occurs and _in_prepositional_phrase(lw, i, reach):
            continue  # "the hearing in his appeal against the ban was held on": the hearing
        if w in _SPEECH and w not in _PUBLISHING and not any(x in EVENT_WORDS or x in _DISCOVER for x in lw[i + 1:]) \
                and not (i + 1 < len(lw) and (stem(w), stem(lw[i + 1])) in _PHRASAL) \
                and not (i + 2 < len(lw) and lw[i + 1] in _PRONOUNS and (stem(w), stem(lw[i + 2])) in _PHRASAL):  # "called (it) off"
            return None
        pair = f"{lw[i - 1]} {w}" if i > 0 else ""
        if role == "on" and pair in _START_PAIRS:
            role = "start"  # "the blaze broke out on Saturday"
        elif role == "on" and pair in _END_PAIRS:
            role = "end"  # "the riot was declared over on Tuesday"
        elif w in _START and role == "on" and not (w == "from" and i < len(lw) - 1):
            role = "start"  # "from" only right before the date: "his transfer from Ribeira on"
        elif w in _END and role == "on" and not (w in ("until", "till", "through") and i < len(lw) - 1) \
                and not (w in ("until", "till") and any(x in _DELAY for x in lw[-4:])):
            role = "end"  # "postponed its verdict until September 14" is the verdict's new date
        event = _event_at(lw, i, fallback)
        if (event and event[1] == w and role != "on" and (w in _START or w in _END) and i > 0
                and lw[i - 1] not in _MODALS and lw[i - 1] not in _AUX and lw[i - 1] != "to"):
            role = "on"  # "the Kestrel-2 launch on Monday", "the opening on May 2": the noun is the event
        if event and i + 1 < len(lw) and lw[i + 1] in _MODIFIED:
            return None  # "the transfer window runs from": the window, not the transfer
        if event and role == "on" and _framed(lw, i, event[1]):
            reach = max(0, reach - FRAME_EXTRA)
            continue  # "met ... on the sidelines of the Games on Saturday": the meeting's date
        if event:
            ev, word = event
            n = len(word.split())
            if _stance_object(lw, i - n + 1):
                return None  # "claimed victory in the election on Monday": the claim's date
            if _reduced_relative(lw, i):
                # "the recall covers tins produced from": the date of the tins' production
                return _clause_event(sentence, start, label) if fallback else None
            if (i + 1 < len(lw) and lw[i + 1] in _STATE_AUX and i - n >= 2
                    and any(x in ("that", "which") for x in lw[max(0, i - n - 3):i - n])):
                continue  # "the fire that followed the blast was put out on": the fire's date
            pre = lw[max(0, i - n - 3):i - n + 1]
            if any(w in _PREVENT for w in pre) or any(f"{a} {b}" in _PREVENT_PAIRS for a, b in zip(pre, pre[1:])):
                continue  # "hopes of averting the strike faded on Wednesday": not the strike's date
            before = " ".join(lw[max(0, i - n - 2):i - n + 1])
            if re.search(r"\b(?:end|close|conclusion|last day)\s(?:of|of\sthe|of\sher|of\shis|of\stheir|of\sits)?$", before) or before.endswith(("end of", "end of the", "end of her", "end of his", "end of their", "end of its")):
                role = "end"
            elif re.search(r"\b(?:start|beginning|opening|first day)\sof(?:\s(?:the|her|his|their|its))?$", before):
                role = "start"
            elif role == "on":
                # "will begin their inspection on Tuesday": the verb before the event word
                # ("began after the exam on July 9" is not the exam's start).
                for x in lw[max(0, i - n - 2):i - n + 1]:
                    if stem(x) in _PRE_START:
                        role = "start"
                    elif stem(x) in _PRE_END:
                        role = "end"
                    elif x in _PREPOSITIONS:
                        role = "on"
            lead, trail = lw[max(0, i - n - 2):i - n + 1], lw[i + 1:]
            if any(x in _RESULT_NOUNS for x in lead):
                lead = lw[max(0, i - n - 5):i - n + 1]  # "announced the result of its ballot on"
            if role == "on" and _ends_it(lead):
                role = "end"  # "lifted the evacuation order on", "called off the strike on"
            elif role == "on" and any(x in _ANNOUNCE for x in lead + trail):
                role = "announced"  # "announced the strike on May 22", "the strike was called on"
            elif role == "on" and any(x in _DISCOVER for x in lead + trail):
                role = "discovered"  # "found the intrusion on the 4th": not when it began
                if fallback and _finds_other(trail):
                    # "the audit, which discovered the list on Monday": the date is the
                    # discovery of the verb's object (the list), not of the audit
                    ref = _clause_event(sentence, start, label)
                    if ref is not None and ref.role == "discovered":
                        return ref
            if ev == MAIN_EVENT and fallback and trail:
                # "the tank at the centre of the disaster exploded at 2.47 a.m. on": the
                # clause's own verb of a family names the event better than the anaphor.
                ref = _clause_event(sentence, start, label)
                if ref is not None and ref.event.split(" ", 1)[0] in CLASS_FAMILIES:
                    return ref
            qual = _qualifier(lw, i - n + 1, i + 1)
            if qual is None and n == 2 and word.split()[0] in _ORDINAL_ADVERBS:
                qual = word.split()[0]  # "was last inspected": the last inspection
            return EventRef(ev, word, role, qual, fallback=ev in _FAMILY_CANON or ev == MAIN_EVENT,
                            kind=_modifier(lw[i - n]) if i - n >= 0 and (ev in _FAMILY_CANON or _noun_modifier(left, lw_all, lw, i - n, word))
                            else None)
    bare = lw[:-1] if lw[-1:] == ["on"] else lw
    if fallback and len(bare) >= 2 and bare[-2] in ("went", "go", "goes", "gone", "going") and bare[-1] == "public":
        return EventRef(MAIN_EVENT, "went public", "announced", fallback=True)  # "the bank went public on Thursday"
    if fallback and _FOUND_GUILTY.search(left[-120:]):
        return EventRef("verdict", "found guilty", "on", fallback=True)  # "found Petrov guilty on Wednesday"
    if fallback and lw and (lw[-1] in _DISCOVERED_THAT or len(lw) > 1 and lw[-2] in _DISCOVERED_THAT
                            and lw[-1] in ("early", "late")) and _THAT_AFTER.match(sentence, end):
        # "Staff discovered on Saturday that files had been encrypted": the discovery of what
        # the story is about (the event-dates rule keeps it only where the story speaks of
        # that event's discovery).
        return EventRef(MAIN_EVENT, DISCOVERED_THAT, "discovered", fallback=True)
    if fallback:
        ref = state_entered(left)
        if ref is not None:
            return ref  # "went into administration on Monday": the entry into the state
        ref = _clause_event(sentence, start, label)
        if ref is not None:
            return ref
        ref = _when_after(sentence, end)
        if ref is not None:
            return ref
    for i, w in enumerate(rw):
        event = _event_at(rw, i, fallback)
        if event:
            if i + 1 < len(rw) and rw[i + 1] in _MODIFIED:
                return None
            if role != "on":
                pass  # a verb on the left ("arrived on Monday for a trip") already set it
            elif any(x in _START for x in rw[i:]):
                role = "start"
            elif any(x in _END for x in rw[i:]):
                role = "end"
            return EventRef(event[0], event[1], role, _qualifier(rw, i - len(event[1].split()) + 1),
                            fallback=event[0] in _FAMILY_CANON)
    if fallback and all(w in _FRONT_WORDS for w in lw[-6:]) and len(lw) <= 6:
        return _fronted(sentence, end)
    return None


_EFFECT_CUES = tuple(tuple(c.split()) for c in EFFECT_CUES)
# The cues by their last word: a tail can end only with a cue ending in its own last word.
_EFFECT_BY_LAST: dict[str, tuple] = {}
for _c in _EFFECT_CUES:
    _EFFECT_BY_LAST[_c[-1]] = _EFFECT_BY_LAST.get(_c[-1], ()) + (_c,)


def _effect_cue(lw: list[str]) -> bool:
    for tail in (tuple(lw[-4:]), tuple(lw[-5:-1]) if lw[-1:] and lw[-1] in ("on", "from") else ()):
        if tail and any(tail[len(tail) - len(c):] == c for c in _EFFECT_BY_LAST.get(tail[-1], ()) if len(c) <= len(tail)):
            return True
    return False


def _subject_reach(lw: list[str]) -> int:
    """Where the subject of the verb closing ``lw`` begins ("... a dinner was held": after
    "and", a relative word or an earlier verb), for the occurrence verbs' longer reach."""
    k = len(lw) - 1
    while k >= 0 and (lw[k] in ("on", "from", "between", "in") or lw[k] in _OCCURRENCE_VERBS
                      or lw[k] in _PASSIVE_BE or lw[k] in ("took", "takes", "take", "taking", "place")):
        k -= 1
    while k >= 0 and (lw[k] not in _BOUNDARY or lw[k] in ("and", "or")) and not (
            _verb_form(lw[k]) and lw[k] not in _PARTICIPLE_NOUNS and k + 1 < len(lw)
            and (lw[k + 1] in _PREPOSITIONS or lw[k + 1] in _DETERMINERS)):
        k -= 1  # a verb with its complement ("ended with a statement") ends the subject; "shared fisheries" does not
    return k + 1


def _in_prepositional_phrase(lw: list[str], i: int, reach: int) -> bool:
    """Is word ``i`` inside a prepositional phrase ("against his four-year ban")? Read back
    over at most three modifiers to a preposition."""
    for k in range(i - 1, max(reach - 1, i - 5), -1):
        w = lw[k]
        if w in _PREPOSITIONS:
            return True
        if w in _BOUNDARY or w in _AUX or w in _SPEECH:
            return False
    return False


_OCCURRENCE_VERBS = frozenset(OCCURRENCE_VERBS)
_PARTICIPLE_NOUNS = frozenset(("hearing", "meeting", "sitting", "sentencing", "signing", "shooting", "bombing", "opening",
                               "closing", "flooding", "rioting", "briefing", "ceremony"))
# Nouns of a verb class that is one thing whatever its noun, named like their class ("the
# ban", "the sentence"): "announced the ban" keys the class ("ban ban").
_DECISION_NOUNS = frozenset(c for c, n in FIXED_NOUN_CLASSES.items() if c == n) | frozenset(SANCTION_CLASSES)
_IN_FORCE = frozenset(IN_FORCE_PHRASES)
_INTO_FORCE = frozenset(ENTRY_INTO_FORCE_PHRASES)
_OCCURRENCE_PAIRS = frozenset(OCCURRENCE_PHRASES)
_PASSIVE_BE = frozenset(("was", "were", "is", "are", "be", "been", "being"))


def _occurrence_verb(lw: list[str]) -> bool:
    """"... was held from", "... took place on": the clause says only that its subject
    happened (a passive "held" after a form of "be", or "took place"), right before the date."""
    tail = lw[:-1] if lw[-1:] and lw[-1] in ("on", "from", "between", "in") else lw
    if len(tail) >= 2 and tail[-1] in _OCCURRENCE_VERBS and tail[-2] in _PASSIVE_BE:
        return True
    return len(tail) >= 2 and f"{tail[-2]} {tail[-1]}" in _OCCURRENCE_PAIRS


def _noun_modifier(left: str, lw_all: list[str], lw: list[str], k: int, word: str) -> bool:
    """Is word ``k`` of ``lw`` (a suffix of ``lw_all``, the words of ``left``) a lower-case
    word before an event noun? A noun modifier of a vocabulary event says which one ("the
    road closure", "the bridge closure"); a capitalised one is a name, which the names test
    reads; before a verb form ("was last inspected") it is no modifier, nor is the subject of
    an event verb ("five inmates escaped", "the men broke out of")."""
    if word.split()[0] in _ORDINAL_ADVERBS or lw[k] in _AUX or lw[k] in _STATE_AUX or _verb_form(word.split()[0]):
        return False
    words = _WORD.findall(left)
    j = len(lw_all) - len(lw) + k
    return 0 <= j < len(words) and len(words) == len(lw_all) and words[j][:1].islower()


# "Claimed victory in the election on Monday", "denied any role in the trial on Tuesday": a
# speech or stance verb with its own object, the event in a phrase of that object; the date
# is the claim's. Publishing verbs ("announced the result of the ballot on") date their event.
_STANCE = (_SPEECH | frozenset(STANCE_VERBS)) - _PUBLISHING - _ANNOUNCE
_OBJECT_PREPOSITIONS = frozenset(("in", "over", "for", "about", "of", "at", "after", "on"))


def _stance_object(lw: list[str], first: int) -> bool:
    """Is the event word at lw[first] in a phrase of a stance verb's object ("claimed victory
    in Korvala's regional election")? At most three modifiers before the event word, one to
    three object words between the verb and the preposition, no event word among them."""
    for k in range(first - 1, max(-1, first - 5), -1):
        if lw[k] in _OBJECT_PREPOSITIONS:
            break
    else:
        return False
    for j in range(k - 2, max(-1, k - 5), -1):
        if lw[j] in _STANCE:
            obj = lw[j + 1:k]
            return not any(w in EVENT_WORDS or w in _BOUNDARY or w in _SPEECH for w in obj)
        if lw[j] in _BOUNDARY or lw[j] in _PREPOSITIONS:
            return False
    return False


# "The recall covers tins produced from January 3": a past participle right before the date
# (or its preposition) after a noun that is not the event word is a reduced relative clause,
# and the date is that noun's ("tins produced", "cars built", "ballots cast", "payments made").
# After an auxiliary ("was ordered on") or right after the event word ("the recall announced
# on") the participle is the event's own verb.
_DATE_PREPOSITIONS = frozenset(("on", "from", "between", "in", "during", "until", "through", "since"))
_PAST_PARTICIPLES = frozenset(w for w in IRREGULAR_VERBS if w.endswith(("t", "n", "d", "de"))) | frozenset(("cast", "made"))


def _reduced_relative(lw: list[str], i: int) -> bool:
    tail = lw[i + 1:]
    if tail[-1:] and tail[-1] in _DATE_PREPOSITIONS:
        tail = tail[:-1]
    if len(tail) < 3 or tail[-2] in _AUX or tail[-2] in _STATE_AUX or tail[-2] in _DETERMINERS:
        return False  # "the recall announced on", "the recount was ordered on"
    part, noun = tail[-1], tail[-2]
    if not (part.endswith("ed") and part not in _NOT_ED and len(part) >= 5 or part in _PAST_PARTICIPLES):
        return False
    # the noun before the participle: a plural or a word that is no verb form itself
    return noun not in _PREPOSITIONS and noun not in _BOUNDARY and not noun.endswith("ed") and noun.endswith("s")


DISCOVERED_THAT = "discovered that"  # the word of a discovery whose object is a clause
# "found that" and "identified that" are as often an inquiry's findings as a discovery.
def _alternation(words) -> str:
    return "|".join(r"\s{1,3}".join(re.escape(x) for x in w.split()) for w in sorted(words, key=len, reverse=True))


# "went into administration on Monday", "was placed in special measures on", "filed for
# bankruptcy on", "emerged from receivership on": the entry into (or exit from) a state,
# whatever verb carries it. The state's object may carry an article and qualifiers
# ("entered voluntary administration", "went into a deep recession").
_STATE_TAIL = lazyre.compile(
    r"(?<![\w’'-])(?:(?P<enter>" + _alternation(ENTER_STATE_VERBS) + r"|(?:" + _alternation(ENTER_STATE_TRANSITIVE)
    + r")\s{1,3}(?:[^\W\d_][\w’'.-]{0,30}\s{1,3}){1,4}?in(?:to)?)|(?P<exit>" + _alternation(EXIT_STATE_VERBS)
    + r"))\s{1,3}(?:(?:the|a|an|its|their|full|formal|immediate|temporary|deep|technical|national|total|strict)\s{1,3}){0,2}"
    r"(?P<state>" + _alternation(ENTERED_STATES) + r")(?:\s{1,3}(?:early|late|earlier|later|first))?"
    r"(?:\s{1,3}(?:on|at|in|from))?\s*$", re.I)


def state_entered(left: str) -> EventRef | None:
    """The entry into a state that ends ``left`` (the text right before a date): "Corrin Buses
    went into administration on" is keyed ``enter administration``, as "entered
    administration on" and "was placed into administration on"; "came out of
    administration on" is ``exit administration``."""
    m = _STATE_TAIL.search(left[-120:])
    if m is None:
        return None
    state = ENTERED_STATES[" ".join(m.group("state").lower().split())]
    verb = " ".join((m.group("enter") or m.group("exit")).lower().split())
    return EventRef(f"{'enter' if m.group('enter') else 'exit'} {state}", f"{state} ({verb})", "on", fallback=True)


# "The organisers cancelled this year's festival on Monday", "the final was cancelled on
# Friday": the day of one thing's cancellation, the act "announced the cancellation of the
# festival on" names (one key, ``publish cancellation``). Only one thing: an object or a
# subject with a determiner and a singular head; "24 trains were cancelled on Sunday" is a
# day's tally, and "postponed", "delayed" move an event rather than end it.
_CANCEL_VERB = r"(?:cancell?ed)"  # ("scrapped" is a lifting, "called off" a phrasal cancel: see _attach)
_CANCELLED_ACTIVE = lazyre.compile(
    r"(?<![\w’'-])" + _CANCEL_VERB + r"\s{1,3}(?P<obj>(?:the|a|an|this|that|its|their|his|her|our|next|last)"
    r"(?:\s{1,3}[^\W\d_][\w’'-]{0,30}){1,4})(?:\s{1,3}(?:early|late))?(?:\s{1,3}on)?\s*$", re.I)
_CANCELLED_PASSIVE = lazyre.compile(
    r"(?<![\w’'-])(?P<subj>(?:the|a|an|this|that|its|their|his|her|our|next|last)(?:\s{1,3}[^\W\d_][\w’'-]{0,30}){1,4})"
    r",?\s{1,3}(?:was|has\s{1,3}been|had\s{1,3}been|is|had\s{1,3}to\s{1,3}be)\s{1,3}"
    r"(?:(?:officially|formally|finally|abruptly|suddenly)\s{1,3})?" + _CANCEL_VERB
    + r"(?:\s{1,3}(?:early|late))?(?:\s{1,3}on)?\s*$", re.I)


def _cancelled_one(left: str) -> EventRef | None:
    """The cancellation of one thing ending ``left`` (the text right before a date)."""
    tail = left[-120:]
    m = _CANCELLED_ACTIVE.search(tail) or _CANCELLED_PASSIVE.search(tail)
    if m is None:
        return None
    head = (m.groupdict().get("obj") or m.groupdict().get("subj")).split()[-1].lower().strip("’'")
    if head.endswith("s") and not head.endswith(("ss", "us", "is")) or head in _NUMBER_WORDS:
        return None  # "cancelled the flights on": many things, a tally
    return EventRef("publish cancellation", f"cancellation ({m.group(0).split()[0] if m.groupdict().get('obj') else 'cancelled'})",
                    "on", fallback=True)


_DISCOVERED_THAT = frozenset(("discovered", "detected", "noticed", "spotted", "uncovered"))
_THAT_AFTER = lazyre.compile(r"\s{0,3},?\s{1,3}that\s", re.I)
# "The jury found Petrov guilty of fraud on Wednesday": the verdict (a plea is not).
_FOUND_GUILTY = lazyre.compile(r"\b(?:found|finds|find)\s(?:[\w’'.-]{1,30}\s){0,4}(?:not\s)?guilty"
                           r"(?:\s(?:of|on)(?:\s[\w’'-]{1,30}){1,6})?\s{1,3}(?:late\s|early\s)?(?:on\s)?$", re.I)
# Words that may stand before a fronted date ("On the night of May 5, ...").
_FRONT_WORDS = frozenset("on late early in the hours of night morning evening afternoon".split())
_FRONT_CLAUSE = lazyre.compile(r"\s{0,3},\s{1,3}([^,;:()“”\"–—]{3,160})")


_FULL_STOP = lazyre.compile(r"\.(?:\s|$)")


def _to_full_stop(clause: str) -> str:
    """A clause cut at its first full stop (the next sentence is not part of it)."""
    stop = _FULL_STOP.search(clause)
    return clause if stop is None else clause[:stop.start()]


def _fronted(sentence: str, end: int) -> EventRef | None:
    """"On May 6, the roof collapsed": a date before its clause dates the clause's event
    (keyed like any fallback event; a statement ("On Monday, the company said...") is not)."""
    m = _FRONT_CLAUSE.match(sentence, end)
    if m is None:
        return None
    clause = _to_full_stop(m.group(1))
    if any(w in _SPEECH for w in _words(clause)):
        return None
    return _clause_event(clause, len(clause))


def _ends_it(lead: list[str]) -> bool:
    """Do the words before an event word end it ("lifted the", "called off the")?"""
    return any(x in _LIFT for x in lead) or any(a == "called" and b == "off" for a, b in zip(lead, lead[1:]))


_WHEN_AFTER = lazyre.compile(r"\s{0,3},\s{1,3}when\s{1,3}([^,;:()“”\"–—]{3,160})")


def _when_after(sentence: str, end: int) -> EventRef | None:
    """"Staff were still inside on May 3, when the roof collapsed": a date whose own clause
    names no event dates the "when" clause after it (keyed like any fallback event)."""
    m = _WHEN_AFTER.match(sentence, end)
    if m is None:
        return None
    clause = _to_full_stop(m.group(1))
    words = _words(clause)
    if any(w in _SPEECH or w in EVENT_WORDS for w in words):
        return None  # a statement, or a vocabulary event ("when the storm hit"): not this path's
    return _clause_event(clause, len(clause))


def range_end(sentence: str, end: int) -> tuple[EventRef | None, int, int] | None:
    """"Residents were kept out of their homes from June 4 to 12, when the authorities lifted
    the evacuation order": a "when" clause right after a range happened on the range's last
    day. Returns the clause's event (a vocabulary or family event, else its fallback key, else
    None) and the clause's bounds in ``sentence`` (for clause alignment); None when no "when"
    clause follows or it is a statement ("when the union said talks had failed").
    An ending verb ("lifted the evacuation order", "called off the strike") makes the day the
    end of its event, a starting one ("when the strike began") its start."""
    m = _WHEN_AFTER.match(sentence, end)
    if m is None:
        return None
    clause = _to_full_stop(m.group(1))
    lo = m.start(1)
    words = _words(clause)
    if any(w in _SPEECH and nxt != "off" for w, nxt in zip(words, words[1:] + [""])):
        return None  # a statement ("called off" is no speech)
    if not any(_verb_form(w) or w in _START or w in _END or w in _LIFT for w in words):
        return None  # a state ("when the government was in caretaker mode"): no one-day event
    ref = None
    for i in range(len(words)):
        ev = _event_at(words, i, True)
        if ev is None:
            continue
        n = len(ev[1].split())
        lead = words[max(0, i - n - 3):i - n + 1]
        role = ("end" if _ends_it(lead) or any(x in _END for x in lead)
                else "start" if any(x in _START for x in lead) else "on")
        ref = EventRef(ev[0], ev[1], role, _qualifier(words, i - n + 1, i + 1),
                       fallback=ev[0] in _FAMILY_CANON or ev[0] == MAIN_EVENT)
        break
    if ref is None:
        ref = _clause_event(clause, len(clause))
    return ref, lo, lo + len(clause)


def _premodified(sentence: str, start: int, end: int, fallback: bool = False) -> EventRef | None:
    """"the October 18 collision", "Monday's blast", "the May 23-28 visit": a date between a
    determiner (or ending in a possessive) and an event word dates that event."""
    m = _PREMODIFIED.match(sentence, end, min(len(sentence), end + 70))
    if m is None:
        return None
    possessive = sentence[end:end + 1] in "’'" or sentence[start:end].endswith(("'s", "’s"))  # "Sunday's vote"
    if not possessive and not _PREMOD_LEAD.search(sentence, max(0, start - 8), start):
        return None
    words = [w.lower() for w in (m.group("w"), m.group("w2")) if w]
    for i in range(len(words)):
        ev = _event_at(words, i, fallback)
        if ev is not None and (i == 0 or words[0] not in _PREPOSITIONS and words[0] not in _BOUNDARY):
            if i + 1 < len(words) and words[i + 1] in _MODIFIED:
                return None  # "the June 30 transfer window"
            return EventRef(ev[0], ev[1], "on", words[0] if i and words[0] in _QUALIFIERS else None,
                            fallback=ev[0] in _FAMILY_CANON,
                            kind=_modifier(words[0]) if i and ev[0] in _FAMILY_CANON else None)
    return None


# The words of a noun phrase after a premodifying date: "Saturday's crush at", "the April 14
# cup semi-final," (letters and hyphens; a preposition, a boundary word or punctuation ends it).
_NP_WORD = lazyre.compile(r"\s{1,3}([^\W\d_][\w’'-]{0,30})")
_NOT_NOUN = _PREPOSITIONS | _BOUNDARY | _DETERMINERS | frozenset(AUXILIARIES) | frozenset(
    "morning afternoon evening night day week weekend".split())


def premodified_noun(sentence: str, start: int, end: int) -> int | None:
    """The end of the noun phrase a date premodifies ("inquiry into Saturday's crush at the
    ground", "after the April 14 semi-final"): that date dates the noun, not the clause's verb.
    None when the date is not a premodifier (it follows no determiner and has no possessive)."""
    possessive = sentence[start:end].endswith(("'s", "’s")) or sentence[end:end + 1] in ("'", "’")
    if not possessive and not _PREMOD_LEAD.search(sentence, max(0, start - 8), start):
        return None
    at = end + 2 if sentence[end:end + 1] in ("'", "’") else end
    last = None
    for _ in range(3):
        m = _NP_WORD.match(sentence, at, min(len(sentence), at + 40))
        if m is None or m.group(1).lower() in _NOT_NOUN:
            break
        last = at = m.end()
        if sentence[at:at + 1] in ",;:.":
            break
    return last


@functools.lru_cache(maxsize=4096)  # attach and its fallback read the same stretch
def _clause_left(left: str) -> tuple[str, bool]:
    """The part of ``left`` in the date's clause, and whether it is a label ("The strike:
    Aug 25-29", "the strike (Aug 25-29)"): then the clause is the one before the colon."""
    cuts = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(left)]
    if not cuts:
        return left, False
    at, end = cuts[-1]
    rest = left[end:]
    if left[at] in _LABEL_BREAKS and len(_words(rest)) <= 1 and _words(left[:at]):
        head = left[:at]
        before = [e for s_, e in cuts[:-1] if e <= at]
        return head[before[-1]:] if before else head, True
    return rest, False


_TIME_UNITS = frozenset("week weekend month year night season summer winter spring autumn".split())


def _qualifier(words: list[str], i: int, after: int | None = None) -> str | None:
    """"the first hearing", "the opening session", "arrested a second suspect": the word
    that picks one occurrence (two words before the event word, or three after it)."""
    for k in range(max(0, i - 2), i):
        x = words[k]
        if x == "last" and k + 1 < len(words) and words[k + 1].removesuffix("'s").removesuffix("’s") in _TIME_UNITS:
            continue  # "last week's strike": when, not which one
        if x in _QUALIFIERS:
            return x
    if i >= 3 and words[i - 3] in _REPEATS and words[i - 2] == "of":
        return words[i - 3]  # "the rerun of the election", "the replay of the final"
    if after is not None:
        for x in words[after:after + 4]:
            if x in _PREPOSITIONS and x != "of":
                break
            if (x in _QUALIFIERS or x in _REPEATS) and x != "last":
                return x  # "the vote will be held again on" (but "the strike will last")
    return None


def _announced_event(right: str, verb: str | None = None) -> EventRef | None:
    """", that it was recalling ...": the event an announcement is about; after "announced"
    itself also a decision's verb ("announced on Tuesday that it would close": the closure),
    not after "confirmed" or "said" (a statement about a plan)."""
    rb = _CLAUSE_BREAK.search(right)
    if rb:
        right = right[:rb.start()]
    words = _words(right)[:7]
    if not words or words[0] != "that":
        return None
    for i, w in enumerate(words[1:], 1):
        ev = _event_at(words, i)
        if ev:
            return EventRef(ev[0], ev[1], "announced")
        hit = _EVENT_STEMS.get(stem(w))
        if hit and w.endswith("ing"):
            return EventRef(hit[0], w, "announced")
        if words[i - 1] in _ANNOUNCED_MODALS and verb is not None and verb.startswith("announc"):
            # "announced on Tuesday that it would close its factory": the verb's event noun
            # (one stem for "close" and "closure", "recall" and "recall")
            hit = _EVENTS_BY_VERB_STEM().get(event_stem(w))
            if hit:
                return EventRef(hit[0], f"{hit[1]} ({w})", "announced")
    return None


_ANNOUNCED_MODALS = frozenset(("would", "will", "to", "shall"))  # "would close", "is to close", "plans to close"


@functools.cache
def _EVENTS_BY_VERB_STEM() -> dict:
    """Event words by the stem their verb shares (``event_stem``: "closure" and "close")."""
    out: dict = {}
    for w, canon in EVENT_WORDS.items():
        if " " in w or len(w) < 4:
            continue
        k = event_stem(w)
        if k and len(k) >= 3:
            out.setdefault(k, (canon, w))
    return out


_SENTENCE_TAIL = lazyre.compile(r"\s{0,3}[.!]?\s{0,3}$")
_REPORTED_REACH = 12  # the reported clause's event is among its first words


def _reported_event(sentence: str, start: int, end: int) -> EventRef | None:
    """"<X> has been banned for four years, the agency announced on Tuesday.": an
    announcement after its clause, closing the sentence, dates the announcement of the
    event of the clause before its source (a one-off event: a vocabulary or family word,
    or a verb whose class is one thing whatever its noun, "was sentenced", "was banned")."""
    if not _SENTENCE_TAIL.fullmatch(sentence[end:]):
        return None
    comma = sentence.rfind(",", 0, start)
    if comma < 0:
        return None
    source = _words(sentence[comma + 1:start])
    if len(source) > 10 or not source or source[0] in _BOUNDARY:
        return None  # "..., and announced on Tuesday": not a source after its clause
    words = _words(sentence[:comma])[:_REPORTED_REACH]
    for i, w in enumerate(words):
        if words[i - 1:i] and words[i - 1] in _INTENTIONS | _MODALS:
            return None  # "will be banned", "plans to recall": a forecast
        ev = _event_at(words, i, True)
        if ev is not None and ev[0] not in RECURRING_EVENTS and ev[0] != MAIN_EVENT:
            return EventRef(ev[0], ev[1], "announced", fallback=ev[0] in _FAMILY_CANON)
        cls = _VERB_CLASS.get(stem(w))
        if (cls in FIXED_NOUN_CLASSES or cls in SANCTION_CLASSES) and _verb_form(w):
            noun = FIXED_NOUN_CLASSES.get(cls, cls)
            return EventRef(f"{cls} {noun}", f"{w} (announced)", "announced", fallback=True)
    return None


def _tokens(fragment: str) -> list[tuple[str, str]]:
    return [(w.lower().strip("’'"), w) for w in _TOKEN.findall(fragment)]


def _is_verb(toks: list[tuple[str, str]], i: int) -> bool:
    w = toks[i][0]
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    if w in ("had", "has", "have"):
        return nxt in _DETERMINERS  # "had his medical"; "had been held" is an auxiliary
    if w in _AUX or w in _PREPOSITIONS or w in _BOUNDARY or w == ",":
        return False
    if toks[i][1][:1].isupper() and i > 0:
        return False  # a name
    if (i > 0 and toks[i - 1][0] in _ARTICLES and nxt and nxt not in _PREPOSITIONS and nxt not in _BOUNDARY
            and nxt not in _AUX and nxt != ","):
        return False  # "a ruptured pipeline", "the damaged section": a participle before its noun
    if w in IRREGULAR_VERBS:
        return True
    if w.endswith("ed") and len(w) >= 5 and w not in _NOT_ED:
        return True
    s = stem(w)
    if i > 0 and toks[i - 1][0] in _MODALS and (s in _VERB_CLASS or nxt and (s, stem(nxt)) in _PHRASAL):
        return True  # "will sit the paper", "will walk out from": a base form after a modal
    return s != w and (s in _VERB_CLASS or s in _START_STEMS or s in _END_STEMS)


def _head(np: list[tuple[str, str]], at_start: bool) -> tuple[str | None, str | None]:
    """The head noun of a noun phrase, and its qualifier ("preliminary results")."""
    words = [w for w, _ in np]
    carried = None
    if "of" in words:
        k = words.index("of")
        before = [w for w in words[:k] if w not in NON_HEAD_WORDS and w not in _NUMBER_WORDS and not w[:1].isdigit()]
        if not before or stem(before[-1]) in _LIGHT or (before[-1] in PART_NOUNS and len(before) == 1):
            # "three days of mourning": the mourning; "the roof of a tunnel": the tunnel
            # "the second round of voting", "the rerun of the vote": which one is said before "of"
            carried = next((w for w in words[:k] if w in _QUALIFIERS or w in _REPEATS), None)
            np = np[k + 1:]
        else:
            np = np[:k]
    head = qual = None
    prev = -2
    first = next((j for j, (w, _) in enumerate(np) if w[:1].isalpha()), 0)  # "**21:15** Contact was"
    for j, (w, orig) in enumerate(np):
        if w in _QUALIFIERS:
            qual = w
            continue
        if w in NON_HEAD_WORDS or len(w) < 3 or not w[0].isalpha() or w == "," or w in _NUMBER_WORDS:
            continue  # "recorded two days later": a count is not the thing dated
        if orig[:1].isupper() and not (at_start and j == first):
            continue  # a name is not the thing dated
        if orig.endswith(("’s", "'s")):
            continue  # "United's training ground": the possessor
        if w in _GENERIC_HEADS and head is not None and prev == j - 1:
            continue  # "a rescue operation" is the rescue, "the relief effort" the relief
        head, prev = w, j
    return head, qual or carried


_ADJUNCT_OPENERS = frozenset(("while", "when"))
_IMPACT = frozenset(IMPACT_VERBS)
# "announced the result of its ballot on March 5": the announcement, not the ballot's day.
_RESULT_NOUNS = frozenset(("result", "results", "outcome", "findings"))


def _clause_event(sentence: str, start: int, label: bool = False, any_verb: bool = False) -> EventRef | None:
    """The fallback key of a date: verb class and head noun of its clause."""
    raw = _without_asides(sentence[max(0, start - 200):start])
    left, _ = _clause_left(raw)
    # (after a time stamp or markup only, "**21:15** Contact was", the clause opens the sentence)
    at_start = start - 200 <= 0 and (raw.startswith(left) or raw.endswith(left)
                                     and not any(c.isalpha() for c in raw[:len(raw) - len(left)]))
    toks = _tokens(left)
    m = len(toks) - (1 if toks and toks[-1][0] in ("from", "between", "on", "since") else 0)
    if m >= 3 and toks[m - 3][0] in _STATE_AUX and f"{toks[m - 2][0]} {toks[m - 1][0]}" in _IN_FORCE:
        # "the order was in force from": the subject's period, as "the order ran from"
        toks = toks[:m - 3] + [("ran", "ran")] + toks[m:]
    else:
        for n in (4, 3, 2):
            if m >= n + 1 and " ".join(w for w, _ in toks[m - n:m]) in _INTO_FORCE:
                # "the ban came into force on", "the law took effect on": as "the ban began on"
                toks = toks[:m - n] + [("began", "began")] + toks[m:]
                break
    if len(toks) > 24:
        toks, at_start = toks[-24:], False
    vi = None
    i, floor = len(toks) - 1, len(toks) - 1 - VERB_REACH
    while i > max(-1, floor):
        if toks[i][0] in _BOUNDARY and i < len(toks) - 1:
            if toks[i][0] in _ADJUNCT_OPENERS and toks[i + 1][0].endswith("ing") and i + 1 < len(toks) - 1:
                # "collided with a van while landing at the airport late on Saturday": a
                # participle adjunct shares its clause's time, so the clause's verb is dated.
                floor = i - 1 - VERB_REACH
                i -= 1
                continue
            break
        if _is_verb(toks, i):
            vi = i
            break
        i -= 1
    if vi is None and i == floor and floor > 0:
        # "a tank exploded at the X plant on the edge of Y early on Tuesday": a verb right
        # before a chain of prepositional phrases still dates them, a little further left.
        for k in range(floor, max(-1, floor - VERB_REACH_PP), -1):
            if toks[k][0] in _BOUNDARY or toks[k][0] == ",":
                break
            if _is_verb(toks, k):
                if toks[k + 1][0] in _PREPOSITIONS and not any(_is_verb(toks, m) for m in range(k + 1, len(toks))):
                    vi = k
                break
    if vi is None:
        if not label:
            return None
        # "The vaccination campaign: Aug 5-11": the labelled thing happened then.
        head, qual = _head(toks, at_start)
        if head is None or stem(head) in _NON_EVENT:
            return None
        return EventRef(f"occur {_noun_key(head)}", f"{qual + ' ' if qual else ''}{head}", "on", qual, fallback=True)
    verb = toks[vi][0]
    if vi >= 2 and toks[vi - 1][0] == "to" and toks[vi - 2][0] in _INTENTIONS:
        return None  # "plans to file the complaint on June 3": an intention, not a dated fact
    after = vi + 1
    base = stem(verb)
    if (after + 1 < len(toks) and toks[after][0] in _PRONOUNS and (base, stem(toks[after + 1][0])) in _PHRASAL
            and (after + 2 == len(toks) or toks[after + 2][0] in _PREPOSITIONS or toks[after + 2][0] == ",")):
        # "the operator shut it down on Sunday": a phrasal verb around a pronoun; the pronoun
        # stands for the one thing of that class the story names (rules/event_dates.py)
        cls = _PHRASAL[(base, stem(toks[after + 1][0]))]
        if cls in _PHRASAL_CLASSES:
            return EventRef(f"{cls} {PRONOUN_OBJECT}", f"{toks[after][0]} ({verb} {toks[after + 1][0]})",
                            "on", fallback=True)
    phrasal = after < len(toks) and (base, stem(toks[after][0])) in _PHRASAL
    finding = _passive_finding(toks, vi)
    if verb in _SPEECH and verb not in _PUBLISHING and not phrasal and not finding:
        return None
    if phrasal:
        cls = _PHRASAL[(base, stem(toks[after][0]))]
        after += 1
        if after < len(toks) and toks[after][0] == "of":
            return None  # "walked out of the talks", "pulled out of the race": not the event itself
    else:
        cls = _VERB_CLASS.get(base, base)
        if cls in FINITE_ONLY_CLASSES and verb.endswith("ing"):
            return None  # "early voting on October 8": not the day of the ballot
        if base in _COMMISSION_STEMS and not verb.endswith("ing"):
            cls = "publish"  # "ordered an independent review on Tuesday": its announcement (inquiries only, below)
    role = "start" if base in _START_STEMS else "end" if base in _END_STEMS else "on"
    if role != "on":
        cls = "occur"  # "the recount began on": the recount's start
        if role == "end" and vi > 0 and toks[vi - 1][0] in _STATE_AUX:
            role = "on"  # "schools were closed on Monday": shut that day, not the end of anything
    elif verb in _IMPACT and after < len(toks) and toks[after][0] not in _PREPOSITIONS and toks[after][0] != ",":
        cls = "impact"  # "a jet struck it", "a ship rammed the ferry": a collision (with an object only)
    elif verb in _DISCOVER or verb == "reported" and finding:
        cls, role = "occur", "discovered"  # "auditors discovered the fraud on": the fraud's discovery
    elif cls not in _CLASSES:
        if any_verb and base not in _LIGHT_STEMS:
            # any verb (``verb_event``): keyed by its stem, which the event-dates rule keeps
            # only when it names the story's main event ("the ship grounded on 9 February")
            return EventRef(f"{ACT} {event_stem(verb)}", verb, role, None, fallback=True)
        return None  # "rain fell on Monday" and on Tuesday: only verbs of one-off events key a date
    obj = []
    for n, (w, orig) in enumerate(toks[after:], after):
        if w in _PREPOSITIONS or w in _BOUNDARY or w == ",":
            break
        if w.endswith("ly") and n + 1 < len(toks) and toks[n + 1][0] in _SUBJECT_STOP | _PREPOSITIONS:
            break  # "blew apart shortly before 3 a.m.": an adverb of time, not the object
        obj.append((w, orig))
    head, qual = _head(obj, False)
    if head is None and verb in _DISCOVER and all(w in ("on", "early", "late") for w, _ in toks[after:]) and not _passive_at(toks, vi):
        # "auditors discovered on February 6 an unofficial list": an active discovery whose
        # object follows the date is the discovery of that object, not of its finders
        head, qual = _object_after(sentence, start)
        if head is not None:
            return EventRef(f"occur {_noun_key(head)}", f"{head} ({verb})", "discovered", qual, fallback=True)
    if head is None:
        # No object: "the dam burst on", "the vehicles were built between": the subject.
        j = vi - 1
        if j > 0 and toks[j][0] == "and":
            # "a jet touched down and struck it": the subject is before the first verb
            k = next((k for k in range(j - 1, max(-1, j - 4), -1) if _is_verb(toks, k)), None)
            if k is not None:
                j = k - 1
        between = None
        while j >= 0 and (toks[j][0] in _AUX or toks[j][0] == "," or toks[j][0].endswith("ly")
                          or toks[j][0] in ("late", "early", "also", "then", "not", "never", "still")
                          or finding and toks[j][0] in _FINDING_ADVERBS
                          or toks[j][0] in ("first", "last") and j > 0 and toks[j - 1][0] in _AUX):
            if toks[j][0] in ("first", "last"):
                between = toks[j][0]  # "contact was first made on": the first contact
            j -= 1
        # The subject runs back to a comma, a relative word, a temporal preposition or a
        # verb; its head comes before its first prepositional phrase ("Mediation between
        # the union and the company ran from June 12": the mediation).
        if j > 0 and toks[j][0] in ("that", "which"):
            j -= 1  # "a campaign that ran Aug 5-11": the relative clause's antecedent
            if j > 0 and toks[j][0] == "," and toks[j + 1][0] == "which":
                j -= 1  # "The search, which ran from October 6 to 11": the same antecedent
        subj = []
        while j >= 0 and len(subj) < SUBJECT_WORDS and toks[j][0] not in _SUBJECT_STOP \
                and not (subj and toks[j][0] not in _QUALIFIERS and _is_verb(toks, j)):
            subj.insert(0, toks[j])
            j -= 1
        r = next((n for n in range(1, min(5, j + 1)) if toks[n][0] in ("that", "which", "who")), None)
        if (r is not None and toks[0][0] in _DETERMINERS and j >= r
                and not any(_is_verb(toks, n) or toks[n][0] in _SUBJECT_STOP or toks[n][0] in _PREPOSITIONS
                            for n in range(1, r))):
            # "The order that kept residents out of X was in force from": the clause opens
            # with a noun and its relative clause; the noun is the subject of the later verb.
            j, subj = -1, toks[:r]
        if (j >= 0 and _is_verb(toks, j) and subj and subj[-1] is toks[vi - 1] and "of" in [w for w, _ in subj]
                and toks[vi][0] in _PAST_PARTICIPLES):
            # "scrapped the result of the draw held on Saturday": a participle right after the noun
            # of an object's "of" phrase (no auxiliary) is a reduced relative on that noun
            subj = subj[len(subj) - [w for w, _ in subj][::-1].index("of"):]
        inner = _object_relative(subj) if subj and subj[-1] is toks[vi - 1] and not _passive_at(toks, vi) else None
        if inner is not None:
            # "the review the minister announced on 2 March", "the plant they shut on Monday": a
            # relative clause without "that" whose verb has no object dates its antecedent
            subj = subj[:inner]
        k = next((n for n, (w, _) in enumerate(subj) if w in _PREPOSITIONS and w != "of" and n > 0), len(subj))
        head, qual = _head(subj[:k], at_start and j < 0 or finding and _opens(raw, subj))
        if qual is None and between is not None:
            qual = between  # "the outbreak was first confirmed on": its first finding
    if base in _COMMISSION_STEMS and not phrasal and head not in _INQUIRY:
        return None  # "ordered 40 buses on Monday": a purchase, not an announcement
    if finding and qual == "first" and head in FIRST_CASE_NOUNS:
        head = FIRST_CASE_NOUNS[head]  # "the outbreak was first confirmed": its first case
    cls = NOUN_CLASSES.get(cls, {}).get(head, cls)  # "power failed", "burst its banks"
    if cls == "publish" and base == "leak" and (head is None or head in _LEAKED):
        cls = "rupture"  # "crude leaked on Monday": the leak began, no document was leaked
        if head is None:
            return None
    if cls in FIXED_NOUN_CLASSES:
        # Homes, the city or the power: whatever lost power, it is the one blackout (and,
        # for an onset class, the date is its start).
        noun = FIXED_NOUN_CLASSES[cls]
        return EventRef(f"{cls} {noun}", f"{head or noun} ({' '.join(w for w, _ in toks[vi:after])})",
                        "start" if cls in _ONSET_CLASSES else role, qual, fallback=True)
    if head is None or stem(head) in _NON_EVENT or head in _SPEECH:
        return None
    if cls in _ONSET_CLASSES and role == "on":
        role = "start"  # "the pipeline ruptured on 7 March": the leak's first day
    if cls == "publish" and head in _DECISION_NOUNS and role == "on":
        # "the agency announced the ban on February 5": the ban's announcement, one key with
        # "the rider was banned on February 6" (a sanction happens when it is announced)
        return EventRef(f"{head} {head}", f"{head} ({verb})", "announced", qual, fallback=True)
    if qual is None and any(w == "again" for w, _ in toks[vi:]):
        qual = "again"  # "the paper will be sat again on June 24": another sitting
    whole = _whole_before(toks, head) if head in PART_NOUNS else None
    if whole is not None:
        # "the gallery roof fell in": the gallery's, as "the roof of the gallery collapsed"
        part, head = head, whole
    words = f"{qual} {head}" if qual else head
    part = part if whole is not None else _part_of(toks, head)
    if part is not None:
        words = f"{part} of {words}"  # "the roof of the gallery": the gallery's, written so for the part's key
    return EventRef(f"{cls} {_noun_key(head)}", f"{words} ({' '.join(w for w, _ in toks[vi:after])})", role, qual,
                    fallback=True, kind=_np_modifier(toks, head))


_FINDING_ADVERBS = frozenset(FINDING_ADVERBS)
_COMMISSION = frozenset(COMMISSION_VERBS)
_COMMISSION_STEMS = frozenset(stem(w) for w in COMMISSION_VERBS)
_INQUIRY = frozenset(INQUIRY_NOUNS)


def _commissioned_after(rw: list[str]) -> EventRef | None:
    """"The government on Tuesday ordered an independent review": an inquiry ordered right
    after the date is announced that day (``publish <noun>``)."""
    if not rw or rw[0] not in _COMMISSION:
        return None
    for w in rw[1:]:
        if w in _INQUIRY:
            return EventRef(f"publish {_noun_key(w)}", f"{w} ({rw[0]})", "on", fallback=True)
        if w in _PREPOSITIONS or w in _BOUNDARY:
            return None
    return None


_INNER_SUBJECT_OPENERS = frozenset("the a an his her its their our this that".split())
_INNER_PRONOUNS = frozenset("he she they we i you".split())
_NOT_ANTECEDENT_END = _DETERMINERS | _PREPOSITIONS | frozenset(("and", "or", "but", "of", "than", "as", "is", "was",
                                                               "are", "were", "be", "been", "not"))


def _object_relative(subj: list) -> int | None:
    """Where the subject of a relative clause without "that" opens in ``subj`` (the words
    before a verb with no object): "the review | the minister" (announced), "the plant |
    they" (shut). The words before it are a determiner's noun phrase of two to five words;
    the inner subject is a pronoun or a determiner with one to three words."""
    if len(subj) < 3 or subj[0][0] not in _ARTICLES:
        return None
    for n in range(2, min(len(subj), 6)):
        w = subj[n][0]
        rest = len(subj) - n
        if w in _INNER_PRONOUNS and rest == 1 or w in _INNER_SUBJECT_OPENERS and 2 <= rest <= 4:
            prev = subj[n - 1]
            if (prev[0] in _NOT_ANTECEDENT_END or not prev[1][:1].islower() or prev[0].endswith("ly")
                    or any(x[0] in _NOT_ANTECEDENT_END or x[0].endswith(("ed", "ing")) for x in subj[1:n])):
                return None
            if any(x[0] in _NOT_ANTECEDENT_END and x[0] not in _INNER_SUBJECT_OPENERS for x in subj[n + 1:]):
                return None
            return n
    return None


_DATE_THEN_OBJECT = lazyre.compile(r"[^,;:.()“”\"]{0,40}?\s(?=(?:the|a|an|its|their|his|her|some|two|three|several)\s)", re.I)


def _object_after(sentence: str, start: int) -> tuple[str | None, str | None]:
    """The noun phrase right after the date of "discovered on February 6 an unofficial list
    holding ...": its head (up to a preposition, a clause word or an -ing participle)."""
    end = start + 1
    while end < len(sentence) and sentence[end] not in ",;:.()\n" and not sentence[end].isalpha():
        end += 1
    # skip the date itself: the first determiner after it opens the object
    m = _DATE_THEN_OBJECT.match(sentence, start)
    if m is None or m.end() - start > 40:
        return None, None
    np = []
    toks = _tokens(sentence[m.end():m.end() + 100])
    for n, (w, orig) in enumerate(toks):
        if w in _PREPOSITIONS or w in _BOUNDARY or w == "," or w in _AUX:
            break
        nxt = toks[n + 1][0] if n + 1 < len(toks) else ""
        if (len(np) > 1 and w.endswith(("ing", "ed", "en"))
                and (nxt in _PREPOSITIONS or nxt in _DETERMINERS or nxt[:1].isdigit() or nxt.endswith("ly")
                     or nxt in ("about", "some", "more", "over", "almost"))):
            break  # "a list holding nearly 3,000 patients", "a painting hidden under sacks"
        np.append((w, orig))
        if len(np) >= 6:
            break
    return _head(np, False) if np else (None, None)


def _finds_other(trail: list[str]) -> bool:
    """"(the audit, which) discovered the list": a discovery verb after the event word with
    an object of its own before the date."""
    k = next((n for n, x in enumerate(trail) if x in _DISCOVER), None)
    if k is None:
        return False
    obj = [x for x in trail[k + 1:] if x not in ("on", "early", "late")]
    return bool(obj) and obj[0] in _DETERMINERS and len(obj) >= 2


# --- one event as a verb, its noun, its participle or an "a-" adverb ---------------------
# "The ship ran aground on February 10", "the ship, which grounded on 9 February", "the
# grounding", "Container ship aground": one event in four forms, one stem ("ground"). The
# event-dates rule keys such a date by the stem when the stem names the story's main event
# (read from the articles' headlines and first sentences: ``main_stems``).
ACT = "act"  # the key class of an event read from its stem
_A_ADVERBS = frozenset(A_ADVERBS)
_LIGHT_STEMS = frozenset(stem(w) for w in VERB_CLASSES["occur"] if " " not in w) | frozenset(
    stem(w) for w in ("be", "do", "get", "go", "come", "make", "take", "give", "put", "set", "say", "tell", "see",
                      "keep", "leave", "let", "seem", "become", "remain", "stay", "continue", "begin", "start",
                      "end", "finish"))
_NOMINAL_ENDINGS = ("ion", "ure", "ment")
_FORM_CANDIDATE = lazyre.compile(r"(?<![\w’'-])(?:[^\W\d_][\w’'-]{1,30}(?:ed|ing|ion|ure|ment)|a(?:" + "|".join(
    w[1:] for w in A_ADVERBS) + r"))(?![\w’'-])", re.I)
_LAST_WORD = lazyre.compile(r"([^\W\d_][\w’'-]{0,30})[^\w’'-]*$")


def _gerund_at(text: str, m, title: bool) -> bool:
    """``_gerund`` for a match in ``text`` (its word, the word before and the word after)."""
    before = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
    after = _WORD.search(text, m.end(), m.end() + 40)
    first = not any(c.isalpha() for c in text[:m.start()])
    words = ([before.group(1)] if before and not first else []) + [m.group(0)] + ([after.group(0)] if after else [])
    return _gerund(words, 1 if before and not first else 0, title)
_NOT_FORMS = frozenset(NOT_EVENT_FORMS)
_SPEECH_STEMS = frozenset(stem(w) for w in SPEECH_VERBS)


def event_stem(word: str) -> str:
    """The stem one event shares in all its forms: "grounded", "grounding" and "aground" are
    ``ground``; "failed" and "failure" ``fail``; "evacuated" and "evacuation" ``evacuat``."""
    w = word.lower().strip("’'")
    if w in _A_ADVERBS:
        w = w[1:]
    if w.endswith(_NOMINAL_ENDINGS) and len(w) > 6:
        return _nominal_stem(w)
    return stem(w)


@functools.lru_cache(maxsize=16384)  # pure, and the headlines and ledes of a story repeat their words
def _event_form(word: str) -> tuple[str, bool] | None:
    """(stem, named) of a word shaped like an event: an "a-" adverb, an action noun (-ion,
    -ure, -ment, -ing: ``named`` is True) or a past verb form (-ed); else None."""
    w = word.lower()
    if w in _A_ADVERBS:
        return event_stem(w), True
    if (not w.isalpha() or w in _SPEECH or w in _AUX or w in _NOT_ED or w in NON_HEAD_WORDS or w in _NOT_FORMS
            or w in _PREPOSITIONS):
        return None
    if w.endswith(_NOMINAL_ENDINGS) and len(w) > 6 or w.endswith("ing") and len(w) >= 7:
        s = event_stem(w)
        return (s, True) if s not in _SPEECH_STEMS else None  # "reporting", "warning": statements
    if w.endswith("ed") and len(w) >= 5:
        s = event_stem(w)
        return (s, False) if s not in _LIGHT_STEMS else None
    return None


_GERUND_BEFORE = _DETERMINERS | frozenset(("of", "after", "before", "since", "following", "over", "in"))


def _gerund(words: list[str], k: int, title: bool) -> bool:
    """Is the "-ing" word at ``k`` a noun ("the grounding", "after the stranding", "Whale
    stranding shocks Kell")? Not after an auxiliary, and no object after it ("carrying the
    satellite", "leaving 40 homes")."""
    prev = words[k - 1].lower() if k else ""
    nxt = words[k + 1].lower() if k + 1 < len(words) else ""
    if prev in _AUX or prev in _STATE_AUX or nxt in _DETERMINERS or nxt in _PRONOUNS or nxt in _NUMBER_WORDS:
        return False
    if prev.endswith(("’s", "'s")) or prev in _GERUND_BEFORE:
        return True
    if title and k == 0:
        return True  # "Kidnapping of aid worker condemned"
    return title and bool(prev) and words[k - 1][:1].isupper() and prev.lower() not in _CALENDAR_WORDS  # a headline's noun phrase: "Whale stranding shocks Kell"


MAIN_STEM_SENTENCES = 3  # a headline and the first sentences name what the story is about


def main_stems(texts_by_article) -> frozenset:
    """(Each article's texts: its headline first, or "" when it has none.)
    Stems of the story's main event: an event-shaped word (``_event_form``) in the headline
    or first sentences of at least two articles, named as a noun or "a-" adverb at least once
    and written as a past verb at least once ("Container ship aground" and "which grounded on
    9 February": ``ground``)."""
    seen: dict[str, set] = {}
    named: set[str] = set()
    verbal: set[str] = set()
    bare: dict[str, set] = {}
    texts_by_article = [tuple(texts) for texts in texts_by_article]
    for n, texts in enumerate(texts_by_article):
        for t, text in enumerate(texts):
            for m in _FORM_CANDIDATE.finditer(text):
                w = m.group(0)
                form = _event_form(w)
                if form is not None and form[1] and w.lower().endswith("ing") and not _gerund_at(text, m, t == 0):
                    form = None  # "a ship carrying 3,400 containers": a participle, no event named
                if form is not None:
                    key = main_class(form[0])  # "halted" in one lede, "stopped" in another: one class
                    seen.setdefault(key, set()).add(n)
                    (named if form[1] else verbal).add(key)
            if text.isascii() and _CLASS_FIRST is not None and _CLASS_FIRST.search(text.lower()) is None:
                continue  # (no first word of a class form: _CLASS_FORM cannot match)
            for m in _CLASS_FORM.finditer(text):
                # a class's irregular forms: "Truck stolen", "vaccine theft", "made off with"
                w = " ".join(m.group(0).lower().split())
                cls = _MAIN_NOUN_WORDS.get(w)
                if cls is not None:
                    named.add(cls)
                else:
                    cls = _MAIN_VERB_ALL[w]
                    verbal.add(cls)
                seen.setdefault(cls, set()).add(n)
    # A noun with no suffix, the bare stem of a past verb ("refinery halt" and "halted", "the leak"
    # and "leaked", "cup void angers fans" and "voided"), after a determiner or a noun: named.
    # Only a word that is such a stem can count, so the (costlier) noun test runs on those alone,
    # in a second pass once every verb is read.
    wanted = {w for w in verbal if len(w) >= 4 and w not in _NOT_FORMS and w not in NON_HEAD_WORDS}
    if wanted:
        for n, texts in enumerate(texts_by_article):
            for text in texts:
                if text.isascii():
                    # an ASCII word lower-cased is in the text lower-cased: none there, no match
                    low = text.lower()
                    if not any(w in low for w in wanted):
                        continue
                for m in _BARE_CANDIDATE.finditer(text):
                    w = m.group(0).lower()
                    if w in wanted and _bare_noun_at(text, m):
                        bare.setdefault(w, set()).add(n)
    for w, arts in bare.items():
        seen.setdefault(w, set()).update(arts)
        named.add(w)
    # named as a thing and done as a verb: "the federation" alone is no event, "grounded" and
    # "the grounding" are
    return frozenset(s for s, arts in seen.items() if len(arts) >= 2 and s in named and s in verbal
                     and len(s) >= 4 and s not in _vocabulary_stems())


_BARE_CANDIDATE = lazyre.compile(r"(?<![\w’'-])[^\W\d_]{4,20}(?![\w’'-])")
_BARE_NOUN_BEFORE = lazyre.compile(r"(?:\b(?:the|a|an|its|their|this|that|after|over|of)|[’']s|[^\W\d_]{3,30})\s{1,3}$", re.I)
_BARE_NOUN_AFTER = lazyre.compile(r"\s{0,3}(?:[,.;:!?]|$|\s(?:of|at|on|in|after|over|for|to|from|was|is|has|had|"
                              r"will|could|may)\b|\s[a-z]{3,20}s\b)")  # a preposition, an auxiliary, a present verb


def _bare_noun_at(text: str, m) -> bool:
    """Is the bare word at ``m`` a noun ("after refinery halt", "the leak", "Cup void angers fans")?
    A determiner, a possessive or another word before it, and no object after it (not "to
    halt production", "will halt", "voids weekend draw")."""
    w = m.group(0)
    if not w.isalpha() or not w.islower() and not w.istitle():
        return False
    before = text[max(0, m.start() - 40):m.start()]
    if re.search(r"\b(?:to|will|would|could|should|may|might|must|can|did|does|do|not)\s{1,3}$", before, re.I):
        return False  # a verb: "to halt", "will void"
    return bool(_BARE_NOUN_BEFORE.search(before)) and bool(_BARE_NOUN_AFTER.match(text, m.end()))


@functools.lru_cache(maxsize=1)
def _vocabulary_stems() -> frozenset:
    """Stems of the event vocabulary and families: their nouns and verbs are read there
    already ("the evacuation", "the collapse"), with what they know of recurring and lasting
    events."""
    return frozenset(event_stem(w) for w in list(EVENT_WORDS) + list(_FAMILY_WORDS) if " " not in w)


_NOUN_BEFORE_DATE = lazyre.compile(r"([^\W\d_][\w’'-]{2,30})\s{1,3}(?:(?:late|early)\s{1,3})?(?:on|of)\s{1,3}$")


def stem_noun_event(sentence: str, start: int, end: int, stems: frozenset) -> EventRef | None:
    """A main event's noun dated right beside it: "after the grounding on 9 February", "the
    stranding of June 4", "the February 9 grounding", "Monday's grounding" (``act <stem>``)."""
    m = _NOUN_BEFORE_DATE.search(sentence, max(0, start - 45), start)
    words = []
    if m is not None and sentence[max(0, m.start() - 8):m.start()].rstrip().lower().endswith(
            ("the", "its", "their", "his", "her", "this", "that")):
        words.append(m.group(1))
    premod = _PREMODIFIED.match(sentence, end, min(len(sentence), end + 70))
    if premod is not None and (sentence[end:end + 1] in "’'" or sentence[start:end].endswith(("'s", "’s"))
                               or _PREMOD_LEAD.search(sentence, max(0, start - 8), start)):
        words.append(premod.group("w"))
    for w in words:
        form = _event_form(w)
        if form is not None and form[1] and form[0] in stems and w.lower() not in EVENT_WORDS \
                and w.lower() not in _FAMILY_WORDS and w.lower() not in _ANAPHORS:
            return EventRef(f"{ACT} {form[0]}", w.lower(), "on", None, fallback=True)
    return None


_LEAKED = frozenset(LEAKED_SUBSTANCES)
_MAIN_VERB_WORDS = {w: cls for cls, ws in MAIN_EVENT_VERB_CLASSES.items() for w in ws if " " not in w}
_MAIN_VERB_ALL = {w: cls for cls, ws in MAIN_EVENT_VERB_CLASSES.items() for w in ws}
_MAIN_VERB_PHRASES = {tuple(w.split()): cls for w, cls in _MAIN_VERB_ALL.items() if " " in w}
_MAIN_NOUN_WORDS = {w: cls for cls, ws in MAIN_EVENT_NOUN_CLASSES.items() for w in ws}
# the forms ``_event_form`` cannot read: irregular ("stolen", "froze"), phrasal ("voted down") and
# nouns with no suffix of their verb ("theft", "defeat")
_CLASS_FORM = lazyre.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(
    (r"\s{1,3}".join(map(re.escape, w.split())) for w in list(_MAIN_NOUN_WORDS) + [
        w for w in _MAIN_VERB_ALL if " " in w or not w.endswith("ed")]), key=len, reverse=True)) + r")(?![\w’'-])", re.I)
# A cheap gate for _CLASS_FORM on ASCII text: the first words of its forms, on the text
# lower-cased (for ASCII text re.I matches as lower() folds); None unless every form is
# lower-case ASCII.
_CLASS_WORDS = list(_MAIN_NOUN_WORDS) + [w for w in _MAIN_VERB_ALL if " " in w or not w.endswith("ed")]
_CLASS_FIRST = lazyre.compile("|".join(sorted({re.escape(w.split()[0]) for w in _CLASS_WORDS}, key=len, reverse=True))) if all(
    w.isascii() and w == w.lower() and w.split() for w in _CLASS_WORDS) else None
_MAIN_VERB_CLASS = {event_stem(w): cls for w, cls in _MAIN_VERB_WORDS.items()}
_STILL = frozenset(STATE_STILL_WORDS)
# (a comma inside a number, "50,000 doses", breaks nothing)
_MAIN_SEGMENT_BREAK = lazyre.compile(r"(?<!\d),|,(?!\d{3}\b)|[;:()“”\"–—]|\b(?:that|which|who|when|after|before|while|because)\s", re.I)
MAIN_VERB_WORDS = 20  # how far left of a date a main event's verb is read within its clause


def main_class(stem_: str) -> str:
    """The class of a main-event stem (``halt`` for "paused", "stopped"), or the stem itself."""
    return _MAIN_VERB_CLASS.get(stem_, stem_)


def main_verb_event(sentence: str, start: int, stems: frozenset) -> EventRef | None:
    """"The refinery halted output of diesel at its northern site on Monday": the nearest past verb
    of the date's own clause (up to ``MAIN_VERB_WORDS`` words left, past its object and
    prepositional phrases, no clause break between), when its stem or its class
    (``MAIN_EVENT_VERB_CLASSES``: "stopped making", "scrapped") is the story's main event;
    keyed ``act <main stem>``. None where a verb of something else comes first, or the verb
    is a state ("was still halted on June 20")."""
    by_class = {main_class(s_): s_ for s_ in stems}
    left = sentence[max(0, start - 200):start]
    cut = None
    for cut in _MAIN_SEGMENT_BREAK.finditer(left):
        pass
    seg = left[cut.end():] if cut is not None else left
    words = _WORD.findall(seg)[-MAIN_VERB_WORDS:]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        lw = w.lower()
        if w[:1].isupper() and k > 0:
            continue  # a name
        form = _event_form(lw)
        cls = _MAIN_VERB_WORDS.get(lw) or (main_class(form[0]) if form is not None and not form[1] else None)
        if k > 0 and words[k - 1].lower() in _DETERMINERS:
            continue  # "the replayed tie": a participle before its noun
        phrase = next((p for p in _MAIN_VERB_PHRASES if tuple(x.lower() for x in words[k:k + len(p)]) == p), None)
        if phrase is not None:
            cls, lw = _MAIN_VERB_PHRASES[phrase], " ".join(phrase)  # "thieves made off with the van on"
        if cls is None:
            if lw.endswith("ed") and len(lw) >= 5 and lw not in _NOT_ED or lw in IRREGULAR_VERBS:
                return None  # "halted output and reported the fault on": the nearer verb's fact
            continue
        if cls not in by_class:
            return None  # another verb closer to the date: its own clause's fact
        prev = [x.lower() for x in words[max(0, k - 2):k]]
        if any(x in _STILL for x in prev):
            return None  # "was still halted on": a state on that day
        if k + 1 < len(words) and words[k + 1].lower() in ("to", "by") and lw not in _MAIN_VERB_WORDS:
            return None
        return EventRef(f"{ACT} {by_class[cls]}", lw, "on", None, fallback=True)
    return None


def clause_action_stems(sentence: str, start: int) -> frozenset:
    """Stems of the event-shaped words of the clause before ``start`` (a past verb, an action
    noun; ``_event_form``), by class (``main_class``): "the authority suspended every lift of
    the model in the region from" and "the authority's suspension of lifts ran from" share
    ``suspend``; "sewage flowed from" and "the discharge ran from" share none."""
    left = sentence[max(0, start - 200):start]
    cut = None
    for cut in _MAIN_SEGMENT_BREAK.finditer(left):
        pass
    seg = left[cut.end():] if cut is not None else left
    out = set()
    for w in _WORD.findall(seg)[-MAIN_VERB_WORDS:]:
        form = _event_form(w)
        if form is not None and len(form[0]) >= 4:
            out.add(main_class(form[0]))
        elif w.lower() in _MAIN_VERB_WORDS:
            out.add(_MAIN_VERB_WORDS[w.lower()])
    return frozenset(out)


def verb_event(sentence: str, start: int) -> EventRef | None:
    """The stem key (``act <stem>``) of the clause a date at ``start`` belongs to: its verb's
    stem ("which grounded on"), or the head of a light verb ("ran aground on", "the grounding
    took place on"). None when the clause has no verb."""
    ref = _clause_event(sentence, start, any_verb=True)
    if ref is None:
        return None
    cls, _, _ = ref.event.partition(" ")
    if cls == ACT:
        return ref
    if cls == "occur":
        head = ref.word.split(" (", 1)[0].split()[-1]
        return EventRef(f"{ACT} {event_stem(head)}", ref.word, ref.role, ref.qualifier, fallback=True)
    return None


def _passive_at(toks: list[tuple[str, str]], vi: int) -> bool:
    """An auxiliary before the verb at ``vi``, perhaps across "first" or "last" ("the algae
    was first spotted on 8 July by a rowing coach": passive; the coach found it)."""
    j = vi - 1
    if j >= 0 and toks[j][0] in ("first", "last"):
        j -= 1
    return j >= 0 and toks[j][0] in _AUX


def _passive_finding(toks: list[tuple[str, str]], vi: int) -> bool:
    """"A case was confirmed at the school on Monday", "the outbreak was first confirmed on":
    a passive "confirmed" with no clause after it dates the finding, not a statement; so does
    a passive "first reported" ("the bloom was first reported by a dog walker on Thursday":
    when it was first noticed, not when a newspaper reported it)."""
    if toks[vi][0] != "confirmed" and not (toks[vi][0] == "reported" and vi > 0 and toks[vi - 1][0] == "first"):
        return False
    j = vi - 1
    if j >= 0 and toks[j][0] in _FINDING_ADVERBS:
        j -= 1
    if j < 1 or toks[j][0] not in ("was", "were", "been", "is", "are"):
        return False
    nxt = toks[vi + 1][0] if vi + 1 < len(toks) else None
    return nxt is None or nxt in _PREPOSITIONS or nxt == ","


def _confirmed_finding(lw: list[str]) -> bool:
    """Words before a date ending in a passive "confirmed" and its prepositional phrases ("a
    case of measles was confirmed at the school", "was first confirmed"): a finding."""
    c = next((k for k in range(len(lw) - 1, max(-1, len(lw) - 8), -1)
              if lw[k] == "confirmed" or lw[k] == "reported" and k > 0 and lw[k - 1] == "first"), None)
    if c is None:
        return False  # (a passive "first reported": when the thing was first noticed)
    j = c - 1
    if j >= 0 and lw[j] in _FINDING_ADVERBS:
        j -= 1
    if j < 1 or lw[j] not in ("was", "were", "been", "is", "are"):
        return False
    rest = lw[c + 1:]
    return not rest or rest[0] in _PREPOSITIONS and not any(
        w in _SPEECH or w in _BOUNDARY or w in _AUX for w in rest)


def _opens(raw: str, subj: list[tuple[str, str]]) -> bool:
    """Does the subject open its sentence, after a time stamp or markup ("**21:15** Contact
    was first made")? Then its capitalised first word is no name."""
    if not subj:
        return False
    at = raw.find(subj[0][1])
    return at >= 0 and not any(c.isalpha() for c in raw[:at])


def _part_of(toks: list[tuple[str, str]], head: str) -> str | None:
    """The part noun whose "of" phrase ``head`` heads ("the roof of a haulage tunnel": roof)."""
    for k in range(len(toks) - 2):
        if toks[k][0] in PART_NOUNS and toks[k + 1][0] == "of" and any(
                w == head for w, _ in toks[k + 2:k + 6]):
            return toks[k][0]
    return None


def _whole_before(toks: list[tuple[str, str]], part: str) -> str | None:
    """The noun a part noun modifies right before it ("the gallery roof": gallery), or None."""
    for k in range(len(toks) - 1, 0, -1):
        if toks[k][0] == part:
            prev, orig = toks[k - 1]
            return prev if orig[:1].islower() and _modifier(prev) is not None and prev not in PART_NOUNS else None
    return None


def _modifier(word: str) -> str | None:
    """A noun that says which one of a family ("chemistry" in "the chemistry exam"), or None
    for determiners, qualifiers, participles and words shaped like adjectives ("national",
    "deadly", "leaked"), which do not tell two events apart."""
    w = word.lower()
    if (len(w) < 3 or not w.isalpha() or w in NON_HEAD_WORDS or w in _QUALIFIERS or w in _DETERMINERS
            or w in _NUMBER_WORDS or w in _REPEATS or w.endswith(_ADJECTIVE_ENDINGS) or w in EVENT_WORDS):
        return None
    return stem(w)


def _np_modifier(toks: list[tuple[str, str]], head: str) -> str | None:
    """The modifier right before a fallback head in its clause ("the mathematics paper")."""
    for k in range(len(toks) - 1, 0, -1):
        if toks[k][0] == head:
            prev, orig = toks[k - 1]
            return _modifier(prev) if orig[:1].islower() else None
    return None


def _noun_key(head: str) -> str:
    """The key of a fallback event's head noun: its stem, synonyms made one."""
    s = stem(head)
    return _NOUN_SYNONYMS.get(s, s)


noun_key = _noun_key  # the key of a head noun, for the rules that merge keys


def _framed(words: list[str], i: int, word: str) -> bool:
    """Is the event word at ``i`` only the setting of another action ("ahead of the vote")?"""
    j = i - len(word.split()) + 1  # first word of a two-word event phrase
    for skip in (0, 1, 2, 3):  # "the", "annual", "city's annual" between frame and noun
        k = j - skip
        for frame in _FRAMES:
            n = len(frame)
            if k - n >= 0 and tuple(words[k - n:k]) == frame:
                between = words[k:j]
                if all(w not in EVENT_WORDS and w not in _START and w not in _END for w in between):
                    return True
    return False


def event_after(sentence: str, end: int) -> EventRef | None:
    """An event word right after an expression ("a six-day visit")."""
    words = _words(sentence[end:end + 40])[:2]
    for i in range(len(words)):
        ev = _event_at(words, i)
        if ev:
            return EventRef(ev[0], ev[1], "on")
    return None


def noun_after(sentence: str, end: int) -> EventRef | None:
    """The fallback key of the noun phrase right after a duration ("a five-day rescue
    operation" is ``occur rescue``, as in "the rescue, which ran from May 6 to 10")."""
    toks = _tokens(sentence[end:end + 60])[:3]
    # The duration's noun ends the phrase (checker.extract.dates reads "<N>-day [word] <noun>").
    k = next((n for n, (w, _) in enumerate(toks) if w in _DURATION_NOUNS), None)
    if k is None:
        return None
    head, qual = _head(toks[:k + 1], False)
    if head is None or stem(head) in _NON_EVENT or head in EVENT_WORDS:
        return None
    return EventRef(f"occur {_noun_key(head)}", f"{qual + ' ' if qual else ''}{head}", "on", qual, fallback=True)


def _event_at(words: list[str], i: int, families: bool = False):
    """The event word ending at ``words[i]``; with ``families`` also the nouns of the event
    families (checker.vocab.time.EVENT_FAMILIES), which only the event-dates rule reads,
    and "first"/"last" before the verb of an event noun ("was last inspected", "first met")."""
    w = words[i]
    # "the spill of 15 July": "of" right before the date is a long event's nominal date (its
    # first day), not the noun's object ("the spill of oil")
    head = _head_at(words, i) or words[i + 1:] == ["of"] and _FAMILY_WORDS.get(w) in DURATIVE_EVENTS
    if families and i > 0 and words[i - 1] in _ORDINAL_ADVERBS and _verb_form(w) and stem(w) in _VERB_EVENTS:
        return _VERB_EVENTS[stem(w)], f"{words[i - 1]} {w}"
    if families and w in _ANAPHORS and i > 0 and words[i - 1] in ("the", "this", "that", "its") and _head_at(words, i):
        return MAIN_EVENT, w  # "the disaster on May 6": whatever the story is about
    if i > 1 and w in _TRIGRAM_LAST:
        triple = f"{words[i - 2]} {words[i - 1]} {w}"  # "broke out of"
        if triple in EVENT_WORDS:
            return EVENT_WORDS[triple], triple
    if i > 0:
        pair = f"{words[i - 1]} {w}"
        if pair in EVENT_WORDS:
            return EVENT_WORDS[pair], pair
        if families and pair in _FAMILY_WORDS and head:
            return _FAMILY_WORDS[pair], pair
    if w in EVENT_WORDS and (w not in _ADJECTIVE_EVENTS or _head_at(words, i)):
        return EVENT_WORDS[w], w
    if families and w in _FAMILY_WORDS and head:
        return _FAMILY_WORDS[w], w
    return None


_TRIGRAM_LAST = frozenset(w.rsplit(" ", 1)[1] for w in EVENT_WORDS if w.count(" ") == 2)


# "The ferry was last inspected in January" is its last inspection; "the two leaders first
# met in 2019" their first meeting. The verb of an event noun: "inspection" -> inspect,
# "election" -> elect (the noun's own stem); only nouns made from verbs (-ion, -ing), and
# not short everyday verbs ("was last heard", "first sat", "first opened").
_ORDINAL_ADVERBS = frozenset(("first", "last"))
_VERB_EVENTS = {k: canon for k, canon in sorted(
    (stem(w[:-3]) if w.endswith("ion") else stem(w), canon)
    for w, canon in EVENT_WORDS.items() if " " not in w and w.endswith(("ion", "ing")) and len(w) > 6) if len(k) >= 5}


def _verb_form(w: str) -> bool:
    """A past form ("inspected", "met"), not the noun itself ("the last meeting")."""
    return w.endswith("ed") and w not in _NOT_ED or IRREGULAR_VERBS.get(w, w) != w


def _head_at(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a head noun, not a modifier ("the exam portal", "the exam board")?
    Only a function word, a verb form or the end of the stretch may follow it."""
    if i + 1 >= len(words):
        return True
    nxt = words[i + 1]
    return (nxt in _PREPOSITIONS or nxt in _BOUNDARY or nxt in _AUX or nxt in _DETERMINERS
            or nxt in IRREGULAR_VERBS or nxt.endswith("ed") and nxt not in _NOT_ED or nxt in ("has", "had"))


@frozen
class DatedEvent:
    """A day-precise date or range attached to an event in one sentence."""

    event: str
    word: str
    role: str  # on | start | end | announced
    sentence: int  # index of the sentence in its article
    expr: object  # the TimeExpr
    qualifier: str | None = None


def dated_events(sentences, times) -> tuple[DatedEvent, ...]:
    """Every day-precise date of a vocabulary event in one article (shared by the date rules)."""
    out = []
    for sent, exprs in zip(sentences, times):
        for t in exprs:
            if t.form not in ("date", "range", "weekday") or t.precision != "day":
                continue
            ref = attach(sent.text, t.start_offset, t.end_offset)
            if ref is not None:
                out.append(DatedEvent(ref.event, ref.word, ref.role, sent.index, t, ref.qualifier))
    return tuple(out)


_OPENER = lazyre.compile(r"[A-Za-z][\w’'-]{0,30}")
_FIRST_LETTER = lazyre.compile(r"[A-Za-z]")
# Calendar words are capitalised but name nobody ("Aug 25-29" is not about "Aug").
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
# Number words are capitalised only as openers ("Four weeks have passed since", after a
# letter's "Dear members,"): they name nobody either.
_NOT_NAMES = _CALENDAR_WORDS | frozenset(UNITS_WORDS) | frozenset(TENS_WORDS)
# A transcript's speaker label ("THEO BANERJEE, REPORTER: June, the blast on ...",
# "BANERJEE: ..."): the speaker, not what the sentence is about.
_SPEAKER_LABEL = lazyre.compile(r"^\s{0,3}[A-Z][A-Z.’'-]{1,30}(?:\s{1,3}[A-Z][A-Z.’'-]{0,30}){0,3}"
                                r"(?:,\s{1,3}[A-Z][A-Z.’'-]{1,30}(?:\s{1,3}[A-Z][A-Z.’'-]{0,30}){0,3})?"
                                r"(?:\s{1,3}\([A-Z][^()]{0,40}\))?:\s")
# (?<=[a-z,;])\s{1,3}(...), written to start with the white space: the regex engine scans for
# that character class fast, where a leading lookbehind is tried at every character.
_MID_CAP = lazyre.compile(r"\s(?<=[a-z,;]\s)\s{0,2}([A-Z][\w’'-]{0,30})")
_MID_CAP_PLAIN = r"(?<=[a-z,;])\s{1,3}([A-Z][\w’'-]{0,30})"  # the same matches (tests compare)


_WHOLE_SCAN_CHARS = 200_000
_MID_CAP_WORD = lazyre.compile(r"[A-Z][\w’'-]{0,30}")  # what a group of _MID_CAP can be
_TOKEN_CHAR = lazyre.compile(r"[\w’'-]")
_BEFORE_MID_CAP = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def _mid_cap_at(text: str, word: str) -> bool:
    """``word in set(_MID_CAP.findall(text))``, from the word's occurrences (found in C):
    one that is a whole token (or the first 31 characters of one), after a run of one to
    three white-space characters that follows a lower-case letter, a comma or a semicolon."""
    if _MID_CAP_WORD.fullmatch(word) is None:
        return False
    n = len(word)
    at = text.find(word)
    while at >= 0:
        # what comes before first (cheap, and it fails for most occurrences), then the token's end
        k = at
        while k > 0 and at - k < 4 and text[k - 1].isspace():  # str.isspace is re's \s
            k -= 1
        if (0 < at - k <= 3 and k > 0 and text[k - 1] in _BEFORE_MID_CAP
                and (n == 31 or _TOKEN_CHAR.match(text, at + n) is None)):
            return True
        at = text.find(word, at + 1)
    return False


def _capitalised_mid_sentence(facts, word: str) -> bool:
    """Whether the article capitalises ``word`` after a lower-case word or comma somewhere
    (names, not sentence openers): whether ``word`` is one of ``_MID_CAP``'s groups in the
    text. A normal article looks at the word's occurrences (``_mid_cap_at``; a few words are
    asked about per article, where a scan of every capital costs more); a huge one is
    searched per word asked about with a regex, so that one dated sentence in a megabyte of
    text does not pay for a scan of every capital in it."""
    text = facts.article.text
    if len(text) <= _WHOLE_SCAN_CHARS:
        asked = facts.__dict__.get("_mid_caps_at")
        if asked is None:
            asked = facts.__dict__["_mid_caps_at"] = {}
        hit = asked.get(word)
        if hit is None:
            hit = asked[word] = _mid_cap_at(text, word)
        return hit
    if not ("A" <= word[:1] <= "Z"):
        return False  # _MID_CAP reads ASCII capitals only
    asked = facts.__dict__.setdefault("_mid_caps_asked", {})
    if word not in asked:
        # the same match as _MID_CAP's group: the whole token, or its first 31 characters
        end = "" if len(word) >= 31 else r"(?![\w’'-])"
        asked[word] = re.search(r"(?<=[a-z,;])\s{1,3}" + re.escape(word) + end, text) is not None
    return asked[word]


def sentence_names(facts, index: int) -> frozenset:
    """Names of one sentence without a capitalised opener the article never capitalises
    mid-sentence; hyphenated names also give their parts ("Al-Hassan" names "hassan", so
    that "Al Hasan" matches it)."""
    names = set(_sentence_names_at(facts, index))
    for n in list(names):
        if "-" in n:
            names.update(p for p in n.split("-") if len(p) > 2)
    return frozenset(names) - _NOT_NAMES


# A capitalised title right before a speaker's name, ending in a title word ("Town Manager",
# "Acme Chief Executive", "Fire Commissioner"): see fact_names.
_TITLE_RUN = lazyre.compile(rf"(?<![\w’'-])(?:[A-Z][\w’'-]{{1,30}}\s{{1,2}}){{0,2}}(?=[A-Z])(?i:{'|'.join(sorted(TITLES, key=len, reverse=True))})\s{{1,2}}$")


def fact_names(facts, index: int, names: frozenset | None = None) -> frozenset:
    """The names a sentence's fact is about: its names without the speaker it is
    attributed to ("..., the chairman, Piotr Halas, said" is not about Piotr Halas)."""
    names = sentence_names(facts, index) if names is None else names
    att = facts.attribution(index)
    source = att.source
    if not source or att.cue in EVENT_WORDS:
        return names  # "The Ford recall, which began on May 3": the recall's maker, not a speaker
    said_by = {w.lower() for w in _WORD.findall(source)}
    said_by |= {p for w in said_by for p in w.split("-")} | proper_names(source)  # "Renée" as names read it
    # "Veldavian cyclist X was banned ..., the Veldavian agency announced": a name the fact
    # itself uses outside its source stays the fact's.
    text = facts.sentences[index].text
    # "Town Manager Renée Castellan said": the speaker's capitalised title is the speaker's
    if (at := text.find(source)) > 0 and (title := _TITLE_RUN.search(text, max(0, at - 60), at)) is not None:
        said_by |= proper_names(title.group(0))
        source = title.group(0) + source
    rest = text.replace(source, " ") if source in text else text
    outside = proper_names(rest)
    return frozenset(n for n in names if n not in said_by or n in outside)


# ", Ms Quaife said," / ", the mayor, Tom Reyes, told reporters.": a speech tag inside or at
# the end of a sentence whose attribution names another source ("The company announced
# the closure on March 4, Ms Quaife said"): the speaker's names are not the fact's.
_TAG_TITLE = r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s{1,3})?"
_TAG_NAME = _TAG_TITLE + r"[A-Z][\w’'.-]{1,30}(?:\s{1,3}[A-Z][\w’'.-]{1,30}){0,3}"
_TAG_VERB = r"(?:said|says|told|tells|added|adds|explained|confirmed|stated|insisted|recalled|wrote)"
# ", Ms Quaife said,", ", chief executive Dr. Ann Lee told reporters at the Oslo office.":
# a speech tag after the fact; "Tom Reyes, who runs the Oslo office, said the ...": before it.
# The speaker, an aside about the speaker and whom or where the words were told belong to
# the tag, not to the fact.
_SPEECH_TAG = lazyre.compile(
    r",\s{1,3}(?P<who>(?:[a-z][\w-]{1,20}\s{1,3}){0,4}" + _TAG_NAME + r"(?:,\s{1,3}[^,;:“”\"]{1,80},)?\s{1,3}"
    + _TAG_VERB + r"(?:\s{1,3}[^,.;:“”\"]{1,60})?)(?=\s{0,3}(?:[,.;]|$))"
    r"|^(?P<lead>" + _TAG_NAME + r"(?:,\s{1,3}(?:who|the|a|an|its|his|her)\s[^,;:“”\"]{1,80},)?\s{1,3}" + _TAG_VERB
    + r"(?:\s{1,3}(?:reporters|journalists|the\s{1,3}[A-Z][\w’'-]{1,30}))?)\s{1,3}(?:that\s)?(?=[a-z])")


def event_names(facts, index: int) -> frozenset:
    """``fact_names`` without the speaker of a speech tag the attribution did not take
    (the source was another clause's subject): names a dated event's sentence is about.
    Computed once per article and sentence (the event-dates rule's paths ask again)."""
    cache = facts.__dict__.setdefault("_event_names", {})
    names = cache.get(index)
    if names is None:
        names = cache[index] = _event_names(facts, index)
    return names


def _event_names(facts, index: int) -> frozenset:
    names = fact_names(facts, index)
    text = facts.sentences[index].text
    if "," not in text:
        return names
    tags = list(_SPEECH_TAG.finditer(text))
    if not tags:
        return names
    said_by = {w.lower() for m in tags for w in _WORD.findall(m.group("who") or m.group("lead"))}
    rest = text
    for m in reversed(tags):
        rest = rest[:m.start()] + " " + rest[m.end():]
    outside = proper_names(rest)
    kept = frozenset(n for n in names if n not in said_by or n in outside)
    if kept == names:
        return names
    return kept


def context_names(facts, index: int) -> frozenset:
    """Names of a sentence and its neighbours, without capitalised sentence openers
    ("Inspectors", "Part") that the article never capitalises mid-sentence."""
    sents = facts.sentences
    out: set[str] = set()
    for k in (index - 1, index, index + 1):
        if not 0 <= k < len(sents):
            continue
        out |= _sentence_names_at(facts, k)
    return frozenset(out) - _NOT_NAMES


def _sentence_names_at(facts, index: int) -> frozenset:
    """``_names_without_opener`` of sentence ``index``, computed once per article and sentence
    (context names read each sentence three times)."""
    cache = facts.__dict__.setdefault("_names_at", {})
    names = cache.get(index)
    if names is None:
        names = cache[index] = frozenset(_names_without_opener(facts, facts.sentences[index].text))
    return names


def _names_without_opener(facts, text: str) -> set[str]:
    """A sentence's names, less a capitalised opener the article never capitalises elsewhere
    and a transcript's speaker label."""
    label = _SPEAKER_LABEL.match(text) if text[:1].isupper() and ":" in text[:80] else None
    if label is not None:
        text = text[label.end():]
    names = set(proper_names(text))
    # after quotes, brackets, markup or a live blog's time stamp ("**15:10** Schools were
    # closed"): the sentence's first word opens it
    lead = _FIRST_LETTER.search(text)
    first = _OPENER.match(text, lead.start()) if lead else None
    if first and first.group(0)[:1].isupper():
        w = first.group(0)
        if not _capitalised_mid_sentence(facts, w):
            names.discard(re.sub(r"(?:’s|'s)$", "", w.lower()))
    return names


# --- one action as a verb or as its noun ------------------------------------------------
# "The prison was locked down from October 14 to 22", "a lockdown of the prison from October
# 14 to 25"; "inspectors audited the data centre from", "its audit of the data centre, which
# ran from"; "family visits were suspended from", "a two-week suspension of family visits
# starting": one action on one thing, whether written as a verb (passive with its subject,
# active with its object) or as its noun with "of". ``action_key`` keys such a period by the
# action's stem and the head of the thing acted on; a noun and its verb share the stem
# ("suspension"/"suspended", "closure"/"closed", "lockdown"/"locked down").
ACTION_TAIL_TOKENS = 16  # the clause's last words before the date: enough for "N of the X Y, which ran from"
_PARTICLES = frozenset(ACTION_PARTICLES)
_ACTION_SYNONYMS = dict(ACTION_SYNONYMS)
_LIGHT_ACTIONS = frozenset(LIGHT_ACTION_VERBS)
_ACTION_STATES = dict(ACTION_STATES)
_PERIOD_CUES = frozenset(("from", "between"))
_START_CUES = frozenset(("starting", "beginning", "commencing"))
_THING_PREPOSITIONS = frozenset(("on", "at"))  # "a ban on fishing", "the lockdown at the prison"
_BEGAN = frozenset(("began", "started", "begins", "starts", "commenced"))
_RAN = frozenset(PERIOD_VERBS)
_PASSIVE_AUX = frozenset(("was", "were", "been", "is", "are", "be", "remained", "stayed"))
_NOT_ACTIONS = frozenset(NOT_ACTION_NOUNS) | frozenset(LIGHT_NOUNS) | frozenset(NON_EVENT_HEADS)


def _nominal_stem(noun: str) -> str:
    """The verb stem of an action noun: "suspension" -> suspend, "inspection" -> inspect,
    "closure" -> clos, "postponement" -> postpon; others their stem ("lockdown", "audit")."""
    n = noun.lower()
    if n.endswith("nsion") and len(n) > 7:
        return n[:-4] + "d"  # suspension -> suspend, extension -> extend
    if n.endswith(("tion", "sion")) and len(n) > 6:
        return n[:-3]  # inspection -> inspect, evacuation -> evacuat (as stem("evacuated"))
    if n.endswith("ure") and len(n) > 5:
        return n[:-3]  # closure -> clos
    if n.endswith("ment") and len(n) > 7:
        return n[:-5] if n[-5] == "e" else n[:-4]  # postponement -> postpon
    return stem(n)


def _past_verb(w: str) -> bool:
    return (w.endswith("ed") and len(w) >= 5 and w not in _NOT_ED) or IRREGULAR_VERBS.get(w, w) != w or w == "shut"


_GENERIC_THINGS = frozenset(GENERIC_THING_HEADS)


def _patient(np: list[tuple[str, str]]) -> str | None:
    """The head of the thing acted on: the last word of a noun phrase without a preposition,
    verb or boundary in it ("the airline's data centre": centre)."""
    if not np or len(np) > 5:
        return None
    for w, _ in np:
        if w in _PREPOSITIONS or w in _BOUNDARY or w == "," or w in _AUX or w in _SPEECH:
            return None
    w = np[-1][0]
    if w in _GENERIC_THINGS and len(np) >= 2 and np[-2][1][:1].islower() and not np[-2][0].endswith(("’s", "'s")):
        w = np[-2][0]  # "the alarm system": the alarm
    if len(w) < 3 or not w[0].isalpha() or w in NON_HEAD_WORDS or w in _DETERMINERS or w in _PRONOUNS:
        return None
    return _noun_key(w)


# Modifiers that say what kind, not what thing: "a partial closure", "the national lockdown".
_KIND_ENDINGS = ("al", "ous", "ic", "ive", "ary", "ory", "ial", "ful", "less", "ent", "ant", "able", "ible", "ly", "est")


def _compound(toks: list[tuple[str, str]]) -> tuple[str, str] | None:
    """"The fishing ban, which ran from", "the prison lockdown from": a noun phrase whose last
    word is the action's noun and whose modifier is the thing acted on (action, patient)."""
    if len(toks) < 2:
        return None
    (mod, mod_orig), (noun, orig) = toks[-2], toks[-1]
    for w, o in ((mod, mod_orig), (noun, orig)):
        if (not w.isalpha() or len(w) < 3 or not o[:1].islower() or w in _DETERMINERS or w in _PREPOSITIONS
                or w in _BOUNDARY or w in NON_HEAD_WORDS or w in _AUX or w in _NUMBER_WORDS or w in _QUALIFIERS
                or w in _REPEATS or _past_verb(w) or w in _SPEECH):
            return None
    if (noun in _NOT_ACTIONS or mod in _NOT_ACTIONS or mod.endswith(_KIND_ENDINGS) or mod in _TIME_UNITS
            or noun in _GENERIC_THINGS):  # "the alarm system" is a thing, not an action
        return None
    lead = toks[-3][0] if len(toks) >= 3 else ""
    if (lead and lead not in _DETERMINERS and lead not in _PERIOD_LEADS and not _DURATION_WORD.fullmatch(lead)
            and not lead.endswith(("’s", "'s"))):  # "the museum's alarm upgrade" reads as "the alarm upgrade"
        return None  # "a ten-day fishing ban" and "the prison lockdown" only: longer phrases are not read
    action = _nominal_stem(noun)
    return _ACTION_SYNONYMS.get(action, action), _noun_key(mod)


_DURATION_WORD = lazyre.compile(r"(?:[a-z]{1,12}-)?(?:day|week|fortnight|month|year|hour|night)s?(?:-long)?")
# Words that may stand right before "<thing> <action>" besides determiners ("during the ...",
# "a ten-day ...", "imposed a ...").
_PERIOD_LEADS = frozenset(("during", "under", "after", "before", "since"))


def action_key(sentence: str, start: int) -> tuple[str, str, bool, str, str | None] | None:
    """The action a period before ``start`` is of, as (action stem, patient key, starts,
    label, agent): ``starts`` when a start cue ("starting March 9") gives only the first day,
    the label is the action and thing as written ("suspension of visits"), the agent who
    acted when a verb's subject or "by" phrase says so ("engineers inspected"). None when the
    clause is none of the three forms (noun "of" thing; thing "was" verb-ed; verb-ed thing)."""
    left, _ = _clause_left(_without_asides(sentence[max(0, start - 200):start]))
    toks = _tokens(left)[-ACTION_TAIL_TOKENS:]
    starts = False
    if toks and toks[-1][0] == "on":
        toks = toks[:-1]
    if toks and toks[-1][0] in _START_CUES:
        starts, toks = True, toks[:-1]
    elif len(toks) >= 3 and toks[-1][0] in _BEGAN and toks[-2][0] in ("which", "that"):
        starts, toks = True, toks[:-2]  # "a ten-day ban, which began on March 9"
        if toks[-1][0] == ",":
            toks = toks[:-1]
    elif toks and toks[-1][0] in _PERIOD_CUES:
        toks = toks[:-1]
        if toks and toks[-1][0] in _RAN:
            toks = toks[:-1]  # "the lockdown of the prison ran from"
            if toks and toks[-1][0] in ("which", "that"):
                toks = toks[:-1]  # "its audit of the data centre, which ran from"
            if toks and toks[-1][0] == ",":
                toks = toks[:-1]
    else:
        return None
    if not toks:
        return None
    # The noun form: "<action> of [the] <thing>" ("a ban on fishing", "the lockdown at the prison").
    ofs = [k for k in range(len(toks)) if toks[k][0] == "of"] or [
        k for k in range(len(toks)) if toks[k][0] in _THING_PREPOSITIONS]
    opener = next((p for p in range(len(toks) - 2, -1, -1)
                   if toks[p][0] in _PARTICIPLE_OPENERS and toks[p + 1][0] in ("being", "been")), None)
    if opener is not None:
        ofs = [k for k in ofs if k > opener]  # "reopened on May 9 after being closed from": not "on"'s
    governed = len(toks) >= 4 and toks[-3][0] in _DETERMINERS and (
        _past_verb(toks[-4][0]) or toks[-4][0] in _PARTICLES)  # "audited the voter roll from": the verb acts
    if not (ofs and len(toks) - ofs[-1] <= 6) and (starts or not governed):
        compound = _compound(toks)
        if compound is not None:
            return compound + (starts, f"{toks[-2][0]} {toks[-1][0]}", None)
    if ofs and len(toks) - ofs[-1] <= 6:
        k = ofs[-1]
        if k == 0:
            return None
        noun, orig = toks[k - 1]
        if orig[:1].isupper() or noun in _NOT_ACTIONS or noun in NON_HEAD_WORDS or noun in _PREPOSITIONS \
                or noun in _DETERMINERS or not noun.isalpha() or len(noun) < 3 or _past_verb(noun):
            return None
        np = [t for t in toks[k + 1:] if t[0] not in _DETERMINERS]
        patient = _patient(np)
        action = _nominal_stem(noun)
        label = f"{noun} {toks[k][0]} {np[-1][0]}" if np else ""
        return (_ACTION_SYNONYMS.get(action, action), patient, starts, label, None) if patient else None
    if starts:
        return None  # "imposed a ban starting": a start cue dates a noun, never a verb
    # The verb forms: "<thing> was <verb-ed> [particle]", "<verb-ed> [particle] [the] <thing>".
    for v in range(len(toks) - 1, max(-1, len(toks) - 8), -1):
        w = toks[v][0]
        if w in _BOUNDARY or w == ",":
            return None
        state = w in _ACTION_STATES and v > 0 and toks[v - 1][0] in _PASSIVE_AUX  # "was offline from"
        progressive = (w.endswith("ing") and len(w) > 5 and v > 0 and toks[v - 1][0] in ("been", "was", "were")
                       and v + 1 < len(toks) and toks[v + 1][0] in _DETERMINERS)  # "had been upgrading the alarms"
        planned = (v > 0 and toks[v - 1][0] in _MODALS and w.isalpha() and len(w) >= 4 and w not in _AUX
                   and w not in _PREPOSITIONS and w not in _PASSIVE_AUX and stem(w) not in _LIGHT_STEMS)
        # ("administrators will accept bids from": a planned act, base form after "will")
        if (not state and not progressive and not planned
                and (w in _PREPOSITIONS or not _past_verb(w) or toks[v][1][:1].isupper())):
            continue  # "closed to traffic from", "sealed off the area around the plant from"
        if w in _LIGHT_ACTIONS:
            return None  # "the vote took place from": no thing acted on
        after = v + 1
        action = _ACTION_STATES[w] if state else stem(w)
        if after < len(toks) and toks[after][0] in _PARTICLES:
            action, after = action + toks[after][0], after + 1
        action = _ACTION_SYNONYMS.get(action, action)
        rest = toks[after:]
        pp = next((n for n, (x, _) in enumerate(rest) if x in _PREPOSITIONS), len(rest))
        if v > 0 and (toks[v - 1][0] in _PASSIVE_AUX or toks[v - 1][0] == "being") and not progressive:
            if pp != 0 and rest:
                return None  # "was handed the keys from": a passive with an object is no simple action
            j = v - 1
            while j >= 0 and (toks[j][0] in _AUX or toks[j][0] in _PASSIVE_AUX or toks[j][0].endswith("ly")):
                j -= 1
            subj = []
            while (j >= 0 and toks[j][0] not in _SUBJECT_STOP and toks[j][0] not in _BOUNDARY and len(subj) < 6
                   and toks[j][0] not in _SPEECH):  # "the company says production was paused from"
                subj.insert(0, toks[j])
                j -= 1
            if not subj and j >= 0 and toks[j][0] in _PARTICIPLE_OPENERS and toks[j + 1][0] in ("being", "been"):
                # "The school reopened on May 9 after being closed from": a participle clause
                # has its main clause's subject.
                subj = _main_subject(left[:left.lower().rfind(toks[j][0])])
            cut = next((n for n, (x, _) in enumerate(subj) if x in _PREPOSITIONS and n > 0), len(subj))
            np = [t for t in subj[:cut] if t[0] not in _DETERMINERS]
            agent = _agent(rest[1:]) if rest and rest[0][0] == "by" else None  # "was inspected by engineers"
        elif rest and pp > 0:
            np = [t for t in rest[:pp] if t[0] not in _DETERMINERS]  # the object before its phrases
            j = v - 1
            while j >= 0 and (toks[j][0] in _AUX or toks[j][0].endswith("ly")):
                j -= 1
            subj = []
            while (j >= 0 and toks[j][0] not in _SUBJECT_STOP and toks[j][0] not in _BOUNDARY and len(subj) < 6
                   and toks[j][0] not in _SPEECH):  # "the company says production was paused from"
                subj.insert(0, toks[j])
                j -= 1
            agent = _agent(subj)
        else:
            return None  # an active verb with no object: no thing acted on
        patient = _patient(np)
        thing = " ".join(w for w, _ in np[-2:]) if len(np) >= 2 and np[-1][0] in _GENERIC_THINGS else np[-1][0] if np else ""
        label = f"{' '.join(w for w, _ in toks[v:after])} {thing}" if np else ""
        return (action, patient, False, label, agent) if patient else None
    return None


_PARTICIPLE_OPENERS = frozenset(("after", "before", "while", "since", "until", "despite"))


def _main_subject(head: str) -> list[tuple[str, str]]:
    """The subject of a clause that opens its sentence ("Harlow Library reopened on May 9"): its
    words before the first verb, when they are few and hold no clause boundary."""
    toks = _tokens(head)
    for i in range(min(len(toks), 7)):
        if toks[i][0] in _BOUNDARY or toks[i][0] in _PREPOSITIONS or toks[i][0] == ",":
            return []
        if i > 0 and _is_verb(toks, i):
            return toks[:i]
    return []


def _agent(np: list[tuple[str, str]]) -> str | None:
    """Who acted: the head of a subject or "by" phrase ("Army engineers inspected": engineer),
    before its first prepositional phrase; None for a pronoun or nothing."""
    cut = next((n for n, (x, _) in enumerate(np) if x in _PREPOSITIONS and n > 0), len(np))
    words = [w for w, _ in np[:cut] if w not in _DETERMINERS and w != "," and w[:1].isalpha()]
    if not words or words[-1] in _PRONOUNS or words[-1] in ("we", "he", "she", "i", "you"):
        return None
    return _noun_key(words[-1])


# --- an activity as a verb or as its workers' job -----------------------------------------
# "Rescue crews searched the debris from 17 to 19 November" and "Search teams worked at the
# site from November 17 to November 21": one activity (``search``), named by the workers'
# verb in one article and by the noun before the workers in the other.
_WORKERS = frozenset(WORKER_NOUNS)
_WORK_VERBS = tuple(tuple(v.split()) for v in WORK_VERBS)


def activity_key(sentence: str, start: int) -> tuple[str, str, str | None] | None:
    """The activity a period before ``start`` is of, as (stem, form, object): form ``job``
    for "<activity> <workers> worked [at ...] from" (no object), ``verb`` for "<workers>
    <verb-ed> [the <object>] [at ...] from" (the object's head, or None). None otherwise."""
    left, _ = _clause_left(_without_asides(sentence[max(0, start - 200):start]))
    toks = _tokens(left)[-14:]
    if not toks or toks[-1][0] not in ("from", "between"):
        return None
    toks = toks[:-1]
    # the prepositional phrases at the end ("at the site", "in the valley")
    end = len(toks)
    for k in range(len(toks) - 1, -1, -1):
        if toks[k][0] in _PREPOSITIONS:
            end = k
        elif toks[k][0] in _BOUNDARY or toks[k][0] == ",":
            break
    core = toks[:end]
    if len(core) < 3:
        return None
    words = [w for w, _ in core]
    for verb in _WORK_VERBS:
        n = len(verb)
        if tuple(words[-n:]) == verb and len(words) >= n + 2:
            (act, orig), worker = core[-n - 2], words[-n - 1]
            opener = orig[:1].isupper() and sentence.lstrip(" *#>-").startswith(orig)  # "Search teams worked"
            if (worker in _WORKERS and (orig[:1].islower() or opener) and act.isalpha() and len(act) >= 4
                    and act not in _DETERMINERS and act not in NON_HEAD_WORDS and act not in _NUMBER_WORDS):
                return stem(act), "job", None
            return None
    # "<workers> <verb-ed> [the <object>]": a past verb right after a worker noun
    for v in range(1, len(core)):
        w, orig = core[v]
        if core[v - 1][0] in _WORKERS and _past_verb(w) and orig[:1].islower():
            base = stem(w)
            if w in _SPEECH or base in _LIGHT_STEMS or w in _LIGHT_ACTIONS:
                return None
            obj = [t for t in core[v + 1:] if t[0] not in _DETERMINERS]
            if any(x in _BOUNDARY or x in _AUX for x, _ in obj) or len(obj) > 4:
                return None
            return base, "verb", _noun_key(obj[-1][0]) if obj else None
    return None


_NOUN_SPAN = lazyre.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s{1,3}(?:[a-z][\w’'-]{1,30}\s{1,3}){0,2}?"
                        r"([a-z][\w’'-]{3,30})\s{1,3}(?:from|between)\s{1,3}$", re.I)


def noun_span(sentence: str, start: int) -> EventRef | None:
    """"Students will be offered an amnesty from October 14 to October 25", "a curfew between
    9 and 12 May": a range right after a noun phrase is that noun's span (``occur <noun>``, as
    "the amnesty runs from 14 October to 8 November")."""
    m = _NOUN_SPAN.search(sentence, max(0, start - 60), start)
    if m is None:
        return None
    w = m.group(1).lower()
    if re.search(r"\b(?:at|in|inside|outside|near|to|into|from|on|onto|by|across|around|through|within)\s{1,3}$",
                 sentence[max(0, m.start() - 12):m.start()], re.I):
        return None  # "inspectors were at the plant from February 9 to 11": a place, not a thing with a span
    if (w in NON_HEAD_WORDS or w in _NOT_ACTIONS or w in _NUMBER_WORDS or w in _DETERMINERS or w.endswith(("ly", "ed"))
            or stem(w) in _NON_EVENT or w in _CALENDAR_WORDS):
        return None
    return EventRef(f"occur {_noun_key(w)}", f"{w} (from)", "on", None, fallback=True)


_THAT_CLAUSE = lazyre.compile(r"\s{0,3},?\s{0,3}that\s{1,3}([^,;:.()“”\"–—]{0,60})", re.I)


def announced_decision(sentence: str, end: int, stems: frozenset) -> EventRef | None:
    """"The operator announced on Monday that it had voided its draw": a decision of the story's
    main event (``DECISION_VERB_CLASSES``) announced on a day is taken that day (``act <stem>``)."""
    m = _THAT_CLAUSE.match(sentence, end)
    if m is None:
        return None
    by_class = {main_class(s_): s_ for s_ in stems}
    words = m.group(1).split()[:6]
    for k in range(len(words)):
        w = words[k].lower()
        cls = _MAIN_VERB_WORDS.get(w)
        phrase = next((p for p in _MAIN_VERB_PHRASES if tuple(x.lower() for x in words[k:k + len(p)]) == p), None)
        if phrase is not None:
            cls = _MAIN_VERB_PHRASES[phrase]
        if cls is not None:
            if cls in DECISION_VERB_CLASSES and cls in by_class:
                return EventRef(f"{ACT} {by_class[cls]}", w, "on", None, fallback=True)
            return None
    return None


# "The suspension of the vaccine, announced on", "the league's decision, which was announced on":
# a noun phrase (with its "of"/"on" phrase) before "announced" and its date.
_ANNOUNCED_NOUN = lazyre.compile(
    r"\b(?:the|its|their|this|that)\s{1,3}(?:[\w’'-]{1,30}\s{1,3}){0,2}?([a-z][\w’'-]{2,30})"
    r"(?:\s{1,3}(?:of|on|to)\s{1,3}[^,;:()“”\"]{1,60}?)?\s{0,3},?\s{1,3}(?:(?:which|that)\s{1,3}was\s{1,3})?"
    r"(?:announced|unveiled|made\s{1,3}public)\s{1,3}(?:on\s{1,3})?$", re.I)
_TO_VERB = lazyre.compile(r"\s{0,3},?\s{0,3}to\s{1,3}([a-z]{3,20})\b", re.I)
_INNER_TO_VERB = lazyre.compile(r"\bto\s{1,3}([a-z]{3,20})\b", re.I)
_DECIDING_NOUNS = frozenset(DECISION_NOUNS)
_ANNOUNCED_ACTS = frozenset(ANNOUNCED_ACT_CLASSES)
_RULING_BODIES = frozenset(RULING_BODY_HEADS)
_BRACKETED = lazyre.compile(r"\s{0,3}\([^()]{1,40}\)")


def announced_act(sentence: str, start: int, end: int, stems: frozenset) -> EventRef | None:
    """"The suspension of the vaccine, announced on 15 May", "the ministry's decision, announced
    on Monday, to suspend the vaccine": the story's main act (``ANNOUNCED_ACT_CLASSES``) announced
    that day (``act <stem>``, role "announced"; compared with other announcements of it)."""
    m = _ANNOUNCED_NOUN.search(sentence, max(0, start - 130), start)
    if m is None:
        return None
    w = m.group(1).lower()
    if w in _DECIDING_NOUNS:
        to = _TO_VERB.match(sentence, end) or _INNER_TO_VERB.search(m.group(0))
        if to is None:
            return None
        cls = main_class(event_stem(to.group(1).lower()))
    else:
        form = _event_form(w)
        if (form is None or not form[1]) and w not in _MAIN_VERB_CLASS:
            return None
        cls = main_class(form[0] if form is not None else w)
    if cls not in _ANNOUNCED_ACTS:
        return None
    by_class = {main_class(s_): s_ for s_ in stems}
    if cls not in by_class:
        return None
    # a decision (``DECISION_VERB_CLASSES``) takes effect when announced: the act's own day
    return EventRef(f"{ACT} {by_class[cls]}", w, "on" if cls in DECISION_VERB_CLASSES else "announced", None,
                    fallback=True)


def ruling_body_act(sentence: str, start: int, verb: str) -> bool:
    """"The national Crop Protection Agency (CPA) suspended all use of the pesticide on Monday":
    an active past ``verb`` of the date's clause whose subject's head is a ruling body (an
    agency, a court, a league): the act is its decision, taken the day it is announced."""
    left = sentence[max(0, start - 200):start]
    at = None
    for at in re.finditer(r"\b" + re.escape(verb) + r"\b", left, re.I):
        pass
    if at is None:
        return False
    subj = _BRACKETED.sub(" ", left[:at.start()])  # "the Agency (CPA) suspended": an acronym in brackets
    cut = None
    for cut in _MAIN_SEGMENT_BREAK.finditer(subj):
        pass
    seg = subj[cut.end():] if cut is not None else subj
    words = [x.lower() for x in _WORD.findall(seg)][-8:]
    if not words or words[-1] in _AUX or any(x in _PREPOSITIONS for x in words[-3:]):
        return False  # "was suspended", "use by the agency suspended"
    return any(x in _RULING_BODIES for x in words)


_NOUN_OF_DATE = lazyre.compile(r"\b(?:the|its|their|his|her|this|that)\s{1,3}(?:[a-z][\w’'-]{1,30}\s{1,3}){0,2}?"
                           r"([a-z][\w’'-]{3,30})\s{1,3}of\s{1,3}$", re.I)
_STATEMENT_BEFORE = lazyre.compile(r"\b(?:announcement|statement|press\s{1,3}release|news\s{1,3}conference|briefing|"
                               r"post|letter|interview|update|bulletin|email|e-mail)\s{1,3}(?:on|of|dated)?\s{0,3}$", re.I)


def noun_of_date(sentence: str, start: int) -> EventRef | None:
    """"The flawed draw of 6 March", "the landslip of 4 May": a noun dated by an "of" phrase is
    that noun's occurrence (``occur <noun>``); not a statement ("the letter of 6 March")."""
    m = _NOUN_OF_DATE.search(sentence, max(0, start - 60), start)
    if m is None:
        return None
    w = m.group(1).lower()
    if (w in NON_HEAD_WORDS or w in _NOT_ACTIONS or w in _NUMBER_WORDS or w in _DETERMINERS or w.endswith("ly")
            or stem(w) in _NON_EVENT or w in _CALENDAR_WORDS or w in _SPEECH):
        return None
    return EventRef(f"occur {_noun_key(w)}", f"{w} (of)", "on", None, fallback=True)


def statement_dated(sentence: str, start: int) -> bool:
    """"In an announcement on Sunday 8 March", "a statement of 3 May": the date is a statement's."""
    return bool(_STATEMENT_BEFORE.search(sentence, max(0, start - 30), start))


def decision_before(sentence: str, start: int, stems: frozenset) -> EventRef | None:
    """"The operator scrapped the result of Saturday's draw, in an announcement on Sunday": a
    decision of the story's main event (``DECISION_VERB_CLASSES``) earlier in the sentence, dated
    by the statement that made it (``act <stem>``)."""
    by_class = {main_class(s_): s_ for s_ in stems}
    words = _WORD.findall(sentence[max(0, start - 200):start])
    for k in range(len(words) - 1, -1, -1):
        w = words[k].lower()
        cls = _MAIN_VERB_WORDS.get(w)
        phrase = next((p for p in _MAIN_VERB_PHRASES if tuple(x.lower() for x in words[k:k + len(p)]) == p), None)
        if phrase is not None:
            cls = _MAIN_VERB_PHRASES[phrase]
        if cls is not None and cls in DECISION_VERB_CLASSES and cls in by_class:
            return EventRef(f"{ACT} {by_class[cls]}", w, "on", None, fallback=True)
    return None

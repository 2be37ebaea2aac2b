"""What a figure counts: the noun, the event verb around it, and whether it is asserted.

"At least 900 people were injured" counts people (head ``people``) with event class
``injured``; "killed 143 people" counts people with event ``died``; "4.2 million euros in
bribes" counts ``bribe`` in EUR; "Turnout was 61.4 percent" counts ``turnout``. Heads are
lower-cased and singular; spelling variants (Uighur/Uyghur/Uygur) are matched with difflib
in ``heads_match``. Polarity: a figure inside a denial ("denied that a million were held")
or a negation ("were not killed", "no deaths") is not asserted. Modality: a forecast or
possibility ("could rise to 500"), a changed value ("narrowed to 3,870"), a baseline
("up from 40"), an increment ("three more districts") or a denominator ("38 of the 75")
is kept but never used for a contradiction.

Qualifiers narrow what is counted: adjectives ("suspected cases") and relative clauses
("customers whose bank details were exposed" is ``whose detail``, not "customers affected").
A time anchor says which event a figure belongs to: "died in the 2011 epidemic", "In 2017, a
fire destroyed 300 homes", "last year's outbreak", "the previous fire" (``anchor`` "2011",
"last year", "previous"); the rule resolves it against the publication date. An opening
phrase ("During the 2003 heatwave,"), a when-clause the figure opens ("since 2003, when 48
died") and "That year," anchor too.

Heads are normalised across names (households/houses -> home, troops -> soldier, "rescue
workers" and "people taking part in the rescue" -> rescuer); a list ("homes and businesses")
has no head. ``frame`` nouns narrow an event-less count ("the paper, sat by 84,312
candidates", "had their paper annulled": qualifier "paper", ``frame_verb`` "sat"), and
``residual`` marks what is left ("still without power", "remain missing"), never the peak.
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from bisect import bisect_left
from typing import Sequence

from attrs import evolve, frozen

from checker import lazyre
from checker.extract.numbers import Figure
from checker.vocab.numbers import (
    ANAPHORIC_HEADS, BASELINE_CUES, CHANGE_CUES, DENIAL_CUES, EVENT_NOUNS, EVENT_OF,
    HEAD_SIMILARITY, HEAD_SIMILARITY_SKELETON, INCREMENT_AFTER, LINK_WORDS, MODAL_CUES,
    LEFT_HEADS, NEGATION_CUES, NEUTRAL_VERBS, NOT_HEAD, PENALTY_NOUNS, PERSON_HEADS, QUALIFIERS,
    SCOPE_WORDS, ANCHOR_PREPOSITIONS, AREA_EVENTS, AREA_UNITS, OUTAGE_NOUNS, OUTAGE_VERBS, PAST_ANCHOR_WORDS,
    PAST_EVENT_NOUNS, RELATIVE_QUALIFIERS, HOSPITAL_NOUNS, TO_HOSPITAL_VERBS, DATA_NOUNS,
    DEPLOYED_HEADS, DISTANT_DEMONSTRATIVES, EVENT_PHRASES, FINE_NOUNS, GENERIC_DATA_NOUNS,
    HAVING_WORDS, HAVING_PAIRS, RESIDENT_LEFT, TAKEN_WITH_VERBS, CARGO_WITH_VERBS, TAKEN_WITH_PARTICLE_VERBS, INSURANCE_WORDS, LENGTH_UNITS, DEPTH_LEFT, DEPTH_AFTER, ARRIVAL_VERBS, ARRIVAL_AFTER, RESPONDERS, ONGOING_CUES, SEVERITY_ADVERBS, CAPACITY_CUES, CAPACITY_LEFT, OBJECT_CHANGE_VERBS, RESIDUAL_CUES,
    UNITS_WORDS, TENS_WORDS, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, ESTIMATE_CUES, COST_LEFT, COMPOUND_HEADS, POSSESSIVE_DETERMINERS, FALL_UNITS, FALL_VERBS, FALL_DOWN_VERBS, CONDITION_EVENTS, ROLE_COMPOUNDS, ROLE_COMPOUND_HEADS,
    HEAD_SYNONYMS, IRREGULAR_PLURALS, OUTAGE_HEADS, JOIN_VERBS, PART_VERBS, INVOLVED_VERBS, ACTIVITY_ROLES, AGENT_EVENTS, ACTIVITY_EVENTS, INCLUDING_WORDS, PAST_TIME_NOUNS, FRAME_HEAD_SYNONYMS, USING_VERBS, COUNTED_EVENT_NOUNS, JAIL_VERBS, PENALTY_SYNONYMS, BY_MEANS,
    GENERIC_MEASURE_NOUNS, CURRENCY_SYMBOLS, CURRENCY_WORDS, NOT_MONEY_EVENTS, DURATION_EVENT, DURATION_NOUNS, DURATION_VERBS, DURATION_PAIRS, TIME_DEICTICS, SPEED_UNITS, MOTION_VERBS, SPILL_UNITS, SPILL_VERBS, SPILL_MOTION_VERBS, SPILL_SKIP,
    OUTAGE_NOUN_MODIFIERS, PAY_NOUNS, PAY_NOUN_BEFORE, PAY_COMPOUND_NOUNS, PAY_RISE_NOUNS, RATE_PERIODS, RATE_WORDS, REVISED_CUES,
    ACTIVITY_DURATION_VERBS, ACTIVITY_DURATION_NOUNS, MONEY_EVENTS, CHARGE_HEADS, CHARGE_FACING_EVENTS, SURFACE_NOUNS,
    NOT_HAVING_WITH, ALLOCATION_LEFT, DIMENSION_AFTER, DIMENSION_LEFT, AREA_ONLY_EVENTS,
    DREW_VERBS, VACANT_WORDS, VACANCY_HEADS, COVER_VERBS, QUAKE_NOUNS,
)
from checker.vocab.counts import CONTEXT_PHRASES, PER_RECIPIENT_WORDS, RECIPIENT_NOUNS, REPORTED_PAST, PARENTHETICAL_OPENERS, RATE_DETERMINERS, LISTING_NOUNS, STORED_HEADS, STORED_VERBS
from checker.vocab.time import MONTHS

ANY = "*"  # an anaphoric head ("80,000 of them"): stands for the thing already named
PEOPLE = "people"
PERSON_EVENTS = frozenset(
    "died injured hospitalised missing trapped arrested detained displaced evacuated rescued "
    "infected vaccinated protested striking attended casualties ill".split()
)
RIGHT_WINDOW = 9  # tokens after the noun phrase searched for the event verb
LEFT_WINDOW = 6
MAX_HEAD = 40  # longest head compared with difflib


@frozen
class Counted:
    head: str | None  # normalised head noun, "people", "*" (anaphoric) or None
    head_word: str | None  # the head as written
    event: str | None  # event class from vocab.numbers.EVENT_CLASSES
    qualifiers: tuple[str, ...] = ()
    scope: str | None = None
    polarity: str = "affirmed"  # affirmed | negated | denied
    modality: str | None = None  # None | possible | change | baseline | increment | total | part
    context: tuple[str, ...] = ()  # content words around the figure, for event-less figures
    anchor: str | None = None  # "2011", "last year", "previous": the figure counts another event
    having: bool = False  # "which has 2.1 million customers": a stock, not an event's count
    ongoing: bool = False  # "have died", "so far", "since the alert": a tally still counted
    residual: bool = False  # "still without power", "remain missing": what is left, not the peak
    frame_verb: str | None = None  # "sat" in "the paper, sat by 84,312 candidates": what they did to it
    # "120 clinics and pharmacies": the figure counts a list's union (head None); its nouns,
    # normalised, first noun first ("clinic", "pharmacy"). A union is never less than a part.
    union: tuple[str, ...] = ()

    @property
    def asserted(self) -> bool:
        return self.polarity == "affirmed"

    def describe(self) -> str:
        parts = [*self.qualifiers]
        if self.head and self.head != ANY:
            parts.append(self.head)
        if self.event and self.event not in parts:
            parts.append(self.event)
        if self.scope:
            parts.append(self.scope)
        return " ".join(parts) or "figure"


# A number never takes the comma or full stop after it ("rose to 52, officials said": the
# comma ends the figure's clause).
_TOKEN = lazyre.compile(r"[A-Za-z][A-Za-z’'-]{0,40}|[0-9](?:[0-9]|[.,](?=[0-9])){0,30}|[,;:()“”\"–—?!]|\.(?=\s|$)")
_BREAK = frozenset(",;:()“”\"–—?!.")
_DEFINITE = frozenset(("the", "its", "their", "this", "that"))
_OPEN_QUOTES = frozenset("“\"")
_CLOSE_QUOTES = frozenset("”\"")
_HARD_BREAK = frozenset(";:()“”\"–—?!.")
_PARTITIVE_DETERMINERS = frozenset(("the", "those", "these", "its", "their"))
_WHEN_CLAUSE_BREAKS = frozenset(("that", "which", "who", "whom", ",", "and", "but", "while"))
_PERFECT_AUX = frozenset(("has", "have", "had"))
_STOP_RIGHT = frozenset("when after because while since before although though whereas but".split())
_IRREGULAR = {"people": "people", "children": "child", "men": "man", "women": "woman",
              "police": "police", "staff": "staff", "personnel": "personnel", "data": "data",
              "media": "media", "news": "news", "series": "series", "species": "species",
              **IRREGULAR_PLURALS}
_POSSESSIVE = lazyre.compile(r"(?:’s|'s|’|')$")
_VOWELS = frozenset("aeiouyhw")
_YEAR_TOKEN = lazyre.compile(r"(?:1[89]|20)[0-9]{2}[.,]?")
_LEAD_PREPS = frozenset(("in", "during", "throughout"))
_PERIOD_WORDS = frozenset("since from by until till before after".split())


_CURRENCIES = frozenset(v for v in (*CURRENCY_SYMBOLS.values(), *CURRENCY_WORDS.values()) if v)
_HOLD_WORDS = STORED_VERBS | frozenset("hold holds holding keep keeps keeping".split())
_DETAIN_WORDS = frozenset("detained detain detaining arrested custody jailed imprisoned captive captives hostage hostages prisoner prisoners".split())


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).lower().strip("’'"), m.start(), m.end()) for m in _TOKEN.finditer(text[:4000])]


TOKENS_AFTER_LAST = 48  # describe_figure reads at most 40 tokens past a figure (anchors: 25)
SHORT_SENTENCE = 600  # characters: tokenised whole, in one list comprehension


def _tokens_until(text: str, end: int) -> list[tuple[str, int, int]]:
    """The tokens of ``_tokens(text)`` up to TOKENS_AFTER_LAST past offset ``end``: the
    same list cut where no figure can look (a long sentence is not tokenised whole)."""
    if len(text) <= SHORT_SENTENCE:
        return _tokens(text)
    out = []
    after = 0
    for m in _TOKEN.finditer(text, 0, min(len(text), 4000)):
        s = m.start()
        out.append((m.group(0).lower().strip("’'"), s, m.end()))
        if s >= end:
            after += 1
            if after >= TOKENS_AFTER_LAST:
                break
    return out


@lru_cache(maxsize=8192)  # pure, asked again and again for the same few hundred nouns
def singular(word: str) -> str:
    w = _POSSESSIVE.sub("", word.lower())
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _plural(w: str) -> bool:
    return w in PERSON_HEADS or w in ("children", "men", "women") or (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


_PLACE_PREPOSITIONS = frozenset("above below beneath beside behind near along".split())
_PREPOSITIONS = frozenset("before after during since until in at on by from through throughout amid over".split()) | _PLACE_PREPOSITIONS
_PP_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "their"))


def _in_pp(words: Sequence[str], k: int) -> bool:
    """Is words[k] the noun of a prepositional phrase ("before the strike")? Then it dates
    or places the figure and is not its event."""
    if words[k].endswith("ed"):
        return False
    j = k - 1
    if j >= 0 and words[j] in _PP_DETERMINERS:
        j -= 1
    if j >= 0 and words[j] in _PREPOSITIONS:
        return True
    # a place after a preposition of place may carry one modifier: "homes above the Brenholt
    # cutting" (the cutting is where, not what happened to the homes)
    return k >= 3 and words[k - 2] in _PP_DETERMINERS and words[k - 3] in _PLACE_PREPOSITIONS


def _skeleton(w: str) -> str:
    return w[:1] + "".join(c for c in w[1:] if c not in _VOWELS)


def heads_match(a: str | None, b: str | None) -> bool:
    """Same counted noun? Plurals, case and spelling variants match (Uighur/Uyghur/Uygur)."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    a, b = a[:MAX_HEAD], b[:MAX_HEAD]
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 4:
        return False
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if sm.real_quick_ratio() < HEAD_SIMILARITY_SKELETON or sm.quick_ratio() < HEAD_SIMILARITY_SKELETON:
        return False
    r = sm.ratio()
    if r >= HEAD_SIMILARITY:
        return True
    return r >= HEAD_SIMILARITY_SKELETON and min(len(a), len(b)) >= 5 and _skeleton(a) == _skeleton(b)


_CUE_INDEX: dict[int, tuple] = {}


def _cue_index(cues: Sequence[str]) -> tuple:
    # (one-word cues, first word -> the word tuples of longer cues, "n't" wanted), built once
    # per cue list (the lists are module constants).
    ix = _CUE_INDEX.get(id(cues))
    if ix is None:
        multi: dict[str, list] = {}
        for c in cues:
            if " " in c:
                ws = tuple(c.split(" "))
                multi.setdefault(ws[0], []).append(ws)
        ix = _CUE_INDEX[id(cues)] = (frozenset(c for c in cues if " " not in c),
                                     {k: tuple(v) for k, v in multi.items()}, "n't" in cues)
    return ix


def _has_cue(words: Sequence[str], cues: Sequence[str]) -> bool:
    """Does a cue occur in the words as whole words (a phrase as consecutive words)?"""
    if not words:
        return False
    singles, multi, nt = _cue_index(cues)
    if not singles.isdisjoint(words):
        return True
    if multi and not multi.keys().isdisjoint(words):
        n = len(words)
        for k, w in enumerate(words):
            for ws in multi.get(w, ()):
                if k + len(ws) <= n and tuple(words[k:k + len(ws)]) == ws:
                    return True
    return nt and any(w.endswith("n't") for w in words)


def _is_wordlike(tok: str) -> bool:
    return tok[:1].isalpha()


_PERIOD_WORD = {w: w for w in (*RATE_PERIODS, "annum")} | {w + "s": w for w in RATE_PERIODS}


def _per_recipient(rwin: Sequence[str]) -> bool:
    """'£50 each', '$200 apiece', '€30 per household', '£10 a head': an amount per recipient."""
    if not rwin:
        return False
    if rwin[0] in PER_RECIPIENT_WORDS:
        return True
    return rwin[0] in ("per", "a", "an") and len(rwin) > 1 and singular(rwin[1]) in RECIPIENT_NOUNS


def _last_words(left, n: int) -> list[str]:
    return [t[0] for t in left[-n:]]


_PERSON_RELATIVES = frozenset(("who", "whose"))
_DEFINITE_SET = frozenset(("the", "these", "those"))
_ABBREVIATED = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st no gov sen rep".split())


def _magnitude(lclause: Sequence[str], rwin: Sequence[str]) -> bool:
    """An earthquake's size: "a magnitude of 7.2", "magnitude 6.1", "measured 6.1 on the Richter
    scale", "a 6.1-magnitude quake" (the compound's word comes right after), "6.4 magnitude"."""
    if "magnitude" in lclause[-3:] or rwin[:1] == ["magnitude"] or rwin[:2] == ["-", "magnitude"]:
        return True
    return rwin[:3] == ["on", "the", "richter"] or rwin[:2] == ["on", "richter"]
# A multiple of a reference level: "40 times the safe limit", "three times higher than the
# legal maximum", "20 times above the national average".
_TIMES_THE = lazyre.compile(r"\s{1,2}times\s{1,2}(?:(?:higher|greater|more|above|over)\s{1,2}(?:than\s{1,2})?)?"
                            r"the\s{1,2}(?:[a-z-]{1,20}\s{1,2}){0,2}?(limit|level|average|norm|maximum|threshold|"
                            r"standard|guideline|amount|rate|figure)s?\b", re.I)


def _without_parenthetical(left: list, text: str = "") -> list:
    """The tokens before a figure without a parenthetical that opens with "including",
    "excluding", "plus"... between its clause's verb and the figure: "put the cost of repairs,
    including six months of monitoring, at £3.5m" reads as "put the cost of repairs at £3.5m";
    or without a short appositive after a name when only a preposition follows it: "convicted
    Vasey, founder of the charity, on 11 counts" reads as "convicted Vasey on 11 counts"."""
    words = [t[0] for t in left]
    close = len(words) - 1 - words[::-1].index(",")
    if len(words) - close > 5:
        return left
    for k in range(close - 1, max(-1, close - 18), -1):
        if words[k] in _HARD_BREAK:
            return left
        if words[k] == ",":
            if k + 1 < close and words[k + 1] in PARENTHETICAL_OPENERS:
                return left[:k] + left[close + 1:]
            if _appositive(left, text, k, close):
                return left[:k] + left[close + 1:]
            return left
    return left


_APPOSITIVE_TAIL = frozenset("on of to for with in".split())


def _appositive(left: list, text: str, opening: int, close: int) -> bool:
    """ "Vasey, founder of Lanterns for Literacy, on": a name (capitalised, right before the
    opening comma), an aside of two to eight words with no verb-like or number word, and one
    preposition between the closing comma and the figure."""
    if not text or opening < 1 or close - opening - 1 not in range(2, 9) or len(left) - close != 2:
        return False
    if left[-1][0] not in _APPOSITIVE_TAIL or not text[left[opening - 1][1]:left[opening - 1][1] + 1].isupper():
        return False
    aside = [t[0] for t in left[opening + 1:close]]
    return not any(w[:1].isdigit() or w in _PERSON_RELATIVES or w in ("which", "and", "said", "says")
                   or w.endswith("ed") for w in aside)


def _number_word(w: str) -> bool:
    """A number in digits or in words ("40", "three", "twenty-five")."""
    return w[:1].isdigit() or w in UNITS_WORDS or w in TENS_WORDS or w.partition("-")[0] in TENS_WORDS


def describe_figure(text: str, fig: Figure, tokens: list[tuple[str, int, int]] | None = None,
                    figures: Sequence[Figure] = ()) -> Counted:
    toks = tokens if tokens is not None else _tokens(text)
    # Only the tokens near the figure matter: slice with bisect, never scan the sentence.
    starts = [t[1] for t in toks] if tokens is None else _starts_of(toks)
    k_right = bisect_left(starts, fig.end)
    k_left = bisect_left(starts, fig.start)
    right = toks[k_right:k_right + 40]
    left = [t for t in toks[max(0, k_left - 30):k_left] if t[2] <= fig.start]
    if "," in _last_words(left, 5):
        left = _without_parenthetical(left, text)
    # --- the clause windows --------------------------------------------------------------
    rwin: list[str] = []
    # A quoted noun phrase ('that "just under 600,000 records" had been sitting'): the quote
    # that closes it right after the noun is no clause break.
    quoted = bool(left) and left[-1][0] in _OPEN_QUOTES and left[-1][2] == fig.start - (fig.text[:1] in _OPEN_QUOTES)
    aside_from, aside_to = _inclusion_aside(right)
    for k, (w, _, _) in enumerate(right):
        if aside_from <= k < aside_to:
            continue  # "Fourteen people, including 11 pupils, were hurt": the aside is no clause break
        if quoted and w in _CLOSE_QUOTES and 0 < len(rwin) <= 4:
            quoted = False
            continue
        if w in _BREAK or w in _STOP_RIGHT and not (w == "since" and rwin[-1:] and rwin[-1] in _PERFECT_AUX):
            break  # "a reward of 150,000 has since been offered": an adverb, the clause goes on
        rwin.append(w)
        if len(rwin) >= 16:
            break
    lwin: list[str] = []
    commas = 0
    for k in range(len(left) - 1, -1, -1):
        w = left[k][0]
        if w == "." and k and left[k - 1][0] in _ABBREVIATED and left[k - 1][2] == left[k][1]:
            continue  # "the order issued Jan. 16 covers 32 homes": an abbreviation's point
        if w in _HARD_BREAK:
            break
        if w == ",":
            commas += 1
            if commas > 1:
                break
            lwin.append(w)
            continue
        lwin.append(w)
        if len(lwin) >= 12:
            break
    lwin.reverse()  # nearest word last
    lclause = lwin
    if "," in lwin:
        c = len(lwin) - 1 - lwin[::-1].index(",")
        if not (c >= 1 and lwin[c - 1][:1].isdigit()) or lwin[0] in _PERSON_RELATIVES:
            # (but "Vasey, 52, who founded the charity in 2012, faces 14 counts": a relative
            # clause about a person ends at its comma; its year dates the person's past)
            lclause = lwin[c + 1:]
        # else: a comma after a number ("The last strike, in 2011, closed 1,800 schools", "from
        # May 6 to May 10, involved") is an appositive's or a date's: the clause runs through it
    # --- modality: denominators, increments, baselines, changes, possibilities -----------
    modality = None
    # "38 of the 75 seats", "three of 40 samples": the figure after "of" is the whole, the
    # number before it a part (in digits or in words)
    if len(lclause) >= 3 and lclause[-1] in ("the", "a") and lclause[-2] == "of" and _number_word(lclause[-3]):
        modality = "total"
    elif len(lclause) >= 2 and lclause[-1] == "of" and _number_word(lclause[-2]):
        modality = "total"
    if rwin and rwin[0] in INCREMENT_AFTER:
        modality = modality or "increment"
    near = lclause[-3:]
    if _has_cue(near, BASELINE_CUES) or (near and near[-1] == "from" and _has_cue(lclause[-6:], CHANGE_CUES)):
        modality = modality or "baseline"
    if (_has_cue(lclause[-LEFT_WINDOW:], MODAL_CUES) and _modal(lclause[-LEFT_WINDOW:])
            and not _reported_future(lclause, lclause[-LEFT_WINDOW:], rwin)):
        modality = modality or "possible"
    if _has_cue(lclause[-4:], CHANGE_CUES) and not _pay_rise(lclause):
        modality = modality or "change"
    # "the personal details of 640,000 customers": the customers are counted, as affected
    data_noun = lclause[-2] if len(lclause) >= 2 and lclause[-1] == "of" and lclause[-2] in DATA_NOUNS else None
    # --- the noun phrase after the figure -------------------------------------------------
    i = 0
    unit = fig.unit or ""
    per_recipient = _per_recipient(rwin) if unit and not unit.startswith("time:") and unit not in ("percent", "pp") else False
    if per_recipient and rwin[:1] and rwin[0] in PER_RECIPIENT_WORDS and rwin[1:2] == ["in"]:
        i = 2  # "£50 each in compensation"
    elif unit and not unit.startswith("time:") and unit not in ("percent", "pp") and rwin[:1] in (["in"], ["of"]):
        i = 1  # "4.2 million euros in bribes"
    elif unit.startswith("time:") and rwin[:1] in (["in"], ["of"], ["behind"]):
        i = 1  # "12 years in prison"
    elif unit in ("percent", "pp") and rwin[:1] == ["of"]:
        i = 1  # "61 percent of the vote"
    if i == 0 and rwin[:1] == ["of"]:
        i = 1  # "80,000 of them", "38 of the 75 seats"
    if (i + 1 < len(rwin) and rwin[i] in RATE_DETERMINERS and _PERIOD_WORD.get(rwin[i + 1]) is not None
            and not (i + 2 < len(rwin) and rwin[i + 2] in ("ago", "later", "earlier", "after", "before"))):
        rate_np = True  # "90 million litres a day", "£40 per week": the period of a rate, never the noun
    else:
        rate_np = per_recipient and rwin[0] in ("per", "a", "an")  # "£10 a head": no noun either
    while not rate_np and i < len(rwin) and rwin[i] in ("the", "these", "those", "its", "their", "his", "her", "our", "all", "a", "an"):
        i += 1
    if i < len(rwin) and rwin[i][:1].isdigit():
        i += 1  # "38 of the 75 seats": skip the denominator
    np_words: list[str] = []
    while not rate_np and i < len(rwin) and len(np_words) < 4:
        w = rwin[i]
        if not _is_wordlike(w) or w in NOT_HEAD or w in SCOPE_WORDS or ((np_words or unit) and w in IRREGULAR_PAST):
            break  # ("38,000 tonnes of material came down", "120 million litres went into": the verb ends the phrase)
        if w in TIME_DEICTICS and i + 1 < len(rwin) and _PERIOD_WORD.get(rwin[i + 1]) is not None:
            break  # "a fine of £250,000 last week", "fined £2m this year": a time, never the noun
        if w in ANAPHORIC_HEADS:
            np_words.append(w)
            i += 1
            break
        nxt = rwin[i + 1] if i + 1 < len(rwin) else ""
        is_eventish = w in EVENT_OF or w in NEUTRAL_VERBS or w.endswith("ed") or w.endswith("ing")
        if is_eventish and not (nxt and _is_wordlike(nxt) and nxt not in NOT_HEAD and nxt not in SCOPE_WORDS
                                and nxt not in EVENT_OF and not nxt.endswith("ed")):
            if (w in EVENT_NOUNS or w in COUNTED_EVENT_NOUNS) and not np_words:
                np_words.append(w)  # "143 dead", "900 injured", "24 goals"
                i += 1
            elif not np_words and _noun_subject(w, nxt):
                # "480,000 payments failed", "300 sales were cancelled": a plural noun of an
                # event class is the counted noun when a verb follows it; the verb says the event
                np_words.append(w)
                i += 1
            break
        np_words.append(w)
        i += 1
        if _plural(w):
            break  # "people remain missing": a plural noun ends the phrase
    scope = next((w for w in rwin[i:i + 3] if w in SCOPE_WORDS), None)
    union: tuple[str, ...] = ()
    if np_words and np_words[-1] not in ANAPHORIC_HEADS and _listed(rwin, i, right):
        union = _union_nouns(np_words, rwin, i, right)
        np_words = []  # "9,000 rescue workers, soldiers and police officers": a union, not one noun
    head_word = np_words[-1] if np_words else None
    if (len(np_words) == 1 and (unit in LENGTH_UNITS or unit in AREA_UNITS)
            and rwin[:1] == ["of"] and _capitalised(text, right, i, head_word)):
        # "about 12 km of the Tamsey", "300 hectares of Glenmore": a place the measure is of, not
        # a kind of thing measured ("30 km of river"): the amount itself is counted
        np_words, head_word = [], None
    pre = np_words[:-1]
    head = None
    event = None
    noun_event = None  # "143 deaths": the noun says what happened, unless a verb does
    role_compound = False
    if head_word:
        if head_word in ANAPHORIC_HEADS:
            head = ANY
        elif head_word in EVENT_NOUNS:
            head, noun_event = PEOPLE, EVENT_NOUNS[head_word]
        elif head_word in COUNTED_EVENT_NOUNS:
            head = singular(head_word)  # "scored 24 goals": the verb says the event ("conceded")
        else:
            head = singular(head_word)
            if head_word in PERSON_HEADS:
                head = PEOPLE
            elif pre and head in ROLE_COMPOUND_HEADS and pre[-1] in ROLE_COMPOUNDS:
                head, role_compound = ROLE_COMPOUNDS[pre[-1]], True  # "rescue workers" are rescuers
            head = HEAD_SYNONYMS.get(head, head)  # "households", "houses": homes
            if pre:
                head = COMPOUND_HEADS.get((pre[-1], head), head)  # "heavy fuel oil" is fuel
    # --- the left noun ("turnout was 61%", "a toll of 143", "the contract, worth") -------
    if (head_word and _POSSESSIVE.search(head_word) and len(lclause) >= 2 and lclause[-1] in _COPULA
            and lclause[-2] in LEFT_HEADS):
        # "Turnout was 58.3 percent of the region's 1.1 million voters": an owner is never the
        # head; the subject before the copula says what the figure is
        head, head_word, pre = lclause[-2], lclause[-2], []
    label_words: list[str] = []
    if head is None and not unit and not np_words and left and left[-1][0] == ":":
        label_words = _label(left, text)  # "Pharmacies out of stock: at least 345" (a live blog's line)
        if label_words:
            head_word = label_words[0]
            head = HEAD_SYNONYMS.get(singular(head_word), singular(head_word))
    partitive_event = None  # "Of the injured, 11 were in a serious condition": a part of them
    if head is None:
        for w in reversed(lwin[-5:]):
            if w == "," or w in LINK_WORDS or w in MODAL_CUES or w in CHANGE_CUES:
                continue
            if EVENT_OF.get(w) in PERSON_EVENTS and w not in EVENT_NOUNS and _fronted_partitive(lwin):
                head, head_word, partitive_event = PEOPLE, w, EVENT_OF[w]  # "Among those arrested,"
                break
            if w in NOT_HEAD or not _is_wordlike(w) or w in NEUTRAL_VERBS:
                break
            if w in EVENT_NOUNS:
                if _fronted_partitive(lwin):
                    head, head_word, partitive_event = PEOPLE, w, EVENT_NOUNS[w]
                    break  # the event is the figure's own predicate, when it has one
                head, head_word, event = PEOPLE, w, event or EVENT_NOUNS[w]
                break
            if singular(w) in LEFT_HEADS or w in LEFT_HEADS:
                head, head_word = singular(w), w
            break
    if head is None and lclause and lclause[-1] in LINK_WORDS:
        head_word = _left_head_before_pp(lclause) or head_word
        if head_word is not None and head_word in LEFT_HEADS:
            head = singular(head_word)
            counted_noun = _number_of(lclause) if head_word in _NUMBER_NOUNS else None
            if counted_noun is not None:
                # "put the number of injured officers at 17": the officers are counted
                head_word = counted_noun
                head = PEOPLE if counted_noun in PERSON_HEADS else HEAD_SYNONYMS.get(singular(counted_noun), singular(counted_noun))
    if head is not None and head in HEAD_SYNONYMS and head_word and head_word in LEFT_HEADS:
        head = HEAD_SYNONYMS[head]  # "a deficit of $300m" is the "$120m funding gap"
    if (modality == "change" and lclause[-1] in OBJECT_CHANGE_VERBS and head_word
            and head_word not in ANAPHORIC_HEADS and head_word not in EVENT_NOUNS
            and not (len(lclause) >= 2 and (lclause[-2] in LEFT_HEADS or singular(lclause[-2]) in LEFT_HEADS))):
        modality = None  # "the blackout hit 400,000 homes": the verb's object, not "the toll hit 50"
    if (data_noun is None and np_words and 0 < i <= len(right)
            and _POSSESSIVE.search(text[right[i - 1][1]:right[i - 1][2]])):
        data_noun = _owned_data(rwin[i:i + 3])  # "120,000 patients' records were stolen"
    quals = {w for w in pre if w in QUALIFIERS}
    if per_recipient:
        quals.add("each")  # "$200 each" is never the total ("received $9m in grants")
    rel = _relative_qualifier(rwin, i) if head_word and head_word not in ANAPHORIC_HEADS else None
    if rel:
        quals.add(rel)
    had = _had_their(rwin, i) if head_word and head_word not in ANAPHORIC_HEADS else None
    if had in OUTAGE_NOUNS:
        had = None  # "homes had their power cut": an outage (the event), not a narrower set
    if had:
        if had not in GENERIC_DATA_NOUNS and had + "s" not in GENERIC_DATA_NOUNS:
            quals.add(had)  # "41,000 customers had their account numbers exposed"
        # ("500,000 users had their data stolen" are "the data of 2 million users": all of it)
        data_noun = data_noun or (had if had + "s" in DATA_NOUNS or had in DATA_NOUNS else None)
    elif data_noun and data_noun not in GENERIC_DATA_NOUNS:
        quals.add(singular(data_noun))  # "the account numbers of 41,000 customers"
    frame, frame_verb = None, None
    if head_word and head_word not in ANAPHORIC_HEADS:
        frame, frame_verb = _had_their_frame(rwin, i)
        if frame in OUTAGE_NOUNS:
            frame, frame_verb = None, None
        if frame is None:
            frame, frame_verb = _passive_subject(lclause, lwin)
        if frame is None:
            frame, frame_verb = _object_frame(rwin, i)
    if lclause and lclause[-1] in POSSESSIVE_DETERMINERS and not unit:
        quals.add("owned")  # "the evacuation order for our two villages": a set of its own
    qualifiers = tuple(sorted(quals))
    # --- the event: a verb after the noun, then an adjective inside it, then a verb before
    rest = rwin[i:i + RIGHT_WINDOW]
    adjacent = lclause[-1] if lclause else ""
    if _capacity(lclause):
        event = "capacity"  # "licensed to carry 180 passengers": a limit, not who was aboard
    if event is None and adjacent == "with" and len(lclause) >= 2 and lclause[-2] in CARGO_WITH_VERBS:
        event = "aboard"  # "a truck loaded with 48,600 doses was taken": the cargo, not what was taken
    if event is None and adjacent in EVENT_OF and adjacent not in NEUTRAL_VERBS:
        event = EVENT_OF[adjacent]  # "killed 143", "worth 380 million", "arrested 40"
        if event == "worth" and len(lclause) >= 2 and EVENT_OF.get(lclause[-2], "worth") not in ("worth", "received"):
            event = EVENT_OF[lclause[-2]]  # "pledges worth $300 million", "sales worth 2 billion"
    if event is None and adjacent in DREW_VERBS and (head == PEOPLE or head_word in ("crowd", "crowds", "visitors", "fans")):
        event = "attended"  # "the festival drew 80,000 people": its crowd, not water drawn
    taken_with = False
    if (event is None and adjacent == "with" and len(lclause) >= 2 and lclause[-2] in TAKEN_WITH_VERBS
            and (lclause[-2] not in ("off", "away") or len(lclause) >= 3 and lclause[-3] in TAKEN_WITH_PARTICLE_VERBS)
            and head not in (None, ANY, PEOPLE) and head_word not in PERSON_HEADS):
        event = "received"  # "the gang escaped with 40 watches", "made off with 2 million euros"
        taken_with = True
    if event is None and tuple(lclause[-2:]) in RESIDENT_LEFT:
        event = "resident"  # "home to about 18,000 people"
    if (event is None and len(lclause) >= 2 and lclause[-1] == "of" and lclause[-2] in EVENT_OF
            and lclause[-2] not in NEUTRAL_VERBS and not lclause[-2].endswith("ed")):
        # "the destruction of 300 homes", "the loss of some 40 containers", "the rescue of 40
        # miners took three days": the action noun names the event; a verb after the noun
        # phrase is the outer subject's ("took", "led to")
        event = EVENT_OF[lclause[-2]]
    if event is None and rest:
        event = _phrase_event(rest)  # "5,000 people were out of their homes"
    if event is None and head == PEOPLE and lclause:
        role = _activity_subject([t[0] for t in left])
        if role is not None:
            head, event = role  # "the rescue involved some 150 people": the rescuers
    act = _joined_activity(rest) if event is None else None
    if act == "" and (head_word in DEPLOYED_HEADS or role_compound):
        act = None  # "About 120 rescuers took part": rescuers deployed, whatever the effort
    if act is not None:
        # "400 volunteers joined the rescue effort", "300 people took part in the rescue": they
        # did the rescuing, they were not rescued.
        if act in ACTIVITY_ROLES:
            role, event = ACTIVITY_ROLES[act]
            if head in (PEOPLE, None):
                head, head_word = role, head_word or role
        elif act in ACTIVITY_EVENTS or EVENT_OF.get(act) in AGENT_EVENTS:
            event = ACTIVITY_EVENTS.get(act) or EVENT_OF[act]  # "joined the strike", "took part in the protest"
        else:
            event = "participated"
    agent = _active_verb(rest)
    if event is None and not agent:
        for k, w in enumerate(rest):
            if w in PART_VERBS and k + 1 < len(rest) and rest[k + 1] == "part":
                break  # "120 rescuers took part": nothing was taken
            if w in EVENT_OF and w not in NEUTRAL_VERBS and not _in_pp(rest, k):
                event = EVENT_OF[w]
                break
    if event is None:
        lw = lclause[-LEFT_WINDOW:]
        for k in range(len(lw) - 1, -1, -1):
            w = lw[k]
            if w in PAY_NOUNS and k + 1 < len(lw) and lw[k + 1] in PAY_COMPOUND_NOUNS:
                continue  # "offered a pay rise of 6%": the verb says what happened
            if w in EVENT_OF and w not in NEUTRAL_VERBS and not _in_pp(lw, k):
                event = EVENT_OF[w]
                break
            if w in EVENT_NOUNS:
                event = EVENT_NOUNS[w]
                break
    if lclause and lclause[-1] in _DEFINITE_SET and not role_compound:
        defined = next((EVENT_OF[w] for w in pre if w in EVENT_OF and w not in NEUTRAL_VERBS
                        and w.endswith(("ed", "en")) and w not in QUALIFIERS), None)
        if defined is not None:
            event = defined  # "the 11 condemned homes will be first in line for offers": the set is the condemned
    if event == "aboard" and (at := _aboard_modifier(rest)) is not None:
        # "300 passengers (and crew) aboard the ship have fallen ill": "aboard" only says
        # which passengers; the clause's verb says what happened to them.
        event = _later_event(rwin[i + at + 1:]) or event
    # (the supply noun may close the window: "homes in A and B were without running water")
    outage = _outage(rwin[i:i + RIGHT_WINDOW + 2]) or _outage(lclause[-LEFT_WINDOW:])
    if outage:
        event = "outage"  # "households without power": not a negation, not a money loss
    elif event in (None, "received", "deployed") and _to_hospital(rest):
        event = "hospitalised"  # "taken to hospital": not "taken" as in received
    if event is None and not unit and _moved_to(rest):
        event = "transferred"  # "200 inmates were moved to other prisons"
    if event is None and not unit and _moved_back(rest):
        event = "returned"  # "300 families have moved back home"
    if event is None and tuple(lclause[-2:]) in COST_LEFT and _money(unit):
        event = "cost"  # "compensation is expected to come to about £18m", "the bill ran to $2m"
    if event is None and tuple(lclause[-2:]) in ALLOCATION_LEFT and _money(unit):
        event = "allocated"  # "has set aside up to £500,000 for a clean-up fund"
    if modality == "possible" and event == "cost" and _money(unit) and _estimate(lclause[-LEFT_WINDOW:]):
        # "repairs are expected to cost roughly £12m": the source's estimate of the amount, as
        # "will cost in excess of £30m" is; "now expected", "revised" make it a changed value
        modality = "change" if not REVISED_CUES.isdisjoint(lclause) or "now" in lclause else None
    if unit in FALL_UNITS and event is None and _fell(rest):
        event = "fell"  # "40,000 tonnes of earth fell onto the road" = "38,000 tonnes came down"
    if unit in SPILL_UNITS and (event in (None, "released", "escaped") or event == "overboard" and unit in ("l", "bbl")) and (
            adjacent in SPILL_VERBS or _spilled(rest)):
        event = "spilled"  # "4,000 barrels of crude had escaped" = "6,000 barrels leaked into the river"
    if event == "detained" and head in STORED_HEADS and not STORED_VERBS.isdisjoint(rest[:4]):
        event = None  # "1.2m records were held in the folder": stored, never detained
    if (event == "detained" and not _HOLD_WORDS.isdisjoint(lclause[-LEFT_WINDOW:] + rest[:4])
            and _DETAIN_WORDS.isdisjoint(lclause[-LEFT_WINDOW:] + rest[:6])
            and not LISTING_NOUNS.isdisjoint([w for w, _, _ in left[-16:]] + rest[:6])):
        # "the list held some 4,300 names", "kept 900 pupils on a waiting list", "a register
        # holding 2,000 members", "the register, opened in May, held 900 names": a list's
        # entries, never a detention (the subject may stand before an appositive)
        event = "listed"
    if event is None and label_words:
        # "Homes destroyed: 300": the label's own verb says what happened
        event = next((EVENT_OF[w] for w in label_words[1:] if w in EVENT_OF and w not in NEUTRAL_VERBS), None)
    if event is None:
        event = noun_event
    if event is None and partitive_event is not None:
        # "Of the injured, 11 were in a serious condition": a subset of the injured, never
        # their total; "Of the injured, 11 were taken to hospital" found its own event above.
        event, modality = partitive_event, modality or "part"
    if event is None and head_word in LEFT_HEADS and head_word in EVENT_OF:
        event = EVENT_OF[head_word]  # "Turnout at the May 5 vote was 61%": the subject says it
    if event is None:
        event = next((EVENT_OF[w] for w in pre if w in EVENT_OF), None) if not role_compound else None
        if event is not None and not unit and rwin[:1] == ["of"] and rwin[1:2] and rwin[1] in _PARTITIVE_DETERMINERS:
            # "found 14 of the stolen laptops", "14 of the missing sailors": the adjective names
            # the whole set; the figure is a part of it, whatever happened to that part.
            modality = modality or "part"
    if (event is not None and not unit and rwin[:1] == ["of"] and rwin[1:2] and rwin[1] in _PARTITIVE_DETERMINERS
            and rwin[3:4] and rwin[3] in _RELATIVE_PRONOUNS):
        # "Two of the wolves that escaped were caught", "five of the inmates who fled": the
        # relative clause names the whole set; the figure is a part of it.
        modality = modality or "part"
    if event == "worth" and unit and not INSURANCE_WORDS.isdisjoint(lclause[-LEFT_WINDOW:]):
        event = "insured"  # "an insured value of $3 million", "valued for insurance at 1 million"
    if event == "insured" and unit and head == "value":
        head = ""  # the amount itself, as in "insured for $3.1m"
    if event == "offered" and not REVISED_CUES.isdisjoint(lclause[-5:]):
        modality = modality or "change"  # "the improved offer of 8 percent" replaced the first
    if event == "paid" and _pay_noun(lclause[-LEFT_WINDOW:]):
        event = "earned"  # "put the average teacher's pay at 40,000": earnings, not a payment
    if event == "earned":
        rate = _rate(rest, lclause)
        if rate:
            qualifiers = tuple(sorted({*qualifiers, rate}))  # "a month" never meets "a year"
    if event is not None:
        degree = _degree(pre, rest, lclause)
        if degree:
            qualifiers = tuple(sorted({*qualifiers, degree}))  # "12 seriously injured"
    if data_noun and head not in (None, ANY) and not unit:
        event = "affected"  # whatever was done to their data, the people counted were affected
    if event == "outage" and head in OUTAGE_HEADS:
        head = "home"  # "450,000 customers were without power": the homes cut off
    if event is None and (head_word in DEPLOYED_HEADS or role_compound) and not (
            lclause and (lclause[-1] in HAVING_WORDS or tuple(lclause[-2:]) in HAVING_PAIRS)):
        event = "deployed"  # "Roughly 320 firefighters are on the lines", not "employs 300 doctors"
    if unit and unit not in ("percent", "pp") and not unit.startswith("time:") and head_word and singular(head_word) in FINE_NOUNS:
        head, event = "fine", "fined"  # "paid a 1.3 million euro penalty" is the fine
    if head is None and event in PERSON_EVENTS:
        head = PEOPLE  # "killed 143"
    if event in NOT_MONEY_EVENTS and unit in _CURRENCIES:
        event = None  # "charged up to £600 per essay" is a price, never a charge in court
    if event in MONEY_EVENTS and unit in _CURRENCIES:
        event = MONEY_EVENTS[event]  # "diverted $3.2m in donations": taken, as "siphoned"
    if event in CHARGE_FACING_EVENTS and head in CHARGE_HEADS:
        event = "charged"  # "faces fourteen counts" = "charged with 14 counts"
    if event == "owed":
        creditor = _creditor(lwin, rwin) if _money(unit) else None
        # "owed £2.1m" with no creditor ("they are owed £1.2m"): whose debt is unknown
        event = "owed" if creditor else None
        if creditor:
            head = head_word = creditor
    if event in AREA_ONLY_EVENTS and unit not in AREA_UNITS:
        event = None  # "treated 40 patients": not land treated with a product
    if unit in AREA_UNITS and event in AREA_EVENTS:
        event = "burned"  # "destroyed 14,500 ha" and "21,000 hectares have burned": one fact
    if unit in AREA_UNITS and head not in (None, ANY, "") and (_land_list(right) or head_word in SURFACE_NOUNS):
        head = ""  # "4,200 hectares of pine forest, scrub and farmland": all the land, no one kind;
        # "12 square kilometres of water": the surface the area lies on
    if (head is None and unit in SPEED_UNITS  # (a speed is no count of "the train that derailed")
            and not MOTION_VERBS.isdisjoint(lclause[-2:] if lclause[-1:] != ["at"] else lclause[-3:-1])):
        head, event = "speed", "travelling"  # "was travelling at 142 km/h" = "was doing 142 km/h"
    if unit in LENGTH_UNITS and (tuple(lclause[-2:]) in DEPTH_LEFT or rwin[:1] and rwin[0] in DEPTH_AFTER):
        head, event = "depth", "depth"  # "at a depth of 300 metres" = "some 310 metres below the surface"
    elif unit in LENGTH_UNITS and (head is None or head_word in DIMENSION_AFTER) and (dim := DIMENSION_LEFT.get(tuple(lclause[-2:]))
                                                    or (DIMENSION_AFTER.get(rwin[0]) if rwin else None)):
        # "roughly 8 metres across" = "in excess of 20 metres wide"; no event, so that two
        # things' widths meet only when each article gives one (figures' sole heads)
        head, head_word = dim, dim
    if head is None and unit and not unit.startswith("time:") and unit not in ("percent", "pp"):
        measured = _measured_of(lclause)
        if measured is not None:
            head, head_word = singular(measured), measured  # "a jackpot of £6.2m", "gusts of up to 60 km/h"
    if head is None and unit and not unit.startswith("time:"):
        head = ""  # "traced 1.8 million euros": the currency itself is the thing counted
    if unit.startswith("time:"):
        if head is None and len(lclause) >= 2 and lclause[-1] in ("for", "to") and lclause[-2] in JAIL_VERBS:
            head = "prison"  # "jailed for 10 years", "sentenced to 12 years"
        head = PENALTY_SYNONYMS.get(head, head)  # "12 years in jail" = "a 12-year sentence"
    if unit.startswith("time:") and head not in PENALTY_NOUNS:
        lasted = (_duration(lclause, rwin[0] if rwin else None, text[fig.num_end:fig.num_end + 1] == "-")
                  or _activity_duration(lclause, rwin))
        if lasted is not None:
            head, event = lasted, DURATION_EVENT  # "the search lasted 12 hours", "a 14-hour blaze"
    if unit.startswith("time:") and head not in PENALTY_NOUNS and event != DURATION_EVENT:
        head = _elapsed(lclause)  # durations are compared only as penalties ("12 years in prison")
        if head is None:
            head = _arrival(lclause, rwin)  # "police arrived within eight minutes"
            if head is not None:
                event = "arrived"
    by = _by_means(rest) if event is not None else None
    if by:
        qualifiers = tuple(sorted({*qualifiers, by}))  # "60 were rescued by helicopter": a subset
    if event in CONDITION_EVENTS and any(q.startswith("with ") for q in qualifiers):
        # "admitted 1,240 people with heat-related illness" = "1,500 were admitted to hospital
        # (with heat illness)": the condition is why they were admitted, not a narrower set.
        qualifiers = tuple(q for q in qualifiers if not q.startswith("with "))
    if frame and event is None and head not in (None, ANY, PEOPLE) and frame not in qualifiers:
        # "the paper, sat by 84,312 candidates" counts the candidates of that paper, as does
        # "candidates had their mathematics paper annulled": the frame's noun narrows the count.
        qualifiers = tuple(sorted({*qualifiers, frame}))
        head = FRAME_HEAD_SYNONYMS.get(head, head)  # "students who sat the paper" = "candidates"
    if frame not in qualifiers:
        frame_verb = None  # the frame narrows nothing here: its verb says nothing either
    # --- polarity -------------------------------------------------------------------------
    polarity = "affirmed"
    if fig.hedge == "zero":
        polarity = "negated"
    elif _has_cue(lwin, DENIAL_CUES):
        polarity = "denied"
    elif not outage and (_has_cue(lclause[-4:], NEGATION_CUES) or _has_cue(rest[:4], NEGATION_CUES)):
        polarity = "negated"
    # The words of the noun phrase itself ("crew" in "14 crew members") say what is counted,
    # not which fact: they never count as shared context.
    context = tuple(sorted({w for w in (*lclause[-8:], *rwin[:10]) if _is_wordlike(w) and len(w) >= 4
                            and w not in NOT_HEAD and w != head_word and w not in NEUTRAL_VERBS
                            and w not in np_words} | ({frame} if frame else set()) | _named_modifiers(text, right, rwin, np_words)
                           | {CONTEXT_PHRASES[p] for p in zip(lclause[-8:], lclause[-8:][1:]) if p in CONTEXT_PHRASES}
                           | {w for w in label_words[1:] if _is_wordlike(w) and len(w) >= 4 and w not in NOT_HEAD}))
    anchor = None
    cands = _anchor_tokens(toks) if tokens is not None else _find_anchor_tokens(toks)
    if cands:  # most sentences name no year and no "previous": skip the clause scans
        lo = bisect_left(cands, k_left - 30)
        if lo < len(cands) and cands[lo] < k_right + 24:
            anchor = _anchor(lclause) or _anchor(_right_clause(right)) or _when_year(lwin)
        if anchor is None and cands[0] < LEAD_SPAN:
            anchor = _lead_anchor(toks, k_left)
    having = bool(lclause) and (lclause[-1] in HAVING_WORDS or tuple(lclause[-2:]) in HAVING_PAIRS) and not taken_with
    if having and lclause[-1] == "with" and len(lclause) >= 2 and lclause[-2] in NOT_HAVING_WITH:
        having = False  # "had been charged with sixteen counts": the verb's object, not a stock
    if having and lclause[-1] == "with" and rwin[:1] and rwin[0] in EVENT_OF and rwin[0].endswith(("ed", "en")):
        having = False  # "with £3.4m owed to the tax authority": a clause of its own, no stock
    if having and _at_the_time_of(right):
        having = False  # "had fewer than 40 residents at the time of the inspection": a count of that moment
    # "a total of 57", "have died", "so far": a count to date (the hedge is inside the figure)
    ongoing = ("total" in (fig.hedge_text or "").lower() or not ONGOING_CUES.isdisjoint(lclause[-8:])
               or not ONGOING_CUES.isdisjoint(rwin[:12]))
    # "20,000 homes were still without power", "the remaining 3,000", "power has yet to be
    # restored to 20,000": what is left of a count at a later time, another fact than its peak.
    own = _own_clause(rwin[:8])
    residual = (not RESIDUAL_CUES.isdisjoint(own) or _left_residual(lclause[-6:])
                or any(w in _CONTINUE and nxt in ("to", "without") for w, nxt in zip(own, own[1:])))
    if (unit and head not in (None, ANY, PEOPLE, "") and text[fig.num_end:fig.num_end + 1] == "-" and event != DURATION_EVENT
            and lclause and (lclause[-1] in _DEFINITE or lclause[-1].endswith(("'s", "’s")))):
        # "the 19-acre site", "the firm's 40-tonne crane": the size of a thing the story knows,
        # whatever its clause says happened to it (or denies: "a buyer for the 19-acre site was
        # not found")
        event, polarity, modality, residual, having = "size", "affirmed", None, False, False
    if unit == "magnitude" or (not unit and (head is None or head_word in QUAKE_NOUNS
                                             or text[fig.end:fig.end + 10].lower() == "-magnitude")
                               and _magnitude(lclause, rwin)):
        head = head_word = "magnitude"  # "a magnitude of 7.2", "measured 6.1 on the Richter scale"
        event = None
        if any(w.startswith(("aftershock", "foreshock", "tremor")) for w in (*lwin, *rwin[:6])):
            # "several aftershocks, the strongest of magnitude 5.6": another quake's size
            qualifiers = tuple(sorted({*qualifiers, "aftershock"}))
    if head in VACANCY_HEADS and not unit and (head == "vacancy" or not VACANT_WORDS.isdisjoint(rwin[:9])
                                               or not VACANT_WORDS.isdisjoint(np_words)):
        # "40 midwife posts are vacant", "carrying 60 vacant posts", "had 38 vacancies": one stock
        head, head_word, event, having = "vacancy", "vacancy", None, False
    if event is None and lclause and lclause[-1] in COVER_VERBS and head not in (None, ANY):
        # "the evacuation order issued Jan. 16 covers 32 homes": what the subject's event takes in
        event = next((EVENT_OF.get(w) or EVENT_NOUNS.get(w) for w in lclause[:-1]
                      if (w in EVENT_OF and w not in NEUTRAL_VERBS and not w.endswith("ed")) or w in EVENT_NOUNS), None)
    if event is None and tuple(lclause[-2:]) == ("heard", "from") and head not in (None, ANY):
        event = "came forward"  # "the review has heard from more than 140 families"
    if head is None and not unit and (times := _TIMES_THE.match(text, fig.end, fig.end + 80)):
        # "toxin levels 40 times the safe limit": a multiple of a reference level, named by it
        head = head_word = "times " + times.group(1).lower()
        event = None  # (what the tests found is the level, not a count of tests)
    return Counted(head, head_word, event, qualifiers, scope, polarity, modality, context, anchor, having,
                   ongoing, residual, _verb_stem(frame_verb) if frame_verb else None, union)


def _union_noun(words: Sequence[str]) -> str:
    """A listed noun phrase's head, normalised as a figure's head is ("households" -> home,
    "rescue workers" -> rescuer, "residents" -> resident)."""
    w = words[-1]
    if w in PERSON_HEADS:
        return PEOPLE
    head = singular(w)
    if len(words) > 1 and head in ROLE_COMPOUND_HEADS and words[-2] in ROLE_COMPOUNDS:
        return ROLE_COMPOUNDS[words[-2]]
    head = HEAD_SYNONYMS.get(head, head)
    return COMPOUND_HEADS.get((words[-2], head), head) if len(words) > 1 else head


def _union_nouns(np_words: Sequence[str], rwin: Sequence[str], i: int,
                 right: Sequence[tuple[str, int, int]]) -> tuple[str, ...]:
    """The nouns of a list whose first phrase is ``np_words``: "clinics and pharmacies" ->
    ("clinic", "pharmacy"); "rescue workers, soldiers and police officers" -> (rescuer,
    soldier, police officer's head). Each later item is read up to its plural noun."""
    out = [_union_noun(np_words)]
    toks = list(rwin[i:]) if i < len(rwin) else [t[0] for t in right[i:i + 12]]
    item: list[str] = []
    for w in toks[:12]:
        if w in ("and", "or", ","):
            if item:
                out.append(_union_noun(item))
                item = []
            continue
        if not _is_wordlike(w):
            break
        item.append(w)
        if _plural(w):
            out.append(_union_noun(item))
            item = []
            if len(out) >= 6:
                break
        elif len(item) > 3:
            break
    return tuple(dict.fromkeys(out))


def _named_modifiers(text: str, right, rwin: Sequence[str], np_words: Sequence[str]) -> set[str]:
    """The names before the head noun ("62% of Dunmore pupils"): which set, as "pupils at
    Dunmore" would say after it, so they count as context; other noun-phrase words do not."""
    if len(np_words) < 2:
        return set()
    pre = set(np_words[:-1])
    return {w for j, w in enumerate(rwin[:len(right)]) if w in pre and len(w) >= 4 and text[right[j][1]].isupper()}


_MONTH_PREPS = frozenset("in on since from until till to by of early late mid between and".split())


def _land_list(right: Sequence[tuple[str, int, int]]) -> bool:
    """ "of pine forest, scrub and farmland", "of forest and farmland": an area's "of" names a
    list of kinds of land (the whole area), not one kind ("of cork oak")."""
    words = [w.lower() for w, _, _ in right[:12]]
    if not words or words[0] != "of":
        return False
    for k, w in enumerate(words[1:9], start=1):
        if w in ("and", "or") or (w == "," and k + 1 < len(words) and words[k + 1] not in NOT_HEAD):
            return k >= 2 and k + 1 < len(words) and words[k + 1] not in NOT_HEAD and words[k + 1] not in _BREAK
        if w in _BREAK or w in NOT_HEAD:
            return False
    return False


def _owned_data(words: Sequence[str]) -> str | None:
    """The data noun a possessive figure owns: "patients' medical records" -> "records" (the
    patients are counted as affected, as in "the records of 120,000 patients")."""
    for w in words:
        if w in DATA_NOUNS:
            return w
        if not _is_wordlike(w) or w in NOT_HEAD or w in EVENT_OF:
            return None
    return None


def _fronted_partitive(lwin: Sequence[str]) -> bool:
    """The figure's clause opens with "Of the injured," / "Among those hurt,": the figure
    counts a part of that group."""
    if "," not in lwin:
        return False
    seg = lwin[:lwin.index(",")]
    return 2 <= len(seg) <= 5 and seg[0] in ("of", "among") and seg[1] in ("the", "those", "these")


def _month_may(words: Sequence[str], k: int) -> bool:
    """ "from May 6 to May 10", "on 5 May", "in May": the month, not the modal verb."""
    prev = words[k - 1] if k > 0 else ""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return nxt[:1].isdigit() or prev[:1].isdigit() or prev in _MONTH_PREPS


_CONDITIONS = frozenset(("if", "unless", "should", "were"))


def _reported_future(lclause: Sequence[str], near: Sequence[str], after: Sequence[str]) -> bool:
    """'told the committee the bill would be roughly £1.2m': "would" is the reported "will" of
    a past saying verb before it, when it is the only modal cue and nothing makes it a
    condition ("if", "unless") or a possibility ("could", "might")."""
    if "would" not in near or not _CONDITIONS.isdisjoint(lclause) or not _CONDITIONS.isdisjoint(after):
        return False
    if any(w != "would" and _has_cue([w], MODAL_CUES) for w in near):
        return False
    k = len(lclause) - 1 - list(lclause)[::-1].index("would")
    return not REPORTED_PAST.isdisjoint(lclause[:k])


def _modal(words: Sequence[str]) -> bool:
    """A modal cue other than the month May (the caller has seen that some cue occurs)."""
    if "may" not in words:
        return True
    rest = [w for k, w in enumerate(words) if not (w == "may" and _month_may(words, k))]
    return _has_cue(rest, MODAL_CUES) if len(rest) != len(words) else True


_CLAUSE_JOINS = frozenset("and or but".split())
_CONTINUE = frozenset(("continue", "continues", "continued"))  # "continue to be without power"


_SAYING = frozenset("say says said put puts estimate estimates insist insists maintain maintains".split())


def _left_residual(words: Sequence[str]) -> bool:
    """ "the remaining 300", "power has yet to be restored to 20,000 homes"; not "officials
    still say 143 died" (the saying is what goes on)."""
    if RESIDUAL_CUES.isdisjoint(words):
        return False
    k = max(j for j, w in enumerate(words) if w in RESIDUAL_CUES)
    if words[k] == "still" and k + 1 < len(words) and words[k + 1].endswith("ing"):
        return False  # "police are still offering a 20,000-euro reward": an act going on
    return not any(w in _SAYING or w in NEUTRAL_VERBS for w in words[k + 1:])


def _own_clause(words: Sequence[str]) -> Sequence[str]:
    """The words after a figure up to the next figure or coordinated clause: in "Eleven
    died and seven are still missing" the "still" is the seven's."""
    for k, w in enumerate(words):
        if w in _CLAUSE_JOINS or w[:1].isdigit() or w in UNITS_WORDS or w in TENS_WORDS:
            return words[:k]
    return words


def _capitalised(text: str, right: Sequence[tuple[str, int, int]], i: int, word: str) -> bool:
    """The noun-phrase word ``word`` (at most ``i`` tokens into the right window) is written
    with a capital: a name."""
    for w, a, _ in right[:i + 2]:
        if w == word:
            return text[a:a + 1].isupper()
    return False


_LABEL_OPENERS = frozenset("— – - • * |".split())


def _label(left: Sequence[tuple[str, int, int]], text: str) -> list[str]:
    """The words of a short label a figure follows after a colon, opening its sentence or
    after a time stamp and a dash ("11:45 — Pharmacies out of stock: at least 345", "Homes
    still flooded: about 300"), when its first word is a plain plural noun; else []."""
    words: list[str] = []
    for w, a, _ in reversed(left[:-1]):
        if w in _LABEL_OPENERS or w in _HARD_BREAK or w[:1].isdigit():
            break
        words.append(w)
        if len(words) > 6:
            return []
    words.reverse()
    if not words or not _is_wordlike(words[0]) or words[0] in NOT_HEAD or words[0] in EVENT_NOUNS:
        return []
    first = next(t for t in left if t[0] == words[0])
    if not text[first[1]:first[1] + 1].isupper() or not _plural(words[0]):
        return []  # a label opens with a capital; "the count: 40" is a clause, no label
    return words


def _at_the_time_of(right: Sequence[tuple[str, int, int]]) -> bool:
    """ "... at the time of the inspection", "at the time of the crash": the clause dates the
    count to one occasion (a stock has no occasion)."""
    words = []
    for w, _, _ in right[:14]:
        if w in _HARD_BREAK or w == ",":
            break
        words.append(w)
    return any(words[k:k + 4] == ["at", "the", "time", "of"] for k in range(len(words) - 3))


def _measured_of(lclause: Sequence[str]) -> str | None:
    """ "a jackpot of an estimated £6.2m", "gusts of up to 60 km/h", "a fine of £250,000": the
    plain noun right before "of" names what a measured amount (money, speed, volume, length)
    measures. Not a verb or participle, not an event noun ("the loss of"), not a word that
    names no thing ("a total of", "an area of", "the equivalent of")."""
    if len(lclause) < 2 or lclause[-1] != "of":
        return None
    w = lclause[-2]
    if (not _is_wordlike(w) or w in NOT_HEAD or w in LINK_WORDS or w in EVENT_OF or w in EVENT_NOUNS
            or w in GENERIC_MEASURE_NOUNS or singular(w) in GENERIC_MEASURE_NOUNS or w in NEUTRAL_VERBS
            or w.endswith(("ed", "ing", "’s", "'s")) or len(w) < 3):
        return None
    return w


def _left_head_before_pp(lclause: Sequence[str]) -> str | None:
    """ "Turnout in the union's ballot was 48%": the subject noun before a short
    prepositional phrase and the link verb, when it is a noun a figure may follow."""
    body = lclause[-7:-1]
    for k in range(len(body) - 2, -1, -1):
        w = body[k]
        if body[k + 1] in ("in", "of", "for", "at", "among", "across") and (w in LEFT_HEADS or singular(w) in LEFT_HEADS):
            between = body[k + 2:]
            # "Turnout at the May 5 vote was 61%", "in the 2024 election": a date may sit in it
            if all((_is_wordlike(x) or x[:1].isdigit()) and x not in LINK_WORDS and x not in NEUTRAL_VERBS
                   for x in between):
                return w
            return None
    return None


_NUMBER_NOUNS = frozenset("number count tally total figure".split())


def _number_of(lclause: Sequence[str]) -> str | None:
    """ "the number of injured officers at", "the total of displaced people stood at": the
    plural noun the number is of (the last word before the link word), or None."""
    body = lclause[-7:-1]
    for k in range(len(body) - 2, -1, -1):
        if body[k] in _NUMBER_NOUNS and body[k + 1] == "of":
            np = body[k + 2:]
            if np and all(_is_wordlike(x) and x not in LINK_WORDS and x not in NEUTRAL_VERBS for x in np) and _plural(np[-1]):
                return np[-1]
            return None
    return None


def _pay_rise(lclause: Sequence[str]) -> bool:
    """"a pay rise of 6%": the size of the rise is the offer itself, not a changed value."""
    return (len(lclause) >= 3 and lclause[-1] == "of" and lclause[-2] in PAY_COMPOUND_NOUNS
            and lclause[-3] in PAY_RISE_NOUNS)


def _capacity(lclause: Sequence[str]) -> bool:
    pair = tuple(lclause[-2:])
    if pair not in CAPACITY_LEFT:
        return False
    return pair[0] == "capacity" or not CAPACITY_CUES.isdisjoint(lclause[-4:-2])


def _pay_noun(words: Sequence[str]) -> bool:
    for k in range(1, len(words)):
        if words[k] in PAY_NOUNS:
            before = words[k - 1]
            if before in PAY_NOUN_BEFORE or before.endswith(("'s", "’s")):
                return True
    return False


def _rate(rest: Sequence[str], lclause: Sequence[str]) -> str | None:
    """The period of an earnings figure: "a month", "per year", "monthly"."""
    if len(rest) >= 2 and rest[0] in ("a", "an", "per", "each", "every") and rest[1] in RATE_PERIODS:
        return RATE_PERIODS[rest[1]]
    if rest and rest[0] in RATE_WORDS:
        return RATE_WORDS[rest[0]]
    for w in lclause[-4:]:
        if w in RATE_WORDS:
            return RATE_WORDS[w]
    return None


def _degree(pre: Sequence[str], rest: Sequence[str], lclause: Sequence[str]) -> str | None:
    """The degree adverb right before an event word near the figure ("seriously injured",
    "critically ill", "terminally ill patients"), as a qualifier."""
    for words in (pre, rest[:6], lclause[-3:]):
        for k in range(len(words) - 1):
            if words[k] in SEVERITY_ADVERBS and words[k + 1] in EVENT_OF:
                return SEVERITY_ADVERBS[words[k]]
    return None


def _right_clause(right: Sequence[tuple[str, int, int]]) -> list[str]:
    """Words after a figure up to the end of its clause, through "when"/"after" (which date
    it: "200 died when cholera last struck in 2011"), not through a comparison ("than")."""
    out: list[str] = []
    for w, _, _ in right[:24]:
        if w in _BREAK or w in ("than", "since", "unlike", "compared"):
            break
        out.append(w)
    return out


def _relative_qualifier(rwin: Sequence[str], i: int) -> str | None:
    """ "customers whose bank details were exposed" -> "whose detail": the clause narrows the
    counted thing. "people with injuries" names an event, and power words an outage: no
    qualifier then."""
    if i >= len(rwin) or rwin[i] not in RELATIVE_QUALIFIERS or rwin[i] in ("who", "that", "which", "where"):
        return None
    words = []
    for w in rwin[i + 1:i + 6]:
        if not _is_wordlike(w) or w in NOT_HEAD:
            if words:
                break
            continue
        if w in EVENT_NOUNS or w in OUTAGE_NOUNS or (w in EVENT_OF and not words):
            return None
        words.append(w)
        if _plural(w):
            break
    return f"{rwin[i]} {singular(words[-1])}" if words else None


# ("2,000 people, most of them farmers, marched", "many of them pensioners", "all of them
# volunteers", "largely", "predominantly", "chiefly", "almost all")
_ASIDE_OPENERS = frozenset("including among mostly mainly most many all some largely predominantly chiefly "
                           "almost nearly half".split())
_ASIDE_VERBS = frozenset("were was are is have has had will would could may might".split())


def _inclusion_aside(right) -> tuple[int, int]:
    """Where the clause resumes after an aside of inclusion between the counted noun and its
    verb ("Fourteen people, including 11 pupils, were hurt"; "40 staff, mostly nurses, have
    left"): the span of tokens from its opening comma to its closing one, when a verb follows
    it; else an empty span."""
    words = [t[0] for t in right[:20]]
    try:
        k = words.index(",")
    except ValueError:
        return 0, 0
    if k > 3 or k + 1 >= len(words) or words[k + 1] not in _ASIDE_OPENERS:
        return 0, 0
    close = next((j for j in range(k + 2, min(len(words), k + 10)) if words[j] in _BREAK), None)
    if close is None or words[close] != "," or close + 1 >= len(words):
        return 0, 0
    nxt = words[close + 1]
    return (k, close + 1) if nxt in _ASIDE_VERBS or nxt.endswith("ed") else (0, 0)


def _listed(rwin: Sequence[str], i: int, right: Sequence[tuple[str, int, int]]) -> bool:
    """Is the noun phrase that ends at rwin[i] the first of a list ("rescue workers,
    soldiers and police officers", "homes and businesses")? Then the figure counts them all."""
    if i < len(rwin):
        if rwin[i] not in ("and", "or") or i + 1 >= len(rwin):
            return False
        nxt = rwin[i + 1]
    else:
        if i >= len(right) or right[i][0] != "," or i + 1 >= len(right):
            return False
        nxt = right[i + 1][0]
        # ", soldiers and police officers": the list closes with "and"/"or" ("..., officials
        # said" is an attribution, not a list)
        tail = [t[0] for t in right[i + 2:i + 7]]
        close = next((k for k, w in enumerate(tail) if w in ("and", "or")), None)
        if close is None or any(not _is_wordlike(w) and w != "," or w in NEUTRAL_VERBS for w in tail[:close]):
            return False
    return (_is_wordlike(nxt) and nxt not in NOT_HEAD and _plural(nxt) and not _participle(nxt)
            and nxt not in EVENT_OF and nxt not in INCLUDING_WORDS)


def _by_means(rest: Sequence[str]) -> str | None:
    """ "rescued by helicopter", "killed by police", "evacuated by boat": the means or agent
    after the event verb names a subset of the count (not "killed by the quake")."""
    for k in range(len(rest) - 1):
        if rest[k] == "by" and k >= 1 and rest[k - 1] in EVENT_OF:
            j = k + 1
            if j < len(rest) and rest[j] in ("the", "a", "an", "their", "its"):
                j += 1
            if j < len(rest) and rest[j] in BY_MEANS:
                return "by " + singular(rest[j])
            return None
    return None


def _activity_subject(left: Sequence[str]) -> tuple[str, str] | None:
    """ "The rescue, which ran for five days, involved some 150 people", "the rescue effort
    drew on 300 people": an activity as the subject of a verb of using people gives their
    role. The activity noun (or "<activity> effort/operation") must be the verb's subject:
    right before it, or before a relative clause set off by commas."""
    k = len(left) - 1
    if k >= 1 and left[k] == "on" and left[k - 1] in ("drew", "draws", "draw"):
        k -= 1
    elif k < 0 or left[k] not in USING_VERBS:
        return None
    j = k - 1
    if j >= 0 and left[j] == ",":
        opened = next((m for m in range(j - 1, max(-1, j - 16), -1) if left[m] == ","), None)
        if opened is None or opened + 1 >= j or left[opened + 1] not in ("which", "that", "who"):
            return None
        j = opened - 1
    if j >= 0 and left[j] in ("effort", "operation", "operations", "mission") and j >= 1:
        j -= 1
    return ACTIVITY_ROLES.get(left[j]) if j >= 0 else None


def _joined_activity(rest: Sequence[str]) -> str | None:
    """ "joined the rescue effort", "took part in the search", "involved in the strike": the
    activity the counted people took part in (its noun), or None."""
    n = len(rest)
    for k, w in enumerate(rest[:6]):
        j = None
        if w in JOIN_VERBS:
            j = k + 1
        elif w in PART_VERBS and k + 2 < n and rest[k + 1] == "part" and rest[k + 2] == "in":
            j = k + 3
        elif w in INVOLVED_VERBS and k + 1 < n and rest[k + 1] == "in":
            j = k + 2
        elif (w in PART_VERBS and k + 2 == n and rest[k + 1] == "part") or (w in ("participated", "participating") and k + 1 == n):
            return ""  # "Around 300 inmates took part.": in the story's own activity, unnamed
        if j is None:
            continue
        if j < n and rest[j] in ("the", "a", "an", "its", "their", "this"):
            j += 1
        if j >= n or not _is_wordlike(rest[j]):
            return None
        if j + 1 < n and (rest[j + 1] in ACTIVITY_EVENTS or rest[j + 1] in ACTIVITY_ROLES):
            j += 1  # "joined the beekeepers' march", "the union's strike": the activity after its owner
        if any(w in EVENT_OF and w not in NEUTRAL_VERBS and not _in_pp(rest, m)
               for m, w in enumerate(rest[j + 1:], j + 1)):
            return None  # "people involved in the crash were injured": the main verb says it
        return rest[j]
    return None


_COPULA = frozenset(("was", "is", "were", "are", "stood", "reached"))
_OBJECT_STARTS = frozenset("the a an their its his her our some several all".split())
# Events whose counted noun is the one they are done to (killed, destroyed, arrested...): in an
# active clause, the noun before the verb is the doer instead.
_DONE_TO = (PERSON_EVENTS - AGENT_EVENTS) | frozenset(("destroyed", "damaged"))


def _active_verb(rest: Sequence[str]) -> bool:
    """ "officials in two stations destroyed spoiled ballots", "300 soldiers killed 12
    civilians": a past verb right after the noun phrase with an object after it is active,
    its noun the agent, never what was destroyed or killed ("200 homes destroyed in the fire",
    "nine people died last night" are not)."""
    if len(rest) < 2 or not rest[0].endswith("ed") or EVENT_OF.get(rest[0]) not in _DONE_TO:
        return False  # "40,000 fans attended the final": the subject is what is counted
    nxt = rest[1]
    if nxt in _OBJECT_STARTS or nxt[:1].isdigit():
        return True
    return len(rest) >= 3 and nxt.endswith("ed") and _plural(rest[2]) and rest[2] not in _PREPOSITIONS


def _elapsed(lclause: Sequence[str]) -> str | None:
    """ "the match was stopped after 14 minutes", "the girl was rescued after 3 days": how long
    until something happened to a named thing, keyed by the thing and the verb ("match stopped
    after"); one thing and one verb are one fact. Any other duration: None."""
    if len(lclause) < 5 or lclause[-1] != "after" or not lclause[-2].endswith("ed") or lclause[-3] not in ("was", "were"):
        return None
    for k in range(len(lclause) - 4, 0, -1):
        if lclause[k - 1] in ("the", "a", "an") and _is_wordlike(lclause[k]) and lclause[k] not in NOT_HEAD:
            return f"{singular(lclause[k])} {lclause[-2]} after"
    return None


_DURATION_SKIP = frozenset("the a an its their this that whole entire had has have was were is are will would "
                           "be been also only".split())


def _duration(lclause: Sequence[str], head: str | None, compound: bool) -> str | None:
    """ "the search lasted 12 hours", "the siege went on for nine days", "repairs will take three
    weeks", "a 14-hour blaze": how long a named activity (DURATION_NOUNS) went on, keyed by the
    activity ("search", with the event DURATION_EVENT); None for any other duration."""
    if compound:
        return singular(head) if head in DURATION_NOUNS else None
    words = list(lclause[-7:])
    k = None
    if len(words) >= 2 and (words[-2], words[-1]) in DURATION_PAIRS:
        k = len(words) - 2  # "burned for 40 hours"
    elif len(words) >= 3 and (words[-3], words[-2]) in DURATION_PAIRS and words[-1] == "for":
        k = len(words) - 3  # "went on for nine days"
    elif words and words[-1] in DURATION_VERBS:
        k = len(words) - 1
    elif len(words) >= 2 and words[-1] == "for" and words[-2] in DURATION_VERBS:
        k = len(words) - 2  # "lasted for 12 hours"
    if k is None:
        return None
    j = k - 1
    while j >= 0 and words[j] in _DURATION_SKIP:
        j -= 1
    if j < 0:
        return None
    noun = words[j]
    return singular(noun) if noun in DURATION_NOUNS else None


_CREDITOR_SKIP = frozenset("the a an its their his her to alone".split())


def _creditor(lwin: Sequence[str], rwin: Sequence[str]) -> str | None:
    """Whom an amount is owed to: "£3.4m owed to the tax authority" -> authority, "the tax
    authority, owed £2.1m" / "suppliers are owed £1m" -> authority / supplier; None for a
    pronoun or nothing."""
    if "owed" in rwin[:2]:
        k = rwin.index("owed") + 1
        if k < len(rwin) and rwin[k] == "to":
            words = []
            for w in rwin[k + 1:k + 6]:
                if w in _BREAK or (w in NOT_HEAD and w not in _CREDITOR_SKIP):
                    break
                if w not in _CREDITOR_SKIP:
                    words.append(w)
            return singular(words[-1]) if words and _is_wordlike(words[-1]) else None
        return None
    if lwin[-1:] != ["owed"]:
        return None
    j = len(lwin) - 2  # (the words before it, across an appositive's comma)
    while j >= 0 and lwin[j] in ("is", "are", "was", "were", "being", "been", "still", "reportedly", ","):
        j -= 1
    if j < 0 or lwin[j] in NOT_HEAD or not _is_wordlike(lwin[j]):
        return None  # "they are owed": a pronoun
    return singular(lwin[j])


def _activity_duration(lclause: Sequence[str], rwin: Sequence[str]) -> str | None:
    """ "the jury deliberated for nearly nine hours", "after some 14 hours of deliberation":
    how long an activity named by its verb or by an "of" noun went on, keyed by the activity
    ("deliberation"); None for any other duration."""
    if len(lclause) >= 2 and lclause[-1] == "for" and lclause[-2] in ACTIVITY_DURATION_VERBS:
        return ACTIVITY_DURATION_VERBS[lclause[-2]]
    if len(rwin) >= 2 and rwin[0] == "of":
        noun = rwin[2] if rwin[1] in ("the", "their", "its", "his", "her") and len(rwin) >= 3 else rwin[1]
        return ACTIVITY_DURATION_NOUNS.get(noun)
    return None


def _arrival(lclause: Sequence[str], rwin: Sequence[str]) -> str | None:
    """ "officers arrived within eight minutes", "it took police more than 25 minutes to
    arrive": how long the responder took, keyed by the responder ("police arrival"); None when
    no known responder is named."""
    if len(lclause) >= 3 and lclause[-1] in ("within", "in", "after") and lclause[-2] in ARRIVAL_VERBS:
        return f"{RESPONDERS[lclause[-3]]} arrival" if lclause[-3] in RESPONDERS else None
    if tuple(rwin[:2]) in ARRIVAL_AFTER and "took" in lclause[-4:]:
        actor = lclause[len(lclause) - 1 - lclause[::-1].index("took") + 1:]
        actor = [w for w in actor if w not in ("the", "a", "an")]
        return f"{RESPONDERS[actor[-1]]} arrival" if len(actor) == 1 and actor[0] in RESPONDERS else None
    return None


def _verb_stem(w: str) -> str:
    """ "boycotted" and "boycott", "annulled" and "annul" compare equal; "sat" stays "sat"."""
    if w.endswith("ed") and len(w) > 4:
        w = w[:-2]
        if len(w) > 3 and w[-1] == w[-2]:
            w = w[:-1]  # "annulled" -> "annul"
    return w


_MODAL_WORDS = frozenset(c for c in MODAL_CUES if " " not in c)
_MODAL_PHRASES = tuple(c for c in MODAL_CUES if " " in c)
_FINITE_AUX = frozenset("were was are is have had has".split())


def _noun_subject(w: str, nxt: str) -> bool:
    """ "payments" in "480,000 payments failed", "sales" in "300 sales were cancelled": a plural
    noun (an -s form of an event class's noun) followed by a finite verb or an auxiliary, so the
    subject of that verb, never the verb itself ("-ing" and "-ed" forms never)."""
    return (len(w) > 3 and w.endswith("s") and not w.endswith("ss") and singular(w) != w
            and w not in NEUTRAL_VERBS and (nxt in _FINITE_AUX or (len(nxt) > 3 and nxt.endswith("ed"))))


def _participle(w: str) -> bool:
    return (len(w) > 3 and w.endswith("ed")) or w in IRREGULAR_PARTICIPLES


def _had_their(rwin: Sequence[str], i: int) -> str | None:
    return _had_their_frame(rwin, i)[0]


def _had_their_frame(rwin: Sequence[str], i: int) -> tuple[str | None, str | None]:
    """ "customers had their account numbers exposed" -> ("number", "exposed"), "candidates
    had their mathematics paper annulled" -> ("paper", None): the noun before the participle
    narrows what is counted. The verb matters only for a plural noun (each one's savings:
    "wiped out" and "frozen" are two counts); a singular one is a shared object (the paper,
    the flight), and what happened to it happened to everyone who had it."""
    if i + 2 >= len(rwin) or rwin[i] not in ("had", "have", "has") or rwin[i + 1] not in ("their", "its"):
        return None, None
    last = None
    for w in rwin[i + 2:i + 7]:
        if not _is_wordlike(w) or w in NOT_HEAD:
            break
        if last is not None and _participle(w):
            return singular(last), (w if _plural(last) else None)
        last = w
    return (singular(last), None) if last and _plural(last) else (None, None)


def _passive_subject(lclause: Sequence[str], lwin: Sequence[str]) -> tuple[str | None, str | None]:
    """ "The paper, sat on Wednesday by 84,312 candidates", "the paper was sat on June 11 by
    84,312 candidates" -> ("paper", "sat"): the noun the counted people did something to
    (singular) and the verb, for a figure with no event of its own."""
    if not lclause or lclause[-1] != "by":
        return None, None
    words = list(lwin[-PASSIVE_SPAN:])
    for k in range(len(words) - 2, 0, -1):
        if _participle(words[k]):
            j = k - 1
            while j >= 0 and words[j] in _PASSIVE_AUX:
                j -= 1
            if j >= 0 and _is_wordlike(words[j]) and words[j] not in NOT_HEAD and not _participle(words[j]):
                return singular(words[j]), words[k]
            return None, None
    return None, None


def _object_frame(rwin: Sequence[str], i: int) -> tuple[str | None, str | None]:
    """ "12,000 students sat the exam", "students who sat the exam" -> ("exam", "sat"): the
    object of the past verb after the counted noun (after "the", "this" or "that" only:
    "drew their water" is no frame)."""
    k = i + 1 if i < len(rwin) and rwin[i] in ("who", "that") else i
    if k + 2 >= len(rwin) or not _participle(rwin[k]) or rwin[k] in EVENT_OF or rwin[k] in NEUTRAL_VERBS:
        return None, None
    if rwin[k + 1] not in ("the", "this", "that"):
        return None, None
    words = []
    for w in rwin[k + 2:k + 5]:
        if not _is_wordlike(w) or w in NOT_HEAD or _participle(w):
            break
        words.append(w)
    return (singular(words[-1]), rwin[k]) if words else (None, None)


PASSIVE_SPAN = 10  # tokens before "by N" searched for "<noun>, <participle> ... by"
_PASSIVE_AUX = frozenset(("was", "were", "is", "are", "been", "being", "be", ","))


_RELATIVE_PRONOUNS = frozenset(("that", "who", "which", "whom"))
_PHRASE_FIRST = frozenset(p.split()[0] for p in EVENT_PHRASES)


# Phrases by their first word, in EVENT_PHRASES order: only those whose first word is among
# the words are tried (the phrase list is long; most windows hold one or two first words).
_PHRASES_BY_FIRST: dict[str, list[tuple[int, str, str]]] = {}
for _n, (_p, _e) in enumerate(EVENT_PHRASES.items()):
    _PHRASES_BY_FIRST.setdefault(_p.split()[0], []).append((_n, _p, _e))


def _phrase_event(words: Sequence[str]) -> str | None:
    window = words[:8]
    firsts = _PHRASE_FIRST.intersection(window)
    if not firsts:
        return None
    joined = " ".join(window)
    best = None
    for first in firsts:
        for n, phrase, event in _PHRASES_BY_FIRST[first]:
            if (best is None or n < best[0]) and phrase in joined:
                best = (n, event)
                break  # later phrases of this first word come after in EVENT_PHRASES order
    return best[1] if best else None


_COPULAS = frozenset("is are was were be been being has have had".split())


def _aboard_modifier(rest: Sequence[str]) -> int | None:
    """Where "aboard" / "on board" modifies the counted noun itself ("passengers aboard the
    ship", "passengers and crew on board"), before any verb; None when it is the predicate
    ("were on board", "carrying")."""
    for k, w in enumerate(rest[:4]):
        if w in _COPULAS:
            return None
        if w == "aboard" or (w == "on" and rest[k + 1:k + 2] == ["board"]):
            return k
    return None


def _later_event(words: Sequence[str]) -> str | None:
    """The event a clause's verb gives after a post-modifier of its subject ("aboard the
    ship have fallen ill", "on board the ferry were killed"); None when it gives none."""
    for k in range(1, len(words)):
        ev = _phrase_event(words[k:k + 3]) if words[k] in _PHRASE_FIRST else None
        if ev is None and words[k] in EVENT_OF and words[k] not in NEUTRAL_VERBS and not _in_pp(words, k):
            ev = EVENT_OF[words[k]]
        if ev is not None and ev != "aboard":
            return ev
    return None


_MOVED_AUX = frozenset("were was been being are is".split())


def _moved_to(rest: Sequence[str]) -> bool:
    """ "were moved to other prisons", "have been moved into a field hospital": moved by those
    in charge (not "moved back home", "moved out of their homes")."""
    for k in range(min(len(rest) - 2, 3)):
        if rest[k] in _MOVED_AUX and rest[k + 1] == "moved" and rest[k + 2] in ("to", "into"):
            return True
    return False


def _moved_back(rest: Sequence[str]) -> bool:
    """ "have moved back home", "went back to their homes": returned."""
    return any(w in ("moved", "went", "gone", "came", "come") and nxt == "back" for w, nxt in zip(rest[:4], rest[1:5]))


def _spilled(rest: Sequence[str]) -> bool:
    """The figure's own verb says a substance got out: "had escaped", "leaked into", "were
    discharged", "entered the river" (a verb of motion only with a place after it)."""
    for k, w in enumerate(rest[:5]):
        if w in SPILL_SKIP:
            continue
        if w in SPILL_VERBS:
            return True
        nxt = rest[k + 1] if k + 1 < len(rest) else ""
        return w in SPILL_MOTION_VERBS and nxt in ("into", "the", "onto")
    return False


_CURRENCY_UNIT = lazyre.compile(r"[A-Z]{3,5}")  # "GBP", "EUR": the units of money (as figures.py reads them)


def _money(unit: str) -> bool:
    return _CURRENCY_UNIT.fullmatch(unit) is not None


def _estimate(words: Sequence[str]) -> bool:
    """Every modal cue among ``words`` is one of estimate ("expected", "likely"), none of
    possibility ("could", "may", "if", "target")."""
    cues = [w for w in words if w in _MODAL_WORDS]
    return bool(cues) and all(w in ESTIMATE_CUES for w in cues) and not _has_cue(words, _MODAL_PHRASES)


def _fell(rest: Sequence[str]) -> bool:
    """The figure's own verb says a mass came down: "(of earth and rock) fell onto the road",
    "had collapsed", "came down", "crashed down onto the tracks" (a verb of motion only with
    "down"); the clause's first five words after the noun."""
    for k, w in enumerate(rest[:5]):
        if w in FALL_VERBS or (w in FALL_DOWN_VERBS and rest[k + 1:k + 2] == ["down"]):
            return True
        if w in EVENT_OF and w not in NEUTRAL_VERBS:
            return False  # another event first ("were removed", "was dumped")
    return False


def _outage(words: Sequence[str]) -> bool:
    if OUTAGE_VERBS.isdisjoint(words):
        return False  # the common case, decided without a Python-level loop
    if any(w in OUTAGE_VERBS and nxt in OUTAGE_NOUNS for w, nxt in zip(words, words[1:])):
        return True
    if any(w in OUTAGE_VERBS and nxt in OUTAGE_NOUN_MODIFIERS and nxt2 in OUTAGE_NOUNS
           for w, nxt, nxt2 in zip(words, words[1:], words[2:])):
        return True  # "without running water", "lost mains power"
    # "power was cut to 400,000 homes", "had their power cut": the supply noun, then its verb
    return any(w in OUTAGE_NOUNS and k + 1 < len(words) and words[k + 1] in ("cut", "lost") or
               w in OUTAGE_NOUNS and k + 2 < len(words) and words[k + 1] in ("was", "were", "has", "had")
               and (words[k + 2] in OUTAGE_VERBS or (words[k + 2] == "been" and k + 3 < len(words)
                                                       and words[k + 3] in OUTAGE_VERBS))
               for k, w in enumerate(words))


def _to_hospital(words: Sequence[str]) -> bool:
    if TO_HOSPITAL_VERBS.isdisjoint(words):
        return False
    for k, w in enumerate(words[:-2]):
        if w in TO_HOSPITAL_VERBS and words[k + 1] == "to":
            nxt = words[k + 3] if words[k + 2] in ("a", "the", "local") and k + 3 < len(words) else words[k + 2]
            if nxt in HOSPITAL_NOUNS:
                return True
    return False


def _year_anchor(words: Sequence[str], k: int) -> str | None:
    """A year that dates the clause: "in 2011", "the 2011 epidemic", "2011's", "in June 2011";
    not "since 2011" or "by 2030" (a period or a deadline)."""
    w = words[k]
    if not _YEAR_TOKEN.fullmatch(w):
        return None
    prev = words[k - 1] if k > 0 else ""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if prev in MONTHS:
        j = k - 2
        while j >= 0 and (words[j][:1].isdigit() or words[j] == ","):
            j -= 1  # "on 3 June 2011", "June 3, 2011"
        return None if j >= 0 and words[j] in _PERIOD_WORDS else w.rstrip(".,")
    if prev in ANCHOR_PREPOSITIONS or nxt == "s":
        return w.rstrip(".,")
    return None


def _anchor(words: Sequence[str]) -> str | None:
    """The other time a clause puts its figure in: a year, "last year", "the previous fire"."""
    for k, w in enumerate(words):
        if 4 <= len(w) <= 5 and (w[0] == "1" or w[0] == "2"):  # cheap test before the regex
            y = _year_anchor(words, k)
            if y:
                return y
        elif w in DISTANT_DEMONSTRATIVES:
            if k + 1 < len(words) and (words[k + 1] in PAST_EVENT_NOUNS or words[k + 1] in PAST_TIME_NOUNS):
                return "previous"  # "in that epidemic"
        elif w in PAST_ANCHOR_WORDS:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if w == "last" and nxt.startswith("year"):
                return "last year"
            if nxt in PAST_EVENT_NOUNS or (k + 2 < len(words) and words[k + 2] in PAST_EVENT_NOUNS):
                return "previous"
    return None


_THEN_OPENERS = (("then",), ("at", "the", "time"), ("back", "then"), ("at", "that", "time"), ("that", "time"))


def carried_anchor(text: str, previous: str) -> str | None:
    """ "The river last burst its banks in 2010. Then, 300 homes were flooded.": a sentence
    that opens with "Then,", "At the time," or "Back then," takes the time its previous
    sentence names (a year, "last year", "the previous fire"), if any."""
    head = text[:40].lower()
    if "then" not in head and "time" not in head:
        return None  # every opener holds one of the two words: most sentences stop here
    words = [t[0] for t in _tokens(text[:40])]
    opener = next((o for o in _THEN_OPENERS if tuple(words[:len(o)]) == o), None)
    if opener is None or len(words) <= len(opener) or words[len(opener)] != ",":
        return None
    return _anchor([t[0] for t in _tokens(previous[-400:])])


def _when_year(words: Sequence[str]) -> str | None:
    """ "the worst heatwave since 2003, when 48 people died": a when-clause after a year
    dates its figure to that year, whatever the preposition before the year."""
    j = len(words) - 1
    if words and words[j] != "when" and "when" in words:
        # "the worst since 1994, when the flooding of the pit killed eleven men": the figure
        # is the when-clause's object; not when another clause comes between
        j = len(words) - 1 - words[::-1].index("when")
        if any(w in _WHEN_CLAUSE_BREAKS for w in words[j + 1:]):
            return None
    if j < 1 or words[j] != "when":
        return None  # the figure opens the when-clause ("..., when allegations surfaced that
        # one million ..." dates the allegations, not the figure)
    prev = words[j - 1] if words[j - 1] != "," or j < 2 else words[j - 2]
    return prev.rstrip(".,") if _YEAR_TOKEN.fullmatch(prev) else None


def _lead_anchor(toks: list[tuple[str, int, int]], k_left: int) -> str | None:
    """A sentence-initial time adverbial ("In 2016, ...", "Last year, ...") dates every
    figure after it."""
    if k_left < 2:
        return None
    if toks[0][0] in DISTANT_DEMONSTRATIVES and (toks[1][0] in PAST_EVENT_NOUNS or toks[1][0] in PAST_TIME_NOUNS):
        return "previous"  # "That epidemic, which lasted a season, killed more than 200"
    for k in range(min(k_left, LEAD_SPAN) - 2, -1, -1):
        if toks[k][0] in DISTANT_DEMONSTRATIVES and _pointer_back(toks, k):
            return "previous"  # "Some of us remember that one well: 230 people fell ill"
    if toks[0][0] not in _LEAD_PREPS and toks[0][0] != "last":
        return None
    lead = [t[0] for t in toks[:min(k_left, 4)]]
    if len(lead) >= 2 and lead[0] in _LEAD_PREPS:
        for k in (1, 2):
            if k < len(lead) and _YEAR_TOKEN.fullmatch(lead[k]) and (k == 1 or lead[1] in MONTHS):
                return lead[k].rstrip(".,")
        # "During the 2003 heatwave, 48 people died": the opening phrase up to its comma.
        phrase = []
        for w, _, _ in toks[:min(k_left, LEAD_PHRASE)]:
            if w in _BREAK:
                break
            phrase.append(w)
        if len(phrase) < min(k_left, LEAD_PHRASE):
            y = _anchor(phrase)
            if y is not None:
                return y
    if len(lead) >= 2 and lead[0] == "last" and lead[1].startswith("year"):
        return "last year"
    return None


LEAD_PHRASE = 8  # tokens of an opening "During the 2003 heatwave," phrase
LEAD_SPAN = 12  # tokens before a figure searched for "that one:", "that time," pointing back
_POINTER_NOUNS = frozenset(("one", "time"))
_POINTER_END = frozenset(",:;.–—".split() + ["well", "too", "back", "was", "either"])


def _pointer_back(toks: list, k: int) -> bool:
    """ "that one well:", "that time, ...": a demonstrative of distance with a pronoun head,
    not a complementiser ("said that one person died")."""
    return (k + 2 < len(toks) and toks[k + 1][0] in _POINTER_NOUNS
            and (toks[k + 2][0] in _POINTER_END or toks[k + 2][0] in _BREAK))


_STARTS: dict[int, list[int]] = {}


_CANDS: dict[int, list[int]] = {}


def _find_anchor_tokens(toks: list) -> list[int]:
    """Indices of the tokens that may start a time anchor (year-like, "last", "previous")."""
    return [k for k, (w, _, _) in enumerate(toks)
            if w in PAST_ANCHOR_WORDS or (4 <= len(w) <= 5 and w[0] in "12" and _YEAR_TOKEN.fullmatch(w))
            or (w in DISTANT_DEMONSTRATIVES and k + 1 < len(toks)
                and (toks[k + 1][0] in PAST_EVENT_NOUNS or toks[k + 1][0] in PAST_TIME_NOUNS
                     or _pointer_back(toks, k)))]


def _anchor_tokens(toks: list) -> list[int]:
    # Cached per sentence while annotate() runs (it clears the cache when done).
    key = id(toks)
    if key not in _CANDS:
        _CANDS.clear()
        _CANDS[key] = _find_anchor_tokens(toks)
    return _CANDS[key]


def _starts_of(toks: list) -> list[int]:
    key = id(toks)
    if key not in _STARTS:
        _STARTS.clear()  # one sentence at a time: a tiny cache, never a leak
        _STARTS[key] = [t[1] for t in toks]
    return _STARTS[key]


# A sentence repeated in a story (wire copy, boilerplate) gets the same figures tuple back
# from the memo of numbers.extract_figures: its annotation is kept too, keyed by the text and
# that tuple's identity (the entry holds the tuple, so its id cannot be reused meanwhile).
# Emptied when full, like that memo.
_ANNOTATED: dict[tuple[str, int], tuple[Sequence[Figure], tuple[Figure, ...]]] = {}
ANNOTATED_SIZE = 4096


def _others_of(text: str, figs: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """ "killing two people and injuring at least 11 others", "three miners died and 14 others
    were hurt": "others" of a person event are more of the thing the figure before it counts;
    so are "damaged 1,200 homes and destroyed 300 more" (more homes, not an increment of the
    destroyed) and "arrested 40 people, 12 of whom were later charged" (12 people charged)."""
    out = list(figs)
    for k in range(1, len(out)):
        c = out[k].counted
        prev = out[k - 1].counted
        if c is None or prev is None or out[k].unit or prev.head in (None, ANY, ""):
            continue
        if c.head == ANY and c.head_word == "others" and c.event in PERSON_EVENTS:
            out[k] = out[k].with_counted(evolve(c, head=prev.head))
        elif (c.head is None and c.event is not None and c.event != prev.event
              and (c.modality == "increment" and text[out[k].end:out[k].end + 6].lower().startswith(" more")
                   or _OF_WHOM.match(text, out[k].end))):
            out[k] = out[k].with_counted(evolve(c, head=prev.head, modality=None))
    return tuple(out)


_OF_WHOM = lazyre.compile(r"\s{1,2}of\s{1,2}(?:whom|which)\b", re.I)


def annotate(text: str, figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """The figures of one sentence with ``counted`` filled in."""
    if not figures:
        return ()
    key = (text, id(figures))
    hit = _ANNOTATED.get(key)
    if hit is not None and hit[0] is figures:
        return hit[1]
    toks = _tokens_until(text, figures[-1].end)  # figures are in order and never overlap
    out = tuple(f.with_counted(describe_figure(text, f, toks, figures)) for f in figures)
    if len(out) > 1:
        out = _others_of(text, out)
    _STARTS.clear()
    _CANDS.clear()
    if isinstance(figures, tuple):  # a list could change under the same id: never kept
        if len(_ANNOTATED) >= ANNOTATED_SIZE:
            _ANNOTATED.clear()
        _ANNOTATED[key] = (figures, out)
    return out

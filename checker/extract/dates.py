"""The one temporal extractor: every date, range, period and weekday as an interval.

Candidates are found with our own bounded regexes (never a fuzzy parser), then resolved
against the article's publication date, never against today. With no publication date a
year-less or relative expression stays unresolved and says so. Invalid calendar dates
("30 February") are dropped without an exception.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from attrs import frozen
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from checker import lazyre
from checker.vocab.periods import FORWARD_STEMS
from checker.alternation import trie
from checker.vocab.time import (
    COMING_SPAN_DAYS, DURATION_NOUNS, DURATION_UNITS, FULL_WEEKDAY_ALTERNATION, FUTURE_CUES,
    FUTURE_CUES_CASED, HOURS_PER_DAY, MONTH_ALTERNATION, MONTHS, NUMBER_WORDS_SMALL,
    SEASON_FOLLOWERS, SEASONS, SPEECH_VERBS, WEEKDAYS,
)

MAX_SCAN = 4000  # longest sentence the patterns ever see (sentences are capped anyway)
FUTURE_WINDOW = 90  # tense is read from the clause just before an expression
INVALID = object()  # an impossible calendar date: consumes its span, yields nothing
CACHE_SIZE = 4096  # sentences whose expressions are kept (a few MB at most)


@frozen
class TimeExpr:
    """A temporal expression of one sentence, as an inclusive interval of days.

    ``start``/``end`` are None when the expression could not be resolved (no publication
    date, or a year-less date in an undated article); ``month_day`` then still holds what was
    stated: ((month, day) of the start, (month, day) of the end), days may be None.
    """

    start_offset: int  # offsets into the sentence text
    end_offset: int
    text: str
    form: str  # date | range | month | year | period | weekday | duration
    start: dt.date | None
    end: dt.date | None
    precision: str  # day | month | year | period
    year_stated: bool
    weekday: int | None = None  # a stated weekday (0 = Monday)
    month_day: tuple | None = None
    duration_days: int | None = None
    future: bool = False
    note: str | None = None

    @property
    def resolved(self) -> bool:
        return self.start is not None

    def value(self) -> str:
        """Normalised value: ISO date, interval or partial date."""
        if self.form == "duration" and self.start is None:
            return f"P{self.duration_days}D"
        if self.start is None:
            if self.month_day and self.month_day[0][0] is not None:
                (m1, d1), (m2, d2) = self.month_day
                a = f"--{m1:02d}" + (f"-{d1:02d}" if d1 else "")
                b = f"--{m2:02d}" + (f"-{d2:02d}" if d2 else "")
                return a if a == b else f"{a}/{b}"
            if self.weekday is not None:
                return f"{calendar.day_name[self.weekday]} (unresolved: no publication date)"
            return f"{self.text} (unresolved: no publication date)"
        if self.precision == "year" and self.start.month == 1 and self.end == dt.date(self.start.year, 12, 31):
            return f"{self.start.year}"
        if self.precision == "month" and self.start.day == 1 and self.end.day == calendar.monthrange(self.end.year, self.end.month)[1] and self.start.month == self.end.month:
            return f"{self.start.year}-{self.start.month:02d}"
        if self.precision == "month" and self.start.day == 1 and self.end.day == calendar.monthrange(self.end.year, self.end.month)[1]:
            return f"{self.start.year}-{self.start.month:02d}/{self.end.year}-{self.end.month:02d}"
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


# --- patterns ---------------------------------------------------------------------------
# The month and weekday names as prefix trees (checker.alternation): the same matches as
# MONTH_ALTERNATION and FULL_WEEKDAY_ALTERNATION, several times cheaper to try.
_MONTHS = trie(sorted(MONTHS, key=len, reverse=True))
assert _MONTHS and MONTH_ALTERNATION == "|".join(sorted(MONTHS, key=len, reverse=True))
_M = rf"(?:{_MONTHS})(?:(?<=[a-z]{{3}})(?<!may)(?<!june)(?<!july)(?<!march)(?<!april)(?<!ber)(?<!ary)(?<!ust)\.)?"  # a dot only after an abbreviation
_D = r"(?:[0-3]?[0-9])(?:st|nd|rd|th)?"
_Y = r"(?:[12][0-9]{3})"
_DASH = r"\s{0,2}(?:-|–|—|‑|−|to|until|till|through|thru|and)\s{0,2}"
_WDAY = rf"(?:{trie(FULL_WEEKDAY_ALTERNATION.split(chr(124)))})"  # chr(124): "|"
# "May 1-2-3-4": a chain of more than two numbers is no range (a score, a list, a code)
_CHAIN = r"|\s{0,2}[-–—‑−]\s{0,2}[0-9]"
_B = r"(?<![\w/.-])"  # left boundary: not inside a word, number, path or decimal
_E = r"(?![\w])"
# "until at least October", "since at least 2019": a hedge between the cue and the date
_AT_LEAST = r"(?:(?:at\s(?:least|the\searliest|the\slatest)|as\s(?:early|late)\sas)\s{1,2})?"
# "within two days of the crash", "after three weeks of talks": counted from another event,
# not from publication (the expression is consumed and left unresolved)
_ANCHORED = r"(?P<anchor>\s(?:of|after|before|from|since|following)\s)?"

# Start cues after "<N>-day <noun>": the noun names a period that starts on the date.
_PERIOD_START_WORDS = ("starting", "beginning", "commencing", "began", "started")
_PERIOD_START = r"starting|beginning|commencing|(?:which|that)\s(?:began|started)"

_P = {
    # May 30 - June 2(, 2022)
    "md_md": rf"{_B}(?P<m1>{_M})\s{{1,3}}(?P<d1>{_D})(?:,?\s{{1,3}}(?P<y1>{_Y}))?{_DASH}(?P<m2>{_M})\s{{1,3}}(?P<d2>{_D})(?:,?\s{{1,3}}(?P<y2>{_Y}))?{_E}",
    # 30 May - 2 June 2022
    "dm_dm": rf"{_B}(?P<d1>{_D})\s{{1,3}}(?P<m1>{_M})(?:,?\s{{1,3}}(?P<y1>{_Y}))?{_DASH}(?P<d2>{_D})\s{{1,3}}(?P<m2>{_M})(?:,?\s{{1,3}}(?P<y2>{_Y}))?{_E}",
    # May 23-28(, 2022); from June 3 to 9; between June 3 and 9
    "md_d": rf"{_B}(?P<m1>{_M})\s{{1,3}}(?P<d1>{_D}){_DASH}(?P<d2>{_D})(?!\s{{0,2}}(?:{_MONTHS}|[0-9]){_CHAIN})(?:,?\s{{1,3}}(?P<y1>{_Y}))?{_E}",
    # 3-9 June(, 2022); between 3 and 9 June; from 3 to 9 June
    "d_dm": rf"{_B}(?P<d1>{_D}){_DASH}(?P<d2>{_D})\s{{1,3}}(?:of\s{{1,2}})?(?P<m1>{_M})(?:,?\s{{1,3}}(?P<y1>{_Y}))?{_E}",
    # (Sunday,) June 3(, 2023)
    "md": rf"{_B}(?:(?P<wd>{_WDAY}),?\s{{1,3}})?(?P<m1>{_M})\s{{1,3}}(?P<d1>{_D})(?![0-9:])(?:(?:,\s{{0,3}}|\s{{1,3}})(?P<y1>{_Y}))?{_E}(?P<bad>,?\s{{0,3}}[0-9]{{5}})?",
    # (Sunday,) 3 June(, 2023); the 3rd of June
    "dm": rf"{_B}(?:(?P<wd>{_WDAY}),?\s{{1,3}}(?:the\s)?)?(?P<d1>{_D})\s{{1,3}}(?:of\s{{1,2}})?(?P<m1>{_M})(?:,?\s{{1,3}}(?P<y1>{_Y}))?{_E}(?P<bad>,?\s{{0,3}}[0-9]{{5}})?",
    "iso": rf"{_B}(?P<y1>[12][0-9]{{3}})-(?P<mn>[01][0-9])-(?P<d1>[0-3][0-9]){_E}",
    # day-first numeric dates (23.05.2022, 23/05/2022): the documented policy
    "num": rf"{_B}(?P<d1>[0-3]?[0-9])[./](?P<mn>[0-3]?[0-9])[./](?P<y1>[12][0-9]{{3}}){_E}",
    # March 2021 to November 2023; between March and November 2023 (the last year is needed:
    # "March and April" alone is more often a list than a range)
    "my_my": rf"{_B}(?P<m1>{_M})(?:,?\s{{1,3}}(?P<y1>{_Y}))?{_DASH}(?P<m2>{_M})(?:,|\sof)?\s{{1,3}}(?P<y2>{_Y}){_E}",
    # September 2018
    "my": rf"{_B}(?:(?P<part>early|mid|late|the\s(?:end|start|beginning|middle)\sof)[\s-]{{1,2}})?(?P<m1>{_M})(?:,|\sof)?\s{{1,2}}(?P<y1>{_Y}){_E}",
    # in June; by the end of June; early June (a month name alone needs such a cue: "may"); the
    # abbreviation keeps its dot (atomic), so "from Jan. 13 to 15" is a range, not "from Jan"
    "m": rf"{_B}(?P<cue>in|by|since|until|till|before|after|from|during|throughout|early|mid|late|(?:the\s)?(?:end|start|beginning|middle|(?:first|second|third|fourth|final|last)\sweek)\sof)[\s-]{{1,2}}{_AT_LEAST}(?:(?P<part>early|mid|late)[\s-]{{1,2}})?(?P<m1>(?>{_M}))(?![\w])(?!\s{{1,3}}[0-9])(?!{_DASH}(?:{_MONTHS})\s{{1,3}}[0-9])",
    # years with a cue: in 2018, since 2005, the 2022 Games
    "y": rf"{_B}(?P<cue>in|since|from|until|till|by|before|after|during|of|early|late|mid|throughout)[\s-]{{1,2}}{_AT_LEAST}(?P<y1>(?:19|20)[0-9]{{2}})(?![\w%,.]?[0-9])",
    "half": rf"{_B}(?:the\s)?(?P<half>first|second|1st|2nd)\s(?:half|six\smonths)\s(?:of\s)?(?:(?P<rel>this|the|next|last)\s(?:year|calendar\syear)|(?P<y1>{_Y}))",
    "quarter": rf"{_B}(?:the\s)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\squarter\s(?:of\s)?(?:(?P<rel>this|the|next|last)\syear|(?P<y1>{_Y}))",
    "qn": rf"{_B}Q(?P<qn>[1-4])\s(?P<y1>{_Y}){_E}",
    "relunit": rf"{_B}(?:(?P<part>early|mid|late|later|earlier|the\s(?:end|start|beginning|middle)\sof|the\srest\sof)[\s-]{{1,2}})?(?P<rel>this\spast|this|next|last|the\scoming|the\sfollowing|the\sprevious|the)\s(?P<unit>week|month|year|weekend){_E}",
    "coming": rf"{_B}(?:in\s)?(?:the\s)?(?P<rel>coming|next|following|past|last|previous)\s(?:few\s|couple\sof\s|several\s)?(?P<unit>days|weeks|months)(?!\s(?:ago|earlier))",
    "within": rf"{_B}(?P<cue>within|in|over|after)\s(?:the\s(?:next|following|coming)\s)?(?P<n>[0-9]{{1,3}}|{'|'.join(k for k in NUMBER_WORDS_SMALL if len(k) > 2)}|a|an|a\sfew|a\scouple\sof)"
              # "in two to three weeks", "within 6-8 weeks": a range of counts
              rf"(?:(?:\s(?:to|or)\s|\s?[-–]\s?)(?P<n2>[0-9]{{1,3}}|{'|'.join(k for k in NUMBER_WORDS_SMALL if len(k) > 2)}))?"
              rf"\s(?P<unit>hours?|days?|weeks?|months?|years?)(?!\s(?:ago|earlier)){_ANCHORED}",
    # "within days", "within the next few weeks", "within hours": a vague span ahead
    "within_vague": rf"{_B}within\s(?:the\s)?(?:(?:next|coming|following)\s)?(?:few\s|several\s)?(?P<unit>hours|days|weeks|months){_E}{_ANCHORED}",
    "ago": rf"{_B}(?P<n>[0-9]{{1,3}}|{'|'.join(k for k in NUMBER_WORDS_SMALL if len(k) > 2)}|a|an|a\sfew)\s(?P<unit>days?|weeks?|months?|years?)\s(?:ago|earlier)",
    # from Monday to Friday: the second weekday is on or after the first
    "wdr": rf"{_B}(?:from\s)?(?P<wd>{_WDAY})\s{{0,2}}(?:-|–|—|to|until|till|through|thru)\s{{0,2}}(?P<wd2>{_WDAY}){_E}(?!,?\s{{1,3}}(?:the\s)?(?:[0-9]|{_MONTHS}))",
    "weekend": rf"{_B}(?:over|during|at|on|by|before|until|till|after)\s(?:the\s)?weekend{_E}",
    # "within the week", "within the next month": from publication to a unit ahead
    "within_unit": rf"{_B}within\s(?:the\s|a\s(?=fortnight))?(?:(?:next|coming|following)\s)?(?P<unit>week|fortnight|month|year){_E}",
    # "on the 13th", "until the 21st": a day of a month the sentence or publication gives;
    # never "the 13th floor" / "the 19th century" (a word other than a conjunction follows)
    "dom": rf"{_B}(?P<cue>on|since|until|till|by|from|before|after|through)\s{{1,3}}(?P<the>the)\s{{1,3}}(?P<d1>[0-3]?[0-9])(?:st|nd|rd|th){_E}"
           rf"(?!\s{{0,3}}(?:of\s|{_MONTHS}))"
           rf"(?!\s{{1,3}}(?!(?:and|or|but|when|after|before|as|at|in|with|while|to|until|till|from|that|the|a|an|amid|it|he|she|they|we|there|this|its|his|her|their|for|by|on)\b)[A-Za-z])",
    # in the autumn; by next spring; summer 2024; the winter of 2023 (a cue, a relative word
    # or a year is needed: "summer" alone is too often a modifier)
    "season": rf"{_B}(?:(?P<cue>in|by|during|until|till|before|after|from|over|through|throughout)\s{{1,2}}(?:the\s{{1,2}})?"
              rf"(?:(?P<part>early|mid|late)[\s-]{{1,2}})?(?P<s1>spring|summer|autumn|fall|winter)"
              rf"|(?P<rel>this|next|last|the\scoming|the\spast)\s{{1,2}}(?P<s2>spring|summer|autumn|fall|winter)"
              rf"|(?P<s3>spring|summer|autumn|winter)(?=\s(?:of\s)?[12][0-9]{{3}}))"
              rf"(?:\s{{1,2}}(?:of\s{{1,2}})?(?P<y1>{_Y}))?{_E}"
              rf"(?=\s{{0,3}}[^\w\s]|\s{{0,3}}$|\s(?:{'|'.join(SEASON_FOLLOWERS)})\b)",
    "yearend": rf"{_B}(?P<cue>by|at|before|until|till|after|in|into|early\sin)\s(?:the\s)?(?:year[-\s]end|year[’']s\send|end[-\s]of[-\s]year"
               rf"|(?<!the\s)(?P<xmas>christmas)(?:\sday)?(?!\s(?:island|market|tree|eve|shopping|lights|part(?:y|ies)|dinner|cards?|carols?|trading|sales|presents?|fair|special|holidays?|break|period|rush)\b)"
               rf"|(?<!the\s)(?P<easter>easter)(?:\ssunday)?(?!\s(?:island|eggs?|rising|bunny|monday|holidays?|break|weekend|period|parade|service)\b)"
               rf"|(?<=the\s)(?P<ny>new\syear)(?![’']s|\s(?:holiday|eve|day|break|celebration|festivit|party|honours|resolution))){_E}",
    "deictic": rf"{_B}(?P<word>yesterday|today|tomorrow|tonight){_E}",
    # the week of June 3; the week beginning 3 June (2024)
    "weekof": rf"{_B}(?:the\s{{1,2}})?week\s{{1,2}}(?P<how>of|beginning|starting|commencing)\s{{1,2}}(?:(?P<m1>{_M})\s{{1,3}}(?P<d1>{_D})|(?P<d2>{_D})\s{{1,3}}(?:of\s{{1,2}})?(?P<m2>{_M}))(?:,?\s{{1,3}}(?P<y1>{_Y}))?{_E}",
    # the night of June 3 (2024): that date and the next, as reports differ on which they give
    # (not "the night of Saturday, July 2": a stated weekday is left to "md" for checking)
    "nightof": rf"{_B}(?:the\s{{1,2}})?night\s{{1,2}}of\s{{1,2}}(?:(?P<m1>{_M})\s{{1,3}}(?P<d1>{_D})|(?P<d2>{_D})\s{{1,3}}(?:of\s{{1,2}})?(?P<m2>{_M}))(?:,?\s{{1,3}}(?P<y1>{_Y}))?{_E}(?!{_DASH}[0-9])",
    # overnight into Tuesday (Monday night to Tuesday); overnight on Tuesday (into Wednesday)
    "overnight": rf"{_B}overnight\s{{1,2}}(?:(?P<into>into|to)\s{{1,2}}|on\s{{1,2}})?(?P<wd>{_WDAY})(?:\s(?:night|morning))?{_E}(?!,?\s{{1,3}}(?:the\s)?(?:[0-9]|{_MONTHS}))",
    # (on) Tuesday last week; Tuesday of next week: that weekday of the week named
    "wdweek": rf"{_B}(?:on\s{{1,2}})?(?P<wd>{_WDAY})(?:\s(?P<tod>morning|afternoon|evening|night))?,?\s{{1,2}}(?:of\s{{1,2}})?(?P<rel>last|next|this)\s{{1,2}}week{_E}(?!\s?end)",
    "wd": rf"{_B}(?:(?P<rel>on|last|next|this\spast|this|by|until|since|from|before|after|early|late|coming)\s{{1,2}})?(?P<wd>{_WDAY})(?:’s|'s)?(?:\s(?P<tod>morning|afternoon|evening|night))?(?:\s{{1,2}}\((?P<dn>[0-3]?[0-9])\))?{_E}(?!,?\s{{1,3}}(?:the\s)?(?:[0-9]|{_MONTHS}))",
    # "a ten-day fishing ban starting March 9": before a start cue any noun names a period
    "duration": rf"{_B}(?:(?P<n>[0-9]{{1,3}}|{'|'.join(k for k in NUMBER_WORDS_SMALL if len(k) > 2)}|a|an)[\s-](?P<unit>day|week|fortnight|month|year|night|hour)s?|(?P<unit2>fortnight))(?:[\s-]long)?(?=\s(?:[\w-]{{1,20}}\s)?(?:{'|'.join(DURATION_NOUNS)})(?![\w])|\s(?:[\w-]{{1,20}},?\s){{1,3}}(?:{_PERIOD_START})\s)",
}
_ORDER = tuple(_P)
_RX = {k: lazyre.compile(v, re.I) for k, v in _P.items()}
_FUTURE_RX = lazyre.compile(
    r"(?i:\b(?:" + "|".join(re.escape(c) for c in FUTURE_CUES) + r"))\b"
    r"|\b(?:" + "|".join(FUTURE_CUES_CASED) + r")\b"
)
# "postponed until September 14": a bound ahead, whatever the verb's tense.
_UNTIL_BEFORE = lazyre.compile(r"(?i:\b(?:until|till|no\slater\sthan))\s{1,3}(?:on\s{1,3})?$")
# "was arrested on December 20", "opened on May 3": an explicit past just before a date.
_PAST_BEFORE = lazyre.compile(r"(?i:\b(?:was|were|had|did|[a-z]{2,20}ed)\b)(?:\s{1,3}[\w’'-]{1,20}){0,4}\s{1,3}(?:on|in|at)?\s{0,3}$")
# "officials said on Friday", "announced last week": a statement date is always past.
_SPEECH_BEFORE = lazyre.compile(r"(?<!be\s)(?i:\b(?:" + "|".join(SPEECH_VERBS) + r"))\s{1,3}(?:on\s{1,3})?$")  # not "will be published"
# The longest text each can match: "no later than" or a speech verb, then up to
# "\s{1,3}on\s{1,3}", and the final newline "$" may stand before.
_UNTIL_REACH = len("no later than") + 9
_SPEECH_REACH = max(map(len, SPEECH_VERBS)) + 9
# Under re.I these letters match an ASCII letter that casefold() does not give them
# ("İ" and "ı" match "i"): a text holding one gets no substring prefilter.
_FOLD_UNSAFE = ("\u0130", "\u0131")
# "promised an offer within days", "must leave within 48 hours": the clause looks forward
_FORWARD_BEFORE = lazyre.compile(r"(?i:\b(?:" + "|".join(FORWARD_STEMS) + r")[a-z]{0,5}\b)")
_MONTH_WORD = lazyre.compile(rf"(?<![\w])(?:{_MONTHS})(?![\w])", re.I)
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


# The patterns match case-insensitively, and "ſ", "ı", "İ" and "K" match s, i, i and k:
# fold a matched word to the ASCII key it matched, so that no lookup fails on it.
_FOLD_KEY = str.maketrans({"\u0131": "i", "\u0307": None})


def _fold(word: str) -> str:
    return word.lower() if word.isascii() else word.casefold().translate(_FOLD_KEY)


def _num(word: str) -> int:
    w = _fold(word)
    if w.isdigit():
        return int(w)
    if w in ("a few", "a couple of"):
        return 3 if w == "a few" else 2
    return NUMBER_WORDS_SMALL.get(w, 1)


def _month(word: str) -> int:
    return MONTHS[_fold(word).rstrip(".")]


_DIGITS = lazyre.compile(r"[0-9]+")


def _day(word: str) -> int:
    return int(_DIGITS.match(word).group(0))


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


@functools.lru_cache(maxsize=1024)
def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


_DAYS_2001 = {m: calendar.monthrange(2001, m)[1] for m in range(1, 13)}  # (a month's days, once)


def _valid_md(m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= (29 if m == 2 else _DAYS_2001[m])


_FUTURE_WORDS = tuple(sorted(set(FUTURE_CUES)))


def is_future(sentence: str) -> bool:
    text = sentence[:MAX_SCAN]
    # The pattern cannot match without one of its cues (a pure speed-up: see _kinds).
    if not (any(map(text.__contains__, FUTURE_CUES_CASED)) or any(map(text.casefold().__contains__, _FUTURE_WORDS))
            or not text.isascii() and any(c in text for c in _FOLD_UNSAFE)):
        return False
    return bool(_FUTURE_RX.search(text))


PAST_REACH = 183  # a year-less date up to six months ahead is still this year's, whatever the tense
FUTURE_SLACK = 14  # a forecast may name a date just gone ("due by June 1" on June 3)


@functools.lru_cache(maxsize=4096)  # a pure function of its arguments; dense date text repeats them
def _pick_year(month: int, day: int | None, published: dt.date, future: bool, past: bool = False) -> int | None:
    """The year that puts a year-less date (or month) nearest the publication date.

    Tense only breaks near-ties: a future expression does not reach back more than two
    weeks, a past one does not reach forward more than six months.
    """
    best = None
    for y in (published.year - 1, published.year, published.year + 1):
        if day is None:
            lo, hi = dt.date(y, month, 1), _month_end(y, month)
        else:
            lo = hi = _date(y, month, day)
            if lo is None:
                continue
        delta = 0 if lo <= published <= hi else (lo - published).days if lo > published else (hi - published).days
        score = abs(delta)
        if future and delta < -FUTURE_SLACK:
            score += 400
        if not future and delta > (FUTURE_SLACK if past else PAST_REACH):
            score += 400
        if best is None or score < best[0]:
            best = (score, y)
    return best[1] if best else None


class _Builder:
    def __init__(self, sentence: str, published: dt.date | None, future: bool):
        self.s = sentence
        self.pub = published
        self.future = future
        self.past = False  # an explicit past tense just before the expression

    def expr(self, m, form, start, end, precision, year_stated, **kw) -> TimeExpr:
        return TimeExpr(m.start(), m.end(), m.group(0), form, start, end, precision,
                        year_stated, future=self.future, **kw)

    def absolute(self, m, kind: str) -> TimeExpr | None:
        g = m.groupdict()
        if g.get("bad"):
            return INVALID  # "January 1st, 9999999999": an impossible year, not a year-less date
        if kind in ("iso", "num"):
            y, mo, d = int(g["y1"]), int(g["mn"]), int(g["d1"])
            if kind == "num" and mo > 12 and d <= 12:
                mo, d = d, mo  # "05/23/2022" can only be month-first
            day = _date(y, mo, d)
            return self.expr(m, "date", day, day, "day", True) if day else INVALID
        m1 = _month(g["m1"])
        d1 = _day(g["d1"]) if g.get("d1") else None
        m2 = _month(g["m2"]) if g.get("m2") else m1
        d2 = _day(g["d2"]) if g.get("d2") else d1
        if not (_valid_md(m1, d1) and _valid_md(m2, d2)):
            return INVALID
        y1 = int(g["y1"]) if g.get("y1") else None
        y2 = int(g["y2"]) if g.get("y2") else None
        wd = WEEKDAYS[_fold(g["wd"])] if g.get("wd") else None
        is_range = kind in ("md_md", "dm_dm", "md_d", "d_dm")
        form = "range" if is_range else "date"
        if is_range and (m1, d1) == (m2, d2):
            form = "date"
        crosses = (m2, d2) < (m1, d1)  # "December 30 - January 2": the range crosses the new year
        year = y2 or y1
        if year is None and self.pub is not None:
            start_year = _pick_year(m1, d1, self.pub, self.future, self.past)
            if is_range and d1 and d2:
                # "will run from 15 January to 13 February" written on 9 February: a range
                # under way on the publication day is this year's, whatever the tense
                for y in (self.pub.year - 1, self.pub.year):
                    lo, hi = _date(y, m1, d1), _date(y + (1 if crosses else 0), m2, d2)
                    if lo is not None and hi is not None and lo <= self.pub <= hi:
                        start_year = y
            year = None if start_year is None else start_year + (1 if crosses else 0)
        if year is None:
            return self.expr(m, form, None, None, "day", False, weekday=wd,
                             month_day=((m1, d1), (m2, d2)), note="year not stated and no publication date")
        start_year = y1 or (year - 1 if crosses else year)
        start = _date(start_year, m1, d1)
        end = _date(year, m2, d2)
        if start is None or end is None or end < start:
            return INVALID
        note = None if (y1 or y2) else f"year {year} inferred from the publication date"
        return self.expr(m, form, start, end, "day", bool(y1 or y2), weekday=wd, note=note)

    def month(self, m, kind: str) -> TimeExpr | None:
        g = m.groupdict()
        mo = _month(g["m1"])
        y = int(g["y1"]) if g.get("y1") else None
        if y is None:
            if self.pub is None:
                return self.expr(m, "month", None, None, "month", False, month_day=((mo, None), (mo, None)),
                                 note="year not stated and no publication date")
            y = _pick_year(mo, None, self.pub, self.future, self.past) or self.pub.year
        start, end = dt.date(y, mo, 1), _month_end(y, mo)
        start, end, precision = _part(g.get("part") or _cue_part(g.get("cue")), start, end, "month")
        return self.expr(m, "month", start, end, precision, g.get("y1") is not None)

    def month_range(self, m) -> TimeExpr | None:
        g = m.groupdict()
        m1, m2, y2 = _month(g["m1"]), _month(g["m2"]), int(g["y2"])
        y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)
        start, end = dt.date(y1, m1, 1), _month_end(y2, m2)
        if end < start:
            return INVALID
        return self.expr(m, "range", start, end, "month", True)

    def year(self, m) -> TimeExpr | None:
        y = int(m.group("y1"))
        start, end, precision = _part(m.groupdict().get("cue"), dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
        return self.expr(m, "year", start, end, precision, True)

    def _year_of(self, rel: str | None, y1: str | None) -> int | None:
        if y1:
            return int(y1)
        if self.pub is None:
            return None
        return self.pub.year + {"next": 1, "last": -1}.get(_fold(rel or "this"), 0)

    def half(self, m) -> TimeExpr | None:
        g = m.groupdict()
        y = self._year_of(g.get("rel"), g.get("y1"))
        if y is None:
            return self.expr(m, "period", None, None, "period", False, note="no publication date")
        if _ORDINAL[_fold(g["half"])] == 1:
            return self.expr(m, "period", dt.date(y, 1, 1), dt.date(y, 6, 30), "period", bool(g.get("y1")))
        return self.expr(m, "period", dt.date(y, 7, 1), dt.date(y, 12, 31), "period", bool(g.get("y1")))

    def quarter(self, m) -> TimeExpr | None:
        g = m.groupdict()
        q = int(g["qn"]) if g.get("qn") else _ORDINAL[_fold(g["q"])]
        y = self._year_of(g.get("rel"), g.get("y1"))
        if y is None:
            return self.expr(m, "period", None, None, "period", False, note="no publication date")
        return self.expr(m, "period", dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "period", bool(g.get("y1")))

    def relunit(self, m) -> TimeExpr | None:
        g = m.groupdict()
        if self.pub is None:
            return self.expr(m, "period", None, None, "period", False, note="no publication date")
        rel = _fold(g["rel"])
        unit = _fold(g["unit"])
        step = 1 if rel in ("next", "the coming", "the following") else -1 if rel in ("last", "the previous", "this past") else 0
        p = self.pub
        if rel == "the" and unit != "week" and not g.get("part"):
            return None  # "the month" alone does not say which month
        if unit in ("week", "weekend"):
            monday = p - dt.timedelta(days=p.weekday()) + dt.timedelta(weeks=step)
            start, end = monday, monday + dt.timedelta(days=6)
            if unit == "weekend":
                start = monday + dt.timedelta(days=5)
            precision = "period"
        elif unit == "month":
            first = (p.replace(day=1) + relativedelta(months=step))
            start, end, precision = first, _month_end(first.year, first.month), "month"
        else:
            y = p.year + step
            start, end, precision = dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        part = _fold(g.get("part") or "")
        if part == "the rest of":
            start = max(start, p)
        elif part == "later":
            start, precision = max(start, p), "period"  # "later this month": publication to its end
        elif part == "earlier":
            end, precision = min(end, p), "period"  # "earlier this year": its start to publication
        else:
            start, end, precision = _part(g.get("part"), start, end, precision)
        return self.expr(m, "period", start, end, precision, False)

    def coming(self, m) -> TimeExpr | None:
        g = m.groupdict()
        if self.pub is None:
            return self.expr(m, "period", None, None, "period", False, note="no publication date")
        span = dt.timedelta(days=COMING_SPAN_DAYS[_fold(g["unit"])])
        if _fold(g["rel"]) in ("past", "last", "previous"):
            return self.expr(m, "period", self.pub - span, self.pub, "period", False)
        return self.expr(m, "period", self.pub, self.pub + span, "period", False)

    def within(self, m) -> TimeExpr | None:
        g = m.groupdict()
        if g.get("anchor"):
            return INVALID  # counted from another event ("within two days of the crash")
        if _fold(g["cue"]) == "within" and (self.past or _fold(g["unit"]).startswith("hour")) and not self._looks_forward(m):
            return INVALID  # "was rebuilt within two weeks": from an earlier event, not publication
        n = _num(g["n"])
        n2 = _num(g["n2"]) if g.get("n2") else n
        if n2 < n:
            return None  # "in 10 to 2 weeks": not a range
        unit = _fold(g["unit"]).rstrip("s")
        cue = _fold(g["cue"])
        if cue == "in" and _fold(m.group(0)).startswith("in the "):
            cue = "within"  # "in the next three days", "in the coming 48 hours": a span ahead
        if unit == "hour" and cue != "within":
            return None  # "over 48 hours" is as often past as ahead; "in 24 hours" a rate
        if self.pub is None:
            return self.expr(m, "period", None, None, "period", False, note="no publication date")
        if unit == "hour":
            # "within 48 hours": to the end of the day the last hour falls on
            return self.expr(m, "period", self.pub, self.pub + dt.timedelta(days=-(-n2 // HOURS_PER_DAY)), "period", False)
        delta = relativedelta(**{unit + "s": n})
        delta2 = relativedelta(**{unit + "s": n2})
        if cue in ("within", "over"):
            return self.expr(m, "period", self.pub, self.pub + delta2, "period", False)
        # "in four weeks": about that far ahead ("in two to three weeks": that range)
        target, target2 = self.pub + delta, self.pub + delta2
        slack = relativedelta(days=max(2, (target - self.pub).days // 5))
        return self.expr(m, "period", target - slack, target2 + slack, "period", False)

    def _looks_forward(self, m) -> bool:
        """A span "within ..." counts from publication only in a clause that looks forward;
        in a past narrative ("collapsed within days") it counts from an earlier event."""
        return self.future or bool(_FORWARD_BEFORE.search(self.s, max(0, m.start() - FUTURE_WINDOW), m.start()))

    def within_vague(self, m) -> TimeExpr | None:
        """"within days", "within the next few weeks": from publication to a vague span ahead."""
        if m.group("anchor") or not self._looks_forward(m):
            return INVALID  # "within hours of the verdict", "spread within days": another anchor
        if self.pub is None:
            return self.expr(m, "period", None, None, "period", False, note="no publication date")
        unit = _fold(m.group("unit"))
        days = 1 if unit == "hours" else COMING_SPAN_DAYS[unit]
        return self.expr(m, "period", self.pub, self.pub + dt.timedelta(days=days), "period", False)

    def _day_in(self, m, form: str, precision: str):
        """The day a "week of" / "night of" phrase names: a date, INVALID, or an unresolved
        expression (no year and no publication date)."""
        g = m.groupdict()
        mo = _month(g["m1"] or g["m2"])
        dn = _day(g["d1"] or g["d2"])
        if not _valid_md(mo, dn):
            return INVALID
        y = int(g["y1"]) if g.get("y1") else None
        if y is None:
            if self.pub is None:
                return self.expr(m, form, None, None, precision, False, month_day=((mo, dn), (mo, dn)),
                                 note="year not stated and no publication date")
            y = _pick_year(mo, dn, self.pub, self.future, self.past)
        day = _date(y, mo, dn) if y else None
        return INVALID if day is None else day

    def week_of(self, m) -> TimeExpr | None:
        """"the week of June 3": the Monday-to-Sunday week holding that day; "the week
        beginning June 3": seven days from it."""
        day = self._day_in(m, "period", "period")
        if not isinstance(day, dt.date):
            return day
        start = day - dt.timedelta(days=day.weekday()) if _fold(m.group("how")) == "of" else day
        return self.expr(m, "period", start, start + dt.timedelta(days=6), "period", bool(m.group("y1")))

    def night_of(self, m) -> TimeExpr | None:
        day = self._day_in(m, "range", "day")
        if not isinstance(day, dt.date):
            return day
        return self.expr(m, "range", day, day + dt.timedelta(days=1), "day", bool(m.group("y1")))

    def overnight(self, m) -> TimeExpr | None:
        """"overnight into Tuesday" = Monday and Tuesday; "overnight (on) Monday" = Monday and
        Tuesday: a night spans two dates, and reports differ on which one they give."""
        wd = WEEKDAYS[_fold(m.group("wd"))]
        if self.pub is None:
            return self.expr(m, "weekday", None, None, "day", False, weekday=wd, note="weekday with no publication date")
        d = self._weekday_date(wd, "on")
        if m.group("into"):
            return self.expr(m, "weekday", d - dt.timedelta(days=1), d, "day", False, weekday=wd)
        return self.expr(m, "weekday", d, d + dt.timedelta(days=1), "day", False, weekday=wd)

    def weekday_of_week(self, m) -> TimeExpr | None:
        """"on Tuesday last week", "Friday of next week": that weekday in the week named."""
        wd = WEEKDAYS[_fold(m.group("wd"))]
        if self.pub is None:
            return self.expr(m, "weekday", None, None, "day", False, weekday=wd, note="weekday with no publication date")
        step = {"last": -1, "next": 1}.get(_fold(m.group("rel")), 0)
        d = self.pub - dt.timedelta(days=self.pub.weekday()) + dt.timedelta(weeks=step, days=wd)
        end = d + dt.timedelta(days=1) if _night(m.group("tod")) else d
        return self.expr(m, "weekday", d, end, "day", False, weekday=wd)

    def _weekday_date(self, wd: int, rel: str) -> dt.date:
        p = self.pub
        back = (p.weekday() - wd) % 7
        fwd = (wd - p.weekday()) % 7
        if rel in ("last", "this past"):
            return p - dt.timedelta(days=back or 7)
        if rel in ("next", "coming"):
            return p + dt.timedelta(days=fwd or 7)
        if rel == "this":
            return p - dt.timedelta(days=p.weekday()) + dt.timedelta(days=wd)
        if self.future or rel in ("by", "until", "before", "from"):
            return p + dt.timedelta(days=fwd)
        return p - dt.timedelta(days=back)  # news reports the past

    def within_unit(self, m) -> TimeExpr | None:
        if self.pub is None:
            return self.expr(m, "period", None, None, "period", False, note="no publication date")
        days = {"week": 7, "fortnight": 14, "month": 31, "year": 365}[_fold(m.group("unit"))]
        return self.expr(m, "period", self.pub, self.pub + dt.timedelta(days=days), "period", False)

    def day_of_month(self, m) -> TimeExpr | None:
        """"on the 14th": of the month named earlier in the sentence, else of the publication
        month, or of the month before (past) or after (future) when that day is not yet
        (or no longer) reached."""
        dn = _day(m.group("d1"))
        if not 1 <= dn <= 31:
            return INVALID
        named = [mm for mm in _MONTH_WORD.finditer(self.s[:m.start()]) if mm.group(0)[:1].isupper()]
        if named:
            mo = _month(named[-1].group(0))
            if not _valid_md(mo, dn):
                return INVALID
            if self.pub is None:
                return TimeExpr(m.start("the"), m.end(), m.group(0)[m.start("the") - m.start():], "date", None, None,
                            "day", False, month_day=((mo, dn), (mo, dn)), future=self.future,
                            note="year not stated and no publication date")
            y = _pick_year(mo, dn, self.pub, self.future, self.past)
            d = _date(y, mo, dn) if y else None
        elif self.pub is None:
            return None  # neither a month nor a publication date: nothing to say
        else:
            p = self.pub
            shift = 0
            if self.future and dn < p.day - FUTURE_SLACK:
                shift = 1
            elif not self.future and dn > p.day:
                shift = -1  # news reports the past: "on the 28th" in an article of the 3rd
            d = None
            for step in (0, 1):  # "the 31st" in a March article: January, not February
                base = p.replace(day=1) + relativedelta(months=shift + step * (shift or (1 if self.future else -1)))
                d = d or _date(base.year, base.month, dn)
        if d is None:
            return INVALID
        # The span starts at "the": the cue stays in the clause, where events look for it.
        return TimeExpr(m.start("the"), m.end(), m.group(0)[m.start("the") - m.start():], "date", d, d,
                        "day", False, future=self.future, note="month and year inferred")

    def ago(self, m) -> TimeExpr | None:
        g = m.groupdict()
        if self.pub is None:
            return self.expr(m, "period", None, None, "period", False, note="no publication date")
        n = _num(g["n"])
        unit = _fold(g["unit"]).rstrip("s")
        target = self.pub - relativedelta(**{unit + "s": n})
        slack = relativedelta(days=max(1, (self.pub - target).days // 5))
        return self.expr(m, "period", target - slack, target + slack, "period", False)

    def deictic(self, m) -> TimeExpr | None:
        if self.pub is None:
            return self.expr(m, "date", None, None, "day", False, note="no publication date")
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[_fold(m.group("word"))]
        d = self.pub + dt.timedelta(days=shift)
        return self.expr(m, "date", d, d, "day", False)

    def weekday(self, m) -> TimeExpr | None:
        g = m.groupdict()
        wd = WEEKDAYS[_fold(g["wd"])]
        rel = _fold(g.get("rel") or "on")
        dn = int(g["dn"]) if g.get("dn") else None
        if self.pub is None:
            return self.expr(m, "weekday", None, None, "day", False, weekday=wd,
                             month_day=((None, dn), (None, dn)) if dn else None,
                             note="weekday with no publication date")
        p = self.pub
        d = self._weekday_date(wd, rel)
        if dn is not None:
            # "Friday (10)": the stated day of month must be that weekday; keep the date it names.
            candidates = [c for c in (d - dt.timedelta(days=7 * k) for k in range(-1, 5)) if c.day == dn]
            named = candidates[0] if candidates else _nearest_day_of_month(p, dn)
            if named is None:
                return None
            return self.expr(m, "weekday", named, named, "day", False, weekday=wd)
        end = d + dt.timedelta(days=1) if _night(g.get("tod")) else d
        return self.expr(m, "weekday", d, end, "day", False, weekday=wd)

    def weekday_range(self, m) -> TimeExpr | None:
        g = m.groupdict()
        wd1, wd2 = WEEKDAYS[_fold(g["wd"])], WEEKDAYS[_fold(g["wd2"])]
        if self.pub is None:
            return self.expr(m, "range", None, None, "day", False, weekday=wd1,
                             note="weekdays with no publication date")
        p = self.pub
        if self.future:
            start = p + dt.timedelta(days=(wd1 - p.weekday()) % 7)
        else:
            start = p - dt.timedelta(days=(p.weekday() - wd1) % 7)
        end = start + dt.timedelta(days=(wd2 - wd1) % 7)
        return self.expr(m, "range", start, end, "day", False, weekday=wd1)

    def weekend(self, m) -> TimeExpr | None:
        if self.pub is None:
            return self.expr(m, "period", None, None, "period", False, note="no publication date")
        p = self.pub
        if self.future or _fold(m.group(0)).startswith(("by", "before", "until", "till")):  # "by the weekend" looks ahead
            sat = p + dt.timedelta(days=(5 - p.weekday()) % 7)
        else:
            sat = p - dt.timedelta(days=(p.weekday() - 5) % 7)  # the latest Saturday on or before
        return self.expr(m, "period", sat, sat + dt.timedelta(days=1), "period", False)

    def season(self, m) -> TimeExpr | None:
        g = m.groupdict()
        name = _fold(g.get("s1") or g.get("s2") or g.get("s3"))
        if name == "fall" and g.get("s1") and _fold(g.get("cue") or "") != "in":
            return None  # "by the fall of the government": not a season
        first, last = SEASONS[name]

        def span(y: int):
            return dt.date(y, first, 1), _month_end(y + (1 if last < first else 0), last)

        if g.get("y1"):
            start, end = span(int(g["y1"]))
        elif self.pub is None:
            return self.expr(m, "period", None, None, "period", False, note="no publication date")
        else:
            p = self.pub
            spans = [span(y) for y in (p.year - 2, p.year - 1, p.year, p.year + 1)]
            rel = _fold(g.get("rel") or "")
            ahead = next(s for s in spans if s[0] > p)
            behind = [s for s in spans if s[1] < p][-1]
            current = [s for s in spans if s[0] <= p <= s[1]]
            if rel in ("next", "the coming"):
                start, end = ahead
            elif rel in ("last", "the past"):
                start, end = behind
            elif current:
                start, end = current[0]  # the season under way
            elif self.future or (ahead[0] - p).days < (p - behind[1]).days:
                start, end = ahead
            else:
                start, end = behind
        start, end, _precision = _part(g.get("part"), start, end, "period")
        return self.expr(m, "period", start, end, "period", bool(g.get("y1")))

    def year_end(self, m) -> TimeExpr | None:
        if self.pub is None:
            return self.expr(m, "period", None, None, "period", False, note="no publication date")
        y = self.pub.year
        if m.group("easter"):
            # "Not before Easter": the coming Easter Sunday (a period, like Christmas).
            day = easter(self.pub.year)
            if day < self.pub:
                day = easter(self.pub.year + 1)
            if _fold(m.group("cue")) in ("in", "into", "early in") or not self.future:
                return None
            return self.expr(m, "period", day, day, "period", False)
        if m.group("xmas"):
            # "Before Christmas", "by Christmas": the coming 25 December (a period, not a
            # day: no event is dated by it).
            y = self.pub.year if self.pub <= dt.date(self.pub.year, 12, 25) else self.pub.year + 1
            if _fold(m.group("cue")) in ("in", "into", "early in") or not self.future:
                return None  # "in Christmas week", "they met after Christmas": which one?
            return self.expr(m, "period", dt.date(y, 12, 25), dt.date(y, 12, 25), "period", False)
        if m.group("ny"):
            # "Not before the new year": the coming January, said in the second half of a year
            # (earlier it is ambiguous). "In the new year" reaches into its first months.
            if self.pub.month < 7:
                return None
            wide = _fold(m.group("cue")) in ("in", "into", "early in")
            return self.expr(m, "period", dt.date(y + 1, 1, 1), dt.date(y + 1, 3 if wide else 1, 31), "period", False)
        if _fold(m.group("cue")) in ("in", "into", "early in"):
            return None  # "in the year-end accounts": not a time
        start, end, precision = _part("end", dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
        return self.expr(m, "period", start, end, precision, False)

    def duration(self, m) -> TimeExpr | None:
        g = m.groupdict()
        if g.get("unit2"):
            n, unit = 1, _fold(g["unit2"])
        else:
            n, unit = _num(g["n"]), _fold(g["unit"])
        if unit == "hour":
            if n % HOURS_PER_DAY:
                return None  # "a 36-hour strike" is not a whole number of days
            days = n // HOURS_PER_DAY
        else:
            days = n * DURATION_UNITS[unit]
        if days <= 0:
            return None
        return TimeExpr(m.start(), m.end(), m.group(0), "duration", None, None, "day", False,
                        duration_days=days, future=self.future)


def _night(tod: str | None) -> bool:
    """"Tuesday night" runs past midnight: reports give it as Tuesday or Wednesday."""
    return bool(tod) and _fold(tod) == "night"


def _nearest_day_of_month(p: dt.date, dn: int) -> dt.date | None:
    best = None
    for k in (-1, 0, 1):
        base = p.replace(day=1) + relativedelta(months=k)
        d = _date(base.year, base.month, dn)
        if d and (best is None or abs((d - p).days) < abs((best - p).days)):
            best = d
    return best


def _cue_part(cue: str | None) -> str | None:
    if cue and _fold(cue) in ("early", "mid", "late") or cue and "of" in _fold(cue):
        return cue
    return None


_WEEK_OF = lazyre.compile(r"(?:the\s)?(first|second|third|fourth|final|last)\sweek\sof")
_ORDINAL_WEEK = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _part(part: str | None, start: dt.date, end: dt.date, precision: str):
    """Narrow an interval to its early / middle / late part or its end / start."""
    if not part:
        return start, end, precision
    p = _fold(part)
    week = _WEEK_OF.match(p)
    if week:  # "the first week of November": days 1-7; "the last week of": the final seven
        n = week.group(1)
        if n in ("last", "final"):
            return max(start, end - dt.timedelta(days=6)), end, "period"
        first = start + dt.timedelta(days=7 * _ORDINAL_WEEK[n])
        return first, min(end, first + dt.timedelta(days=6)), "period"
    length = (end - start).days + 1
    third = max(1, length // 3)
    if p == "early" or "start" in p or "beginning" in p:
        return start, start + dt.timedelta(days=third - 1), "period"
    if p == "mid" or "middle" in p:
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third), "period"
    if p == "late":
        return end - dt.timedelta(days=third - 1), end, "period"
    if "end" in p:
        tail = max(1, min(length // 3, 10 if length <= 31 else 62))
        return end - dt.timedelta(days=tail - 1), end, "period"
    return start, end, precision


# Most sentences hold no date at all: a pattern is tried only when the words it cannot
# match without are present (a pure speed-up; the patterns alone decide what matches).
# The month and weekday gates are exact "is one of the words a month/weekday name" tests
# (words are letter runs of the casefolded sentence); a cheap substring test guards each.
_LETTER = r"[^\W\d_]"
_G_MONTH = frozenset(MONTHS)
_G_WDAY = frozenset(WEEKDAYS) | frozenset(n.lower() for n in calendar.day_name)


def _word_gate(words) -> re.Pattern:
    # A prefix tree (checker.alternation): the same words, a fraction of the tries.
    return re.compile(rf"(?<!{_LETTER})(?:{trie(sorted(words, key=lambda w: (-len(w), w)))})(?!{_LETTER})")


_MONTH_GATE = _word_gate(_G_MONTH)
_WDAY_GATE = _word_gate(_G_WDAY)
_MONTH_STEMS = tuple(sorted({w[:3] for w in _G_MONTH}))
_WDAY_STEMS = tuple(sorted({w[:3] for w in _G_WDAY}))
_DIGIT = lazyre.compile(r"[0-9]")
# Cheap necessary conditions (each led by a character class, which the regex engine scans
# for fast): a year for "my"/"my_my", "3/4" or "3.4" for "num", a unit word after white
# space (on the casefolded text) for "within", "relunit", "coming" and "ago".
_YEAR_DIGITS = lazyre.compile(r"[12][0-9]{3}")
_NUM_GATE = lazyre.compile(r"[0-9][./][0-9]")
_UNIT_GATE = lazyre.compile(r"\s(?:hour|day|week|month|year)")
# "duration" needs its unit after white space or a hyphen ("six-day", "3 weeks"), or
# "fortnight"; tested before its fifty nouns, which cost more.
_DURATION_GATE = lazyre.compile(r"[\s-](?:day|week|month|year|night|hour)")


def _word_at_stems(cf: str, stems: tuple[str, ...], gate: re.Pattern) -> bool:
    """``gate.search(cf) is not None``, tried only where one of its words can start: every
    word begins with its stem, and a stem is found in C, where the search would try the
    pattern at every character (the costliest part of the gates)."""
    match = gate.match
    for stem in stems:
        at = cf.find(stem)
        while at >= 0:
            if match(cf, at) is not None:
                return True
            at = cf.find(stem, at + 1)
    return False


_RANK = {k: r for r, k in enumerate(_ORDER)}
_R = {k: (r, k) for k, r in _RANK.items()}
_MONTH_AND_DIGIT = tuple(_R[k] for k in ("md_md", "dm_dm", "md_d", "d_dm", "md", "dm", "my_my", "my"))
_MONTH_AND_DAY = tuple(_R[k] for k in ("md_md", "dm_dm", "md_d", "d_dm", "md", "dm"))
_ALWAYS = tuple(_R[k] for k in _ORDER if k not in (
    "md_md", "dm_dm", "md_d", "d_dm", "md", "dm", "my_my", "my", "iso", "num", "qn", "y", "dom", "m", "wd", "wdr",
    "weekof", "nightof", "overnight", "wdweek"))
_DIGIT_ONLY = tuple(_R[k] for k in ("iso", "num", "qn", "y", "dom"))
_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
# "on the 13th": what "dom" needs, as a literal-led search of the casefolded text
_DOM_GATE = lazyre.compile(r"the\s{1,3}[0-3]?[0-9](?:st|nd|rd|th)")


def _kinds(text: str) -> list[tuple[int, str]]:
    """The (rank, kind) of the patterns worth trying on ``text``, in no particular order.

    Beyond the month, weekday and digit gates, each test is a word the kind's pattern
    cannot match without (tests/test_dates.py checks that gating never changes a result).
    """
    cf = text.casefold()
    has = cf.__contains__
    digits = _DIGIT.search(text) is not None
    month = _word_at_stems(cf, _MONTH_STEMS, _MONTH_GATE)
    out: list[tuple[int, str]] = []
    if month:
        out.append(_R["m"])
        if digits:
            # "my" and "my_my" end in a four-digit year: not without one.
            out.extend(_MONTH_AND_DIGIT if _YEAR_DIGITS.search(text) else _MONTH_AND_DAY)
            if has("week"):
                out.append(_R["weekof"])
            if has("night"):
                out.append(_R["nightof"])
    wday = _word_at_stems(cf, _WDAY_STEMS, _WDAY_GATE)
    if wday:
        out.append(_R["wd"])
        out.append(_R["wdr"])
        if has("overnight"):
            out.append(_R["overnight"])
        if has("week"):
            out.append(_R["wdweek"])
    if not text.isascii() and any(c in text for c in _FOLD_UNSAFE):
        if wday:
            out.extend((_R["overnight"], _R["wdweek"]))
        if month and digits:
            out.extend((_R["weekof"], _R["nightof"]))
        if digits:
            out.extend(_DIGIT_ONLY)
        out.extend(_ALWAYS)
        return out
    if digits:
        if "-" in text:
            out.append(_R["iso"])
        if _NUM_GATE.search(text):
            out.append(_R["num"])
        if "q" in cf:
            out.append(_R["qn"])
        if "19" in text or "20" in text:
            out.append(_R["y"])
        if _DOM_GATE.search(cf):
            out.append(_R["dom"])
    day, week, months, year = has("day"), has("week"), has("month"), has("year")
    if day or week or months or year or has("hour"):
        # These four need a unit word right after white space ("in 3 days", "next week").
        if _UNIT_GATE.search(cf):
            out.append(_R["within"])
            if week or months or year:
                out.append(_R["relunit"])
            if has("days") or has("weeks") or has("months"):
                out.append(_R["coming"])
            if has("ago") or has("earlier"):
                out.append(_R["ago"])
        if year:
            out.append(_R["yearend"])
        if week and has("weekend"):
            out.append(_R["weekend"])
    if (has("christmas") or has("easter")) and not year:
        out.append(_R["yearend"])  # "before Christmas", "by Easter"
    if day and (has("today") or has("yesterday")) or has("tomorrow") or has("tonight"):
        out.append(_R["deictic"])
    if ((day or week or months or year or has("night") or has("hour"))
            and (_DURATION_GATE.search(cf) or has("fortnight"))
            and (any(map(has, DURATION_NOUNS)) or any(map(has, _PERIOD_START_WORDS)))):
        out.append(_R["duration"])
    if has("half") or has("six"):
        out.append(_R["half"])
    if has("quarter"):
        out.append(_R["quarter"])
    if has("within"):
        out.append(_R["within_unit"])
        if day or week or months or has("hours"):
            out.append(_R["within_vague"])
    if any(map(has, _SEASON_WORDS)):
        out.append(_R["season"])
    return out


def extract_times(sentence: str, published: dt.date | None) -> tuple[TimeExpr, ...]:
    """All temporal expressions of one sentence, non-overlapping, in order.

    Cached (a pure speed-up): the articles of a story repeat sentences (wire copy,
    boilerplate), so the pattern matches are kept per sentence text and the results per
    text and publication date; both are tuples of frozen values.
    """
    text = sentence[:MAX_SCAN]
    if not _candidates(text):
        return ()
    return _resolved(text, published)


def _find(text: str, kinds) -> tuple[tuple[int, int, int, re.Match, str], ...]:
    """The matches of the patterns of ``kinds`` ((rank, kind) pairs), in resolution order:
    leftmost first, then longest, then by pattern rank."""
    found: list[tuple[int, int, int, re.Match, str]] = []
    for rank, kind in kinds:
        for m in _RX[kind].finditer(text):
            if m.end() > m.start():
                found.append((m.start(), -(m.end() - m.start()), rank, m, kind))
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    return tuple(found)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _candidates(text: str) -> tuple[tuple[int, int, int, re.Match, str], ...]:
    return _find(text, _kinds(text))


@functools.lru_cache(maxsize=CACHE_SIZE)
def _resolved(text: str, published: dt.date | None) -> tuple[TimeExpr, ...]:
    return _resolve(text, published, _candidates(text))


@functools.lru_cache(maxsize=CACHE_SIZE)
def _tense(before: str) -> tuple[bool, bool]:
    """(past, future) of an expression from the clause just before it."""
    # Both patterns end at the end of ``before`` and are short: search its tail only (a
    # search from a position still sees the characters before it, for \b and lookbehinds).
    until = bool(_UNTIL_BEFORE.search(before, max(0, len(before) - _UNTIL_REACH)))
    # "postponed its verdict until September 14": the bound is ahead whatever the tense.
    past = not until and bool(_PAST_BEFORE.search(before))
    future = (is_future(before) and not _SPEECH_BEFORE.search(before, max(0, len(before) - _SPEECH_REACH))) or until
    return past and not future, future


def _resolve(text: str, published: dt.date | None, found) -> tuple[TimeExpr, ...]:
    """Resolve the matches ``found`` in ``text``: each one not overlapping a kept one."""
    if not found:
        return ()
    b = _Builder(text, published, False)
    out: list[TimeExpr] = []
    taken_end = -1
    for start, _neg, _rank, m, kind in found:
        if start < taken_end:
            continue
        b.past, b.future = _tense(text[max(0, start - FUTURE_WINDOW):start])
        expr = _build(b, m, kind)
        if expr is INVALID:
            taken_end = m.end()
        elif expr is not None:
            out.append(expr)
            taken_end = m.end()
    return tuple(out)


def clear_cache() -> None:
    """Forget every cached result (tests that patch the module use it)."""
    for f in (_candidates, _resolved, _tense, _pick_year, _month_end):
        f.cache_clear()


def _build(b: _Builder, m: re.Match, kind: str) -> TimeExpr | None:
    if kind in ("md_md", "dm_dm", "md_d", "d_dm", "md", "dm", "iso", "num"):
        return b.absolute(m, kind)
    if kind == "my_my":
        return b.month_range(m)
    if kind in ("my", "m"):
        return b.month(m, kind)
    if kind == "y":
        return b.year(m)
    if kind == "half":
        return b.half(m)
    if kind in ("quarter", "qn"):
        return b.quarter(m)
    if kind == "relunit":
        return b.relunit(m)
    if kind == "coming":
        return b.coming(m)
    if kind == "within":
        return b.within(m)
    if kind == "ago":
        return b.ago(m)
    if kind == "deictic":
        return b.deictic(m)
    if kind == "wd":
        return b.weekday(m)
    if kind == "duration":
        return b.duration(m)
    if kind == "wdr":
        return b.weekday_range(m)
    if kind == "weekend":
        return b.weekend(m)
    if kind == "within_vague":
        return b.within_vague(m)
    if kind == "weekof":
        return b.week_of(m)
    if kind == "nightof":
        return b.night_of(m)
    if kind == "overnight":
        return b.overnight(m)
    if kind == "wdweek":
        return b.weekday_of_week(m)
    if kind == "within_unit":
        return b.within_unit(m)
    if kind == "dom":
        return b.day_of_month(m)
    if kind == "season":
        return b.season(m)
    if kind == "yearend":
        return b.year_end(m)
    return None

"""The one number parser: every figure of a sentence as an interval with its hedge.

A figure is the stated number plus what bounds it: "at least 1 million" is [1e6, inf),
"nearly 8,000" is [7200, 8000), "some 12,500" is 12,500 +- 10%, "between 20 and 30" is
[20, 30]. Values are ``Decimal`` (exact, never NaN or infinite); an open upper end is
``hi = None``. What the figure counts is read by ``checker.extract.counted``.

A "sentence" with more than MAX_FIGURES (20) figures is a table or a pasted list, not prose:
none of its figures is read (their counted things and alignment would be noise).

Not figures: years (a bare four-digit 1000-2100 with no hedge, unless a verb comes before and
a plural count noun after, "carry 1800 passengers"; anything inside a date
span the dates extractor found), ordinals ("21st"), decades ("1990s"), ages ("20-year-old",
"aged 20", "Smith, 61,"), clock times ("01:41", "7pm"), phone-like digit groups, labels
("No. 5", "Article 9"), hyphenated compounds ("three-judge panel") and bare "one"/"a".

Separator policy (documented, tested): "12,500" and "1,234,567.89" are English thousands
separators; "1.234.567,89" (two or more dot groups) is the continental format; a single dot
followed by exactly three digits ("3.400") is read as a thousands separator (3400) but the
figure is marked ``ambiguous`` and never used for a contradiction; before a scale word
("3.400 million") the dot is a decimal point. A comma followed by one or two digits ("3,4")
is not read as a number. A leading minus sign makes the number a change, not a figure.
Rounded figures with a scale word ("1.2 million", "a million") are read as the stated value
plus or minus half a unit of the last stated digit, at most 10%.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Iterable

from attrs import frozen

from checker import lazyre
from checker.alternation import trie
from checker.vocab.numbers import (
    ABOUT_TOLERANCE, AFTER_EXCLUDE, BEFORE_EXCLUDE, CURRENCY_SYMBOLS, CURRENCY_WORDS, LEFT_HEADS,
    FRACTION_OF_SCALE, FRACTION_WORDS, HEDGE_ALTERNATION, HEDGES, MEASURE_COMPOUND_UNITS, MEASURE_UNITS, POST_HEDGES,
    SCALE_ABBREVIATIONS, SCALE_WORDS, SEVERAL_WORDS, TENS_WORDS, TIME_UNITS, UNIT_FRACTION_NOUNS, UNIT_FRACTIONS, UNITS_WORDS,
    VAGUE_QUANTITIES, YEAR_BEFORE_WORDS, YEAR_LIKE_COUNT_NOUNS, DURATION_COMPOUND_UNITS, DURATION_COMPOUND_NOUNS,
)

MAX_SCAN = 4000  # sentences are capped anyway; never scan more than this
MAX_FIGURES = 20  # per sentence; more is a table of numbers, not prose, and yields none
PHONE_DIGITS = 7  # a phone number has at least this many digits


@frozen
class Figure:
    """One figure of a sentence; offsets index the sentence text.

    ``start``/``end`` cover the hedge, the number and its unit ("at least 1 million euros");
    ``num_start``/``num_end`` the number alone. ``lo``/``hi`` bound the value (``hi`` None =
    unbounded), ``lo_open``/``hi_open`` say whether the bound itself is excluded.
    """

    start: int
    end: int
    text: str
    num_start: int
    num_end: int
    value: Decimal  # the number as stated (the lower end for a range)
    lo: Decimal
    hi: Decimal | None
    lo_open: bool = False
    hi_open: bool = False
    hedge: str = "exact"  # exact|rounded|at_least|more_than|nearly|about|up_to|fewer_than|just_over|most_of|range|vague
    hedge_text: str | None = None
    unit: str | None = None  # None = a count; "percent", "EUR", "time:year", "km"...
    ambiguous: bool = False
    counted: object = None  # a checker.extract.counted.Counted, attached later

    def with_counted(self, counted: object) -> "Figure":
        """This figure with ``counted`` set (attrs.evolve, without its per-call introspection)."""
        return Figure(self.start, self.end, self.text, self.num_start, self.num_end, self.value, self.lo,
                      self.hi, self.lo_open, self.hi_open, self.hedge, self.hedge_text, self.unit,
                      self.ambiguous, counted)

    @property
    def hedge_word(self) -> str:
        """The hedge as an editor reads it ("exact" for a plain or rounded number)."""
        if self.hedge in ("exact", "rounded"):
            return "exact"
        return (self.hedge_text or self.hedge).lower()

    def interval(self) -> str:
        """The value as a JSON-safe string: "143", "[1000000, inf)", "≈1000000 (±10%)"."""
        unit = f" {self.unit}" if self.unit else ""
        if self.hedge == "about":
            return f"≈{_fmt(self.value)} (±{_fmt(ABOUT_TOLERANCE * 100)}%){unit}"
        if self.hi is not None and self.lo == self.hi:
            return f"{_fmt(self.lo)}{unit}"
        left = "(" if self.lo_open else "["
        right = ")" if self.hi_open or self.hi is None else "]"
        hi = "inf" if self.hi is None else _fmt(self.hi)
        return f"{left}{_fmt(self.lo)}, {hi}{right}{unit}"


def _fmt(d: Decimal) -> str:
    """A Decimal as a plain string, no exponent, no trailing zeros."""
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


def overlaps(a: Figure, b: Figure) -> bool:
    """Can the two intervals hold one common value?"""
    return _below(a.lo, a.lo_open, b.hi, b.hi_open) and _below(b.lo, b.lo_open, a.hi, a.hi_open)


def _below(lo: Decimal, lo_open: bool, hi: Decimal | None, hi_open: bool) -> bool:
    if hi is None:
        return True
    if lo < hi:
        return True
    return lo == hi and not lo_open and not hi_open


# --- patterns -------------------------------------------------------------------------------
_DIGITS = (
    r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,5}(?:\.[0-9]{1,6})?"  # 12,500 / 1,234,567.89
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,5}(?:,[0-9]{1,6})?"  # 1.234.567,89
    r"|[0-9]{1,3}\.[0-9]{3}(?:,[0-9]{1,6})?(?![0-9])"  # 3.400 (ambiguous) / 3.400,5
    r"|[0-9]{1,15}(?:\.[0-9]{1,6})?)"  # 143 / 61.4
)
_ABBR = "|".join(sorted(SCALE_ABBREVIATIONS, key=len, reverse=True))
_SCALES = "|".join(SCALE_WORDS)
_NUMWORD = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS, "hundred", "thousand", "million", "billion", "dozen"], key=len, reverse=True))
_WORDS = rf"(?:{_NUMWORD})(?:(?:\s|-|\sand\s)(?:{_NUMWORD})){{0,6}}"
_FRACS = "|".join(sorted((re.escape(f).replace(r"\ ", r"\s") for f in FRACTION_OF_SCALE), key=len, reverse=True))
# "one and a half million", "2 and a half years", "three and a quarter miles": a whole number and
# a fraction (the scale, when one follows, applies to both); read after the whole number matched.
_AND_FRACTION = lazyre.compile(r"\sand\sa\s(?P<ahf>half|quarter)(?![\w-])" rf"(?:\s(?P<ahsc>{_SCALES})(?![\w]))?", re.I)
# "half a mile", "a quarter of a mile", "three-quarters of an hour": a fraction of one unit.
_UNIT_FRACTION = (r"(?P<fu>half\san?|a\squarter\sof\san?|three[\s-]quarters\sof\san?|a\sthird\sof\san?"
                  r"|two[\s-]thirds\sof\san?)(?=\s(?:" + "|".join(sorted(UNIT_FRACTION_NOUNS, key=len, reverse=True))
                  + r")(?![\w]))")
_ONE = (
    rf"(?:(?P<d>{_DIGITS})(?:\s?(?P<ab>{_ABBR})(?![\w]))?(?:\s(?P<sc>{_SCALES}))?"
    rf"|(?P<fr>{_FRACS})\s(?P<frsc>{_SCALES})"
    rf"|(?P<a>an?)\s(?P<asc>{_SCALES})"
    rf"|{_UNIT_FRACTION}|(?P<w>{_WORDS}))"
)
# A measure unit written onto the digits ("45cm of snow", "30mm of rain", "a 12km tailback"):
# the number ends where the unit begins (_unit_after reads it).
_GLUED = r"(?:(?![\w])|(?<=[0-9])(?=(?:cm|mm|km|kg|ha|mph)(?![\w])))"
# A currency before the digits: "$", "US$", "A$", "NZ$", "Rs", "₩"... (CURRENCY_SYMBOLS).
_CURRENCY_PREFIX = ("(?:" + trie(sorted((c for c in CURRENCY_SYMBOLS if len(c) > 1), key=len, reverse=True))
                    + r"|[" + "".join(c for c in CURRENCY_SYMBOLS if len(c) == 1) + "])")
_NUMBER = lazyre.compile(
    rf"(?<![\w.,:/#-])(?:(?P<cur>{_CURRENCY_PREFIX})\s?)?{_ONE}{_GLUED}(?!:[0-9])(?![.,/][0-9])",
    re.I,
)
_NUMBER_AFTER_DASH = lazyre.compile(
    rf"(?<![\w.,:/#])(?:(?P<cur>{_CURRENCY_PREFIX})\s?)?{_ONE}{_GLUED}(?!:[0-9])(?![.,/][0-9])", re.I)
_RANGE_TAIL = lazyre.compile(r"\s?(?P<sep>[-–—‑]|to|and)\s?", re.I)
_VAGUE = lazyre.compile(
    r"(?<![\w])(?P<v>(?:tens|hundreds)\sof\s(?:thousands|millions)|dozens|scores|hundreds|thousands|millions|billions)\sof(?![\w])"
    r"|(?<![\w])(?P<sv>several|a\sfew|a\scouple\sof)\s(?P<svsc>hundred|thousand|million|billion|dozen)(?![\w])",
    re.I,
)
_FRACTION = lazyre.compile(
    r"(?<![\w-])(?P<f>two[\s-]thirds|three[\s-]quarters|a\sthird|one\sthird|a\squarter|one\squarter|a\shalf|half)(?!\s(?:of\s)?a\s(?:dozen|hundred|thousand|million|billion))"
    r"(?!\s(?:of\s)?an?\s(?:" + "|".join(sorted(UNIT_FRACTION_NOUNS, key=len, reverse=True)) + r")(?![\w]))(?=\s(?:of|the|a|an|their|its|his|her|all|[0-9]))",
    re.I,
)
# "no deaths", "nobody was hurt": a zero count, which counted.py reads as a negation.
_NO_ZERO = lazyre.compile(
    r"(?<![\w])(?P<z>no|zero)\s(?:(?:reported|confirmed|known|further|new|other)\s)?"
    r"(?=(?:deaths|casualties|injuries|fatalities|arrests|victims|cases|one\s(?:was|were|has|had)))"
    r"|(?<![\w])(?P<z2>nobody|no\sone)(?=\s(?:was|were|has|had))",
    re.I,
)
_HEDGE_BEFORE = lazyre.compile(rf"(?<![\w])(?P<h>{HEDGE_ALTERNATION})\s{{1,2}}$", re.I)
_BETWEEN_BEFORE = lazyre.compile(r"(?<![\w])(?P<b>between|from)\s{1,2}$", re.I)
_PERCENT_AFTER = lazyre.compile(r"\s?(?:(?P<pp>percentage\s?points?)|(?P<pc>%|percent(?![\w])|per\scent(?![\w])|pct(?![\w])))", re.I)
_WORD_AFTER = lazyre.compile(r"(?:[\s-]{1,2}|(?<=[0-9])(?=[a-z]))(?P<w>[A-Za-z][A-Za-z.’'/]{0,20})(?:\s(?P<w2>[A-Za-z][A-Za-z.]{0,20}))?")
_POST_HEDGE = lazyre.compile(
    r"(?P<ph>\s(?:" + trie(sorted((h[1:] for h in POST_HEDGES if h.startswith(" ")), key=len, reverse=True))
    .replace("\\ ", r"\s") + r")(?![\w])|-(?:plus|odd)(?![\w])|\+)",
    re.I,
)
# Hedges written onto the figure with a hyphen ("200-plus", "300-odd"): not a compound.
_POST_HEDGE_COMPOUNDS = ("-plus", "-odd")
_WORD_BEFORE = lazyre.compile(r"(?P<w>[A-Za-z][A-Za-z.]{0,20})\s{1,2}$")
_AGE_COMMAS = lazyre.compile(r"[A-Z][\w’'-]{1,30},\s$")
_PHONE = lazyre.compile(r"(?<![\w+])(?P<p>(?:\+[0-9]{1,3}[\s.-]?)?\(?[0-9]{2,5}\)?(?:[\s.-][0-9]{2,5}){1,4})(?![\w])")
_COMPOUND_AFTER = lazyre.compile(r"-[A-Za-z]")
# "a 20,000-euro reward", "a $5-million fine" is written "5-million-dollar": an amount with a
# currency word glued on, read in that currency (the noun after it is what it pays or costs)
_MONEY_COMPOUND = lazyre.compile(r"-(?P<u>euro|dollar|pound|yen|franc|rupee|krone|krona|rand|yuan|ruble)(?=\s{1,2}[a-z])", re.I)
# "a 12-point deduction", "a nine-point lead", "a 40-seat majority", "a three-match ban": a
# count of the compound's unit that the noun after it is made of (read as a figure; the
# counted thing is the compound, "point deduction")
_COUNT_COMPOUND = lazyre.compile(
    r"-(?:point|seat|vote|goal|match|game|race|stroke|run|wicket|place|shot)\s{1,2}"
    r"(?:deduction|deductions|lead|majority|margin|ban|penalty|suspension|advantage|gap|swing|cushion)(?![\w-])"
    r"|-magnitude\s{1,2}(?:earthquake|quake|tremor|aftershock)", re.I)  # "a 5.8-magnitude earthquake"
# "the 19-acre site": a size modifier, read as a figure in that unit (the noun after is what it sizes)
_MEASURE_COMPOUND = lazyre.compile(r"-(?P<u>" + "|".join(sorted(MEASURE_COMPOUND_UNITS, key=len, reverse=True))
                               + r")(?=\s{1,2}[a-z])", re.I)
# "a 14-hour blaze", "the three-day siege", "a 40-minute delay": the length of an activity
# (DURATION_COMPOUND_NOUNS), read as a figure in that time unit (other "-day" compounds stay compounds).
_DURATION_COMPOUND = lazyre.compile(
    r"-(?P<u>" + "|".join(sorted(DURATION_COMPOUND_UNITS)) + r")(?:-long)?\s{1,2}(?=(?:"
    + "|".join(sorted((re.escape(n) for n in DURATION_COMPOUND_NOUNS), key=len, reverse=True)) + r")(?![\w-]))", re.I)
_AT_CLOCK = lazyre.compile(r"(?<![\w])(?:at|by|until|till|before|after)\s$", re.I)
# "put the number of injured officers at 17", "the toll stood at 12": an estimate or a level,
# not a time of day (the words between stay in one clause: no punctuation).
_COUNT_AT = lazyre.compile(
    r"\b(?:(?:put|puts|putting|placed|places|placing|pegged|pegs)\s(?:the|its|their|his|her|a)\s(?:[a-z’'-]{1,30}\s){0,2}"
    r"(?:" + "|".join(sorted(LEFT_HEADS)) + r")\s(?:[\w’'-]{1,30}\s){0,6}"
    r"|(?:stood|stands|stand|remained|remains|remain)\s)at\s$", re.I)
_PHONE_SEP = lazyre.compile(r"[\s.-]")
_WORD_SPLIT = lazyre.compile(r"[\s-]+")
_WS = lazyre.compile(r"\s+")
_AGE_NUMBER = lazyre.compile(r"[0-9]{1,3}\s?[,)]")
_AGE_PAREN = lazyre.compile(r"[A-Z][\w’'-]{1,30}\s\($")
_EU_MULTI = lazyre.compile(r"[0-9]{1,3}(?:\.[0-9]{3}){2,5}(?:,[0-9]{1,6})?")
_EU_ONE_DECIMAL = lazyre.compile(r"[0-9]{1,3}\.[0-9]{3},[0-9]{1,6}")
_EU_ONE = lazyre.compile(r"[0-9]{1,3}\.[0-9]{3}")
_YEAR = lazyre.compile(r"1[0-9]{3}|20[0-9]{2}|2100")
_AFTER_EXCLUDE = lazyre.compile(
    r"\s(?:" + "|".join(re.escape(w) for w in sorted(AFTER_EXCLUDE, key=len, reverse=True)) + r")(?![A-Za-z])")
_LETTER_DASH = lazyre.compile(r"(?<![0-9A-Za-z])[A-Za-z]{1,20}-$")
_MINUS_BEFORE = lazyre.compile(r"[-−–]\s?$")

# Patterns anchored at the END of a slice ("...at least " + number) are searched from its
# start, trying every position: _HEDGE_BEFORE's 92 alternatives cost up to 13 microseconds
# on 30 characters of prose, per figure. Each is run only when the slice, stripped of its trailing
# whitespace, ends with what every match ends with (a hedge's last word, a word of
# BEFORE_EXCLUDE, case-folded as IGNORECASE folds): a necessary condition, so skipping the
# search never changes the answer.
_HEDGE_LAST_WORDS = tuple(sorted({h.split()[-1] for h in HEDGES}))
_HEDGE_LAST_LEN = max(map(len, _HEDGE_LAST_WORDS))
_EXCLUDE_WORDS = tuple(sorted(BEFORE_EXCLUDE))
_EXCLUDE_LEN = max(map(len, _EXCLUDE_WORDS))


def _hedge_before(before: str) -> re.Match | None:
    """``_HEDGE_BEFORE.search(before)``, skipped when no hedge can end the slice."""
    if not fold_case(before.rstrip()[-_HEDGE_LAST_LEN:]).endswith(_HEDGE_LAST_WORDS):
        return None
    return _HEDGE_BEFORE.search(before)


# IGNORECASE matches these to ASCII letters ("ſeveral" is "several") but lower() keeps
# them: vocabulary lookups of matched words fold them first, or a lookup would fail.
_CASE_TRAPS = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "i", "\u212a": "k"})


def fold_case(s: str) -> str:
    """A matched word as a vocabulary key: lower case, IGNORECASE's extra letters folded."""
    return s.translate(_CASE_TRAPS).lower() if not s.isascii() else s.lower()


def _phone_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PHONE.finditer(text):
        p = m.group("p")
        digits = sum(c.isdigit() for c in p)
        seps = len(_PHONE_SEP.findall(p))
        if digits >= PHONE_DIGITS and (p[0] in "+(" or seps >= 2) and " to " not in p and " and " not in p:
            # Plain thousands with spaces ("5 000 000") are not phones: groups of three only.
            groups = _PHONE_SEP.split(p.strip("+()"))
            if all(len(g) == 3 for g in groups[1:]) and p[0] not in "+(":
                continue
            out.append(m.span())
    return out


def _parse_digits(s: str, scaled: bool) -> tuple[Decimal, bool, int]:
    """(value, ambiguous, decimals) of a digit string under the separator policy."""
    ambiguous = False
    if _EU_MULTI.fullmatch(s) or _EU_ONE_DECIMAL.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    elif _EU_ONE.fullmatch(s) and not scaled:
        s = s.replace(".", "")
        ambiguous = True
    else:
        s = s.replace(",", "")
    decimals = len(s.split(".", 1)[1]) if "." in s else 0
    try:
        return Decimal(s), ambiguous, decimals
    except InvalidOperation:  # pragma: no cover - the regex only lets digits through
        return Decimal(0), True, 0


def _parse_words(s: str) -> Decimal | None:
    total, current, seen = Decimal(0), Decimal(0), False
    for w in _WORD_SPLIT.split(fold_case(s)):
        if w == "and":
            continue
        if w in UNITS_WORDS:
            current += UNITS_WORDS[w]
        elif w in TENS_WORDS:
            current += TENS_WORDS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[w]
            current = Decimal(0)
        else:
            return None
        seen = True
    return total + current if seen else None


# "one infant died", "one worker was killed": a singular noun, then a toll's verb.
_ONE_TOLL = lazyre.compile(r"\s{1,2}[a-z]{2,20}\s{1,2}(?:died|was\s{1,2}(?:killed|injured|hurt|arrested)|is\s{1,2}missing|remains\s{1,2}missing)\b")


def _one_value(m: re.Match) -> tuple[Decimal, bool, Decimal, bool] | None:
    """(value, ambiguous, rounding half-unit, scaled) of one number match, or None."""
    if m.group("fu"):
        return UNIT_FRACTIONS[_WS.sub(" ", fold_case(m.group("fu"))).replace("-", " ")], False, Decimal(0), False
    if m.group("d"):
        ab, sc = m.group("ab"), m.group("sc")
        scale = Decimal(1)
        if ab:
            scale = SCALE_ABBREVIATIONS[fold_case(ab)]
        if sc:
            scale *= SCALE_WORDS[fold_case(sc)]
        v, amb, decimals = _parse_digits(m.group("d"), scaled=scale != 1)
        half = (Decimal(1).scaleb(-decimals) / 2) * scale if scale != 1 else Decimal(0)
        return v * scale, amb, half, scale != 1
    if m.group("fr"):
        scale = SCALE_WORDS[fold_case(m.group("frsc"))]
        v = (FRACTION_OF_SCALE[_WS.sub(" ", fold_case(m.group("fr")))] * scale).quantize(Decimal(1))
        return v, False, scale / 4, True  # ("a third of a million": 333333, never 333333.33...)
    if m.group("a"):
        scale = SCALE_WORDS[fold_case(m.group("asc"))]
        return scale, False, scale / 2, scale >= 1000
    w = m.group("w")
    if w:
        words = _WORD_SPLIT.split(fold_case(w))
        if words == ["zero"] or (words == ["one"] and not _ONE_TOLL.match(m.string, m.end(), m.end() + 60)
                                 and _AND_FRACTION.match(m.string, m.end()) is None):
            return None  # bare "one": a pronoun far more often than a count ("one infant died" is a toll)
        v = _parse_words(w)
        if v is None:
            return None
        last = words[-1]
        scaled = last in ("thousand", "million", "billion", "trillion")
        half = SCALE_WORDS[last] / 2 if scaled else Decimal(0)
        return v, False, half, scaled
    return None


def _bounds(hedge: str, x: Decimal, half: Decimal) -> tuple[Decimal, Decimal | None, bool, bool]:
    tol = x * ABOUT_TOLERANCE
    if hedge == "at_least":
        return x, None, False, False
    if hedge == "more_than":
        return x, None, True, False
    if hedge == "nearly":
        return x - tol, x, False, True
    if hedge == "about":
        # "some 215" is written to the unit: nearer than "some 200" (10%), at least 5% wide.
        if x > 0:
            place = Decimal(1).scaleb(x.normalize().as_tuple().exponent)
            tol = min(tol, max(x * ABOUT_TOLERANCE / 2, place * 10))
        return x - tol, x + tol, False, False
    if hedge == "up_to":
        return Decimal(0), x, False, False
    if hedge == "fewer_than":
        return Decimal(0), x, False, True
    if hedge == "just_over":
        return x, x + tol, True, False
    if hedge == "most_of":
        return x / 2, x, False, True
    if hedge == "rounded":
        t = min(half, tol)
        return x - t, x + t, False, False
    return x, x, False, False


def _unit_after(text: str, pos: int) -> tuple[str | None, int]:
    """A unit right after the number: percent, currency, measure or time; (unit, new end)."""
    m = _PERCENT_AFTER.match(text, pos)
    if m:
        return ("pp" if m.group("pp") else "percent"), m.end()
    mc = _MEASURE_COMPOUND.match(text, pos) if text[pos:pos + 1] == "-" else None
    if mc is not None:
        return MEASURE_UNITS[mc.group("u").lower()], mc.end("u")  # "the 19-acre site"
    mm = _MONEY_COMPOUND.match(text, pos) if text[pos:pos + 1] == "-" else None
    if mm is not None:
        return CURRENCY_WORDS[mm.group("u").lower()], mm.end("u")  # "a 20,000-euro reward"
    md = _DURATION_COMPOUND.match(text, pos) if text[pos:pos + 1] == "-" else None
    if md is not None:
        return "time:" + TIME_UNITS[md.group("u").lower()], md.end("u")  # "a 14-hour blaze"
    m = _WORD_AFTER.match(text, pos)
    if m and text[pos:pos + 1] != "-":
        w = m.group("w").lower().rstrip(".")
        two = f"{w} {m.group('w2').lower()}" if m.group("w2") else None
        if two and two in MEASURE_UNITS:
            return MEASURE_UNITS[two], m.end("w2")
        if two and two.endswith(".") and two.rstrip(".") in MEASURE_UNITS:  # "40 square miles."
            return MEASURE_UNITS[two.rstrip(".")], m.end("w2") - (len(two) - len(two.rstrip(".")))
        if two and CURRENCY_WORDS.get(two.rstrip(".")):  # "US dollars", "Swiss francs"
            w2 = m.group("w2")
            return CURRENCY_WORDS[two.rstrip(".")], m.end("w2") - (len(w2) - len(w2.rstrip(".")))
        w_end = m.end("w") - (len(m.group("w")) - len(m.group("w").rstrip(".")))
        if CURRENCY_WORDS.get(w):
            return CURRENCY_WORDS[w], w_end
        if w in MEASURE_UNITS:
            return MEASURE_UNITS[w], w_end
        if w in TIME_UNITS:
            return "time:" + TIME_UNITS[w], w_end
    return None, pos


_WORD_BEFORE_YEAR = lazyre.compile(r"(?P<w>[A-Za-z]{1,20})\s{1,2}$")


def _count_not_year(text: str, s: int, e: int) -> bool:
    """"carry 1800 passengers": a plural count noun after, a verb (not "the", "in") before."""
    wa = _WORD_AFTER.match(text, e)
    if not wa or wa.group("w").rstrip(".") not in YEAR_LIKE_COUNT_NOUNS:
        return False
    wb = _WORD_BEFORE_YEAR.search(text[max(0, s - 22):s])
    return bool(wb) and wb.group("w").lower() not in YEAR_BEFORE_WORDS and not wb.group("w")[0].isupper()


def _excluded_context(text: str, s: int, e: int, digits_only: bool) -> bool:
    """Is the number at text[s:e] an age, label, ordinal, clock time or compound?"""
    after = text[e:e + 12].lower()
    if (_COMPOUND_AFTER.match(text, e) and not after.startswith(_POST_HEDGE_COMPOUNDS)
            and not _MEASURE_COMPOUND.match(text, e) and not _DURATION_COMPOUND.match(text, e)
            and not _COUNT_COMPOUND.match(text, e) and not _MONEY_COMPOUND.match(text, e)):
        return True  # "three-judge panel", "20-year-old"
    if _AFTER_EXCLUDE.match(after):
        return True
    before = text[max(0, s - 24):s]
    # Each search below is end-anchored: first the cheap test of what its match must end
    # with (see _hedge_before), and the age tests look at the number's own text first.
    if before.rstrip()[-_EXCLUDE_LEN:].lower().endswith(_EXCLUDE_WORDS):
        wb = _WORD_BEFORE.search(before)
        if wb and wb.group("w").lower() in BEFORE_EXCLUDE:
            return True
    if before.endswith(("-", "-\n")) and _LETTER_DASH.search(before):
        return True  # "COVID-19", "F-16"
    if digits_only and _AGE_NUMBER.match(text[s:e + 2]) and _AGE_COMMAS.search(before):
        return True  # "Petrovic, 61, said"
    if digits_only and text[e:e + 1] == ")" and _AGE_PAREN.search(before):
        return True  # "Smith (61)"
    return False


def _scale_of(m: re.Match) -> Decimal:
    """The multiplier a number match carries ("30 million" -> 1e6), 1 when none."""
    if m.group("d"):
        scale = Decimal(1)
        if m.group("ab"):
            scale = SCALE_ABBREVIATIONS[fold_case(m.group("ab"))]
        if m.group("sc"):
            scale *= SCALE_WORDS[fold_case(m.group("sc"))]
        return scale
    if m.group("asc"):
        return SCALE_WORDS[fold_case(m.group("asc"))]
    if m.group("frsc"):
        return SCALE_WORDS[fold_case(m.group("frsc"))]
    if m.group("w"):
        last = _WORD_SPLIT.split(fold_case(m.group("w")))[-1]
        if last in ("thousand", "million", "billion", "trillion"):
            return SCALE_WORDS[last]
    return Decimal(1)


def _zero_figures(text: str, is_free) -> list[Figure]:
    out = []
    for m in _NO_ZERO.finditer(text):
        g = "z" if m.group("z") else "z2"
        s, e = m.span(g)
        if is_free(s, e):
            out.append(Figure(s, e, m.group(g), s, e, Decimal(0), Decimal(0), Decimal(0),
                              hedge="zero", hedge_text=m.group(g)))
    return out


def _fraction_value(word: str) -> Decimal:
    key = _WS.sub(" ", fold_case(word))
    return FRACTION_WORDS.get(key) or FRACTION_WORDS[key.replace("-", " ")]


# --- cheap per-sentence gates ---------------------------------------------------------------
# Most sentences hold no figure. Each pattern below is only run when the sentence has what
# every one of its matches must contain: an ASCII digit, or one of its words as a whole word.
# Every word those patterns match is bounded by non-word characters, so it is a whole run of
# ASCII letters of the lower-cased sentence; the runs are cut out with bytes.translate, which
# costs a fraction of a regex scan. The four characters that IGNORECASE matches to an ASCII
# letter without lower() turning them into it (İ ı ſ K) switch the gates off, so skipping a
# pattern never changes the output.
_CASE_FOLD_TRAPS = lazyre.compile("[\u0130\u0131\u017f\u212a]")
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # a-z kept, all else a space
_NOT_DIGITS = bytes(c for c in range(256) if not 48 <= c <= 57)  # UTF-8 never hides 0-9 in a multibyte


def letter_runs(text: str) -> tuple[bytes, list[bytes], int] | None:
    """(the lower-cased text as UTF-8, its runs of ASCII letters, its number of ASCII digits),
    or None when it holds a letter that IGNORECASE reads as ASCII (then no gate is safe).
    A word an IGNORECASE pattern matches between non-word characters is one of the runs."""
    if not text.isascii() and _CASE_FOLD_TRAPS.search(text):
        return None
    raw = text.lower().encode("utf-8", "replace")
    return raw, raw.translate(_LETTERS_ONLY).split(), len(raw.translate(None, _NOT_DIGITS))


def _tokens_of(words) -> frozenset[bytes]:
    return frozenset(w.encode("ascii") for w in words)


_NUMBER_TOKENS = _tokens_of([*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, "half", "quarter", "quarters", "third",
                             "thirds"])  # "a million": the scale; "half a mile": a fraction of a unit
_VAGUE_TOKENS = _tokens_of([*(w for k in VAGUE_QUANTITIES for w in k.split() if w != "of"), *SCALE_WORDS])
_FRACTION_TOKENS = _tokens_of(("half", "third", "thirds", "quarter", "quarters"))
_ZERO_TOKENS = _tokens_of(("no", "zero", "nobody"))
_ALL_TOKENS = _NUMBER_TOKENS | _VAGUE_TOKENS | _FRACTION_TOKENS | _ZERO_TOKENS
_ZERO_NOUNS = (b"deaths", b"casualties", b"injuries", b"fatalities", b"arrests", b"victims", b"cases", b"one")
_ALL_OPEN = (PHONE_DIGITS, 2, True, True, True)
_ALL_SHUT = (0, 0, False, False, False)


def _gates(text: str) -> tuple[int, int, bool, bool, bool]:
    """(digits, number, vague, fraction, zero): how many ASCII digits (at least), may it hold a number
    match (0 no, 1 only one starting at a digit or a currency sign, 2 any), a vague
    quantity, a fraction, a "no deaths" zero?"""
    runs = letter_runs(text)
    if runs is None:
        return _ALL_OPEN
    raw, words, digits = runs
    if _ALL_TOKENS.isdisjoint(words):
        return (digits, 1, False, False, False) if digits else _ALL_SHUT
    words = set(words)
    number = 2 if not _NUMBER_TOKENS.isdisjoint(words) else int(digits > 0)
    # _NO_ZERO: "no"/"zero" before one of its nouns (a prefix, so a substring test), or "nobody".
    zero = (b"nobody" in words or (not _ZERO_TOKENS.isdisjoint(words) and any(map(raw.__contains__, _ZERO_NOUNS))))
    return (digits, number, not _VAGUE_TOKENS.isdisjoint(words), not _FRACTION_TOKENS.isdisjoint(words), zero)


# Where a number match can start when the sentence has no number word: a digit or a
# currency sign ("US$" in any case) after what _NUMBER's own lookbehind allows. Trying
# _NUMBER only there, after the end of the last match, finds exactly what _NUMBER.finditer
# finds ("1,1,1,..." offers one start, not thousands).
# (a superset of the currency prefixes, case-blind by hand: cheaper than IGNORECASE here)
_NUMBER_START = lazyre.compile(r"(?<![\w.,:/#-])(?:[A-Za-z]{1,2}\$|[Rr][Ss]|[Cc][Hh][Ff]|[$€£¥₹₩₽₺₦₱₪]|[0-9]{1,20})")


def _number_matches(text: str, number: int):
    if number == 2:
        yield from _NUMBER.finditer(text)
        return
    end = 0
    for c in _NUMBER_START.finditer(text):
        p = c.start()
        if p < end:
            continue
        m = _NUMBER.match(text, p)
        if m is not None:
            end = m.end()
            yield m


# The articles of a story repeat sentences (wire copy shared by outlets, boilerplate), and
# the figures of a sentence are a function of its text and its date spans alone: a bounded
# memo reads each one once. Emptied when full (no LRU bookkeeping on the hot path); only
# sentences of ordinary length are kept, so that hostile input cannot make it hold megabytes.
MEMO_SIZE = 4096
MEMO_MAX_CHARS = 1000
_MEMO: dict[tuple[str, tuple], tuple[Figure, ...]] = {}


def extract_figures(sentence: str, exclude: Iterable[tuple[int, int]] = ()) -> tuple[Figure, ...]:
    """All figures of one sentence, in order; ``exclude`` are spans to skip (dates).

    A repeated call with an equal sentence and equal spans returns the same tuple (the
    memo above; ``counted.annotate`` relies on that identity for its own memo)."""
    exclude = tuple(exclude)
    if len(sentence) > MEMO_MAX_CHARS:
        return _extract_figures(sentence, exclude)
    key = (sentence, exclude)
    out = _MEMO.get(key)
    if out is None:
        out = _extract_figures(sentence, exclude)
        if len(_MEMO) >= MEMO_SIZE:
            _MEMO.clear()
        _MEMO[key] = out
    return out


def _extract_figures(sentence: str, exclude: tuple[tuple[int, int], ...]) -> tuple[Figure, ...]:
    text = sentence[:MAX_SCAN]
    digits, number, vague, fraction, zero = _gates(text)
    if not (number or vague or fraction or zero):
        return ()
    blocked = sorted([*exclude, *_phone_spans(text)]) if digits >= PHONE_DIGITS else sorted(exclude)
    spans: list[tuple[int, int, Figure]] = []

    # Blocked spans sorted by start with a running maximum of their ends: one bisect tells
    # whether any blocked span overlaps [s, e) (sentences full of dates made this quadratic).
    starts = [bs for bs, _ in blocked]
    reach = list(accumulate((be for _, be in blocked), max))

    def is_free(s: int, e: int) -> bool:
        k = bisect_left(starts, e)
        if k and reach[k - 1] > s:
            return False
        return not any(a < e and s < b for a, b, _ in spans)

    # Vague quantities first: "hundreds of thousands of" must not become 1000.
    for m in (_VAGUE.finditer(text) if vague else ()):
        if not is_free(*m.span()):
            continue
        if m.group("v"):
            lo, hi = VAGUE_QUANTITIES[_WS.sub(" ", fold_case(m.group("v")))]
            f = Figure(m.start(), m.end("v"), m.group("v"), m.start(), m.end("v"), lo, lo, hi,
                       False, True, "vague", m.group("v"))
        else:
            a, b = SEVERAL_WORDS[_WS.sub(" ", fold_case(m.group("sv")))]
            sc = SCALE_WORDS[fold_case(m.group("svsc"))]
            f = Figure(m.start(), m.end(), m.group(0), m.start(), m.end(), a * sc, a * sc, b * sc,
                       False, True, "vague", m.group("sv"))
        spans.append((f.start, f.end, f))
    for m in (_FRACTION.finditer(text) if fraction else ()):
        if not is_free(*m.span()):
            continue
        v = _fraction_value(m.group("f"))
        f = Figure(m.start(), m.end(), m.group(0), m.start(), m.end(), v, v, v, unit="percent",
                   hedge="rounded")
        f = _with_hedge(text, f, Decimal(0))
        spans.append((f.start, f.end, f))
    taken_end = -1
    for m in (_number_matches(text, number) if number else ()):
        if len(spans) > MAX_FIGURES:
            return ()  # a table, not prose: no figure of it is compared (and none is read further)
        s, e = m.span()
        if s < taken_end or not is_free(s, e):
            continue
        f = _figure_at(text, m, is_free)
        if f is None:
            continue
        if isinstance(f, int):
            taken_end = f  # "2-1": both numbers consumed, neither is a figure
            continue
        taken_end = f.end
        spans.append((f.start, f.end, f))
    for f in (_zero_figures(text, is_free) if zero else ()):
        spans.append((f.start, f.end, f))
    if len(spans) > MAX_FIGURES:
        return ()
    spans.sort(key=lambda t: (t[0], t[1]))
    return tuple(f for _, _, f in spans)


def _with_hedge(text: str, f: Figure, half: Decimal) -> Figure:
    """Read the hedge before (or after) a figure and set its bounds."""
    hedge, hedge_text, start, end = f.hedge, None, f.start, f.end
    hb = _hedge_before(text[max(0, f.start - 30):f.start])
    if hb:
        hedge_text = _WS.sub(" ", hb.group("h"))
        hedge = HEDGES[fold_case(hedge_text)]
        start = max(0, f.start - 30) + hb.start()
    else:
        ph = _POST_HEDGE.match(text, end)
        if ph:
            hedge_text = ph.group("ph").strip()
            hedge = POST_HEDGES[fold_case(hedge_text)]
            end = ph.end()
    if hedge == "exact" and f.hedge == "rounded":
        hedge = "rounded"
    lo, hi, lo_open, hi_open = _bounds(hedge, f.value, half)
    # A new Figure field must be added here and in with_counted (tests compare with evolve).
    return Figure(start, end, text[start:end], f.num_start, f.num_end, f.value, lo, hi, lo_open, hi_open,
                  hedge, hedge_text, f.unit, f.ambiguous, f.counted)


_ASCII_GLUE = frozenset("^*_'")
_SCALE_START = lazyre.compile(rf"(?:{_SCALES})\b", re.I)
_DIGITS_BEFORE = lazyre.compile(r"[0-9.]\s?$")


def _glue(c: str) -> bool:
    """A character that joins two digit runs into something this parser does not read: an
    exponent mark ("10^5", "10**5"), a non-ASCII separator ("3٫400", "3’400", "3\u202f400",
    a zero-width joiner). A dash of any script ("23‒28") is a range, never glue."""
    if c in _ASCII_GLUE:
        return True
    return not c.isascii() and unicodedata.category(c) != "Pd"


def _glued(text: str, s: int, e: int, m: re.Match) -> bool:
    """A number glued to other digits by a separator or exponent mark it cannot read
    ("3٫400", "10^5000"), or a scale word after digits it could not read ("0.000…0001
    million"): no figure at all (silence), never a wrong one."""
    if e + 1 < len(text) and _glue(text[e]) and (text[e + 1].isdigit() or text[e + 1] in _ASCII_GLUE):
        return True
    if s >= 2 and _glue(text[s - 1]) and (text[s - 2].isdigit() or text[s - 2] in _ASCII_GLUE):
        return True
    return bool(s) and _SCALE_START.match(text, s) is not None and _DIGITS_BEFORE.search(text, max(0, s - 2), s) is not None


def _figure_at(text: str, m: re.Match, is_free) -> Figure | int | None:
    """The figure at a number match; an int (the end to skip to) for a score like "2-1"."""
    s, e = m.span()
    if _glued(text, s, e, m):
        return None
    one = _one_value(m)
    if one is None:
        return None
    value, ambiguous, half, scaled = one
    digits_only = bool(m.group("d")) and not m.group("ab") and not m.group("sc")
    if (digits_only or (m.group("w") and not scaled)) and text[e:e + 7].lower() == " and a ":
        ah = _AND_FRACTION.match(text, e)  # "one and a half million", "2 and a half years"
        if ah is not None and value < 1000:
            value += Decimal("0.5") if fold_case(ah.group("ahf")) == "half" else Decimal("0.25")
            if ah.group("ahsc"):
                sc = SCALE_WORDS[fold_case(ah.group("ahsc"))]
                value, half, scaled = (value * sc).quantize(Decimal(1)), sc / 4, True
            digits_only, e = False, ah.end()
    num_start = s + (len(m.group(0)) - len(m.group(0).lstrip()))
    if _excluded_context(text, s, e, digits_only):
        return None
    if _MINUS_BEFORE.search(text[max(0, s - 2):s]):
        return None  # "-5%" is a change, not a count
    cur = m.group("cur")
    unit = (CURRENCY_SYMBOLS.get(cur) or CURRENCY_SYMBOLS.get(cur.upper()) or CURRENCY_SYMBOLS.get(cur.capitalize())
            if cur else None)
    # A range: "20-30", "20 to 30", "between 20 and 30", "2m-3m", "two to three million".
    rt = _RANGE_TAIL.match(text, e)
    if rt and rt.end() < len(text):
        m2 = _NUMBER_AFTER_DASH.match(text, rt.end())
        sep = fold_case(rt.group("sep"))
        between = _BETWEEN_BEFORE.search(text[max(0, s - 12):s])
        if m2 is not None and is_free(*m2.span()) and not _excluded_context(text, m2.start(), m2.end(), False):
            two = _one_value(m2)
            if two is not None and (sep != "and" or (between and fold_case(between.group("b")) == "between")):
                v2, amb2 = two[0], two[1]
                v1 = value
                if not scaled and two[3]:
                    v1 = v1 * _scale_of(m2)  # "20 to 30 million": the scale applies to both
                year_span = digits_only and _YEAR.fullmatch(m.group("d") or "")
                if v1 < v2 and not year_span:
                    end = m2.end()
                    unit2 = unit
                    if unit2 is None:
                        unit2, end = _unit_after(text, end)
                    start = s
                    if between and fold_case(between.group("b")) == "between":
                        start = max(0, s - 12) + between.start()
                    return Figure(start, end, text[start:end], num_start, m2.end(), v1, v1, v2,
                                  hedge="range", unit=unit2, ambiguous=ambiguous or amb2)
                if sep in "-–—‑":
                    return m2.end()  # "2-1", "2021-2023": a score, a label or a span of years
    end = e
    if unit is None:
        unit, end = _unit_after(text, end)
    # Bare years: a four-digit number 1000-2100 with no unit is a year, not a count.
    if digits_only and unit is None and _YEAR.fullmatch(m.group("d")):
        if not _hedge_before(text[max(0, s - 30):s]) and not _count_not_year(text, s, end):
            return None
    if (unit is None and value <= 24 and _AT_CLOCK.search(text[max(0, s - 6):s]) and not _WORD_AFTER.match(text, end)
            and not _COUNT_AT.search(text[max(0, s - 120):s])):
        return None  # "an interview at nine": a time of day ("put the toll at 17" is a count)
    f = Figure(s, end, text[s:end], num_start, e, value, value, value,
               hedge="rounded" if scaled else "exact", unit=unit, ambiguous=ambiguous)
    return _with_hedge(text, f, half)

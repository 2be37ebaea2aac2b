"""Article metadata (publication date, outlet, title) and boilerplate, read from the text.

Only general layout patterns are used: date lines, bylines, ``Published ...`` lines, a date
alone on a line, ``Title | Outlet`` headers, agency trailers with their abbreviation and
subscription trailers. Boilerplate is returned as character ranges so that offsets of the
remaining text are never disturbed.
"""
from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from attrs import frozen

from checker import lazyre
from checker.alternation import trie
from checker.textview import _INVISIBLE
from checker.vocab.time import MONTH_ALTERNATION, MONTHS

# The month names as a prefix tree (checker.alternation): the same matches as
# MONTH_ALTERNATION, several times cheaper to try under re.I.
_M = trie(sorted(MONTHS, key=len, reverse=True))
assert MONTH_ALTERNATION == "|".join(sorted(MONTHS, key=len, reverse=True))
_WD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s{1,3}"
# Full dates with a year, as they appear in headers: ISO, day-first numeric, and worded.
_ISO = r"(?P<iy>[12][0-9]{3})-(?P<im>[01]?[0-9])-(?P<id>[0-3]?[0-9])"
# (with slashes only when the day cannot be a month: "20/10/2023", never "03/04/2024")
_DMY_NUM = r"(?P<nd>[0-3]?[0-9](?=\.)|(?:1[3-9]|2[0-9]|3[01])(?=/))[./](?P<nm>[01]?[0-9])[./](?P<ny>[12][0-9]{3})"
_MDY = rf"(?P<am>{_M})\.?\s{{1,3}}(?P<ad>[0-3]?[0-9])(?:st|nd|rd|th)?,?\s{{1,3}}(?P<ay>[12][0-9]{{3}})"
_DMY = rf"(?P<bd>[0-3]?[0-9])(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?(?P<bm>{_M})\.?,?\s{{1,3}}(?P<by>[12][0-9]{{3}})"
_ANY_DATE = rf"(?:{_WD})?(?:{_ISO}|{_DMY_NUM}|{_MDY}|{_DMY})"

# A clock time beside a header date: "14:32", "10.15 BST", "10:15 AM", "2.30pm GMT"
_CLOCK = r"[0-2]?[0-9][:.][0-5][0-9](?:\s{0,2}[ap]\.?m\.?)?(?:\s{0,2}[A-Z]{2,5})?"
# "Updated 14:32 GMT, 3 June 2024", "3 June 2024 | 14:32", "Jun 3, 2024, 10:15 AM"
_DATE_ALONE = lazyre.compile(
    rf"^\s{{0,8}}(?:(?:date|dated|updated|last\supdated|(?:last\s)?modified|(?:last\s)?edited|published|posted|(?:first\s)?broadcast|aired|filed|transcript)(?:\s{{1,3}}on)?)?\s{{0,3}}[:–—]?\s{{0,3}}(?:{_CLOCK},?\s{{1,3}})?"
    rf"{_ANY_DATE}\s{{0,3}}(?:[,|·•–-]\s{{0,3}})?(?:(?:at\s{{1,3}})?{_CLOCK})?\s{{0,8}}$", re.I)
_DATE_PREFIX = lazyre.compile(rf"^\s{{0,8}}(?:date|dated)\s{{1,3}}{_ANY_DATE}", re.I)
_PUBLISHED = lazyre.compile(rf"\b(?:published|posted|first published)(?:\s{{1,3}}on)?:?\s{{1,3}}{_ANY_DATE}", re.I)
# What a line needs for _PUBLISHED to match in it (lower case; "first published" holds one).
_PUBLISHED_WORDS = ("published", "posted")
_ASCII_DIGIT = lazyre.compile(r"[0-9]")
_UPDATED = lazyre.compile(rf"\b(?:updated|last updated)(?:\s{{1,3}}on)?:?\s{{1,3}}{_ANY_DATE}", re.I)
# "Jane Doe | 23.05.2022", "Outlet | Section | 3 June 2024"; and date first, as trade and
# section headers put it: "21 March 2025 | Outlet | Section".
# (in markdown the line may be bold or italic: "**Jane Doe | 23.05.2022**")
_BYLINE = lazyre.compile(rf"^(?:[^|\n]{{2,80}}\|\s{{0,8}}){{1,4}}{_ANY_DATE}\s{{0,8}}(?:[0-2]?[0-9][:.][0-5][0-9].{{0,20}})?(?:[*_]{{1,2}}\s{{0,4}})?$", re.I)
_DATE_PIPE = lazyre.compile(rf"^\s{{0,8}}{_ANY_DATE}(?:\s{{0,3}}\|\s{{0,3}}[^|\n]{{1,60}}){{1,4}}$", re.I)

# "Brussels, MINA –" at the start of a date line: a place, then an agency abbreviation.
_DATELINE_AGENCY = lazyre.compile(r"^[A-Z][A-Za-z .'’-]{1,40},\s{1,3}(?P<abbr>[A-Z][A-Z0-9&]{1,7})\s{0,3}(?:\([A-Z]{2,8}\)\s{0,3})?[–—-]\s")
# "(Reuters)", "(Xinhua)", "(Meridian Wire)": an agency named in a dateline (not taken as an
# abbreviation); up to three capitalised words
_AGENCY_NAME = r"[A-Z][a-z]{2,15}(?: [A-Z][a-z]{2,15}){0,2}"
# A wire dateline opening the body: "KREMNÁ, 3 July 2023 (SNA) – ...", "OSLO, March 3, 2024 -".
_DATELINE_DATE = lazyre.compile(
    rf"^\s{{0,4}}[^\W\d_][^\W\d_'’.-]{{0,30}}(?:[ '’-]{{1,2}}[^\W\d_][^\W\d_'’.-]{{0,30}}){{0,3}},\s{{1,3}}"
    rf"(?i:{_ANY_DATE})\s{{0,3}}(?:\((?:(?P<abbr2>[A-Z][A-Z0-9&]{{1,7}})|{_AGENCY_NAME})\)\s{{0,3}})?[–—-]\s"
)
# A wire dateline with a month and day but no year: "OSLO, Oct. 3 (Reuters) -".
_DATELINE_MD = lazyre.compile(
    rf"^\s{{0,4}}[^\W\d_][^\W\d_'’.-]{{0,30}}(?:[ '’-]{{1,2}}[^\W\d_][^\W\d_'’.-]{{0,30}}){{0,3}},\s{{1,3}}"
    rf"(?i:(?:{_WD})?(?:(?P<am>{_M})\.?\s{{1,3}}(?P<ad>[0-3]?[0-9])(?:st|nd|rd|th)?|(?P<bd>[0-3]?[0-9])(?:st|nd|rd|th)?\s{{1,3}}(?P<bm>{_M})\.?))"
    rf"\s{{0,3}}(?:\((?:(?P<abbr2>[A-Z][A-Z0-9&]{{1,7}})|{_AGENCY_NAME})\)\s{{0,3}})?[–—-]\s"
)
# A full date (with its year) anywhere in a text: what may give a year-less dateline its year.
_FULL_DATE = lazyre.compile(rf"(?<![\w/.-])(?:{_ISO}|{_DMY_NUM}|{_MDY}|{_DMY})(?![\w])", re.I)
# Year-less dateline policy (never today's clock): the year of a full date in the header lines
# above it that falls within a month of the dateline's day; failing that, the one year for
# which the body's full dates include one up to three months before that day (a story
# reports what just happened), when the header holds no full date at all. Several such
# years, or none: the date stays unknown.
_HEADER_SLACK = 31
_BODY_REACH = 92
_YEAR_SCAN = 20000  # characters of body searched for full dates
_YEAR_DATES = 200  # full dates looked at, at most

_TRAILER_AGENCY = lazyre.compile(r"^\s{0,4}(?P<name>[A-Z][\w’'.&-]{0,30}(?:\s{1,2}[A-Z&][\w’'.&-]{0,30}){0,7})\s{0,2}\((?P<abbr>[A-Z][A-Z0-9&]{1,7})\)\s{0,4}[.]?\s{0,4}$")
_OUTLET_WORDS = r"(?:Agency|News|Press|Wire|Service|Times|Post|Herald|Gazette|Tribune|Journal|Daily|Chronicle|Observer|Telegraph|Mail|Express|Monitor|Reporter|Broadcasting|Radio|Television|TV|Network|Media|Report|Review|Standard|Guardian|Independent|Record|Courier|Dispatch|Bulletin|Insider)"
_SUBSCRIPTION = lazyre.compile(rf"^\s{{0,4}}(?P<name>(?:The\s)?[A-Z][\w’'.&-]{{0,30}}(?:\s{{1,2}}[A-Z&][\w’'.&-]{{0,30}}){{0,5}}\s{_OUTLET_WORDS})\b[^\n]{{0,200}}\bsubscri", re.M)
_PIPE_OUTLET = lazyre.compile(rf"^(?P<title>[^|\n]{{8,200}}?)\s{{1,3}}[|]\s{{1,3}}(?P<name>[A-Z][^|\n]{{1,60}})\s{{0,4}}$")
_FROM_AGENCY = lazyre.compile(rf"^\s{{0,4}}(?:\(c\)|©|copyright)?\s{{0,3}}(?P<name>(?:The\s)?[A-Z][\w’'.&-]{{0,30}}(?:\s{{1,2}}[A-Z&][\w’'.&-]{{0,30}}){{0,5}}\s{_OUTLET_WORDS}(?:\s{{1,2}}[A-Z][\w’'.&-]{{0,20}}){{0,2}})\s{{0,4}}(?:\((?P<abbr>[A-Z][A-Z0-9&]{{1,7}})\))?\s{{0,4}}[.]?\s{{0,4}}$")

_BOILERPLATE_LINE = lazyre.compile(
    r"^\s{0,8}(?:advertisement|advertising|sponsored(?: content)?|comments are closed\.?|"
    r"learn more|read more|see more|show more|continue reading|share(?: this)?(?: article| story)?|"
    r"(?:sign up|subscribe)\b.{0,200}|.{0,120}\bnewsletters?\b.{0,120}|get more with\b.{0,80}|"
    r"a personali[sz]ed news feed\b.{0,120}|follow us\b.{0,120}|click here\b.{0,120}|"
    r"related(?: stories| articles| coverage)?:?.{0,200}|most (?:read|popular)|trending|"
    r"(?:photo|image|video|file photo|credit)s?:\s.{0,120}|.{0,300}\s(?:photo|picture|image):\s{0,2}[\w /&.-]{1,40}|"
    r"[0-9]{1,4}|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|all rights reserved\.?.{0,80}|(?:©|\(c\)|copyright)\b.{0,120}|"
    r"(?:tags?|topics?|filed under):.{0,200}|back to top|print|email|facebook|twitter|whatsapp|linkedin)\s{0,8}$",
    re.I,
)
_TIMESTAMP = lazyre.compile(r"^\s{0,8}[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s{0,8}$")
_BREAK = lazyre.compile(r"\r\n|\r|\n")
# Prefilters over the whole text (line breaks turned into \n, same length): they find every
# line the per-line patterns could accept, so the per-line loop runs on candidates only.
# Both run on "\n" + text: led by a literal, the search jumps from line start to line start
# instead of trying the pattern at every character; a match starts at its line's offset.
_ML_BODY = _BOILERPLATE_LINE.pattern[len(r"^\s{0,8}(?:"):-len(r")\s{0,8}$")].replace(r"\s", r"[^\S\n]")
_BOILERPLATE_ML = lazyre.compile(r"\n[^\S\n]{0,64}(?:" + _ML_BODY + r")[^\S\n]{0,64}$", re.I | re.M)
# The two alternatives that may start anywhere in a line cost a long backtrack on every
# line: they are tried only on lines holding their word ("newsletter", "photo:"...).
_SLOW_ALTERNATIVES = (r".{0,120}\bnewsletters?\b.{0,120}|",
                      r"|.{0,300}[^\S\n](?:photo|picture|image):[^\S\n]{0,2}[\w /&.-]{1,40}")
_SLOW_WORDS = ("newsletter", "photo:", "picture:", "image:")
_FAST_BODY = _ML_BODY
for _alt in _SLOW_ALTERNATIVES:
    assert _alt in _FAST_BODY, _alt
    _FAST_BODY = _FAST_BODY.replace(_alt, "")
_BOILERPLATE_FAST = lazyre.compile(r"\n[^\S\n]{0,64}(?:" + _FAST_BODY + r")[^\S\n]{0,64}$", re.I | re.M)
# What each alternative of _FAST_BODY starts with, in lower case, when not a digit
# (tests/test_properties.py checks that these find every line the pattern matches).
_FAST_WORDS = ("advertis", "sponsored", "comments are closed", "learn more", "read more", "see more", "show more",
               "continue reading", "share", "sign up", "subscribe", "get more with", "a personali", "follow us",
               "click here", "related", "most read", "most popular", "trending", "photo", "image", "video",
               "credit", "all rights reserved", "©", "(c)", "copyright", "tag", "topic", "filed under",
               "back to top", "print", "email", "facebook", "twitter", "whatsapp", "linkedin")
_DIGIT_LINE = lazyre.compile(r"\n[^\S\n]{0,64}[0-9]")
# Lines shorter than this on average: scanning for the words is cheaper than trying the
# pattern at every line start (for longer lines it is the other way round).
_SHORT_LINES = 16
# Under re.I these match an ASCII letter that str.lower() does not give them (or, for "İ",
# gives with a second character): a text holding one is scanned with the whole pattern.
_LOWER_UNSAFE = ("\u0130", "\u0131", "\u017f")
# A line under a timestamp longer than this that ends a sentence is prose (a live blog's
# entry), not a video caption.
_CAPTION_MAX = 60
_PROSE_END = tuple(".!?\"”’")
_TIMESTAMP_ML = lazyre.compile(r"\n[^\S\n]{0,64}[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[^\S\n]{0,64}$", re.M)

# A masthead: two to four capitalised words alone on the first line ("Valley Voice").
_MASTHEAD = lazyre.compile(r"^(?:The\s)?[A-Z][A-Za-z’'&]{1,20}(?:\s[A-Z&][A-Za-z’'&]{0,20}){1,3}$")
_SENTENCE_BREAK = lazyre.compile(r"[.!?]\s{1,3}[A-Z“\"]")
_HEAD_LINES = 15
_TAIL_LINES = 6


@frozen
class Metadata:
    published: dt.date | None
    outlet: str | None
    title: str | None
    boilerplate: tuple[tuple[int, int], ...]


# A line of ``norm`` holding a character that is not white space (\S is what
# str.isspace() does not call white space), from its start to its end: tried only at line
# starts (^), and the possessive run of blanks never backtracks, so a search is linear.
_CONTENT_LINE = lazyre.compile(r"^[^\S\n]*+\S[^\n]*", re.M)


def _line_at(norm: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding ``pos`` in ``norm`` (breaks all \\n), end excluding it."""
    end = norm.find("\n", pos)
    return norm.rfind("\n", 0, pos) + 1, len(norm) if end < 0 else end


def _lines_from(norm: str, pos: int):
    """Lines from the one holding ``pos`` onwards, lazily (a big file is never split whole)."""
    while pos <= len(norm):
        s, e = _line_at(norm, pos)
        yield s, e
        pos = e + 1


def _nonempty(text: str, norm: str, n: int, from_end: bool = False) -> list[tuple[int, int]]:
    """The first (or last) n lines with visible text."""
    out = []
    if from_end:
        pos = len(norm)
        while pos >= 0 and len(out) < n:
            s = norm.rfind("\n", 0, pos) + 1
            if text[s:pos].strip():
                out.append((s, pos))
            pos = s - 1
        return out[::-1]
    # The lines of ``norm`` in order (a line of ``text`` is the same characters: only
    # \r became \n), found one at a time so that a big file is never split whole.
    return [m.span() for m in islice(_CONTENT_LINE.finditer(norm), n)]


def date_from_match(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    try:
        if g.get("iy"):
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g.get("ny"):
            return dt.date(int(g["ny"]), int(g["nm"]), int(g["nd"]))  # numeric bylines are day-first
        if g.get("ay"):
            return dt.date(int(g["ay"]), MONTHS[g["am"].lower().rstrip(".")], int(g["ad"]))
        if g.get("by"):
            return dt.date(int(g["by"]), MONTHS[g["bm"].lower().rstrip(".")], int(g["bd"]))
    except (ValueError, KeyError, OverflowError):
        return None
    return None


def _month_day(m: re.Match) -> tuple[int, int]:
    g = m.groupdict()
    return MONTHS[(g["am"] or g["bm"]).lower().rstrip(".")], int(g["ad"] or g["bd"])


def _year_for_dateline(text: str, head, line_start: int, md: tuple[int, int]) -> dt.date | None:
    """The publication date of a year-less dateline, by the policy above, or None."""
    month, day = md

    def on(y: int) -> dt.date | None:
        try:
            return dt.date(y, month, day)
        except ValueError:
            return None

    def years(dates, lo: int, hi: int) -> set[int]:
        out = set()
        for d in dates:
            for y in (d.year - 1, d.year, d.year + 1):
                if (c := on(y)) and lo <= (c - d).days <= hi:
                    out.add(y)
        return out

    header = [d for s, e in head if s < line_start
              for d in map(date_from_match, _FULL_DATE.finditer(text, s, e)) if d]
    found = years(header, -_HEADER_SLACK, _HEADER_SLACK)
    if not header:  # a header date far from the dateline's day: something is off, say nothing
        body = []
        for fm in _FULL_DATE.finditer(text, line_start, line_start + _YEAR_SCAN):
            if (d := date_from_match(fm)) is not None:
                body.append(d)
            if len(body) >= _YEAR_DATES:
                break
        found = years(body, 0, _BODY_REACH)
    return on(found.pop()) if len(found) == 1 else None


def read_metadata(text: str) -> Metadata:
    norm = text.replace("\r", "\n")  # one break character, same length: offsets stay valid
    head = _nonempty(text, norm, _HEAD_LINES)
    tail = _nonempty(text, norm, _TAIL_LINES, from_end=True)
    boiler: list[tuple[int, int]] = []
    published = None
    outlet = None
    abbr = None
    yearless = None  # (line start, (month, day)) of a dateline without a year

    # Cheap gates (a pure speed-up): every date pattern below needs an ASCII digit, and
    # _PUBLISHED / _UPDATED their keyword; a case-insensitive search costs microseconds per
    # line, a substring test of the lower-cased text nanoseconds. str.lower() agrees with
    # re.I on the keywords unless the text holds one of _LOWER_UNSAFE: then no word gate.
    low = norm.lower() if norm.isascii() or not any(c in norm for c in _LOWER_UNSAFE) else None

    def has_word(s: int, e: int, words: tuple[str, ...]) -> bool:
        if low is None:
            return True
        return any(low.find(w, s, e) >= 0 for w in words)

    # Most texts hold neither keyword anywhere: one test each for the whole text.
    published_gate = low is None or any(w in low for w in _PUBLISHED_WORDS)
    updated_gate = low is None or "updated" in low

    # Publication date: explicit "Published", then date lines, bylines and dates alone on a line.
    for finder in (_PUBLISHED,):
        for s, e in head + tail if published_gate else ():
            if not has_word(s, e, _PUBLISHED_WORDS):
                continue
            m = finder.search(text, s, e)
            if m and (d := date_from_match(m)):
                published = d
                boiler.append((s, e) if _DATE_ALONE.match(text[s:e]) or len(text[s:e]) < 80 else (m.start(), m.end()))
                break
        if published:
            break
    for s, e in head:
        if _ASCII_DIGIT.search(text, s, e) is None:
            continue  # no date, no dateline, no "Updated" date on this line
        line = text[s:e]
        m = _DATE_PREFIX.match(line)
        if m:
            d = date_from_match(m)
            if d and not published:
                published = d
            rest = m.end()
            am = _DATELINE_AGENCY.match(line[rest:].lstrip())
            cut = rest
            if am:
                abbr = am.group("abbr")
                cut = len(line) - len(line[rest:].lstrip()) + am.end()
            boiler.append((s, s + cut))
            continue
        m = _DATELINE_DATE.match(line)
        if m and not all(w[:1].isupper() for w in line[:line.index(",")].split()):
            m = None  # "He said, 4 June 2024 - ...": not a place name
        if m:
            d = date_from_match(m)
            if d:
                if not published:
                    published = d
                if m.group("abbr2") and not abbr:
                    abbr = m.group("abbr2")
                boiler.append((s, s + m.end()))  # the dateline, not the story's first sentence
            continue
        m = _DATELINE_MD.match(line) if not published and not yearless else None
        if m and all(w[:1].isupper() for w in line[:line.index(",")].split()):
            yearless = (s, _month_day(m))
            if m.group("abbr2") and not abbr:
                abbr = m.group("abbr2")
            boiler.append((s, s + m.end()))
            continue
        m = _DATE_ALONE.match(line) or _BYLINE.match(line) or _DATE_PIPE.match(line)
        if m:
            d = date_from_match(m)
            if d:
                if not published:
                    published = d
                boiler.append((s, e))
        elif len(line) < 80 and updated_gate and has_word(s, e, ("updated",)) and (m := _UPDATED.search(line)):
            if not published:  # "Last updated 20/10/2023 16:05 — Newsroom": a live page's date
                published = date_from_match(m)
            boiler.append((s, e))

    if published is None and yearless is not None:
        published = _year_for_dateline(text, head, *yearless)

    # Outlet: agency trailer "Name (ABBR)", subscription trailer, "Title | Outlet" header.
    for s, e in reversed(tail):
        line = text[s:e]
        m = _TRAILER_AGENCY.match(line) or _FROM_AGENCY.match(line)
        if m:
            name = m.group("name").strip()
            tabbr = m.groupdict().get("abbr")
            if not outlet:
                outlet = f"{name} ({tabbr})" if tabbr else name
            boiler.append((s, e))
            continue
        m = _SUBSCRIPTION.match(line)
        if m:
            if not outlet:
                outlet = m.group("name").strip()
            boiler.append((s, e))
    title = None
    title_text = None
    masthead = None
    for s, e in head[:8]:
        line = text[s:e].strip()
        if any(bs <= s and e <= be for bs, be in boiler):
            continue
        if _is_body(line):
            break  # a title stands above the body, never inside or after it
        m = _PIPE_OUTLET.match(line)
        if m and not title:
            title = m.group("title").strip()
            title_text = line
            if not outlet:
                outlet = m.group("name").strip()
            boiler.append((s, e))
            continue
        if title is None and masthead is None and not outlet and _MASTHEAD.match(line):
            masthead = line  # "Valley Voice" above the headline
            boiler.append((s, e))
            continue
        if title is None and _looks_like_title(line) and not _BOILERPLATE_LINE.match(line):
            title_text = line
            title = line.lstrip("#").strip()
            boiler.append((s, e))
    if not outlet and masthead:
        outlet = masthead
    if not outlet and abbr:
        outlet = abbr

    # Repeated title lines, boilerplate lines, video timestamps and the captions under them.
    # Only candidate lines (found by the whole-text prefilters) can be any of these.
    lines_text = "\n" + norm
    cands = _boilerplate_candidates(norm, lines_text, low)
    cands.update(m.start() for m in _TIMESTAMP_ML.finditer(lines_text))
    for t in {x.strip() for x in (title_text, title) if x and x.strip()}:
        at = norm.find(t)
        while at >= 0:
            cands.add(at)
            at = norm.find(t, at + len(t))
    done = 0  # lines before this offset were consumed as captions
    # What each distinct line is (a function of its text alone): a page of thousands of
    # candidate lines holds few distinct ones, each matched once. 1: boilerplate (a title
    # repeated, or _BOILERPLATE_LINE), 2: a video timestamp, 0: neither.
    kinds: dict[str, int] = {}
    title_line = title_text.strip() if title_text else None
    for se in sorted({_line_at(norm, c) for c in cands}):
        s, e = se
        if s < done:
            continue
        line = text[s:e].strip()
        if not line:
            continue
        kind = kinds.get(line) if _MEMO_LINE_KINDS else None
        if kind is None:
            if title_text and line == title_line or title and line == title:
                kind = 1
            elif _TIMESTAMP.match(line):
                kind = 2
            else:
                kind = 1 if _BOILERPLATE_LINE.match(line) else 0
            kinds[line] = kind
        if kind == 1:
            boiler.append(se)  # (the line's own tuple: no new one per boilerplate line)
        elif kind == 2:
            boiler.append(se)
            # The caption under a video timestamp is often printed twice; drop both copies.
            caption = None
            taken = 0
            done = e + 1
            for cs, ce in _lines_from(norm, e + 1):
                if taken >= 3:
                    break
                cl = text[cs:ce].strip()
                if cl and caption is not None and cl != caption:
                    break
                if cl and caption is None and (_is_body(cl) or len(cl) > _CAPTION_MAX and cl[-1] in _PROSE_END):
                    break  # a full sentence under a clock time: a live blog's entry, not a caption
                if cl:
                    caption = cl
                    boiler.append((cs, ce))
                    taken += 1
                done = ce + 1
            if taken == 1 and caption[-1] in _PROSE_END and " " in caption:
                boiler.pop()  # a live blog's entry under its time ("17:42"): a sentence, printed once
    return Metadata(published, outlet, title, _merge(boiler))


_MEMO_LINE_KINDS = True  # (off only in tests: each line judged afresh, the plain computation)


def _boilerplate_candidates(norm: str, lines_text: str, low: str | None = None) -> set[int]:
    """The starts of the lines of ``norm`` that _BOILERPLATE_ML matches (``lines_text`` is
    "\n" + norm; ``low``, if given, is norm.lower())."""
    if not norm.isascii() and any(c in norm for c in _LOWER_UNSAFE):
        return {m.start() for m in _BOILERPLATE_ML.finditer(lines_text)}
    if low is None:
        low = norm.lower()  # same length and offsets as norm (no "İ" in it)
    if norm.count("\n") * _SHORT_LINES > len(norm):
        return _by_words(norm, lines_text, low)
    cands = {m.start() for m in _BOILERPLATE_FAST.finditer(lines_text)}
    _add_slow(norm, lines_text, low, cands)
    return cands


def _add_slow(norm: str, lines_text: str, low: str, cands: set[int], words=_SLOW_WORDS, pattern=_BOILERPLATE_ML) -> None:
    """Add the starts of the lines holding one of WORDS that PATTERN matches."""
    for word in words:
        at = low.find(word)
        while at >= 0:
            s, e = _line_at(norm, at)
            if s not in cands and pattern.match(lines_text, s):
                cands.add(s)
            at = low.find(word, e)


def _by_words(norm: str, lines_text: str, low: str) -> set[int]:
    """_boilerplate_candidates for a text of short lines: every fast alternative starts with
    a digit or one of _FAST_WORDS, so the pattern is tried on the lines holding one only,
    not at every line start (a million short lines would cost a million tries)."""
    cands = {m.start() for m in _DIGIT_LINE.finditer(lines_text) if _BOILERPLATE_FAST.match(lines_text, m.start())}
    _add_slow(norm, lines_text, low, cands, _FAST_WORDS, _BOILERPLATE_FAST)
    _add_slow(norm, lines_text, low, cands)
    return cands


def _visible(line: str) -> str:
    """The line without zero-width and formatting characters (a ".\u200b" still ends it)."""
    return _INVISIBLE.sub("", line) if _INVISIBLE.search(line) else line


def _is_body(line: str) -> bool:
    line = _visible(line)
    return len(line.split()) > 12 and line.rstrip("”\"’' )").endswith((".", "!", "?"))


def _looks_like_title(line: str) -> bool:
    line = _visible(line).strip()
    words = line.split()
    if not 4 <= len(words) <= 25 or len(line) > 200:
        return False
    if line.endswith((".", ",", ";", ":")) or line.startswith(("“", '"', "•", "-", "*")):
        return False
    if _SENTENCE_BREAK.search(line):
        return False  # a headline is one phrase, never two sentences
    return line[0].isupper() or line[0].isdigit() or line.startswith("#")


def _merge(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The ranges sorted, overlapping or touching ones joined. (The open range is held in two
    ints: a page of thousands of boilerplate lines makes no list per range.)"""
    ordered = sorted(set(ranges))
    if not ordered:
        return ()
    out: list[tuple[int, int]] = []
    first = ordered[0]  # the open range's first tuple, kept when nothing joins it
    cs, ce = first
    for r in islice(ordered, 1, None):
        s, e = r
        if s <= ce:
            if e > ce:
                ce = e
            first = None
        else:
            out.append(first or (cs, ce))
            first = r
            cs, ce = r
    out.append(first or (cs, ce))
    return tuple(out)

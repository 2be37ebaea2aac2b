"""Calendar consistency: a weekday stated with a date must be the weekday that date falls on.

What: "Sunday, June 3", "Monday 5 June 2023" and "on Friday (10)" state a weekday and a
date together. When the year is known (stated, or inferred from the article's publication
date for a date within about six months of it; in an undated article, from the publication
dates of the story's other articles when they all put the date in one year), the weekday is
checked against the calendar; a mismatch is a contradiction within the article. Between articles, the same
month and day given with different weekdays ("arrived on Sunday, June 3" in one story,
"expected to arrive on Saturday, June 3" in another) cannot both be right; that pair is
reported when the year of either date is unknown (with known years, each wrong date is
already reported on its own). The weekday of a date line or dateline above the text
("Saturday 8 August 2024", "OSLO, Monday 3 July 2023 (NTB) –") is checked the same way,
though the header is not one of the article's sentences, and so are a weekday and a date
read apart: an abbreviated weekday ("Wed 6 March", "Tues. March 5") and a weekday beside a
bracketed date or the other way round ("Sunday (March 10)", "March 10 (Sunday)").

Why: a wrong weekday is a common slip and often betrays a wrong date (or a wrong year).

Known false positives: a year-less date in an article whose publication date is wrong is
checked against the wrong year (the message says the year was inferred). A bare weekday
("on Monday") is resolved from the weekday itself and is never inconsistent.
"""
from __future__ import annotations


import datetime as dt
import re

from attrs import evolve

from checker import lazyre
from checker.extract.dates import extract_times
from checker.facts import StoryFacts
from checker.model import Claim
from checker.vocab.time import WEEKDAY_NAMES
from rules.base import Example, Result, Rule

CODE = "DT102"
NAME = "calendar-consistency"

HEADER_CHARS = 300  # a date line or dateline is short
HEADER_REACH = 600  # and comes before the text (after a title and a byline at most)
INFERRED_REACH = 200  # days: beyond this an inferred year is too uncertain to check


def _stated(story: StoryFacts):
    """(facts, sentence, expr) for every weekday stated together with a day of the month."""
    for facts in story.articles:
        for sent, times in zip(facts.sentences, facts.times):
            for t in times:
                if t.weekday is None or t.form not in ("date", "weekday"):
                    continue
                if t.form == "weekday" and (t.month_day is None and t.start is None or "(" not in t.text):
                    continue  # a bare weekday is resolved from itself
                yield facts, sent, t


def _md(t):
    if t.start is not None:
        return (t.start.month, t.start.day)
    if t.month_day and t.month_day[0][0] is not None:
        return t.month_day[0]
    return None


def _header_weekdays(story: StoryFacts):
    """ "Thursday 8 August 2024" on a date line or dateline: the header is left out of the
    sentences (it gives the publication date), but its weekday is a stated fact too."""
    for facts in story.articles:
        a = facts.article
        for s, e in a.boilerplate:
            if s > HEADER_REACH or e - s > HEADER_CHARS:
                continue  # a trailer or a long block, not a date line
            line = a.text[s:e]
            for t in extract_times(line, a.published):
                if t.form != "date" or t.start is None or not t.year_stated:
                    continue
                start, wd = t.start_offset, t.weekday
                if wd is None:  # "Updated Sat 10 Aug 2024"
                    m = _ABBREVIATED.search(line, max(0, t.start_offset - 9), t.start_offset)
                    if m is None:
                        continue
                    start, wd = m.start(), _ABBREVIATED_DAYS[m.group("wd").lower()]
                if t.start.weekday() == wd:
                    continue
                claim = Claim(article=a.id, path=a.path, span=a.span(s + start, s + t.end_offset),
                              quote=line[start:t.end_offset], text=line.strip(),
                              value=f"{t.start.isoformat()} stated as {WEEKDAY_NAMES[wd]}")
                yield Result("contradiction", "weekday and date",
                             f"{t.start.isoformat()} was a {WEEKDAY_NAMES[t.start.weekday()]}, "
                             f"not a {WEEKDAY_NAMES[wd]} (date line)", (claim,))


# "Wed 6 March", "Tues. March 5": an abbreviated weekday right before a date (the extractor
# reads the date alone). Capitalised only: "sun" and "sat" are words.
_ABBREVIATED = lazyre.compile(r"(?<![\w-])(?<!the\s)(?<!The\s)(?P<wd>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s{1,2}$")  # not "The Sun 7 March"
_ABBREVIATED_DAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
# "Sunday (March 10)", "March 10 (Sunday)": a weekday and a date side by side, one in brackets.
_BRACKETED = lazyre.compile(r"^\s{0,2}\(\s{0,2}$")


def _split_weekdays(story: StoryFacts):
    """A weekday and a date the extractor reads apart: "Wed 6 March", "Sunday (March 10)",
    "March 10 (Sunday)". Checked when the date's year is known, like a date with its weekday."""
    for facts in story.articles:
        pub = facts.article.published
        for sent, times in zip(facts.sentences, facts.times):
            text = sent.text
            for k, t in enumerate(times):
                if t.form != "date" or t.weekday is not None or t.start is None or t.start != t.end:
                    continue
                if not (t.year_stated or pub is not None and abs((t.start - pub).days) <= INFERRED_REACH):
                    continue
                found = None
                m = _ABBREVIATED.search(text, max(0, t.start_offset - 9), t.start_offset)
                if m is not None:
                    found = (m.start(), t.end_offset, _ABBREVIATED_DAYS[m.group("wd").lower()])
                for o in (times[k - 1] if k else None, times[k + 1] if k + 1 < len(times) else None):
                    if found is not None or o is None or o.form != "weekday" or o.weekday is None:
                        continue
                    a, b = (o, t) if o.end_offset <= t.start_offset else (t, o)
                    if _BRACKETED.match(text[a.end_offset:b.start_offset]) and text[b.end_offset:b.end_offset + 3].lstrip().startswith(")"):
                        found = (a.start_offset, b.end_offset, o.weekday)
                if found is None or found[2] == t.start.weekday():
                    continue
                s, e, wd = found
                how = "" if t.year_stated else f" (year {t.start.year} inferred from the publication date)"
                claim = facts.claim(sent, s, e, f"{t.start.isoformat()} stated as {WEEKDAY_NAMES[wd]}")
                yield Result("contradiction", "weekday and date",
                             f"{t.start.isoformat()} was a {WEEKDAY_NAMES[t.start.weekday()]}, not a {WEEKDAY_NAMES[wd]}{how}",
                             (claim,))


def _fits_known_year(known, is_known, other) -> bool:
    """The other side's weekday is right for its month and day in the year of the side
    whose year is known: the known side is then the wrong one, and is already reported on
    its own ("Friday, October 19" in 2023, set against another story's "Thursday, October 19")."""
    if not is_known or known.start is None:
        return False
    md = _md(other)
    try:
        return dt.date(known.start.year, *md).weekday() == other.weekday
    except (TypeError, ValueError):
        return False


_CLAUSE_LEAD = lazyre.compile(r"^[\s,;:–—-]*(?:(?:and|but|then|or)\s+)?")


def _own_part(sent, t, others) -> str | None:
    """The part of a sentence between the weekday-dates around ``t`` ("Join us on Thursday,
    July 23, and march on Friday, July 30": "march on Friday, July 30"), so that a finding
    about one of several stated weekdays cites only its own clause; None with one."""
    lo = max((o.end_offset for o in others if o is not t and o.end_offset <= t.start_offset), default=None)
    hi = min((o.start_offset for o in others if o is not t and o.start_offset >= t.end_offset), default=None)
    if lo is None and hi is None:
        return None
    text = sent.text
    part = text[lo or 0:hi if hi is not None else len(text)]
    if lo is not None:
        part = "… " + part[_CLAUSE_LEAD.match(part).end():]
    return part.rstrip(" ,;–—-") + (" …" if hi is not None else "")


def _story_year(pubs: list, md) -> int | None:
    """The year of a year-less month and day in an undated article, from the publication
    dates of the story's other articles: the year each puts it nearest to (within
    ``INFERRED_REACH`` days), when they all agree."""
    years = set()
    for pub in pubs:
        best = None
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                d = dt.date(y, *md)
            except ValueError:
                continue
            if abs((d - pub).days) <= INFERRED_REACH and (best is None or abs((d - pub).days) < abs((best - pub).days)):
                best = d
        if best is None:
            return None
        years.add(best.year)
    return years.pop() if len(years) == 1 else None


def check(story: StoryFacts):
    checked = []  # (facts, sent, t, year_known)
    stated_in: dict[tuple, list] = {}
    for facts, sent, t in _stated(story):
        stated_in.setdefault((id(facts), sent.index), []).append(t)
    pubs = None
    stated_mds: dict = {}  # month and day -> the articles that state it with a weekday
    for facts, _, t in _stated(story):
        stated_mds.setdefault(_md(t), set()).add(facts.article.id)
    for facts, sent, t in _stated(story):
        pub = facts.article.published
        story_year = None
        md = _md(t)
        if (pub is None and t.start is None and t.form == "date" and not t.year_stated and md is not None
                and None not in md and not stated_mds.get(md, set()) - {facts.article.id}):
            # "Saturday 26 October" in an undated article: the year of the story's dated articles
            # (where no other article states that day with a weekday: that pair is compared below)
            pubs = [f.article.published for f in story.articles if f.article.published is not None] if pubs is None else pubs
            year = _story_year(pubs, md) if pubs else None
            if year is not None:
                story_year = year
                t = evolve(t, start=dt.date(year, *md), end=dt.date(year, *md))
        known = t.start is not None and (
            t.year_stated or story_year is not None or pub is not None and abs((t.start - pub).days) <= INFERRED_REACH
        )
        if t.form == "weekday" and t.start is not None and pub is not None:
            known = abs((t.start - pub).days) <= 31  # "Friday (10)": the nearest 10th
        checked.append((facts, sent, t, known))
        if not known or t.start.weekday() == t.weekday:
            continue
        actual = WEEKDAY_NAMES[t.start.weekday()]
        how = "" if t.year_stated else f" (year {t.start.year} inferred from the publication date)" if story_year is None \
            else f" (year {t.start.year} inferred from the publication dates of the story's other articles)"
        claim = facts.claim(sent, t.start_offset, t.end_offset,
                            f"{t.start.isoformat()} stated as {WEEKDAY_NAMES[t.weekday]}")
        part = _own_part(sent, t, stated_in[(id(facts), sent.index)])
        if part is not None:
            claim = evolve(claim, text=part)
        yield Result("contradiction", "weekday and date",
                     f"{t.start.isoformat()} was a {actual}, not a {WEEKDAY_NAMES[t.weekday]}{how}",
                     (claim,))
    yield from _header_weekdays(story)
    yield from _split_weekdays(story)
    # Across articles: same day of the month, different weekdays, a year unknown on one side.
    # Only claims of one month and day can pair, and a repeat of the same claim in the same
    # article would give the same finding again: bucket by day, keep the first of each.
    buckets: dict[tuple, list] = {}
    firsts = set()
    for item in checked:
        fa, sa, ta, ka = item
        md = _md(ta)
        if md is None or None in md:
            continue
        rep = (fa.article.id, md, ta.weekday, ta.text, ka, ta.start)
        if rep not in firsts:
            firsts.add(rep)
            buckets.setdefault(md, []).append(item)
    seen = set()
    for bucket in buckets.values():
        for i, (fa, sa, ta, ka) in enumerate(bucket):
            for fb, sb, tb, kb in bucket[i + 1:]:
                if fa.article.id == fb.article.id or ka and kb or ta.weekday == tb.weekday:
                    continue
                mda, mdb = _md(ta), _md(tb)
                if ta.start is not None and tb.start is not None and ta.start.year != tb.start.year:
                    continue
                if _fits_known_year(ta, ka, tb) or _fits_known_year(tb, kb, ta):
                    continue  # the side of known year is wrong and reported alone; the other is right
                key = (fa.article.id, ta.start_offset, sa.index, fb.article.id, tb.start_offset, sb.index)
                if key in seen:
                    continue
                seen.add(key)
                ca = fa.claim(sa, ta.start_offset, ta.end_offset, f"--{mda[0]:02d}-{mda[1]:02d} {WEEKDAY_NAMES[ta.weekday]}")
                cb = fb.claim(sb, tb.start_offset, tb.end_offset, f"--{mdb[0]:02d}-{mdb[1]:02d} {WEEKDAY_NAMES[tb.weekday]}")
                yield Result("contradiction", "weekday and date",
                             f"The same date is given as a {WEEKDAY_NAMES[ta.weekday]} and as a "
                             f"{WEEKDAY_NAMES[tb.weekday]}: at most one can be right", (ca, cb))


RULE = Rule(
    code=CODE, name=NAME, kinds=("contradiction",), check=check,
    examples=(
        Example({"a.txt": "Published 5 June 2023\n\nThe delegation arrived on Sunday, June 3, officials said."},
                kind="contradiction", contains=("Sunday, June 3",)),
        Example({"a.txt": "The delegation arrived on Sunday, June 3.",
                 "b.txt": "The delegation is expected to arrive on Saturday, June 3."},
                kind="contradiction", contains=("Sunday, June 3", "Saturday, June 3")),
        Example({"a.txt": " date 2021-12-12 A spokesman said on Friday (10) that work continues."},
                absent=("contradiction",)),
        Example({"a.txt": "Review delayed\n\nSaturday 8 August 2024\n\nThe review was delayed again."},
                kind="contradiction", contains=("Saturday 8 August 2024",)),
        Example({"a.txt": "Published 23.05.2022\n\nThe UN rights chief arrived in China on Monday.",
                 "b.txt": "Published 5 June 2023\n\nThe strike began on Saturday, June 3."},
                absent=("contradiction",)),
    ),
)

"""Event dates: the dates and date ranges of one event must agree across articles.

What: every day-precise date, range or duration attached to an event (a visit, trip,
meeting, summit, match, hearing, strike, recall...) is aligned by event across the
articles of a story. Start, end, whole-event dates and durations are compared as
intervals: "ended on May 28" agrees with "May 23-28"; "from June 4 to 10" contradicts
"from June 3 to 9"; a date inside a stated range is compatible.

Why: a wrong date is the most common factual slip in wire copy and the easiest to check.

Known false positives: two different events of the same kind in one story (two meetings)
can be aligned when their sentences share a name; dates attached to a speech verb ("said
on Friday") are deliberately ignored. Dates whose year cannot be resolved are compared by
month and day only.
"""
from __future__ import annotations

import datetime as dt

from checker.align import Item, judge_group, names_match, proper_names
from checker.extract.events import attach, event_after
from checker.facts import StoryFacts
from rules.base import Example, Result, Rule

CODE = "DT101"
NAME = "event-dates"

def _point(d: dt.date | None, md) -> tuple | None:
    if d is not None:
        return (d.year, d.month, d.day)
    if md and md[1] is not None and md[0] is not None:
        return (None, md[0], md[1])
    return None


def _same_day(a, b) -> bool:
    return a[1:] == b[1:] and (a[0] is None or b[0] is None or a[0] == b[0])


def _le(a, b) -> bool:
    if a[0] is None or b[0] is None:
        return a[1:] <= b[1:]
    return a <= b


def _length(lo, hi) -> int | None:
    try:
        if lo[0] is not None and hi[0] is not None:
            return (dt.date(*hi) - dt.date(*lo)).days + 1
        y = 2001
        return (dt.date(y if hi[1:] >= lo[1:] else y + 1, hi[1], hi[2]) - dt.date(y, lo[1], lo[2])).days + 1
    except ValueError:
        return None


def _fmt(p) -> str:
    return f"{p[0]:04d}-{p[1]:02d}-{p[2]:02d}" if p[0] is not None else f"--{p[1]:02d}-{p[2]:02d}"


def describe(data) -> str:
    role, form, lo, hi, days = data
    if role == "duration":
        return f"lasting {days} days"
    if role == "announced":
        return f"announced {_fmt(lo)}"
    if form == "range" or lo != hi:
        return f"{_fmt(lo)}/{_fmt(hi)}"
    return {"start": "starts ", "end": "ends "}.get(role, "") + _fmt(lo)


def compatible(a: Item, b: Item) -> bool | None:
    if a.data is None or b.data is None:
        return None
    ra, fa, loa, hia, da = a.data
    rb, fb, lob, hib, db = b.data
    if ra == "duration" or rb == "duration":
        if ra == rb:
            return da == db
        other_lo, other_hi, dur = (lob, hib, da) if ra == "duration" else (loa, hia, db)
        other_form = fb if ra == "duration" else fa
        if other_form != "range":
            return None
        n = _length(other_lo, other_hi)
        return None if n is None else abs(n - dur) <= (1 if dur >= 7 else 0)
    if "announced" in (ra, rb):
        return _same_day(loa, lob) if ra == rb else None  # announcement vs announcement only
    if ra == "on" and rb == "on":
        if fa == "range" and fb == "range":
            return _same_day(loa, lob) and _same_day(hia, hib)
        if fa == "range" or fb == "range":
            lo, hi, p = (loa, hia, lob) if fa == "range" else (lob, hib, loa)
            return _le(lo, p) and _le(p, hi)
        return _same_day(loa, lob)
    if ra == rb == "start" or {ra, rb} == {"start", "on"} and "range" in (fa if ra == "on" else fb,):
        return _same_day(loa, lob)
    if ra == rb == "end" or {ra, rb} == {"end", "on"} and "range" in (fa if ra == "on" else fb,):
        return _same_day(hia, hib)
    return None


def _items(story: StoryFacts):
    groups: dict[str, list[tuple[Item, frozenset]]] = {}
    for facts in story.articles:
        for sent, times in zip(facts.sentences, facts.times):
            names = None
            durations = [t for t in times if t.form == "duration"]
            for t in times:
                if t.form not in ("date", "range", "weekday") or t.precision != "day":
                    continue
                ref = attach(sent.text, t.start_offset, t.end_offset)
                if ref is None:
                    continue
                lo = _point(t.start, t.month_day[0] if t.month_day else None)
                hi = _point(t.end, t.month_day[1] if t.month_day else None)
                role = "on" if t.form == "range" else ref.role
                form = t.form if t.form == "range" else "date"
                start_off, end_off = t.start_offset, t.end_offset
                # "a week-long visit starting June 3": a start plus a duration is a range.
                dur = durations[0] if durations else None
                if dur is not None and role == "start" and lo is not None and lo[0] is not None:
                    end = dt.date(*lo) + dt.timedelta(days=dur.duration_days - 1)
                    hi = (end.year, end.month, end.day)
                    role, form = "on", "range"
                    start_off, end_off = min(dur.start_offset, start_off), max(dur.end_offset, end_off)
                data = None if lo is None or hi is None else (role, form, lo, hi, None)
                value = describe(data) if data else t.value()
                claim = facts.claim(sent, start_off, end_off, value)
                names = names if names is not None else proper_names(sent.text)
                groups.setdefault(ref.event, []).append((Item(claim, data or (claim.article, claim.quote), data), names))
            for d in durations:
                if any(t.form in ("date", "range") for t in times):
                    continue
                ref = attach(sent.text, d.start_offset, d.end_offset + 1) or _event_after(sent.text, d.end_offset)
                if ref is None:
                    continue
                data = ("duration", "duration", None, None, d.duration_days)
                claim = facts.claim(sent, d.start_offset, d.end_offset, f"P{d.duration_days}D")
                names = names if names is not None else proper_names(sent.text)
                groups.setdefault(ref.event, []).append((Item(claim, data, data), names))
    return groups


def _event_after(sentence: str, end: int):
    """The event a duration qualifies: "a six-day visit"."""
    return event_after(sentence, end)


def check(story: StoryFacts):
    for event, pairs in sorted(_items(story).items()):
        names_of = {id(it): n for it, n in pairs}
        items = [it for it, _ in pairs]
        comparable = [it for it in items if it.data is not None]
        use = comparable if comparable else items

        def comp(a: Item, b: Item, names_of=names_of):
            if a.data is None or b.data is None:
                return None
            if not names_match(names_of[id(a)], names_of[id(b)]):
                return None  # could not align: the sentences name different parties
            return compatible(a, b)

        for v in judge_group(use, comp):
            values = " vs ".join(v.values) if v.kind == "contradiction" else ", ".join(v.values)
            msg = {
                "contradiction": f"Dates of the {event} differ: {values}",
                "agreement": f"Dates of the {event} agree: {values}",
                "single_source": f"Date of the {event} stated by one article only: {values}",
            }[v.kind]
            yield Result(v.kind, f"{event} dates", msg, v.claims)


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
    ),
)

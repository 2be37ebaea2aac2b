"""Table-driven tests of the one temporal extractor (checker/extract/dates.py).

Each row: sentence, publication date (None = undated), expected (matched text, value) of
every expression in order. The table is run twice, under two different faked "todays"
(one of them a 31st) whose ``date.today`` / ``datetime.now`` would answer differently:
results must be identical, and the extractor must never ask.
"""
from __future__ import annotations

import datetime as real_dt
import types

import pytest

import checker.extract.dates as dates_mod
from checker.extract.dates import extract_times

D = real_dt.date
MON_23_MAY_2022 = D(2022, 5, 23)
FRI_10_DEC_2021 = D(2021, 12, 12)  # seeds/003: dated Sunday 12 Dec, "on Friday (10)"
JUN_2023 = D(2023, 6, 5)
WED_3_SEP_2025 = D(2025, 9, 3)
UNDATED = None

CASES = [
    # --- absolute dates, every common order ---------------------------------------------
    ("starting on February 4, 2022", MON_23_MAY_2022, [("February 4, 2022", "2022-02-04")]),
    ("on 4 February", MON_23_MAY_2022, [("4 February", "2022-02-04")]),
    ("on 4 February", UNDATED, [("4 February", "--02-04")]),
    ("the 2022-01-31 deadline", UNDATED, [("2022-01-31", "2022-01-31")]),
    ("byline 23.05.2022", UNDATED, [("23.05.2022", "2022-05-23")]),
    ("byline 23/05/2022", UNDATED, [("23/05/2022", "2022-05-23")]),
    ("byline 05/23/2022", UNDATED, [("05/23/2022", "2022-05-23")]),
    ("June 3rd, 2023", UNDATED, [("June 3rd, 2023", "2023-06-03")]),
    ("on 3 June 2023", UNDATED, [("3 June 2023", "2023-06-03")]),
    ("the 3rd of June", JUN_2023, [("3rd of June", "2023-06-03")]),
    ("Sept. 13", UNDATED, [("Sept. 13", "--09-13")]),
    ("Jun. 3", JUN_2023, [("Jun. 3", "2023-06-03")]),
    ("At the council on September 13, he said", D(2022, 1, 31), [("September 13", "2021-09-13")]),
    ("May 17,2019", UNDATED, [("May 17,2019", "2019-05-17")]),
    ("May\u00a023,\u00a02024", UNDATED, [("May\u00a023,\u00a02024", "2024-05-23")]),
    ("on May 28", MON_23_MAY_2022, [("May 28", "2022-05-28")]),
    ("He was arrested on December 20", D(2024, 7, 31), [("December 20", "2023-12-20")]),
    ("postponed its verdict until September 14", D(2023, 7, 10), [("September 14", "2023-09-14")]),
    # --- months and years ---------------------------------------------------------------
    ("since September 2018", UNDATED, [("September 2018", "2018-09")]),
    ("in September 2018", MON_23_MAY_2022, [("September 2018", "2018-09")]),
    ("Jan. 2022", UNDATED, [("Jan. 2022", "2022-01")]),
    ("in 2018", UNDATED, [("in 2018", "2018")]),
    ("since 2005", UNDATED, [("since 2005", "2005")]),
    ("in June", MON_23_MAY_2022, [("in June", "2022-06")]),
    ("in June", UNDATED, [("in June", "--06")]),
    ("in March", MON_23_MAY_2022, [("in March", "2022-03")]),
    ("the report will be published in September", MON_23_MAY_2022, [("in September", "2022-09")]),
    ("by the end of June", MON_23_MAY_2022, [("the end of June", "2022-06-21/2022-06-30")]),
    ("by the end of March.", MON_23_MAY_2022, [("the end of March", "2022-03-22/2022-03-31")]),
    ("the deal will be done by the end of July", D(2024, 7, 31), [("the end of July", "2024-07-22/2024-07-31")]),
    ("in early June", MON_23_MAY_2022, [("in early June", "2022-06-01/2022-06-10")]),
    ("mid-June", MON_23_MAY_2022, [("mid-June", "2022-06-11/2022-06-20")]),
    ("in December.", MON_23_MAY_2022, [("in December", "2021-12")]),
    # --- ranges and durations -----------------------------------------------------------
    ("during her visit from May 23-28", MON_23_MAY_2022, [("May 23-28", "2022-05-23/2022-05-28")]),
    ("during her visit from May 23-28", UNDATED, [("May 23-28", "--05-23/--05-28")]),
    ("May 23–28", UNDATED, [("May 23–28", "--05-23/--05-28")]),
    ("May 23—28, 2024", UNDATED, [("May 23—28, 2024", "2024-05-23/2024-05-28")]),
    ("from June 3 to 9", JUN_2023, [("June 3 to 9", "2023-06-03/2023-06-09")]),
    ("from June 3 until June 9", JUN_2023, [("June 3 until June 9", "2023-06-03/2023-06-09")]),
    ("June 3 through 9", JUN_2023, [("June 3 through 9", "2023-06-03/2023-06-09")]),
    ("between 3 and 9 June", JUN_2023, [("3 and 9 June", "2023-06-03/2023-06-09")]),
    ("June 3-9", UNDATED, [("June 3-9", "--06-03/--06-09")]),
    ("May 30 - June 2", JUN_2023, [("May 30 - June 2", "2023-05-30/2023-06-02")]),
    ("30 May - 2 June 2023", UNDATED, [("30 May - 2 June 2023", "2023-05-30/2023-06-02")]),
    ("from December 30 to January 2", D(2024, 1, 5), [("December 30 to January 2", "2023-12-30/2024-01-02")]),
    ("a week-long visit starting June 3", JUN_2023, [("a week-long", "P7D"), ("June 3", "2023-06-03")]),
    ("a six-day visit", UNDATED, [("six-day", "P6D")]),
    ("a 48-hour strike", UNDATED, [("48-hour", "P2D")]),
    ("a fortnight-long strike", UNDATED, [("a fortnight-long", "P14D")]),
    ("the 10-day tour", UNDATED, [("10-day", "P10D")]),
    ("a 36-hour strike", UNDATED, []),
    # month ranges (the last month needs its year: "March and April" is usually a list)
    ("built between March 2021 and November 2023, the company said", D(2025, 2, 12),
     [("March 2021 and November 2023", "2021-03/2023-11")]),
    ("produced from May 2021 to November 2023.", UNDATED, [("May 2021 to November 2023", "2021-05/2023-11")]),
    ("from March to November 2023", UNDATED, [("March to November 2023", "2023-03/2023-11")]),
    ("between December and February 2023", UNDATED, [("December and February 2023", "2022-12/2023-02")]),
    ("from June to August", JUN_2023, [("from June", "2023-06")]),
    # --- seasons: a cue, a relative word or a year; never a modifier ("summer recess") --------
    ("it will present a law in the autumn, which", JUN_2023, [("in the autumn", "2023-09-01/2023-11-30")]),
    ("in the summer of 2024", UNDATED, [("in the summer of 2024", "2024-06-01/2024-08-31")]),
    ("summer 2022 was hot", UNDATED, [("summer 2022", "2022-06-01/2022-08-31")]),
    ("next spring", JUN_2023, [("next spring", "2024-03-01/2024-05-31")]),
    ("last winter", JUN_2023, [("last winter", "2022-12-01/2023-02-28")]),
    ("this summer", JUN_2023, [("this summer", "2023-06-01/2023-08-31")]),
    ("families will be rehoused before winter, and", JUN_2023, [("before winter", "2023-12-01/2024-02-29")]),
    ("by late autumn.", JUN_2023, [("by late autumn", "2023-11-01/2023-11-30")]),
    ("in the fall, officials said", JUN_2023, [("in the fall", "2023-09-01/2023-11-30")]),
    ("in the autumn", UNDATED, [("in the autumn", "in the autumn (unresolved: no publication date)")]),
    ("before the summer recess in July", JUN_2023, [("in July", "2023-07")]),
    ("the summer transfer window", JUN_2023, []),
    ("the fall of the government", JUN_2023, []),
    ("during the winter months", JUN_2023, []),
    # --- named periods ------------------------------------------------------------------
    ("during the first half of this year", D(2022, 1, 31), [("the first half of this year", "2022-01-01/2022-06-30")]),
    ("in the first half of the year", D(2022, 1, 31), [("the first half of the year", "2022-01-01/2022-06-30")]),
    ("in the first half of the year", UNDATED, [("the first half of the year", "the first half of the year (unresolved: no publication date)")]),
    ("in the second half of 2023", UNDATED, [("the second half of 2023", "2023-07-01/2023-12-31")]),
    ("Q3 2023", UNDATED, [("Q3 2023", "2023-07-01/2023-09-30")]),
    ("by the end of the month", JUN_2023, [("the end of the month", "2023-06-21/2023-06-30")]),
    ("late last month", MON_23_MAY_2022, [("late last month", "2022-04-21/2022-04-30")]),
    ("last week", MON_23_MAY_2022, [("last week", "2022-05-16/2022-05-22")]),
    ("this week", MON_23_MAY_2022, [("this week", "2022-05-23/2022-05-29")]),
    ("next week", MON_23_MAY_2022, [("next week", "2022-05-30/2022-06-05")]),
    ("next month", MON_23_MAY_2022, [("next month", "2022-06")]),
    ("next month", UNDATED, [("next month", "next month (unresolved: no publication date)")]),
    ("the strike will begin next month", JUN_2023, [("next month", "2023-07")]),
    ("in the coming weeks", FRI_10_DEC_2021, [("in the coming weeks", "2021-12-12/2022-01-23")]),
    ("in the coming days", MON_23_MAY_2022, [("in the coming days", "2022-05-23/2022-06-02")]),
    ("within four weeks", MON_23_MAY_2022, [("within four weeks", "2022-05-23/2022-06-20")]),
    ("early next year", MON_23_MAY_2022, [("early next year", "2023-01-01/2023-05-01")]),
    ("the end of next month", MON_23_MAY_2022, [("the end of next month", "2022-06-21/2022-06-30")]),
    ("two weeks ago", MON_23_MAY_2022, [("two weeks ago", "2022-05-07/2022-05-11")]),
    ("last year", MON_23_MAY_2022, [("last year", "2021")]),
    ("by year-end", MON_23_MAY_2022, [("by year-end", "2022-10-31/2022-12-31")]),
    ("over the weekend", MON_23_MAY_2022, [("over the weekend", "2022-05-21/2022-05-22")]),
    ("yesterday", MON_23_MAY_2022, [("yesterday", "2022-05-22")]),
    # --- weekdays -----------------------------------------------------------------------
    # News reports the past: the latest Monday on or before a Monday publication is that day.
    ("arrived in China on Monday", MON_23_MAY_2022, [("on Monday", "2022-05-23")]),
    ("said on Friday", MON_23_MAY_2022, [("on Friday", "2022-05-20")]),
    ("Tuesday", MON_23_MAY_2022, [("Tuesday", "2022-05-17")]),
    ("she will arrive on Friday", MON_23_MAY_2022, [("on Friday", "2022-05-27")]),
    ("is expected to land on Wednesday", MON_23_MAY_2022, [("on Wednesday", "2022-05-25")]),
    ("China will host it, officials said on Friday", MON_23_MAY_2022, [("on Friday", "2022-05-20")]),
    ("last Monday", MON_23_MAY_2022, [("last Monday", "2022-05-16")]),
    ("next Monday", MON_23_MAY_2022, [("next Monday", "2022-05-30")]),
    ("a representative said on Friday (10)", FRI_10_DEC_2021, [("on Friday (10)", "2021-12-10")]),
    ("on Friday (10)", UNDATED, [("on Friday (10)", "Friday (unresolved: no publication date)")]),
    ("arrived on Sunday, June 3", JUN_2023, [("Sunday, June 3", "2023-06-03")]),
    ("on Monday", UNDATED, [("on Monday", "Monday (unresolved: no publication date)")]),
    ("from Monday to Friday", MON_23_MAY_2022, [("from Monday to Friday", "2022-05-23/2022-05-27")]),
    ("In May the strike ended on Monday", MON_23_MAY_2022, [("In May", "2022-05"), ("on Monday", "2022-05-23")]),
    # --- a day of the month alone: the month named earlier, else the publication month ----
    ("the leak was found on the 12th, engineers said", D(2025, 11, 20), [("the 12th", "2025-11-12")]),
    ("the pumps failed on the 28th.", D(2025, 12, 3), [("the 28th", "2025-11-28")]),
    ("the board will vote on the 2nd.", D(2025, 12, 20), [("the 2nd", "2026-01-02")]),
    ("In April the mill closed, and on the 9th it was sold", D(2025, 6, 1), [("In April", "2025-04"), ("the 9th", "2025-04-09")]),
    ("In April, on the 9th", UNDATED, [("In April", "--04"), ("the 9th", "--04-09")]),
    ("on the 9th", UNDATED, []),
    ("on the 5th floor", D(2025, 6, 1), []),
    ("since the 19th century", D(2025, 6, 1), []),
    ("on the 31st", D(2025, 3, 4), [("the 31st", "2025-01-31")]),
    ("the council will vote on the 31st", D(2025, 4, 20), [("the 31st", "2025-05-31")]),
    # --- more shapes of news copy ---------------------------------------------------------
    ("the audit is due within the week", D(2025, 9, 1), [("within the week", "2025-09-01/2025-09-08")]),
    ("crews hope to reopen the road by the weekend", D(2025, 9, 1), [("by the weekend", "2025-09-06/2025-09-07")]),
    ("The stoppage: Sep 25-29.", D(2025, 10, 3), [("Sep 25-29", "2025-09-25/2025-09-29")]),
    ("the closure, 26-30 Sep., cost", D(2025, 10, 3), [("26-30 Sep.", "2025-09-26/2025-09-30")]),
    ("the mill shut on Friday, 14 March", D(2025, 3, 20), [("Friday, 14 March", "2025-03-14")]),
    ("from 4 March until 12 March", D(2025, 3, 20), [("4 March until 12 March", "2025-03-04/2025-03-12")]),
    ("between 3 and 9 March", D(2025, 3, 20), [("3 and 9 March", "2025-03-03/2025-03-09")]),
    ("the hearing opened on Oct. 6", D(2025, 10, 20), [("Oct. 6", "2025-10-06")]),
    # --- issue #3 wire copy: hedged bounds, vague spans ahead, parts of a unit, nights -------
    # A vague span ("within days") counts from publication only in a clause that looks
    # forward; "within 48 hours of the crash" or a past narrative counts from another event
    # and is left out rather than given an invented window.
    ('the ban on exports will stay until at least October', WED_3_SEP_2025, [('until at least October', '2025-10')]),
    ('the plant has been idle since at least March, workers said', WED_3_SEP_2025, [('since at least March', '2025-03')]),
    ('the rate freeze runs until at least 2027', WED_3_SEP_2025, [('until at least 2027', '2027')]),
    ('the court will sit until as late as December', WED_3_SEP_2025, [('until as late as December', '2025-12')]),
    ('a ruling is expected within days', WED_3_SEP_2025, [('within days', '2025-09-03/2025-09-13')]),
    ('the union was promised a new offer within days', WED_3_SEP_2025, [('within days', '2025-09-03/2025-09-13')]),
    ('the airline must refund passengers within 48 hours', WED_3_SEP_2025, [('within 48 hours', '2025-09-03/2025-09-05')]),
    ('results are due within hours', WED_3_SEP_2025, [('within hours', '2025-09-03/2025-09-04')]),
    ('the recall will be completed within the next few weeks', WED_3_SEP_2025, [('within the next few weeks', '2025-09-03/2025-10-15')]),
    ('voters will know the result within 24 hours', WED_3_SEP_2025, [('within 24 hours', '2025-09-03/2025-09-04')]),
    ('the report is due within a fortnight', WED_3_SEP_2025, [('within a fortnight', '2025-09-03/2025-09-17')]),
    ('talks will resume in the next few days', WED_3_SEP_2025, [('in the next few days', '2025-09-03/2025-09-13')]),
    ('the transfer should be done by the weekend', WED_3_SEP_2025, [('by the weekend', '2025-09-06/2025-09-07')]),
    ('within 48 hours of the crash, rescuers had reached the site', WED_3_SEP_2025, []),
    ('within days of the election, he resigned', WED_3_SEP_2025, []),
    ('The levee failed within hours.', WED_3_SEP_2025, []),
    ('Within days, the protests spread to other cities.', WED_3_SEP_2025, []),
    ('The bridge was rebuilt within two weeks.', WED_3_SEP_2025, []),
    ('within two weeks of the verdict the firm appealed', WED_3_SEP_2025, []),
    ('he died after three days of treatment', WED_3_SEP_2025, []),
    ('the storm dumped rain over 48 hours', WED_3_SEP_2025, []),
    ('the board will vote later this month', WED_3_SEP_2025, [('later this month', '2025-09-03/2025-09-30')]),
    ('prices will rise later this year, the minister said', WED_3_SEP_2025, [('later this year', '2025-09-03/2025-12-31')]),
    ('earlier this month, the firm recalled 3,000 cars', WED_3_SEP_2025, [('earlier this month', '2025-09-01/2025-09-03')]),
    ('the strike was called earlier this week', WED_3_SEP_2025, [('earlier this week', '2025-09-01/2025-09-03')]),
    ('the bridge will reopen by mid-July', D(2025, 6, 2), [('by mid-July', '2025-07-11/2025-07-21')]),
    ('the trial is set for the week of September 15', WED_3_SEP_2025, [('the week of September 15', '2025-09-15/2025-09-21')]),
    ('hearings begin the week beginning 8 September', WED_3_SEP_2025, [('the week beginning 8 September', '2025-09-08/2025-09-14')]),
    ('the count runs the week of 3 June 2024', WED_3_SEP_2025, [('the week of 3 June 2024', '2024-06-03/2024-06-09')]),
    ('the week of February 30', WED_3_SEP_2025, []),
    ('storms battered the coast overnight into Tuesday', WED_3_SEP_2025, [('overnight into Tuesday', '2025-09-01/2025-09-02')]),
    ('flooding overnight Monday cut power to 4,000 homes', WED_3_SEP_2025, [('overnight Monday', '2025-09-01/2025-09-02')]),
    ('the suspect was arrested on Tuesday night', WED_3_SEP_2025, [('on Tuesday night', '2025-09-02/2025-09-03')]),
    ('the fire broke out in the early hours of Tuesday', WED_3_SEP_2025, [('Tuesday', '2025-09-02')]),
    ('polls will close on Friday night', WED_3_SEP_2025, [('on Friday night', '2025-09-05/2025-09-06')]),
    ('the striker signed on Tuesday last week', WED_3_SEP_2025, [('on Tuesday last week', '2025-08-26')]),
    ('the jury retired on Thursday of last week', WED_3_SEP_2025, [('on Thursday of last week', '2025-08-28')]),
    ('the polls open on Monday next week', WED_3_SEP_2025, [('on Monday next week', '2025-09-08')]),
    ('the plant will close Friday this week', WED_3_SEP_2025, [('Friday this week', '2025-09-05')]),
    ('last Tuesday, the regulator fined the bank', WED_3_SEP_2025, [('last Tuesday', '2025-09-02')]),
    ('the vote was held last weekend', WED_3_SEP_2025, [('last weekend', '2025-08-30/2025-08-31')]),
    ('the strike was called earlier this week', UNDATED, [('earlier this week', 'earlier this week (unresolved: no publication date)')]),
    ('storms battered the coast overnight into Tuesday', UNDATED, [('overnight into Tuesday', 'Tuesday (unresolved: no publication date)')]),
    ('the trial is set for the week of September 15', UNDATED, [('the week of September 15', '--09-15')]),
    ('a ruling is expected within days', UNDATED, [('within days', 'within days (unresolved: no publication date)')]),
    ("the plant closed this past weekend", WED_3_SEP_2025, [("this past weekend", "2025-08-30/2025-08-31")]),
    ("the hostage was freed this past Monday", WED_3_SEP_2025, [("this past Monday", "2025-09-01")]),
    ("looters struck on the night of August 30", WED_3_SEP_2025, [("the night of August 30", "2025-08-30/2025-08-31")]),
    ("the night of 3 September 2024", UNDATED, [("the night of 3 September 2024", "2024-09-03/2024-09-04")]),
    ("the night of 3-4 June", WED_3_SEP_2025, [("3-4 June", "2025-06-03/2025-06-04")]),
    ("the night of February 30", WED_3_SEP_2025, []),
    ("admitted on the night of Saturday, July 2", D(2023, 7, 5), [("Saturday, July 2", "2023-07-02")]),
    ("the tribunal will rule in the next 48 hours", WED_3_SEP_2025, [("in the next 48 hours", "2025-09-03/2025-09-05")]),
    ("the regulator will decide in the next three days", WED_3_SEP_2025, [("in the next three days", "2025-09-03/2025-09-06")]),
    ("the strike lasted 48 hours", WED_3_SEP_2025, []),
    # --- invalid or not dates: nothing, and no exception ----------------------------------
    ("on 30 February", MON_23_MAY_2022, []),
    ("on February 30, 2024", UNDATED, []),
    ("2023-02-29", UNDATED, []),
    ("0000-01-01", UNDATED, []),
    ("13/13/2022", UNDATED, []),
    ("January 1st, 9999999999", MON_23_MAY_2022, []),
    ("2024_07_19", UNDATED, []),
    ("27.08", UNDATED, []),
    ("1A2B", UNDATED, []),
    ("lbl2vec at 7 pm", UNDATED, []),
    ("at least 1 million people", MON_23_MAY_2022, []),
    ("the 2019–20 season", UNDATED, []),
    ("", UNDATED, []),
    ("after the Games", MON_23_MAY_2022, []),
    ("the month", MON_23_MAY_2022, []),
    ("he may come", MON_23_MAY_2022, []),
]


def _run_table():
    return [
        [(t.text, t.value()) for t in extract_times(sentence, pub)]
        for sentence, pub, _ in CASES
    ]


def test_table_has_enough_cases():
    assert len(CASES) >= 80


@pytest.mark.parametrize("sentence,pub,expected", CASES, ids=[f"{i:03d}-{c[0][:30]}" for i, c in enumerate(CASES)])
def test_extractor_table(sentence, pub, expected):
    got = [(t.text, t.value()) for t in extract_times(sentence, pub)]
    assert got == expected
    for t in extract_times(sentence, pub):
        assert sentence[t.start_offset:t.end_offset] == t.text
        if t.start is not None:
            assert t.start <= t.end


def _fake_dt(today: real_dt.date, raising: bool):
    """A stand-in for the ``datetime`` module whose clock answers ``today`` (or raises)."""

    class FakeDate(real_dt.date):
        @classmethod
        def today(cls):
            if raising:
                raise AssertionError("the extractor asked for today's date")
            return cls(today.year, today.month, today.day)

    class FakeDateTime(real_dt.datetime):
        @classmethod
        def now(cls, tz=None):
            if raising:
                raise AssertionError("the extractor asked for the current time")
            return cls(today.year, today.month, today.day, 12, 0, tzinfo=tz)

        @classmethod
        def today(cls):
            return cls.now()

    return types.SimpleNamespace(date=FakeDate, datetime=FakeDateTime, timedelta=real_dt.timedelta)


@pytest.mark.parametrize("today", [D(2031, 1, 31), D(1999, 7, 4)], ids=["on-a-31st", "in-1999"])
def test_same_output_whatever_today(monkeypatch, today):
    baseline = _run_table()
    dates_mod.clear_cache()
    monkeypatch.setattr(dates_mod, "dt", _fake_dt(today, raising=False))
    assert _run_table() == baseline
    dates_mod.clear_cache()


def test_extractor_never_reads_the_clock(monkeypatch):
    baseline = _run_table()
    dates_mod.clear_cache()  # compute again, not from the cache
    monkeypatch.setattr(dates_mod, "dt", _fake_dt(D(2031, 1, 31), raising=True))
    assert _run_table() == baseline
    dates_mod.clear_cache()  # nothing computed under the fake clock outlives the test


def test_dates_module_has_no_clock_calls():
    import inspect

    src = inspect.getsource(dates_mod)
    for call in ("today(", "now(", "time.time", "utcnow"):
        assert call not in src


@pytest.mark.parametrize("text", [
    "9" * 1_000_000, "May 23, " * 20_000, "1 " * 5000 + "x", "on Monday " * 3000,
    "in the autumn " * 3000, "March 2021 to " * 3000,
    "33333333333333\x003", "9" * 70 + ":" + "9" * 29 + "\n9",
])
def test_hostile_inputs_do_not_crash(text):
    extract_times(text, MON_23_MAY_2022)
    extract_times(text, None)


def _every_kind(text: str) -> list[tuple[int, str]]:
    """Every pattern, only behind the month/weekday/digit word gates (no other shortcut)."""
    cf = text.casefold()
    month = dates_mod._MONTH_GATE.search(cf) is not None
    wday = dates_mod._WDAY_GATE.search(cf) is not None
    digits = any(c in text for c in "0123456789")
    out = []
    for rank, kind in enumerate(dates_mod._ORDER):
        if kind in ("md_md", "dm_dm", "md_d", "d_dm", "md", "dm", "my_my", "my") and not (month and digits):
            continue
        if kind in ("iso", "num", "qn", "y", "dom") and not digits:
            continue
        if kind == "m" and not month or kind in ("wd", "wdr", "overnight", "wdweek") and not wday:
            continue
        if kind in ("weekof", "nightof") and not (month and digits):
            continue
        out.append((rank, kind))
    return out


def _mixed_sentences(n: int) -> list[str]:
    """Deterministic jumbles of the table's phrases, time words and odd characters."""
    import random

    from checker.vocab import time as vocab

    rng = random.Random(20240523)
    frags = []
    for sentence, _pub, _expected in CASES:
        words = sentence.split(" ")
        frags += [" ".join(words[i:i + k]) for i in range(len(words)) for k in (1, 2, 4)]
    frags += ["the third quarter of next year", "in the 4th quarter of 2023", "the second half of last year",
              "over the next 3 months", "in the past few days", "within 48 hours of", "the week of", "until at least",
              "later this month", "on Tuesday last week", "overnight into Monday", "within days", "had promised", "the 2022 Games", "13/05/2024"]
    words = (list(vocab.MONTHS) + list(vocab.WEEKDAYS) + list(vocab.NUMBER_WORDS_SMALL) + list(vocab.SEASONS)
             + list(vocab.DURATION_NOUNS) + list(vocab.FUTURE_CUES) + "the of in on by since until from to and "
             "last next this coming past few days weeks months years day week month year weekend fortnight "
             "night hour hours overnight into least at later beginning ago earlier within first second half quarter Q2 rest yesterday today tomorrow "
             "tonight was said 3 13th 21st 2022 1999 2024-05-23 23.05.2022 - – , . ( ) ’s".split()
             + ["\u00a0", "\u200b", "\u0130", "\u0131", "\u017f", "\u212a", "\u00df", "Jan.", "Sept."])
    out = []
    for _ in range(n):
        parts = [rng.choice(frags) if rng.random() < 0.3 else rng.choice(words) for _ in range(rng.randint(1, 10))]
        parts = [p.upper() if rng.random() < 0.1 else p.capitalize() if rng.random() < 0.3 else p for p in parts]
        out.append("".join(p + rng.choice((" ", " ", "", "-", ", ", "\u00a0")) for p in parts))
    return out


def test_pattern_gates_are_a_pure_speed_up():
    """Skipping a pattern whose words are absent never changes a result."""
    for text in [c[0] for c in CASES] + _mixed_sentences(3000):
        for pub in (MON_23_MAY_2022, UNDATED):
            assert extract_times(text, pub) == dates_mod._resolve(text, pub, dates_mod._find(text, _every_kind(text))), text


@pytest.mark.parametrize("text,expected", [
    ("in the coming month\u017f", "2022-05-23/2022-11-22"),  # long s: "months" to re.I
    ("on \u017funday", "2022-05-22"),
    ("in Augu\u017ft 2020", "2020-08"),
    ("\u0130n June", "2022-06"),  # dotted capital I
    ("within three week\u017f", "2022-05-23/2022-06-13"),
    ("a \u017fix-day visit", "P6D"),
])
def test_letters_that_match_ascii_case_insensitively(text, expected):
    """Letters re.I matches with an ASCII one never break a lookup (they raised KeyError)."""
    assert [t.value() for t in extract_times(text, MON_23_MAY_2022)] == [expected]


@pytest.mark.parametrize("sentence, year", [
    # A past verb a few words before a month without a year looks back...
    ("The ferry had passed its last safety inspection in March, the operator said.", 2024),
    ("The plant opened its new production line in March.", 2024),
    ("The club signed the young striker in March.", 2024),
    # ...a future or a bound ahead looks forward, whatever the verb's tense.
    ("The ferry will be inspected in March.", 2025),
    ("The court postponed its verdict until March 14.", 2025),
    ("The court postponed until March 14.", 2025),
])
def test_a_past_verb_a_few_words_back_sets_the_year(sentence, year):
    got = extract_times(sentence, real_dt.date(2024, 10, 9))
    assert len(got) == 1 and got[0].start.year == year


@pytest.mark.parametrize("sentence, start, end", [
    ("Planned operations will restart in the first week of November, the trust said.", "2024-11-01", "2024-11-07"),
    ("The vote is due in the last week of November.", "2024-11-24", "2024-11-30"),
    ("Talks resume in the second week of December.", "2024-12-08", "2024-12-14"),
    ("The audit is expected by the final week of February.", "2025-02-22", "2025-02-28"),
])
def test_an_ordinal_week_of_a_month(sentence, start, end):
    got = extract_times(sentence, real_dt.date(2024, 10, 23))
    assert [(str(t.start), str(t.end)) for t in got] == [(start, end)]


def test_last_week_alone_is_still_the_week_before():
    got = extract_times("He left last week.", real_dt.date(2024, 10, 23))
    assert [(str(t.start), str(t.end)) for t in got] == [("2024-10-14", "2024-10-20")]

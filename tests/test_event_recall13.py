"""Event dates (DT101) and calendar (DT102), round 13.

Invented sentences in domains other than the development stories.
"""
import datetime as dt
import time

from checker.engine import check_texts
from checker.extract.dates import extract_times
from rules.calendar_consistency import RULE as CALENDAR
from tests.event_helpers import _findings, _has, _silent


# --- DT102: a finding about one of several weekday-dates cites only its own clause ---------
def test_calendar_cites_the_wrong_clause_only():
    # 12 March 2025 was a Wednesday (right), 19 March 2025 too (stated as a Thursday: wrong)
    arts = {"a.txt": "Published 1 March 2025\n\nThe choir rehearses on Wednesday, March 12, and performs "
                     "at the cathedral on Thursday, March 19."}
    found = [f for f in check_texts(arts, rules=(CALENDAR,)) if f.kind == "contradiction"]
    assert len(found) == 1
    c = found[0].claims[0]
    assert "Thursday, March 19" in c.quote
    assert "Wednesday, March 12" not in c.text  # the right weekday is not cited with the wrong one


def test_calendar_single_weekday_keeps_its_sentence():
    arts = {"a.txt": "Published 1 March 2025\n\nThe ferry resumes sailing on Thursday, March 19, the operator said."}
    found = [f for f in check_texts(arts, rules=(CALENDAR,)) if f.kind == "contradiction"]
    assert found and found[0].claims[0].text.endswith("the operator said.")


# --- a chain of dashes is no range ----------------------------------------------------------
def test_dash_chain_is_not_a_range():
    pub = dt.date(2023, 5, 10)
    for s in ("The codes read May 1-2-3-4-5, 2023.", "Tickets for May 4–5–6 sold out."):
        assert not any(t.form == "range" for t in extract_times(s, pub)), s
    assert [t.form for t in extract_times("The fair runs May 4-5.", pub)] == ["range"]


# --- cost: the same dated sentences repeated ------------------------------------------------
def _article(v):
    return (f"Dock strike | Harbour News\nPublished {3 + v} June 2023\n\n"
            f"The dock strike began on May {23 + 2 * v}, 2023, the port authority said. "
            f"Workers walked out after talks failed.\n\n")


def test_repeated_story_cost_is_not_quadratic():
    def run(n):
        arts = {f"a{i}.txt": _article(i % 2) * n for i in range(3)}
        t0 = time.process_time()
        found = _findings(arts)
        return time.process_time() - t0, found
    small, f_small = run(40)
    large, f_large = run(160)
    assert f_large  # the contradiction is still found
    assert large < 12 * max(small, 0.05)  # four times the text: not sixteen times the time

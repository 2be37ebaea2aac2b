"""Event dates (DT101) on unseen stories (holdout9): why dates were wrongly aligned or missed.

1. A bound is not a day. "Crews expected to bring the fire under control by Sunday" was read
   as the end of the fire on Sunday and contradicted "the fire was declared contained on
   Wednesday" in a later article. "By <date>" (a deadline, or a state reached some time
   before the date: "had been confirmed by Friday") never says on which day the event
   happened, so it dates no event; publication-timing reads the forecast.

Each mechanism has variants in other domains and near misses that must stay silent.
"""
import pytest

from checker.engine import check_texts
from rules.event_dates import RULE


def _findings(articles: dict):
    return [f for f in check_texts(articles, rules=(RULE,)) if f.code == RULE.code]


def _has(articles: dict, kind: str, *quotes: str) -> bool:
    for f in _findings(articles):
        if f.kind != kind:
            continue
        hay = " | ".join(c.quote + " " + c.text for c in f.claims)
        if all(q in hay for q in quotes):
            return True
    return False


def _silent(articles: dict, kind: str = "contradiction") -> bool:
    return not any(f.kind == kind for f in _findings(articles))


# --- 1. "by <date>" is a bound -------------------------------------------------------------
BOUND_SILENT = [
    # oil spill: a forecast end against the real end
    {"a.txt": "Published Tuesday 3 June 2025\n\nThe coast guard said the spill would be contained by Friday if the sea stayed calm.",
     "b.txt": "Published Wednesday 11 June 2025\n\nThe spill off Caldera Point was declared contained on Monday after nine days."},
    # epidemic: an end reached "by" a day vs the day the outbreak was declared over
    {"a.txt": "Published Thursday 10 July 2025\n\nHealth officials hope the outbreak will be declared over by Sunday.",
     "b.txt": "Published Friday 18 July 2025\n\nThe outbreak was declared over on Wednesday, the health ministry said."},
    # strike: a deadline to end the strike vs when it ended
    {"a.txt": "Published Monday 3 March 2025\n\nThe union aims to end the strike by Thursday, March 6.",
     "b.txt": "Published Monday 10 March 2025\n\nThe strike ended on Saturday, March 8, after the union accepted the offer."},
]


@pytest.mark.parametrize("articles", BOUND_SILENT)
def test_a_bound_dates_no_event(articles):
    assert _silent(articles)


def test_the_real_end_dates_still_compare():
    arts = {"a.txt": "Published Wednesday 11 June 2025\n\nThe spill off Caldera Point was declared contained on June 9.",
            "b.txt": "Published Thursday 12 June 2025\n\nThe spill off Caldera Point was declared contained on June 7."}
    assert _has(arts, "contradiction", "June 9", "June 7")

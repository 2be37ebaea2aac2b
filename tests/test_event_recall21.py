"""Event dates (DT101), first-since and since-claims, round 21.

Invented sentences in domains other than the development stories: an abbreviated month keeps
its dot in a range ("from Sept. 3 to 5" is a range, not "from Sept").
"""
from tests.event_helpers import _has


# --- an abbreviated month with its dot opens a range ---------------------------------------

def test_abbreviated_month_range_with_to_strike():
    arts = {
        "a.txt": "Dockers end walkout\n\nPublished Sept. 9, 2025\n\nDockers at the Harlow terminal were on "
                 "strike from Sept. 3 to 5, the union said.\n",
        "b.txt": "Port reopens\n\nPublished Sept. 10, 2025\n\nThe Sept. 3-6 strike at the Harlow terminal "
                 "left 40 ships waiting offshore.\n",
    }
    assert _has(arts, "contradiction", "Sept. 3 to 5", "Sept. 3-6")


def test_abbreviated_month_range_with_to_festival():
    arts = {
        "a.txt": "Fair draws crowds\n\nPublished Aug. 12, 2024\n\nThe county fair ran from Aug. 3 to Aug. 7 "
                 "and drew 20,000 visitors, organizers said.\n",
        "b.txt": "Fair review\n\nPublished Aug. 20, 2024\n\nThe Aug. 3-9 fair drew 20,000 visitors.\n",
    }
    assert _has(arts, "contradiction", "Aug. 3 to Aug. 7", "Aug. 3-9")

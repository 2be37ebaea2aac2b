"""Event dates (DT101) and calendar consistency (DT102) on unseen stories (holdout11).

1. A weekday that is right is not half of a contradiction: "the dam gates were closed on
   Thursday, May 16" (a story of 2024, when 16 May was a Thursday) against another story's
   "Friday, May 16" made a pair "the same date is given as a Thursday and as a Friday" when
   the first story's year was unknown. When one side's year is known and the other side's
   weekday is right for its date in that year, the known side is the wrong one and is
   reported on its own; the pair is not reported.
2. A live page's "Last updated" line dates it: "Last updated 20/10/2023 16:05 — Newsroom"
   gave no publication date (slashes were never read as a date, and an "Updated" line with
   text after its time only marked boilerplate), so every year-less date and every bare
   weekday of the page was unresolved. A slashed numeric date whose first number cannot be a
   month (13-31) is read day-first; "03/04/2024" stays unread (day-first or month-first).
   An "Updated" date in a short header line gives the publication date when nothing else
   does (checker/metadata.py, a few lines).
"""
import datetime as dt

from checker.engine import check_texts
from checker.articles import article_from_text
from rules.calendar_consistency import RULE as CAL


def _calendar(texts):
    return [f for f in check_texts(texts, rules=(CAL,)) if f.kind == "contradiction"]


def test_right_weekday_is_not_paired_with_a_wrong_one():
    found = _calendar({
        "a.txt": "Flood gates shut\n\nThe dam gates were closed on Thursday, May 16, the water board said.",
        "b.txt": "Published 20 May 2024\n\nThe gates were closed on Friday, May 16, the board said.",
    })
    quotes = [[c.quote for c in f.claims] for f in found]
    assert quotes == [["Friday, May 16"]], quotes  # 16 May 2024 was a Thursday: b alone


def test_two_weekdays_of_unknown_year_still_pair():
    found = _calendar({
        "a.txt": "The orchestra played on Sunday, June 3, to a full hall.",
        "b.txt": "The orchestra is due to play on Saturday, June 3.",
    })
    assert any(len(f.claims) == 2 for f in found)


def test_wrong_weekday_of_unknown_year_against_a_right_one_still_pairs():
    # the side of known year is right, the other wrong for that year: the pair is reported
    found = _calendar({
        "a.txt": "Published 12 September 2025\n\nThe ferry resumed service on Wednesday, September 10.",
        "b.txt": "The ferry resumed service on Tuesday, September 10, the operator said.",
    })
    assert any(len(f.claims) == 2 for f in found)
    assert not any(len(f.claims) == 1 for f in found)  # 10 September 2025 was a Wednesday


def _published(text):
    return article_from_text(text, "a.txt", "s").published


def test_last_updated_slashed_day_first_dates_a_live_page():
    assert _published("# LIVE: harbour fire\n\nLast updated 27/08/2025 09:12 — City Desk\n\n"
                      "**09:12** Crews remain at the scene.") == dt.date(2025, 8, 27)
    assert _published("Updated 14/03/2024\n\nThe council met again.") == dt.date(2024, 3, 14)


def test_ambiguous_or_month_first_slashes_are_not_read():
    assert _published("Last updated 03/04/2024 10:00 — Desk\n\nThe council met.") is None
    assert _published("Last updated 10/27/2024 10:00 — Desk\n\nThe council met.") is None


def test_updated_line_after_a_byline_keeps_the_byline_date():
    text = "Title of the piece\n\nAnna Berg | 06.11.2023\n\nLast updated 20/11/2023 16:05 — Desk\n\nThe park reopened."
    assert _published(text) == dt.date(2023, 11, 6)


def test_live_page_weekday_resolves_against_its_date():
    # with the page dated, its own right weekday is known right and not paired
    found = _calendar({
        "a.md": "# LIVE: rail strike\n\nLast updated 21/11/2025 18:00 — Transport desk\n\n"
                "**18:00** Trains ran again on Thursday, November 20, the operator confirmed.",
        "b.md": "Published 24 November 2025\n\nServices resumed on Friday, November 20.",
    })
    quotes = sorted(c.quote for f in found for c in f.claims)
    assert quotes == ["Friday, November 20"], quotes


# 3. A live blog's time stamp is not a name: "**15:10** Schools were closed from ..." kept
#    "schools" as a name (the opener test skipped quotes and brackets, not a time stamp), so
#    the clause never aligned with another story's closure naming a town. The first word
#    after leading markup, time stamps or digits is the sentence's opener.
# 4. A phrasal verb after a modal is a verb: "Dockers will walk out from May 4 to May 9"
#    dated nothing ("will sit" was read, "will walk out" was not), so it never met "the
#    strike will run from May 4 to May 7". A base form after "will"/"shall" that opens a
#    phrasal verb of a verb class is the clause's verb.

from rules.event_dates import RULE as EV  # noqa: E402


def _events(texts):
    return [f for f in check_texts(texts, rules=(EV,)) if f.kind == "contradiction"]


def test_time_stamped_entry_aligns_with_a_named_closure():
    found = _events({
        "a.txt": "Published 9 February 2026\n\nLibraries in Dunmore and two villages will be closed from "
                 "February 9 to February 11, the council said.",
        "b.md": "# LIVE: storm\n\nLast updated 13/02/2026 11:00 — Newsdesk\n\n"
                "**11:00** Libraries were closed from February 9 to February 13 across the region.",
    })
    assert any({c.quote for c in f.claims} == {"February 9 to February 11", "February 9 to February 13"}
               for f in found), found


def test_time_stamped_entry_of_other_things_stays_silent():
    found = _events({
        "a.txt": "Published 9 February 2026\n\nLibraries in Dunmore will be closed from February 9 to February 11.",
        "b.md": "# LIVE: storm\n\nLast updated 13/02/2026 11:00 — Newsdesk\n\n"
                "**11:00** Roads were closed from February 9 to February 13 across the region.",
    })
    assert not found, found


def test_walk_out_after_a_modal_is_the_strike():
    found = _events({
        "a.txt": "Published 2 May 2027\n\nThe dockers' strike will run from May 4 to May 7, the union said.",
        "b.txt": "Published 3 May 2027\n\nDockers will walk out from May 4 to May 9 after talks collapsed.",
    })
    assert any({c.quote for c in f.claims} == {"May 4 to May 7", "May 4 to May 9"} for f in found), found


def test_walk_out_of_talks_after_a_modal_is_no_strike():
    found = _events({
        "a.txt": "Published 2 May 2027\n\nThe dockers' strike will run from May 4 to May 7, the union said.",
        "b.txt": "Published 3 May 2027\n\nUnion officials will walk out of the talks on May 4 to May 9 unless offered more.",
    })
    assert not found, found


# 5. "Members voted on Tuesday" is the ballot: an intransitive "voted" with a date dated
#    nothing, so it never met another story's "a ballot held on Monday, March 3". The verb
#    "vote" is a class of the election family (ballot, vote, poll, referendum), and like
#    "sat" or "walked out" it dates something only where the story names that event by its
#    noun; all its clauses are the story's one ballot.


def test_voted_is_the_ballot_of_another_story():
    found = _events({
        "a.txt": "Published 9 October 2025\n\nNurses at the Larkfield hospital voted on Wednesday to reject the pay offer.",
        "b.txt": "Published 10 October 2025\n\nThe ballot, held on Tuesday, October 7, showed strong support at Larkfield.",
    })
    assert any({c.quote for c in f.claims} == {"on Wednesday", "Tuesday, October 7"} for f in found), found


def test_voted_without_a_named_ballot_dates_nothing():
    found = _events({
        "a.txt": "Published 9 October 2025\n\nThe council voted on Wednesday to close the depot.",
        "b.txt": "Published 10 October 2025\n\nThe council voted on Thursday to sell the land.",
    })
    assert not found, found


def test_voted_on_the_ballot_day_agrees():
    found = [f for f in check_texts({
        "a.txt": "Published 9 October 2025\n\nNurses at the Larkfield hospital voted on Tuesday to reject the pay offer.",
        "b.txt": "Published 10 October 2025\n\nThe ballot, held on Tuesday, October 7, showed strong support at Larkfield.",
    }, rules=(EV,))]
    assert not [f for f in found if f.kind == "contradiction"], found


def test_early_voting_is_not_the_ballot_day():
    found = _events({
        "a.txt": "Published 14 October 2025\n\nThe election on October 12 went to a recount in Dunmore.",
        "b.txt": "Published 20 October 2025\n\nBallots cast during early voting on October 8 were also counted in Dunmore.",
    })
    assert not found, found

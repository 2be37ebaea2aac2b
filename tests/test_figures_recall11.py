"""Figures: classes of language found missing or misread on a development set, probed with
invented sentences in other domains (prisons, zoos, stadiums, museums, drones, unions).

- made to leave a place is an evacuation: "had to leave the stadium", "were told to leave the
  building", "were ordered out of the hall";
- getting out of confinement is one event: "escaped from the jail", "broke out of the zoo";
  "escaped with minor injuries" stays injured;
- "two of the inmates who escaped were caught": a relative clause names the whole set, the
  figure is a part of it;
- irregular forms say the same thing around a figure: "flew for 40 minutes" and "40 minutes into
  its flight"; "speaks for 900 nurses" and "represents 1,100 nurses" (both a stock);
- a transcript's speaker label ("REPORTER: Yes, ...") names no place or person of the fact.
"""
import pytest

from checker.engine import check_texts
from rules import figures
from rules.figures import _sentence_names
from figure_helpers import counted


def verdict(a: str, b: str, da: str = "12 June 2024", db: str = "12 June 2024") -> str:
    out = check_texts({"a.txt": f"Published {da}\n\n{a}", "b.txt": f"Published {db}\n\n{b}"},
                      story="s", rules=(figures.RULE,))
    kinds = {f.kind for f in out}
    return "contradiction" if "contradiction" in kinds else "agreement" if "agreement" in kinds else "none"


EVENTS = [
    ("Nearly 3,000 fans had to leave the stadium when the roof alarm sounded.", "fan", "evacuated", None),
    ("About 400 staff were told to leave the building after the gas leak.", "worker", "evacuated", None),
    ("Some 250 guests were ordered out of the hotel.", "guest", "evacuated", None),
    ("Five inmates escaped from the prison on Sunday.", "inmate", "escaped", None),
    ("Two monkeys broke out of the zoo overnight.", "monkey", "escaped", None),
    ("Two men escaped with minor injuries.", "man", "injured", None),
    ("Two of the inmates who escaped from the jail were caught in a barn.", "inmate", "escaped", "part"),
]


@pytest.mark.parametrize("text,head,event,modality", EVENTS)
def test_counted_event(text, head, event, modality):
    c = counted(text)
    assert (c.head, c.event, c.modality) == (head, event, modality)


def test_speaks_for_is_a_stock():
    assert counted("The association, which speaks for nearly 900 nurses, rejected the plan.").having is True
    assert counted("The association represents more than 1,100 nurses.").having is True


def test_made_to_leave_meets_evacuated():
    a = "Some 5,000 fans were evacuated from the arena when the fire alarm went off."
    b = "Nearly 2,000 fans had to leave the arena when the alarm sounded."
    assert verdict(a, b) == "contradiction"


def test_escaped_counts_align():
    a = "Six prisoners escaped from the county jail on Friday night, the sheriff said."
    b = "Nine prisoners broke out of the county jail, guards said."
    assert verdict(a, b) == "contradiction"


def test_part_of_the_escaped_is_not_the_escape():
    a = "Six prisoners escaped from the county jail on Friday night, the sheriff said."
    b = "Two of the prisoners that escaped from the county jail were found in a barn."
    assert verdict(a, b) == "none"


def test_flew_and_flight_are_one_context():
    a = "The drone crashed more than 300 seconds into its flight, the operator said."
    b = "The drone flew for 120 seconds before it came down in a field."
    assert verdict(a, b) == "contradiction"


def test_membership_under_two_verbs():
    a = "The association represents more than 1,100 nurses at the hospital group."
    b = "The nurses' association, which speaks for nearly 900 nurses, called the vote."
    assert verdict(a, b) == "contradiction"


def test_speaker_label_is_no_name():
    assert _sentence_names("REPORTER: Yes, the drone flew for 120 seconds.") == frozenset()
    assert "Dover" in {n.title() for n in _sentence_names("GUEST: Well, the ferry left Dover late.")}


def fs_verdict(a: str, b: str) -> str:
    from rules import first_since
    out = check_texts({"a.txt": f"Published 12 June 2024\n\n{a}", "b.txt": f"Published 13 June 2024\n\n{b}"},
                      story="s", rules=(first_since.RULE,))
    kinds = {f.kind for f in out}
    return "contradiction" if "contradiction" in kinds else "agreement" if "agreement" in kinds else "none"


def test_first_from_a_place_is_the_subjects():
    # "The breakout is the first from the jail since 2001": the head is the subject (breakout),
    # not the place after "from".
    a = "It was the jail's first breakout since 1987, when two men tunnelled out."
    b = "The breakout is the first from the jail since 2001, according to prison records."
    assert fs_verdict(a, b) == "contradiction"


def test_first_for_a_club_is_the_subjects():
    a = "It is the club's first promotion since 1994."
    b = "The promotion was the first for the club since 1994, the chairman said."
    assert fs_verdict(a, b) == "agreement"


def test_a_substance_that_escaped_is_a_spill():
    c = counted("About 300 tonnes of ammonia escaped from the ruptured tank.")
    assert c.event == "spilled"

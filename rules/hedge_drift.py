"""Hedge drift: the same figure given with different hedges by different articles.

What: figures already aligned by the figures rule (same counted thing, same event, same
unit) whose stated number is the same but whose hedge differs across articles: "Some
3,400 homes were destroyed" in one, "At least 3,400 homes were destroyed" in another;
"412,000 vehicles" against "about 412,000 vehicles". Numbers within the "about" tolerance
of each other (10%) are one figure rounded differently, and are reported when the kind of
hedge differs: "Roughly 320 firefighters" against "Upwards of 300 firefighters", "roughly
18,000 people" against "in excess of 17,000". Reported as an agreement with a
note (severity info): the intervals overlap, so it is not a contradiction, but an editor
should know that one outlet firmed up or softened the number.

Why: hedges carry the uncertainty of a figure; dropping "at least" or adding "some" as a
figure travels between outlets changes what readers are told.

Hedges of one kind in other words are one hedge and are never reported: "about", "roughly",
"some" and "an estimated"; "more than", "over" and "in excess of"; "nearly", "almost" and "close
to"; "up to" and "as many as".

Known false positives: a rounded figure without a hedge ("a million") against a hedged
one ("some 1 million") is reported, which is intended; figures that differ only in
rounding ("1.2 million" and "1,200,000") count as the same number.
"""
from __future__ import annotations

from checker.facts import StoryFacts
from checker.vocab.numbers import ABOUT_TOLERANCE
from rules.base import Example, Result, Rule
from rules.figures import judged_groups

CODE = "NU203"
NAME = "hedge-drift"


def check(story: StoryFacts):
    for group, group_verdicts in judged_groups(story):  # shared with the figures rule
        by_claim = {m.claim: m for m in group.members}
        for v in group_verdicts:
            if v.kind != "agreement":
                continue
            for ms in _same_figure(by_claim[c] for c in v.claims):
                hedges = {m.figure.hedge_word for m in ms}
                if len({_kind(m) for m in ms}) < 2 or len({m.claim.article for m in ms}) < 2:
                    continue  # "about" and "roughly", "more than" and "over": one hedge in two words
                if len({m.figure.value for m in ms}) > 1 and len({_kind(m) for m in ms}) < 2:
                    continue  # "about 320" and "roughly 300": rounding, not a different hedge
                shown = "; ".join(f"{m.claim.quote!r} ({m.claim.path})" for m in sorted(ms, key=lambda m: (m.claim.path, m.claim.span.start)))
                note = "same figure, different hedges: " + ", ".join(sorted(hedges))
                topic = group.topic_for(m.claim for m in ms)
                msg = f"The figure for {topic} is hedged differently: {shown}"
                yield Result("agreement", f"{topic} hedge", msg, tuple(m.claim for m in ms),
                             note=note, severity="info")


def _kind(m) -> str:
    h = m.figure.hedge
    return "exact" if h == "rounded" else h


def _same_figure(members) -> list[list]:
    """Members grouped by stated number: equal numbers, or numbers within the "about"
    tolerance of the smallest of their run (300 and 320; never a chain 300, 320, 350)."""
    ordered = sorted(members, key=lambda m: (m.figure.unit or "", m.figure.value, m.claim.path, m.claim.span.start))
    runs: list[list] = []
    for m in ordered:
        run = runs[-1] if runs else None
        if run and (run[0].figure.unit or "") == (m.figure.unit or "") and (
                m.figure.value - run[0].figure.value <= ABOUT_TOLERANCE * m.figure.value):
            run.append(m)
        else:
            runs.append([m])
    return runs


RULE = Rule(
    code=CODE, name=NAME, kinds=("agreement",), check=check,
    examples=(
        Example({"a.txt": "Published 12 June 2024\n\nSome 3,400 homes were destroyed, according to the agency.",
                 "b.txt": "Published 2 August 2024\n\nAt least 3,400 homes were destroyed, according to the agency."},
                kind="agreement", contains=("Some 3,400", "At least 3,400")),
        Example({"a.txt": "Published 12 Feb 2025\n\nThe carmaker is recalling 412,000 vehicles worldwide.",
                 "b.txt": "Published 2 May 2025\n\nThe recall covers about 412,000 vehicles worldwide."},
                kind="agreement", contains=("412,000", "about 412,000")),
        Example({"a.txt": "Published 12 June 2024\n\nAt least 3,400 homes were destroyed in the floods.",
                 "b.txt": "Published 13 June 2024\n\nAt least 3,400 homes were destroyed by the water."},
                absent=("agreement",)),
        Example({"a.txt": "Published 12 June 2024\n\nRoughly 320 firefighters were fighting the blaze.",
                 "b.txt": "Published 13 June 2024\n\nUpwards of 300 firefighters battled the fire overnight."},
                kind="agreement", contains=("Roughly 320", "Upwards of 300")),
        Example({"a.txt": "Published 12 June 2024\n\nAbout 320 firefighters were fighting the blaze.",
                 "b.txt": "Published 13 June 2024\n\nRoughly 300 firefighters battled the fire overnight."},
                absent=("agreement",)),
        Example({"a.txt": "Published 12 June 2024\n\nAbout 500 flights were cancelled on Friday.",
                 "b.txt": "Published 13 June 2024\n\nRoughly 500 flights were cancelled on Friday."},
                absent=("agreement",)),
        Example({"a.txt": "Published 12 June 2024\n\nNearly 8,000 people were displaced by the floods.",
                 "b.txt": "Published 13 June 2024\n\nMore than 8,000 people were displaced by the floods."},
                absent=("agreement",)),
    ),
)

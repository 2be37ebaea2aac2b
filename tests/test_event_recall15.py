"""Event dates (DT101), round 15.

Invented sentences in domains other than the development stories: the story's main event
named by a verb outside the event vocabulary ("halted", "voided"), a noun with no suffix in a
headline ("refinery halt"), bylines before the first sentence, a relative weekday against a
date, and a state that still holds on a later day.
"""
from checker.extract.events import _bare_noun_at, _BARE_CANDIDATE, main_stems, main_verb_event
from tests.event_helpers import _has, _silent


def _bare(text: str, word: str) -> bool:
    m = next(m for m in _BARE_CANDIDATE.finditer(text) if m.group(0) == word)
    return _bare_noun_at(text, m)


def test_bare_noun_after_a_noun_or_determiner():
    assert _bare("Diesel prices jump after refinery halt", "halt")
    assert _bare("Cup void angers fans", "void")
    assert _bare("What the leak means for patients", "leak")


def test_bare_verb_is_not_a_noun():
    assert not _bare("The union threatened to halt work at the docks", "halt")
    assert not _bare("Regulators will void the result", "void")


def test_main_stems_read_a_bare_noun_and_a_past_verb():
    stems = main_stems([
        ("Diesel prices jump after refinery halt", "Norvik Energy halted output at its Saltby refinery on Monday."),
        ("Saltby refinery: what drivers need to know", "Norvik Energy halted output at Saltby on June 9, a filing shows."),
    ])
    assert "halt" in stems


def test_main_verb_reads_past_the_object_and_phrases():
    s = "Norvik Energy halted output of diesel at its Saltby refinery near the coast of Hordland on Monday."
    ref = main_verb_event(s, s.index("Monday"), frozenset({"halt"}))
    assert ref is not None and ref.event == "act halt"


def test_main_verb_class_synonym():
    s = "The federation annulled the result of the replayed tie on March 12."
    ref = main_verb_event(s, s.index("March 12"), frozenset({"void"}))
    assert ref is not None and ref.event == "act void"


def test_main_verb_state_still_holding_is_not_the_event():
    s = "Output at Saltby was still halted on June 20, traders said."
    assert main_verb_event(s, s.index("June 20"), frozenset({"halt"})) is None


def test_other_verb_nearer_the_date_dates_its_own_fact():
    s = "Norvik Energy halted output and reported the fault on June 9."
    assert main_verb_event(s, s.index("June 9"), frozenset({"halt"})) is None


def _refinery(second: str, third: str | None = None) -> dict:
    arts = {
        "a.txt": "Diesel prices jump after refinery halt\n\nSALTBY, June 11, 2025 (NPA) — Norvik Energy halted output "
                 "of diesel at its Saltby refinery on Monday after a fault in a cooling unit, the company said.\n",
        "b.md": "# Saltby refinery: what drivers need to know\n\nBy Ana Reyes, energy reporter\n\nPublished 13 June 2025\n\n"
                + second + "\n",
    }
    if third is not None:
        arts["c.txt"] = "Refinery outage hits hauliers\n\nPublished 16 June 2025\n\n" + third + "\n"
    return arts


def test_weekday_of_the_main_event_agrees_with_its_date():
    # a wire of Wednesday 11 June: Monday is 9 June
    arts = _refinery("Norvik Energy stopped refining diesel at Saltby on June 9, and says the cooling unit "
                     "will be replaced.")
    assert _has(arts, "agreement", "on Monday", "June 9")


def test_main_event_dates_contradict_across_verbs_of_one_class():
    arts = _refinery("Norvik Energy stopped refining diesel at Saltby on June 9, and says the cooling unit "
                     "will be replaced.",
                     "Norvik Energy halted diesel output at Saltby on June 10, according to a filing seen by "
                     "this publication.")
    assert _has(arts, "contradiction", "June 9", "June 10")


def test_still_halted_on_a_later_day_is_no_contradiction():
    arts = _refinery("Norvik Energy halted output at Saltby on June 9, a filing shows.",
                     "Diesel output at Saltby was still halted on June 14, hauliers said.")
    assert not _has(arts, "contradiction", "June 14")


def test_void_class_in_sport():
    arts = {
        "a.txt": "Federation voids cup tie after floodlight failure\n\nDRAMMEN, April 9, 2025 (SPA) — The federation "
                 "voided the quarter-final between Lysaker and Odda on Monday, "
                 "officials said.\n",
        "b.txt": "Cup void angers Odda fans\n\nPublished 12 April 2025\n\nThe federation voided the "
                 "quarter-final on April 8 after the floodlights failed twice.\n",
    }
    assert _has(arts, "contradiction", "on Monday", "April 8")


# --- a period told by a reported clause, or by a verb in one article and its noun in another --
def test_action_key_after_a_speech_verb():
    from checker.extract.events import action_key
    s = "The council now says the ferry service is suspended from May 2 to May 20."
    key = action_key(s, s.index("May 2"))
    assert key is not None and key[:2] == ("suspend", "servic")  # (None before: "says" was read as the subject)


def test_reported_period_same_action_contradicts():
    arts = {"a.txt": "Published 24 May 2025\n\nHarlow Council says the ferry service was suspended from May 2 to "
                     "May 20 while the slipway was repaired.\n",
            "b.txt": "Published 27 May 2025\n\nThe council now says the ferry service was suspended from May 2 to "
                     "May 24.\n"}
    assert _has(arts, "contradiction", "May 2 to May 20", "May 2 to May 24")


def test_same_start_verb_and_noun_of_one_action_contradict():
    # no name in common: one action, a verb in one article and its noun in the other
    arts = {"a.txt": "Published 20 February 2025\n\nThe water regulator suspended every abstraction licence of "
                     "the same category in the county from February 3 to February 14 while wells were tested.\n",
            "b.txt": "Published 3 March 2025\n\nThe regulator's suspension of licences of this category ran from "
                     "February 3 to February 18, according to its own notice.\n"}
    assert _has(arts, "contradiction", "February 3 to February 14", "February 3 to February 18")


def test_same_start_different_actions_stay_apart():
    arts = {"a.txt": "Published 20 February 2025\n\nAmbulances were diverted from February 3 to February 9.\n",
            "b.txt": "Published 3 March 2025\n\nStaff worked on paper records from February 3 to February 18.\n"}
    assert _silent(arts)


# --- a release of a fluid under its other nouns; a long event's nominal date -----------------
def test_nominal_of_date_of_a_long_family_event():
    from checker.extract.events import attach
    s = "Since the leak of Tuesday, 4 March, the canal has stayed closed."
    i = s.index("Tuesday, 4 March")
    ref = attach(s, i, i + len("Tuesday, 4 March"), fallback=True)
    assert ref is not None and ref.event == "leak"


def test_discharge_start_contradicts_spill_start():
    arts = {"a.txt": "Published 10 March 2025\n\nThe slurry spillage into Mere Brook started on 3 March, the "
                     "farm said.\n",
            "b.txt": "Published 14 March 2025\n\nThe discharge began on 2 March, according to the "
                     "environment agency.\n"}
    assert _has(arts, "contradiction", "3 March", "2 March")


def test_nominal_of_date_is_the_first_day():
    arts = {"a.txt": "Published 20 March 2025\n\nThe seepage began on 2 March, the agency said.\n",
            "b.txt": "Published 24 March 2025\n\nSince the seepage of Monday, 3 March, anglers have kept away "
                     "from the brook.\n"}
    assert _has(arts, "contradiction", "2 March", "Monday, 3 March")


# --- a light verb whose subject is an event word -------------------------------------------
def test_light_verb_subject_in_vocabulary_is_that_event():
    # "the accident ... happened on 9 May" (keyed by its light verb) and "the accident of
    # Thursday, 8 May" (the vocabulary's crash) are one event
    arts = {"a.txt": "Published 12 May 2025\n\nThe accident on the Kestrel Express happened on 9 May shortly "
                     "after 2.30pm, when a single carriage detached from the train near the viaduct.\n",
            "b.txt": "Published 9 June 2025\n\nThe line remains closed a month after the accident of Thursday, "
                     "8 May, and commuters want answers.\n"}
    assert _has(arts, "contradiction", "9 May", "8 May")


# --- a document made public: published, leaked, appeared online --------------------------------
DOC_PAIRS = [
    ("The draft budget, leaked on 4 March, shows cuts to every department.",
     "The leaked draft budget was published online on 6 March by a campaign group."),
    ("A list of donors, which appeared online on 4 March, names 80 companies.",
     "The donor list was leaked on 6 March, party officials said."),
]


def test_document_made_public_dates_contradict():
    for a, b in DOC_PAIRS:
        arts = {"a.txt": "Published 10 March 2025\n\n" + a + "\n", "b.txt": "Published 12 March 2025\n\n" + b + "\n"}
        assert _has(arts, "contradiction", "4 March", "6 March"), (a, b)


def test_oil_leaked_is_a_leak_not_a_publication():
    from checker.extract.events import attach
    s = "Crude oil leaked on Monday from the pipeline."
    i = s.index("Monday")
    ref = attach(s, i, i + 6, fallback=True)
    assert ref is not None and ref.event.startswith("rupture ") and ref.role == "start"


def test_appeared_in_court_is_no_publication():
    arts = {"a.txt": "Published 10 March 2025\n\nThe driver appeared in court on 4 March.\n",
            "b.txt": "Published 12 March 2025\n\nThe driver appeared in court on 6 March for a second hearing.\n"}
    assert not _has(arts, "contradiction", "4 March", "6 March")


# --- a fluid running out: the leak family's verbs ---------------------------------------------
def test_began_gushing_is_the_leak_start():
    # a wire of Wednesday 5 March 2025: Monday is 3 March
    arts = {"a.txt": "DRAVEN, March 5, 2025 (RPA) — Diesel began gushing into the Kell canal on Monday after a "
                     "storage tank split, the port authority said.\n",
            "b.txt": "Published 12 March 2025\n\nThe leak started on 2 March, according to the harbour master.\n"}
    assert _has(arts, "contradiction", "on Monday", "2 March")


def test_flowed_range_is_the_leak_range():
    arts = {"a.txt": "Published 12 March 2025\n\nThe spill started on 3 March. Slurry flowed from 3 March to "
                     "6 March before the farm sealed the lagoon.\n",
            "b.txt": "Published 20 March 2025\n\nThe discharge ran from 3 March to 9 March, the agency now says.\n"}
    assert _has(arts, "contradiction", "3 March to 6 March", "3 March to 9 March")


def test_still_flowing_inside_the_range_is_no_contradiction():
    arts = {"a.txt": "Published 20 March 2025\n\nThe discharge ran from 3 March to 9 March, the agency says.\n",
            "b.txt": "Published 24 March 2025\n\nThe spill started on 3 March. Slurry was still flowing on 7 March "
                     "when our reporter visited.\n"}
    assert _silent(arts)

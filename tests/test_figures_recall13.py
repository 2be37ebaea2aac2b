"""Figures: classes of language found missing or misread on a development set, probed with
invented sentences in other domains (refineries, dairies, mines, hospitals, archives, ports).

- the period of a rate is never the counted noun: "90 million litres a day", "40 tonnes per
  week" count no "day" or "week"; two flows that share only a unit and a period (what a plant
  can treat, what its pipes lose) are never compared;
- a measured amount with no noun of its own is named by the one noun of its clause that says
  what is measured ("leakage from its network is 90 million litres a day", "output at the
  mine runs at 4,000 tonnes a day"), after any reporting verb;
- jobs that go, under any predicate of going or being at stake ("will go", "are to go", "are
  on the line", "at risk", "will be lost", "the loss of"), are one count of jobs cut;
- "held", "kept", "stored" of things (records, files, samples) is where they are, never a
  detention; a quoted noun phrase ('that "about 300 files" were sitting on the server') keeps
  the words after its closing quote in its clause;
- a value "at" an amount ("runs at 190 million litres", "put the deficit at £12m") hangs on no
  place: it is no governor that sets two figures apart;
- hostile number forms: a number glued to other digits by a non-ASCII separator ("3٫400",
  "3’400", a zero-width joiner) or an exponent mark ("10^5000", "10**5"), or a scale word after
  digits the parser cannot read ("0.000…0001 million"), yields no figure at all.
"""
import pytest

from checker.extract.numbers import extract_figures
from figure_helpers import counted, verdict


# --- rates ---------------------------------------------------------------------------------
@pytest.mark.parametrize("s", [
    "The refinery says flaring at the site is no more than 40 tonnes a day.",
    "The dairy bottles 90,000 litres per day, the cooperative said.",
    "Output runs at an estimated 4,000 tonnes each week.",
])
def test_the_period_of_a_rate_is_never_the_counted_noun(s):
    c = counted(s)
    assert c.head not in ("day", "week")


@pytest.mark.parametrize("a,b", [
    ("Demand hit 310 million litres on Sunday, well above the 240 million litres a day the plant can treat.",
     "The operator says leakage from its network is no more than 90 million litres a day."),
    ("Traffic peaked at 5,000 tonnes on Monday, above the 4,000 tonnes a day the terminal can handle.",
     "Spillage at the terminal is no more than 300 tonnes a day, the port said."),
])
def test_two_flows_that_share_only_a_unit_are_never_compared(a, b):
    assert verdict("fig", a, b) == "none"


@pytest.mark.parametrize("a,b", [
    ("The utility says leakage from its network is no more than 90 million liters a day.",
     "Leakage from the utility's pipes runs at an estimated 190 million litres a day, our analysis shows."),
    ("The company says output at the quarry is at most 2,000 tonnes a day.",
     "Output at the quarry runs at roughly 6,500 tonnes a day, the council said."),
    ("Officials said emissions from the smelter were below 300 tonnes a year.",
     "Emissions from the smelter are an estimated 900 tonnes a year, campaigners said."),
])
def test_a_measured_amount_is_named_by_the_noun_of_what_is_measured(a, b):
    assert verdict("fig", a, b) == "contradiction"


def test_a_measured_amount_of_two_different_things_is_not_compared():
    a = "Demand at the works reached 120 million litres a day."
    b = "Leakage at the works is no more than 30 million litres a day."
    assert verdict("fig", a, b) == "none"


# --- jobs ----------------------------------------------------------------------------------
@pytest.mark.parametrize("a,b", [
    ("The carmaker will close its plant with the loss of at least 900 jobs.",
     "Fewer than 500 jobs will go when the plant shuts, the carmaker said."),
    ("Fewer than 300 posts are to go at the hospital trust, the chief executive said.",
     "In excess of 700 posts are on the line at the trust, the union said."),
    ("About 120 roles are at risk at the call centre, the firm said.",
     "The closure will see 400 roles cut at the call centre, staff were told."),
])
def test_jobs_that_go_under_any_predicate_are_one_count(a, b):
    assert verdict("fig", a, b) == "contradiction"


def test_jobs_that_go_agree_when_the_hedges_overlap():
    a = "Some 650 posts will be lost at the mill, the owners said."
    b = "In excess of 600 posts are on the line at the mill."
    assert verdict("fig", a, b) == "agreement"


def test_jobs_that_could_go_are_a_fear_not_a_count():
    c = counted("As many as 900 jobs could go if the mine closes.")
    assert (c.head, c.event) != ("job", "cut") or c.modality is not None


# --- stored things, quoted noun phrases ----------------------------------------------------
@pytest.mark.parametrize("s", [
    "About 40,000 patient files were held on the server, the audit found.",
    "Some 3,000 samples were kept in the freezer, the laboratory said.",
])
def test_stored_things_are_not_detained(s):
    assert counted(s).event != "detained"


def test_people_held_are_still_detained():
    assert counted("Police held 40 protesters overnight.").event == "detained"


def test_stored_counts_of_one_place_are_compared():
    a = "About 1.5m scanned documents were held in the archive, the ministry said."
    b = 'The curator said that "just under 700,000 documents" had been sitting in the archive.'
    assert verdict("fig", a, b) == "contradiction"


def test_a_quoted_noun_phrase_keeps_its_clause():
    c = counted('He said that "about 300 files" were sitting on the unprotected server.')
    assert "server" in c.context


# --- a value "at" an amount ----------------------------------------------------------------
def test_a_value_at_an_amount_hangs_on_no_place():
    a = "The club's pension scheme has a shortfall of some $40m, its accounts show."
    b = "The auditors put the pension shortfall at roughly $15m."
    assert verdict("fig", a, b) == "contradiction"


# --- hostile number forms ------------------------------------------------------------------
@pytest.mark.parametrize("s", [
    "About 3\u066b400 workers were injured.",   # ARABIC DECIMAL SEPARATOR
    "About 3\u066c400 workers were injured.",   # ARABIC THOUSANDS SEPARATOR
    "About 3\u2019400 workers were injured.",   # Swiss apostrophe
    "About 3\u2060400 workers were injured.",   # WORD JOINER
    "About 3\u202f400 workers were injured.",   # NARROW NO-BREAK SPACE
    "10^5000 fled.",
    "10**5 fled.",
    "1e5000 were detained.",
    "0." + "0" * 300 + "1 million fled.",
    "0." + "0" * 12 + "1 billion was paid.",
])
def test_glued_or_unreadable_numbers_yield_no_figure(s):
    assert extract_figures(s) == ()


@pytest.mark.parametrize("s,vals", [
    ("The strike ran May 23\u201228, 2023.", {23, 28}),
    ("Flights resumed 10\u201012 June.", {10, 12}),
    ("Some 3.5 million fled and 300 died.", {3500000, 300}),
])
def test_dashes_and_ordinary_numbers_are_still_read(s, vals):
    assert {int(f.value) for f in extract_figures(s)} == vals


def test_a_glued_figure_makes_no_contradiction():
    a = "About 3\u066b400 workers were injured in the clashes."
    b = "About 3,400 workers were injured in the clashes."
    assert verdict("fig", a, b) != "contradiction"


# --- supplies cut off, sizes ---------------------------------------------------------------
@pytest.mark.parametrize("s", [
    "More than 4,000 homes in Eastbury and West Holm were without running water on Friday.",
    "Some 2,000 households lost mains power overnight.",
    "About 900 flats were left without their heating.",
])
def test_an_outage_reads_a_modifier_before_the_supply_noun(s):
    assert counted(s).event == "outage"


def test_homes_cut_off_compare_across_wordings():
    a = "More than 4,000 homes in Eastbury and West Holm were without running water on Friday."
    b = "Just under 2,500 homes lost water at some point, the utility said."
    assert verdict("fig", a, b) == "contradiction"


@pytest.mark.parametrize("a,b", [
    ("A decision on a buyer for the 40-hectare farm was not expected before June.",
     "The 65-hectare farm is being sold by auction."),
    ("The council said the 12-mile stretch would reopen after repairs.",
     "Engineers inspected the 20-mile stretch for damage."),
])
def test_the_size_of_a_known_thing_is_one_figure(a, b):
    assert verdict("fig", a, b) == "contradiction"


def test_an_indefinite_size_is_not_the_known_thing():
    a = "A 12-mile stretch of the road was closed by the flood."
    b = "A 3-mile stretch of the road was damaged."
    assert verdict("fig", a, b) != "contradiction"


@pytest.mark.parametrize("s", ["A 20-year-old man was hurt.", "A three-judge panel sat.", "The 10-day strike ended."])
def test_time_and_word_compounds_stay_compounds(s):
    assert extract_figures(s) == ()


# --- parentheticals, reported futures ------------------------------------------------------
def test_a_parenthetical_between_the_verb_and_the_figure_is_skipped():
    s = "The council put the cost of the repairs, including six weeks of scaffolding hire, at an estimated $2.4m."
    from checker.extract.counted import annotate
    last = annotate(s, extract_figures(s))[-1]
    assert (last.counted.head, last.counted.event) == ("cost", "cost")


@pytest.mark.parametrize("a,b", [
    ("The council put the cost of the repairs, including six weeks of scaffolding hire, at an estimated $2.4m.",
     "The treasurer told councillors the repair bill would be roughly $900,000."),
    ("The league said the fee would be about €40m, a spokesman said.",
     "The league put the fee, excluding add-ons, at €15m."),
])
def test_reported_costs_compare_across_parentheticals_and_backshifted_will(a, b):
    assert verdict("fig", a, b) == "contradiction"


@pytest.mark.parametrize("s", [
    "The treasurer said the bill could be as much as $4m.",
    "The treasurer said the bill would be $4m if the appeal failed.",
    "The bill would be $4m, critics fear.",
])
def test_a_would_of_possibility_stays_a_possibility(s):
    assert counted(s).modality == "possible"


# --- amounts per recipient -----------------------------------------------------------------
@pytest.mark.parametrize("a", [
    "Affected households will receive $200 each, the insurer said.",
    "Flood victims will receive €300 apiece, the ministry said.",
    "The fund will pay £40 per household, the council said.",
])
def test_an_amount_per_recipient_is_never_a_total(a):
    assert verdict("fig", a, "The insurer received $9m in state grants.") == "none"
    assert verdict("fig", a, "The ministry received €9m in state grants.") == "none"
    assert verdict("fig", a, "The council received £9m in state grants.") == "none"


def test_amounts_per_recipient_compare_with_each_other():
    a = "Affected households will receive $200 each in compensation, the insurer said."
    b = "Households will get $500 each in compensation, the insurer said."
    assert verdict("fig", a, b) == "contradiction"


def test_an_amount_per_head_names_no_head_noun():
    assert counted("Pensioners get £10 a head.").head != "head"

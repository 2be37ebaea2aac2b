"""Figures (NU201): classes of language found missing on a development set, probed with
invented sentences in other domains (libraries, vets, ferries, storms, courts, orchards).

- the same noun counted once per article, with different hedges and no event verb the
  extractor knows ("At least 340 X have run out" / "About 350 X have no stock"): one count,
  compared even when the two clauses share no word; never when one article counts the noun
  twice (two roles), nor a rate, a stock, another time or what is left;
- "<noun> of <amount>" names what a measured amount measures: "a jackpot of £6.2m",
  "gusts of up to 60 km/h", "a fine of £250,000" ("a total of", "an area of" name nothing);
- a time after an amount is no noun: "a fine of £250,000 last week";
- a substance that "went into" or "reached" a place got out, like "entered" it.
"""
import pytest

from checker.engine import check_texts
from figure_helpers import counted, verdict
from rules import figures


def kinds(texts: dict[str, str]) -> list[tuple[str, tuple[str, ...]]]:
    out = check_texts({k: f"Published 12 June 2024\n\n{v}" for k, v in texts.items()},
                      story="s", rules=(figures.RULE,))
    return sorted((f.kind, tuple(sorted(c.quote for c in f.claims))) for f in out)


# --- one noun, counted once per article, no event verb ----------------------------------------
@pytest.mark.parametrize("a, b", [
    ("At least 300 libraries across the county have run out of funds.",
     "Fewer than 120 libraries have run short of money, the council said."),
    ("Some 90 vets in the region have stopped taking new clients.",
     "Just under 40 vets have stopped seeing new owners, a union said."),
    ("More than 2,000 orchards in the valley have gone unpicked, growers said.",
     "No more than 900 orchards have gone untended, the ministry said."),
])
def test_one_noun_once_per_article_is_one_count(a, b):
    assert verdict("fig", a, b) == "contradiction"


def test_one_noun_once_per_article_agrees():
    assert verdict("fig", "At least 300 libraries across the county have run out of funds.",
                   "About 310 libraries have run short, the council said.") == "agreement"


def test_one_noun_in_two_roles_is_not_one_count():
    # the second article counts the noun twice (two roles): no figure of the noun is "sole"
    got = kinds({
        "a.txt": "The leaked list names at least 300 teachers at the academy.",
        "b.txt": "The course, taught by about 40 teachers, was suspended after the list named some 310 teachers.",
        "c.txt": "The union says fewer than 100 teachers were on the list.",
    })
    assert not any(k == "contradiction" and "about 40" in q for k, q in got)


def test_rate_is_never_a_sole_count():
    # "carries 2,000 riders an hour" is a rate, never the riders of one evening
    assert verdict("fig", "The cable car carries some 2,000 riders an hour at peak.",
                   "Nearly 90 riders were brought down by rope that evening.") == "none"


def test_stock_is_never_a_sole_count():
    assert verdict("fig", "The shelter has 400 dogs in its kennels.",
                   "About 60 dogs were found in the yard, inspectors said.") == "none"


# --- "<noun> of <amount>": the noun measures the amount ---------------------------------------
@pytest.mark.parametrize("sentence, head", [
    ("The draw carried a jackpot of an estimated $4.1m.", "jackpot"),
    ("Gusts of up to 120 km/h were recorded on the pier.", "gust"),
    ("The club was handed a penalty of £40,000 last month.", "fine"),
    ("Rainfall of more than 80 mm was recorded overnight.", "rainfall"),
])
def test_noun_of_amount_is_its_head(sentence, head):
    assert counted(sentence).head == head


@pytest.mark.parametrize("sentence", [
    "The fire burned an area of 300 hectares.",
    "The firm paid a total of $3m to the families.",
])
def test_generic_measure_noun_is_no_head(sentence):
    assert counted(sentence).head == ""


@pytest.mark.parametrize("a, b", [
    ("Gusts of up to 60 km/h were measured at the harbour wall.",
     "Gusts of more than 100 km/h were battering the harbour wall, a skipper said."),
    ("The ferry operator was handed a fine of £300,000 last week.",
     "The ferry operator was handed a fine of just £90,000."),
])
def test_measured_amounts_compared(a, b):
    assert verdict("fig", a, b) == "contradiction"


def test_time_after_amount_is_no_head():
    c = counted("The court imposed a fine of £300,000 last week.")
    assert c.head == "fine" and c.event == "fined"


# --- a substance that went into or reached a place ---------------------------------------------
@pytest.mark.parametrize("sentence", [
    "No fewer than 3,000 litres of diesel went into the canal.",
    "Some 500 tonnes of slurry reached the stream, the farm said.",
])
def test_substance_motion_is_spilled(sentence):
    c = counted(sentence)
    assert c.event == "spilled" and c.head not in ("went", "reached")


def test_went_after_a_measure_is_no_head():
    assert counted("In all, 3,000 litres went into the canal.").head == ""


# --- a count "at the time of" an occasion is no stock ------------------------------------------
def test_had_at_the_time_of_is_a_count_of_that_moment():
    a = "The shelter, run by a charity, looks after about 120 dogs, the vet said."
    b = "The shelter had fewer than 70 dogs at the time of the raid, the charity said."
    assert verdict("fig", a, b) == "contradiction"


def test_had_without_occasion_stays_a_stock():
    assert counted("The shelter had fewer than 70 dogs in its kennels.").having


def test_odd_figure_keeps_the_noun_two_valued():
    # one article gives a stock and a count of the noun: two values, nothing is "sole"
    got = kinds({
        "a.txt": "The school has 400 pupils on its roll, and about 60 pupils went home early.",
        "b.txt": "Fewer than 20 pupils were inside the hall, a parent said.",
    })
    assert not any(k == "contradiction" for k, _ in got)


# --- a measure "of" a name measures the amount, not the name ---------------------------------
@pytest.mark.parametrize("sentence", [
    "About 12 km of the Wendle has been polluted, the agency said.",
    "Some 300 hectares of Glenmore were burned.",
])
def test_measure_of_a_name_has_no_named_head(sentence):
    assert counted(sentence).head == ""


def test_measure_of_a_name_meets_measure_of_the_noun():
    a = "About 12 km of the Wendle has been affected, the agency said."
    b = "Nearly 30 km of river is affected, on the agency's map."
    assert verdict("fig", a, b) == "contradiction"


# --- a live blog's label line: "<Plural noun ...>: <figure>" ------------------------------------
@pytest.mark.parametrize("sentence, head", [
    ("14:05 — Libraries closed to the public: at least 120, per the council.", "library"),
    ("Ferries cancelled: about 40.", "ferry"),
])
def test_label_line_names_the_noun(sentence, head):
    assert counted(sentence).head == head


def test_label_line_needs_a_plural_capitalised_label():
    assert counted("The count rose overnight: 40, officials said.").head in (None, "", "*")


def test_label_line_meets_the_sentence_count():
    a = "Fewer than 60 libraries have closed their doors, the union said."
    b = "09:30 — Libraries shut: at least 120, per the council."
    assert verdict("fig", a, b) == "contradiction"


# --- people told something happened to them are the people notified ---------------------------
@pytest.mark.parametrize("sentence", [
    "Some 4,000 customers were told by email that their accounts had been frozen.",
    "About 900 patients had received letters telling them their scans were lost.",
    "Nearly 2,000 tenants were informed that they had won the ballot.",
])
def test_told_is_notified(sentence):
    assert counted(sentence).event == "notified"


def test_told_to_leave_stays_evacuated():
    assert counted("About 300 guests were told to leave the hotel.").event == "evacuated"


def test_notified_counts_compared():
    a = "Some 4,000 customers were told by email that their accounts had been frozen."
    b = "Fewer than 1,500 customers received letters saying their accounts were frozen."
    assert verdict("fig", a, b) == "contradiction"


def test_liquid_into_the_river_is_a_spill():
    assert counted("Some 3,000 litres of diesel went into the river.").event == "spilled"


# --- an amount of no noun is the story's one named amount its clause names ----------------------
def test_subject_names_an_eventless_amount():
    a = "The raffle carried a jackpot of an estimated $4.1m, organisers said."
    b = "The chairman said the jackpot for the spring raffle stood in excess of $7m."
    assert verdict("fig", a, b) == "contradiction"


# --- ... but two different verbs of what the counted did are two counts -----------------------
@pytest.mark.parametrize("a, b", [
    ("About 300 fans queued outside the stadium.", "Only 40 fans got tickets, the club said."),
    ("More than 500 students applied for the course.", "Fewer than 100 students completed it."),
    ("About 80 firms bid for the contract.", "Fewer than 20 firms were shortlisted."),
])
def test_sole_noun_with_two_verbs_is_two_counts(a, b):
    assert verdict("fig", a, b) != "contradiction"


def test_told_they_would_lose_their_jobs_is_the_job_cut():
    a = "Some 1,200 workers were told they would lose their jobs."
    b = "The firm will cut 1,200 jobs, the union said."
    assert verdict("fig", a, b) == "agreement"


def test_a_named_substance_keeps_its_head():
    # only a length or an area "of" a name measures the place; a mass of a named product is that product
    assert counted("Some 5 tonnes of Semtex were seized.").head == "semtex"

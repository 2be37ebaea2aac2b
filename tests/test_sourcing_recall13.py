"""Sourcing recall on holdout-13 mechanisms, tested in other domains, and no silent cut.

Each group: the general pattern that failed, invented sentences (other domains) that must be
reported, near-miss negatives that must stay silent. (QT301 quotes, SR402 attribution-drift,
SR401 unsourced.)
"""
from __future__ import annotations

from checker.articles import article_from_text
from checker.engine import check_story
from checker.extract import quotes as Q
from checker.facts import ArticleFacts
from rules import attribution_drift, figures, quotes, unsourced
from source_helpers import _kinds, _sr401, _story


# --- 1. Sourcing read as far as every other extractor ---------------------------------------------
# Why it failed: quotes, speakers and attributions were analysed for an article's first 1,500
# sentences (or 120,000 characters) only, while dates and figures were read up to the 5,000
# sentence cap; a misquote or an unsourced claim past that point vanished with no `partial`
# error. The per-sentence work is bounded, so the sourcing now reads the same 5,000 sentences;
# a cut that remains (a flood of marks or quotations) is reported through limits_reached.
_QUOTE = "\n\n“The ferry will {} sail in this weather,” said harbour master Lena Ostrova.\n\n" \
         "Insiders said 40 passengers were stranded.\n"


def _long(n: int, line: str = "The gulls circled over the jetty on morning number {}.") -> str:
    return "\n".join(line.format(i) for i in range(n))


def _check(a: str, b: str):
    arts = [article_from_text(f"Published {3 + k} May 2024\n\nFerry halted\n\n" + t, f"s/{c}.txt", "s")
            for k, (c, t) in enumerate((("a", a), ("b", b)))]
    return check_story("s", arts, (quotes.RULE, unsourced.RULE))


def test_quote_and_unsourced_claim_after_2500_sentences_are_read():
    found = _check(_long(2500) + _QUOTE.format("not"), _QUOTE.format("never"))
    assert "contradiction" in _kinds(found, "QT301")
    assert [f for f in found if f.code == "SR401" and any(c.path == "s/a.txt" for c in f.claims)]


def test_quote_after_a_first_line_of_150000_characters_is_read():
    first = " ".join("Wave {} broke on the sea wall below the old harbour lighthouse.".format(i) for i in range(3000))
    assert len(first) > 150_000
    found = _check(first + _QUOTE.format("not"), _QUOTE.format("never"))
    assert "contradiction" in _kinds(found, "QT301")


def test_sourcing_cut_is_reported_as_partial(monkeypatch):
    monkeypatch.setattr(Q, "MAX_QUOTES", 50)
    text = _long(300, "“Row {} is full,” the steward said.") + _QUOTE.format("not")
    facts = ArticleFacts(article_from_text("Published 3 May 2024\n\nFerry halted\n\n" + text, "a.txt", "s"))
    assert facts.quotes
    msgs = facts.limits_reached()
    assert any("quotes, speakers and sources" in m for m in msgs)


def test_no_partial_for_a_story_read_whole():
    facts = ArticleFacts(article_from_text("Published 3 May 2024\n\nFerry halted\n\n" + _long(2000) + _QUOTE.format("not"),
                                           "a.txt", "s"))
    assert facts.quotes and facts.attributions
    assert not any("quotes, speakers" in m for m in facts.limits_reached())


# --- 2. SR402: a statement with a lead-in, a named publisher's document, a trimmed retelling ----
# Why it failed: (a) a live blog's lead-in before a colon ("A quick recap: ...") was read as part
# of the statement, so it matched no other telling; (b) "according to council records" / "a
# report by the X Council" was evidence "any body may cite" and never drift, though its publisher
# is named; (c) a retelling that names the subject by description ("the operator" for the named
# firm) and leaves out a modifier or two matched nothing (too many words changed).
def _drift(*texts):
    return _kinds(_story(*texts, rules=(figures.RULE, attribution_drift.RULE)), "SR402")


def test_live_blog_lead_in_is_cut():
    assert _drift("The regional health board said the vaccine fridge had been left unplugged by a cleaning contractor overnight.",
                  "For readers just tuning in: the vaccine fridge had been left unplugged by a cleaning contractor overnight.") == ["contradiction"]
    assert _drift("The rail regulator said the signal cable had been cut by thieves near the depot at night.",
                  "Background: the signal cable had been cut by thieves near the depot at night.") == ["contradiction"]


def test_a_lead_in_with_a_verb_is_kept():
    # "Two depots were closed: ..." is a statement of its own, not a lead-in
    assert _drift("The rail regulator said the signal cable had been cut by thieves near the depot at night.",
                  "Two depots were closed: the signal cable had been cut by thieves near the depot at night.") == []


def test_named_publishers_document_drifts():
    assert _drift("The ferry operator received £2m in harbour subsidies in 2020, according to county council records.",
                  "The ferry operator received £2m in harbour subsidies in 2020.") == ["contradiction"]
    assert _drift("The hospital trust was fined twice for hygiene failures before the outbreak, according to a report by the health inspectorate.",
                  "Patient groups claim the hospital trust was fined twice for hygiene failures before the outbreak.") == ["contradiction"]


def test_records_without_publisher_or_as_the_retelling_stay_silent():
    assert _drift("The ferry operator received large harbour subsidies in the years before the crash, according to records.",
                  "The ferry operator received large harbour subsidies in the years before the crash.") == []
    assert _drift("The dam had not been inspected internally since 2015, the regulator said.",
                  "The dam had not been inspected internally since 2015, according to the operator's own records.") == []


def test_trimmed_retelling_with_a_description_for_the_name():
    assert _drift("Harbour Ferries was warned about the state of the north pier in 2021, according to a report by the port authority.",
                  "Campaigners say the operator was warned about the north pier in 2021.") == ["contradiction"]
    assert _drift("Velden Chemicals had been told about the leaking storage tank at its river site, the environment agency said.",
                  "The company had been told about the leaking tank at its river site.") == ["contradiction"]


def test_trimmed_retelling_that_narrows_or_negates_stays_silent():
    assert _drift("Harbour Ferries was warned about the state of the north pier in 2021, the port authority said.",
                  "The operator was only warned about the north pier in 2021.") == []
    assert _drift("Harbour Ferries was warned about the state of the north pier in 2021, the port authority said.",
                  "The operator was never warned about the north pier in 2021.") == []
    # two named subjects are two bodies, not a retelling
    assert _drift("Harbour Ferries was warned about the state of the north pier in 2021, the port authority said.",
                  "Coastline Marine was warned about the north pier in 2021.") == []


# --- 3. SR401: people named only as "locals"; an outlet's own unnamed sourcing ---------------------
# Why it failed: "Locals say ..." was a named class of the public like "residents"; ", the
# Chronicle understands." and "We understand that ..." were no attribution at all (no verb of
# saying), so a check-worthy claim on the outlet's unnamed sources went unreported.
def _grades(text: str):
    return [f.topic for f in _sr401(text)]


def test_locals_are_a_vague_source():
    assert _grades("Locals say the ferry had not run on time since 1998.") == ["vague attribution"]
    assert _grades("Townspeople believe the mill will close in May with the loss of 80 jobs.") == ["vague attribution"]


def test_residents_and_named_locals_stay_named():
    assert _grades("Residents say the ferry had not run on time since 1998.") == []
    assert _grades("The locals say the ferry had not run on time since 1998.") == []


def test_outlet_understands_is_anonymous():
    assert _grades("It is the county's first measles outbreak since 2009, the Herald understands.") == ["anonymous attribution"]
    assert _grades("The club will sell its stadium for £40m, Valley Radio has learned.") == ["anonymous attribution"]
    assert _grades("The transfer fee was £12m, this newspaper can reveal.") == ["anonymous attribution"]
    assert _grades("We understand that the striker will leave the club in June for a fee of £12m.") == ["anonymous attribution"]


def test_an_institution_that_understands_is_no_outlet():
    assert _grades("The stadium was closed for a week, the Transport Ministry understands.") == []
    assert _grades("The minister understands that 40 families were affected.") != ["anonymous attribution"]


# --- 4. QT301: a colon quotation whose speaker stands in apposition -------------------------------
# Why it failed: "The utility's chief executive, Dr. X, has just spoken to us: “…”" gave the
# quotation no speaker: the name between commas (after a title) was not followed by its verb,
# so it was not taken as the clause's subject; the trimmed quotation then matched nothing.
def _speaker(text: str):
    facts = ArticleFacts(article_from_text("Published 1 March 2024\n\nA headline for the test\n\n" + text, "a.txt", "s"))
    return [q.speaker.tokens[-1] if q.speaker else None for q in facts.quotes]


def test_appositive_speaker_before_a_colon():
    assert _speaker("The airport's operations director, Dr. Selma Okafor-Lind, has just spoken to us: "
                    "“Every flight will leave as planned tomorrow.”") == ["okafor-lind"]
    assert _speaker("The orchestra's conductor, Pavel Hrubes, was candid: “We were not ready for the tour.”") == ["hrubes"]


def test_appositive_institution_is_no_speaker():
    assert _speaker("The club's owners, Harbour Holdings, issued a statement: “We were not good enough.”") == [None]


def test_trimmed_quote_agrees_across_name_forms():
    found = _story("The airport's operations director, Dr. Selma Okafor-Lind, has just spoken to us: "
                   "“Every flight will leave as planned, because the runway repairs are finished.”",
                   "“Every flight will leave as planned,” Okafor Lind told the Courier.")
    assert "agreement" in _kinds(found, "QT301") and "contradiction" not in _kinds(found, "QT301")


# --- 5. SR402: a figure's statement retold with another verb of the same event class ---------------
# Why it failed: "received £4m" / "pocketed £4m" changed a verb, so the two tellings were two
# statements. With the number the same and one word swapped for a verb of the same counted-event
# class (checker/vocab/numbers.py EVENT_CLASSES), they are one statement.
def test_same_event_class_verb_swap():
    assert _drift("The ferry operator received £2m in harbour subsidies in 2020, the transport ministry said.",
                  "The ferry operator pocketed £2m in harbour subsidies in 2020.") == ["contradiction"]
    assert _drift("The storm destroyed 30 holiday chalets along the coast road, the fire service said.",
                  "The storm razed 30 holiday chalets along the coast road.") == ["contradiction"]


def test_other_event_class_or_no_number_stays_silent():
    assert _drift("The ferry operator received £2m in harbour subsidies in 2020, the transport ministry said.",
                  "The ferry operator paid £2m in harbour subsidies in 2020.") == []
    assert _drift("The ferry operator received large harbour subsidies before the crash, the transport ministry said.",
                  "The ferry operator pocketed large harbour subsidies before the crash.") == []

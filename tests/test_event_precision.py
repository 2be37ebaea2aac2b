"""Event dates (DT101) precision on unseen stories: two different facts aligned as one.

Why the mechanism aligned two different facts in holdout7, and the structure the fix reads:

1. "Governor X claimed victory in the regional election on Monday": the date follows the
   event word, but the clause's verb is a speech or stance verb with its own object
   ("claimed victory", "conceded defeat", "admitted fault") and the event sits in a
   prepositional phrase of that object: the date is the claim's, not the election's.
   "Officials said the election on Sunday was calm" (the event is the verb's object) still
   dates the election.
2. "The recall covers tins produced from January 3 to January 31": a past participle right
   before the date after a noun other than the event word ("tins produced", "cars built",
   "ballots cast") is a reduced relative clause: the date is that noun's, not the recall's.
   "The recall announced on February 8" (the participle follows the event word) still
   dates the recall.
3. "Three days after the April 14 semi-final" and "Refunds for the semi-final began on
   April 24": the clause path aligned them on the one word they share, which in the second
   clause sits in a prepositional phrase after its subject's head ("Refunds for the
   semi-final", "The inquiry into the collapse"). A clause whose shared words all sit after
   its subject's head, a head the other clause does not name, is about that head.
4. "The semi-final was finally replayed at a neutral ground on May 20": a repeat ("replayed",
   "rerun", "resit", "rematch") is another sitting, never aligned by words with a clause
   that is no repeat.
"""
import pytest

from event_helpers import _findings, _has, _silent


# --- 1. a stance verb's object holds the event: the date is the claim's ------------------
STANCE_SILENT = [
    # election: victory claimed the day after the vote
    {"a.txt": "Published Tuesday 14 October 2025\n\nThe mayor claimed victory in the municipal election on Monday, but her rival refused to concede.",
     "b.txt": "Published 15 October 2025\n\nThe mayor led after the October 12 election, the commission said."},
    # strike: the union declared victory in the strike later
    {"a.txt": "Published Friday 9 May 2025\n\nThe union claimed success in the rail strike on Thursday.",
     "b.txt": "Published 10 May 2025\n\nThe rail strike on May 5 halted every train."},
    # court: a lawyer denied wrongdoing in the fraud trial
    {"a.txt": "Published Wednesday 12 March 2025\n\nThe banker's lawyer denied any role in the fraud trial on Tuesday.",
     "b.txt": "Published 13 March 2025\n\nThe fraud trial on March 3 drew crowds."},
    # sport: a club admitted fault in the crush
    {"a.txt": "Published Thursday 20 April 2023\n\nThe club admitted fault over the crush on Wednesday.",
     "b.txt": "Published 21 April 2023\n\nThe crush on April 15 killed nine."},
]

STANCE_HITS = [
    # the event is the speech verb's object: it is still dated
    ({"a.txt": "Published 14 October 2025\n\nObservers said the election on October 12 was calm.",
      "b.txt": "Published 15 October 2025\n\nThe October 11 election passed without incident."},
     "contradiction", ("October 12", "October 11")),
    # no stance verb: "died in the explosion on Saturday" dates the explosion
    ({"a.txt": "Published Sunday 16 April 2023\n\nTwo miners died in the explosion on Saturday.",
      "b.txt": "Published 20 April 2023\n\nThe explosion on April 14 shook the town."},
     "contradiction", ("on Saturday", "April 14")),
    # an election won on the day
    ({"a.txt": "Published 14 October 2025\n\nThe mayor won the election on October 12.",
      "b.txt": "Published 15 October 2025\n\nThe election on October 11 was close."},
     "contradiction", ("October 12", "October 11")),
]


@pytest.mark.parametrize("articles", STANCE_SILENT)
def test_stance_verb_dates_the_claim_not_the_event(articles):
    assert _silent(articles), _findings(articles)


@pytest.mark.parametrize("articles,kind,quotes", STANCE_HITS)
def test_event_object_of_speech_still_dated(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


# --- 2. a reduced relative clause before the date: that noun's date ---------------------
PARTICIPLE_SILENT = [
    # recall: production dates of the recalled goods
    {"a.txt": "Published 12 February 2024\n\nThe recall covers tins produced from January 3 to January 31.",
     "b.txt": "Published 13 February 2024\n\nThe recall on February 9 was the largest in years."},
    # cars: a recall of cars built in a period
    {"a.txt": "Published 12 February 2025\n\nThe recall affects cars built between March 3 and March 28, 2023.",
     "b.txt": "Published 20 February 2025\n\nThe recall began on February 10."},
    # election: a recount of ballots cast on election day
    {"a.txt": "Published 20 October 2025\n\nThe recount covers ballots cast on October 12 in three districts.",
     "b.txt": "Published 21 October 2025\n\nThe recount began on October 20."},
    # fraud trial: transactions made in a period
    {"a.txt": "Published 20 May 2025\n\nThe trial concerns payments made from March 1 to March 9, 2021.",
     "b.txt": "Published 21 May 2025\n\nThe trial opened on May 12."},
]

PARTICIPLE_HITS = [
    # the participle follows the event word: the event's own date
    ({"a.txt": "Published 12 February 2024\n\nThe recall announced on February 8 covers all tins.",
      "b.txt": "Published 13 February 2024\n\nThe recall announced on February 9 covers all tins."},
     "contradiction", ("February 8", "February 9")),
    # a passive with an auxiliary: the subject's date
    ({"a.txt": "Published 20 October 2025\n\nThe recount was ordered on October 16.",
      "b.txt": "Published 21 October 2025\n\nThe recount was ordered on October 17."},
     "contradiction", ("October 16", "October 17")),
]


@pytest.mark.parametrize("articles", PARTICIPLE_SILENT)
def test_reduced_relative_dates_its_noun(articles):
    assert _silent(articles), _findings(articles)


@pytest.mark.parametrize("articles,kind,quotes", PARTICIPLE_HITS)
def test_participle_of_the_event_still_dated(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


# --- 3. a phrase after another head -----------------------------------------------------
CLAUSE_SILENT = [
    # sport: refunds for the semi-final are not the semi-final
    {"a.txt": "Published 18 April 2023\n\nThree days after the April 14 semi-final, the city mourned.",
     "b.txt": "Published 25 April 2023\n\nRefunds for the semi-final began on April 24, the club said."},
    # flood: compensation claims for the flash-flood
    {"a.txt": "Published 9 June 2024\n\nTwo weeks after the May 25 flash-flood, the town is still cleaning up.",
     "b.txt": "Published 20 June 2024\n\nClaims for the flash-flood opened on June 10."},
    # factory fire: the inquiry into the warehouse blaze-up
    {"a.txt": "Published 9 June 2024\n\nDays after the June 2 roof-collapse, workers returned.",
     "b.txt": "Published 20 June 2024\n\nThe inquiry into the roof-collapse opened on June 18."},
    # transfer: tickets for the tour are not the tour
    {"a.txt": "Published 2 August 2024\n\nAfter the July 20 pre-season friendly, the striker left.",
     "b.txt": "Published 9 August 2024\n\nTickets for the pre-season tour went on sale on July 28."},
]

CLAUSE_HITS = [
    # two real shared words besides the hyphenated one
    ({"a.txt": "Published 20 August 2024\n\nBottled water was handed out at the leisure centre from August 16 to 24, the company said.",
      "b.txt": "Published 28 August 2024\n\nBottled water was handed out at the leisure centre from August 16 to 22."},
     "contradiction", ("August 16 to 24", "August 16 to 22")),
    # the head noun itself is shared: the refunds in both
    ({"a.txt": "Published 25 April 2023\n\nRefunds for the cancelled semi-final began on April 24.",
      "b.txt": "Published 28 April 2023\n\nRefunds for the cancelled semi-final began on April 26."},
     "contradiction", ("April 24", "April 26")),
]


@pytest.mark.parametrize("articles", CLAUSE_SILENT)
def test_clause_alignment_needs_the_head(articles):
    assert _silent(articles), _findings(articles)


@pytest.mark.parametrize("articles,kind,quotes", CLAUSE_HITS)
def test_clause_alignment_still_reads_shared_words(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


# --- 4. a repeat is another sitting -----------------------------------------------------
REPEAT_SILENT = [
    {"a.txt": "Published 18 April 2023\n\nThree days after the April 14 cup semi-final at the old ground, the city mourned.",
     "b.txt": "Published 4 July 2023\n\nThe cup semi-final was finally replayed at the old ground on May 20."},
    # election: a rerun of the ballot
    {"a.txt": "Published 20 October 2025\n\nVoters in the northern district-council ballot went to the polls on October 12.",
     "b.txt": "Published 20 November 2025\n\nThe northern district-council ballot was rerun on November 16."},
    # exams: a resit
    {"a.txt": "Published 20 June 2025\n\nThe maths paper-two exam was sat at county schools on June 10.",
     "b.txt": "Published 1 July 2025\n\nThe maths paper-two exam resit at county schools was held on June 30."},
]


@pytest.mark.parametrize("articles", REPEAT_SILENT)
def test_repeat_is_not_the_first_sitting(articles):
    assert _silent(articles), _findings(articles)


# === Recall on holdout7, with the same structures ========================================
# 5. "The morning after the October 11 election, the corridors of the Korvala Regional
#    Electoral Commission were full of lawyers": the names of the main clause say what
#    happened next, not which election; a sentence-opening time phrase (a bound word before
#    the date, no verb) keeps only its own names.
# 6. "The crush, which campaigners say killed at least 12 people, happened on April 15": a
#    relative aside between commas holds no tally, like an appositive, and is neither the
#    clause's subject nor its verb ("The pile-up, which involved 40 cars, happened on").
# 7. "The recall covers tins produced from January 3 to January 31": the reduced relative is
#    the production of the tins, compared with "all tins ... produced at its plant from
#    January 3 to January 24".
TIME_PHRASE_HITS = [
    ({"a.txt": "Published 14 October 2025\n\nThe morning after the October 11 election, the corridors of the Ostrev Electoral Commission were full of lawyers.",
      "b.txt": "Published 17 October 2025\n\nGovernor Ana Varga led after the October 12 election, according to the count."},
     "contradiction", ("October 11", "October 12")),
    # factory blast: the council named in the main clause
    ({"a.txt": "Published 16 June 2024\n\nTwo weeks after the June 2 explosion, the Kessel Valley council opened a relief fund.",
      "b.txt": "Published 18 June 2024\n\nWorkers at the Miller plant were hurt in the June 3 explosion."},
     "contradiction", ("June 2", "June 3")),
    # court: the firm named in the main clause
    ({"a.txt": "Published 10 March 2025\n\nA day after the March 3 verdict, lawyers for Acme Freight filed an appeal.",
      "b.txt": "Published 12 March 2025\n\nJudge Ruth Olsen delivered the verdict on March 4 in the fraud trial."},
     "contradiction", ("March 3", "March 4")),
]

TIME_PHRASE_SILENT = [
    # a name inside the phrase still tells two elections apart
    {"a.txt": "Published 14 October 2025\n\nThe morning after the Ostrev election on October 11, lawyers filled the corridors.",
     "b.txt": "Published 17 October 2025\n\nThe Varna election on October 12 was calm."},
    # a fronted clause with a verb is not a bare time phrase: its names stay
    {"a.txt": "Published 10 March 2025\n\nAfter judges at the Harlow court gave the verdict on March 3, Acme Freight appealed.",
     "b.txt": "Published 12 March 2025\n\nJudges at the Denton court gave the verdict on March 4."},
]


@pytest.mark.parametrize("articles,kind,quotes", TIME_PHRASE_HITS)
def test_time_phrase_keeps_its_own_names(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


@pytest.mark.parametrize("articles", TIME_PHRASE_SILENT)
def test_time_phrase_names_still_separate(articles):
    assert _silent(articles), _findings(articles)


RELATIVE_ASIDE_HITS = [
    ({"a.txt": "Published 18 April 2023\n\nThree days after the April 14 cup-tie, the city is still in shock.",
      "b.txt": "Published 4 July 2023\n\nThe stampede, which campaigners say killed at least 12 people, happened on April 15 before the cup-tie."},
     "contradiction", ("April 14", "April 15")),
    # road crash: a relative aside with a count (the main path reads past it too)
    ({"a.txt": "Published 20 May 2025\n\nThe pile-up, which involved 40 cars, happened on the coast road on May 11.",
      "b.txt": "Published 22 May 2025\n\nThe pile-up happened on the coast road on May 12."},
     "contradiction", ("May 11", "May 12")),
]

RELATIVE_ASIDE_SILENT = [
    # the count is the clause's own: a day's tally, not a one-off fact
    {"a.txt": "Published 20 May 2025\n\nFirefighters rescued 40 workers from the depot on May 11.",
     "b.txt": "Published 22 May 2025\n\nFirefighters rescued 12 workers from the depot on May 12."},
]


@pytest.mark.parametrize("articles,kind,quotes", RELATIVE_ASIDE_HITS)
def test_relative_aside_holds_no_tally(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


@pytest.mark.parametrize("articles", RELATIVE_ASIDE_SILENT)
def test_clause_count_still_a_tally(articles):
    assert _silent(articles), _findings(articles)


PRODUCTION_HITS = [
    ({"a.txt": "Published 10 February 2024\n\nThe company recalled on Friday all tins of formula produced at its plant from January 3 to January 24.",
      "b.txt": "Published 14 February 2024\n\nThe recall covers tins produced from January 3 to January 31."},
     "contradiction", ("January 3 to January 24", "January 3 to January 31")),
    # cars built in a period, by two recalls' reports
    ({"a.txt": "Published 12 February 2025\n\nThe recall affects cars built from March 3 to March 28.",
      "b.txt": "Published 20 February 2025\n\nThe maker is recalling cars built from March 3 to March 30."},
     "contradiction", ("March 3 to March 28", "March 3 to March 30")),
]


@pytest.mark.parametrize("articles,kind,quotes", PRODUCTION_HITS)
def test_reduced_relative_is_its_own_fact(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


# 8. "declared a period of national mourning from April 17 to April 19" and "The national
#    mourning, which runs from April 17 to April 21": "a period of" only frames its "of"
#    complement, like "a state of emergency", so both are the mourning.
PERIOD_OF_HITS = [
    ({"a.txt": "Published 18 April 2023\n\nThe government declared a period of national mourning from April 17 to April 19.",
      "b.txt": "Published 21 April 2023\n\nThe national mourning, which runs from April 17 to April 21, is a sign of respect."},
     "contradiction", ("April 17 to April 19", "April 17 to April 21")),
    # health: a quarantine
    ({"a.txt": "Published 10 March 2025\n\nThe ministry imposed a period of quarantine from March 3 to March 16.",
      "b.txt": "Published 20 March 2025\n\nThe quarantine of the village, which ran from March 3 to March 13, was lifted early."},
     "contradiction", ("March 3 to March 16", "March 3 to March 13")),
    # government: a consultation
    ({"a.txt": "Published 10 March 2025\n\nThe council opened a period of consultation on the bypass from March 3 to March 31.",
      "b.txt": "Published 20 March 2025\n\nThe consultation on the bypass, which runs from March 3 to April 14, has drawn 900 replies."},
     "contradiction", ("March 3 to March 31", "March 3 to April 14")),
]

PERIOD_OF_QUIET = [
    # the same range: an agreement, never a contradiction
    {"a.txt": "Published 18 April 2023\n\nThe government declared a period of national mourning from April 17 to April 19.",
     "b.txt": "Published 21 April 2023\n\nThe national mourning, which runs from April 17 to April 19, is a sign of respect."},
    # two different complements stay apart
    {"a.txt": "Published 10 March 2025\n\nThe ministry imposed a period of quarantine from March 3 to March 16.",
     "b.txt": "Published 20 March 2025\n\nThe curfew in the village, which ran from March 3 to March 13, was lifted early."},
]


@pytest.mark.parametrize("articles,kind,quotes", PERIOD_OF_HITS)
def test_period_of_is_its_complement(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


@pytest.mark.parametrize("articles", PERIOD_OF_QUIET)
def test_period_of_near_misses(articles):
    assert _silent(articles), _findings(articles)


# 9. "The recount, from October 20 to October 26, will be the first recount ...": a range
#    between commas right after a sentence-opening noun phrase labels that noun, like "The
#    recount (Oct 20-26)", and is compared with "The recount will run from October 20 to 24".
APPOSED_HITS = [
    ({"a.txt": "Published 17 October 2025\n\nThe recount will run from October 20 to October 24 at the sports hall.",
      "b.txt": "Published 18 October 2025\n\nThe recount, from October 20 to October 26, will be the first in the region since 2013."},
     "contradiction", ("October 20 to October 24", "October 20 to October 26")),
    # transport: a closure of a road
    ({"a.txt": "Published 1 June 2025\n\nThe resurfacing will run from June 3 to June 9 on the ring road.",
      "b.txt": "Published 2 June 2025\n\nThe resurfacing, from June 3 to June 12, will close two lanes."},
     "contradiction", ("June 3 to June 9", "June 3 to June 12")),
    # fraud: an audit
    ({"a.txt": "Published 10 March 2025\n\nThe audit ran from March 1 to March 5 at the head office.",
      "b.txt": "Published 12 March 2025\n\nThe audit, from March 1 to March 8, found gaps in the ledgers."},
     "contradiction", ("March 1 to March 5", "March 1 to March 8")),
]

APPOSED_QUIET = [
    # the same range agrees
    {"a.txt": "Published 10 March 2025\n\nThe audit ran from March 1 to March 5 at the head office.",
     "b.txt": "Published 12 March 2025\n\nThe audit, from March 1 to March 5, found gaps in the ledgers."},
    # a range after a clause is no label of the sentence's first noun
    {"a.txt": "Published 1 June 2025\n\nThe resurfacing will run from June 3 to June 9 on the ring road.",
     "b.txt": "Published 2 June 2025\n\nThe resurfacing crews faced delays, from June 3 to June 12, on the ring road."},
    # a person is no event: a name's whereabouts are not compared with an event's range
    {"a.txt": "Published 1 June 2025\n\nThe resurfacing will run from June 3 to June 9 on the ring road.",
     "b.txt": "Published 2 June 2025\n\nThe mayor, from June 3 to June 12, was abroad."},
]


@pytest.mark.parametrize("articles,kind,quotes", APPOSED_HITS)
def test_apposed_range_labels_its_noun(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


@pytest.mark.parametrize("articles", APPOSED_QUIET)
def test_apposed_range_near_misses(articles):
    assert _silent(articles), _findings(articles)


# 10. "The recall announced on February 8" and "the February 9 recall": a recall (or a
#     verdict) happens when it is announced, so its announcement date and its own date are
#     one day; other announcements ("announced the strike on May 2") stay apart.
SELF_ANNOUNCED_HITS = [
    ({"a.txt": "Published 12 February 2024\n\nThe recall announced on February 8 covers more than 1 million tins.",
      "b.txt": "Published 6 March 2024\n\nThe authority published its tests three weeks after the February 9 recall."},
     "contradiction", ("February 8", "February 9")),
    # cars
    ({"a.txt": "Published 12 February 2025\n\nThe maker announced the recall on February 11.",
      "b.txt": "Published 20 February 2025\n\nOwners learned of the February 12 recall from the news."},
     "contradiction", ("February 11", "February 12")),
    # court: a verdict
    ({"a.txt": "Published 12 March 2025\n\nThe verdict announced on March 3 surprised the defence.",
      "b.txt": "Published 20 March 2025\n\nLawyers have appealed against the March 4 verdict."},
     "contradiction", ("March 3", "March 4")),
]

SELF_ANNOUNCED_QUIET = [
    # a strike is announced before it happens
    {"a.txt": "Published 12 May 2025\n\nThe union announced the strike on May 2.",
     "b.txt": "Published 20 May 2025\n\nTrains stopped during the May 9 strike."},
    # the same day agrees
    {"a.txt": "Published 12 February 2024\n\nThe recall announced on February 9 covers more than 1 million tins.",
     "b.txt": "Published 6 March 2024\n\nThe authority published its tests three weeks after the February 9 recall."},
]


@pytest.mark.parametrize("articles,kind,quotes", SELF_ANNOUNCED_HITS)
def test_self_announced_event_is_its_announcement(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)


@pytest.mark.parametrize("articles", SELF_ANNOUNCED_QUIET)
def test_announcement_near_misses(articles):
    assert _silent(articles), _findings(articles)


# 11. "The government has ordered an independent inquiry into Saturday's crush" and "The
#     government ordered an independent inquiry on April 17": a date between a determiner
#     (or with a possessive) and its noun dates that noun only, never the clause's verb; the
#     clause path reads only the noun phrase, and the verb-and-noun frame none.
PREMODIFIER_SILENT = [
    {"a.txt": "Published Tuesday 18 April 2023\n\nThe government has ordered an independent inquiry into Saturday's crush at the stadium.",
     "b.txt": "Published 20 April 2023\n\nThe government ordered an independent inquiry on April 17."},
    # landslip: a fund opened after it
    {"a.txt": "Published Tuesday 18 April 2023\n\nThe council opened an emergency fund after Saturday's landslip on the coast road.",
     "b.txt": "Published 20 April 2023\n\nThe council opened an emergency fund on April 17."},
    # road crash: the examination of its wreckage
    {"a.txt": "Published Tuesday 18 April 2023\n\nInvestigators began examining the wreckage of the April 14 pile-up on the motorway.",
     "b.txt": "Published 20 April 2023\n\nInvestigators began examining the wreckage on April 16."},
]

PREMODIFIER_HITS = [
    # the noun phrase itself is the fact
    ({"a.txt": "Published 18 April 2023\n\nThe city mourned three days after the April 14 cup semi-final.",
      "b.txt": "Published 20 April 2023\n\nThe cup semi-final was played on April 15."},
     "contradiction", ("April 14", "April 15")),
    # a vocabulary event after a possessive still dates it
    ({"a.txt": "Published Monday 13 October 2025\n\nThe mayor finished ahead in Sunday's vote.",
      "b.txt": "Published 14 October 2025\n\nThe morning after the October 11 election, lawyers filled the corridors."},
     "contradiction", ("Sunday's", "October 11")),
]


@pytest.mark.parametrize("articles", PREMODIFIER_SILENT)
def test_premodifying_date_dates_its_noun_only(articles):
    assert _silent(articles), _findings(articles)


@pytest.mark.parametrize("articles,kind,quotes", PREMODIFIER_HITS)
def test_premodifying_date_still_dates_its_noun(articles, kind, quotes):
    assert _has(articles, kind, *quotes), _findings(articles)

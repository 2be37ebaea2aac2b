"""Figures: numbers that count the same thing must be compatible across articles.

What: every figure (a count, an amount of money, a percentage, a prison term) is read as
an interval with its hedge ("at least 140" = [140, inf), "nearly 8,000" = [7200, 8000),
"some 12,500" = 12,500 +- 10%) and aligned with the figures of the other articles that
count the same thing: the same head noun after normalisation (case, plural and spelling
variants such as Uighur/Uyghur/Uygur) and the same event (died/killed, injured, missing,
displaced, destroyed, damaged, detained, sold, recalled...), in the same unit. Aligned
figures whose intervals overlap are an agreement (hedge differences are noted); figures
whose intervals cannot overlap are a contradiction: "143 people died" against "more than
200 people died", "nearly 8,000 displaced" against "at least 12,000 displaced".

Why: tolls, counts and amounts are what readers quote; a figure that changes between
outlets needs an editor's attention, and a hedge ("at least", "some") is part of it.

Never compared: figures that count different things ("suspected cases" and "deaths",
"destroyed homes" and "damaged homes"); years, dates, ages, clock times; figures in a
denial or a negation ("denied that 200 died", "no deaths"). Forecasts ("could rise to
500"), changed values ("the margin narrowed to 3,870"), baselines ("up from 40") and
figures with an ambiguous separator ("3.400") are never reported as contradictions.

Tallies that only grow (deaths, injured, cases, infections, people ill, samples tested,
arrests, evacuated, complaints, signatures, pledges...): when both articles are dated on
different days, a larger figure in the LATER article is an update, not a contradiction, and
nothing is said ("31 dead" on 5 August, "44 dead" on 13 August; "148 samples tested" then
"has now tested more than 300"). The injured of one event are an update only when one of
the two sentences says the count is still open ("have been injured", "so far", "by Monday
night", "a total of"): "nearly 20 passengers were hurt" then "at least 31 passengers were
injured in the collision" is a contradiction. A death toll that rises is always an update. A smaller figure later, two figures of the same
day, or an undated article are compared as usual. A rise that a later article takes back is
no update: "eleven died" (7 October), "more than 20 died" (9 October), "eleven died" (25
October) reports the first two as a contradiction; a running tally ("a total of 57", "have
died") and an earlier figure below every later one ("6,000 ha", "21,000", "14,500") stay
updates.

A percentage with no noun has an unknown base: "94% of those who voted were in favour" is
never the turnout ("Turnout in the ballot was under 50 percent" is). A membership ("represents
more than 60,000 teachers", "which has 9,000 members") is a stock, never compared with a crowd
("told several thousand teachers"). A capacity ("licensed to carry 180 passengers", "a
capacity of 500") is compared only with capacities, never with the people aboard. The noun
pay ("the average teacher's pay at 40,000 crowns a month") is earnings; earnings a month and a
year are never compared. "A pay rise of 6%" is the offer itself (not a changed value); an
offer that replaced another ("the improved offer of 8 percent", "a revised offer") never
contradicts the first. An "about" figure written to the unit is nearer than a round one:
"some 215" is 215 +- 5%, "some 200" 200 +- 10%.

Pledges ("pledged at least $400 million", "pledges worth nearly $300 million from the bank")
are compared only when both sentences name the same giver (a capitalised name that is not
after "to", "in", "for"...). A team sent, dispatched or deployed counts even when small ("sent
a team of five investigators" against "sent at least 12 investigators").

A figure whose clause names another time ("more than 200 died in the 2011 epidemic", "In
2017, a fire destroyed 300 homes", "last year's outbreak", "the previous fire", "That
epidemic, which lasted a season, killed more than 200", "remember that one well: 230 people fell
ill") counts another event: it is
compared only with figures anchored on the same time. A forecast ("could face a fine of up
to 20 million") is never compared with a dated figure.

A figure that names no event ("No fewer than 1,200 households drew their water from the
borehole") is compared with the figures of the same noun when the story gives that noun one
event only ("a borehole that supplied close to 900 households") and the two sentences share
a content word outside the noun phrase; a stock ("which has 2.1 million customers") never.
"The personal details of 640,000 customers" counts customers affected; "the account
numbers of 41,000 customers" a narrower set. A penalty in money is the fine. A year equal to
the publication year is the current event. A one-off amount keeps its year ("fined 1.8
million euros in 2021") and still meets an undated "a 1.3 million euro fine".

One thing under several names is one count: households, houses and homes; the customers or
properties of a utility cut off (homes); "rescue workers", "people taking part in the rescue"
and rescuers; police officers and police; troops and soldiers; employees, staff and workers;
students, pupils and candidates only when the figure says what they sat ("the paper, sat by
84,312 candidates" and "more than 100,000 students sat the paper"). People who "joined the
rescue" are rescuers, never the rescued; a list ("9,000 rescue workers, soldiers and police
officers", "homes and businesses") counts its union, filed under its first noun: a part larger
than the union contradicts it ("some 400 homes and businesses" / "more than 2,000 homes"), a part
that overlaps it agrees, a smaller part says nothing.

"Jailed for 10 years", "12 years in jail" and "a sentence of 14 years" are one prison term (a
suspended sentence, a ban and "faces 12 years" are not). A means or agent after the event
verb names a subset: "60 were rescued by helicopter" is not "85 rescued", "killed by police"
not the whole toll (a cause is no means: "killed by the quake").

A figure that names no event is narrowed by what the people did to what: "the paper, sat by
84,312 candidates", "12,000 students sat the exam" and "more than 100,000 candidates had their
mathematics paper annulled" count the candidates of the paper; another verb on the same
object ("boycotted the exam") or on a plural one ("had their savings frozen" and "... wiped
out") is another count. "With <condition>" after a care count is why, not who ("admitted
1,240 people with heat-related illness" is "1,500 were admitted to hospital").

What is LEFT is never the peak: "Some 20,000 homes were still without power", "12 remain
missing", "the remaining 300", "power has yet to be restored to 20,000 homes", "continue to be
without" are compared only with other counts of what is left, never with "400,000 homes lost
power". Another time may also be named by an opening phrase ("During the 2003 heatwave, 48
people died"), a when-clause that the figure opens ("the worst since 2003, when 48 people
died"), "That year," / "That summer," or "Then," / "At the time," after a sentence naming a
year ("The river last flooded in 2010. Then, 300 homes ...").

Counts worded differently are one count (checker/vocab/counts.py): travellers and passengers,
cars and vehicles, posts and jobs, spectators and fans, shops and stores, demonstrators and
protesters; votes or seats "received" or "taken" are "won". What the figure's clause says around
it keeps counts apart: a rate ("40,000 passengers a day", "1,200 jobs a year") never meets a
count; a capacity ("the stadium holds 52,000 spectators", "the hall can hold 2,500") is compared
only with capacities; one day's count ("cancelled 300 flights on Monday", "On Monday, ...") never
meets a running tally ("has cancelled 4,000 since the strike began"), and two named days are two
counts ("on Friday", "on Saturday"; "March 3" and "3 March" are one day; a day that dates the
saying, "officials said on Monday", is not the count's); two winners are two counts ("the ruling
party won 41%", "the opposition won 35 percent"; "the Green candidate", "the Liberal candidate");
"worldwide" never meets a count scoped to a place ("in the United States"). Small counts of
incidents and tolls are tallies ("aware of 2 crashes", "two deaths"); other small counts are not.
Jobs cut are one count however worded: "will lay off 1,200 workers", "will shed 3,000 jobs",
"3,000 job cuts", "1,200 workers will lose their jobs" ("employs 1,200 workers" is not).
A ratio is a share: "two in five members", "one in three homes", "three out of every ten voters"
are about 40%, 33%, 30% of what the second number counts ("3 in 10 minutes" is no share).

A figure inside a place phrase counts the places of the word the phrase hangs on: "tally sheets
from all 612 polling stations", "the party's observers in 140 polling stations" and "present in 212
polling stations" are three sets; "ballots from 37 stations" and "recount the ballots in at least 40
stations" are one. "Officials in two stations destroyed spoiled ballots" counts the stations where
it happened, not stations destroyed (a past verb with an object is active: "300 soldiers killed 12
civilians"). A higher toll in a LATER article is no update when a side gives it ("which campaigners
say killed at least 12", relatives, a party) against another kind of source, or when it only goes
back to an earlier article's figure ("14 fell ill", then "fewer than ten", then "14"). "Cases of
illness" are the people of the one group that fell ill; babies are infants; "one infant died" is a
toll; "41,200 people were inside the ground" is one count of who was there; "the match was stopped
after 14 minutes" and "after 21 minutes" are one duration (same thing, same verb, same unit).

A contradiction is reported per pair of articles: "84,312" in two articles against "more than
100,000" in a third is two findings, never one that seems to set the two agreeing articles
against each other. Past eight articles, it stays one finding, side against side.

A substance that got out is one event whatever the verb ("an estimated 4,000 barrels of crude had
escaped", "more than 6,000 barrels leaked into the river", "some 9,000 barrels entered the river",
"2 million litres of sewage were discharged"; barrels, litres, tonnes, kilograms); a rate ("carries
80,000 barrels a day"), a stock ("the tank held 600 tonnes") or what was recovered never meets it.
"Around 300 inmates took part" (no activity named) is in the activity the sentence before names
("The riot broke out ..."): it agrees with "at least 280 took part in the riot" and may contradict
it, never a count of another activity ("took part in the talks"). People "moved to other prisons"
or "transferred" are one growing tally ("moved back home" and "returned" are another count). An
amount with no noun ("Compensation claims could reach an estimated 30 million euros") is the
story's one named amount whose noun its clause names ("put the cost of compensation at ...");
"put the number of injured officers at 17" counts officers. A later, higher toll from a source the
story describes as a side ("the Safe Bottles Network, a parents' group") is a dispute, not an
update.

A rate may run on after its period ("about 1.5 million crowns a day in lost trade" is a rate, never
the repair cost; "spent a day in talks", "a year in prison" are times). A typical period is a rate
too ("cross the bridge on an ordinary weekday", "On a normal day, ..."), and a figure whose clause
names a stretch of time ("this year", "so far", "in 2023") is a total that never meets a rate, nor
does one occasion's count ("on Monday", "when the engine failed": one day may differ). Two
rates of one period with verbs of passing ("used the bridge", "crossed it") count one traffic when
what they pass is one thing. "Were moved out" are the evacuated, and places evacuated ("four
villages") never make "people" ambiguous between the story's groups of people. An area "of forest,
scrub and farmland" is the whole area, never one kind of land ("hectares of cork oak"). "That
covers more than 20 races" counts what the sentence before is about; "give up" and "forfeit" are one
act; context words compare whatever their ending ("cross", "crossed") when the sentences name no
different places.

What happened to a thing keeps its counts apart: "police recovered 12 of the stolen paintings"
is not what was stolen, and "found 14 of the stolen laptops" is a part of the stolen set (an
adjective inside "of the ..." names the whole); leaving with things is taking them ("made off with
300 laptops"). An insured amount is one fact however worded ("insured for some $3.1m", "an insured
value of", "valued for insurance at"), as is a depth ("at a depth of about 300 metres", "310
metres below the surface", "deep"). "Six men were arrested" are the story's one named group
arrested ("nine fans"), unless the story also counts women for it. A name before the noun ("62% of
Dunmore pupils") says which set, as "pupils at Dunmore" does; "has since been offered" does not end
the clause; "since 1994, when a slide killed eleven men" dates the figure the when-clause governs.
How long a named responder took to arrive is one duration ("officers arrived within eight minutes",
"it took police more than 25 minutes to arrive"; "within" is at most); two responders, or an
unnamed one, are never compared.

One count under several verbs: lost off a vessel is one event ("40 containers fell into the
water", "42 containers went overboard", "were lost overboard", "washed overboard"); a weighed
mass that came down is one ("40,000 tonnes of earth and rock fell onto the road", "38,000 tonnes
of material came down": earth, rock, rubble, debris... are one fallen mass for that event only);
"were caught in" and "stuck" are trapped; "impacted" and "disrupted" are affected. A plural noun
of an event class before a verb is what is counted ("480,000 payments failed"). An
organisation's holdings ("runs 210 branches", "operates 80 stores", "owns 12 hotels") are a
stock, never the ones an event touched ("opened 40 branches on Sunday"). An amount of money
"expected to cost" or "likely to come to" is the source's estimate and meets "will cost"
("could cost up to" stays a possibility, "now expected" a revision); "came to", "amounted to"
state a cost. What is left cannot be more than there ever was: "1,750 tonnes of bunker fuel
remain on board" contradicts "just under 1,200 tonnes of fuel oil were on board" and agrees
with "about 1,800 tonnes of heavy fuel oil" ("fuel oil" is fuel, "crude oil" is not); a smaller
count left says nothing. An action noun before "of <figure>" names the event whatever verb
follows ("the rescue of 40 miners took three days", "led to the destruction of 300 homes",
"the loss of some 40 containers"); "our two villages" (a speaker's own set) is never "four
villages were evacuated", while "its 900 employees" is the whole.

A noun the story counts once per article is one count, even with no event verb and no word in
common: "At least 340 libraries have shut their doors" and "Fewer than 120 libraries have stopped
lending" contradict; not when one article gives two figures of that noun ("a course taught by 40
teachers ... named 310 teachers"), nor when two different verbs say what the counted did ("500
students applied", "100 students completed it"), nor a rate, a stock, another time's or what is
left. Its verbs may differ when neither is a distinct stage (DISTINCT_STAGE_EVENTS): "Some 210
libraries reported closures" and "Fewer than 90 libraries were affected", "a barge transporting
2,000 tonnes of grain" and "holding 5,000 tonnes of grain" are one count; "damaged" and
"destroyed", "aboard" and "overboard" stay two. "Affected" takes in every narrower event: a
narrower count larger than it contradicts it, a smaller one says nothing. A measured
amount is what the noun before "of" names ("a jackpot of $4.1m", "gusts of up to 120 km/h",
"rainfall of 80 mm"; "a total of", "an area of" name nothing); "12 km of the Wendle" measures the
river, not the name; "£300,000 last week" has no noun. "had 70 dogs at the time of the raid" is a
count of that moment, not a stock. A live blog's label is the noun ("Libraries closed: at least
120"). People "told", "informed" or "sent letters telling them" something are the people notified
(a growing tally), whatever the message said ("were told they had won").

Known false positives: a tally that may fall (people in hospital, people detained) and
changed between two articles when the later article does not say it changed; a figure
whose noun is far from the number ("the dead, officials said, numbered 143") is not
aligned at all (a false negative, by design).
"""
from __future__ import annotations

import re
import weakref
from decimal import Decimal
from functools import lru_cache

from attrs import evolve, frozen

from checker import lazyre
from checker.align import MAX_PAIRWISE_ARTICLES, Item, Verdict, judge_group, names_match, proper_names
import datetime as _dt

from checker.extract.counted import ANY, PEOPLE, PERSON_EVENTS, Counted, carried_anchor, heads_match, singular
from checker.extract.numbers import Figure, overlaps
from checker.facts import StoryFacts
from checker.model import Claim
from checker.vocab.counts import MINOR_HEADS, SCHOOL_HEADS, IRREGULAR_CONTEXT_STEMS, JOB_GONE_PREDICATES, JOB_NOUNS, MEASURED_NOUNS
from checker.vocab.counts import (
    CAPACITY_AFTER_MODAL, CAPACITY_MODALS, CAPACITY_VERBS, JOB_CUT, JOB_CUT_AFTER, JOB_CUT_BEFORE, JOB_HEADS,
    RUNNING_MARKERS, ACQUIRE_EVENT, ACQUIRE_EVENTS, ACQUIRED_HEADS, COUNT_HEAD_SYNONYMS, PERSON_CASE_HEADS, GENERIC_PERSON_HEADS, RATE_ADVERBS, RATE_NOT_AFTER, RATE_NOT_AFTER_IN, RATE_NOT_BEFORE_IN, RATE_PERIODS,
    TYPICAL_PERIOD_ADJECTIVES, TYPICAL_PERIODS, PLACE_HEADS, PEOPLE_UNIT_HEADS, POPULATION_HEADS, TRAFFIC_VERBS,
    DEMONSTRATIVE_SUBJECTS, EXTENT_VERBS, FALLEN_MASS, FALLEN_MASS_HEADS, EXTENT_EVENT, EXTENT_NOUNS, EXTENT_UNITS, MONEY_HEAD_SYNONYMS,
)
from checker.vocab.records import INCIDENT_HEADS
from checker.vocab.time import EVENT_WORDS, MONTH_ALTERNATION, MONTHS
from checker.vocab.numbers import (
    DISTINCT_STAGE_EVENTS, SAME_FACT_EVENTS, UMBRELLA_EVENTS, IRREGULAR_PAST, ABOUT_TOLERANCE, AREA_UNITS, CUMULATIVE_EVENTS, CUMULATIVE_HEADS, ROLE_TALLY_HEADS, BARE_MEASURE_UNITS, DISPATCH_VERBS, GIVER_EVENTS, HARM_EVENTS, NOT_HEAD, ONE_OFF_EVENTS,
    PLACE_EVENTS, UNIT_BASE, CONVERTED_TOLERANCE,
)
from rules.base import Example, Result, Rule

CODE = "NU201"
NAME = "figures"
# Sources that speak for a side (campaigners, families, a party): their higher toll later on is
# their own count, not the official tally updated.
ADVOCATE_SOURCES = frozenset(("ngo", "public", "political", "organisers"))
UNCOMPARABLE_MODALITIES = ("total", "increment", "baseline", "part")
NO_CONTRADICTION_MODALITIES = ("possible", "change")
NOT_LENT_EVENTS = frozenset(("capacity",))  # a limit is never the event of a bare "carrying 219"
MAX_PER_ARTICLE = 300  # comparable figures per article
# Small counts that are still tallies: incidents ("aware of 2 crashes") and what a toll counts
# ("two deaths"); other small counts ("the two sides", "seven defendants") are left out.
TALLY_HEADS = INCIDENT_HEADS | CUMULATIVE_HEADS


@frozen
class FigureClaim:
    claim: Claim
    figure: Figure
    counted: Counted
    published: _dt.date | None = None
    anchor: str | None = None  # the other time the figure belongs to, resolved ("2011", "previous")
    # Smaller figures of LATER articles: a rise that a later article takes back is no update.
    later_lower: tuple[Figure, ...] = ()
    renamed: bool = False  # the head is another name's (travellers -> passengers): lent no event
    # Larger figures of EARLIER articles: a later rise back to one of them is no update of this one.
    earlier_higher: tuple[Figure, ...] = ()
    activity: tuple[str, ...] = ()  # what "took part" figures took part in ("riot"), when said
    # The kind of a source of no category that the story describes elsewhere ("the Safe Bottles
    # Network, a parents' group" -> public): its later higher toll is a dispute, not an update.
    described: str | None = None
    # "That covers more than 20 races": the head of the sentence before's subject ("results"),
    # which governs the figure as "results from 14 races" does.
    antecedent: str | None = None
    # The story counts this noun (in this unit) once per article: "At least 340 pharmacies have
    # run out" in one, "About 350 pharmacies have no stock" in another. Two such figures with no
    # event count one thing even when their clauses share no word (_sole_heads).
    sole: bool = False
    # "At least 120 clinics and pharmacies": a list's union, filed under its first noun (head
    # "clinic"); never less than a part of it, compared only by _union_verdict.
    union: bool = False
    # "put the volume at up to 45m litres": a physical amount of no noun and no event, kept
    # because every article gives its unit one value (_bare_measures)
    measure: bool = False
    # The unit the figure was written in when ``figure`` holds it in its measure's base unit
    # ("2 tonnes" is held as 2,000 kg): two figures written in different units of one measure
    # are compared with CONVERTED_TOLERANCE for the rounding of a conversion.
    unit_from: str | None = None

    # What the figure's clause says around it, read only when two figures are compared (most
    # figures never are); memoised on the sentence and offsets.
    @property
    def frame(self) -> tuple:
        """(rate, day, winner): "40,000 passengers a day" (the period of a rate); the one day
        the clause names ("cancelled 300 flights on Monday"); who won ("the ruling party won 41%")."""
        return _frame(self.claim.text, self.figure.start, self.figure.end, self.counted.event == ACQUIRE_EVENT)

    @property
    def place(self) -> str | None:
        """ "400,000 vehicles in the United States": a place after a figure of no scope."""
        return _place(self.claim.text, self.figure.end) if self.counted.scope is None else None

    @property
    def cumulative(self) -> bool:
        c = self.counted
        if c.event in CUMULATIVE_EVENTS:
            return True
        heads = {c.head, singular(c.head_word or "")} & CUMULATIVE_HEADS
        return bool(heads - ROLE_TALLY_HEADS)


@frozen
class FigureGroup:
    """Figures of one story that count the same thing."""

    topic: str
    members: tuple[FigureClaim, ...]
    bare_topic: str | None = None  # the topic without the event, for figures that name none

    def topic_for(self, claims) -> str:
        """The topic of a finding: its event only when one of its figures states it (two
        bare "carrying 212 passengers" figures are not about the passengers rescued)."""
        if self.bare_topic is None:
            return self.topic
        chosen = set(claims)
        if any(m.counted.event for m in self.members if m.claim in chosen):
            return self.topic
        return self.bare_topic


def figure_claims(story: StoryFacts) -> list[FigureClaim]:
    out: list[FigureClaim] = []
    pending: list[FigureClaim] = []  # amounts with no noun and no event
    measures: list[FigureClaim] = []  # physical amounts with no noun and no event
    for facts in story.articles:
        n = 0
        pub = facts.article.published
        previous = ""
        for sent, figs in zip(facts.sentences, facts.figures):
            if n >= MAX_PER_ARTICLE:
                break  # a table or a data dump, not prose: alignment would be quadratic
            if figs and (" in " in sent.text or "out of" in sent.text):
                figs = _ratios(sent.text, figs)  # "two in five members": a share
            carried = carried_anchor(sent.text, previous) if figs and previous else None
            before, previous = previous, sent.text
            for f in figs:
                c = f.counted
                if c is not None and c.head is None and c.union and c.asserted and not c.modality:
                    union = _union_claim(facts, sent, f, c, pub, carried)
                    if union is not None:
                        out.append(union)
                        n += 1
                    continue
                if c is not None and c.modality == "total" and c.head not in (None, ANY, PEOPLE, "") and c.asserted:
                    # "three of 40 samples": the whole (40) is aligned only with the wholes of
                    # the same noun, and only ever agrees (compatible): two articles' wholes
                    # may be two different sets
                    c = evolve(c, qualifiers=(*c.qualifiers, "whole"))
                    f = f.with_counted(c)
                elif c is None or c.head is None or not c.asserted or c.modality in UNCOMPARABLE_MODALITIES:
                    continue
                if c.head in EXTENT_NOUNS and (f.unit or "") in EXTENT_UNITS and c.event != EXTENT_EVENT:
                    c = evolve(c, event=EXTENT_EVENT)  # "a 2km exclusion zone", "within a 3-mile radius"
                    f = f.with_counted(c)
                if (c.event not in ("size", "lasted") and f.unit and sent.text[f.num_end:f.num_end + 1] == "-"
                        and not _MONEY_UNIT.fullmatch(f.unit)):  # ("a 20,000-euro reward" is the reward)
                    continue  # "a 12-mile stretch was closed": which stretch is unknown, its size no count
                if c.head == "" and c.event is None and not c.having:
                    measured = _measured_subject(sent.text, f)
                    if measured is not None:
                        c = evolve(c, head=measured)  # "leakage is 90 million litres a day"
                        f = f.with_counted(c)
                if c.head in (ANY, PEOPLE, "") and c.event is None:
                    if c.head == "" and not c.having and _MONEY_UNIT.fullmatch(f.unit or ""):
                        # an amount of no noun: named by its clause's subject, maybe (_subject_heads)
                        pending.append(FigureClaim(facts.claim(sent, f.start, f.end, f.interval()), f, c, pub,
                                                   resolve_anchor(c.anchor or carried, pub)))
                    elif (c.head == "" and not c.having and not c.anchor and not carried and not c.qualifiers
                          and c.modality is None
                          and not c.scope and (f.unit or "") in BARE_MEASURE_UNITS and not f.ambiguous):
                        measures.append(FigureClaim(facts.claim(sent, f.start, f.end, f.interval()), f, c, pub,
                                                    None, measure=True))
                    continue  # "80,000 of them" with nothing said about them
                if (c.event in (None, "deployed") and f.hi is not None and f.hi < 10 and not f.unit
                        and sent.text[f.num_end:f.num_end + 1] != "-"  # ("a three-match ban" is one)
                        and c.head != "magnitude"  # (an earthquake's size is always small)
                        and DISPATCH_VERBS.isdisjoint(c.context) and c.head not in TALLY_HEADS):
                    continue  # "the two sides", "seven defendants": not a newsworthy tally ("2 crashes" is)

                raw = c
                f, c = _canonical(f, c, sent.text)
                if c.event == "arrived" and f.hedge in ("exact", "rounded"):
                    f = _within(f, sent.text)  # "arrived within eight minutes": at most eight
                renamed = c.head != raw.head
                if renamed and any(o is not f and o.counted is not None and o.counted.head not in (None, "", ANY, PEOPLE, raw.head)
                                   and o.counted.event == raw.event for o in figs):
                    # "120,000 cars and 30,000 vans": a part of the vehicles recalled, never "vehicles"
                    f, c, renamed = f.with_counted(raw), raw, False
                claim = facts.claim(sent, f.start, f.end, f.interval())
                activity = _activity(sent.text, f.end, before) if c.event == "participated" else ()
                antecedent = None
                if c.event is None and before and _EXTENT_OPENING.match(sent.text, 0, f.start):
                    got = _antecedent(before)
                    if got is not None:
                        antecedent, words = got
                        c = evolve(c, context=tuple(sorted({*c.context, *words})))
                        f = f.with_counted(c)
                out.append(FigureClaim(claim, f, c, pub, resolve_anchor(c.anchor or carried, pub), renamed=renamed,
                                       activity=activity, antecedent=antecedent))
                n += 1
    return [_in_base_unit(fc) for fc in _with_descriptions(story, out + _subject_heads(out, pending)
                                                            + _bare_measures(out, measures))]


_BASES = {u: (base, Decimal(factor)) for u, (base, factor) in UNIT_BASE.items()}
_CONVERTED = Decimal(CONVERTED_TOLERANCE)


def _in_base_unit(fc: FigureClaim) -> FigureClaim:
    """The figure in its measure's base unit ("400 kg" and "2 tonnes" both in kg), its quote
    and claim as written; the written unit kept in ``unit_from``."""
    f = fc.figure
    hit = _BASES.get(f.unit or "")
    if hit is None or hit[0] == f.unit:
        return fc
    base, k = hit
    g = evolve(f, value=f.value * k, lo=f.lo * k, hi=None if f.hi is None else f.hi * k, unit=base)
    return evolve(fc, figure=g, unit_from=f.unit)


def _widened(f: Figure) -> Figure:
    """A converted figure's interval widened by the rounding a conversion allows."""
    return evolve(f, lo=f.lo * (1 - _CONVERTED), hi=None if f.hi is None else f.hi * (1 + _CONVERTED))


_DIMENSION_EVENTS = frozenset(("size", "capacity", "worth"))


def _bare_measures(claims: list[FigureClaim], measures: list[FigureClaim]) -> list[FigureClaim]:
    """A physical amount of no noun and no event ("the company put the volume at up to 45m
    litres", "the search covers 40 sq km"), and no change ("fell 12 metres"), is the story's measure in its unit when every
    article that uses the unit gives it one value, in at least two articles, and the story's
    figures of that unit name exactly one event (and none names no event): it takes that
    event ("spilled"). With no event to take it is compared with nothing."""
    values: dict[str, dict[str, set]] = {}
    events: dict[str, set] = {}
    for fc in claims + measures:
        unit = fc.figure.unit or ""
        if unit not in BARE_MEASURE_UNITS:
            continue
        values.setdefault(unit, {}).setdefault(fc.claim.article, set()).add(fc.claim.value)
        if not fc.measure:
            c = fc.counted
            # a dimension ("a depth of 300 metres": head and event "depth"; a size, a capacity)
            # is no event another measure can take
            dimension = c.event is not None and (c.event == c.head or c.event in _DIMENSION_EVENTS)
            events.setdefault(unit, set()).add(None if dimension else c.event)
    out = []
    for m in measures:
        unit = m.figure.unit or ""
        arts = values.get(unit, {})
        evs = events.get(unit, set())
        if len(arts) < 2 or any(len(v) != 1 for v in arts.values()) or len(evs) != 1 or None in evs:
            continue  # no event to take ("a depth of 300 metres", "stretches for 900 metres"), or two
        event = next(iter(evs))
        c = evolve(m.counted, event=event)
        out.append(evolve(m, figure=m.figure.with_counted(c), counted=c))
    return out


def _union_claim(facts, sent, f: Figure, c: Counted, pub, carried) -> FigureClaim | None:
    """ "At least 120 clinics and pharmacies were affected": a count of a list's union, filed
    under the list's first noun when that noun is specific (not "people") and the list's nouns
    are all different, with nothing that makes it odd (another time, a stock,
    what is left, a scope). Compared with a part only by _union_verdict."""
    first = c.union[0]
    if (len(c.union) < 2 or first in (ANY, PEOPLE, "") or first in GENERIC_PERSON_HEADS
            or c.having or c.residual or c.scope or c.qualifiers or c.anchor or carried or f.ambiguous):
        return None
    c = evolve(c, head=first)
    f, c = _canonical(f.with_counted(c), c, sent.text)  # "shops" are stores, as any head
    if c.head in (ANY, PEOPLE, "") or not c.asserted or c.modality:
        return None
    return FigureClaim(facts.claim(sent, f.start, f.end, f.interval()), f, c, pub, None, union=True)


def _union_verdict(ma: FigureClaim, mb: FigureClaim) -> bool | None:
    """A union against one of its parts ("at least 120 clinics and pharmacies" / "some 125
    clinics"): a part larger than the whole contradicts it, an overlap agrees, anything else
    (a part smaller than the whole) says nothing. Two unions are compared only when they list
    the same nouns."""
    if ma.union and mb.union:
        return None if set(ma.counted.union) != set(mb.counted.union) else ...
    whole, part = (ma, mb) if ma.union else (mb, ma)
    fw, fp = whole.figure, part.figure
    if overlaps(fw, fp):
        return True
    if fw.ambiguous or fp.ambiguous or fw.hi is None or part.counted.modality in NO_CONTRADICTION_MODALITIES:
        return None
    if fp.lo > fw.hi or (fp.lo == fw.hi and (fp.lo_open or fw.hi_open)):
        return False
    return None


_WITHIN = lazyre.compile(r"\b(?:within|inside)\s{1,2}$", re.I)


_MEASURE_SAYING = lazyre.compile(r"\b(?:says?|said|says\s{1,2}that|said\s{1,2}that|estimates?|estimated|claims?|claimed)\s{1,2}", re.I)


def _measured_subject(text: str, f: Figure) -> str | None:
    """What a measured amount of no noun measures: the one noun of the MEASURED_NOUNS class
    in its clause before it, after any reporting verb ("The firm says leakage from its pipes
    is no more than 90 million litres a day": leakage). Money, percentages and durations
    never (their own grammar names them); two such nouns, or none: nothing."""
    unit = f.unit or ""
    if not unit or unit in ("percent", "pp") or unit.startswith("time:") or _MONEY_UNIT.fullmatch(unit):
        return None
    left = _CLAUSE_CUT.split(text[max(0, f.start - 120):f.start])[-1]
    said = list(_MEASURE_SAYING.finditer(left))
    if said:
        left = left[said[-1].end():]
    words = [w.lower() for w in _LEFT_WORD.findall(left)]
    hits = {w for w in words if w in MEASURED_NOUNS}
    return next(iter(hits)) if len(hits) == 1 else None


def _within(f: Figure, text: str) -> Figure:
    """A duration "within eight minutes" is at most eight minutes (its hedge and quote widened)."""
    m = _WITHIN.search(text, max(0, f.start - 12), f.start)
    if m is None:
        return f
    return evolve(f, start=m.start(), text=text[m.start():f.end], lo=Decimal(0), lo_open=False,
                  hedge="up_to", hedge_text=m.group(0).strip())


_EXTENT_OPENING = lazyre.compile(
    r"\s{0,3}(?:" + "|".join(DEMONSTRATIVE_SUBJECTS) + r")\s{1,2}(?:" + "|".join(EXTENT_VERBS) + r")\s{1,2}$", re.I)
_ANTE_WORD = lazyre.compile(r"[A-Za-z][A-Za-z’'-]{0,30}")


def _antecedent(previous: str) -> tuple[str, frozenset[str]] | None:
    """(the head of the subject, the content words) of the sentence a "That covers ..." points
    back to: "All his results from the season will remain annulled." -> ("result", {...})."""
    words = [w.lower() for w in _ANTE_WORD.findall(previous[:400])]
    head = next((w for w in words[:4] if w not in NOT_HEAD and w not in ("all", "both")), None)
    if head is None or head in DEMONSTRATIVE_SUBJECTS:
        return None
    content = frozenset(w for w in words if len(w) >= 4 and w not in NOT_HEAD)
    return singular(head), content


def _with_descriptions(story: StoryFacts, claims: list[FigureClaim]) -> list[FigureClaim]:
    """Set ``described`` on the figures of a named source with no category, from the story's
    appositives (attribution-drift reads them the same way)."""
    if not any(fc.claim.attribution.category is None and fc.claim.attribution.source
               and fc.claim.attribution.grade in ("named_person", "named_institution") for fc in claims):
        return claims
    from rules.attribution_drift import described_kind, story_descriptions  # (it imports this module)
    table = story_descriptions(tuple(f.article.text for f in story.articles))
    if not table:
        return claims
    out = []
    for fc in claims:
        att = fc.claim.attribution
        kind = described_kind(att.source, table) if att.category is None and att.source else None
        out.append(evolve(fc, described=kind) if kind else fc)
    return out


# cheap gate: substring tests (an IGNORECASE alternation scans slowly)
_VERB_HINTS = ("hold", "seat", "accommodat", "sleep", "take", "carry", "house", "off", "shed", "ax", "cut", "eliminat")


_JOBS_GONE = lazyre.compile(r"\s{1,2}(?:[a-z-]{2,20}\s{1,2})?(?:jobs?|posts?|positions?|roles?)\s{1,2}" + JOB_GONE_PREDICATES + r"\b", re.I)


def _job_cut_after(text: str, end: int) -> bool:
    after = text[end:end + 80].lower()
    return any(p in after for p in JOB_CUT_AFTER) or _JOBS_GONE.match(text, end) is not None
_WORD_BEFORE = lazyre.compile(r"([A-Za-z]{2,20})\s{1,2}([A-Za-z]{2,20})\s{1,2}$")


_RATIO_JOIN = lazyre.compile(r"\s{1,2}(?:in|out\s{1,2}of)\s{1,2}(?:every\s{1,2})?")
# "one in three": "one" is no figure of its own (a determiner as often as a number)
_ONE_IN = lazyre.compile(r"(?<![\w-])(?:[Oo]ne|ONE)\s{1,2}(?:in|out\s{1,2}of)\s{1,2}(?:every\s{1,2})?$")
_HUNDRED = Decimal(100)


def _ratios(text: str, figs) -> list:
    """ "Two in five members", "one in three homes", "three out of every ten voters": one share,
    read as a percentage of what the second number counts (about 40%, with the "about"
    tolerance: a ratio is a rounded share)."""
    out = []
    for g in figs:
        if g.unit is not None or g.hedge not in ("exact", "rounded") or not 2 <= g.value <= 1000:
            out.append(g)
            continue
        f = out[-1] if out else None
        if (f is not None and f.unit is None and f.hedge in ("exact", "rounded", "about")
                and 0 < f.value < g.value and _RATIO_JOIN.fullmatch(text, f.end, g.start)):
            out[-1] = _share(text, f.start, f.num_start, f.value, g)
            continue
        m = _ONE_IN.search(text, max(0, g.start - 25), g.start)
        if m is not None:
            out.append(_share(text, m.start(), m.start(), Decimal(1), g))
            continue
        out.append(g)
    return out


def _share(text: str, start: int, num_start: int, part: Decimal, whole: Figure) -> Figure:
    pct = (part * _HUNDRED / whole.value).quantize(Decimal("0.1"))
    tol = pct * ABOUT_TOLERANCE
    return Figure(start, whole.end, text[start:whole.end], num_start, whole.num_end, pct, pct - tol, pct + tol,
                  hedge="about", hedge_text=None, unit="percent", counted=whole.counted)


def _canonical(f: Figure, c: Counted, text: str) -> tuple[Figure, Counted]:
    """One count under the names news copy uses for it: travellers are passengers, cars
    vehicles ("recalling 120,000 cars", "the recall covers 400,000 vehicles"); a vote or a
    seat "received" is one "won"; "the stadium holds 52,000 spectators" is a capacity."""
    head = COUNT_HEAD_SYNONYMS.get(c.head or "", c.head)
    if head in MONEY_HEAD_SYNONYMS and _MONEY_UNIT.fullmatch(f.unit or ""):
        head = MONEY_HEAD_SYNONYMS[head]  # "a £3m payout" is "compensation of £1.2m"
    if c.event == "fell" and head in FALLEN_MASS_HEADS:
        head = FALLEN_MASS  # "40,000 tonnes of earth and rock fell" = "15,000 tonnes of material fell"
    event = ACQUIRE_EVENT if c.event in ACQUIRE_EVENTS and head in ACQUIRED_HEADS else c.event
    if event == "produced" and head == "compensation" and _MONEY_UNIT.fullmatch(f.unit or ""):
        event = "paid"  # "made a $4m payout" paid it
    if event == "cast" and f.unit == "percent" and head in ("voter", PEOPLE, "member", ANY):
        head = "turnout"  # "48 per cent of voters turned out" is the turnout ("Turnout was 61%")
    if event is None and head == "cost" and _MONEY_UNIT.fullmatch(f.unit or ""):
        event = "cost"  # "the repair bill is put at £12m" is what "repairs will cost" states
    near = text[max(0, f.start - 30):f.start].lower()
    m = _WORD_BEFORE.search(text, max(0, f.start - 45), f.start) if any(h in near for h in _VERB_HINTS) else None
    if m is not None:
        w1, w2 = m.group(1).lower(), m.group(2).lower()
        if w2 in CAPACITY_VERBS or (w1 in CAPACITY_MODALS and w2 in CAPACITY_AFTER_MODAL):
            event = "capacity"
        elif head in JOB_HEADS and (w2 in JOB_CUT_BEFORE or f"{w1} {w2}" in JOB_CUT_BEFORE):
            head, event = JOB_CUT  # "will lay off 1,200 workers", "will shed 3,000 jobs"
    if head in JOB_HEADS and event in (None, "lost", "cut", "produced", "notified") and _job_cut_after(text, f.end):
        head, event = JOB_CUT  # "1,200 workers will lose their jobs", "40 staff were made redundant"
    elif head in JOB_NOUNS and _JOBS_GONE.match(text, f.end) is not None:
        # "450 jobs would have gone under the plan": the predicate right after the jobs says it,
        # whatever a later word of the clause reads as ("the rejected plan")
        head, event = JOB_CUT
    elif head in JOB_NOUNS and event in ("lost", "cut"):
        head, event = JOB_CUT  # "with the loss of 640 jobs" is "640 jobs will go"
    if head == c.head and event == c.event:
        return f, c
    c = evolve(c, head=head, event=event)
    return f.with_counted(c), c


_PERIOD = "|".join(RATE_PERIODS)
_RATE_HINTS = (*RATE_PERIODS, "annually")  # "daily" holds "day"
_RATE = lazyre.compile(
    rf"^(?:\s{{1,2}}[A-Za-z’'-]{{1,30}}){{0,3}}?\s{{1,2}}(?:a|an|per|each|every)\s{{1,2}}(?P<p>{_PERIOD})s?\b"
    r"(?:\s{1,2}(?P<next>[a-z]{1,10})(?:\s{1,2}(?P<next2>[a-z]{1,12}))?)?", re.I)
_TYPICAL = (r"(?:on|in|during)\s{1,2}(?:a|an|any)\s{1,2}(?:" + "|".join(TYPICAL_PERIOD_ADJECTIVES) + r")\s{1,2}"
            r"(?P<p>" + "|".join(sorted(TYPICAL_PERIODS, key=len, reverse=True)) + r")\b")
# "... cross the bridge on an ordinary weekday": in the figure's clause, after it
_TYPICAL_AFTER = lazyre.compile(r"^[^,;:.!?()]{0,80}?\b" + _TYPICAL, re.I)
# "On a normal day, 3,000 people use the ferry": opening the sentence, nothing else before the figure's clause
_TYPICAL_BEFORE = lazyre.compile(r"^\s{0,3}" + _TYPICAL + r"\s{0,2},?\s{0,2}(?:[A-Za-z’'-]{1,20}\s{1,2}){0,2}$", re.I)
_RATE_ADVERB = lazyre.compile(r"^(?:\s{1,2}[A-Za-z’'-]{1,30}){0,3}?\s{1,2}(?P<a>" + "|".join(RATE_ADVERBS) + r")\b", re.I)


def _rate(text: str, end: int, start: int | None = None) -> str | None:
    """The period of a rate stated right after the figure ("40,000 passengers a day", "300
    flights per day", "1,200 jobs annually", "1.5 million crowns a day in lost trade"); not a
    time ("a year ago", "a day later", "a year in prison"). A typical period in the figure's
    clause is one too ("cross the bridge on an ordinary weekday", "On a normal day, 3,000 ...")."""
    after = text[end:end + 100]
    low = after.lower()
    if start is not None and start < 60 and any(a in text[:start].lower() for a in TYPICAL_PERIOD_ADJECTIVES):
        m = _TYPICAL_BEFORE.match(text[:start])
        if m is not None:
            return TYPICAL_PERIODS[" ".join(m.group("p").lower().split())]
    if not any(w in low for w in _RATE_HINTS):
        return None  # no period word: most figures (substring tests: a regex gate cost more)
    m = _RATE.match(after)
    if m is not None:
        nxt, nxt2 = (m.group("next") or "").lower(), (m.group("next2") or "").lower()
        before = after[:m.start("p")].split()[-2:-1]  # the word before "a", "per"
        if nxt not in RATE_NOT_AFTER and not (nxt == "in" and (
                nxt2 in RATE_NOT_AFTER_IN or (before and before[0].lower() in RATE_NOT_BEFORE_IN))):
            return m.group("p").lower()
    m = _RATE_ADVERB.match(after)
    if m is not None:
        return RATE_ADVERBS[m.group("a").lower()]
    if any(a in low for a in TYPICAL_PERIOD_ADJECTIVES):
        m = _TYPICAL_AFTER.match(after)
        if m is not None:
            return TYPICAL_PERIODS[" ".join(m.group("p").lower().split())]
    return None


_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ONE_DAY = lazyre.compile(
    rf"(?P<w>\b[a-z]{{2,12}}\s{{1,2}})?\b(?:on\s{{1,2}}(?:{_WEEKDAY}|(?:{MONTH_ALTERNATION})\.?\s{{1,2}}[0-3]?[0-9](?![0-9])"
    rf"|[0-3]?[0-9](?:st|nd|rd|th)?\s{{1,2}}(?:{MONTH_ALTERNATION})\b|(?:that|the\ssame)\sday)|yesterday|today)\b", re.I)
# "On Monday, 300 flights were cancelled": a day that opens the sentence dates its first clause.
_FRONTED_DAY = lazyre.compile(
    rf"\s{{0,3}}(?:On\s{{1,2}}(?:{_WEEKDAY}|(?:{MONTH_ALTERNATION})\.?\s{{1,2}}[0-3]?[0-9](?![0-9])|[0-3]?[0-9](?:st|nd|rd|th)?"
    rf"\s{{1,2}}(?:{MONTH_ALTERNATION}))|Yesterday|Today)(?:\s{{1,2}}[a-z]{{2,12}}){{0,2}}\s{{0,2}},", re.I)
_CLAUSE_CUT = lazyre.compile(r"[,;:.!?()]")
_SAYING = frozenset("said says told announced reported confirmed added stated estimated".split())


def _one_day(text: str, start: int, end: int) -> str | None:
    """The one named day the figure's clause limits it to ("cancelled 300 flights on Monday"
    -> "monday", "300 were arrested yesterday", "On Monday, 300 flights were cancelled"), or
    None. Not a day before the figure that dates another verb ("issued a notice on Thursday
    covering 4,200 homes"), nor one that dates the saying ("officials said on Monday")."""
    right = _CLAUSE_CUT.split(text[end:end + 120], maxsplit=1)[0]
    low = right.lower()
    # weekdays, "yesterday", "today", "that day" hold "day"; a date after "on" holds a digit
    may = "day" in low or ("on " in low and any(ch in right for ch in "0123456789"))
    for m in (_ONE_DAY.finditer(right) if may else ()):
        if (m.group("w") or "").strip().lower() not in _SAYING:
            return _day_name(m.group(0)[m.end("w") - m.start() if m.group("w") else 0:])
    m = _FRONTED_DAY.match(text, 0, start)
    if m is not None and not _CLAUSE_CUT.search(text, m.end(), start):
        return _day_name(m.group(0))
    return None


_RELATIVE_DAYS = ("yesterday", "today", "that day", "the same day")
_WEEKDAY_NUMBERS = {d: n for n, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                                "saturday", "sunday"))}


def _as_date(day: str, published: _dt.date | None) -> _dt.date | None:
    """A frame's day name as a date: a weekday the latest on or before publication (news reports
    the past), "3/ 24" (March 24) in the publication's year; None when it cannot be told."""
    if published is None:
        return None
    if day in _WEEKDAY_NUMBERS:
        return published - _dt.timedelta(days=(published.weekday() - _WEEKDAY_NUMBERS[day]) % 7)
    parts = day.split()
    months = [p for p in parts if p.endswith("/") and p[:-1].isdigit()]
    days = [p for p in parts if p.isdigit()]
    if len(parts) != 2 or len(months) != 1 or len(days) != 1:
        return None
    try:
        return _dt.date(published.year, int(months[0][:-1]), int(days[0]))
    except ValueError:
        return None


def _same_day(ma: FigureClaim, day_a: str, mb: FigureClaim, day_b: str) -> bool:
    """ "marched on Saturday" in an article of Thursday 28 May and "the march on 23 May": one
    day, written two ways (a weekday against a date only; two weekdays or two dates that
    differ are two days)."""
    if (day_a in _WEEKDAY_NUMBERS) == (day_b in _WEEKDAY_NUMBERS):
        return False
    da, db = _as_date(day_a, ma.published), _as_date(day_b, mb.published)
    return da is not None and da == db


def _day_name(phrase: str) -> str:
    """ "on Monday" -> "monday"; "on March 3" -> "march 3"; "yesterday" -> "" (a day, but not
    one that can be told apart from a named one)."""
    p = " ".join(phrase.lower().replace(",", " ").replace(".", " ").split())
    p = p.removeprefix("on ").strip()
    if p in _RELATIVE_DAYS:
        return ""
    # "March 3", "3rd March", "Mar. 3": one day, written three ways
    parts = [str(MONTHS[w]) + "/" if w in MONTHS else w.rstrip("stndrh") or w for w in p.split()]
    return " ".join(sorted(parts))


# "in the United States", "across Europe": a place that scopes the figure, right after it
_PLACE = lazyre.compile(
    r"^[^,;:.!?()]{0,40}?\b(?:in|across|throughout)\s{1,2}(?:the\s{1,2})?"
    r"(?P<p>[A-ZÀ-Þ][\w’'-]{1,30}(?:\s{1,2}[A-ZÀ-Þ][\w’'-]{1,30}){0,3})")


@lru_cache(maxsize=1024)
def _place(text: str, end: int) -> str | None:
    m = _PLACE.match(text[end:end + 120])
    return m.group("p").lower() if m is not None else None


_CLAUSE_WORD = lazyre.compile(r"[A-Za-zÀ-ÿ][\w’'-]{0,30}")
_NOT_WINNER = frozenset(
    "the a an its their his her this that has have had was were is are be been will would could "
    "won win wins winning received receives took take secured secures got gets polled claimed "
    "projected expected set to of and with".split())


def _winner(text: str, start: int) -> frozenset:
    """The words of who won, before the figure in its clause: "The ruling party won 41% of
    the vote" -> {ruling, party}; "the opposition won 35 percent" -> {opposition}."""
    left = _CLAUSE_CUT.split(text[max(0, start - 100):start])[-1]
    return frozenset(w if w[:1].isupper() else singular(w) for w in _CLAUSE_WORD.findall(left)
                     if w.lower() not in _NOT_WINNER)


def _two_winners(a: frozenset, b: frozenset) -> bool:
    """Two different winners: no word in common ("the ruling party", "the opposition"), or
    names on both sides and none in common ("the Green candidate", "the Liberal candidate")."""
    if not a or not b:
        return False
    la, lb = {w.lower() for w in a}, {w.lower() for w in b}
    if not la & lb:
        return True
    na, nb = {w for w in a if w[:1].isupper()}, {w for w in b if w[:1].isupper()}
    return bool(na) and bool(nb) and not na & nb


def resolve_anchor(anchor: str | None, pub: _dt.date | None) -> str | None:
    """A figure's time anchor against its article's date: the publication year is the
    current event (None); "last year" becomes a year when the article is dated."""
    if anchor is None:
        return None
    if anchor.isdigit():
        return None if pub is not None and int(anchor) == pub.year else anchor
    if anchor == "last year" and pub is not None:
        return str(pub.year - 1)
    return anchor


# Money under its plainest names: "of their money", "in cash".
PLAIN_MONEY_HEADS = frozenset(("money", "cash"))


def _clusters(heads: list[str]) -> dict[str, str]:
    """Map each specific head to its cluster representative (spelling variants joined)."""
    rep = {h: h for h in heads}

    def find(h: str) -> str:
        while rep[h] != h:
            h = rep[h]
        return h

    by_letter: dict[str, list[str]] = {}
    for h in heads:
        by_letter.setdefault(h[:1], []).append(h)  # heads_match needs the same first letter
    pairs = ((a, b) for bucket in by_letter.values() for i, a in enumerate(bucket) for b in bucket[i + 1:])
    for a, b in pairs:
        if heads_match(a, b):
            ra, rb = find(a), find(b)
            if ra != rb:
                rep[max(ra, rb)] = min(ra, rb)
    return {h: find(h) for h in heads}


def _event_of_bare(claims: list[FigureClaim]) -> dict[tuple, str]:
    """(unit, qualifiers, head) -> the one event the story gives that specific head, for
    figures that name no event ("1,200 households drew water from the borehole" is the
    "borehole that supplied 900 households" count). A head with two events, or a figure of
    having ("which has 2.1 million customers"), joins nothing; compatible() still demands a
    shared context word before comparing."""
    events: dict[tuple, set] = {}
    for fc in claims:
        c = fc.counted
        if c.event and c.event not in NOT_LENT_EVENTS and not fc.union and c.head not in (ANY, PEOPLE, ""):
            events.setdefault((fc.figure.unit or "", c.qualifiers, c.head), set()).add(c.event)
    return {k: next(iter(v)) for k, v in events.items() if len(v) == 1}


_MONEY_UNIT = lazyre.compile(r"[A-Z]{3,5}")
_LEFT_WORD = lazyre.compile(r"[A-Za-z][a-z-]{2,30}")


def _subject_heads(claims: list[FigureClaim], pending: list[FigureClaim]) -> list[FigureClaim]:
    """An amount of money with no noun and no event ("Compensation claims could reach an
    estimated 30 million euros") is the story's one named amount whose noun its clause names
    before it ("put the cost of compensation at 30 million euros": head compensation, event
    cost), when exactly one such noun, of one event, matches. A named amount of no event counts
    too, unless it is a stock: "the jackpot for the Saturday draw stood at $9m" is the story's
    "a jackpot of $4.1m"."""
    named: dict[tuple[str, str], set] = {}
    for fc in claims:
        c, unit = fc.counted, fc.figure.unit or ""
        if _MONEY_UNIT.fullmatch(unit) and c.head not in (None, ANY, PEOPLE, "") and (c.event or not c.having) and not fc.union:
            named.setdefault((unit, c.head), set()).add((c.event, c.qualifiers))
    out = []
    for fc in pending if named else ():
        c, unit = fc.counted, fc.figure.unit or ""
        left = _CLAUSE_CUT.split(fc.claim.text[max(0, fc.figure.start - 120):fc.figure.start])[-1]
        words = {singular(w.lower()) for w in _LEFT_WORD.findall(left)}
        hits = sorted(h for (u, h) in named if u == unit and h in words)
        if len(hits) == 1 and len(named[(unit, hits[0])]) == 1:
            event, quals = next(iter(named[(unit, hits[0])]))
            c = evolve(c, head=hits[0], event=event, qualifiers=quals)
            out.append(evolve(fc, figure=fc.figure.with_counted(c), counted=c))
    return out


def aligned_groups(story: StoryFacts) -> list[FigureGroup]:
    """Figures that count the same thing, grouped; deterministic order."""
    parts: dict[tuple, list[FigureClaim]] = {}
    claims = _sole_heads(figure_claims(story))
    bare = _event_of_bare(claims)
    merged = _sole_events(claims)
    for fc in claims:
        c = fc.counted
        event = c.event
        if (fc.sole or fc.union) and (key := (fc.figure.unit or "", c.head)) in merged:
            event = merged[key]  # one count per article: its verbs say one thing (_sole_events)
        elif event is None and not c.having and c.head not in (ANY, PEOPLE, "") and not fc.renamed:
            # ("12,000 travellers passed through the airport" is not the passengers stranded)
            event = bare.get((fc.figure.unit or "", c.qualifiers, c.head))
        parts.setdefault((fc.figure.unit or "", event or "", c.qualifiers), []).append(fc)
    groups: list[FigureGroup] = []
    for (unit, event, quals), members in sorted(parts.items()):
        # "$3.4 million of their money" is the amount itself when the event's amounts name a
        # noun besides "money" ("diverted $3.2 million in donations"): it joins it as "" would
        plain = frozenset()
        if event and _MONEY_UNIT.fullmatch(unit):
            heads = {m.counted.head for m in members}
            if heads & PLAIN_MONEY_HEADS and heads - PLAIN_MONEY_HEADS - {ANY, PEOPLE, ""}:
                plain = PLAIN_MONEY_HEADS
        specific = sorted({m.counted.head for m in members if m.counted.head not in (ANY, PEOPLE, "") and m.counted.head not in plain})
        # An amount with no noun ("paid 62 million euros") is the one named amount of its
        # event when there is exactly one ("the fee is 62 million euros").
        rep = _clusters(specific)
        clusters: dict[str, list[FigureClaim]] = {}
        generic: list[FigureClaim] = []
        # "fewer than ten cases of illness" are the people of the one named group that fell ill
        persons = [h for h in rep.values() if h not in PERSON_CASE_HEADS and h not in GENERIC_PERSON_HEADS]
        case_joins = event in PERSON_EVENTS and len(set(persons)) == 1
        # "Eleven men were trapped" are the "11 miners trapped" (when no other sex is counted)
        sexes = {h for h in specific if h in GENERIC_PERSON_HEADS}
        joining = PERSON_CASE_HEADS | sexes if len(sexes) == 1 else PERSON_CASE_HEADS
        # "some 40 children were in the hall" are the "About 40 pupils" of a school's event when
        # the event names no other group of the young (MINOR_HEADS join SCHOOL_HEADS)
        school = {h for h in persons if h not in MINOR_HEADS}
        minor_joins = (event in PERSON_EVENTS or event == "present") and len(school) == 1 and school <= SCHOOL_HEADS
        for m in members:
            h = "" if m.counted.head in plain else m.counted.head
            if case_joins and h in joining and not m.counted.qualifiers:
                clusters.setdefault(persons[0], []).append(m)
            elif minor_joins and h in MINOR_HEADS and not m.counted.qualifiers:
                clusters.setdefault(next(iter(school)), []).append(m)
            elif h in (ANY, PEOPLE) or (h == "" and len(specific) == 1):
                generic.append(m)
            else:
                clusters.setdefault(rep.get(h, h), []).append(m)
        # A head seen only in figures of another time ("sickened 112 guests in 2016") does not
        # make "people" of this event ambiguous; a percentage with no noun has an unknown base
        # ("94% of those who voted" is not the turnout) and joins no named head.
        all_named = [k for k in clusters if k != ""]
        for m in generic:
            h = "" if m.counted.head in plain else m.counted.head
            named = [k for k in all_named if any(o.anchor == m.anchor for o in clusters[k])] or all_named
            if h == PEOPLE:
                # "2,000 people were evacuated" never counts the "300 families" or the "300
                # homes" evacuated: a unit of several people, or a place, is not one person
                # (with a group of people beside them the story's own rules below still apply)
                if named and all(k in PEOPLE_UNIT_HEADS or k in PLACE_HEADS for k in named):
                    named = []
            if h == PEOPLE and event in PERSON_EVENTS and len(named) > 1:
                # "four villages were evacuated": set the places aside when what is left is the
                # whole population ("residents"), never a sub-group ("pupils")
                people = [k for k in named if k not in PLACE_HEADS]
                if len(people) == 1 and people[0] in POPULATION_HEADS:
                    named = people
            if h == "" and unit in ("percent", "pp") and named:
                continue
            if h == "" and unit in AREA_UNITS and event:
                # "burned more than 4,000 hectares" is the whole area: never one kind of land
                # ("1,100 hectares of cork oak"), whatever else the story names
                clusters.setdefault("", []).append(m)
                continue
            if len(named) == 1 and event and (h in (ANY, "") or event in PERSON_EVENTS):
                clusters[named[0]].append(m)  # "a million people" = "one million <group>"
            elif not named and event:
                clusters.setdefault(h, []).append(m)
            elif h == PEOPLE and event:
                clusters.setdefault(PEOPLE, []).append(m)
            # otherwise: which of several things "them" counts is unknown; say nothing
        for key in sorted(clusters):
            ms = clusters[key]
            if len({m.claim.article for m in ms}) < 2:
                continue
            words = [w for w in quals]
            head = key if key not in ("", ANY) else ""
            words += [head] if head else []
            unit_s = f" ({unit.replace('time:', '')})" if unit else ""
            topic = " ".join([*words, event] if event else words) or "amount"
            bare = None
            if event and any(m.counted.event is None for m in ms):
                bare = (" ".join(words) or "amount") + unit_s
            groups.append(FigureGroup(topic + unit_s, tuple(ms), bare))
    return groups


def _sole_heads(claims: list[FigureClaim]) -> list[FigureClaim]:
    """Mark the figures of a noun the story counts with one value per article: no article
    gives two different figures of it (in one unit), whatever their events, and none of them
    is another time's, a stock, what is left, a rate or a changed value. "About 180 students
    take the module" next to "named some 350 of its students" in one article makes "students"
    two counts: then nothing is marked, and a shared context word is needed as before."""
    values: dict[tuple, dict[str, set]] = {}
    for fc in claims:
        c = fc.counted
        if c.head in (None, ANY, PEOPLE, "") or c.head in GENERIC_PERSON_HEADS or fc.union:
            continue
        key = (fc.figure.unit or "", c.head)
        values.setdefault(key, {}).setdefault(fc.claim.article, set()).add(fc.claim.value)
    sole = {k for k, arts in values.items() if len(arts) >= 2 and all(len(v) == 1 for v in arts.values())}
    if not sole:
        return claims
    # an odd figure (another time's, what is left, a rate, a changed value, a narrower set)
    # still counts as the article's one value of the noun, but is never compared this way; a
    # stock is ("Lanterns had roughly 18,000 donors", "The charity had in excess of 40,000
    # donors"), though only with another stock (compatible)
    return [evolve(fc, sole=True) if (fc.figure.unit or "", fc.counted.head) in sole and not _odd(fc, stock=False) else fc
            for fc in claims]


def _sole_events(claims: list[FigureClaim]) -> dict[tuple, str]:
    """(unit, head) -> the one event under which the figures of a noun counted once per article
    are grouped, when their events differ but none is a distinct stage (DISTINCT_STAGE_EVENTS):
    "125 clinics reported cancellations" and "fewer than 60 clinics were affected", "a truck
    carrying 48,000 doses" and "a lorry holding 50,000 doses" are one count each. A noun one
    article gives a distinct stage ("14 pupils were injured") keeps its events apart."""
    events: dict[tuple, set] = {}
    for fc in claims:
        if fc.sole and not fc.counted.having:  # (a stock names no event another count may take)
            events.setdefault((fc.figure.unit or "", fc.counted.head), set()).add(fc.counted.event)
    out = {}
    for key, evs in events.items():
        if len(evs) < 2:
            continue
        if evs & DISTINCT_STAGE_EVENTS:
            same = {SAME_FACT_EVENTS.get(e, e) for e in evs}
            if len(same) == 1 and None not in evs:
                out[key] = next(iter(same))  # "destroyed 300 homes" and "120 homes burned"
            continue
        named = sorted(e for e in evs if e)
        out[key] = next((e for e in named if e not in UMBRELLA_EVENTS), named[0] if named else "")
    return out


def _sole_across(ma: FigureClaim, mb: FigureClaim) -> bool:
    """Two figures of a noun counted once per article whose events may say one thing: the same
    event, or two events (or none) of which neither is a distinct stage, and no two different
    verbs when either names no event."""
    ea, eb = ma.counted.event, mb.counted.event
    if not (ma.sole and mb.sole):
        return False
    if ea != eb and (ea in DISTINCT_STAGE_EVENTS or eb in DISTINCT_STAGE_EVENTS):
        return False
    if ea != eb and (ea in UMBRELLA_EVENTS or eb in UMBRELLA_EVENTS):
        return True  # "affected" takes in any verb: only a larger narrower count contradicts it
    return ea is not None and eb is not None or _same_verb(ma, mb)


def _umbrella_verdict(ma: FigureClaim, mb: FigureClaim) -> bool | None:
    """ "Fewer than 60 clinics were affected" against "some 125 clinics reported cancellations":
    a narrower event's count is never more than the umbrella's; an overlap agrees; a smaller
    narrower count says nothing."""
    whole, part = (ma, mb) if ma.counted.event in UMBRELLA_EVENTS else (mb, ma)
    fw, fp = whole.figure, part.figure
    if overlaps(fw, fp):
        return True
    if fw.ambiguous or fp.ambiguous or fw.hi is None:
        return None
    if fp.lo > fw.hi or (fp.lo == fw.hi and (fp.lo_open or fw.hi_open)):
        return False
    return None


_AUX_WORDS = frozenset("have has had having are is was were be been being will would could can may might must "
                       "shall should do does did also still now already all both just only reportedly".split())
_PARTICLES = frozenset("after for up out on off in into over down away about".split())
# Verbs that report or find a count rather than say what the counted did: transparent.
_TRANSPARENT_VERBS = frozenset(
    "report reported reporting reports say said says found find finds counted count counts recorded record "
    "records estimated estimate estimates put puts listed list lists named name names confirmed confirm "
    "identified identify show shows showed shown put told tell tells "
    "stood stand stands totalled totaled totals total amounted amount amounts numbered number numbers".split())
_NOT_CONTEXT_VERBS = _TRANSPARENT_VERBS | _AUX_WORDS  # a word before a figure that says nothing it did
_PP_OPENERS = frozenset("across in at from of on with near around throughout within inside outside under over "
                        "along between among".split())
# Words after the noun that are no verb: the clause says nothing of what the counted did.
_NOT_VERBS = frozenset("no not never the a an to and or but who which that whose as than per each".split())
_VERB_WORD = lazyre.compile(r"[a-z][a-z’'-]{1,30}")


def _clause_verb(fc: FigureClaim) -> str | None:
    """The verb that says what the counted things did or had done to them, as a stem: the
    first verb after the noun and its auxiliaries ("500 students applied", "pharmacies have
    run out", "have reported running out" -> run) or the verb the figure is the object of
    ("looks after about 60 residents" -> look); a reporting or finding verb is looked through,
    and "have" with no other verb ("have no stock") is none. None when unknown."""
    text, f, c = fc.claim.text, fc.figure, fc.counted
    right = _CLAUSE_CUT.split(text[f.end:f.end + 100], maxsplit=1)[0].lower()
    words = _VERB_WORD.findall(right)
    hw = (c.head_word or "").lower()
    if hw and hw in words[:5]:
        rest = words[words.index(hw) + 1:]
        k = 0
        if rest and rest[0] in _PP_OPENERS:  # "340 pharmacies across the state have run out"
            k = next((j for j, w in enumerate(rest[:8]) if w in _AUX_WORDS), len(rest))
        while k < len(rest) and rest[k] in _AUX_WORDS | _TRANSPARENT_VERBS:
            k += 1
        if k < len(rest) and rest[k] not in _NOT_VERBS:
            return _context_stem(rest[k])  # "80 firms bid for", "500 students applied", "have run out"
        return None
    left = _CLAUSE_CUT.split(text[max(0, f.start - 60):f.start])[-1].lower()
    lw = _VERB_WORD.findall(left)
    if lw and lw[-1] in _PARTICLES:
        lw = lw[:-1]
    if lw and lw[-1] not in _NOT_CONTEXT_VERBS and (lw[-1].endswith(("ed", "s")) or lw[-1] in IRREGULAR_PAST):
        return _context_stem(lw[-1].removesuffix("s") if lw[-1].endswith("ks") else lw[-1])
    return None


def _same_verb(ma: FigureClaim, mb: FigureClaim) -> bool:
    """No two different verbs say what the two counts' things did: "500 students applied" and
    "100 students completed it" are two counts, however each article counts the noun once."""
    va, vb = _clause_verb(ma), _clause_verb(mb)
    return va is None or vb is None or va == vb


def _odd(fc: FigureClaim, stock: bool = True) -> bool:
    """Another time's figure, what is left, a rate, a changed value, a narrower set, or (with
    ``stock``) a stock: none is the story's plain count of its noun."""
    c = fc.counted
    return bool(fc.anchor or (stock and c.having) or c.residual or c.modality or c.qualifiers or fc.renamed
                or c.scope or fc.frame[0] is not None)


def _anchors_align(ma: FigureClaim, mb: FigureClaim) -> bool:
    if ma.anchor == mb.anchor:
        return True
    if ma.anchor is None or mb.anchor is None:
        dated = ma.anchor or mb.anchor
        return dated.isdigit() and ma.counted.event in ONE_OFF_EVENTS  # "fined ... in 2021"
    return False


def _same_place(ma: FigureClaim, mb: FigureClaim) -> bool:
    na, nb = proper_names(ma.claim.text), proper_names(mb.claim.text)
    return bool(na) and bool(nb) and names_match(na, nb)


# A name: capitalised words, with "of"/"for"/"and" inside ("Bank of Scotland"); a leading
# "The" is not part of it. The preposition before it tells a recipient or place ("to Ardavan").
_NAME_RUN = lazyre.compile(
    r"(?:(?P<prep>\b[a-z]{1,6})\s{1,2})?(?:the\s|The\s)?"
    r"(?P<name>[A-Z][\w’'-]{1,30}(?:\s{1,2}(?:(?:of|for|and)\s{1,2})?[A-Z][\w’'-]{1,30}){0,5})")
_NOT_GIVER_PREPS = frozenset("to in into for at on towards toward".split())


def _givers(text: str) -> frozenset[str]:
    """The names of a pledge sentence that may be the giver: not a place or a recipient
    ("to Ardavan", "in Qarakol"), not a lone sentence-initial word."""
    out = set()
    for m in _NAME_RUN.finditer(text[:1000]):
        if (m.group("prep") or "") in _NOT_GIVER_PREPS:
            continue
        name = m.group("name")
        if m.start("name") == 0 and " " not in name and name.endswith("s") and not name.isupper():
            continue  # "Officials", "Donors": a plural noun that only opens the sentence
        out.add(name.lower())
    return frozenset(out)


# "pledged $400 million for reconstruction": the purpose of an amount, after it.
_PURPOSE = lazyre.compile(
    r"\s{0,2}(?:in\s(?:aid|loans|grants)\s)?(?:for|towards|toward)\s{1,2}(?:the\s|a\s|an\s|its\s|their\s|new\s)?"
    r"(?P<w>[a-z][a-z-]{2,30})")


def _purpose(claim: Claim) -> str | None:
    k = claim.text.find(claim.quote)
    if k < 0:
        return None
    m = _PURPOSE.match(claim.text, k + len(claim.quote))
    return m.group("w") if m else None


def _same_giver(ma: FigureClaim, mb: FigureClaim) -> bool:
    """Both sentences name one giver, and no two different purposes ("for schools", "for
    roads") tell the two amounts apart."""
    ga, gb = _givers(ma.claim.text), _givers(mb.claim.text)
    if not ga & gb:
        return False
    pa, pb = _purpose(ma.claim), _purpose(mb.claim)
    return pa is None or pb is None or singular(pa) == singular(pb)


def _later_update(ma: FigureClaim, mb: FigureClaim) -> bool:
    """A growing tally, both articles dated on different days, the later figure larger."""
    if not (ma.cumulative and mb.cumulative) or ma.published is None or mb.published is None:
        return False
    if ma.published == mb.published:
        return False
    early, late = (ma, mb) if ma.published < mb.published else (mb, ma)
    if (not (early.counted.ongoing or late.counted.ongoing)
            and any(overlaps(early.figure, f) for f in late.later_lower)):
        return False  # "11 died", then "more than 20 died", then "11" again: not a rise
    if any(overlaps(late.figure, f) for f in early.earlier_higher):
        return False  # "14 fell ill", then "fewer than ten", then "14" again: the middle one is odd
    if late.counted.event in HARM_EVENTS and not (early.counted.ongoing or late.counted.ongoing):
        return False  # "20 were hurt" then "31 were injured in the collision": a finished count
    la, ea = late.claim.attribution, early.claim.attribution
    lcat = la.category or late.described
    if (lcat in ADVOCATE_SOURCES or la.grade == "vague") and lcat != (ea.category or early.described):
        return False  # "which campaigners say killed at least 12" months after "nine died": a dispute
    hi = early.figure.hi
    return hi is not None and (late.figure.lo > hi or (late.figure.lo == hi and (late.figure.lo_open or early.figure.hi_open)))


@lru_cache(maxsize=4096)
def _frame(text: str, start: int, end: int, acquired: bool) -> tuple:
    return _rate(text, end, start), _one_day(text, start, end), _winner(text, start) if acquired else frozenset()


_SPAN = lazyre.compile(
    r"\b(?:over|across|during|in)\s{1,2}(?:the\s{1,2})?(?:past\s{1,2}|last\s{1,2}|first\s{1,2})?"
    r"(?:[0-9]{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|few)\s{1,2}(?:days|weeks|months)\b", re.I)


# A stretch of time that makes a figure of no period a total: "this year", "last season",
# "in 2023", "so far", "in total", "to date", "over the summer".
_TOTAL_SPAN = lazyre.compile(
    r"\b(?:(?:this|last|next|that|the\s{1,2}whole|the\s{1,2}entire)\s{1,2}(?:year|month|week|season|summer|winter|spring|autumn|decade)"
    r"|in\s{1,2}(?:1[89]|20)[0-9][0-9]|so\s{1,2}far|in\s{1,2}total|to\s{1,2}date|a\s{1,2}total\s{1,2}of"
    r"|(?:over|during|throughout)\s{1,2}the\s{1,2}(?:year|summer|winter|season|month|week))\b", re.I)


def _spans_time(m: FigureClaim) -> bool:
    """The figure's clause names a stretch of time it is the total of ("produced 300,000 tonnes
    this year", "so far the strike has cost 60,000 tonnes")."""
    text, start, end = m.claim.text, m.figure.start, m.figure.end
    left = _CLAUSE_CUT.split(text[max(0, start - 80):start])[-1]
    right = _CLAUSE_CUT.split(text[end:end + 100], maxsplit=1)[0]
    return _TOTAL_SPAN.search(left) is not None or _TOTAL_SPAN.search(right) is not None


# "... when the engine failed", "... as the ferry sank": the count of one occasion.
_OCCASION = lazyre.compile(r"\b(?:when|as|at\s{1,2}the\s{1,2}time)\s{1,2}(?:the|it|she|he|they|a|an|its|their)\b", re.I)


def _on_occasion(m: FigureClaim) -> bool:
    """The figure's sentence ties it to one occasion after it ("had 800 passengers on board
    when the engine failed")."""
    return _OCCASION.search(m.claim.text, m.figure.end, m.figure.end + 120) is not None


def _running(m: FigureClaim) -> bool:
    """A count over several days: one that spans them ("over the three days", "in the past two
    weeks") or a tally still counted that says so ("since the strike began", "so far")."""
    text = m.claim.text[:1000]
    if _SPAN.search(text):
        return True
    if not m.counted.ongoing:
        return False
    low = text.lower()
    return any(w in low for w in RUNNING_MARKERS)


def _same_frame(ma: FigureClaim, mb: FigureClaim) -> bool:
    """What the two figures' clauses say around them lets them count one thing: no rate
    against a count, no day's count against a running tally, no two named days, no two
    winners, no "worldwide" against a place."""
    (rate_a, day_a, win_a), (rate_b, day_b, win_b) = ma.frame, mb.frame
    ca, cb = ma.counted, mb.counted
    if rate_a != rate_b and (rate_a and rate_b or (cb.event if rate_a else ca.event)):
        # "40,000 passengers a day" is a rate, "4,000 passengers were stranded" a count; a figure
        # of no event and no period is the rate's ("used by 45,000 commuters")
        return False
    if rate_a != rate_b and _spans_time(mb if rate_a else ma):
        return False  # "5,000 tonnes a day" and "300,000 tonnes this year": a rate and a total
    if bool(rate_a) != bool(rate_b) and ((day_b if rate_a else day_a) or _on_occasion(mb if rate_a else ma)):
        # "3,000 passengers use the ferry on a normal day" and "800 passengers were on board
        # when it broke down (on Monday)": a rate and one occasion's count; one day may differ
        return False
    if day_a is None and day_b is not None and _running(ma) or day_b is None and day_a is not None and _running(mb):
        return False  # "300 flights on Monday" is one day of "has cancelled 4,000 since the strike began"
    if (ca.scope or cb.scope) and not (ca.scope and cb.scope) and (ma.place or mb.place):
        return False  # "1.2m vehicles worldwide" and "400,000 vehicles in the United States"
    if _two_winners(win_a, win_b):
        return False  # "the ruling party won 41%" and "the opposition won 35 percent": two winners
    if day_a and day_b and day_a != day_b and not _same_day(ma, day_a, mb, day_b):
        return False  # "4,000 flights on Friday" and "1,100 flights on Saturday": two days' counts
    return True


# A figure inside a place phrase ("observers in 140 polling stations", "ballots from 37
# stations") counts the places of the word the phrase hangs on; the figure itself may start
# with its hedge ("in at least 40 stations").
_GOVERNED = lazyre.compile(r"([A-Za-z][A-Za-z’'-]{0,30})\s{1,2}(?:in|at|from|across|inside|within)\s{1,2}"
                       r"(?:(?:all|the|some|its|their|our)\s{1,2})?$")


_AT_VALUE = lazyre.compile(r"\s{1,2}at\b")


def _governor(m: FigureClaim) -> str | None:
    """The word a figure's place phrase hangs on ("observers" in "the party's observers in 140
    stations"), singular; None when the figure heads its own clause. Two event-less figures of
    one noun governed by different words count different sets: could not align."""
    if m.antecedent is not None:
        return m.antecedent  # "That covers more than 20 races": the results of the sentence before
    g = _GOVERNED.search(m.claim.text, max(0, m.figure.start - 60), m.figure.start)
    if g is None:
        return None
    if m.figure.unit and _AT_VALUE.match(m.claim.text, g.end(1)):
        return None  # "runs at 190 million litres", "put the deficit at £12m": a value, no place
    gov = singular(g.group(1).lower())
    return None if gov == m.counted.head else gov


def _context_stem(w: str) -> str:
    """ "cross", "crosses", "crossed", "crossing" compare equal (context words are lower case)."""
    if w in IRREGULAR_CONTEXT_STEMS:
        return IRREGULAR_CONTEXT_STEMS[w]  # "flew", "flight" -> "fly"
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[:-len(suffix)]
            break
    if len(w) > 4 and w[-1] == w[-2]:
        w = w[:-1]  # "annulled" -> "annul", "crossing" -> "cross" -> "cros"
    return w


def _shared_context(ma: FigureClaim, mb: FigureClaim) -> bool:
    """Some content word around the two figures is the same word; or the same but for its
    ending ("cross", "crossed") in sentences that name no different places."""
    ca, cb = ma.counted, mb.counted
    # a verb of passing alone tells nothing: "crossed the bridge", "cross the tunnel" (_one_traffic)
    wa, wb = set(ca.context) - TRAFFIC_VERBS, set(cb.context) - TRAFFIC_VERBS
    if wa & wb:
        return True
    if not {_context_stem(w) for w in wa} & {_context_stem(w) for w in wb}:
        return False
    return _no_other_names(ma, mb)


def _no_other_names(ma: FigureClaim, mb: FigureClaim) -> bool:
    na, nb = _sentence_names(ma.claim.text), _sentence_names(mb.claim.text)
    return not (na and nb) or names_match(na, nb)


def _sentence_names(text: str) -> frozenset[str]:
    """The proper names of a sentence, less its first word ("More than 40,000 ...")."""
    label = _SPEAKER_LABEL.match(text)
    if label:  # a transcript's "HOLT: Yes, the rocket ...": the label and the next word open it
        words = text[label.end():].split(None, 1)
        first = words[0].lower().strip("\"“',") if words else ""
        return proper_names(text[label.end():]) - {first}
    first = text.split(None, 1)[0].lower().strip("\"“'") if text.strip() else ""
    return proper_names(text) - {first}


_SPEAKER_LABEL = lazyre.compile(r"\s*[A-Z][A-Z'’-]{1,30}(?:\s[A-Z][A-Z'’-]{1,30})?:\s")


def _one_traffic(ma: FigureClaim, mb: FigureClaim) -> bool:
    """Two rates of one period, each with a verb of passing ("40,000 vehicles a day used the
    bridge", "30,000 vehicles a day crossed it"), in sentences that name no different places:
    one traffic."""
    rate_a, rate_b = ma.frame[0], mb.frame[0]
    if rate_a is None or rate_a != rate_b:
        return False
    oa, ob = _traffic_object(ma), _traffic_object(mb)
    if oa is None or ob is None or not (oa == ob or oa in _POINTERS or ob in _POINTERS):
        return False  # "used the ferry" and "ride the buses": two traffics
    return _no_other_names(ma, mb)


_POINTERS = frozenset(("it", "them", "this", "that"))
_TRAFFIC_AFTER = lazyre.compile(r"\b(?:" + "|".join(sorted(TRAFFIC_VERBS, key=len, reverse=True)) + r")\s{1,2}"
                            r"(?:(?:over|across|through|along|via|on|in|into)\s{1,2})?(?P<np>[^,;:.!?()]{1,80})", re.I)


def _traffic_object(m: FigureClaim) -> str | None:
    """What a verb of passing after the figure passes: "used the Orsund Bridge before" ->
    bridge, "crossed it" -> it, "ride the replacement buses" -> bus; None when there is none."""
    g = _TRAFFIC_AFTER.search(m.claim.text, m.figure.end, m.figure.end + 60)
    if g is None:
        return None
    words = [w.lower() for w in _ANTE_WORD.findall(g.group("np"))]
    if words and words[0] in _POINTERS:
        return words[0]
    np = []
    for w in words:
        if w in NOT_HEAD:
            if np:
                break
            continue
        np.append(w)
    return singular(np[-1]) if np else None


def compatible(a: Item, b: Item) -> bool | None:
    ma, mb = a.data, b.data
    if not _anchors_align(ma, mb):
        return None  # another event's figure ("in the 2011 epidemic"): could not align
    if _later_update(ma, mb):
        return None  # the toll rose between the two articles: an update, not a contradiction
    fa, fb = ma.figure, mb.figure
    ca, cb = fa.counted, fb.counted
    if ca.frame_verb and cb.frame_verb and ca.frame_verb != cb.frame_verb:
        return None  # "sat the exam" and "boycotted the exam" count different students
    if ca.residual != cb.residual:
        # "still without power" is what is left, not the count at the peak: never compared,
        # except that what is left cannot be more than there ever was ("1,750 tonnes remain on
        # board" against "just under 1,200 tonnes were on board"), and a count left that
        # overlaps the whole is no contradiction of it
        return _residual_verdict(ma, mb)
    if ca.scope and cb.scope and ca.scope != cb.scope:
        return None  # "worldwide" and "in Europe" count different sets
    if ca.having != cb.having and (ca.event is None or cb.event is None):
        return None  # "represents 60,000 teachers" is a stock, "told several thousand" a crowd
    if (ca.event is None or cb.event is None) and not (
            _shared_context(ma, mb) or _one_traffic(ma, mb)
            or (ma.sole and mb.sole and ca.event == cb.event and _same_verb(ma, mb))
            or _sole_across(ma, mb)):
        return None  # no event to align on and nothing else in common: could not align
    if (ca.event is None or cb.event is None) and _governor(ma) != _governor(mb):
        return None  # "tally sheets from all 612 stations", "observers in 140 stations": two sets
    if ca.event in PLACE_EVENTS and not _same_place(ma, mb):
        return None  # two places' populations, or a place unnamed: could not align
    if ca.event in GIVER_EVENTS and not _same_giver(ma, mb):
        return None  # two givers' pledges, or a giver unnamed: could not align
    if (ma.anchor and cb.modality == "possible") or (mb.anchor and ca.modality == "possible"):
        return None  # "fined 1.8 million in 2021" and "could face a fine of up to 20 million"
    if not _same_frame(ma, mb):
        return None
    if ma.union or mb.union:
        verdict = _union_verdict(ma, mb)
        if verdict is not ...:
            return verdict
    if ca.event != cb.event and (ca.event in UMBRELLA_EVENTS) != (cb.event in UMBRELLA_EVENTS):
        return _umbrella_verdict(ma, mb)  # "affected" takes in "cancelled": a part, never more
    ok = overlaps(fa, fb)
    if not ok and (ma.unit_from or fa.unit) != (mb.unit_from or fb.unit):
        ok = overlaps(_widened(fa), _widened(fb))  # "5 miles" and "8 km": one distance, rounded
    if ok:
        return True
    if fa.ambiguous or fb.ambiguous:
        return None
    if ca.modality == "total" or cb.modality == "total":
        # two wholes: one set only when the same part is given of both ("won 38 of the 75
        # seats", "won 38 of the 750 seats"); "3 of 40 samples" and "5 of 60 samples" may be
        # two rounds of sampling
        pa, pb = _part_before(ma), _part_before(mb)
        return False if pa is not None and pa == pb and ca.modality == cb.modality else None
    if ca.event == cb.event == "attended" and (oa := _attended(ma)) and (ob := _attended(mb)) and oa != ob:
        return None  # "300 attended the funeral" and "2,000 attended the vigil": two gatherings
    if ca.event == "participated" and (_unnamed_activity(ma) or _unnamed_activity(mb)) and not (
            set(ma.activity) & set(mb.activity)):
        # "300 took part" after "The riot broke out ..." refutes "30 took part in the riot", never
        # "9 took part in the talks"; with no activity named before it, it only agrees
        return None
    if ca.modality in NO_CONTRADICTION_MODALITIES or cb.modality in NO_CONTRADICTION_MODALITIES:
        return None
    return False


_PART_OF = lazyre.compile(r"([\w,.-]{1,20})\s{1,2}of\s{1,2}(?:the\s{1,2})?$", re.I)


def _part_before(m: FigureClaim) -> str | None:
    """The part given of a whole: "three" in "three of 40 samples" (lower case)."""
    g = _PART_OF.search(m.claim.text, max(0, m.figure.start - 40), m.figure.start)
    return g.group(1).lower() if g else None


def _residual_verdict(ma: FigureClaim, mb: FigureClaim) -> bool | None:
    """A count of what is left against the whole of one count (same thing, event and unit): a
    contradiction when the part left must be larger than the whole, an agreement when they
    overlap, else nothing (the rest may have been restored, found, unloaded)."""
    left, whole = (ma, mb) if ma.counted.residual else (mb, ma)
    fl, fw = left.figure, whole.figure
    if (fl.ambiguous or fw.ambiguous or left.anchor != whole.anchor
            or left.counted.modality is not None or whole.counted.modality is not None
            or left.counted.event is None or whole.counted.event is None or not _same_frame(ma, mb)):
        return None
    if fw.hi is not None and (fl.lo > fw.hi or (fl.lo == fw.hi and (fl.lo_open or fw.hi_open))):
        return False
    return True if overlaps(fl, fw) else None


_TOOK_PART = lazyre.compile(r"\s(?:took|take|takes|taking)\s{1,2}part\s{0,2}(?:[,.;:)]|$)|\sparticipat(?:ed|ing)\s{0,2}(?:[,.;:)]|$)")
_PART_IN = lazyre.compile(r"\s(?:(?:took|take|takes|taking)\s{1,2}part|participat(?:ed|ing)|involved)\s{1,2}in\s{1,2}"
                      r"(?:(?:the|a|an|its|their|this|that)\s{1,2})?(?P<noun>[a-z][a-z-]{1,30})")
_EVENT_TOKEN = lazyre.compile(r"[a-z][a-z-]{1,30}")


_ATTENDED = lazyre.compile(r"\s(?:attended|attending|attend|attends|joined|at)\s{1,2}(?:the|a|an|its|their|this|that)\s{1,2}"
                           r"(?:[a-z-]{1,20}\s{1,2}){0,2}?(?P<noun>funeral|vigil|rally|protest|march|match|game|concert|"
                           r"festival|service|ceremony|memorial|meeting|hearing|parade|demonstration|opening|launch|"
                           r"show|final|fair|mass|wake|celebration|event|gathering)s?\b")


def _attended(m: FigureClaim) -> str | None:
    """The gathering a crowd attended, named after the figure ("300 people attended the
    funeral" -> funeral); None when none is named."""
    g = _ATTENDED.search(m.claim.text, m.figure.end, m.figure.end + 80)
    return g.group("noun") if g else None


def _unnamed_activity(m: FigureClaim) -> bool:
    """ "Around 300 inmates took part": in an activity the clause does not name."""
    return _TOOK_PART.search(m.claim.text, m.figure.end, m.figure.end + 60) is not None


def _activity(text: str, end: int, previous: str) -> tuple[str, ...]:
    """What the people of a "took part" figure took part in, as events: the noun named after
    the figure ("took part in the riot"), or, when the clause names none ("Around 300 inmates
    took part."), the words of the sentence before ("The riot broke out ..."); canonical
    (a "disturbance" is a riot)."""
    m = _PART_IN.search(text, end, end + 80)
    if m is not None:
        return (EVENT_WORDS.get(m.group("noun"), m.group("noun")),)
    if _TOOK_PART.search(text, end, end + 60) is None:
        return ()
    return tuple(sorted({EVENT_WORDS.get(w, w) for w in _EVENT_TOKEN.findall(previous[:600].lower())}))


def _key(m: FigureClaim) -> tuple:
    # Equal keys are one value class; a tally's date and a figure's anchor are part of it so
    # that the class representative speaks for every member.
    pub = m.published.isoformat() if m.cumulative and m.published else ""
    return (m.claim.value, m.anchor or "", pub)  # the claim's value is figure.interval()


def _mark_reverted(members: tuple[FigureClaim, ...]) -> list[FigureClaim]:
    """A growing tally whose larger figure a LATER article contradicts with a smaller one
    ("more than 20 dead" on 9 October, "eleven died" on 25 October): against an earlier
    figure that the later one repeats ("eleven died" on 7 October) the rise was no update.
    An earlier figure below both ("6,000 ha", then "21,000", then "14,500") stays an update,
    and so does a running tally ("a total of 57 so far", "have died")."""
    out = []
    for m in members:
        lower, higher = [], []
        if m.cumulative and m.published is not None:
            lo, hi = m.figure.lo, m.figure.hi
            for o in members:
                if (o.published is not None and o.published > m.published and o.cumulative
                        and o.anchor == m.anchor and o.counted.modality is None
                        and o.figure.hi is not None and (o.figure.hi < lo or (o.figure.hi == lo and (o.figure.hi_open or m.figure.lo_open)))):
                    lower.append(o.figure)
                if (o.published is not None and o.published < m.published and o.cumulative
                        and o.anchor == m.anchor and o.counted.modality is None and not o.counted.ongoing
                        and hi is not None and o.figure.lo > hi):
                    higher.append(o.figure)
        out.append(evolve(m, later_lower=tuple(lower), earlier_higher=tuple(higher)) if lower or higher else m)
    return out


def verdicts(group: FigureGroup):
    items = [Item(m.claim, _key(m), m) for m in _mark_reverted(group.members)]
    return judge_group(items, compatible, single_source=False)


# NU201, NU203 and SR402 all judge the same aligned groups: the groups and their verdicts
# are computed once per story (they were two thirds of the three rules' time). Kept per
# story under its first ArticleFacts, weakly: an entry goes when its articles go, and one
# whose articles are not exactly the story's (compared by identity, through weak references
# that never point at a reused id) is recomputed. An ArticleFacts' extraction results never
# change once computed.
_JUDGED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def judged_groups(story: StoryFacts) -> tuple[tuple[FigureGroup, tuple[Verdict, ...]], ...]:
    """``aligned_groups(story)``, each with its ``verdicts``; computed once per story."""
    arts = story.articles
    hit = _JUDGED.get(arts[0]) if arts else None
    if hit is not None:
        refs, judged = hit
        if len(refs) == len(arts) and all(r() is a for r, a in zip(refs, arts)):
            return judged
    judged = tuple((g, tuple(verdicts(g))) for g in aligned_groups(story))
    if arts:
        _JUDGED[arts[0]] = (tuple(weakref.ref(a) for a in arts), judged)
    return judged


def _quotes(claims) -> list[str]:
    return sorted({c.quote for c in claims})


def _article_pairs(claims, a: str, b: str) -> list[tuple]:
    """One contradiction per pair of articles: "84,312" in 01 and 05 against "more than
    100,000" in 03 is 01 vs 03 and 05 vs 03, never a finding that seems to set 01 against
    05, which agree."""
    side_a = sorted({c.article for c in claims if c.value == a})
    side_b = sorted({c.article for c in claims if c.value == b})
    if len(side_a) == 1 and len(side_b) == 1 or len({*side_a, *side_b}) > MAX_PAIRWISE_ARTICLES:
        return [tuple(claims)]  # past a desk's handful, side against side: pairs grow with the square
    out = []
    for x in side_a:
        for y in side_b:
            if x != y:
                out.append(tuple(c for c in claims if (c.value == a and c.article == x) or (c.value == b and c.article == y)))
    return out or [tuple(claims)]


def _sides_result(group: FigureGroup, v: Verdict) -> Result:
    """A large group's contradiction, side against side (``judge_group``): one finding, the
    first quotation of each side and the values of each."""
    mine, theirs = v.sides
    topic = group.topic_for(v.claims)
    qa = min(mine, key=lambda c: (c.path, c.span.start)).quote
    qb = min(theirs, key=lambda c: (c.path, c.span.start)).quote
    na, nb = (len({c.article for c in side}) for side in v.sides)
    msg = (f"Figures for {topic} cannot all be right: {qa!r} ({v.values[0]}; {na} article{'s' * (na != 1)}) "
           f"vs {qb!r} ({v.values[1]}; {nb} article{'s' * (nb != 1)})")
    return Result("contradiction", topic, msg, v.claims)


def check(story: StoryFacts):
    for group, group_verdicts in judged_groups(story):
        for v in group_verdicts:
            if v.kind == "contradiction" and v.sides is not None:
                yield _sides_result(group, v)
            elif v.kind == "contradiction":
                a, b = v.values
                for claims in _article_pairs(v.claims, a, b):
                    qa = next(c.quote for c in claims if c.value == a)
                    qb = next(c.quote for c in claims if c.value == b)
                    topic = group.topic_for(claims)
                    msg = f"Figures for {topic} cannot both be right: {qa!r} ({a}) vs {qb!r} ({b})"
                    yield Result("contradiction", topic, msg, claims)
            elif v.kind == "agreement":
                hedge_of = {m.claim: m.figure.hedge_word for m in group.members}
                hedges = sorted({hedge_of[c] for c in v.claims})
                note = None
                if len(hedges) > 1:
                    note = "hedges differ: " + ", ".join(hedges)
                topic = group.topic_for(v.claims)
                msg = f"Figures for {topic} agree: " + ", ".join(repr(q) for q in _quotes(v.claims))
                yield Result("agreement", topic, msg, v.claims, note=note)


RULE = Rule(
    code=CODE, name=NAME, kinds=("contradiction", "agreement"), check=check,
    examples=(
        Example({"a.txt": "Published 13 June 2024\n\nA total of 143 people died in the floods, the health ministry said.",
                 "b.txt": "Published 12 June 2024\n\nMore than 200 people were killed when the dam burst."},
                kind="contradiction", contains=("143", "More than 200")),
        Example({"a.txt": "Published 5 August 2024\n\nThe outbreak has killed 31 people, the health ministry said.",
                 "b.txt": "Published 13 August 2024\n\nThe outbreak has killed 44 people, the health ministry said."},
                absent=("contradiction",)),
        Example({"a.txt": "Published 9 May 2024\n\nSome 70 people have died in the outbreak, officials said.",
                 "b.txt": "Published 9 May 2024\n\nMore than 90 people have died in the outbreak, doctors said."},
                kind="contradiction", contains=("Some 70", "More than 90")),
        Example({"a.txt": "Published 2 March 2023\n\nAt least 64 people have died in the epidemic.",
                 "b.txt": "Published 3 March 2023\n\nMore than 300 people died in the 2009 epidemic."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 2 March 2023\n\nLast year, 300 people died in a similar epidemic.",
                 "b.txt": "Published 2 March 2023\n\nAt least 64 people have died in the epidemic."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 2 March 2023\n\nThe watchdog fined the insurer £4.5 million in 2019.",
                 "b.txt": "Published 3 March 2023\n\nThe insurer paid a £2.5 million fine in 2019."},
                kind="contradiction", contains=("£4.5 million", "£2.5 million")),
        Example({"a.txt": "Published 2 March 2023\n\nThe leak affected some 90,000 patients, the hospital group said.",
                 "b.txt": "Published 3 March 2023\n\nAbout 12,000 patients whose medical records were copied will be contacted."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 2 March 2023\n\nThe blaze has burned in excess of 30,000 hectares.",
                 "b.txt": "Published 3 March 2023\n\nRoughly 18,000 ha have burned so far."},
                kind="contradiction", contains=("in excess of 30,000", "Roughly 18,000 ha")),
        Example({"a.txt": "Published 2 March 2023\n\nClose to 700 homes were without power on Monday.",
                 "b.txt": "Published 2 March 2023\n\nNo fewer than 2,000 homes lost power in the storm."},
                kind="contradiction", contains=("Close to 700", "No fewer than 2,000")),
        Example({"a.txt": "Published 12 June 2024\n\nNearly 8,000 people were displaced by the floods, officials said.",
                 "b.txt": "Published 14 June 2024\n\nAt least 12,000 people have been displaced, according to the Red Crescent."},
                kind="contradiction", contains=("Nearly 8,000", "At least 12,000")),
        Example({"a.txt": "Published 1 May 2022\n\nAt least one million Uighurs are held in camps, according to UN data.",
                 "b.txt": "Published 2 May 2022\n\nSome 1 million Uygurs are alleged to have been held in camps."},
                kind="agreement", contains=("At least one million", "Some 1 million")),
        Example({"a.txt": "Published 12 June 2024\n\nAt least 140 people died in the floods.",
                 "b.txt": "Published 13 June 2024\n\nA total of 143 people were killed in the floods."},
                kind="agreement", absent=("contradiction",)),
        Example({"a.txt": "Published 12 June 2024\n\nSome 12,500 homes were damaged, the agency said.",
                 "b.txt": "Published 13 June 2024\n\nMore than 12,000 homes were damaged by the water."},
                absent=("contradiction",)),
        Example({"a.txt": "Published 12 June 2024\n\nAt least 900 people were injured, hospital officials said.",
                 "b.txt": "Published 13 June 2024\n\nMore than 200 people died in the floods, officials said."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 12 June 2024\n\nSome 3,400 homes were destroyed in the floods.",
                 "b.txt": "Published 13 June 2024\n\nMore than 12,000 homes were damaged in the floods."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 12 June 2024\n\nThe ministry denied that 500 people had died.",
                 "b.txt": "Published 13 June 2024\n\nA total of 143 people died in the floods."},
                absent=("contradiction",)),
        Example({"a.txt": "Published 20 March 2025\n\nHackers copied the personal details of as many as 640,000 customers, the bank said.",
                 "b.txt": "Published 24 March 2025\n\nIn excess of 1 million customers were affected, according to the regulator."},
                kind="contradiction", contains=("as many as 640,000", "In excess of 1 million")),
        Example({"a.txt": "Published 20 March 2025\n\nThe bank was fined €1.8 million in 2021 over a smaller leak.",
                 "b.txt": "Published 24 March 2025\n\nIt paid a €1.3 million penalty in 2021."},
                kind="contradiction", contains=("€1.8 million", "€1.3 million")),
        Example({"a.txt": "Published 20 March 2025\n\nThe bank was fined €1.8 million in 2021 over a smaller leak.",
                 "b.txt": "Published 24 March 2025\n\nThe bank could face a fine of up to €20 million."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 7 August 2025\n\nIt is the first outbreak since 2011. That epidemic, which lasted a season, killed more than 200 people.",
                 "b.txt": "Published 13 August 2025\n\nThe outbreak has killed 44 people, the ministry said."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 7 August 2025\n\nThe infections were traced to a borehole that supplied close to 900 households.",
                 "b.txt": "Published 8 August 2025\n\nNo fewer than 1,200 households drew their water from the borehole."},
                kind="contradiction", contains=("close to 900", "No fewer than 1,200")),
        Example({"a.txt": "Published 7 August 2025\n\nThe ferry was carrying 212 passengers and 14 crew members when it left port.",
                 "b.txt": "Published 8 August 2025\n\nTwelve crew members are still missing."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 20 March 2025\n\nThe lender, which has 2.1 million customers in total, reported a loss.",
                 "b.txt": "Published 24 March 2025\n\nThe leak affected as many as 640,000 customers."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 3 February 2026\n\nThe Western Development Bank has pledged at least $400 million for reconstruction.",
                 "b.txt": "Published 23 February 2026\n\nThe country has received pledges worth nearly $300 million from the Western Development Bank."},
                kind="contradiction", contains=("at least $400 million", "nearly $300 million")),
        Example({"a.txt": "Published 20 August 2024\n\nOf 148 samples tested since the alert, 9 were positive.",
                 "b.txt": "Published 28 August 2024\n\nThe company has now tested more than 300 samples."},
                absent=("contradiction",)),
        Example({"a.txt": "Published 20 October 2025\n\nNearly 20 passengers were hurt, the hospital said.",
                 "b.txt": "Published 22 October 2025\n\nAt least 31 passengers were injured in the collision."},
                kind="contradiction", contains=("Nearly 20", "At least 31")),
        Example({"a.txt": "Published 18 July 2024\n\nNearly 300,000 homes lost power within an hour.",
                 "b.txt": "Published 22 July 2024\n\nSome 20,000 homes were still without power on Monday."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "Published 7 May 2025\n\nMore than 200 rescuers are working in shifts.",
                 "b.txt": "Published 8 May 2025\n\nThe operation involved some 150 rescue workers, officials said."},
                kind="contradiction", contains=("More than 200", "some 150")),
        Example({"a.txt": "Published 16 July 2025\n\nThe number of evacuees rose to 5,100 on Wednesday.",
                 "b.txt": "Published 4 August 2025\n\nAt the peak, upwards of 5,000 people were out of their homes."},
                kind="agreement", contains=("5,100", "upwards of 5,000")),
        Example({"a.txt": "Published 11 February 2026\n\nAt least 30 crates fell into the sea as the barge listed.",
                 "b.txt": "Published 16 February 2026\n\nFewer than 12 crates were lost overboard, the owners said."},
                kind="contradiction", contains=("At least 30", "Fewer than 12")),
        Example({"a.txt": "Published 28 May 2025\n\nOn Sunday the chain opened 30 stores so that customers could buy water.",
                 "b.txt": "Published 2 June 2025\n\nThe chain employs 6,000 staff and operates 480 stores."},
                absent=("contradiction", "agreement")),
    ),
)

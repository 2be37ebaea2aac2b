"""Attribution drift: the same figure credited to different kinds of source.

What: figures aligned by the figures rule and compatible with each other (the same toll,
the same amount: each stated number within the other's bounds, or the two within 10%;
"at least 480" and "more than 1,000" overlap but are two figures, never drift) whose attributions name clearly different kinds of source in different
articles: a ministry in one and aid groups in another, "UN data" in one and "activists
say" or a passive "are alleged" in another, a company in one and consumer groups in
another. Reported as a contradiction of severity warning so that editors see where a
number comes from. Kinds are those of the attribution extractor (government,
international, ngo, media, police, court, company, expert, document; anonymous, vague,
none); a named source against anonymous, vague or no attribution counts as different,
two weak attributions (vague against none) do not. Plural groups of people are kinds of
source too ("Volunteers say", "rescuers said", "residents said": ``GROUP_SOURCE_KINDS`` in
checker/vocab/sources.py), and so are associations of people ("the tenants' association",
"the miners' union"), the organisers of a march or strike (against the police's count), the
emergency services ("the fire service"), management (against the union), people who speak for
themselves ("travellers said", "fans", "posts on social media") and those who speak for one
party ("the player's agent", "a lawyer for the families"); an "according to" phrase is read
whole ("according to posts on social media"). A company or agency named without a telling word ("Ostrand Grid said")
takes the kind of the article's own description whose modifier ends its name ("the grid
operator" makes it a company); a source extracted from a relative clause after the figure
gives way to an "according to" right after it. A body of members named by its members ("the Prison
Officers' Federation", "the consumer association") speaks for them, not for their employer; "The
service said" is the article's fuller "the national prison service" (the state); a document's
publisher is its source ("figures from the education ministry show"), and a document of
"its"/"their" is the sentence's subject's ("The charity spent £2m, according to its annual
report" is the charity); administrators, liquidators and receivers speak for the company they
run; a name the story describes
once ("the Safe Bottles Network, a parents' group", "Fair Shift, a campaign group") keeps that kind
in every article; "It said" after "The Drivers' Union published its own count." is the union. Two
official bodies are never drift: courts, prosecutors and public emergency services ("the fire
service", "the coastguard") are the state, like ministries, the police and the central bank.
A party's lawyers ("the defendant's lawyers", "lawyers for the families") speak for that
party, not for the court; professionals named by their employer ("city engineers", "government
scientists") speak for the employer, so "city officials" and "city engineers" are no drift. A
figure the figures rule could not align is still one figure when two articles repeat its phrase
word for word ("about 6 micrograms per litre", "some 2,300 hectares") in sentences that share at
least two content words around it, in any inflection ("owes £1m to growers" / "growers say they
are owed £1m"); a count in words echoes with its noun when both its events are known ("received
five calls" / "five calls were made"), and an event's two sides are one ("received" / "made",
"paid", "shipped": ``CONVERSE_EVENTS``). Two figures are compared only when they count the same thing:
every word that narrows one of them (what it is "of": "the bank account numbers of 41,000
customers"; a modifier after its noun: "customers with exposed account numbers") must occur
in the other's sentence; a phrase of time after the noun ("some 40 km downstream at its peak",
"5,000 protesters at the height of the march") says when, not what, and narrows nothing.

A statement that is no counted figure (a duration, a relative date, a claim with a number in
it, or a plain claim of fact with no number at all: "The ship lost engine power minutes before
it grounded") is one statement when two articles restate it near word for word, no verb, modal,
negation or number changed ("The doors were open for less than ten minutes, the fire service
said." / "..., according to two cleaners on shift."; "A drainage pipe had burst days before the
slip, police said." / "Residents said a drainage pipe had burst ..."); reported speech may shift
its tense ("is" / "was", "had burst" / "burst"). The reporting tag is cut before comparing,
with a hearer or an occasion ("Crew members told fishermen at the quay that ...", "said in a
statement on Friday that"), and so are a live blog's time stamp, a transcript's speaker label
and an impersonal hedge ("It is understood that ..."; "reportedly" is one word of difference).
A live blog's verbless lead-in before a colon ("For readers just tuning in: ...") is cut too. A
retelling may be trimmed: a name in one telling and a definite description in the other as
subject ("Harbour Ferries" / "the operator"), and up to five words left out of the longer
predicate, none a verb, modal, negation or narrowing word ("was warned about the state of the
north pier" / "was warned about the north pier"); a statement with a number may swap one verb
for another of the same counted-event class ("received £2m" / "pocketed £2m").
Each restatement is set against the statement's first telling when that names a clear kind of
source (a claim told bare first and credited later gained a source: no drift), and dropping
that telling's attribution is drift when it was an official body's or a company's ("the health
ministry said", "the society said in a statement" / no source at all), unless the bare telling
states a standing fact in the present simple ("The plant makes about 70 percent of the supply",
"It is the first time ... since"): background told as fact is the unsourced rule's. A document of a named
publisher ("according to county council records", "a report by the health inspectorate") is
that publisher's word; records and data as the retelling ("according to the company's own
records"), or with no publisher ("according to records"), are evidence any body may cite: no
drift there. A document's publisher named by a bare head noun ("according to the board's own
monitoring data") and a bare "the board" take the kind the story's proper name gives that head
("the Environment Protection Board", "the State Board of Pharmacy"); "players' representatives"
speak for one party, like their lawyers. A live blog's time stamp may be set off by a dash.
Staff speaking for themselves ("the night guards", "employees", "miners", "crew members", "staff
in the IT department": people named before where they work) are a kind of source of their own;
so is any plural noun of people by what they do ("Anglers said", "local shopkeepers"), unless
the article writes it as a surname ("Senator Ann Sanders"). A bare head noun takes the kind the
story's fuller description gives it in any article ("The society said" after "the country's
largest building society" elsewhere), and the trades of business are companies ("the lender",
"the ship's insurers").

Why: a number that is "official" in one outlet and "alleged by activists" in another is
not the same claim, even when the digits agree.

Known false positives: the sentence's attribution may belong to another claim of the same
sentence; an unknown kind of institution is never reported as drift (a false negative), nor
are figures whose qualifiers differ in wording only ("account numbers" / "bank details"). A
statement's official telling and a later bare one are drift even when the later outlet checked
the fact itself; a statement restated in other words ("is the most likely cause" / "caused")
or a figure told bare ("143 people died" after "..., the ministry said") is not aligned.
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from collections import Counter
from itertools import chain
from typing import Callable, NamedTuple

from checker import lazyre
from checker.extract.counted import singular
from checker.extract.events import stem as _stem
from checker.facts import StoryFacts
from checker.model import Attribution, Claim
from checker.vocab import sources as V
from checker.vocab.numbers import CURRENCY_SYMBOLS, CURRENCY_WORDS, EVENT_CLASSES, EVENT_OF
from rules.base import Example, Result, Rule
from rules.figures import UNCOMPARABLE_MODALITIES as _UNCOMPARABLE
from rules.figures import FigureClaim, judged_groups

CODE = "SR402"
NAME = "attribution-drift"

WEAK = frozenset(("none", "vague", "anonymous"))
SAME_FIGURE_SHARE = Decimal("0.1")  # "nearly 500" and "480" are one figure; 480 and 1,000 are not
# Kinds that are one family for drift: a police force and a ministry are both the state.
# Two official bodies are no drift ("prosecutors" and "the police", "the fire service" and "the
# interior ministry", "the army" and "the defence ministry"): courts and public emergency services
# are the state too. Rescuers, medics and volunteers as people (GROUP_SOURCE_KINDS) are not.
FAMILY = {"government": "state", "police": "state", "court": "state", "emergency": "state",
          "international": "international",
          "ngo": "ngo", "media": "media", "company": "company", "expert": "expert",
          "responders": "responders", "public": "public", "organisers": "organisers",
          "representative": "representative", "political": "political", "staff": "staff"}
NEUTRAL_KINDS = frozenset(("document", "institution", "person"))  # never "clearly different"

# Local fallback when the attribution extractor gives no category: cue words by kind.
_KIND_CUES = (
    ("vague", r"\balleg\w*|\breportedly\b|\bsome say\b|\bit is (?:said|believed|claimed)\b|\bcritics\b"
              r"|\bunconfirmed\b|\baccording to (?:local |media |press |some |several )?reports\b"),
    ("international", r"(?-i:\b(?:UN|U\.N\.|WHO|IMF|EU|NATO|OSCE|UNICEF|UNHCR)\b)|\b(?:United Nations|World Bank|European Union|international)\b"),
    # the apostrophe is optional: an extracted source may have lost it ("the insurers association")
    ("ngo", r"\b(?!employers|this\b)[a-z]{3,30}s['’]?\s(?:association|union|committee|federation|group)\b|\b(?:aid (?:groups?|agencies|workers|charit(?:y|ies))|campaign(?:ing)?\s(?:groups?|organi[sz]ations?|networks?)|pressure groups?|volunteers?|activists?|rights groups?|charit(?:y|ies)|NGOs?|Red Cross|Red Crescent|consumer groups?|campaigners?|advocacy|(?:independent |election )?(?:observers?|monitors?)|watchdog)\b"),
    ("police", r"\bpolice\b"),
    # a party or a bloc of parties speaks for its side: "the Green Alliance said", "the opposition"
    ("political", r"\b(?:part(?:y|ies)|alliance|coalition|opposition)\b"),
    # who called a march or a strike counts its own crowd: "police said 20,000, organisers 80,000"
    ("organisers", r"\borgani[sz]ers?\b|\borgani[sz]ing committee\b"),
    # (their crews speak for them: "fire crews", "ambulance crews", "coastguard crews")
    ("emergency", r"\b(?:fire (?:service|brigade|department|crew|engine)s?|firefighters?|ambulance (?:service|crew)s?|emergency services|rescue services?|coastguards?)\b"),
    # a state's bank: "the central bank" is no company
    ("government", r"\bcentral banks?\b"),
    ("court", r"\b(?:court|prosecut\w+|judge|indictment|tribunal|coroners?|medical examiners?)\b"),
    # (capitalised: the service's name) "the US Coast Guard", "the state Fire Marshal"
    ("emergency", r"(?-i:\bCoast Guard|\bFire Marshal(?:'s|’s)? Office|\bFire Marshal)\b"),
    # the state's offices and bureaus by name, before "executive" makes a company of one: "the
    # National Audit Office", "the Office for National Statistics", "the Census Bureau", "the
    # Bureau of Meteorology", "the Health and Safety Executive"
    ("government", r"(?-i:\b(?:Audit|Home|Foreign|Cabinet|Statistics|Census|Weather|Budget|Accountability|"
                   r"Attorney(?:'s|’s)?|Sheriff(?:'s|’s)?|Prosecutor(?:'s|’s)?) Office|\bOffice (?:for|of) (?:National|the|[A-Z][a-z]+ )"
                   r"|\b(?:Census|Statistics|Labor Statistics|Meteorology|Investigation|Prisons|Land Management) Bureau|\bBureau of (?:the )?[A-Z]"
                   r"|\b(?:Health and )?Safety Executive|\bCent(?:er|re)s? for Disease Control"
                   # the seats of government by name
                   r"|\b(?:Treasury|Pentagon|Kremlin|White House|Downing Street|Whitehall)\b)"),
    ("media", r"\b(?:journalists?|newspaper|broadcaster|media|reporters?|daily|television)\b"),
    ("expert", r"\b(?:analysts?|experts?|economists?|researchers?|scientists?|academics?)\b"),
    # who runs a company in insolvency speaks for it: "the administrators", "its liquidators",
    # "the official receiver" (not "school administrators": a modifier names another office)
    ("company", r"(?:^|\b(?:the|its|their|joint|special|interim|provisional|appointed|court-appointed)\s)"
                r"(?:administrators|liquidators|receivers)\b|\b(?:official receiver|insolvency (?:practitioners?|firm)|"
                r"(?:joint|special|provisional) (?:administrator|liquidator)s?)\b"),
    ("company", r"\b(?:company|management|bosses|executives?|owners?|carmaker|firm|manufacturer|supplier|club|operator|airline|bank|chamber of commerce|employers?|industry (?:group|body)|trade association|business (?:group|lobby)"
                # the trades of business by name: "the lender", "the ship's insurers", "the building society"
                r"|building societ(?:y|ies)|lenders?|insurers?|underwriters?|retailers?|brokers?|shipowners?|landlords?|"
                r"contractors?|salvors?|hauliers?|wholesalers?|distributors?|utilit(?:y|ies)|(?:energy|water|rail|bus|ferry|shipping|"
                r"mining|oil|gas|insurance|property|construction|telecoms?|media|tech|logistics) (?:group|giant|firm|provider)s?)\b"),
    # a public service of the state: "the national prison service", "the probation service"
    ("government", r"\b(?:(?:national|state|federal|regional|provincial|municipal|county|city)\s(?!news\b)(?:[a-z]{2,20}\s){0,2}service|(?:prison|probation|"
                   r"civil|customs|border|immigration|postal|meteorological|weather|geological|statistics|tax|"
                   r"revenue)\sservice)\b"),
    # the state's inspectors and its survey agencies: "a letter from inspectors", "safety inspectors",
    # "the British Geological Survey", "the Ordnance Survey" (not "a survey by ...": a document)
    ("government", r"\binspectors?\b|(?-i:\b(?:Geological|Hydrographic|Ordnance|Topographic|Geodetic|Fish and Wildlife) Survey)\b"),
    ("government", r"\b(?:ministry|minister|government|ombudsman|health (?:service|board)|directorate|inspectorate|regulator|authorit(?:y|ies)|agency|officials?|commission|governor|council|mayor|department|spokes(?:man|woman|person))\b"
                   # a statutory board named by its remit ("the water board", "the parole board", "the
                   # casualty investigation board"); not "the board", "the bank's board" (a company's,
                   # and "company board", "club board" are matched as companies above)
                   r"|(?<![’']s\s)\b(?!(?:the|its|their|our|this|that|his|her|whole|full|new|old|former|message|notice|bulletin|discussion|chat)\b)[a-z]{3,20}\sboards?\b"),
    # people who speak for themselves, and what they post ("travellers said", "posts on social media")
    ("public", r"\b(?:residents|witnesses|locals|villagers|survivors|relatives|families|parents|passengers|"
               r"travell?ers|commuters|motorists|fans|supporters|customers|shoppers|patients|voters|farmers|"
               r"social media|online posts|facebook|twitter|instagram|tiktok|whatsapp|telegram|"
               # where people post: "drivers' forums", "parents' chat groups", "message boards"
               r"forums|(?:online|internet|web) forums?|message ?boards?|chat ?(?:rooms?|groups?)|"
               r"online (?:groups?|communities|community)|comment (?:sections?|threads?)|bloggers?)\b"),
    # who speaks for one party: "according to the player's agent", "a lawyer for the families"
    ("representative", r"\b(?:agents?|lawyers?|attorneys?|solicitors?|legal team|representatives?|spokespeople for)\b"),
    ("document", r"\b(?:data|records?|documents?|report|figures|statistics|census|filing)\b"),
)
# Plural groups of people as sources (vocabulary: checker/vocab/sources.py), looked at after
# the cue words above but before documents: "Rescuers said", "..., aid workers say".
_GROUP_RX = tuple(
    (k, lazyre.compile(r"\b(?:" + "|".join(re.escape(w).replace("\\ ", r"\s") for w in ws) + r")\b", re.I))
    for k, ws in (*V.GROUP_SOURCE_KINDS, ("staff", V.STAFF_COLLECTIVES))
)
_KIND_RX = (*((k, lazyre.compile(p, re.I)) for k, p in _KIND_CUES[:-1]), *_GROUP_RX,
            (_KIND_CUES[-1][0], lazyre.compile(_KIND_CUES[-1][1], re.I)))


_ACCORDING = lazyre.compile(r"\baccording\sto\s(?P<src>[^,.;]{2,120})", re.I)  # "data from the recorder released by the commission"
# A source named around the figure with a verb of saying or counting: ", volunteers say." at
# the end, "The health ministry put the number ... at 312" or "Volunteers say ..." at the start.
_SAY = r"(?:say|says|said|report|reports|reported|estimate|estimates|estimated|believe|believes)"
_TRAILING = lazyre.compile(rf",\s(?P<src>[A-Za-z][^,.;:\"“”]{{1,60}}?)\s{_SAY}\.?[\"”]?\s{{0,2}}$")
_LEADING = lazyre.compile(
    rf"^(?P<src>[A-Z][^,.;:\"“”]{{1,60}}?)\s(?:{_SAY}|put|puts|counted|counts|recorded|records|"
    r"registered|registers|tallied|listed|confirmed|confirms)\b")
_SAY_CUES = frozenset(_SAY[3:-1].split("|")) | {"according", "told", "stated", "announced"}
_CLAUSE = lazyre.compile(r"[,;:]\s")
# A document owned by "its"/"their" (the sentence's subject): accounts, filings, results, reports.
_OWN_DOCUMENT = lazyre.compile(
    r"\s*(?:its|their)\s(?:own\s|latest\s|most\srecent\s|published\s|audited\s|annual\s|quarterly\s|"
    r"interim\s|half-year\s|full-year\s|financial\s|official\s|internal\s|last\s|filed\s){0,3}"
    r"(?:accounts|filings?|results|financial\sstatements?|statements?\sof\saccounts|balance\ssheet|"
    r"reports?|returns?|figures|data|records|statistics|minutes|prospectus|submissions?)\b", re.I)
# The sentence's subject and verb: its first four words, to the first comma.
_LEAD = lazyre.compile(r"(?:[^\s,;:]+\s){0,3}[^\s,;:]*")


# A document's publisher in the possessive: "the board's own monitoring data", "the trust's report".
_PUBLISHER = lazyre.compile(r"(?P<pub>(?:[Tt]he|[Tt]his|[Tt]hat)\s[a-z][a-z-]{2,30})[’']s?\s")


# Where people post ("drivers' forums", "parents' chat groups", "message boards"): the public
# speaking for itself, before any category the extractor gave the source's head ("groups").
_POSTING_PLACE = lazyre.compile(
    r"\b(?:forums|(?:online|internet|web)\s(?:forums?|groups?|communit(?:y|ies))|message\s?boards?|"
    r"chat\s?(?:rooms?|groups?)|comment\s(?:sections?|threads?)|social\smedia)\b", re.I)


def source_kind(att: Attribution, sentence: str, quote: str | None = None,
                aliases: dict[str, str] | Callable[[], dict[str, str]] | None = None) -> str:
    """The kind of source behind a claim: the extractor's category, else a local guess.

    A passive hedge in the figure's own clause ("allegations ... that an estimated one
    million", "are alleged to") makes the figure vague whoever the sentence quotes.
    """
    text = sentence[:2000]
    if quote:
        at = text.find(quote)
        if at >= 0:
            before = text[max(0, at - 80):at]
            clause = _CLAUSE.split(before)[-1]
            after = _CLAUSE.split(text[at:at + 80])[0]
            if _KIND_RX[0][1].search(clause) or _KIND_RX[0][1].search(after):
                return "vague"
    if att.grade == "none" or (att.cue and att.cue.lower() not in _SAY_CUES):
        explicit = _explicit_kind(text)
        if explicit:
            return explicit  # "Hospitals have admitted 85 people, volunteers say."
    if att.source and _POSTING_PLACE.search(att.source[:300]):
        return "public"  # "drivers' chat groups say": people posting, whoever they are
    if att.source and not _applies(att.source, text, quote):
        # "a tender that the audit office described": not the figure's source; but "hit
        # 400,000 homes, according to the tenants' association, which is ..." names it
        m = _ACCORDING.search(text, text.find(quote) + len(quote)) if quote and quote in text else None
        if m is not None:
            for kind, rx in _KIND_RX[1:-1]:
                if rx.search(m.group("src")):
                    return kind
        return "none"
    if att.source and _OWN_DOCUMENT.match(att.source):
        # "The company lost £1.1m, according to its published accounts", "the charity spent
        # £2m, its annual report shows": a document of the sentence's subject is its word
        kind = _phrase_kind(_LEAD.match(text).group(0))
        if kind is not None:
            return kind
    if att.category == "document":
        # "according to data from the recorder released by the investigation commission", "police
        # data", "figures from the education ministry show": the body that published the
        # document is the source
        m = _ACCORDING.search(text)
        for phrase in ((m.group(0),) if m is not None else ()) + ((att.source[:300],) if att.source else ()):
            for kind, rx in _KIND_RX[:-1]:  # "according to unconfirmed reports": vague
                if rx.search(phrase):
                    return kind
        # "according to the board's own monitoring data": a publisher named by a bare head
        # noun takes the kind the story's fuller name gives it ("the Environment Protection Board")
        p = _PUBLISHER.match(att.source or "")
        if p is not None:
            kind = _fallback_kind(Attribution("named_institution", p.group("pub"), None, None, None), p.group("pub"), aliases)
            if kind not in NEUTRAL_KINDS:
                return kind
    if att.category:
        return att.category
    if att.grade in ("anonymous", "vague"):
        return att.grade
    src = att.source or ""
    if att.grade == "none":
        m = _ACCORDING.search(text)
        if m is None:
            return "vague" if _KIND_RX[0][1].search(text) else "none"
        src = m.group("src")
    for kind, rx in _KIND_RX[1:]:
        if rx.search(src[:300]):
            return kind
    if att.cue and att.cue.lower().startswith("according"):
        m = _ACCORDING.search(text)
        if m is not None and m.group("src") != src:  # "according to posts on social media": the whole phrase
            return _phrase_kind(m.group("src")) or _fallback_kind(att, src, aliases)
    return _fallback_kind(att, src, aliases)


# Where a source is, not who: "staff in the IT department", "workers at the plant", "officials
# from the ministry" are staff, staff and officials before they are the place's.
_PLACE_PREPOSITION = lazyre.compile(r"\s(?:in|at|on|from|inside|within|of|with|for|near|aboard|on\sboard)\s", re.I)


_PEOPLE_KINDS = frozenset(("staff", "public", "responders", "expert"))


def _phrase_kind(phrase: str) -> str | None:
    """The kind a source phrase names: people named by their head before a preposition of
    place first ("staff in the IT department", "residents of the council estate"), then the
    whole phrase ("posts on social media", "a spokesman for the airline": a role takes its
    institution's kind)."""
    head = _PLACE_PREPOSITION.split(phrase, 1)[0]
    if head != phrase:
        kind = next((k for k, rx in _KIND_RX[1:-1] if rx.search(head)), None)
        if kind in _PEOPLE_KINDS:
            return kind
    return next((k for k, rx in _KIND_RX[1:-1] if rx.search(phrase)), None)


def _fallback_kind(att: Attribution, src: str, aliases) -> str:
    last = src.split()[-1].lower() if src.split() else ""
    table = aliases() if callable(aliases) else aliases  # lazy: few claims get this far
    named = _name_key(src)
    if table and _NAME_KEY + named in table:
        # "the Safe Bottles Network, a parents' group", "Fair Shift, a campaign group" (which
        # looked like a person's name) somewhere in the story
        return table[_NAME_KEY + named]
    m = _DEFINITE_HEAD.fullmatch(src.strip())
    if m is not None:
        head = _HEAD_KEY + m.group("noun")
        if table and head in table:
            return table[head]  # "The service said", after "the national prison service"
        heads = aliases.heads() if isinstance(aliases, _lazy_aliases) else {}
        if head in heads:
            return heads[head]  # "The society said", after another article's "the building society"
    if table and last in table:
        return table[last]  # "Ostrand Grid said", where the article calls it "the grid operator"
    if att.grade == "named_institution" and _PEOPLE_PLURAL.fullmatch(src.strip()) and not _proper(
            src.strip(), aliases.text if isinstance(aliases, _lazy_aliases) else None):
        return "public"  # "Anglers said", "local shopkeepers": people who speak for themselves
    return "person" if att.grade == "named_person" else "institution"


def _proper(src: str, text: str | None) -> bool:
    """Is a one-word capitalised source a proper name ("Sanders", "Peters")? Yes when the
    article writes it capitalised inside a sentence too ("Senator Ann Sanders", "said Peters"),
    or when there is no article to ask."""
    if " " in src or not src[:1].isupper():
        return False  # "local shopkeepers", "the cyclists"
    if text is None:
        return True
    return re.search(r"[\w,;:’'][ \t]{1,3}" + re.escape(src) + r"\b", text[:MAX_PROPER_SCAN]) is not None


MAX_PROPER_SCAN = 60_000


# A plural noun of people by what they do, alone or after a lower-case modifier ("Anglers",
# "local shopkeepers", "the cyclists", "some investors"), asked only when no known kind matched:
# a group of people speaking for themselves. (One capitalised word or a lower-case phrase: a
# proper name of two capitalised words, "Harland Engineers", is not one.)
_PEOPLE_PLURAL = lazyre.compile(
    r"(?:(?:[Tt]he|[Ss]ome|[Ll]ocal|[Mm]any|[Ss]everal|[Oo]ther)\s)?"
    r"(?:(?:[A-Za-z][a-z-]{2,20}\s[a-z][a-z-]{1,20}|[A-Za-z][a-z-]{1,20})(?:ers|ists|men|ians|ants|ents|ors|ees)"
    r"|(?:[A-Za-z][a-z-]{2,20}\s)?(?i:" + "|".join(sorted(V.PEOPLE_PLURALS, key=len, reverse=True)) + r"))")


# "the grid operator", "the state mining office": a descriptive name of a source, whose
# modifier words may end the source's proper name elsewhere in the article ("Ostrand Grid").
# (the word boundary is asserted behind "the ": a pattern that opens with a letter class is
# searched for that letter, not tried at every position)
_DESCRIPTOR = lazyre.compile(r"[Tt]he\s(?<!\w....)(?P<words>[a-z][a-z’'-]{1,30}(?:\s[a-z][a-z’'-]{1,30}){1,2})")
_NOT_ALIAS = frozenset(
    "national regional local city state federal public private central new main big international "
    "the a an its their his her our this that".split())


_HEAD_KEY = "="  # article_aliases keys of head nouns: "=service" for "the national prison service"
_DEFINITE_HEAD = lazyre.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s(?P<noun>[a-z][a-z-]{2,30})")


def article_aliases(text: str) -> dict[str, str]:
    """modifier word -> kind of source, from the descriptive names in one article: "the grid
    operator" gives "grid" -> company. Modifiers used with two kinds are dropped. Also
    "=noun" -> the kind of the article's fuller descriptions with that head ("the national
    prison service" gives "=service" -> government, for a later "The service said")."""
    seen: dict[str, set] = {}
    for m in _DESCRIPTOR.finditer(text[:20000]):
        words = m.group("words").split()
        for n in range(1, min(3, len(words))):  # "the grid operator said": the noun is "operator"
            kind = _noun_kind(words[n])
            if kind is None:
                continue
            for w in words[:n]:
                if w not in _NOT_ALIAS:
                    seen.setdefault(w, set()).add(kind)
            break
        # "the national prison service" is what a later "The service said" refers back to
        h = next((n for n in range(1, len(words)) if words[n] in V.INSTITUTION_HEADS), None)
        kind = next((k for k, rx in _KIND_RX[1:-1] if rx.search(" ".join(words[:h + 1]))), None) if h else None
        if kind is not None:
            seen.setdefault(_HEAD_KEY + words[h], set()).add(kind)
    return {w: next(iter(k)) for w, k in seen.items() if len(k) == 1}


@lru_cache(maxsize=4096)
def _noun_kind(word: str) -> str | None:
    """The kind of source a descriptor's noun names ("operator" -> company), or None.
    Memoised: every "the <word> <word>" of every article asks, about a few hundred words."""
    return next((k for k, rx in _KIND_RX[1:-1] if rx.fullmatch(word)), None)


_NAME_KEY = "@"  # keys of named bodies described in the story: "@safe bottles network"
# "the Safe Bottles Network, a parents' group set up after the recall": a name and what it is
_APPOSITIVE = lazyre.compile(
    r"(?P<name>(?:[A-Z][\w’'-]{1,30}\s){0,5}[A-Z][\w’'-]{1,30}),\s(?:a|an)\s(?P<desc>[^,.;:()]{3,80})")
# The same found from its literal part: ", a "/", an " and what follows, then the name that
# ends right before it (searched in the 200 characters before: six words of 31 at most). A
# scan for the name pattern at every capital letter of an article was most of this rule's time.
_APPOSITIVE_TAIL = lazyre.compile(r",\s(?:a|an)\s(?P<desc>[^,.;:()]{3,80})")
_APPOSITIVE_NAME = lazyre.compile(r"(?:[A-Z][\w’'-]{1,30}\s){0,5}[A-Z][\w’'-]{1,30}\Z")


def _appositives(text: str):
    """(name, description) pairs of ``_APPOSITIVE`` in text."""
    last = 0
    for m in _APPOSITIVE_TAIL.finditer(text):
        if m.start() < last:
            continue
        n = _APPOSITIVE_NAME.search(text, max(last, m.start() - 200), m.start())
        if n is not None:
            last = m.end()
            yield n.group(0), m.group("desc")


def _name_key(src: str) -> str:
    words = src.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).lower()


def described_kind(source: str, table: dict[str, str]) -> str | None:
    """The kind ``story_descriptions`` gives a source's name, or None."""
    return table.get(_NAME_KEY + _name_key(source))


# "the country's largest building society": a description ending in an institution's head noun.
_HEAD_DESCRIPTOR = lazyre.compile(
    r"[Tt]he\s(?<!\w....)(?P<mods>(?:[a-z][a-z’'-]{1,30}\s){1,3})(?P<head>" + "|".join(sorted(V.INSTITUTION_HEADS)) + r")\b")


# "the State Board of Pharmacy", "the Northfield Water Board": a body's proper name ending in an
# institution's head noun (its remit may follow: "of Pharmacy") is what a later "the board" names.
_HEAD_NAME = lazyre.compile(
    r"[Tt]he\s(?<!\w....)(?P<mods>(?:[A-Z][\w’'-]{1,30}\s){1,3})(?P<head>"
    + "|".join(sorted(h.capitalize() for h in V.INSTITUTION_HEADS)) + r")\b(?:\sof\s(?:[A-Z][\w’'-]{1,30}\s?){1,2})?")


@lru_cache(maxsize=8)
def story_heads(texts: tuple[str, ...]) -> dict[str, str]:
    """"=noun" -> kind of source, from every article's fuller descriptions with that head
    noun that the story gives one kind: "The society said" in one article after another's "the
    country's largest building society". Computed once per story, only when a source asks
    (a tuple of texts hashes once). Never mutated."""
    heads: dict[str, set] = {}
    for text in texts:
        for m in chain(_HEAD_DESCRIPTOR.finditer(text[:20000]), _HEAD_NAME.finditer(text[:20000])):
            phrase = m.group(0)[4:].lower()
            kind = next((k for k, rx in _KIND_RX[1:-1] if rx.search(phrase)), None)
            if kind is not None:
                heads.setdefault(_HEAD_KEY + m.group("head").lower(), set()).add(kind)
    return {w: next(iter(k)) for w, k in heads.items() if len(k) == 1}


@lru_cache(maxsize=8)
def story_descriptions(texts: tuple[str, ...]) -> dict[str, str]:
    """"@name" -> kind of source, from the appositives of a story's articles that describe a
    named body ("the Safe Bottles Network, a parents' group", "Kelder Watch, a campaign
    group"): the name is that kind wherever it speaks. Names described as two kinds are dropped.
    Computed once per story (shared with the figures rule). Never mutated."""
    seen: dict[str, set] = {}
    for text in texts:
        for name, desc in _appositives(text[:20000]):
            kind = next((k for k, rx in _KIND_RX[1:-1] if rx.search(desc)), None)
            if kind is not None:
                seen.setdefault(_NAME_KEY + _name_key(name), set()).add(kind)
    return {w: next(iter(k)) for w, k in seen.items() if len(k) == 1}


class _lazy_aliases:
    """``article_aliases(text)`` with ``story_descriptions(story_texts)``, computed on the
    first call only: scans that most claims never need (only a source of no telling kind asks).
    ``heads()``: ``story_heads(story_texts)``, likewise."""

    __slots__ = ("text", "story_texts", "table")

    def __init__(self, text: str, story_texts=()):
        self.text, self.story_texts, self.table = text, tuple(story_texts), None

    def __call__(self) -> dict[str, str]:
        if self.table is None:
            self.table = {**story_descriptions(self.story_texts), **article_aliases(self.text)}
        return self.table

    def heads(self) -> dict[str, str]:
        return story_heads(self.story_texts)


def _explicit_kind(sentence: str) -> str | None:
    """The kind of a source the sentence names with a verb of saying or counting."""
    m = _TRAILING.search(sentence[-200:]) or _LEADING.match(sentence[:200])
    if m is None:
        return None
    src = m.group("src")
    for kind, rx in _KIND_RX[1:]:
        if kind != "document" and rx.search(src):
            return kind
    return None


_RELATIVE = lazyre.compile(r"\b(?:that|which|who|whom|whose|where|when|while|after|before|because)\b", re.I)


def _applies(source: str, sentence: str, quote: str | None) -> bool:
    """Does the sentence's attribution vouch for the figure? Not when the source is named
    after the figure inside a relative or subordinate clause."""
    if not quote:
        return True
    at, src_at = sentence.find(quote), sentence.find(source[:80])
    if at < 0 or src_at < 0 or src_at < at:
        return True
    if _TAG_BEFORE.search(sentence, max(0, src_at - 6), src_at) and _TAG_AFTER.match(sentence, src_at + len(source[:80])):
        return True  # "..., most of them because voters erred, the commission said.": the whole sentence's
    return not _RELATIVE.search(sentence[at + len(quote):src_at])


# A reporting tag that closes the sentence (", the commission said on Friday."): it vouches for
# every clause before it, subordinate ones included.
_TAG_BEFORE = lazyre.compile(r",\s(?:[Tt]he\s)?$")
_TAG_AFTER = lazyre.compile(rf"\s{_SAY}(?:\s[A-Za-z]{{1,20}}){{0,3}}\.?[\"”]?\s{{0,2}}$")


_WORDS = lazyre.compile(r"[^\W\d_][\w’'-]{0,40}")
# What the figure is "of": "the personal details of as many as 640,000 customers".
_OWNER = lazyre.compile(
    r"(?P<owner>(?:[^\W\d_][\w’'-]{0,40}\s){1,6})of\s(?:(?:as\smany\sas|at\sleast|more\sthan|some|about|"
    r"around|nearly|almost|roughly|over|up\sto|an\sestimated|approximately)\s)?$", re.I)
_OWNER_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
_NOT_OWNER = _OWNER_DETERMINERS | frozenset(
    "of in on at to for by from with and or but as is are was were be been has have had".split())
_MODIFIER_OPENERS = frozenset("with whose who that which of from in at without".split())
_MODIFIER_STOP = frozenset(
    "is are was were be been being has have had will would could can may might said say says "
    "told reported according and but or while when after before since as".split())
_FUNCTION_WORDS = _NOT_OWNER | _MODIFIER_OPENERS


def _norm(words) -> set[str]:
    return {singular(w) for w in words if w.lower() not in _FUNCTION_WORDS}


_MONEY_UNITS = frozenset(u for u in (*CURRENCY_WORDS.values(), *CURRENCY_SYMBOLS.values()) if u)


def _qualifiers(fc: FigureClaim) -> set[str]:
    """Words that narrow what a figure counts beyond its head noun: what it is "of" ("the
    bank account numbers of 41,000 customers") and a modifier after the head ("customers
    with exposed account numbers", "customers of Kelderhaven Bank")."""
    c = fc.claim
    text = c.text[:2000]
    at = text.find(c.quote)
    if at < 0:
        return set()
    out: set[str] = set()
    lo = max(0, at - 120)
    m = _OWNER.search(text[lo:at])
    if m:
        # A noun phrase: led by a determiner ("the personal details of") or opening the
        # sentence ("Bank account numbers of"); "was aware of 23 crashes" is no owner.
        owner = m.group("owner").split()
        kept: list[str] = []
        for w in reversed(owner):
            if w.lower() in _NOT_OWNER:
                if w.lower() not in _OWNER_DETERMINERS:
                    kept = []
                elif w.lower() in ("a", "an") and fc.figure.unit in _MONEY_UNITS:
                    kept = []  # "a ransom of $3 million", "a fine of €2 million": the amount's name
                break
            kept.append(w)
        else:
            if len(owner) > 3 or text[:lo + m.start("owner")].strip():
                kept = []  # not known to open its noun phrase
        # "the detention of a million people" names the event the figures were aligned on.
        out |= {w for w in _norm(kept) if w not in V.QUANTITY_NOUNS and w not in EVENT_OF}
    head = fc.counted.head_word
    after = text[at + len(c.quote):at + len(c.quote) + 200]
    if head:
        k = after.find(head)
        if 0 <= k <= 40:
            rest = after[k + len(head):]
            if rest[:1] == " ":
                words = []
                for w in _WORDS.findall(re.split(r"[,;:.!?()]", rest, maxsplit=1)[0])[:8]:
                    if w.lower() in _MODIFIER_STOP:
                        break
                    words.append(w)
                if words and words[0].lower() == "in" and fc.figure.unit in _MONEY_UNITS:
                    words = []  # what an amount is made of ("€4m a day in lost revenue"), not a narrower count
                if words and words[0].lower() in _MODIFIER_OPENERS and not _temporal(words):
                    out |= {w for w in _norm(words[:6]) if w not in EVENT_OF}
    return out


_TIME_OPENERS = frozenset("at in on during".split())


def _temporal(words: list[str]) -> bool:
    """A phrase of time after the head ("at its peak", "at the height of the march", "on
    Monday", "in the first week"): when the count held, not a narrower set of things."""
    if words[0].lower() not in _TIME_OPENERS:
        return False
    nouns = [w.lower() for w in words[1:4] if w.lower() not in _OWNER_DETERMINERS]
    return bool(nouns) and (nouns[0] in V.TIME_PHRASE_NOUNS or len(nouns) > 1 and nouns[1] in V.TIME_PHRASE_NOUNS)


def same_thing(a: FigureClaim, b: FigureClaim) -> bool:
    """Do two aligned figures count the same thing? Every word that narrows one of them must
    appear in the other's sentence: "customers with exposed account numbers" and "customers
    affected" are two counts, whatever the digits."""
    qa, qb = _qualifiers(a), _qualifiers(b)
    wa, wb = _norm(_WORDS.findall(a.claim.text[:2000])), _norm(_WORDS.findall(b.claim.text[:2000]))
    return qa <= wb and qb <= wa


def same_figure(a: FigureClaim, b: FigureClaim) -> bool:
    """Are two compatible figures one figure? Compatible bounds are not enough: "at least
    480" and "more than 1,000" overlap but are two tolls. Each stated number must lie within
    the other's bounds (ends included), or the two numbers be within ``SAME_FIGURE_SHARE``."""
    fa, fb = a.figure, b.figure
    va, vb = _stated(fa), _stated(fb)
    if va != vb and fa.hedge not in ("exact", "rounded") and fb.hedge not in ("exact", "rounded"):
        return False  # "about 320" and "more than 300": two outlets' own roundings, not one figure

    def within(v, f) -> bool:
        return f.lo <= v and (f.hi is None or v <= f.hi)

    if within(va, fb) and within(vb, fa):
        return True
    top = max(abs(va), abs(vb))
    return top > 0 and abs(va - vb) <= top * SAME_FIGURE_SHARE


def _stated(f) -> Decimal:
    """The number a figure states: a range's middle ("80 to 120" states about 100)."""
    if f.hedge == "range" and f.hi is not None:
        return (f.lo + f.hi) / 2
    return f.value


def clearly_differ(a: str, b: str) -> bool:
    """Two kinds of source an editor would tell apart. No attribution at all is the
    unsourced rule's business, not drift; vague or anonymous against named is drift."""
    if a == b or "none" in (a, b):
        return False
    if a in WEAK and b in WEAK:
        return False
    if a in WEAK or b in WEAK:
        return True
    if a in NEUTRAL_KINDS or b in NEUTRAL_KINDS:
        return False
    return FAMILY.get(a, a) != FAMILY.get(b, b)


def _label(c: Claim, kind: str) -> str:
    src = c.attribution.source
    if src and c.quote in c.text and not _applies(src, c.text, c.quote):
        m = _ACCORDING.search(c.text, c.text.find(c.quote) + len(c.quote))
        src = m.group("src") if m is not None else None  # the source the figure is credited to
    if kind in ("none",):
        return "no attribution"
    if src and kind not in ("vague",):
        return f"{src.strip()[:60]} ({kind})"
    if src:
        return f"“{src.strip()[:60]}” ({kind})"
    return kind


def check(story: StoryFacts):
    aliases: dict[str, Callable[[], dict[str, str]]] = {}
    texts = tuple(f.article.text for f in story.articles)
    grouped: dict[tuple[str, int], int] = {}
    judged = judged_groups(story)  # shared with the figures rule
    for n, (group, _) in enumerate(judged):
        for m in group.members:
            grouped[(m.claim.path, m.claim.span.start)] = n
    reported: set[frozenset] = set()  # pairs of sentences already credited two ways
    for r in _judged_drift(story, judged, aliases, texts):
        sents = {(c.path, c.text) for c in r.claims}
        reported.update(frozenset((x, y)) for x in sents for y in sents if x != y)
        yield r
    for a, b, kinds in _restated(story, aliases, texts):
        if frozenset(((a.path, a.text), (b.path, b.text))) in reported:
            continue
        reported.add(frozenset(((a.path, a.text), (b.path, b.text))))
        credited = "; ".join(f"{_label(c, kinds[c])} in {c.path}" for c in (a, b))
        msg = f"The same statement, “{a.quote}”, is credited to different sources: {credited}"
        yield Result("contradiction", f"{a.quote[:60]} source", msg, (a, b), severity="warning",
                     note="kinds: " + ", ".join(sorted({kinds[c] for c in (a, b)})))
    for key, a, b in _echoes(story, grouped):
        if frozenset(((a.path, a.text), (b.path, b.text))) in reported:
            continue  # another figure of the same two sentences: one finding says it
        for c in (a, b):
            if c.article not in aliases:
                facts = next((f for f in story.articles if f.article.id == c.article), None)
                aliases[c.article] = _lazy_aliases(facts.article.text if facts is not None else "", texts)
        kinds = {c: source_kind(c.attribution, c.text, c.quote, aliases[c.article]) for c in (a, b)}
        if not clearly_differ(kinds[a], kinds[b]):
            continue
        chosen = sorted((a, b), key=lambda c: (c.path, c.span.start))
        credited = "; ".join(f"{_label(c, kinds[c])} in {c.path}" for c in chosen)
        msg = f"The same figure, “{key}”, is credited to different kinds of source: {credited}"
        yield Result("contradiction", f"{key} source", msg, tuple(chosen), severity="warning",
                     note="kinds: " + ", ".join(sorted({kinds[c] for c in chosen})))


def _judged_drift(story: StoryFacts, judged, aliases, texts):
    for group, group_verdicts in judged:
        for v in group_verdicts:
            if v.kind != "agreement":
                continue
            for c in v.claims:
                if c.article not in aliases:
                    facts = next((f for f in story.articles if f.article.id == c.article), None)
                    aliases[c.article] = _lazy_aliases(facts.article.text if facts is not None else "", texts)
            kinds = {c: source_kind(c.attribution, c.text, c.quote, aliases[c.article]) for c in v.claims}
            distinct = sorted(set(kinds.values()), key=str)
            if not any(clearly_differ(x, y) for i, x in enumerate(distinct) for y in distinct[i + 1:]):
                continue  # no two kinds of source differ: no pair can (a story's one big group)
            members = {m.claim: m for m in group.members}
            claims = sorted(v.claims, key=lambda c: (c.path, c.span.start))
            # per claim once, by position: the pair loop hashes no Claim (quadratic in a group)
            ks = [kinds[c] for c in claims]
            ms = [members.get(c) for c in claims]
            arts = [c.article for c in claims]
            involved_at: set[int] = set()
            for i in range(len(claims)):
                for j in range(i + 1, len(claims)):
                    if arts[i] != arts[j] and clearly_differ(ks[i], ks[j]) and (
                            ms[i] is None or ms[j] is None
                            or same_thing(ms[i], ms[j]) and same_figure(ms[i], ms[j])):
                        involved_at.update((i, j))
            if not involved_at:
                continue
            involved = {claims[k] for k in involved_at}
            chosen = [c for c in claims if c in involved]
            credited = "; ".join(f"{_label(c, kinds[c])} in {c.path}" for c in chosen)
            msg = f"The same figure for {group.topic} is credited to different kinds of source: {credited}"
            yield Result("contradiction", f"{group.topic} source", msg, tuple(chosen), severity="warning",
                         note="kinds: " + ", ".join(sorted({kinds[c] for c in chosen})))


# --- Figures the figures rule could not align: a figure phrase echoed word for word -------------
# "about 6 micrograms per litre" in two articles, "Some 2,300 hectares" of vineyard in two: the
# figures rule drops small measured values and amounts whose noun comes after a copula ("of it
# is vineyard"), yet an editor sees one figure. Two figures of different articles are one
# figure here when their phrases are the same words (hedge, number, unit or counted noun) and
# their sentences share at least ``ECHO_SHARED_WORDS`` content words near them.
ECHO_SHARED_WORDS = 2
ECHO_WINDOW = 8  # words either side of the figure
_ECHO_STOP = frozenset(
    "the a an of in on at to for by from with and or but as is are was were be been has have had "
    "it its this that these those their his her our they he she we which who per than into over "
    "after before about some nearly almost around more less at least said say says told".split())


def _echo_key(fig, text: str) -> str | None:
    """The words of a figure's phrase: its own text and its counted noun when that follows it."""
    if (fig.unit or "").startswith("time:"):
        return None
    digits = _DIGIT_RX.search(fig.text) is not None
    c = fig.counted
    if c is None or not c.asserted or c.modality in _UNCOMPARABLE:
        return None
    phrase = " ".join(fig.text.lower().split())
    head = c.head_word or ""
    rest = text[fig.end:fig.end + 60].lower()
    if head and rest.lstrip().startswith(head.lower()):
        phrase += " " + head.lower()
    elif not fig.unit or not digits:
        return None  # a bare number: nothing says what it counts ("five calls" has its noun)
    return phrase


_RATE_TAIL = lazyre.compile(r"\s{0,2}(?:[a-z]{2,30}\s{1,2})?(?:per|a|an|each)\s{1,2}[a-z]{2,30}\b", re.I)


def _window(text: str, start: int, end: int) -> set[str]:
    """Content words around a figure, its own noun and rate ("micrograms per litre") left out."""
    before = _WORDS.findall(text[max(0, start - 200):start])[-ECHO_WINDOW:]
    m = _RATE_TAIL.match(text, end)
    after = _WORDS.findall(text[m.end() if m else end:end + 200])[:ECHO_WINDOW]
    return {_base(w.lower()) for w in (*before, *after) if w.lower() not in _ECHO_STOP and len(w) > 2}


@lru_cache(maxsize=16384)
def _base(word: str) -> str:
    """A word's stem for the echo window, whatever its inflection: "owes", "owed" and "owing"
    are "owe"; "traders" and "trader" one word ("owed" is stemmed as "owe" + "d": the shared
    stemmer keeps a stem of three letters or more)."""
    w = _stem(word)
    if w == word:
        for suffix in ("ing", "ed", "es"):
            if word.endswith(suffix) and len(word) - len(suffix) == 2:
                return _stem(word[:-len(suffix)] + "e")
    return w


def _echoes(story: StoryFacts, grouped: dict[tuple[str, int], int]):
    """Pairs of claims of one echoed figure phrase in different articles, outside any one
    figure group together (the figures rule judged those)."""
    by_key: dict[str, list[tuple]] = {}
    for facts in story.articles:
        seen: set[str] = set()
        for sent, figs in zip(facts.sentences, facts.figures):
            for f in figs:
                key = _echo_key(f, sent.text)
                if key is None or key in seen:
                    continue
                seen.add(key)  # (one per article: by_key's lists hold different articles)
                by_key.setdefault(key, []).append((facts, sent, f))
    for key in sorted(by_key):
        found = by_key[key]
        if len(found) < 2 or len(found) > 6:
            continue  # a phrase in many articles is boilerplate, not one figure's story
        if all((facts.article.path, sent.span.start + f.start) in grouped for facts, sent, f in found):
            continue  # every one aligned by the figures rule: judged there
        words = {_base(w) for w in key.split()}
        digits = _DIGIT_RX.search(key) is not None
        items = [(facts.claim(sent, f.start, f.end, key), _window(sent.text, f.start, f.end) - words, f.counted.event)
                 for facts, sent, f in found]
        for i, (a, wa, ea) in enumerate(items):
            for b, wb, eb in items[i + 1:]:
                if a.article == b.article or ea and eb and ea != eb and frozenset((ea, eb)) not in V.CONVERSE_EVENTS:
                    continue
                if not (ea and eb or digits):
                    continue  # a count in words ("five people") echoes only with both its events known  # ("1,100 hectares burned" and "1,100 hectares replanted": two events)
                ga, gb = grouped.get((a.path, a.span.start)), grouped.get((b.path, b.span.start))
                if ga is not None and gb is not None:
                    continue  # both aligned by the figures rule: judged there
                if len(wa & wb) >= ECHO_SHARED_WORDS:
                    yield key, a, b


_DIGIT_RX = lazyre.compile(r"[0-9]")


# --- A statement restated near word for word with another attribution ----------------------------
# "The doors were open for less than ten minutes, the fire service said." restated as "The doors
# were open for less than ten minutes, according to two cleaners." or with no attribution at all:
# not a counted figure (a duration, a date, a claim with a number in it or none), yet the same
# statement. Its core (the sentence without its reporting tag) must have RESTATED_MIN_WORDS words
# or more and match the other's word for word at RESTATED_RATIO or more (difflib on folded
# words), with the same number words and no verb, auxiliary or negation changed
# (``_same_statement``). Each restatement is set against the statement's first telling that names
# a clear kind of source (the earliest such article): how a claim's credit drifted from its
# origin, not every restatement against every other. Dropping the origin's attribution is drift
# only when the origin is an official body (the state, an international body, the courts) or a
# company (a party's own account told as fact): a bystander's claim told without its bystanders
# is the unsourced rule's business. Records and data ("according to the company's own records")
# are evidence any body may cite, not a voice: never drift here.
RESTATED_MIN_WORDS = 6
RESTATED_RATIO = 0.8
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion dozen half".split())
_OFFICIAL = frozenset(("state", "international"))
_DROPPED = _OFFICIAL | {"court", "company"}  # kinds whose claim told bare is drift
_TAG_WORDS = (r"according\sto", *_SAY[3:-1].split("|"), "claims?", "claimed", "told", "stated", "announced",
              "confirmed", "insists?", "insisted", "assured", "informed", "warned", "reminded",
              # the other verbs of saying a tag closes with (never a denial: "denied" reverses it)
              "adds?", "added", "explained", "noted", "wrote", "writes", "posted", "tweeted", "admitted",
              "acknowledged", "revealed", "disclosed", "maintained", "argued", "stressed", "emphasi[sz]ed",
              r"pointed\sout", "cautioned", "conceded", "indicated", "suggested", "testified", "declared",
              "observed", "remarked", "replied", "responded", "recalled")
_TAG_CUES = lazyre.compile(r"\b(?:" + "|".join(_TAG_WORDS) + r")\b", re.I)
# The same on lower-cased text, with a look-ahead on the first letters: four times faster on
# a sentence with no cue (every sentence of a story is looked at).
_TAG_CUES_LOW = lazyre.compile(r"\b(?=[" + "".join(sorted({w[0] for w in _TAG_WORDS})) + r"])(?:" + "|".join(_TAG_WORDS) + r")\b")
_CORE_WORD = lazyre.compile(r"[^\W_][\w’'-]*")
# Cues followed by their hearer before the clause: "told fishermen at the quay that ...",
# "assured parents that ...". Up to six words of hearer, no comma.
_HEARER_CUES = frozenset("told tell tells assured assures informed informs warned warns reminded".split())
_COMMA = lazyre.compile(r",\s")
_IMPERSONAL = ("it is ", "it was ", "it has been ", "it had been ")  # "It is understood that ..."
# What opens a line of a live blog or a transcript and is no part of its statement: a time
# stamp ("09:55", "**14:20**") or a speaker's label in capitals ("PRESENTER:", "HOLT (reporter):").
# (a time stamp may be set off by a dash or a bar: "11:00 — The plant ...", "[14:20] | Police ...")
_LABEL = lazyre.compile(r"[*\[]{0,2}[0-9]{1,2}[:.][0-9]{2}(?:\s?[ap]\.?m\.?)?[*\]]{0,2}\s{1,3}(?:[—–|-]{1,2}\s{1,3})?(?=[A-Z])"
                    r"|[A-Z][A-Z’'.-]{1,30}(?:\s[A-Z][A-Z’'.-]{1,30}){0,3}(?:\s\([^()]{1,60}\))?:\s{1,3}")
_LEAD_IN = lazyre.compile(r"((?:[\w’'-]{1,30}\s){0,7}[\w’'-]{1,30}):\s{1,3}(?=\S)")
_LEAD_IN_VERBS = frozenset("is are was were be been being has have had will would can could may might must "
                           "should said says say do does did".split())
# A second reported clause under the same verb of saying ("Police said the road was shut, and
# that drivers should ...", "Officials say the pump failed but that no water was lost"): another
# statement, no part of the first one's core.
# After a comma the clause is cut whatever follows ("..., and that is now the focus of the
# inquiry" is a clause of its own too); with no comma "and that was all" stays.
_SECOND_THAT = lazyre.compile(
    r"[,;]\s*(?:and|but)\s+that\s|\s(?:and|but)\s+that\s+(?!was\b|is\b|would\b|will\b|had\b|has\b|'s\b|’s\b)")
_HEARER_THAT = lazyre.compile(r"\s(?:[\w’'-]{1,30}\s){1,6}?that\s")
_OCCASION_THAT = lazyre.compile(
    r"\s(?:in|on|at|during|after|before|late|early|earlier|later|last|this|yesterday|today|again|also|"
    r"previously|repeatedly|publicly|privately)\s(?:[\w’'-]{1,30}\s){0,5}?that\s", re.I)


def _core(text: str, att: Attribution) -> tuple[int, int] | None:
    """The span of the sentence without its reporting tag: ", police said." and ", according
    to ..." at the end are cut, as are "Police said (that)" and "According to police," at the
    start. None when the sentence's attribution sits inside its clause."""
    end = len(text.rstrip().rstrip(".!?\"”’").rstrip())
    label = _LABEL.match(text)  # "09:55 ...", "**14:20** ...", "PRESENTER (Alice Varga): ..."
    start = label.end() if label is not None else 0
    if att.grade == "none":
        # "A recap for those just joining us: the pump had failed ...", "Background: ...": a
        # live blog's or a bulletin's lead-in with no verb of its own is no part of the statement
        lead = _LEAD_IN.match(text, start)
        if lead is not None and not any(w in _LEAD_IN_VERBS or w.endswith("ed") for w in lead.group(1).lower().split()):
            start = lead.end()
        return start, end
    low = text.lower()
    hedge = (att.cue or "").lower()
    if hedge in V.HEDGE_ADVERBS:
        return start, end  # "The pilot had reportedly left ...": one word of difference
    if hedge.startswith(_IMPERSONAL) and low.startswith(hedge, start):
        # "It is understood (that) the release had not been tested": the clause after it
        k = start + len(hedge)
        k += len(low[k:]) - len(low[k:].lstrip())
        if low.startswith("that ", k):
            k += 5
        return k, end
    cue = (att.cue or "").split(" ", 1)[0].lower()
    if cue and cue not in low:
        return None  # a source carried from another sentence: no tag here to cut
    # one pass; the commas are judged on it
    tags = list(_TAG_CUES_LOW.finditer(low, 0, end) if len(low) == len(text) else _TAG_CUES.finditer(text, 0, end))
    if not tags:
        return None
    starts = [t.start() for t in tags]
    for m in _COMMA.finditer(text, 0, end):
        nxt = text.find(",", m.end())
        k = bisect_left(starts, m.end())
        if k < len(starts) and tags[k].end() <= (nxt if nxt > 0 else end):
            if m.start() - start >= 20:
                return start, m.start()  # "..., the inspectorate said", "..., according to two guards, who ..."
            break
    last = tags[-1]
    if last.start() - start >= 20 and last.group(0).lower().startswith("according") and text[last.start() - 1] == " " \
            and "," not in text[last.end():end]:
        return start, last.start() - 1  # "... before it grounded according to the coastguard." (no comma)
    head = tags[0] if tags[0].end() <= 80 else None
    if head is not None:
        if head.group(0).lower().startswith("according"):
            comma = text.find(",", head.end())
            if 0 < comma < 100:
                return comma + 1 + (len(text[comma + 1:]) - len(text[comma + 1:].lstrip())), end
            return None
        rest = text[head.end():]
        skip = len(rest) - len(rest.lstrip())
        if rest.lstrip().lower().startswith("that "):
            skip += 5
        else:
            # "told fishermen at the quay that ...", "said in a statement that ...": the hearer,
            # the time or the occasion is no part of the statement
            m = (_HEARER_THAT if head.group(0).lower() in _HEARER_CUES else _OCCASION_THAT).match(text, head.end())
            if m is not None:
                skip = m.end() - head.end()
        second = _SECOND_THAT.search(text, head.end() + skip, end)
        if second is not None:
            end = second.start()
        return head.end() + skip, end
    return None


RESTATED_MAX_CHANGED = 4  # words, both sides together
# Words whose change makes another statement: a verb ("burned" / "were replanted"), an
# auxiliary, a negation ("had been" / "had never been vaccinated").
# Not the auxiliaries of tense and aspect (is are was were been has have had): reported speech
# shifts them ("The ship is stable, the authority said" / "The authority said the ship was
# stable"; "a pipe had burst" / "a pipe burst"). A modal, "do" or a negation still makes another
# statement.
_STATEMENT_WORDS = frozenset(
    "be being do does did will would can could may might must should "
    "not never no none nobody nothing without".split())


def _same_statement(a: list[str], b: list[str]) -> bool:
    """One statement in two wordings: near word for word (``RESTATED_RATIO``), at most
    ``RESTATED_MAX_CHANGED`` words changed, none of them a verb, a modal or a negation
    ("were inside" / "were in the building" is one statement; "burned" / "were replanted" two;
    "had burst" / "burst" one: tense may shift)."""
    # Exact shortcuts first: a word of one list absent from the other is a changed word, so
    # more than the allowed number of them, or a statement word among them, decides.
    if abs(len(a) - len(b)) > RESTATED_MAX_CHANGED:
        return False
    diff = set(a).symmetric_difference(b)
    if len(diff) > RESTATED_MAX_CHANGED or any(
            w in _STATEMENT_WORDS or w.endswith("ed") or w.endswith("n't") for w in diff):
        return False
    sm = SequenceMatcher(None, a, b, autojunk=False)
    if sm.real_quick_ratio() < RESTATED_RATIO or sm.quick_ratio() < RESTATED_RATIO or sm.ratio() < RESTATED_RATIO:
        return False
    changed = [w for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal" for w in (*a[i1:i2], *b[j1:j2])]
    return len(changed) <= RESTATED_MAX_CHANGED and not any(
        w in _STATEMENT_WORDS or w.endswith("ed") or w.endswith("n't") for w in changed)


# A statement restated trimmed: "Harbour Ferries was warned about the state of the north
# pier in 2021" / "The operator was warned about the north pier in 2021". The subject (the
# words before the first auxiliary) may be a name in one telling and a definite description
# ("the operator", "the company") in the other; the shorter predicate is the longer one with
# at most ``TRIMMED_MAX_ADDED`` words left out, none of them a verb, a modal, a negation or a
# word that hedges or narrows the statement.
TRIMMED_MAX_ADDED = 5
_AUXILIARIES = frozenset("is are was were has have had will would could can may might must should".split())
_NARROWING = frozenset(
    "only almost nearly partly partially allegedly reportedly possibly probably apparently once "
    "twice again also even just still already never not no".split())


def _subject(words) -> int:
    """Where the predicate starts: the first auxiliary among the first five words, or -1."""
    return next((k for k, w in enumerate(words[1:6], 1) if w in _AUXILIARIES), -1)


def _trimmed(a, b) -> bool:
    """``a`` and ``b`` are one statement, one trimmed (see ``TRIMMED_MAX_ADDED``)."""
    if len(a) > len(b):
        a, b = b, a
    if _time_clause_after(a, b):
        return True
    if len(b) - len(a) > TRIMMED_MAX_ADDED + 3:
        return False
    i, j = _subject(a), _subject(b)
    if i < 0 or j < 0 or len(a) - i < RESTATED_MIN_WORDS or a[i] != b[j]:
        return False
    sa, sb = a[:i], b[:j]
    if sa != sb:
        # a name against a definite description: "Harbour Ferries" / "the operator"
        definite = [s for s in (sa, sb) if s[0] == "the" and len(s) <= 3]
        if len(definite) != 1 or (sb if definite[0] is sa else sa)[0] in ("the", "a", "an", "it", "they", "he", "she"):
            return False
    pa, pb = a[i:], b[j:]
    if len(pb) - len(pa) > TRIMMED_MAX_ADDED or not set(pa) <= set(pb):
        return False
    added, k = [], 0
    for w in pb:  # pa a subsequence of pb (greedy); the words it skips are the trimmed ones
        if k < len(pa) and pa[k] == w:
            k += 1
        else:
            added.append(w)
    return k == len(pa) and len(added) <= TRIMMED_MAX_ADDED and not any(
        w in _STATEMENT_WORDS or w in _NARROWING or w in _AUXILIARIES or w.endswith("ed") or w.endswith("n't")
        for w in added)


# A clause of time closing the longer telling ("The tracker was off for 40 minutes before the
# van left the depot" / "The tracker was off for 40 minutes"): when, not what; the shorter telling
# is the longer one cut before it, word for word.
TIME_CLAUSE_MAX = 10  # words, the subordinator included
# (not "as" nor "once": "were treated as suspects", "was inspected once")
_TIME_SUBORDINATORS = frozenset("before after when while until till".split())


def _same_main(a, b) -> bool:
    """Both tellings close with a clause of time led by the same subordinator ("... about 45mph
    when it came down" / "... about 45mph when it failed"): when, not what; the main clauses
    before it are one statement (``_same_statement``)."""
    ia = next((k for k in range(max(RESTATED_MIN_WORDS, len(a) - TIME_CLAUSE_MAX), len(a) - 1)
               if a[k] in _TIME_SUBORDINATORS), -1)
    if ia < 0:
        return False
    ib = next((k for k in range(max(RESTATED_MIN_WORDS, len(b) - TIME_CLAUSE_MAX), len(b) - 1)
               if b[k] in _TIME_SUBORDINATORS), -1)
    if ib < 0 or a[ia] != b[ib] or any(w in _NARROWING for w in (*a[ia:], *b[ib:])):
        return False
    return _same_statement(a[:ia], b[:ib])


def _time_clause_after(a, b) -> bool:
    """Is ``b`` the statement ``a`` followed by a closing clause of time (``TIME_CLAUSE_MAX``)?"""
    n = len(a)
    return (n >= RESTATED_MIN_WORDS and 2 <= len(b) - n <= TIME_CLAUSE_MAX and b[n] in _TIME_SUBORDINATORS
            and tuple(b[:n]) == tuple(a) and not any(w in _NARROWING for w in b[n:]))


# A statement about a figure restated with another verb of the same class of event (the
# counted-event classes of checker/vocab/numbers.py: "received" / "pocketed" / "took",
# "cut" / "axed", "destroyed" / "razed"): one word swapped, every other word and the number
# the same. Only for statements with a number (what was done to the counted thing).
def _event_classes() -> dict[str, str]:
    seen: dict[str, set] = {}
    for cls, words in EVENT_CLASSES.items():
        for w in words.split():
            seen.setdefault(w, set()).add(cls)
    return {w: next(iter(c)) for w, c in seen.items() if len(c) == 1}


_EVENT_CLASS = _event_classes()


def _same_action(a, b) -> bool:
    """``a`` and ``b`` differ in one word only, two verbs of one event class."""
    if len(a) != len(b):
        return False
    diff = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) != 1:
        return False
    x, y = a[diff[0]], b[diff[0]]
    cls = _EVENT_CLASS.get(x)
    return cls is not None and cls == _EVENT_CLASS.get(y)


class Statement(NamedTuple):
    """A sentence's core (``_core``) as folded words: one telling of a statement."""
    order: int  # the article's index in the story (story.articles[order]: its ArticleFacts)
    sent: object  # its Sentence
    span: tuple[int, int]  # the core, in the sentence's text
    words: tuple[str, ...]
    numbers: frozenset
    att: Attribution  # the sentence's


_new_statement = tuple.__new__
RESTATED_MAX_POSTING = 40  # a rare word shared by more tellings than this is boilerplate
# The story's restatements are kept on its first article (facts.__dict__), not in a module
# table. A Statement names its article by position, never holds its ArticleFacts: holding it
# made a WeakKeyDictionary entry keep its own key alive (every story checked in one process
# stayed in memory: 5,000 articles, 359 MB), and then, kept here, a reference cycle that only
# the cyclic collector's rare full passes freed (peak RSS 197 MB on 5,000 articles).
_STATEMENTS_KEY = "_restatements"


def _cut(text: str, att: Attribution) -> tuple | None:
    """(core span, core words, number words) of a sentence, or None."""
    span = _core(text, att)
    if span is None:
        return None
    core = text[span[0]:span[1]].lower()
    words = tuple(_CORE_WORD.findall(core))
    if len(words) < RESTATED_MIN_WORDS:
        return None
    numbers = _NUMBER_WORDS.intersection(words)
    if _DIGIT_RX.search(core):
        numbers = numbers.union(w for w in words if _DIGIT_RX.search(w))
    return span, words, numbers


def restatements(story: StoryFacts) -> "Restatements":
    """Every sentence core of the story, and for each one the cores of other articles that
    restate it (``_same_statement``, the same number words). Computed once per story: the
    attribution-drift and unsourced rules both ask.

    Candidates come from a prefix filter, not from every pair: two word lists with at most
    ``RESTATED_MAX_CHANGED`` words in one and not the other share at least one of each list's
    ``RESTATED_MAX_CHANGED + 1`` rarest words (rarest in the story), so only lists that share
    one of those are compared."""
    arts = story.articles
    hit = arts[0].__dict__.get(_STATEMENTS_KEY) if arts else None
    if hit is not None:
        refs, value = hit
        if len(refs) == len(arts) and all(r() is a for r, a in zip(refs, arts)):
            return value
    found: list[Statement] = []
    cores: dict[tuple, tuple | None] = {}  # a sentence repeated in other articles is cut once
    for order, facts in enumerate(arts):
        for sent in facts.sentences:
            text = sent.text[:600]
            if text.count(" ") < RESTATED_MIN_WORDS - 1:
                continue
            att = facts.attribution(sent.index)
            memo = (text, att.grade, att.cue)  # all that ``_core`` reads
            if memo in cores:
                cut = cores[memo]
            else:
                cut = cores[memo] = _cut(text, att)
            if cut is not None:
                found.append(_new_statement(Statement, (order, sent, *cut, att)))  # (no Python frame)
    # Tellings word for word alike (agency copy) are one wording: compared once.
    wordings: dict[tuple[str, ...], list[int]] = {}
    for k, st in enumerate(found):
        wordings.setdefault(st.words, []).append(k)
    unique = list(wordings)
    sets = [frozenset(u) for u in unique]
    df = Counter(chain.from_iterable(sets))
    postings: dict[str, list[int]] = {}
    width = RESTATED_MAX_CHANGED + 1
    for u, ws in enumerate(sets):
        # the rarest words first, ties in alphabetical order: one total order for all lists
        for w in sorted(sorted(ws), key=df.__getitem__)[:width]:
            if df[w] > 1:
                postings.setdefault(w, []).append(u)
    linked: dict[int, set[int]] = {}  # wording -> the other wordings that restate it
    tried: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) > RESTATED_MAX_POSTING:
            continue
        for x, u in enumerate(members):
            for v in members[x + 1:]:
                if (u, v) in tried:
                    continue
                tried.add((u, v))
                a, b = unique[u], unique[v]
                numbers = found[wordings[a][0]].numbers
                if numbers == found[wordings[b][0]].numbers and (
                        _same_statement(a, b) or _trimmed(a, b)
                        or numbers and (_same_action(a, b) or _same_main(a, b))):
                    linked.setdefault(u, set()).add(v)
                    linked.setdefault(v, set()).add(u)
    # A telling that is another cut before its closing clause of time (``_time_clause_after``):
    # the clause's words are often the longer telling's rarest, missed by the prefix filter.
    index = {w: u for u, w in enumerate(unique)}
    for u, w in enumerate(unique):
        for n in range(max(RESTATED_MIN_WORDS, len(w) - TIME_CLAUSE_MAX), len(w) - 1):
            if w[n] in _TIME_SUBORDINATORS:
                v = index.get(w[:n])
                if v is not None and v != u and found[wordings[w][0]].numbers == found[wordings[w[:n]][0]].numbers \
                        and _time_clause_after(w[:n], w):
                    linked.setdefault(u, set()).add(v)
                    linked.setdefault(v, set()).add(u)
    # Groups: a wording with the wordings linked to it, told in two articles or more.
    wording_of = [0] * len(found)
    groups: list[tuple[int, ...]] = []
    seen: set[int] = set()
    for u, a in enumerate(unique):
        if u in seen:
            continue
        comp, todo = [], [u]
        seen.add(u)
        while todo:
            v = todo.pop()
            comp.append(v)
            for w in linked.get(v, ()):
                if w not in seen:
                    seen.add(w)
                    todo.append(w)
        members = [k for v in comp for k in wordings[unique[v]]]
        if len(members) > RESTATED_MAX_POSTING or len({found[k].order for k in members}) < 2:
            continue  # told in one article only; or boilerplate repeated everywhere
        for v in comp:
            for k in wordings[unique[v]]:
                wording_of[k] = v
        groups.append(tuple(members))
    value = Restatements(tuple(found), tuple(groups), tuple(wording_of), linked)
    if arts:
        arts[0].__dict__[_STATEMENTS_KEY] = (tuple(weakref.ref(a) for a in arts), value)
    return value


class Restatements(NamedTuple):
    """The sentence cores of a story (``found``) and its statements told in two articles or
    more (``groups`` of indexes into ``found``)."""
    found: tuple[Statement, ...]
    groups: tuple[tuple[int, ...], ...]
    wording_of: tuple[int, ...]  # each core's wording
    linked: dict[int, set[int]]  # wording -> wordings that restate it (never mutated)

    def same(self, i: int, j: int) -> bool:
        """Are cores i and j one statement? (Groups join chains of restatements; two
        members of one group are compared through their own wordings.)"""
        u, v = self.wording_of[i], self.wording_of[j]
        return u == v or v in self.linked.get(u, ())


_NAMED = frozenset(("named_person", "named_institution"))


def credited_elsewhere(story: StoryFacts) -> dict[tuple[int, int], tuple[Statement, Attribution]]:
    """(article index, sentence index) of each sentence told with no attribution at all that
    another article of the story restates with a named source (``restatements``) -> that
    telling and its attribution: "A drainage pipe had burst days before the slip." where
    another article has "..., police said." (rules/unsourced.py reports it)."""
    rs = restatements(story)
    found = rs.found
    out: dict[tuple[int, int], tuple[Statement, Attribution]] = {}
    for group in rs.groups:
        bare = [k for k in group if found[k].att.grade == "none"]
        if not bare:
            continue
        named = [k for k in group if found[k].att.grade in _NAMED and not _evidence(found[k].att)]
        for k in bare if named else ():
            n = next((n for n in named if found[n].order != found[k].order and rs.same(k, n)), None)
            if n is not None:
                out[found[k].order, found[k].sent.index] = (found[n], found[n].att)
    return out


def _restated(story: StoryFacts, aliases, texts):
    """(origin claim, restating claim, kinds) for statements restated with another source."""
    rs = restatements(story)
    found = rs.found
    arts = story.articles
    for group in rs.groups:
        atts = {k: found[k].att for k in group}
        if len({(a.grade, (a.source or "").lower()) for a in atts.values()}) < 2:
            continue  # every telling credits the same source (agency copy): no drift
        key = {k: (arts[found[k].order].article.published or _dt_max(), found[k].order) for k in group}
        group = sorted(group, key=key.__getitem__)
        claims: dict[int, Claim] = {}
        kinds: dict[int, str] = {}

        def kind_of(k: int) -> str:
            if k not in kinds:
                st = found[k]
                f = arts[st.order]
                a0, a1 = st.span
                claims[k] = c = f.claim(st.sent, a0, a1, st.sent.text[a0:a1])
                if f.article.id not in aliases:
                    aliases[f.article.id] = _lazy_aliases(f.article.text, texts)
                kinds[k] = source_kind(c.attribution, c.text, c.quote, aliases[f.article.id])
            return kinds[k]

        # Set against the statement's first telling, when it names a clear kind of source: a
        # claim told bare first and credited later gained a source, it did not drift.
        # A document of a named publisher ("according to council records", "a report by the
        # consumer council") is that publisher's word: it can drift. A restatement citing
        # records is evidence any body may cite, never drift.
        origin = group[0]
        if kind_of(origin) in WEAK or kinds[origin] in NEUTRAL_KINDS:
            continue
        seen_articles = {found[origin].order}
        for k in group:
            if found[k].order in seen_articles or _evidence(atts[k]) or not rs.same(origin, k):
                continue  # (records, data: evidence any body may cite, not a voice)
            seen_articles.add(found[k].order)
            differ = clearly_differ(kinds[origin], kind_of(k)) or (
                kinds[k] == "none" and FAMILY.get(kinds[origin], kinds[origin]) in _DROPPED
                and not _standing(found[k].words))
            if differ:
                first, second = sorted((origin, k), key=key.__getitem__)
                yield claims[first], claims[second], {claims[first]: kinds[first], claims[second]: kinds[second]}


_PAST_AUX = frozenset("was were had has have did".split())
_PRESENT_AUX = frozenset("is are".split())
_VERB_BLOCKERS = frozenset(
    "the a an its their his her our this that these those some many several all most few two three four five six seven "
    "eight nine ten".split())


def _standing(words) -> bool:
    """Does a bare telling state a standing fact in the present simple ("The plant makes about 70
    percent of the country's supply", "It is the first time ...", "The firm employs 300 people")?
    Background told as fact is no source dropped (the unsourced rule reports it); an event told
    bare ("The thieves were inside for ...", "The company received £4m", "had been rolled out")
    is. The verb is the first auxiliary among the first words, or a word in -s after a noun."""
    head = words[1:6]
    if any(w.endswith("ed") for w in head):
        return False
    for k, w in enumerate(head, 1):
        if w in _PAST_AUX:
            return False
        if w in _PRESENT_AUX:
            return not (k + 1 < len(words) and words[k + 1].endswith(("ed", "en")))  # "is expected", "is taken"
        if (k in (2, 3) and w.endswith("s") and not w.endswith(("ss", "'s", "’s", "us", "is"))
                and words[k - 1] not in _VERB_BLOCKERS and not words[k - 1].isdigit()):
            return True
    return False


def _evidence(att: Attribution) -> bool:
    """A document, not a voice: "according to the company's own records", "data show"."""
    return att.category == "document" or bool(att.source and _KIND_RX[-1][1].search(att.source[:300]))


def _dt_max():
    import datetime
    return datetime.date.max


RULE = Rule(
    code=CODE, name=NAME, kinds=("contradiction",), check=check,
    examples=(
        Example({"a.txt": "Published 12 June 2024\n\nA total of 143 people died in the floods, the health ministry said.",
                 "b.txt": "Published 16 June 2024\n\nA total of 143 people were killed, according to aid groups working in the valley."},
                kind="contradiction", contains=("143",)),
        Example({"a.txt": "Published 1 May 2022\n\nAccording to UN data, at least one million Uighurs are held in camps.",
                 "b.txt": "Published 2 May 2022\n\nSome 1 million Uygurs are alleged to have been held in camps."},
                kind="contradiction", contains=("at least one million", "Some 1 million")),
        Example({"a.txt": "Published 3 March 2023\n\nThe interior ministry put the number of injured at 312.",
                 "b.txt": "Published 3 March 2023\n\nVolunteers say 312 people have been hurt in the clashes."},
                kind="contradiction", contains=("312",)),
        Example({"a.txt": "Published 3 March 2023\n\nSome 85 people have been admitted to hospital, the health ministry said.",
                 "b.txt": "Published 4 March 2023\n\nHospitals have admitted about 85 people, volunteers say."},
                kind="contradiction", contains=("Some 85", "about 85")),
        Example({"a.txt": "Published 3 March 2023\n\nSome 85 people were injured, the interior ministry said.",
                 "b.txt": "Published 4 March 2023\n\nRescuers said 85 people were injured."},
                kind="contradiction", contains=("Some 85", "85 people")),
        Example({"a.txt": "Published 3 March 2023\n\nBank account numbers of 41,000 customers were exposed, the ministry said.",
                 "b.txt": "Published 4 March 2023\n\nHackers copied the personal details of 41,000 customers, the bank said."},
                absent=("contradiction",)),
        Example({"a.txt": "Published 12 June 2024\n\nSome 3,400 homes were destroyed, according to the national disaster agency.",
                 "b.txt": "Published 2 August 2024\n\nAt least 3,400 homes were destroyed, according to the national disaster agency."},
                absent=("contradiction",)),
        Example({"a.txt": "Published 12 June 2024\n\nA total of 143 people died in the floods, the health ministry said.",
                 "b.txt": "Published 16 June 2024\n\nMore than 200 people died, according to aid groups."},
                absent=("contradiction",)),
        Example({"a.txt": "Published 12 June 2024\n\nThe doors of the depot were open for less than ten minutes, the fire service said.",
                 "b.txt": "Published 13 June 2024\n\nThe doors of the depot were open for less than ten minutes, according to two cleaners on shift."},
                kind="contradiction", contains=("less than ten minutes",)),
        Example({"a.txt": "Published 12 June 2024\n\nThe blaze started in a tumble dryer in the basement laundry room, the fire brigade said.",
                 "b.txt": "Published 13 June 2024\n\nResidents said the blaze started in a tumble dryer in the basement laundry room."},
                kind="contradiction", contains=("tumble dryer",)),
        Example({"a.txt": "Published 12 June 2024\n\nThe blaze started in a tumble dryer in the basement laundry room, the fire brigade said.",
                 "b.txt": "Published 13 June 2024\n\nThe blaze started in a tumble dryer in the basement laundry room, according to the fire service."},
                absent=("contradiction",)),
    ),
)

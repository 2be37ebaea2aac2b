"""Unsourced claims: check-worthy statements that nobody named stands behind.

What: every sentence carries an attribution grade (named person, named institution or
document, anonymous, vague, none; see ``checker/extract/attribution.py``). Reported:

- a claim made by anonymous sources ("Sources said ...", "a senior official said ...", "a
  port official, who spoke on condition of anonymity, said ...", "Speaking anonymously, a
  guard said ...");
- a claim put in the mouth of a vague subject ("Some say ...", "Critics claim ...",
  "Several countries accuse ...") or given as the opinion of an unidentified group
  ("Locals suspect ...", "Residents believe ...", "Many fear ...", "Some in the trade question
  whether ...", "Some tenants blame the landlord for ...");
- any claim made on the strength of an agentless hedge alone ("X is understood to have
  ...", "the leak is thought to have begun ...", "is believed to", "is said to", "is
  reported to", "it is alleged that", "reportedly", "allegedly");
- a check-worthy sentence with no attribution, or hedged by a weaker agentless passive
  ("has been linked to", "were reported", "apparently"). Check-worthy = a figure (a number
  with a counted noun, money or a percentage; a toll of any size: "Three miners were
  killed", "Two passengers died." however short the sentence), a causal claim ("caused
  by", "linked to", "due to", "blamed on", "responsible for"), an accusation ("accused",
  "fraud", "genocide", "corruption"...; or lacking papers one must hold: "had no valid
  hygiene certificate", "was operating without insurance", "its licence had expired"; a duty
  not done: "had not been trained", "were never inspected", "has not been serviced"; going on
  despite a prohibition: "kept selling the affected tins after the recall", "continued
  operating despite the closure order"; breaking a rule in so many words: "in breach of
  national rules", "in violation of the permit"; keeping it from those who must be told:
  "trained abroad without telling his club", "without the knowledge of the board"), a settled
  future fate, which someone decided ("The depot will be sold.", "The ward is to be closed
  down."; not "could be", "if ...", "closed on Sunday"), a quantity of something in a measure ("carries about
  80,000 barrels of crude a day"; not a bare measurement: "400 metres long"), a bounded
  duration ("were inside for less than six minutes", "spent more than 100 hours underground";
  not "two hours later", "within eight minutes of the alarm"), a record claim ("the first
  statewide shortage since 2014", "the worst flooding in 40 years", "the deadliest on record"),
  a check failed ("had failed part of an inspection in 2023", "failed two hygiene audits"), or
  the date of an event (reported at severity info). A vague quantifier or weasel head placed by a phrase stays
  vague ("Some in Lessa say", "Others at the plant say", "Critics of the plan say"; "analysts at
  Barclays" are named).
- a statement told as fact that another article of the story credits to a named source ("A
  drainage pipe had burst days before the slip." where another has "..., police said."): the
  story itself shows that the claim needs a source (the same statement near word for word, see
  ``restatements`` in rules/attribution_drift.py);
- a check-worthy claim resting on unnamed advocates: "The crush, which campaigners say
  killed at least 12 people, ...", "Activists say ...", "local activists put the toll at ..."
  (graded vague; not "the campaigners", not a named group, not "activists urged ..."), or on
  people named only as from around here ("Locals say ...", "Townspeople believe ..."; graded
  vague; "residents", "witnesses" and "the locals" stay named);
- a claim on the outlet's own unnamed sources: ", the Herald understands.", ", Valley Radio
  has learned.", ", this newspaper can reveal.", "We understand that ..." (graded anonymous;
  "the Transport Ministry understands" is no outlet).

Never reported: a sentence with an attribution ("..., the ministry said", "according to
...", "..., inspectors said", "officials in the region said", "the fire service put the
number at 210", "The National Food Safety Authority (NFSA) said ..."), including one carried from the previous sentence of its paragraph ("Sources said X.
Y." reports X only) or from the speaker of a quotation; quotations themselves; headlines,
bylines, credit lines and captions (no final punctuation, "By ...", "(Photo: ...)"), and a
bulletin's calls to action ("Donate to the campaign from £3.", "Subscribe for full access.",
"Support us today."; not "Support for the plan fell ..."). Sourcing
is read as far as every other extractor (the first 5,000 sentences); a cut that remains (see
``MAX_ANALYSED_*`` in ``checker/extract/quotes.py``) is reported as a ``partial`` error.

Why: an editor must know which facts the story asserts on its own authority, and which rest
on people the reader cannot identify.

Known false positives: background facts the reporter established ("The recall covers about
412,000 vehicles") are reported when their sentence names no source: deliberately, since
the editor should know which figures rest on the outlet's own authority; a source named two
sentences earlier does not carry over. A statement told as fact that another article credits
to a named source is reported even when this outlet established it itself.
"""
from __future__ import annotations

import functools
import os
import re

from checker import lazyre
from checker.extract.attribution import is_hedge, is_strong_hedge
from checker.extract.events import attach
from checker.extract.quotes import MAX_ANALYSED_SENTENCE_CHARS, analysed_prefix
from checker.extract.speakers import _CASE_TRAPS, may_contain  # noqa: F401 (tests use it)
from checker.facts import StoryFacts
from checker.vocab import numbers as NUM
from checker.vocab import sources as V
from rules.attribution_drift import credited_elsewhere
from rules.base import Example, Result, Rule

CODE = "SR401"
NAME = "unsourced-claims"

_CAUSAL = lazyre.compile(r"\b(?:" + "|".join(re.escape(p) for p in V.CAUSAL_PHRASES) + r")\b(?:\s(?P<next>[a-z]{1,20}))?", re.I)
_ACCUSE_WORDS = (*V.ACCUSATION_WORDS, *V.BREACH_PHRASES)  # "in breach of regional law" breaks a rule
_ACCUSE = lazyre.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in _ACCUSE_WORDS) + r")\b(?:\s(?P<next>[a-z]{1,20}))?", re.I)
# Keeping something from those who must be told: "trained at altitude without telling his
# team doctor", "sold the plot without informing the council", "without the knowledge of the board".
_CONCEALMENT = lazyre.compile(
    r"\bwithout\s(?:first\s)?(?:(?:" + "|".join(sorted(V.CONCEALMENT_GERUNDS)) + r")\s(?:it\s(?:to\s)?)?(?:the|his|her|its|their|a|an|any)\b"
    r"|the\s(?:[a-z]{2,20}\s)?(?:" + "|".join(sorted(V.CONSENT_NOUNS)) + r")\sof\b)", re.I)
# (not a bare "without permission": "Reproduction without permission is prohibited" is page
# furniture, "a person on a runway without permission" a definition)
_PROCEDURE_BEFORE = lazyre.compile(
    r"\b(?:tried|charged|convicted|acquitted|indicted|investigated|jailed|sentenced|arrested|"
    r"prosecuted|cleared)\s(?:for|with|of|on)\s(?:charges?\sof\s)?$", re.I)
# Lacking a licence, permit, certificate...: "had no valid hygiene certificate", "did not
# hold a permit", "was operating without a licence", "its insurance had expired". Up to three
# words (adjectives, compounds) between the determiner and the paper.
_PAPERS = "(?:" + "|".join(V.COMPLIANCE_NOUNS) + ")s?"
_MODS = r"(?:(?:a|an|any|the|its|their|his|her)\s)?(?:[a-z\-]{1,20}\s){0,3}"
_NONCOMPLIANCE = lazyre.compile(
    r"\b(?:(?:had|has|have|held|holds|hold)\s(?:no|not|never)\s(?:(?:held|had|obtained|been\s(?:issued|granted))\s)?"
    r"|(?:did|does|do)(?:\snot|\snever|n['’]t)\s(?:hold|have|possess|obtain|get)\s"
    r"|(?:lacked|lacking|lacks|lack)\s|[a-z]{2,20}ing\swithout\s)" + _MODS + _PAPERS + r"\b"
    r"|\b" + _PAPERS + r"\s(?:had|has|have)\s(?:expired|lapsed|been\s(?:revoked|suspended|withdrawn|refused))\b", re.I)
# A duty not done: "had not been trained", "were never properly inspected", "hadn't been
# tested", "was not adequately supervised".
_DUTY_FAILURE = lazyre.compile(
    r"\b(?:had|has|have|was|were|is|are)(?:\s(?:not|never)|n['’]t)\s(?:been\s)?(?:[a-z]{2,12}ly\s)?"
    r"(?:" + "|".join(V.DUTY_PARTICIPLES) + r")\b(?!\sas\b)", re.I)  # not "was not trained as a doctor"
# Going on despite a prohibition: "kept flying the grounded jets after the ban", "continued
# operating despite the closure order", "were still selling the affected tins after the
# recall". After "after", only when the object is the forbidden thing itself ("the recalled
# toys": a definite participle phrase): "kept selling other brands after the recall" is lawful.
_DEFIANCE = lazyre.compile(
    r"\b(?:kept|keeps|keep|continued|continues|continue|went\son|carried\son|(?:was|were|is|are)\sstill)\s"
    r"(?:to\s(?P<inf>[a-z]{2,20})|(?P<ing>[a-z]{2,20}ing))\s(?P<obj>(?:the|its|their|those|these)\s[a-z]{2,20}ed\s)?"
    r"[^.;:]{0,80}?\b(?P<prep>despite|in\sspite\sof|in\sdefiance\sof|after)\s(?:the|a|an|its|their)\s"
    r"(?:[a-z\-]{1,20}\s){0,2}(?:" + "|".join(V.PROHIBITION_NOUNS) + r")s?\b", re.I)
_DEFIANCE_ANCHORS = ("kept", "keep", "continu", "went on", "carried on", "still")
# A settled future fate, passive: "will be sold", "is to be demolished", "are now to be axed",
# "will also be closed down" (not "could be", "may be", "is expected to be": hedged or planned).
_FATE = lazyre.compile(
    r"\b(?:will|shall|is\sto|are\sto)\s(?:now\s|also\s|soon\s|then\s|eventually\s|finally\s){0,2}be\s"
    r"(?:(?:now|also|soon|eventually|finally|permanently)\s)?(?:"
    + "|".join(re.escape(p).replace("\\ ", r"\s") for p in sorted(V.FATE_PARTICIPLES, key=len, reverse=True))
    + r")\b(?!\s(?:if|unless|should|temporarily)\b)", re.I)
# A record claim: "the first statewide shortage of the drug since 2014", "the worst flooding in
# 40 years", "the deadliest crash on record" (a superlative or "first" measured against time).
_RECORD = lazyre.compile(
    r"\b(?:" + "|".join(V.RECORD_WORDS) + r")\b(?:\s[\w’'-]{1,30}){0,8}?\s"
    r"(?:since\s(?:[0-9]{4}|records\sbegan|the\s[0-9]{4}s)|in\s(?:more\sthan\s|over\s|nearly\s|almost\s)?(?:[0-9]{1,3}|a|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty)\s(?:years|decades?|century)|on\srecord|in\sliving\smemory|ever\s(?:recorded|seen)?)\b", re.I)
_RECORD_ANCHORS = tuple(sorted(w for w in V.RECORD_WORDS))
# Failing a check one must pass: "had failed part of an inspection in 2023", "failed a safety audit".
_FAILED_CHECK = lazyre.compile(
    r"\bfail(?:ed|s)?\s(?:(?:part|parts|all|some|most|each|one|two|three)\sof\s)?"
    r"(?:a|an|its|their|his|her|the|two|three|four|several|every|repeated|successive)\s(?:[a-z-]{1,20}\s){0,2}"
    r"(?:" + "|".join(V.CHECK_NOUNS) + r")\b", re.I)


def _call_to_action(text: str) -> bool:
    """"Donate to the campaign from £3.", "Subscribe for full access.", "Support us today.": an
    imperative that closes a bulletin, not a claim."""
    words = text.lower().split()[:3]
    if words[:1] == ["please"]:
        words = words[1:]
    if not words:
        return False
    first = words[0].strip(",.!:")
    if first in V.CALL_TO_ACTION_VERBS:
        return True
    return first in V.CALL_TO_ACTION_NOUN_VERBS and len(words) > 1 and words[1].strip(",.!:") in V.CALL_TO_ACTION_NEXT


_MONEY_OR_SHARE = lazyre.compile(r"^(?:[A-Z]{3}|percent|%)$")  # currency codes and shares
_QUANTITY_OF = lazyre.compile(r"\s{1,2}of\s{1,2}(?:[a-z][a-z-]{1,30}\s{1,2}){0,2}[a-z][a-z-]{2,30}\b")  # "... barrels of crude"
_FINAL = lazyre.compile(r"[.!?…][\"”’')\]]{0,3}\s*$|[\"”’]\s*$")
_DIGIT = lazyre.compile(r"[0-9]")
# Page furniture that ends with a full stop: bylines and credit lines ("By Ana Ruiz and
# Tom Lind.", "Reporting by ...; Editing by ...") and photo credits ("(Photo: Reuters)").
_BYLINE = lazyre.compile(
    r"^(?:By|Written by|Reporting by|Additional reporting by|Editing by|Edited by|Compiled by|Text by)"
    r"\s[A-Z][\w’'.-]{0,40}(?:\s{1,3}(?:[A-Z][\w’'.-]{0,40}|and|in|for|with|by)|\s{0,3}[,;|/&]){0,24}\s{0,3}[.]?$"
)
_CREDIT = lazyre.compile(
    r"(?:\((?:Photo|Photograph|Picture|Image|Video|Credit|File photo)s?\b[^()]{0,80}\)|"
    r"\b(?:Photo|Photograph|Picture|Image|Credit)s?:\s[^.:]{1,60}[.]?)\s{0,3}$"
)
# Every _CREDIT match holds one of these (case-sensitive) words: a cheap test before a
# search that is tried at every position of the sentence.
_CREDIT_WORDS = ("Photo", "Picture", "Image", "Video", "Credit", "File photo")


def _anchors(literals) -> tuple[str, ...]:
    """The literals no other literal of the list occurs in ("accus" for "accused" too):
    whether a text holds any of them is whether it holds any literal of the list."""
    lits = set(literals)
    return tuple(sorted(w for w in lits if not any(o != w and o in w for o in lits)))


# Prefilters: every match of the regex they guard holds one of these lower-case literals.
_CAUSAL_ANCHORS = _anchors(V.CAUSAL_PHRASES)
_ACCUSE_ANCHORS = _anchors(_ACCUSE_WORDS)
_PAPER_ANCHORS = _anchors(V.COMPLIANCE_NOUNS)
_DUTY_ANCHORS = _anchors(V.DUTY_PARTICIPLES)


def _final(text: str) -> bool:
    """``_FINAL.search(text)``: every match ends the text (but for spaces) and starts within
    its last four characters before them, so only that tail is searched, not every position."""
    return _FINAL.search(text, max(0, len(text.rstrip()) - 4)) is not None


def _lower_or_none(text: str) -> str | None:
    """The text lower-cased for literal prefilters (``speakers.may_contain``), or None when
    it holds a character re.IGNORECASE matches to an ASCII letter but lower() does not:
    then every prefilter must pass."""
    return None if _CASE_TRAPS.search(text) is not None else text.lower()


def _may_hold(low: str | None, anchors: tuple[str, ...]) -> bool:
    return low is None or any(map(low.__contains__, anchors))  # no Python frame per literal


def _figure(facts, i: int, text: str) -> str | None:
    """The first check-worthy figure of sentence i, as written."""
    try:
        figures = facts.figures[i]
    except (AttributeError, IndexError):
        figures = ()
    for f in figures:
        unit = getattr(f, "unit", None) or ""
        if unit.startswith("time:"):
            if _duration_claim(f, text):
                return f.text  # "were inside for less than six minutes", "spent more than 100 hours"
            continue
        counted = getattr(f, "counted", None)
        head = getattr(counted, "head", None) if counted is not None else None
        money = bool(_MONEY_OR_SHARE.match(unit))
        if head is None and not money:
            if not unit and _toll(f, text):
                return f.text  # "Fourteen were trapped."
            continue
        digits = _DIGIT.search(f.text) is not None
        if unit and not money:
            if digits and head and _QUANTITY_OF.match(text, f.end):
                return f.text  # a quantity of something: "about 80,000 barrels of crude a day"
            continue  # a measurement ("four metres") or a fraction in words ("half")
        if unit in ("percent", "%") and not digits and (head is None or f.hedge in ("exact", "rounded")):
            continue  # "half of the region"; a hedged share of people counts: "nearly a third of teachers"
        if unit in ("percent", "%") and not digits:
            return f.text
        large = digits or (f.value is not None and f.value >= 20)
        if large or (head in V.IMPACT_NOUNS and not _refers_back(f, text)) or _toll(f, text):
            return f.text
    return None


# A change measured by a fraction in words: "have fallen by a fifth", "was cut by half",
# "rose by about a third" (a share of something, "half of the region", is no claim).
_CHANGE_BY = lazyre.compile(
    r"\b(?:" + "|".join(V.CHANGE_BY_VERBS) + r")\s(?:[a-z]{2,12}\s)?by\s"
    r"(?:(?:about|around|roughly|almost|nearly|more\sthan|over|some|up\sto)\s)?"
    r"(?:(?:a|one|two|three)\s(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|half)\b", re.I)


# A change by a multiple: "Insurance premiums have roughly doubled since 2020", "Waiting times
# had more than tripled", "The grant was halved" (after an auxiliary: not "a doubled dose").
_MULTIPLE = lazyre.compile(
    r"\b(?:has|have|had|was|were|is|are|been)\s(?:(?:" + "|".join(V.MULTIPLE_CHANGE_HEDGES) + r")\s){0,3}"
    r"(?:" + "|".join(V.MULTIPLE_CHANGE_VERBS) + r")\b", re.I)
_MULTIPLE_ANCHORS = tuple(v[:-2] for v in V.MULTIPLE_CHANGE_VERBS)
# A proportion: "one in five shifts", "two out of three voters", "1 in 4 children", "one in
# every ten homes" (not of time: "one in ten years" is a rate of events, "two in a row").
_NUMBER_WORD = r"(?:[0-9]{1,3}|" + "|".join(sorted((*NUM.UNITS_WORDS, *NUM.TENS_WORDS), key=len, reverse=True)) + r")"
_PROPORTION = lazyre.compile(
    r"\b" + _NUMBER_WORD + r"\s(?:in|out\sof)\s(?:every\s)?" + _NUMBER_WORD
    + r"\s(?!(?:" + "|".join(NUM.TIME_UNITS) + r"|nights?|seasons?|games?|matches|races|attempts|tries)\b)"
    r"(?:[a-z-]{2,30}\s){0,2}?[a-z-]{3,30}\b", re.I)
_PROPORTION_ANCHORS = (" in ", " out of ")


def _duration_claim(f, text: str) -> bool:
    """How long something lasted, bounded by a hedge ("for less than six minutes", "spent
    more than 100 hours"), not a point in time ("more than two hours later") nor a wait
    before something ("within eight minutes of the alarm")."""
    if getattr(f, "hedge", None) not in V.DURATION_HEDGES:
        return False
    before = text[max(0, f.start - 30):f.start].lower().split()[-2:]
    if not any(w in V.DURATION_OPENERS for w in before):
        return False
    after = text[f.end:f.end + 20].lower().split()[:1]
    return not (after and after[0].strip(",.;:") in V.DURATION_RELATIVE)


def _refers_back(f, text: str) -> bool:
    """"the two were killed", "both drivers", "those three officers": people already counted."""
    before = text[max(0, f.start - 12):f.start].split()
    return bool(before) and before[-1].lower().strip(",;:") in V.TOLL_REFERENCE_WORDS


_BARE_TOLL = lazyre.compile(r"\s(?:were|are|have|had|has|was|remain|remained)\s(?:been\s|now\s|still\s){0,2}([a-z]{3,20})\b")


def _toll(f, text: str) -> bool:
    """A count of people killed, hurt, missing, arrested... ("Three miners were killed"),
    asserted and not a reference back ("the two men", "both drivers")."""
    counted = getattr(f, "counted", None)
    if counted is None:
        return False
    if getattr(counted, "head", None) is None:
        # "Fourteen were trapped", "At least 40 have died": a bare number, subject of a toll verb.
        m = _BARE_TOLL.match(text, f.end)
        if m is None or m.group(1).lower() not in V.TOLL_PARTICIPLES:
            return False
    elif counted.event not in V.TOLL_EVENTS:
        return False
    if getattr(counted, "polarity", "affirmed") != "affirmed" or getattr(counted, "anchor", None):
        return False
    return not _refers_back(f, text)


def _short_toll(facts, i: int, text: str) -> bool:
    try:
        figures = facts.figures[i]
    except (AttributeError, IndexError):
        return False
    return any(_toll(f, text) for f in figures if not getattr(f, "unit", None))

# A defect on record: "its anemometer had been reported faulty", "the lift was found to be
# unsafe", "the pipe had been flagged as defective" (not "reported missing", "found dead").
_DEFECT = lazyre.compile(
    r"\b(?:had|has|have|was|were|is|are)\s(?:(?:already|previously|repeatedly|twice|once|also)\s)?(?:been\s)?"
    r"(?:" + "|".join(V.DEFECT_RECORD_VERBS) + r")\s(?:(?:to\s(?:be|have\sbeen)|as(?:\sbeing)?)\s)?"
    r"(?:(?:badly|seriously|dangerously|structurally|potentially)\s)?"
    r"(?:" + "|".join(re.escape(w).replace("\\ ", r"\s") for w in sorted(V.DEFECT_STATES, key=len, reverse=True)) + r")\b",
    re.I)
_DEFECT_ANCHORS = _anchors(V.DEFECT_STATES)


def _causal(text: str, low: str | None) -> str | None:
    """``low``: ``_lower_or_none(text)``."""
    if not _may_hold(low, _CAUSAL_ANCHORS):
        return None  # every match is one of these phrases: a cheap test before the regex
    for m in _CAUSAL.finditer(text):
        phrase = m.group(0)[:len(m.group(0)) - len(m.group("next") or "")].strip()
        if phrase.lower() == "due to" and (m.group("next") or "").lower() in V.NOT_CAUSAL_AFTER_DUE_TO:
            continue  # "due to be held": a schedule
        return phrase
    return None


def _accusation(text: str, low: str | None) -> str | None:
    """``low``: ``_lower_or_none(text)``."""
    if not _may_hold(low, _ACCUSE_ANCHORS):
        return None  # every match is one of these words: a cheap test before the regex
    for m in _ACCUSE.finditer(text):
        word = m.group(0)[:len(m.group(0)) - len(m.group("next") or "")].strip()
        # (the procedure words are at most ~30 characters long: no need to search further back)
        if (m.group("next") or "").lower() in V.PROCEDURAL_NOUNS or _PROCEDURE_BEFORE.search(
                text, max(0, m.start() - 80), m.start()):
            continue  # "a corruption trial", "tried for fraud": a procedure, not a claim
        return word
    return None


def _event_date(facts, i: int, text: str) -> str | None:
    for t in facts.times[i]:
        if t.form in ("date", "range") and t.precision == "day" and t.resolved:
            if attach(text, t.start_offset, t.end_offset) is not None:
                return t.text
    return None


def _quoted_chars(facts) -> dict[int, int]:
    """Sentence index -> how many of its characters lie inside quotations (sentences with
    none are absent): one pass over the article's quotations, not one per sentence."""
    sentences = facts.sentences
    inside: dict[int, int] = {}
    for q in facts.quotes:
        if q.how == "label":
            continue  # a transcript's turn: a reporter's narration is labelled like a guest's words
        for i in range(q.sentence, q.last_sentence + 1):
            s = sentences[i]
            inside[i] = inside.get(i, 0) + max(0, min(q.end, s.span.end) - max(q.start, s.span.start))
    return inside


def _quoted_share(facts, i: int, quoted: dict[int, int] | None = None) -> float:
    """``quoted``: ``_quoted_chars(facts)``, when the caller has it."""
    if quoted is None:
        quoted = _quoted_chars(facts)
    return quoted.get(i, 0) / max(1, len(facts.sentences[i].text))


# The tests below that read the sentence's text alone, memoised by text: stories repeat
# sentences word for word (agency copy, a standard background paragraph), and the rule
# reads each sentence of each article. Bounded; values are a function of the key alone.

@functools.lru_cache(maxsize=4096)
def _shape(text: str) -> tuple[bool, bool, bool]:
    """(ends with a full stop, fewer than four words, a byline or a photo credit)."""
    return (_final(text), len(text.split()) < 4,
            bool(_BYLINE.match(text.strip()) or (any(map(text.__contains__, _CREDIT_WORDS)) and _CREDIT.search(text))))


@functools.lru_cache(maxsize=4096)
def _said(head: str) -> str | None:
    """The reason a sentence's words alone make it check-worthy (a causal claim, an
    accusation, lacking papers), or None. ``head``: its analysed prefix."""
    low = _lower_or_none(head)
    if (m := _causal(head, low)) is not None:
        return f"causal claim “{m}”"
    if (m := _accusation(head, low)) is not None:
        return f"accusation “{m}”"
    if _may_hold(low, (" by ",)) and (m := _CHANGE_BY.search(head)) is not None:
        return f"figure “{m.group(0)}”"  # a change measured by a fraction in words
    if _may_hold(low, _MULTIPLE_ANCHORS) and (m := _MULTIPLE.search(head)) is not None:
        return f"figure “{m.group(0)}”"  # a change by a multiple: "have roughly doubled"
    if _may_hold(low, _PROPORTION_ANCHORS) and (m := _PROPORTION.search(head)) is not None:
        return f"figure “{m.group(0)}”"  # a proportion: "one in five shifts"
    if _may_hold(low, _PAPER_ANCHORS) and (m := _NONCOMPLIANCE.search(head)) is not None:
        return f"accusation “{m.group(0)}”"
    if _may_hold(low, _DUTY_ANCHORS) and (m := _DUTY_FAILURE.search(head)) is not None:
        return f"accusation “{m.group(0)}”"  # a duty not done
    if _may_hold(low, ("without",)) and (m := _CONCEALMENT.search(head)) is not None:
        return f"accusation “{m.group(0)}”"  # kept from those who must be told
    if _may_hold(low, _DEFECT_ANCHORS) and (m := _DEFECT.search(head)) is not None:
        return f"accusation “{m.group(0)}”"  # a defect on record
    if _may_hold(low, ("fail",)) and (m := _FAILED_CHECK.search(head)) is not None:
        return f"accusation “{m.group(0)}”"  # a check failed
    if _may_hold(low, _RECORD_ANCHORS) and (m := _RECORD.search(head)) is not None:
        return f"record claim “{m.group(0)}”"  # "the first ... since 2014"
    if _may_hold(low, (" be ",)) and (m := _FATE.search(head)) is not None:
        return f"decision “{m.group(0)}”"  # a settled future fate: someone decided it
    if _may_hold(low, _DEFIANCE_ANCHORS):
        for m in _DEFIANCE.finditer(head):
            if (m.group("inf") or m.group("ing")).lower() in V.CHANGE_VERBS:
                continue  # "prices kept rising": a change, not an act
            if m.group("prep").lower() != "after" or m.group("obj"):
                return f"accusation “{m.group(0)}”"  # a prohibition defied
    return None


def check(story: StoryFacts):
    credited: dict | None = None  # credited_elsewhere(story), when first asked
    for order, facts in enumerate(story.articles):
        title = (facts.article.title or "").strip()
        limit = analysed_prefix(facts.sentences)  # sentences beyond it were never judged
        quoted: dict[int, int] | None = None  # _quoted_chars, computed when first needed
        for i, (s, att) in enumerate(zip(facts.sentences[:limit], facts.attributions)):
            text = s.text
            if att.grade in ("named_person", "named_institution"):
                continue
            # "campaigners say": vague, but reported on a check-worthy claim only.
            advocates = att.grade == "vague" and att.category == "ngo"
            final, short, furniture = _shape(text)
            if not final or text.strip() == title:
                continue  # headlines, captions
            if short and not _short_toll(facts, i, text):
                continue  # bylines, sign-offs ("Two passengers died." is a claim)
            if furniture or _call_to_action(text):
                continue  # page furniture with a full stop; a bulletin's call to action

            if quoted is None:
                quoted = _quoted_chars(facts)
            if _quoted_share(facts, i, quoted) > 0.5:
                continue  # someone's own words
            # The source is named in this sentence, not carried from the one before ("a
            # guard, speaking anonymously" joins the subject and its marker's phrase).
            explicit = att.source is not None and (att.source in text or att.source.split(", ")[0] in text)
            reason, severity = None, None
            hedge = is_hedge(att)
            if att.grade in ("anonymous", "vague") and explicit and not hedge and not advocates:
                reason = f"attributed to “{att.source}”"
            else:
                fig = _figure(facts, i, text)
                said = _said(text[:MAX_ANALYSED_SENTENCE_CHARS]) if not fig else None
                if fig:
                    reason = f"figure “{fig}”"
                elif said is not None:
                    reason = said
                elif att.grade == "none" and (d := _event_date(facts, i, text)):
                    reason, severity = f"event date “{d}”", "info"
                elif hedge and is_strong_hedge(att, text):
                    # "The leak is thought to have begun ...": the hedge itself is the finding.
                    reason = f"claim hedged by “{att.source}”"
                elif att.grade == "none":
                    if credited is None:
                        credited = credited_elsewhere(story)
                    if (order, i) in credited:
                        # Told as fact here, credited to a named source in another article.
                        other, oatt = credited[order, i]
                        reason = (f"told as fact, credited to “{(oatt.source or '')[:60]}” in "
                                  f"{os.path.basename(story.articles[other.order].article.path)}")
                if reason and att.grade != "none" and not reason.startswith("claim hedged"):
                    reason += f" ({'hedged by' if hedge else 'attributed to'} “{att.source}”)"
            if reason is None:
                continue
            grade = att.grade
            label = {"none": "no attribution", "vague": "vague attribution", "anonymous": "anonymous attribution"}[grade]
            yield Result(
                "unsourced", f"{grade} attribution",
                f"Claim with {label} (grade: {grade}): {reason}",
                (facts.claim(s, 0, len(text), f"grade: {grade}"),),
                severity=severity,
            )


RULE = Rule(
    code=CODE, name=NAME, kinds=("unsourced",), check=check,
    examples=(
        Example({"a.txt": "More than 200 people died when the river burst its banks."},
                kind="unsourced", contains=("More than 200",)),
        Example({"a.txt": "Sources said the company had delayed the recall by several months."},
                kind="unsourced", contains=("Sources said",)),
        Example({"a.txt": "Critics claim the regulator ignored repeated warnings."},
                kind="unsourced", contains=("Critics claim",)),
        Example({"a.txt": "Several countries accuse the government of ethnic cleansing."},
                kind="unsourced", contains=("Several countries",)),
        Example({"a.txt": "At least 143 people died in the floods, the health ministry said."},
                absent=("unsourced",)),
        Example({"a.txt": "Three miners were killed when the roof came down in the eastern gallery."},
                kind="unsourced", contains=("Three miners",)),
        Example({"a.txt": "Three miners were killed when the roof came down, the mining office said. "
                          "The two men were brothers."},
                absent=("unsourced",)),
        Example({"a.txt": "Turnout was 61.4 percent, according to the electoral commission."},
                absent=("unsourced",)),
        Example({"a.txt": "Marcus Webb said the company had known about the defect for months. "
                          "It had received 23 complaints by December."},
                absent=("unsourced",)),
        Example({"a.txt": "A port official, who spoke on condition of anonymity, said the cranes had failed twice."},
                kind="unsourced", contains=("condition of anonymity",)),
        Example({"a.txt": "Villagers suspect the tannery has been dumping waste into the stream."},
                kind="unsourced", contains=("Villagers suspect",)),
        Example({"a.txt": "The leak is thought to have begun in the pumping station."},
                kind="unsourced", contains=("is thought to have begun",)),
        Example({"a.txt": "The leak is thought to have begun in the pumping station, the utility said."},
                absent=("unsourced",)),
        Example({"a.txt": "By Ana Ruiz and Tom Lind.\n\nThe harbour reopened at noon, the port authority said."},
                absent=("unsourced",)),
        Example({"a.txt": "The Regional Water Authority (RWA) said 3,400 homes were without water."},
                absent=("unsourced",)),
        Example({"a.txt": "The fire, which campaigners say killed at least 17 workers, began at night."},
                kind="unsourced", contains=("campaigners say",)),
        Example({"a.txt": "The pilots had not been trained to land in crosswinds."},
                kind="unsourced", contains=("had not been trained",)),
        Example({"a.txt": "Some airlines kept flying the grounded jets for a week after the ban."},
                kind="unsourced", contains=("kept flying",)),
        Example({"a.txt": "The reactor was shut down manually after the alarm sounded, the plant operator said.",
                 "b.txt": "The reactor was shut down manually after the alarm sounded."},
                kind="unsourced", contains=("shut down manually",)),
    ),
)

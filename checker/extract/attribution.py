"""Attribution grading: who stands behind each sentence's claims.

Grades (checker.model.GRADES): named_person ("Colville said", "he added" after a named
speaker); named_institution (a named or clearly identified institution, document or class of
source: "the health ministry said", "according to UN data", "prosecutors said", "a company
spokesperson said"); anonymous (unnamed individuals: "sources said", "a senior official");
vague (weasel subjects and agentless passives: "some say", "critics claim", "several
countries accuse", "campaigners say" (unnamed advocates), "Locals say" (people named only as
from around here), "are alleged to", "has been linked to", "reportedly"); an outlet's own
unnamed sourcing (", the Herald understands.", "We understand that") is anonymous; none.

The source is found, in order of preference, in a sentence-final tag (", the ministry
said."), an "according to" phrase, the subject of the sentence's first cue verb, the
speaker of a quotation the sentence lies in, an accuser ("its allegations", "accusations
... from X"); then hedges; then the previous sentence of the same paragraph carries over
(a reported-speech paragraph goes on: "Sources said X. Y."). Cue verbs inside quotations are
ignored. The stance of the cue is kept: neutral, distancing ("claimed", "alleged"),
estimate ("estimated"), denial ("denied").

Sentences past the analysed prefix of a huge article (``quotes.analysed_prefix``) get no
attribution and carry none.
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from checker import lazyre
from checker.extract import speakers as S
from checker.extract.quotes import Analysis, Quote, analyse, analysed_prefix
from checker.model import NO_ATTRIBUTION, Attribution, Sentence
from checker.vocab import sources as V

_PASSIVE = lazyre.compile(
    r"\b(?:is|are|was|were|been|being)\s(?:widely\s|also\s|now\s){0,2}(?P<verb>"
    + "|".join(V.PASSIVE_HEDGES) + r")\b(?!\s+by\b)",
    re.I,
)
# The same hedge opening a sentence, after at most a connective ("But it is alleged that").
_OPENING_IT_IS = lazyre.compile(
    r"[\s“\"‘']{0,3}(?:(?:but|and|yet|however|now|still),?\s)?(it\s(?:is|was|has\sbeen)\s)", re.I)
_IT_IS = lazyre.compile(r"\bit\s(?:is|was|has\sbeen)\s(?:widely\s)?(?:alleged|claimed|believed|said|reported|rumou?red|understood|thought|suggested)\b", re.I)
# "There are claims that ...", "There have been growing allegations that ...": nobody's claims.
_THERE_ARE = lazyre.compile(
    r"^[\s“\"‘']{0,3}(?:(?:but|and|yet|however|now),?\s)?there\s(?:are|were|have\sbeen|had\sbeen)\s(?:[a-z]{1,15}\s){0,2}?"
    r"(?:claims|allegations|suggestions|rumou?rs|reports|fears|suspicions|accusations)\sthat\b", re.I)
# "..., when allegations first surfaced that ...", "reports emerged that ...": claims with
# no one behind them, whoever is the subject of the sentence.
_SURFACED = lazyre.compile(
    r"\b(?:claims|allegations|suggestions|rumou?rs|reports|suspicions|accusations)\s(?:(?:first|later|soon|have|had)\s){0,2}"
    r"(?:surfaced|emerged|circulated)\s(?:that|of)\b", re.I)
_HEDGE_ADV = lazyre.compile(r"\b(?:" + "|".join(V.HEDGE_ADVERBS) + r")\b", re.I)
_POSS_ALLEGATION = lazyre.compile(r"\b(?:its|their|his|her)\s(?:own\s)?(?:allegations?|accusations?|claims?|charges?)\b", re.I)
_ALLEGATION_FROM = lazyre.compile(
    r"\b(?:allegations?|accusations?|claims?|charges?)\s(?:of\s[^,.;]{1,60}?\s)?(?:from|by)\s"
    r"(?P<src>(?:the\s)?[A-Z][\w’'.-]{0,30}(?:\s[A-Z][\w’'.-]{0,30}){0,4})"
)
_ALLEGATION_ANCHORS = ("allegation", "accusation", "claim", "charge")
# An outlet's own unnamed sourcing (V.OUTLET_KNOWLEDGE): a closing tag ", the Courier
# understands." (a name of at most three capitalised words, or "this newspaper"), or an opening
# "We understand that", "I understand that", "This newspaper has learned that".
_KNOWS = "|".join(k.replace(" ", r"\s") for k in V.OUTLET_KNOWLEDGE)
_SELF = "|".join(k.replace(" ", r"\s") for k in V.OUTLET_SELF)
_OUTLET_TAG = lazyre.compile(
    rf",\s(?P<src>(?:the\s)?[A-Z][\w’'-]{{1,30}}(?:\s[A-Z][\w’'-]{{1,30}}){{0,2}}|{_SELF})\s(?:{_KNOWS})\.?[\"”’]?\s*$")
_OUTLET_OPENING = lazyre.compile(
    rf"^[\s“\"‘']{{0,3}}(?:(?:but|and|now),?\s)?(?P<src>we|i|{_SELF})\s(?:understand|understands|have\slearned|have\slearnt|"
    rf"have\sbeen\stold|am\stold|{_KNOWS})\s(?:that\s)?", re.I)
# ... or in a relative aside: "The crane, which the Herald understands weighed 900 tonnes, ...",
# "the driver, who this newspaper has learned was suspended in May, ..."
_OUTLET_ASIDE = lazyre.compile(
    rf"\b(?:which|who|whom)\s(?P<src>(?:the\s)?[A-Z][\w’'-]{{1,30}}(?:\s[A-Z][\w’'-]{{1,30}}){{0,2}}|{_SELF})\s(?:{_KNOWS})\s")
_OUTLET_ANCHORS = ("understand", "learned", "learnt", "been told", "am told", "can reveal", "can confirm", "established")
# Each of _IT_IS, _PASSIVE and _HEDGE_ADV matches one of these words (_IT_IS's verbs are
# passive hedges too).
_HEDGE_ANCHORS = tuple(sorted(set(V.PASSIVE_HEDGES) | set(V.HEDGE_ADVERBS)))
_LEAD_NP = lazyre.compile(r"^(?P<np>(?:The\s)?[A-Z][\w’'.-]{0,30}(?:\s[A-Z][\w’'.-]{0,30}){0,4})\s")

_SUBJECT = lazyre.compile(
    r"(?P<np>(?:[\w’'.-]{1,30}\s){0,3}?[\w’'.-]{1,30})\s(?:is|are|was|were|has|have|had|will|would)\s", re.I)


# A name that opens a sentence as its subject: "The Clean Water Alliance released ...".
_LEAD_NAME = lazyre.compile(r"(?P<np>(?:The\s)?[A-Z][\w’'-]{1,30}(?:\s[A-Z][\w’'-]{1,30}){0,5})\s[a-z]{2,20}(?:ed|s)\b")


def _att(src: S.Source, cue: str | None, stance: str | None) -> Attribution:
    return Attribution(src.grade, src.name or src.text, cue, stance, src.category if src.grade in ("named_person", "named_institution") else src.grade)


def _speculation(h: S.CueHit, src: S.Source) -> bool:
    """An unidentified group's opinion: "Locals suspect", "Residents believe", "Scientists
    think". Named bodies ("Police suspect", "the ministry believes") keep their grade."""
    if h.cue not in V.SPECULATION_CUES or src.kind != "description" or h.subject is None:
        return False
    words = S.word_list(h.subject)
    bare = bool(words) and words[0].lower() not in ("the", "this", "that", "these", "those", "his", "her", "its", "their", "our")
    return bare and src.category in ("public", "expert", None) and not any(w[:1].isupper() for w in words[1:])


_SOURCE_DETERMINERS = frozenset("the a an its their his her our".split())


def _described(subject: str) -> bool:
    """A short noun phrase led by a determiner: "the utility", "its operator"."""
    words = S.word_list(subject)
    return 2 <= len(words) <= 4 and words[0].lower() in _SOURCE_DETERMINERS and words[-1].islower()


_CONJUNCTIONS = frozenset("and but while whereas yet".split())


def _coordinated(masked: str, h: S.CueHit) -> bool:
    """Does the cue's subject open a coordinated clause (", and staff say", ", but doctors said")?"""
    if h.subject is None or h.subject_start is None:
        return False
    words = S.word_list(h.subject)[:1] or ()
    before = masked[max(0, h.subject_start - 12):h.subject_start].split()[-1:]
    return any(w.lower() in _CONJUNCTIONS for w in (*words, *before))


def _choose_hit(masked: str, hits: Sequence[S.CueHit], sources: Sequence[S.Source | None]
                ) -> tuple[S.CueHit, S.Source] | None:
    """The cue hit whose subject is the sentence's source; ``sources``: each hit's subject
    classified (``Analysis.sources``)."""
    cands = []
    for h, src in zip(hits, sources):
        if h.subject is None:
            continue
        if src is None and h.cue == "according to":
            # Whatever follows "according to" is a source, even one we cannot classify.
            src = S.Source(h.subject, None, (), "description", "named_institution", None)
        if src is None and h.cue in V.QUOTE_CUES and _described(h.subject):
            # "..., the utility said": a speech verb's definite subject is a source even when
            # its noun is not in our vocabulary.
            src = S.Source(h.subject, None, (), "description", "named_institution", None)
        if src is None:
            continue
        cands.append((h, src))
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]  # what every rule below picks when there is no other candidate
    last_comma = masked.rstrip().rfind(",")
    # A final clause of its own (", and staff say ...") is no tag: its source is not the
    # sentence's, whose first clause keeps its own ("412 were admitted, according to X, and ...").
    tail = [c for c in cands if c[0].start > last_comma >= 0 and (c[0].subject_start or 0) > last_comma
            and not _coordinated(masked, c[0])]
    opening = cands[0][0].subject_start is not None and not masked[:cands[0][0].subject_start].strip(" “\"‘")
    if (tail and opening and tail[-1][0].cue not in V.INVERTIBLE_CUES and tail[-1][0] is not cands[0][0]
            and tail[-1][0].cue != "according to"):
        # "Some say X, a claim the court has dismissed": the opening source; a closing
        # "according to X" always attributes the sentence ("Just under 20 people have reported
        # symptoms, according to the county health team": the team is the source)
        return cands[0]
    if tail and len(masked[tail[-1][0].end:].split()) <= 8:
        if tail[-1][1].kind == "pronoun" and cands[0][1].kind != "pronoun":
            return cands[0]  # "Prosecutors are seeking ..., whom they described as ..."
        return tail[-1]  # ", the ministry said on Friday."
    according = [c for c in cands if c[0].cue == "according to"]
    if according:
        return according[0]
    return cands[0]


def _own(i: int, s: Sentence, an: Analysis, covering: Sequence[Quote], previous: Sequence[Attribution]) -> Attribution:
    masked = an.masked[i]

    def classify(text: str):
        return S.classify(text, an.persons, an.institutions)

    # "It is claimed that staff ... after customers complained ...": an opening agentless
    # hedge governs the whole sentence; cues inside its that-clause are part of the claim.
    hedge = _opening_hedge(masked)
    if hedge is not None:
        return hedge
    chosen = _choose_hit(masked, an.hits[i], an.sources[i])
    if chosen is not None:
        h, src = chosen
        if src.kind == "pronoun":
            for q in covering:
                if q.speaker is not None and q.speaker.kind != "pronoun" and q.how == "pronoun":
                    return _att(q.speaker, h.cue, h.stance)  # "“…,” she said": the resolved speaker
            lead = _SUBJECT.match(masked)
            if lead:
                # "Prosecutors are seeking ..., whom they described as ...": the subject.
                first = classify(lead.group("np"))
                if first is not None and first.grade in ("named_person", "named_institution"):
                    return _att(first, h.cue, h.stance)
            for prev in reversed(previous[-3:]):
                if prev.grade in ("named_person", "named_institution"):
                    return Attribution(prev.grade, prev.source, h.cue, h.stance, prev.category)
            lead = _LEAD_NAME.match(an.masked[i - 1]) if i > 0 else None
            if lead:
                # "The Clean Water Alliance released its own figures. It said ...": the subject
                # of the sentence before, when it is a source of the pronoun's sort
                first = classify(lead.group("np"))
                if first is not None and first.grade == src.grade and first.kind != "pronoun":
                    return _att(first, h.cue, h.stance)
            return Attribution(src.grade, src.text, h.cue, h.stance, None)
        if _speculation(h, src):
            return Attribution("vague", src.text, h.cue, "distancing", "vague")
        return _att(src, h.cue, h.stance)
    # Quote paragraphs belong to their speaker.
    for q in covering:
        if q.speaker is not None and q.speaker.grade != "none":
            return _att(q.speaker, q.cue, "neutral")
    accuser, lead, rest = _uncued(masked)
    if accuser is not None:
        src = classify(accuser)
        if src is not None:
            return _att(src, "accusations", "distancing")
    if lead is not None:
        src = classify(lead)
        if src is not None and src.grade in ("named_person", "named_institution"):
            return _att(src, "allegations", "distancing")
    return rest


def _opening_hedge(text: str) -> Attribution | None:
    """The attribution of a (masked) sentence that opens with an agentless hedge ("It is
    claimed that ..."), or None."""
    # The match holds "it" within its first 14 characters (three marks, "however," and a
    # space before it): most sentences fail this test in C, before the case-blind regex.
    head = text[:16]
    if "it" not in head.lower() and S._CASE_TRAPS.search(head) is None:
        return None
    opening = _OPENING_IT_IS.match(text)
    hedge = _IT_IS.match(text, opening.start(1)) if opening is not None else None
    if hedge is None:
        return None
    return Attribution("vague", hedge.group(0), hedge.group(0), "distancing", "vague")


@functools.lru_cache(maxsize=4096)  # pure; stories repeat background sentences word for word
def _uncued(text: str) -> tuple[str | None, str | None, Attribution]:
    """What a (masked) sentence with no chosen cue and no quotation says on its own: the
    accuser of "allegations from X" and the lead noun phrase of "X ... its allegations" (each
    is the source when the article's names make it one: the caller classifies them), and the
    attribution otherwise (an agentless hedge, or none). A function of the text alone, so
    that the regexes run once per distinct sentence."""
    # The prefilters below lower-case the sentence once between them (None: a case trap,
    # where any literal may match).
    low = None if S._CASE_TRAPS.search(text) is not None else text.lower()

    def may_contain(literals) -> bool:
        return low is None or any(map(low.__contains__, literals))

    # Both allegation patterns need one of these words (a cheap test before the regexes).
    alleging = may_contain(_ALLEGATION_ANCHORS)
    m = _ALLEGATION_FROM.search(text) if alleging else None
    accuser = m.group("src") if m else None
    lead = None
    if alleging and _POSS_ALLEGATION.search(text):
        lm = _LEAD_NP.match(text)
        if lm:
            lead = lm.group("np")
    if may_contain(_OUTLET_ANCHORS):
        m = _OUTLET_TAG.search(text) or _OUTLET_OPENING.match(text) or _OUTLET_ASIDE.search(text)
        src = m.group("src").split() if m is not None else ()
        # an outlet: its self ("this newspaper", "we"), a name ending in an outlet's head word
        # ("the Courier"), or one bare name ("Reuters"); not "the ministry understands"
        if src and (src[-1].lower() in V.OUTLET_HEADS or m.re is _OUTLET_OPENING or src[0].lower() == "this"
                    or len(src) == 1 and src[0].lower() not in V.INSTITUTION_HEADS):
            return accuser, lead, Attribution("anonymous", m.group(0).strip(" ,.”\"’"), m.group(0).strip(" ,.”\"’"),
                                              "neutral", "anonymous")
    m = _THERE_ARE.match(text) if may_contain(("there ",)) else None
    if m:
        return accuser, lead, Attribution("vague", m.group(0).strip(), m.group(0).strip(), "distancing", "vague")
    m = _SURFACED.search(text) if may_contain(("surfaced", "emerged", "circulated")) else None
    if m:
        return accuser, lead, Attribution("vague", m.group(0).strip(), m.group(0).strip(), "distancing", "vague")
    m = None
    if may_contain(_HEDGE_ANCHORS):  # a cheap test before three case-blind regexes
        m = _IT_IS.search(text) or _PASSIVE.search(text) or _HEDGE_ADV.search(text)
    if m:
        # A hedge: its cue is the hedge itself ("are alleged", "reportedly").
        return accuser, lead, Attribution("vague", m.group(0), m.group(0), "distancing", "vague")
    return accuser, lead, NO_ATTRIBUTION


def is_hedge(att: Attribution) -> bool:
    """Vague by an agentless passive or a hedging adverb, not by a weasel subject."""
    return att.grade == "vague" and att.source is not None and att.source == att.cue


_STRONG_PASSIVE = lazyre.compile(
    r"\b(?:is|are|was|were|been|being)\s(?:widely\s|also\s|now\s|generally\s|still\s){0,2}(?:"
    + "|".join(V.STRONG_PASSIVE_HEDGES) + r")\s(?:to|that)\b",
    re.I,
)


def is_strong_hedge(att: Attribution, text: str) -> bool:
    """A hedge that makes the claim on nobody's authority whatever it says: "is understood
    to have ignored", "is thought to have begun", "it is alleged that", "reportedly"."""
    if not is_hedge(att):
        return False
    cue = (att.cue or "").lower()
    return (cue in V.STRONG_HEDGE_ADVERBS or _IT_IS.match(cue) is not None or _THERE_ARE.match(cue) is not None
            or _SURFACED.fullmatch(cue) is not None or _STRONG_PASSIVE.search(text) is not None)


# "Groups said they were worried ...": a group speaking of itself, not of the facts.
_SELF_REPORT = lazyre.compile(r"\s(?:[a-z]{2,20}\s){0,2}?(?:say|says|said|told\s[a-z]{1,12})\s(?:that\s)?(?:they|we)\b")
_GROUP_DETERMINERS = frozenset("the a an its their his her our these those both all two three".split())


def _unnamed_advocates(att: Attribution, text: str) -> Attribution:
    """A bare class of advocates with no organisation named ("campaigners say", "Activists
    said", "local activists put the toll at ...") is a weasel subject: vague, its
    category (ngo) kept. With a determiner ("the campaigners") they were named before, a
    capitalised word names them; a request ("groups urged ...") or a group speaking of itself
    ("... said they were worried") asserts nothing, and stays as it was."""
    src = att.source
    if att.grade != "named_institution" or att.category not in ("ngo", "public") or not src:
        return att
    words = src.split()
    heads = V.UNNAMED_ADVOCATES if att.category == "ngo" else V.UNNAMED_LOCALS
    if len(words) > 3 or words[-1].lower() not in heads or words[0].lower() in _GROUP_DETERMINERS:
        return att
    at = text.find(src)
    if at < 0 or (att.cue or "").lower() in V.DIRECTIVE_CUES:
        return att  # carried from another sentence, or a request
    sentence_start = not text[:at].strip(" “\"‘'")
    if any(w[:1].isupper() for w in (words[1:] if sentence_start else words)):
        return att
    if _SELF_REPORT.match(text, at + len(src)) is not None:
        return att
    return Attribution("vague", src, att.cue, att.stance, att.category)


def attribute_sentences(sentences: Sequence[Sentence]) -> tuple[Attribution, ...]:
    sentences = tuple(sentences)
    if not sentences:
        return ()
    an = analyse(sentences)
    covering: dict[int, list[Quote]] = {}
    for q in an.quotes:
        for k in range(q.sentence, q.last_sentence + 1):
            covering.setdefault(k, []).append(q)
    out: list[Attribution] = []
    carries: list[bool] = []
    limit = analysed_prefix(sentences)
    for i, s in enumerate(sentences):
        if i >= limit:
            out.append(NO_ATTRIBUTION)  # beyond the analysed prefix: not judged
            carries.append(False)
            continue
        att = _own(i, s, an, covering.get(i, ()), out)
        if att.category == "ngo" or att.category == "public":
            att = _unnamed_advocates(att, an.masked[i])
        carry = att.grade != "none" and not is_hedge(att)
        if att.grade == "none" and i > 0 and sentences[i - 1].paragraph == s.paragraph and carries[-1]:
            # Reported speech goes on within a paragraph: "Sources said X. Y."
            prev = out[-1]
            att = Attribution(prev.grade, prev.source, prev.cue, prev.stance, prev.category)
            carry = True
        out.append(att)
        carries.append(carry)
    return tuple(out)


def grade_sentence(text: str) -> Attribution:
    """The attribution of one sentence on its own (for tests and tools)."""
    from checker.model import Span

    s = Sentence("x", 0, Span(0, len(text), 1, 1), text, 0)
    return attribute_sentences((s,))[0]

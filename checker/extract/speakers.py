"""Source noun phrases: who a cue verb's subject is, and how much it can be trusted.

Shared by ``quotes.py`` (the speaker of a quotation) and ``attribution.py`` (the source of a
sentence). A noun phrase such as "Chief Executive Dr. Ingrid Solberg", "a company
spokesperson", "sources" or "several countries" becomes a ``Source`` with a grade
(named_person, named_institution, anonymous, vague), a category (government, company,
court, ...) and a matching key (folded name tokens, titles removed).
"""
from __future__ import annotations

import difflib
import functools
import operator as _operator
import re
import unicodedata
from itertools import compress as _compress, count as _count
from typing import NamedTuple, Sequence

from attrs import frozen

from checker import lazyre
from checker.vocab import sources as V

MAX_NP_TOKENS = 12  # a subject longer than this is a clause, not a source
MAX_CUES = 24  # cue verbs looked at per sentence
_MAX_ASIDE = 4  # words in a bracketed aside skipped before a cue: "(NFSA)", "(pictured)"

# Words (letters/digits with inner apostrophes or hyphens) and single punctuation marks.
_TOK = lazyre.compile(r"[^\W_](?:[\w’'\-]{0,40}[^\W_])?|[,;:.!?()\[\]“”\"«»„‘’—–]")
_POSSESSIVE = lazyre.compile(r"(?:’s|'s|’|')$")
_ANON_MARKER = lazyre.compile("|".join(re.escape(m) for m in V.ANONYMITY_MARKERS), re.I)
_ANON_LOWER = lazyre.compile("|".join(re.escape(m) for m in V.ANONYMITY_MARKERS))  # on lower-cased text
_CLAUSE_ANON = lazyre.compile("|".join(re.escape(m) for m in V.CLAUSE_ANONYMITY_MARKERS), re.I)
# Either kind of marker, for a cheap test per sentence before the per-cue searches.
_ANON_LITERALS = tuple(sorted(set(V.ANONYMITY_MARKERS) | set(V.CLAUSE_ANONYMITY_MARKERS)))
# Every marker holds one of these: looking for them alone is as good a test, and cheaper.
_ANON_ANCHORS = ("anonym", "named", "identif", "authori", "familiar", "close to", "background")
# Characters that re.IGNORECASE matches to an ASCII letter although str.lower() does not
# (checked over every code point): "İ", "ı" -> i, "ſ" -> s.
_CASE_TRAPS = lazyre.compile("[\u0130\u0131\u017f]")
_RELATIVES = frozenset("who which whose".split())
_AUX_VERBS = frozenset(
    "has have had is are was were will would can could did does do may might must should "
    "shall".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DETERMINERS = frozenset("the a an his her its their our one this that these those".split())
_BOUNDARY_WORDS = frozenset(
    "that which who whom whose where when while because if although though since but so what how why "
    "than whether after before as until unless".split()
)
_SKIP_BEFORE_CUE = frozenset(
    "has have had also later then previously repeatedly publicly again once would will could "
    "did does do not never further earlier already recently today yesterday separately "
    "however meanwhile often has always had first last night week month morning "
    "afternoon evening long privately publicly openly quietly now still".split()
)
_NOUN_MAKERS = frozenset(
    "latest new annual final own such initial earlier previous recent preliminary "
    "these those my your of in on for with by to about amid amidst despite over against "
    "among growing widespread".split()
)
_PAST_CUES = frozenset("said told wrote added stated warned claimed insisted explained noted".split())
_PREPOSITIONS = frozenset("at of for from in with within inside on".split())
_PASSIVE_AUX = frozenset("is are was were be been being".split())
_PARTICLES = frozenset("de da di del dos du van von der den al el bin ibn ul la le y".split())
_NOT_NAMES = frozenset(
    "the a an his her its their our this that these those he she it they we i in on at by "
    "for from to of and but or as asked meanwhile however also after before while when "
    "where who what which there here during since until with without yet some several many "
    "most".split()
) | _WEEKDAYS


# Common words that are capitalised only because they start a sentence.
_LOWER_FIRST = (
    V.ANONYMOUS_HEADS | V.VAGUE_HEADS | V.VAGUE_QUANTIFIERS | V.DESCRIBED_CLASSES
    | frozenset(w for _, ws in V.CATEGORY_WORDS for w in ws) | V.ROLE_WORDS | _DETERMINERS
) - frozenset("un eu who".split())


class Tok(NamedTuple):
    """A word or punctuation mark with its offsets (a tuple: cheap to make by the thousand).

    ``low``/``word``/``cap`` are computed once by ``tokens`` (they are read millions of times)."""

    text: str
    start: int
    end: int
    low: str  # lower case
    word: bool  # a word, not a punctuation mark
    cap: bool  # starts with a capital


def tok(text: str, start: int, end: int) -> Tok:
    return _tuple_new(Tok, (text, start, end, text.lower(), text[:1].isalnum(), text[:1].isupper()))


_tuple_new = tuple.__new__  # skips NamedTuple's Python-level __new__
# C-level field getters, for scans over every token of a sentence without a Python frame each.
_IS_WORD = _operator.itemgetter(4)
_IS_CAP = _operator.itemgetter(5)  # a capitalised token is always a word (no mark is upper case)


@frozen
class Source:
    """A source as written and as judged."""

    text: str  # the noun phrase as written
    name: str | None  # display name (titles removed) for named sources
    tokens: tuple[str, ...]  # folded name tokens, the matching key ("" tuple if unnamed)
    kind: str  # person | institution | description | pronoun | anonymous | vague
    grade: str  # named_person | named_institution | anonymous | vague | none
    category: str | None

    @property
    def named(self) -> bool:
        return self.kind in ("person", "institution") and bool(self.tokens)


@functools.lru_cache(maxsize=65536)  # pure and called for every word of every quote
def fold(word: str) -> str:
    """Lower case without diacritics or a possessive: "Marković’s" -> "markovic"; letters
    NFKD keeps are transliterated (``TRANSLITERATION``): "Sæther" -> "saether"."""
    w = _POSSESSIVE.sub("", word)
    if w.isascii():
        return w.lower()  # (NFKD leaves ASCII as it is, with no combining mark to drop)
    w = unicodedata.normalize("NFKD", w)
    w = "".join(ch for ch in w if not unicodedata.combining(ch)).lower()
    # Letters NFKD leaves alone: "Nazlı" = "Nazli", "Sæther" = "Saether".
    return w.translate(_TRANSLITERATE) if not w.isascii() else w


_TRANSLITERATE = str.maketrans(V.TRANSLITERATION)


# The word alternative of _TOK alone: its matches are exactly the word tokens of _TOK (the
# punctuation alternative matches single non-word characters, which it skips).
_WORD_TOK = lazyre.compile(r"[^\W_](?:[\w’'\-]{0,40}[^\W_])?")


@functools.lru_cache(maxsize=8192)  # pure; subjects recur within and across articles
def word_list(text: str) -> tuple[str, ...]:
    """The words of a phrase: ``[t.text for t in tokens(text) if t.word]``, as a tuple."""
    return tuple(_WORD_TOK.findall(text))


def may_contain(text: str, literals: Sequence[str]) -> bool:
    """False only when no lower-case ASCII literal of ``literals`` occurs in text, ignoring
    case as re.IGNORECASE does: a prefilter that spares a slow case-blind regex search."""
    if _CASE_TRAPS.search(text) is not None:
        return True
    return any(map(text.lower().__contains__, literals))  # no Python frame per literal


# _TOK's punctuation marks: a token is a word (starts with a letter or digit) unless it is
# one of these single characters.
_MARK_TOKENS = frozenset(",;:.!?()[]“”\"«»„‘’—–")


def tokens(text: str, offset: int = 0) -> list[Tok]:
    new = _tuple_new
    marks = _MARK_TOKENS
    out = []
    add = out.append
    for m in _TOK.finditer(text):
        w = m[0]
        a = m.start() + offset
        add(new(Tok, (w, a, a + len(w), w.lower(), w not in marks, w[0].isupper())))
    return out


def _is_acronym(w: str) -> bool:
    core = w.replace(".", "")
    return len(core) >= 2 and core.isalpha() and core.isupper()


def _name_runs(words: Sequence[str]) -> list[list[str]]:
    """Runs of capitalised words (particles allowed inside), split after a possessive."""
    runs: list[list[str]] = []
    cur: list[str] = []
    n = len(words)
    for i, w in enumerate(words):
        if w[:1].isupper():
            low = w.lower()
            if not (i == 0 and low in _NOT_NAMES) and low not in _WEEKDAYS:
                cur.append(w)
                if len(w) > 2 and w[-2:] in ("’s", "'s"):
                    runs.append(cur)
                    cur = []
                continue
        elif cur and w.lower() in _PARTICLES and i + 1 < n and (words[i + 1][:1].isupper() or (
                i + 2 < n and words[i + 1].lower() in _PARTICLES and words[i + 2][:1].isupper())):
            # "Jan de Vries", "Ursula von der Leyen", "Ana de la Cruz"
            cur.append(w)
            continue
        # (a capitalised weekday or sentence-initial "The" is never a particle: it ends the run)
        if cur:
            runs.append(cur)
        cur = []
    if cur:
        runs.append(cur)
    return runs


def _name_runs_of_tokens(toks: Sequence[Tok]) -> list[list[str]]:
    """``_name_runs`` of the words of a token list, with the tokens' own case flags.

    Run for every sentence, so only the capitalised words are visited (found with C-level
    ``compress``): what lies between two of them ends the run unless it is one or two
    particles ("Jan de Vries", "Ursula von der Leyen"), exactly as ``_name_runs`` decides."""
    ws = list(_compress(toks, map(_IS_WORD, toks)))
    runs: list[list[str]] = []
    cur: list[str] = []
    last = -1  # index in ws of the previous capitalised word
    for i in _compress(_count(), map(_IS_CAP, ws)):
        if cur and i > last + 1:
            if i - last <= 3 and all(ws[k].low in _PARTICLES for k in range(last + 1, i)):
                cur.extend(ws[k].text for k in range(last + 1, i))
            else:
                runs.append(cur)
                cur = []
        last = i
        t = ws[i]
        low = t.low
        if (i == 0 and low in _NOT_NAMES) or low in _WEEKDAYS:
            if cur:
                runs.append(cur)
                cur = []
            continue
        w = t.text
        cur.append(w)
        if len(w) > 2 and w[-2:] in ("’s", "'s"):
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _strip_titles(run: list[str]) -> list[str]:
    # Drop leading titles and role words: "Chief Prosecutor Dr. Lena Horvat" -> Lena Horvat.
    # A title word is never the last word of a name: "Julia Bishop", "Tom Dean".
    k = 0
    for i, w in enumerate(run[:-1]):
        if fold(w).rstrip(".") in V.TITLES:
            k = i + 1
    if k == 0 and len(run) > 1 and fold(run[0]) in V.PERSON_NOUNS:
        k = 1  # a role that opens the sentence: "Harbourmaster Voss", "Pilot Anna Berg"
    return run[k:]


def _category(words: Sequence[str]) -> str | None:
    lows = [fold(w).strip(".") for w in words]
    for w in words:
        if w.strip(".") in V.INTERNATIONAL_ACRONYMS or w in V.INTERNATIONAL_ACRONYMS:
            return "international"
    joined = " ".join(lows)
    if "united nations" in joined or "red cross" in joined or "red crescent" in joined:
        return "international" if "united nations" in joined else "ngo"
    if "think tank" in joined:
        return "expert"
    body = _member_body(lows, words)
    if body is not None:
        return body
    if not _GOVERNMENT_HEADS.isdisjoint(lows) or "central bank" in joined:
        return "government"  # "the defence ministry", "the Justice Department": not a court's words
    employer = _employer(lows)
    if employer is not None:
        return employer
    if not V.PARTY_ADVOCATES.isdisjoint(lows):
        party = _party_advocate(lows, words)
        if party is not None:
            return party
    content = [w for w in lows if w not in V.ROLE_WORDS]
    # (isdisjoint: the same test as any(w in vocab ...), without a Python frame per word)
    for cat, vocab in V.CATEGORY_WORDS:
        if not vocab.isdisjoint(content):
            return cat if content_kind(content, vocab) else None
    for cat, vocab in V.CATEGORY_WORDS:
        if not vocab.isdisjoint(lows):
            return cat if content_kind(lows, vocab) else None
    return None


def content_kind(words: Sequence[str], vocab: frozenset[str]) -> bool:
    """Do the words tell the kind by more than an office every kind of body has ("president",
    "chief executive", "spokesman")? "federation president Ana Lind" is the federation's, not the
    state's; "chief executive Ana Lind" may run an agency as well as a company."""
    return any(w in vocab and w not in V.GENERIC_OFFICES for w in words)


def _employer(lows: Sequence[str]) -> str | None:
    """Professionals named by their employer: "city engineers", "the council's surveyors",
    "government scientists", "company lawyers" speak for it (the modifier right before the
    profession); "engineers", "independent engineers" are experts of their own."""
    if V.STAFF_PROFESSIONS.isdisjoint(lows):
        return None
    for k in range(1, len(lows)):
        if lows[k] in V.STAFF_PROFESSIONS:
            mod = lows[k - 1]
            for kind, words in V.EMPLOYER_MODIFIERS:
                if mod in words:
                    return kind
    return None


_OWNER_DETERMINERS = frozenset("his her their its our".split())


def _party_advocate(lows: Sequence[str], raw: Sequence[str]) -> str | None:
    """A party's lawyer: "Okafor's lawyers", "his attorney", "lawyers for the families" speak
    for one side ("representative"), not for the court; "the ministry's lawyers" for the
    ministry (the owner's kind). None when no owner is said ("defence lawyers")."""
    k = next(k for k, w in enumerate(lows) if w in V.PARTY_ADVOCATES)
    if k + 1 < len(lows) and lows[k + 1] == "for":
        owner = [w for w in lows[k + 2:] if w not in _DETERMINERS]
        return _category_of_owner(owner, raw[k + 2:]) or "representative"
    if k == 0:
        return None
    prev_raw, prev = raw[k - 1], lows[k - 1]
    if prev in _OWNER_DETERMINERS or prev in V.DESCRIBED_CLASSES:
        return "representative"  # "his lawyer"; "the farmers' lawyers" (the apostrophe is not a word's)
    if _POSSESSIVE.search(prev_raw):
        owner = [w for w in lows[:k] if w not in _DETERMINERS]
        return _category_of_owner(owner, raw[:k]) or "representative"
    return None


def _category_of_owner(owner: Sequence[str], raw: Sequence[str]) -> str | None:
    if not owner:
        return None
    cat = _category(list(raw)) if len(raw) <= 6 else None
    return cat if cat not in (None, "court", "public") else None


_INTERNATIONAL_UNIONS = ("european union", "african union")
_GOVERNMENT_HEADS = frozenset("ministry ministries minister ministers".split())


def _member_body(lows: Sequence[str], raw: Sequence[str]) -> str | None:
    """A body of members named by its members ("the Prison Officers' Federation", "the Nurses'
    Association", "Pilots Association"): it speaks for them, not for the police or the airline
    they work for; "ngo" (an association of people), "company" when business leads it ("the
    Employers' Federation"). Its head is the last word but role words ("... Union spokesman")."""
    kept = [(w.replace("’", "'").rstrip("'").removesuffix("'s"), r) for w, r in zip(lows, raw) if w not in V.ROLE_WORDS]
    words = [w for w, _ in kept]
    if len(words) < 2 or words[-1] not in V.MEMBER_BODY_HEADS:
        return None
    if " ".join(words[-2:]) in _INTERNATIONAL_UNIONS:
        return "international"
    members, written = kept[-2]
    if (not members.endswith("s") or members.endswith("ss")) and not written[:1].islower():
        return None  # "the Russian Federation", "the Football Association": not named by members
    return "company" if not V.BUSINESS_MEMBER_WORDS.isdisjoint(words) else "ngo"


@functools.lru_cache(maxsize=8192)  # pure; one subject is judged for quotes, speakers and sentences
def classify(text: str, persons: frozenset[str] = frozenset(), institutions: frozenset[str] = frozenset()) -> Source | None:
    """Judge a source noun phrase. ``persons``/``institutions``: folded name tokens of the article."""
    words = word_list(text)
    if not words or len(words) > MAX_NP_TOKENS + 4:
        return None
    # The article's names matter only through one test on a one-word name ("Holte said": a
    # person if the article names a person Holte); passing on which words of the phrase pass
    # it lets every article where they do share one judgement of the phrase.
    names = _folded_names(words)
    return _classify(text, (names & institutions) | (names - persons))  # set operations in C


@functools.lru_cache(maxsize=8192)
def _folded_names(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w).rstrip(".") for w in words)


@functools.lru_cache(maxsize=8192)
def _classify(text: str, inst_like: frozenset[str]) -> Source | None:
    """``classify`` with the article's names reduced to ``inst_like``: the folded words of
    the phrase that are institution names in the article or not person names."""
    words = list(word_list(text))
    if not words or len(words) > MAX_NP_TOKENS + 4:
        return None
    phrase = text.strip(" ,")
    if "," in phrase:
        # An appositive: "Marcus Webb, the regulator's director" -> the name, with the
        # category of the description.
        segs = [p.strip() for p in phrase.split(",") if p.strip()]
        for k, seg in enumerate(segs):
            seg_words = word_list(seg)
            if seg_words and all(w[:1].isupper() or w.lower() in _PARTICLES for w in seg_words):
                # Only the segment's own words are ever looked up in inst_like: narrowed to
                # them, the segment shares its judgement with the same name met on its own.
                src = _classify(seg, inst_like & _folded_names(seg_words))
                others = [w for j, sg in enumerate(segs) if j != k for w in sg.split()]
                if src is not None and src.kind == "institution" and _surname_like(seg_words) and any(
                        describes_person(sg) for j, sg in enumerate(segs) if j != k):
                    # "Osei-Latham, the ministry's head of disease control": a surname.
                    src = _as_person(src, seg_words)
                if src is not None and src.kind == "person":
                    return Source(phrase, src.name, src.tokens, "person", "named_person",
                                  _category(others) or src.category)
        if _ANON_MARKER.search(phrase):
            # "A fire official, who spoke on condition of anonymity": the marker is anywhere.
            return Source(phrase, None, (), "anonymous", "anonymous", "anonymous")
        text = segs[0] if segs else text
        words = list(word_list(text))
        if not words:
            return None
    if len(words) == 1 and fold(words[0]) in V.PRONOUNS:
        return Source(phrase, None, (), "pronoun", "named_person" if fold(words[0]) in V.PERSON_PRONOUNS else "named_institution", None)
    if _ANON_LOWER.search(text.lower()):
        return Source(phrase, None, (), "anonymous", "anonymous", "anonymous")
    if words[0].lower() in _LOWER_FIRST:
        words = [words[0].lower()] + words[1:]  # sentence-initial capital: "Sources said"
    core = list(words)
    while core and core[0].lower() in _DETERMINERS:
        core = core[1:]
    if not core:
        return None
    core_low = [fold(w) for w in core]
    # The head noun comes before any prepositional phrase: "a senior official at the ministry".
    # So does a participle after an unnamed source: "one person involved in the talks".
    cut = next((k for k, w in enumerate(core_low) if k and (w in _PREPOSITIONS or (
        w.endswith("ed") and core_low[k - 1] in V.ANONYMOUS_HEADS and core[k].islower()))), len(core_low))
    head = core_low[cut - 1]
    # "A number of residents", "a handful of officials", "a few fans": an unidentified part of
    # a group, like "some residents" (the determiner "a" was dropped from core).
    if (core_low[0] in V.VAGUE_AMOUNTS and (core_low[0] == "few" or len(core_low) > 2 and core_low[1] == "of")
            and not any(w[:1].isupper() for w in core[1:])):
        return Source(phrase, None, (), "vague", "vague", "vague")
    # Weasel subjects: "some say", "critics", "several countries", "some analysts".
    if core_low[0] in V.VAGUE_QUANTIFIERS and not any(w[:1].isupper() for w in core[1:cut]) and (
            cut == 1 or not any(w[:1].isupper() for w in core[cut:])):
        # "some say", "several countries", "some fans say": an unidentified part of a group;
        # "some in Lessa say", "many at Norvane believe": a place or a body only says where.
        return Source(phrase, None, (), "vague", "vague", "vague")
    elif head in V.VAGUE_HEADS and (len(core) == 1 or cut == 1 and not any(w[:1].isupper() for w in core[cut:])):
        # "critics", "others at the plant", "critics of the plan" ("analysts at Barclays" is named)
        return Source(phrase, None, (), "vague", "vague", "vague")
    raw_runs = [r for r in _name_runs(words) if _strip_titles(r)]
    if cut < len(core):
        # "Ingrid Maehle of Ostrand Grid", "Dr. Rahal at the ministry": a person named before
        # the preposition is the source; the phrase after it is her employer.
        before = [r for r in _name_runs(words[:cut + len(words) - len(core)]) if _strip_titles(r)]
        if before and _person_name(before[-1], inst_like):
            raw_runs = before
    runs = [_strip_titles(r) for r in raw_runs]
    # Unnamed individuals: "sources", "a senior official", "officials".
    definite = words[0].lower() in ("the", "this", "that")
    if head == "officials" and cut == 1 and not definite:
        # Bare "officials said", "officials in the region said": on the record in their
        # official capacity (an anonymity marker was caught above).
        return Source(phrase, None, (), "description", "named_institution", _category(words) or "government")
    if head == "officials" and len(core) == 1 and not definite:
        # Bare "officials said": on the record in their official capacity.
        return Source(phrase, None, (), "description", "named_institution", "government")
    if head in V.ANONYMOUS_HEADS and not any(w[:1].isupper() for w in core[:cut]) and (cut == 1 and (not definite or head in ("source", "sources")) or words[0].lower() in ("a", "an", "one") or head in ("source", "sources", "insider", "insiders")
            or (cut > 1 and not definite and core_low[0] in V.COUNTED_SOURCE_WORDS)):
        return Source(phrase, None, (), "anonymous", "anonymous", "anonymous")
    category = _category(words)
    if runs:
        run = runs[-1]
        run_low = [fold(w).rstrip(".") for w in run]
        institutional = (
            any(w in V.INSTITUTION_HEADS for w in run_low)
            or any(_is_acronym(w) for w in run)
            or (len(run) == 1 and run_low[0] in inst_like)
            or (head in V.INSTITUTION_HEADS and not any(w in V.TITLES or w in V.ROLE_WORDS for w in core_low))
        )
        if len(run) > 1 and not any(w in V.INSTITUTION_HEADS for w in run_low) and not all(_is_acronym(w) for w in run):
            institutional = False
        first = raw_runs[-1][0]
        at = max((i for i, w in enumerate(words) if w is first or w == first), default=0)
        # (a lower-case role before a surname titles it too: "harbour master Marwood", "chief
        # engineer Varga", "geologist Castell")
        titled = len(raw_runs[-1]) > 1 or (at > 0 and (fold(words[at - 1]).rstrip(".") in V.TITLES or (
            words[at - 1].islower() and fold(words[at - 1]) in V.PERSON_NOUNS)))
        if len(run) == 1 and titled and _surname_like(run):
            institutional = False  # "Dr. Rahal", "Inspector Achterberg": a title makes a person
        if institutional:
            name = " ".join(core if len(core) <= 6 else run).rstrip(",")
            return Source(phrase, name, tuple(run_low), "institution", "named_institution", category)
        if raw_runs[-1][-1].endswith(("’s", "'s")):
            # "Okafor's lawyers", "Okafor's coach": someone of hers, not the named person
            last = raw_runs[-1][-1]
            after = words[max(i for i, w in enumerate(words) if w is last or w == last) + 1:]
            if after and all(w.islower() for w in after) and (
                    fold(after[-1]) in V.PERSON_NOUNS or fold(after[-1])[:-1] in V.PERSON_NOUNS
                    or fold(after[-1]) in V.PARTY_ADVOCATES):
                return Source(phrase, None, (), "description", "named_institution", category)
        run = [_POSSESSIVE.sub("", w) if w.endswith(("’s", "'s")) else w for w in run]
        # First name, particles, surname: "Jan de Vries", "Ursula von der Leyen".
        k = len(run) - 1
        while k > 1 and run[k - 1].lower() in _PARTICLES:
            k -= 1
        name_words = run[max(0, k - 1):]
        if k >= 2 and len(run[k - 1].rstrip(".")) == 1 and len(run[k - 2].rstrip(".")) > 1:
            # "Helena M. Kowalski": the first name, not the middle initial
            name_words = [run[k - 2], *run[k:]]
        toks = tuple(fold(w).rstrip(".") for w in name_words)
        if len(run) >= 3 and all(len(w.rstrip(".")) == 1 for w in run[:-1]):
            # "J. R. Okonkwo": the first initial is the first name's ("Jide Okonkwo").
            toks = (fold(run[0]).rstrip("."), toks[-1])
        return Source(phrase, " ".join(name_words), toks, "person", "named_person", category)
    # A described source: "the health ministry", "a company spokesperson", "his lawyer".
    nouns = V.ROLE_WORDS | V.TITLES | V.INSTITUTION_HEADS | V.DESCRIBED_CLASSES | V.HEARING_BODIES
    if category is None and not any(w in nouns for w in core_low):
        return None  # "angrily", "their findings": not a source
    return Source(phrase, None, (), "description", "named_institution", category)


def _person_name(raw: Sequence[str], inst_like: frozenset[str]) -> bool:
    """Is a capitalised run a person's name: two or more words with no institution head or
    acronym ("Ingrid Maehle"), or one word with a title ("Dr. Rahal") or known in the article
    as a person's name (not in ``inst_like``)?"""
    run = _strip_titles(list(raw))
    low = [fold(w).rstrip(".") for w in run]
    if not run or any(w in V.INSTITUTION_HEADS or w in V.TITLES for w in low) or any(map(_is_acronym, run)):
        return False
    if len(run) >= 2:
        return True
    return _surname_like(run) and (len(raw) > 1 or low[0] not in inst_like)


def _surname_like(words: Sequence[str]) -> bool:
    """One capitalised word that is no institution head or acronym ("Osei-Latham")."""
    if len(words) != 1:
        return False
    w = words[0]
    return not _is_acronym(w) and fold(w).rstrip(".") not in V.INSTITUTION_HEADS and fold(w) not in V.TITLES


def _as_person(src: Source, words: Sequence[str]) -> Source:
    name = _POSSESSIVE.sub("", words[-1])
    return Source(src.text, name, (fold(name).rstrip("."),), "person", "named_person", src.category)


def _owner_led(toks: Sequence[Tok]) -> bool:
    """A description led by an owner's name in the possessive, lower-case after it: "Halvard
    Bank's chief economist", "Lisbon's mayor" (at most four words of name)."""
    for k, t in enumerate(toks[:4]):
        if not t.word or not t.cap:
            return False
        if t.text[-2:] in ("’s", "'s"):
            rest = toks[k + 1:]
            return bool(rest) and all(r.word and r.text.islower() for r in rest)
    return False


def describes_person(segment: str) -> bool:
    """Does an appositive describe one person? "the chief engineer who inspected the bridge",
    "the ministry's head of disease control", "the chief auditor leading the review"."""
    toks = [t for t in tokens(segment) if t.word][:MAX_NP_TOKENS + 6]
    if not toks:
        return False
    lows = [fold(t.text) for t in toks]
    start = 0
    while start < len(toks) and lows[start] in _DETERMINERS:
        start += 1
    if start == 0 and lows[0] not in V.PERSON_NOUNS and lows[0] not in V.TITLES and not (
            toks[0].text[-2:] in ("’s", "'s") and toks[0].cap) and not _owner_led(toks):
        return False  # "X, which ..." or "X, Lisbon's mayor": not an article-led description
    cut = len(toks)
    for k in range(start, len(toks)):
        low = lows[k]
        if k > start and (low in _PREPOSITIONS or low in _RELATIVES or low == "that"):
            cut = k
            break
        if k > start and low.endswith("ing") and lows[k - 1] in V.PERSON_NOUNS:
            cut = k  # "the chief auditor leading the review"
            break
        if _POSSESSIVE.search(toks[k].text) and toks[k].text[-2:] in ("’s", "'s"):
            start = k + 1  # "the ministry's head": the owner is not the head noun
    if cut <= start:
        return False
    return lows[cut - 1] in V.PERSON_NOUNS


def same_speaker(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do two folded name-token keys name one person? Surname equal, first names compatible.
    A double-barrelled surname is one surname with or without its hyphen: "Voss-Kirby" =
    "Voss Kirby" ("Helena Voss-Kirby" = "Helena Voss Kirby" = "Ms Voss-Kirby")."""
    if not a or not b:
        return False
    if ("-" in a[-1]) != ("-" in b[-1]):
        a, b = _unhyphened(a), _unhyphened(b)
    if a[0] in _PARTICLES or b[0] in _PARTICLES:
        # "Jan van der Berg" / "Van der Berg": the particles belong to the surname
        a, b = _unparticled(a), _unparticled(b)
    if len(a) == 1 or len(b) == 1:
        one, other = (a, b) if len(a) == 1 else (b, a)
        return one[0] in other or any(_close(one[0], w) for w in other[-1:])
    if not (a[-1] == b[-1] or _close(a[-1], b[-1])):
        return False
    fa, fb = a[0], b[0]
    return fa == fb or fa[:1] == fb[:1] and (len(fa) <= 2 or len(fb) <= 2) or _close(fa, fb)


def _unparticled(t: Sequence[str]) -> tuple[str, ...]:
    """A name key with its surname's particles joined to it: ("jan", "van", "der", "berg") ->
    ("jan", "vanderberg"); ("van", "der", "berg") -> ("vanderberg",)."""
    k = len(t) - 1
    while k > 0 and t[k - 1] in _PARTICLES:
        k -= 1
    return (*t[:k], "".join(t[k:]))


def _unhyphened(t: Sequence[str]) -> tuple[str, ...]:
    """A name key whose surname is hyphenated, or written as two words of which the
    other key holds the hyphenated form, with the two parts joined: ("helena", "voss-kirby")
    -> ("helena", "vosskirby"); ("voss", "kirby") -> ("vosskirby",) when asked against it."""
    if "-" in t[-1]:
        return (*t[:-1], t[-1].replace("-", ""))
    if len(t) >= 2:
        return (*t[:-2], t[-2] + t[-1])  # (only called against a hyphenated surname)
    return tuple(t)


def surely_different(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two named persons that are certainly not the same (for "same words, two speakers").
    A surname alone against a full name ("Venn" / "Ines Vauclair") is another person when it
    is like no word of the full name (neither its surname nor its first name)."""
    if not a or not b or len(a) < 2 and len(b) < 2 or same_speaker(a, b):
        return False
    if len(a) < 2 or len(b) < 2:
        one, full = (a, b) if len(a) < 2 else (b, a)
        return len(one[0]) >= 3 and all(_ratio(one[0], w) < 0.75 for w in full)
    return _ratio(a[-1], b[-1]) < 0.75


@functools.lru_cache(maxsize=8192)  # pure; a story compares the same few names again and again
def _ratio(x: str, y: str) -> float:
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()


# Second spellings of one letter: "oe" for ø/ö, "ue" for ü, "ae" for æ/ä, "aa" for å, "dj" for đ.
_DIGRAPH = lazyre.compile(r"(?<=[aou])e|(?<=a)a|(?<=d)j")


def _close(x: str, y: str) -> bool:
    # Transliteration variants: "markovic"/"markovich"; never a different short name.
    if min(len(x), len(y)) >= 3 and max(len(x), len(y)) >= 4 and _DIGRAPH.sub("", x) == _DIGRAPH.sub("", y):
        return True  # "Ørsted"/"Oersted", "Müller"/"Mueller", "Åsen"/"Aasen", "Đoković"/"Djokovic"
    if len(x) < 5 or len(y) < 5 or x[:2] != y[:2] or abs(len(x) - len(y)) > 2:
        return False
    return _ratio(x, y) >= 0.85


def article_names(token_lists: Sequence[list[Tok]], subjects: Sequence[list[tuple[int, str]]] | None = None
                  ) -> tuple[frozenset[str], frozenset[str]]:
    """Folded tokens of person names and of institution names seen in an article.
    ``subjects``: ``person_subjects`` of each token list, when the caller has them already."""
    persons: set[str] = set()
    institutions: set[str] = set()
    for n, toks in enumerate(token_lists):
        p, i = sentence_names(toks, person_subjects(toks) if subjects is None else subjects[n])
        persons |= p
        institutions |= i
    return frozenset(persons - institutions), frozenset(institutions)


def sentence_names(toks: Sequence[Tok], subjects: Sequence[tuple[int, str]]) -> tuple[frozenset[str], frozenset[str]]:
    """What one sentence adds to ``article_names``: (person name tokens, institution name
    tokens), before the article's institution tokens are taken out of its person tokens.
    A function of the sentence alone, so that its result can be shared by every article
    that holds the same sentence."""
    persons: set[str] = set()
    institutions: set[str] = set()
    for raw in _name_runs_of_tokens(toks):
        p, i = _run_names(tuple(raw))
        if p:
            persons.update(p)
        if i:
            institutions.update(i)
    for start, name in subjects:
        persons.add(fold(name).rstrip("."))  # "Holte, the chief fire officer, ..."
    # (most sentences name nobody: one shared empty set for them)
    return frozenset(persons) if persons else _NO_NAMES, frozenset(institutions) if institutions else _NO_NAMES


_NO_NAMES: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=8192)  # pure; names and sentence openers recur in every story
def _run_names(raw: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What one capitalised run (``_name_runs``) adds to ``sentence_names``: (person name
    tokens, institution name tokens)."""
    if len(raw) > 8:
        return (), ()  # a run of capitals this long is a headline or shouting, not a name
    low = [fold(w).rstrip(".") for w in raw]
    if not V.INSTITUTION_HEADS.isdisjoint(low) or any(map(_is_acronym, raw)):
        return (), tuple(low)
    if len(raw) == 1:
        return (), ()  # one word (most often a sentence's first): no full name, no "Dr. X"
    run = _strip_titles(list(raw))
    if len(run) >= 2 and len(run) <= 4:
        return tuple(fold(w).rstrip(".") for w in run if w.lower() not in _PARTICLES), ()
    if len(run) == 1 and len(raw) > 1 and fold(raw[-2]).rstrip(".") in _HONORIFICS:
        return (fold(run[0]).rstrip("."),), ()  # "Dr. Rahal", "Ms Osei-Latham"
    return (), ()


_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame".split())


def person_subjects(toks: Sequence[Tok]) -> list[tuple[int, str]]:
    """Named people introduced by a person appositive at the start of a sentence, with or
    without a cue verb: "Holte, the chief fire officer who led the operation, said ..." /
    "Achterberg, the chief inspector leading the inquiry, has tried ...". Returns
    (offset, surname-or-name as written)."""
    k = 0
    while k < len(toks) and toks[k].low in ("but", "and", "yet", "so") and k < 2:
        k += 1
    run: list[Tok] = []
    while k < len(toks) and len(run) < 5 and toks[k].word and (toks[k].cap or toks[k].low in _PARTICLES):
        run.append(toks[k])
        k += 1
    if not run or k >= len(toks) or toks[k].text != ",":
        return []
    words = [t.text for t in run]
    if words[0].lower() in _NOT_NAMES or any(fold(w).rstrip(".") in V.INSTITUTION_HEADS or _is_acronym(w) for w in words):
        return []
    names = _strip_titles(words)
    if not names:
        return []
    end = k + 1
    while end < len(toks) and toks[end].text not in (",", ".", ";", ":", "—", "–") and end - k <= MAX_NP_TOKENS + 6:
        end += 1
    if end >= len(toks) or toks[end].text != ",":
        return []  # the description must close with a comma before the verb
    segment = " ".join(t.text for t in toks[k + 1:end])
    if not describes_person(segment):
        return []
    return [(run[0].start, " ".join(names[-2:]))]


# Modals and auxiliaries: a cue word in "-s" right before one is a plural noun, the subject
# of that verb ("claims could", "reports are", "estimates have"), never a verb of saying.
_VERB_AFTER_NOUN = frozenset("could would will can may might should must are were have had".split())


class CueHit(NamedTuple):
    """A cue verb in a sentence with its subject (or agent) noun phrase. (A tuple, not an
    attrs class: one is made for nearly every sentence, and only within one analysis.)"""

    cue: str  # the cue as written, lower-cased ("said", "according to")
    stance: str
    start: int  # offsets of the cue in the sentence
    end: int
    subject: str | None  # the source noun phrase as written
    subject_start: int | None
    inverted: bool  # "..., said X" / "according to X"
    passive: bool


def cue_hits(text: str, toks: list[Tok] | None = None) -> list[CueHit]:
    """Cue verbs of a sentence (quoted passages should be blanked out by the caller)."""
    toks = tokens(text) if toks is None else toks
    out: list[CueHit] = []
    anon = None  # does the sentence hold an anonymity marker at all? (searched when first needed)
    for i, c0, c1, raw, cue, width in _cue_tokens(toks):
        if len(out) >= MAX_CUES:
            break  # a real sentence has a handful of cue verbs; spam gets no more work
        stance = V.CUE_STANCE.get(cue, "neutral")
        if cue == "according to":
            if anon is None:
                anon = may_contain(text, _ANON_ANCHORS)
            sub = _marked_phrase(text, _np_after(toks, i + 2)) if anon else _np_after(toks, i + 2)
            out.append(CueHit(cue, stance, c0, c1, *sub, True, False))
            continue
        if stance == "distancing" and (m := _AMOUNT_OBJECT.match(text, c1)) is not None and not _CLAUSE_VERB.match(text, m.end()):
            continue  # "charged up to £600 per essay", "claimed 12 lives" (not "claimed 4,000 had joined")
        if (cue.endswith("ing") and i > 1 and toks[i - 2].low in _DETERMINERS
                       and toks[i - 1].word and toks[i - 1].text.islower()):
            continue  # "an audit warning", "an early warning": a noun, not a cue
        if cue.endswith("ing") and i > 0 and toks[i - 1].low == "without":
            continue  # "left without telling his club": the telling never happened
        j = i + width
        if cue in V.ASPECTUAL_CUES and j < len(toks) and toks[j].word and (
                toks[j].low == "to" or toks[j].low.endswith("ing")):
            continue  # "continued operating", "continued to sell": going on, not speaking
        if i > 0 and (toks[i - 1].low in _DETERMINERS or toks[i - 1].low in _NOUN_MAKERS) and not (
                toks[i - 1].low == "earlier" and cue in _PAST_CUES
                and not (i > 1 and toks[i - 2].low in _DETERMINERS)):
            # ("X, the director, earlier told us:": an adverb before a past-tense verb)
            continue  # "the report", "its claims", "a new estimate": a noun, not a cue
        if i > 0 and _possessive_before(text, toks[i - 1]):
            continue  # "the members' call", "the minister's warning": a noun, not a cue
        if cue.endswith("s") and cue != "says" and j < len(toks) and toks[j].low in _VERB_AFTER_NOUN:
            continue  # "Compensation claims could reach", "Early estimates were": a plural noun
        prev = _skip_back(toks, i - 1)
        if prev >= 1 and toks[prev].low in ("which", "who") and toks[prev - 1].text == ",":
            # "the supplier Müller-Brandt, which said": the antecedent is the subject.
            sub = _np_before(text, toks, prev - 2)
            out.append(CueHit(cue, stance, c0, c1, *sub, False, False))
            continue
        if prev >= 0 and toks[prev].low in _PASSIVE_AUX:
            if cue in V.VAGUE_ONLY_CUES:
                continue  # "was questioned by a judge": an interrogation ("was blamed on": a hedge, graded apart)
            agent = None
            if j + 1 < len(toks) and toks[j].low == "by":
                agent = _np_after(toks, j + 1)
            out.append(CueHit(cue, stance, c0, c1, *(agent or (None, None)), bool(agent), True))
            continue
        if raw[:1].isupper() and i > 0:
            continue  # "United States", "Post Says": a capitalised cue word is a name
        # "..., said X" (inverted): the cue follows a comma or a closing quote mark.
        before = toks[i - 1].text if i > 0 else ""
        sub = _np_before(text, toks, prev)
        if prev >= 0 and toks[prev].low in ("and", "but"):
            # "Halden Motors welcomed the ruling but warned ...": the first verb's subject.
            lead = _lead_subject(text, toks, prev)
            if lead[0] is not None:
                sub = lead
        if cue in V.SPECULATION_CUES and not _group_subject(sub[0]):
            continue  # "amid growing fears", "Residents’ fears": a noun, not a verb of opinion
        if cue in V.VAGUE_ONLY_CUES and not _vague_subject(sub[0]):
            continue  # "Police questioned three men": an act, not a claim
        if anon is None:
            anon = may_contain(text, _ANON_ANCHORS)
        if anon and _ANON_MARKER.search(window := text[max(0, c0 - 90):c0]):
            # "An official who asked not to be named said": the whole clause is the source.
            cut = max(window.rfind(c) for c in ",.;:“”\"") + 1
            start = c0 - len(window) + cut
            while start < c0 and text[start].isspace():
                start += 1
            if text[start:c0].strip():
                sub = (text[start:c0].strip(), start)
        # "Webb, director of the agency, said" / "An official, who spoke ..., said": the
        # comma before the cue closes an appositive, the cue is not inverted.
        # "Ostrand Grid's chief executive, Dr. Ingrid Maehle, said": the name itself is the
        # appositive (a comma before it too).
        appositive = sub[0] is not None and ("," in sub[0] or text.count(",", sub[1], c0) >= 2
                                             or text[max(0, sub[1] - 3):sub[1]].rstrip().endswith(","))
        if cue in V.INVERTIBLE_CUES and (before in ("”", '"', "»", "’", "—", "–") or i == 0 or before == "," and not appositive):
            inv = _marked_phrase(text, _np_after(toks, j)) if anon else _np_after(toks, j)
            if inv[0] and (before != "," or classify(inv[0]) is not None):
                out.append(CueHit(cue, stance, c0, c1, *inv, True, False))
                continue
        if sub[0] is not None and _contact_relative(sub[0], text[max(0, sub[1] - 40):sub[1]]) and not (
                cue in _CLAUSE_CUES and j < len(toks) and toks[j].low in _AUX_VERBS):
            continue  # "The review the minister announced will look at ...": the cue is in a relative clause
        out.append(CueHit(cue, stance, c0, c1, *sub, False, False))
    if out and anon is None:
        anon = may_contain(text, _ANON_ANCHORS)
    return _anonymous_clauses(text, out) if anon else out


# Cues whose clause may lose its subject in a relative clause with no "that" and still
# report a claim: "a level the agency said was safe".
_CLAUSE_CUES = _PAST_CUES | frozenset("say says claim claims believe believes believed".split())
_INNER_DETERMINERS = frozenset("the a an his her its their our this these those".split())
_NOT_HEADS = _DETERMINERS | _NOUN_MAKERS | _BOUNDARY_WORDS | _AUX_VERBS | frozenset(
    "and or nor plus at of for from in with within inside on by to about into onto over under near across "
    "through against among between behind beyond around outside via per like than as".split())


def _contact_relative(subject: str, before: str = "") -> bool:
    """Is a cue's subject a noun with a relative clause and no "that" ("The review the minister
    [announced]", "the figures a spokesman [gave]", "the plan the council [unveiled]")? The
    noun is the cue's object, the clause's subject is not the sentence's source. ``before``:
    the text before the subject (the noun may have stopped the subject: "The recall | the
    company [announced]")."""
    words = word_list(subject)
    if words and words[0].lower() in _INNER_DETERMINERS and before.rstrip() == before.rstrip(" ,;:.!?\"“”"):
        prior = word_list(before)[-2:]
        if (len(prior) == 2 and prior[0].lower() in _INNER_DETERMINERS and prior[1].islower() and prior[1] not in _NOT_HEADS
                and not prior[1].endswith(("ing", "ed"))):
            words = (*prior, *words)
    for k in range(2, len(words) - 1):
        if (words[k].lower() in _INNER_DETERMINERS and words[k - 1].islower() and words[k - 1] not in _NOT_HEADS
                and not words[k - 1].endswith(("ing", "ed"))  # "visiting the prison": a participle's object
                and words[k + 1].lower().rstrip(".") not in _HONORIFICS and words[k + 1].lower() not in ("rev", "reverend")):
            return True
    return False


# A verb of claiming or accusing whose object is an amount or a count is no verb of saying:
# "The firm charged up to £600", "The storm claimed 12 lives", "claimed £2m in expenses".
_AMOUNT_OBJECT = lazyre.compile(
    r"\s{1,3}(?:(?:up\sto|as\smuch\sas|more\sthan|less\sthan|over|about|around|nearly|almost|"
    r"roughly|some|an\sestimated|at\sleast|just\sunder|just\sover)\s{1,3})?"
    r"[£$€¥₹]?\s?[0-9][0-9,.]*", re.I)

# ... unless the amount opens a clause of its own: "claimed 4,000 members had joined", "claims
# 300 people died".
_CLAUSE_VERB = lazyre.compile(
    r"[^,.;:]{0,30}?\b(?:had|has|have|was|were|is|are|would|will|could|might|may|did|went|came|fell|rose|"
    r"lost|left|made|took|got|ran|[a-z]{2,}ed)\b", re.I)


_CONTRACTED = frozenset("he she it that there who what where here let".split())


def _possessive_before(text: str, t: Tok) -> bool:
    """Is the word a possessive ("members'", "the union's"), not a contraction ("it's",
    "she's": is/has)?"""
    if not t.word:
        return False
    if t.low.endswith(("'s", "’s")):
        return t.low[:-2] not in _CONTRACTED
    mark = text[t.end:t.end + 1]
    return (t.low.endswith("s") and mark in ("'", "’") and text[t.end + 1:t.end + 2] == " "
            and not (mark == "’" and "‘" in text[:t.start]))  # (not a closing single quote)


_PHRASE_END = lazyre.compile(r"[,;:.!?()“”\"—–]")


def _marked_phrase(text: str, sub: tuple[str | None, int | None]) -> tuple[str | None, int | None]:
    """A source after its cue with the rest of its phrase when that holds an anonymity
    marker: "according to a person familiar with the matter" (the noun phrase alone stops
    at "with")."""
    if sub[0] is None or sub[1] is None:
        return sub
    start, end = sub[1], sub[1] + len(sub[0])
    stop = _PHRASE_END.search(text, end, end + 160)
    ext = text[start:stop.start() if stop else min(len(text), end + 160)].rstrip()
    if len(ext) > len(sub[0]) and _ANON_MARKER.search(ext):
        return ext, start
    return sub


def _vague_subject(subject: str | None) -> bool:
    """"Some fans", "Many in the town", "Critics": a weasel subject."""
    words = word_list(subject or "")
    return bool(words) and (words[0].lower() in V.VAGUE_QUANTIFIERS or words[0].lower() in V.VAGUE_HEADS)


def _group_subject(subject: str | None) -> bool:
    """A short subject a verb of opinion can have: "Many", "Locals", "Some villagers"."""
    if not subject:
        return False
    words = word_list(subject)
    return 0 < len(words) <= V.SPECULATION_MAX_SUBJECT and not _POSSESSIVE.search(words[-1])


def _anonymous_clauses(text: str, hits: list[CueHit]) -> list[CueHit]:
    """Fold a strong anonymity marker of a cue's clause into its subject: "A fire official,
    who spoke on condition of anonymity, said" / "..., said a guard, speaking anonymously"."""
    if not hits or not _CLAUSE_ANON.search(text):
        return hits
    out = []
    for n, h in enumerate(hits):
        lo = hits[n - 1].end if n else 0
        hi = hits[n + 1].start if n + 1 < len(hits) else len(text)
        m = _CLAUSE_ANON.search(text, lo)
        # A marker may open with the next cue word itself: "..., who asked not to be named".
        if m is not None and m.start() >= hi and not (n + 1 < len(hits) and m.start() == hits[n + 1].start):
            m = None
        if m is None or h.subject is None or h.subject_start is None:
            out.append(h)
            continue
        s0, s1 = h.subject_start, h.subject_start + len(h.subject)
        if h.cue == "according to" and not _appended_marker(text, s1, m.start()):
            out.append(h)  # "According to the ministry, a guard who spoke ... said": the guard's
            continue
        if (m.start() < h.start) == (s0 < h.start):
            # The marker is on the subject's side of the cue: the span from one to the other,
            # from the start of the marker's own phrase ("Speaking on condition of ...").
            a, b = min(s0, m.start()), max(s1, m.end())
            if m.start() < s0:
                a = max(lo, max(text.rfind(c, lo, m.start()) for c in ",.;:") + 1)
            subject = text[a:b].strip(" ,")
            start = a + (len(text[a:b]) - len(text[a:b].lstrip(" ,")))
        else:
            # "A guard said, speaking anonymously, that ...": the subject and the marker's phrase.
            a = m.start()
            if m.start() > h.end:
                a = max(h.end, max(text.rfind(c, h.end, m.start()) for c in ",.;:") + 1)
            subject, start = f"{h.subject}, {text[a:m.end()].strip()}", s0
        out.append(CueHit(h.cue, h.stance, h.start, h.end, subject, start, h.inverted, h.passive))
    return out


_APPOSITIVE_OPENERS = frozenset("who speaking asking declining because as".split())


def _appended_marker(text: str, end: int, marker: int) -> bool:
    """Does the marker at ``marker`` qualify the source that ends at ``end``: in the same
    phrase, or in an appositive that follows it ("..., who spoke on condition of ...")?"""
    if marker < end:
        return False
    gap = text[end:marker]
    if "," not in gap:
        return not _PHRASE_END.search(gap)
    if gap.count(",") > 1 or _PHRASE_END.search(gap.replace(",", " ")):
        return False  # "one person involved in the inquiry, who spoke ...": one comma only
    rest = gap.split(",", 1)[1].split()
    return bool(rest) and rest[0].lower() in _APPOSITIVE_OPENERS


def _lead_subject(text: str, toks: list[Tok], upto: int) -> tuple[str | None, int | None]:
    """The subject of the sentence's first verb, for a cue coordinated with it by and/but."""
    k = 0
    while k < upto and toks[k].low in ("but", "and", "yet"):
        k += 1
    in_appositive = False
    for v in range(k + 1, min(upto, k + MAX_NP_TOKENS + 12)):
        t = toks[v]
        if t.text == ",":
            if in_appositive:
                in_appositive = False
                continue
            nxt = toks[v + 1].low if v + 1 < upto else ""
            if nxt in _DETERMINERS or nxt in _RELATIVES or nxt in V.TITLES or nxt in V.PERSON_NOUNS:
                in_appositive = True
                continue
            return None, None  # "On Friday, ...": not a plain subject-verb sentence
        if in_appositive or not t.word or not t.text.islower():
            continue
        low = t.low
        if low in _AUX_VERBS or low in V.CUE_STANCE and _cue_verb(toks, v) or (low.endswith("ed") and len(low) > 3) or (
                low.endswith("s") and not low.endswith("ss") and toks[v - 1].cap and toks[v - 1].word):
            return _np_before(text, toks, _skip_back(toks, v - 1))
        if low in _BOUNDARY_WORDS:
            return None, None
    return None, None


_PHRASE_CUE_HEADS = ("according", "point", "points", "pointed")
_CUE_WORDS = frozenset(c for c in V.CUE_STANCE if " " not in c) | frozenset(_PHRASE_CUE_HEADS)
# Cues a document states with and nothing else ("lists", "details"); "recorded", "showed" and
# the other cues of vocab/sources.py stay cues after any subject.
_DOCUMENT_ONLY_CUES = V.DOCUMENT_ONLY_CUES


def _cue_verb(toks: list[Tok], k: int) -> bool:
    """Is token k a cue verb? A document's verb only after a document's head noun: "the
    register lists", not the nouns of "police records show", "waiting lists show"."""
    low = toks[k].low
    return low in V.CUE_STANCE and (
        low not in _DOCUMENT_ONLY_CUES or (k > 0 and toks[k - 1].low in V.DOCUMENT_HEADS))


def _cue_tokens(toks: list[Tok]):
    """(token index, start, end, words, words lower-cased, number of words) of each cue
    verb: a set look-up per token, no regex."""
    n = len(toks)
    for i in [i for i, t in enumerate(toks) if t.low in _CUE_WORDS]:
        t = toks[i]
        low = t.low
        if low in _PHRASE_CUE_HEADS and i + 1 < n:
            nxt = toks[i + 1].low
            if (low == "according" and nxt == "to") or (low != "according" and nxt == "out"):
                yield i, t.start, toks[i + 1].end, f"{t.text} {toks[i + 1].text}", f"{low} {nxt}", 2
            continue
        if low in V.FIGURE_AT_CUES and not _figure_at(toks, i + 1):
            continue
        if low in _DOCUMENT_ONLY_CUES and not (i > 0 and toks[i - 1].low in V.DOCUMENT_HEADS):
            continue  # "the register lists", not "the firm lists its shares"
        if low == "heard" and not (i > 0 and toks[i - 1].low in V.HEARING_BODIES
                                   and i + 1 < n and toks[i + 1].low in ("that", "how")):
            continue
        if low in V.CUE_STANCE:
            yield i, t.start, t.end, t.text, low, 1


_FIGURE_WORDS = frozenset(V.FIGURE_WORDS) | {"one"}


def _figure_at(toks: list[Tok], k: int) -> bool:
    """"at" and a figure within the next words: "put the toll at 14", "at more than 200"."""
    for j in range(k, min(len(toks), k + 10)):
        if toks[j].low == "at":
            for t in toks[j + 1:j + 4]:
                if t.text[:1].isdigit() or t.low in _FIGURE_WORDS:
                    return True
            return False
        if toks[j].text in (".", ";", ":"):
            return False
    return False


def _skip_back(toks: list[Tok], k: int) -> int:
    """Skip adverbs, auxiliaries and "on Friday" between a subject and its cue verb."""
    while k >= 0:
        low = toks[k].low
        if low in _SKIP_BEFORE_CUE or low in _WEEKDAYS and k > 0 and toks[k - 1].low in ("on", "last"):
            k -= 2 if low in _WEEKDAYS else 1
            continue
        if low in ("on", "last") and k + 1 < len(toks) and toks[k + 1].low in _WEEKDAYS:
            k -= 1
            continue
        break
    return k


def _np_before(text: str, toks: list[Tok], k: int) -> tuple[str | None, int | None]:
    """The subject ending at token k: up to three comma-separated segments (appositives)."""
    segments: list[list[Tok]] = []
    cur: list[Tok] = []
    if k >= 1 and toks[k].text == ")":
        # "The National Food Safety Authority (NFSA) said", "Maria Olsen (pictured) said": a
        # short aside of words in brackets between the subject and its cue is skipped.
        o = next((o for o in range(k - 1, max(-1, k - _MAX_ASIDE - 2), -1) if not toks[o].word), -1)
        if o >= 1 and toks[o].text == "(" and o < k - 1 and toks[o - 1].word:
            k = o - 1
    if k >= 1 and toks[k].text == ",":
        # "Ana Ruiz, speaking at the hearing, said", "Ruiz, in post since 2019, told": an
        # aside that is a participle's or a preposition's phrase is skipped whole.
        c = next((c for c in range(k - 1, max(-1, k - MAX_NP_TOKENS - 2), -1) if not toks[c].word), -1)
        if c >= 1 and c < k - 1 and toks[c].text == "," and toks[c - 1].word and _participle_aside(toks[c + 1:k]) \
                and not any(t.low in V.TITLES or t.low in V.ROLE_WORDS for t in toks[c + 1:k]):
            # (not "Ana Ruiz, newly appointed director of the port, said": a role, kept)
            k = c
    if k >= 0 and toks[k].text == ",":
        k -= 1  # "Marcus Webb, director of the authority, told": the appositive's comma
        # "Petrović's former party, which left the government, accuses": skip the clause.
        rel = None
        for w in range(k, max(0, k - 16), -1):
            if toks[w].text == ",":
                break
            if toks[w].low in _RELATIVES and w > 1:
                rel = w  # the leftmost relative pronoun of the segment opens the clause
        if rel is not None:
            # "Petrović's party, which left the government, accuses" -> the antecedent;
            # "Varga, the chief engineer who inspected the bridge, said" -> the appositive's head.
            k = rel - 2 if toks[rel - 1].text == "," else rel - 1
    j = k
    while j >= 0 and k - j < MAX_NP_TOKENS + 6:
        t = toks[j]
        if t.text == "." and j > 0 and (toks[j - 1].low in V.TITLES or len(toks[j - 1].text) == 1):
            j -= 1  # "Dr." and initials belong to the name
            continue
        if t.word and t.low in V.CUE_STANCE and t.text.islower() and _cue_verb(toks, j):
            break  # another cue verb: "the office said the observers found"
        if t.text.isdigit() and j >= 2 and toks[j - 1].text == ":" and toks[j - 2].text.isdigit():
            break  # a clock time before the subject: "17:10 Some families say" (a live blog's entry)
        if t.text == ",":
            segments.append(cur[::-1])
            cur = []
            if len(segments) >= 3:
                break
        elif not t.word or t.low in _BOUNDARY_WORDS:
            break
        else:
            cur.append(t)
        j -= 1
    segments.append(cur[::-1])
    # An age between commas is no segment of its own: "Ole Brenna, 54, said", "Maria Lopes,
    # 34, a nurse, said".
    segments = [sg for sg in segments if not (len(sg) == 1 and sg[0].text.isdigit() and len(sg[0].text) <= 3)] or [[]]
    primary = segments[0]
    if not primary or len(primary) > MAX_NP_TOKENS:
        return None, None
    chosen = primary
    # "Marcus Webb, the regulator's director, said" / "his lawyer, Ivana Markovic, said".
    describes = (primary[0].low in _DETERMINERS or primary[0].low in V.TITLES or primary[0].low in V.ROLE_WORDS
                 or _owner_led(primary)  # "Moura, Halvard Bank's chief economist, said"
                 # "Marta Olsen, of Fjord Shipping, told": the employer between commas
                 or len(primary) > 1 and primary[0].text in _EMPLOYER_PREPOSITIONS and (primary[1].cap or primary[1].low == "the"))
    if len(segments) >= 2 and segments[1] and len(segments[1]) <= 9 and describes:
        second = segments[1]
        if len(second) <= 5 and all(t.cap or t.low in _PARTICLES for t in second):
            start, end = second[0].start, primary[-1].end
            return text[start:end], start
        # "Joanna Ruiz of Pellow Grant, the lead administrator, said", "Dr Ana Berg from the
        # city hospital, its medical director, told": the name before her employer
        p = next((p for p, t in enumerate(second) if t.text in _EMPLOYER_PREPOSITIONS), 0)
        if p >= 2 and p + 1 < len(second) and all(t.cap or t.low in _PARTICLES for t in second[:p]) \
                and all(t.cap or t.low in _PARTICLES or t.low == "the" for t in second[p + 1:]):
            start, end = second[0].start, primary[-1].end
            return text[second[0].start:second[p - 1].end] + text[second[-1].end:end], start
    if len(segments) >= 2 and segments[1] and len(segments[1]) <= MAX_NP_TOKENS and _participle_aside(primary):
        # "The ministry's figures, released on Friday, put ...", "Dr. Ana Ruiz, speaking at the
        # hearing, said", "Ruiz, visibly moved, said": a participle's phrase between commas
        # qualifies the subject before it.
        chosen = segments[1]
    if len(chosen) > 1 and chosen[-1].low in _SUBJECT_PRONOUNS:
        # "a level they said was consistent with ...": a relative clause with no "that"; a
        # subject pronoun ends no longer noun phrase, it is the whole subject
        chosen = chosen[-1:]
    start, end = chosen[0].start, chosen[-1].end
    return text[start:end], start


_SUBJECT_PRONOUNS = frozenset("he she they we i it".split())
# a comma-enclosed employer after a name: "Olsen, of Fjord Shipping, said", "Olsen, from the port"
_EMPLOYER_PREPOSITIONS = frozenset(("of", "from"))


def _participle_aside(seg: Sequence[Tok]) -> bool:
    """A segment that is a participle's phrase, not a noun phrase: "released on Friday",
    "speaking at the briefing", "visibly moved" (an adverb in -ly may lead)."""
    if len(seg) > 1 and seg[0].text.islower() and seg[0].low in _ASIDE_PREPOSITIONS:
        return True  # "Ruiz, in post since 2019, told", "Ruiz, in a statement, said"
    k = 1 if len(seg) > 1 and seg[0].text.islower() and seg[0].low.endswith("ly") else 0
    w = seg[k]
    # "visiting professor" leads a noun phrase, "visiting the prison" a participle's phrase: a
    # determiner or a preposition after the word makes it a verb
    verb = w.low not in _NOT_PARTICIPLES or (
        w.low.endswith("ing") and k + 1 < len(seg) and (seg[k + 1].low in _DETERMINERS or seg[k + 1].low in _OBJECT_PREPOSITIONS))
    return (w.text.islower() and w.low.endswith(("ed", "ing")) and len(w.low) > 4
            and (w.low not in V.CUE_STANCE or w.low in _DOCUMENT_ONLY_CUES) and verb)


_OBJECT_PREPOSITIONS = frozenset("on in at for with from to into over after".split())


_ASIDE_PREPOSITIONS = frozenset("in at on for with after before during under".split())
# lower-case words in -ing/-ed that lead a noun phrase, not a participle's phrase
_NOT_PARTICIPLES = frozenset(
    "nothing something anything everything during including according managing acting leading founding "
    "presiding outgoing incoming ruling governing reigning sitting retiring consulting visiting "
    "appointed elected retired qualified registered licensed".split())


_NP_STOP = frozenset(
    "in at on as after during while who which when before outside to from with that told "
    "said says added adding saying".split()
) | _WEEKDAYS


def _np_after(toks: list[Tok], j: int) -> tuple[str | None, int | None]:
    """The source after an inverted cue: "said Maria Lopes, the general secretary, at ..."."""
    first: list[Tok] = []
    k = j
    while k < len(toks) and len(first) < MAX_NP_TOKENS:
        t = toks[k]
        if not t.word:
            if t.text == "." and first and (first[-1].low.rstrip(".") in V.TITLES or len(first[-1].text) == 1):
                k += 1
                continue  # "Dr." and initials
            break
        if t.low in _NP_STOP and first:
            break
        first.append(t)
        k += 1
    if not first:
        return None, None
    # "said his lawyer, Ivana Markovic," -> the name in the appositive.
    if (first[0].low in _DETERMINERS and not any(t.cap for t in first[1:]) or _owner_led(first)) \
            and k < len(toks) and toks[k].text == ",":
        # (also "said Halvard Bank's chief economist, Dr. Ines Moura")
        second: list[Tok] = []
        m = k + 1
        while m < len(toks) and len(second) < 5:
            if toks[m].word and (toks[m].cap or toks[m].low in _PARTICLES):
                second.append(toks[m])
            elif not (toks[m].text == "." and second and (second[-1].low in V.TITLES or len(second[-1].text) == 1)
                      and m + 1 < len(toks) and toks[m + 1].word and toks[m + 1].cap):
                break  # ("Dr." and initials belong to the name)
            m += 1
        if second and (m >= len(toks) or not toks[m].word):
            first = second
    text_start = first[0].start
    return _join(first), text_start


def _join(ts: list[Tok]) -> str:
    out = ts[0].text
    for a, b in zip(ts, ts[1:]):
        out += ("" if a.end == b.start else " ") + b.text
    return out

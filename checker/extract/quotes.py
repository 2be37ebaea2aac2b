"""Direct quotations: exact spans of the quoted words, the speaker and the cue verb.

Marks: curly “…”, straight "…", guillemets «…», low-high „…“ and single ‘…’ (an apostrophe
inside a word never opens or closes). A quotation closes within its paragraph, or runs on
over several paragraphs when each following paragraph opens with a mark (the newspaper
convention: no closing mark until the last paragraph). Scanning is bounded: only mark
characters are visited, a quotation longer than ``MAX_QUOTE_CHARS`` or than
``MAX_QUOTE_PARAGRAPHS`` paragraphs is dropped, and an unmatched mark never produces a
quotation (a stray “ at the start of 1 MB is not a 1 MB quote); at most ``MAX_MARKS`` marks
are visited, and only in the analysed prefix of an article (``MAX_ANALYSED_*``: the 5,000
sentences every extractor reads; a cut is reported as ``partial``).

Speakers come from a cue verb right after the quotation ("…,” Colville said / said Dr.
Amina Rahal) or right before it (Lopes said: “…”; partial quotes inside reported speech; a
colon after a clause whose subject is a named person, also in apposition: "the airport's
director, Dr. Selma Okafor, has spoken to us: “…”").
"he said"/"she said" and "the official said" resolve to the nearest preceding speaker or
named person; a quotation with no cue continues the previous speaker of its paragraph (or
of the previous paragraph). A description may stand between the quotation and the name
("“…,” the board's director, Ingrid Saether, said"). Names are normalised: titles dropped,
diacritics folded and letters transliterated (``speakers.fold``), the surname alone matches
the full name; a speaker named by surname alone gets the article's full name of that
surname when exactly one is mentioned ("Arslan told the crowd" after "Kemal Arslan").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress as _compress, count as _count, islice
from operator import attrgetter, is_, itemgetter
import weakref
from typing import NamedTuple, Sequence

from attrs import frozen

from checker import lazyre
from checker.extract import speakers as S
from checker.model import Sentence
from checker.vocab.sources import BROADCAST_STAFF_ROLES, CLAUSE_SUBJECT_OPENERS, COLON_NOT_OWN_WORDS, FLOOR_PAST_VERBS, PERSON_ROLES, TITLES

MAX_QUOTE_CHARS = 3000
MAX_QUOTE_PARAGRAPHS = 6
MAX_QUOTES = 2000  # per article; beyond this the article is not a news story
MAX_MARKS = 10_000  # quotation marks visited per article (a flood of marks is no story either)
LOOKBACK_CHARS = 2500  # how far back a pronoun looks for its speaker
# Sourcing (cue verbs, names, speakers, attributions) is analysed for as many sentences as
# the other extractors read (``checker.sentences.MAX_SENTENCES``): the per-sentence work is
# bounded (``MAX_ANALYSED_SENTENCE_CHARS``), so the cost is linear in the sentences. The
# character limit only stops a flood of 4,000-character sentences; a cut is never silent
# (``Analysis.cut``, reported as ``partial`` by ``ArticleFacts.limits_reached``).
MAX_ANALYSED_SENTENCES = 5000
MAX_ANALYSED_CHARS = 5_000_000
# Words looked at per sentence: a real sentence is far shorter (the splitter cuts at 4,000).
MAX_ANALYSED_SENTENCE_CHARS = 1000

_MARK = lazyre.compile(r"[“”\"«»„‘’]")
_WORD = lazyre.compile(r"[^\W_](?:[\w’'\-]{0,40}[^\W_])?")
_OPENING_CONTEXT = " \t\n([{—–-/“‘«„:;,"


@frozen
class Quote:
    """One direct quotation. ``start``/``end`` are article offsets of the quoted words."""

    start: int
    end: int
    sentence: int  # index of the sentence where it opens
    last_sentence: int
    text: str  # the quoted words (paragraph pieces joined by a space)
    speaker: S.Source | None
    cue: str | None
    how: str  # explicit | pronoun | description | carried | label (a transcript's turn) | none
    partial: bool  # a fragment inside reported speech: said the talks were "not a defeat"

    @property
    def words(self) -> tuple[str, ...]:
        return quote_words(self.text)

    @property
    def speaker_tokens(self) -> tuple[str, ...]:
        return self.speaker.tokens if self.speaker is not None else ()


def quote_words(text: str) -> tuple[str, ...]:
    """Words for comparison: case, punctuation and apostrophe style ignored."""
    return tuple(S.fold(m.group(0).replace("’", "'")) for m in _WORD.finditer(text[:MAX_QUOTE_CHARS * 2]))


@frozen
class _Raw:
    pieces: tuple[tuple[int, int], ...]
    first: int  # sentence indexes
    last: int
    open_mark: int  # absolute offset of the opening mark
    close_mark: int


def _opener(ch: str, prev: str, nxt: str) -> str | None:
    if ch == "“":
        return "curly" if not nxt.isspace() else None
    if ch == "„":
        return "low"
    if ch == "«":
        return "guillemet"
    if ch == '"':
        return "straight" if (prev in _OPENING_CONTEXT or prev.isspace()) and not nxt.isspace() else None
    if ch == "‘":
        return "single" if (prev in _OPENING_CONTEXT or prev.isspace()) and nxt.isalnum() else None
    return None


def _closes(family: str, ch: str, prev: str, nxt: str) -> bool:
    if family in ("curly", "low"):
        return ch == "”" or (ch == "“" and not nxt.isalnum())
    if family == "guillemet":
        return ch == "»"
    if family == "straight":
        return ch == '"' and not prev.isspace()
    if family == "single":
        return ch == "’" and not nxt.isalnum()
    return False


_FAMILY_OPENERS = {"curly": "“", "low": "„", "guillemet": "«", "straight": '"', "single": "‘"}


def _paragraphs(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    out: list[list[Sentence]] = []
    for s in sentences:
        if out and out[-1][-1].paragraph == s.paragraph:
            out[-1].append(s)
        else:
            out.append([s])
    return out


def _scan(sentences: Sequence[Sentence]) -> list[_Raw]:
    """Find balanced quotations; linear in the number of mark characters."""
    out: list[_Raw] = _Raws()
    state = None  # [family, pieces, cur_start, first_sentence, open_mark, length]
    marks = 0
    for para in _paragraphs(sentences):
        skip = -1
        if state is not None:
            lead = para[0].text
            if lead[:1] == _FAMILY_OPENERS[state[0]] and len(state[1]) < MAX_QUOTE_PARAGRAPHS:
                skip = para[0].span.start
                state[2] = skip + 1
            else:
                state = None
        for s in para:
            text = s.text
            if text.isascii() and '"' not in text:
                continue  # no mark at all ('"' is the only ASCII one): two tests in C
            base = s.span.start
            for m in _MARK.finditer(text):
                marks += 1
                if marks > MAX_MARKS:
                    out.cut = s.index if state is None else state[3]
                    return out  # an open quotation is dropped, like an unmatched mark
                pos = base + m.start()
                if pos == skip:
                    continue
                ch = m.group(0)
                prev = text[m.start() - 1] if m.start() else " "
                nxt = text[m.end()] if m.end() < len(text) else " "
                if state is not None and pos - state[2] + state[5] > MAX_QUOTE_CHARS:
                    state = None  # too long to be one quotation: drop the open mark
                if state is None:
                    fam = _opener(ch, prev, nxt)
                    if fam:
                        state = [fam, [], pos + 1, s.index, pos, 0]
                    continue
                if _closes(state[0], ch, prev, nxt):
                    pieces = tuple(state[1]) + ((state[2], pos),)
                    if pos > state[2]:
                        out.append(_Raw(pieces, state[3], s.index, state[4], pos))
                        if len(out) >= MAX_QUOTES:
                            out.cut = s.index
                            return out
                    state = None
                elif ch == "“" and state[0] == "curly" and nxt.isalnum():
                    state = ["curly", [], pos + 1, s.index, pos, 0]  # the earlier mark was unmatched
        if state is not None:
            end = para[-1].span.end
            if end - state[2] + state[5] > MAX_QUOTE_CHARS:
                state = None
            else:
                state[1].append((state[2], end))
                state[5] += end - state[2]
    return out


@frozen
class Analysis:
    """Quotes and cue verbs of one article (shared with attribution)."""

    quotes: tuple[Quote, ...]
    masked: tuple[str, ...]  # sentence texts with quoted words blanked out
    hits: tuple[tuple[S.CueHit, ...], ...]  # cue verbs per sentence (outside quotes)
    persons: frozenset[str]
    institutions: frozenset[str]
    # speakers.classify of each hit's subject (None for no subject), parallel to ``hits``:
    # judged once here for the resolver and the attribution of the sentence.
    sources: tuple[tuple[S.Source | None, ...], ...] = ()
    # The first sentence whose sourcing was not (wholly) read: past the analysed prefix, or
    # where the mark scan stopped (MAX_MARKS, MAX_QUOTES); -1 when everything was read.
    cut: int = -1


class _Raws(list):
    """``_scan``'s quotations, with the sentence where a cap stopped the scan (or -1)."""

    cut = -1


def _mask(sentences: Sequence[Sentence], raws: list[_Raw]) -> list[str]:
    texts = [s.text for s in sentences]
    spans: dict[int, list[tuple[int, int]]] = {}
    for r in raws:
        for a, b in r.pieces:
            for idx in range(r.first, r.last + 1):
                s = sentences[idx]
                lo, hi = max(a, s.span.start), min(b, s.span.end)
                if lo < hi:
                    spans.setdefault(idx, []).append((lo - s.span.start, hi - s.span.start))
    for idx, ranges in spans.items():
        t = texts[idx]
        parts, cur = [], 0
        for lo, hi in sorted(ranges):
            if lo < cur:
                lo = cur
            parts.append(t[cur:lo])
            parts.append(" " * max(0, hi - lo))
            cur = max(cur, hi)
        parts.append(t[cur:])
        texts[idx] = "".join(parts)
    return texts


# Analyses by the first sentence of their article (a weak key: an entry goes with its
# article), with the other sentences to make sure they are the same ones.
_ANALYSES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def analyse(sentences: tuple[Sentence, ...]) -> Analysis:
    """Quotes, cue verbs and names of an article: computed once, shared by ``extract_quotes``
    and ``attribute_sentences`` for as long as the article's sentences live."""
    if not sentences:
        return _analyse(sentences)
    entry = _ANALYSES.get(sentences[0])
    if entry is not None:
        rest, an = entry
        # (compared by identity in C, no Python frame per sentence)
        if len(rest) == len(sentences) - 1 and all(map(is_, rest, islice(sentences, 1, None))):
            return an
    an = _analyse(sentences)
    # The other sentences are held strongly: they live with the first anyway (one article),
    # and nothing in them refers back to it, so the entry still goes with the article.
    _ANALYSES[sentences[0]] = (sentences[1:], an)
    return an


def analysed_prefix(sentences: Sequence[Sentence]) -> int:
    """How many of the leading sentences have their sourcing analysed (see MAX_ANALYSED_*);
    the others get no cue verbs, no speakers and no attribution."""
    # The first k whose running total of characters passes the limit (asked for by several
    # stages per article: running totals and a bisection, in C).
    totals = list(accumulate(map(len, map(_TEXT, sentences[:MAX_ANALYSED_SENTENCES]))))
    return bisect_right(totals, MAX_ANALYSED_CHARS)


_TEXT = attrgetter("text")


class _SentenceWork(NamedTuple):
    """What the analysis finds in one (masked) sentence on its own, before anything that
    depends on the rest of the article (speakers classified with the article's names)."""

    hits: tuple[S.CueHit, ...]  # speakers.cue_hits
    subjects: tuple[tuple[int, str], ...]  # speakers.person_subjects
    persons: frozenset[str]  # speakers.sentence_names
    institutions: frozenset[str]
    runs: tuple[tuple[int, str, str, bool], ...]  # _person_runs, and whether the run leads a verb
    lead_word: tuple[int, str] | None  # a capitalised first word followed by a verb
    # lone capitalised words that are a clause's subject ("fans believe Oakenshaw stripped")
    clause_words: tuple[tuple[int, str], ...] = ()


# Sentence work by masked sentence text. Articles about one story often share sentences
# word for word (agency copy run by several outlets, a standard paragraph of background):
# each such sentence is tokenised and scanned for cues and names once. Values are immutable
# and a function of the key alone, so sharing them cannot change any result. Bounded:
# the older half is dropped when full (a story's articles are analysed one after the other:
# the recent entries are the ones its next article may share).
_WORK: dict[str, _SentenceWork] = {}
MAX_SHARED_SENTENCES = 2048


def _sentence_works(texts: Sequence[str]) -> list[_SentenceWork]:
    """The work of each sentence text, from ``_WORK`` or computed (one pass of each step over
    all the new sentences: measurably faster than all steps sentence by sentence)."""
    out = [_WORK.get(t) for t in texts]
    new = [k for k, w in enumerate(out) if w is None]
    if not new:
        return out
    new_texts = [texts[k] for k in new]
    toks = [S.tokens(t[:MAX_ANALYSED_SENTENCE_CHARS]) for t in new_texts]
    # (a person appositive needs a comma: most sentences have none)
    subjects = [tuple(S.person_subjects(tk)) if "," in t else () for t, tk in zip(new_texts, toks)]
    names = [S.sentence_names(tk, sb) for tk, sb in zip(toks, subjects)]
    runs = [_runs(tk) for tk in toks]
    lead_words = [_lead_word(tk) for tk in toks]
    clause_words = [_clause_words(tk) for tk in toks]
    hits = [tuple(S.cue_hits(t, tk)) for t, tk in zip(new_texts, toks)]
    if len(_WORK) + len(new) > MAX_SHARED_SENTENCES:
        for key in list(islice(_WORK, max(len(_WORK) // 2, len(_WORK) + len(new) - MAX_SHARED_SENTENCES))):
            del _WORK[key]  # (a dict keeps insertion order: these are the oldest)
    for k, t, h, sb, (p, i), r, lw, cw in zip(new, new_texts, hits, subjects, names, runs, lead_words, clause_words):
        out[k] = _WORK[t] = _SentenceWork(h, sb, p, i, r, lw, cw)
    return out


# Words that open an adverbial phrase before a sentence's subject: "At a briefing on Thursday,
# Venn struck a contrite tone", "After the meeting, Okafor told reporters ...".
_ADVERBIAL_OPENERS = frozenset(
    "at on in after before during later earlier speaking asked outside inside by from when while "
    "within last yesterday today".split())
_OBJECT_DETERMINERS = frozenset("a an the his her their its this that".split())


def _lead_word(tk: list[S.Tok]) -> tuple[int, str] | None:
    """A capitalised word that opens the sentence, or follows its opening adverbial phrase up to
    the first comma, and is followed by a verb: the one-word subject ("Moberg has become ...",
    "At a briefing on Thursday, Venn struck a contrite tone")."""
    starts = [0]
    if len(tk) > 3 and tk[0].low in _ADVERBIAL_OPENERS:
        # after any comma of the opening phrase ("On Thursday, March 12, Venn struck ...")
        starts = [i + 1 for i, t in enumerate(tk[:20]) if t.text == ","]
    for k in starts:
        if k + 2 < len(tk) and k and tk[k + 1].cap:
            continue  # "At noon, Ana Ruiz said": a name of two words is a person run already
        if k + 1 < len(tk) and tk[k].cap and tk[k].word and (
                _verb_like(tk[k + 1].text) or k and tk[k + 1].word and tk[k + 1].text.islower()
                and k + 2 < len(tk) and tk[k + 2].low in _OBJECT_DETERMINERS):
            return tk[k].start, tk[k].text
    return None


def _clause_words(tk: list[S.Tok]) -> tuple[tuple[int, str], ...]:
    """Lone capitalised words inside a sentence that open a clause as its subject, after a
    verb of belief or saying or a conjunction, before a verb in the past: "Some fans believe
    Oakenshaw stripped the club", "Prosecutors say Marsh diverted the funds"."""
    out = []
    last = len(tk) - 1
    for k in _compress(_count(), map(_IS_CAP, tk)):  # (only the capitalised tokens are visited)
        if not 0 < k < last:
            continue
        t = tk[k]
        if t.word and tk[k - 1].low in CLAUSE_SUBJECT_OPENERS and tk[k - 1].text.islower() \
                and tk[k + 1].word and _verb_like(tk[k + 1].text):
            out.append((t.start, t.text))
    return tuple(out)


def _runs(toks: list[S.Tok]) -> tuple[tuple[int, str, str, bool], ...]:
    """``_person_runs``, each with whether it is the subject of the sentence's first verb
    (only a run that opens the sentence, after a leading "but"/"and", can be)."""
    runs = _person_runs(toks)
    if not runs:
        return ()
    lead = toks[1].start if len(toks) > 1 and toks[0].low in ("but", "and") else toks[0].start
    out = [(start, name, prev, False) for start, name, prev in runs]
    if runs[0][0] == lead and _subject_follows(toks, lead):
        out[0] = out[0][:3] + (True,)
    return tuple(out)


def _analyse(sentences: tuple[Sentence, ...]) -> Analysis:
    n = analysed_prefix(sentences)
    raws = _scan(sentences[:n])
    masked = _mask(sentences, raws)
    # Only the analysed prefix (the resolver's loops over the sentences stop with this list).
    work = _sentence_works(masked[:n])
    persons: set[str] = set()
    institutions: set[str] = set()
    for w in work:
        if w.persons:
            persons |= w.persons
        if w.institutions:
            institutions |= w.institutions
    # (speakers.article_names: an institution's words are no person's)
    persons, institutions = frozenset(persons - institutions), frozenset(institutions)
    hits = tuple(w.hits for w in work) + ((),) * (len(masked) - n)
    # One judgement per distinct phrase of the article (a name recurs in many sentences).
    classify = _ArticleClassifier(persons, institutions)
    sources = tuple([tuple([None if h.subject is None else classify(h.subject) for h in hs]) if hs else ()
                     for hs in hits])
    quotes = []
    if raws:  # (the resolver only finds the speakers of quotations: none, no resolver)
        resolver = _Resolver(sentences, masked, hits, persons, institutions, work, sources, classify)
        prev_q: Quote | None = None
        for r in raws:
            q = resolver.quote(r, prev_q)
            quotes.append(q)
            prev_q = q
    cuts = [c for c in (getattr(raws, "cut", -1), n if n < len(sentences) else -1) if c >= 0]
    return Analysis(tuple(quotes), tuple(masked), hits, persons, institutions, sources, min(cuts, default=-1))


def extract_quotes(sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """The article's quotations, and a transcript's guest turns read as quotations (``turns``:
    kept out of ``Analysis.quotes``, which the attribution of sentences reads)."""
    sentences = tuple(sentences)
    quotes = analyse(sentences).quotes
    turns = transcript_turns(sentences)
    if not turns:
        return quotes
    return tuple(sorted(quotes + turns, key=attrgetter("start")))


# A broadcast transcript's speaker label in capitals, opening a paragraph: "STELLAN BROOK: …",
# "RAYMOND TULL, PIPELINE SAFETY BOARD: …", "KAY LOMAX (PRESENTER): …", "PRESENTER (CATRIN
# DOWELL): …", "DR. ANA RUIZ: …".
_TURN = lazyre.compile(
    r"(?:\*\*|__)?(?P<name>[A-Z][A-Z’'.\-]{0,30}(?:[ \t][A-Z][A-Z’'.\-]{0,30}){0,3})"
    r"(?:[ \t]?\((?P<paren>[^()\n]{1,60})\)|,[ \t](?P<role>[A-Z][A-Z’'.,&\- \t]{1,60}?))?(?:\*\*|__)?:(?:\*\*|__)?[ \t]{1,3}(?=\S)")
_TURN_MARKS = lazyre.compile(r"[“”\"«»„]")
MIN_TURNS = 2  # labelled paragraphs that make an article a transcript
MAX_TURN_LABELS = 400  # per article (each one-word label may search the article for its full name)


def _label_words(text: str | None) -> list[str]:
    return [S.fold(w).strip(".") for w in (text or "").replace(",", " ").split()]


def transcript_turns(sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """A broadcast transcript's guest turns as quotations of their speaker: "STELLAN BROOK: This
    ban will put family farms out of business." The article must have ``MIN_TURNS`` paragraphs
    opened by a speaker label in capitals. Not read as quotations: the programme's own staff
    (a label with a role of ``BROADCAST_STAFF_ROLES``, "JUNE MARLOWE, ANCHOR:", "PRESENTER
    (CATRIN DOWELL):", and any later label of the same surname, "DOWELL:"), a turn with
    quotation marks in it (its quotations are read as any other: "BANERJEE: In a statement the
    utility said: “…”"), and a one-word label the article never gives a full name for
    ("BROOK:" is "Stellan Brook" when the article names one person Brook)."""
    n = analysed_prefix(sentences)
    labels: list[tuple[int, re.Match]] = []
    for i in range(n):
        s = sentences[i]
        if not (s.text[:1].isupper() or s.text[:2] in ("**", "__")) or i and sentences[i - 1].paragraph == s.paragraph:
            continue
        m = _TURN.match(s.text)
        if m is not None:
            labels.append((i, m))
            if len(labels) >= MAX_TURN_LABELS:
                break
    if len(labels) < MIN_TURNS:
        return ()
    staff: set[str] = set()
    guests: list[tuple[int, re.Match, list[str]]] = []
    full: dict[str, set[tuple[str, ...]]] = {}
    for i, m in labels:
        name = [w for w in _label_words(m.group("name")) if w]
        extra = _label_words(m.group("paren")) + _label_words(m.group("role"))
        if any(w in BROADCAST_STAFF_ROLES for w in name):
            staff.update(w for w in extra[-1:] if w not in BROADCAST_STAFF_ROLES)  # "PRESENTER (CATRIN DOWELL)"
            continue
        if any(w in BROADCAST_STAFF_ROLES for w in extra):
            staff.update(name[-1:])  # "JUNE MARLOWE, ANCHOR", "KAY LOMAX (PRESENTER)"
            continue
        while name and name[0] in TITLES:
            name = name[1:]  # "DR. ANA RUIZ", "COUNCILLOR ..."
        if not name or not all(w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in name):
            continue
        guests.append((i, m, name))
        if len(name) >= 2:
            full.setdefault(name[-1], set()).add(tuple(name))
    out = []
    text = None
    for i, m, name in guests:
        if name[-1] in staff:
            continue
        toks = tuple(name)
        if len(toks) == 1:
            names = full.get(toks[0])
            if not names:
                if text is None:
                    text = " ".join(s.text for s in sentences[:n])
                names = _full_names_in(text, toks[0])
            if len(names) != 1:
                continue  # "LIVE:", "UPDATE:", or two people of one surname
            toks = next(iter(names))
        first = sentences[i]
        last = i
        while last + 1 < n and sentences[last + 1].paragraph == first.paragraph:
            last += 1
        start, end = first.span.start + m.end(), sentences[last].span.end
        words = [first.text[m.end():]] + [s.text for s in sentences[i + 1:last + 1]]
        said = " ".join(w.strip() for w in words if w.strip())
        if not said or len(said) > MAX_QUOTE_CHARS or _TURN_MARKS.search(said):
            continue
        shown = " ".join(t.capitalize() for t in toks)
        speaker = S.Source(m.group("name"), shown, toks, "person", "named_person", None)
        out.append(Quote(start, end, i, last, said, speaker, None, "label", False))
    return tuple(out)


def _full_names_in(text: str, surname: str) -> set[tuple[str, ...]]:
    """Folded full names "Firstname Surname" the text gives for a surname (titles left out)."""
    rx = re.compile(r"\b([A-Z][\w’'\-]{1,30})[ \t]+" + re.escape(surname) + r"\b", re.I)
    out = set()
    for m in rx.finditer(text):
        first = m.group(1)
        if first[:1].isupper() and first[1:2].islower() and S.fold(first).strip(".") not in TITLES:
            out.add((S.fold(first), surname))
    return out


_DEFINITE = lazyre.compile(r"^(?:the|this)\s", re.I)
# A description before the name in "“…,” the board's director, Ingrid Saether, said": a
# lower-case determiner or an owner's name in the possessive ("the agency's chief executive",
# "Halvard Bank's chief economist"), at most eight words, no quotation mark, closed by the comma.
_APPOSITIVE_LEAD = lazyre.compile(
    r"[ \t]?,?[ \t]{0,3}(?:(?:the|his|her|its|their|our)[ \t]|(?:[A-Z][\w.\-]{0,30}[ \t]){0,3}[A-Z][\w.\-]{0,30}['’]s[ \t])"
    r"(?:[^\W\d_][\w’'\-]{0,30}[ \t]{1,3}){0,7}"
    r"[^\W\d_][\w’'\-]{0,30},[ \t]{0,3}")
_PLURAL_DETERMINERS = frozenset("the his her their its our these those both all many several".split())
MENTION, SUBJECT, SPEAKER = 0, 1, 2  # how strongly an entry can be "he"/"she"
# Plural groups that "they said" may refer to instead of a named person.
GROUP_NOUNS = frozenset(
    "officials officers people sources crews teams workers staff police families members "
    "colleagues others residents locals witnesses survivors villagers farmers drivers "
    "passengers commuters voters fans supporters parents activists campaigners lawyers "
    "prosecutors investigators experts analysts doctors engineers firefighters both all "
    "union unions company ministry council board committee government authorities group "
    "groups they".split()
)


_CLASSIFY = S.classify.__wrapped__  # speakers.classify without its cache


class _ArticleClassifier(dict):
    """``speakers.classify`` with one article's names, memoised for the article: a dict
    look-up for a phrase seen before in it."""

    __slots__ = ("persons", "institutions")

    def __init__(self, persons: frozenset[str], institutions: frozenset[str]):
        super().__init__()
        self.persons = persons
        self.institutions = institutions

    def __missing__(self, text: str) -> S.Source | None:
        # (past the shared cache of ``classify``: its keys hold this article's names, so
        # another article would never find them; the judgement itself is cached inside)
        src = self[text] = _CLASSIFY(text, self.persons, self.institutions)
        return src

    __call__ = dict.__getitem__


_OFFSET = itemgetter(0)  # of a _Resolver entry


class _Resolver:
    """Finds speakers; keeps the people and sources mentioned so far for "he said"."""

    def __init__(self, sentences, masked, hits, persons, institutions, work, sources, classify=None):
        self.classify = classify if classify is not None else _ArticleClassifier(persons, institutions)
        self.sentences = sentences
        self.masked = masked
        self.hits = hits
        self.persons = persons
        self.institutions = institutions
        # (absolute offset, Source) of people and sources mentioned, in text order.
        # Ranks: cue subjects are speakers (SPEAKER); the named subject of a sentence with no
        # cue ("Achterberg, the chief inspector, has tried ...") is a SUBJECT; other
        # capitalised runs are mere mentions (only "he said" may refer to a mention: "For
        # Anna Berg, ... “…,” she said").
        entries: list[tuple[int, int, S.Source, int]] = []
        add = entries.append
        weak: list[tuple[int, S.Source]] = []  # clause subjects named by one word, in text order
        classify = self.classify
        for s, hs, w, srcs in zip(sentences, hits, work, sources):
            base = s.span.start
            for h, src in zip(hs, srcs):
                if h.subject and h.subject_start is not None:
                    if src is not None and src.kind in ("person", "institution", "description"):
                        add((base + h.subject_start, len(entries), src, SPEAKER))
            for run_start, run_text, prev, leads in w.runs:
                if prev in _LOCATIVE:
                    continue  # "at the market in Port Ulema": a place, never "she"
                src = classify(run_text)
                if src is not None and src.kind == "person":
                    add((base + run_start, len(entries), src, SUBJECT if leads else MENTION))
            for run_start, name in w.subjects:
                src = classify(name)
                if src is not None and src.kind in ("person", "institution") and src.tokens:
                    person = S.Source(src.text, src.name, src.tokens, "person", "named_person", src.category)
                    add((base + run_start, len(entries), person, SUBJECT))
            # "Moberg has become the face of the dispute. “…,” she said": a one-word subject.
            if w.lead_word is not None:
                start, word = w.lead_word
                src = classify(word)
                if src is not None and src.kind == "institution" and len(src.tokens) == 1 and src.tokens[0] not in institutions:
                    person = S.Source(src.text, src.name, src.tokens, "person", "named_person", src.category)
                    add((base + start, len(entries), person, SUBJECT))
            # "Some fans believe Oakenshaw stripped the club; he denies it": a last resort for
            # "he/she" (``antecedent``), when no other person is named within reach.
            for start, word in w.clause_words:
                src = classify(word)
                if src is not None and src.kind in ("person", "institution") and len(src.tokens) == 1 \
                        and src.tokens[0] not in institutions:
                    weak.append((base + start, S.Source(src.text, src.name, src.tokens, "person", "named_person",
                                                        src.category)))
        # By offset, then order of mention: the second field counts up as entries are added,
        # so a stable sort on the offset alone (a C key) gives the same order.
        entries.sort(key=_OFFSET)
        self.entries = entries
        self.weak = weak
        # Full names by surname, for a speaker named by surname alone ("Arslan told the
        # crowd" after "The mayor, Kemal Arslan, came"): used only when one full name fits.
        full: dict[str, set[tuple[str, ...]]] = {}
        for _, _, src, _ in entries:
            if src.kind == "person" and len(src.tokens) >= 2:
                full.setdefault(src.tokens[-1], set()).add(src.tokens)
        self.full_names = full
        self.offsets = list(map(_OFFSET, entries))
        self.speakers: list[tuple[int, S.Source]] = []  # resolved quote speakers, in order
        self.starts = [s.span.start for s in sentences]

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def in_paragraph(self, pos: int, plural: bool = False) -> tuple[int, S.Source] | None:
        """The nearest named speaker or subject before pos in pos's own paragraph: "Holte,
        the chief fire officer, said the crews had done all they could. “…,” she said."""
        para = self.sentences[self.sentence_at(pos)].paragraph
        best: tuple[int, S.Source] | None = None
        k = bisect_left(self.offsets, pos) - 1
        while k >= 0 and pos - self.offsets[k] <= LOOKBACK_CHARS:
            off, _, src, rank = self.entries[k]
            if self.sentences[self.sentence_at(off)].paragraph != para:
                break
            if rank >= SUBJECT and src.kind == "person":
                best = (off, src)
                break
            if rank >= SUBJECT and plural:
                return None  # "the crews", "the ministry" stand between: "they" is theirs
            k -= 1
        for off, src in reversed(self.speakers):
            if off < pos and self.sentences[self.sentence_at(off)].paragraph == para and src.kind == "person":
                if best is None or off > best[0]:
                    best = (off, src)
                break
        if best is not None and plural and self._group_between(best[0], pos):
            return None
        return best

    def _group_between(self, lo: int, hi: int) -> bool:
        """A plural group named between lo and hi ("… met the drivers. “…,” they said")."""
        for idx in range(self.sentence_at(lo), self.sentence_at(hi) + 1):
            s = self.sentences[idx]
            seg = self.masked[idx][max(0, lo - s.span.start):max(0, hi - s.span.start)]
            words = [w.strip(",.;:!?") for w in seg.lower().split()]
            if any(w in GROUP_NOUNS for w in words):
                return True
            # "the players", "his colleagues": a determiner and a plural noun.
            if any(a in _PLURAL_DETERMINERS and b.endswith("s") and not b.endswith(("ss", "’s", "'s")) and len(b) > 3
                   for a, b in zip(words, words[1:])):
                return True
        return False

    def antecedent(self, pos: int, person_only: bool) -> tuple[int, S.Source] | None:
        if not person_only:
            near = self.in_paragraph(pos)
            if near is not None:
                return near
        k = bisect_left(self.offsets, pos) - 1
        best: tuple[int, S.Source] | None = None
        while k >= 0 and pos - self.offsets[k] <= LOOKBACK_CHARS:
            src, spoke = self.entries[k][2], self.entries[k][3] == SPEAKER
            if person_only and not spoke:
                k -= 1
                continue
            if src.kind == "person" or (not person_only and src.kind == "description" and _person_role(src)):
                best = (self.offsets[k], src)
                break
            k -= 1
        for off, src in reversed(self.speakers):
            if off < pos and pos - off <= LOOKBACK_CHARS and (src.kind == "person" or not person_only and _person_role(src)):
                if best is None or off > best[0]:
                    best = (off, src)
                break
        if best is None and not person_only and self.weak:
            k = bisect_left(self.weak, pos, key=_OFFSET) - 1
            if k >= 0 and pos - self.weak[k][0] <= LOOKBACK_CHARS:
                best = self.weak[k]
        return best

    def resolve(self, src: S.Source | None, pos: int) -> tuple[S.Source | None, str]:
        if src is None:
            return None, "none"
        if src.kind == "pronoun":
            word = S.fold(src.text)
            if word == "they":
                # Singular "they" only for a named person of the same paragraph, with no
                # group named in between.
                ante = self.in_paragraph(pos, plural=True)
                return (ante[1], "pronoun") if ante is not None else (None, "rejected")
            if word not in ("he", "she"):
                return None, "none"
            ante = self.antecedent(pos, person_only=False)
            return (ante[1], "pronoun") if ante is not None else (None, "none")
        head = S.fold(src.text.split()[-1]) if src.text.split() else ""
        if src.kind == "description" and _DEFINITE.match(src.text) and head in PERSON_ROLES:
            # "the official said": the person last named, if close enough.
            ante = self.antecedent(pos, person_only=True)
            if ante is not None and pos - ante[0] <= 1200:
                return ante[1], "description"
            # "Interior Minister Karim Bensalem visited the site. “…,” the minister said": the
            # nearest person introduced with that very role, whether or not she spoke before.
            titled = self._titled(head, pos)
            if titled is not None:
                return titled, "description"
        return src, "explicit"

    def _titled(self, role: str, pos: int) -> S.Source | None:
        """The nearest person before pos (within 1,200 characters) named next to the role
        word: "Interior Minister Karim Bensalem", "Karim Bensalem, the interior minister"."""
        k = bisect_left(self.offsets, pos) - 1
        while k >= 0 and pos - self.offsets[k] <= 1200:
            off, _, src, _ = self.entries[k]
            if src.kind == "person" and src.tokens:
                idx = self.sentence_at(off)
                text = self.masked[idx]
                rel = off - self.sentences[idx].span.start
                before = S.word_list(text[max(0, rel - 30):rel])[-2:]  # "city mayor Søren Holmgaard"
                after = text[rel + len(src.text):rel + len(src.text) + 80]
                # "Karim Bensalem, the interior minister, ...": the appositive up to its comma.
                apposition = after[1:].split(",")[0] if after.startswith(",") else ""
                words = S.word_list(src.text) + (before[-1:] if before and before[-1].islower() else ()) \
                    + S.word_list(apposition)
                if any(S.fold(w) == role for w in words):
                    return src
            k -= 1
        return None

    def quote(self, r: _Raw, prev: Quote | None) -> Quote:
        first, last = self.sentences[r.first], self.sentences[r.last]
        start, end = r.pieces[0][0], r.pieces[-1][1]
        # Trim the spaces a multi-paragraph quotation keeps at its ends.
        text = " ".join(self._slice(a, b, r.first, r.last) for a, b in r.pieces)
        speaker, cue, how, partial = None, None, "none", False
        # 1. A cue right after the closing mark: “…,” Roe said / said Dr. Jane Roe.
        after_rel = r.close_mark - last.span.start + 1
        for h in self.hits[r.last]:
            if h.start < after_rel or h.subject is None:
                continue
            lead = self.masked[r.last][after_rel:min(h.start, h.subject_start or h.start)]
            if (len(lead) > 4 or _MARK.search(lead) or ":" in lead or any(c.isalnum() for c in lead)) \
                    and not _APPOSITIVE_LEAD.fullmatch(lead):
                break
            if h.subject_start is not None and h.subject_start < after_rel:
                break
            speaker, how = self.resolve(self.classify(h.subject), r.close_mark)
            cue = h.cue
            break
        # 2. A cue before the opening mark: Lopes said: “…” / said the talks were “not a defeat”.
        if speaker is None and how != "rejected":
            open_rel = r.open_mark - first.span.start
            for h in reversed(self.hits[r.first]):
                if h.end > open_rel or h.subject is None:
                    continue
                gap = self.masked[r.first][h.end:open_rel]
                if len(gap) > 240 or _MARK.search(gap):
                    break
                speaker, how = self.resolve(self.classify(h.subject), r.open_mark)
                cue = h.cue
                partial = sum(1 for c in gap.split() if c[:1].isalnum()) > 4
                break
        # 2b. No cue, a colon before the opening mark: "Ana Ruiz defended the plan: “…”",
        # "The minister was blunt: “…”": the named person who is the clause's subject.
        if speaker is None and how != "rejected" and r.open_mark > first.span.start:
            open_rel = r.open_mark - first.span.start
            lead = self.masked[r.first][:open_rel].rstrip()
            if lead.endswith(":"):
                subject = self._colon_subject(lead) or self._label_speaker(lead)
                if subject is not None:
                    speaker, how = subject, "explicit"
        # 3. No cue, a quotation that opens its sentence: the previous speaker of this
        # paragraph, or of the previous paragraph when it opens its paragraph, goes on.
        opens_sentence = r.open_mark == first.span.start
        opens_paragraph = opens_sentence and (r.first == 0 or self.sentences[r.first - 1].paragraph != first.paragraph)
        if how == "rejected":
            how = "none"  # "… met the drivers. “…,” they said": the group's words, not carried
        elif speaker is None and opens_sentence and r.first > 0:
            before = self.sentences[r.first - 1]
            same = before.paragraph == first.paragraph
            # Reported speech just before: in this paragraph, or closing the previous one
            # when the quotation opens its paragraph ("Dahlberg said the offer was an
            # insult.\n\n“We will not sign.”"), unless a quotation came after it.
            after_prev_quote = prev is None or prev.speaker is None or prev.last_sentence < r.first - 1
            if after_prev_quote and (same or (opens_paragraph and first.paragraph - before.paragraph == 1)):
                for h in reversed(self.hits[r.first - 1]):
                    if h.subject:
                        src, _ = self.resolve(self.classify(h.subject), r.open_mark)
                        if src is not None and (same or src.kind == "person"):
                            speaker, cue, how = src, h.cue, "carried"
                        break
                if speaker is None:
                    # "Achterberg, the chief inspector, has tried to calm things down.
                    # “There is no evidence.”": the named subject of that sentence.
                    subject = self._subject_of(r.first - 1)
                    if subject is not None:
                        speaker, how = subject, "carried"
        if speaker is None and opens_sentence and prev is not None and prev.speaker is not None:
            p_par = self.sentences[prev.last_sentence].paragraph
            if prev.last_sentence <= r.first and (p_par == first.paragraph or (opens_paragraph and first.paragraph - p_par == 1)):
                speaker, cue, how = prev.speaker, prev.cue, "carried"
        if speaker is not None and speaker.kind == "person" and len(speaker.tokens) == 1:
            names = self.full_names.get(speaker.tokens[0], ())
            if len(names) == 1:
                speaker = S.Source(speaker.text, speaker.name, next(iter(names)), speaker.kind,
                                   speaker.grade, speaker.category)
        if speaker is not None:
            self.speakers.append((r.open_mark, speaker))
        return Quote(start, end, r.first, r.last, text, speaker, cue, how, partial)

    def _colon_subject(self, lead: str) -> S.Source | None:
        """The one named person of a clause ending in a colon who is the subject of a verb:
        "Speaking on Friday, airline director Ana Ruiz defended the record:" -> Ana Ruiz."""
        toks = S.tokens(lead[:MAX_ANALYSED_SENTENCE_CHARS])
        if any(t.low in COLON_NOT_OWN_WORDS for t in toks):
            return None  # "Ruiz read out the minister's letter:": someone else's words
        found = []
        for start, name, prev in _person_runs(toks):
            if prev in _LOCATIVE or not _subject_follows(toks, start):
                continue
            src = self.classify(name)
            if src is not None and src.kind == "person":
                found.append(src)
        return found[0] if len(found) == 1 else None

    def _label_speaker(self, lead: str) -> S.Source | None:
        """A named person standing alone before the colon, as a speaker label: "Patient advocate
        Carla Mendes: “…”", "14:05 — Fire chief Ola Berg: “…”" (a live blog's time stamp
        first). No verb: "The minister was blunt:" is ``_colon_subject``'s."""
        phrase = _STAMP.sub("", lead[:-1]).strip()
        words = phrase.split()
        if not 2 <= len(words) <= 8 or any(_verb_like(w) for w in words) or not words[-1][:1].isupper():
            return None
        src = self.classify(phrase)
        return src if src is not None and src.kind == "person" else None

    def _subject_of(self, index: int) -> S.Source | None:
        """The named person who is the subject of sentence ``index`` (no cue needed)."""
        s = self.sentences[index]
        k = bisect_left(self.offsets, s.span.start)
        while k < len(self.entries) and self.offsets[k] < s.span.end:
            _, _, src, rank = self.entries[k]
            if rank >= SUBJECT and src.kind == "person":
                return src
            k += 1
        return None

    def _slice(self, a: int, b: int, first: int, last: int) -> str:
        # Pieces lie inside sentences; rebuild the text from the sentences they cover.
        out = []
        for s in self.sentences[first:last + 1]:
            if s.span.end <= a:
                continue
            if s.span.start >= b:
                break
            lo, hi = max(a, s.span.start), min(b, s.span.end)
            out.append(s.text[lo - s.span.start:hi - s.span.start])
        return " ".join(p.strip() for p in out if p.strip())


# A live blog's time stamp before an entry: "13:10 —", "[09:45]", "**14:20**".
_STAMP = lazyre.compile(r"^[\s*\[]{0,3}[0-9]{1,2}[:.][0-9]{2}(?:\s?[ap]\.?m\.?)?[\s*\]]{0,3}(?:[—–|-]{1,2}\s*)?")


_AUX = frozenset("has had have is was will would said says told added also then put puts".split())


def _verb_like(word: str) -> bool:
    return word.islower() and (word in _AUX or word.endswith("ed") or word in FLOOR_PAST_VERBS)


def _subject_follows(words: list[S.Tok], run_start: int) -> bool:
    """Is the run at run_start the subject of a verb ("Maren Holte has tried ...")?"""
    k = next((i for i, t in enumerate(words) if t.start == run_start), None)
    if k is None:
        return False
    first = k
    while k < len(words) and words[k].word and words[k].cap:
        k += 1
    before = first - 3 if first >= 3 and words[first - 1].text == "." and words[first - 2].cap else first - 1  # "Dr."
    if k + 1 < len(words) and words[k].text == "," and before >= 0 and words[before].text == ",":
        # an appositive subject: "the utility's chief executive, Dr. Lea Brandt, has spoken to us:"
        k += 1
    elif k + 2 < len(words) and words[k].text == ",":
        # an appositive after the name: "Councillor Ana Ruiz, leader of the council, spoke to
        # us:", "Tomas Berg, the chief engineer, has told the paper:" (it must describe a person)
        end = k + 1
        while end < len(words) and end - k <= S.MAX_NP_TOKENS + 6 and words[end].text not in _APPOSITIVE_STOPS:
            end += 1
        seg = words[k + 1:end]
        if end < len(words) and words[end].text == "," and seg and (
                seg[0].low in ("who", "whose")  # "Ana Ruiz, who chairs the board, spoke to us:"
                or len(seg) == 1 and seg[0].text.isdigit() and len(seg[0].text) <= 3  # an age: "Ana Ruiz, 54,"
                or S.describes_person(" ".join(t.text for t in seg))):
            k = end + 1
    return k < len(words) and words[k].word and _verb_like(words[k].text)


_APPOSITIVE_STOPS = frozenset(",.;:—–")


def _person_role(src: S.Source) -> bool:
    """A singular described person ("a company spokesperson") that "she said" can refer to."""
    words = [S.fold(w) for w in src.text.split()]
    return bool(words) and words[-1] in PERSON_ROLES


# Prepositions after which a capitalised pair is a place ("in Port Ulema", "near Santa Rosa").
_LOCATIVE = frozenset("in at near outside inside into across around throughout towards toward".split())


def _person_runs(words: list[S.Tok]) -> list[tuple[int, str, str]]:
    """Capitalised runs of two or more words (candidate person names) with their offsets and
    the lower-cased word before them. Only the capitalised tokens are visited (found with
    C-level ``compress``; a capitalised token is always a word)."""
    caps = list(_compress(_count(), map(_IS_CAP, words)))
    out = []
    k, m = 0, len(caps)
    while k < m:
        j = k
        while j + 1 < m and caps[j + 1] == caps[j] + 1:
            j += 1
        if j > k:
            a = caps[k]
            out.append((words[a].start, " ".join([x.text for x in words[a:caps[j] + 1]]),
                        words[a - 1].low if a else ""))
        k = j + 1
    return out


_IS_CAP = itemgetter(5)  # S.Tok.cap

"""Quotes: the same speaker's words must be quoted alike in every article.

What: direct quotations are extracted with their speaker (titles dropped, diacritics folded
and letters transliterated: "Nazlı Ergün" = "Nazli Ergun", "Ingrid Sæther" = "Ingrid
Saether", "Strauß" = "Strauss"; "Chief Harbour Engineer Dr. Tove Varga-Lind" = "Tove
Varga-Lind" = "Varga-Lind"; a surname alone takes the article's one full name of that
surname; "“…,” the board's director, Ingrid Saether, said" names her). "he/she
said" goes to the nearest named person of the paragraph who spoke or is the subject of a
sentence ("Varga-Lind, the chief engineer who inspected the span, said the cracks were old.
“…,” she said"), else to the last named speaker before; "they said" only to a named person
of the same paragraph with no group named in between; a quotation with no cue that opens a
paragraph continues the reported speech that closed the previous one. Two quotations of one speaker in two articles are compared word by word (difflib
on word lists, case and punctuation ignored). They are the same quotation when most of the
shorter one is found in the longer one in order. Then:

- identical, or one is a trimmed excerpt of the other -> agreement (the trim is noted; the
  longer quotation's claim is the passage both give, the words the agreement vouches for);
- a word substituted, inserted or left out inside the shared passage -> contradiction (a
  misquote); the word-level difference is shown (``diff``) and named in the note;
- the same distinctive words given to two differently named people -> contradiction. Both
  speakers must be sure (one named at the quotation or "she said" in a paragraph naming
  no one else before it, the other named there too or "she said" after the person is
  named in the same paragraph); the words must be 8 or more (7 of 40 letters or more:
  "Every registered fisherman deserves proper compensation immediately"), and
  16 or more when they hold a stock phrase ("Our thoughts are with the families…", "We are
  sorry for the disruption…": ``STOCK_QUOTE_PHRASES`` in checker/vocab/sources.py). Both
  must be people: a name the story gives as someone's employer ("chief executive of Ostrand
  Grid", "a spokeswoman for Nordic Rail Freight", "Ostrand Grid's chief executive") is an
  organisation, and a person against her own organisation is no contradiction; nor when one
  quotation's sentence names the other speaker, unless that speaker is surely a person (a
  person's title before her name, "Governor Mirela Vantić", or "she said" resolved to her)
  named only in a description ("said Dario Fenn, who ran Vantić's campaign": reported) and
  not as the one whose words are relayed ("quoting Vantić", "reading a statement from
  Vantić": not reported).

A surname alone that is the subject after an opening phrase ("At a briefing on Thursday, Venn
struck a contrite tone. “…,” he said") is who "he" is, and is surely another person than a full
name it shares no word with. A live blog's label before a colon ("13:10 — Patient advocate
Carla Mendes: “…”") names the speaker. A speaker named by role alone in an article that never
names her ("The vice-chancellor told us: “…”", "“…,” the harbour master said") is the one person
the story's articles name with that role ("the vice-chancellor, Professor Jürgen Askey",
"Vice-Chancellor Jurgen Askey"); with two holders, no one.

A surname alone as the subject of a clause ("Some fans believe Oakenshaw stripped the club; he
denies it. In a statement he said: “…”") is who "he" is when no other person is named within
reach.

A broadcast transcript's guest turn is the guest's quotation, marks or none ("STELLAN BROOK: This
ban will …", "RAYMOND TULL, SAFETY BOARD: …"; "BROOK:" later is the same man), but not the
programme's own staff ("PRESENTER (CATRIN DOWELL):", "JUNE MARLOWE, ANCHOR:", "DOWELL:") nor a
turn with quotation marks in it (those quotations are read as in any article). A speaker named
with an appositive after her name before a colon is its subject: "Councillor Neil Pargeter,
leader of the council, spoke to us outside the town hall: “…”".

A speaker named with an aside before the cue is the person: "Ana Ruiz, speaking at the
hearing, said", "Ruiz, in post since 2019, told". A quotation after a colon with no verb of
saying takes the clause's one named person: "Operations director Ana Ruiz defended the
record: “…”" (not "read out the minister's letter: “…”").

A speaker introduced with her employer is the person: "Ingrid Maehle of Ostrand Grid said",
"Ingrid Maehle, of Ostrand Grid, told the paper", "Dr Ana Ruiz, from the city hospital, said", "Ana Ruiz of Ostrand Grid, the chief
engineer, said",
"Tomas Berg, a spokesman for Halden Motors, said", "Ostrand Grid's chief executive, Dr.
Ingrid Mæhle, said". Short fragments (three or four words) of the same length are compared
too: one inner word changed ("vocational training centers" / "serious training centers") is
a misquote, another last word ("not a defeat" / "not a victory") another remark.

A misquote is reported against the quotation's closest counterpart in the other article
(fewest words changed): two articles quoting a speaker's many similar remarks do not set
every remark of one against every remark of the other. A remark quoted in more than eight
articles (a story of many short items) is one finding, side against side: the wording
quoted most against the others; so is one sentence given to people in more than eight
articles.

Why: two outlets cannot both be verbatim when the words differ; a misquote, a back-
translation or a quote pinned on the wrong person is a correction waiting to happen.

Known false positives: a speaker who really said two similar sentences on two occasions
(a speech and an interview) is reported as misquoted; spelling variants of one word
("organisation"/"organization") and contractions ("don't"/"do not", "it's"/"it is") are
tolerated: a quotation that differs only in these is an agreement, noted as such.
Quotations of fewer than three words, and quotations with no identifiable speaker
(headlines, scare quotes), are not compared. Two people quoting one official statement
word for word (a spokesperson reading the minister's words) are reported as one sentence
given to two speakers.
"""
from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import operator
import re

from checker import lazyre
from checker.align import MAX_PAIRWISE_ARTICLES, MAX_SHOWN_VALUES
from checker.extract import speakers as S
from checker.extract.quotes import Quote
from checker.facts import StoryFacts
from checker.vocab import sources as V
from rules.base import Example, Result, Rule

CODE = "QT301"
NAME = "quotes"

MIN_WORDS = 3
MAX_WORDS = 250  # difflib is quadratic: long quotations are compared on their first words
MAX_QUOTES = 400  # per story
MAX_ROLE_LOOKUPS = 24  # distinct roles searched for in a story's articles (each scans them all)
# Head nouns of roles one person holds (a quotation's speaker named by role alone).
_ROLE_HEADS = frozenset(V.PERSON_ROLES) | frozenset(
    "vice-chancellor chancellor principal headteacher headmaster headmistress chair chairperson "
    "superintendent commander commissioner coroner registrar provost rector dean warden governor "
    "ombudsman treasurer inspector curator conductor master captain skipper".split())
MIN_COVERAGE = 0.6  # share of the shorter quotation found in the longer one
MAX_CANDIDATES = 64  # wordings one wording is compared with (see _WordingIndex.candidates)
# Wordings of one shared word read per lookup (the nearest in the story); a desk's story has
# far fewer quotations than this in all (see _WordingIndex._near).
POSTING_CAP = 2 * MAX_CANDIDATES
# How a quotation's speaker is named at the quotation itself: a cue with her name, or a
# transcript's speaker label ("STELLAN BROOK: …").
_NAMED_HERE = frozenset(("explicit", "label"))
SAME_WORDS_MIN = 8  # "the same words to two speakers" needs a real sentence, not a phrase
# a sentence of SAME_WORDS_MIN - 1 words with this many letters is a real sentence too
SHORT_DISTINCT_LETTERS = 40
# ... and a line of SHORT_SAME_WORDS_MIN words or more with SHORT_CONTENT_WORDS words outside
# the function words (V.QUOTE_FUNCTION_WORDS)
SHORT_SAME_WORDS_MIN = 6
SHORT_CONTENT_WORDS = 4
EDGE = 4  # differing words at both ends of this length or less are a substitution

_WORD = lazyre.compile(r"[^\W_](?:[\w’'\-]{0,40}[^\W_])?")
# Stock lines as folded word sequences ("sorry for the"), matched inside a quotation's words.
_STOCK = tuple(" ".join(S.fold(w) for w in p.split()) for p in V.STOCK_QUOTE_PHRASES)
# One pass for all of them: a phrase is found as whole words (bounded by spaces or the ends).
_STOCK_RX = lazyre.compile(r"(?<![^ ])(?:" + "|".join(map(re.escape, _STOCK)) + r")(?![^ ])")


class _Q:
    """A quotation with its article, display words and folded words."""

    def __init__(self, facts, q: Quote):
        self.facts = facts
        self.q = q
        self.article: str = facts.article.id
        # (shared with every quotation of the same text: never mutated)
        self._found, self._raw, self.shown, self.words, self.wkey = _wording(q.text)

    # literal and spans are asked for only by pairs that align: computed then, not per quotation.
    @functools.cached_property
    def literal(self) -> list[str]:
        """The words as written, folded, contractions kept (to note spelling differences)."""
        return [S.fold(w.replace("’", "'")) for w in self._raw]

    @functools.cached_property
    def spans(self) -> list[tuple[int, int]]:
        """Offsets in the quotation of each comparison word (a spelled-out contraction's
        parts share their word's), to claim only the words that two articles share."""
        return [m.span() for m in self._found for _ in _expand_word(m.group(0))][:len(self.words)]

    @property
    def speaker(self) -> str:
        sp = self.q.speaker
        return (sp.name or sp.text) if sp is not None else "unknown"

    @property
    def key(self) -> str:
        """Stable topic key: the folded surname, whatever name form an article uses."""
        toks = self.q.speaker_tokens
        return toks[-1] if toks else S.fold(self.speaker)

    def claim(self, words: tuple[int, int] | None = None):
        """The quotation as a claim; ``words`` (a range of comparison words) narrows it to
        those words when the quotation is one stretch of the article's text."""
        sent = self.facts.sentences[self.q.sentence]
        start, end = self.q.start, self.q.end
        if words is not None and words != (0, len(self.words)) and words[0] < words[1] \
                and self.facts.article.text[start:end] == self.q.text:
            end = start + self.spans[words[1] - 1][1]
            start += self.spans[words[0]][0]
            sent = next((s for s in self.facts.sentences[self.q.sentence:self.q.last_sentence + 1]
                         if s.span.start <= start < s.span.end), None)
            if sent is None:
                sent, start, end = self.facts.sentences[self.q.sentence], self.q.start, self.q.end
        base = sent.span.start
        return self.facts.claim(sent, start - base, end - base, self.speaker)

    @functools.cached_property
    def sure(self) -> bool:
        """Is the speaker certain enough to say that two different people said the words?
        Named at the quotation, or "she said" with the person named earlier in the same
        paragraph ("Leyla Toprak, an engineer, said ... “…,” she said")."""
        if self.q.how in _NAMED_HERE:
            return True
        if self.q.how != "pronoun" or not self.q.speaker_tokens:
            return False
        sents = self.facts.sentences
        para = sents[self.q.sentence].paragraph
        surname = self.q.speaker_tokens[-1]
        k = self.q.sentence
        while k >= 0 and sents[k].paragraph == para:
            text = sents[k].text[:self.q.start - sents[k].span.start] if k == self.q.sentence else sents[k].text
            if any(S.fold(w) == surname for w in S.word_list(text[:2000])):
                return True
            k -= 1
        return False

    @functools.cached_property
    def anchored(self) -> bool:
        """Named at the quotation, or "she said" in a paragraph that names no other person
        before the quotation ("Head nurse Ana Ruiz said the ward was full. “…,” she said"):
        one side of "the same words, two speakers" must be this certain."""
        if self.q.how in _NAMED_HERE:
            return True
        if not self.sure:
            return False
        sents = self.facts.sentences
        para = sents[self.q.sentence].paragraph
        own = set(self.q.speaker_tokens)
        k = self.q.sentence
        while k >= 0 and sents[k].paragraph == para:
            text = sents[k].text[:self.q.start - sents[k].span.start] if k == self.q.sentence else sents[k].text
            for run in S._name_runs(S.word_list(text[:2000])):
                person, _inst = S._run_names(tuple(run))
                if person and own.isdisjoint(person):
                    return False  # another person named: "she" could be either
            k -= 1
        return True

    @functools.cached_property
    def passage_words(self) -> frozenset[str]:
        """The folded words of the quotation's own passage (asked for every other speaker
        of the same words: once per quotation)."""
        sents = self.facts.sentences[self.q.sentence:self.q.last_sentence + 1]
        return frozenset(S.fold(w) for s in sents for w in S.word_list(s.text[:2000]))

    @functools.cached_property
    def distinctive(self) -> bool:
        """Long enough and not a formula, so that two people cannot both have said it. A
        quotation with a stock phrase in it ("…thoughts are with…") needs twice the words: a
        formula with a few words around it is still a formula."""
        if len(self.words) < SAME_WORDS_MIN and not (
                len(self.words) == SAME_WORDS_MIN - 1 and sum(map(len, self.words)) >= SHORT_DISTINCT_LETTERS) and not (
                len(self.words) >= SHORT_SAME_WORDS_MIN and not _woven(self)
                and sum(w not in V.QUOTE_FUNCTION_WORDS for w in self.words) >= SHORT_CONTENT_WORDS):
            # (a sentence one word short is distinctive when its words are long: "Every single
            # ticket-holder deserves their money back", not "We are very sorry about this"; a
            # shorter line when most of its words say something: "Nobody's home is worth a life",
            # "The river took everything we had", not "We will not give up on them"; a sentence
            # of its own, not a fragment woven into the reporter's: promised to "find out what went wrong")
            return False
        if len(self.words) >= 2 * SAME_WORDS_MIN:
            return True  # (long enough whatever it holds: the phrase scan below is skipped)
        return _STOCK_RX.search(" ".join(self.words)) is None


@functools.lru_cache(maxsize=4096)  # pure; stories quote one statement in many articles
def _wording(text: str) -> tuple[tuple[re.Match, ...], list[str], list[str], list[str], tuple[str, ...]]:
    """A quotation's words: (each word's match in the text, the words as written,
    display words, comparison words, comparison words as a hashable key: identical wordings
    share one comparison). The lists are shared by every quotation of this text: read only."""
    found = tuple(itertools.islice(_WORD.finditer(text), MAX_WORDS))
    raw = [m.group(0) for m in found]
    shown, words = expand(raw)
    return found, raw, shown, words, tuple(words)


@functools.lru_cache(maxsize=16384)  # pure; a story's quotations reuse a few thousand words
def _expand_word(word: str) -> tuple[str, ...]:
    """A word folded for comparison, its contraction spelled out: "Don’t" -> ("do", "not")."""
    low = word.replace("’", "'").lower()
    if "'" not in low and low != "cannot":
        return (S.fold(low),)
    whole = V.CONTRACTIONS.get(low)
    if whole is not None:
        return whole
    for suffix, parts in V.CONTRACTION_SUFFIXES:
        stem = low[:-len(suffix)]
        if low.endswith(suffix) and stem:
            if suffix == "'s" and stem not in V.CONTRACTING_S:
                break  # a possessive: "the company's" (folded to "company", as always)
            return (S.fold(stem),) + parts
    return (S.fold(low),)


def expand(raw: list[str]) -> tuple[list[str], list[str]]:
    """Display words and comparison words, contractions spelled out in both (so that the
    two lists stay aligned for the word-level diff)."""
    shown: list[str] = []
    words: list[str] = []
    for w in raw:
        parts = _expand_word(w)
        if len(parts) == 1:
            shown.append(w)
            words.append(parts[0])
            continue
        # Keep the writer's capital and spelling on the stem; the rest as spelled out.
        stem = w[:len(parts[0])] if S.fold(w[:len(parts[0])]) == parts[0] else parts[0]
        shown.extend((stem,) + parts[1:])
        words.extend(parts)
    return shown[:MAX_WORDS], words[:MAX_WORDS]


def _equivalent(x: str, y: str) -> bool:
    """One word in two spellings: "'s"/"is", "'d"/"had", "organisation"/"organization"."""
    if x == y:
        return True
    for marker, options in V.AMBIGUOUS_CONTRACTIONS.items():
        if (x == marker and y in options) or (y == marker and x in options):
            return True
    return _variant(x, y)


def _variant(x: str, y: str) -> bool:
    """Spelling variants of one word, not different words: a letter added or dropped
    ("colour"/"color", "travelled"/"traveled", "judgement"/"judgment"), one letter of the
    pairs spelling alternates between ("organisation"/"organization", "defence"/"defense",
    "licence"/"license"), a vowel of a long word's ending ("dependant"/"dependent") or two
    neighbours swapped ("centre"/"center"). Any other letter
    changed is another word, however alike the two look: "creaking"/"cracking",
    "rubble"/"bubble"."""
    if len(x) < 5 or len(y) < 5 or x[:2] != y[:2] or abs(len(x) - len(y)) > 1:
        return False
    if len(x) != len(y):
        long_, short = (x, y) if len(x) > len(y) else (y, x)
        k = next((k for k, (p, q) in enumerate(zip(long_, short)) if p != q), len(short))
        return long_[k + 1:] == short[k:]
    diff = [k for k, (p, q) in enumerate(zip(x, y)) if p != q]
    if len(diff) == 1:
        k = diff[0]
        # (or a vowel of an unstressed ending: "dependant"/"dependent", "calender"/"calendar")
        return frozenset((x[k], y[k])) in _ALTERNATE_LETTERS or (
            len(x) >= 7 and k >= len(x) - 4 and x[k] in _VOWELS and y[k] in _VOWELS)
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]])


# Letters one word is spelled with in either: British and American spelling, transliteration.
_ALTERNATE_LETTERS = frozenset(frozenset(p) for p in ("sz", "cs", "ck", "iy"))
_VOWELS = frozenset("aeiou")


def compare(a: list[str], b: list[str]):
    """None (not the same quotation), ("same"|"trim_a"|"trim_b", None) or ("changed", ops)."""
    a, b = a[:MAX_WORDS], b[:MAX_WORDS]
    n = min(len(a), len(b))
    if n < MIN_WORDS:
        return None
    if a == b:
        # The same words (a quotation run word for word by several outlets, the usual case):
        # what the alignment below concludes, without aligning.
        return ("same", ((0, len(a)), (0, len(b))))
    if len(a) == len(b) < 5:
        short = _short_change(a, b)
        if short is not None:
            return short
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # quick_ratio bounds the matched share from above: skip pairs that cannot align.
    if sm.quick_ratio() * (len(a) + len(b)) / 2 < MIN_COVERAGE * n:
        return None
    blocks = [bl for bl in sm.get_matching_blocks() if bl.size]
    if not blocks:
        return None
    matched = sum(bl.size for bl in blocks)
    longest = max(bl.size for bl in blocks)
    if matched < min(n, 4) or matched / n < MIN_COVERAGE or longest < min(n, 3):
        return None
    a0, b0 = blocks[0].a, blocks[0].b
    a1, b1 = blocks[-1].a + blocks[-1].size, blocks[-1].b + blocks[-1].size
    # Words before (after) the shared passage on both sides were substituted, unless both
    # runs are long: then these are two excerpts that merely share a phrase.
    if a0 and b0:
        if min(a0, b0) > EDGE:
            return None
        a0 = b0 = 0
    if a1 < len(a) and b1 < len(b):
        if min(len(a) - a1, len(b) - b1) > EDGE:
            return None
        a1, b1 = len(a), len(b)
    ops = []
    changed = False
    # (the whole of both: the matcher above has the alignment already)
    whole = sm if (a0, a1, b0, b1) == (0, len(a), 0, len(b)) else \
        difflib.SequenceMatcher(None, a[a0:a1], b[b0:b1], autojunk=False)
    for tag, i1, i2, j1, j2 in whole.get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1 and all(_equivalent(x, y) for x, y in zip(a[a0 + i1:a0 + i2], b[b0 + j1:b0 + j2])):
            tag = "equal"
        if tag != "equal":
            changed = True
        ops.append((tag, a0 + i1, a0 + i2, b0 + j1, b0 + j2))
    if changed:
        return ("changed", ops)
    # The shared words' extents in a and in b (what the two quotations both attest).
    eq = [op for op in ops if op[0] == "equal"]
    shared = ((eq[0][1], eq[-1][2]), (eq[0][3], eq[-1][4]))
    if len(a) == len(b) and a0 == 0 and a1 == len(a):
        return ("same", shared)
    return ("trim_b" if len(b) < len(a) else "trim_a", shared)


def _short_change(a: list[str], b: list[str]):
    """Two short fragments of one length ("vocational training centers" / "serious training
    centers") differing in one word that is not the last: one phrase misquoted. (The general
    test needs four shared words; a short fragment with another last word, "not a defeat" /
    "not a victory", is another remark and stays unaligned.)"""
    diff = [k for k, (x, y) in enumerate(zip(a, b)) if not _equivalent(x, y)]
    if len(diff) != 1 or diff[0] == len(a) - 1:
        return None
    k = diff[0]
    ops = [op for op in (("equal", 0, k, 0, k), ("replace", k, k + 1, k, k + 1),
                         ("equal", k + 1, len(a), k + 1, len(b))) if op[1] < op[2]]
    return ("changed", ops)


def _diff(x: _Q, y: _Q, ops) -> tuple[tuple[tuple[str, str], ...], str]:
    diff: list[tuple[str, str]] = []
    notes: list[str] = []
    for tag, i1, i2, j1, j2 in ops:
        old, new = " ".join(x.shown[i1:i2]), " ".join(y.shown[j1:j2])
        if tag == "equal":
            diff.append(("equal", new))
            continue
        if old:
            diff.append(("delete", old))
        if new:
            diff.append(("insert", new))
        if tag == "replace":
            kind = "word" if i2 - i1 == 1 and j2 - j1 == 1 else "words"
            notes.append(f'{kind} "{old}" vs "{new}"')
        elif tag == "delete":
            notes.append(f'"{old}" left out')
        else:
            notes.append(f'"{new}" added')
    more = f" (+{len(notes) - 4} more)" if len(notes) > 4 else ""
    return tuple(diff), "; ".join(notes[:4]) + more


# A speaker named by a role alone at the quotation: "The vice-chancellor told us: “…”", "“…,”
# the harbour master said". The role's words (lower case, one to three) before a verb of saying.
_ROLE_BEFORE = lazyre.compile(
    r"\b[Tt]he\s(?P<role>[a-z][a-z-]{2,30}(?:\s[a-z][a-z-]{2,30}){0,2})\s(?:said|says|told|tells|added|wrote|"
    r"explained|insisted|warned|replied)\b[^“”\"]{0,40}[:,]?\s{0,3}[“\"]?$")
_ROLE_AFTER = lazyre.compile(
    r"^[”\"]?,?\s{0,3}(?:the|The)\s(?P<role>[a-z][a-z-]{2,30}(?:\s[a-z][a-z-]{2,30}){0,2})\s(?:said|says|added|wrote|told)\b")
# How a story names the holder of a role: "the vice-chancellor, Professor Jürgen Askey," /
# "Vice-Chancellor Jurgen Askey" / "Jürgen Askey, the vice-chancellor,".
_ROLE_NAME = r"((?:[A-Z][\w’'.-]{0,30}\s){0,3}[A-Z][\w’'-]{1,30})"


def _role_holders(story: StoryFacts, role: str) -> tuple[str, ...] | None:
    """The name tokens of the one person the story's articles name with that role, or None
    (no one, or two people)."""
    words = role.split()
    rx = re.compile(
        r"\b(?i:the)\s" + r"\s".join(map(re.escape, words)) + r",\s" + _ROLE_NAME + r"\s?[,.]"
        r"|\b" + r"\s".join(r"(?i:" + re.escape(w) + r")" for w in words) + r"\s" + _ROLE_NAME + r"\b"
        r"|" + _ROLE_NAME + r",\s(?i:the)\s" + r"\s".join(map(re.escape, words)) + r"\b")
    found: list[tuple[str, ...]] = []
    for facts in story.articles:
        for m in rx.finditer(facts.article.text[:60_000]):
            name = next((g for g in m.groups() if g), None)
            if name is None:
                continue
            src = S.classify(name)
            if src is None or src.kind != "person" or len(src.tokens) < 2:
                continue
            if not any(S.same_speaker(src.tokens, t) for t in found):
                found.append(src.tokens)
    return found[0] if len(found) == 1 else None


def _role_speaker(facts, q: Quote) -> str | None:
    """The role a quotation with no named speaker is given to at its cue ("The vice-chancellor
    told us: “…”"), or None."""
    if q.cue is None:
        return None
    sent = facts.sentences[q.sentence]
    text = facts.article.text
    before = text[max(sent.span.start, q.start - 120):q.start]
    m = _ROLE_BEFORE.search(before.rstrip("“\"‘ "))
    if m is None:
        m = _ROLE_AFTER.match(text, q.end, min(len(text), q.end + 80))
    if m is None:
        return None
    role = m.group("role")
    return role if role.split()[-1] in _ROLE_HEADS else None


def _quotes(story: StoryFacts) -> list[_Q]:
    out = []
    holders: dict[str, tuple[str, ...] | None] = {}
    for facts in story.articles:
        for q in facts.quotes:
            if q.speaker is None and len(out) < MAX_QUOTES:
                # "The vice-chancellor told us: “…”" in an article that never names her: the
                # one person the story's other articles name with that role
                role = _role_speaker(facts, q)
                if role is not None and (role in holders or len(holders) < MAX_ROLE_LOOKUPS):
                    if role not in holders:
                        holders[role] = _role_holders(story, role)
                    toks = holders[role]
                    if toks is not None:
                        name = " ".join(t.capitalize() for t in toks)
                        q = Quote(q.start, q.end, q.sentence, q.last_sentence, q.text,
                                  S.Source(f"the {role}", name, toks, "person", "named_person", None),
                                  q.cue, "description", q.partial)
            if q.speaker is None or not q.speaker.tokens or len(out) >= MAX_QUOTES:
                continue
            item = _Q(facts, q)
            if len(item.words) >= MIN_WORDS:
                out.append(item)
    return out


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


# Organisations named as someone's employer: "chief executive of Ostrand Grid", "a
# spokeswoman for Halden Motors", "Ostrand Grid's chief executive". A capitalised pair such as
# "Ostrand Grid" reads like a person's name; the story says it is not one.
_NAME = r"(?:[A-Z][\w’'\-]{0,30}[ \t]){0,4}[A-Z][\w’'\-]{0,30}"
_ROLES = "|".join(sorted(V.EMPLOYEE_ROLES, key=len, reverse=True))
_EMPLOYER_AFTER = lazyre.compile(rf"\b(?:{_ROLES})[ \t](?:of|for|at|with)[ \t](?:the[ \t])?({_NAME})")
_EMPLOYER_BEFORE = lazyre.compile(rf"({_NAME})(?:’s|'s|’)[ \t](?:[a-z\-]{{1,20}}[ \t]){{0,2}}(?:{_ROLES})\b")
MAX_SCAN_CHARS = 60_000  # per article: employers are named near the top of a story
MAX_PERSON_SENTENCES = 400  # sentences searched for a person's title (she is introduced early)


def _employers(story: StoryFacts) -> frozenset[tuple[str, ...]]:
    """Folded name tokens of the organisations the story names as employers."""
    out: set[tuple[str, ...]] = set()
    for facts in story.articles:
        text = facts.article.text[:MAX_SCAN_CHARS]
        for rx in (_EMPLOYER_AFTER, _EMPLOYER_BEFORE):
            for m in rx.finditer(text):
                words = [S.fold(w) for w in m.group(1).split()]
                if words and not any(w.rstrip(".") in V.TITLES for w in words):
                    # (not "a spokeswoman for Prime Minister Anna Lind": a person's spokeswoman)
                    out.add(tuple(words[-2:]))
    return frozenset(out)


def _organisation(tokens: tuple[str, ...], employers: frozenset[tuple[str, ...]]) -> bool:
    return tokens in employers or tokens[-1:] in employers


def _mentions(item: _Q, tokens: tuple[str, ...]) -> bool:
    """Does the quotation's own passage name that person (by surname)?"""
    if not tokens:
        return False
    return tokens[-1] in item.passage_words


_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame".split())
# Titles that only a person bears before her name: "Governor Mirela Vantic", "Coach Vieri".
_PERSON_TITLES = _HONORIFICS | (V.TITLES & V.PERSON_NOUNS)
_RELAY_RX = lazyre.compile(r"\b(?:" + "|".join(re.escape(m) for m in V.RELAY_MARKERS) + r")\b", re.I)


def _personal(item: _Q) -> bool:
    """Is the speaker surely a person, not an organisation read as a name: "she/he said"
    resolved to her in her article, or a person's title or honorific right before her name
    there ("Governor Mirela Vantić", "Dr. Rahal")?"""
    toks = item.q.speaker_tokens
    if not toks:
        return False
    if any(q.how == "pronoun" and q.speaker_tokens == toks for q in item.facts.quotes):
        return True
    for s in item.facts.sentences[:MAX_PERSON_SENTENCES]:
        words = [S.fold(w).rstrip(".") for w in S.word_list(s.text[:2000])]
        for k, w in enumerate(words):
            if w != toks[-1]:
                continue
            b = k - 1
            if b >= 0 and len(toks) > 1 and words[b] == toks[0]:
                b -= 1  # the first name
            if b >= 0 and words[b] in _PERSON_TITLES:
                return True
    return False


def _relayed(item: _Q) -> bool:
    """Does the quotation's passage say its speaker relays another's words ("quoting",
    "reading a statement from")?"""
    sents = item.facts.sentences[item.q.sentence:item.q.last_sentence + 1]
    return any(_RELAY_RX.search(s.text[:2000]) for s in sents)


def _named_by_the_other(x: _Q, y: _Q) -> bool:
    """Is y named at x's quotation so that the words may be y's own through x: y an
    organisation read as a name (x's employer: "said Eva Holm, a spokeswoman for Nordic Rail
    Freight"), or x saying that she relays y ("quoting Vieri")? A person named only in x's
    description ("Dario Fenn, who ran Vantić's campaign") does not make the words hers."""
    return _mentions(x, y.q.speaker_tokens) and (_relayed(x) or not _personal(y))


def _two_people_ready(item: _Q) -> bool:
    """Can this quotation be one side of "the same words, two speakers"? (Its person must be
    sure and its words distinctive: a pair failing this yields nothing, so it is never built.)"""
    return item.q.speaker.kind == "person" and item.distinctive and item.sure


def _pairs(items: list[_Q]):
    """The pairs that can yield a finding, in ``itertools.combinations`` order: (i, j,
    two_people, verdict of ``compare``). Never two quotations of one article; no pair whose
    words do not align (verdict None), nor two people whose words differ ("changed").

    A story of hundreds of quotations has tens of thousands of pairs, nearly all between two
    speakers who are neither one person nor surely two, or between two different remarks.
    Both tests depend on less than the pair: the speaker relation on the two name keys, the
    verdict (``compare`` is pure) on the two wordings. So the quotations are grouped by name
    key, then by wording; each relation and each verdict is decided once, and a quotation is
    paired only with the groups that can yield: the other pairs are never built."""
    # A quotation pairs only with a later one of another article: which have one at all
    # (one article's hundreds of quotations, the other articles quoting no one: no pair, and
    # neither the index nor any candidate is needed).
    later_other = [False] * len(items)
    seen: set[str] = set()
    for k in range(len(items) - 1, -1, -1):
        art = items[k].article
        later_other[k] = len(seen) > 1 or (len(seen) == 1 and art not in seen)
        seen.add(art)
    if not any(later_other):
        return
    groups: dict[tuple[str, ...], dict[tuple[str, ...], list[int]]] = {}
    for k, item in enumerate(items):
        groups.setdefault(item.q.speaker_tokens, {}).setdefault(item.wkey, []).append(k)
    last = {ty: max(m[-1] for m in cells.values()) for ty, cells in groups.items()}
    ready: list[bool | None] = [None] * len(items)  # _two_people_ready, asked only when needed

    def is_ready(k: int) -> bool:
        if ready[k] is None:
            ready[k] = _two_people_ready(items[k])
        return ready[k]

    relation: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[bool, bool]] = {}
    verdicts: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple | None] = {}
    # Articles of each speaker and of each (speaker, wording) cell: a group or a cell all in
    # x's own article can give x no pair (one article's hundreds of quotations).
    group_arts = {ty: {items[k].article for m in cells.values() for k in m} for ty, cells in groups.items()}
    cell_arts = {(ty, wy): {items[k].article for k in m} for ty, cells in groups.items() for wy, m in cells.items()}
    index = _WordingIndex([item.wkey for item in items])
    speakers_of: dict[tuple[str, ...], list[tuple[str, ...]]] = {}  # wording -> its speakers
    for ty, cells in groups.items():
        for wy in cells:
            speakers_of.setdefault(wy, []).append(ty)
    for i, x in enumerate(items):
        if not later_other[i]:
            continue
        tx = x.q.speaker_tokens
        todo: list[tuple[int, bool, tuple]] = []
        # Only the wordings that can align with x's (``_WordingIndex``), and their speakers.
        near = index.candidates(x.wkey)
        for ty in dict.fromkeys(ty for wy in near for ty in speakers_of[wy]):
            cells = groups[ty]
            if last[ty] <= i or group_arts[ty] == {x.article}:
                continue
            rel = relation.get((tx, ty))
            if rel is None:
                rel = relation[tx, ty] = _relation(tx, ty)
            same, different = rel
            if not same and not (different and is_ready(i)):
                continue
            for wy, members in cells.items():
                if members[-1] <= i or wy not in near or cell_arts[ty, wy] == {x.article}:
                    continue
                key = (x.wkey, wy)
                if key in verdicts:
                    verdict = verdicts[key]
                else:
                    verdict = verdicts[key] = _verdict(x, items[members[0]])
                if verdict is None or (not same and verdict[0] == "changed"):
                    continue
                for j in members[bisect.bisect_right(members, i):]:
                    y = items[j]
                    if y.article != x.article and (
                            same or is_ready(j) and (x.anchored or y.anchored)):
                        todo.append((j, not same, verdict))
        todo.sort(key=operator.itemgetter(0))
        for j, two_people, verdict in todo:
            yield i, j, two_people, verdict


def _overlap_needed(n: int) -> int:
    """Fewest words two quotations of which the shorter has ``n`` words must share for
    ``compare`` to align them (``matched`` is at least min(n, 4) and MIN_COVERAGE of n);
    rounded down, so never more than ``compare`` needs."""
    return max(min(n, 4), int(MIN_COVERAGE * n))


def _short_keys(word: str) -> tuple:
    """Keys that two ``_equivalent`` words share at least one of: the word itself, its
    ambiguous-contraction family ("'s"/"is"/"has"), its first two letters when a spelling
    variant is possible (``_variant``: five letters or more, same first two)."""
    keys: list = [("=", word)]
    for marker, options in V.AMBIGUOUS_CONTRACTIONS.items():
        if word == marker or word in options:
            keys.append(("~", marker))
    if len(word) >= 5:
        keys.append(("v", word[:2]))
    return tuple(keys)


class _WordingIndex:
    """Which distinct wordings of a story can ``compare`` align with a given one? Without it
    every pair of wordings is compared (difflib): quadratic in a story's quotations.

    Exact, never a pair too few, up to ``MAX_CANDIDATES`` candidates and ``POSTING_CAP``
    wordings per shared word (past that, hundreds of near-identical wordings, the closest
    are kept). ``compare`` aligns two wordings only when they share at
    least ``_overlap_needed(n)`` words (n: the shorter's length; a word repeated counts as
    often as both repeat it), or, for two of one length under five words, through
    ``_short_change``, whose last words are equivalent. Prefix filtering: with each wording's
    words ordered rarest first (over the story), a shorter wording W sharing t words with V
    has one of its first len(W) - t + 1 words in V. So V is a candidate of W when W's prefix
    meets V's words or V's prefix meets W's words; and short wordings of one length are
    candidates when their last words share an equivalence key."""

    def __init__(self, wordings: list[tuple[str, ...]]):
        self.words: dict[tuple[str, ...], tuple] = {}
        df: dict[tuple[str, int], int] = {}
        for w in dict.fromkeys(wordings):
            seen: dict[str, int] = {}
            toks = []
            for word in w:
                toks.append((word, seen.get(word, 0)))  # the k-th occurrence is its own token
                seen[word] = seen.get(word, 0) + 1
            self.words[w] = tuple(toks)
            for t in toks:
                df[t] = df.get(t, 0) + 1
        self.full: dict[tuple[str, int], list] = {}
        self.pref: dict[tuple[str, int], list] = {}
        self.prefix: dict[tuple[str, ...], tuple] = {}
        self.short: dict[tuple, list] = {}
        for w, toks in self.words.items():
            ordered = sorted(toks, key=lambda t: (df[t], t))
            p = tuple(ordered[:max(1, len(toks) - _overlap_needed(len(toks)) + 1)])
            self.prefix[w] = p
            for t in toks:
                self.full.setdefault(t, []).append(w)
            for t in p:
                self.pref.setdefault(t, []).append(w)
            if MIN_WORDS <= len(w) < 5:
                for key in _short_keys(w[-1]):
                    self.short.setdefault((len(w), key), []).append(w)
        self._memo: dict[tuple[str, ...], frozenset] = {}
        self.order = {v: n for n, v in enumerate(self.words)}

    def _near(self, posting: list, w: tuple[str, ...]) -> list:
        """A posting list, or past ``POSTING_CAP`` wordings the ``POSTING_CAP`` nearest to w in
        the story (postings are in story order): a word shared by hundreds of wordings (a
        hostile page of near-identical quotations) must not make each lookup read them all,
        which is quadratic in the story's quotations."""
        if len(posting) <= POSTING_CAP:
            return posting
        i = bisect.bisect_left(posting, self.order[w], key=self.order.__getitem__)
        lo = max(0, min(i - POSTING_CAP // 2, len(posting) - POSTING_CAP))
        return posting[lo:lo + POSTING_CAP]

    def candidates(self, w: tuple[str, ...]) -> frozenset:
        hit = self._memo.get(w)
        if hit is not None:
            return hit
        out: set = {w}
        near = self._near
        for t in self.prefix[w]:
            out.update(near(self.full[t], w))
        for t in self.words[w]:
            out.update(near(self.pref.get(t, []), w))
        if MIN_WORDS <= len(w) < 5:
            for key in _short_keys(w[-1]):
                out.update(near(self.short[len(w), key], w))
        if len(out) > MAX_CANDIDATES:
            # Hundreds of near-identical wordings (a story of hundreds of short items): the
            # ones sharing the most words, so that comparisons grow with the story. A desk's
            # story never gets here.
            shared: dict[tuple[str, ...], int] = {}
            for t in self.words[w]:
                for v in near(self.full[t], w):
                    shared[v] = shared.get(v, 0) + 1
            # (ties: the nearest in the story, so that a long run of variants stays linked)
            order = self.order
            out = {w, *sorted(out, key=lambda v: (-shared.get(v, 0), abs(order[v] - order[w]), order[v]))[:MAX_CANDIDATES]}
        hit = self._memo[w] = frozenset(out)
        return hit


# ``_pairs``'s two pure tests, memoised across stories as well (stories about one event
# quote the same statements and the same people). Bounded; never mutated by their users.

@functools.lru_cache(maxsize=4096)
def _relation(tx: tuple[str, ...], ty: tuple[str, ...]) -> tuple[bool, bool]:
    """(one person, surely two people) for two speakers' name keys."""
    same = S.same_speaker(tx, ty)
    return same, not same and S.surely_different(tx, ty)


_VERDICTS: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple | None] = {}
MAX_VERDICTS = 8192


def _verdict(x: _Q, y: _Q):
    """``compare(x.words, y.words)``, looked up by the two wordings first."""
    key = (x.wkey, y.wkey)
    try:
        return _VERDICTS[key]
    except KeyError:
        pass
    if len(_VERDICTS) >= MAX_VERDICTS:
        _VERDICTS.clear()
    verdict = _VERDICTS[key] = compare(x.words, y.words)
    return verdict


def _all_pairs(items: list[_Q]):
    """``_pairs`` without grouping: every pair tested as the rule states it (for the tests)."""
    for i, j in itertools.combinations(range(len(items)), 2):
        x, y = items[i], items[j]
        if x.article == y.article:
            continue
        same = S.same_speaker(x.q.speaker_tokens, y.q.speaker_tokens)
        two_people = (
            not same and (x.anchored or y.anchored) and x.sure and y.sure
            and x.q.speaker.kind == y.q.speaker.kind == "person"
            and S.surely_different(x.q.speaker_tokens, y.q.speaker_tokens)
            and x.distinctive and y.distinctive
        )
        if not same and not two_people:
            continue
        verdict = compare(x.words, y.words)
        if verdict is None or (two_people and verdict[0] == "changed"):
            continue
        yield i, j, two_people, verdict


def check(story: StoryFacts):
    items = _quotes(story)
    parent = list(range(len(items)))
    trims: dict[int, list[str]] = {}
    shared: dict[int, tuple[int, int]] = {}  # comparison words each item shares with others
    employers: frozenset | None = None
    same_words: list[tuple[int, int]] = []  # two people: judged once all are known
    changed: list[tuple[int, int, list]] = []  # misquotes: the closest counterparts kept
    excerpt_of: dict[int, list[int]] = {}  # a trimmed excerpt -> the fuller quotations it copies
    for i, j, two_people, (kind, ops) in _pairs(items):
        x, y = items[i], items[j]
        if two_people:
            # Two people for sure: neither is an organisation the story names as someone's
            # employer (a person and her own company), nor named at the other's quotation.
            if employers is None:
                employers = _employers(story)
            if any(_organisation(t.q.speaker_tokens, employers) for t in (x, y)):
                continue
            if _named_by_the_other(x, y) or _named_by_the_other(y, x):
                continue
            same_words.append((i, j))
            continue
        if kind == "changed":
            changed.append((i, j, ops))
            continue
        parent[_find(parent, i)] = _find(parent, j)
        for k, (lo, hi) in ((i, ops[0]), (j, ops[1])):
            old = shared.get(k)
            shared[k] = (lo, hi) if old is None else (min(old[0], lo), max(old[1], hi))
        if kind == "same" and x.literal != y.literal:
            trims.setdefault(i, []).append(
                f"{x.article} and {y.article} spell the same words differently (contractions or spelling)")
        if kind != "same":
            short, long_ = (y, x) if kind == "trim_b" else (x, y)
            trims.setdefault(i, []).append(
                f"{short.article} quotes {len(short.words)} of the {len(long_.words)} words in {long_.article}")
            if _woven(short):
                excerpt_of.setdefault(j if kind == "trim_b" else i, []).append(i if kind == "trim_b" else j)
    if excerpt_of and changed:
        changed = _without_echoed_excerpts(changed, excerpt_of)
    changed, misquotes = _split_large(items, changed, parent)
    for i, j, ops in _closest(items, changed):
        x, y = items[i], items[j]
        diff, note = _diff(x, y, ops)
        yield Result(
            "contradiction", f"quote of {x.key}",
            f"{x.speaker} is quoted differently in {x.article} and {y.article}: {note}",
            (x.claim(), y.claim()), note=note, diff=diff,
        )
    yield from _same_words_results(items, same_words)
    groups: dict[int, list[int]] = {}
    for k in range(len(items)):
        groups.setdefault(_find(parent, k), []).append(k)
    for family in sorted(misquotes):
        yield from _misquote_sides(items, misquotes[family], parent, groups)
    for members in groups.values():
        if len({items[k].article for k in members}) < 2:
            continue
        first = items[members[0]]
        notes = sorted({n for k in members for n in trims.get(k, [])})
        arts = sorted({items[k].article for k in members})
        yield Result(
            "agreement", f"quote of {first.key}",
            f"{first.speaker} is quoted alike in {len(arts)} articles"
            + (" (trimmed in some)" if any(" quotes " in n for n in notes) else " (spelled differently)" if notes else ""),
            tuple(items[k].claim(shared.get(k)) for k in members),
            note="; ".join(notes) if notes else "identical wording",
        )


def _woven(item: _Q) -> bool:
    """A fragment woven into the reporter's own sentence ("promised to “find out what went
    wrong”"): it opens with a lower-case word, not a sentence of its own."""
    text = item.q.text.lstrip(" “”\"‘’'….")
    return bool(text) and text[0].islower()


def _without_echoed_excerpts(changed: list[tuple[int, int, list]],
                             excerpt_of: dict[int, list[int]]) -> list[tuple[int, int, list]]:
    """Drop a woven fragment's misquote when the fragment copies word for word a fuller
    quotation that is itself reported against the same counterpart: "promised to “find out
    exactly what went wrong”" follows the article that wrote "exactly", and the word
    against "precisely" is reported once, between the two full quotations, not again
    against the excerpt that merely sides with one of them."""
    pairs = {(min(i, j), max(i, j)) for i, j, _ in changed}

    def echoed(short: int, other: int) -> bool:
        return any((min(k, other), max(k, other)) in pairs for k in excerpt_of.get(short, ()))

    return [e for e in changed if not (echoed(e[0], e[1]) or echoed(e[1], e[0]))]


def _closest(items: list[_Q], changed: list[tuple[int, int, list]]) -> list[tuple[int, int, list]]:
    """The misquotes worth reporting: a quotation against its closest counterpart in the
    other article (fewest words changed, then the first), or the other way round. Two
    articles quoting a speaker's many similar remarks (a plant number, a date changed in
    each) would otherwise set every remark of one against every remark of the other:
    findings growing with the square of the quotations, nearly all between two different
    remarks. A remark quoted once in each article is always its counterpart's closest."""
    best: dict[tuple[int, str], tuple[int, int]] = {}
    for i, j, ops in changed:
        cost = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")
        for a, b in ((i, j), (j, i)):
            key = (a, items[b].article)
            if key not in best or (cost, b) < best[key]:
                best[key] = (cost, b)
    return [(i, j, ops) for i, j, ops in changed
            if best[i, items[j].article][1] == j or best[j, items[i].article][1] == i]


def _split_large(items: list[_Q], changed: list[tuple[int, int, list]], parent: list[int]):
    """The misquotes of quotation families (quotations linked by misquotes or agreements)
    quoted in more than ``MAX_PAIRWISE_ARTICLES`` articles, by family, apart from the rest:
    a story of hundreds of short items is reported side against side (``_misquote_sides``),
    not pair by pair (pairs of articles grow with the square of the story)."""
    up = {}
    for i, j, _ in changed:
        for k in (i, j):
            up.setdefault(k, k)
            r = _find(parent, k)  # the agreement group too
            up.setdefault(r, r)
        for a, b in ((i, j), (i, _find(parent, i)), (j, _find(parent, j))):
            ra, rb = _find_key(up, a), _find_key(up, b)
            if ra != rb:
                up[max(ra, rb)] = min(ra, rb)
    arts: dict[int, set[str]] = {}
    for k in up:
        arts.setdefault(_find_key(up, k), set()).add(items[k].article)
    for k in range(len(items)):  # the agreeing quotations of a family's groups count too
        r = _find(parent, k)
        if r in up:
            arts[_find_key(up, r)].add(items[k].article)
    small, large = [], {}
    for edge in changed:
        root = _find_key(up, edge[0])
        if len(arts[root]) > MAX_PAIRWISE_ARTICLES:
            large.setdefault(root, []).append(edge)
        else:
            small.append(edge)
    return small, large


def _same_words_results(items: list[_Q], found: list[tuple[int, int]]):
    """"The same words, two speakers", pair by pair; a sentence given to people in more than
    ``MAX_PAIRWISE_ARTICLES`` articles is one finding listing them all."""
    up = {}
    for i, j in found:
        up.setdefault(i, i)
        up.setdefault(j, j)
        a, b = _find_key(up, i), _find_key(up, j)
        if a != b:
            up[max(a, b)] = min(a, b)
    members: dict[int, list[int]] = {}
    for k in sorted(up):
        members.setdefault(_find_key(up, k), []).append(k)
    big = {r for r, ks in members.items() if len({items[k].article for k in ks}) > MAX_PAIRWISE_ARTICLES}
    for i, j in found:
        if _find_key(up, i) not in big:
            x, y = items[i], items[j]
            yield Result(
                "contradiction", f"quote attributed to {' and '.join(sorted((x.key, y.key)))}",
                f"The same words are attributed to {x.speaker} ({x.article}) and to {y.speaker} ({y.article})",
                (x.claim(), y.claim()), note="same quotation, two different speakers",
            )
    for r in sorted(big):
        ks = members[r]
        names = list(dict.fromkeys(f"{items[k].speaker} ({items[k].article})" for k in ks))
        more = len(names) - MAX_SHOWN_VALUES
        shown = ", ".join(names[:MAX_SHOWN_VALUES]) + (f" and {more} more" if more > 0 else "")
        speakers = sorted({items[k].key for k in ks})
        yield Result(
            "contradiction", f"quote attributed to {' and '.join(speakers[:2])}" + (" and others" if len(speakers) > 2 else ""),
            f"The same words are attributed to {len(speakers)} different speakers: {shown}",
            tuple(items[k].claim() for k in ks), note="same quotation, several different speakers",
        )


def _articles(items: list[_Q], ks: list[int]) -> str:
    n = len({items[k].article for k in ks})
    return f"{n} article{'s' * (n != 1)}"


def _find_key(up: dict[int, int], i: int) -> int:
    while up[i] != i:
        up[i] = up[up[i]]
        i = up[i]
    return i


def _misquote_sides(items: list[_Q], edges: list[tuple[int, int, list]], parent: list[int],
                    groups: dict[int, list[int]]):
    """A large quotation family's misquotes, side against side: the wording quoted in the
    most articles against every other wording of the family (one finding, with the
    word-level difference of one pair). The wordings are the agreement groups (a quotation,
    its copies and its trimmed excerpts)."""
    roots = sorted({_find(parent, k) for i, j, _ in edges for k in (i, j)}, key=lambda r: min(groups[r]))
    side = min(roots, key=lambda r: (-len({items[k].article for k in groups[r]}), min(groups[r])))
    others = [r for r in roots if r != side]
    mine = list(groups[side])
    theirs = [k for r in others for k in groups[r]]
    x = items[mine[0]]
    arts = {items[k].article for k in mine + theirs}
    # One pair's word-level difference (one with the main wording) shows the kind of change.
    i, j, ops = next((e for e in edges if side in (_find(parent, e[0]), _find(parent, e[1]))), edges[0])
    diff, note = _diff(items[i], items[j], ops)
    yield Result(
        "contradiction", f"quote of {x.key}",
        f"{x.speaker} is quoted in {len(roots)} different wordings across {len(arts)} articles: "
        f"one wording in {_articles(items, mine)} against {len(others)} other{'s' * (len(others) != 1)} "
        f"in {_articles(items, theirs)}; for example {note}",
        tuple(items[k].claim() for k in mine + theirs), note=note, diff=diff,
    )


RULE = Rule(
    code=CODE, name=NAME, kinds=("contradiction", "agreement"), check=check,
    examples=(
        Example({"a.txt": "“The safety of our customers comes before everything else,” Chief Executive Dr. Ingrid Solberg said.",
                 "b.txt": "“The safety of our drivers comes before everything else,” Ingrid Solberg said on Friday."},
                kind="contradiction", contains=("customers", "drivers")),
        Example({"a.txt": "“We were not warned that the dam was at risk,” said Amina Rahal, who heads the agency.",
                 "b.txt": "Amina Rahal was angry.\n\n“We were never warned that the dam was at risk,” she said."},
                kind="contradiction", contains=("not warned", "never warned")),
        Example({"a.txt": "“No one in this country is above the law, not even a minister,” Lena Horvat said.",
                 "b.txt": "“No one in this country is above the law,” Horvat said outside the court."},
                kind="agreement", absent=("contradiction",)),
        Example({"a.txt": "“I delivered the envelopes to his office myself, every month,” said Goran Babic, a witness.",
                 "b.txt": "“I delivered the envelopes to his office myself, every month,” said Tomislav Lukic, a driver."},
                kind="contradiction", contains=("I delivered the envelopes",)),
        Example({"a.txt": "“We will rebuild every school before winter,” the minister, Karim Bensalem, said.",
                 "b.txt": "“Our fight is with the management, not with the passengers,” Bensalem said."},
                absent=("contradiction", "agreement")),
        Example({"a.txt": "“The door is open,” a spokesman said.",
                 "b.txt": "“The door is closed,” a spokeswoman said."},
                absent=("contradiction",)),
        # "she said" after reported speech whose subject is a bare surname with an appositive.
        Example({"a.txt": "Varga-Lind, the chief engineer who inspected the span, said the cracks were old. "
                          "“We flagged this corrosion in every report,” she told the council.",
                 "b.txt": "“We flagged this rust in every report,” Chief Bridge Engineer Tove Varga-Lind said."},
                kind="contradiction", contains=("corrosion", "rust")),
        # One speaker in two spellings (ı and ü dropped), introduced differently.
        Example({"a.txt": "“We can still hear voices under the rubble, and we will not stop digging,” said Nazlı Ergün, "
                          "who leads search and rescue operations for the agency.",
                 "b.txt": "“We can still hear voices under the concrete, and we will not stop digging,” said Nazli Ergun, "
                          "the head of search and rescue."},
                kind="contradiction", contains=("rubble", "concrete")),
        # A stock line said by two people is no misattribution.
        Example({"a.txt": "“Our thoughts are with the families of everyone affected,” Tomas Vik said.",
                 "b.txt": "“Our thoughts are with the families of everyone affected,” airport director Hanne Lund said."},
                absent=("contradiction",)),
        # A person and her own organisation are not two speakers of one sentence.
        Example({"a.txt": "“The network was pushed beyond anything it was designed to carry,” Ostrand Grid said.",
                 "b.txt": "“The network was pushed beyond anything it was designed to carry,” said Ingrid "
                          "Maehle, chief executive of Ostrand Grid."},
                absent=("contradiction",)),
        # Employer in apposition, diacritics dropped, trimmed: an agreement.
        Example({"a.txt": "“We will find out why the roof gave way and who ignored the warnings,” said Dr. Jana "
                          "Kovářová, head of the State Mining Office.",
                 "b.txt": "Dr. Jana Kovarova of the State Mining Office repeated her promise: “We will find out "
                          "why the roof gave way.”"},
                kind="agreement", absent=("contradiction",)),
        # A contraction spelled out is the same wording.
        Example({"a.txt": "“We don’t believe the bridge can reopen this year,” Tove Varga-Lind said.",
                 "b.txt": "“We do not believe the bridge can reopen this year,” Varga-Lind said."},
                kind="agreement", absent=("contradiction",)),
    ),
)

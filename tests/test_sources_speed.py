"""The sourcing analysis's shortcuts (issue 9) change no result.

Shared sentence work (``quotes._WORK``), C-level scans over tokens, memoised name runs and
the comma gate for person appositives are each checked against the plain computation.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from checker.articles import article_from_text
from checker.extract import quotes as Q, speakers as S
from checker.extract.attribution import attribute_sentences, grade_sentence
from checker.facts import ArticleFacts

# Words that exercise name runs: capitals, particles, weekdays, possessives, titles,
# institution heads, acronyms, sentence openers, punctuation.
WORDS = ("Anna", "de", "la", "van", "der", "Jan", "Smith", "Monday", "The", "the", "Ministry’s",
         "Dr.", "Lena", ",", ".", "said", "says", "according", "to", "Kim’s", "UN", "al", "x", "Ole",
         "del", "Police", "officials", "Mr", "told", "in", "at", "“", "”", "and", "but", "has", "put",
         "at", "14", "who", "which", "Ministry", "of", "Health", "claimed", "warned")
phrases = st.lists(st.sampled_from(WORDS), max_size=16).map(" ".join)


def _person_runs_reference(words):
    """The loop ``quotes._person_runs`` replaced."""
    out, run, prev = [], [], ""
    for t in words:
        if t.cap and t.word:
            run.append(t)
            continue
        if len(run) >= 2:
            out.append((run[0].start, " ".join(x.text for x in run), prev))
        run = []
        prev = t.low
    if len(run) >= 2:
        out.append((run[0].start, " ".join(x.text for x in run), prev))
    return out


def _cue_tokens_reference(toks):
    """The generator ``speakers._cue_tokens`` was, with a Python loop over all tokens."""
    V = S.V
    n = len(toks)
    for i in [i for i, t in enumerate(toks) if t.low in S._CUE_WORDS]:
        t = toks[i]
        low = t.low
        if low in S._PHRASE_CUE_HEADS and i + 1 < n:
            nxt = toks[i + 1].low
            if (low == "according" and nxt == "to") or (low != "according" and nxt == "out"):
                yield i, t.start, toks[i + 1].end, f"{t.text} {toks[i + 1].text}", f"{low} {nxt}", 2
            continue
        if low in V.FIGURE_AT_CUES and not S._figure_at(toks, i + 1):
            continue
        if low == "heard" and not (i > 0 and toks[i - 1].low in V.HEARING_BODIES
                                   and i + 1 < n and toks[i + 1].low in ("that", "how")):
            continue
        if low in V.CUE_STANCE:
            yield i, t.start, t.end, t.text, low, 1


@settings(max_examples=300, deadline=None)
@given(phrases)
def test_token_scans_match_the_plain_loops(text):
    toks = S.tokens(text)
    assert S._name_runs_of_tokens(toks) == S._name_runs([t.text for t in toks if t.word])
    assert Q._person_runs(toks) == _person_runs_reference(toks)
    assert list(S._cue_tokens(toks)) == list(_cue_tokens_reference(toks))


@settings(max_examples=200, deadline=None)
@given(phrases)
def test_no_comma_no_person_appositive(text):
    if "," not in text:
        assert S.person_subjects(S.tokens(text)) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(phrases, min_size=1, max_size=4))
def test_article_names_is_the_union_of_sentence_names(texts):
    token_lists = [S.tokens(t) for t in texts]
    persons, institutions = set(), set()
    for toks in token_lists:
        p, i = S.sentence_names(toks, S.person_subjects(toks))
        persons |= p
        institutions |= i
    assert S.article_names(token_lists) == (frozenset(persons - institutions), frozenset(institutions))


def _facts(text: str, path: str = "a.txt") -> ArticleFacts:
    return ArticleFacts(article_from_text(text, path, "story", None))


SHARED = ("Maren Holte, the chief fire officer who led the operation, said the crews had done all "
          "they could. “We will not stop,” she said. The utility said 14 homes were damaged.")
OTHER_A = "Officials said the bridge would reopen on Friday. " + SHARED
OTHER_B = SHARED + " It is claimed that the inspection was skipped, according to a person familiar with the matter."


def _sourcing(text: str):
    f = _facts(text)
    return f.quotes, f.attributions


def test_shared_sentences_give_the_same_analysis_as_fresh_ones():
    Q._WORK.clear()
    alone = [_sourcing(t) for t in (OTHER_A, OTHER_B, SHARED)]
    for expected, text in zip(alone, (OTHER_A, OTHER_B, SHARED)):
        Q._WORK.clear()
        assert _sourcing(text) == expected  # nothing shared
    Q._WORK.clear()
    for text in (OTHER_A, OTHER_B, SHARED):
        _sourcing(text)  # fill the shared work
    assert [_sourcing(t) for t in (SHARED, OTHER_B, OTHER_A)] == [alone[2], alone[1], alone[0]]


def test_shared_sentence_work_is_bounded():
    Q._WORK.clear()
    for k in range(Q.MAX_SHARED_SENTENCES // 40 + 5):
        _sourcing(" ".join(f"Official number {k} {j} said it." for j in range(40)))
        assert len(Q._WORK) <= Q.MAX_SHARED_SENTENCES
    assert grade_sentence("Officials said the bridge would reopen.").grade == "named_institution"


def test_a_single_candidate_is_the_source_whatever_its_place():
    # One cue hit: the opening subject, a final tag and "according to" all pick it.
    for sentence, source in (
            ("The ministry said 14 homes were damaged, and more were at risk.", "ministry"),
            ("Fourteen homes were damaged, the ministry said on Friday.", "ministry"),
            ("Fourteen homes were damaged, according to the ministry.", "the ministry")):
        assert source in grade_sentence(sentence).source
    assert attribute_sentences(()) == ()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(("we", "will", "not", "sign", "the", "deal", "we’re", "no")), max_size=12))
def test_identical_quotations_are_the_same_without_aligning(words):
    from rules.quotes import compare

    # A tuple is never == a list: the second call takes the general alignment.
    assert compare(words, list(words)) == compare(words, tuple(words))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(("Due", "to", "the", "storm", "caused", "by", "ALLEGED", "fraud", "accused",
                                 "İ", "ſ", "linked", "trial", "for", "corruption", "be", "held", ",")),
                max_size=12).map(" ".join))
def test_unsourced_prefilters_agree_with_the_regexes(text):
    from rules import unsourced as U

    causal = next((m for m in U._CAUSAL.finditer(text)), None)
    accuse = next((m for m in U._ACCUSE.finditer(text)), None)
    if causal is not None:
        assert U.may_contain(text, U.V.CAUSAL_PHRASES)
    if accuse is not None:
        assert U.may_contain(text, U.V.ACCUSATION_WORDS)

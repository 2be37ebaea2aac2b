"""The per-word search used on huge articles answers exactly as the one-pass scan of a normal one."""
from hypothesis import given, settings, strategies as st

from checker.extract import events

_ALPHABET = st.sampled_from(list("aZb ,;.’'-_9\u00e9\u00c9\n\t") + ["May", "Maya", "X" * 31, "X" * 33, "  ", "   "])


class _Facts:
    def __init__(self, text):
        self.article = type("A", (), {"text": text})()


@settings(max_examples=1000, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.sampled_from(["May", "Maya", "Z", "Zb", "X" * 31, "É"]))
def test_huge_article_search_equals_the_whole_scan(text, word):
    whole = events._capitalised_mid_sentence(_Facts(text), word)
    old = events._WHOLE_SCAN_CHARS
    events._WHOLE_SCAN_CHARS = -1  # force the per-word search
    try:
        searched = events._capitalised_mid_sentence(_Facts(text), word)
    finally:
        events._WHOLE_SCAN_CHARS = old
    assert whole == searched


@st.composite
def _lines_and_boilerplate(draw):
    text = draw(st.lists(st.sampled_from(["a", "5", "-", " ", "\n", "\r\n", "xy z", "\n\n"]), max_size=60).map("".join))
    cuts = sorted(set(draw(st.lists(st.integers(0, max(0, len(text))), max_size=20))))
    bp = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i] < cuts[i + 1]]
    return text, bp


@settings(max_examples=1000, deadline=None)
@given(_lines_and_boilerplate())
def test_one_pass_cut_equals_the_bisection_per_range(case):
    """Many boilerplate ranges take the one-pass cut; it must give the pieces the bisection gives."""
    from checker import sentences as S

    text, bp = case
    runs = S._line_runs(text)
    one_pass = S._cut_all(text, runs, bp)
    # the bisection path, forced: few ranges relative to lines
    padded = text + "\nw" * (8 * len(bp) + 1)
    assert [p for p in S._content_lines(padded, bp) if p[1] <= len(text)] == one_pass

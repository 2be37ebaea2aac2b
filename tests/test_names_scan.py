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

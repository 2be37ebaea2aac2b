"""A "matching view" of a text: invisible characters removed, with a map back to the original.

"May 2\u200b3, 2024" (a zero-width space pasted inside a date) defeats every pattern, yet
the reader sees a date. Extractors run their patterns on ``view.text`` and turn each match
back into an exact span of the original with ``view.span(start, end)``; ``view.hidden(start,
end)`` says whether the original span holds an invisible character (worth a "hidden
character" note). When the text has no invisible character the view is the text itself and
costs nothing.

Usage in an extractor::

    view = matching_view(sentence.text)
    for m in PATTERN.finditer(view.text):
        s, e = view.span(m.start(), m.end())      # offsets into sentence.text
        assert sentence.text[s:e]                  # the exact original characters
        note = "hidden character" if view.hidden(s, e) else None
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from attrs import frozen

from checker import lazyre

# Zero-width and formatting characters a reader does not see: soft hyphen, ZWSP/ZWNJ/ZWJ,
# LRM/RLM, word joiner, invisible operators, BOM, Arabic letter mark, bidi embeddings,
# overrides and isolates. (NBSP and other visible spaces stay: ``\s`` already matches them.)
INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE = lazyre.compile(f"[{INVISIBLE}]")


@frozen
class TextView:
    original: str
    text: str  # ``original`` without its invisible characters
    # Original offsets of the removed characters, ascending; empty when nothing was removed.
    removed: tuple[int, ...] = ()
    # removed[i] - i: where each removed character would sit in ``text`` (non-decreasing).
    shifted: tuple[int, ...] = ()

    def to_original(self, offset: int) -> int:
        """The original offset of ``text[offset]`` (or of the end, for offset == len(text))."""
        # Every removed character at or before that point shifts it right by one.
        return offset + bisect_right(self.shifted, offset)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) of ``text[start:end]``; a non-empty span stays tight."""
        if not self.removed:
            return start, end
        s = self.to_original(start)
        e = self.to_original(end - 1) + 1 if end > start else s
        return s, e

    def hidden(self, start: int, end: int) -> bool:
        """Does ``original[start:end]`` contain an invisible character?"""
        i = bisect_left(self.removed, start)
        return i < len(self.removed) and self.removed[i] < end


def matching_view(text: str) -> TextView:
    if not _INVISIBLE.search(text):
        return TextView(text, text)
    removed = tuple(m.start() for m in _INVISIBLE.finditer(text))
    return TextView(text, _INVISIBLE.sub("", text), removed, tuple(r - i for i, r in enumerate(removed)))

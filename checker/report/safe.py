"""Making article-derived text safe to show: no control, bidi or surrogate characters."""
from __future__ import annotations

import re

# C0/C1 controls (except tab), DEL, bidi overrides/isolates, zero-width and line/paragraph
# separators. They are shown as visible escapes such as ⟨U+202E⟩.
_UNSAFE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(m: re.Match) -> str:
    return f"⟨U+{ord(m.group(0)):04X}⟩"


def _surrogate(m: re.Match) -> str:
    o = ord(m.group(0))
    return f"\\x{o - 0xDC00:02x}" if 0xDC80 <= o <= 0xDCFF else "\ufffd"


def clean(text: str | None) -> str | None:
    """Valid Unicode for any writer: surrogate escapes become \\xNN, lone surrogates U+FFFD."""
    if text is None:
        return None
    return _SURROGATE.sub(_surrogate, text)


def visible(text: str | None, one_line: bool = True) -> str:
    """Text for a terminal or document: every unsafe character as a visible escape."""
    if text is None:
        return ""
    text = clean(text)
    if one_line:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return _UNSAFE.sub(_escape, text).replace("\t", " ")

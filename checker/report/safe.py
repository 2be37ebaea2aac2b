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
    if text.isascii():
        return text  # surrogates are never ASCII: most texts need no scan
    return _SURROGATE.sub(_surrogate, text)


def visible(text: str | None, one_line: bool = True) -> str:
    """Text for a terminal or document: every unsafe character as a visible escape."""
    if text is None:
        return ""
    text = clean(text)
    if one_line:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return no_commands(_UNSAFE.sub(_escape, text).replace("\t", " "))


# Lines of CI logs that start with "::" (after leading whitespace) are GitHub workflow
# commands. A colon followed by a colon gets a hair space after it, so no piece of article
# text, however the line is wrapped, can start such a line.
_DOUBLE_COLON = re.compile(":(?=:)")


def no_commands(text: str) -> str:
    return _DOUBLE_COLON.sub(":\u200a", text)


# Characters a JSON string may hold raw but a terminal showing the file would act on (C1
# controls such as CSI U+009B) or that reorder or hide text (bidi, zero-width, separators).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def json_text(serialized: str) -> str:
    """Serialized JSON (``ensure_ascii=False``) with those characters as ``\\uXXXX`` escapes.

    They can only occur inside JSON strings, so the document loads to exactly the same data.
    """
    if serialized.isascii() and "\x7f" not in serialized:
        return serialized  # all of them are DEL or beyond ASCII: nothing to scan for
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", serialized)

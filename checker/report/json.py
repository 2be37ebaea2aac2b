"""The JSON report contract, schema_version 1 (see README and schema.json).

Fields are only ever added, never renamed.
"""
from __future__ import annotations

import codecs
import io
import json
import os
import zlib
from json.encoder import encode_basestring as _string  # the C function when available
from typing import TextIO

from checker.model import Claim, Finding, Findings, Report
from checker.report.safe import clean, json_text

SCHEMA_VERSION = 1
SUMMARY_KINDS = ("agreement", "contradiction", "single_source", "unsourced", "superseded")


def claim_dict(c: Claim) -> dict:
    a = c.attribution
    return {
        "article": clean(c.article), "path": clean(c.path), "line": c.span.line,
        "column": c.span.column, "text": clean(c.text), "quote": clean(c.quote),
        "value": clean(c.value),
        "attribution": {"grade": a.grade, "source": clean(a.source), "cue": a.cue, "stance": a.stance},
    }


def finding_dict(f: Finding) -> dict:
    d = {
        "id": f.id, "kind": f.kind, "rule": f.rule, "code": f.code, "severity": f.severity,
        "topic": clean(f.topic), "message": clean(f.message), "note": clean(f.note),
        "claims": [claim_dict(c) for c in f.claims],
    }
    if f.diff is not None:
        d["diff"] = [{"op": op, "text": clean(t)} for op, t in f.diff]
    return d


def _header(report: Report) -> list[tuple[str, object]]:
    summary = {"articles": len(report.articles), "stories": len(report.stories)}
    for k in SUMMARY_KINDS:
        summary[k] = report.count(k)
    summary["errors"] = len(report.errors)
    return [
        ("schema_version", SCHEMA_VERSION),
        ("tool", {"name": "crosscheck", "version": report.version}),
        ("stories", [{"name": clean(s.name), "articles": [clean(a) for a in s.articles]} for s in report.stories]),
        ("articles", [
            {"id": clean(a.id), "path": clean(a.path), "story": clean(a.story), "outlet": clean(a.outlet),
             "published": a.published.isoformat() if a.published else None, "title": clean(a.title)}
            for a in report.articles
        ]),
        ("findings", None),  # streamed one by one: see write_report
        ("errors", [{"path": clean(e.path), "message": clean(e.message), "code": e.code} for e in report.errors]),
        ("summary", summary),
    ]


def report_dict(report: Report, findings: bool = True) -> dict:
    """The whole document as a dict; ``findings=False`` leaves the findings out (None)."""
    doc = dict(_header(report))
    if findings:
        doc["findings"] = [finding_dict(f) for f in report.findings]
    return doc


def _dump(value, pad: str) -> str:
    """``json.dumps(value, ensure_ascii=False, allow_nan=False, indent=2)``, every line after
    the first indented by PAD, unsafe characters escaped (see ``json_text``)."""
    try:
        parts: list[str] = []
        _encode(value, "\n" + pad, parts)
        text = "".join(parts)
    except _Unusual:
        # json's own encoder (pure Python when indenting: several times slower) for values
        # the fast path does not know, so that the output never differs.
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, indent=2).replace("\n", "\n" + pad)
    return json_text(text)


def finding_text(f: Finding) -> str:
    """One finding exactly as the report lists it (from its second line on, indented by 4):
    ``_dump(finding_dict(f), "    ")``, written out field by field (no dicts to build and
    walk); a value of an unexpected type takes the general path."""
    try:
        return _finding_text(f)
    except _Unusual:
        return _dump(finding_dict(f), "    ")


# The fast path applies ``json_text`` to each string value rather than to the whole
# finding: the same result (it replaces single characters, which can only occur inside
# strings), but only the few non-ASCII values are scanned, not the whole text.

def _str(v) -> str:
    """A string field (or None) as JSON; anything else is unusual."""
    if type(v) is str:
        return _string(v) if v.isascii() and "\x7f" not in v else json_text(_string(v))
    if v is None:
        return "null"
    raise _Unusual


def _cstr(v) -> str:
    """``_str(clean(v))`` in one call (the hot path of the report: most fields are text)."""
    if type(v) is str:
        if v.isascii():
            # ASCII JSON holds nothing json_text escapes but DEL, which _string keeps as is
            return _string(v) if "\x7f" not in v else json_text(_string(v))
        try:
            v.encode("utf-8")  # in C; fails only on a surrogate, the one thing clean() changes
        except UnicodeEncodeError:
            v = clean(v)
        return json_text(_string(v))
    if v is None:
        return "null"
    raise _Unusual


def _int(v) -> str:
    if type(v) is int:
        return int.__repr__(v)
    raise _Unusual


# Indentation of each level of a finding inside the report's findings list.
_F, _L, _C, _A = "\n      ", "\n        ", "\n          ", "\n            "


# One finding's fixed text around its fields, as %-templates: a whole claim is one
# formatting operation instead of some forty list items to append and join.
_HEAD = ('{' + _F + '"id": %s,' + _F + '"kind": %s,' + _F + '"rule": %s,' + _F + '"code": %s,' + _F
         + '"severity": %s,' + _F + '"topic": %s,' + _F + '"message": %s,' + _F + '"note": %s,' + _F + '"claims": ')
_CLAIM = ('{' + _C + '"article": %s,' + _C + '"path": %s,' + _C + '"line": %s,' + _C + '"column": %s,' + _C
          + '"text": %s,' + _C + '"quote": %s,' + _C + '"value": %s,' + _C + '"attribution": {' + _A
          + '"grade": %s,' + _A + '"source": %s,' + _A + '"cue": %s,' + _A + '"stance": %s' + _C + '}' + _L + '}')
_OP = '{' + _C + '"op": %s,' + _C + '"text": %s' + _L + '}'


def _finding_text(f: Finding) -> str:
    out = [_HEAD % (_str(f.id), _str(f.kind), _str(f.rule), _str(f.code), _str(f.severity), _cstr(f.topic),
                    _cstr(f.message), _cstr(f.note))]
    claims = f.claims
    if type(claims) is not tuple and type(claims) is not list:
        raise _Unusual
    if not claims:
        out.append("[]")
    else:
        sep = "[" + _L
        for c in claims:
            a, span = c.attribution, c.span
            out += (sep, _CLAIM % (_cstr(c.article), _cstr(c.path), _int(span.line), _int(span.column),
                                   _cstr(c.text), _cstr(c.quote), _cstr(c.value), _str(a.grade),
                                   _cstr(a.source), _str(a.cue), _str(a.stance)))
            sep = "," + _L
        out += (_F, "]")
    diff = f.diff
    if diff is not None:
        if type(diff) is not tuple and type(diff) is not list:
            raise _Unusual
        out += (',', _F, '"diff": ')
        if not diff:
            out.append("[]")
        else:
            sep = "[" + _L
            for op, t in diff:
                out += (sep, _OP % (_str(op), _cstr(t)))
                sep = "," + _L
            out += (_F, "]")
    out.append("\n    }")
    return "".join(out)


# Between two findings of the list (each finding's own lines are indented further).
_BETWEEN = ",\n    "


def pack(findings) -> bytes:
    """The findings as the report lists them, compressed (5,000 articles make tens of MB of
    JSON): the engine prepares them where a story is checked and keeps them in the cache."""
    text = _BETWEEN.join(map(finding_text, findings))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)




def _blocks(report: Report):
    """The findings list in blocks: each is ``str`` or UTF-8 ``bytes``, findings separated
    as in the report. A ``Findings`` part with prepared texts is one block (never unpickled
    or rendered again); anything else is rendered here, one finding per block."""
    findings = report.findings
    if not isinstance(findings, Findings):
        yield from map(finding_text, findings)
        return
    for part in findings.parts:
        if not part.briefs:
            continue
        if part.texts is not None:
            yield zlib.decompress(part.texts)
        else:
            yield from map(finding_text, part.findings)


def _write_findings(report: Report, stream: TextIO) -> None:
    raw = getattr(stream, "buffer", None)
    if raw is not None and (codecs.lookup(stream.encoding or "ascii").name != "utf-8" or os.linesep != "\n"):
        raw = None  # bytes only where they are what the stream would write
    first = True
    for block in _blocks(report):
        if type(block) is bytes:
            # A lone surrogate (UTF-8 0xED 0xA0-0xBF) must meet the stream's error handler as
            # text; 0xED also starts some Hangul, which the text path writes the same.
            if raw is None or b"\xed" in block:
                block = block.decode("utf-8", "surrogatepass")
            else:
                stream.flush()  # what the text layer holds goes first
                raw.write(b"    " if first else b",\n    ")
                raw.write(block)
                first = False
                continue
        stream.write(("    " if first else ",\n    ") + block)
        first = False
    stream.write("\n")


class _Unusual(Exception):
    pass


def _encode(value, nl: str, out: list[str]) -> None:
    """Append the indent=2 JSON of VALUE to OUT; NL is a newline and the current indentation."""
    t = type(value)
    if t is str:
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif t is int:
        out.append(int.__repr__(value))
    elif t is dict:
        if not value:
            out.append("{}")
            return
        inner = nl + "  "
        first = True
        for k, v in value.items():
            if type(k) is not str:
                raise _Unusual
            head = ("{" if first else ",") + inner + _string(k) + ": "
            first = False
            # Scalars inline (most values): one call fewer per value on the hot path.
            tv = type(v)
            if tv is str:
                out.append(head + _string(v))
            elif tv is int:
                out.append(head + int.__repr__(v))
            elif v is None:
                out.append(head + "null")
            else:
                out.append(head)
                _encode(v, inner, out)
        out.append(nl + "}")
    elif t is list or t is tuple:
        if not value:
            out.append("[]")
            return
        inner = nl + "  "
        first = True
        for v in value:
            out.append(("[" if first else ",") + inner)
            first = False
            _encode(v, inner, out)
        out.append(nl + "]")
    else:  # floats, subclasses, anything else
        raise _Unusual


def write_report(report: Report, stream: TextIO, extra: dict | None = None) -> None:
    """The document exactly as ``json.dumps(report_dict(report), indent=2)`` would print it,
    written finding by finding so that a large report is never held twice in memory."""
    items = _header(report) + list((extra or {}).items())
    last = len(items) - 1
    stream.write("{\n")
    for i, (key, value) in enumerate(items):
        sep = "," if i < last else ""
        name = json.dumps(key)
        if key == "findings":
            n = len(report.findings)
            if not n:
                stream.write(f"  {name}: []{sep}\n")
                continue
            stream.write(f"  {name}: [\n")
            _write_findings(report, stream)
            stream.write(f"  ]{sep}\n")
        else:
            stream.write(f"  {name}: {_dump(value, '  ')}{sep}\n")
    stream.write("}\n")


def dumps(report: Report) -> str:
    buf = io.StringIO()
    write_report(report, buf)
    return buf.getvalue()


def baseline_dict(outcome) -> dict:
    """The ``baseline`` field, present only when a baseline was applied (added in 0.1)."""
    return {"path": clean(outcome.path), "hidden": outcome.hidden,
            "stale": [{"id": e.id, "code": e.code, "kind": e.kind, "story": e.story, "topic": e.topic,
                       "articles": list(e.articles)} for e in outcome.stale]}


def render(report: Report, stream: TextIO, *, baseline=None, **_options) -> None:
    write_report(report, stream, {"baseline": baseline_dict(baseline)} if baseline is not None else None)

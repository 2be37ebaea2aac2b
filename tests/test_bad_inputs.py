"""Every case of ../shared/reference/bad-inputs.md (A1..H5), one parametrized test per case.

Each case also holds the general promise: no traceback, exit code per the contract (0/1 on
findings, 2 when a file was skipped), valid and injection-free output. Timing targets are
not asserted here (no timed assertions in tests): ``bench/adversarial.py`` measures them.
"""
from __future__ import annotations

import ast
import datetime as dt
import errno
import functools
import json
import os
import pathlib
import re
import shutil
import signal
import stat
import subprocess
import sys
import warnings

import pytest

import hostile as H
from checker.articles import article_from_text
from checker.engine import check_texts
from checker.facts import ArticleFacts
from checker.load import MAX_SIZE, LoadError, decode
from checker.model import Attribution, Claim, FileError, Finding, Report, Span, Story
from checker.report.safe import visible
from checker.sentences import MAX_SENTENCE

CASES: dict[str, callable] = {}
XFAIL: dict[str, str] = {}


def case(cid: str, xfail: str | None = None):
    def register(fn):
        CASES[cid] = fn
        if xfail:
            XFAIL[cid] = xfail
        return fn
    return register


# --- helpers ---------------------------------------------------------------------------

write_story = H.write_story


def cli_json(capsys, *args) -> tuple[int, dict, str]:
    code, out, err = H.run_main(["check", "--format", "json", *H.FAST, *args], capsys)
    assert "Traceback" not in err, err
    return code, H.check_json(out), err


def times_of(text: str, path: str = "story/a.txt"):
    """(line, column, quote, value) of every temporal expression, with exact spans checked."""
    a = article_from_text(text, path, "story")
    facts = ArticleFacts(a)
    out = []
    for sent, exprs in zip(facts.sentences, facts.times):
        assert text[sent.span.start:sent.span.end] == sent.text
        for x in exprs:
            start = sent.span.start + x.start_offset
            end = sent.span.start + x.end_offset
            assert text[start:end] == x.text
            sp = a.span(start, end)
            out.append((sp.line, sp.column, x.text, x.value()))
    return out


def pipeline(texts: dict[str, str]):
    """All findings of one story, every claim's span checked against its article."""
    findings = check_texts(texts)
    by_name = {os.path.splitext(k)[0]: v for k, v in texts.items()}
    lines = {k: article_from_text(v, k, "story").lines for k, v in by_name.items()}
    for f in findings:
        for c in f.claims:
            text = by_name[c.article]
            assert text[c.span.start:c.span.end] == c.quote, (f.code, c)
            assert (c.span.line, c.span.column) == lines[c.article].position(c.span.start)
    return findings


PARTNER = "Published 25 May 2024\n\nThe summit opened on May 23, 2024 in Oslo, officials said.\n"


def error_codes(report: dict) -> list[str]:
    return [e["code"] for e in report["errors"]]


def fake_report(text: str, path: str = "story/a.txt") -> Report:
    """A report whose every text field carries ``text`` (as quote, sentence, source, ...)."""
    claim = Claim(article=text, path=path, span=Span(0, len(text), 1, 1), quote=text, text=text,
                  value=text, attribution=Attribution("named_person", text, "said", "neutral"))
    finding = Finding(kind="contradiction", rule="event-dates", code="DT101", severity="error", topic=text,
                      message=text, claims=(claim, claim), id="0123456789abcdef", note=text,
                      diff=(("equal", text), ("delete", text), ("insert", text)))
    from checker.model import Article

    art = Article(id=text, path=path, story=text, text=text, outlet=text, published=dt.date(2024, 5, 23),
                  title=text, boilerplate=(), lines=None)
    return Report((art,), (Story(text, (text,)),), (finding,), (FileError(path, text, "io-error"),), "0.0")


def all_formats_clean(report: Report, color: bool = False) -> list[str]:
    problems = []
    for fmt in H.formats():
        out = H.render(report, fmt, color=color)
        out.encode("utf-8")  # strict: no lone surrogate reached the writer
        problems += H.output_problems(out, fmt, color=color)
    return problems


# --- A. bytes, encodings, structure ----------------------------------------------------

@case("A1")
def a1(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"empty.txt": b"", "b.txt": PARTNER})
    code, rep, _ = cli_json(capsys, d)
    assert code in (0, 1) and rep["errors"] == []
    assert "empty" in [a["id"] for a in rep["articles"]]
    assert not [c for f in rep["findings"] for c in f["claims"] if c["article"] == "empty"]


@case("A2")
def a2(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"blank.txt": b"\n\n  \t\n", "b.txt": PARTNER})
    code, rep, _ = cli_json(capsys, d)
    assert code in (0, 1) and rep["errors"] == []
    assert not [c for f in rep["findings"] for c in f["claims"] if c["article"] == "blank"]


@case("A3")
def a3(tmp_path, capsys, monkeypatch):
    body = "May 23, 2024 the summit opened in Oslo, officials said.\n"
    assert decode(b"\xef\xbb\xbf" + body.encode()) == body
    assert times_of(body)[0][:3] == (1, 1, "May 23, 2024")
    d = write_story(tmp_path, {"a.txt": b"\xef\xbb\xbf" + body.encode(), "b.txt": PARTNER})
    code, rep, _ = cli_json(capsys, d)
    assert rep["errors"] == []
    for f in rep["findings"]:
        for c in f["claims"]:
            if c["article"] == "a" and c["quote"].startswith("May 23"):
                assert (c["line"], c["column"]) == (1, 1)


@case("A4")
def a4(tmp_path, capsys, monkeypatch):
    text = 'He said "x" on May 23, 2024'
    assert decode(text.encode("utf-16")) == text
    d = write_story(tmp_path, {"a.txt": text.encode("utf-16"), "b.txt": PARTNER})
    code, rep, _ = cli_json(capsys, d)
    assert rep["errors"] == [] and len(rep["articles"]) == 2


@case("A5")
def a5(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"a.txt": 'He said "x" on May 23, 2024'.encode("utf-16-le"), "b.txt": PARTNER})
    code, rep, _ = cli_json(capsys, d)
    assert code == 2 and error_codes(rep) == ["binary"] and len(rep["articles"]) == 1


@case("A6")
def a6(tmp_path, capsys, monkeypatch):
    data = "He said “go” – café".encode("cp1252")
    d = write_story(tmp_path, {"a.txt": data, "b.txt": PARTNER})
    code, rep, _ = cli_json(capsys, d)
    assert code == 2 and error_codes(rep) == ["decode-error"]
    assert "offset 8" in rep["errors"][0]["message"] and "0x93" in rep["errors"][0]["message"]
    code, rep, _ = cli_json(capsys, "--encoding", "cp1252", d)
    assert rep["errors"] == [] and len(rep["articles"]) == 2
    assert decode(data, "cp1252") == "He said “go” – café"
    from checker.extract.quotes import extract_quotes
    from checker.sentences import split_sentences

    # A bare "He" has no antecedent, so the quotes extractor wants a named speaker here.
    text = decode("Ann Lee said “go” – café.".encode("cp1252"), "cp1252")
    quotes = extract_quotes(split_sentences(article_from_text(text, "s/a.txt", "s")))
    assert [q.text for q in quotes] == ["go"]


@case("A7")
def a7(tmp_path, capsys, monkeypatch):
    line = "The council met again and the vote was close, officials said.\n"
    lines = [line] * (1_000_000 // len(line))
    mid = len(lines) // 2
    lines[mid] = "Café crème " + "\xe9" + " after the vote.\n"  # placeholder, replaced below
    data = b"".join(l.encode("utf-8") for l in lines)
    bad_at = data.index("\xe9 after".encode("utf-8"))
    data = data[:bad_at] + b"\xe9" + data[bad_at + 2:]
    with pytest.raises(LoadError) as exc:
        decode(data)
    msg = exc.value.message
    assert exc.value.code == "decode-error"
    assert f"offset {bad_at}" in msg and f"line {mid + 1}," in msg and "column 12" in msg, msg


@case("A8")
def a8(tmp_path, capsys, monkeypatch):
    for data in (b"\xc0\xaf", b"\xed\xa0\x80", b"ok \xc0\xaf ok", b"x\xed\xa0\x80y"):
        with pytest.raises(LoadError) as exc:
            decode(data)
        assert exc.value.code == "decode-error"


@case("A9")
def a9(tmp_path, capsys, monkeypatch):
    with pytest.raises(LoadError) as exc:
        decode(b"May 23\x00\x00 2024")
    assert exc.value.code == "binary"


@case("A10")
def a10(tmp_path, capsys, monkeypatch):
    blob = b"\x89PNG\r\n\x1a\n" + os.urandom(4096)
    d = write_story(tmp_path, {"img.txt": blob, "b.txt": PARTNER})
    code, rep, _ = cli_json(capsys, d)
    assert code == 2 and error_codes(rep) == ["binary"]


@case("A11")
def a11(tmp_path, capsys, monkeypatch):
    with pytest.raises(LoadError) as exc:
        decode(b"caf\xc3")
    assert exc.value.code == "decode-error" and "offset 3" in exc.value.message


@case("A12")
def a12(tmp_path, capsys, monkeypatch):
    lf = tmp_path / "lf" / "seeds"
    crlf = tmp_path / "crlf" / "seeds"
    lf.mkdir(parents=True)
    crlf.mkdir(parents=True)
    for p in sorted(H.ROOT.joinpath("seeds").glob("*.txt")):
        data = p.read_bytes().replace(b"\r\n", b"\n")
        (lf / p.name).write_bytes(data)
        (crlf / p.name).write_bytes(data.replace(b"\n", b"\r\n"))

    def comparable(rep):
        out = []
        for f in rep["findings"]:
            claims = [(c["article"], c["line"], c["column"], c["quote"].replace("\r\n", "\n"), c["value"])
                      for c in f["claims"]]
            out.append((f["id"], f["kind"], f["code"], claims))
        return out

    _, a, _ = cli_json(capsys, lf)
    _, b, _ = cli_json(capsys, crlf)
    assert a["findings"] and comparable(a) == comparable(b)


@case("A13")
def a13(tmp_path, capsys, monkeypatch):
    # (a date alone on a line near the top is read as the publication date, so go on after it)
    text = decode(b"line1\rline2\rMay 23, 2024 the summit opened in Oslo.")
    assert ("May 23, 2024" in [t[2] for t in times_of(text)])
    assert [t[:3] for t in times_of(text) if t[2] == "May 23, 2024"] == [(3, 1, "May 23, 2024")]


@case("A14")
def a14(tmp_path, capsys, monkeypatch):
    text = "a\x0bb\x0cc\x85d\u2028e\nMay 23, 2024 the summit opened in Oslo."
    assert [t[:3] for t in times_of(text) if t[2] == "May 23, 2024"] == [(2, 1, "May 23, 2024")]


@case("A15")
def a15(tmp_path, capsys, monkeypatch):
    text = ("Published 25 May 2024\n\nThe council met on Monday in the capital after a long and difficult "
            "week of talks.\nThe summit opened on May 23, 2024 in Oslo, officials said")
    assert any(t[2] == "May 23, 2024" for t in times_of(text))
    findings = pipeline({"a.txt": text, "b.txt": PARTNER})
    assert any(c.article == "a" and c.quote.startswith("May 23") for f in findings for c in f.claims)


@case("A16")
def a16(tmp_path, capsys, monkeypatch):
    # 0.5 MB here (bench/adversarial.py times the 1 and 2 MiB versions; --size 5 for 5 MiB)
    text = "word " * 100_000
    findings = pipeline({"a.txt": text, "b.txt": PARTNER})
    sents = ArticleFacts(article_from_text(text, "s/a.txt", "s")).sentences
    assert max(len(s.text) for s in sents) <= MAX_SENTENCE
    assert all(len(c.quote) <= MAX_SENTENCE for f in findings for c in f.claims)


@case("A17")
def a17(tmp_path, capsys, monkeypatch):
    d = tmp_path / "story"
    d.mkdir()
    with open(d / "big.txt", "wb") as fh:
        fh.truncate(MAX_SIZE + 1)  # sparse: cheap to make, expensive to read
    (d / "b.txt").write_text(PARTNER)
    import checker.load as load

    opened = []
    real = load._open_fd
    monkeypatch.setattr(load, "_open_fd", lambda p: opened.append(p) or real(p))
    code, rep, _ = cli_json(capsys, d)
    assert code == 2 and error_codes(rep) == ["too-large"]
    assert not [p for p in opened if p.endswith("big.txt")]  # never opened, let alone read


# --- B. filesystem ---------------------------------------------------------------------

@case("B1")
def b1(tmp_path, capsys, monkeypatch):
    missing = tmp_path / "no" / "such.txt"
    code, rep, _ = cli_json(capsys, missing)
    assert code == 2 and rep["errors"][0]["path"] == str(missing)
    assert "no such file" in rep["errors"][0]["message"]
    code, out, err = H.run_main(["check", *H.FAST, missing], capsys)
    assert code == 2 and str(missing) in out + err


@case("B2")
def b2(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"a.txt": PARTNER, "notes.json": "{}", "pic.png": b"\x89PNG\r\n\x1a\n"})
    (d / "dir.txt").mkdir()  # a directory with an article's name
    (d / "dir.txt" / "inner.md").write_text(PARTNER)
    (d / "sub" / "deeper").mkdir(parents=True)
    (d / "sub" / "deeper" / "c.TXT").write_text(PARTNER)
    (d / ".hidden.txt").write_text(PARTNER)
    code, rep, _ = cli_json(capsys, d)
    assert rep["errors"] == []
    assert sorted(os.path.basename(a["path"]) for a in rep["articles"]) == ["a.txt", "c.TXT", "inner.md"]


@case("B3")
def b3(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"locked.txt": PARTNER, "b.txt": PARTNER})
    import checker.load as load

    real = load._open_fd

    def deny(path):
        if path.endswith("locked.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(load, "_open_fd", deny)
    code, rep, _ = cli_json(capsys, d)
    assert code == 2 and [e["message"] for e in rep["errors"]] == ["io-error: Permission denied"]
    assert [a["id"] for a in rep["articles"]] == ["b"]
    monkeypatch.setattr(load, "_open_fd", real)
    if os.geteuid() != 0:  # root ignores permissions
        (d / "locked.txt").chmod(0)
        try:
            code, rep, _ = cli_json(capsys, d)
            assert code == 2 and [e["message"] for e in rep["errors"]] == ["io-error: Permission denied"]
        finally:
            (d / "locked.txt").chmod(0o644)


@case("B4")
def b4(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"b.txt": PARTNER})
    (d / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    code, rep, _ = cli_json(capsys, d)
    assert code == 2 and error_codes(rep) == ["symlink"] and [a["id"] for a in rep["articles"]] == ["b"]
    code, rep, _ = cli_json(capsys, d / "dangling.txt")
    assert code == 2 and "dangling" in rep["errors"][0]["message"]


@case("B5")
def b5(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"b.txt": PARTNER})
    (d / "passwd.txt").symlink_to("/etc/passwd")
    code, out, _ = H.run_main(["check", "--format", "json", *H.FAST, d], capsys)
    rep = json.loads(out)
    assert code == 2 and error_codes(rep) == ["symlink"]
    assert "root:" not in out and [a["id"] for a in rep["articles"]] == ["b"]


@case("B6")
def b6(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"b.txt": PARTNER})
    (d / "a.txt").symlink_to(d / "c.txt")
    (d / "c.txt").symlink_to(d / "a.txt")
    (d / "sub").mkdir()
    (d / "sub" / "up").symlink_to("..")
    (d / "sub" / "self").symlink_to(".")
    code, rep, _ = cli_json(capsys, d)
    assert code == 2 and set(error_codes(rep)) == {"symlink"} and [a["id"] for a in rep["articles"]] == ["b"]
    code, rep, _ = cli_json(capsys, d / "a.txt")
    assert code == 2 and "loop" in rep["errors"][0]["message"]


@case("B7")
def b7(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"b.txt": PARTNER})
    os.mkfifo(d / "x.txt")
    # In a subprocess with a timeout: a FIFO that were opened would block forever.
    for target in (d, d / "x.txt"):
        proc = H.run_cli(["check", "--format", "json", *H.FAST, target], timeout=60)
        assert proc.returncode == 2 and b"Traceback" not in proc.stderr
        assert error_codes(json.loads(proc.stdout)) == ["not-a-regular-file"]


@case("B8")
def b8(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"b.txt": PARTNER})
    (d / "zero.txt").symlink_to("/dev/zero")
    code, rep, _ = cli_json(capsys, d)
    assert code == 2 and error_codes(rep) == ["symlink"]
    code, rep, _ = cli_json(capsys, d / "zero.txt")
    assert code == 2 and error_codes(rep) == ["not-a-regular-file"]


@case("B9")
def b9(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"gone.txt": PARTNER, "b.txt": PARTNER})
    import checker.engine as engine

    real = engine.discover

    def discover_then_delete(*a, **k):
        result = real(*a, **k)
        (d / "gone.txt").unlink()
        return result

    monkeypatch.setattr(engine, "discover", discover_then_delete)
    code, rep, _ = cli_json(capsys, d)
    assert code == 2 and error_codes(rep) == ["io-error"] and [a["id"] for a in rep["articles"]] == ["b"]


@case("B10")
def b10(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"b.txt": PARTNER})
    bad = os.path.join(os.fsencode(d), b"bad\xffname.txt")
    with open(bad, "wb") as fh:
        fh.write(PARTNER.replace("25 May", "26 May").encode())
    env = {"PYTHONIOENCODING": "utf-8:strict"}
    problems = []
    for fmt in H.formats():
        proc = H.run_cli(["check", "--format", fmt, *H.FAST, d], env_extra=env)
        out = proc.stdout.decode("utf-8")  # strict: raises on anything but UTF-8
        assert b"Traceback" not in proc.stderr and proc.returncode in (0, 1), (fmt, proc.stderr[-2000:])
        problems += H.output_problems(out, fmt)
        if fmt == "terminal":
            assert "bad\\xffname" in out
    assert problems == []


B11_NAMES = ["esc\x1b[31mred.txt", "a\nb.txt", "::error::pwn.txt", "tab\there\r.txt", "bidi\u202eevil.txt"]


@case("B11")
def b11(tmp_path, capsys, monkeypatch):
    files = {name: PARTNER.replace("25 May", f"2{i} May") for i, name in enumerate(B11_NAMES)}
    d = write_story(tmp_path, files)
    problems = []
    for fmt in H.formats():
        code, out, err = H.run_main(["check", "--format", fmt, "--verbose", *H.FAST, d], capsys)
        assert code in (0, 1) and "Traceback" not in err
        problems += H.output_problems(out, fmt) + [f"stderr: {p}" for p in H.output_problems(err, "terminal")]
    assert problems == []


@case("B12")
def b12(tmp_path, capsys, monkeypatch):
    for k in range(50):
        d = tmp_path / "stories" / f"s{k:02d}"
        d.mkdir(parents=True)
        for i in range(100):
            (d / f"{i:03d}.txt").write_text(f"Published {1 + i % 28} May 2024\n\nThe vote was held on May {1 + k % 28}.\n")
    import resource

    args = ["check", "--format", "json", "--no-cache", "--no-progress", tmp_path / "stories"]
    plain = H.run_cli(args)
    rev = H.run_cli(args, prelude=H.REVERSED_LISTING)
    assert plain.returncode in (0, 1) and b"Traceback" not in plain.stderr + rev.stderr
    assert json.loads(plain.stdout)["summary"]["articles"] == 5000
    assert plain.stdout == rev.stdout
    maxrss_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert maxrss_kib < 1024 * 1024  # < 1 GiB for 5,000 files


# --- C. Unicode ------------------------------------------------------------------------

@case("C1")
def c1(tmp_path, capsys, monkeypatch):
    pub = "Published 25 May 2024\n\n"
    for odd, plain in (("May\u00a023,\u00a02024", "May 23, 2024"), ("23\u202fMay 2024", "23 May 2024")):
        got = [t[3] for t in times_of(pub + f"The vote was on {odd}.")]
        want = [t[3] for t in times_of(pub + f"The vote was on {plain}.")]
        assert got == want and "2024-05-23" in got


@case("C2")
def c2(tmp_path, capsys, monkeypatch):
    pub = "Published 25 May 2024\n\n"
    texts = {"a.txt": pub + "The vote was on May 2\u200b3, 2024. About 3\u200d400 jobs went.\n",
             "b.txt": pub + "The vote was on May 23, 2024. About 3,400 jobs went.\n"}
    findings = pipeline(texts)  # no crash; every span exact in the original (checked)
    for f in findings:
        for c in f.claims:
            assert c.quote in texts[c.article + ".txt"]
    got = times_of(texts["a.txt"])
    assert any(t[3] == "2024-05-23" and "\u200b" in t[2] for t in got), got


@case("C3")
def c3(tmp_path, capsys, monkeypatch):
    for bad in ("\u202e", "\u2066"):
        rep = fake_report(f"He said “abc{bad}def” on Monday")
        assert all_formats_clean(rep) == []
        term = H.render(rep, "terminal")
        assert f"⟨U+{ord(bad):04X}⟩" in term and bad not in term
        if "html" in H.formats():
            html = H.render(rep, "html")
            assert bad not in html and f"U+{ord(bad):04X}" in html


@case("C4")
def c4(tmp_path, capsys, monkeypatch):
    pub = "Published 25 May 2024\n\n"
    text = pub + "It began on ２０２４年５月２３日 and ٢٠٢٤-05-23. Output rose 10². About ½ of staff left.\n"
    got = times_of(text)
    # Policy: only ASCII digits are numbers; other scripts' digits are left alone.
    assert not [t for t in got if "２" in t[2] or "٢" in t[2]], got
    pipeline({"a.txt": text, "b.txt": PARTNER + "Output rose 10². About ½ of staff left.\n"})


@case("C5")
def c5(tmp_path, capsys, monkeypatch):
    text = "Published 25 May 2024\n\nThe ﬁnance … ½ summit opened on May 23, 2024 in ﬁve cities.\n"
    findings = pipeline({"a.txt": text, "b.txt": PARTNER})
    assert findings


@case("C6")
def c6(tmp_path, capsys, monkeypatch):
    line = "👩‍👩‍👧 said “x” as the summit opened on May 23, 2024 in Oslo."
    d = write_story(tmp_path, {"a.txt": "Published 25 May 2024\n\n" + line + "\n", "b.txt": PARTNER})
    _, rep, _ = cli_json(capsys, d)
    col = line.index("May 23") + 1  # code points
    seen = [c for f in rep["findings"] for c in f["claims"] if c["article"] == "a" and c["quote"].startswith("May 23")]
    assert seen and all(c["column"] == col for c in seen)
    if "sarif" in H.formats():
        code, out, _ = H.run_main(["check", "--format", "sarif", *H.FAST, d], capsys)
        sarif = json.loads(out)
        run = sarif["runs"][0]
        kind = run.get("columnKind", "utf16CodeUnits")
        want = col if kind == "unicodeCodePoints" else len(line[:col - 1].encode("utf-16-le")) // 2 + 1
        cols = {loc["physicalLocation"]["region"]["startColumn"] for r in run["results"]
                for loc in r.get("locations", []) if "a.txt" in loc["physicalLocation"]["artifactLocation"]["uri"]
                and loc["physicalLocation"]["region"].get("startLine") == 3}
        json_cols = {c["column"] for f in rep["findings"] for c in f["claims"] if c["article"] == "a" and c["line"] == 3}
        to_kind = {c: c if kind == "unicodeCodePoints" else len(line[:c - 1].encode("utf-16-le")) // 2 + 1
                   for c in json_cols}
        # SARIF leaves agreements out, so compare what it has with the JSON positions.
        assert cols and cols <= set(to_kind.values()), (kind, cols, to_kind)


@case("C7")
def c7(tmp_path, capsys, monkeypatch):
    text = b"caf\xe9 \xff\xfe quote".decode("utf-8", "surrogateescape")
    assert all_formats_clean(fake_report(text, "story/" + text + ".txt")) == []


@case("C8")
def c8(tmp_path, capsys, monkeypatch):
    styles = "He said “one.” She said ‘two.’ They said «three.» Er sagte „vier.“ "
    body = "“" + (styles + "The summit opened on May 23, 2024. ") * 1200  # ~120 KB, unmatched “ first
    text = "Published 25 May 2024\n\n" + body
    a = article_from_text(text, "s/a.txt", "s")
    facts = ArticleFacts(a)
    assert max(len(s.text) for s in facts.sentences) <= MAX_SENTENCE
    from checker.extract.quotes import extract_quotes

    quotes = extract_quotes(facts.sentences)
    assert quotes and max(q.end - q.start for q in quotes) <= MAX_SENTENCE * 2
    findings = pipeline({"a.txt": text, "b.txt": PARTNER})
    assert all(len(c.quote) <= MAX_SENTENCE for f in findings for c in f.claims)


@case("C9")
def c9(tmp_path, capsys, monkeypatch):
    pub = "Published 10 June 2024\n\n"
    got = times_of(pub + "The visit ran May 23–28, 2024. Talks ran May 23—June 2. "
                         "In the 2019–20 season it rained. See pages 10‑12.\n")
    values = [t[3] for t in got]
    assert "2024-05-23/2024-05-28" in values and "2024-05-23/2024-06-02" in values, values
    assert not [v for v in values if "2028" in v or v.startswith("2020-")]
    assert not [t for t in got if "10‑12" in t[2]]


# --- D. dates --------------------------------------------------------------------------

@case("D1")
def d1(tmp_path, capsys, monkeypatch):
    this_year = str(dt.date.today().year)
    for text in ("The visit ran May 23-28.", "The visit ran May 23–28."):
        values = [t[3] for t in times_of(text)]
        assert values == ["--05-23/--05-28"], values
        assert not [v for v in values if "2028" in v or this_year in v]


def _fake_today_runs(tmp_path, texts: dict) -> list[bytes]:
    d = write_story(tmp_path, texts)
    outs = []
    for today in ("2031-01-31", "2030-12-31", "2024-03-31"):
        proc = H.run_cli(["check", "--format", "json", *H.FAST, d], env_extra={"CROSSCHECK_FAKE_TODAY": today},
                         prelude=H.FAKE_TODAY)
        assert proc.returncode in (0, 1) and b"Traceback" not in proc.stderr, proc.stderr[-2000:]
        outs.append(proc.stdout)
    return outs


@case("D2")
def d2(tmp_path, capsys, monkeypatch):
    assert times_of("") == []
    assert [t[3] for t in times_of("The vote is on Tuesday.")] == ["Tuesday (unresolved: no publication date)"]
    outs = _fake_today_runs(tmp_path, {"a.txt": "", "b.txt": "The vote is on Tuesday.\n",
                                       "c.txt": "The vote was on Tuesday, officials said.\n"})
    assert outs[0] == outs[1] == outs[2]
    assert "2031" not in outs[0].decode() and "2030" not in outs[0].decode()


@case("D3")
def d3(tmp_path, capsys, monkeypatch):
    # Policy: an impossible calendar date yields no date at all (never a guessed neighbour);
    # it is not a file error, the file is checked as usual.
    pub = "Published 25 March 2024\n\n"
    for bad in ("30 Feb 2024", "2023-02-29", "Feb 30", "February 30, 2024"):
        got = times_of(pub + f"The vote was held on {bad}.")
        assert not [t for t in got if t[2] in bad or bad in t[2]], got
    outs = _fake_today_runs(tmp_path, {"a.txt": pub + "The vote was held on 30 Feb 2024.\n",
                                       "b.txt": pub + "The vote was held on 2023-02-29 and on Feb 30.\n"})
    assert outs[0] == outs[1] == outs[2]


@case("D4")
def d4(tmp_path, capsys, monkeypatch):
    text = "Published 25 May 2024\n\nThe vote was on January 1st, 9999999999.\n"
    assert not [t for t in times_of(text) if "9999" in t[3]]
    pipeline({"a.txt": text, "b.txt": PARTNER})


@case("D5")
def d5(tmp_path, capsys, monkeypatch):
    for text in ("33333333333333\x003", "9" * 70 + ":" + "9" * 29 + "\n9"):
        times_of(text)
        pipeline({"a.txt": text, "b.txt": PARTNER})


@case("D6")
def d6(tmp_path, capsys, monkeypatch):
    import dateutil.parser

    seen = []
    real = dateutil.parser.parse
    monkeypatch.setattr(dateutil.parser, "parse", lambda s, *a, **k: seen.append(len(s)) or real(s, *a, **k))
    text = "9" * 1_000_000
    pipeline({"a.txt": text, "b.txt": PARTNER})
    assert all(n <= 200 for n in seen), max(seen)


@case("D7")
def d7(tmp_path, capsys, monkeypatch):
    got = [t[3] for t in times_of("Published 25 May 2024\n\nThe vote was on May 17,2019.")]
    assert "2019-05-17" in got and not [v for v in got if v.startswith("2024-05-17")]


@case("D8")
def d8(tmp_path, capsys, monkeypatch):
    pub = "Published 25 May 2024\n\n"
    for text in ("File 2024_07_19 was sent.", "Score 27.08 today.", "Code 1A2B.", "Run lbl2vec at 7 pm."):
        got = [t for t in times_of(pub + text) if t[2] not in ("today",)]
        assert got == [], (text, got)


@case("D9")
def d9(tmp_path, capsys, monkeypatch):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for text in ("It starts at 10:00 XYZ.", "It starts at 10:00 +99999.", "It starts at EST."):
            times_of("Published 25 May 2024\n\n" + text)
            pipeline({"a.txt": "Published 25 May 2024\n\n" + text, "b.txt": PARTNER})


@case("D10")
def d10(tmp_path, capsys, monkeypatch):
    for text in ("On 0000-01-01 it began.", "At 24:00 it ended.", "At 12:60 it ended."):
        got = times_of("Published 25 May 2024\n\n" + text)
        assert not [t for t in got if "0000" in t[3]]
        pipeline({"a.txt": "Published 25 May 2024\n\n" + text, "b.txt": PARTNER})


# --- E. numbers ------------------------------------------------------------------------

NUM_PUB = "Published 25 May 2024\n\n"


def _numbers_story(*sentences: str) -> list:
    texts = {"a.txt": NUM_PUB + " ".join(sentences) + "\n",
             "b.txt": NUM_PUB + " ".join(reversed(sentences)) + "\n"}
    first = pipeline(texts)
    assert pipeline(texts) == first  # deterministic
    return first


@case("E1")
def e1(tmp_path, capsys, monkeypatch):
    _numbers_story("Sales were 1,234,567.89 euros.", "Sales were 1.234.567,89 euros.",
                   "The strike cost 3,400 jobs.", "The strike cost 3.400 jobs.")


@case("E2")
def e2(tmp_path, capsys, monkeypatch):
    _numbers_story("It cost " + "1" * 5000 + " euros.")
    pipeline({"a.txt": NUM_PUB + "It cost " + "1," * 100_000 + " euros.\n", "b.txt": PARTNER})


@case("E3")
def e3(tmp_path, capsys, monkeypatch):
    text = NUM_PUB + "Losses were 1e999 euros, NaN people, Infinity votes and -0 seats, officials said.\n"
    d = write_story(tmp_path, {"a.txt": text, "b.txt": text.replace("said", "say")})
    for fmt in ("json", "sarif", "json-lines"):
        if fmt in H.formats():
            code, out, err = H.run_main(["check", "--format", fmt, *H.FAST, d], capsys)
            H.check_json(out, fmt)
            assert "NaN" not in out.replace('NaN people', '') and "Infinity" not in out.replace("Infinity votes", "")


@case("E4")
def e4(tmp_path, capsys, monkeypatch):
    _numbers_story("Output fell −5 % in May.", "Output fell -5% in May.", "About ¾ of staff left.")


# --- F. regex / difflib adversarial ----------------------------------------------------

def _all_patterns():
    sys.path.insert(0, str(H.ROOT / "bench"))
    try:
        import adversarial
    finally:
        sys.path.pop(0)
    return adversarial.all_patterns()


@case("F1")
def f1(tmp_path, capsys, monkeypatch):
    pipeline({"a.txt": '"a" ' * 4000, "b.txt": PARTNER + '"a" ' * 4000})


def _nested_unbounded(pattern: re.Pattern) -> list[str]:
    """Unbounded repeats inside unbounded repeats (star height > 1): catastrophic backtracking."""
    try:
        from re import _parser as sre_parse, _constants as C
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_parse
        import sre_constants as C
    found = []

    def walk(items, depth):
        for op, av in items:
            if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
                lo, hi, sub = av
                unbounded = hi == C.MAXREPEAT or hi > 1000
                if unbounded and depth:
                    found.append(str(sub)[:60])
                walk(sub, depth + (1 if unbounded else 0))
            elif op in (C.SUBPATTERN,):
                walk(av[-1], depth)
            elif op == C.BRANCH:
                for alt in av[1]:
                    walk(alt, depth)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                walk(av[1], depth)
            elif op == getattr(C, "ATOMIC_GROUP", None):
                walk(av, depth)
            elif op == C.GROUPREF_EXISTS:
                for alt in av[1:]:
                    if alt:
                        walk(alt, depth)

    walk(sre_parse.parse(pattern.pattern, pattern.flags), 0)
    return found


@case("F2")
def f2(tmp_path, capsys, monkeypatch):
    patterns = _all_patterns()
    assert len(patterns) > 20
    nested = {name: bad for name, rx in patterns if (bad := _nested_unbounded(rx))}
    assert nested == {}, nested
    # Every pattern survives the classic baits (timed on 1 MiB by bench/adversarial.py --patterns).
    for name, rx in patterns:
        for bait in ("a" * 30 + "!", "1" * 30 + "x", "1 " * 5000 + "x"):
            for _ in rx.finditer(bait):
                pass


@case("F3")
def f3(tmp_path, capsys, monkeypatch):
    text = "“" + "a" * 200_000
    findings = pipeline({"a.txt": text, "b.txt": PARTNER})
    sents = ArticleFacts(article_from_text(text, "s/a.txt", "s")).sentences
    assert max(len(s.text) for s in sents) <= MAX_SENTENCE


@case("F4")
def f4(tmp_path, capsys, monkeypatch):
    pipeline({"a.txt": NUM_PUB + "Ann Lee said: “" + "ab" * 4000 + "”\n",
              "b.txt": NUM_PUB + "Ann Lee said: “" + "ba" * 4000 + "”\n"})


@functools.lru_cache(maxsize=1)
def _trees():
    return [(path.relative_to(H.ROOT), ast.parse(path.read_text(encoding="utf-8")))
            for base in ("checker", "rules") for path in sorted((H.ROOT / base).rglob("*.py"))]


def _calls(name: str):
    """Every call to a function or class called ``name`` in checker/ and rules/ (file, ast.Call)."""
    for path, tree in _trees():
        if True:
            for node in ast.walk(tree):
                if isinstance(node, ast.Call):
                    f = node.func
                    called = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
                    if called == name:
                        yield path, node


@case("F5")
def f5(tmp_path, capsys, monkeypatch):
    import difflib

    a, b = ["a"] * 300, ["b"] + ["a"] * 300
    assert difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() > 0.99
    missing = [f"{p}:{n.lineno}" for p, n in _calls("SequenceMatcher")
               if not any(k.arg == "autojunk" and isinstance(k.value, ast.Constant) and k.value.value is False
                          for k in n.keywords)]
    assert missing == [], f"SequenceMatcher without autojunk=False: {missing}"


@case("F6")
def f6(tmp_path, capsys, monkeypatch):
    # No quadratic line differ (gh-119105) anywhere: word lists with SequenceMatcher only.
    used = [f"{p}:{n.lineno}" for name in ("Differ", "ndiff", "unified_diff", "context_diff", "HtmlDiff")
            for p, n in _calls(name)]
    assert used == []


# --- G. output injection ---------------------------------------------------------------

G_PAYLOADS = {
    "G1": ["[bold red]x[/]", "[link=https://evil.example]official[/link]", "[/]", "[/bold]", "C:\\", "\\[x]"],
    "G2": [":warning: :thumbs_up:"],
    "G3": ["\x1b[2J\x1b[H", "\x1b]0;pwned\x07", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "\x1b]52;c;cHduZWQ=\x07",
           "\x9b31m", "\x07", "ok\rFAKE", "ab\x08\x08"],
    "G4": ["::error file=a,line=1::pwned", "::add-mask::x", "::stop-commands::t"],
    "G5": ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</script><script>alert(1)</script>",
           "javascript:alert(1)", "\u2028"],
}


def _payload_story(tmp_path, payload: str, k: int) -> pathlib.Path:
    safe_name = payload.replace("/", "_").replace("\x00", "_")[:100]
    a = (f"{payload} headline of the day\nPublished 3 March 2024\n\n"
         f"The summit opened on March 1 in Oslo {payload}, according to {payload}.\n"
         f"{payload}\n“{payload} is what we said,” said {payload} on March 1.\n")
    b = "Published 4 March 2024\n\nThe summit opened on March 2 in Oslo, officials said.\n"
    return write_story(tmp_path / f"p{k}", {f"{safe_name}.txt": a, "b.txt": b})


def _injection_case(cid, tmp_path, capsys, monkeypatch):
    problems = []
    for k, payload in enumerate(G_PAYLOADS[cid]):
        d = _payload_story(tmp_path, payload, k)
        for fmt in H.formats():
            for color in ((False, True) if fmt in ("terminal", "concise") else (False,)):
                if color:
                    monkeypatch.setenv("FORCE_COLOR", "1")
                else:
                    monkeypatch.delenv("FORCE_COLOR", raising=False)
                code, out, err = H.run_main(["check", "--format", fmt, "--verbose", *H.FAST, d], capsys)
                assert code in (0, 1, 2) and "Traceback" not in err, (fmt, err[-2000:])
                problems += [f"{p} [payload {payload!r}]" for p in H.output_problems(out, fmt, color)]
                if fmt == "terminal" and cid in ("G1", "G2") and not color:
                    _, wide, _ = H.run_main(["check", "--verbose", "--width", "1000", *H.FAST, d], capsys)
                    assert payload in wide, (payload, "not shown literally")
                if fmt == "terminal" and cid == "G1":
                    assert "\x1b]8;" not in out  # no OSC 8 hyperlink
        problems += [f"direct {p}" for p in all_formats_clean(fake_report(payload))]
    assert problems == []


for _cid in ("G1", "G2", "G3", "G4"):
    case(_cid)(lambda tmp_path, capsys, monkeypatch, _c=_cid: _injection_case(_c, tmp_path, capsys, monkeypatch))


@case("G5")
def g5(tmp_path, capsys, monkeypatch):
    if "html" not in H.formats():
        pytest.skip("no html format")
    _injection_case("G5", tmp_path, capsys, monkeypatch)
    from html.parser import HTMLParser

    for payload in G_PAYLOADS["G5"]:
        html = H.render(fake_report(payload), "html")
        tags = []

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                tags.append((tag, attrs))

        P().feed(html)
        assert not [t for t in tags if t[0] == "img" or any(k.startswith("on") for k, _ in t[1])]
        assert not [t for t in tags if any(v and v.strip().lower().startswith("javascript:") for _, v in t[1])]
        assert "\u2028" not in html


@case("G6")
def g6(tmp_path, capsys, monkeypatch):
    if "csv" not in H.formats():
        pytest.skip("no csv format: nothing to inject into")
    import csv
    import io

    for payload in ('=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", " =1", 'a\n"b"'):
        rows = list(csv.reader(io.StringIO(H.render(fake_report(payload), "csv"))))
        for row in rows[1:]:
            for cell in row:
                assert not cell.lstrip()[:1] in ("=", "+", "-", "@") or cell.startswith("'"), cell


@case("G7")
def g7(tmp_path, capsys, monkeypatch):
    for payload in ("nul\x00byte", "line\u2028sep", "lone\ud800surrogate", "esc\udcffaped"):
        rep = fake_report(payload)
        assert all_formats_clean(rep) == []
        assert json.loads(H.render(rep, "json"))["findings"][0]["message"]
        if "sarif" in H.formats():
            sarif = json.loads(H.render(rep, "sarif"))
            for r in sarif["runs"][0]["results"]:
                for loc in r.get("locations", []):
                    region = loc["physicalLocation"].get("region", {})
                    assert region.get("startColumn", 1) >= 1 and region.get("startLine", 1) >= 1


# --- H. --output -----------------------------------------------------------------------

def _no_temp_files(directory: pathlib.Path) -> bool:
    return not [p for p in os.listdir(directory) if p.startswith(".crosscheck-")]


@case("H1")
def h1(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"a.txt": PARTNER})
    victim = tmp_path / "victim"
    victim.write_text("keep")
    link = tmp_path / "report.json"
    link.symlink_to(victim)
    code, _, err = H.run_main(["check", *H.FAST, "--output", link, d], capsys)
    assert code == 2 and victim.read_text() == "keep" and "symbolic link" in err
    code, _, _ = H.run_main(["check", *H.FAST, "--format", "json", "--output", link, "--force", d], capsys)
    assert victim.read_text() == "keep" and not link.is_symlink() and json.loads(link.read_text())


@case("H2")
def h2(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"a.txt": PARTNER, "b.txt": PARTNER})
    for name in ("report.txt", "report.md"):
        target = d / name
        H.run_main(["check", *H.FAST, "--output", target, d], capsys)
        code, out, _ = H.run_main(["check", *H.FAST, "--format", "json", "--output", target, d], capsys)
        assert len(json.loads(target.read_text())["articles"]) == 2
        target.unlink()


@case("H3")
def h3(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"a.txt": PARTNER, "b.txt": PARTNER})
    before = (d / "a.txt").read_bytes()
    for args in (["--output", d / "a.txt", d], ["--output", d / "a.txt", d / "a.txt"]):
        code, _, err = H.run_main(["check", *H.FAST, *args], capsys)
        assert code == 2 and "input" in err
    assert (d / "a.txt").read_bytes() == before


@case("H4")
def h4(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"a.txt": PARTNER})
    code, _, err = H.run_main(["check", *H.FAST, "--output", tmp_path / "nodir" / "r.json", d], capsys)
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    import tempfile

    import checker.output as output

    real_mkstemp = tempfile.mkstemp

    def read_only(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied", str(out_dir))

    monkeypatch.setattr(output.tempfile, "mkstemp", read_only)
    code, _, err = H.run_main(["check", *H.FAST, "--output", out_dir / "r.json", d], capsys)
    assert code == 2 and "Permission denied" in err and os.listdir(out_dir) == []
    monkeypatch.setattr(output.tempfile, "mkstemp", real_mkstemp)

    def full_disk(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "write", full_disk)
    code, _, err = H.run_main(["check", *H.FAST, "--output", out_dir / "r.json", d], capsys)
    monkeypatch.undo()
    assert code == 2 and "No space left" in err and "Traceback" not in err
    assert os.listdir(out_dir) == []  # no partial report, no temp file


@case("H5")
def h5(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"a.txt": PARTNER})
    import checker.output as output

    def no_temp(*a, **k):
        raise AssertionError("a temp file was made for stdout")

    monkeypatch.setattr(output.tempfile, "mkstemp", no_temp)
    monkeypatch.chdir(tmp_path)
    code, out, err = H.run_main(["check", "--format", "json", *H.FAST, "--output", "-", d], capsys)
    assert code in (0, 1) and json.loads(out)["schema_version"] == 1
    assert not (tmp_path / "-").exists() and _no_temp_files(tmp_path)


# --- the parametrized test -------------------------------------------------------------

def _params():
    ids = sorted(CASES, key=lambda c: (c[0], int(c[1:])))
    return [pytest.param(c, id=c, marks=[pytest.mark.xfail(strict=False, reason=XFAIL[c])] if c in XFAIL else [])
            for c in ids]


@pytest.mark.parametrize("cid", _params())
def test_bad_input(cid, tmp_path, capsys, monkeypatch):
    CASES[cid](tmp_path, capsys, monkeypatch)


def test_every_case_of_the_reference_is_covered():
    ref = pathlib.Path(H.ROOT).parent / "shared" / "reference" / "bad-inputs.md"
    if not ref.exists():
        pytest.skip("reference not present")
    ids = set(re.findall(r"^\| ([A-H][0-9]{1,2}) \|", ref.read_text(encoding="utf-8"), re.M))
    assert ids and ids == set(CASES)


# --- run completeness, interruption, closed pipe ---------------------------------------

def test_k_bad_files_of_n_give_k_errors(tmp_path, capsys):
    good = {f"g{i}.txt": PARTNER.replace("25 May", f"{10 + i} May") for i in range(7)}
    bad = {"bin.txt": b"\x00\x01\x02", "cp.txt": "“x”".encode("cp1252"), "png.txt": b"\x89PNG\r\n\x1a\n",
           "trunc.txt": b"caf\xc3", "u16.txt": "abc".encode("utf-16-le")}
    d = write_story(tmp_path, {**good, **bad})
    (d / "link.txt").symlink_to(d / "g0.txt")
    code, rep, _ = cli_json(capsys, d)
    assert code == 2
    assert sorted(os.path.basename(e["path"]) for e in rep["errors"]) == sorted([*bad, "link.txt"])
    assert sorted(a["id"] for a in rep["articles"]) == sorted(os.path.splitext(g)[0] for g in good)
    assert rep["summary"]["errors"] == len(bad) + 1
    # In worker processes too (several stories).
    d2 = write_story(tmp_path, {**good, **bad}, name="second")
    code, out, err = H.run_main(["check", "--format", "json", "--jobs", "2", "--no-cache", "--no-progress", d, d2],
                                capsys)
    rep = json.loads(out)
    assert code == 2 and len(rep["errors"]) == 2 * len(bad) + 1 and len(rep["articles"]) == 14


def test_ctrl_c_exits_130_and_leaves_no_partial_file(tmp_path, capsys, monkeypatch):
    d = write_story(tmp_path, {"a.txt": PARTNER, "b.txt": PARTNER})
    import checker.report as report

    real = report.get_reporter

    def interrupted(fmt):
        render = real(fmt)

        def half_then_interrupt(rep, stream, **k):
            stream.write('{"partial": ')
            raise KeyboardInterrupt

        return half_then_interrupt

    monkeypatch.setattr(report, "get_reporter", interrupted)
    target = tmp_path / "out.json"
    code, out, err = H.run_main(["check", "--format", "json", *H.FAST, "--output", target, d], capsys)
    assert code == 130 and not target.exists() and _no_temp_files(tmp_path) and "Traceback" not in err


def test_sigint_in_a_real_process(tmp_path):
    # Sentences with a weekday, a figure and a source keep every stage busy for seconds; plain
    # filler words were read in under a second, so the signal could land during interpreter
    # shutdown (handlers already reset: killed by SIGINT, -2) instead of during the check.
    body = "".join(f"On Monday about {1000 + j} people marched in Oslo, police said. " + ("\n\n" if j % 5 == 0 else "")
                   for j in range(3000))
    d = write_story(tmp_path, {f"a{i}.txt": PARTNER + body for i in range(4)})
    target = tmp_path / "out.json"
    proc = subprocess.Popen([sys.executable, "-m", "checker", "check", "--format", "json", "--no-cache",
                             "--no-progress", "--output", str(target), str(d)], cwd=H.ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    import time

    # Signal once the child has spent some CPU time (imports take ~0.3 s of it), not after a
    # fixed wall-clock delay: on a loaded machine the child may still be starting up then.
    stat = pathlib.Path(f"/proc/{proc.pid}/stat")
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK") >= 0.8:
                break
        except (OSError, IndexError, ValueError):
            if not stat.parent.exists():
                time.sleep(1.0)  # no /proc: fall back to a delay
                break
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    if proc.returncode in (0, 1, 2, -signal.SIGINT) and target.exists():
        pytest.skip("finished before the signal arrived")
    assert proc.returncode == 130, err[-2000:]
    assert not target.exists() and _no_temp_files(tmp_path) and b"Traceback" not in err


def test_closed_pipe_ends_quietly(tmp_path):
    d = write_story(tmp_path, {f"a{i}.txt": PARTNER for i in range(3)})
    for fmt in ("json", "terminal"):
        proc = subprocess.Popen([sys.executable, "-m", "checker", "check", "--format", fmt, "--no-cache",
                                 "--no-progress", str(d)], cwd=H.ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        proc.stdout.close()  # the reader is gone before the first byte
        err = proc.stderr.read()
        proc.wait(timeout=120)
        assert err == b"", err[-2000:]
        assert proc.returncode in (0, 1)


def test_report_streamed_to_a_file_appears_whole_or_not_at_all(tmp_path):
    """write_atomic streams into its temp file: the same bytes as rendering in memory, and a
    reporter failing half-way (after writing more than a buffer) leaves nothing behind."""
    from checker.output import write_atomic

    text = "“é\u2028\ud800 " * 40_000  # non-ASCII, a lone surrogate (backslash-escaped), > 64 KiB
    target = tmp_path / "r.txt"
    write_atomic(str(target), lambda stream: stream.write(text))
    assert target.read_bytes() == text.encode("utf-8", "backslashreplace")

    def failing(stream):
        stream.write("x" * 200_000)
        raise RuntimeError("reporter failed")

    with pytest.raises(RuntimeError):
        write_atomic(str(tmp_path / "r2.txt"), failing)
    assert sorted(os.listdir(tmp_path)) == ["r.txt"]


# --- density caps (issue 7): bounded work on input no article holds --------------------

def test_a_sentence_packed_with_dates_yields_no_times_and_no_figures():
    from checker.facts import MAX_SENTENCE_TIMES

    pub = "Published 25 May 2024\n\n"
    listing = ", ".join(f"May {1 + i % 28}" for i in range(MAX_SENTENCE_TIMES + 1))
    text = pub + f"Hearings were held on {listing} and 40 people came.\nThe vote was on May 23, 2024.\n"
    facts = ArticleFacts(article_from_text(text, "story/a.txt", "story"))
    assert [len(t) for t in facts.times] == [0, 1]
    assert facts.figures[0] == ()  # its day numbers are not read as figures either
    assert facts.capped == frozenset({0})
    # At the cap itself, and in a real timeline sentence, every date is kept.
    at_cap = ", ".join(f"May {1 + i % 28}" for i in range(MAX_SENTENCE_TIMES))
    got = times_of(pub + f"Hearings were held on {at_cap}.\n")
    assert len(got) == MAX_SENTENCE_TIMES
    timeline = "The strike began on 3 March, was suspended on 10 March, resumed on 17 March and ended on 2 April."
    assert [v for *_, v in times_of(pub + timeline + "\n")] == ["2024-03-03", "2024-03-10", "2024-03-17", "2024-04-02"]


def test_an_article_stops_reading_dates_after_the_article_cap():
    from checker.facts import MAX_ARTICLE_TIMES

    pub = "Published 25 May 2024\n\n"
    body = "".join(f"The court sat on May {1 + i % 28}, 2024 and 12 people came.\n" for i in range(MAX_ARTICLE_TIMES + 5))
    text = pub + body
    facts = ArticleFacts(article_from_text(text, "story/a.txt", "story"))
    assert sum(map(len, facts.times)) == MAX_ARTICLE_TIMES
    assert [len(t) for t in facts.times[-5:]] == [0] * 5 and all(f == () for f in facts.figures[-5:])
    assert facts.figures[0] and len(facts.capped) == 5
    times_of(text)  # every span kept is exact
    pipeline({"a.txt": pub + body[:20_000], "b.txt": PARTNER})


def test_an_article_stops_reading_figures_after_the_article_cap():
    from checker.facts import MAX_ARTICLE_FIGURES

    body = "".join(f"About {100 + i} jobs went and {i % 9 + 2} plants closed.\n" for i in range(MAX_ARTICLE_FIGURES // 2 + 5))
    facts = ArticleFacts(article_from_text("Published 25 May 2024\n\n" + body, "story/a.txt", "story"))
    assert sum(map(len, facts.figures)) == MAX_ARTICLE_FIGURES
    assert [len(f) for f in facts.figures[-5:]] == [0] * 5 and len(facts.figures[0]) == 2


def test_an_article_is_checked_on_its_first_sentences_only():
    from checker.sentences import MAX_SENTENCES, split_sentences

    for sep in ("\n", " ", "\r\n"):
        text = "Published 25 May 2024\n\n" + sep.join(f"Item {i} was sold." for i in range(MAX_SENTENCES + 50))
        sents = split_sentences(article_from_text(text, "story/a.txt", "story"))
        assert len(sents) == MAX_SENTENCES
        assert all(text[s.span.start:s.span.end] == s.text and len(s.text) <= MAX_SENTENCE for s in sents)
        assert [s.index for s in sents] == list(range(MAX_SENTENCES))
    # A block cut by the cap still caps its sentences' length.
    long = "Published 25 May 2024\n\n" + "x " * 5000 + ". " + " ".join(["Ann left."] * (MAX_SENTENCES + 5))
    sents = split_sentences(article_from_text(long, "story/a.txt", "story"))
    assert len(sents) == MAX_SENTENCES and max(len(s.text) for s in sents) <= MAX_SENTENCE


def test_the_density_caps_are_far_above_every_real_article():
    """The caps change nothing on real text: each is 10x the most any sample article holds."""
    from checker.facts import MAX_ARTICLE_FIGURES, MAX_ARTICLE_TIMES, MAX_SENTENCE_TIMES
    from checker.load import discover
    from checker.sentences import MAX_SENTENCES

    root = pathlib.Path(H.ROOT)
    dirs = [root / "seeds", root / "eval" / "stories", root / "tests" / "data",
            *(root / "eval" / h for h in ("holdout", "holdout2", "holdout3", "holdout4"))]  # never holdout5
    sources, _ = discover([str(d) for d in dirs if d.is_dir()])
    assert len(sources) > 20
    most = [0, 0, 0, 0]
    for src in sources:
        text = decode(pathlib.Path(src.path).read_bytes())
        facts = ArticleFacts(article_from_text(text, src.path, src.story))
        assert not facts.capped
        most = [max(most[0], max(map(len, facts.times), default=0)), max(most[1], sum(map(len, facts.times))),
                max(most[2], len(facts.sentences)), max(most[3], sum(map(len, facts.figures)))]
    caps = (MAX_SENTENCE_TIMES, MAX_ARTICLE_TIMES, MAX_SENTENCES, MAX_ARTICLE_FIGURES)
    assert all(m * 10 <= cap for m, cap in zip(most, caps)), most


def test_an_article_cut_short_by_a_cap_is_reported_and_the_rest_checked(tmp_path, capsys):
    """Nothing is skipped silently: a capped article is a `partial` error (exit 2) naming
    the line where the unread part starts; its other sentences and the other files are checked."""
    from checker.facts import MAX_SENTENCE_TIMES
    from checker.sentences import MAX_SENTENCES

    listing = ", ".join(f"May {1 + i % 28}" for i in range(MAX_SENTENCE_TIMES + 1))
    dense = "Published 25 May 2024\n\nThe summit opened on May 22, 2024 in Oslo.\nHearings were held on " + listing + ".\n"
    long = "Published 25 May 2024\n\n" + "\n".join(f"Item {i} was sold." for i in range(MAX_SENTENCES + 3))
    d = write_story(tmp_path, {"dense.txt": dense, "long.txt": long, "ok.txt": PARTNER})
    code, rep, _ = cli_json(capsys, d)
    assert code == 2 and sorted(a["id"] for a in rep["articles"]) == ["dense", "long", "ok"]
    errs = {os.path.basename(e["path"]): e for e in rep["errors"]}
    assert set(errs) == {"dense.txt", "long.txt"} and {e["code"] for e in errs.values()} == {"partial"}
    assert "1 sentence from line 4" in errs["dense.txt"]["message"]
    assert f"first {MAX_SENTENCES:,} sentences" in errs["long.txt"]["message"]
    # The dense article's other sentence still meets its partner: 22 vs 23 May.
    assert any(f["kind"] == "contradiction" and {c["path"].rsplit("/", 1)[-1] for c in f["claims"]} == {"dense.txt", "ok.txt"}
               for f in rep["findings"])
    # Served from the cache, the same errors come back.
    cache = tmp_path / "cache"
    for _ in range(2):
        code, out, _ = H.run_main(["check", "--format", "json", "--no-progress", "--cache-dir", cache, d], capsys)
        assert code == 2 and json.loads(out)["errors"] == rep["errors"]


@pytest.mark.parametrize("data", [b"\xff\xfe\xff\xfe\xff\xfe", b"\xef\xbb\xbf\xef\xbb\xbfNews.", b"\xfe\xff\xfe\xff\x00A"])
def test_a_repeated_bom_is_not_text(data):
    """Found by the random fuzz profile: the codec drops one BOM, the loader the rest."""
    assert not decode(data).startswith("\ufeff")

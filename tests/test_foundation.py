"""Loading, metadata, boilerplate and sentence spans."""
import datetime as dt
import os

import pytest

from checker.articles import article_from_text
from checker.engine import Options, run
from checker.facts import ArticleFacts
from checker.load import LoadError, decode, discover
from checker.model import LineIndex
from checker.sentences import split_sentences


def _article(text, name="a.txt"):
    return article_from_text(text, name, "story")


# --- loading ---------------------------------------------------------------------------

def test_utf8_bom_is_stripped():
    assert decode(b"\xef\xbb\xbfMay 23, 2024") == "May 23, 2024"


@pytest.mark.parametrize("data,code", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
    (b"May 23\x00\x00 2024", "binary"),
    (b"caf\xc3", "decode-error"),
    (b"\xc0\xaf", "decode-error"),
    ("He said “go” – café".encode("cp1252"), "decode-error"),
])
def test_bad_bytes_are_classified(data, code):
    with pytest.raises(LoadError) as exc:
        decode(data)
    assert exc.value.code == code


def test_decode_error_names_offset():
    with pytest.raises(LoadError) as exc:
        decode("He said “go”".encode("cp1252"))
    assert "offset 8" in exc.value.message and "0x93" in exc.value.message


def test_cp1252_with_explicit_encoding():
    assert decode("He said “go” – café".encode("cp1252"), "cp1252") == "He said “go” – café"


def test_utf16_with_bom_is_decoded():
    assert decode('He said "x" on May 23, 2024'.encode("utf-16")) == 'He said "x" on May 23, 2024'


def test_directory_walk_finds_txt_and_md_only(tmp_path):
    story = tmp_path / "story"
    (story / "sub").mkdir(parents=True)
    (story / "a.txt").write_text("x")
    (story / "b.md").write_text("x")
    (story / "c.json").write_text("x")
    (story / "sub" / "d.txt").write_text("x")
    sources, errors = discover([str(story)])
    assert sorted(os.path.basename(s.path) for s in sources) == ["a.txt", "b.md", "d.txt"]
    assert {s.story for s in sources} == {"story", "sub"}
    assert errors == []


def test_missing_path_is_an_error(tmp_path):
    sources, errors = discover([str(tmp_path / "nope")])
    assert sources == [] and errors[0].path.endswith("nope")


def test_binary_file_in_story_is_reported_and_others_checked(tmp_path, seeds_dir):
    story = tmp_path / "seeds"
    story.mkdir()
    for f in seeds_dir.iterdir():
        (story / f.name).write_bytes(f.read_bytes())
    (story / "blob.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    report = run([str(story)])
    assert len(report.articles) == 5
    assert [os.path.basename(e.path) for e in report.errors] == ["blob.txt"]
    assert "binary" in report.errors[0].message


# --- line numbering -------------------------------------------------------------------

@pytest.mark.parametrize("text,offset,expected", [
    ("ab\ncd", 3, (2, 1)),
    ("ab\r\ncd", 4, (2, 1)),
    ("line1\rline2\rMay", 12, (3, 1)),
    ("a\x0bb\x0cc\x85d\u2028e\nMay", 10, (2, 1)),
    ("abc", 2, (1, 3)),
])
def test_line_index(text, offset, expected):
    assert LineIndex.of(text).position(offset) == expected


# --- metadata -------------------------------------------------------------------------

@pytest.mark.parametrize("text,published", [
    (" date 2022-01-31 Brussels, MINA – The office said so.\n", dt.date(2022, 1, 31)),
    ("Headline here for the story\n\nJane Roe   | 23.05.2022\n\nBody text follows here.", dt.date(2022, 5, 23)),
    ("Headline of the day is here\nPublished 3 June 2023\n\nBody.", dt.date(2023, 6, 3)),
    ("Headline of the day is here\n\nJune 4, 2023\n\nBody text.", dt.date(2023, 6, 4)),
    ("Headline of the day is here\n\nMonday, June 5, 2023 10:42 GMT\n\nBody text.", dt.date(2023, 6, 5)),
    ("Published: 2024-03-14\n\nBody text.", dt.date(2024, 3, 14)),
    ("No date anywhere in this text.\n\nOn Monday it happened.", None),
    ("Headline for the story today\nPublished 30 February 2023\n\nBody.", None),
])
def test_publication_date(text, published):
    assert _article(text).published == published


def test_outlet_from_agency_trailer_and_dateline():
    a = _article(" date 2022-01-31 Brussels, NWA – The agency said so.\n\nNorthern Wire Agency (NWA)")
    assert a.outlet == "Northern Wire Agency (NWA)"


def test_outlet_from_subscription_trailer():
    text = ("Title of a story in here\n\nBody sentence one.\n\nKestrel Agency website contains only a portion "
            "of the news stories offered to subscribers in the KA System. Please contact us for subscription options.")
    assert _article(text).outlet == "Kestrel Agency"


def test_outlet_and_title_from_pipe_header():
    a = _article("Floods cut off three villages in the north | Valley Daily News\n\nBody text.")
    assert a.title == "Floods cut off three villages in the north"
    assert a.outlet == "Valley Daily News"


def test_boilerplate_is_not_in_sentences():
    text = ("Advertisement\nGet more with myPaper\nStorm hits the coast overnight\n\nThe storm hit on Monday.\n\n"
            "01:41\n\nCaption of a video\n\nCaption of a video\n\nComments are closed.\n")
    a = _article(text)
    sentences = [s.text for s in split_sentences(a)]
    assert sentences == ["The storm hit on Monday."]
    assert a.title == "Storm hits the coast overnight"


# --- sentences ------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Ms. Roe met Dr. Smith. They talked.", ["Ms. Roe met Dr. Smith.", "They talked."]),
    ("The U.S. envoy left. J. K. Rowling wrote.", ["The U.S. envoy left.", "J. K. Rowling wrote."]),
    ("“We left. It was late,” he said. Then silence.", ["“We left. It was late,” he said.", "Then silence."]),
    ("It rose 3.5 per cent. Prices fell.", ["It rose 3.5 per cent.", "Prices fell."]),
    ("a hard-wrapped line that goes\non in lower case. Next one.", ["a hard-wrapped line that goes\non in lower case.", "Next one."]),
    ("First line\nSecond line.", ["First line", "Second line."]),
    ("He asked: why? Nobody knew!", ["He asked: why?", "Nobody knew!"]),
])
def test_sentence_splitting(text, expected):
    assert [s.text for s in split_sentences(_article(text))] == expected


def test_every_sentence_span_is_exact(seeds_dir):
    for path in sorted(seeds_dir.iterdir()):
        text = path.read_text(encoding="utf-8")
        a = article_from_text(text, str(path), "seeds")
        for s in ArticleFacts(a).sentences:
            assert text[s.span.start:s.span.end] == s.text
            line, col = a.lines.position(s.span.start)
            assert (line, col) == (s.span.line, s.span.column)
            assert text.splitlines()[line - 1][col - 1:].startswith(s.text.split("\n")[0][:20])


def test_claim_spans_are_exact_in_seeds(seeds_dir):
    report = run([str(seeds_dir)])
    texts = {a.id: a.text for a in report.articles}
    assert report.findings
    for f in report.findings:
        for c in f.claims:
            assert texts[c.article][c.span.start:c.span.end] == c.quote
            assert c.quote in c.text


def test_options_select_and_ignore(seeds_dir):
    assert run([str(seeds_dir)], Options(select=("NOPE",))).findings == ()
    assert all(f.code != "DT101" for f in run([str(seeds_dir)], Options(ignore=("DT101",))).findings)


@pytest.mark.parametrize("text, date, dateline", [
    ("KREMNÁ, 3 July 2023 (SNA) – More than 300 people fell ill.", "2023-07-03", "KREMNÁ, 3 July 2023 (SNA) – "),
    ("Title of the story\n\nOSLO, March 3, 2024 - The talks failed.", "2024-03-03", "OSLO, March 3, 2024 - "),
    ("New York, 4 June 2024 — The vote was delayed.", "2024-06-04", "New York, 4 June 2024 — "),
])
def test_wire_dateline_dates_the_article_and_is_boilerplate(text, date, dateline):
    from checker.metadata import read_metadata

    meta = read_metadata(text)
    assert meta.published.isoformat() == date
    assert any(text[s:e] == dateline for s, e in meta.boilerplate)


@pytest.mark.parametrize("text", [
    "BRODEC, March 6 (CPA) - Teachers will strike.",  # no year: nothing is guessed
    "He said, 4 June 2024 - the date was wrong.",  # not a place name
])
def test_not_a_dated_wire_dateline(text):
    from checker.metadata import read_metadata

    assert read_metadata(text).published is None

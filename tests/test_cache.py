"""The on-disk cache: per-article extraction and per-story findings, hits and misses."""
import os
import pickle

import pytest

import checker.facts
from checker.cache import Cache, code_fingerprint, digest
from checker.engine import Options, run
from checker.report.json import dumps

A = "Published 3 March 2024\n\nThe summit opened on March 1 in Oslo, officials said.\n"
B = "Published 4 March 2024\n\nThe summit opened on March 2 in Oslo, the ministry said.\n"
C = "Published 5 March 2024\n\nThe summit in Oslo opened on March 1, according to the hosts.\n"


def _story(root, name="summit", texts=(A, B, C)):
    d = root / name
    d.mkdir(parents=True)
    for i, t in enumerate(texts):
        (d / f"{i:02d}_outlet.txt").write_text(t, encoding="utf-8")
    return d


@pytest.fixture
def extractions(monkeypatch):
    """Counts sentence splits: one per article whose extraction was not restored."""
    calls = []
    real = checker.facts.split_sentences

    def counting(article):
        calls.append(article.id)
        return real(article)

    monkeypatch.setattr(checker.facts, "split_sentences", counting)
    return calls


def _run(paths, cache_dir, **kw):
    return run([str(p) for p in paths], Options(jobs=1, cache_dir=str(cache_dir) if cache_dir else None, **kw))


def test_put_get_roundtrip_and_miss(tmp_path):
    c = Cache(str(tmp_path / "c"), salt="x" * 64)
    c.prepare()
    assert c.get("article", "ab" * 32) is None and c.misses == 1
    assert c.put("article", "ab" * 32, {"k": (1, "v")})
    assert c.get("article", "ab" * 32) == {"k": (1, "v")} and c.hits == 1


def test_corrupt_entry_is_a_miss_and_is_removed(tmp_path):
    c = Cache(str(tmp_path / "c"), salt="x" * 64)
    c.prepare()
    key = "cd" * 32
    c.put("story", key, [1, 2])
    path = c._path("story", key)
    with open(path, "wb") as fh:
        fh.write(b"\x80\x05not a pickle")
    assert c.get("story", key) is None
    assert not os.path.exists(path)


def test_unpicklable_value_is_not_stored(tmp_path):
    c = Cache(str(tmp_path / "c"), salt="x" * 64)
    c.prepare()
    assert c.put("article", "ef" * 32, lambda: 1) is False
    assert c.get("article", "ef" * 32) is None


def test_cache_directory_is_ignored_by_git_and_tagged(tmp_path):
    root = tmp_path / "c"
    Cache(str(root), salt="x" * 64).prepare()
    assert (root / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (root / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")


def test_other_code_versions_are_pruned(tmp_path):
    root = str(tmp_path / "c")
    old = Cache(root, salt="a" * 64)
    old.prepare()
    old.put("article", "00" * 32, 1)
    new = Cache(root, salt="b" * 64)
    new.prepare()
    assert not os.path.exists(old.base) and os.path.isdir(new.base)


def test_unwritable_cache_is_disabled_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    c = Cache(str(blocker / "c"), salt="x" * 64)
    c.prepare()
    assert not c.enabled and c.get("story", "00" * 32) is None and not c.put("story", "00" * 32, 1)


def test_code_fingerprint_and_digest_are_stable():
    assert code_fingerprint() == code_fingerprint() and len(code_fingerprint()) == 64
    assert digest("a", "bc") == digest("a", "bc") != digest("ab", "c")


def test_unchanged_story_is_a_hit_and_reextracts_nothing(tmp_path, extractions):
    story = _story(tmp_path / "in")
    cache = tmp_path / "cache"
    cold = _run([story], cache)
    assert len(extractions) == 3
    extractions.clear()
    warm = _run([story], cache)
    assert extractions == []  # the story's findings came from the cache
    assert dumps(warm) == dumps(cold) == dumps(_run([story], None))


def test_one_edit_reextracts_only_that_article(tmp_path, extractions):
    story = _story(tmp_path / "in")
    cache = tmp_path / "cache"
    _run([story], cache)
    extractions.clear()
    (story / "01_outlet.txt").write_text(B.replace("March 2 ", "March 3 "), encoding="utf-8")
    edited = _run([story], cache)
    assert extractions == ["01_outlet"]
    assert dumps(edited) == dumps(_run([story], None))
    assert any("March 3" in c.quote for f in edited.findings for c in f.claims)


def test_other_story_unaffected_by_an_edit(tmp_path, extractions):
    one = _story(tmp_path / "in", "one")
    two = _story(tmp_path / "in", "two", (A, C))
    cache = tmp_path / "cache"
    _run([tmp_path / "in"], cache)
    extractions.clear()
    (two / "01_outlet.txt").write_text(C + "\nA second paragraph.\n", encoding="utf-8")
    _run([tmp_path / "in"], cache)
    assert extractions == ["01_outlet"] and one.exists()


def test_configuration_is_part_of_the_key(tmp_path, extractions):
    story = _story(tmp_path / "in")
    cache = tmp_path / "cache"
    _run([story], cache)
    extractions.clear()
    # Other rules: the story's findings are recomputed, but articles' extraction is reused.
    other = _run([story], cache, select=("NOPE",))
    assert other.findings == () and extractions == []
    # Another encoding may decode differently: everything is extracted again.
    _run([story], cache, encoding="cp1252")
    assert sorted(extractions) == ["00_outlet", "01_outlet", "02_outlet"]


def test_path_as_given_is_part_of_the_key(tmp_path, extractions, monkeypatch):
    story = _story(tmp_path / "in")
    cache = tmp_path / "cache"
    first = _run([story], cache)
    extractions.clear()
    monkeypatch.chdir(tmp_path)
    relative = _run(["in/summit"], cache)
    assert len(extractions) == 3  # claims carry the path as given: not reused across spellings
    assert all(c.path.startswith("in/summit/") for f in relative.findings for c in f.claims)
    assert len(relative.findings) == len(first.findings)


def test_cached_extraction_is_what_rules_consume(tmp_path):
    story = _story(tmp_path / "in")
    cache = Cache(str(tmp_path / "cache"))
    _run([story], tmp_path / "cache")
    entries = []
    for directory, _, files in os.walk(os.path.join(cache.base, "article")):
        for name in files:
            with open(os.path.join(directory, name), "rb") as fh:
                entries.append(pickle.load(fh))
    assert len(entries) == 3
    for meta, extracted in entries:
        assert meta.published is not None
        assert {"sentences", "times"} <= set(extracted)


def test_restored_facts_skip_extractors():
    from checker.articles import article_from_text
    from checker.facts import ArticleFacts

    article = article_from_text(A, "a.txt", "s")
    fresh = ArticleFacts(article)
    _ = fresh.times
    restored = ArticleFacts(article, {**fresh.computed(), "not_an_extractor": 1})
    assert restored.__dict__.keys() >= {"sentences", "times"}
    assert "not_an_extractor" not in restored.__dict__
    assert restored.times == fresh.times


def test_pruning_leaves_foreign_directories_alone(tmp_path):
    root = tmp_path / "c"
    foreign = root / ("f" * 24)
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("mine")
    mine = root / "user-data"
    mine.mkdir()
    Cache(str(root), salt="b" * 64).prepare()
    assert (foreign / "notes.txt").exists() and mine.exists()


# --- the JSON report from prepared texts (Options.json_texts, as the CLI sets for --format json)

def _json(paths, cache_dir, **kw):
    return _run(paths, cache_dir, json_texts=True, **kw)


def _unpickled(report):
    return [p for p in report.findings.parts if p._findings is not None]


def test_json_texts_give_the_same_report_cold_warm_and_after_an_edit(tmp_path):
    one = _story(tmp_path / "in", "one")
    _story(tmp_path / "in", "two", (A, C))
    cache = tmp_path / "cache"
    expected = dumps(_run([tmp_path / "in"], None))
    assert dumps(_json([tmp_path / "in"], None)) == expected  # no cache: rendered as written
    assert dumps(_json([tmp_path / "in"], cache)) == expected  # cold
    warm = _json([tmp_path / "in"], cache)
    assert dumps(warm) == expected
    (one / "01_outlet.txt").write_text(B.replace("March 2 ", "March 3 "), encoding="utf-8")
    assert dumps(_json([tmp_path / "in"], cache)) == dumps(_run([tmp_path / "in"], None))


def test_warm_json_report_unpickles_no_finding(tmp_path):
    from checker.runner import exit_code

    story = _story(tmp_path / "in")
    cache = tmp_path / "cache"
    cold = _json([story], cache)
    warm = _json([story], cache)
    assert len(warm.findings) == len(cold.findings) > 0
    text = dumps(warm)
    assert exit_code(warm, "contradiction") == exit_code(cold, "contradiction")
    assert [warm.count(k) for k in ("agreement", "contradiction")] == [cold.count(k) for k in ("agreement", "contradiction")]
    assert _unpickled(warm) == []  # the report, exit status and summary came from the stored texts
    assert warm.findings == cold.findings and text == dumps(cold)  # reading them unpickles them


def test_cache_written_without_json_serves_a_json_run(tmp_path):
    story = _story(tmp_path / "in")
    cache = tmp_path / "cache"
    plain = _run([story], cache)  # e.g. a terminal report: no texts stored
    upgraded = _json([story], cache)
    assert dumps(upgraded) == dumps(plain)
    again = _json([story], cache)
    assert all(p.texts is not None for p in again.findings.parts) and dumps(again) == dumps(plain)


def test_findings_behave_as_a_tuple(tmp_path):
    story = _story(tmp_path / "in")
    cache = tmp_path / "cache"
    plain = _run([story], None).findings
    _json([story], cache)
    lazy = _json([story], cache).findings
    assert isinstance(plain, tuple) and len(lazy) == len(plain)
    assert lazy == plain and plain == lazy and not (lazy != plain)
    assert lazy[0] == plain[0] and lazy[-1] == plain[-1] and lazy[1:] == plain[1:]
    assert list(lazy) == list(plain) and hash(lazy) == hash(plain)
    assert pickle.loads(pickle.dumps(lazy)) == plain


def test_changed_findings_are_rendered_afresh(tmp_path):
    from attrs import evolve

    from checker.config import apply_severities

    story = _story(tmp_path / "in")
    cache = tmp_path / "cache"
    _json([story], cache)
    warm = _json([story], cache)
    changed = apply_severities(warm, (("agreement", "warning"),))
    expected = apply_severities(_run([story], None), (("agreement", "warning"),))
    assert dumps(changed) == dumps(expected) and '"severity": "warning"' in dumps(changed)
    plain = _run([story], None)
    assert dumps(evolve(warm, findings=warm.findings[1:])) == dumps(evolve(plain, findings=plain.findings[1:]))


def test_stored_texts_written_as_bytes_or_text_alike(tmp_path):
    """The file writer takes stored texts as bytes; a lone surrogate (never in cleaned text,
    but in an attribution cue it could be) goes through the stream's error handler as before."""
    from attrs import evolve

    import tests.fake_report as fake
    from checker.model import Findings, Part
    from checker.output import write_atomic
    from checker.report.json import pack, write_report

    report = fake.make()
    first, second = report.findings[:2]
    hangul = evolve(first, topic="\ud55c\uad6d date")  # UTF-8 starting with 0xED, not a surrogate
    lone = evolve(second, claims=tuple(evolve(c, attribution=evolve(c.attribution, cue="said\udc80"))
                                       for c in second.claims))
    findings = (hangul, lone, *report.findings[2:])
    plain = evolve(report, findings=findings)

    def part(fs, texts=True):
        return Part(fs, None, pack(fs) if texts else None, tuple((f.kind, f.severity) for f in fs))

    parts = [part(findings[:1]), part(findings[1:2]), part(()), part(findings[2:], texts=False)]
    lazy = evolve(report, findings=Findings(parts))
    for name, r in (("plain", plain), ("lazy", lazy)):
        write_atomic(str(tmp_path / f"{name}.json"), lambda s, r=r: write_report(r, s))
    assert (tmp_path / "plain.json").read_bytes() == (tmp_path / "lazy.json").read_bytes()
    assert dumps(plain) == dumps(lazy)

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

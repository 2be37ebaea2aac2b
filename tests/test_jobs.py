"""--jobs: worker processes give byte-identical reports, with and without the cache."""
import importlib.util
import pathlib

import pytest

from checker.engine import Options, default_jobs, run
from checker.report.json import dumps

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _make_corpus():
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "bench" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    _make_corpus().generate(str(out), stories=6, articles=3, seed=7)
    return out


def test_default_jobs_is_at_least_one():
    assert default_jobs() >= 1


def test_generator_is_deterministic(tmp_path):
    mc = _make_corpus()
    mc.generate(str(tmp_path / "a"), stories=2, articles=2, seed=3)
    mc.generate(str(tmp_path / "b"), stories=2, articles=2, seed=3)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.txt"))
    assert len(files) == 4
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)


def test_jobs_2_output_is_byte_identical_to_jobs_1(corpus):
    one = dumps(run([str(corpus)], Options(jobs=1)))
    two = dumps(run([str(corpus)], Options(jobs=2)))
    assert one == two
    assert '"contradiction"' in one  # the corpus gives the rules something to report


def test_jobs_with_several_roots_and_errors(corpus, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.txt").write_bytes(b"%PDF-1.4 binary\x00")
    (bad / "y.txt").write_bytes(b"caf\xe9 \xe9")  # not UTF-8
    paths = [str(corpus), str(ROOT / "seeds"), str(bad), str(tmp_path / "missing")]
    one = run(paths, Options(jobs=1))
    three = run(paths, Options(jobs=3))
    assert dumps(one) == dumps(three)
    assert len(one.errors) == 3


def test_jobs_with_cache_is_identical_cold_and_warm(corpus, tmp_path):
    expected = dumps(run([str(corpus)], Options(jobs=1)))
    cache = str(tmp_path / "cache")
    assert dumps(run([str(corpus)], Options(jobs=2, cache_dir=cache))) == expected
    assert dumps(run([str(corpus)], Options(jobs=2, cache_dir=cache))) == expected
    assert dumps(run([str(corpus)], Options(jobs=1, cache_dir=cache))) == expected


def test_default_jobs_option_runs(corpus):
    assert dumps(run([str(corpus)], Options())) == dumps(run([str(corpus)], Options(jobs=1)))


def test_warm_run_answers_unchanged_stories_without_a_pool(corpus, tmp_path, monkeypatch):
    import concurrent.futures
    import shutil

    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    cache = str(tmp_path / "cache")
    cold = dumps(run([str(copy)], Options(jobs=2, cache_dir=cache)))

    def no_pool(*args, **kwargs):
        raise AssertionError("a warm run with at most one changed story needs no worker pool")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    assert dumps(run([str(copy)], Options(jobs=2, cache_dir=cache))) == cold
    article = sorted(copy.rglob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials said 12 people were hurt.\n",
                       encoding="utf-8")
    edited = dumps(run([str(copy)], Options(jobs=2, cache_dir=cache)))
    monkeypatch.undo()
    assert edited == dumps(run([str(copy)], Options(jobs=1)))


def test_workers_render_json_texts_identically(corpus, tmp_path):
    """Workers render each story's JSON (Options.json_texts); the report is the same bytes."""
    from checker.model import Findings

    expected = dumps(run([str(corpus)], Options(jobs=1)))
    two = run([str(corpus)], Options(jobs=2, json_texts=True))
    assert isinstance(two.findings, Findings) and all(p.texts is not None for p in two.findings.parts)
    assert dumps(two) == expected
    cache = str(tmp_path / "cache")
    assert dumps(run([str(corpus)], Options(jobs=2, cache_dir=cache, json_texts=True))) == expected
    assert dumps(run([str(corpus)], Options(jobs=1, cache_dir=cache, json_texts=True))) == expected
    assert dumps(run([str(corpus)], Options(jobs=1, json_texts=True))) == expected

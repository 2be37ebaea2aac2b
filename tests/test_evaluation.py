"""The evaluation harness: gold files parse, matching works, mutations are exact one-edit changes."""
import os
import pathlib

import pytest

from checker.evaluate import (
    GoldEntry, Mutation, apply, generate_mutations, load_gold, load_story, matches, mutations_for,
    run_mutation, story_dirs,
)
from checker.engine import check_texts

ROOT = pathlib.Path(__file__).resolve().parent.parent
STORIES = story_dirs(str(ROOT / "eval" / "stories"))


def test_there_are_labelled_stories():
    assert len(STORIES) >= 4


@pytest.mark.parametrize("directory", STORIES + [str(ROOT / "eval")], ids=os.path.basename)
def test_gold_parses_and_names_real_articles(directory):
    gold_path = os.path.join(directory, "gold.toml") if directory in STORIES else str(ROOT / "eval" / "seeds-gold.toml")
    story = directory if directory in STORIES else str(ROOT / "seeds")
    gold = load_gold(gold_path)
    files = set(os.listdir(story))
    assert gold.expect
    for e in gold.expect + gold.forbid:
        assert e.kind in ("agreement", "contradiction", "single_source", "unsourced", "superseded")
        assert set(e.articles) <= files, e
        texts = [open(os.path.join(story, a), encoding="utf-8").read() for a in e.articles]
        for s in e.contains:
            assert not texts or any(s in t for t in texts), f"{s!r} in none of {e.articles}"


def test_matching_requires_kind_rule_articles_and_text():
    findings = check_texts({"a.txt": "Published 3 March 2024\n\nThe summit opened on March 1 in Oslo.",
                            "b.txt": "Published 4 March 2024\n\nThe summit opened on March 2 in Oslo."})
    f = next(f for f in findings if f.kind == "contradiction")
    assert matches(f, GoldEntry("contradiction", ("a.txt", "b.txt"), "event-dates", ("March 1",)))
    assert not matches(f, GoldEntry("agreement", ("a.txt", "b.txt")))
    assert not matches(f, GoldEntry("contradiction", ("a.txt", "c.txt")))
    assert not matches(f, GoldEntry("contradiction", ("a.txt",), "figures"))
    assert not matches(f, GoldEntry("contradiction", ("a.txt",), None, ("March 9",)))


def test_date_mutation_is_caught(tmp_path):
    d = tmp_path / "story"
    d.mkdir()
    (d / "a.txt").write_text("Published 3 March 2024\n\nThe summit opened on March 1 in Oslo.")
    (d / "b.txt").write_text("Published 4 March 2024\n\nThe summit opened on March 1 in Oslo, officials said.")
    articles, baseline, muts = mutations_for(str(d))
    assert [m.kind for m in muts] == ["date"]
    m = muts[0]
    files = apply(articles, m)
    changed = [k for k, v in files.items() if v != next(a.text for a in articles if a.path.endswith(k))]
    assert changed == [m.article] and "March 4" in files[m.article]
    result = run_mutation(str(d), articles, baseline, m)
    assert result.caught and not result.unrelated


def test_weekday_mutation_uses_the_real_calendar():
    articles = load_story("x", {"a.txt": "Published 5 June 2023\n\nTrains stopped on Monday, June 5, the union said."})
    (m,) = generate_mutations("x", articles, ())
    assert m.kind == "weekday" and m.after == "Wednesday, June 5"


def test_mutation_apply_checks_the_span():
    articles = load_story("x", {"a.txt": "Published 5 June 2023\n\nA text."})
    with pytest.raises(AssertionError):
        apply(articles, Mutation("x", "a.txt", "date", "nope", "nah", "event-dates", 0))


def test_floors_on_labelled_stories_and_mutations():
    """CI fails when contradiction recall or precision drops below the floor (issue 8)."""
    from checker.evaluate import FLOOR, evaluate, format_evaluation

    ev = evaluate(STORIES, [(str(ROOT / "seeds"), str(ROOT / "eval" / "seeds-gold.toml"))])
    recall, precision = ev.rate(ev.recall()), ev.rate(ev.precision())
    assert recall >= FLOOR and precision >= FLOOR, format_evaluation(ev)
    assert sum(m.caught for m in ev.mutations) >= 0.95 * len(ev.mutations), format_evaluation(ev)
    assert not [m for m in ev.mutations if m.unrelated], format_evaluation(ev)


def test_a_forbid_without_kind_forbids_a_contradiction(tmp_path):
    gold = tmp_path / "gold.toml"
    gold.write_text('[[expect]]\nkind = "superseded"\narticles = ["a.txt"]\n\n'
                    '[[forbid]]\narticles = ["a.txt", "b.txt"]\nnote = "a missed deadline"\n', encoding="utf-8")
    g = load_gold(str(gold))
    assert g.forbid[0].kind == "contradiction" and g.expect[0].kind == "superseded"


@pytest.mark.parametrize("text, problem", [
    ('[[expect]]\narticles = ["a.txt"]\n', "[[expect]] entry 1 has no 'kind'"),
    ("[[expect]\nkind = 1\n", "gold.toml"),
])
def test_a_bad_gold_file_is_a_clear_error_naming_it(tmp_path, text, problem):
    from click.testing import CliRunner

    from checker.cli import cli

    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("Published 3 March 2024\n\nThe summit opened on March 1.\n", encoding="utf-8")
    (story / "gold.toml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(story)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert str(story / "gold.toml") in result.output and problem in result.output

"""A story's facts are freed once it is checked: one process checks thousands of stories
(--jobs 1), so a per-story cache that keeps its articles alive grows without bound."""
import gc
import weakref

from checker.articles import article_from_text
from checker.engine import check_facts
from checker.facts import ArticleFacts

TEXTS = {
    "a.txt": "Published 3 June 2023\n\nThe pump failed before the flood, the council said. "
             "At least 40 homes were flooded on May 23, 2023.\n",
    "b.txt": "Published 4 June 2023\n\nThe pump failed before the flood. "
             "More than 200 homes were flooded on May 25, 2023, residents said.\n",
}


def test_a_checked_story_leaves_nothing_alive():
    facts = [ArticleFacts(article_from_text(text, f"story/{name}", "story")) for name, text in TEXTS.items()]
    refs = [weakref.ref(f) for f in facts]
    assert check_facts("story", facts)  # findings: every rule has read the articles
    del facts
    gc.collect()
    assert [r() for r in refs] == [None, None]


def test_a_checked_story_is_freed_without_the_cyclic_collector():
    # A reference cycle through a story's facts (a story-level memo kept on its first article
    # holding objects that hold the articles) is freed only by the collector's full passes,
    # which come rarely in a long run: 5,000 articles peaked 40 MB higher. Reference counts
    # alone must free a checked story.
    gc.collect()
    gc.disable()
    try:
        facts = [ArticleFacts(article_from_text(text, f"story/{name}", "story")) for name, text in TEXTS.items()]
        refs = [weakref.ref(f) for f in facts]
        assert check_facts("story", facts)
        del facts
        assert [r() for r in refs] == [None, None]
    finally:
        gc.enable()


def test_the_command_line_report_keeps_no_article_text(tmp_path):
    # The Python API's report keeps each article's text; the command line's reports print
    # only an article's metadata, so its run drops the text (memory on large corpora).
    from checker.engine import Options, run

    story = tmp_path / "story"
    story.mkdir()
    for name, text in TEXTS.items():
        (story / name).write_text(text)
    kept = run([str(story)], Options(jobs=1))
    dropped = run([str(story)], Options(jobs=1, article_texts=False))
    assert [a.text for a in kept.articles] == [TEXTS["a.txt"], TEXTS["b.txt"]]
    assert [a.text for a in dropped.articles] == ["", ""]
    assert [(a.id, a.path, a.published, a.outlet, a.title) for a in dropped.articles] == \
        [(a.id, a.path, a.published, a.outlet, a.title) for a in kept.articles]
    assert dropped.findings == kept.findings

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

"""Building an Article from a file: read, decode, read metadata."""
from __future__ import annotations

import os

from checker.load import Source, read_text
from checker.metadata import read_metadata
from checker.model import Article, LineIndex


def article_id(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]


def article_from_text(text: str, path: str, story: str, meta=None) -> Article:
    """An Article from its text; ``meta`` is its already read Metadata (e.g. from the cache)."""
    meta = meta if meta is not None else read_metadata(text)
    return Article(
        id=article_id(path), path=path, story=story, text=text, outlet=meta.outlet,
        published=meta.published, title=meta.title, boilerplate=meta.boilerplate,
        lines=LineIndex.of(text),
    )


def article_from_source(source: Source, encoding: str | None = None) -> Article:
    return article_from_text(read_text(source.path, encoding), source.path, source.story)

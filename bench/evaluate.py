#!/usr/bin/env python3
"""Same as `crosscheck eval`: precision and recall on eval/stories and the samples.

    python bench/evaluate.py [--floors] [STORY_DIRS...]
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from checker.cli import main  # noqa: E402

if __name__ == "__main__":
    os.chdir(ROOT)
    main(["eval", *sys.argv[1:]])

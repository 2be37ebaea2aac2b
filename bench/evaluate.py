#!/usr/bin/env python3
"""Print precision and recall on the labelled stories and the mutations; exit 1 below floors.

    python bench/evaluate.py            # eval/stories/* and the samples
    python bench/evaluate.py --floors   # also fail below recall/precision 0.95 on contradictions
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from checker.evaluate import evaluate, format_evaluation, story_dirs  # noqa: E402

FLOOR = 0.95


def main(argv):
    os.chdir(ROOT)
    ev = evaluate(story_dirs("eval/stories"), [("seeds", "eval/seeds-gold.toml")])
    sys.stdout.write(format_evaluation(ev))
    (rh, rt), (ph, pt) = ev.recall(), ev.precision()
    recall, precision = rh / rt if rt else 1.0, ph / pt if pt else 1.0
    print(f"\ncontradictions: recall {recall:.3f}, precision {precision:.3f} (floors {FLOOR})")
    if "--floors" in argv and (recall < FLOOR or precision < FLOOR):
        print("below floor", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

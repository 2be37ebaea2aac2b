"""Where the time goes: milliseconds per article for each extractor and each rule.

    python bench/stages.py CORPUS [--limit N] [--profile FILE]

CORPUS is a directory of stories (e.g. from bench/make_corpus.py). Each ``ArticleFacts``
extractor (every ``cached_property``) is timed over all articles in declaration order, so an
extractor that uses another is timed without it; then each registered rule is timed on its
stories with all extraction done; then what the engine adds (stamping, fingerprinting,
de-duplicating and sorting findings: ``check_facts`` replaying the rules' results) and the JSON report.
Times are CPU seconds of this process (``time.process_time``): other load on a shared
machine does not inflate them. ``--profile FILE`` also writes a cProfile of one whole
check (open it with ``python -m pstats FILE``). ``--startup`` prints what importing the tool
costs a fresh process (bytecode already compiled), and how much of it is regular-expression
compilation, by module: the part of start-up that only the module compiling a pattern can save.
"""
from __future__ import annotations

import argparse
import os
import sys
import io
import time
from functools import cached_property

from attrs import evolve

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from checker.articles import article_from_text  # noqa: E402
from checker.engine import check_facts  # noqa: E402
from checker.facts import ArticleFacts, StoryFacts  # noqa: E402
from checker.load import discover, read_text  # noqa: E402
from checker.metadata import read_metadata  # noqa: E402
from rules import REGISTRY  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus")
    p.add_argument("--limit", type=int, default=1000, help="at most N articles (default 1000)")
    p.add_argument("--profile", metavar="FILE", help="write a cProfile of a whole check to FILE")
    p.add_argument("--startup", action="store_true", help="also measure import time and regex compilation")
    a = p.parse_args(argv)
    if a.startup:
        _startup()
    import gc

    from checker.engine import _GC_THRESHOLD0

    # Measure with the collector tuned as ``engine.run`` tunes it for a real check.
    gc.set_threshold(_GC_THRESHOLD0, *gc.get_threshold()[1:])
    sources, _ = discover([a.corpus])
    sources = sources[: a.limit]
    t = time.process_time()
    texts = [(s, read_text(s.path)) for s in sources]
    rows = [("read + decode", time.process_time() - t)]
    t = time.process_time()
    metas = [read_metadata(text) for _, text in texts]
    rows.append(("metadata", time.process_time() - t))
    facts = [ArticleFacts(article_from_text(text, s.path, s.story, m)) for (s, text), m in zip(texts, metas)]
    names = [n for n, v in vars(ArticleFacts).items() if isinstance(v, cached_property)]
    for name in names:
        t = time.process_time()
        for f in facts:
            getattr(f, name)
        rows.append((f"extract {name}", time.process_time() - t))
    stories: dict[str, list[ArticleFacts]] = {}
    for f in facts:
        stories.setdefault(os.path.dirname(f.article.path), []).append(f)
    results: dict[tuple[str, str], list] = {}  # (rule code, story) -> the rule's results
    for rule in REGISTRY:
        t = time.process_time()
        for key, members in stories.items():
            results[rule.code, key] = list(rule.check(StoryFacts(members[0].article.story, members)))
        rows.append((f"rule {rule.code} {rule.name}", time.process_time() - t))
    # The engine alone: check_facts with rules that replay the results collected above
    # (stamping, fingerprints, de-duplication, sorting).
    replay = [evolve(r, check=lambda story, code=r.code: iter(results[code, current[0]])) for r in REGISTRY]
    current = [""]
    t = time.process_time()
    findings = []
    for key, members in stories.items():
        current[0] = key
        findings.extend(check_facts(members[0].article.story, members, replay))
    rows.append(("engine (check_facts without the rules)", time.process_time() - t))
    from checker.model import Report, Story
    from checker.report.json import render

    report = Report(tuple(f.article for f in facts), tuple(Story(k, ()) for k in sorted(stories)),
                    tuple(findings), (), "0")
    t = time.process_time()
    render(report, io.StringIO())
    rows.append(("report json", time.process_time() - t))
    n = max(1, len(facts))
    total = sum(s for _, s in rows)
    print(f"{n} articles, {len(stories)} stories; {total / n * 1000:.2f} ms per article in all")
    for label, seconds in rows:
        print(f"  {label:40s} {seconds / n * 1000:7.3f} ms/article  {seconds / total:6.1%}")
    if a.profile:
        import cProfile

        fresh = [ArticleFacts(f.article) for f in facts]
        groups: dict[str, list[ArticleFacts]] = {}
        for f in fresh:
            groups.setdefault(os.path.dirname(f.article.path), []).append(f)
        cProfile.runctx("for g in groups.values(): check_facts(g[0].article.story, g)",
                        globals(), {"groups": groups, "check_facts": check_facts}, a.profile)
        print(f"profile written to {a.profile} (python -m pstats {a.profile})")
    return 0


# Run in a fresh interpreter: imports the command line and the engine, timing every regex
# compilation (re._compiler.compile, which re.compile calls on a cache miss) by the module
# whose code asked for it.
_STARTUP = r"""
import sys, time, re._compiler as C
T, orig, by = time.process_time, C.compile, {}
def compile(p, flags=0):
    t = T(); r = orig(p, flags); f = sys._getframe(1)
    while f is not None and f.f_globals.get("__name__") in ("re", "re._compiler", "functools"):
        f = f.f_back
    name = f.f_globals.get("__name__", "?") if f is not None else "?"
    by[name] = by.get(name, 0.0) + T() - t
    return r
C.compile = compile
t = T()
import checker.runner, checker.cli
total = T() - t
print(f"start-up: imports {total * 1000:.0f} ms CPU, of which regex compilation {sum(by.values()) * 1000:.0f} ms")
for k, v in sorted(by.items(), key=lambda kv: -kv[1])[:12]:
    print(f"  {k:40s} {v * 1000:6.1f} ms")
"""


def _startup() -> None:
    import subprocess
    import tempfile

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""),
                   PYTHONPYCACHEPREFIX=tmp)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed tool runs: bytecode compiled once
        subprocess.run([sys.executable, "-c", "import checker.runner, checker.cli"], env=env, check=True)
        runs = [subprocess.run([sys.executable, "-c", _STARTUP], env=env, check=True, capture_output=True,
                               text=True).stdout for _ in range(3)]
    print(min(runs, key=lambda out: int(out.split()[2])), end="")  # the fastest of three


if __name__ == "__main__":
    sys.exit(main())

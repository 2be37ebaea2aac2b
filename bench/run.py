"""Benchmark crosscheck end to end on generated corpora and print every figure of issue 9.

    python bench/run.py                 # full run (a few minutes on 2 cores)
    python bench/run.py --quick         # one repetition, smaller corpora (a smoke test)
    python bench/run.py --proselint /path/to/proselint   # also time proselint on the same files

Every figure is printed with the command that produced it. Corpora and caches live in a
temporary directory (never in the repository) that is removed afterwards unless --keep.
Times are wall-clock, process start included, best of --repeat runs (other load on the
machine only ever makes a run slower); CPU seconds (user + system, workers included) and
peak RSS (largest process of the run) come from wait4.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

TARGETS = {
    "rate_per_core": 500.0,  # articles per second per core, end to end
    "bare_ratio": 10.0,  # crosscheck --jobs 1 / bare read-and-split pass
    "growth": 2.5,  # t(500-article story) / t(250-article story)
    "warm_fraction": 0.10,  # warm re-check after one edit / cold run
    "rss_mb": 200.0,  # peak RSS on 5,000 articles
    "jobs_speedup": 1.7,  # --jobs 2 over --jobs 1
    "startup_s": 0.5,  # one 5-article story
}

# The bare pass: read every file and split sentences with crosscheck's own splitter.
BARE = """
import sys
from checker.load import discover, read_text
from checker.model import Article, LineIndex
from checker.sentences import split_sentences
sources, _ = discover(sys.argv[1:])
n = 0
for s in sources:
    text = read_text(s.path)
    a = Article(id=s.path, path=s.path, story=s.story, text=text, outlet=None, published=None,
                title=None, lines=LineIndex.of(text))
    n += len(split_sentences(a))
print(len(sources), n)
"""

# The engine alone on one story, in-process, without start-up: the growth figure.
ENGINE_ONLY = """
import sys, time
from checker.engine import Options, run
t = time.perf_counter()
report = run(sys.argv[1:], Options(jobs=1))
print(time.perf_counter() - t, len(report.findings))
"""


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_corpus", os.path.join(HERE, "make_corpus.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Measure:
    """One command run once: wall seconds, CPU seconds (tree), peak RSS in MB, stdout."""

    def __init__(self, cmd: list[str], cwd: str):
        # Bytecode is cached as for an installed tool, but under the temporary directory.
        env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""),
                   NO_COLOR="1", COLUMNS="100", PYTHONPYCACHEPREFIX=os.path.join(cwd, "pycache"))
        env.pop("FORCE_COLOR", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = _communicate_wait4(proc)
        self.wall = time.perf_counter() - t
        status, usage = proc._bench_status, proc._bench_usage
        self.cpu = usage.ru_utime + usage.ru_stime
        self.rss_mb = usage.ru_maxrss / 1024.0  # kilobytes on Linux
        self.code = os.waitstatus_to_exitcode(status)
        self.out = out.decode("utf-8", "replace")
        if self.code not in (0, 1):
            raise SystemExit(f"command failed ({self.code}): {' '.join(cmd)}\n{err.decode('utf-8', 'replace')[-2000:]}")


def _communicate_wait4(proc: subprocess.Popen):
    """Read the output, then reap with wait4 to get the child's own resource usage."""
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc._bench_status, proc._bench_usage = status, usage
    return out, err


def best(cmd: list[str], cwd: str, repeat: int, before=None) -> Measure:
    """The fastest of REPEAT runs (``before`` is called ahead of each, e.g. to clear a cache)."""
    runs = []
    for _ in range(repeat):
        if before:
            before()
        runs.append(Measure(cmd, cwd))
    fastest = min(runs, key=lambda m: m.wall)
    fastest.rss_mb = max(m.rss_mb for m in runs)
    return fastest


def show(cmd: list[str], work: str) -> str:
    """The command as a user would type it (temporary paths shortened to $BENCH)."""
    parts = ["crosscheck" if c == "-m" else c for c in cmd if c not in (sys.executable,)]
    if parts[:2] == ["crosscheck", "checker"]:
        parts = ["crosscheck", *parts[2:]]
    text = " ".join(parts)
    return text.replace(work, "$BENCH")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is kept (default 3)")
    p.add_argument("--quick", action="store_true", help="one run each, 1/5 of the corpus sizes")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--proselint", metavar="CMD", default=shutil.which("proselint"),
                   help="proselint executable to compare with (default: on PATH, if any)")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    p.add_argument("--keep", action="store_true", help="keep the temporary directory")
    a = p.parse_args(argv)
    repeat = 1 if a.quick else a.repeat
    scale = 5 if a.quick else 1
    cores = _cores()
    gen = _load_generator()
    work = tempfile.mkdtemp(prefix="crosscheck-bench-")
    figures: dict = {}
    lines: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        lines.append(text)

    try:
        n1k, n5k = 1000 // scale, 5000 // scale
        c1k, c5k = os.path.join(work, "c1k"), os.path.join(work, "c5k")
        s250, s500, one = (os.path.join(work, d) for d in ("s250", "s500", "one"))
        gen.generate(c1k, stories=n1k // 5, articles=5, seed=a.seed)
        gen.generate(c5k, stories=n5k // 5, articles=5, seed=a.seed + 1)
        gen.generate(s250, single_story=250 // scale, seed=a.seed + 2)
        gen.generate(s500, single_story=500 // scale, seed=a.seed + 2)
        gen.generate(one, stories=1, articles=5, seed=a.seed + 3)
        story_one = os.path.join(one, sorted(os.listdir(one))[0])
        mb = _size(c1k) / 1e6
        out = os.path.join(work, "report.json")
        py = sys.executable

        def cc(*args: str) -> list[str]:
            return [py, "-m", "checker", "check", "--format", "json", "--output", out, *args]

        say(f"crosscheck benchmark: Python {platform.python_version()}, {cores} cores, "
            f"{platform.machine()}, seed {a.seed}, best of {repeat}")
        Measure(cc("--no-cache", story_one), work)  # compile the bytecode once
        parallel = _calibrate(cores)
        figures["machine_parallelism"] = parallel
        say(f"machine check: {cores} busy Python processes run {parallel:.2f}x as fast as one"
            + ("" if parallel >= 0.85 * cores else
               f"  ** other load on this machine: the --jobs speed-up below cannot exceed {parallel:.2f}x **"))
        say(f"corpora (bench/make_corpus.py): {n1k} articles ({n1k // 5} stories x 5, {mb:.1f} MB), "
            f"{n5k} articles ({n5k // 5} x 5), single stories of {250 // scale} and {500 // scale} articles")
        say()

        # 1. Articles per second, end to end, for 1,000 and 5,000 articles.
        say("End to end (process start included, --no-cache):")
        runs = {}
        for name, corpus, n in (("1k", c1k, n1k), ("5k", c5k, n5k)):
            for jobs in (1, cores):
                if (name, jobs) in runs:
                    continue
                cmd = cc("--no-cache", "--jobs", str(jobs), corpus)
                m = best(cmd, work, repeat)
                runs[(name, jobs)] = m
                rate = n / m.wall
                say(f"  {n:>5} articles --jobs {jobs}: {m.wall:6.2f} s wall, {m.cpu:6.2f} s CPU, "
                    f"{rate:7.0f} articles/s, {rate / jobs:6.0f} articles/s/core, "
                    f"{n / m.cpu:6.0f} articles/CPU-s, peak RSS {m.rss_mb:5.0f} MB   $ {show(cmd, work)}")
                figures[f"rate_{name}_jobs{jobs}"] = rate
                figures[f"cpu_rate_{name}_jobs{jobs}"] = n / m.cpu
        per_core = min(n5k / runs[("5k", cores)].wall / cores, n5k / runs[("5k", 1)].wall)
        figures["rate_per_core"] = per_core
        figures["rss_mb"] = max(runs[("5k", 1)].rss_mb, runs[("5k", cores)].rss_mb)
        say(f"  peak RSS on {n5k} articles: {figures['rss_mb']:.0f} MB (largest process, --jobs 1 and --jobs {cores})")
        say()

        # 2. Ratio to a bare pass that only reads the same files and splits sentences.
        bare_cmd = [py, "-c", BARE, c5k]
        bare = best(bare_cmd, work, repeat)
        ratio = runs[("5k", 1)].wall / bare.wall
        figures["bare_ratio"] = ratio
        say(f"Bare read-and-split pass on {n5k} articles: {bare.wall:.2f} s wall   $ python -c \"$BARE\" $BENCH/c5k")
        say(f"  crosscheck --jobs 1 / bare pass: {ratio:.1f}x (CPU {runs[('5k', 1)].cpu / bare.cpu:.1f}x)")
        say()

        # 3. Growth when a single story doubles from 250 to 500 articles.
        e250 = best(cc("--no-cache", "--jobs", "1", s250), work, repeat)
        e500 = best(cc("--no-cache", "--jobs", "1", s500), work, repeat)
        g250 = min(float(Measure([py, "-c", ENGINE_ONLY, s250], work).out.split()[0]) for _ in range(repeat))
        g500 = min(float(Measure([py, "-c", ENGINE_ONLY, s500], work).out.split()[0]) for _ in range(repeat))
        figures["growth"] = g500 / g250
        figures["growth_end_to_end"] = e500.wall / e250.wall
        say(f"One story doubling ({250 // scale} -> {500 // scale} articles):")
        say(f"  end to end {e250.wall:.2f} s -> {e500.wall:.2f} s: {figures['growth_end_to_end']:.2f}x"
            f"   $ {show(cc('--no-cache', '--jobs', '1', s500), work)}")
        say(f"  engine only (no start-up) {g250:.2f} s -> {g500:.2f} s: {figures['growth']:.2f}x"
            f"   $ python -c \"$ENGINE_ONLY\" $BENCH/s500")
        say()

        # 4. Warm re-check after editing one article of the 5,000-article corpus.
        cache = os.path.join(work, "cache")
        cached = cc("--cache-dir", cache, c5k)
        victim = _first_article(c5k)
        with open(victim, encoding="utf-8") as fh:
            original = fh.read()

        def reset() -> None:
            shutil.rmtree(cache, ignore_errors=True)
            with open(victim, "w", encoding="utf-8") as fh:
                fh.write(original)

        cold = best(cached, work, repeat, before=reset)
        warm_runs = []
        for i in range(repeat):
            reset()
            Measure(cached, work)  # fill the cache
            with open(victim, "w", encoding="utf-8") as fh:
                fh.write(original + f"\nOfficials said on Monday that {12 + i} people were injured.\n")
            warm_runs.append(Measure(cached, work))
        warm = min(warm_runs, key=lambda m: m.wall)
        unchanged = best(cached, work, repeat)
        reset()
        figures["warm_fraction"] = warm.wall / cold.wall
        figures["warm_fraction_vs_nocache"] = warm.wall / runs[("5k", cores)].wall
        figures["warm_cpu_fraction"] = warm.cpu / cold.cpu
        say(f"Incremental re-check, {n5k} articles, --jobs {cores} (default):")
        say(f"  cold, empty cache {cold.wall:.2f} s; warm after editing one article {warm.wall:.2f} s "
            f"= {figures['warm_fraction']:.1%} of cold ({figures['warm_fraction_vs_nocache']:.1%} of --no-cache); "
            f"warm, nothing changed {unchanged.wall:.2f} s   $ {show(cached, work)}")
        say(f"  CPU: warm {warm.cpu:.2f} s, cold {cold.cpu:.2f} s (workers included): {figures['warm_cpu_fraction']:.1%}"
            f"; peak RSS warm {warm.rss_mb:.0f} MB")
        say()

        # 5. --jobs 2 over --jobs 1.
        speedup = runs[("5k", 1)].wall / runs[("5k", cores)].wall
        figures["jobs_speedup"] = speedup
        say(f"--jobs {cores} over --jobs 1 on {n5k} articles: {speedup:.2f}x "
            f"(CPU {runs[('5k', 1)].cpu:.1f} s vs {runs[('5k', cores)].cpu:.1f} s)")
        say()

        # 6. Start-up: one 5-article story, as a pre-commit hook runs it.
        start_cmds = [
            [py, "-m", "checker", "check", story_one],
            [py, "-m", "checker", "check", "--format", "json", story_one],
            [py, "-m", "checker", "check", "--no-cache", story_one],
        ]
        say("Start-up, one 5-article story (cache in the working directory):")
        worst = 0.0
        for cmd in start_cmds:
            m = best(cmd, work, max(3, repeat))
            worst = max(worst, m.wall)
            say(f"  {m.wall:.2f} s wall   $ {show(cmd, work)}")
        figures["startup_s"] = worst
        say()

        # 7. proselint on the same 1,000 files, when available.
        if a.proselint:
            pl_cmd = [a.proselint, "check", c1k]
            pl = best(pl_cmd, work, 1)
            figures["proselint_rate"] = n1k / pl.wall
            figures["proselint_cpu_rate"] = n1k / pl.cpu
            mine = n1k / runs[("1k", cores)].wall
            say(f"proselint on the same {n1k} files: {pl.wall:.2f} s wall, {pl.cpu:.2f} s CPU, "
                f"{n1k / pl.wall:.0f} articles/s   $ proselint check $BENCH/c1k")
            say(f"  crosscheck --jobs {cores} is {mine / (n1k / pl.wall):.1f}x proselint's rate "
                f"(per CPU second: {(n1k / runs[('1k', cores)].cpu) / (n1k / pl.cpu):.1f}x)")
            figures["vs_proselint"] = mine / (n1k / pl.wall)
        else:
            say("proselint: not found (pass --proselint CMD); reference: about 100 articles/s on this machine class")
        say()

        say("Targets:")
        checks = [
            ("articles/s per core (>= %g)" % TARGETS["rate_per_core"], figures["rate_per_core"], figures["rate_per_core"] >= TARGETS["rate_per_core"]),
            ("x bare read-and-split (<= %g)" % TARGETS["bare_ratio"], figures["bare_ratio"], figures["bare_ratio"] <= TARGETS["bare_ratio"]),
            ("growth 250 -> 500, engine (<= %g)" % TARGETS["growth"], figures["growth"], figures["growth"] <= TARGETS["growth"]),
            ("warm re-check / cold (<= %g)" % TARGETS["warm_fraction"], figures["warm_fraction"], figures["warm_fraction"] <= TARGETS["warm_fraction"]),
            ("peak RSS MB (<= %g)" % TARGETS["rss_mb"], figures["rss_mb"], figures["rss_mb"] <= TARGETS["rss_mb"]),
            ("--jobs 2 speed-up (>= %g)" % TARGETS["jobs_speedup"], figures["jobs_speedup"], figures["jobs_speedup"] >= TARGETS["jobs_speedup"]),
            ("start-up s (<= %g)" % TARGETS["startup_s"], figures["startup_s"], figures["startup_s"] <= TARGETS["startup_s"]),
        ]
        if "vs_proselint" in figures:
            checks.append(("x proselint's rate (>= 5)", figures["vs_proselint"], figures["vs_proselint"] >= 5))
        for label, value, ok in checks:
            say(f"  {'PASS' if ok else 'MISS'}  {label:38s} {value:10.3f}")
        if a.quick:
            say("  (--quick: small corpora; the figures are indicative only)")
        if a.json:
            with open(a.json, "w", encoding="utf-8") as fh:
                json.dump({"figures": figures, "targets": TARGETS, "quick": a.quick, "cores": cores}, fh, indent=2)
        return 0 if all(ok for _, _, ok in checks) else 1
    finally:
        if a.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def _calibrate(cores: int, n: int = 8_000_000) -> float:
    """How many times faster CORES processes burn CPU than one: the machine's free cores."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    t = time.perf_counter()
    for _ in range(cores):
        _burn(n)
    serial = time.perf_counter() - t
    with ProcessPoolExecutor(cores, mp_context=multiprocessing.get_context()) as pool:
        list(pool.map(_burn, [1] * cores))  # start the workers first
        t = time.perf_counter()
        list(pool.map(_burn, [n] * cores))
        parallel = time.perf_counter() - t
    return serial / parallel


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _size(directory: str) -> int:
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(directory) for f in fs)


def _first_article(directory: str) -> str:
    story = os.path.join(directory, sorted(os.listdir(directory))[0])
    return os.path.join(story, sorted(os.listdir(story))[0])


if __name__ == "__main__":
    sys.exit(main())

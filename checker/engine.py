"""The engine: paths in, a Report out. Never imports rich or click.

The per-story check (``check_story``) is a pure function from articles to findings, so it
is mapped over stories by worker processes (``Options.jobs``) and could be mapped by any
distributed engine. An on-disk cache (``Options.cache_dir``, see ``checker.cache``) keeps
each article's extraction and each unchanged story's findings between runs: per story, the
findings pickled, their JSON text (compressed) and their (kind, severity), so that a warm
JSON run neither unpickles nor re-renders an unchanged story.
"""
from __future__ import annotations

import hashlib
import os
from operator import attrgetter
from typing import Iterable, Sequence

from attrs import evolve, fields, frozen

from checker import __version__
from checker.articles import article_from_text
from checker.facts import ArticleFacts, StoryFacts
from checker.load import EXTENSIONS, LoadError, Source, decode, discover, read_bytes
from checker.model import Article, FileError, Finding, Findings, LineIndex, Part, Report, Story
from rules import REGISTRY, Rule

KIND_ORDER = {"contradiction": 0, "unsourced": 1, "superseded": 2, "single_source": 3, "agreement": 4}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@frozen
class Options:
    encoding: str | None = None
    extensions: tuple[str, ...] = EXTENSIONS
    exclude: tuple[str, ...] = ()
    select: tuple[str, ...] = ()  # rule codes or names; empty = all
    ignore: tuple[str, ...] = ()
    jobs: int | None = None  # worker processes; None = one per core; 1 = in this process
    cache_dir: str | None = None  # on-disk cache directory; None = no cache
    # From the configuration file (checker/config.py); rules may read them via the engine.
    aliases: tuple[tuple[str, ...], ...] = ()  # groups of names that denote one entity
    tolerance: float | None = None  # relative tolerance for approximate figures
    severities: tuple[tuple[str, str], ...] = ()  # (code|prefix|name|kind, severity); cli applies them
    # A JSON report will be written: with a cache or workers, each story's findings are
    # rendered as JSON where the story is checked (in parallel, in workers) and stored with
    # them, so that an unchanged story is never serialised again; the report's findings are
    # then a checker.model.Findings (stories unpickled only when a finding is read).
    json_texts: bool = False
    # The report's articles keep their text (the Python API's callers may read it). The
    # command line prints only their metadata and sets it False: 5,000 articles' texts and
    # line indexes were about 35 MB of a run's peak memory.
    article_texts: bool = True


# Options that change which files are read or how, but never a story's findings: they stay
# out of cache keys. Every other field (present or added later) is part of the key.
_NOT_CONFIG = frozenset({"jobs", "cache_dir", "exclude", "extensions", "progress", "json_texts", "article_texts"})


def selected_rules(options: Options) -> tuple[Rule, ...]:
    def matches(rule: Rule, names: Iterable[str]) -> bool:
        names = {n.lower() for n in names}
        return rule.code.lower() in names or rule.name in names or any(
            rule.code.lower().startswith(n) for n in names if n.isalnum() and len(n) < len(rule.code)
        )

    rules = [r for r in REGISTRY if not options.select or matches(r, options.select)]
    return tuple(r for r in rules if not matches(r, options.ignore))


def fingerprint(story: str, finding: Finding) -> str:
    """Stable across line moves: story, rule, kind, topic and the (article, value) pairs."""
    return _fingerprint(story, finding.code, finding.kind, finding.topic, finding.claims)


def _fingerprint(story: str, code: str, kind: str, topic: str, claims) -> str:
    parts = sorted(set(map(_FINGERPRINT_FIELDS, claims)))
    raw = "\x1f".join([story, code, kind, topic, *("\x1e".join(p) for p in parts)])
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# (C-level getters: one tuple per claim with no Python frame; the same tuples as
# ``(c.article, c.value, c.quote)`` and ``(c.article, c.path, c.span.start, c.span.end)``)
_FINGERPRINT_FIELDS = attrgetter("article", "value", "quote")
_claim_order = attrgetter("article", "path", "span.start", "span.end")


def check_story(name: str, articles: Sequence[Article], rules: Sequence[Rule] = REGISTRY) -> tuple[Finding, ...]:
    """All findings of one story (a pure function of its articles)."""
    return check_facts(name, [ArticleFacts(a) for a in articles], rules)


def check_facts(name: str, facts: Sequence[ArticleFacts], rules: Sequence[Rule] = REGISTRY) -> tuple[Finding, ...]:
    """``check_story`` on prepared ArticleFacts (which may carry cached extraction)."""
    story = StoryFacts(name, sorted(facts, key=lambda f: (f.article.id, f.article.path)))
    findings: dict[str, Finding] = {}
    for rule in rules:
        for r in rule.check(story):
            claims = tuple(sorted(r.claims, key=_claim_order))
            fid = _fingerprint(name, rule.code, r.kind, r.topic, claims)
            if fid not in findings:  # the first of two identical findings is kept
                findings[fid] = Finding(
                    kind=r.kind, rule=rule.name, code=rule.code,
                    severity=r.severity or rule.severity_of(r.kind), topic=r.topic, message=r.message,
                    claims=claims, id=fid, note=r.note, diff=r.diff,
                )
    return tuple(sorted(findings.values(), key=_finding_order))


def _finding_order(f: Finding):
    first = f.claims[0] if f.claims else None
    return (KIND_ORDER.get(f.kind, 9), SEVERITY_ORDER.get(f.severity, 9), f.code, f.topic,
            first.path if first else "", first.span.start if first else 0, f.id)


# Extraction allocates millions of short-lived tuples and attrs values, almost none in
# reference cycles; with the default first-generation threshold (700) the collector runs
# hundreds of times per 1,000 articles and costs a few per cent of the run. A larger
# threshold during a run (workers inherit it) keeps cycles collected, just less often.
_GC_THRESHOLD0 = 20000


def run(paths: Sequence[str], options: Options = Options(), progress=None) -> Report:
    """Discover, load and check every story of PATHS (in worker processes when asked).

    ``progress(done, total)``, if given, is called in this process as stories complete.
    """
    import gc

    old = gc.get_threshold()
    if old[0] and old[0] < _GC_THRESHOLD0:  # 0: collection disabled by the caller; leave it
        gc.set_threshold(_GC_THRESHOLD0, *old[1:])
    try:
        return _run(paths, options, progress)
    finally:
        gc.set_threshold(*old)


def _run(paths: Sequence[str], options: Options, progress) -> Report:
    sources, errors = discover(paths, options.extensions, options.exclude)
    rules = selected_rules(options)
    by_story: dict[str, list[Source]] = {}
    for src in sources:
        by_story.setdefault(_story_key(src.path), []).append(src)
    tasks = [(key, tuple(by_story[key])) for key in sorted(by_story)]
    cache = None
    if options.cache_dir:
        from checker.cache import Cache

        cache = Cache(options.cache_dir)
        cache.prepare()
    articles, stories, parts = [], [], []
    for done, (arts, errs, part) in enumerate(_map_stories(tasks, rules, options, cache), 1):
        if progress is not None:
            progress(done, len(tasks))
        errors.extend(errs)
        if arts:
            members = sorted(arts, key=lambda a: (a.id, a.path))
            if not options.article_texts:
                members = [evolve(a, text="", lines=_NO_LINES) for a in members]
            stories.append(Story(members[0].story, tuple(a.id for a in members)))
            articles.extend(members)
            parts.append(part)
    errors = sorted(errors, key=lambda e: (e.path, e.message))
    ordered = tuple(sorted(articles, key=lambda a: (_story_key(a.path), a.id, a.path)))
    # For a JSON report, stories stay as the cache or the workers gave them (see Findings).
    findings = Findings(parts) if options.json_texts else tuple(f for p in parts for f in p.findings)
    return Report(ordered, tuple(stories), findings, tuple(errors), __version__)


_NO_LINES = LineIndex((0,))  # the line index of an article whose text the report dropped


def _story_key(path: str) -> str:
    return os.path.normpath(os.path.dirname(path) or ".")


def check_texts(texts: dict[str, str], story: str = "story", rules: Sequence[Rule] = REGISTRY) -> tuple[Finding, ...]:
    """Check in-memory articles (file name -> text); used by rule examples and tests."""
    articles = [article_from_text(t, name, story) for name, t in sorted(texts.items())]
    return check_story(story, articles, rules)


# --- running stories: in this process or in workers -------------------------------------

def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# What every story check needs besides its sources; set once per process (worker initialiser).
_CONTEXT: tuple = ()
_IN_WORKER = False


def _init_worker(codes: tuple[str, ...], options: Options, cache_root: str | None, salt: str | None) -> None:
    import signal

    # Ctrl-C is the parent's to handle; workers finish their chunk and exit quietly, or
    # are terminated by the parent. SIGTERM ends a worker at once (a forked worker would
    # inherit the parent's handler, which unwinds the command line).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    global _IN_WORKER
    _IN_WORKER = True
    by_code = {r.code: r for r in REGISTRY}
    cache = None
    if cache_root:
        from checker.cache import Cache

        cache = Cache(cache_root, salt)
    _set_context(tuple(by_code[c] for c in codes), options, cache)


def _set_context(rules, options: Options, cache) -> None:
    global _CONTEXT
    config = repr(sorted((f.name, _canonical(getattr(options, f.name)))
                         for f in fields(Options) if f.name not in _NOT_CONFIG))
    rule_key = "\x1f".join(r.code for r in rules)
    _CONTEXT = (tuple(rules), options, cache, config, rule_key)


def _canonical(value):
    """A repr-stable form of an option value (dicts and sets sorted)."""
    if isinstance(value, dict):
        return tuple(sorted((repr(k), _canonical(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(repr(v) for v in value))
    if isinstance(value, (list, tuple)):
        return tuple(_canonical(v) for v in value)
    if callable(value):  # its repr holds a memory address
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', type(value).__name__)}"
    return value


def _map_stories(tasks: list, rules: Sequence[Rule], options: Options, cache):
    """``_check_sources`` over every story, yielded in order, in this process or in a pool.

    With a cache, unchanged stories are answered here first: after one edit only one story
    is left, and it runs in this process (no pool to start).
    """
    _set_context(rules, options, cache)
    done: dict[int, tuple] = {}
    if cache is not None and cache.enabled:
        for i, task in enumerate(tasks):
            story = _load_story(task[1])
            if story.hit is not None:
                done[i] = story.hit
    pending = [i for i in range(len(tasks)) if i not in done]
    jobs = options.jobs if options.jobs is not None else default_jobs()
    jobs = max(1, min(jobs, len(pending)))
    if jobs == 1:
        for i, task in enumerate(tasks):
            yield done.pop(i) if i in done else _check_sources(task)
        return
    import multiprocessing
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the imported modules and compiled patterns; spawn where fork is missing.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    # Biggest stories first, so that a large story does not start last and run alone.
    order = sorted(pending, key=lambda i: (-len(tasks[i][1]), i))
    chunk = max(1, min(8, len(order) // (jobs * 8)))
    if getattr(options, "progress", None) is not None:
        options = evolve(options, progress=None)  # a callback stays in this process
    initargs = (tuple(r.code for r in rules), options,
                cache.root if cache and cache.enabled else None, cache.salt if cache else None)
    packed: dict[int, bytes] = {}
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                             initializer=_init_worker, initargs=initargs) as pool:
        try:
            ready = 0
            results = pool.map(_check_packed, [tasks[i] for i in order], chunksize=chunk)
            for i, result in zip(order, results):
                packed[i] = result
                # Hand stories on in order as soon as they are complete.
                while ready in done or ready in packed:
                    yield done.pop(ready) if ready in done else pickle.loads(packed.pop(ready))
                    ready += 1
            while ready in done:
                yield done.pop(ready)
                ready += 1
        except BaseException:
            # (the workers are looked up first: shutdown forgets them)
            workers = list((getattr(pool, "_processes", None) or {}).values())
            manager = getattr(pool, "_executor_manager_thread", None)
            pool.shutdown(wait=False, cancel_futures=True)
            _stop_workers(workers)
            if manager is not None:
                # It notices the dead workers and closes its pipes; done before the
                # interpreter's exit hook writes to one of them ("Bad file descriptor").
                manager.join(5)
            raise


def _stop_workers(procs) -> None:
    """Terminate the pool's workers (interrupted, terminated or failed: their stories are
    not wanted any more) and reap them, so that none outlives this process. The executor
    has no public way to do it before Python 3.14."""
    for p in procs:
        try:
            p.terminate()
        except (OSError, ValueError, AttributeError):
            pass
    for p in procs:
        try:
            p.join(5)
            if p.is_alive():
                p.kill()
                p.join(1)
        except (OSError, ValueError, AssertionError, AttributeError):
            pass


def _check_packed(task) -> bytes:
    """``_check_sources`` in a worker, pickled with the fast attrs reduction; the findings
    travel pickled on their own, so that a JSON report never unpickles them."""
    from checker.cache import dumps

    arts, errs, part = _check_sources(task)
    if part.pickled is None:
        part = Part(None, dumps(part.findings), part.texts, part.briefs)
    return dumps((arts, errs, part))


class _Loaded:
    """One story's files, read and decoded, with their cache keys and the story's cached result."""

    __slots__ = ("name", "files", "errors", "keys", "story_key", "hit")

    def __init__(self, sources: Sequence[Source]):
        rules, options, cache, config, rule_key = _CONTEXT
        self.errors: list[FileError] = []
        self.files: list[tuple[Source, str, bytes]] = []
        for src in sources:
            try:
                data = read_bytes(src.path)
                self.files.append((src, decode(data, options.encoding), data))
            except LoadError as exc:
                self.errors.append(FileError(src.path, f"{exc.code}: {exc.message}", exc.code))
        self.name = self.files[0][0].story if self.files else None
        self.keys: list[str] = []
        self.story_key = None
        self.hit = None
        if not self.files:
            self.hit = ((), tuple(self.errors), _NO_FINDINGS)
        elif cache is not None and cache.enabled:
            article_key, story_key = _keys_for(config, rule_key)
            self.keys = [article_key(src.path, src.story, hashlib.sha256(data).digest())
                         for src, _, data in self.files]
            self.story_key = story_key(self.name, *self.keys, *(f"{e.path}\0{e.message}" for e in self.errors))
            entry = cache.get("story", self.story_key)
            if entry is not None and len(entry) == 5 and len(entry[0]) == len(self.files):
                metas, pickled, texts, briefs, partial = entry
                part = Part(None, pickled, texts, briefs)
                if texts is None and options.json_texts:
                    # Stored by a run that wrote no JSON: render once, for the next run too.
                    part.texts = _pack(part.findings)
                    cache.put("story", self.story_key, (metas, pickled, part.texts, briefs, partial))
                articles = tuple(article_from_text(text, src.path, src.story, meta)
                                 for (src, text, _), meta in zip(self.files, metas))
                self.hit = (articles, (*self.errors, *partial), part)


_NO_FINDINGS = Part((), None, None, ())
_KEYS: dict = {}


def _keys_for(config: str, rule_key: str):
    """Functions giving an article's and a story's cache keys (configuration hashed once)."""
    try:
        return _KEYS[config, rule_key]
    except KeyError:
        from checker.cache import digester

        _KEYS.clear()
        keys = _KEYS[config, rule_key] = (digester("article", config), digester("story", config, rule_key))
        return keys


def _load_story(sources: Sequence[Source]) -> _Loaded:
    return _Loaded(sources)


def _pack(findings: Sequence[Finding]) -> bytes:
    from checker.report.json import pack

    return pack(findings)


def _partial(facts: Sequence[ArticleFacts]) -> tuple[FileError, ...]:
    """Articles the density caps cut short (checker.facts), as ``partial`` errors: the rest
    of each was checked, but nothing is skipped without saying so."""
    # one entry per article, whatever number of caps it reached (k bad files, k errors)
    return tuple(FileError(f.article.path, "partial: " + "; ".join(msgs), "partial")
                 for f in facts for msgs in (tuple(f.limits_reached()),) if msgs)


def _briefs(findings: Sequence[Finding]) -> tuple[tuple[str, str], ...]:
    return tuple((f.kind, f.severity) for f in findings)


def _check_sources(task) -> tuple[tuple[Article, ...], tuple[FileError, ...], Part]:
    """Load one story's files and check it: (articles, errors, findings as a Part).

    With a cache, an unchanged story (same bytes, paths, configuration, rules and code)
    returns its stored findings; otherwise only the articles not seen before are extracted.
    """
    rules, options, cache, config, rule_key = _CONTEXT
    story = _load_story(task[1])
    if story.hit is not None:
        return story.hit
    name, errors = story.name, tuple(story.errors)
    if not story.keys:  # no cache
        facts = [ArticleFacts(article_from_text(text, src.path, src.story)) for src, text, _ in story.files]
        findings = check_facts(name, facts, rules)
        articles = [f.article for f in facts]
        errors += _partial(facts)
        # In this process the report renders them as it writes (never all held in memory).
        texts = _pack(findings) if options.json_texts and _IN_WORKER else None
        return tuple(articles), errors, Part(findings, None, texts, _briefs(findings))
    facts, stored = [], []
    for (src, text, _), key in zip(story.files, story.keys):
        entry = cache.get("article", key)
        meta, extracted = entry if entry is not None else (None, None)
        if meta is None:
            from checker.metadata import read_metadata

            meta = read_metadata(text)
        facts.append(ArticleFacts(article_from_text(text, src.path, src.story, meta), extracted))
        stored.append((meta, set(extracted or ())))
    findings = check_facts(name, facts, rules)
    partial = _partial(facts)
    errors += partial
    from checker.cache import dumps

    pickled, texts, briefs = dumps(findings), _pack(findings) if options.json_texts else None, _briefs(findings)
    for f, key, (meta, had) in zip(facts, story.keys, stored):
        computed = f.computed()
        if not had or set(computed) - had:
            cache.put("article", key, (meta, computed))
    cache.put("story", story.story_key, (tuple(meta for meta, _ in stored), pickled, texts, briefs, partial))
    # A worker sends the pickle on as it is; this process has the findings themselves.
    return tuple(f.article for f in facts), errors, Part(findings, pickled if _IN_WORKER else None, texts, briefs)

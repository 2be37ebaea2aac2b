"""One ``crosscheck check`` run, without click: configuration, engine, severities,
``--changed`` scope and baseline, in that order. The CLI parses options and renders.
"""
from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Callable

from attrs import frozen

from checker.config import Config, apply_severities, excluded_files
from checker.engine import Options, run, selected_rules
from checker.model import Report, briefs
from checker.report.common import fails

if TYPE_CHECKING:
    from checker import baseline as baseline_mod
# checker.baseline and checker.changed are imported when a run uses them (start-up time).


@frozen
class Request:
    paths: tuple[str, ...]
    options: Options
    config: Config = Config()
    changed: bool = False
    baseline: str | None = None  # a baseline file to apply
    write_baseline: bool = False  # the caller writes entries(report) itself


@frozen
class Result:
    report: Report
    rules: tuple  # the rules that ran
    baseline: baseline_mod.Outcome | None
    notes: tuple[str, ...]  # things to say on stderr (skipped files, ...)


def options_from(config: Config, *, encoding=None, select=(), ignore=(), exclude=(), jobs=None,
                 cache_dir=None, formats=()) -> Options:
    """Engine options: the command line wins over the configuration file. FORMATS are the
    report formats to be written (a JSON report has its findings rendered by the engine)."""
    kw = {}
    if config.extensions:
        kw["extensions"] = config.extensions
    return Options(
        encoding=encoding or config.encoding,
        exclude=tuple(exclude) + excluded_files(config),
        select=tuple(select) or config.select,
        ignore=tuple(ignore) or config.ignore,
        jobs=jobs, cache_dir=cache_dir, json_texts="json" in formats, article_texts=False,
        aliases=config.aliases, tolerance=config.tolerance, severities=config.severity,
        **kw,
    )


def execute(req: Request, progress: Callable[[int, int], None] | None = None) -> Result:
    options = req.options
    notes: list[str] = []
    paths = req.paths
    scope = None
    if req.changed:
        from checker import changed as changed_mod

        scope = changed_mod.scope(paths, options.extensions, options.exclude)
        notes += [f"{p}: {why}" for p, why in scope.skipped]
        paths = scope.run_paths
    kwargs = {}
    if progress is not None and "progress" in inspect.signature(run).parameters:
        kwargs["progress"] = progress  # engines that report progress get the callback
    report = run(paths, options, **kwargs) if paths else Report((), (), (), (), _version())
    report = apply_severities(report, options.severities)
    named_ids = None
    if scope is not None:
        from checker import changed as changed_mod

        report, sibling_notes, named_ids = changed_mod.restrict(report, scope.named)
        notes += sibling_notes
    rules = selected_rules(options)
    outcome = None
    if req.baseline and not req.write_baseline:
        from checker import baseline as baseline_mod

        known = baseline_mod.load(req.baseline)
        report, outcome = baseline_mod.apply(report, known, rules_run=[r.code for r in rules],
                                             changed=named_ids, path=req.baseline)
    return Result(report, rules, outcome, tuple(notes))


def exit_code(report: Report, fail_on: str) -> int:
    if report.errors:
        return 2  # a run that skipped a file never exits 0
    return 1 if any(fails(_Brief(k, s), fail_on) for k, s in set(briefs(report.findings))) else 0


@frozen
class _Brief:
    """What ``fails`` reads of a finding."""

    kind: str
    severity: str


def _version() -> str:
    from checker import __version__

    return __version__

"""The command line: parse options, call the engine, pick a reporter, map exit codes.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error,
unreadable input or internal error; 130 interrupted (SIGINT, Ctrl-C); 143 terminated
(SIGTERM: kill, a CI job cancelled, a service stopped). Interrupted or terminated, the
worker processes are stopped and no partial output file is left.
"""
from __future__ import annotations

import errno
import os
import sys

import click

from checker import __version__
from checker.report import FORMATS
# FAIL_LEVELS and KIND_LEVEL stay importable from here for older callers.
from checker.report.common import FAIL_CHOICES, FAIL_LEVELS, KIND_LEVEL  # noqa: F401

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_TERMINATED = 128 + 15  # SIGTERM, as a shell reports a process it terminated


class Terminated(KeyboardInterrupt):
    """SIGTERM in the parent: unwound like Ctrl-C (the worker pool stopped, partial output
    removed), then exit 143."""


_terminating = False


def _on_sigterm(signum, frame) -> None:
    global _terminating
    if _terminating:
        return  # a second SIGTERM while unwinding: let the cleanup finish
    _terminating = True
    raise Terminated()


def _interrupted() -> int:
    if _terminating:
        click.echo("crosscheck: terminated", err=True)
        return EXIT_TERMINATED
    click.echo("crosscheck: interrupted", err=True)
    return EXIT_INTERRUPTED


def exit_code(report, fail_on: str) -> int:
    from checker.runner import exit_code as code

    return code(report, fail_on)


def _formats() -> list[str]:
    return list(FORMATS)


def _report_spec(ctx, param, values) -> list[tuple[str, str]]:
    out = []
    formats = _formats()
    for value in values:
        fmt, sep, path = value.partition("=")
        if not sep or not path or fmt not in formats:
            raise click.BadParameter(f"expected FORMAT=PATH with FORMAT one of {', '.join(formats)}, not {value!r}",
                                     ctx=ctx, param=param)
        out.append((fmt, path))
    return out


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="crosscheck")
def cli() -> None:
    """Cross-check several articles about one story: agreements, contradictions,
    single-source and unsourced claims, superseded expectations."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(_formats()), default="terminal", show_default=True,
              help="Report format.")
@click.option("--output", "-o", metavar="FILE", default="-", help="Write the report to FILE (atomically); '-' is stdout.")
@click.option("--report", "reports", multiple=True, metavar="FORMAT=PATH", callback=_report_spec,
              help="Also write FORMAT to PATH (repeatable), e.g. --report sarif=crosscheck.sarif.")
@click.option("--force", is_flag=True, help="Allow --output/--report to replace a symbolic link.")
@click.option("--fail-on", type=click.Choice(list(FAIL_CHOICES)), default=None,
              help="Exit 1 on a finding of this kind or a graver one, or of this severity or higher "
                   "[default: contradiction].")
@click.option("--changed", is_flag=True,
              help="PATHS are changed article files: check each against the rest of its story and report "
                   "only findings that involve a named file.")
@click.option("--baseline", "baseline_path", metavar="FILE", default=None,
              help="Hide the findings recorded in FILE; fail only on new ones; list stale entries.")
@click.option("--write-baseline", metavar="FILE", default=None, help="Record the current findings in FILE and exit 0.")
@click.option("--config", "config_path", metavar="FILE", default=None,
              help="Read this configuration file instead of searching for one.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--encoding", metavar="CODEC", default=None, help="Decode articles with CODEC instead of UTF-8 (e.g. cp1252).")
@click.option("--select", multiple=True, metavar="RULE", help="Only run these rules (code, code prefix or name).")
@click.option("--ignore", multiple=True, metavar="RULE", help="Do not run these rules.")
@click.option("--quiet", "-q", is_flag=True, help="Only problems: no article list, agreements or single-source claims.")
@click.option("--verbose", "-v", is_flag=True, help="Show each claim's sentence and attribution.")
@click.option("--width", type=click.IntRange(40, 1000), default=None, help="Terminal width.")
@click.option("--jobs", "-j", type=click.IntRange(1, 512), default=None,
              help="Worker processes [default: number of cores].")
@click.option("--no-cache", is_flag=True, help="Do not read or write the extraction cache.")
@click.option("--cache-dir", metavar="DIR", default=None, help="Cache directory [default: .crosscheck_cache].")
@click.option("--no-progress", is_flag=True, help="Never show the progress bar.")
def check(paths, fmt, output, reports, force, fail_on, changed, baseline_path, write_baseline, config_path,
          isolated, encoding, select, ignore, quiet, verbose, width, jobs, no_cache, cache_dir, no_progress):
    """Check the stories in PATHS (files or directories; a directory's articles form a story)."""
    from checker import config as config_mod
    from checker.output import OutputError, check_target, write_atomic
    from checker.progress import Progress, wanted
    from checker.report import get_reporter
    from checker.report.safe import visible
    from checker.runner import Request, execute, options_from

    if encoding is not None:
        from checker.load import codec_problem

        problem = codec_problem(encoding)
        if problem:
            raise click.BadParameter(problem, param_hint="--encoding")
    if changed and write_baseline:
        raise click.UsageError("--write-baseline records a whole run; it cannot be combined with --changed")
    try:
        config = config_mod.discover(paths, config_path, isolated)
    except config_mod.ConfigError as exc:
        raise click.UsageError(f"configuration: {exc}") from None
    targets = [(fmt, output), *reports]
    outputs = [p for _, p in targets if p != "-"] + ([write_baseline] if write_baseline else [])
    if [p for _, p in targets].count("-") > 1:
        raise click.UsageError("only one report can go to stdout; give --report a file path")
    if len(set(outputs)) != len(outputs):
        raise click.UsageError("two reports would be written to the same file")
    try:
        for target in outputs:
            check_target(target, list(paths), force)
    except OutputError as exc:
        raise click.UsageError(str(exc)) from None
    if not no_cache and not cache_dir:
        from checker.cache import DEFAULT_DIR as cache_dir  # (pickle and all: not for --no-cache)

    options = options_from(config, encoding=encoding, select=select, ignore=ignore, exclude=outputs, jobs=jobs,
                           cache_dir=None if no_cache else cache_dir, formats=[f for f, _ in targets])
    fail_on = fail_on or config.fail_on or "contradiction"
    req = Request(tuple(paths), options, config, changed, baseline_path or config.baseline, bool(write_baseline))
    show = wanted(fmt) and not quiet and not no_progress
    # (checker.baseline only for a run that reads or writes a baseline: start-up time)
    if req.baseline or write_baseline:
        from checker.baseline import BaselineError, dump
    else:
        BaselineError = ()  # an except clause with no class catches nothing
    try:
        what = visible(paths[0]) + (f" and {len(paths) - 1} more" if len(paths) > 1 else "")
        with Progress(f"Checking {what}", show) as bar:
            result = execute(req, bar.update)
    except BaselineError as exc:
        raise click.ClickException(str(exc)) from None
    for note in result.notes:
        click.echo(f"crosscheck: {note}", err=True)
    report = result.report
    code = exit_code(report, fail_on)
    if write_baseline:
        _write(write_atomic, write_baseline, lambda stream: dump(report, stream))
        n = sum(1 for f in report.findings if f.kind != "agreement")
        click.echo(f"crosscheck: wrote {n} finding{'s' if n != 1 else ''} to baseline {write_baseline}", err=True)
        code = EXIT_ERROR if report.errors else EXIT_OK
    if result.baseline is not None and result.baseline.stale and fmt not in ("terminal", "markdown", "html"):
        click.echo(f"crosscheck: {len(result.baseline.stale)} stale baseline entr"
                   f"{'y' if len(result.baseline.stale) == 1 else 'ies'} in {result.baseline.path}: "
                   + ", ".join(e.id for e in result.baseline.stale), err=True)
    ctx = click.get_current_context()
    ctx.meta["crosscheck_exit"] = code
    opts = dict(width=width, quiet=quiet, verbose=verbose, fail_on=fail_on, rules=result.rules,
                baseline=result.baseline)
    # Files first, stdout last: the terminal report is what the user reads at the end.
    for target_fmt, target in sorted(targets, key=lambda t: t[1] == "-"):
        render = get_reporter(target_fmt)
        _write(write_atomic, target, lambda stream, render=render: render(report, stream, **opts))
    ctx.exit(code)


def _write(write_atomic, target: str, write) -> None:
    try:
        write_atomic(target, write)
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            raise
        raise click.ClickException(f"cannot write {target}: {exc.strerror or exc}") from None


@cli.command("rules")
@click.option("--format", "fmt", type=click.Choice(["terminal", "json", "markdown"]), default="terminal",
              show_default=True)
def rules_command(fmt):
    """List every rule: code, name, kinds, severity and summary."""
    from checker.rulesdoc import render_list

    render_list(fmt, sys.stdout)


@cli.command("rule")
@click.argument("code")
def rule_command(code):
    """Print a rule's documentation and its examples (CODE is a rule code or name)."""
    from checker.rulesdoc import render_rule, suggest
    from rules import find

    rule = find(code)
    if rule is None:
        raise click.UsageError(f"no rule {code!r}{suggest(code)}; see 'crosscheck rules'")
    render_rule(rule, sys.stdout)


@cli.command("eval")
@click.argument("stories", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=str))
@click.option("--seeds", "seed_pairs", multiple=True, metavar="DIR=GOLD",
              help="Also evaluate DIR against the gold file GOLD (default: seeds=eval/seeds-gold.toml when present).")
@click.option("--floors", is_flag=True, help="Exit 1 when contradiction recall or precision is below 0.95.")
def eval_command(stories, seed_pairs, floors):
    """Precision and recall on labelled stories (directories with a gold.toml) and on
    one-edit mutations of them; lists every miss and every false finding."""
    import os

    from checker.evaluate import FLOOR, GoldError, evaluate, format_evaluation, story_dirs

    dirs: list[str] = []
    for root in stories or (("eval/stories",) if os.path.isdir("eval/stories") else ()):
        dirs += [root] if os.path.isfile(os.path.join(root, "gold.toml")) else story_dirs(root)
    pairs = [tuple(p.split("=", 1)) for p in seed_pairs if "=" in p]
    if not seed_pairs and not stories and os.path.isfile("eval/seeds-gold.toml"):
        pairs = [("seeds", "eval/seeds-gold.toml")]
    if not dirs and not pairs:
        raise click.UsageError("no labelled stories found (directories with a gold.toml)")
    try:
        ev = evaluate(dirs, pairs)
    except GoldError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(format_evaluation(ev), nl=False)
    recall, precision = ev.rate(ev.recall()), ev.rate(ev.precision())
    click.echo(f"\ncontradictions: recall {recall:.3f}, precision {precision:.3f} (floors {FLOOR})")
    click.get_current_context().exit(1 if floors and (recall < FLOOR or precision < FLOOR) else 0)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run click without its own exit handling and map every outcome."""
    global _terminating
    _terminating = False
    previous = _install_sigterm()
    try:
        rv = cli.main(args=argv, prog_name="crosscheck", standalone_mode=False)
        code = rv if isinstance(rv, int) else 0
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.exceptions.Abort:  # (click turns KeyboardInterrupt, hence Terminated, into Abort)
        code = _interrupted()
    except click.ClickException as exc:
        exc.show()
        code = EXIT_ERROR
    except KeyboardInterrupt:
        code = _interrupted()
    except BrokenPipeError:
        # The reader went away (crosscheck ... | head): end quietly.
        _silence_stdout()
        code = EXIT_OK
    except Exception as exc:  # an internal error must still exit 2, never 1
        import traceback

        traceback.print_exc(file=sys.stderr)
        click.echo(f"crosscheck: internal error: {exc}", err=True)
        code = EXIT_ERROR
    if previous is not None:
        _restore_sigterm(previous)
    if _terminating:
        code = EXIT_TERMINATED  # (whatever the unwinding turned the signal into)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    sys.exit(code)


def _install_sigterm():
    """Handle SIGTERM like Ctrl-C (the default action would kill this process alone and
    leave its workers running). Returns the previous handler, None if not settable here."""
    import signal

    try:
        return signal.signal(signal.SIGTERM, _on_sigterm)
    except (ValueError, OSError):  # not the main thread (an embedding caller): leave it
        return None


def _restore_sigterm(previous) -> None:
    import signal

    try:
        signal.signal(signal.SIGTERM, previous)
    except (ValueError, OSError, TypeError):
        pass


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass

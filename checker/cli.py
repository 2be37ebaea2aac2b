"""The command line: parse options, call the engine, pick a reporter, map exit codes.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error,
unreadable input or internal error; 130 interrupted.
"""
from __future__ import annotations

import errno
import os
import sys

import click

from checker import __version__

FAIL_LEVELS = {"contradiction": 3, "unsourced": 2, "single_source": 1, "never": 99}
KIND_LEVEL = {"contradiction": 3, "unsourced": 2, "single_source": 1, "superseded": 0, "agreement": 0}
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


def exit_code(report, fail_on: str) -> int:
    if report.errors:
        return EXIT_ERROR  # a run that skipped a file never exits 0
    threshold = FAIL_LEVELS[fail_on]
    return EXIT_FINDINGS if any(KIND_LEVEL.get(f.kind, 0) >= threshold for f in report.findings) else EXIT_OK


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="crosscheck")
def cli() -> None:
    """Cross-check several articles about one story: agreements, contradictions,
    single-source and unsourced claims, superseded expectations."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal", show_default=True,
              help="Report format.")
@click.option("--output", "-o", metavar="FILE", default="-", help="Write the report to FILE (atomically); '-' is stdout.")
@click.option("--force", is_flag=True, help="Allow --output to replace a symbolic link.")
@click.option("--fail-on", type=click.Choice(list(FAIL_LEVELS)), default="contradiction", show_default=True,
              help="Exit 1 when a finding of this kind or a graver one is reported.")
@click.option("--encoding", metavar="CODEC", default=None, help="Decode articles with CODEC instead of UTF-8 (e.g. cp1252).")
@click.option("--select", multiple=True, metavar="RULE", help="Only run these rules (code, code prefix or name).")
@click.option("--ignore", multiple=True, metavar="RULE", help="Do not run these rules.")
@click.option("--quiet", "-q", is_flag=True, help="Terminal: only problems, no article list, agreements or single-source claims.")
@click.option("--verbose", "-v", is_flag=True, help="Terminal: show each claim's sentence and attribution.")
@click.option("--width", type=click.IntRange(40, 1000), default=None, help="Terminal width.")
def check(paths, fmt, output, force, fail_on, encoding, select, ignore, quiet, verbose, width):
    """Check the stories in PATHS (files or directories; a directory's articles form a story)."""
    from checker.engine import Options, run
    from checker.output import OutputError, check_target, write_atomic
    from checker.report import get_reporter

    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    try:
        check_target(output, list(paths), force)
    except OutputError as exc:
        raise click.UsageError(str(exc)) from None
    exclude = (output,) if output != "-" else ()
    report = run(paths, Options(encoding=encoding, exclude=exclude, select=select, ignore=ignore))
    render = get_reporter(fmt)
    code = exit_code(report, fail_on)
    ctx = click.get_current_context()
    ctx.meta["crosscheck_exit"] = code
    try:
        write_atomic(output, lambda stream: render(report, stream, width=width, quiet=quiet, verbose=verbose))
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            raise
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
    ctx.exit(code)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run click without its own exit handling and map every outcome."""
    try:
        rv = cli.main(args=argv, prog_name="crosscheck", standalone_mode=False)
        code = rv if isinstance(rv, int) else 0
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.exceptions.Abort:
        click.echo("crosscheck: interrupted", err=True)
        code = EXIT_INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        code = EXIT_ERROR
    except KeyboardInterrupt:
        click.echo("crosscheck: interrupted", err=True)
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (crosscheck ... | head): end quietly.
        _silence_stdout()
        code = EXIT_OK
    except Exception as exc:  # an internal error must still exit 2, never 1
        import traceback

        traceback.print_exc(file=sys.stderr)
        click.echo(f"crosscheck: internal error: {exc}", err=True)
        code = EXIT_ERROR
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    sys.exit(code)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass

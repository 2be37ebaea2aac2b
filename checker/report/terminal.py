"""The coloured terminal report, built from rich Text objects only (never markup strings).

Article text is passed through ``visible`` so that no markup, emoji code, control or bidi
character from an article reaches the terminal. Layout: per story a header with its
articles and counts per kind, then findings grouped by kind (gravest first, by severity
within a kind), each with its claims side by side (article, value, quote, file:line:col).
The grids are laid out by a fast path that writes the bytes rich's Table would (see below).
"""
from __future__ import annotations

import os
import re
from bisect import bisect_right
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from checker.model import Article, Claim, Finding, Report
from checker.report.common import (
    QUIET_HIDDEN, SECTIONS, attribution_text, by_story, counts, short_count, diff_words, location, plural, summary_line,
)
from checker.report.safe import visible

THEME = Theme({
    "cc.contradiction": "bold red", "cc.unsourced": "yellow", "cc.single_source": "cyan",
    "cc.superseded": "magenta", "cc.agreement": "green", "cc.heading": "bold",
    "cc.dim": "dim", "cc.value": "bold", "cc.loc": "blue", "cc.error": "bold red",
    "cc.delete": "red strike", "cc.insert": "green underline", "cc.code": "bold",
    "cc.quote": "italic", "cc.mark": "bold underline",
    "cc.sev.error": "red", "cc.sev.warning": "yellow", "cc.sev.info": "dim",
})
MARK = {"contradiction": "✗", "unsourced": "?", "superseded": "↻", "single_source": "•", "agreement": "✓"}
QUOTE_MAX = 160


def color_wanted(stream: TextIO, color: bool | None = None) -> bool | None:
    """NO_COLOR / TERM=dumb win, then an explicit choice, then FORCE_COLOR, else auto (None)."""
    if "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
        return False
    if color is not None:
        return color
    if os.environ.get("FORCE_COLOR"):
        return True
    return None


_TRAILING = re.compile("(?<! )[ ]+((?:\x1b\\[[0-9;]*m){0,8})(?=\n)")  # (?<! ): linear on long runs


class _NoTrailingSpaces:
    """A stream wrapper: rich pads table cells to full width; the padding at line ends goes."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(_TRAILING.sub(r"\1", text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


def make_console(stream: TextIO, width: int | None = None, color: bool | None = None) -> Console:
    wanted = color_wanted(stream, color)
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return Console(
        file=_NoTrailingSpaces(stream), theme=THEME, emoji=False, highlight=False, markup=False,
        width=width or (None if tty else 100), soft_wrap=False,
        force_terminal=True if wanted else None,
        no_color=wanted is False, color_system=None if wanted is False else "auto",
        legacy_windows=False,
    )


def _t(text: str | None, style: str = "") -> Text:
    return Text(visible(text), style=style)


def _article_cells(a: Article) -> tuple[Text, Text, Text, Text]:
    return (
        _t(a.id, "cc.code"),
        _t(a.outlet or "outlet unknown", "" if a.outlet else "cc.dim"),
        _t(a.published.isoformat() if a.published else "undated", "" if a.published else "cc.dim"),
        _t(a.title or "(no title)", "" if a.title else "cc.dim"),
    )


def _articles(console: Console, articles, fast: "_Fast | None") -> None:
    rows = [_article_cells(a) for a in articles]
    if fast is not None and rows:
        try:
            segments = fast.table(_ARTICLE_COLS, rows, 2)
        except _Fallback:
            pass
        else:
            console.print(_Rendered(segments), crop=False)
            return
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(max_width=30, overflow="fold")
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(_indent(table, 2))


def _quote(c: Claim) -> Text:
    q = c.quote if len(c.quote) <= QUOTE_MAX else c.quote[: QUOTE_MAX - 1] + "…"
    return _t(f"“{q}”", "cc.quote")


def _in_context(c: Claim) -> Text:
    """The claim's sentence with the quote marked (when the quote is inside it)."""
    i = c.text.find(c.quote) if c.quote else -1
    if i < 0:
        return _t(c.text, "cc.dim")
    out = Text()
    out.append_text(_t(c.text[:i], "cc.dim"))
    out.append_text(_t(c.quote, "cc.mark"))
    out.append_text(_t(c.text[i + len(c.quote):], "cc.dim"))
    return out


def _diff_line(f: Finding) -> Text:
    line = Text()
    line.append("words: ", style="cc.dim")
    for op, words in diff_words(f):
        style = {"delete": "cc.delete", "insert": "cc.insert", "replace": "cc.insert"}.get(op, "")
        prefix, suffix = {"delete": ("[-", "-]"), "insert": ("{+", "+}"), "replace": ("{~", "~}")}.get(op, ("", ""))
        line.append(prefix + visible(words) + suffix, style=style)
        line.append(" ")
    line.rstrip()
    return line


def _finding(console: Console, f: Finding, verbose: bool, fast: "_Fast | None") -> None:
    if fast is not None:
        try:
            segments = fast.finding(f, verbose)
        except _Fallback:
            pass
        else:
            # crop=False: every line is at most the console's width already (console.print would
            # only split the segments into lines to crop them)
            console.print(_Rendered(segments), crop=False)
            return
    _rich_finding(console, f, verbose)


def _head(f: Finding) -> tuple[Text, Text]:
    head = Text()
    head.append(f.code, style="cc.code")
    head.append(" ")
    head.append(f.severity, style=f"cc.sev.{f.severity}")
    head.append(" ")
    head.append_text(_t(f.message))
    head.append(f"  ({f.rule})", style="cc.dim")
    return Text("  " + MARK.get(f.kind, "-"), style=f"cc.{f.kind}"), head


def _extras(f: Finding) -> list[Text]:
    extra = []
    if f.note and f.note not in f.message:  # do not repeat what the message already says
        extra.append(Text("note: ", style="cc.dim") + _t(f.note, "cc.dim"))
    if f.diff:
        extra.append(_diff_line(f))
    return extra


def _claim_cells(c: Claim, verbose: bool) -> tuple[Text, Text, Text]:
    evidence = Text()
    evidence.append_text(_quote(c))
    evidence.append("\n")
    evidence.append_text(_t(location(c), "cc.loc"))
    if verbose:
        src = attribution_text(c)
        evidence.append("\n")
        evidence.append_text(_t(f"source: {src}", "cc.dim"))
        evidence.append("\n")
        evidence.append_text(_in_context(c))
    return _t(c.article, "cc.code"), _t(c.value, "cc.value"), evidence


def _rich_finding(console: Console, f: Finding, verbose: bool) -> None:
    """The reference rendering with rich's Table and Padding (the fast path must match it byte for byte)."""
    mark, head = _head(f)
    # A hanging indent: a long message wraps under itself, not under the mark.
    line = Table.grid()
    line.add_column(width=4, no_wrap=True)
    line.add_column(overflow="fold")
    line.add_row(mark, head)
    console.print(line)
    for line in _extras(f):
        console.print(_indent(line, 6))
    # Side by side: article, value, then the quote with its file:line:col evidence below it.
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(style="cc.value", max_width=30, overflow="fold")
    table.add_column(overflow="fold")
    for c in f.claims:
        table.add_row(*_claim_cells(c, verbose))
    console.print(_indent(table, 6))


def _indent(renderable, n: int) -> Padding:
    return Padding(renderable, (0, 0, 0, n), expand=False)


def render(report: Report, stream: TextIO, *, width: int | None = None, color: bool | None = None,
           quiet: bool = False, verbose: bool = False, baseline=None, **_options) -> None:
    console = make_console(stream, width, color)
    fast = _Fast(console) if FAST else None
    for story, articles, findings in by_story(report, quiet):
        title = Text("Story ", style="cc.heading")
        title.append_text(_t(story.name, "cc.heading"))
        title.append(f"  ({plural(len(story.articles), 'article')})", style="cc.dim")
        console.print(title, overflow="fold")
        if not quiet:
            _articles(console, articles, fast)
        n = counts(findings)
        line = Text("  ")
        shown = [k for k, _ in SECTIONS if not (quiet and k in QUIET_HIDDEN)]
        for i, kind in enumerate(shown):
            if i:
                line.append(" · ", style="cc.dim")
            line.append(short_count(kind, n[kind]), style=f"cc.{kind}" if n[kind] else "cc.dim")
        console.print(line, overflow="fold")
        for kind, label in SECTIONS:
            group = [f for f in findings if f.kind == kind]
            if not group:
                continue
            console.print(Text(f"\n {label} ({len(group)})", style=f"cc.{kind}"))
            for f in group:
                _finding(console, f, verbose, fast)
        console.print()
    if report.errors:
        console.print(Text(f"Errors ({len(report.errors)})", style="cc.error"))
        for e in report.errors:
            console.print(Text("  ") + _t(e.path, "cc.loc") + Text(": ") + _t(e.message), overflow="fold")
        console.print()
    if baseline is not None:
        _baseline(console, baseline, verbose)
    total = Text("crosscheck: ", style="cc.dim")
    total.append(summary_line(report))
    console.print(total, overflow="fold")


def _baseline(console: Console, outcome, verbose: bool) -> None:
    line = Text("Baseline: ", style="cc.heading")
    line.append(f"{plural(outcome.hidden, 'known finding')} hidden, "
                f"{plural(len(outcome.stale), 'stale entry', 'stale entries')}")
    console.print(line)
    for entry in outcome.stale:
        console.print(Text("  stale ", style="cc.dim") + _t(f"{entry.id} {entry.code} {entry.kind} {entry.topic}"),
                      overflow="fold")
    console.print()


# --- The fast path ------------------------------------------------------------------------
# rich's Table costs ~2 ms a finding, nearly all of it generic machinery (every cell measured
# two or three times through nested Padding and Table, lines re-split and re-padded). The
# report's grids are simple, so the fast path follows exactly what rich's Table.grid, Padding
# and Measurement do for them (same column widths, the same collapse when the content is wider
# than the console, the same padding segments and styles) and writes the segments itself:
# - a cell whose characters are all one cell wide (rich's own single-cell set plus curly
#   quotes, dashes, ellipsis, arrows, maths) is wrapped with rich's divide_line and cut into
#   segments at its spans' edges as Text.divide/rstrip_end/truncate/join/render would;
# - any other cell (wide, combining, zero-width characters, tabs, a line rich would crop) is
#   rendered by rich's console.render_lines, as the Table does;
# - a grid with a column narrower than its padding, or a console under 8 cells, raises
#   _Fallback, and rich's Table renders that finding or article list.
# Segment boundaries matter: with colour every segment gets its own escape codes.
# tests/test_terminal_speed.py renders fixed and generated findings both ways, compares bytes.

def _fast_path_supported() -> bool:
    """The fast path copies rich 15's table layout and reads three of its internals: with any
    other rich (or one whose internals moved) the report is rendered by rich alone."""
    global ratio_reduce, divide_line, _SINGLE_CELLS
    try:
        from importlib.metadata import version

        if not version("rich").startswith("15."):
            return False
        from rich._ratio import ratio_reduce
        from rich._wrap import divide_line
        from rich.cells import _SINGLE_CELLS
    except Exception:  # (an unknown rich: the reference path is always right)
        return False
    return True


FAST = _fast_path_supported()  # False: findings and article lists by rich's Table only (the reference)


class _Fallback(Exception):
    pass


class _Rendered:
    """Pre-rendered segments, printed as they are."""

    def __init__(self, segments: list[Segment]):
        self.segments = segments

    def __rich_console__(self, console: Console, options: ConsoleOptions):
        return self.segments


class _Col:
    __slots__ = ("width", "no_wrap", "overflow", "max_width", "style", "pad")

    def __init__(self, width=None, no_wrap=False, overflow="ellipsis", max_width=None, style="", pad=0):
        self.width, self.no_wrap, self.overflow, self.max_width, self.style, self.pad = (
            width, no_wrap, overflow, max_width, style, pad)


_HEAD_COLS = (_Col(width=4, no_wrap=True), _Col(overflow="fold"))
_CLAIM_COLS = (_Col(no_wrap=True, pad=2), _Col(style="cc.value", max_width=30, overflow="fold", pad=2),
               _Col(overflow="fold", pad=0))
_ARTICLE_COLS = (_Col(no_wrap=True, pad=2), _Col(max_width=30, overflow="fold", pad=2), _Col(no_wrap=True, pad=2),
                 _Col(overflow="fold", pad=0))


def _text_max(text: Text) -> int:
    """The maximum of Text.__rich_measure__, normalized (it does not depend on the options).
    Only maxima decide a grid's column widths, and each step below is monotonic in them."""
    lines = text.plain.splitlines()
    return max(0, max(cell_len(line) for line in lines)) if lines else 0


def _get(mx: int, width: int) -> int:
    """Measurement.get(...).maximum of something whose own maximum is MX, at max_width WIDTH."""
    if width < 1:
        return 0
    mx = min(mx, width)
    return mx if mx >= 1 else 0


def _column_max(col: _Col, mx: int | None, width: int, padded: bool) -> int:
    """Table._measure_column(...).maximum for a grid column whose widest cell text measures MX
    (None: no cells); a padded grid's cell is a Padding (Padding.__rich_measure__)."""
    if width < 1:
        return 0
    if col.width is not None:
        return min(col.width + col.pad, width)
    if mx is None:
        cell = width
    elif not padded:
        cell = _get(mx, width)
    elif width - col.pad < 1:
        cell = _get(width, width)
    else:
        cell = _get(min(_get(mx, width) + col.pad, width), width)
    cell = min(cell, width)
    if col.max_width is not None:
        cell = min(cell, col.max_width + col.pad)
    return cell


def _column_widths(cols, maxima, width: int, padded: bool) -> list[int]:
    """Table._calculate_column_widths for a grid (no expand, no ratios, no min_width)."""
    widths = [_column_max(col, mx, width, padded) or 1 for col, mx in zip(cols, maxima)]
    if sum(widths) > width:
        widths = Table._collapse_widths(widths, [col.width is None and not col.no_wrap for col in cols], width)
        if sum(widths) > width:
            widths = ratio_reduce(sum(widths) - width, [1] * len(widths), widths, widths)
        widths = [_column_max(col, mx, w, padded) or 0 for col, mx, w in zip(cols, maxima, widths)]
    return widths


def _grid_lines(fast: "_Fast", options: ConsoleOptions, cols, rows, widths, padded: bool) -> list[list[Segment]]:
    """Table._render of a grid with these column widths: one list of segments a line, each
    exactly sum(widths) cells wide."""
    out: list[list[Segment]] = []
    console = fast.console
    get_style = console.get_style
    styles = [get_style(col.style) for col in cols]
    col_options = [options.update(width=w, justify="left", no_wrap=col.no_wrap, overflow=col.overflow,
                                  height=None, highlight=None) for col, w in zip(cols, widths)]
    if padded:
        col_options = [o.update_width(w - col.pad) for o, col, w in zip(col_options, cols, widths)]
    for row in rows:
        cells = []
        for text, col, w, style, opts in zip(row, cols, widths, styles, col_options):
            lines = fast.lines(text, opts, True, col.overflow, col.no_wrap)  # each opts.max_width wide
            if padded and col.pad:
                right = Segment(" " * col.pad, _NULL)
                lines = [line + [right] for line in lines]
            if style:
                lines = [[Segment(t, style + s, c) for t, s, c in line] for line in lines]
            cells.append(lines)
        height = max(len(c) for c in cells)
        for i in range(height):
            line = []
            for cell, w, style in zip(cells, widths, styles):
                line.extend(cell[i] if i < len(cell) else [Segment(" " * w, style)])
            out.append(line)
    return out


_NULL = Style.null()
_LINE = Segment.line()
_INDENT = Segment(" " * 6, _NULL)


class _Fast:
    """The fast path for one console (its width and print options, read once)."""

    def __init__(self, console: Console):
        self.console = console
        self.width = console.width
        self.options = console.options.update(justify=None, overflow=None, height=None, no_wrap=None,
                                              markup=None, highlight=None)
        self.styles: dict[tuple, Style] = {}
        self.marks: dict[tuple, list[list[Segment]]] = {}

    def style(self, key: tuple) -> Style:
        style = self.styles.get(key)
        if style is None:
            get = self.console.get_style
            style = self.styles[key] = Style.combine([_NULL, *(get(s, default=_NULL) for s in key)])
        return style

    def lines(self, text: Text, options: ConsoleOptions, left: bool, overflow: str,
              no_wrap: bool) -> list[list[Segment]]:
        """console.render_lines(text, options, pad=True), where options have TEXT's width,
        justify "left" (LEFT) or none, OVERFLOW and NO_WRAP: by _simple_lines when it can."""
        lines = _simple_lines(self, text, options.max_width, left, overflow, no_wrap)
        if lines is None:
            if len(text) > 8 or text.spans:
                return self.console.render_lines(text, options, pad=True)
            # the mark of each kind (✗ ✓ are not among the one-cell characters): rendered once
            key = (text.plain, text.style, options.max_width, left, overflow, no_wrap)
            lines = self.marks.get(key)
            if lines is None:
                lines = self.marks[key] = self.console.render_lines(text, options, pad=True)
        return lines  # (read, never changed, by the callers)

    def table(self, cols, rows, indent: int) -> list[Segment]:
        """Padding(Table.grid(padding=(0, 2)) of COLS with ROWS, (0, 0, 0, INDENT), expand=False)."""
        width = self.width
        out: list[Segment] = []
        maxima = [max(map(_text_max, column)) for column in zip(*rows)] or [None] * len(cols)
        # Padding measures the table (Table.__rich_measure__) at the console width ...
        total = sum(_column_widths(cols, maxima, width, True))
        table_max = _get(sum(_column_max(col, mx, total, True) for col, mx in zip(cols, maxima)), width)
        inner = min(table_max + indent, width) - indent
        if inner < 1:
            raise _Fallback
        # ... then renders it in that width less the indent (padding its lines to that width).
        widths = _column_widths(cols, maxima, inner, True)
        table_width = sum(widths)
        if min(widths) <= 2 or table_width > inner:  # a cell narrower than its padding: leave it to rich
            raise _Fallback
        fill = [Segment(" " * (inner - table_width), _NULL)] if table_width < inner else []
        left = Segment(" " * indent, _NULL)
        for line in _grid_lines(self, self.options.update_width(table_width), cols, rows, widths, True):
            out.append(left)
            out.extend(line)
            out.extend(fill)
            out.append(_LINE)
        return out

    def finding(self, f: Finding, verbose: bool) -> list[Segment]:
        width = self.width
        if width < 8:
            raise _Fallback
        options = self.options
        out: list[Segment] = []
        # The head line: Table.grid() of the mark (width 4) and the head (fold), printed as it is.
        mark, head = _head(f)
        maxima = [None, _text_max(head)]
        widths = _column_widths(_HEAD_COLS, maxima, width, False)
        if min(widths) < 1:
            raise _Fallback
        for line in _grid_lines(self, options.update_width(sum(widths)), _HEAD_COLS, [(mark, head)], widths, False):
            out.extend(line)
            out.append(_LINE)
        # Note and diff: Padding(text, (0, 0, 0, 6), expand=False).
        for text in _extras(f):
            inner = min(_get(_text_max(text), width) + 6, width) - 6
            if inner < 1:
                raise _Fallback
            for line in self.lines(text, options.update_width(inner), False, "fold", False):
                out.append(_INDENT)
                out.extend(line)
                out.append(_LINE)
        # The claims: Padding(Table.grid(padding=(0, 2)), (0, 0, 0, 6), expand=False).
        out.extend(self.table(_CLAIM_COLS, [_claim_cells(c, verbose) for c in f.claims], 6))
        return out


def _one_cell_chars() -> frozenset:
    """rich's single-cell characters, and the punctuation, arrows and maths that rich measures as
    one cell (curly quotes, dashes, ellipsis, ≈): plain in news text."""
    extra = [chr(i) for lo, hi in ((0x2010, 0x2027), (0x2030, 0x205E), (0x2190, 0x21FF), (0x2200, 0x22FF))
             for i in range(lo, hi + 1)]
    return _SINGLE_CELLS | {ch for ch in extra if cell_len(ch) == 1 and cell_len(f"a{ch}a{ch}") == 4}


_ONE_CELL = _one_cell_chars().issuperset if FAST else frozenset().issuperset  # every character is one cell wide
_END_SPACE = re.compile(r"\s+$")  # Text.rstrip_end's
def _simple_lines(fast: _Fast, text: Text, width: int, left: bool, overflow: str, no_wrap: bool):
    plain = text.plain
    if width < 1 or not _ONE_CELL(plain.replace("\n", "")):
        return None
    if text.justify or text.overflow or text.no_wrap is not None or text.end != "\n" or text.tab_size:
        return None  # the options decide, for the texts of this report
    n = len(plain)
    spans = text.spans
    if not spans and n <= width and "\n" not in plain:  # most cells: one line in the text's style
        style = fast.style((text.style,) if text.style else ())
        if left:
            return [[Segment(plain + " " * (width - n), style)]]
        line = [Segment(plain, style)] if n else []
        if n < width:
            line.append(Segment(" " * (width - n), _NULL))
        return [line]
    for span in spans:
        if not 0 <= span.start <= span.end <= n:
            return None
    # An empty span (appending an empty Text) is dropped when rich divides the text into lines,
    # but kept on an undivided one, where it breaks a segment.
    empty = [span.start for span in spans if span.start == span.end] if "\n" not in plain else ()
    base = (text.style,) if text.style else ()
    fold = overflow == "fold"
    # The text's style runs: from each span edge on, the style of the spans over it (in span
    # order, as Text.render combines them) and whether there are any.
    positive = [(span.start, span.end, span.style) for span in spans if span.end > span.start]
    edges = sorted({0, *(x for a, b, _ in positive for x in (a, b))})
    run_styles, run_spanned = [], []
    for p in edges:
        active = tuple(st for a, b, st in positive if a <= p < b)
        run_styles.append(fast.style(base + active))
        run_spanned.append(bool(active))
    n_edges = len(edges)
    out = []
    offset = 0
    for piece in plain.split("\n"):
        size = len(piece)
        if no_wrap:
            if size > width:
                return None
            bounds = [0, size]
        else:
            # (divide_line finds no break in a piece that fits)
            bounds = [0, size] if size <= width else [0, *divide_line(piece, width, fold=fold), size]
        for a, b in zip(bounds, bounds[1:]):
            s, e = offset + a, offset + b
            end = e
            if not no_wrap and e - s > width:  # Text.rstrip_end
                m = _END_SPACE.search(plain, s, e)
                if m is not None:
                    e -= min(m.end() - m.start(), e - s - width)
            if e - s > width:
                return None  # truncated by rich: leave it to rich
            pad = width - (e - s)
            if not (empty and len(bounds) == 2):
                # Segments break at the line's ends and at span edges inside it; the padding of a
                # left-justified line joins the last one unless a span ends there (Text.divide
                # clips the spans to the line, join makes the base style a span over the padding).
                line = []
                ends_at_e = e > s and run_spanned[bisect_right(edges, e - 1) - 1]
                j = bisect_right(edges, s) - 1
                p = s
                while p < e:
                    q = edges[j + 1] if j + 1 < n_edges and edges[j + 1] < e else e
                    chunk = plain[p:q]
                    if q == e and left and pad and not ends_at_e:
                        chunk += " " * pad
                        pad = 0
                    line.append(Segment(chunk, run_styles[j]))
                    p = q
                    j += 1
                if pad:
                    line.append(Segment(" " * pad, fast.style(base) if left else _NULL))
                out.append(line)
                continue
            # An undivided line with empty spans: each is a segment break too (right_crop keeps
            # the spans that start before the new end).
            points = {s, e}
            clipped = []
            ends_at_e = False
            for k in empty:
                if k < e or (k == e and e == end):
                    points.add(k)
                    ends_at_e = ends_at_e or k == e
            for span in spans:
                a2, b2 = max(span.start, s), min(span.end, e)
                if b2 > a2:
                    clipped.append((a2, b2, span.style))
                    points.add(a2)
                    points.add(b2)
                    if b2 == e:
                        ends_at_e = True
            points = sorted(points)
            line = []
            last = len(points) - 2
            for i in range(last + 1):
                p, q = points[i], points[i + 1]
                style = fast.style(base + tuple(st for a2, b2, st in clipped if a2 <= p < b2))
                chunk = plain[p:q]
                if i == last and left and pad and not ends_at_e:
                    chunk += " " * pad
                    pad = 0
                line.append(Segment(chunk, style))
            if pad:
                line.append(Segment(" " * pad, fast.style(base) if left else _NULL))
            out.append(line)
        offset += size + 1
    return out

"""Where the columns of a table printed without rules start: the xs at which its cells' lines begin, aligned line after line.

Design note (why one reader, what evidence). Two producers print tables without rules whose
gutters can be narrower than any whitespace channel: a word processor's borderless table (Writer's
import of a web page) pads its cells by a point or two, so a long line in one cell ends a space's
width from the next cell's text; a spreadsheet prints every cell of a column from the column's
edge plus its padding and wraps inside it, so a wrapped lead ends 4 pt before the deadline and a
right-aligned ref 2 pt before the area. Whitespace cannot part those cells; one piece of evidence
can, and it is the same for both: the cells of a column start at one x, to a fraction of a point,
on line after line, after more than a word space (or opening the line), while prose runs across
any such x and shares only its left margin. This module reads that evidence once, for every path
that needs it (`layout/columns.py` and `layout/aligned_regions.py` for padded cells,
`layout/unruled_rows.py` for cells that abut, `layout/sheet_columns.py` and `sheet_blocks.py` for a
sheet's print). What the prints really do differently is a named parameter of `StartRule`, not a
second algorithm:

- how far apart two starts of one column may be (`align`; a sheet's starts agree to a grid, `snap`);
- how many lines must start there, and how many of them after a cell's gap (`min_lines`, `min_clear`);
- whether some start there must follow a gap wider than half the type height (`open_share`: in a
  sheet a phrase repeated row after row, 'On track', starts its second word at one x too);
- how many words may run across the x (`crossing_share`: none in a padded table, a line's worth on
  a page of prose around a block; a sheet's cells wrap inside their column, so it is not asked);
- whether numbers set right against the next column's start are that column's edge, not a start
  (`right_numbers`).

Every start carries its evidence (`ColumnStart`: the lines starting there, the clear and opening
starts, the words crossing it), and a reading of bounds (`read_columns`) carries a confidence (the
share of the body's cell starts that fall on a found start) and a line of evidence per bound. Which
reading owns a page is decided on the page's evidence elsewhere (rules drawn, `layout/baselines.py`
for centred cells, `sheet_columns.prefer_sheet`), never by producer.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from extractors.geometry import Word, group_lines
from extractors.layout.headers import chunks

NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?$")
SPLIT_GAP = 0.5  # points: a word this far or more from the one before it can start a cell
REACH_SLACK = 0.25  # of the column's width: how much further than its other cells a cell's text may run
CELL_PAD = 2.5  # points: the most a spreadsheet pads a cell's text from its edge
CELL_GAP = 0.32  # share of the type height: a gap wider than a word space (about 0.25 em)
SAME_X = 0.6  # points: the lines of one sheet column start within this of each other
BOUND_OFFSET = 1.0  # points left of a start at which its column's bound is put


@dataclass(frozen=True)
class StartRule:
    """What counts as a column start for one kind of print (see the module's note)."""

    align: float  # points by which the starts of one column may differ
    snap: float  # starts rounded to this grid before they are grouped (0: as printed)
    near: float  # points from a start within which a word starts there
    min_lines: int  # lines that start a word at the x
    min_clear: int  # of them, lines whose word there follows a gap wider than the cell gap (or opens it)
    open_share: float | None  # some word there follows a gap wider than this share of the type height
    crossing_share: float | None  # words that may run across the x, per line starting there
    right_numbers: bool  # numbers ending just before another start are set right, not a start


# A word processor's borderless table: cells padded a point or two, starts within a point.
PADDED = StartRule(1.0, 0.0, 1.0, 3, 2, None, 0.0, False)
# A spreadsheet's print: starts exact to half a point, cells wrapped inside their column.
SHEET = StartRule(SAME_X, 0.5, SAME_X + 0.5, 3, 3, 0.5, None, True)


@dataclass(frozen=True)
class ColumnStart:
    """A column's common left edge, how far right the column on its left prints its cells where
    they stand clear of it (text running further is no cell of that column), and the evidence."""

    x: float
    reach: float
    lines: int = 0  # lines starting a word at x
    clear: int = 0  # lines starting a cell there after a gap wider than the cell gap
    crossing: int = 0  # words of the body running across x


def find_starts(
    lines: list[list[Word]], rule: StartRule, gap: float, fixed: list[list[Word]] = ()
) -> list[ColumnStart]:
    """The column starts of `lines` (each sorted left to right) under `rule`; `gap` is the widest
    space between two words of one cell. Words of `fixed` lines (a header row) may never run
    across a start; their starts count like the body's."""
    every = [*lines, *fixed]
    runs = [chunks(sorted(line, key=lambda w: w.x0), gap=gap) for line in every]
    clear: dict[float, set[int]] = {}
    for k, line_runs in enumerate(runs):
        for r in line_runs:
            x = round(r[0].x0 / rule.snap) * rule.snap if rule.snap else r[0].x0
            clear.setdefault(x, set()).add(k)
    groups: list[tuple[float, set[int]]] = []
    for x in sorted(clear):
        if groups and x - groups[-1][0] <= rule.align:
            groups[-1][1].update(clear[x])
        else:
            groups.append((x, set(clear[x])))
    groups = [(x, ks) for x, ks in groups if len(ks) >= rule.min_clear]
    height = (
        statistics.median(w.bottom - w.top for line in lines for w in line)
        if rule.open_share is not None and any(lines)
        else 0.0
    )
    xs: list[tuple[float, int, int, int]] = []
    for s, ks in groups:
        at = [[w for w in every[k] if abs(w.x0 - s) <= rule.near] for k in sorted(ks)]
        if rule.right_numbers and all(NUMBER.match(w.text) for ws in at for w in ws):
            if all(any(0 <= nx - w.x1 <= 2 * CELL_PAD for nx, _ in groups) for ws in at for w in ws):
                continue  # numbers set right against the next column's start: the column before's edge
        if rule.open_share is not None and not any(
            _opens(every[k], w, rule.open_share * height)
            for k, ws in zip(sorted(ks), at, strict=True)
            for w in ws
        ):
            continue  # only a word space before it wherever it starts: a phrase's second word
        starting = sum(1 for line in every if any(abs(w.x0 - s) <= rule.near for w in line))
        if starting < rule.min_lines:
            continue
        crossing = sum(1 for line in lines for w in line if w.x0 < s - rule.align and w.x1 > s + rule.align)
        if rule.crossing_share is not None:
            if any(w.x0 < s - rule.align and w.x1 > s + rule.align for line in fixed for w in line):
                continue
            if crossing > rule.crossing_share * starting:
                continue
        xs.append((s, starting, len(ks), crossing))
    out: list[ColumnStart] = []
    for k, (s, starting, n_clear, crossing) in enumerate(xs):
        lo = xs[k - 1][0] - rule.align if k else float("-inf")
        ends = [r[-1].x1 for line_runs in runs for r in line_runs if r[0].x0 >= lo and r[-1].x1 < s]
        width = s - xs[k - 1][0] if k else 0.0
        reach = max(ends) + REACH_SLACK * width if ends else float("-inf")
        out.append(ColumnStart(s, reach, starting, n_clear, crossing))
    return out


def _opens(line: list[Word], w: Word, gap: float) -> bool:
    """Does `w` open its line, or follow a gap wider than `gap`?"""
    i = next(k for k, v in enumerate(line) if v is w)
    return i == 0 or w.x0 - line[i - 1].x1 > gap


def split_at_starts(
    runs: list[list[Word]], starts: list[ColumnStart], align: float = 1.0
) -> list[list[Word]]:
    """Runs of words (a line's cells as whitespace found them) split again before every word that
    stands apart from the word before it and starts at one of `starts`, where the text before it
    runs no further than the column on the left prints its cells."""
    if not starts:
        return runs
    out: list[list[Word]] = []
    for run in runs:
        cur = [run[0]]
        for prev, w in zip(run, run[1:], strict=False):
            if w.x0 - prev.x1 >= SPLIT_GAP and any(
                abs(w.x0 - s.x) <= align and prev.x1 <= s.reach for s in starts
            ):
                out.append(cur)
                cur = [w]
            else:
                cur.append(w)
        out.append(cur)
    return out


@dataclass(frozen=True)
class ColumnReading:
    """Column bounds read from where cells start, with what decided them.

    `confidence`: the share of the body's cell starts (a word after more than a cell's gap, not
    the first of its line) that fall on a found start: 1.0 where the starts explain every cell."""

    bounds: list[float]
    starts: list[ColumnStart]
    header_xs: list[float]
    confidence: float
    evidence: tuple[str, ...]


def _phrase_end(line: list[Word], first: Word, gap: float) -> float:
    """The right end of the header phrase that `first` opens."""
    end = first.x1
    for w in line[line.index(first) + 1 :]:
        if w.x0 - end > gap:
            break
        end = w.x1
    return end


def read_columns(
    lines: list[list[Word]],
    header: list[Word],
    x0: float,
    x1: float,
    min_columns: int,
    rule: StartRule = SHEET,
) -> ColumnReading | None:
    """Column bounds [x0, ..., x1] of a table region from its cells' shared starts, or None when
    the lines do not start at shared xs in at least `min_columns` columns.

    A phrase of the header starts a column as well (a sparse rating column, a page of two rows)
    where some body word starts with it, or where no body word prints under it (an empty column):
    a header centred over its column says nothing of where the cells start. A bound is put
    BOUND_OFFSET left of each start; the first column runs from the region's left edge
    (right-aligned refs share no start)."""
    words = [w for line in lines for w in line]
    if not words:
        return None
    height = statistics.median(w.bottom - w.top for w in words)
    starts = find_starts(lines, rule, CELL_GAP * height)
    found = [s.x for s in starts]
    header_xs: list[float] = []
    open_gap = (rule.open_share or 0.0) * height
    body_starts = [w.x0 for w in words]
    for line in group_lines(header):
        prev = None
        for w in line:
            opens = prev is None or w.x0 - prev.x1 > open_gap
            end = _phrase_end(line, w, open_gap)
            if opens and (
                any(abs(w.x0 - x) <= rule.align for x in body_starts)
                or not any(b.x0 < end and b.x1 > w.x0 for b in words)  # an empty column
            ):
                header_xs.append(w.x0)
            prev = w
    xs: list[float] = []
    for x in sorted([*found, *header_xs]):
        if xs and x - xs[-1] <= 2 * rule.align:
            continue
        xs.append(x)
    inner = [x - BOUND_OFFSET for x in xs if x0 + 2 < x - BOUND_OFFSET < x1 - 2]
    if len(inner) + 1 < min_columns:
        return None
    cells = [r[0] for line in lines for r in chunks(line, gap=CELL_GAP * height)[1:]]
    met = sum(1 for w in cells if any(abs(w.x0 - x) <= rule.near for x in xs))
    evidence = tuple(
        f"start {s.x:.1f}: {s.lines} lines, {s.clear} after a cell gap, {s.crossing} words across"
        for s in starts
    ) + tuple(f"header label at {x:.1f}" for x in header_xs)
    return ColumnReading([x0, *inner, x1], starts, header_xs, met / len(cells) if cells else 1.0, evidence)


__all__ = [
    "PADDED",
    "SHEET",
    "ColumnReading",
    "ColumnStart",
    "StartRule",
    "find_starts",
    "read_columns",
    "split_at_starts",
]

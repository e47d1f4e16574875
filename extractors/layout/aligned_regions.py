"""Find tables that draw no column rules and print no header row: blocks of lines whose cells start on the same x positions.

A commitments list printed from Word without borders, ruled with horizontal lines only, or set
by a report generator with whitespace between its columns has no grid and no header for the
other finders to see. What it still has is a column structure: most of its rows print text in
three or more cells, every cell's lines start at its column's left edge, and no text crosses
the whitespace gutter before the next column. Prose never does that: a paragraph's lines run
across where the gutters would be, and a title or introduction above the table ends the block.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, replace

from extractors.geometry import Word, cluster
from extractors.layout.cell_starts import PADDED, find_starts, split_at_starts
from extractors.layout.headers import chunks

MIN_COLUMNS = 3  # column starts the block's rows share
MIN_ROWS = 3  # lines printing text in MIN_COLUMNS cells or more
START_SLACK = 3.0  # points by which two cells of one column may start apart
CROSS_SLACK = 2.0  # points text may reach past a gutter before it crosses it
MAX_QUIET = 6  # lines in a row with fewer than MIN_COLUMNS cells (a long cell running on)
ROW_GAP = 3.0  # line heights: a wider gap between two lines ends the block
MAX_SECTION_WORDS = 8  # a section name over the first rows is a name, not a sentence
SAME_GAP = 2.0  # points by which two section rows' spacing over their first rows may differ
CROSSING_SHARE = 1.0  # words of a page's prose that may cross a column start, per line starting there


@dataclass
class AlignedBlock:
    top: float
    bottom: float
    x0: float
    x1: float
    next_top: float | None  # the top of the first line below the block, if any
    line_height: float

    @property
    def reach(self) -> float:
        """How far down the block's last row goes: a rule under it is drawn a padding below its
        text, short of the next line."""
        padded = self.bottom + 2 * self.line_height
        return padded if self.next_top is None else min(padded, (self.bottom + self.next_top) / 2)


def cell_gap(line: list[Word]) -> float:
    """Whitespace wider than this between words of a line separates two cells.

    Words of one cell stand a space apart (about a quarter of an em, a third when justified);
    cells stand at least their padding apart.
    """
    height = statistics.median(w.bottom - w.top for w in line)
    return max(4.0, 0.5 * height)


class _Line(list):
    """A line's words, with its cells as whitespace and the page's column starts part them."""

    cells: list[list[Word]]


def _with_cells(lines: list[list[Word]]) -> list[list[Word]]:
    """The lines with their cells parted also at the column starts their cells share (cells a
    narrow padding apart read as one run of words otherwise: `cell_starts`)."""
    if not lines:
        return lines
    gap = max(4.0, 0.5 * statistics.median(w.bottom - w.top for ln in lines for w in ln))
    starts = find_starts(lines, replace(PADDED, crossing_share=CROSSING_SHARE), gap)
    out: list[list[Word]] = []
    for ln in lines:
        line = _Line(ln)
        line.cells = split_at_starts(chunks(ln, gap=cell_gap(ln)), starts)
        out.append(line)
    return out


def _cells(line: list[Word]) -> list[list[Word]]:
    if isinstance(line, _Line):
        return line.cells
    return chunks(line, gap=cell_gap(line))


def _fits(line: list[Word], starts: list[float]) -> bool:
    """Every cell of the line starts at a column start and stops before the next one."""
    for c in _cells(line):
        x0, x1 = c[0].x0, c[-1].x1
        if not any(abs(x0 - s) <= START_SLACK for s in starts):
            return False
        if any(x0 + START_SLACK < s < x1 - CROSS_SLACK for s in starts):
            return False
    return True


def _starts(lines: list[list[Word]]) -> list[float]:
    """Column starts shared by at least two of the lines that print MIN_COLUMNS cells or more."""
    wide = [ln for ln in lines if len(_cells(ln)) >= MIN_COLUMNS]
    xs = [c[0].x0 for ln in wide for c in _cells(ln)]
    out = []
    for s in cluster(xs, tolerance=START_SLACK):
        support = sum(1 for ln in wide if any(abs(c[0].x0 - s) <= START_SLACK for c in _cells(ln)))
        if support >= 2:
            out.append(s)
    return out


def _runs(lines: list[list[Word]]) -> list[list[int]]:
    """Indexes of lines grouped into candidate blocks: lines with MIN_COLUMNS cells or more and
    the few lines between them, with no wide vertical gap."""
    runs: list[list[int]] = []
    cur: list[int] = []
    quiet = 0
    for i, line in enumerate(lines):
        wide = len(_cells(line)) >= MIN_COLUMNS
        if cur:
            prev = lines[cur[-1]]
            height = statistics.median(w.bottom - w.top for w in line)
            gap = min(w.top for w in line) - max(w.bottom for w in prev)
            if gap > ROW_GAP * height or (not wide and quiet >= MAX_QUIET):
                runs.append(cur)
                cur, quiet = [], 0
        if wide:
            cur.append(i)
            quiet = 0
        elif cur:
            cur.append(i)
            quiet += 1
    if cur:
        runs.append(cur)
    return runs


def _gap(upper: list[Word], lower: list[Word]) -> float:
    return min(w.top for w in lower) - max(w.bottom for w in upper)


def _height(line: list[Word]) -> float:
    return statistics.median(w.bottom - w.top for w in line)


def _row_start(line: list[Word], starts: list[float]) -> bool:
    """A line that prints cells in two columns or more, each where a column starts: a row's
    first line (a cell's wrapped tail prints in one column only, as a heading does)."""
    return len(_cells(line)) >= 2 and _fits(line, starts)


def _heading(lines: list[list[Word]], i: int, starts: list[float], leading: float) -> bool:
    """Is line i a section row inside the block: one phrase starting at the first column, apart
    from the line above by more than the text's leading, over a row's first line?

    A plan grouped by theme prints the theme on a line of its own between rows; it may run
    across the first gutter (a cell's own text never does). Two sections of two rows each hold
    no three-row stretch of aligned lines without it.
    """
    return (
        i + 1 < len(lines) and _row_start(lines[i + 1], starts) and _lone_phrase(lines, i, starts[0], leading)
    )


def _lone_phrase(lines: list[list[Word]], i: int, left: float, leading: float) -> bool:
    """Line i prints one phrase from the left edge `left`, a row's spacing below the line above
    and close over the next."""
    line = lines[i]
    if i + 1 >= len(lines) or len(_cells(line)) != 1 or abs(line[0].x0 - left) > START_SLACK:
        return False
    height = _height(line)
    above = _gap(lines[i - 1], line) if i else float("inf")
    below = _gap(line, lines[i + 1])
    return above > leading + max(2.5, 0.3 * height) and below <= ROW_GAP * height


def _leading(lines: list[list[Word]], idx: list[int]) -> float:
    """The gap between two lines of one cell: the smallest usual gap between the run's lines."""
    gaps = [_gap(lines[a], lines[b]) for a, b in zip(idx, idx[1:], strict=False)]
    height = statistics.median(_height(lines[i]) for i in idx)
    return min(statistics.median(gaps), 0.5 * height) if gaps else 0.5 * height


def _stretch(lines: list[list[Word]], run: list[int], starts: list[float], leading: float) -> list[int]:
    """The longest stretch of lines that all fit the columns (or are section rows between them),
    from a line of MIN_COLUMNS cells."""
    best: list[int] = []
    cur: list[int] = []
    for i in run:
        if _fits(lines[i], starts) or (cur and _heading(lines, i, starts, leading)):
            if cur or len(_cells(lines[i])) >= MIN_COLUMNS:
                cur.append(i)
        else:
            cur = []
        if len(cur) > len(best):
            best = list(cur)
    return best


def _extend_down(lines: list[list[Word]], best: list[int], starts: list[float]) -> list[int]:
    """The block runs on over the lines below it that fit its columns: a long last cell, or rows
    that print fewer cells than the widest (a rating column left empty)."""
    end = best[-1] + 1
    while end < len(lines) and _fits(lines[end], starts):
        if _gap(lines[end - 1], lines[end]) > ROW_GAP * _height(lines[end]):
            break
        best.append(end)
        end += 1
    return best


def _extend_up(
    lines: list[list[Word]], best: list[int], starts: list[float], floor: int, leading: float
) -> list[int]:
    """The block's rows above its first wide line: lines that fit its columns, up to the highest
    that starts a row (two cells or more at its column starts).

    A log whose first rows leave the last column empty (a rating given only to completed
    actions) prints two cells a line there: too few to be a table alone, but the same columns.
    A line of prose above the table runs across the gutters, and a title or an introduction
    prints one cell: neither starts a row. A line of one cell that overlaps the top line's
    height belongs to its row: a table that centres its cells interleaves their lines, and the
    tallest cell's first line stands alone above the others.
    """
    top = best[0]
    i = best[0] - 1
    while (
        i > floor and _fits(lines[i], starts) and _gap(lines[i], lines[i + 1]) <= ROW_GAP * _height(lines[i])
    ):
        if _row_start(lines[i], starts) or (top == i + 1 and _gap(lines[i], lines[i + 1]) < 0):
            top = i
        i -= 1
    if top - 1 > floor and _first_section(lines, top - 1, [*range(top, best[0]), *best], starts, leading):
        top -= 1
    return list(range(top, best[0])) + best


def _first_section(
    lines: list[list[Word]], i: int, block: list[int], starts: list[float], leading: float
) -> bool:
    """Is line i, just above the block, the name of its first section?

    It is when the block prints section rows of its own and line i reads as one more of them: one
    phrase at the first column, in their type size, as far over the first row as they stand over
    theirs, and a name rather than a sentence. A title or an introduction above a table differs
    in one of these.
    """
    inside = [j for j in block if _heading(lines, j, starts, leading)]
    if not inside or not _lone_phrase(lines, i, starts[0], leading) or not _row_start(lines[i + 1], starts):
        return False
    text = " ".join(w.text for w in lines[i])
    if len(lines[i]) > MAX_SECTION_WORDS or text.endswith((".", ":", ";", ",")):
        return False
    height, below = _height(lines[i]), _gap(lines[i], lines[i + 1])
    return any(
        abs(_height(lines[j]) - height) <= 0.5 and abs(_gap(lines[j], lines[j + 1]) - below) <= SAME_GAP
        for j in inside
    )


def aligned_blocks(lines: list[list[Word]]) -> list[AlignedBlock]:
    """Every block of lines on a page that reads as a table of aligned columns, top to bottom."""
    lines = _with_cells(lines)
    picked: list[list[int]] = []
    for run in _runs(lines):
        members = [lines[i] for i in run]
        starts = _starts(members)
        if len(starts) < MIN_COLUMNS:
            continue
        leading = _leading(lines, run)
        best = _stretch(lines, run, starts, leading)
        if not best:
            continue
        best = _extend_down(lines, best, starts)
        wide = [lines[i] for i in best if len(_cells(lines[i])) >= MIN_COLUMNS]
        used = {
            s
            for s in starts
            if sum(1 for ln in wide for c in _cells(ln) if abs(c[0].x0 - s) <= START_SLACK) >= 2
        }
        if len(wide) < MIN_ROWS or len(used) < MIN_COLUMNS:
            continue
        floor = picked[-1][-1] if picked else -1
        best = _extend_up(lines, best, starts, floor, leading)
        if picked and best[0] <= floor + 1 and best[-1] > floor:
            # Rows above the block's first wide line run up to the block above: one table.
            picked[-1] = sorted({*picked[-1], *best})
        else:
            picked.append(best)
    return [_block(lines, best) for best in picked]


def _block(lines: list[list[Word]], best: list[int]) -> AlignedBlock:
    words = [w for i in best for w in lines[i]]
    below = lines[best[-1] + 1] if best[-1] + 1 < len(lines) else None
    return AlignedBlock(
        min(w.top for w in words) - 1,
        max(w.bottom for w in words) + 1,
        min(w.x0 for w in words) - 1,
        max(w.x1 for w in words) + 1,
        min(w.top for w in below) if below else None,
        statistics.median(w.bottom - w.top for w in words),
    )


def without_section_lines(lines: list[list[Word]]) -> list[list[Word]]:
    """The lines of an unruled table less its section rows, for finding its columns.

    A section name printed on its own line may run across the first gutter ('Live well' over a
    narrow ref column); with no rule to frame it, it would close that gutter. Its columns are
    those of the rows' lines: every section row sits between two of them.
    """
    if len(lines) < 2:
        return lines
    lines = _with_cells(lines)
    firsts = [_cells(ln)[0][0].x0 for ln in lines if len(_cells(ln)) >= MIN_COLUMNS]
    if not firsts:
        return lines
    leading = _leading(lines, list(range(len(lines))))
    left = min(firsts)
    return [
        ln
        for i, ln in enumerate(lines)
        if not (_lone_phrase(lines, i, left, leading) and len(_cells(lines[i + 1])) >= MIN_COLUMNS)
    ]

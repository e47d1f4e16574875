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
from dataclasses import dataclass

from extractors.geometry import Word, cluster
from extractors.layout.headers import chunks

MIN_COLUMNS = 3  # column starts the block's rows share
MIN_ROWS = 3  # lines printing text in MIN_COLUMNS cells or more
START_SLACK = 3.0  # points by which two cells of one column may start apart
CROSS_SLACK = 2.0  # points text may reach past a gutter before it crosses it
MAX_QUIET = 6  # lines in a row with fewer than MIN_COLUMNS cells (a long cell running on)
ROW_GAP = 3.0  # line heights: a wider gap between two lines ends the block


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


def _cells(line: list[Word]) -> list[list[Word]]:
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


def aligned_blocks(lines: list[list[Word]]) -> list[AlignedBlock]:
    """Every block of lines on a page that reads as a table of aligned columns, top to bottom."""
    out: list[AlignedBlock] = []
    for run in _runs(lines):
        members = [lines[i] for i in run]
        starts = _starts(members)
        if len(starts) < MIN_COLUMNS:
            continue
        # The longest stretch of lines that all fit the columns, from a line of MIN_COLUMNS cells.
        best: list[int] = []
        cur: list[int] = []
        for i in run:
            if _fits(lines[i], starts):
                if cur or len(_cells(lines[i])) >= MIN_COLUMNS:
                    cur.append(i)
            else:
                cur = []
            if len(cur) > len(best):
                best = list(cur)
        # The block may run on over lines of a long last cell that fit the columns.
        end = best[-1] + 1 if best else 0
        while best and end < len(lines) and end - best[-1] <= MAX_QUIET and _fits(lines[end], starts):
            prev = lines[end - 1]
            height = statistics.median(w.bottom - w.top for w in lines[end])
            if min(w.top for w in lines[end]) - max(w.bottom for w in prev) > ROW_GAP * height:
                break
            best.append(end)
            end += 1
        block = [lines[i] for i in best]
        wide = [ln for ln in block if len(_cells(ln)) >= MIN_COLUMNS]
        used = {
            s
            for s in starts
            if sum(1 for ln in wide for c in _cells(ln) if abs(c[0].x0 - s) <= START_SLACK) >= 2
        }
        if len(wide) < MIN_ROWS or len(used) < MIN_COLUMNS:
            continue
        words = [w for ln in block for w in ln]
        below = lines[best[-1] + 1] if best[-1] + 1 < len(lines) else None
        out.append(
            AlignedBlock(
                min(w.top for w in words) - 1,
                max(w.bottom for w in words) + 1,
                min(w.x0 for w in words) - 1,
                max(w.x1 for w in words) + 1,
                min(w.top for w in below) if below else None,
                statistics.median(w.bottom - w.top for w in words),
            )
        )
    return out

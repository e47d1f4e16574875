"""Column starts an unruled table shows by the left edges of its cells, where a cell's text may run up to the next column.

A word processor's table printed without borders (LibreOffice's import of a web page) pads its
cells by a point or two: a long line in one cell can end a space's width from the next cell's
text, so no whitespace channel separates the two columns on that line, and the words of both
read as one run. What still marks the column is that each of its cells starts at the same x to a
fraction of a point, on line after line, while no word of the table runs across that x. Prose
does not do that: its lines run across any such x, and only its left margin is a common start.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.geometry import Word
from extractors.layout.headers import chunks

ALIGN = 1.0  # points by which the starts of two cells of one column may differ (one producer, one padding)
MIN_LINES = 3  # lines that start text at an x for it to be a column start
MIN_CLEAR = 2  # of them, lines whose text starts there apart from text on its left (or first)
SPLIT_GAP = 0.5  # points: a word this far or more from the one before it can start a cell
REACH_SLACK = 0.25  # of the column's width: how much further than its other cells a cell's text may run


@dataclass(frozen=True)
class Start:
    """A column's common left edge, and how far right the column on its left prints its cells
    where they stand clear of it (text running further is no cell of that column)."""

    x: float
    reach: float


def aligned_starts(
    lines: list[list[Word]], gap: float, crossing_share: float = 0.0, fixed: list[list[Word]] = ()
) -> list[Start]:
    """The x positions where at least MIN_LINES of `lines` start a word, MIN_CLEAR of them after a
    gap wider than `gap` (or as the line's first word), and across which at most `crossing_share`
    as many words run as lines start there. Words of `fixed` lines (a header row) may never run
    across one; their starts count like the others'."""
    every = [*lines, *fixed]
    runs = [chunks(sorted(line, key=lambda w: w.x0), gap=gap) for line in every]
    clear = sorted(r[0].x0 for line_runs in runs for r in line_runs)
    groups: list[list[float]] = []
    for x in clear:
        if groups and x - groups[-1][0] <= ALIGN:
            groups[-1].append(x)
        else:
            groups.append([x])
    xs: list[float] = []
    for group in groups:
        if len(group) < MIN_CLEAR:
            continue
        s = group[0]
        starting = sum(1 for line in every if any(abs(w.x0 - s) <= ALIGN for w in line))
        if starting < MIN_LINES:
            continue
        if any(w.x0 < s - ALIGN and w.x1 > s + ALIGN for line in fixed for w in line):
            continue
        crossing = sum(1 for line in lines for w in line if w.x0 < s - ALIGN and w.x1 > s + ALIGN)
        if crossing <= crossing_share * starting:
            xs.append(s)
    out: list[Start] = []
    for k, s in enumerate(xs):
        lo = xs[k - 1] - ALIGN if k else float("-inf")
        ends = [r[-1].x1 for line_runs in runs for r in line_runs if r[0].x0 >= lo and r[-1].x1 < s]
        width = s - xs[k - 1] if k else 0.0
        out.append(Start(s, max(ends) + REACH_SLACK * width if ends else float("-inf")))
    return out


def split_at_starts(runs: list[list[Word]], starts: list[Start]) -> list[list[Word]]:
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
                abs(w.x0 - s.x) <= ALIGN and prev.x1 <= s.reach for s in starts
            ):
                out.append(cur)
                cur = [w]
            else:
                cur.append(w)
        out.append(cur)
    return out

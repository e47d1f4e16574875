"""Tables drawn with fills instead of rules: a stack of full-width bands (a dark header band, zebra rows) marks a table and its rows.

InDesign and web pages often draw a table with no rules at all: a coloured band behind the header
row and every other row shaded. Bands of one width stacked down the page, a white row's height
apart at most, are one table; their edges are its row boundaries, except where a cell drawn
later over several rows (a tall target-date cell in its own fill) covers the edge.
"""

from __future__ import annotations

import statistics

from extractors.core.fills import Fill
from extractors.geometry import Segment, Word, group_lines

MIN_WIDTH_SHARE = 0.3  # of the page width: narrower fills are cells (a rating), not row bands
MIN_BAND, MAX_BAND = 6.0, 150.0  # points: the height a row band may have
SAME_EDGE = 3.0  # points within which two bands share their left and right edges
MIN_BANDS = 2


def _runs(bands: list[Fill]) -> list[list[Fill]]:
    """Bands of one width cut into stacks: the next band starts within a white row's height."""
    runs: list[list[Fill]] = []
    for b in sorted(bands, key=lambda f: f.top):
        if runs:
            prev = runs[-1][-1]
            gap = b.top - prev.bottom
            room = 2.5 * max(prev.bottom - prev.top, b.bottom - b.top) + 1
            # Bands touch (a header band over the first shaded row), or a white row apart are
            # shaded alike (zebra); a banner heading above the table is neither.
            if -1 <= gap <= 1 or (gap <= room and _alike(prev, b)):
                runs[-1].append(b)
                continue
        runs.append([b])
    return runs


def _alike(a: Fill, b: Fill) -> bool:
    return all(abs(p - q) <= 0.03 for p, q in zip(a.rgb, b.rgb, strict=True))


def banded_tables(
    fills: list[Fill], words: list[Word], width: float
) -> list[tuple[float, float, float, list[Segment]]]:
    """(top, x0, x1, row edges) of every stack of bands holding text in at least two places across."""
    wide = [
        f
        for f in fills
        if f.x1 - f.x0 >= MIN_WIDTH_SHARE * width
        and MIN_BAND <= f.bottom - f.top <= MAX_BAND
        and f.rgb != (1.0, 1.0, 1.0)
    ]
    groups: list[list[Fill]] = []
    for f in sorted(wide, key=lambda f: (f.x0, f.x1)):
        for g in groups:
            if abs(g[0].x0 - f.x0) <= SAME_EDGE and abs(g[0].x1 - f.x1) <= SAME_EDGE:
                g.append(f)
                break
        else:
            groups.append([f])
    out = []
    for g in groups:
        for run in _runs(g):
            if len(run) < MIN_BANDS:
                continue
            x0, x1 = min(f.x0 for f in run), max(f.x1 for f in run)
            inside = [w for w in words if run[0].top < w.yc < run[-1].bottom and x0 < w.xc < x1]
            if len({round(w.x0 / 20) for w in inside}) < 2:
                continue
            edges = sorted({round(e, 1) for f in run for e in (f.top, f.bottom)})
            over = [f for f in fills if f.order > min(b.order for b in run) and f not in run]
            rules = [s for y in edges for s in _cut(Segment(y, x0, x1), over)]
            out.append((run[0].top, x0, x1, rules))
    return sorted(out, key=lambda t: t[0])


def _cut(edge: Segment, over: list[Fill]) -> list[Segment]:
    """The edge minus where a fill painted later covers it (a cell spanning the rows either side)."""
    pieces = [(edge.lo, edge.hi)]
    for f in over:
        if f.top < edge.pos - 1 and f.bottom > edge.pos + 1:
            pieces = [p for a, b in pieces for p in ((a, min(b, f.x0)), (max(a, f.x1), b)) if p[1] - p[0] > 1]
    return [Segment(edge.pos, a, b) for a, b in pieces]


def last_row_bottom(words: list[Word], bottom: float, x0: float, x1: float, limit: float) -> float:
    """Where a banded table ends: its last row may be an unshaded one below the last band, whose
    lines start a cell padding below it and follow each other at the table's leading."""
    end = bottom
    lines = group_lines([w for w in words if bottom < w.yc < limit and x0 <= w.xc <= x1])
    for line in lines:
        height = statistics.median(w.bottom - w.top for w in line)
        top = min(w.top for w in line)
        if top - end > (0.8 if end > bottom else 1.0) * height:
            break
        if line[0].x0 < x0 - 2 or line[-1].x1 > x1 + 2:
            break
        end = max(w.bottom for w in line) + 1
    return end

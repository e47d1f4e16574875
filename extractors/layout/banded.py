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
from extractors.layout.headers import chunks

MIN_WIDTH_SHARE = 0.3  # of the page width: narrower fills are cells (a rating), not row bands
MIN_BAND, MAX_BAND = 6.0, 150.0  # points: the height a row band may have
SAME_EDGE = 3.0  # points within which two bands share their left and right edges
MIN_BANDS = 2
JOIN_GAP = 1.5  # points: cell fills this close side by side, same height and colour, are one band
EDGE_SNAP = 2.0  # points within which a painted piece's edge is a band's edge


def _joined(fills: list[Fill]) -> list[Fill]:
    """Fills of one row's cells joined into the band they paint together.

    A browser paints each cell's background on its own, so a shaded row is a run of cell-wide
    fills of one colour and one height edge to edge, none of them as wide as the table.
    """
    out: list[Fill] = []
    for f in sorted(fills, key=lambda f: (round(f.top), round(f.bottom), f.rgb, f.x0)):
        prev = out[-1] if out else None
        if (
            prev is not None
            and abs(prev.top - f.top) <= 1
            and abs(prev.bottom - f.bottom) <= 1
            and _alike(prev, f)
            and -1 <= f.x0 - prev.x1 <= JOIN_GAP
        ):
            out[-1] = Fill(
                prev.x0, prev.top, max(prev.x1, f.x1), prev.bottom, prev.rgb, min(prev.order, f.order)
            )
        else:
            out.append(f)
    return out


def _tall(f: Fill) -> bool:
    return f.bottom - f.top > MAX_BAND


def _runs(bands: list[Fill]) -> list[list[Fill]]:
    """Bands of one width cut into stacks: the next band starts within a white row's height.

    A band taller than MAX_BAND (a shaded row of a long cell, often the last one on the page)
    joins only the band before or after it of its own colour and edges: alone, so tall a fill is
    a box or a page background, not a row."""
    runs: list[list[Fill]] = []
    for b in sorted(bands, key=lambda f: f.top):
        if runs:
            prev = runs[-1][-1]
            gap = b.top - prev.bottom
            normal = [f.bottom - f.top for f in (prev, b) if not _tall(f)]
            room = 2.5 * max(normal, default=0.0) + 1
            if (_tall(prev) or _tall(b)) and not (_alike(prev, b) and _same_edges(prev, b)):
                room = -2.0  # a tall fill joins only a band of its own table
            # Bands touch (a header band over the first shaded row), or a white row apart are
            # shaded alike (zebra); a banner heading above the table is neither.
            if room >= 0 and (-1 <= gap <= 1 or (gap <= room and _alike(prev, b))):
                runs[-1].append(b)
                continue
        runs.append([b])
    return runs


def _same_edges(a: Fill, b: Fill) -> bool:
    return abs(a.x0 - b.x0) <= SAME_EDGE and abs(a.x1 - b.x1) <= SAME_EDGE


def _alike(a: Fill, b: Fill) -> bool:
    return all(abs(p - q) <= 0.03 for p, q in zip(a.rgb, b.rgb, strict=True))


def banded_tables(
    fills: list[Fill], words: list[Word], width: float
) -> list[tuple[float, float, float, list[Segment]]]:
    """(top, x0, x1, row edges) of every stack of bands holding text in at least two places across."""
    fills = _joined(fills)
    wide = [
        f
        for f in fills
        if f.x1 - f.x0 >= MIN_WIDTH_SHARE * width
        and MIN_BAND <= f.bottom - f.top
        and f.rgb != (1.0, 1.0, 1.0)
    ]
    # Bands of one table share their right edge; their left edge moves in where a cell drawn
    # across several rows (a rowspan area cell) stands in front of the lower rows.
    groups: list[list[Fill]] = []
    for f in sorted(wide, key=lambda f: (f.x1, f.x0)):
        for g in groups:
            if abs(g[0].x1 - f.x1) <= SAME_EDGE:
                g.append(f)
                break
        else:
            groups.append([f])
    out = []
    for g in groups:
        for run in _runs(g):
            if sum(1 for f in run if not _tall(f)) < MIN_BANDS:
                continue
            x0, x1 = min(f.x0 for f in run), max(f.x1 for f in run)
            inside = [w for w in words if run[0].top < w.yc < run[-1].bottom and x0 < w.xc < x1]
            # Text in two cells across at least: a column of rating fills ('On track') is no stack of rows.
            if len({round(c[0].x0 / 20) for line in group_lines(inside) for c in chunks(line)}) < 2:
                continue
            painted = run + _cells_beside(run, fills)
            x0 = min(f.x0 for f in painted)
            first = min(b.order for b in run)
            # A cell painted after the bands over several rows (a tall cell) hides their edges.
            over = [f for f in fills if f.order > first and f not in run]
            # Each painted piece rules the rows above and below it only as wide as it is painted.
            rules = [
                s
                for f in painted
                for y in (f.top, f.bottom)
                if _row_edge(y, run)
                for s in _cut(Segment(round(y, 1), f.x0, f.x1), over)
            ]
            # A tall cell starting under the last band (the next group's rowspan cell) starts a row there.
            rules += [Segment(round(f.top, 1), f.x0, f.x1) for f in _cells_below(run, fills)]
            out.append((_unshaded_first_row(run, words, x0, x1), x0, x1, rules))
    return sorted(out, key=lambda t: t[0])


def _unshaded_first_row(run: list[Fill], words: list[Word], x0: float, x1: float) -> float:
    """Where a zebra table with no header starts: its first row may be an unshaded one above the
    first band, as tall as the white rows between the bands at most, its text in two cells across
    (a title or paragraph above the table runs across them, or stands a gap apart)."""
    top = run[0].top
    whites = [b.top - a.bottom for a, b in zip(run, run[1:], strict=False) if b.top - a.bottom > 1]
    if not whites:
        return top
    reach = top - max(whites) - 1
    above = group_lines([w for w in words if w.yc < top and x0 - 2 <= w.x0 and w.x1 <= x1 + 2])
    lines = [ln for ln in above if min(w.top for w in ln) >= reach]
    if not lines:
        return top
    outside = above[: len(above) - len(lines)]
    height = statistics.median(w.bottom - w.top for w in lines[0])
    # A paragraph above the table may reach as far down as a white row is tall: the row is the
    # lines nearest the band, below the last gap a row's own lines never leave.
    for k in range(len(lines) - 1, 0, -1):
        if min(w.top for w in lines[k]) - max(w.bottom for w in lines[k - 1]) >= 0.5 * height:
            outside, lines = outside + lines[:k], lines[k:]
            break
    if outside and min(w.top for w in lines[0]) - max(w.bottom for w in outside[-1]) < 0.5 * height:
        return top  # the lines run on from text above the table: not a row of their own
    if len(chunks(lines[0])) < 2 or any(all(w.bold for w in ln) for ln in lines):
        return top
    return min(w.top for w in lines[0]) - 1


def _cells_beside(run: list[Fill], fills: list[Fill]) -> list[Fill]:
    """The other painted cells of a stack of bands' rows.

    A cell drawn across several rows (a rowspan area cell, in white or its own colour) splits a
    shaded row into pieces: the piece left of it is still that row's band, and the tall cell's
    own edges are where one group of rows ends and the next begins.
    """
    x0, x1 = min(f.x0 for f in run), max(f.x1 for f in run)
    top, bottom = run[0].top, run[-1].bottom
    out: list[Fill] = []
    for f in fills:
        if f in run or f.bottom - f.top < MIN_BAND or f.x1 > x1 + SAME_EDGE:
            continue
        mate = any(abs(f.top - b.top) <= 1 and abs(f.bottom - b.bottom) <= 1 and _alike(f, b) for b in run)
        beside = f.bottom > top + 1 and f.top < bottom - 1 and f.x1 >= x0 - JOIN_GAP
        if mate or beside:
            out.append(f)
    return out


def _row_edge(y: float, run: list[Fill]) -> bool:
    """Can a painted piece's edge at height y be a row boundary of the stack?

    Zebra rows alternate shaded and white, so every row boundary inside the stack is a band's
    edge. A browser paints the part of a rowspan cell the page break carried over as tall as it
    likes (ending inside a shaded row, or a few points into a white one): an edge inside a band,
    or nearer a band's edge than a row can be tall, is no boundary."""
    if y < run[0].top - 1 or y > run[-1].bottom + 1:
        return True
    edges = [e for b in run for e in (b.top, b.bottom)]
    if min(abs(y - e) for e in edges) <= EDGE_SNAP:
        return True
    inside = any(b.top < y < b.bottom for b in run)
    return not inside and min(abs(y - e) for e in edges) >= MIN_BAND


def _cells_below(run: list[Fill], fills: list[Fill]) -> list[Fill]:
    """Cells (white ones too) that start where the stack's last band ends and are narrower than
    the stack: a cell drawn over the rows below it (a rowspan area cell), whose top the bands,
    painted round it, leave unruled."""
    x0, x1 = min(f.x0 for f in run), max(f.x1 for f in run)
    bottom = run[-1].bottom
    return [
        f
        for f in fills
        if abs(f.top - bottom) <= 1
        and f.bottom - f.top >= MIN_BAND
        and f.x1 <= x1 + SAME_EDGE
        and f.x1 >= x0 - JOIN_GAP
        and f.x1 - f.x0 < 0.5 * (x1 - x0)
    ]


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

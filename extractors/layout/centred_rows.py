"""Rows of an unruled table whose cells are centred vertically: each row is the stretch of text centred on one line.

A word processor's table with its borders gone (LibreOffice drops CSS borders on HTML import)
prints every cell centred in its row: a row of one-line cells beside a six-line cell puts those
lines half-way down, and the spacing between two rows can be smaller than the paragraph space
inside a tall cell. Neither the tops of the lines nor the gaps between them say where a row
starts. Centring does: every cell of a row has the same middle, so a row is the shortest stretch
of lines from the first line left over, ending at a gap no text crosses, in which each column's
text is centred on the stretch's middle and the first column (the ref that anchors the row)
holds one cell (the first holding text: a merged group cell left of it prints on one of its rows).
Text under the last such row (a key, a note) is left to the spacing rules.
"""

from __future__ import annotations

import statistics

from extractors.geometry import Word, group_lines
from extractors.layout.rows import row_bounds_from_refs, row_bounds_from_text

CENTRE_SLACK = 2.0  # points by which the middles of two cells of one row may differ
LEADING_SLACK = 1.0  # points by which two gaps between a cell's lines may differ


def _blocks(words: list[Word]) -> list[tuple[float, float]]:
    """Stretches of text with a gap between them that no word crosses, top to bottom."""
    out: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: w.top):
        if out and w.top <= out[-1][1] + 0.5:
            out[-1] = (out[-1][0], max(out[-1][1], w.bottom))
        else:
            out.append((w.top, w.bottom))
    return out


def _one_cell(words: list[Word], height: float) -> bool:
    """The words' lines stand at the text's leading: one cell, not two cells of two rows."""
    lines = group_lines(words)
    return all(
        min(w.top for w in b) - max(w.bottom for w in a) <= 0.6 * height
        for a, b in zip(lines, lines[1:], strict=False)
    )


def _centred(
    words: list[Word],
    columns: list[tuple[float, float]],
    top: float,
    bottom: float,
    height: float,
    leading: float = 0.0,
) -> bool | None:
    """Is the stretch [top, bottom] one centred row? True when its cells' middles meet and some
    cell starts lower than another (centring seen), None when they meet with every cell starting
    at the row's top (a row of one-line cells: no evidence either way), False otherwise.

    A cell of several paragraphs may end in an empty one ('13.09.2023', a blank line,
    '08.11.2023', a blank line): its printed text is centred half a line off the row's middle."""
    inside = [w for w in words if top <= w.yc <= bottom]
    cells = [[w for w in inside if a <= w.xc < b] for a, b in columns]
    held = [c for c in cells if c]
    # The first column holding text anchors the row (its ref); a group column left of it is
    # empty on the rows its merged cell does not print on.
    if len(held) < 2 or not _one_cell(held[0], height):
        return False
    middle = (top + bottom) / 2
    slack = max(CENTRE_SLACK, 0.25 * height)
    half_line = (height + leading) / 2
    for c in held:
        off = abs((min(w.top for w in c) + max(w.bottom for w in c)) / 2 - middle)
        if off > slack and not (len(_column_cells(c, height)) > 1 and abs(off - half_line) <= slack):
            return False
    return True if max(min(w.top for w in c) for c in held) - top > 0.5 * height else None


def _leading(words: list[Word], columns: list[tuple[float, float]], height: float) -> float:
    """The gap between two lines of one cell: the narrowest between a column's successive lines.

    Rows may stand closer than a cell's paragraphs (centring pads only the shorter cells), but
    never closer than its lines."""
    gaps = []
    for a, b in columns:
        lines = group_lines([w for w in words if a <= w.xc < b])
        for up, down in zip(lines, lines[1:], strict=False):
            gap = min(w.top for w in down) - max(w.bottom for w in up)
            if -0.5 <= gap <= 0.6 * height:
                gaps.append(gap)
    return min(gaps, default=0.0)


def _runs_on(
    words: list[Word], columns: list[tuple[float, float]], above: float, below: float, leading: float
) -> bool:
    """Does some column print a line just above `above` and its next line at the cells' leading
    under `below`: one cell going on across the gap, which no row boundary cuts?"""
    for a, b in columns:
        col = [w for w in words if a <= w.xc < b]
        up = [w.bottom for w in col if w.bottom <= above + 0.5]
        down = [w.top for w in col if w.top >= below - 0.5]
        if up and down and min(down) - max(up) <= leading + LEADING_SLACK:
            return True
    return False


def _column_cells(words: list[Word], height: float) -> list[tuple[float, float]]:
    """(top, bottom) of each cell of one column: its lines at the text's leading belong together."""
    cells: list[tuple[float, float]] = []
    for line in group_lines(words):
        top, bottom = min(w.top for w in line), max(w.bottom for w in line)
        if cells and top - cells[-1][1] <= 0.6 * height:
            cells[-1] = (cells[-1][0], bottom)
        else:
            cells.append((top, bottom))
    return cells


def _centring_shows(words: list[Word], columns: list[tuple[float, float]], height: float) -> bool:
    """Do the table's cells of different heights share their middles more often than their tops?

    Side by side, a one-line cell and a three-line cell of one row start at the same height when
    the table aligns its cells to the top, and meet at their middles when it centres them.
    """
    cols = [_column_cells([w for w in words if a <= w.xc < b], height) for a, b in columns]
    slack = max(CENTRE_SLACK, 0.25 * height)
    tops = middles = 0
    for k, left in enumerate(cols):
        for right in cols[k + 1 :]:
            for a in left:
                for b in right:
                    if (
                        min(a[1], b[1]) <= max(a[0], b[0])
                        or abs((a[1] - a[0]) - (b[1] - b[0])) < 0.8 * height
                    ):
                        continue  # apart, or of one height: aligned either way
                    if abs(a[0] - b[0]) <= 1.0:
                        tops += 1
                    elif abs((a[0] + a[1]) / 2 - (b[0] + b[1]) / 2) <= slack:
                        middles += 1
    return middles > tops


def centred_row_bounds(
    words: list[Word], columns: list[tuple[float, float]], top: float, bottom: float
) -> list[float] | None:
    """Row boundaries of a table whose cells are centred vertically, or None when its rows do not
    read that way (top-aligned cells, or no row where centring shows)."""
    body = [w for w in words if top <= w.yc <= bottom]
    if len(columns) < 2 or not body:
        return None
    height = statistics.median(w.bottom - w.top for w in body)
    blocks = _blocks(body)
    leading = _leading(body, columns, height)
    if not _centring_shows(_uncut(body, columns, blocks, bottom, height, leading), columns, height):
        return None
    bounds = [top]
    seen = False
    i = 0
    while i < len(blocks):
        for j in range(i, len(blocks)):
            if j + 1 < len(blocks) and _runs_on(body, columns, blocks[j][1], blocks[j + 1][0], leading):
                continue  # a cell's lines go on below at the text's leading: no row ends here
            verdict = _centred(body, columns, blocks[i][0], blocks[j][1], height, leading)
            if verdict is not False:
                break
        else:
            if not seen and _no_anchor(body, columns, blocks[i]):
                # The top of the page before any centred row, with nothing in the ref columns:
                # the previous page's row running on (a row the page break cuts is set from
                # its top). It stays one row; the centred rows start below it.
                i += 1
                continue
            break  # no row from here down: a note under the table, or a row the page break cuts
        seen = seen or bool(verdict)
        if i:
            bounds.append((blocks[i - 1][1] + blocks[i][0]) / 2)
        i = j + 1
    if not seen:
        return None
    if i < len(blocks):
        rest = (blocks[i - 1][1] + blocks[i][0]) / 2
        return bounds + _tail_rows([w for w in body if w.yc > rest], columns, rest, bottom, height)
    return [*bounds, bottom]


def _uncut(
    words: list[Word],
    columns: list[tuple[float, float]],
    blocks: list[tuple[float, float]],
    bottom: float,
    height: float,
    leading: float,
) -> list[Word]:
    """The words less the rows a page break cuts, which a word processor sets from their tops
    whatever the table's alignment: a stretch at the top with nothing in the ref columns (the row
    running on from the page before) and the last stretch when it runs to the table's foot.
    A stretch is lines at the cells' own leading: a row's, or more than one row's."""
    stretches: list[tuple[float, float]] = []
    for b in blocks:
        if stretches and b[0] - stretches[-1][1] <= leading + LEADING_SLACK:
            stretches[-1] = (stretches[-1][0], b[1])
        else:
            stretches.append(b)
    if len(stretches) < 3:
        return words
    lo, hi = float("-inf"), float("inf")
    if _no_anchor(words, columns, stretches[0]):
        lo = stretches[0][1]
    if bottom - stretches[-1][1] <= 2 * height:
        hi = stretches[-1][0]
    return [w for w in words if lo < w.yc < hi]


def _no_anchor(words: list[Word], columns: list[tuple[float, float]], block: tuple[float, float]) -> bool:
    """Does the stretch print nothing in the table's first columns (its ref, its source)?"""
    anchors = columns[:2] if len(columns) >= 4 else columns[:1]
    return not any(block[0] <= w.yc <= block[1] and any(a <= w.xc < b for a, b in anchors) for w in words)


def _tail_rows(
    words: list[Word], columns: list[tuple[float, float]], top: float, bottom: float, height: float
) -> list[float]:
    """Rows under the last centred row: one row when the first column holding text prints one
    cell there (a row the page break cuts is set from its top, its long cells' paragraphs
    apart), else the rows the ref column's numbers start, else the spacing's."""
    for a, b in columns:
        col = [w for w in words if a <= w.xc < b]
        if col:
            if len(_column_cells(col, height)) == 1:
                return [top, bottom]
            break
    return row_bounds_from_refs(words, columns[:2], top, bottom) or row_bounds_from_text(
        group_lines(words), top, bottom
    )

"""Rows of an unruled spreadsheet print: a column whose text starts again after a blank line (or its cells' padding) starts a new row.

A spreadsheet sets its cells top-aligned with no space between rows, so line spacing says nothing
of where a row ends. But a cell's wrapped lines follow one another with no gap, and every cell of a
row starts on the row's first line: where a column that has printed text in the row prints again
after a blank line, or a column that has not prints below the row's first line, a new row has
begun, on that line.
"""

from __future__ import annotations

import statistics

from extractors.core import Cell
from extractors.geometry import Word, group_lines
from extractors.layout.cell_starts import CELL_GAP
from extractors.layout.key_rows import KEY

ROW_PAD = 0.5  # points beyond the leading between two lines that show a row's padding


def row_bounds_from_resumption(
    words: list[Word], columns: list[tuple[float, float]], top: float, bottom: float
) -> list[float] | None:
    """Row bounds from the lines where some column resumes after a blank line; None when no
    column ever does (the table is one row, or its rows are told apart otherwise)."""
    lines = group_lines([w for w in words if top <= w.yc <= bottom])
    if len(lines) < 2:
        return None
    height = statistics.median(w.bottom - w.top for ln in lines for w in ln)
    # The gap between two lines of one cell: the sheet's leading. Rows stand their cells' padding
    # further apart (a one-line row under another prints no blank line, but that padding).
    gaps = [min(w.top for w in b) - max(w.bottom for w in a) for a, b in zip(lines, lines[1:], strict=False)]
    leading = statistics.median([g for g in gaps if 0 <= g <= 0.6 * height] or [0.0])

    def held(line: list[Word]) -> set[int]:
        return {k for k, (a, b) in enumerate(columns) if any(a <= w.xc < b for w in line)}

    starts: list[float] = []
    seen: set[int] = set()  # columns that printed text since the current row began
    prev: set[int] = set()
    prev_bottom = None
    for line in lines:
        cols = held(line)
        line_top = min(w.top for w in line)
        gap = line_top - prev_bottom if prev_bottom is not None else 0.0
        # A column printing again after a blank line, a column first printing below the row's
        # first line (after a section name alone on its line), or blank lines in every column.
        resumed = bool(seen) and (
            any(c in seen and c not in prev for c in cols)
            or bool(cols - seen)
            or gap > height
            or (bool(cols & prev) and gap > leading + ROW_PAD)
        )
        if resumed:
            starts.append(line_top - 0.5)
            seen = set()
        seen |= cols
        prev = cols
        prev_bottom = max(w.bottom for w in line)
    if not starts:
        return None
    return sorted({top, *(y for y in starts if y > top + 1), bottom})


MAX_HEADING_WORDS = 8


def lone_first_cells(
    words: list[Word], columns: list[tuple[float, float]], top: float, bottom: float
) -> list[tuple[float, float]]:
    """The (top, bottom) of each line that prints only in the first column, no row number or
    code, above a line that opens a row in that column (or at the table's foot): a section name
    a sheet prints in its own row. A row's wrapped lines never open the first column alone."""
    lines = group_lines([w for w in words if top <= w.yc <= bottom])
    a, b = columns[0]
    out: list[tuple[float, float]] = []
    for k, line in enumerate(lines):
        if not all(a <= w.xc < b for w in line) or len(line) > MAX_HEADING_WORDS:
            continue
        text = " ".join(w.text for w in line)
        if KEY.match(text) or k == 0:
            continue
        above = lines[k - 1]
        if any(a <= w.xc < b for w in above):
            continue  # the first column's cell wraps onto this line
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and not (any(a <= w.xc < b for w in nxt) and any(w.xc >= b for w in nxt)):
            continue
        out.append((min(w.top for w in line) - 0.5, max(w.bottom for w in line) + 0.5))
    return out


def join_runovers(rows: list[list[Cell]], words: list[Word]) -> None:
    """Give back to the row above the text a merged cell runs on into the rows below its first.

    A cell merged over several rows prints its text from the first row down through the others;
    rows found from the other columns cut it. The part below a cut goes on with no blank line, in
    lower case, after a line that ends no sentence: it is the cell above's, and the cell it fell in
    is the lower part of the merged cell (its rows share the text, as under a drawn merge).
    """
    for k in range(1, len(rows)):
        for c, cell in enumerate(rows[k]):
            above = rows[k - 1][c]
            if c == 0 or not cell.text or not above.text or not cell.text[0].islower():
                continue
            if above.text.rstrip().endswith((".", "!", "?", ":", ";")):
                continue
            mine = [w for w in words if cell.top <= w.yc < cell.bottom and cell.x0 <= w.xc < cell.x1]
            theirs = [w for w in words if above.top <= w.yc < above.bottom and above.x0 <= w.xc < above.x1]
            if not mine or not theirs:
                continue
            height = statistics.median(w.bottom - w.top for w in mine)
            if min(w.top for w in mine) - max(w.bottom for w in theirs) > 0.6 * height:
                continue  # a blank line between: a cell of its own
            above.text = f"{above.text} {cell.text}"
            above.words += cell.words
            cell.text, cell.words, cell.merged_above = "", 0, True


def cells_at_starts(line: list[Word], inner: list[float]) -> bool:
    """Does a later word of the line start a cell: right at a column's start (just right of its
    bound), more than a word space after the word before? Then the line is cells a narrow gap
    apart, not a heading running across the columns."""
    for a, b in zip(line, line[1:], strict=False):
        gap = b.x0 - a.x1
        if gap > CELL_GAP * (b.bottom - b.top) and any(abs(b.x0 - x - 1) <= 1.1 for x in inner):
            return True
    return False

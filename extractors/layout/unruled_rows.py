"""Rows of an unruled table: from centred cells, else the numbers of its ref column, else line spacing; cut around its section lines.

A section line is one phrase run across a column boundary, which no cell's text does. In a table
whose cells are padded by a point or two (LibreOffice's borderless tables), a row's line can also
read as one phrase across a boundary: its cells' texts stand a space apart. What tells them
apart is where the text right of each boundary starts: a cell's text starts at its column's
common left edge (`cell_starts`), a heading's next word anywhere.
"""

from __future__ import annotations

import statistics

from extractors.geometry import Word, group_lines
from extractors.layout.cell_starts import PADDED, ColumnStart, find_starts
from extractors.layout.centred_rows import centred_row_bounds
from extractors.layout.key_rows import row_bounds_from_keys
from extractors.layout.ref_headings import ref_headings
from extractors.layout.rows import heading_line, row_bounds_from_refs, row_bounds_from_text, split_at_headings
from extractors.layout.sheet_rows import cells_at_starts, lone_first_cells, row_bounds_from_resumption

WORD_GAP = 0.4  # of the text height: wider gaps between words part two cells


def unruled_row_bounds(
    words: list[Word],
    columns: list[tuple[float, float]],
    top: float,
    bottom: float,
    sheet_print: bool = False,
) -> tuple[list[float], list[tuple[float, float]]]:
    """The row boundaries of an unruled table's body and the (top, bottom) of the section lines
    found in its ref column. `sheet_print`: a spreadsheet's print (rows also where its columns
    print again; a lone first cell is a section; a line whose later word starts right at a
    column's start is cells, not a heading)."""
    body = [w for w in words if top <= w.yc <= bottom]
    lines = group_lines(body)
    inner = [a for a, _ in columns[1:]]
    gap = WORD_GAP * statistics.median(w.bottom - w.top for w in body) if body else 0.0
    starts = find_starts(lines, PADDED, gap)

    def heading(line: list[Word]) -> bool:
        if sheet_print and cells_at_starts(line, inner):
            return False
        return heading_line(line, inner) and not _abutting_cells(line, inner, starts)

    plain = [w for ln in lines if not heading(ln) for w in ln]
    row_ys = (
        centred_row_bounds(plain, columns, top, bottom)
        or row_bounds_from_refs(words, columns[:2], top, bottom)
        or row_bounds_from_keys(words, columns, top, bottom)
        or (sheet_print and row_bounds_from_resumption(words, columns, top, bottom))
        or row_bounds_from_text(lines, top, bottom)
    )
    heads = ref_headings(words, columns[:2], top, bottom)
    if sheet_print:
        heads += lone_first_cells(words, columns, top, bottom)
    return split_at_headings(row_ys, lines, inner, heads, heading), heads


def _abutting_cells(line: list[Word], inner: list[float], starts: list[ColumnStart]) -> bool:
    """Does the line break at every column boundary it runs across, no word crossing it, the
    word after the break starting at that column's common left edge and the text before it
    keeping to the reach of its own column's cells? Then it is cells of one row standing close,
    not a phrase across the table."""
    for x in inner:
        if not (line[0].x0 < x - 2 and line[-1].x1 > x + 2):
            continue
        if any(w.x0 < x - 2 and w.x1 > x + 2 for w in line):
            return False
        after = min((w for w in line if w.x0 >= x - 2), key=lambda w: w.x0)
        before = max((w.x1 for w in line if w.x0 < x - 2), default=float("-inf"))
        if not any(abs(after.x0 - s.x) <= PADDED.align and before <= s.reach for s in starts):
            return False
    return True

"""Column bounds of a spreadsheet printout: the x where the lines of many cells start, exactly.

A spreadsheet prints every cell of a column from the same x (the column's left edge plus the
cell padding) and wraps its text inside the column, so the gap between two columns' text may be
narrower than any whitespace channel rule allows (a wrapped lead 'Principal Social' ends 4 pt
before the deadline 'June 2025'; a right-aligned ref '1.1' ends 2 pt before its row's area).
Those shared starts, each met after more than a word space, are the columns.
"""

from __future__ import annotations

from extractors.geometry import Word, group_lines
from extractors.layout.cell_starts import CELL_PAD, SAME_X, SHEET, read_columns

MIN_COLUMNS = 3
NARROW = 6.0  # points: a gutter narrower than this is one whitespace may miss
HEADER_AT_START = 0.5  # share of the header's labels that must start where the cells do


def sheet_columns(
    lines: list[list[Word]], header: list[Word], x0: float, x1: float, min_columns: int = MIN_COLUMNS
) -> list[float] | None:
    """Column bounds [x0, ..., x1] from the shared starts of cell lines (the column-start reader,
    `layout/cell_starts.py`, under the sheet's rule), or None when the lines do not start at
    shared xs in at least `min_columns` columns.

    A start counts when at least three lines start a word there after a gap wider than a word
    space, and some word there follows a gap wider than a cell's padding (or opens its line): a
    phrase repeated row after row ('On track') starts its second word at one x too, a word space
    after the first. A phrase of the header starts a column as well where some body word starts
    with it."""
    reading = read_columns(lines, header, x0, x1, min_columns, SHEET)
    return reading.bounds if reading is not None else None


def prefer_sheet(
    sheet: list[float] | None, aligned: list[float], header: list[Word], body: list[Word]
) -> bool:
    """Are a sheet's shared-start bounds the better reading of an unruled table than whitespace?

    When they find as many columns or more, one of them where whitespace found none with a body
    word ending less than NARROW before it (a gutter too narrow for a channel), and no word of the
    header runs across one of them. (Two
    cells of a sheet may print a word space apart: a gap says nothing here.)
    """
    if sheet is None or len(sheet) < len(aligned):
        return False
    missed = [x for x in sheet[1:-1] if all(abs(x - y) > 2 * CELL_PAD for y in aligned[1:-1])]
    if not missed or not any(0 <= x + 1 - w.x1 <= NARROW for x in missed for w in body):
        return False  # whitespace sees every gutter: the sheet adds nothing a gap did not show
    inner = sheet[1:-1]
    if header:
        # A sheet sets its labels where its cells start; a page centring them over their columns
        # (a browser's table head) is read by its whitespace.
        heights = sorted(w.bottom - w.top for w in header)
        gap = 0.5 * heights[len(heights) // 2]
        opens = [
            w
            for line in group_lines(header)
            for i, w in enumerate(line)
            if i == 0 or w.x0 - line[i - 1].x1 > gap
        ]
        at_start = sum(
            1 for w in opens if any(abs(w.x0 - x - 1) <= SAME_X + 0.5 for x in [sheet[0] - 1, *inner])
        )
        if at_start < HEADER_AT_START * len(opens):
            return False
    for line in group_lines(header):
        for w in line:
            if any(w.x0 + 1 < x < w.x1 - 1 for x in inner):
                return False
    return True


def same_bounds(own: list[float], kept: list[float], share: float = 1.0) -> bool:
    """Do a page's own shared-start bounds match the columns it carries over (a sheet's next page)?
    At least `share` of the carried columns' inner bounds within a cell's padding of the page's own."""
    if len(own) < 3 or len(kept) < 3:
        return False
    met = sum(1 for x in kept[1:-1] if any(abs(x - y) <= 2 * CELL_PAD for y in own[1:-1]))
    return met >= share * (len(kept) - 2)


def merged_bounds(sheet: list[float], aligned: list[float]) -> list[float]:
    """The sheet's bounds with every whitespace bound a column's width from all of them."""
    extra = [x for x in aligned[1:-1] if all(abs(x - y) > 2 * CELL_PAD for y in sheet[1:-1])]
    return [sheet[0], *sorted([*sheet[1:-1], *extra]), sheet[-1]]


__all__ = ["merged_bounds", "prefer_sheet", "same_bounds", "sheet_columns"]

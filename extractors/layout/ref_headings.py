"""Section names an unruled numbered table prints in its ref column, on a line of their own between rows.

A plan set with whitespace and no rules ('1 | Agree ...', 'Live well', '3 | Run ...') prints its
section names where the row numbers go. Short names fit the narrow ref column, so nothing crosses
a gutter to say they span the table, and rows found from the numbers would join each name to the
row above ('2 Live well'). What marks them is that the line holds nothing else: a row prints its
number beside its other cells, a section name stands alone, a row's spacing apart from the lines
above and below.
"""

from __future__ import annotations

from extractors.geometry import Word
from extractors.layout.rows import numbered_column, numbers_row

MAX_WORDS = 8  # a section name, not a sentence


def ref_headings(
    words: list[Word], columns: list[tuple[float, float]], top: float, bottom: float
) -> list[tuple[float, float]]:
    """The (top, bottom) of every line in the table's numbering column (the first of `columns`
    whose cells number rows) that is no row number, holds the only text at its height and opens
    a group of numbered rows below it."""
    cells = numbered_column(words, columns, top, bottom)
    if cells is None:
        return []
    out: list[tuple[float, float]] = []
    for k, cell in enumerate(cells):
        if numbers_row(cell) or len(cell) > 2 or sum(len(ln) for ln in cell) > MAX_WORDS:
            continue
        if not any(numbers_row(c) for c in cells[k + 1 :]):
            continue  # below the last row: a note under the table, not a section
        lo = min(w.top for w in cell[0]) - 0.5
        hi = max(w.bottom for w in cell[-1]) + 0.5
        beside = [w for w in words if lo < w.yc < hi and top <= w.yc <= bottom]
        if len(beside) != sum(len(ln) for ln in cell):
            continue  # other cells print at its height: a row without a number
        out.append((lo, hi))
    return out


def in_heading(band: list[Word], heads: list[tuple[float, float]]) -> bool:
    """Is every word of this row inside one of the section lines?"""
    return bool(band) and any(all(lo < w.yc < hi for w in band) for lo, hi in heads)

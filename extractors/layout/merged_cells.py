"""Whether a cell with no rule above it is the lower part of a merged cell, or a cell of its own whose rule the producer never drew.

Row rules that come from shading (zebra rows, `banded`) are missing wherever a white cell merged
over several rows meets a white row, and a browser paints no edge between two white rows: a row
there has no rule above it in some or all of its columns. A merged cell's text runs on through its
rows at its own leading, so text under a missing rule that follows the column's text above line
after line is more of that cell. Text that starts well below where the column's text above ends
(empty rows between) starts a cell of its own: a row's ref, a new group's area. Once one cell of a
row does, the row is a row of its own, and each of its cells whose text starts more than a line's
height below the column's text above (a row's padding, not a line's leading) starts its own cell
too. An empty cell under a missing rule stays part of the cell above.
"""

from __future__ import annotations

from extractors.geometry import Word

MAX_LINE_GAPS = 2.5  # line heights of white space a merged cell's text never leaves between its lines
ROW_GAP = 1.0  # line heights: more white space than this above a cell's text in a row of its own


def own_cells(cells: list[list[Word]], above: list[float | None]) -> list[bool]:
    """For each cell's words in a row (under a missing rule or not), does its text start a cell of
    its own? `above`: where each column's text in the rows read so far ends (None: none)."""
    gaps = [_gap(inside, bottom) for inside, bottom in zip(cells, above, strict=True)]
    own_row = any(g is not None and g > MAX_LINE_GAPS for g in gaps)
    limit = ROW_GAP if own_row else MAX_LINE_GAPS
    return [g is not None and g > limit for g in gaps]


def _gap(inside: list[Word], above_bottom: float | None) -> float | None:
    """The white space between the column's text above and this cell's first line, in line heights."""
    if not inside or above_bottom is None:
        return None
    height = max(w.bottom - w.top for w in inside)
    return (min(w.top for w in inside) - above_bottom) / height if height > 0 else None

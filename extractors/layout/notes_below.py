"""A key or a note printed under an unruled table is not more of its rows.

With no rules and no frame, an unruled table under a header runs down to the last text above the
footer, so the key a tracker prints under it ('Reference: each recommendation gets a
reference...') would be read as rows, and its lines, running across the table's gutters, would
hide the columns. What sets such text apart is a wider gap than the rows leave, then lines of
prose that run across the header's column starts (or a heading in a larger type over the
report's next section), with no line below that prints cells in two columns as a row does; and
the next table's header row (bold phrases in three cells or more under rows in regular type).
"""

from __future__ import annotations

import statistics

from extractors.geometry import Word, group_lines
from extractors.layout.headers import chunks
from extractors.layout.table_end import column_starts, crosses_columns

NOTE_GAP = 2.0  # line heights: a key or note stands further below the last row than rows stand apart
HEADING_SIZE = 1.25  # of the table's text height: a section heading's type
NEXT_HEADER_CELLS = 3  # bold phrases a run of bold lines under the rows prints to be a header row


def without_notes_below(words: list[Word], head: list[Word]) -> list[Word]:
    """The words of an unruled table's body less the notes printed under its last row."""
    edges = column_starts(head)
    lines = group_lines(words)
    if not edges or len(lines) < 2:
        return words
    k = _next_header(lines)
    if k is not None:
        lines = lines[:k]
        words = [w for ln in lines for w in ln]
    height = statistics.median(w.bottom - w.top for w in words)
    for k in range(1, len(lines)):
        above = max(w.bottom for w in lines[k - 1])
        if min(w.top for w in lines[k]) - above <= NOTE_GAP * height:
            continue
        rest = lines[k:]
        if any(_row_line(ln, edges) for ln in rest):
            continue
        if any(crosses_columns(ln, edges) for ln in rest) or _heading(rest[0], height):
            return [w for w in words if w.bottom <= above + 0.5]
    return words


def _next_header(lines: list[list[Word]]) -> int | None:
    """The index of the first line of another table's header under the rows: a run of lines all
    in bold, after rows in regular type, whose phrases stand in three cells or more (a section
    row in bold is one phrase)."""
    regular = False
    k = 0
    while k < len(lines):
        if not all(w.bold for w in lines[k]):
            regular = regular or sum(w.bold for w in lines[k]) <= len(lines[k]) / 2
            k += 1
            continue
        end = k
        while end < len(lines) and all(w.bold for w in lines[end]):
            end += 1
        if regular and sum(len(chunks(ln)) for ln in lines[k:end]) >= NEXT_HEADER_CELLS:
            return k
        k = end
    return None


def _heading(line: list[Word], height: float) -> bool:
    """One phrase in a type clearly larger than the table's: the heading of the report's next
    section (a form or a paragraph under it), not a row."""
    return (
        len(chunks(line)) == 1 and statistics.median(w.bottom - w.top for w in line) >= HEADING_SIZE * height
    )


def _row_line(line: list[Word], edges: list[float]) -> bool:
    """A line printing cells in two columns or more, none running across a column start.

    Two phrases inside one column (a form's label and value, 'Date approved  3 October 2025',
    under the table) are no row of it."""
    columns = {sum(1 for e in edges if c[0].x0 >= e - 3) for c in chunks(line)}
    return len(columns) >= 2 and not crosses_columns(line, edges, at_least=1)

"""Row finding: row boundaries from horizontal rules, else from the numbers of a numbered first column, else from line spacing."""

from __future__ import annotations

import statistics
from collections.abc import Callable

from extractors.geometry import Segment, Word, group_lines
from extractors.layout.headers import chunks
from extractors.patterns import ROW_NUMBER

WIDE_SHARE = 0.6  # share of the table's width a merged cell spans to be a heading row
WORD_SPACE = 0.4  # of the text height: words further apart than this are not one run (cells are padded)


def row_bounds_from_text(lines: list[list[Word]], top: float, bottom: float) -> list[float]:
    """Unruled rows: a gap between lines clearly taller than the usual line spacing starts a row."""
    body = [ln for ln in lines if top <= ln[0].yc <= bottom]
    if not body:
        return [top, bottom]
    heights = [max(w.bottom - w.top for w in ln) for ln in body]
    h = statistics.median(heights)
    gaps = [
        min(w.top for w in cur) - max(w.bottom for w in prev)
        for prev, cur in zip(body, body[1:], strict=False)
    ]
    # Lines of one cell sit at the usual leading; a row adds paragraph space on top of it.
    leading = min(statistics.median(gaps), 0.5 * h) if gaps else 0.0
    bounds = [top]
    for prev, cur, gap in zip(body, body[1:], gaps, strict=False):
        if gap > leading + max(2.5, 0.3 * h):
            bounds.append((max(w.bottom for w in prev) + min(w.top for w in cur)) / 2)
    bounds.append(bottom)
    return bounds


def row_bounds_from_refs(
    words: list[Word], columns: list[tuple[float, float]], top: float, bottom: float
) -> list[float] | None:
    """Unruled rows of a numbered table: each row starts where the ref column prints a number.

    Spacing can't be trusted in a borderless table (a cell's own paragraphs are spaced like rows),
    but every row of a numbered plan begins with its ref, top-aligned with the rest of the row.
    Returns None when no column numbers rows.
    """
    cells = numbered_column(words, columns, top, bottom)
    if cells is None:
        return None
    starts = [min(w.top for w in cell[0]) for cell in cells if numbers_row(cell)]
    bounds = [top] + [y - 1 for y in starts if y - 1 > top + 1] + [bottom]
    return sorted(set(bounds))


def numbered_column(
    words: list[Word], columns: list[tuple[float, float]], top: float, bottom: float
) -> list[list[list[Word]]] | None:
    """The cells (each a list of lines) of the table's ref column: the first of `columns` (the
    first or second of the table: a group column may come first) whose cells open with row
    numbers at least twice. None when no column numbers rows."""
    for a, b in columns:
        lines = group_lines([w for w in words if a <= w.xc < b and top <= w.yc <= bottom])
        cells = _column_cells(lines)
        if sum(1 for cell in cells if numbers_row(cell)) >= 2:
            return cells
    return None


def _column_cells(lines: list[list[Word]]) -> list[list[list[Word]]]:
    """A column's lines grouped into its cells: lines at the text's own leading belong together."""
    cells: list[list[list[Word]]] = []
    for line in lines:
        height = max(w.bottom - w.top for w in line)
        if cells and min(w.top for w in line) - max(w.bottom for w in cells[-1][-1]) <= 0.6 * height:
            cells[-1].append(line)
        else:
            cells.append([line])
    return cells


def numbers_row(cell: list[list[Word]]) -> bool:
    """Does the cell open with a row number, whole on its first line or wrapped in a narrow
    column ('EC' over '1')?"""
    first = cell[0][0].text
    if ROW_NUMBER.match(first):
        return True
    if len(cell) > 1 and len(cell[0]) == 1:
        return bool(ROW_NUMBER.match(f"{first} {cell[1][0].text}"))
    return False


def heading_line(line: list[Word], inner: list[float]) -> bool:
    """Is this line one phrase (words a space apart) running across a column boundary?"""
    if not line or len(chunks(line)) != 1:
        return False
    return any(line[0].x0 < x - 2 and line[-1].x1 > x + 2 for x in inner)


def split_at_headings(
    row_ys: list[float],
    lines: list[list[Word]],
    inner: list[float],
    heads: list[tuple[float, float]] = (),
    is_heading: Callable[[list[Word]], bool] | None = None,
) -> list[float]:
    """Unruled rows cut around each heading line spanning the table: a line of one phrase that
    runs across a column boundary, which no cell's text does (or as `is_heading` says), and each
    of `heads` (section lines found otherwise, as (top, bottom)). Rows found from numbers would
    otherwise take the heading into the row above it."""
    cuts: list[float] = [y for span in heads for y in span]
    run: list[list[Word]] = []
    for line in [*lines, []]:
        spanning = bool(line) and (is_heading(line) if is_heading else heading_line(line, inner))
        if spanning:
            run.append(line)
            continue
        if run:
            cuts += [min(w.top for w in run[0]) - 0.5, max(w.bottom for w in run[-1]) + 0.5]
            run = []
    lo, hi = row_ys[0], row_ys[-1]
    return sorted({*row_ys, *(y for y in cuts if lo < y < hi)})


def rule_at(hrules: list[Segment], y: float, a: float, b: float) -> bool:
    mid_lo, mid_hi = a + 0.25 * (b - a), b - 0.25 * (b - a)
    return any(abs(s.pos - y) <= 2.0 and s.covers(mid_lo, mid_hi, slack=2.0) for s in hrules)


def overflows(band: list[Word], inner: list[float], through: list[float]) -> bool:
    """Is this row one line of text running over a column boundary that no rule crosses in it?

    A spreadsheet prints a cell's text over its empty neighbours and leaves out the gridline
    under it: a title or heading typed in the first cell ('Annex B: Our commitments'). Text in a
    cell of a row never crosses a boundary, and a row with text in two cells is a row.
    """
    lines = group_lines(band)
    if len(lines) != 1 or len({sum(1 for x in through if x <= w.xc) for w in band}) != 1:
        return False
    words = sorted(lines[0], key=lambda w: w.x0)
    space = WORD_SPACE * max(w.bottom - w.top for w in words)
    for x in (x for x in inner if x not in through):
        if any(w.x0 < x - 2 and w.x1 > x + 2 for w in words):
            return True  # a word printed across the boundary
        left = [w for w in words if w.xc < x]
        right = [w for w in words if w.xc >= x]
        if left and right and right[0].x0 - left[-1].x1 <= space:
            return True  # one run of words, a space apart, on both sides of it
    return False


def spans_table(
    band: list[Word],
    inner: list[float],
    vrules: list[Segment] | None,
    r_top: float,
    r_bottom: float,
    extent: tuple[float, float] | None = None,
) -> bool:
    """Is this row one cell across the table? Ruled: no column rule runs through it, or the rules
    that do leave one wide merged cell holding all its text (a heading row whose narrow ref cell
    stays drawn and empty). Aligned: its text crosses a column boundary, which text inside a cell
    never does."""
    if not inner:
        return False
    if vrules is not None:
        mid_lo, mid_hi = r_top + 1.5, r_bottom - 1.5
        through = [
            x for x in inner if any(abs(v.pos - x) <= 3 and v.lo <= mid_lo and v.hi >= mid_hi for v in vrules)
        ]
        if not through:
            return True
        if overflows(band, inner, through):
            return True
        if extent is None or len(inner) - len(through) < 2:
            return False
        x0, x1 = extent
        edges = [x0, *through, x1]
        holding = [(a, b) for a, b in zip(edges, edges[1:], strict=False) if any(a <= w.xc < b for w in band)]
        return len(holding) == 1 and holding[0][1] - holding[0][0] >= WIDE_SHARE * (x1 - x0)
    lines = group_lines(band)
    crossing = [ln for ln in lines if any(w.x0 < x - 2 and w.x1 > x + 2 for w in ln for x in inner)]
    if crossing and not all(overflow_line(ln, inner, 2) for ln in crossing):
        return True
    return len(lines) <= 2 and all(heading_line(line, inner) for line in lines)


def overflow_line(line: list[Word], inner: list[float], slack: float) -> bool:
    """Is this a row's line with one word run over into the next column, not a line across them?

    A long token a browser or print driver does not break (a list of paragraph numbers) runs from
    its narrow cell into the next, while the row's other cells print their lines further along.
    A heading or a sentence printed across the table crosses several column bounds, or keeps to
    the columns the one crossing word spans.
    """
    crossing = [w for w in line for x in inner if w.x0 < x - slack and w.x1 > x + slack]
    if len(crossing) != 1:
        return False

    def column(x: float) -> int:
        return sum(1 for b in inner if b <= x)

    spanned = {column(crossing[0].x0), column(crossing[0].x1)}
    return any(column(w.x0) not in spanned for w in line)

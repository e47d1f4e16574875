"""Column bounds of a spreadsheet printout: the x where the lines of many cells start, exactly.

A spreadsheet prints every cell of a column from the same x (the column's left edge plus the
cell padding) and wraps its text inside the column, so the gap between two columns' text may be
narrower than any whitespace channel rule allows (a wrapped lead 'Principal Social' ends 4 pt
before the deadline 'June 2025'; a right-aligned ref '1.1' ends 2 pt before its row's area).
Those shared starts, each met after more than a word space, are the columns.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict

from extractors.geometry import Word, group_lines

SAME_X = 0.6  # points: the lines of one column start within this of each other
MIN_STARTS = 3  # body lines that must start at an x for it to be a column start
CELL_PAD = 2.5  # points: the most a spreadsheet pads a cell's text from its edge
NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?$")
CELL_GAP = 0.32  # share of the type height: a gap wider than a word space (about 0.25 em)
MIN_COLUMNS = 3
NARROW = 6.0  # points: a gutter narrower than this is one whitespace may miss
HEADER_AT_START = 0.5  # share of the header's labels that must start where the cells do


def _starts(lines: list[list[Word]], height: float) -> dict[float, list[int]]:
    """x (rounded) -> the lines where a word starts there after a gap wider than a word space."""
    out: dict[float, list[int]] = defaultdict(list)
    for k, line in enumerate(lines):
        prev = None
        for w in line:
            if prev is None or w.x0 - prev.x1 > CELL_GAP * height:
                out[round(w.x0 * 2) / 2].append(k)
            prev = w
    return out


def _clusters(starts: dict[float, list[int]]) -> list[tuple[float, set[int]]]:
    """Nearby start xs merged: (leftmost x, lines) per cluster, left to right."""
    out: list[tuple[float, set[int]]] = []
    for x in sorted(starts):
        if out and x - out[-1][0] <= SAME_X:
            out[-1][1].update(starts[x])
        else:
            out.append((x, set(starts[x])))
    return out


def _phrase_end(line: list[Word], first: Word, gap: float) -> float:
    """The right end of the header phrase that `first` opens."""
    end = first.x1
    for w in line[line.index(first) + 1 :]:
        if w.x0 - end > gap:
            break
        end = w.x1
    return end


def sheet_columns(
    lines: list[list[Word]], header: list[Word], x0: float, x1: float, min_columns: int = MIN_COLUMNS
) -> list[float] | None:
    """Column bounds [x0, ..., x1] from the shared starts of cell lines, or None when the lines do
    not start at shared xs in at least MIN_COLUMNS columns.

    A start counts when at least MIN_STARTS lines start a word there after a gap wider than a word
    space, and some word there follows a gap wider than a cell's padding (or opens its line): a
    phrase repeated row after row ('On track') starts its second word at one x too, a word space
    after the first. A phrase of the header starts a column as well (a sparse rating column, a page
    of two rows) where some body word starts with it: a header centred over its column says
    nothing of where the cells start. A bound is put just left of each start; the first column
    runs from the table's left edge (right-aligned refs share no start).
    """
    words = [w for line in lines for w in line]
    if not words:
        return None
    height = statistics.median(w.bottom - w.top for w in words)
    clusters = [(x, ks) for x, ks in _clusters(_starts(lines, height)) if len(ks) >= MIN_STARTS]
    found = []
    for x, ks in clusters:
        at_x = [w for k in ks for w in lines[k] if abs(w.x0 - x) <= SAME_X + 0.5]
        if all(NUMBER.match(w.text) for w in at_x) and all(
            any(0 <= nx - w.x1 <= 2 * CELL_PAD for nx, _ in clusters) for w in at_x
        ):
            continue  # numbers set right against the next column's start: right-aligned in the column before
        opens = False
        for k in ks:
            line = lines[k]
            at = [i for i, w in enumerate(line) if abs(w.x0 - x) <= SAME_X + 0.5]
            if any(i == 0 or line[i].x0 - line[i - 1].x1 > 0.5 * height for i in at):
                opens = True
                break
        if opens:
            found.append(x)
    body_starts = [w.x0 for line in lines for w in line]
    for line in group_lines(header):
        prev = None
        for w in line:
            opens = prev is None or w.x0 - prev.x1 > 0.5 * height
            end = _phrase_end(line, w, 0.5 * height)
            if opens and (
                any(abs(w.x0 - x) <= SAME_X for x in body_starts)
                or not any(b.x0 < end and b.x1 > w.x0 for b in words)  # an empty column
            ):
                found.append(w.x0)
            prev = w
    xs: list[float] = []
    for x in sorted(found):
        if xs and x - xs[-1] <= 2 * SAME_X:
            continue
        xs.append(x)
    inner = [x - 1 for x in xs if x0 + 2 < x - 1 < x1 - 2]
    if len(inner) + 1 < min_columns:
        return None
    return [x0, *inner, x1]


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

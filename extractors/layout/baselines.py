"""Does a table set its cells from their tops, on one baseline grid (a spreadsheet's print), or centre them in their rows (a word processor's)?

A spreadsheet sets every cell of a row from the row's top in one type size and leading, so the
lines of neighbouring cells share their baselines: beside each other, lines stand on one grid. A
word processor's table printed without borders (LibreOffice Writer's import of a web page)
centres each cell in its row: beside a two-line cell, a one-line cell prints half-way between
its lines, at a baseline of its own, half a line pitch from theirs. Lines much closer than the
pitch (the distance from a line to the next line of its own cell) are the page's own evidence of
centred cells (word boxes may be taller than the pitch, so boxes overlapping says nothing), read
before any column is known, and they decide that a page is no sheet print (its columns and rows
are read by the padded-cell rules, not the sheet's), whatever produced it.
"""

from __future__ import annotations

import statistics

from extractors.geometry import Word

MIN_INTERLEAVED = 4  # lines beside another line's baseline that show centring (one stray line makes three)
INTERLEAVED_SHARE = 0.3  # of the table's lines
OFF_GRID = 0.75  # of the table's line pitch: two lines closer than this stand on baselines of their own
REACH = 3.0  # type heights below a line within which the next line of its cell is looked for


def _baseline(line: list[Word]) -> float:
    return statistics.median(w.bottom for w in line)


def _height(line: list[Word]) -> float:
    return statistics.median(w.bottom - w.top for w in line)


def _above_each_other(a: list[Word], b: list[Word]) -> bool:
    return any(min(u.x1, v.x1) - max(u.x0, v.x0) > 1.0 for u in a for v in b)


def line_pitch(lines: list[list[Word]]) -> float | None:
    """The table's line pitch: the median distance from a line to the next one printed under its
    words (the next line of one cell; a line beside it in another column does not count)."""
    ordered = sorted((ln for ln in lines if ln), key=_baseline)
    dists = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            d = _baseline(b) - _baseline(a)
            if d > REACH * _height(a):
                break
            if d > 0 and _above_each_other(a, b):
                dists.append(d)
                break
    return statistics.median(dists) if dists else None


def interleaved_lines(lines: list[list[Word]]) -> int:
    """How many of `lines` (as group_lines finds them) stand closer than OFF_GRID of the table's
    line pitch to the line next above or below them: on a baseline of their own beside another
    cell's lines, not on one grid with them."""
    pitch = line_pitch(lines)
    if pitch is None:
        return 0
    ys = sorted(_baseline(ln) for ln in lines if ln)
    hit = [False] * len(ys)
    for i in range(len(ys) - 1):
        if ys[i + 1] - ys[i] < OFF_GRID * pitch:
            hit[i] = hit[i + 1] = True
    return sum(hit)


def centred_cells(lines: list[list[Word]]) -> bool:
    """Do the table's lines interleave (cells centred in their rows) rather than keep to one
    baseline grid? At least MIN_INTERLEAVED lines, and INTERLEAVED_SHARE of them."""
    n = interleaved_lines(lines)
    return n >= MIN_INTERLEAVED and n >= INTERLEAVED_SHARE * len(lines)


__all__ = ["centred_cells", "interleaved_lines", "line_pitch"]

"""Does a table set its cells from their tops, on one baseline grid (a spreadsheet's print), or centre them in their rows (a word processor's)?

A spreadsheet sets every cell of a row from the row's top in one type size and leading, so the
lines of neighbouring cells share their baselines: beside each other, lines stand on one grid. A
word processor's table printed without borders (LibreOffice Writer's import of a web page)
centres each cell in its row: beside a two-line cell, a one-line cell prints half-way between
its lines, at a baseline of its own that overlaps theirs. Lines overlapping in height but not on
one baseline are the page's own evidence of centred cells, read before any column is known, and
they decide that a page is no sheet print (its columns and rows are read by the padded-cell rules,
not the sheet's), whatever produced it.
"""

from __future__ import annotations

from extractors.geometry import Word

OVERLAP = 0.5  # points two lines must overlap in height, past their edges, to print side by side
MIN_INTERLEAVED = 4  # lines beside another line's baseline that show centring (one stray line makes three)
INTERLEAVED_SHARE = 0.3  # of the table's lines


def _span(line: list[Word]) -> tuple[float, float]:
    return min(w.top for w in line), max(w.bottom for w in line)


def interleaved_lines(lines: list[list[Word]]) -> int:
    """How many of `lines` (as group_lines finds them, top to bottom) print beside another line
    whose baseline is not theirs: the two overlap in height by more than OVERLAP."""
    spans = sorted(_span(ln) for ln in lines if ln)
    hit = [False] * len(spans)
    for i, (top, bottom) in enumerate(spans):
        for j in range(i + 1, len(spans)):
            other_top, other_bottom = spans[j]
            if other_top >= bottom - OVERLAP:
                break  # sorted by top: no later line reaches up into this one
            if other_bottom > top + OVERLAP:
                hit[i] = hit[j] = True
    return sum(hit)


def centred_cells(lines: list[list[Word]]) -> bool:
    """Do the table's lines interleave (cells centred in their rows) rather than keep to one
    baseline grid? At least MIN_INTERLEAVED lines, and INTERLEAVED_SHARE of them."""
    n = interleaved_lines(lines)
    return n >= MIN_INTERLEAVED and n >= INTERLEAVED_SHARE * len(lines)


__all__ = ["centred_cells", "interleaved_lines"]

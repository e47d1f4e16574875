"""Rows of an unruled table whose first column prints one short code per row ('CS/01', 'HSG-3'): each code starts a row.

A spreadsheet log keys its rows with codes that are no plain row numbers (the ref patterns take
'3.4' and 'A1', not 'CS/01'), and sets its cells top-aligned with no space between rows, so the
spacing says nothing. A first column that holds nothing but one distinct code per line, each
beside other cells, numbers the rows all the same.
"""

from __future__ import annotations

import re

from extractors.geometry import Word, group_lines

KEY = re.compile(r"^(?=[^\d]*\d)[A-Za-z0-9]+(?:[ /.\-_][A-Za-z0-9]+)*\.?$")
MAX_KEY = 12  # characters: a code, not a word of text
MIN_KEYS = 2


def row_bounds_from_keys(
    words: list[Word], columns: list[tuple[float, float]], top: float, bottom: float
) -> list[float] | None:
    """Row bounds from the codes of the first column, or None when it holds anything else."""
    a, b = columns[0]
    inside = [w for w in words if top <= w.yc <= bottom]
    lines = group_lines([w for w in inside if a <= w.xc < b])
    if len(lines) < MIN_KEYS:
        return None
    texts = [" ".join(w.text for w in ln) for ln in lines]
    if any(len(ln) > 2 or len(t) > MAX_KEY or not KEY.match(t) for ln, t in zip(lines, texts, strict=True)):
        return None
    if len(set(texts)) != len(texts):
        return None
    for ln in lines:
        # A row prints its other cells beside its code.
        if not any(w.xc >= b and abs(w.yc - ln[0].yc) < 0.5 * (ln[0].bottom - ln[0].top) for w in inside):
            return None
    starts = [ln[0].top - 1 for ln in lines]
    return sorted({top, *(y for y in starts if y > top + 1), bottom})

"""Find a headerless table in a spreadsheet print: a run of lines whose cells all start at the sheet's shared column starts.

An action log kept in a spreadsheet and printed without its header (or with none) draws no rule
and leaves gaps between its columns narrower than a whitespace gutter ('... thirteenth meeting New'):
neither the grid nor the aligned-block finders see it. Its cells still start at the same xs line
after line, in two or more columns of words, where prose runs across and a list has one column
of text beside its bullets or numbers.
"""

from __future__ import annotations

import re
import statistics

from extractors.geometry import Word
from extractors.layout.baselines import centred_cells
from extractors.layout.cell_starts import CELL_GAP, CELL_PAD, NUMBER, SAME_X
from extractors.layout.sheet_columns import sheet_columns

MIN_ROWS = 3  # lines printing two cells or more
MIN_TEXT_LINES = 3  # lines in which a column prints words, for it to count as a column of text
MAX_TOKEN = 3  # characters of a lone last cell (a rating letter) that need not start at a known column
MAX_GAP = 3.0  # line heights between two lines of one block
WORDISH = re.compile(r"[A-Za-z]{2,}")


def _cell_starts(line: list[Word], height: float) -> list[Word]:
    return [w for i, w in enumerate(line) if i == 0 or w.x0 - line[i - 1].x1 > CELL_GAP * height]


def sheet_blocks(lines: list[list[Word]], lo: float, hi: float) -> list[tuple[float, float, float]]:
    """(top, x0, x1) of each run of lines between `lo` and `hi` that reads as a headerless sheet."""
    body = [ln for ln in lines if min(w.top for w in ln) > lo and max(w.bottom for w in ln) < hi]
    if len(body) < MIN_ROWS:
        return []
    height = statistics.median(w.bottom - w.top for ln in body for w in ln)
    x0, x1 = min(w.x0 for ln in body for w in ln) - 1, max(w.x1 for ln in body for w in ln) + 1
    same = [
        ln for ln in body if abs(statistics.median(w.bottom - w.top for w in ln) - height) <= 0.2 * height
    ]
    bounds = sheet_columns(same, [], x0, x1, min_columns=2)
    if bounds is None:
        return []
    starts = [min(w.x0 for ln in same for w in ln)] + [b + 1 for b in bounds[1:-1]]

    def fits(line: list[Word]) -> bool:
        if abs(statistics.median(w.bottom - w.top for w in line) - height) > 0.2 * height:
            return False  # a title in larger type, a note in smaller
        if any(w.x0 < b - 1 and w.x1 > b + 1 for w in line for b in bounds[1:-1]):
            return False  # runs across a column: prose
        for w in _cell_starts(line, height):
            if any(abs(w.x0 - s) <= SAME_X + 0.5 for s in starts):
                continue
            if NUMBER.match(w.text) and any(0 <= s - w.x1 <= 2 * CELL_PAD for s in starts):
                continue  # a number set right in its column
            if len(w.text) <= MAX_TOKEN and line.index(w) == len(line) - 1:
                continue  # a rating letter in a column too sparse to show its start
            return False
        return True

    out: list[tuple[float, float, float]] = []
    run: list[list[Word]] = []
    for line in [*body, []]:
        close = bool(run) and (
            not line
            or not fits(line)
            or min(w.top for w in line) - max(w.bottom for w in run[-1]) > MAX_GAP * height
        )
        if close:
            if _is_table(run, starts, height):
                out.append((min(w.top for w in run[0]) - 1, x0, x1))
            run = []
        if line and fits(line):
            run.append(line)
    return out


def _is_table(run: list[list[Word]], starts: list[float], height: float) -> bool:
    """Two cells or more on MIN_ROWS lines, two columns or more that print words, and lines on
    one baseline grid (cells centred in their rows are a word processor's, not a sheet's)."""
    if centred_cells(run):
        return False
    if sum(1 for ln in run if len(_cell_starts(ln, height)) >= 2) < MIN_ROWS:
        return False
    edges = [*starts[1:], float("inf")]
    texty = 0
    for a, b in zip(starts, edges, strict=True):
        lines = sum(
            1 for ln in run if any(a - 2 * CELL_PAD <= w.xc < b and WORDISH.search(w.text) for w in ln)
        )
        texty += lines >= MIN_TEXT_LINES
    return texty >= 2

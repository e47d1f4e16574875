"""Find a two-column commitments list printed with no rules, header or grid: owners on the left, ref-led commitments on the right ('2.6.ii. Launch ...').

A web page's list opened in a word processor loses its borders; each owner's cell is centred
beside its commitment, and two columns of text are too few for the aligned-block finder. What
still marks the list is the right column: line after line opening at one x with a hierarchical
ref (extractors/commitment_lists.REF_LED), each such line starting a row. The rows run from
the first such line down to the first line that crosses the gutter (prose) or a gap wider than
MAX_GAP lines. Left-column lines group into cells by their leading (a wider gap starts the next
cell), and each cell joins the row its middle lies in (a centred cell may start above its row's
first line). Read only on a page where the page parser found no table and a heading names
commitments (extractors/commitment_lists.py), whose decision then weighs the table.
"""

from __future__ import annotations

import re
import statistics

from extractors.commitment_lists import commitment_heading
from extractors.core import Cell, PageFacts, PageTable
from extractors.geometry import Word, group_lines, join_text

REF_TOKEN = re.compile(r"^(?:[A-Z]{1,2})?\d{1,3}(?:\.\d{1,3})+(?:\.(?:[ivx]{1,5}|[a-z]))?\.?$")
MIN_ROWS = 3
SAME_X = 2.0  # points by which the refs' starts may differ
GUTTER = 6.0  # points between the left column's text and the refs' start
MAX_GAP = 3.0  # line heights between two rows of one list
CELL_GAP = 1.15  # a gap this many times the leading starts a new left-column cell
MARGIN = 0.07


def _ref_x(lines: list[list[Word]]) -> float | None:
    """The x at which most ref-led right-column lines start, when MIN_ROWS or more do."""
    # A ref opens the right column's line, which may print no owner beside it (a centred cell).
    starts = [
        w.x0
        for ln in lines
        for k, w in enumerate(ln)
        if REF_TOKEN.match(w.text) and (k == 0 or ln[k - 1].x1 < w.x0 - GUTTER)
    ]
    if len(starts) < MIN_ROWS:
        return None
    x = statistics.median(starts)
    return x if sum(1 for s in starts if abs(s - x) <= SAME_X) >= MIN_ROWS else None


def ref_led_tables(page: PageFacts) -> list[PageTable]:
    """The page's ref-led two-column list as one headerless page table ([] when there is none)."""
    lo, hi = MARGIN * page.height, (1 - MARGIN) * page.height
    lines = [ln for ln in group_lines(page.words) if lo < ln[0].top < hi]
    if commitment_heading([" ".join(w.text for w in ln) for ln in lines]) is None:
        return []
    x = _ref_x(lines)
    if x is None:
        return []

    def led(ln: list[Word]) -> bool:
        return any(abs(w.x0 - x) <= SAME_X and REF_TOKEN.match(w.text) for w in ln)

    first = next(i for i, ln in enumerate(lines) if led(ln))
    height = statistics.median(w.bottom - w.top for ln in lines for w in ln)
    body: list[list[Word]] = []
    for ln in lines[first:]:
        if any(w.x0 < x - SAME_X and w.x1 > x - GUTTER for w in ln):
            break  # runs across the gutter: prose under the list
        if body and ln[0].top - max(w.bottom for w in body[-1]) > MAX_GAP * height:
            break
        body.append(ln)
    rights = [[w for w in ln if w.x0 >= x - SAME_X] for ln in body]
    starts = [i for i, ln in enumerate(body) if led(ln)]
    if len(starts) < MIN_ROWS:
        return []
    # Rows: from each ref-led line to the next; their vertical extent is their right cell's.
    cells_right: list[list[Word]] = []
    for k, i in enumerate(starts):
        j = starts[k + 1] if k + 1 < len(starts) else len(body)
        cells_right.append([w for ln in rights[i:j] for w in ln])
    extents = [(min(w.top for w in c), max(w.bottom for w in c)) for c in cells_right]
    # Left cells (any line above the first row inside the list's reach belongs to it too: a
    # centred owner cell starts above its commitment's first line).
    upper = lines[first - 1] if first > 0 else None
    candidates = [ln for ln in ([upper] if upper else []) + body]
    lefts = [w for ln in candidates for w in ln if w.x1 <= x - GUTTER]
    blocks = _left_blocks(lefts)
    cells_left: list[list[Word]] = [[] for _ in starts]
    for block in blocks:
        mid = (min(w.top for w in block) + max(w.bottom for w in block)) / 2
        r = min(range(len(extents)), key=lambda k: _distance(mid, extents[k]))
        if _distance(mid, extents[r]) <= height:
            cells_left[r] += block
    if sum(1 for c in cells_left if c) < MIN_ROWS:
        return []  # a numbered list with nothing beside it
    rows: list[list[Cell]] = []
    x0 = min([w.x0 for c in cells_left for w in c] + [x]) - 1
    x1 = max(w.x1 for c in cells_right for w in c) + 1
    for left, right, (top, bottom) in zip(cells_left, cells_right, extents, strict=True):
        top = min([top] + [w.top for w in left])
        bottom = max([bottom] + [w.bottom for w in left])
        rows.append(
            [
                Cell(join_text(left), x0, top, x - GUTTER / 2, bottom, False, len(left)),
                Cell(join_text(right), x - GUTTER / 2, top, x1, bottom, False, len(right)),
            ]
        )
    return [
        PageTable(
            page.number,
            x0,
            rows[0][0].top,
            x1,
            rows[-1][0].bottom,
            [(x0, x - GUTTER / 2), (x - GUTTER / 2, x1)],
            [None, None],
            rows,
            "aligned",
            text_above=True,
            page_height=float(page.height),
        )
    ]


def _left_blocks(words: list[Word]) -> list[list[Word]]:
    """The left column's words in cells: lines a leading apart are one cell."""
    lines = group_lines(words)
    if not lines:
        return []
    tops = [ln[0].top for ln in lines]
    steps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    leading = min(steps) if steps else 0.0
    blocks = [list(lines[0])]
    for prev, ln in zip(tops, lines[1:], strict=False):
        if ln[0].top - prev > CELL_GAP * leading:
            blocks.append([])
        blocks[-1] += ln
    return blocks


def _distance(y: float, extent: tuple[float, float]) -> float:
    top, bottom = extent
    return 0.0 if top <= y <= bottom else min(abs(y - top), abs(y - bottom))

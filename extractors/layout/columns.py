"""Column strategies: boundaries from vertical rules ('ruled'), else from whitespace channels down the table ('aligned')."""

from __future__ import annotations

import statistics
from collections import Counter

from extractors.core import PageTable
from extractors.geometry import Segment, Word, cluster, group_lines
from extractors.layout.cell_starts import PADDED, ColumnStart, find_starts, split_at_starts
from extractors.layout.headers import chunks, header_texts

MIN_GAP = 2.5  # narrowest whitespace channel (pt) that separates two aligned columns
BULLETS = {"•", "·", "▪", "-", "–", "o", "", "●", "◦", "*", "➢", "✓", "§"}


def wide_rules(rules: list[Segment], x0: float, x1: float, share: float = 0.5) -> list[Segment]:
    return [s for s in rules if min(s.hi, x1) - max(s.lo, x0) >= share * (x1 - x0)]


MIN_PIECE = 20.0  # points: a piece of a column rule broken at section headings spans rows, not a tick


def ruled_columns(vrules: list[Segment], x0: float, x1: float, top: float, bottom: float) -> list[float]:
    height = bottom - top

    def overlap(s: Segment) -> float:
        return min(s.hi, bottom) - max(s.lo, top)

    near = [s for s in vrules if x0 - 4 <= s.pos <= x1 + 4]
    xs = [s.pos for s in near if overlap(s) >= 0.3 * height]
    # A column rule drawn in pieces, one per grid of a table that section headings split
    # (extractors.layout.section_grids), counts by the length of all its pieces.
    pieces = [s for s in near if s.length >= MIN_PIECE and all(abs(s.pos - x) > 3 for x in xs)]
    for x in cluster([s.pos for s in pieces], tolerance=3.0):
        if sum(max(0.0, overlap(s)) for s in pieces if abs(s.pos - x) <= 3) >= 0.3 * height:
            xs.append(x)
    return cluster(xs, tolerance=3.0)


def aligned_columns(
    lines: list[list[Word]],
    header: list[Word],
    hrules: list[Segment],
    x0: float,
    x1: float,
    by_starts: bool = True,
) -> list[float]:
    """Column boundaries from whitespace channels that run through (almost) every line of the table.

    A few body lines may cross a channel (text overflowing a cell); header words never may, so a
    sparse column (a rating letter in a few rows) still keeps its boundary.
    """
    width = x1 - x0
    # Words of one cell are a space apart (about 0.28 em); cells are a padding apart (more).
    heights = [w.bottom - w.top for line in lines for w in line]
    word_gap = max(MIN_GAP, 0.4 * statistics.median(heights)) if heights else MIN_GAP
    spans: list[list[tuple[float, float]]] = []
    rule_ys = sorted({round(s.pos, 1) for s in hrules})
    band_of = [sum(1 for y in rule_ys if y < line[0].yc) for line in lines]
    lines_in_band = Counter(band_of)
    # The gaps between the header's phrases: a body line alone on its row that runs across one is
    # a heading spanning the table, not a cell (text in a cell keeps inside its column).
    header_gaps = [
        (a[-1].x1, b[0].x0)
        for line in group_lines(header)
        for a, b in zip(chunks(line, gap=word_gap), chunks(line, gap=word_gap)[1:], strict=False)
    ]
    kept: list[list[list[Word]]] = []  # each line's runs of words
    for line, band in zip(lines, band_of, strict=True):
        # Spaces grow with the type: a heading in a larger size keeps its words one phrase.
        cs = chunks(line, gap=max(word_gap, 0.4 * max(w.bottom - w.top for w in line)))
        if len(cs) == 1 and (
            (cs[0][-1].x1 - cs[0][0].x0 > 0.6 * width and not _interleaved(line, lines))
            or (rule_ys and lines_in_band[band] == 1)
            or any(cs[0][0].x0 < g0 and cs[0][-1].x1 > g1 for g0, g1 in header_gaps)
        ):
            continue  # a row that spans the table (a section heading) says nothing of columns
        kept.append(cs)
    if not kept:
        return [x0, x1]
    # Cells' common left edges split runs whose cells no wider gap parts (a narrow cell padding).
    starts = (
        find_starts([[w for c in cs for w in c] for cs in kept], PADDED, word_gap, fixed=group_lines(header))
        if by_starts
        else []
    )
    spans = [[(c[0].x0, c[-1].x1) for c in split_at_starts(cs, starts)] for cs in kept]
    step = 0.5
    n = int(width / step) + 1
    cover = [0] * n
    for sp in spans:
        for a, b in sp:
            for k in range(max(0, int((a - x0) / step)), min(n, int((b - x0) / step) + 1)):
                cover[k] += 1
    for line in group_lines(header):
        for c in chunks(line, gap=word_gap):
            for k in range(max(0, int((c[0].x0 - x0) / step)), min(n, int((c[-1].x1 - x0) / step) + 1)):
                cover[k] += len(spans) + 1
    allowed = max(0, int(0.02 * len(spans)))
    ends = sorted({s.lo for s in hrules} | {s.hi for s in hrules})
    bounds = [x0]
    k = 0
    while k < n:
        if cover[k] <= allowed:
            start = k
            while k < n and cover[k] <= allowed:
                k += 1
            a, b = x0 + start * step, x0 + k * step
            if start > 0 and k < n and b - a >= MIN_GAP:
                inside = [e for e in ends if a <= e <= b]
                bounds.append(inside[0] if inside else (a + b) / 2)
        k += 1
    bounds.append(x1)
    return _with_starts(bounds, starts, [w for cs in kept for c in cs for w in c])


def _interleaved(line: list[Word], lines: list[list[Word]]) -> bool:
    """Does another line print beside this one, at a baseline of its own that overlaps its height?

    A table that centres its cells vertically sets a one-line cell half-way down a long cell's
    lines: that long line is a cell's, however wide. A heading spanning the table stands alone.
    """
    top, bottom = min(w.top for w in line), max(w.bottom for w in line)
    return any(
        other is not line
        and min(w.top for w in other) < bottom - 0.5
        and max(w.bottom for w in other) > top + 0.5
        for other in lines
    )


def _with_starts(bounds: list[float], starts: list[ColumnStart], words: list[Word]) -> list[float]:
    """Boundaries with one before each column start that no whitespace channel separated from
    the text on its left (a gap narrower than MIN_GAP), half-way across that gap. A boundary a
    few words of that text run across (a channel that tolerated an overflowing line) moves there:
    the words end before the column starts, so they are its left neighbour's."""
    out = list(bounds)
    for s in (start.x for start in starts):
        left = [w.x1 for w in words if w.x0 < s - 1.0 and w.x1 <= s + 1.0]
        if not left or s <= bounds[0] + 1.0:
            continue
        reach = max(left)
        if any(reach - 0.5 <= b <= s + 0.5 for b in out):
            continue
        inner = [b for b in out[1:-1] if b < reach - 0.5]
        if inner and any(w.x0 < inner[-1] < w.x1 for w in words if w.x1 <= s + 1.0):
            out.remove(inner[-1])
        out.append(min((reach + s) / 2, s - 0.2))
    return sorted(out)


def drop_bullet_columns(bounds: list[float], words: list[Word]) -> list[float]:
    """Merge a column that holds only bullet glyphs into the text column to its right."""
    keep = [bounds[0]]
    for a, b, nxt in zip(bounds, bounds[1:], bounds[2:] + [None], strict=False):
        inside = [w for w in words if a <= w.xc < b]
        if nxt is not None and inside and all(w.text in BULLETS for w in inside):
            continue  # drop boundary b
        keep.append(b)
    return keep


def inherited_bounds(inherit: PageTable | None, header_words: list[Word]) -> list[float] | None:
    if inherit is None:
        return None
    bounds = [a for a, _ in inherit.columns] + [inherit.columns[-1][1]]
    if not header_words:
        return bounds
    repeated = header_texts(header_words, inherit.columns)
    same = [_squash(h) for h in repeated] == [_squash(h) for h in inherit.headers]
    return bounds if same and any(inherit.headers) else None


def _squash(text: str | None) -> str:
    return "".join((text or "").lower().split())

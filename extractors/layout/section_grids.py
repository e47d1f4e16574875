"""Join a header row drawn as a grid of its own to the grids below it that section headings separate.

A spreadsheet printout with gridlines, or a reportlab table split at each section, draws the
header row as one grid and each section's rows as another, with the section's heading printed
between them on a line of its own, outside any cell. The eye reads one table with section rows;
the grids alone read as a header with no rows and headerless tables whose area is lost. The
grids below continue the header's table when they draw the same column rules and only a single
line (the section heading) stands between one and the next.
"""

from __future__ import annotations

from extractors.geometry import Segment, Word, cluster, group_lines

RULE_SLACK = 3.0  # points by which the column rules of two grids of one table may differ
MAX_GAP_LINES = 3.0  # line heights a section heading's band between two grids may take

Start = tuple[float, float, float, float, list[Word]]  # top, body_top, x0, x1, header words


def _rules_from(vrules: list[Segment], x0: float, x1: float, y: float) -> tuple[list[float], float] | None:
    """The column rules of the grid whose rules run down from height `y`: their x positions and
    where they stop; None when fewer than three do (no grid)."""
    at = [v for v in vrules if x0 - 4 <= v.pos <= x1 + 4 and v.lo <= y + 4 and v.hi >= y + 2]
    if len(at) < 3:
        return None
    return cluster([v.pos for v in at], tolerance=RULE_SLACK), max(v.hi for v in at)


def _same_rules(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= RULE_SLACK for x, y in zip(a, b, strict=True))


def _one_heading_between(words: list[Word], x0: float, x1: float, upper: float, lower: float) -> bool:
    """Is the band between two grids a single line of text, close to both (a section heading)?"""
    lines = group_lines([w for w in words if upper < w.yc < lower and x0 - 2 <= w.xc <= x1 + 2])
    if len(lines) != 1:
        return False
    height = max(w.bottom - w.top for w in lines[0])
    return lower - upper <= MAX_GAP_LINES * height


def chain_section_grids(
    starts: list[Start], vrules: list[Segment], words: list[Word], continued: float | None = None
) -> tuple[list[Start], dict]:
    """The table starts with each header grid's sectioned grids folded into it, and where each
    such table ends ({top: bottom}). `starts` are in page order; a headerless grid start that
    continues a header's table is dropped (its rows are that table's). `continued` is the top of
    the start that carries on the previous page's sectioned table: printed without its header (a
    spreadsheet with no print titles), its grid heads the sections below it as a header would."""
    out: list[Start] = []
    reach: dict[float, float] = {}
    i = 0
    while i < len(starts):
        start = starts[i]
        out.append(start)
        i += 1
        top, body_top, x0, x1, head = start
        grid = _rules_from(vrules, x0, x1, top) if head or top == continued else None
        if grid is None:
            continue
        columns, end = grid
        while i < len(starts) and not starts[i][4]:
            below = _rules_from(vrules, x0, x1, starts[i][0])
            if below is None or not _same_rules(columns, below[0]):
                break
            if not _one_heading_between(words, x0, x1, end, starts[i][0] + 1):
                break
            end = below[1]
            reach[top] = end + 2
            i += 1
    return out, reach

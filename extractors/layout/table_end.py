"""Where a table ends on its page: the last rule that still closes one of its rows, and the rows a page break leaves open below it."""

from __future__ import annotations

from extractors.geometry import Segment, Word, cluster, group_lines
from extractors.layout.furniture import content_words, is_page_number
from extractors.layout.headers import chunks
from extractors.layout.rows import overflow_line


def ruled_extent(vrules: list[Segment], x0: float, x1: float, top: float, body_top: float) -> float | None:
    """Where a ruled table ends: its column rules start at its top and stop at its bottom, so a
    table printed below (a membership list, a budget) is not run into."""
    through = [v for v in vrules if x0 - 4 <= v.pos <= x1 + 4 and v.lo <= top + 4 and v.hi >= body_top + 2]
    if len(through) < 3:
        return None
    return max(v.hi for v in through) + 2


def open_bottom(
    vrules: list[Segment],
    words: list[Word],
    x0: float,
    x1: float,
    top: float,
    body_top: float,
    bottom: float,
    hi_margin: float,
) -> float:
    """A last row left open by a page break: its column rules run on below the last row rule.

    A browser draws each cell's borders itself, so a row cut by the page break has its sides but
    no bottom rule; its text down to where the column rules stop belongs to the table.
    """
    extent = ruled_extent(vrules, x0, x1, top, body_top)
    if extent is None or extent < bottom + 4:
        return bottom
    end = extent - 2  # where the column rules stop (ruled_extent adds a little slack)
    below = [w for w in words if bottom < w.yc < min(end, hi_margin) and x0 <= w.xc <= x1]
    return end if below else bottom


def open_cells_bottom(
    hrules: list[Segment], words: list[Word], x0: float, x1: float, bottom: float, limit: float
) -> float:
    """Extend the table over the text of a row-spanning cell that runs on below its last rule.

    The rule under the last row has a gap where a cell spanning several rows goes on (a browser
    draws it down to the page break); the lines that carry on inside that gap, at the cell's own
    leading, are the rest of that cell.
    """
    at = [s for s in hrules if abs(s.pos - bottom) <= 2.0 and s.hi > x0 and s.lo < x1]
    if not at:
        return bottom
    gaps = []
    edge = x0
    for s in sorted(at, key=lambda s: s.lo):
        if s.lo - edge > 8:
            gaps.append((edge, s.lo))
        edge = max(edge, s.hi)
    if x1 - edge > 8:
        gaps.append((edge, x1))
    if not gaps:
        return bottom
    end = bottom
    for line in group_lines([w for w in words if bottom < w.yc < limit]):
        if not all(any(a - 1 <= w.x0 and w.x1 <= b + 1 for a, b in gaps) for w in line):
            break
        height = max(w.bottom - w.top for w in line)
        inside = [w for w in words if end - 3 * height < w.yc < end and any(a <= w.xc <= b for a, b in gaps)]
        if not inside or min(w.top for w in line) - max(w.bottom for w in inside) > 0.6 * height:
            break
        end = max(w.bottom for w in line) + 1
    return end


def header_edges(head: list[Word]) -> list[float]:
    """Where the header's columns start (its first line's phrases), the first one left out."""
    return [c[0].x0 for line in group_lines(head)[:1] for c in chunks(line)][1:]


def column_starts(head: list[Word]) -> list[float]:
    """Where the header's columns start, read from every line of a header whose cells wrap (a
    bottom-aligned header prints its longer labels' first lines alone), the first one left out."""
    starts = cluster([c[0].x0 for line in group_lines(head) for c in chunks(line)], tolerance=3.0)
    return starts[1:]


def open_row_bottom(
    words: list[Word], edges: list[float], x0: float, x1: float, bottom: float, hi_margin: float
) -> float:
    """A last row cut by the page break under a table ruled between its rows only.

    A browser draws each row's rule as its cells' bottom border, so the row the page break cuts
    has none on this page. Its lines, kept to the columns (`edges`: where the header's columns
    start, or a continued table's column bounds) and running on to the foot of the page (nothing
    else printed under them), are that row; a paragraph under the table runs across the columns.
    """
    lines = group_lines(content_words([w for w in words if bottom < w.yc < hi_margin]))
    if not edges or not lines:
        return bottom
    height = max(w.bottom - w.top for w in lines[0])
    if min(w.top for w in lines[0]) - bottom > 2 * height:
        return bottom
    prev = bottom
    for line in lines:
        if line[0].x0 < x0 - 2 or line[-1].x1 > x1 + 2 or _runs_across(line, edges):
            return bottom
        if min(w.top for w in line) - prev > 2 * height:
            return bottom
        prev = max(w.bottom for w in line)
    return prev + 1


def _runs_across(line: list[Word], edges: list[float]) -> bool:
    """Does this line run across the columns (a title or paragraph line) rather than keep to them?
    One word of a row may overflow its narrow cell into the next (rows.overflow_line)."""
    return crosses_columns(line, edges, 1) and not overflow_line(line, edges, 3)


def into_foot_margin(
    words: list[Word],
    inside: list[Word],
    bottom: float,
    x0: float,
    x1: float,
    limit: float,
    edges: list[float] = (),
) -> float:
    """An unruled table's lines that run on into the page's foot margin, at the table's leading.

    A word processor fills the page down to its own bottom margin, below the share of the page
    kept for running footers: the lines that follow the table's last line at its leading or a
    row's padding apart, and keep within its width, are more of its rows. A footer or page
    number stands further apart. A row's padding is measured on the table's own rows: the widest
    gap between its lines above (at most two lines' height); a line that far apart must also keep
    to the columns (`edges`), as a row's first line does.
    """
    lines = group_lines(inside)
    prev = lines[-1]
    gaps = [min(w.top for w in b) - max(w.bottom for w in a) for a, b in zip(lines, lines[1:], strict=False)]
    for line in group_lines([w for w in words if bottom < w.yc < limit]):
        height = max(w.bottom - w.top for w in prev)
        gap = min(w.top for w in line) - max(w.bottom for w in prev)
        padding = min(max(gaps, default=0.0), 2 * height) + 0.5
        if gap > max(height, padding) or is_page_number(line):
            break
        if gap > height and (not edges or crosses_columns(line, edges, 1)):
            break
        if line[0].x0 < x0 - 2 or line[-1].x1 > x1 + 2:
            break
        prev = line
        bottom = max(w.bottom for w in line) + 1
    return bottom


def into_head_margin(words: list[Word], body: list[Word], upper: float, x0: float, x1: float) -> float:
    """How far up into the page's top margin a table continued from the previous page starts.

    A word processor with narrow margins prints the continued rows from its own top margin, above
    the share of the page kept for running headers: the lines that lead down to the table's first
    line at its leading (no more than a line's height apart), within its width, are more of its
    rows. A running header or a page number stands further apart. Returns the new upper bound.
    """
    if not body:
        return upper
    nxt = group_lines(body)[0]
    for line in reversed(group_lines([w for w in words if w.yc <= upper])):
        height = max(w.bottom - w.top for w in nxt)
        if min(w.top for w in nxt) - max(w.bottom for w in line) > height or is_page_number(line):
            break
        if line[0].x0 < x0 - 2 or line[-1].x1 > x1 + 2:
            break
        upper = min(w.yc for w in line) - 0.5
        nxt = line
    return upper


def crosses_columns(line_words: list[Word], edges: list[float], at_least: int = 2) -> bool:
    """Does text run across the header's column starts (a title or paragraph, not a table row)?"""
    crossing = sum(1 for w in line_words for e in edges if w.x0 < e - 3 < w.x1 - 3)
    return crossing >= at_least


def header_rules(vrules: list[Segment], x0: float, x1: float, top: float, body_top: float) -> list[float]:
    """The column rules that divide a header row (inner ones only), or [] when it has none."""
    if body_top - top < 4:
        return []
    xs = [v.pos for v in vrules if x0 + 4 < v.pos < x1 - 4 and v.lo <= top + 3 and v.hi >= body_top - 2]
    return cluster(xs, tolerance=3.0) if len(xs) >= 2 else []


def trim_bottom(
    rule_ys: list[float],
    words: list[Word],
    head: list[Word],
    body_top: float,
    column_rules: list[float],
    framed=lambda upper, lower: False,
) -> float:
    """The lowest rule that still closes a row of this table.

    Text that runs across the column starts is not a row: a title printed between this table and
    the next one (cut from the bottom up), or a paragraph of several lines that ends the table
    (cut at the first one from the top; a single spanning line may be a section heading row
    inside the table, so it alone does not end it). The column starts are the rules that divide
    the header, where there are some (a centred header word starts mid-column), else the
    header's words.
    """
    edges = column_rules or [c[0].x0 for line in group_lines(head)[:1] for c in chunks(line)][1:]
    if not edges:
        return rule_ys[-1]
    uppers = [body_top] + rule_ys[:-1]
    bands = [[w for w in words if upper < w.yc < lower] for upper, lower in zip(uppers, rule_ys, strict=True)]
    crossing = [bool(b) and crosses_columns(b, edges) for b in bands]
    for k, (band, crosses) in enumerate(zip(bands, crossing, strict=True)):
        if crosses and len(group_lines(band)) >= 2 and k > 0:
            return uppers[k]
    # From the bottom up, even one word across a column start marks a title below the table.
    last = len(rule_ys) - 1
    while last > 0 and (
        not bands[last]
        or (crosses_columns(bands[last], edges, at_least=1) and not framed(uppers[last], rule_ys[last]))
    ):
        last -= 1
    return rule_ys[last]


def without_next_title(words: list[Word], head: list[Word]) -> list[Word]:
    """An unruled table's words without the next table's title and introduction under them.

    With another table below, the last lines may be its banner (bold) and the sentence that
    introduces it (running across this table's column starts): neither is a row of this one.
    Cut from the bottom up, at most five lines, as `trim_bottom` cuts a ruled table.
    """
    edges = [c[0].x0 for line in group_lines(head)[:1] for c in chunks(line)][1:]
    lines = group_lines(words)
    end = len(lines)
    while (
        end > 1
        and len(lines) - end < 5
        and (all(w.bold for w in lines[end - 1]) or (edges and crosses_columns(lines[end - 1], edges, 1)))
    ):
        end -= 1
    if end == len(lines):
        return words
    return [w for line in lines[:end] for w in line]


def framed(vrules: list[Segment], x0: float, x1: float, upper: float, lower: float) -> bool:
    """Do the table's outer side rules enclose this band? Then it is a row of the table (a section
    heading spanning it), not a title printed below it."""

    def side(x: float) -> bool:
        return any(abs(v.pos - x) <= 4 and v.lo <= upper + 2 and v.hi >= lower - 2 for v in vrules)

    return side(x0) and side(x1)

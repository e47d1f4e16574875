"""A headerless list ruled between its rows only (a CSS grid drawing a rule under each cell, a table with horizontal borders) is a table: its rules are its row rules.

With no header row, no column rules and no shading, nothing else starts such a table: the header
bands, grids and bands the page parser looks for are all missing, and an aligned block needs three
columns of text where a log of actions and their status prints two (its rating may be a fill with
no text). A stack of rules of one extent, a row of text between each two, the rows' text starting
at the same two column positions or more, reads as a table. Its first row may stand above the
first rule, as a browser draws each row's rule under it.
"""

from __future__ import annotations

import statistics

from extractors.geometry import Segment, Word, group_lines
from extractors.layout.headers import chunks

MIN_RULES = 3  # rules of one extent stacked down the page
MIN_WIDTH_SHARE = 0.4  # of the page width: a shorter rule underlines a word or a cell
SAME_EXTENT = 3.0  # points by which the ends of two rules of one stack may differ
START_SLACK = 3.0  # points by which two rows' cells of one column may start apart
MAX_ROW_LINES = 12  # lines a row between two rules may hold: more is a page of prose between rules


def ruled_lists(
    hrules: list[Segment], vrules: list[Segment], words: list[Word], width: float, taken: list[float]
) -> list[tuple[float, float, float]]:
    """(top, x0, x1) of every stack of row rules holding a headerless list, with no `taken` top
    (a table already started) above its last rule."""
    long = [s for s in hrules if s.length >= MIN_WIDTH_SHARE * width and not _crossed(s, vrules)]
    out = []
    for stack in _stacks(long, words):
        top, bottom = stack[0].pos, stack[-1].pos
        x0, x1 = min(s.lo for s in stack), max(s.hi for s in stack)
        rows = [_text(words, a.pos, b.pos, x0, x1) for a, b in zip(stack, stack[1:], strict=False)]
        starts = _column_starts(rows)
        if len(starts) < 2:
            continue
        # A table started above or among the rules (under a header row) reads them as its rows.
        if any(t <= bottom for t in taken):
            continue
        first = _row_above(words, top, x0, x1, stack, starts)
        out.append((first, x0, x1))
    return out


def _crossed(rule: Segment, vrules: list[Segment]) -> bool:
    """Does a column rule cross the rule (a grid, which other readers take)?"""
    return any(
        rule.lo + 2 < v.pos < rule.hi - 2 and v.lo < rule.pos - 2 and v.hi > rule.pos + 2 for v in vrules
    )


def _stacks(rules: list[Segment], words: list[Word]) -> list[list[Segment]]:
    """Rules of one extent cut into runs whose every gap holds a row of text, no longer than a
    row may be."""
    groups: list[list[Segment]] = []
    for s in sorted(rules, key=lambda s: s.pos):
        for g in groups:
            if abs(g[0].lo - s.lo) <= SAME_EXTENT and abs(g[0].hi - s.hi) <= SAME_EXTENT:
                g.append(s)
                break
        else:
            groups.append([s])
    out: list[list[Segment]] = []
    for g in groups:
        run: list[Segment] = []
        for s in g:
            if run:
                lines = group_lines(_text(words, run[-1].pos, s.pos, s.lo, s.hi))
                if not lines or len(lines) > MAX_ROW_LINES:
                    if len(run) >= MIN_RULES:
                        out.append(run)
                    run = []
            run.append(s)
        if len(run) >= MIN_RULES:
            out.append(run)
    return out


def _text(words: list[Word], upper: float, lower: float, x0: float, x1: float) -> list[Word]:
    return [w for w in words if upper < w.yc < lower and x0 - 2 <= w.xc <= x1 + 2]


def _column_starts(rows: list[list[Word]]) -> list[float]:
    """Where the rows' cells start: the positions two rows or more (and half of them) start a
    cell at on their first line."""
    firsts = [[c[0].x0 for c in chunks(group_lines(row)[0])] for row in rows if row]
    need = max(2, len(rows) // 2)
    xs = sorted(x for row in firsts for x in row)
    starts: list[float] = []
    for x in xs:
        if starts and x - starts[-1] <= START_SLACK:
            continue
        if sum(1 for row in firsts if any(abs(c - x) <= START_SLACK for c in row)) >= need:
            starts.append(x)
    return starts


def _row_above(
    words: list[Word], top: float, x0: float, x1: float, stack: list[Segment], starts: list[float]
) -> float:
    """Where the list starts: at its first rule, or above it when the lines right over that rule
    are a row of their own (a rule drawn under each row): no taller than the rows between the
    rules, standing a gap below any text above, their first line starting cells at the columns.
    A bold such row is kept too: it is the list's header row when the lexicon names its cells
    (grid_header), else its first row."""
    tallest = max(b.pos - a.pos for a, b in zip(stack, stack[1:], strict=False))
    lines = group_lines(_text(words, top - tallest, top, x0, x1))
    if not lines:
        return top
    height = statistics.median(w.bottom - w.top for ln in lines for w in ln)
    # The row is the lines nearest the rule, below the last gap a row's own lines never leave.
    k = len(lines) - 1
    while k > 0 and min(w.top for w in lines[k]) - max(w.bottom for w in lines[k - 1]) < 0.5 * height:
        k -= 1
    row_top = min(w.top for w in lines[k])
    above = [w for w in words if w.yc < row_top and x0 - 2 <= w.xc <= x1 + 2]
    if above and row_top - max(w.bottom for w in above) < 0.5 * height:
        return top  # the lines run on from text above: a paragraph, not a row
    row = lines[k:]
    cells = [c[0].x0 for c in chunks(row[0])]
    matched = sum(1 for s in starts if any(abs(c - s) <= START_SLACK for c in cells))
    if matched < min(2, len(starts)):
        return top
    return min(w.top for w in row[0]) - 1

"""The one face every table parser has: one page in, that page's tables out, each with a quality figure."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from extractors.column_roles import assign_roles, is_action_table
from extractors.core import Cell, PageFacts, PageTable

HEADER_SEARCH = 8  # rows searched for the header
MARGIN = 0.07  # share of the page height at top and bottom kept for running headers and footers


@dataclass
class PageInput:
    """What a parser reads: the file (external parsers open it themselves), the page's facts, and
    the previous page's last table when it is still open at the bottom of that page."""

    path: Path
    page: PageFacts
    inherit: PageTable | None = None


class PageParser(Protocol):
    """A named table parser (checked by mypy)."""

    NAME: str

    def parse(self, source: PageInput) -> list[PageTable]: ...


def quality(tables: list[PageTable], inherit: PageTable | None) -> float:
    """How much of an action table a parser found on a page: 0 (nothing useful) to 1.

    A table whose header names an action table scores by the share of its rows with text in most
    columns; a headerless table scores only when it continues the open table with its columns.
    """
    best = 0.0
    for t in tables:
        if any(t.headers):
            if not is_action_table(assign_roles(t.headers)):
                continue
        elif inherit is None or len(inherit.columns) != len(t.columns):
            continue
        if not t.rows:
            continue
        filled = sum(1 for row in t.rows if sum(1 for c in row if c.text) >= 0.5 * len(row))
        best = max(best, filled / len(t.rows))
    return best


def header_row(rows: list[list[str]]) -> int | None:
    """The first row (among the first HEADER_SEARCH) whose texts name an action table's columns.

    External parsers may take a title or paragraph above the table into its first rows."""
    for i, texts in enumerate(rows[:HEADER_SEARCH]):
        if is_action_table(assign_roles([t or None for t in texts])):
            return i
    return None


def text_around(page: PageFacts, top: float, bottom: float) -> tuple[bool, bool]:
    """(body text above the table, body text below it), margins for running heads excluded."""
    lo, hi = MARGIN * page.height, (1 - MARGIN) * page.height
    above = any(lo < w.yc < top - 1 for w in page.words)
    below = any(bottom + 1 < w.yc < hi for w in page.words)
    return above, below


@dataclass
class GridCell:
    """A cell as an external parser gives it, in top-left-origin points."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    merged_above: bool = False


def grid_to_table(
    source: PageInput, grid: list[list[GridCell]], parser: str, has_row_rules: bool
) -> PageTable | None:
    """A PageTable from a grid of cells: the header row (if any) gives the headers, rows above it
    are dropped; a table without one continues the open table when it has the same columns."""
    if not grid or not grid[0]:
        return None
    n = len(grid[0])
    grid = [row for row in grid if len(row) == n]
    texts = [[" ".join(c.text.split()) for c in row] for row in grid]
    head = header_row(texts)
    if head is not None:
        headers: list[str | None] = [t or None for t in texts[head]]
        body = list(range(head + 1, len(grid)))
    elif source.inherit is not None and len(source.inherit.columns) == n:
        headers = list(source.inherit.headers)
        body = list(range(len(grid)))
    else:
        return None
    rows = [
        [
            Cell(
                texts[i][j],
                c.x0,
                c.top,
                c.x1,
                c.bottom,
                c.merged_above and i > body[0],
                len(texts[i][j].split()),
            )
            for j, c in enumerate(grid[i])
        ]
        for i in body
        if any(texts[i])
    ]
    if not rows:
        return None
    columns = [(min(r[j].x0 for r in grid), max(r[j].x1 for r in grid)) for j in range(n)]
    top = min(c.top for c in grid[head if head is not None else 0])
    bottom = max(c.bottom for c in grid[-1])
    above, below = text_around(source.page, top, bottom)
    return PageTable(
        source.page.number,
        columns[0][0],
        top,
        columns[-1][1],
        bottom,
        columns,
        headers,
        rows,
        parser,
        text_above=above,
        text_below=below,
        page_height=source.page.height,
        has_row_rules=has_row_rules,
    )

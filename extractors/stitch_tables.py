"""Stitch page fragments of one table into logical rows. Reads: page_tables. Writes: tables.

Three things happen where a table crosses a page: the repeated header is dropped (the parser
already keeps it out of the rows), a row whose text runs over the break is re-joined to its
first part, and a group cell merged over several rows ('area for improvement' printed once for
five actions) is filled down to every row it covers.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from extractors.parse_tables import Cell, PageTable
from pipeline.context import DocContext, Fragment, StageConfig

log = logging.getLogger(__name__)
NAME, VERSION = "stitch_tables", "1"

# A reference number printed at the start of an action cell: '3.4', '12.', '2a', 'A1.2', '(iv)'.
REF_PREFIX = re.compile(r"^\s*((?:[A-Z]{1,3}\s?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\.?|\(?[ivx]{1,5}\)|\(?[a-z]\))\s+(?=\S)")
GROUP_ROLES = ("area", "source_ref")  # cells printed once for a block of rows
KEY_SHARE = 0.7  # share of rows that must carry a ref for the ref to decide row starts
FILLED_SHARE = 0.9


@dataclass
class LogicalRow:
    cells: list[list[Fragment]]  # per column: the fragments that make up the cell
    merged: list[bool]  # per column: filled from the row above (a vertically merged cell)

    def text(self, col: int) -> str:
        return " ".join(f.text for f in self.cells[col] if f.text).strip()

    @property
    def pages(self) -> list[int]:
        return sorted({f.page for col in self.cells for f in col if f.text} or {f.page for col in self.cells for f in col})


@dataclass
class StitchedTable:
    fragments: list[PageTable]
    headers: list[str | None]
    roles: list[str]
    rows: list[LogicalRow] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        return self.fragments[0].title

    def col(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None


def _norm(h: str | None) -> str:
    return re.sub(r"\W+", "", (h or "").lower())


def continues(table: StitchedTable, pt: PageTable) -> bool:
    """Does page table `pt` carry on `table` from the previous page?"""
    last = table.fragments[-1]
    if pt.page != last.page + 1 or last.text_below or len(pt.columns) != len(last.columns):
        return False
    if pt.text_above and (pt.title or "") != (table.fragments[0].title or ""):
        return False
    if any(pt.headers) and [_norm(h) for h in pt.headers] != [_norm(h) for h in table.headers]:
        return False
    return True


def _fragment(cell: Cell, page: int) -> Fragment:
    return Fragment(page, cell.x0, cell.top, cell.x1, cell.bottom, cell.text)


def _has_key(table: StitchedTable, row: LogicalRow, key: tuple[str, int] | None) -> bool | None:
    if key is None:
        return None
    kind, col = key
    text = row.text(col)
    return bool(text) if kind == "ref" else bool(REF_PREFIX.match(text))


def _key_column(table: StitchedTable) -> tuple[str, int] | None:
    rows = table.rows
    if not rows:
        return None
    ref, action = table.col("ref"), table.col("action")
    if ref is not None and sum(1 for r in rows if r.text(ref)) >= KEY_SHARE * len(rows):
        return ("ref", ref)
    if action is not None and sum(1 for r in rows if REF_PREFIX.match(r.text(action))) >= KEY_SHARE * len(rows):
        return ("action", action)
    return None


def _is_continuation(table: StitchedTable, first: LogicalRow) -> bool:
    """Is the first row of a new page the rest of the previous page's last row?"""
    key = _key_column(table)
    has_key = _has_key(table, first, key)
    if has_key is not None:
        return not has_key
    # No numbering to go by: a row missing a column that nearly every row fills is a remainder.
    n = len(table.rows)
    for c, role in enumerate(table.roles):
        filled = sum(1 for r in table.rows if r.text(c))
        if role in GROUP_ROLES or n < 3:
            continue
        if filled >= FILLED_SHARE * n and not first.text(c):
            return True
    return False


def _append(row: LogicalRow, more: LogicalRow) -> None:
    for c, frags in enumerate(more.cells):
        row.cells[c].extend(f for f in frags if f.text or not row.cells[c])


def add_fragment(table: StitchedTable, pt: PageTable) -> None:
    page_rows = [
        LogicalRow([[_fragment(c, pt.page)] for c in cells], [c.merged_above for c in cells]) for cells in pt.rows
    ]
    # Vertically merged cells: the text of the whole merged cell, wherever its lines fell, is the
    # value of every row it spans.
    for c in range(len(pt.columns)):
        start = 0
        for r in range(1, len(page_rows) + 1):
            if r < len(page_rows) and page_rows[r].merged[c]:
                continue
            group = page_rows[start:r]
            if len(group) > 1:
                frags = [f for row in group for f in row.cells[c] if f.text]
                for row in group:
                    row.cells[c] = list(frags) or row.cells[c]
            start = r
    if table.rows and page_rows and len(table.fragments) > 1 and _is_continuation(table, page_rows[0]):
        _append(table.rows[-1], page_rows.pop(0))
    for i, row in enumerate(page_rows):
        if table.rows and (i == 0 or not pt.has_row_rules):
            # Across a page break (or in an unruled table) a group cell left empty belongs to the
            # block above: Word prints a merged cell's text only once.
            for role in GROUP_ROLES:
                c = table.col(role)
                if c is not None and not row.text(c) and table.rows[-1].text(c):
                    row.cells[c] = list(table.rows[-1].cells[c])
                    row.merged[c] = True
        table.rows.append(row)


def stitch(page_tables: list[PageTable]) -> list[StitchedTable]:
    tables: list[StitchedTable] = []
    for pt in page_tables:
        if tables and continues(tables[-1], pt):
            tables[-1].fragments.append(pt)
        else:
            roles = getattr(pt, "roles", ["other"] * len(pt.columns))
            tables.append(StitchedTable([pt], list(pt.headers), list(roles)))
        add_fragment(tables[-1], pt)
    return tables


def run(ctx: DocContext, cfg: StageConfig) -> None:
    ctx.tables = stitch(ctx.page_tables)
    log.debug("%s: %d page tables stitched into %d tables", ctx.short_id, len(ctx.page_tables), len(ctx.tables))

"""Stitch page fragments of one table into logical rows. Reads: page_tables. Writes: tables.

Three things happen where a table crosses a page: the repeated header is dropped (the parser
already keeps it out of the rows), a row whose text runs over the break is re-joined to its
first part, and a group cell merged over several rows ('area for improvement' printed once for
five actions) is filled down to every row it covers.
"""

from __future__ import annotations

import logging
import re

from extractors.core import Cell, DocContext, Fragment, LogicalRow, PageTable, StageConfig, StitchedTable
from extractors.patterns import MAJOR, REF_PREFIX

log = logging.getLogger(__name__)
NAME, VERSION = "stitch_tables", "2"

GROUP_ROLES = ("area", "source_ref")  # cells printed once for a block of rows
KEY_SHARE = 0.7  # share of rows that must carry a ref for the ref to decide row starts
FILLED_SHARE = 0.9


def _norm(h: str | None) -> str:
    return re.sub(r"\W+", "", (h or "").lower())


def continues(table: StitchedTable, pt: PageTable) -> bool:
    """Does page table `pt` carry on `table` from the previous page?"""
    last = table.fragments[-1]
    if pt.page != last.page + 1 or last.text_below or len(pt.columns) != len(last.columns):
        return False
    if pt.text_above and not _same_title(pt.title, table.fragments[0].title):
        return False
    if any(pt.headers) and [_norm(h) for h in pt.headers] != [_norm(h) for h in table.headers]:
        return False
    return True


CONTINUED = re.compile(r"\(?\b(continued|cont'?d|cont\.)\W*$", re.IGNORECASE)


def _same_title(title: str | None, first: str | None) -> bool:
    """A page's title says the table carries on: the same title, or it with '(continued)' added
    (a slide deck puts the table's rest on the next slide under such a title)."""
    if (title or "") == (first or ""):
        return True
    if not title or not first or not CONTINUED.search(title):
        return False
    return _norm(CONTINUED.sub("", title)) == _norm(first)


def _fragment(cell: Cell, page: int) -> Fragment:
    return Fragment(page, cell.x0, cell.top, cell.x1, cell.bottom, cell.text)


def _ref_shape(ref: str) -> str:
    """'1.4' -> '9.9', '12.' -> '9.', 'A3' -> 'A9': the pattern a plan numbers its rows with."""
    return re.sub(r"\d+", "9", re.sub(r"[A-Za-z]", "A", ref.strip()))


def _row_ref(row: LogicalRow, key: tuple[str, int] | None) -> str | None:
    if key is None:
        return None
    kind, col = key
    text = row.text(col)
    if kind == "ref":
        return text or None
    m = REF_PREFIX.match(text)
    return m.group(1) if m else None


def _has_key(table: StitchedTable, row: LogicalRow, key: tuple[str, int] | None) -> bool | None:
    if key is None:
        return None
    ref = _row_ref(row, key)
    if ref is None:
        return False
    if key[0] == "action":
        # A paragraph that happens to start with a number ('12 carers ...') is not a new row
        # unless the number looks like the plan's own refs.
        shapes = {_ref_shape(r) for r in (_row_ref(x, key) for x in table.rows) if r}
        return _ref_shape(ref) in shapes
    return True


def _key_column(table: StitchedTable) -> tuple[str, int] | None:
    rows = table.rows
    if not rows:
        return None
    ref, action = table.col("ref"), table.col("action")
    if ref is not None and sum(1 for r in rows if r.text(ref)) >= KEY_SHARE * len(rows):
        return ("ref", ref)
    if action is not None and sum(1 for r in rows if REF_PREFIX.match(r.text(action))) >= KEY_SHARE * len(
        rows
    ):
        return ("action", action)
    return None


def _is_continuation(table: StitchedTable, first: LogicalRow) -> bool:
    """Is the first row of a new page the rest of the previous page's last row?"""
    key = _key_column(table)
    has_key = _has_key(table, first, key)
    if has_key is not None:
        return not has_key
    # No numbering to go by. Every action has action text: a row without any is a remainder.
    action = table.col("action")
    if action is not None and not first.text(action) and any(r.text(action) for r in table.rows):
        return True
    # A row missing a column that nearly every row fills is a remainder too (with a few rows to
    # judge 'nearly every' by).
    n = len(table.rows)
    if n < 3:
        return False
    for c, role in enumerate(table.roles):
        if role in GROUP_ROLES:
            continue
        filled = sum(1 for r in table.rows if r.text(c))
        if filled >= FILLED_SHARE * n and not first.text(c):
            return True
    return False


def _append(row: LogicalRow, more: LogicalRow) -> None:
    """Join the remainder of a row printed at the top of the next page to the row."""
    for c, frags in enumerate(more.cells):
        row.cells[c].extend(f for f in frags if f.text)
    row.own_pages |= more.own_pages


def _squash(text: str) -> str:
    return "".join(text.split()).lower()


def _continues_group(prev_text: str, text: str, prev_ref: str | None, ref: str | None) -> bool:
    """Is a group cell's text at the top of a page the rest of the block above it?

    Yes when its sentence goes on in lower case, or when the refs say the rows are one block
    ('2.2' above, '2.3' here: area 2 carries on over the break).
    """
    if not prev_text or not text:
        return False
    if text[0].islower() and not prev_text.rstrip().endswith((".", "!", "?")):
        return True
    a, b = MAJOR.match(prev_ref or ""), MAJOR.match(ref or "")
    return bool(a and b and a.group(1) == b.group(1))


def _page_rows(pt: PageTable) -> list[LogicalRow]:
    rows = []
    for cells in pt.rows:
        own = {pt.page} if any(c.text and not c.merged_above for c in cells) else set()
        # Empty cells keep their fragment: a rating printed only as fill colour has no text.
        rows.append(
            LogicalRow([[_fragment(c, pt.page)] for c in cells], [c.merged_above for c in cells], own)
        )
    return rows


def add_fragment(table: StitchedTable, pt: PageTable) -> None:
    page_rows = _page_rows(pt)
    first_fragment = not table.rows
    if not first_fragment and page_rows and _is_continuation(table, page_rows[0]):
        _append(table.rows[-1], page_rows.pop(0))
    for i, row in enumerate(page_rows):
        prev = table.rows[-1] if table.rows else None
        for c in range(len(row.cells)):
            if prev is None:
                continue
            role = table.roles[c] if c < len(table.roles) else "other"
            if row.merged[c]:
                # The lower part of a merged cell: share the group's fragments.
                prev.cells[c].extend(row.cells[c])
                row.cells[c] = prev.cells[c]
            elif role in GROUP_ROLES and not row.text(c) and prev.text(c):
                # An empty group cell under a filled one prints the group once per block (a
                # slide or sheet that does not merge cells): the row belongs to that block.
                prev.cells[c].extend(row.cells[c])
                row.cells[c] = prev.cells[c]
                row.merged[c] = True
            elif role in GROUP_ROLES and (i == 0 or not pt.has_row_rules):
                # Across a page break (or in an unruled table) Word prints a merged cell's text once:
                # an empty group cell, or one whose sentence carries on, belongs to the block above.
                text = row.text(c)
                key = _key_column(table)
                merges = any(r.merged[c] for r in table.rows)  # this column does hold merged blocks
                if not text or (
                    merges
                    and _squash(text) != _squash(prev.text(c))  # a table that repeats it in every row
                    and _continues_group(prev.text(c), text, _row_ref(prev, key), _row_ref(row, key))
                ):
                    prev.cells[c].extend(row.cells[c])
                    row.cells[c] = prev.cells[c]
                    row.merged[c] = True
        table.rows.append(row)


def stitch(page_tables: list[PageTable]) -> list[StitchedTable]:
    tables: list[StitchedTable] = []
    for pt in page_tables:
        if tables and continues(tables[-1], pt):
            tables[-1].fragments.append(pt)
        else:
            roles = pt.roles or ["other"] * len(pt.columns)
            tables.append(StitchedTable([pt], list(pt.headers), list(roles)))
        add_fragment(tables[-1], pt)
    return tables


def run(ctx: DocContext, cfg: StageConfig) -> None:
    ctx.tables = stitch(ctx.page_tables)
    log.debug(
        "%s: %d page tables stitched into %d tables", ctx.short_id, len(ctx.page_tables), len(ctx.tables)
    )

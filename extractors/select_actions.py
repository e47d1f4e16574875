"""Keep the tables whose columns make them action tables and turn their rows into action records. Reads: tables. Writes: actions.

A table is an action table when its roles say so (an action column and at least two of lead,
deadline, progress, rating), never by its title: membership lists, budgets, colour keys and
agenda lists lack those columns.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import asdict

from extractors.column_roles import is_action_table
from extractors.core import ActionRecord, CellBox, DocContext, Fragment, StageConfig, StitchedTable
from extractors.refs import split_ref

log = logging.getLogger(__name__)
NAME, VERSION = "select_actions", "1"

# Role of a column -> field of the action record holding its text as printed.
FIELD_OF_ROLE = {
    "ref": "ref",
    "source_ref": "source_ref",
    "area": "area",
    "lead": "lead",
    "action": "action",
    "start": "start_raw",
    "deadline": "deadline_raw",
    "progress": "progress",
    "rag": "rag_raw",
    "monitoring": "monitoring",
    "outcome": "outcome",
    "cost": "cost",
}


def cell_boxes(sources: dict[str, list[Fragment]]) -> list[dict]:
    """Every fragment each field's text came from, as CellBox dicts in column then page order."""
    return [
        asdict(CellBox(name, f.page, f.x0, f.top, f.x1, f.bottom))
        for name, frags in sources.items()
        for f in frags
    ]


def table_actions(doc_id: str, table_index: int, table: StitchedTable) -> list[ActionRecord]:
    actions: list[ActionRecord] = []
    # Rows of one merged cell share its fragment list; count the rows each list belongs to.
    shared = Counter(id(frags) for row in table.rows for frags in row.cells)
    for row in table.rows:
        record: dict = {f: None for f in FIELD_OF_ROLE.values()}
        other: dict[str, str] = {}
        cells: dict[str, list[Fragment]] = {}
        sources: dict[str, list[Fragment]] = {}  # field -> the fragments its text came from
        for c, role in enumerate(table.roles):
            text = row.text(c) or None
            if role in FIELD_OF_ROLE:
                record[FIELD_OF_ROLE[role]] = text
                cells[role] = row.cells[c]
                sources[FIELD_OF_ROLE[role]] = row.cells[c]
            elif text:
                other[table.headers[c] or f"column {c + 1}"] = text
        if record["action"] and not record["ref"]:
            record["ref"], record["action"] = split_ref(record["action"])
            if record["ref"] is not None:
                sources["ref"] = cells["action"]  # printed at the head of the action cell
        if not record["action"]:
            continue  # a heading or note row spanning the table, not an action
        pages = row.pages
        # The row's box on its first page: its own cells, not a merged group cell shared with others.
        own = [f for frags in row.cells if shared[id(frags)] == 1 for f in frags if f.page == pages[0]]
        box = own or [f for frags in row.cells for f in frags if f.page == pages[0]]
        record.update(
            doc_id=doc_id,
            table_index=table_index,
            row_index=len(actions),
            other=json.dumps(other, ensure_ascii=False) if other else None,
            page_first=pages[0],
            page_last=pages[-1],
            page=pages[0],
            x0=min(f.x0 for f in box),
            top=min(f.top for f in box),
            x1=max(f.x1 for f in box),
            bottom=max(f.bottom for f in box),
            cells=cell_boxes(sources),
            _cells=cells,
        )
        actions.append(record)
    return actions


def run(ctx: DocContext, cfg: StageConfig) -> None:
    ctx.action_tables = []
    index = 0
    for table in ctx.tables:
        if not is_action_table(table.roles):
            continue
        rows = table_actions(ctx.doc_id, index, table)
        if not rows:
            continue
        ctx.actions.extend(rows)
        table.index = index
        ctx.action_tables.append(table)
        index += 1
    log.debug("%s: %d action tables, %d actions", ctx.short_id, index, len(ctx.actions))

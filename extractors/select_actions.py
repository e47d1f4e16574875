"""Keep the tables that are action tables and turn their rows into action records. Reads: tables. Writes: actions.

Whether a table is an action table is weighed in extractors/action_decision.py: its column roles
and their confidence, its title or the heading above it, and what its rows look like. Tables of
one document that print the same header, and headerless tables drawn alike (one small grid per
section of a log), are weighed together.
A row spanning the table (a section heading) is never an action: its text is the `area` of the
rows below it when no column holds the area.
"""

from __future__ import annotations

import json
import logging
from collections import Counter

from extractors.action_decision import Decision, decide
from extractors.core import ActionRecord, DocContext, Fragment, StageConfig, StitchedTable
from extractors.form_sections import drop_form_section
from extractors.heading_rows import fold_heading_rows, is_dated_heading
from extractors.legend_rows import is_legend_row
from extractors.numbered_sections import section_areas
from extractors.refs import split_ref
from extractors.table_families import families
from extractors.table_titles import promote_titles, title_as_first_section

log = logging.getLogger(__name__)
NAME, VERSION = "select_actions", "3"  # 3: rows with owner/date/status, header and title kinds weighed

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


def _section_of(table: StitchedTable, row) -> Fragment | None:
    """The last spanning heading row printed above this row in its table, if any, with its box:
    the table's width, from the heading's top to the next row's top on its page."""
    first = min(((f.page, f.top) for frags in row.cells for f in frags if f.text), default=None)
    if first is None:
        return None
    heads = [(pt.page, top, text, pt) for pt in table.fragments for top, text in pt.sections]
    above = [h for h in heads if (h[0], h[1]) <= first]
    if not above:
        return None
    page, top, text, pt = max(above, key=lambda h: (h[0], h[1]))
    below = [c.top for cells in pt.rows for c in cells if c.top > top]
    return Fragment(page, pt.x0, top, pt.x1, min(below, default=pt.bottom), text)


def table_actions(
    doc_id: str, table_index: int, table: StitchedTable, area: str | None = None
) -> list[ActionRecord]:
    """The table's rows as action records; `area`: the area of rows no column or section row
    gives one (the table is a section of a numbered list, see extractors/numbered_sections.py)."""
    actions: list[ActionRecord] = []
    sectioned = "area" not in table.roles and any(pt.sections for pt in table.fragments)
    first_area = title_as_first_section(table) if sectioned else None
    # Rows of one merged cell share its fragment list; count the rows each list belongs to.
    shared = Counter(id(frags) for row in table.rows for frags in row.cells)
    for row in table.rows:
        record: dict = {f: None for f in FIELD_OF_ROLE.values()}
        other: dict[str, str] = {}
        cells: dict[str, list[Fragment]] = {}
        for c, role in enumerate(table.roles):
            text = row.text(c) or None
            if role in FIELD_OF_ROLE:
                record[FIELD_OF_ROLE[role]] = text
                cells[role] = row.cells[c]
            elif text:
                other[table.headers[c] or f"column {c + 1}"] = text
        section = _section_of(table, row) if sectioned else None
        if sectioned:
            record["area"] = section.text if section else first_area
            if is_dated_heading(record["area"]):
                record["area"] = None  # 'May 2012': the meeting the rows came from, not their theme
        elif area and not record["area"]:
            record["area"] = area
        if record["action"] and not record["ref"]:
            record["ref"], record["action"] = split_ref(record["action"])
        if not record["action"]:
            continue  # a heading or note row spanning the table, not an action
        if is_legend_row([row.text(c) for c in range(len(table.roles))]):
            continue  # the colour key printed in line with the table
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
            _cells=cells,
            _area_box=section,  # where a section heading's area was printed (not a cell of the row)
        )
        actions.append(record)
    if sectioned:
        actions = drop_form_section(actions)
    return fold_heading_rows(actions, has_area="area" in table.roles)


def _columns(tables: list[StitchedTable]) -> list[list[str]]:
    n = len(tables[0].roles)
    return [[row.text(c) for t in tables for row in t.rows] for c in range(n)]


def _heading_before(headings: dict[int, str], page: int) -> str | None:
    """The last heading naming an action plan or log on this page or an earlier one."""
    pages = [p for p in headings if p <= page]
    return headings[max(pages)] if pages else None


def _same_header(tables: list[StitchedTable]) -> list[list[StitchedTable]]:
    """Tables that print the same header row, grouped in document order:
    a plan printed as one small table per action ('Milestone | Target date | ...' under each
    action's banner) is one kind of table, and a table of one or two rows alone says too little."""
    groups: dict[tuple[str, ...], list[StitchedTable]] = {}
    for t in tables:
        groups.setdefault(tuple(" ".join((h or "").lower().split()) for h in t.headers), []).append(t)
    return list(groups.values())


def decisions(ctx: DocContext) -> list[Decision]:
    """One decision per stitched table. Tables printing the same header, and headerless tables
    drawn alike, are decided together, as one table whose title is the first one's (the later
    titles are its section headings or banners)."""
    groups = _same_header([t for t in ctx.tables if any(t.headers)])
    groups += families([t for t in ctx.tables if not any(t.headers)], first=lambda t: t.fragments[0])
    decided: dict[int, Decision] = {}
    for group in groups:
        first = group[0].fragments[0]
        decision = decide(
            list(group[0].roles),
            list(first.role_confidence) or [1.0 if r != "other" else 0.0 for r in group[0].roles],
            _columns(group),
            title=group[0].title,
            heading=_heading_before(ctx.genre_headings, first.page),
            headers=list(group[0].headers),
            ruled=all(pt.parser == "ruled" for t in group for pt in t.fragments),
        )
        decided.update((id(t), decision) for t in group)
    return [decided[id(t)] for t in ctx.tables]


def run(ctx: DocContext, cfg: StageConfig) -> None:
    ctx.action_tables = []
    promote_titles(ctx.tables)
    index = 0
    decided = decisions(ctx)
    kept = [t for t, d in zip(ctx.tables, decided, strict=True) if d.is_action and not any(t.headers)]
    areas: dict[int, str] = {}
    for group in families(kept, first=lambda t: t.fragments[0]):
        areas.update(section_areas(group))
    for table, decision in zip(ctx.tables, decided, strict=True):
        log.debug("%s: table on page %d: %s", ctx.short_id, table.fragments[0].page, decision.describe())
        if not decision.is_action:
            continue
        rows = table_actions(ctx.doc_id, index, table, areas.get(id(table)))
        if not rows:
            continue
        ctx.actions.extend(rows)
        table.index = index
        table.fragments[0].decision = decision.describe()
        ctx.action_tables.append(table)
        index += 1
    log.debug("%s: %d action tables, %d actions", ctx.short_id, index, len(ctx.actions))

"""The action record: one action row as the stages fill it in, key by key, with each value's cell boxes."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from extractors.core.tables import Fragment


class ActionRecord(TypedDict, total=False):
    """One action row. select_actions writes the text as printed and the provenance; read_rag,
    normalise_deadlines and normalise_leads add their fields; pipeline/process.py adds the run's.

    `_cells` (per role, the row's fragments) is the stages' working copy, never written out as
    such: pipeline/cell_boxes.py turns it into the action_cells rows, which trace every value to
    the page and box it was printed in.
    """

    # text as printed, per column role (select_actions)
    ref: str | None
    source_ref: str | None
    area: str | None
    lead: str | None
    action: str | None
    start_raw: str | None
    deadline_raw: str | None
    progress: str | None
    rag_raw: str | None
    monitoring: str | None
    outcome: str | None
    cost: str | None
    other: str | None  # JSON {header: text} of columns without a role
    # provenance (select_actions)
    doc_id: str
    table_index: int
    row_index: int
    page_first: int
    page_last: int
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    _cells: dict[str, list[Fragment]]
    # rating (read_rag)
    rag: str | None
    rag_source: str
    rag_cell: str | None
    # deadline (normalise_deadlines)
    deadline_kind: str
    deadline_start: dt.date | None
    deadline_date: dt.date | None
    deadline_precision: str | None
    start_date: dt.date | None
    # leads (normalise_leads)
    leads: list[dict[str, str | None]]
    lead_key: str | None

"""Turn each action's cell fragments into action_cells rows: one box per field per page fragment."""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from extractors.select_actions import FIELD_OF_ROLE

log = logging.getLogger(__name__)


def _boxes(action: dict[str, Any], field: str) -> tuple[str, list] | None:
    """The column role and fragments `field`'s value was read from, or None when none is known."""
    cells = action.get("_cells") or {}
    if field == "rag_raw":
        # The rating may have been read from another cell's text or fill (actions.rag_cell).
        role = action.get("rag_cell") or "rag"
        return (role, cells[role]) if role in cells else None
    role = next(r for r, f in FIELD_OF_ROLE.items() if f == field)
    if role in cells:
        return role, cells[role]
    if field == "area" and action.get("_area_box") is not None:
        return "section", [action["_area_box"]]  # a heading row spanning the table
    if field == "ref" and "action" in cells:
        return "action", cells["action"]  # a ref split off the start of the action cell
    return None


def _distinct(frags: list) -> list:
    """Fragments in order, each box once (a stitched cell can list the same fragment twice)."""
    seen, out = set(), []
    for f in frags:
        key = (f.page, f.x0, f.top, f.x1, f.bottom, f.text)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def action_cell_rows(doc_id: str, actions: list[dict[str, Any]], version: str, run_id: str) -> list[dict]:
    """Rows of action_cells for one document's actions (records carrying `_cells`)."""
    # Rows of one vertically merged cell share its fragment list: that value was filled down.
    shared = Counter(id(frags) for a in actions for frags in (a.get("_cells") or {}).values())
    fields = list(FIELD_OF_ROLE.values())  # rag_raw among them, read from actions.rag_cell
    rows = []
    for a in actions:
        row_id = f"{doc_id[:16]}:t{a['table_index']}:r{a['row_index']}"
        for field in fields:
            if a.get(field) is None:
                continue
            found = _boxes(a, field)
            if found is None:
                continue
            role, frags = found
            printed = _distinct([f for f in frags if f.text] or list(frags))
            for i, f in enumerate(printed):
                rows.append(
                    {
                        "row_id": row_id,
                        "doc_id": doc_id,
                        "table_index": a["table_index"],
                        "row_index": a["row_index"],
                        "field": field,
                        "fragment": i,
                        "column_role": role,
                        "filled_down": shared[id(frags)] > 1,
                        "text": f.text or None,
                        "page": f.page,
                        "x0": f.x0,
                        "top": f.top,
                        "x1": f.x1,
                        "bottom": f.bottom,
                        "extractor_version": version,
                        "run_id": run_id,
                    }
                )
    return rows

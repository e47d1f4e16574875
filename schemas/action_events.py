"""Schema of action_events.parquet: what happened to each action in each version of its plan."""

from __future__ import annotations

import pyarrow as pa

from schemas.provenance import RUN_FIELDS

# One row per action per version per event; an action present and unchanged gets 'unchanged', so
# every (action, version) it appears in has at least one row. 'dropped' is written at the first
# version that no longer carries it; 'reappeared' when it comes back after skipping a version.
EVENT_TYPES = (
    "new",
    "dropped",
    "reappeared",
    "rag_changed",
    "deadline_changed",
    "lead_changed",
    "text_changed",
    "progress_added",
    "unchanged",
)

SCHEMA = pa.schema(
    [
        pa.field("plan_id", pa.string(), nullable=False),
        pa.field("action_id", pa.string(), nullable=False),
        pa.field("version_index", pa.int32(), nullable=False),  # 0 = the plan's earliest version
        pa.field("doc_id", pa.string(), nullable=False),  # the version's canonical rendering
        pa.field("doc_date", pa.date32(), nullable=True),
        pa.field("prev_doc_id", pa.string(), nullable=True),  # where the action was last seen
        pa.field("prev_doc_date", pa.date32(), nullable=True),
        pa.field("table_index", pa.int32(), nullable=True),  # the row in doc_id (null for 'dropped')
        pa.field("row_index", pa.int32(), nullable=True),
        pa.field("ref", pa.string(), nullable=True),
        pa.field("page", pa.int32(), nullable=True),
        pa.field("event", pa.string(), nullable=False),  # one of EVENT_TYPES
        pa.field("from_value", pa.string(), nullable=True),
        pa.field("to_value", pa.string(), nullable=True),
        pa.field("days_slipped", pa.int32(), nullable=True),  # deadline_changed: new - old deadline_date
        pa.field("match_weight", pa.float64(), nullable=True),  # of the link to the previous version
        *RUN_FIELDS,
    ],
    metadata={"table": "action_events", "schema_version": "1"},
)

VOCABULARIES = {"event": EVENT_TYPES}

# Meanings of the columns without a trailing comment above, for docs/schemas.md.
COLUMN_DOCS = {
    "plan_id": "the plan (actions.plan_id)",
    "action_id": "the action (actions.action_id)",
    "doc_date": "the version's date",
    "prev_doc_date": "date of prev_doc_id",
    "row_index": "the row in doc_id (null for 'dropped')",
    "ref": "the action's ref in this version (the last one seen for 'dropped')",
    "page": "1-based page of the row in doc_id",
    "from_value": "value before: rag, deadline date, lead or text as it was (the ref for 'dropped')",
    "to_value": "value after, same kinds as from_value",
}

"""Schema of action_tables.parquet: one row per stitched action table."""

from __future__ import annotations

import pyarrow as pa

from schemas.provenance import BBOX_FIELDS, RUN_FIELDS

SCHEMA = pa.schema(
    [
        pa.field("table_id", pa.string(), nullable=False),  # f"{doc_id[:16]}:t{table_index}"
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("table_index", pa.int32(), nullable=False),  # 0-based among the document's action tables
        pa.field("plan_id", pa.string(), nullable=True),  # set by reconciliation
        pa.field("title", pa.string(), nullable=True),  # text printed just above the table, if any
        pa.field("page_first", pa.int32(), nullable=False),
        pa.field("page_last", pa.int32(), nullable=False),
        pa.field("n_rows", pa.int32(), nullable=False),
        pa.field("headers", pa.list_(pa.string()), nullable=False),
        pa.field("roles", pa.list_(pa.string()), nullable=False),
        pa.field("role_confidence", pa.list_(pa.float32()), nullable=True),  # per column, 0..1
        pa.field("role_evidence", pa.list_(pa.string()), nullable=True),  # per column, what decided its role
        pa.field("decision", pa.string(), nullable=True),  # why it is an action table: score, reasons
        pa.field("parser", pa.string(), nullable=False),  # how columns were found: ruled | aligned
        pa.field("page", pa.int32(), nullable=False),  # provenance of the bbox: the first page
        *BBOX_FIELDS,
        *RUN_FIELDS,
    ],
    metadata={"table": "action_tables", "schema_version": "2"},
)

# Meanings of the columns without a trailing comment above, for docs/schemas.md.
COLUMN_DOCS = {
    "doc_id": "the document (documents.doc_id)",
    "page_first": "1-based page the table starts on",
    "page_last": "1-based page the table ends on",
    "n_rows": "logical rows after stitching (header rows excluded)",
    "headers": "the header text of each column, as printed",
    "roles": "the role given to each column (see actions.TEXT_ROLES, or 'rag', 'other')",
}

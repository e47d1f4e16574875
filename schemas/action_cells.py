"""Schema of action_cells.parquet: where on the page each value of actions.parquet was printed."""

from __future__ import annotations

import pyarrow as pa

from schemas.actions import TEXT_ROLES
from schemas.provenance import BBOX_FIELDS, RUN_FIELDS

# Fields of actions.parquet a box can be given for (the text columns as printed, and rag_raw).
FIELDS = (*TEXT_ROLES, "rag_raw")

SCHEMA = pa.schema(
    [
        pa.field("row_id", pa.string(), nullable=False),  # actions.row_id
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("table_index", pa.int32(), nullable=False),
        pa.field("row_index", pa.int32(), nullable=False),
        pa.field("field", pa.string(), nullable=False),  # one of FIELDS
        pa.field("fragment", pa.int32(), nullable=False),  # 0-based, in reading order
        pa.field("column_role", pa.string(), nullable=False),  # role of the column the box is in
        pa.field("filled_down", pa.bool_(), nullable=False),
        pa.field("text", pa.string(), nullable=True),  # the fragment's text as printed
        pa.field("page", pa.int32(), nullable=False),
        *BBOX_FIELDS,
        *RUN_FIELDS,
    ],
    metadata={"table": "action_cells", "schema_version": "1"},
)

VOCABULARIES = {"field": FIELDS}

COLUMN_DOCS = {
    "doc_id": "the document (documents.doc_id)",
    "table_index": "0-based among the document's action tables (actions.table_index)",
    "row_index": "0-based within the stitched table (actions.row_index)",
    "field": "the column of actions.parquet whose value this box holds, one of FIELDS",
    "fragment": "one box per page a cell is printed on: a cell split by a page break has several",
    "column_role": "role of the column the box is in ('action' for a ref split off the action cell, "
    "the rating cell's role for rag_raw, 'section' for an area read from a heading row across the table)",
    "filled_down": "the box is a merged group cell shared by several rows: the value was filled down",
    "text": "the fragment's text as printed",
    "page": "1-based page of the box",
}

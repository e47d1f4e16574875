"""Schema of actions.parquet: one row per action per document, text as printed plus normalised fields."""

from __future__ import annotations

import pyarrow as pa

from schemas.provenance import BBOX_FIELDS, RUN_FIELDS

RAG_VALUES = ("red", "amber", "green", "blue", "grey")
RAG_SOURCES = ("text", "fill", "ink", "none")
DEADLINE_KINDS = ("date", "range", "revised", "recurring", "ongoing", "tbc", "none", "ambiguous")
PRECISIONS = ("day", "month", "season", "quarter", "year", "financial_year")

LEAD = pa.struct(
    [
        pa.field("person", pa.string()),
        pa.field("role", pa.string()),
        pa.field("initials", pa.string()),
        pa.field("org", pa.string()),
    ]
)

# Roles a column can take; text columns of actions.parquet carry the same names.
TEXT_ROLES = (
    "ref",
    "source_ref",
    "area",
    "lead",
    "action",
    "start_raw",
    "deadline_raw",
    "progress",
    "monitoring",
    "outcome",
    "cost",
)

SCHEMA = pa.schema(
    [
        pa.field("row_id", pa.string(), nullable=False),  # f"{doc_id[:16]}:t{table}:r{row}"
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("table_index", pa.int32(), nullable=False),
        pa.field("row_index", pa.int32(), nullable=False),  # 0-based within the stitched table
        pa.field("plan_id", pa.string(), nullable=True),
        pa.field("action_id", pa.string(), nullable=True),  # the same action in every version
        *[pa.field(role, pa.string(), nullable=True) for role in TEXT_ROLES],
        pa.field("other", pa.string(), nullable=True),  # JSON {header: text} of unmapped columns
        pa.field("rag_raw", pa.string(), nullable=True),  # text as printed, or the fill as '#RRGGBB'
        pa.field("rag", pa.string(), nullable=True),  # one of RAG_VALUES
        pa.field("rag_source", pa.string(), nullable=True),  # one of RAG_SOURCES
        pa.field("rag_cell", pa.string(), nullable=True),  # which cell the rating was read from
        pa.field("deadline_kind", pa.string(), nullable=True),
        pa.field("deadline_start", pa.date32(), nullable=True),
        pa.field("deadline_date", pa.date32(), nullable=True),  # last day of the deadline's period
        pa.field("deadline_precision", pa.string(), nullable=True),
        pa.field("start_date", pa.date32(), nullable=True),
        pa.field("leads", pa.list_(LEAD), nullable=True),
        pa.field("lead_key", pa.string(), nullable=True),
        pa.field("page_first", pa.int32(), nullable=False),
        pa.field("page_last", pa.int32(), nullable=False),
        pa.field("page", pa.int32(), nullable=False),  # the bbox's page (= page_first)
        *BBOX_FIELDS,  # of the row's first fragment
        *RUN_FIELDS,
    ],
    metadata={"table": "actions", "schema_version": "3"},
)

# Closed vocabularies checked by conform() before anything is written.
VOCABULARIES = {
    "rag": RAG_VALUES,
    "rag_source": RAG_SOURCES,
    "deadline_kind": DEADLINE_KINDS,
    "deadline_precision": PRECISIONS,
}

# Meanings of the columns without a trailing comment above, for docs/schemas.md.
COLUMN_DOCS = {
    "doc_id": "the document (documents.doc_id)",
    "table_index": "0-based among the document's action tables (action_tables.table_index)",
    "plan_id": "the plan this row belongs to, the same across its versions",
    "ref": "the action's reference as printed, e.g. '1.2'",
    "source_ref": "reference to the finding it answers (inspection paragraph, recommendation)",
    "area": "theme or priority area, filled down from a merged group cell",
    "lead": "lead officer(s) as printed",
    "action": "the action text as printed",
    "start_raw": "start date as printed",
    "deadline_raw": "deadline as printed",
    "progress": "progress update as printed",
    "monitoring": "how progress is monitored or evidenced, as printed",
    "outcome": "intended outcome or success measure, as printed",
    "cost": "cost or resources, as printed",
    "deadline_kind": "one of DEADLINE_KINDS",
    "deadline_start": "first day of the deadline's period",
    "deadline_precision": "one of PRECISIONS",
    "start_date": "start_raw parsed (first day of its period)",
    "leads": "leads parsed from 'lead': person, role, initials, org",
    "lead_key": "grouping key of the leads, stable under initials/case/punctuation; several joined by ';'",
    "page_first": "1-based page the row starts on",
    "page_last": "1-based page the row ends on (later when it runs over a page break)",
}

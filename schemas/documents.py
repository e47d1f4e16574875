"""Schema of documents.parquet: one row per input file, read or quarantined."""

from __future__ import annotations

import pyarrow as pa

from schemas.provenance import RUN_FIELDS

STATUSES = ("ok", "no_action_table", "quarantined")

SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),  # sha256 of the file's bytes
        pa.field("source_file", pa.string(), nullable=False),  # path as given to `planwatch run`
        pa.field("file_name", pa.string(), nullable=False),
        pa.field("file_size", pa.int64(), nullable=False),
        pa.field("pages", pa.int32(), nullable=True),
        pa.field("status", pa.string(), nullable=False),  # one of STATUSES
        pa.field("reason", pa.string(), nullable=True),  # quarantine reason code
        pa.field("detail", pa.string(), nullable=True),
        pa.field("title", pa.string(), nullable=True),
        pa.field("council", pa.string(), nullable=True),
        pa.field("committee", pa.string(), nullable=True),
        pa.field("meeting_date", pa.date32(), nullable=True),
        pa.field("doc_date", pa.date32(), nullable=True),  # meeting date, else the plan's own date line
        pa.field("doc_date_source", pa.string(), nullable=True),
        pa.field("n_action_tables", pa.int32(), nullable=False),
        pa.field("n_actions", pa.int32(), nullable=False),
        pa.field("warnings", pa.list_(pa.string()), nullable=True),  # steps a stage could not take
        pa.field("source_url", pa.string(), nullable=True),  # where `planwatch fetch` downloaded the file
        pa.field("retrieved_at", pa.timestamp("s", tz="UTC"), nullable=True),  # when fetch got the bytes
        *RUN_FIELDS,
    ],
    metadata={"table": "documents", "schema_version": "2"},
)

# Meanings of the columns without a trailing comment above, for docs/schemas.md.
COLUMN_DOCS = {
    "file_name": "base name of source_file",
    "file_size": "bytes",
    "pages": "page count (null when the file could not be opened)",
    "detail": "what the quarantining stage said, for a human",
    "title": "title read from the cover or first page",
    "council": "council named on the cover, if found; else the council the fetch configuration names",
    "committee": "committee or meeting named on the cover, if found; else the committee the site lists",
    "meeting_date": "date of the meeting the pack was published for (from the cover, else from the site)",
    "doc_date_source": "where doc_date came from: meeting_date | site_meeting_date | log_title (an action log's dated title) | version_line",
    "n_action_tables": "action tables found in the document",
    "n_actions": "action rows written to actions.parquet for the document",
}

"""Schema of quarantine.parquet: one row per document a stage refused or crashed on."""

from __future__ import annotations

import pyarrow as pa

SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=True),  # None when the file could not even be read
        pa.field("source_file", pa.string(), nullable=False),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),  # stable code, see pipeline.context.Reject
        pa.field("detail", pa.string(), nullable=True),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("extractor_version", pa.string(), nullable=False),
    ],
    metadata={"table": "quarantine", "schema_version": "1"},
)

# Meanings of the columns without a trailing comment above, for docs/schemas.md.
COLUMN_DOCS = {
    "source_file": "path as given to `planwatch run`",
    "stage": "the stage that refused the document",
    "detail": "what the stage said, for a human",
    "run_id": "the run that quarantined it",
    "extractor_version": "version of the code that refused it",
}

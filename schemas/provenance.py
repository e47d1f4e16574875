"""Provenance columns every curated row carries, so any value can be traced back to the PDF."""

from __future__ import annotations

import pyarrow as pa

# 1-based page and a bbox in PDF points with a top-left origin (pdfplumber's convention).
BBOX_FIELDS = [
    pa.field("x0", pa.float64(), nullable=True),
    pa.field("top", pa.float64(), nullable=True),
    pa.field("x1", pa.float64(), nullable=True),
    pa.field("bottom", pa.float64(), nullable=True),
]

RUN_FIELDS = [
    pa.field("extractor_version", pa.string(), nullable=False),
    pa.field("run_id", pa.string(), nullable=False),
]

# Meanings of the provenance columns, for docs/schemas.md (pipeline/schema_docs.py).
COLUMN_DOCS = {
    "x0": "left edge of the bbox, PDF points from the page's left",
    "top": "top edge of the bbox, PDF points from the page's top",
    "x1": "right edge of the bbox, PDF points",
    "bottom": "bottom edge of the bbox, PDF points from the page's top",
    "extractor_version": "what wrote the row: planwatch version+code hash, or stage/VERSION for reconciliation",
    "run_id": "the run that wrote the row: its manifest is _runs/<run_id>.json",
}

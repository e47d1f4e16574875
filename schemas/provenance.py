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

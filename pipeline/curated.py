"""Write and read the curated Parquet tables, atomically: a reader never sees a half-written file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from schemas import TABLES, action_events, conform
from schemas import actions as actions_schema

VOCABULARIES = {"actions": actions_schema.VOCABULARIES, "action_events": action_events.VOCABULARIES}


def atomic_write_table(table: pa.Table, path: Path) -> None:
    """Write to a temporary sibling, fsync, then rename over the target (atomic on POSIX)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write(name: str, rows: Sequence[dict[str, Any]], out: Path, schema: pa.Schema | None = None) -> Path:
    """Validate `rows` against the named table's schema and write `<out>/<name>.parquet`."""
    schema = schema or TABLES[name]
    table = conform(rows, schema, VOCABULARIES.get(name))
    path = out / f"{name}.parquet"
    atomic_write_table(table, path)
    return path


def read(name: str, out: Path) -> pa.Table | None:
    path = out / f"{name}.parquet"
    return pq.read_table(path) if path.exists() else None

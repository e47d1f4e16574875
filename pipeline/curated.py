"""Write and read the curated Parquet tables, atomically: a reader never sees a half-written file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from schemas import TABLES, action_cells, action_events, conform
from schemas import actions as actions_schema

VOCABULARIES = {
    "actions": actions_schema.VOCABULARIES,
    "action_events": action_events.VOCABULARIES,
    "action_cells": action_cells.VOCABULARIES,
}


def atomic_write_table(table: pa.Table, path: Path) -> None:
    """Write to a temporary sibling, fsync, then rename over the target (atomic on POSIX)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def build(name: str, rows: Sequence[dict[str, Any]]) -> pa.Table:
    """`rows` as the named curated table, validated (raises schemas.ConformError)."""
    return conform(rows, TABLES[name], VOCABULARIES.get(name))


def write(name: str, rows: Sequence[dict[str, Any]], out: Path) -> Path:
    """Validate `rows` against the named table's schema and write `<out>/<name>.parquet`."""
    path = out / f"{name}.parquet"
    atomic_write_table(build(name, rows), path)
    return path


def write_all(tables: dict[str, pa.Table], out: Path) -> None:
    """Write every table to its temporary file first, then rename them all in quick succession.

    Every table is validated before anything is replaced, so a bad row never leaves a mix of
    old and new tables; a kill during the renames can, for an instant, and the next run rewrites
    the whole set.
    """
    out.mkdir(parents=True, exist_ok=True)
    staged = []
    for name, table in tables.items():
        path = out / f"{name}.parquet"
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        staged.append((tmp, path))
    for tmp, path in staged:
        os.replace(tmp, path)


def read(name: str, out: Path) -> pa.Table | None:
    path = out / f"{name}.parquet"
    return pq.read_table(path) if path.exists() else None

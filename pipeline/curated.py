"""Write and read the curated Parquet tables: each run publishes a whole snapshot and switches one pointer."""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

# The pointer is read without pyarrow by the unchanged-run check; its names stay importable from here.
from pipeline.snapshot_pointer import KEEP_SNAPSHOTS as KEEP_SNAPSHOTS
from pipeline.snapshot_pointer import POINTER, SNAPSHOT_META, SNAPSHOTS_DIR, current_dir
from pipeline.snapshot_pointer import snapshot_meta as snapshot_meta
from schemas import TABLES, action_cells, action_events, conform
from schemas import actions as actions_schema

log = logging.getLogger(__name__)

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


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(tables: dict[str, pa.Table], out: Path, run_id: str, meta: dict[str, Any], keep: int) -> Path:
    """Write `tables` as a new snapshot and make it current in one step.

    The snapshot is written whole under a temporary name, renamed into `_snapshots/`, and then the
    pointer file CURRENT is replaced (an atomic rename): a reader that resolves CURRENT sees the
    old set or the new set, never a mix, whenever the run is killed. The top-level
    `<out>/<table>.parquet` files are hard links to the current snapshot's files, replaced one by
    one after the switch; they are each whole, but only CURRENT is the consistent view.
    """
    root = out / SNAPSHOTS_DIR
    root.mkdir(parents=True, exist_ok=True)
    staging = root / f".{run_id}.tmp"
    staging.mkdir()
    for name, table in tables.items():
        path = staging / f"{name}.parquet"
        pq.write_table(table, path, compression="zstd")
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())
    (staging / SNAPSHOT_META).write_text(json.dumps({"run_id": run_id, **meta}, indent=1, default=str))
    _fsync_dir(staging)
    final = root / run_id
    os.replace(staging, final)
    _fsync_dir(root)
    pointer_tmp = out / f".{POINTER}.{os.getpid()}.tmp"
    pointer_tmp.write_text(f"{SNAPSHOTS_DIR}/{run_id}\n", encoding="utf-8")
    with open(pointer_tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(pointer_tmp, out / POINTER)
    _fsync_dir(out)
    for name in tables:
        _link_top_level(final / f"{name}.parquet", out / f"{name}.parquet")
    prune_snapshots(out, keep)
    return final


def _link_top_level(source: Path, target: Path) -> None:
    """`target` becomes a hard link to `source` (a copy where links are not allowed), atomically."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
    os.replace(tmp, target)


def prune_snapshots(out: Path, keep: int = KEEP_SNAPSHOTS) -> list[str]:
    """Delete all but the `keep` newest snapshots (never the current one); return the names removed."""
    root = out / SNAPSHOTS_DIR
    if not root.is_dir():
        return []
    current = current_dir(out).name
    # Oldest first by when the snapshot was written (run ids name the second only).
    folders = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
    names = [p.name for p in sorted(folders, key=lambda p: (p.stat().st_mtime_ns, p.name))]
    doomed = [n for n in names[: max(0, len(names) - max(keep, 1))] if n != current]
    for name in doomed:
        shutil.rmtree(root / name, ignore_errors=True)
    return doomed


def read(name: str, out: Path) -> pa.Table | None:
    """A curated table of `out` as the current snapshot holds it; None when there is none."""
    path = current_dir(out) / f"{name}.parquet"
    return pq.read_table(path) if path.exists() else None

"""Which snapshot of a curated folder is current, read without pyarrow (the unchanged-run check needs only this)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SNAPSHOTS_DIR = "_snapshots"
POINTER = "CURRENT"
SNAPSHOT_META = "_snapshot.json"
KEEP_SNAPSHOTS = 3


def current_dir(out: Path) -> Path:
    """The folder holding the consistent set of curated tables of `out`: the snapshot CURRENT names,
    or `out` itself for a folder written before snapshots (or by hand)."""
    try:
        name = (out / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return out
    snapshot = out / name
    if not name.startswith(SNAPSHOTS_DIR + "/") or not snapshot.is_dir():
        # A folder copied without its `_snapshots` (or a CURRENT edited by hand): its top-level
        # files are the tables it has.
        log.warning(
            "%s names %r, which is not a snapshot of %s: reading its top-level tables",
            out / POINTER,
            name,
            out,
        )
        return out
    return snapshot


def snapshot_meta(out: Path) -> dict[str, Any] | None:
    """What the current snapshot records about the run that wrote it (None before snapshots)."""
    folder = current_dir(out)
    try:
        return json.loads((folder / SNAPSHOT_META).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None

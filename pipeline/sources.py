"""Join `planwatch fetch`'s sources manifest into documents rows: the PDF's URL, when it was retrieved, and site metadata.

A document is matched by its sha256 (its doc_id) to a `sources.jsonl` in its own folder or one of
the folders above it, so renaming or moving a fetched file within the fetch folder keeps the link.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MANIFEST_FILE = "sources.jsonl"
LEVELS = 4  # fetch stores PDFs two folders below the manifest; allow for a folder or two more


def _read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """sha256 -> the earliest-retrieved row for it (one file may have been found at several URLs)."""
    by_sha: dict[str, dict[str, Any]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        log.warning("cannot read %s: %s", path, exc)
        return by_sha
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            log.warning("%s line %d is not JSON; skipped", path, n)
            continue
        sha = row.get("sha256")
        if sha and (
            sha not in by_sha or (row.get("retrieved_at") or "") < (by_sha[sha].get("retrieved_at") or "")
        ):
            by_sha[sha] = row
    return by_sha


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _timestamp(value: Any) -> dt.datetime | None:
    try:
        ts = dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    if ts is not None and ts.tzinfo is None:
        ts = ts.replace(tzinfo=dt.timezone.utc)
    return ts


def join_sources(documents: list[dict[str, Any]]) -> int:
    """Fill source_url and retrieved_at in place, and council, committee and meeting date where the
    cover did not give them; returns how many documents were matched."""
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    matched = 0
    for doc in documents:
        row = None
        folder = Path(doc["source_file"]).resolve().parent
        for candidate in [folder, *folder.parents][: LEVELS + 1]:
            path = candidate / MANIFEST_FILE
            if path not in manifests:
                manifests[path] = _read_manifest(path) if path.is_file() else {}
            row = manifests[path].get(doc.get("doc_id") or "")
            if row is not None:
                break
        if row is None:
            continue
        matched += 1
        doc["source_url"] = row.get("url")
        doc["retrieved_at"] = _timestamp(row.get("retrieved_at"))
        # The cover is the document's own word; the site fills only what the cover leaves out.
        if not doc.get("council") and row.get("council"):
            doc["council"] = row["council"]
        if not doc.get("committee") and row.get("committee"):
            doc["committee"] = row["committee"]
        site_date = _date(row.get("meeting_date"))
        if not doc.get("meeting_date") and site_date is not None:
            doc["meeting_date"] = site_date
            doc["doc_date"] = site_date
            doc["doc_date_source"] = "site_meeting_date"
    if matched:
        log.info("sources: %d of %d documents matched to a fetch manifest", matched, len(documents))
    return matched

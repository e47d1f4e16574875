"""Per-document results kept between runs as plain JSON data, keyed by the file's sha256 and the code.

A document is extracted again only when its bytes, the code that shapes its rows (stage VERSIONs,
the extractor, schema and process sources, the parsing libraries) or an output-changing setting
changed. An entry is data, never code: JSON with dates tagged, a sha256 of its payload and the
rows checked against the curated schemas on read, so a file dropped into `_cache/` by someone
else can at worst be ignored (and recomputed), never executed. Entries are written to a temporary
name and renamed, so a run killed at any moment leaves either a whole entry or none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline.process import DocResult

log = logging.getLogger(__name__)

CACHE_DIR = "_cache"
FORMAT = "planwatch-result/2"  # 2: action_cells rows
SUFFIX = ".json"
# The curated table each list of rows in a DocResult becomes; its schema checks them on read.
_TABLE_OF = {
    "tables": "action_tables",
    "actions": "actions",
    "cells": "action_cells",
    "quarantine": "quarantine",
}


class BadEntry(ValueError):
    """A cache entry that is not what this code writes: ignored and recomputed."""


def _encode(value: Any) -> Any:
    # JSON has no dates; tag them so they come back as the same type (a string would not conform).
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$date" in obj:
            return dt.date.fromisoformat(obj["$date"])
        if "$datetime" in obj:
            return dt.datetime.fromisoformat(obj["$datetime"])
    return obj


def _payload(result: DocResult) -> str:
    body = {
        "document": result.document,
        "tables": result.tables,
        "actions": result.actions,
        "cells": result.cells,
        "quarantine": result.quarantine,
        "timings": result.timings,
        "pages_analysed": result.pages_analysed,
    }
    return json.dumps(body, default=_encode, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def dumps(doc_id: str, key: str, result: DocResult) -> bytes:
    payload = _payload(result)
    digest = hashlib.sha256(payload.encode()).hexdigest()
    head = json.dumps({"format": FORMAT, "doc_id": doc_id, "key": key, "sha256": digest})
    # Header and payload on separate lines: the checksum covers the payload's exact bytes.
    return (head + "\n" + payload + "\n").encode()


def loads(data: bytes, doc_id: str, key: str) -> DocResult:
    """The DocResult in `data`, or BadEntry when the header, checksum or rows do not check out."""
    from pipeline import curated
    from schemas import ConformError

    try:
        head_line, payload, tail = data.decode().split("\n")
        head = json.loads(head_line)
    except ValueError as exc:
        raise BadEntry(f"not a cache entry: {exc}") from exc
    if tail or head.get("format") != FORMAT or head.get("doc_id") != doc_id or head.get("key") != key:
        raise BadEntry("header does not match this document, format or code version")
    if hashlib.sha256(payload.encode()).hexdigest() != head.get("sha256"):
        raise BadEntry("checksum mismatch: the entry was changed or cut short")
    body = json.loads(payload, object_hook=_decode)
    try:
        result = DocResult(
            document=body["document"],
            tables=body["tables"],
            actions=body["actions"],
            cells=body["cells"],
            quarantine=body["quarantine"],
            timings={str(k): float(v) for k, v in body["timings"].items()},
            pages_analysed=int(body["pages_analysed"]),
        )
        if not isinstance(result.document, dict) or result.document.get("doc_id") != doc_id:
            raise BadEntry("the document row names another document")
        curated.build("documents", [result.document])
        for attr, table in _TABLE_OF.items():
            curated.build(table, getattr(result, attr))
    except (KeyError, TypeError, AttributeError, ConformError, pa.ArrowException) as exc:
        raise BadEntry(f"rows do not fit the curated schemas: {exc}") from exc
    return result


class ResultCache:
    def __init__(self, out: Path, version: str, config_key: str) -> None:
        self.dir = out / CACHE_DIR
        self.key = hashlib.sha256(f"{version}|{config_key}".encode()).hexdigest()[:12]

    def path(self, doc_id: str) -> Path:
        return self.dir / f"{doc_id}.{self.key}{SUFFIX}"

    def get(self, doc_id: str) -> DocResult | None:
        p = self.path(doc_id)
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("cache entry %s unreadable (%s): extracting again", p.name, exc)
            return None
        try:
            return loads(data, doc_id, self.key)
        except BadEntry as exc:
            log.warning("ignoring cache entry %s: %s; extracting again", p.name, exc)
            return None

    def put(self, doc_id: str, result: DocResult) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        p = self.path(doc_id)
        tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(dumps(doc_id, self.key, result))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)


def prune(out: Path, keep_key: str) -> tuple[int, int]:
    """Delete cache entries made by other code versions or settings, and anything that is not an
    entry (pickles of older planwatch releases included): (entries removed, bytes freed)."""
    folder = out / CACHE_DIR
    removed = freed = 0
    if not folder.is_dir():
        return 0, 0
    for p in folder.iterdir():
        if not p.is_file():
            continue
        parts = p.name.split(".")
        if len(parts) == 3 and f".{parts[2]}" == SUFFIX and parts[1] == keep_key:
            continue
        freed += p.stat().st_size
        p.unlink()
        removed += 1
    return removed, freed

"""Per-document results kept between runs, keyed by the file's sha256 and the extractor version.

A document is extracted again only when its bytes, a stage's VERSION or an output-changing
setting changed. Entries are written atomically, so a run killed at any moment leaves either a
whole entry or none.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from pipeline.process import DocResult

CACHE_DIR = "_cache"


class ResultCache:
    def __init__(self, out: Path, version: str, config_key: str) -> None:
        self.dir = out / CACHE_DIR
        self.key = hashlib.sha256(f"{version}|{config_key}".encode()).hexdigest()[:12]

    def path(self, doc_id: str) -> Path:
        return self.dir / f"{doc_id}.{self.key}.pkl"

    def get(self, doc_id: str) -> DocResult | None:
        p = self.path(doc_id)
        if not p.exists():
            return None
        try:
            with open(p, "rb") as fh:
                result = pickle.load(fh)
        except Exception:  # a damaged entry is recomputed, never trusted
            return None
        return result if isinstance(result, DocResult) else None

    def put(self, doc_id: str, result: DocResult) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        p = self.path(doc_id)
        tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)

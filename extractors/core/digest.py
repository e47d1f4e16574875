"""The content id of a file: the sha256 of its bytes, which keys documents, rows and the cache."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_of(path: str | Path) -> tuple[str, int]:
    """(hex sha256, size in bytes) of a file, read in 1 MiB blocks."""
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size

"""A digest of every source and library that could change a row, computed without importing them.

The unchanged-rerun check compares it with the one the current snapshot recorded, before any
stage is imported (importing spaCy, pdfminer and the stages costs seconds; a night with nothing
new should not). It covers more than `registry.code_fingerprint` (all of pipeline/, and every
declared dependency's version), so wherever that fingerprint would change, so does this; an edit
elsewhere in pipeline/ merely costs one run that reuses the cache.
"""

from __future__ import annotations

import functools
import hashlib
import re
from importlib.metadata import PackageNotFoundError, requires, version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("extractors", "schemas", "pipeline")


def library_versions() -> dict[str, str]:
    """The installed version of every library planwatch depends on (test extras left out)."""
    try:
        wanted = [r for r in requires("planwatch") or [] if "extra ==" not in r]
    except PackageNotFoundError:  # a checkout that was never installed
        return {}
    found = {}
    for req in wanted:
        name = re.match(r"[A-Za-z0-9._-]+", req).group(0)
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "absent"
    return dict(sorted(found.items()))


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    digest = hashlib.sha256()
    for source in sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py")):
        digest.update(source.relative_to(ROOT).as_posix().encode())
        digest.update(source.read_bytes())
    for name, installed in library_versions().items():
        digest.update(f"{name}={installed}".encode())
    return digest.hexdigest()

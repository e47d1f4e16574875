"""A digest of every source and library that could change a row, computed without importing them.

The unchanged-rerun check compares it with the one the current snapshot recorded, before any
stage is imported (importing spaCy, pdfminer and the stages costs seconds; a night with nothing
new should not). It covers more than `registry.code_fingerprint` (all of pipeline/, and every
declared dependency's version), so wherever that fingerprint would change, so does this; an edit
elsewhere in pipeline/ merely costs one run that reuses the cache.

Reading every source and asking importlib.metadata for each library's version costs about half
a second, so `code_facts` keeps the result in a small JSON file keyed by a stamp: the size,
mtime, ctime and inode of every source file and of planwatch's installed metadata (the
requirements whose versions the digest covers), and the mtime and ctime of every `sys.path` folder
(an install, upgrade or removal adds or renames a `*.dist-info` entry there). Writing a file's bytes always sets its ctime, which no tool can set back, so a
source edited in any way changes the stamp and the digest is computed afresh.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("extractors", "schemas", "pipeline")
CACHE_FILE = "_code_digest.json"
FORMAT = "planwatch-code-digest/1"


@dataclass(frozen=True)
class CodeFacts:
    """The code digest and the library versions it covers."""

    digest: str
    libraries: dict[str, str]


def _declared() -> list[str]:
    """planwatch's requirements without the extras (empty for a checkout never installed)."""
    # importlib.metadata costs a third of a second to import under load: only when the stamp differs.
    from importlib.metadata import PackageNotFoundError, requires

    try:
        return [r for r in requires("planwatch") or [] if "extra ==" not in r]
    except PackageNotFoundError:
        return []


def _library_versions(declared: list[str]) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for req in declared:
        name = re.match(r"[A-Za-z0-9._-]+", req).group(0)
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "absent"
    return dict(sorted(found.items()))


def sources() -> list[Path]:
    """Every .py file under the packages, sorted (os.walk: several times faster than rglob)."""
    found = []
    for package in PACKAGES:
        for folder, _dirs, names in os.walk(ROOT / package):
            found.extend(Path(folder, n) for n in names if n.endswith(".py"))
    return sorted(found)


def _digest(files: list[Path], libraries: dict[str, str]) -> str:
    digest = hashlib.sha256()
    for source in files:
        digest.update(source.relative_to(ROOT).as_posix().encode())
        digest.update(source.read_bytes())
    for name, installed in libraries.items():
        digest.update(f"{name}={installed}".encode())
    return digest.hexdigest()


def _stat(path: str | Path) -> list[int]:
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _stamp(files: list[Path]) -> dict:
    """What must be unchanged for a cached digest to stand (see the module docstring): the
    sources, every sys.path folder that holds installed distributions, and the files of
    planwatch's own metadata (which lists the libraries the digest covers). Folders are keyed by
    their real path, so `python -m` (cwd on sys.path), the `planwatch` script and pytest agree."""
    stats = {source.relative_to(ROOT).as_posix(): _stat(source) for source in files}
    folders = {}
    for entry in sys.path:
        folder = os.path.realpath(entry or ".")
        if folder in folders:
            continue
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        if not any(n.endswith((".dist-info", ".egg-info")) for n in names):
            continue
        folders[folder] = _stat(folder)[1:3]
        for name in names:
            if name.lower().startswith("planwatch") and name.endswith(("-info", ".egg-link")):
                meta = os.path.join(folder, name)
                inside = sorted(os.listdir(meta)) if os.path.isdir(meta) else [""]
                for part in inside:
                    with contextlib.suppress(OSError):
                        stats[os.path.join(meta, part)] = _stat(os.path.join(meta, part))
    return {"sources": stats, "sys_path": folders}


_known: CodeFacts | None = None  # what this process computed or read, for library_versions


def code_facts(cache: Path | None = None, verify: bool = False) -> CodeFacts:
    """The code digest and library versions; read from `cache` when its stamp matches (unless
    `verify`), else computed and written there."""
    global _known
    files = sources()
    stamp = _stamp(files)
    if cache is not None and not verify:
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict) and data.get("format") == FORMAT and data.get("stamp") == stamp:
            if isinstance(data.get("digest"), str) and isinstance(data.get("libraries"), dict):
                _known = CodeFacts(data["digest"], data["libraries"])
                return _known
    log.info("computing the code digest (no cached one, or a source or library changed)")
    libraries = _library_versions(_declared())
    _known = CodeFacts(_digest(files, libraries), libraries)
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
            payload = {"format": FORMAT, "stamp": stamp, "digest": _known.digest, "libraries": libraries}
            tmp.write_text(json.dumps(payload), encoding="utf-8")
            os.replace(tmp, cache)
        except OSError as exc:  # a read-only output folder only costs the next run the same work
            log.info("could not cache the code digest in %s: %s", cache, exc)
    return _known


def library_versions() -> dict[str, str]:
    """The installed version of every library planwatch depends on (test extras left out)."""
    if _known is not None:
        return dict(_known.libraries)
    return _library_versions(_declared())


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """The digest computed afresh (the cache-free form, for callers without an output folder)."""
    return _digest(sources(), _library_versions(_declared()))

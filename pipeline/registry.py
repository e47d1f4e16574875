"""The stages in run order, by name: per-document stages, then the stages that see every document."""

from __future__ import annotations

import functools
import hashlib
import importlib
from pathlib import Path
from types import ModuleType
from typing import Protocol

DOCUMENT_STAGES = (
    "ingest",
    "locate_tables",
    "parse_tables",
    "map_columns",
    "stitch_tables",
    "select_actions",
    "read_rag",
    "normalise_deadlines",
    "normalise_leads",
)
CORPUS_STAGES: tuple[str, ...] = ("reconcile_actions",)


class Stage(Protocol):
    """What every stage module exposes (checked by mypy and by `load`)."""

    NAME: str
    VERSION: str

    def run(self, ctx, cfg) -> None: ...


def load(name: str) -> ModuleType:
    if name not in DOCUMENT_STAGES + CORPUS_STAGES:
        known = ", ".join(DOCUMENT_STAGES + CORPUS_STAGES)
        raise KeyError(f"unknown stage {name!r}; known stages: {known}")
    module = importlib.import_module(f"extractors.{name}")
    # Per-document stages mutate one DocContext; corpus stages take every document's rows at once.
    entry = "run" if name in DOCUMENT_STAGES else "reconcile"
    for attr in ("NAME", "VERSION", entry):
        if not hasattr(module, attr):
            raise TypeError(f"stage module extractors.{name} lacks {attr}")
    return module


def document_stages() -> list[ModuleType]:
    return [load(n) for n in DOCUMENT_STAGES]


# Libraries whose behaviour shapes the rows: an upgrade must re-extract, not serve stale results.
SHAPING_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "dateparser", "spacy", "rapidfuzz")


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 of the extractor, schema and row-building (pipeline/process.py) sources and the shaping libraries' versions.

    Stage VERSIONs say when a change was meant to alter output; this catches the changes nobody
    bumped a VERSION for (a lexicon entry, a threshold, a library upgrade).
    """
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent.parent
    sources = [
        *(root / "extractors").rglob("*.py"),
        *(root / "schemas").rglob("*.py"),
        root / "pipeline/process.py",
    ]
    for source in sorted(sources):
        digest.update(str(source.relative_to(root)).encode())
        digest.update(source.read_bytes())
    for lib in SHAPING_LIBRARIES:
        try:
            digest.update(f"{lib}={version(lib)}".encode())
        except PackageNotFoundError:
            digest.update(f"{lib}=absent".encode())
    return digest.hexdigest()


def extractor_version() -> str:
    """planwatch's version, every stage's VERSION and the code fingerprint: which code made a row."""
    from pipeline import __version__

    parts = [f"{m.NAME}={m.VERSION}" for m in document_stages()]
    parts += [f"{n}={load(n).VERSION}" for n in CORPUS_STAGES]
    parts.append(code_fingerprint())
    digest = hashlib.sha256(";".join(parts).encode()).hexdigest()[:8]
    return f"{__version__}+{digest}"

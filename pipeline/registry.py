"""The stages in run order, as explicit imports: per-document stages, then the stage that sees every document."""

from __future__ import annotations

import functools
import hashlib
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from extractors import (
    ingest,
    locate_tables,
    map_columns,
    normalise_deadlines,
    normalise_leads,
    parse_tables,
    read_rag,
    select_actions,
    stitch_tables,
)
from extractors.core import DocContext, StageConfig

if TYPE_CHECKING:
    import pandas as pd

    from extractors import reconcile_actions


class DocumentStage(Protocol):
    """What every per-document stage module exposes: it mutates one DocContext (checked by mypy)."""

    NAME: str
    VERSION: str

    def run(self, ctx: DocContext, cfg: StageConfig) -> None: ...


class CorpusStage(Protocol):
    """What a stage that sees every document's rows at once exposes (checked by mypy)."""

    NAME: str
    VERSION: str

    def reconcile(
        self,
        documents: pd.DataFrame,
        tables: pd.DataFrame,
        actions: pd.DataFrame,
        previous_ids: pd.DataFrame | None = None,
        *,
        run_id: str = "",
    ) -> reconcile_actions.ReconcileResult: ...


# Run order. A reader follows a document from one line to the next; so do mypy and grep.
DOCUMENT_STAGE_MODULES: tuple[DocumentStage, ...] = (
    ingest,
    locate_tables,
    parse_tables,
    map_columns,
    stitch_tables,
    select_actions,
    read_rag,
    normalise_deadlines,
    normalise_leads,
)
# The corpus stage is imported on first use (`CORPUS_STAGE`, `load`): it brings pandas and scipy,
# which a worker reading documents never needs (about 100 MB of its resident memory).
CORPUS_STAGE_MODULE = "extractors.reconcile_actions"

DOCUMENT_STAGES: tuple[str, ...] = tuple(m.NAME for m in DOCUMENT_STAGE_MODULES)
CORPUS_STAGES: tuple[str, ...] = (CORPUS_STAGE_MODULE.rsplit(".", 1)[1],)  # its module name is its NAME
_BY_NAME: dict[str, DocumentStage] = {m.NAME: m for m in DOCUMENT_STAGE_MODULES}


def corpus_stage() -> CorpusStage:
    return importlib.import_module(CORPUS_STAGE_MODULE)


def __getattr__(name: str) -> Any:
    """`registry.CORPUS_STAGE`, imported when first asked for (PEP 562)."""
    if name == "CORPUS_STAGE":
        return corpus_stage()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load(name: str) -> DocumentStage | CorpusStage:
    """The stage called `name`; KeyError listing the known stages for any other name."""
    if name in CORPUS_STAGES:
        return corpus_stage()
    try:
        return _BY_NAME[name]
    except KeyError:
        known = ", ".join(DOCUMENT_STAGES + CORPUS_STAGES)
        raise KeyError(f"unknown stage {name!r}; known stages: {known}") from None


def document_stages() -> list[DocumentStage]:
    return list(DOCUMENT_STAGE_MODULES)


# Libraries whose behaviour shapes the rows: an upgrade must re-extract, not serve stale results.
SHAPING_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "dateparser", "spacy", "rapidfuzz")
ROOT = Path(__file__).resolve().parent.parent


def fingerprinted_sources() -> list[Path]:
    """Every source whose change can change a row: extractors/ and schemas/ (subpackages too) and
    pipeline/process.py, pipeline/stream_stages.py and pipeline/cell_boxes.py, which run the
    stages and turn a context into rows."""
    sources = [p for package in ("extractors", "schemas") for p in (ROOT / package).rglob("*.py")]
    sources.append(ROOT / "pipeline" / "process.py")
    sources.append(ROOT / "pipeline" / "stream_stages.py")
    sources.append(ROOT / "pipeline" / "cell_boxes.py")
    sources.append(ROOT / "pipeline" / "failures.py")  # names each failure: the rows' reason codes
    return sorted(sources)


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 of the extractor and schema sources and the shaping libraries' versions.

    Stage VERSIONs say when a change was meant to alter output; this catches the changes nobody
    bumped a VERSION for (a lexicon entry, a threshold, a library upgrade).
    """
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    for source in fingerprinted_sources():
        digest.update(source.relative_to(ROOT).as_posix().encode())
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

    parts = [f"{m.NAME}={m.VERSION}" for m in DOCUMENT_STAGE_MODULES]
    # The corpus stage's VERSION is not read here: importing it would load pandas into every
    # worker. Its source (VERSION line included) is among the fingerprinted sources, so a bump
    # still changes the version.
    parts.append(code_fingerprint())
    digest = hashlib.sha256(";".join(parts).encode()).hexdigest()[:8]
    return f"{__version__}+{digest}"

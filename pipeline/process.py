"""Run the per-document stages on one PDF and return its rows: the unit of work a worker does.

Everything returned is plain data (dicts, lists, dates) so it can cross process boundaries and
be cached; the open PDF never leaves this module.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.core import DocContext, Reject, StageConfig
from pipeline import curated, stream_stages
from pipeline.cell_boxes import action_cell_rows
from pipeline.failures import classify
from pipeline.registry import document_stages, extractor_version
from schemas import ConformError

log = logging.getLogger(__name__)


@dataclass
class DocResult:
    """One document's contribution to every curated table, plus timings for the manifest."""

    document: dict[str, Any]
    tables: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    cells: list[dict[str, Any]] = field(default_factory=list)  # action_cells rows
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    pages_analysed: int = 0


def _document_row(ctx: DocContext, source: str, status: str, version: str, run_id: str) -> dict[str, Any]:
    meta = ctx.meta
    return {
        "doc_id": ctx.doc_id,
        "source_file": source,
        "file_name": Path(source).name,
        "file_size": ctx.size,
        "pages": ctx.pages or None,
        "status": status,
        "reason": None,
        "detail": None,
        "title": meta.get("title"),
        "council": meta.get("council"),
        "committee": meta.get("committee"),
        "meeting_date": meta.get("meeting_date"),
        "doc_date": meta.get("doc_date"),
        "doc_date_source": meta.get("doc_date_source"),
        "n_action_tables": len(ctx.action_tables),
        "n_actions": len(ctx.actions),
        "warnings": list(ctx.warnings) or None,
        "extractor_version": version,
        "run_id": run_id,
    }


def _table_rows(ctx: DocContext, version: str, run_id: str) -> list[dict[str, Any]]:
    rows = []
    for t in ctx.action_tables:
        first = t.fragments[0]
        rows.append(
            {
                "table_id": f"{ctx.doc_id[:16]}:t{t.index}",
                "doc_id": ctx.doc_id,
                "table_index": t.index,
                "plan_id": None,
                "title": t.title,
                "page_first": first.page,
                "page_last": t.fragments[-1].page,
                "n_rows": sum(1 for a in ctx.actions if a["table_index"] == t.index),
                "headers": [h or "" for h in t.headers],
                "roles": list(t.roles),
                "role_confidence": list(first.role_confidence) or None,
                "role_evidence": list(first.role_evidence) or None,
                "decision": first.decision,
                "parser": first.parser,
                "page": first.page,
                "x0": first.x0,
                "top": first.top,
                "x1": first.x1,
                "bottom": first.bottom,
                "extractor_version": version,
                "run_id": run_id,
            }
        )
    return rows


def _action_rows(ctx: DocContext, version: str, run_id: str) -> list[dict[str, Any]]:
    rows = []
    for a in ctx.actions:
        row = {k: v for k, v in a.items() if not k.startswith("_")}
        row["row_id"] = f"{ctx.doc_id[:16]}:t{a['table_index']}:r{a['row_index']}"
        row["extractor_version"] = version
        row["run_id"] = run_id
        rows.append(row)
    return rows


def run_stages(
    ctx: DocContext, cfg: StageConfig, timings: dict[str, float], *, streamed: bool = True
) -> stream_stages.Failure | None:
    """The per-document stages in order, until one fails: that stage's name and exception, or None.

    `streamed`: locate and parse read the pages in one pass (`pipeline.stream_stages`), each pdfium page
    loaded once; the same outcome as the two stages run in turn (False).
    """
    stages = document_stages()
    k = 0
    while k < len(stages):
        if streamed and stream_stages.fuses(stages, k):
            failed = stream_stages.run(ctx, cfg, timings)
            k += 2
        else:
            failed = stream_stages.timed(stages[k], ctx, cfg, timings)
            k += 1
        if failed is not None:
            return failed
    return None


def process_document(path: str | Path, cfg: StageConfig) -> DocResult:
    """All per-document stages on one file; a refusal or crash becomes a quarantine record."""
    source = str(path)
    ctx = DocContext(path=Path(path))
    version = extractor_version()
    timings: dict[str, float] = {}
    status = "ok"
    quarantine: list[dict[str, Any]] = []
    try:
        failed = run_stages(ctx, cfg, timings)
        if failed is not None:
            stage_name, exc = failed
            status = "quarantined"
            if isinstance(exc, Reject):
                quarantine.append(
                    _quarantine(ctx, source, stage_name, exc.reason, exc.detail, version, cfg.run_id)
                )
                log.warning("quarantined %s at %s: %s %s", source, stage_name, exc.reason, exc.detail)
            else:  # a bug: loud in tests (strict), recorded in production
                if cfg.strict:
                    raise exc
                reason, detail = classify(exc)
                if reason == "unexpected_error":
                    log.error("%s crashed on %s", stage_name, source, exc_info=exc)
                else:
                    log.warning("quarantined %s at %s: %s (%s)", source, stage_name, reason, detail[:200])
                quarantine.append(_quarantine(ctx, source, stage_name, reason, detail, version, cfg.run_id))
    finally:
        ctx.store.close()  # pdfium's copy of the document
        if ctx.pdf is not None:
            ctx.pdf.close()
    if status == "quarantined":
        ctx.actions = []
        ctx.action_tables = []
    elif not ctx.actions:
        status = "no_action_table"
    tables = _table_rows(ctx, version, cfg.run_id)
    actions = _action_rows(ctx, version, cfg.run_id)
    cells = action_cell_rows(ctx.doc_id, ctx.actions, version, cfg.run_id)
    try:
        # Checked here, per document, so one document's bad row is its own quarantine and never
        # stops the batch when the curated tables are written.
        curated.build("action_tables", tables)
        curated.build("actions", actions)
        curated.build("action_cells", cells)
    except ConformError as exc:
        if cfg.strict:
            raise
        log.warning("quarantined %s: rows do not fit the schema: %s", source, exc)
        status, tables, actions, cells = "quarantined", [], [], []
        ctx.actions, ctx.action_tables = [], []
        quarantine.append(
            _quarantine(ctx, source, "conform", "schema_violation", str(exc)[:2000], version, cfg.run_id)
        )
    doc = _document_row(ctx, source, status, version, cfg.run_id)
    if quarantine:
        doc["reason"], doc["detail"] = quarantine[0]["reason"], quarantine[0]["detail"]
    return DocResult(
        document=doc,
        tables=tables,
        actions=actions,
        cells=cells,
        quarantine=quarantine,
        timings=timings,
        pages_analysed=len(ctx.candidate_pages),
    )


def _quarantine(
    ctx: DocContext, source: str, stage: str, reason: str, detail: str, version: str, run_id: str
):
    return {
        "doc_id": ctx.doc_id or None,
        "source_file": source,
        "stage": stage,
        "reason": reason,
        "detail": detail,
        "run_id": run_id,
        "extractor_version": version,
    }

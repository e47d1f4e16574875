"""The run manifest: one JSON file per run under <out>/_runs/ with its options, counts and versions."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.code_digest import library_versions

if TYPE_CHECKING:
    from pipeline.runner import RunOptions, RunReport

RUNS_DIR = "_runs"


def write_manifest(
    opts: RunOptions, report: RunReport, version: str, paths: list[Path], started: float
) -> Path:
    manifest: dict[str, Any] = {
        "run_id": report.run_id,
        "started": dt.datetime.fromtimestamp(started, dt.timezone.utc).isoformat(),
        "seconds": round(time.time() - started, 3),
        "extractor_version": version,
        "python": sys.version.split()[0],
        "libraries": library_versions(),
        "options": {
            "workers": opts.workers,
            "timeout_s": opts.timeout_s,
            "memory_mb": opts.memory_mb,
            "max_pages": opts.max_pages,
            "parser": opts.parser,
            "scheduler": opts.scheduler,
            "replace": opts.replace,
            "verify": opts.verify,
        },
        "unchanged": report.unchanged,
        "counts": {
            "documents": report.documents,
            "carried_from_earlier_runs": report.carried,
            "reused": report.reused,
            "processed": report.processed,
            "quarantined": report.quarantined,
            "actions": report.actions,
            "pages_analysed": report.pages_analysed,
            "duplicates": len(report.duplicates),
            "hashed": report.hashed,
        },
        "quarantine_reasons": report.reasons,
        "unexpected_errors": report.unexpected,
        "duplicates": report.duplicates,
        "stage_seconds": {k: round(v, 3) for k, v in report.stage_seconds.items()},
    }
    runs = opts.out / RUNS_DIR
    runs.mkdir(parents=True, exist_ok=True)
    path = runs / f"{report.run_id}.json"
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(manifest, indent=2))
    os.replace(tmp, path)
    return path

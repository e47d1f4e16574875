"""Run planwatch over many PDFs: find inputs, reuse cached results, process the rest, write curated tables."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import fcntl
import glob
import logging
import os
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractors.core.config import StageConfig
from pipeline import snapshot_pointer
from pipeline.arrow_pool import prefer_system_pool
from pipeline.code_digest import CACHE_FILE, code_facts
from pipeline.file_index import FileIndex, RealPaths
from pipeline.manifest import RUNS_DIR, write_manifest
from pipeline.sources import LEVELS, MANIFEST_FILE, join_sources

# The stages, pyarrow and the PDF libraries are imported only when there is work (each below, where
# needed): an unchanged run imports none of them.
if TYPE_CHECKING:
    from pipeline.cache import ResultCache
    from pipeline.process import DocResult

log = logging.getLogger(__name__)
# Failures that say nothing final about the file (a bug, or limits a later run may raise): never
# cached, so the next run tries the document again.
RETRY_REASONS = {"unexpected_error", "timeout", "memory_limit", "worker_crashed", "unreadable_file"}
LOCK_FILE = ".planwatch.lock"


@dataclass
class RunOptions:
    out: Path
    workers: int = 1
    timeout_s: float = 300.0
    memory_mb: int = 2048
    strict: bool = False
    max_pages: int = 2000
    parser: str = "planwatch"
    scheduler: str | None = None  # a Dask scheduler address, or "local" for a LocalCluster
    progress: bool = False
    replace: bool = False  # curated tables hold only this run's inputs, not earlier runs' too
    verify: bool = False  # hash every input even when the file index says it is unchanged
    keep_snapshots: int = (
        snapshot_pointer.KEEP_SNAPSHOTS
    )  # published snapshots kept (the current one included)


@dataclass
class RunReport:
    run_id: str
    documents: int = 0
    reused: int = 0
    processed: int = 0
    quarantined: int = 0
    actions: int = 0
    pages_analysed: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)
    # Files with the same bytes as one listed earlier: one documents row per doc_id, so these are
    # named here (and in the manifest) with the file they duplicate.
    duplicates: list[dict[str, str]] = field(default_factory=list)
    manifest: Path | None = None
    carried: int = 0  # documents of earlier runs kept in the curated tables
    hashed: int = 0  # inputs read and hashed (the others were unchanged by the file index)
    unchanged: bool = False  # nothing changed: the current snapshot stays, no tables written
    # Crashes in planwatch's own code (bugs), each with its traceback, for the manifest.
    unexpected: list[dict[str, str]] = field(default_factory=list)


def _pdfs_under(folder: Path) -> list[Path]:
    """The PDFs below `folder` as `sorted(folder.rglob("*"))` filtered to PDF files gives them (not
    descending into symlinked folders, skipping unreadable ones); scandir knows each entry's type
    without a stat per file."""
    found, stack = [], [str(folder)]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                    elif entry.name.lower().endswith(".pdf") and entry.is_file():
                        found.append(Path(entry.path))
        except OSError:
            continue
    return sorted(found, key=lambda q: q.parts)


def find_inputs(inputs: list[str]) -> list[Path]:
    """Files named, PDFs under directories named, and glob patterns, in a stable order, once each."""
    found: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found.extend(_pdfs_under(p))
        elif p.exists():
            found.append(p)
        else:
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise FileNotFoundError(f"no such file, folder or pattern: {item}")
            found.extend(Path(m) for m in matches if Path(m).is_file())
    seen: set[str] = set()
    unique = []
    real_path = RealPaths()
    for p in found:
        key = real_path(p)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _progress(enabled: bool, total: int):
    if not enabled:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("[bold]planwatch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("docs"),
        TextColumn("{task.fields[pages]} pages"),
        TimeRemainingColumn(),
        transient=False,
    )
    bar.start()
    bar.add_task("run", total=total, pages=0)
    return bar


def _rebind(result: DocResult, source: str) -> DocResult:
    """A cached result found under another path or run: point it at this run's file name."""
    result.document["source_file"] = source
    result.document["file_name"] = Path(source).name
    for q in result.quarantine:
        q["source_file"] = source
    return result


@contextlib.contextmanager
def _exclusive(out: Path):
    """One run at a time per output folder (a nightly job and a researcher may share one).

    A second run waits for the first rather than interleaving writes. flock is released by the
    kernel when the holder dies, so a killed run never leaves the folder locked.
    """
    out.mkdir(parents=True, exist_ok=True)
    with open(out / LOCK_FILE, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("another planwatch run is writing to %s; waiting for it to finish", out)
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            _remove_stale_temporaries(out)
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files left by a killed run (never read as data: their names start with '.')."""
    for folder in (out, out / "_cache", out / RUNS_DIR, out / snapshot_pointer.SNAPSHOTS_DIR):
        if folder.is_dir():
            for tmp in folder.glob(".*.tmp"):
                with contextlib.suppress(OSError):
                    if tmp.is_dir():
                        shutil.rmtree(tmp)
                    else:
                        tmp.unlink()
                    log.info("removed %s, left by an interrupted run", tmp)


def _ids(results: dict[str, DocResult]) -> set[str]:
    return {r.document["doc_id"] for r in results.values() if r.document["doc_id"]}


def _earlier_documents(
    out: Path, named: set[str], named_ids: set[str], cache: ResultCache
) -> tuple[list[DocResult], list[tuple[str, str]]]:
    """Documents earlier runs wrote to `out` that this run does not name again: (cached results
    to keep, (path, doc_id) jobs to extract again because the extractor changed).

    Curated tables accumulate: `planwatch run new.pdf` adds a version next to the ones already
    there, so reconciliation sees them all. A stale document whose file has gone is dropped.
    """
    from pipeline import curated

    previous = curated.read("documents", out)
    if previous is None:
        return [], []
    kept: list[DocResult] = []
    stale: list[tuple[str, str]] = []
    for row in previous.select(["doc_id", "source_file"]).to_pylist():
        doc_id, source = row["doc_id"], row["source_file"]
        if source in named or doc_id in named_ids or doc_id.startswith("unreadable:"):
            continue
        cached = cache.get(doc_id)
        if cached is not None:
            kept.append(cached)
        elif Path(source).is_file():
            stale.append((source, doc_id))
        else:
            log.warning("dropping %s from %s: extracted by older code and the file is gone", source, out)
    return kept, stale


def _sha256(path: Path) -> str:
    from extractors.core.digest import sha256_of  # the content id ingest gives the same bytes

    return sha256_of(path)[0]


def run(inputs: list[str], opts: RunOptions) -> RunReport:
    """Process `inputs` into curated tables under `opts.out`; see RunOptions for the limits."""
    prefer_system_pool()  # before pyarrow allocates: see pipeline.arrow_pool
    paths = find_inputs(inputs)  # a bad pattern fails before the output folder is touched
    if not paths:
        raise FileNotFoundError(
            f"no PDF files in {' '.join(inputs)}; name PDFs, folders holding them, or a glob"
        )
    with _exclusive(opts.out):
        return _run(paths, opts)


def _run(paths: list[Path], opts: RunOptions) -> RunReport:
    started = time.time()
    run_id = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]
    cfg = StageConfig(strict=opts.strict, max_pages=opts.max_pages, run_id=run_id, parser=opts.parser)
    report = RunReport(run_id=run_id, documents=len(paths))

    index = FileIndex(opts.out, verify=opts.verify)
    doc_ids: dict[str, str] = {}
    unreadable: dict[str, OSError] = {}
    for p in paths:
        try:
            doc_ids[str(p)] = index.doc_id(p, _sha256)
        except OSError as exc:
            unreadable[str(p)] = exc
    report.hashed = index.hashed
    index.save()
    digest = code_facts(opts.out / CACHE_FILE, verify=opts.verify).digest
    published = None if unreadable else _unchanged(opts, doc_ids, digest, cfg.cache_key())
    if published is not None:
        report.reused = report.documents
        report.unchanged = True
        # The figures of the snapshot that stands, so the manifest and `status` still say what it holds.
        report.quarantined = published.get("quarantined", 0)
        report.actions = published.get("actions", 0)
        report.reasons = published.get("reasons", {})
        report.duplicates = [d for d in published.get("duplicates", []) if d["source_file"] in doc_ids]
        report.carried = len(set(published["inputs"]) - set(doc_ids))
        report.manifest = write_manifest(opts, report, published["extractor_version"], paths, started)
        log.info("run %s: %d unchanged inputs; the current snapshot stands", run_id, report.documents)
        return report

    early_server = bool(doc_ids) and opts.workers > 0 and not opts.scheduler
    if early_server:
        # Something is to be read, very likely by workers: their server preloads the stages
        # (1-2 s of CPU) on the other core while this process imports and reads its cache.
        from pipeline import worker_server

        worker_server.start()
    from pipeline.cache import ResultCache
    from pipeline.executors import failed_result, make_runner
    from pipeline.registry import extractor_version

    version = extractor_version()
    cache = ResultCache(opts.out, version, cfg.cache_key())
    log.info("run %s: %d input files, extractor %s, out %s", run_id, len(paths), version, opts.out)
    results: dict[str, DocResult] = {}  # by source path, in input order
    for source, exc in unreadable.items():
        results[source] = failed_result(
            source, "", "ingest", "unreadable_file", f"{exc}; check permissions", cfg
        )

    jobs: list[tuple[str, str]] = []
    queued: dict[str, str] = {}  # doc_id -> the source path queued for it
    copies: list[tuple[str, str]] = []  # (source, source of the same bytes queued first)
    for source, doc_id in doc_ids.items():
        cached = cache.get(doc_id)
        if cached is not None:
            results[source] = _rebind(cached, source)
            report.reused += 1
        else:
            if doc_id in queued:  # same bytes under another name: read once, listed as a duplicate
                copies.append((source, queued[doc_id]))
            else:
                queued[doc_id] = source
                jobs.append((source, doc_id))

    carried: list[DocResult] = []
    if not opts.replace:
        carried, stale = _earlier_documents(
            opts.out, {str(p) for p in paths}, set(queued) | _ids(results), cache
        )
        jobs.extend(stale)
        paths = paths + [Path(source) for source, _ in stale]
        if carried or stale:
            log.info(
                "keeping %d documents of earlier runs in %s (--replace drops them); %d re-extracted",
                len(carried),
                opts.out,
                len(stale),
            )

    if early_server and not jobs:
        worker_server.cancel()  # every document was in the cache: no worker will fork
    bar = _progress(opts.progress, len(paths))
    if bar is not None:
        bar.update(bar.task_ids[0], advance=report.reused)
    if opts.scheduler:
        from pipeline.dask_executor import run_dask

        stream = run_dask(jobs, cfg, opts.scheduler, opts.timeout_s, opts.memory_mb)
    else:
        stream = make_runner(opts.workers)(jobs, cfg, opts.timeout_s, opts.memory_mb)
    loader = None
    if jobs and (opts.scheduler or opts.workers > 0):
        from pipeline.preload import preload

        loader = preload()  # reconciliation's libraries, while the workers read the documents
    pages = 0
    for (source, doc_id), result in stream:
        results[source] = result
        report.processed += 1
        pages += result.pages_analysed
        if not result.quarantine or result.quarantine[0]["reason"] not in RETRY_REASONS:
            cache.put(doc_id, result)
        for stage, secs in result.timings.items():
            report.stage_seconds[stage] = report.stage_seconds.get(stage, 0.0) + secs
        if bar is not None:
            bar.update(bar.task_ids[0], advance=1, pages=pages)
        log.debug("done %s: %s, %d actions", source, result.document["status"], len(result.actions))
    if bar is not None:
        bar.update(bar.task_ids[0], advance=len(copies))
        bar.stop()
    if loader is not None:
        loader.join()
    report.pages_analysed = pages
    for source, first in copies:
        if first in results:
            results[source] = _rebind(copy.deepcopy(results[first]), source)

    ordered = carried + [results[str(p)] for p in paths if str(p) in results]
    report.carried = len(carried)
    meta = {"extractor_version": version, "code_digest": digest, "cache_key": cfg.cache_key()}
    write_curated(ordered, opts, run_id, report, meta)
    report.manifest = write_manifest(opts, report, version, paths, started)
    log.info(
        "run %s: %d documents (%d reused, %d processed), %d quarantined, %d actions in %.1fs",
        run_id,
        report.documents,
        report.reused,
        report.processed,
        report.quarantined,
        report.actions,
        time.time() - started,
    )
    return report


def _unchanged(opts: RunOptions, doc_ids: dict[str, str], digest: str, cache_key: str) -> dict | None:
    """The current snapshot's record when publishing again would give that snapshot back: the
    same code and settings made it, every input is listed there with the same bytes, (with
    --replace) nothing else is, and none of its documents waits for a retry. Else None."""
    try:
        meta = snapshot_pointer.snapshot_meta(opts.out)
    except FileNotFoundError:
        return None
    if not meta or meta.get("code_digest") != digest or meta.get("cache_key") != cache_key:
        return None
    if meta.get("retry_pending", 1) or not isinstance(meta.get("inputs"), dict):
        return None
    published = meta["inputs"]
    if any(published.get(source) != doc_id for source, doc_id in doc_ids.items()):
        return None
    if opts.replace and set(published) != set(doc_ids):
        return None
    if meta.get("sources_stamp") != sources_stamp([*published, *doc_ids]):
        return None  # a fetch manifest changed: the documents' source columns may change
    return meta


def sources_stamp(sources: list[str]) -> dict[str, list[int]]:
    """(size, mtime_ns) of every fetch manifest that join_sources could read for these files."""
    real_path = RealPaths()
    folders = {Path(os.path.dirname(real_path(s))) for s in sources}
    stamp: dict[str, list[int]] = {}
    for folder in folders:
        for candidate in [folder, *folder.parents][: LEVELS + 1]:
            path = candidate / MANIFEST_FILE
            key = str(path)
            if key in stamp:
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            stamp[key] = [st.st_size, st.st_mtime_ns]
    return dict(sorted(stamp.items()))


def write_curated(
    results: list[DocResult], opts: RunOptions, run_id: str, report: RunReport, meta: dict[str, Any]
) -> None:
    from pipeline import curated

    out = opts.out
    documents, tables, actions, cells, quarantine = [], [], [], [], []
    seen: dict[str, str] = {}  # doc_id -> the source file listed for it
    for r in results:
        doc_id = r.document["doc_id"]
        if doc_id and doc_id in seen:
            log.warning(
                "skipping %s: same bytes as %s (doc_id %s)",
                r.document["source_file"],
                seen[doc_id],
                doc_id[:12],
            )
            report.duplicates.append(
                {"source_file": r.document["source_file"], "same_as": seen[doc_id], "doc_id": doc_id}
            )
            continue
        if doc_id:
            seen[doc_id] = r.document["source_file"]
        else:  # unreadable before hashing: still listed, keyed by its path
            r.document["doc_id"] = "unreadable:" + r.document["source_file"]
        documents.append(r.document)
        tables.extend(r.tables)
        actions.extend(r.actions)
        cells.extend(r.cells)
        quarantine.extend(r.quarantine)
    for q in quarantine:
        report.reasons[q["reason"]] = report.reasons.get(q["reason"], 0) + 1
        if q["reason"] == "unexpected_error":
            report.unexpected.append({k: q[k] for k in ("source_file", "doc_id", "stage", "detail")})
    report.quarantined = sum(1 for d in documents if d["status"] == "quarantined")
    join_sources(documents)  # before reconciliation: a site's meeting date can date a version
    events, links = reconcile_rows(documents, tables, actions, out, run_id)
    report.actions = len(actions)
    rows = {
        "actions": actions,
        "action_tables": tables,
        "action_events": events,
        "action_links": links,
        "action_cells": cells,
        "quarantine": quarantine,
        "documents": documents,
    }
    inputs = {d["source_file"]: d["doc_id"] for d in documents}
    inputs.update({d["source_file"]: d["doc_id"] for d in report.duplicates})
    meta = {
        **meta,
        "inputs": inputs,
        "sources_stamp": sources_stamp(list(inputs)),
        "retry_pending": sum(1 for d in documents if d["reason"] in RETRY_REASONS),
        "quarantined": report.quarantined,
        "actions": len(actions),
        "reasons": report.reasons,
        "duplicates": report.duplicates,
    }
    tables = {name: curated.build(name, r) for name, r in rows.items()}
    curated.publish(tables, out, run_id, meta, opts.keep_snapshots)


def reconcile_rows(documents, tables, actions, out: Path, run_id: str) -> tuple[list[dict], list[dict]]:
    """Set plan_id and action_id on tables and actions in place; return event and link rows.

    Ids already given in the previous curated actions are kept, so re-runs and newly added
    versions never rename an action.
    """
    import pandas as pd

    from pipeline import curated
    from pipeline.registry import CORPUS_STAGE

    if not actions:
        return [], []
    previous = curated.read("actions", out)
    previous_ids = previous.to_pandas() if previous is not None and previous.num_rows else None
    if previous_ids is not None and previous_ids["action_id"].isna().all():
        previous_ids = None
    result = CORPUS_STAGE.reconcile(
        pd.DataFrame(documents),
        pd.DataFrame(tables),
        pd.DataFrame(actions),
        previous_ids=previous_ids,
        run_id=run_id,
    )
    ids = {
        (r["doc_id"], int(r["table_index"]), int(r["row_index"])): (r["plan_id"], r["action_id"])
        for r in result.actions[["doc_id", "table_index", "row_index", "plan_id", "action_id"]].to_dict(
            "records"
        )
    }
    for a in actions:
        a["plan_id"], a["action_id"] = ids.get((a["doc_id"], a["table_index"], a["row_index"]), (None, None))
    plans = {
        (r["doc_id"], int(r["table_index"])): r["plan_id"]
        for r in result.tables[["doc_id", "table_index", "plan_id"]].to_dict("records")
    }
    for t in tables:
        t["plan_id"] = plans.get((t["doc_id"], t["table_index"]))
    return result.events.to_dict("records"), result.links.to_dict("records")

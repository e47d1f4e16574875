"""Where per-document work runs: in this process, in a local process pool, or on a Dask cluster.

Every executor calls the same `guarded_process` so the time limit, memory cap and quarantine
behave identically wherever a document is processed.
"""

from __future__ import annotations

import logging
import resource
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from pipeline.context import DocContext, StageConfig
from pipeline.process import DocResult, _document_row, _quarantine, process_document
from pipeline.registry import extractor_version

log = logging.getLogger(__name__)


class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # noqa: ARG001 - signal handler signature
    raise _Timeout()


def failed_result(
    path: str, doc_id: str, stage: str, reason: str, detail: str, cfg: StageConfig
) -> DocResult:
    """The record of a document that never produced a result (time limit, memory, dead worker)."""
    version = extractor_version()
    ctx = DocContext(path=Path(path), doc_id=doc_id)
    try:
        ctx.size = Path(path).stat().st_size
    except OSError:
        pass
    doc = _document_row(ctx, path, "quarantined", version, cfg.run_id)
    doc["reason"], doc["detail"] = reason, detail
    return DocResult(
        document=doc, quarantine=[_quarantine(ctx, path, stage, reason, detail, version, cfg.run_id)]
    )


def guarded_process(path: str, doc_id: str, cfg: StageConfig, timeout_s: float, memory_mb: int) -> DocResult:
    """process_document under a wall-clock limit and (in a worker process) an address-space cap."""
    use_alarm = timeout_s > 0 and hasattr(signal, "SIGALRM")
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout_s)
    try:
        return process_document(path, cfg)
    except _Timeout:
        return failed_result(
            path, doc_id, "process", "timeout", f"took longer than --timeout {timeout_s:g}s", cfg
        )
    except MemoryError:
        return failed_result(
            path, doc_id, "process", "memory_limit", f"needed more than --memory-mb {memory_mb}", cfg
        )
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def _limit_memory(memory_mb: int) -> None:
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


Job = tuple[str, str]  # (path, doc_id)


def run_inline(
    jobs: list[Job], cfg: StageConfig, timeout_s: float, memory_mb: int
) -> Iterator[tuple[Job, DocResult]]:
    for job in jobs:
        yield job, guarded_process(job[0], job[1], cfg, timeout_s, 0)


def run_processes(
    jobs: list[Job], cfg: StageConfig, workers: int, timeout_s: float, memory_mb: int
) -> Iterator[tuple[Job, DocResult]]:
    """A process pool; a worker that dies (segfault, OOM kill) quarantines its document, not the run."""
    pending = list(jobs)
    while pending:
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_limit_memory, initargs=(memory_mb,), max_tasks_per_child=50
        ) as pool:
            futures = {
                pool.submit(guarded_process, p, d, cfg, timeout_s, memory_mb): (p, d) for p, d in pending
            }
            pending = []
            broken = False
            not_done = set(futures)
            while not_done:
                done, not_done = wait(not_done, return_when=FIRST_COMPLETED)
                for fut in done:
                    job = futures[fut]
                    try:
                        yield job, fut.result()
                    except BrokenProcessPool:
                        broken = True
                        pending.append(job)
                    except Exception as exc:  # pickling or worker error: record it, carry on
                        yield (
                            job,
                            failed_result(job[0], job[1], "process", "unexpected_error", repr(exc), cfg),
                        )
            if broken:
                # Which job killed the pool is unknown: rerun the rest one at a time in fresh pools so
                # the culprit alone is quarantined.
                if len(pending) == 1 or workers == 1:
                    job = pending.pop(0)
                    yield (
                        job,
                        failed_result(
                            job[0],
                            job[1],
                            "process",
                            "worker_crashed",
                            "the worker process died (crash or memory kill)",
                            cfg,
                        ),
                    )
                workers = 1


def make_runner(workers: int) -> Callable[..., Iterator[tuple[Job, DocResult]]]:
    if workers <= 1:
        return lambda jobs, cfg, timeout_s, memory_mb: run_inline(jobs, cfg, timeout_s, memory_mb)
    return lambda jobs, cfg, timeout_s, memory_mb: run_processes(jobs, cfg, workers, timeout_s, memory_mb)


__all__ = ["failed_result", "guarded_process", "make_runner"]

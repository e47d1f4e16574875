"""Where per-document work runs: in this process, in a local process pool, or on a Dask cluster.

Every executor calls the same `guarded_process` so the time limit, memory cap and quarantine
behave identically wherever a document is processed.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import resource
import signal
import threading
import time
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from pipeline import worker_server
from pipeline.arrow_pandas import arrow_without_pandas
from pipeline.arrow_pool import prefer_system_pool
from pipeline.context import DocContext, StageConfig
from pipeline.orphan_guard import guard
from pipeline.process import DocResult, _document_row, _quarantine, process_document
from pipeline.registry import document_stages, extractor_version
from pipeline.worker_server import TABLE_LIBRARIES

log = logging.getLogger(__name__)


class _Timeout(BaseException):
    """The document's time is up. A BaseException so the per-stage `except Exception` in
    process_document cannot record it as an unexpected error and carry on."""


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


class _ThreadDeadline:
    """A wall-clock limit for code running off the main thread, where SIGALRM cannot be used.

    A timer thread raises `_Timeout` asynchronously in the worker thread. Python delivers it at the
    next bytecode boundary, so a long call inside C code (pdfium rendering one page) finishes that
    call first; pdfminer's layout analysis, where the time goes, is Python and stops promptly.
    """

    def __init__(self, timeout_s: float) -> None:
        self._tid = threading.get_ident()
        self._lock = threading.Lock()
        self._armed = True
        self._timer = threading.Timer(timeout_s, self._fire)
        self._timer.daemon = True

    # If the exception lands in a weakref callback or __del__, Python reports it as unraisable and
    # drops it; the deadline fires again after this pause until the document stops.
    REFIRE_S = 0.5

    def _fire(self) -> None:
        with self._lock:
            if self._armed:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self._tid), ctypes.py_object(_Timeout)
                )
                self._timer = threading.Timer(self.REFIRE_S, self._fire)
                self._timer.daemon = True
                self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        with self._lock:
            self._armed = False
            # Withdraw an exception the timer queued that has not been delivered yet (NULL clears it).
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._tid), None)
            self._timer.cancel()


def guarded_process(path: str, doc_id: str, cfg: StageConfig, timeout_s: float, memory_mb: int) -> DocResult:
    """process_document under a wall-clock limit and (in a worker process) an address-space cap.

    On the main thread the limit is SIGALRM; on any other thread (Dask workers run tasks in a
    thread pool, and `signal` refuses to work there) it is a `_ThreadDeadline`.
    """
    on_main = threading.current_thread() is threading.main_thread()
    use_alarm = timeout_s > 0 and on_main and hasattr(signal, "SIGALRM")
    deadline = _ThreadDeadline(timeout_s) if timeout_s > 0 and not use_alarm else None
    result: DocResult | None = None
    started = time.monotonic()
    try:
        if use_alarm:
            old = signal.signal(signal.SIGALRM, _alarm)
            # The alarm repeats until cancelled: a _Timeout raised inside a gc callback or __del__
            # is reported as unraisable and dropped, and the document would then run unbounded.
            signal.setitimer(signal.ITIMER_REAL, timeout_s, _ThreadDeadline.REFIRE_S)
        elif deadline is not None:
            deadline.start()
        try:
            result = process_document(path, cfg)
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, old)
            elif deadline is not None:
                # The timer may have queued a _Timeout a moment ago; it lands at the next call,
                # cancel() included, before the deadline is disarmed. Left armed, the deadline
                # would go on firing at this thread's id, which a later thread may reuse: disarm
                # until it holds (the clock below still says whether the document overran).
                while True:
                    try:
                        deadline.cancel()
                        break
                    except _Timeout:
                        continue
    except _Timeout:
        if result is not None:  # the limit fired after the document was done: keep the work
            return _reclassify(result, memory_mb, timeout_s)
        return failed_result(
            path, doc_id, "process", "timeout", f"took longer than --timeout {timeout_s:g}s", cfg
        )
    except MemoryError:
        return _memory_limit(path, doc_id, cfg, memory_mb)
    overran = timeout_s > 0 and time.monotonic() - started >= timeout_s
    return _reclassify(result, memory_mb, timeout_s, overran)


def _reclassify(result: DocResult, memory_mb: int, timeout_s: float, overran: bool = False) -> DocResult:
    """A limit that a stage saw as an error (a MemoryError under the worker's cap, the deadline
    arriving inside a pdfium call): say which limit, as when the executor catches it itself.

    `overran`: the document ran past its time limit. The deadline then interrupted a library in
    the middle of a call, and whatever that library raised (a SystemError from a C extension, a
    parser error on a half-read object) says nothing about the file: the limit is the reason.
    """
    if result.quarantine and overran and result.quarantine[0]["reason"] != "memory_limit":
        result.quarantine[0]["reason"] = result.document["reason"] = "timeout"
    if not result.quarantine or result.quarantine[0]["reason"] not in ("memory_limit", "timeout"):
        return result
    if result.quarantine[0]["reason"] == "timeout":
        detail = f"took longer than --timeout {timeout_s:g}s ({result.quarantine[0]['detail']})"
    else:
        detail = f"needed more than --memory-mb {memory_mb} ({result.quarantine[0]['detail']})"
    for row in (result.document, result.quarantine[0]):
        row["detail"] = detail
    return result


def _memory_limit(path: str, doc_id: str, cfg: StageConfig, memory_mb: int) -> DocResult:
    return failed_result(
        path, doc_id, "process", "memory_limit", f"needed more than --memory-mb {memory_mb}", cfg
    )


def _init_worker(memory_mb: int, run_pid: int) -> None:
    """Tie the worker's life to the run's, cap its address space, and import every stage now so
    that the per-document time limit measures the document, not the first import of spaCy."""
    guard(run_pid)
    prefer_system_pool()  # pyarrow's default pool would reserve 1 GB of the capped address space
    arrow_without_pandas()  # a worker converts lists, never frames: pandas would be 50 MB idle
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    warm_up()


# Objects the first generation of the garbage collector holds before it is collected (Python's
# default is 700): a page allocates tens of thousands of short-lived words, chars and boxes, and
# with a larger first generation most die before a collection promotes them to be walked again.
GC_YOUNG_THRESHOLD = 20_000


def warm_up() -> None:
    """Import every stage and the libraries a table needs, so a document's time limit measures it;
    then take what the imports built out of the garbage collector's view (once per process)."""
    import importlib

    from extractors.leads.tokens import lead_pipeline

    document_stages()
    for name in TABLE_LIBRARIES:
        importlib.import_module(name)
    lead_pipeline()
    _freeze_imports()


_frozen = False


def _freeze_imports() -> None:
    """Move every object alive now (about a million: spaCy, dateparser, the lexicons) to the
    collector's permanent generation. Each full collection walked them all again while pages were
    read (on the 8 agenda packs the collector took 1.2 s of 16 s CPU; 0.3 s after this). Garbage
    is collected first, so none is frozen; objects made later are collected as before."""
    global _frozen
    if _frozen:
        return
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    _frozen = True


Job = tuple[str, str]  # (path, doc_id)


def run_inline(
    jobs: list[Job], cfg: StageConfig, timeout_s: float, memory_mb: int
) -> Iterator[tuple[Job, DocResult]]:
    if jobs:
        warm_up()
    for job in jobs:
        yield job, guarded_process(job[0], job[1], cfg, timeout_s, 0)


# A fresh pool after this many documents per worker bounds what a slow leak can accumulate. Pools
# are recycled here rather than with max_tasks_per_child, which deadlocks the pool on Python
# 3.11-3.13 once a worker retires (CPython gh-115634).
TASKS_PER_WORKER = 50


def _mp_context():
    return worker_server.context()


def run_processes(
    jobs: list[Job], cfg: StageConfig, workers: int, timeout_s: float, memory_mb: int
) -> Iterator[tuple[Job, DocResult]]:
    """A process pool; a worker that dies (segfault, OOM kill) quarantines its document, not the run."""
    pending = list(jobs)
    while pending:
        size = workers * TASKS_PER_WORKER
        batch, pending = pending[:size], pending[size:]
        lost = yield from _pool_batch(batch, cfg, workers, timeout_s, memory_mb)
        if not lost:
            continue
        if workers > 1:
            # Which job killed the pool is unknown: rerun the lost ones through a single worker,
            # where the culprit is the first job without a result, so it alone is quarantined.
            yield from run_processes(lost, cfg, 1, timeout_s, memory_mb)
            continue
        culprit, rest = lost[0], lost[1:]
        cap = f" (--memory-mb {memory_mb})" if memory_mb > 0 else ""
        detail = f"the worker process died: a crash, or out of memory{cap}; see the system log"
        yield culprit, failed_result(culprit[0], culprit[1], "process", "worker_crashed", detail, cfg)
        pending = rest + pending


def _pool_batch(
    batch: list[Job], cfg: StageConfig, workers: int, timeout_s: float, memory_mb: int
) -> Generator[tuple[Job, DocResult], None, list[Job]]:
    """Run `batch` in one pool; return the jobs lost to a dead worker, in submission order."""
    lost: list[int] = []
    with ProcessPoolExecutor(
        max_workers=min(workers, len(batch)),
        mp_context=_mp_context(),
        initializer=_init_worker,
        initargs=(memory_mb, os.getpid()),
    ) as pool:
        futures = {
            pool.submit(guarded_process, p, d, cfg, timeout_s, memory_mb): i for i, (p, d) in enumerate(batch)
        }
        not_done = set(futures)
        while not_done:
            done, not_done = wait(not_done, return_when=FIRST_COMPLETED)
            for fut in done:
                job = batch[futures[fut]]
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    lost.append(futures[fut])
                    continue
                except Exception as exc:  # pickling or worker error: record it, carry on
                    result = failed_result(job[0], job[1], "process", "unexpected_error", repr(exc), cfg)
                yield job, result
    return [batch[i] for i in sorted(lost)]


def make_runner(workers: int) -> Callable[..., Iterator[tuple[Job, DocResult]]]:
    """`workers` processes; 0 (or less) runs every document in this process (debuggers, profilers).

    One worker is a process too: the run itself then never imports spaCy or the table stages'
    libraries, the worker never imports pandas for reconciliation, and neither holds both (a
    pack run peaked at 360 MB in one process, about 250 MB per process split so). The worker
    also gets the --memory-mb cap and a crash quarantines a document instead of ending the run.
    """
    if workers <= 0:
        return lambda jobs, cfg, timeout_s, memory_mb: run_inline(jobs, cfg, timeout_s, memory_mb)
    return lambda jobs, cfg, timeout_s, memory_mb: run_processes(jobs, cfg, workers, timeout_s, memory_mb)


def stop_forkserver() -> None:
    """End the forkserver that started the workers, if one runs, and wait for it."""
    worker_server.stop()


__all__ = ["Job", "failed_result", "guarded_process", "make_runner", "stop_forkserver"]

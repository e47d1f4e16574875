"""Process documents on a Dask cluster: a LocalCluster on this machine, or a running scheduler.

Each document is one task calling the same `guarded_process` as the local executors, so
quarantine reasons and results are identical wherever a document ran. Workers must see the input
paths (a shared filesystem) and have planwatch installed at the same version.

Limits on Dask: tasks run in a worker's thread pool, so the per-document time limit is the
thread-safe deadline in `guarded_process` (SIGALRM works only on a main thread). The memory cap
is the worker's `memory_limit`: past it the nanny restarts the worker, and a document that
kills workers is quarantined as `worker_crashed` instead of being retried forever.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

from pipeline.context import StageConfig
from pipeline.executors import Job, failed_result, guarded_process, warm_up
from pipeline.orphan_guard import watch_run
from pipeline.process import DocResult

log = logging.getLogger(__name__)

LOCAL_WORKERS = 2
# A document whose task killed a worker this many times is given up, not retried indefinitely.
ALLOWED_FAILURES = 1


def _local_cluster(memory_mb: int):
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=LOCAL_WORKERS,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
        memory_limit=f"{memory_mb}MiB" if memory_mb > 0 else None,
    )


def run_dask(
    jobs: list[Job], cfg: StageConfig, scheduler: str, timeout_s: float, memory_mb: int
) -> Iterator[tuple[Job, DocResult]]:
    """Yield ((path, doc_id), DocResult) as tasks finish; `scheduler` is an address or "local"."""
    if not jobs:
        return
    import dask
    from distributed import Client, as_completed

    # Importing distributed installs its own log levels (INFO); keep its chatter out of our log
    # unless the user asked for debug output.
    if not log.isEnabledFor(logging.DEBUG):
        logging.getLogger("distributed").setLevel(logging.ERROR)

    with dask.config.set({"distributed.scheduler.allowed-failures": ALLOWED_FAILURES}):
        cluster = _local_cluster(memory_mb) if scheduler == "local" else None
        try:
            client = Client(cluster) if cluster is not None else Client(scheduler)
            try:
                log.info("dask: %d documents on %s", len(jobs), client.scheduler.address)
                if cluster is not None:
                    # Our own workers end with this process, even after kill -9 (a shared
                    # cluster's workers are not ours to tie to this run). No PDEATHSIG here: a
                    # worker's parent is a thread of this process that may end before it.
                    client.run(watch_run, os.getpid())
                client.run(warm_up)  # imports outside the per-document time limit
                futures = {}
                for path, doc_id in jobs:
                    fut = client.submit(
                        guarded_process,
                        path,
                        doc_id,
                        cfg,
                        timeout_s,
                        memory_mb,
                        key=f"planwatch-{doc_id[:16]}-{len(futures)}",
                        pure=False,
                    )
                    futures[fut.key] = (fut, (path, doc_id))
                for fut in as_completed([f for f, _ in futures.values()]):
                    job = futures[fut.key][1]
                    try:
                        result = fut.result()
                    except Exception as exc:  # KilledWorker (crash, memory kill) or a worker error
                        reason = (
                            "worker_crashed" if type(exc).__name__ == "KilledWorker" else "unexpected_error"
                        )
                        log.warning("dask task for %s failed: %r", job[0], exc)
                        result = failed_result(job[0], job[1], "process", reason, repr(exc)[:2000], cfg)
                    fut.release()
                    yield job, result
            finally:
                client.close()
        finally:
            if cluster is not None:
                cluster.close()


__all__ = ["run_dask"]

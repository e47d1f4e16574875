"""The forkserver that worker processes fork from: its preloads, an early start, and its end.

Its preloads (the stages, scipy, spaCy) take one to two seconds of CPU before the first worker
can fork. A run that has documents to read starts it as soon as it knows that (`start`), so the
preloads run beside the run's own imports and cache lookups on the other core instead of after
them. This module imports nothing heavy itself, so that start comes early.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal

log = logging.getLogger(__name__)

# What a table's columns and lead cells need (scipy, spaCy): the stages import them on first use,
# a worker before its first document. pandas is not among them: only the run reconciles.
TABLE_LIBRARIES = ("scipy.optimize", "spacy")
# pipeline.executors brings every stage (through pipeline.process and pipeline.registry);
# pipeline.freeze_preloaded last: it freezes what the imports above built.
PRELOAD = ("pipeline.executors", *TABLE_LIBRARIES, "pipeline.freeze_preloaded")


def context() -> multiprocessing.context.ForkServerContext:
    """forkserver: workers fork from a clean single-threaded server with the stages imported once,
    so they start fast without forking this process's threads (progress bar, Dask, logging)."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(list(PRELOAD))
    return ctx


def _server():
    from multiprocessing import forkserver

    return getattr(forkserver, "_forkserver", None)


def start() -> None:
    """Start the server now (it preloads in the background); the first worker forks from it."""
    context()
    server = _server()
    if server is not None:
        server.ensure_running()


def cancel() -> None:
    """End a server that forked no worker (nothing was left to read) without waiting for its
    preloads: it holds nothing but imports."""
    server = _server()
    pid = getattr(server, "_forkserver_pid", None)  # private but unchanged since Python 3.4
    if pid is None:
        return
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    stop()


def stop() -> None:
    """End the server, if one runs, and wait for it.

    It would otherwise outlive this process briefly as an orphan; waited for here, its workers'
    CPU time and peak memory count in this process's child usage (wait4, `time`, the benchmark).
    """
    server = _server()
    stop_server = getattr(server, "_stop", None)  # private but unchanged since Python 3.4
    if stop_server is not None:
        try:
            stop_server()
        except OSError as exc:
            log.debug("forkserver already gone: %s", exc)


__all__ = ["PRELOAD", "TABLE_LIBRARIES", "cancel", "context", "start", "stop"]

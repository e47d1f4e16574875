"""Make a worker process end when the planwatch run that started it ends, however it ended.

A `kill -9` of the run gives it no chance to stop its workers, and a pool worker waiting for its
next task would wait forever (each holds a PDF library and ~200 MB). Two guards, either enough:
on Linux the kernel sends SIGKILL to the worker when its parent dies (PR_SET_PDEATHSIG), and
everywhere a daemon thread exits the worker once the run's process is gone (its parent may be a
forkserver or a Dask nanny, so the thread watches the run's pid, not the parent's).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import sys
import threading
import time

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
POLL_S = 0.5


def die_with_parent() -> bool:
    """Ask the kernel to SIGKILL this process when its parent exits; False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else: our run's pid was reused
        return False
    return True


def _watch(run_pid: int, parent_pid: int) -> None:
    while True:
        # The parent changing means it died and this process was re-parented (to init or a
        # subreaper); the run's pid vanishing means the run died. Either way no one will ever
        # send another task or read a result.
        if os.getppid() != parent_pid or not _alive(run_pid):
            os._exit(1)
        time.sleep(POLL_S)


_started: set[int] = set()


def watch_run(run_pid: int) -> None:
    """Start (once per process) a daemon thread that exits this process when `run_pid` is gone."""
    if os.getpid() in _started:
        return
    _started.add(os.getpid())
    # A small stack: the worker's address-space cap (--memory-mb) counts the default 8 MB too.
    previous = threading.stack_size(256 * 1024)
    try:
        thread = threading.Thread(
            target=_watch, args=(run_pid, os.getppid()), name="planwatch-orphan-guard", daemon=True
        )
        thread.start()
    finally:
        threading.stack_size(previous)


def guard(run_pid: int) -> None:
    """Both guards, for a worker process started on behalf of the run whose pid is `run_pid`."""
    die_with_parent()
    watch_run(run_pid)

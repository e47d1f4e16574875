"""kill -9 of a running `planwatch run` leaves no worker behind, and the next run finishes the job.

Real runs in a subprocess; only the run's own process is killed (not its process group), as a
scheduler or an out-of-memory killer would. Every process the run started carries a marker in its
environment, so the test finds them in /proc whatever their parent became.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.helpers import run_command

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data/raw/hfd-cs-improvement-plan-2023-03-synth-s1--word-colour.pdf"
# How long the workers may take to notice their run is gone and finish dying. The kernel's
# PDEATHSIG is immediate and the guard thread polls every 0.5 s, but on a busy machine a killed
# worker with a few hundred MB to unmap stays alive (not yet a zombie) for a while: the wait ends
# as soon as none is left, so a generous limit costs nothing when all is well.
GRACE_S = 60
# How long a run may take to get to the point where the test kills it (workers started, or one or
# two documents cached): a document takes seconds idle, several times that on a loaded machine.
READY_S = 600

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc (Linux)")


def _marked(tag: str) -> list[int]:
    """pids of live processes whose environment carries `tag`."""
    needle = f"PLANWATCH_TEST_TAG={tag}".encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":  # a zombie is already dead, waiting for its reaper
                    pids.append(int(entry.name))
        except OSError:
            continue
    return pids


def _wait_for_no_orphans(tag: str) -> list[int]:
    deadline = time.monotonic() + GRACE_S
    while True:
        left = _marked(tag)
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.25)


def _inputs(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = SAMPLE.read_bytes()
    for i in range(n):  # a comment after %%EOF: other bytes (another doc_id), the same reading
        (folder / f"copy-{i}.pdf").write_bytes(data + b"\n%pad" + str(i).encode() + b"\n")
    return folder


def _start(inputs: Path, out: Path, tag: str, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PLANWATCH_TEST_TAG": tag}
    return subprocess.Popen(run_command([inputs], out, *extra), cwd=ROOT, env=env, stderr=subprocess.DEVNULL)


def _kill_when(proc: subprocess.Popen, ready, timeout: float = READY_S) -> None:
    deadline = time.monotonic() + timeout
    try:
        while not ready():
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "the run never got far enough to be killed"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)  # the run alone, not its group: workers are on their own
        proc.wait()


def _entries(out: Path) -> int:
    folder = out / "_cache"
    return len(list(folder.glob("*.json"))) if folder.is_dir() else 0


def _workers_started(tag: str, parent: subprocess.Popen):
    return lambda: len([p for p in _marked(tag) if p != parent.pid]) >= 2


def _rows(out: Path, table: str) -> list[str]:
    rows = pq.read_table(out / f"{table}.parquet").to_pylist()
    return sorted(
        json.dumps({k: v for k, v in r.items() if k != "run_id"}, sort_keys=True, default=str) for r in rows
    )


@pytest.mark.parametrize("executor", [["--workers", "2"], ["--dask"]], ids=["pool", "dask"])
def test_kill_9_of_the_run_leaves_no_worker_alive(tmp_path, executor):
    tag = uuid.uuid4().hex
    proc = _start(_inputs(tmp_path / "in", 6), tmp_path / "out", tag, *executor)
    _kill_when(proc, _workers_started(tag, proc))
    left = _wait_for_no_orphans(tag)
    if left:  # do not leak them into the rest of the session either
        for pid in left:
            os.kill(pid, signal.SIGKILL)
    assert not left, f"{len(left)} planwatch processes outlived their run by {GRACE_S}s"


def test_three_kills_then_a_rerun_give_the_tables_of_an_uninterrupted_run(tmp_path):
    inputs = _inputs(tmp_path / "in", 5)
    clean = tmp_path / "clean"
    done = subprocess.run(
        run_command([inputs], clean, "--workers", "2"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]

    out = tmp_path / "out"
    # Killed while the workers start, after the first result, after the second: each kill lands
    # at another point of the run, and each run resumes from what the last one cached.
    for i, ready_after in enumerate([None, 1, 2]):
        tag = uuid.uuid4().hex
        proc = _start(inputs, out, tag, "--workers", "2")
        before = _entries(out)
        if ready_after is None:
            _kill_when(proc, _workers_started(tag, proc))
        else:
            _kill_when(
                proc, lambda b=before, n=ready_after: _entries(out) >= min(b + n, 5) or _entries(out) == 5
            )
        assert not _wait_for_no_orphans(tag), f"kill {i + 1}: workers outlived the run"
    tag = uuid.uuid4().hex
    proc = _start(inputs, out, tag, "--workers", "2")
    assert proc.wait(timeout=600) == 0
    assert not _wait_for_no_orphans(tag)

    for table in ("documents", "action_tables", "actions", "action_events", "action_links", "quarantine"):
        assert _rows(out, table) == _rows(clean, table), f"{table} differs from the uninterrupted run"
    assert not list(out.rglob("*.tmp")), "no temporaries of the killed runs are left"

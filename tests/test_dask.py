"""The Dask executor gives the same rows as the local process pool, and keeps the time limit.

A real `distributed.LocalCluster` on loopback (two worker processes), no mocks.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.context import StageConfig
from pipeline.executors import _ThreadDeadline, guarded_process, warm_up
from pipeline.runner import RunOptions, run

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [
    ROOT / "data/raw/hfd-cs-improvement-plan-2023-03-synth-s1--word-colour.pdf",
    ROOT / "tests/fixtures/rag-text.pdf",
]
VARYING = {"run_id"}


def _rows(out: Path, table: str) -> list[str]:
    rows = pq.read_table(out / f"{table}.parquet").to_pylist()
    return sorted(
        json.dumps({k: v for k, v in r.items() if k not in VARYING}, sort_keys=True, default=str)
        for r in rows
    )


def test_local_cluster_gives_the_same_actions_as_the_process_pool(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for p in SAMPLES:
        shutil.copy(p, inputs / p.name)

    pool = run([str(inputs)], RunOptions(out=tmp_path / "pool", workers=2, timeout_s=120))
    dask = run([str(inputs)], RunOptions(out=tmp_path / "dask", scheduler="local", timeout_s=120))

    assert (dask.processed, dask.quarantined) == (2, 0)
    assert dask.actions == pool.actions > 0
    for table in ("documents", "action_tables", "actions"):
        assert _rows(tmp_path / "dask", table) == _rows(tmp_path / "pool", table), table


def _slow_page(path: Path, n: int = 350) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for k, head in enumerate(["Action", "Lead", "Deadline", "Progress", "RAG"]):
        c.drawString(40 + k * 100, 810, head)
    for i in range(n):
        for j in range(n):
            x, y = 30 + j * 530 / n, 50 + i * 740 / n
            c.line(x, y, x + 1.5, y)
            c.line(x, y, x, y + 1.5)
    c.showPage()
    c.save()


def test_time_limit_holds_off_the_main_thread(tmp_path):
    """Dask runs tasks in worker threads, where SIGALRM cannot be set: the deadline must still hold."""
    pytest.importorskip("reportlab")
    slow = tmp_path / "slow.pdf"
    _slow_page(slow)
    results = {}
    # As the Dask executor does before its first task: the stages' imports take seconds on a busy
    # machine, and a deadline landing inside an import would leave a half-made module behind.
    warm_up()

    def work():
        results["slow"] = guarded_process(str(slow), "", StageConfig(), 1.5, 0)
        results["good"] = guarded_process(str(SAMPLES[1]), "", StageConfig(), 120, 0)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(300)  # generous but finite: the slow page stops at 1.5 s, the good file takes seconds
    assert not worker.is_alive()
    assert results["slow"].document["reason"] == "timeout"
    assert results["good"].document["status"] == "ok", "a cancelled deadline never fires later"
    # A deadline left armed goes on firing at the finished thread's id, which the next thread
    # (often its own timer) inherits: the _Timeout then surfaces in some thread while we wait.
    surfaced = []
    old_hook, threading.excepthook = threading.excepthook, lambda args: surfaced.append(args.exc_type)
    try:
        for _ in range(3):
            threading.Thread(target=time.sleep, args=(_ThreadDeadline.REFIRE_S,)).start()
            time.sleep(_ThreadDeadline.REFIRE_S)
    finally:
        threading.excepthook = old_hook
    assert not surfaced, f"a deadline outlived its document: {surfaced}"

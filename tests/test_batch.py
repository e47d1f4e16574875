"""Batch runs a researcher and a nightly job can trust: incremental re-runs and runs killed mid-way.

Real runs on copies of a sample PDF in data/raw/ (and one small fixture), no mocks: the cache must make a second run
re-extract nothing and change nothing, and a run killed with SIGKILL must leave an output folder
that the next run completes without duplicates or half-written files.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.runner import RunOptions, run
from tests.helpers import run_command

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data/raw"
SAMPLE_A = RAW / "hfd-cs-improvement-plan-2023-03-synth-s1--word-colour.pdf"
# The second file is the small committed fixture: cheap to re-extract when its bytes change.
SAMPLE_B = ROOT / "tests/fixtures/rag-text.pdf"


def _pad(data: bytes, i: int) -> bytes:
    """The same PDF with a comment after %%EOF: other bytes (another doc_id), same content."""
    return data + b"\n%pad" + str(i).encode() + b"\n"


def _rows(out: Path, table: str) -> list[str]:
    """A table's rows without run_id, as sorted canonical JSON: equal lists mean equal tables."""
    rows = pq.read_table(out / f"{table}.parquet").to_pylist()
    return sorted(
        json.dumps({k: v for k, v in r.items() if k != "run_id"}, sort_keys=True, default=str) for r in rows
    )


def test_second_run_reuses_everything_and_changes_nothing(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLE_A, inputs / SAMPLE_A.name)
    shutil.copy(SAMPLE_B, inputs / SAMPLE_B.name)
    out = tmp_path / "out"
    opts = RunOptions(out=out, workers=2, timeout_s=120)

    first = run([str(inputs)], opts)
    assert (first.documents, first.processed, first.reused, first.quarantined) == (2, 2, 0, 0)
    assert first.actions > 0
    manifest = json.loads(first.manifest.read_text())
    assert manifest["run_id"] == first.run_id
    assert manifest["counts"]["documents"] == 2 and manifest["counts"]["processed"] == 2
    assert manifest["counts"]["actions"] == first.actions
    tables = {t: _rows(out, t) for t in ("documents", "action_tables", "actions")}

    second = run([str(inputs)], opts)
    assert (second.reused, second.processed) == (2, 0)
    assert second.run_id != first.run_id
    for t, rows in tables.items():
        assert _rows(out, t) == rows, f"{t} changed on a run over unchanged files"
    assert json.loads(second.manifest.read_text())["counts"]["reused"] == 2

    changed = inputs / SAMPLE_B.name
    changed.write_bytes(_pad(changed.read_bytes(), 1))
    third = run([str(inputs)], opts)
    assert (third.reused, third.processed) == (1, 1)
    docs = {Path(d["source_file"]).name: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    assert docs[SAMPLE_B.name]["run_id"] == third.run_id, "the changed file was extracted again"
    assert docs[SAMPLE_A.name]["run_id"] == first.run_id, "the unchanged file was reused"
    before = {json.loads(r)["file_name"]: json.loads(r)["n_actions"] for r in tables["documents"]}
    assert {n: d["n_actions"] for n, d in docs.items()} == before, "padding changed no reading"


def _cache_entries(out: Path) -> list[Path]:
    return list((out / "_cache").glob("*.json")) if (out / "_cache").is_dir() else []


def test_run_killed_mid_way_is_completed_by_the_next_run(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    data = SAMPLE_A.read_bytes()
    copies = 3
    for i in range(copies):
        (inputs / f"copy-{i}.pdf").write_bytes(_pad(data, i))
    out = tmp_path / "out"
    cmd = run_command([inputs], out, "--workers", "2")

    # Own session, so SIGKILL takes the run and its worker processes at once, as a cgroup kill would.
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not _cache_entries(out):
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no cache entry appeared"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert not (out / "documents.parquet").exists(), "killed before the curated tables were written"
    done_before = len(_cache_entries(out))
    assert 1 <= done_before < copies
    # What a kill during a write leaves behind: a temporary that must never be read as data.
    (out / "_cache" / ".deadbeef.000000000000.json.4242.tmp").write_bytes(b'{"half an entry')

    rerun = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-3000:]

    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert sorted(Path(d["source_file"]).name for d in docs) == [f"copy-{i}.pdf" for i in range(copies)]
    assert len({d["doc_id"] for d in docs}) == copies
    assert all(d["status"] == "ok" for d in docs), "padding after %%EOF must not change the reading"
    assert len({d["n_actions"] for d in docs}) == 1 and docs[0]["n_actions"] > 0
    actions = pq.read_table(out / "actions.parquet").to_pylist()
    assert len(actions) == copies * docs[0]["n_actions"]
    assert len({a["row_id"] for a in actions}) == len(actions), "no action twice"
    for table in out.glob("*.parquet"):
        pq.read_table(table)
    assert not list(out.rglob("*.tmp")), "temporaries of the killed run are cleaned up"
    (manifest,) = (out / "_runs").glob("*.json")
    counts = json.loads(manifest.read_text())["counts"]
    assert counts["reused"] == done_before and counts["processed"] == copies - done_before


def test_same_bytes_twice_are_read_once_and_named_as_duplicates(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLE_B, inputs / "a.pdf")
    shutil.copy(SAMPLE_B, inputs / "b-copy.pdf")
    report = run([str(inputs)], RunOptions(out=tmp_path / "out", workers=1))

    assert (report.processed, len(report.duplicates)) == (1, 1)
    assert Path(report.duplicates[0]["source_file"]).name == "b-copy.pdf"
    assert json.loads(report.manifest.read_text())["duplicates"] == report.duplicates
    docs = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert [Path(d["source_file"]).name for d in docs] == ["a.pdf"]


def test_a_second_run_on_the_same_folder_waits_for_the_first(tmp_path):
    import fcntl
    import threading

    from pipeline.runner import LOCK_FILE

    out = tmp_path / "out"
    out.mkdir()
    finished = threading.Event()
    with open(out / LOCK_FILE, "a+") as held:  # as if another run were writing
        fcntl.flock(held, fcntl.LOCK_EX)
        waiter = threading.Thread(
            target=lambda: (run([str(SAMPLE_B)], RunOptions(out=out, workers=1, timeout_s=0)), finished.set())
        )
        waiter.start()
        time.sleep(1.0)
        assert not finished.is_set() and not (out / "documents.parquet").exists()
    waiter.join(60)
    assert finished.is_set() and (out / "documents.parquet").exists()

"""Publishing in one step, and the unchanged rerun that publishes nothing.

Real runs on small committed fixtures: each run writes a whole snapshot and switches CURRENT;
readers (query, status, the top-level Parquet files) follow it; an interrupted publish leaves the
previous snapshot current; a rerun over unchanged files hashes nothing and writes no table.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import curated
from pipeline.query import query
from pipeline.runner import RunOptions, run

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests/fixtures"
A, B, C = FIXTURES / "rag-text.pdf", FIXTURES / "rag-fill-rgb.pdf", FIXTURES / "table-split-row.pdf"


def _inputs(folder: Path, *files: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def _current(out: Path) -> str:
    return (out / "CURRENT").read_text().strip()


def _names(out: Path) -> set[str]:
    return {Path(s).name for s in pq.read_table(out / "documents.parquet")["source_file"].to_pylist()}


def test_each_run_publishes_a_snapshot_that_readers_follow(tmp_path):
    inputs = _inputs(tmp_path / "in", A)
    out = tmp_path / "out"
    first = run([str(inputs)], RunOptions(out=out, workers=1))
    assert _current(out) == f"_snapshots/{first.run_id}"
    _inputs(inputs, B)
    second = run([str(inputs)], RunOptions(out=out, workers=1))
    assert _current(out) == f"_snapshots/{second.run_id}"
    snap = out / "_snapshots" / second.run_id
    for table in ("documents", "actions", "action_tables", "action_events", "action_links", "quarantine"):
        # The documented files are the current snapshot's (hard links: no second copy on disk).
        assert os.path.samefile(out / f"{table}.parquet", snap / f"{table}.parquet")
    assert _names(out) == {A.name, B.name}
    got = query("SELECT file_name FROM documents ORDER BY 1", out).column("file_name").to_pylist()
    assert got == sorted([A.name, B.name])
    # The earlier snapshot is still whole: a reader that resolved CURRENT before the switch
    # finishes on a consistent set.
    assert {
        Path(s).name
        for s in pq.read_table(out / "_snapshots" / first.run_id / "documents.parquet")[
            "source_file"
        ].to_pylist()
    } == {A.name}


def test_old_snapshots_are_pruned_to_keep_n(tmp_path):
    inputs = _inputs(tmp_path / "in", A)
    out = tmp_path / "out"
    ids = []
    for f in (B, C, A):
        ids.append(run([str(inputs)], RunOptions(out=out, workers=1, keep_snapshots=2, verify=True)).run_id)
        (inputs / A.name).write_bytes(A.read_bytes() + f"\n%{f.name}\n".encode())  # new bytes, new run
    kept = sorted(p.name for p in (out / "_snapshots").iterdir())
    assert kept == sorted(ids[-2:])
    assert _current(out) == f"_snapshots/{ids[-1]}"


def test_a_publish_killed_before_the_switch_leaves_the_previous_set_current(tmp_path, monkeypatch):
    inputs = _inputs(tmp_path / "in", A)
    out = tmp_path / "out"
    first = run([str(inputs)], RunOptions(out=out, workers=1))
    before = {t: pq.read_table(out / f"{t}.parquet") for t in ("documents", "actions")}
    _inputs(inputs, B)

    real_replace = os.replace

    def killed_at_the_pointer(src, dst, *args, **kwargs):
        if Path(dst).name == curated.POINTER:
            raise KeyboardInterrupt("killed")  # as if the process died here
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", killed_at_the_pointer)
    with pytest.raises(KeyboardInterrupt):
        run([str(inputs)], RunOptions(out=out, workers=1))
    monkeypatch.undo()

    assert _current(out) == f"_snapshots/{first.run_id}"
    for t, table in before.items():
        assert pq.read_table(out / f"{t}.parquet").equals(table), f"{t} changed without the switch"
        assert curated.read(t, out).equals(table)
    assert query("SELECT count(*) n FROM documents", out).column("n")[0].as_py() == 1

    again = run([str(inputs)], RunOptions(out=out, workers=1))
    assert _current(out) == f"_snapshots/{again.run_id}" and _names(out) == {A.name, B.name}
    assert not list(out.rglob("*.tmp")), "the interrupted run's temporaries are removed"


def test_an_unchanged_rerun_hashes_nothing_and_writes_nothing(tmp_path):
    inputs = _inputs(tmp_path / "in", A, B)
    out = tmp_path / "out"
    first = run([str(inputs)], RunOptions(out=out, workers=1))
    assert first.hashed == 2
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")}

    second = run([str(inputs)], RunOptions(out=out, workers=1))
    assert second.unchanged and second.hashed == 0 and second.reused == 2 and second.processed == 0
    assert _current(out) == f"_snapshots/{first.run_id}"
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")} == stamps
    assert len(list((out / "_snapshots").iterdir())) == 1

    # Touched, same bytes: hashed again, found unchanged, still nothing written.
    os.utime(inputs / A.name)
    third = run([str(inputs)], RunOptions(out=out, workers=1))
    assert third.unchanged and third.hashed == 1

    verified = run([str(inputs)], RunOptions(out=out, workers=1, verify=True))
    assert verified.unchanged and verified.hashed == 2

    # New bytes under the same name and size class: seen, re-extracted, published.
    (inputs / B.name).write_bytes(B.read_bytes() + b"\n%changed\n")
    fourth = run([str(inputs)], RunOptions(out=out, workers=1))
    assert not fourth.unchanged and fourth.processed == 1 and fourth.hashed == 1
    assert _current(out) == f"_snapshots/{fourth.run_id}"


def test_replace_with_fewer_inputs_is_a_change(tmp_path):
    inputs = _inputs(tmp_path / "in", A, B)
    out = tmp_path / "out"
    run([str(inputs)], RunOptions(out=out, workers=1))
    report = run([str(inputs / A.name)], RunOptions(out=out, workers=1, replace=True))
    assert not report.unchanged
    assert _names(out) == {A.name}


def test_views_sql_in_a_plain_duckdb_session_reads_the_current_snapshot(tmp_path):
    """As if a run had switched CURRENT and been killed before replacing the top-level files."""
    import duckdb

    inputs = _inputs(tmp_path / "in", A, B)
    out = tmp_path / "out"
    run([str(inputs)], RunOptions(out=out, workers=1))
    stale = pq.read_table(out / "documents.parquet").slice(0, 1)
    (out / "documents.parquet").unlink()  # break the hard link, then write an older table there
    pq.write_table(stale, out / "documents.parquet")

    con = duckdb.connect()
    con.execute(f"SET VARIABLE curated = '{out}'")
    con.execute((ROOT / "pipeline" / "views.sql").read_text())
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert query("SELECT count(*) n FROM documents", out).column("n")[0].as_py() == 2


def test_an_unchanged_run_does_not_import_the_stages(tmp_path):
    """The check runs before spaCy, pdfminer and the stages load: a quiet night costs milliseconds."""
    import subprocess
    import sys

    inputs = _inputs(tmp_path / "in", A)
    out = tmp_path / "out"
    run([str(inputs)], RunOptions(out=out, workers=1))
    probe = (
        "import sys; from pathlib import Path; from pipeline.runner import RunOptions, run; "
        f"r = run([{str(inputs)!r}], RunOptions(out=Path({str(out)!r}), workers=1)); "
        "print(r.unchanged, 'spacy' in sys.modules, 'extractors.parse_tables' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False", "False"]


def test_the_unchanged_check_covers_everything_the_cache_key_does():
    from pipeline import code_digest, registry

    covered = {p for package in code_digest.PACKAGES for p in (ROOT / package).rglob("*.py")}
    assert set(registry.fingerprinted_sources()) <= covered
    assert set(registry.SHAPING_LIBRARIES) <= set(code_digest.library_versions())


def test_a_new_fetch_manifest_beside_unchanged_files_is_a_change(tmp_path):
    """The sources manifest fills documents' source columns: new metadata must be published."""
    import hashlib
    import json

    inputs = _inputs(tmp_path / "in", A)
    out = tmp_path / "out"
    run([str(inputs)], RunOptions(out=out, workers=1))
    sha = hashlib.sha256(A.read_bytes()).hexdigest()
    row = {"sha256": sha, "url": "https://example.org/a.pdf", "retrieved_at": "2026-01-02T03:04:05+00:00"}
    (inputs / "sources.jsonl").write_text(json.dumps(row) + "\n")
    report = run([str(inputs)], RunOptions(out=out, workers=1))
    assert not report.unchanged and report.processed == 0, "published again, from the cache"
    (doc,) = pq.read_table(out / "documents.parquet").to_pylist()
    assert doc["source_url"] == "https://example.org/a.pdf"
    assert run([str(inputs)], RunOptions(out=out, workers=1)).unchanged

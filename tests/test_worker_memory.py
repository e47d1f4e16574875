"""What a worker imports before its first page, and that one worker process reads a document as this process does.

Real runs on a committed fixture, no mocks. The imports are checked in a fresh interpreter: pytest
itself has imported pandas and spaCy long before.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.runner import RunOptions, run

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests/fixtures/rag-text.pdf"
HEAVY = ("pandas", "scipy", "spacy")  # 100, 55 and 75 MB resident


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().replace("'", '"'))


def test_the_run_imports_no_table_library_before_it_reconciles():
    # The process that lists inputs, reads the cache and starts the workers.
    assert _loaded_after("import pipeline.runner, pipeline.executors, pipeline.process") == []


def test_a_worker_reads_documents_without_pandas():
    # What _init_worker does (the forkserver preloads the imports), then a document with tables.
    tables = ROOT / "tests/fixtures/notgenre-untitled.pdf"
    code = (
        "from pipeline.arrow_pandas import arrow_without_pandas\n"
        "from pipeline.executors import warm_up\n"
        "from pipeline.process import process_document\n"
        "from extractors.core import StageConfig\n"
        "arrow_without_pandas()\n"
        "warm_up()\n"
        f"r = process_document({str(tables)!r}, StageConfig(strict=True))\n"
        "assert r.document['status'] == 'no_action_table', r.document"
    )
    assert _loaded_after(code) == ["scipy", "spacy"]


def _rows(out: Path, table: str) -> list[str]:
    rows = pq.read_table(out / f"{table}.parquet").to_pylist()
    return sorted(
        json.dumps({k: v for k, v in r.items() if k != "run_id"}, sort_keys=True, default=str) for r in rows
    )


def test_one_worker_process_gives_the_rows_this_process_gives(tmp_path):
    inline = run([str(FIXTURE)], RunOptions(out=tmp_path / "inline", workers=0, replace=True))
    worker = run([str(FIXTURE)], RunOptions(out=tmp_path / "worker", workers=1, replace=True))
    assert inline.processed == worker.processed == 1
    assert inline.actions == worker.actions > 0
    for table in ("documents", "action_tables", "actions", "action_cells", "quarantine"):
        assert _rows(tmp_path / "inline", table) == _rows(tmp_path / "worker", table), table


def test_warm_up_takes_the_imports_out_of_the_collectors_view():
    # In a fresh interpreter: what a worker (and an inline run) does before its first document.
    probe = (
        "import gc\nfrom pipeline.executors import GC_YOUNG_THRESHOLD, warm_up\n"
        "before = gc.get_freeze_count()\nwarm_up()\nwarm_up()\n"
        "print(before, gc.get_freeze_count(), gc.get_threshold()[0] == GC_YOUNG_THRESHOLD)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    before, frozen, threshold = done.stdout.split()
    # spaCy, dateparser and the lexicons leave hundreds of thousands of long-lived objects.
    assert int(before) == 0 and int(frozen) > 100_000 and threshold == "True"


def test_preload_imports_what_reconciliation_needs():
    code = (
        "from pipeline.preload import AFTER_DOCUMENTS, preload\npreload().join()\n"
        "print(all(m in sys.modules for m in AFTER_DOCUMENTS))"
    )
    done = subprocess.run(
        [sys.executable, "-c", "import sys\n" + code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"


def test_the_forkserver_freezes_its_preloaded_imports_last():
    from multiprocessing import forkserver

    from pipeline.executors import _mp_context

    _mp_context()
    # set_forkserver_preload keeps the list on the module's forkserver (private, stable since 3.4).
    preload = forkserver._forkserver._preload_modules
    assert preload[-1] == "pipeline.freeze_preloaded"
    done = subprocess.run(
        [sys.executable, "-c", "import gc, spacy, pipeline.freeze_preloaded\nprint(gc.get_freeze_count())"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) > 50_000  # spaCy alone leaves about 80,000

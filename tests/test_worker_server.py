"""The workers' forkserver: started early when a run has documents to read, ended when it forks none."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from multiprocessing import forkserver
from pathlib import Path

from pipeline import worker_server
from pipeline.runner import RunOptions, run

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "tests/fixtures/rag-text.pdf"
OTHER = ROOT / "tests/fixtures/notgenre-untitled.pdf"


def _server_pid() -> int | None:
    return getattr(forkserver._forkserver, "_forkserver_pid", None)  # private, stable since 3.4


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_a_cancelled_server_is_ended_and_reaped():
    worker_server.start()
    pid = _server_pid()
    assert pid is not None
    worker_server.cancel()
    assert _server_pid() is None and _gone(pid)


def test_a_run_whose_documents_are_all_cached_leaves_no_server(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for pdf in (SMALL, OTHER):
        shutil.copy(pdf, inputs / pdf.name)
    out = tmp_path / "out"
    first = run([str(inputs)], RunOptions(out=out, workers=1))
    worker_server.stop()
    assert first.processed == 2
    # Another selection of the same files: not the published snapshot's inputs, so the run
    # starts its workers' server early, then finds every document in its cache.
    again = run([str(inputs / SMALL.name)], RunOptions(out=out, workers=1, replace=True))
    assert again.unchanged is False and again.processed == 0 and again.reused == 1
    assert _server_pid() is None


def test_the_server_leaves_without_tearing_down_its_imports_but_flushes_its_output():
    code = "import pipeline.freeze_preloaded\nprint('written before exit')\nraise SystemExit(0)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout == "written before exit\n"


def test_the_preloads_bring_every_stage():
    code = (
        "import sys\n"
        f"for name in {list(worker_server.PRELOAD[:-1])!r}:\n"
        "    __import__(name)\n"
        "loaded = set(sys.modules)\n"
        "from pipeline.registry import DOCUMENT_STAGES\n"
        "print(all(f'extractors.{n}' in loaded for n in DOCUMENT_STAGES))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"

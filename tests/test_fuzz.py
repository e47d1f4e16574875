"""Damaged PDFs get a named failure: seeded mutants of committed fixtures through a real run.

`unexpected_error` (a bug in planwatch) and `worker_crashed` must never come from bad bytes: the
PDF libraries' errors map to broken_pdf, broken_stream, broken_font, broken_xref. A sample runs
by default; the `slow` suite runs 500.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from bench.fuzz_pdfs import write_mutants
from pipeline.failures import classify
from tests.helpers import run_command

ROOT = Path(__file__).resolve().parents[1]
NAMED = {
    "broken_pdf",
    "broken_stream",
    "broken_font",
    "broken_xref",
    "empty_file",
    "not_a_pdf",
    "encrypted_pdf",
    "no_text_layer",
    "too_many_pages",
    "timeout",
    "memory_limit",
}


def _fuzz_run(tmp_path: Path, count: int, seed: int) -> tuple[list[dict], dict]:
    inputs = tmp_path / "in"
    files = write_mutants(inputs, count, seed)
    out = tmp_path / "out"
    cmd = run_command([inputs], out, "--workers", "2", "--timeout", "60")
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=3600)
    assert done.returncode == 0, done.stderr[-3000:]
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    (manifest_path,) = (out / "_runs").glob("*.json")
    manifest = json.loads(manifest_path.read_text())
    listed = {d["source_file"] for d in docs} | {d["source_file"] for d in manifest["duplicates"]}
    assert listed == {str(f) for f in files}, "every file gets a status"
    return docs, manifest


def _check(docs: list[dict], manifest: dict) -> None:
    assert all(d["status"] in {"ok", "no_action_table", "quarantined"} for d in docs)
    unnamed = [
        (d["file_name"], d["reason"], (d["detail"] or "")[-600:])
        for d in docs
        if d["status"] == "quarantined" and d["reason"] not in NAMED
    ]
    assert not unnamed, unnamed
    assert manifest["unexpected_errors"] == []


def test_a_sample_of_mutants_all_get_a_named_status(tmp_path):
    _check(*_fuzz_run(tmp_path, 30, seed=20261201))


@pytest.mark.slow
def test_five_hundred_mutants_all_get_a_named_status(tmp_path):
    _check(*_fuzz_run(tmp_path, 500, seed=5))


def _classified(call) -> tuple[str, str]:
    try:
        call()
    except Exception as exc:  # whatever the library raises is what we classify
        return classify(exc)
    pytest.fail("the damaged input was accepted")


def test_a_library_error_on_bad_bytes_is_named_and_a_bug_of_ours_is_not():
    import io

    import pdfplumber
    from pdfminer.lzw import lzwdecode

    # pdfminer's own error type, wrapped by pdfplumber: the file's object syntax is broken.
    reason, _ = _classified(lambda: pdfplumber.open(io.BytesIO(b"%PDF-1.4\nnot really")).pages)
    assert reason == "broken_pdf"
    # A plain IndexError from deep inside a stream decoder: the stream is broken, not our code.
    reason, detail = _classified(lambda: lzwdecode(b"\xff\xfe\x00garbage" * 3))
    assert (reason, detail.split(":")[0]) == ("broken_stream", "IndexError in pdfminer.lzw")

    def our_bug():
        return {}["missing"]

    reason, detail = _classified(our_bug)
    assert reason == "unexpected_error"
    assert "Traceback" in detail and "our_bug" in detail, "a bug carries its traceback"


def test_the_time_limit_firing_inside_a_pdfium_call_is_a_timeout():
    """ctypes turns an exception raised while it converts arguments into ArgumentError naming it."""
    import ctypes

    from pipeline import executors, failures

    assert failures.DEADLINE_NAME == executors._Timeout.__name__
    wrapped = ctypes.ArgumentError(f"argument 1: {executors._Timeout.__name__}: ")
    assert classify(wrapped)[0] == "timeout"
    assert classify(ctypes.ArgumentError("argument 1: TypeError: wrong type"))[0] == "unexpected_error"

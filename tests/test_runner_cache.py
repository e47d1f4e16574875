"""What the per-document cache keeps: final answers about a file, never failures a later run may fix."""

from pathlib import Path

import pyarrow.parquet as pq

from pipeline.runner import RunOptions, run

SAMPLE = (
    Path(__file__).resolve().parent.parent
    / "data"
    / "raw"
    / "hfd-cs-improvement-plan-2023-03-synth-s1--word-colour.pdf"
)


def _status(out: Path) -> tuple[str, int]:
    doc = pq.read_table(out / "documents.parquet").to_pylist()[0]
    return doc["status"], doc["n_actions"]


def test_a_timed_out_document_is_tried_again_when_the_limit_is_raised(tmp_path):
    out = tmp_path / "curated"
    report = run([str(SAMPLE)], RunOptions(out=out, workers=1, timeout_s=0.05))
    assert report.reasons == {"timeout": 1}
    assert _status(out) == ("quarantined", 0)

    report = run([str(SAMPLE)], RunOptions(out=out, workers=1, timeout_s=300))
    assert report.reused == 0 and report.processed == 1
    status, n_actions = _status(out)
    assert status == "ok" and n_actions > 50


def test_a_finished_document_is_reused(tmp_path):
    out = tmp_path / "curated"
    run([str(SAMPLE)], RunOptions(out=out, workers=1))
    report = run([str(SAMPLE)], RunOptions(out=out, workers=1))
    assert (report.reused, report.processed) == (1, 0)

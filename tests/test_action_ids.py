"""action_id is stable through the whole pipeline: re-runs keep it, and so does adding a newer version."""

import shutil
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.runner import RunOptions, run

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
OLD = "hfd-ofsted-plan-2015-01--word-grid.pdf"
NEW = "hfd-ofsted-plan-2015-04-synth-s1--word-rules.pdf"


def _ids(out: Path) -> dict[tuple[str, int, int], str]:
    rows = pq.read_table(out / "actions.parquet", columns=["doc_id", "table_index", "row_index", "action_id"])
    return {(r["doc_id"], r["table_index"], r["row_index"]): r["action_id"] for r in rows.to_pylist()}


def test_ids_survive_reruns_and_a_newer_version(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(RAW / OLD, inbox / OLD)
    out = tmp_path / "curated"
    opts = RunOptions(out=out, workers=1, strict=True)

    run([str(inbox)], opts)
    first = _ids(out)
    assert first and all(first.values())
    assert len(set(first.values())) == len(first)  # one id per action within one version

    run([str(inbox)], opts)
    assert _ids(out) == first

    shutil.copy(RAW / NEW, inbox / NEW)
    run([str(inbox)], opts)
    both = _ids(out)
    assert {k: both[k] for k in first} == first
    new_rows = {k: v for k, v in both.items() if k not in first}
    # Most actions of the newer version are the same actions, so they reuse the earlier ids.
    reused = sum(1 for v in new_rows.values() if v in set(first.values()))
    assert reused >= 0.8 * len(new_rows)
    events = pq.read_table(out / "action_events.parquet").to_pandas()
    # The April update slips deadlines and moves ratings of actions carried over from January.
    assert {"new", "rag_changed", "deadline_changed"} <= set(events["event"])


def test_a_run_on_one_new_file_keeps_the_documents_of_earlier_runs(tmp_path):
    out = tmp_path / "curated"
    opts = RunOptions(out=out, workers=1, strict=True)
    run([str(RAW / OLD)], opts)
    first = _ids(out)
    run([str(RAW / NEW)], opts)  # the nightly pattern: only the new pack is named
    names = set(pq.read_table(out / "documents.parquet").column("file_name").to_pylist())
    assert names == {OLD, NEW}
    both = _ids(out)
    assert {k: both[k] for k in first} == first
    assert len(set(both.values()) & set(first.values())) >= 0.8 * (len(both) - len(first))

    run([str(RAW / NEW)], RunOptions(out=out, workers=1, strict=True, replace=True))
    names = set(pq.read_table(out / "documents.parquet").column("file_name").to_pylist())
    assert names == {NEW}


def test_an_empty_folder_is_an_error_not_an_empty_dataset(tmp_path):
    import pytest

    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="no PDF files"):
        run([str(tmp_path / "empty")], RunOptions(out=tmp_path / "curated"))
    assert not (tmp_path / "curated").exists()

"""The result cache holds data, never code: entries round-trip exactly, and anything else is ignored.

Real extraction of a small committed fixture; entries tampered with the way a shared or synced
folder could (a changed byte, a cut, a pickle under an entry's name) must be recomputed, never
trusted or executed.
"""

from __future__ import annotations

import logging
import pickle
from pathlib import Path

import pytest

from pipeline import registry
from pipeline.cache import BadEntry, ResultCache, dumps, loads, prune
from pipeline.context import StageConfig
from pipeline.process import process_document
from pipeline.runner import RunOptions, run

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "tests/fixtures/rag-text.pdf"
DATED = ROOT / "tests/fixtures/table-borderless-numbered.pdf"  # deadlines parse to dates


@pytest.fixture(scope="module")
def result():
    return process_document(DATED, StageConfig(strict=True))


def test_an_entry_round_trips_every_row_exactly(result):
    doc_id = result.document["doc_id"]
    back = loads(dumps(doc_id, "k1", result), doc_id, "k1")
    assert back == result
    assert any(a.get("deadline_date") for a in back.actions), "dates come back as dates"
    assert type(next(a["deadline_date"] for a in back.actions if a.get("deadline_date"))).__name__ == "date"


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-40] + b"\n",  # cut short
        lambda b: b.replace(b'"ok"', b'"OK"', 1),  # a changed value
        lambda b: b.replace(b'"k1"', b'"k2"', 1),  # another code version's entry
        lambda b: pickle.dumps({"not": "an entry"}),  # a pickle under an entry's name
        lambda b: b"",
    ],
    ids=["truncated", "edited", "other-key", "pickle", "empty"],
)
def test_a_damaged_entry_is_refused(result, damage):
    doc_id = result.document["doc_id"]
    with pytest.raises(BadEntry):
        loads(damage(dumps(doc_id, "k1", result)), doc_id, "k1")


def test_an_entry_whose_checksum_fits_but_rows_do_not_is_refused(result):
    """Someone who recomputes the checksum still cannot slip in rows the schemas refuse."""
    import hashlib
    import json

    doc_id = result.document["doc_id"]
    head, payload, _ = dumps(doc_id, "k1", result).decode().split("\n")
    body = json.loads(payload)
    body["document"]["pages"] = "many"  # a string where the schema wants a count
    payload = json.dumps(body, sort_keys=True, separators=(",", ":"))
    head = json.dumps({**json.loads(head), "sha256": hashlib.sha256(payload.encode()).hexdigest()})
    with pytest.raises(BadEntry, match="schemas"):
        loads((head + "\n" + payload + "\n").encode(), doc_id, "k1")


class _Boom:
    """Unpickling this creates a file: proof that a pickle was executed."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_run_ignores_a_planted_pickle_recomputes_and_logs_it(tmp_path, caplog):
    out = tmp_path / "out"
    run([str(SMALL)], RunOptions(out=out, workers=1))
    (entry,) = (out / "_cache").iterdir()
    assert entry.suffix == ".json" and entry.read_bytes().startswith(b'{"format": "planwatch-result/2"')
    marker = tmp_path / "pickle-ran"
    entry.write_bytes(pickle.dumps(_Boom(marker)))
    with caplog.at_level(logging.WARNING, logger="pipeline.cache"):
        # A second input makes this run publish, so the planted entry is looked up.
        report = run([str(SMALL), str(DATED)], RunOptions(out=out, workers=1))
    assert (report.reused, report.processed) == (0, 2)
    assert not marker.exists(), "the planted pickle was executed"
    assert "ignoring cache entry" in caplog.text
    assert entry.read_bytes().startswith(b'{"format"'), "the entry was written again, as data"


def test_prune_keeps_only_this_versions_entries(tmp_path, result):
    out = tmp_path / "out"
    cache = ResultCache(out, "v-now", "max_pages=2000")
    doc_id = result.document["doc_id"]
    cache.put(doc_id, result)
    old = ResultCache(out, "v-old", "max_pages=2000")
    old.put(doc_id, result)
    (out / "_cache" / f"{doc_id}.0123456789ab.pkl").write_bytes(b"legacy")
    removed, freed = prune(out, cache.key)
    assert removed == 2 and freed > 0
    assert [p.name for p in (out / "_cache").iterdir()] == [cache.path(doc_id).name]
    assert cache.get(doc_id) == result


def test_the_cache_key_covers_the_code_that_builds_rows(monkeypatch):
    """A change to pipeline/process.py (which shapes every row) must re-extract, like a stage's."""
    registry.code_fingerprint.cache_clear()
    before = registry.code_fingerprint()
    real = Path.read_bytes

    def edited(self):
        data = real(self)
        return (
            data + b"\n# edited\n" if self.name == "process.py" and self.parent.name == "pipeline" else data
        )

    monkeypatch.setattr(Path, "read_bytes", edited)
    registry.code_fingerprint.cache_clear()
    try:
        assert registry.code_fingerprint() != before
    finally:
        monkeypatch.undo()
        registry.code_fingerprint.cache_clear()

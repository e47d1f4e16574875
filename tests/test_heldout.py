"""Four agenda packs written with python-docx and rendered by LibreOffice in layouts the rules were
not developed on (tests/fixtures/heldout/README.md): every printed action comes out, field by field.

The truth files hold the rows as they were written into the documents, so these tests check the
whole spine end to end (locate, parse, stitch, map, select, ratings, deadlines) against text a
person typed, not against planwatch's own earlier output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.runner import RunOptions, run
from tests.helpers import squash

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"
NAMES = ["heldout-a", "heldout-b", "heldout-c", "heldout-d"]
FIELDS = ("ref", "area", "action", "lead", "deadline_raw", "progress", "rag")


@pytest.fixture(scope="module")
def curated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("heldout")
    run([str(HELDOUT / f"{n}.pdf") for n in NAMES], RunOptions(out=out, workers=1, strict=True))
    return out


def _actions(curated: Path, name: str) -> list[list[dict]]:
    docs = pq.read_table(curated / "documents.parquet").to_pylist()
    doc_id = next(d["doc_id"] for d in docs if d["file_name"] == f"{name}.pdf")
    rows = [a for a in pq.read_table(curated / "actions.parquet").to_pylist() if a["doc_id"] == doc_id]
    tables: dict[int, list[dict]] = {}
    for a in sorted(rows, key=lambda a: (a["table_index"], a["row_index"])):
        tables.setdefault(a["table_index"], []).append(a)
    return [tables[k] for k in sorted(tables)]


@pytest.mark.parametrize("name", NAMES)
def test_every_printed_action_comes_out_as_printed(curated, name):
    truth = json.loads((HELDOUT / f"{name}.truth.json").read_text())
    got_tables = _actions(curated, name)
    assert len(got_tables) == len(truth["plans"])
    for plan, got in zip(truth["plans"], got_tables, strict=True):
        assert len(got) == len(plan["rows"])
        for want, row in zip(plan["rows"], got, strict=True):
            for field in FIELDS:
                assert squash(row[field]) == squash(want.get(field)), (name, want.get("ref"), field)
            if want.get("deadline_date"):
                assert str(row["deadline_date"]) == want["deadline_date"], (name, want.get("ref"))


@pytest.mark.parametrize("name", NAMES)
def test_the_document_date_is_read_from_the_cover(curated, name):
    truth = json.loads((HELDOUT / f"{name}.truth.json").read_text())
    docs = pq.read_table(curated / "documents.parquet").to_pylist()
    doc = next(d for d in docs if d["file_name"] == f"{name}.pdf")
    assert str(doc["doc_date"]) == truth["doc_date"]


def test_two_plans_in_one_pack_are_two_plans(curated):
    ofsted, send = _actions(curated, "heldout-d")
    assert {a["plan_id"] for a in ofsted}.isdisjoint({a["plan_id"] for a in send})
    assert len({a["plan_id"] for a in ofsted}) == 1

"""Every value of an action traces to the page and cell box it was printed in (actions.cells)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from extractors.core import StageConfig
from pipeline import curated
from pipeline.process import process_document
from schemas.actions import TEXT_ROLES

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
SPLIT_ROW = FIXTURES / "table-split-row.pdf"  # rows that run over a page break
REF_IN_ACTION = FIXTURES / "table-ref-in-action.pdf"  # the ref printed at the head of the action


def test_every_printed_value_has_a_box_on_its_rows_pages():
    res = process_document(SPLIT_ROW, StageConfig(strict=True))
    assert res.actions
    with pdfplumber.open(SPLIT_ROW) as pdf:
        sizes = {i + 1: (float(p.width), float(p.height)) for i, p in enumerate(pdf.pages)}
    for a in res.actions:
        fields = {c["field"] for c in a["cells"]}
        for name in TEXT_ROLES:
            if a.get(name):
                assert name in fields, (a["ref"], name)
        if a["rag_source"] == "text":
            assert "rag_raw" in fields
        for c in a["cells"]:
            width, height = sizes[c["page"]]
            assert c["page"] <= a["page_last"]
            assert 0 <= c["x0"] < c["x1"] <= width + 1 and 0 <= c["top"] < c["bottom"] <= height + 1


def test_a_value_over_a_page_break_has_a_box_on_each_page():
    res = process_document(SPLIT_ROW, StageConfig(strict=True))
    spanning = [a for a in res.actions if a["page_first"] < a["page_last"]]
    assert spanning
    both = [a for a in spanning if {c["page"] for c in a["cells"]} == {a["page_first"], a["page_last"]}]
    assert both == spanning


def test_a_ref_split_from_the_action_points_at_the_action_cell():
    res = process_document(REF_IN_ACTION, StageConfig(strict=True))
    a = next(a for a in res.actions if a["ref"])
    boxes = {c["field"]: (c["page"], c["x0"], c["top"]) for c in a["cells"]}
    assert boxes["ref"] == boxes["action"]


def test_the_boxes_are_written_to_actions_parquet():
    res = process_document(SPLIT_ROW, StageConfig(strict=True))
    rows = [{**a, "row_id": "r", "extractor_version": "v", "run_id": "r"} for a in res.actions]
    table = curated.build("actions", rows)
    first = table.column("cells")[0].as_py()
    assert first and set(first[0]) == {"field", "page", "x0", "top", "x1", "bottom"}

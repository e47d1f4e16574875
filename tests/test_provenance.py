"""Every value of an action traces to the page and cell box it was printed in (the action_cells rows)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pdfplumber

from extractors.core import StageConfig
from pipeline import curated
from pipeline.process import process_document
from schemas import TABLES
from schemas.actions import TEXT_ROLES

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
SPLIT_ROW = FIXTURES / "table-split-row.pdf"  # rows that run over a page break
REF_IN_ACTION = FIXTURES / "table-ref-in-action.pdf"  # the ref printed at the head of the action


def _boxes(res) -> dict[str, list[dict]]:
    """The action_cells rows of each action, by row_id."""
    by_row: dict[str, list[dict]] = defaultdict(list)
    for c in res.cells:
        by_row[c["row_id"]].append(c)
    return by_row


def test_every_printed_value_has_a_box_on_its_rows_pages():
    res = process_document(SPLIT_ROW, StageConfig(strict=True))
    assert res.actions
    boxes = _boxes(res)
    with pdfplumber.open(SPLIT_ROW) as pdf:
        sizes = {i + 1: (float(p.width), float(p.height)) for i, p in enumerate(pdf.pages)}
    for a in res.actions:
        mine = boxes[a["row_id"]]
        fields = {c["field"] for c in mine}
        for name in TEXT_ROLES:
            if a.get(name):
                assert name in fields, (a["ref"], name)
        if a["rag_source"] == "text":
            assert "rag_raw" in fields
        for c in mine:
            width, height = sizes[c["page"]]
            assert c["page"] <= a["page_last"]
            assert 0 <= c["x0"] < c["x1"] <= width + 1 and 0 <= c["top"] < c["bottom"] <= height + 1


def test_a_value_over_a_page_break_has_a_box_on_each_page():
    res = process_document(SPLIT_ROW, StageConfig(strict=True))
    boxes = _boxes(res)
    spanning = [a for a in res.actions if a["page_first"] < a["page_last"]]
    assert spanning
    both = [
        a for a in spanning if {c["page"] for c in boxes[a["row_id"]]} == {a["page_first"], a["page_last"]}
    ]
    assert both == spanning


def test_a_ref_split_from_the_action_points_at_the_action_cell():
    res = process_document(REF_IN_ACTION, StageConfig(strict=True))
    a = next(a for a in res.actions if a["ref"])
    boxes = {c["field"]: (c["page"], c["x0"], c["top"]) for c in _boxes(res)[a["row_id"]]}
    assert boxes["ref"] == boxes["action"]


def test_provenance_is_written_once_in_action_cells_not_again_in_actions():
    res = process_document(SPLIT_ROW, StageConfig(strict=True))
    assert curated.build("action_cells", res.cells).num_rows == len(res.cells) > 0
    assert "cells" not in TABLES["actions"].names
    assert not any("cells" in a for a in res.actions)

"""Every value of every action points at page boxes that hold its words on the printed page."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from extractors.core import StageConfig
from pipeline import curated
from pipeline.process import process_document
from schemas.action_cells import FIELDS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PDFS = [
    *sorted(FIXTURES.glob("table-*.pdf")),
    *sorted(FIXTURES.glob("log-*.pdf")),
    *sorted((FIXTURES / "producers").glob("*.pdf")),
]
WORD = re.compile(r"\w+")


def _tokens(text: str) -> list[str]:
    # NFKC: a browser prints ligatures ('ﬃ') where the value has letters.
    return [t.lower() for t in WORD.findall(unicodedata.normalize("NFKC", text))]


def _text_in(page, box) -> str:
    """The page's characters whose centre lies inside `box`, run together and lower-cased.

    Characters rather than words: a spreadsheet's touching cells run into one pdfplumber word,
    and some producers print no spaces, so a value's words are matched as substrings.
    """
    x0, top, x1, bottom = box
    out = []
    for ch in page.chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        if x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1:
            out.append(ch["text"])
    return "".join(_tokens("".join(out)))


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.name)
def test_every_value_has_a_box_holding_its_words(pdf):
    result = process_document(pdf, StageConfig(strict=True))
    curated.build("action_cells", result.cells)  # conforms to its schema
    keys = [(c["row_id"], c["field"], c["fragment"]) for c in result.cells]
    assert len(keys) == len(set(keys)), "one row per action, field and fragment"
    boxes: dict[tuple[str, str], list[dict]] = {}
    for c in result.cells:
        boxes.setdefault((c["row_id"], c["field"]), []).append(c)
    checked = 0
    with pdfplumber.open(pdf) as doc:
        for a in result.actions:
            for field in FIELDS:
                value = a.get(field)
                if value is None or (field == "rag_raw" and a.get("rag_source") == "fill"):
                    continue  # a fill's '#RRGGBB' has no words; its box is still listed
                cells = boxes.get((a["row_id"], field))
                assert cells, f"{a['row_id']} {field}={value!r} has no box"
                seen = ""
                for c in cells:
                    page = doc.pages[c["page"] - 1]
                    assert 0 <= c["x0"] < c["x1"] <= float(page.width) + 1, c
                    assert 0 <= c["top"] < c["bottom"] <= float(page.height) + 1, c
                    seen += " " + _text_in(page, (c["x0"], c["top"], c["x1"], c["bottom"]))
                want = _tokens(value)
                found = sum(t in seen for t in want)
                assert found >= 0.8 * len(want), (a["row_id"], field, value, seen)
                checked += 1
    assert checked or not result.actions


def test_a_value_filled_down_from_a_group_cell_points_at_that_cell():
    pdf = FIXTURES / "table-merged-group-over-break.pdf"
    result = process_document(pdf, StageConfig(strict=True))
    filled = [c for c in result.cells if c["filled_down"]]
    assert filled, "the fixture's group cell spans several rows"
    by_box = {(c["page"], c["x0"], c["top"]) for c in filled}
    # Rows of one group share the group cell's boxes rather than each getting a box of its own.
    assert len(by_box) < len({c["row_id"] for c in filled})


def test_a_cell_split_by_a_page_break_has_one_box_per_page():
    pdf = FIXTURES / "table-split-row.pdf"
    result = process_document(pdf, StageConfig(strict=True))
    pages: dict[tuple[str, str], set[int]] = {}
    for c in result.cells:
        pages.setdefault((c["row_id"], c["field"]), set()).add(c["page"])
    assert any(len(p) > 1 for p in pages.values())


def test_explain_report_and_view_show_each_values_page_and_box(sample_curated, tmp_path):
    import pandas as pd

    from pipeline.explain import explain, format_explain
    from pipeline.query import query
    from pipeline.report import render

    cells = query("SELECT * FROM action_cells", sample_curated).to_pandas()
    acts = pd.read_parquet(sample_curated / "actions.parquet")
    assert set(cells["row_id"]) <= set(acts["row_id"]) and len(cells)
    a = acts.dropna(subset=["action_id", "deadline_raw"]).iloc[0]
    mine = cells[(cells["row_id"] == a["row_id"]) & (cells["field"] == "deadline_raw")].iloc[0]
    box = f"p.{mine['page']} [{mine['x0']:.1f}, {mine['top']:.1f}, {mine['x1']:.1f}, {mine['bottom']:.1f}]"
    assert box in format_explain(explain(a["action_id"], sample_curated))
    short = f"p.{mine['page']} [{mine['x0']:.0f}, {mine['top']:.0f}, {mine['x1']:.0f}, {mine['bottom']:.0f}]"
    assert f'title="{short}' in render(sample_curated)

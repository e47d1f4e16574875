"""One made-up plan printed by other PDF producers than Word (tests/fixtures/producers/): every action
comes out as it was written, field by field.

The PDFs are made by tests/fixtures/producers/make_producer_fixtures.py with the real tools (headless
Chromium, python-pptx and openpyxl through LibreOffice, reportlab as a print driver and on rotated
pages); the truth files hold the rows as they were written into the sources, not planwatch's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest

from pipeline.context import StageConfig
from pipeline.process import process_document
from tests.helpers import squash

HERE = Path(__file__).resolve().parent / "fixtures" / "producers"
NAMES = [
    "producer-html-chrome",
    "producer-slides",
    "producer-spreadsheet",
    "producer-print-driver",
    "producer-rotated",
]
FIELDS = ("ref", "area", "action", "lead", "deadline_raw", "progress", "rag")


_results: dict[str, list[dict]] = {}


def actions(name: str) -> list[dict]:
    if name not in _results:
        _results[name] = process_document(HERE / f"{name}.pdf", StageConfig(strict=True)).actions
    return _results[name]


def truth(name: str) -> dict:
    return json.loads((HERE / f"{name}.truth.json").read_text())


@pytest.mark.parametrize("name", NAMES)
def test_every_action_comes_out_as_written(name):
    want = truth(name)
    tables = want.get("tables", 1)
    got = sorted(actions(name), key=lambda a: (a["table_index"], a["row_index"]))
    assert len(got) == tables * len(want["rows"])
    assert sorted({a["table_index"] for a in got}) == list(range(tables))
    for k, row in enumerate(got):
        expected = want["rows"][k % len(want["rows"])]
        for field in FIELDS:
            assert squash(row[field]) == squash(expected.get(field)), (name, expected["ref"], field)


# -- the traits each fixture is named after, so a regenerated PDF that lost one fails here --------


def _pages(name: str) -> list[str]:
    with pdfplumber.open(HERE / f"{name}.pdf") as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def test_browser_print_repeats_the_header_and_breaks_a_row_over_the_page():
    pages = _pages("producer-html-chrome")
    assert len(pages) == 2
    assert all("Progress update" in p for p in pages)
    got = actions("producer-html-chrome")
    assert any(a["page_first"] != a["page_last"] for a in got)


def test_slides_continue_the_table_without_its_header():
    pages = _pages("producer-slides")
    assert len(pages) == 2
    assert "Progress update" in pages[0] and "Progress update" not in pages[1]


def test_spreadsheet_repeats_the_header_by_print_titles_under_a_colour_key():
    pages = _pages("producer-spreadsheet")
    assert len(pages) == 2
    assert all("Progress update" in p for p in pages)
    assert "On track" in pages[0] and "On track" not in pages[1]


def test_print_driver_draws_rules_as_filled_rectangles_and_no_spaces():
    with pdfplumber.open(HERE / "producer-print-driver.pdf") as pdf:
        page = pdf.pages[0]
        assert not page.lines and page.rects
        assert all(min(r["width"], r["height"]) < 1 for r in page.rects)
        assert not any(c["text"] == " " for c in page.chars)


def test_rotated_page_is_turned_by_its_rotate_entry():
    with pdfplumber.open(HERE / "producer-rotated.pdf") as pdf:
        rotations = [p.page_obj.attrs.get("Rotate", 0) for p in pdf.pages]
        boxes = [p.page_obj.attrs["MediaBox"] for p in pdf.pages]
    assert rotations == [0, 90]
    assert boxes[1][2] < boxes[1][3]  # a portrait media box, shown as landscape
    assert [a["page_first"] for a in actions("producer-rotated") if a["ref"] == "1.1"] == [1, 2]

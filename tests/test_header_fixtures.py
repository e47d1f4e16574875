"""One made-up plan whose header band is printed six ways (tests/fixtures/headers/): the header is
read, every column gets its role, and every action comes out as it was written.

The PDFs are made by tests/fixtures/headers/make_header_fixtures.py (headless Chromium and
reportlab); the truth files hold the rows as written into the sources and the role each column
should get, not planwatch's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest

from pipeline.context import StageConfig
from pipeline.process import process_document
from tests.helpers import squash

HERE = Path(__file__).resolve().parent / "fixtures" / "headers"
NAMES = [
    "header-wrapped",
    "header-glyph-runs",
    "header-upper-case",
    "header-two-row",
    "header-repeated",
    "header-white-on-dark",
]
FIELDS = ("ref", "area", "action", "lead", "start_raw", "deadline_raw", "progress", "rag")

_results: dict = {}


def result(name: str):
    if name not in _results:
        _results[name] = process_document(HERE / f"{name}.pdf", StageConfig(strict=True))
    return _results[name]


def truth(name: str) -> dict:
    return json.loads((HERE / f"{name}.truth.json").read_text())


@pytest.mark.parametrize("name", NAMES)
def test_every_column_gets_its_role(name):
    tables = result(name).tables
    assert len(tables) == 1, [t["headers"] for t in tables]
    assert list(tables[0]["roles"]) == truth(name)["roles"], tables[0]["role_evidence"]


@pytest.mark.parametrize("name", NAMES)
def test_every_action_comes_out_as_written(name):
    want = truth(name)["rows"]
    got = sorted(result(name).actions, key=lambda a: a["row_index"])
    assert len(got) == len(want)
    for row, expected in zip(got, want, strict=True):
        for field in FIELDS:
            if field in expected:
                assert squash(row[field]) == squash(expected[field]), (name, expected["ref"], field)


def test_two_row_header_names_each_sub_column_under_its_group():
    headers = list(result("header-two-row").tables[0]["headers"])
    assert headers[3:] == ["Timescale: Start", "Timescale: End", "Progress: Update", "Progress: RAG"]


# -- the traits each fixture is named after, so a regenerated PDF that lost one fails here --------


def _words(name: str, page: int = 0) -> list[dict]:
    with pdfplumber.open(HERE / f"{name}.pdf") as pdf:
        return pdf.pages[page].extract_words(extra_attrs=["non_stroking_color"])


def test_wrapped_header_cells_take_up_to_four_lines_and_no_line_names_three_columns():
    words = _words("header-wrapped")
    tops = sorted({round(w["top"]) for w in words if w["text"] in ("Timeline", "plan)")})
    assert len(tops) == 2 and tops[1] - tops[0] > 20  # 'Timeline' ... 'this plan)': four lines
    line_of_ref = round(next(w["top"] for w in words if w["text"] == "Ref"))
    same_line = {w["text"] for w in words if abs(w["top"] - line_of_ref) < 2}
    assert not {"Responsible", "Timeline", "Current"} & same_line


def test_glyph_run_header_is_drawn_one_character_at_a_time():
    with pdfplumber.open(HERE / "header-glyph-runs.pdf") as pdf:
        chars = [c for c in pdf.pages[0].chars if c["fontname"].endswith("Bold") and c["top"] > 60]
    gaps = [b["x0"] - a["x1"] for a, b in zip(chars, chars[1:], strict=False) if abs(a["top"] - b["top"]) < 1]
    assert gaps and sum(1 for g in gaps if 0.5 < g < 1.2) > 0.5 * len(gaps)


def test_upper_case_header_is_letter_spaced_capitals():
    with pdfplumber.open(HERE / "header-upper-case.pdf") as pdf:
        page = pdf.pages[0]
        ref = next(w for w in page.extract_words() if w["text"] == "REF")
        head = [c for c in page.chars if abs(c["top"] - ref["top"]) < 1 and c["text"].strip()]
    assert all(c["text"].isupper() or not c["text"].isalpha() for c in head)
    gaps = [b["x0"] - a["x1"] for a, b in zip(head, head[1:], strict=False)]
    assert sum(1 for g in gaps if 0.5 < g < 2.0) > 0.5 * len(gaps)  # letter-spaced glyphs


def test_repeated_header_is_printed_on_every_page():
    with pdfplumber.open(HERE / "header-repeated.pdf") as pdf:
        assert len(pdf.pages) >= 3
        assert all("Commitment" in (p.extract_text() or "") for p in pdf.pages)


def test_white_on_dark_header_is_white_text():
    head = [w for w in _words("header-white-on-dark") if w["text"] in ("Milestone", "Commentary")]
    assert head and all(
        tuple(w["non_stroking_color"] or ()) in ((1, 1, 1), (1.0, 1.0, 1.0), (1,)) for w in head
    )

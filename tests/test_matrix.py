"""The producer-matrix subset (tests/fixtures/matrix/): planwatch keeps at least the recall, precision and area it reached.

The PDFs are made by bench/render_matrix.py (`--fixtures`) from the hand-written content of
bench/matrix_content.py through real producers (LibreOffice from docx/xlsx/pptx, headless Chromium,
reportlab, Ghostscript and pdftocairo re-distilling); the gold beside each PDF is generated from that
content, which is the truth, never from planwatch's output. FLOORS holds what main reached when the
floors were last raised: a drop below it fails; raise a floor when a fix lifts a figure.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.devset_score import score_document
from bench.render_matrix import gold_for
from pipeline.context import StageConfig
from pipeline.process import process_document

HERE = Path(__file__).resolve().parent / "fixtures" / "matrix"

# stem -> (row recall, row precision, area, rag): the accuracies over recovered rows, None where the
# file has no recovered row. A floor of 0.0 marks a cell that fails today (see
# /work/wt/briefs/findings/matrix.md); raise it when a fix lifts it.
FLOORS = {
    "actionlog--docx-grid": (1.0, 1.0, 1.0, 0.85),
    "annex--reportlab-rules": (1.0, 1.0, 1.0, None),
    "assessment--docx-grid": (1.0, 1.0, 1.0, None),
    "assessment--html-nogrid": (1.0, 1.0, 1.0, None),
    # The sign-off form below the action table, in the same printed grid: not action rows.
    "assessment--xlsx-titles-fit": (1.0, 1.0, 1.0, None),
    "filllog--html-fill-wrapped": (1.0, 1.0, 1.0, 1.0),
    "filllog--reportlab-rules": (1.0, 1.0, 1.0, 1.0),
    "slidepack--pptx-slides": (1.0, 1.0, 1.0, 1.0),
    "themes--docx-grid": (1.0, 1.0, 1.0, None),
    # One grid per theme, the theme printed between them, the numbering running on: theme = area.
    "themes--xlsx-fill-key": (1.0, 1.0, 1.0, None),
    # No header, no rules: the page is a candidate by its numbered, dated action rows. In Word the
    # two-row sections are not read as tables (aligned regions need three rows): 3 of 7 rows.
    "themes--docx-hrules": (0.42, 1.0, 0.0, None),
    "themes--html-zebra-rowspan": (1.0, 1.0, 1.0, None),
    "actionlog--html-nogrid": (1.0, 1.0, 1.0, 1.0),
    "actionlog--html-css-grid": (1.0, 1.0, 1.0, 1.0),
    "actionlog--html-zebra-rowspan": (1.0, 1.0, 1.0, 1.0),
    "actionlog--pptx-slides": (1.0, 1.0, 1.0, 0.85),
    "actionlog--xlsx-fill-key": (1.0, 1.0, 1.0, 1.0),
    "commitments--docx-grid": (1.0, 1.0, 1.0, None),
    "commitments--docx-noborders": (1.0, 1.0, 1.0, None),
    "commitments--reportlab-whitespace": (1.0, 1.0, 1.0, None),
    "delivery--docx-hrules": (1.0, 1.0, 1.0, 1.0),
    "delivery--docx-shaded-fill": (1.0, 1.0, 1.0, 0.0),
    "delivery--html-nogrid": (1.0, 1.0, 1.0, 1.0),
    "delivery--reportlab-whitespace": (1.0, 1.0, 1.0, 1.0),
    "improvement--cairo-xlsx-fill-key": (1.0, 1.0, 1.0, 1.0),
    "improvement--docx-merged-area": (1.0, 1.0, 1.0, 1.0),
    "improvement--gs-docx-grid": (1.0, 1.0, 1.0, 1.0),
    "improvement--html-css-grid": (1.0, 1.0, 1.0, 1.0),
    "improvement--html-zebra-rowspan": (1.0, 1.0, 1.0, 1.0),
    "improvement--pptx-slides": (1.0, 1.0, 1.0, 1.0),
    "improvement--reportlab-glyphs": (1.0, 1.0, 1.0, 1.0),
    "improvement--xlsx-titles-fit": (1.0, 1.0, 1.0, 1.0),
    # A recommendation tracker: the recommendation is the action (rows align on it), the status
    # words give the rating.
    "scrutiny--docx-grid": (1.0, 1.0, 1.0, 1.0),
    "scrutiny--html-nogrid": (1.0, 1.0, 1.0, 1.0),
    "scrutiny--reportlab-whitespace": (1.0, 1.0, 1.0, 1.0),
    # Printed from LibreOffice Calc: columns from the xs where cell lines start, rows from refs,
    # codes or columns printing again, the header left at a page's foot carried to the next.
    "improvement--calc-html": (1.0, 1.0, 1.0, 1.0),
    "actionlog--calc-html": (1.0, 1.0, 1.0, 1.0),
    "delivery--calc-html": (1.0, 1.0, 1.0, 1.0),
    "annex--calc-html": (1.0, 1.0, 1.0, None),
    "scrutiny--calc-html": (1.0, 1.0, 1.0, 1.0),
}


def read_gold(stem: str) -> list[dict]:
    rows = [json.loads(x) for x in (HERE / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines() if x]
    return sorted(rows, key=lambda r: (r["table_index"], r["row_index"]))


_scores: dict = {}


def score(stem: str):
    if stem not in _scores:
        acts = process_document(HERE / f"{stem}.pdf", StageConfig(strict=True)).actions
        acts = sorted(acts, key=lambda a: (a["table_index"], a["row_index"]))
        _scores[stem] = score_document(read_gold(stem), acts)
    return _scores[stem]


def test_every_fixture_has_a_floor():
    assert sorted(FLOORS) == sorted(p.stem for p in HERE.glob("*.pdf"))


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_matrix_cell_keeps_its_floor(stem):
    recall, precision, area, rag = FLOORS[stem]
    s = score(stem)
    assert s.recall >= recall, f"{stem}: recall {s.recall:.3f} < {recall}"
    assert s.precision >= precision, f"{stem}: precision {s.precision:.3f} < {precision}"
    for name, floor in (("area", area), ("rag", rag)):
        if floor is not None:
            got = s.accuracy(name) or 0.0
            assert got >= floor, f"{stem}: {name} {got:.3f} < {floor}"


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_gold_is_the_content(stem):
    # The gold is rebuilt from the content module: a hand edit of either shows here.
    assert read_gold(stem) == gold_for(stem)

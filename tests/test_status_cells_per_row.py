"""A column of status cells rated only by fill, with no text and no rule between them, rates each row by its own cell.

Chromium prints such a column (zebra rows, a rowspan area, an inline colour per status cell) and the
parser may give every row the whole column as one cell; read_rag then reads the cell's fill over
the action's own row only. Fixtures: tests/fixtures/status-fills/, made by
`bench/render_matrix.py OUT --shapes filllog --only html-zebra-rowspan gs-html-zebra-rowspan`
(content: bench/matrix_content.py's filllog shape, made up); the expected ratings come from that content.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from bench.render_matrix import gold_for
from extractors import read_rag
from extractors.core import DocContext, Fragment, StageConfig
from pipeline.process import process_document
from tests.fixtures import make_fill_fixtures as mk

HERE = Path(__file__).resolve().parent / "fixtures"
STEMS = ["filllog--html-zebra-rowspan", "filllog--gs-html-zebra-rowspan"]


@pytest.mark.parametrize("stem", STEMS)
def test_each_row_gets_its_own_status_fill(stem):
    acts = process_document(HERE / "status-fills" / f"{stem}.pdf", StageConfig(strict=True)).actions
    got = {a["ref"]: a["rag"] for a in acts}
    want = {r["ref"]: r["rag"] for r in gold_for(stem)}
    names = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    assert got == {ref: names.get(rag, rag) for ref, rag in want.items()}
    assert len(set(got.values())) >= 3


def test_a_cell_given_the_whole_column_reads_its_own_row():
    # The fill fixtures' cells as the parser would give them, each status cell as the whole column.
    fx = mk.ALL[0]
    rows = mk.printed_rows(fx)
    column = [Fragment(1, *mk.row_box(i, "progress"), text="") for i in range(len(rows))]
    actions = []
    for i, row in enumerate(rows):
        cells = {role: [Fragment(1, *mk.row_box(i, role), text="")] for role in mk.COLS}
        cells["progress"] = column
        actions.append({"table_index": 0, "rag_raw": None, "progress": row.status, "_cells": cells})
    with pdfplumber.open(HERE / fx.name) as pdf:
        ctx = DocContext(path=HERE / fx.name, pdf=pdf, actions=actions, warnings=[])
        read_rag.run(ctx, StageConfig(strict=True))
    assert [a["rag"] for a in ctx.actions] == [r.expected for r in rows]

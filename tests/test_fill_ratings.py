"""Status cells rated only by their fill: tints, standard colours, CMYK, spot colours, cut fills, keys.

Fixtures: tests/fixtures/fill-*.pdf, drawn by tests/fixtures/make_fill_fixtures.py (the expected
rating of each row is in the generator). The cells are given to read_rag as the table parser
would give them, so these tests measure the rating reader alone.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extractors import read_rag
from extractors.core import DocContext, Fragment, StageConfig
from tests.fixtures import make_fill_fixtures as mk
from tests.helpers import assert_matches_generator

FIXTURES = Path(__file__).parent / "fixtures"
BY_NAME = {fx.name: fx for fx in mk.ALL}


@pytest.mark.parametrize("name", list(BY_NAME))
def test_fixture_matches_its_generator(name, tmp_path):
    assert_matches_generator(mk, BY_NAME[name], FIXTURES, tmp_path)


def _read(fx) -> list[dict]:
    actions = []
    for i, row in enumerate(mk.printed_rows(fx)):
        cells = {role: [Fragment(1, *mk.row_box(i, role), text="")] for role in mk.COLS}
        actions.append({"table_index": 0, "rag_raw": None, "progress": row.status, "_cells": cells})
    with pdfplumber.open(FIXTURES / fx.name) as pdf:
        ctx = DocContext(path=FIXTURES / fx.name, pdf=pdf, actions=actions, warnings=[])
        read_rag.run(ctx, StageConfig(strict=True))
    assert ctx.warnings == []
    return ctx.actions


@pytest.mark.parametrize("name", list(BY_NAME))
def test_status_fill_gives_the_rating(name):
    fx = BY_NAME[name]
    got = _read(fx)
    assert [a["rag"] for a in got] == [r.expected for r in mk.printed_rows(fx)]
    for a in got:
        if a["rag"] is not None:
            assert (a["rag_source"], a["rag_cell"]) == ("fill", "progress")
            assert a["rag_raw"].startswith("#") and len(a["rag_raw"]) == 7
        else:
            assert a["rag_source"] == "none"


def test_five_versions_read_each_colour_the_same_way():
    """Versions of one log (reordered, key moved or missing, CMYK, re-saved colours) agree."""
    by_action: dict[int, set] = {}
    for fx in mk.VERSIONS:
        numbers = fx.order or list(range(len(fx.rows)))
        for n, a in zip(numbers, _read(fx), strict=True):
            by_action.setdefault(n, set()).add(a["rag"])
    assert all(len(v) == 1 for v in by_action.values()), by_action
    assert [next(iter(by_action[n])) for n in range(len(mk._V_ROWS))] == [r.expected for r in mk._V_ROWS]


def test_a_fill_shared_with_the_action_cell_is_row_shading():
    """An Excel tint across the whole row (a band) is not a rating, even in the status cell."""
    fx = BY_NAME["fill-excel-styles.pdf"]
    actions = _read(fx)
    # the zebra rows' ref and action cells are banded; their status cells carry their own tint
    assert [a["rag"] for a in actions[1::2]] == [r.expected for r in mk.printed_rows(fx)[1::2]]


def test_a_uniform_ref_column_colour_is_styling_not_a_rating():
    """With no status fill, the dark ref column gives no rating (it colours every row alike)."""
    fx = BY_NAME["fill-saturated.pdf"]
    got = _read(fx)
    assert got[4]["rag"] is None and got[4]["rag_cell"] is None


@pytest.mark.parametrize("name", list(BY_NAME))
def test_the_whole_pipeline_reads_the_fill_log(name):
    """End to end: the table is found, has no rating column, and each row is rated by its fill."""
    from pipeline.context import StageConfig as RunConfig
    from pipeline.process import process_document

    fx = BY_NAME[name]
    got = process_document(FIXTURES / name, RunConfig(strict=True)).actions
    assert [a["rag"] for a in got] == [r.expected for r in mk.printed_rows(fx)]
    assert {a["rag_source"] for a in got if a["rag"]} <= {"fill"}


def _columns(ref_fills: list, progress_fills: list):
    from extractors.ratings.fill_columns import FillColumns

    actions = [{"table_index": 0, "_cells": {"ref": [], "progress": []}} for _ in ref_fills]
    fills = {(id(a), "ref"): r for a, r in zip(actions, ref_fills, strict=True)}
    fills.update({(id(a), "progress"): p for a, p in zip(actions, progress_fills, strict=True)})
    return FillColumns(actions, lambda a, role: fills[(id(a), role)])


def test_a_ref_column_coloured_as_ratings_is_not_styling():
    """Row numbers coloured by rating vary; a column painted in one colour throughout is design."""
    green, amber, dark = (0.0, 0.69, 0.31), (1.0, 0.75, 0.0), (0.18, 0.46, 0.71)
    rated = _columns([green, green, green, green, amber], [None] * 5)
    assert not rated.is_styling(0, "ref", green)
    styled = _columns([dark] * 5, [None] * 5)
    assert styled.is_styling(0, "ref", dark)
    assert not styled.is_styling(0, "progress", dark)  # the rating cell may be all one colour


def test_tints_rate_only_where_they_vary():
    good, bad, pale = (0.776, 0.937, 0.808), (1.0, 0.78, 0.808), (0.776, 0.937, 0.808)
    assert _columns([None] * 4, [good, bad, good, None]).tints_rate("progress")
    assert not _columns([None] * 4, [pale, pale, pale, pale]).tints_rate("progress")

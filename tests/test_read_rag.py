"""Tests for extractors.read_rag on the reportlab fixtures tests/fixtures/rag-*.pdf."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import read_rag
from extractors.colours import cmyk_to_rgb, hex_to_rgb, rgb_to_hex, to_rgb
from extractors.core import DocContext, Fragment, StageConfig
from extractors.read_rag import RAG_VALUES, cell_fill, find_colour_key, rag_from_colour, rag_from_text
from tests.fixtures import make_rag_fixtures as mk
from tests.helpers import assert_matches_generator, open_pdfs

FIXTURES = Path(__file__).parent / "fixtures"
BY_NAME = {fx.name: fx for fx in mk.FIXTURES}


@pytest.mark.parametrize("name", list(BY_NAME))
def test_fixture_matches_its_generator(name, tmp_path):
    assert_matches_generator(mk, BY_NAME[name], FIXTURES, tmp_path)


@pytest.fixture(scope="module")
def pdfs():
    yield from open_pdfs(FIXTURES, BY_NAME)


# -- text ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("G", "green"),
        ("g", "green"),
        (" Green ", "green"),
        ("AMBER", "amber"),
        ("A", "amber"),
        ("R", "red"),
        ("Red - off track", "red"),
        ("B", "blue"),
        ("Complete", "blue"),
        ("Completed.", "blue"),
        ("Actioned", "blue"),
        ("Closed", "blue"),
        ("On track", "green"),
        ("on-track", "green"),
        ("Y", "amber"),
        ("Yellow", "amber"),
        ("Not started", "grey"),
        ("Grey", "grey"),
        ("R/A", "red"),  # a split rating takes the worse
        ("Amber / Green", "amber"),
        ("G\nG", "green"),  # one cell printed on two pages
        ("A -> G", "green"),  # direction of travel: the current rating is the last
        ("Green (on track)", "green"),
        ("?", None),
        ("", None),
        ("n/a", None),
        ("TBC", None),
        ("R/A/G", None),  # the header, not a rating
        ("BRAG", None),
        ("A review of the service is planned", None),
        ("Green: completed", None),  # contradicts itself: no guess
        (None, None),
    ],
)
def test_rag_from_text(text, expected):
    assert rag_from_text(text) == expected


@given(st.one_of(st.none(), st.text()))
def test_rag_from_text_is_closed(text):
    assert rag_from_text(text) in (*RAG_VALUES, None)


@given(st.text(alphabet="RAGBYrgbay/ -&:?", max_size=12))
def test_rag_from_text_is_closed_on_rating_like_text(text):
    assert rag_from_text(text) in (*RAG_VALUES, None)


# -- colour -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hexcode, expected",
    [
        ("FF0000", "red"),
        ("C00000", "red"),
        ("FFC000", "amber"),
        ("FFFF00", "amber"),  # yellow is amber
        ("00B050", "green"),
        ("92D050", "green"),
        ("0070C0", "blue"),
        ("808080", "grey"),
        ("FFFFFF", None),
        ("DBE5F1", None),  # pale blue header shading
        ("D9D9D9", None),  # light grey header shading
        ("F2F2F2", None),
        ("FFF2CC", None),  # 'Gold, Lighter 80%': a band, not a pale green
        ("000000", None),
        ("7030A0", "blue"),  # BRAG's purple 'complete', as blue (a key may say otherwise)
    ],
)
def test_rag_from_colour_named(hexcode, expected):
    assert rag_from_colour(hex_to_rgb(hexcode)) == expected


def test_rag_from_colour_key_overrides_names():
    key = {hex_to_rgb("7030A0"): "blue", hex_to_rgb("D9D9D9"): "grey"}
    assert rag_from_colour(hex_to_rgb("7030A0"), key) == "blue"
    assert rag_from_colour(hex_to_rgb("DADADA"), key) == "grey"  # a printed grey swatch counts
    assert rag_from_colour(hex_to_rgb("00B050"), key) == "green"  # not in the key: by name
    assert rag_from_colour(hex_to_rgb("DBE5F1"), key) is None


@pytest.mark.parametrize(
    "value",
    [
        None,
        "P0",
        b"x",
        (),
        (1.0, 2.0),
        (0.5, "P1"),
        ((1.0, 0.0, 0.0), "P1"),
        3.0,
        (7,),
        (float("nan"),),
        {"a": 1},
    ],
)
def test_to_rgb_never_crashes(value):
    out = to_rgb(value)
    assert out is None or (len(out) == 3 and all(0 <= v <= 1 for v in out))


def test_to_rgb_spaces():
    assert to_rgb(0.5) == (0.5, 0.5, 0.5)  # pdfplumber gives a bare float for `g`
    assert to_rgb((1, 0, 0)) == (1.0, 0.0, 0.0)
    assert to_rgb((0, 1, 1, 0)) == cmyk_to_rgb(0, 1, 1, 0) == (1.0, 0.0, 0.0)
    assert to_rgb(((0.0, 0.69, 0.31), "P1")) == (0.0, 0.69, 0.31)  # uncoloured pattern: its base colour
    assert to_rgb(3.0) is None  # an index into a palette, not a grey
    assert rgb_to_hex(to_rgb((1, 0.7529, 0))) == "#FFC000"


@given(st.tuples(*[st.floats(allow_nan=True, allow_infinity=True)] * 3))
def test_rag_from_colour_is_closed(rgb):
    assert rag_from_colour(rgb) in (*RAG_VALUES, None)


# -- PDF: key and fills -------------------------------------------------------------------------


def test_find_colour_key_rgb(pdfs):
    key = find_colour_key(pdfs["rag-fill-rgb.pdf"].pages[0])
    assert sorted(key.values()) == ["amber", "green", "red"]


def test_find_colour_key_redefined(pdfs):
    key = find_colour_key(pdfs["rag-key-redefines.pdf"].pages[0])
    assert {rgb_to_hex(k): v for k, v in key.items()} == {
        "#7030A0": "blue",
        "#00B050": "green",
        "#FFFF00": "amber",
        "#FF0000": "red",
        "#BFBFBF": "grey",
    }


def test_no_key_without_swatches(pdfs):
    assert find_colour_key(pdfs["rag-text.pdf"].pages[0]) == {}
    assert find_colour_key(pdfs["rag-fill-cmyk.pdf"].pages[0]) == {}
    assert find_colour_key(pdfs["rag-key-redefines.pdf"].pages[1]) == {}  # table cells are not a key


@pytest.mark.parametrize("name", ["rag-fill-rgb.pdf", "rag-fill-cmyk.pdf", "rag-key-redefines.pdf"])
def test_cell_fill_reads_each_rating_cell(pdfs, name):
    fx = BY_NAME[name]
    pdf = pdfs[name]
    key = find_colour_key(pdf.pages[0])
    page = pdf.pages[fx.table_page - 1]
    for i, row in enumerate(fx.rows):
        if row.row_fill or row.ref_fill:
            continue  # decided in run(), which sees the whole row
        got = rag_from_colour(cell_fill(page, mk.row_box(i, "rag")), key)
        assert got == row.expected, (name, row.ref)


def test_header_fill_is_not_a_rating(pdfs):
    for name, fx in BY_NAME.items():
        pdf = pdfs[name]
        page = pdf.pages[fx.table_page - 1]
        fill = cell_fill(page, mk.row_box(-1, "rag"))
        assert fill is not None and rag_from_colour(fill, find_colour_key(pdf.pages[0])) is None


def test_white_and_empty_cells(pdfs):
    page = pdfs["rag-fill-rgb.pdf"].pages[0]
    assert cell_fill(page, mk.row_box(3, "rag")) is None  # painted white
    assert cell_fill(page, mk.row_box(6, "rag")) is None  # nothing painted
    assert cell_fill(page, (0, 0, 0, 0)) is None


# -- run() --------------------------------------------------------------------------------------


def _actions(fx, with_rag_column: bool = True):
    page = fx.table_page
    actions = []
    for i, row in enumerate(fx.rows):
        cells = {
            role: [Fragment(page, *mk.row_box(i, role), text=getattr(row, role, "") or "")]
            for role in ("ref", "action", "progress")
        }
        if with_rag_column:
            cells["rag"] = [Fragment(page, *mk.row_box(i, "rag"), text=row.rag_text)]
        actions.append(
            {
                "table_index": 0,
                "rag_raw": (row.rag_text or None) if with_rag_column else None,
                "_cells": cells,
            }
        )
    return actions


@pytest.mark.parametrize("name", list(BY_NAME))
def test_run(pdfs, name, caplog):
    fx = BY_NAME[name]
    ctx = DocContext(path=Path("fixture.pdf"), pdf=pdfs[name], actions=_actions(fx), warnings=[])
    with caplog.at_level(logging.INFO):
        read_rag.run(ctx, StageConfig(strict=True))
    got = [(a["rag"], a["rag_source"], a["rag_cell"]) for a in ctx.actions]
    want = [(r.expected, r.expected_source, r.expected_cell) for r in fx.rows]
    assert got == want
    for a, row in zip(ctx.actions, fx.rows, strict=True):
        if a["rag_source"] == "text":
            assert a["rag_raw"] == row.rag_text
        elif a["rag_source"] == "fill":
            assert a["rag_raw"].startswith("#") and len(a["rag_raw"]) == 7
    assert "read_rag:" in caplog.text
    assert ctx.warnings == []


def test_run_text_keeps_unrecognised_text(pdfs):
    fx = BY_NAME["rag-text.pdf"]
    ctx = DocContext(path=Path("fixture.pdf"), pdf=pdfs["rag-text.pdf"], actions=_actions(fx))
    read_rag.run(ctx, StageConfig())
    assert ctx.actions[4]["rag_raw"] == "?" and ctx.actions[4]["rag"] is None


def test_run_without_rating_column_falls_back_to_ref(pdfs):
    fx = BY_NAME["rag-fill-rgb.pdf"]
    ctx = DocContext(
        path=Path("fixture.pdf"), pdf=pdfs["rag-fill-rgb.pdf"], actions=_actions(fx, with_rag_column=False)
    )
    read_rag.run(ctx, StageConfig(strict=True))
    assert [a["rag"] for a in ctx.actions] == [None, None, None, None, None, "green", None]
    assert ctx.actions[5]["rag_cell"] == "ref"


def test_run_without_pdf_reads_text_only():
    ctx = DocContext(
        path=Path("fixture.pdf"), pdf=None, actions=[{"rag_raw": "G", "_cells": {}}, {"rag_raw": None}]
    )
    read_rag.run(ctx, StageConfig())
    assert [(a["rag"], a["rag_source"]) for a in ctx.actions] == [("green", "text"), (None, "none")]


def test_run_survives_bad_fragments(pdfs):
    actions = [{"rag_raw": None, "_cells": {"rag": [Fragment(99, 0, 0, 10, 10, "")]}}]
    ctx = DocContext(path=Path("fixture.pdf"), pdf=pdfs["rag-fill-rgb.pdf"], actions=actions, warnings=[])
    read_rag.run(ctx, StageConfig())
    assert actions[0]["rag"] is None and actions[0]["rag_source"] == "none"


def test_stage_face():
    assert read_rag.NAME == "read_rag" and read_rag.VERSION
    assert RAG_VALUES == ("red", "amber", "green", "blue", "grey")


@pytest.mark.parametrize(("text", "rag"), [("Com plete d", "blue"), ("Amb er", "amber"), ("Gree n", "green")])
def test_a_rating_word_broken_by_a_narrow_column_still_reads(text, rag):
    assert rag_from_text(text) == rag

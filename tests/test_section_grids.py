"""Section rows printed between grids: a header grid over sectioned grids is one table whose sections give `area`.

Fixture: tests/fixtures/make_section_fixtures.py (made-up wording, drawn with reportlab).
"""

from __future__ import annotations

from pathlib import Path

from extractors.core import StageConfig
from pipeline.process import process_document
from tests.fixtures import make_section_fixtures as mk

FIXTURES = Path(__file__).parent / "fixtures"
SPLIT = FIXTURES / "sections-split-grids.pdf"


def test_fixture_is_committed_and_matches_its_generator(tmp_path):
    assert SPLIT.name in (FIXTURES / "SOURCES.md").read_text(encoding="utf-8")
    mk.build(tmp_path / SPLIT.name)
    assert (tmp_path / SPLIT.name).read_bytes() == SPLIT.read_bytes(), "stale: rerun the generator"


def test_headings_between_grids_under_one_header_are_the_area_of_the_rows_below():
    res = process_document(SPLIT, StageConfig(strict=True))
    first = [a for a in res.actions if a["table_index"] == 0]
    want = [(row[0], heading) for heading, rows in mk.SECTIONS for row in rows]
    assert [(a["ref"], a["area"]) for a in first] == want
    assert [a["lead"] for a in first] == [row[2] for _, rows in mk.SECTIONS for row in rows]
    assert res.tables[0]["headers"] == mk.HEADER
    assert res.tables[0]["title"] == "Culture and Leisure Committee: action tracker"
    # No heading is read as an action, and the table printed below with its own header after a
    # paragraph stays a table of its own, with no section.
    assert not any(a["action"] in {h for h, _ in mk.SECTIONS} for a in res.actions)
    second = [a for a in res.actions if a["table_index"] == 1]
    assert [(a["ref"], a["area"]) for a in second] == [("X1", None), ("X2", None)]


TITLED = FIXTURES / "sections-title-in-grid.pdf"


def test_title_fixture_is_committed_and_matches_its_generator(tmp_path):
    assert TITLED.name in (FIXTURES / "SOURCES.md").read_text(encoding="utf-8")
    mk.build_title_in_grid(tmp_path / TITLED.name)
    assert (tmp_path / TITLED.name).read_bytes() == TITLED.read_bytes(), "stale: rerun the generator"


def test_a_title_typed_in_the_first_cell_of_a_grid_is_its_title_not_a_row_or_an_area():
    res = process_document(TITLED, StageConfig(strict=True))
    assert [(a["ref"], a["area"]) for a in res.actions] == [(row[0], None) for row in mk.COMMITMENTS]
    assert [a["action"] for a in res.actions] == [row[1] for row in mk.COMMITMENTS]
    assert res.tables[0]["title"] == mk.TITLE_IN_GRID

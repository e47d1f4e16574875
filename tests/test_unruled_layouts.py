"""Tables without a grid (issue 12): headerless whitespace columns, rules under rows only, zebra painted cell by cell.

The fixtures are drawn by tests/fixtures/unruled/make_unruled_fixtures.py from the rows they hold;
the tests run the whole per-document pipeline and compare every action with the rows drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.layout.aligned_regions import aligned_blocks
from pipeline.context import StageConfig
from pipeline.process import process_document
from tests.fixtures.unruled import make_unruled_fixtures as mk
from tests.helpers import first_page_lines

HERE = Path(__file__).parent / "fixtures" / "unruled"


@pytest.mark.parametrize("name", list(mk.FIXTURES))
def test_fixture_matches_its_generator(name, tmp_path):
    """The committed PDF is what the script draws today (invariant=1 makes it byte-stable)."""
    out = tmp_path / name
    mk.build(name, out)
    assert out.read_bytes() == (HERE / name).read_bytes(), (
        f"{name} is stale: run {HERE / 'make_unruled_fixtures.py'}"
    )


@pytest.mark.parametrize("name", list(mk.FIXTURES))
def test_every_row_comes_out_as_drawn(name):
    want = mk.expected_rows(name)
    got = process_document(HERE / name, StageConfig(strict=True)).actions
    assert [a.get("action") for a in got] == [w["action"] for w in want]
    for g, w in zip(got, want, strict=True):
        seen = {k: g.get(k) for k in w}
        # A ref wrapped in a narrow column ('EC' over '1') reads with or without its space.
        seen["ref"] = (seen["ref"] or "").replace(" ", "")
        assert seen == {**w, "ref": w["ref"].replace(" ", "")}


def test_the_block_is_the_rows_only():
    """The aligned block holds the six rows: not the title, the introduction or the prose under it."""
    lines = first_page_lines(HERE / "unruled-space.pdf")
    blocks = aligned_blocks(lines)
    assert len(blocks) == 1
    inside = [ln for ln in lines if blocks[0].top <= ln[0].yc <= blocks[0].bottom]
    assert inside[0][0].text == "R1"
    assert inside[-1][0].text != "Progress"
    assert sum(1 for ln in inside if ln[0].text.startswith("R") and ln[0].text[1:].isdigit()) == 6


def test_prose_is_no_block():
    """Paragraphs of prose run across where gutters would be: no table."""
    lines = first_page_lines(HERE / "unruled-space.pdf")
    prose = [ln for ln in lines if ln[0].x0 < 52]
    assert prose and aligned_blocks(prose) == []

"""Unruled, headerless tables that print few cells a line (issue 12): two-cell rows over a sparse column, two-row sections, section names in the ref column.

The fixtures are drawn by tests/fixtures/unruled/make_sparse_fixtures.py from the rows they hold;
the tests run the whole per-document pipeline and compare the actions with the rows drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.geometry import Word
from extractors.layout.aligned_regions import aligned_blocks, without_section_lines
from extractors.layout.centred_rows import centred_row_bounds
from extractors.layout.notes_below import without_notes_below
from extractors.layout.ref_headings import ref_headings
from pipeline.context import StageConfig
from pipeline.process import process_document
from tests.fixtures.unruled import make_sparse_fixtures as mk
from tests.helpers import first_page_lines

HERE = Path(__file__).parent / "fixtures" / "unruled"


def _line(top: float, cells: list[tuple[float, str]], size: float = 8.5) -> list[Word]:
    """One printed line: each cell's words from its x, 5 pt a character plus a space."""
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(word, x, top, x + 4.5 * len(word), top + size))
            x += 4.5 * len(word) + 2.5
    return out


@pytest.mark.parametrize("name", list(mk.FIXTURES))
def test_fixture_matches_its_generator(name, tmp_path):
    """The committed PDF is what the script draws today (invariant=1 makes it byte-stable)."""
    out = tmp_path / name
    mk.build(name, out)
    assert out.read_bytes() == (HERE / name).read_bytes(), (
        f"{name} is stale: run {HERE / 'make_sparse_fixtures.py'}"
    )


@pytest.mark.parametrize("name", list(mk.FIXTURES))
def test_every_row_comes_out_as_drawn(name):
    want = mk.expected_rows(name)
    got = process_document(HERE / name, StageConfig(strict=True)).actions
    assert [a.get("action") for a in got] == [w["action"] for w in want]
    for g, w in zip(got, want, strict=True):
        assert {k: g.get(k) for k in w} == w


def test_two_cell_rows_join_the_block_under_the_title():
    """The six rows printing two cells, above the first rated row, are in the block; the title
    and the introduction above them are not."""
    lines = first_page_lines(HERE / "sparse-two-cell-log.pdf")
    blocks = aligned_blocks(lines)
    assert len(blocks) == 1
    inside = [ln for ln in lines if blocks[0].top <= ln[0].yc <= blocks[0].bottom]
    assert " ".join(w.text for w in inside[0]).startswith("Circulate the notes")
    assert " ".join(w.text for w in inside[-1]).endswith("G")


def test_two_cell_lines_alone_are_no_table():
    """A list of label and value pairs prints two cells a line all the way down: no block, since
    no line of three cells or more gives it columns of a table."""
    lines = [_line(100 + 20 * k, [(50, f"Item {k} label"), (200, f"value number {k}")]) for k in range(8)]
    assert aligned_blocks(lines) == []


def test_a_paragraph_between_two_tables_is_no_section():
    """A sentence across the gutters, ending in a full stop, over the next rows is not taken as
    the first section of the block below it."""
    row = [(50, "1"), (80, "Agree the plan"), (250, "Director"), (350, "May 2026")]
    lines = [
        _line(100, [(50, "The actions below were agreed in July.")]),
        _line(130, row),
        _line(150, [(50, "Live well")]),
        _line(170, row),
        _line(190, row),
        _line(210, row),
    ]
    blocks = aligned_blocks(lines)
    assert len(blocks) == 1 and blocks[0].top > 120


def test_a_row_without_a_number_is_no_ref_heading():
    """A ref cell without a number that other cells print beside is a row, not a section name."""
    cols = [(45, 90), (90, 245), (245, 345), (345, 450)]
    words = [
        *_line(100, [(50, "1"), (95, "Agree the plan"), (250, "Director"), (350, "May 2026")]),
        *_line(120, [(50, "New"), (95, "Review the plan"), (250, "Director"), (350, "June 2026")]),
        *_line(140, [(50, "Age well")]),
        *_line(160, [(50, "2"), (95, "Publish the plan"), (250, "Director"), (350, "July 2026")]),
    ]
    heads = ref_headings(words, cols[:2], 90, 200)
    assert [(round(a), round(b)) for a, b in heads] == [(140, 149)]


def test_column_finding_skips_section_lines():
    """A section name running across the first gutter is left out of the lines the columns are
    found from; the rows' lines are all kept."""
    row = [(50, "1"), (80, "Agree the plan"), (250, "Director"), (350, "May 2026")]
    lines = [_line(100, row), _line(120, [(50, "Living well at home")]), _line(140, row), _line(160, row)]
    assert without_section_lines(lines) == [lines[0], lines[2], lines[3]]


def test_top_aligned_rows_are_not_read_as_centred():
    """Rows whose cells all start at the row's top (a tall action beside one-line cells) give no
    centred rows: the other row rules read them."""
    cols = [(45, 90), (90, 245), (245, 345)]
    words = [
        *_line(100, [(50, "1"), (95, "Agree the plan"), (250, "Director")]),
        *_line(111, [(95, "with the partners")]),
        *_line(122, [(95, "this year")]),
        *_line(140, [(50, "2"), (95, "Publish the plan"), (250, "Director")]),
        *_line(151, [(95, "online")]),
    ]
    assert centred_row_bounds(words, cols, 95, 165) is None


def test_centred_rows_split_where_the_cells_meet_their_middle():
    """A one-line row beside a three-line one, all centred: two rows, the cut between them."""
    cols = [(45, 90), (90, 245), (245, 345)]
    words = [
        *_line(100, [(95, "Agree the plan")]),
        *_line(111, [(50, "1"), (95, "with the partners"), (250, "Director")]),
        *_line(122, [(95, "this year")]),
        *_line(137, [(50, "2"), (95, "Publish it"), (250, "Director")]),
    ]
    bounds = centred_row_bounds(words, cols, 95, 150)
    assert bounds is not None and len(bounds) == 3 and 130.5 < bounds[1] < 137


def test_a_section_row_after_a_wide_gap_is_no_note():
    """Under a wide gap, a heading running across the columns over more rows stays in the table;
    a key of labels and prose lines does not."""
    head = _line(80, [(50, "Ref"), (95, "Action"), (250, "Lead"), (350, "Due")])
    rows = [
        *_line(100, [(50, "1"), (95, "Agree the plan"), (250, "Director"), (350, "May 2026")]),
        *_line(140, [(50, "Priority two: a greener borough for all")]),
        *_line(155, [(50, "2"), (95, "Plant the trees"), (250, "Head of Parks"), (350, "June 2026")]),
    ]
    assert without_notes_below(rows, head) == rows
    key = [
        *_line(140, [(50, "Key")]),
        *_line(155, [(50, "each recommendation gets a reference showing the year it was made.")]),
    ]
    assert without_notes_below(rows[:4] + key, head) == rows[:4]


def test_a_heading_over_a_top_aligned_row_is_not_centring():
    """A section heading over a three-line row makes the stretch look centred on its one-line
    cells; the cells of different heights that share their top say the table aligns to the top."""
    cols = [(45, 90), (90, 245), (245, 345)]
    words = [
        *_line(100, [(95, "Homelessness prevention")]),
        *_line(122, [(50, "01"), (95, "Circulate the revised"), (250, "KP")]),
        *_line(133, [(95, "protocol to partner")]),
        *_line(144, [(95, "agencies.")]),
        *_line(166, [(50, "02"), (95, "Bring a report on"), (250, "Sarah Okafor")]),
        *_line(177, [(95, "the fund.")]),
    ]
    assert centred_row_bounds(words, cols, 95, 190) is None

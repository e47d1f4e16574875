"""Tables as other producers print them (issue 12): header words and tokens that overflow a narrow column, rows a page break cuts on a page with no header.

The fixtures are drawn by tests/fixtures/make_layout2_fixtures.py; the tests run the whole
per-document pipeline and compare every action with the rows drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.geometry import Word
from extractors.layout.overhangs import clip_overhangs
from extractors.layout.rows import overflow_line
from tests.fixtures import make_layout2_fixtures as mk
from tests.helpers import assert_matches_generator, read_fields

HERE = Path(__file__).parent / "fixtures" / "layout2"


@pytest.mark.parametrize("fx", mk.FIXTURES, ids=lambda fx: fx.name)
def test_fixture_matches_its_generator(fx, tmp_path):
    """The committed PDF is what the script draws today (invariant=1 makes it byte-stable)."""
    assert_matches_generator(mk, fx, HERE, tmp_path)


def _read(name: str) -> list[dict]:
    return read_fields(HERE / name, mk.EXPECTED[name][0])


def test_a_css_grid_over_three_pages_reads_every_row():
    """'Report' overflowing towards 'Area' does not join the two columns, and the row the page
    break cuts on page 2 (no header there, its long token overflowing its cell) keeps the table
    open onto page 3: every row, every field."""
    name = "layout2-css-grid.pdf"
    assert _read(name) == mk.EXPECTED[name]


def _w(text: str, x0: float, x1: float, top: float) -> Word:
    return Word(text, x0, top, x1, top + 9.0)


def _body(n: int = 4) -> list[Word]:
    # a narrow column of numbers at 69 and a column of text starting at 99, a channel between
    return [w for k in range(n) for w in (_w("12", 69, 79, 120 + 12 * k), _w("Make", 99, 120, 120 + 12 * k))]


def test_a_header_word_overflowing_into_the_body_channel_is_cut_back():
    header = [_w("Report", 69, 96.4, 90), _w("Area", 99, 118, 90)]
    clipped = clip_overhangs(header, _body(), 34, 300)
    assert clipped[0].x1 < 90 and clipped[1] == header[1]


def test_a_header_word_a_padding_from_the_next_is_left_alone():
    """A header word wider than its column's body text, but a cell's padding short of the next
    header word, is no overflow: the header chunks apart already."""
    header = [_w("No.", 39, 52.7, 90), _w("Report", 69, 80, 90)]
    body = [w for k in range(4) for w in (_w("1.", 39, 46, 120 + 12 * k), _w("12", 69, 79, 120 + 12 * k))]
    assert clip_overhangs(header, body, 34, 300) == header


def test_a_header_over_body_text_without_a_channel_is_left_alone():
    header = [_w("Target", 69, 96.4, 90), _w("date", 99, 118, 90)]
    body = [_w("September 2026", 69, 130, 120 + 12 * k) for k in range(4)]
    assert clip_overhangs(header, body, 34, 300) == header


@pytest.mark.parametrize(
    "line, overflow",
    [
        # a token overflowing its narrow cell, the row's progress text far along
        ([_w("212,214,", 69, 102, 0), _w("recorded", 566, 600, 0)], True),
        # a title under the table: it keeps to the two columns its first word spans
        ([_w("Appendix", 39, 80, 0), _w("A", 82, 88, 0)], False),
        # a sentence across the table crosses several bounds
        ([_w("The", 39, 55, 0), _w("council", 57, 150, 0), _w("agreed", 152, 260, 0)], False),
        # nothing crosses
        ([_w("12", 69, 79, 0), _w("Make", 99, 120, 0)], False),
    ],
)
def test_overflow_line(line, overflow):
    assert overflow_line(line, [60.0, 93.0, 214.0, 318.0, 499.0, 561.0], 2) is overflow


def test_a_borderless_table_carries_on_from_the_next_pages_top_margin():
    """Narrow margins: page 2's first row starts above the share of the page kept for running
    headers; it is read (the running header, further apart, is not)."""
    name = "layout2-head-margin.pdf"
    assert _read(name) == mk.EXPECTED[name]


def _grid(first: list[str]) -> tuple[list[list], list[Word]]:
    from extractors.core import Cell

    xs = [50.0, 200.0, 340.0, 470.0]
    rows = [
        [Cell(t, a, 100.0, b, 130.0) for t, a, b in zip(first, xs, xs[1:], strict=False)],
        [
            Cell(t, a, 130.0, b, 160.0)
            for t, a, b in zip(["Report to Cabinet", "All", "Ongoing"], xs, xs[1:], strict=False)
        ],
    ]
    head = [Word(t, a + 4, 110.0, a + 60, 119.0, bold=True) for t, a in zip(first, xs, strict=False)]
    body = [Word("Report", 54.0, 140.0, 90.0, 149.0)]
    return rows, head + body


def test_a_bold_first_row_with_slash_joined_labels_heads_its_grid():
    """'Action/Target' names the action column through one of its alternatives."""
    from extractors.layout.grid_header import header_row

    rows, words = _grid(["Action/Target", "Protected characteristics", "Target date (MM/YY)"])
    assert header_row(rows, words) == ["Action/Target", "Protected characteristics", "Target date (MM/YY)"]
    rows, words = _grid(["Purpose/Scope", "Protected characteristics", "Target date (MM/YY)"])
    assert header_row(rows, words) is None  # only one label names a role


def test_a_row_a_padding_apart_in_the_foot_margin_starts_on_its_page():
    """A browser's rows stand a padding apart, more than a line: the row starting in the foot of
    page 1 (below the share kept for footers) is read there, its rest from page 2."""
    name = "layout2-foot-rows.pdf"
    assert _read(name) == mk.EXPECTED[name]

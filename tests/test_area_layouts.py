"""The grouping cell (`area`) and the rows around it as browsers print tables: zebra rows with a rowspan area cell, and a headerless list ruled under each row.

The fixtures are drawn by tests/fixtures/make_area_fixtures.py; the tests run the whole
per-document pipeline and compare every action with the rows drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.core.fills import Fill
from extractors.geometry import Segment, Word
from extractors.layout.banded import banded_tables
from extractors.layout.crossing_words import split_crossing
from tests.fixtures import make_area_fixtures as mk
from tests.helpers import assert_matches_generator, read_fields

HERE = Path(__file__).parent / "fixtures" / "area"


@pytest.mark.parametrize("fx", mk.FIXTURES, ids=lambda fx: fx.name)
def test_fixture_matches_its_generator(fx, tmp_path):
    """The committed PDF is what the script draws today (invariant=1 makes it byte-stable)."""
    assert_matches_generator(mk, fx, HERE, tmp_path)


def _read(name: str) -> list[dict]:
    return read_fields(HERE / name, list(mk.EXPECTED[name][0]))


def test_zebra_rowspan_areas_end_where_their_groups_do():
    """Every row once with its group's area: a group cell starting under the last shaded row of
    page 1 starts a group; the carried-over part painted past its first row on page 2 splits
    nothing; the last shaded row, taller than a band may be, is a row of its own."""
    assert _read("area-zebra-rowspan.pdf") == mk.EXPECTED["area-zebra-rowspan.pdf"]


def test_headerless_list_ruled_under_each_row_is_read():
    """Two columns of text and a rating fill, a rule under every row and none above the first:
    every row, over both pages, the first one too, its rating from the fill, and the
    introduction above it no row."""
    assert _read("area-ruled-list.pdf") == mk.EXPECTED["area-ruled-list.pdf"]


SHADE = (0.93, 0.95, 0.97)


def _band(top: float, bottom: float, order: int, rgb=SHADE, x0: float = 40.0, x1: float = 800.0) -> Fill:
    return Fill(x0, top, x1, bottom, rgb, order)


def _words(*tops: float) -> list[Word]:
    """Two cells of text in each row starting at the given tops."""
    return [w for t in tops for w in (Word("Ref", 45, t, 60, t + 8), Word("Action", 200, t, 240, t + 8))]


def test_a_tall_band_joins_only_bands_of_its_own_colour_and_edges():
    """A shaded row taller than MAX_BAND extends the stack; a tall box of another shade does not."""
    words = _words(105, 145, 185, 300)
    tall = _band(180, 400, 3)
    rows = banded_tables([_band(100, 120, 1), _band(140, 160, 2), tall], words, 842.0)
    assert rows and max(e.pos for e in rows[0][3]) == 400
    other = _band(180, 400, 3, rgb=(0.8, 0.9, 0.8))
    rows = banded_tables([_band(100, 120, 1), _band(140, 160, 2), other], words, 842.0)
    assert rows and max(e.pos for e in rows[0][3]) == 160


def test_a_lone_tall_fill_is_no_stack():
    assert banded_tables([_band(100, 400, 1), _band(420, 440, 2)], _words(105, 425), 842.0) == []


def _chars(word: Word, width: float) -> list[dict]:
    return [
        {
            "text": ch,
            "x0": word.x0 + k * width,
            "x1": word.x0 + (k + 1) * width,
            "top": word.top,
            "bottom": word.bottom,
        }
        for k, ch in enumerate(word.text)
    ]


def _lines(x0: float, n: int = 4) -> list[Word]:
    return [Word("text", x0, 100 + 12 * k, x0 + 20, 108 + 12 * k) for k in range(n)]


RULED = [(54.0, 79.0), (79.0, 115.0), (115.0, 180.0), (180.0, 290.0)]
RULES = [Segment(x, 90.0, 200.0) for x in (54.0, 79.0, 115.0, 180.0, 290.0)]
EDGES = [*_lines(54.5), *_lines(79.5), *_lines(180.5)]  # three columns start 0.5 pt right of their rule


def test_a_group_cell_glued_to_the_cell_before_is_cut_at_the_padding_its_column_shares():
    """A spreadsheet prints a date and the merged area cell's text touching ('18/06/2024Housing');
    the area column prints too few lines for a text edge of its own, so it starts one cell padding
    right of its rule, as the other columns do."""
    glued = Word("18/06/2024Housing", 79.5, 160, 79.5 + 17 * 3.6, 168)  # 'H' at 115.5
    words = [*EDGES, Word("CE", 54.5, 160, 62, 168), glued]
    out = split_crossing(words, RULED, lambda w: _chars(w, 3.6), RULES)
    assert [w.text for w in out[-2:]] == ["18/06/2024", "Housing"]


def test_a_glued_word_after_a_word_that_runs_across_an_edge_is_left_whole():
    """A line whose words run across the columns before it (a heading) is no row of cells."""
    across = Word("Introductory", 50.0, 160, 85.0, 168)  # over the rule at 79
    glued = Word("12345678Housing", 87.5, 160, 87.5 + 15 * 3.5, 168)  # 'H' at 115.5
    out = split_crossing([*EDGES, across, glued], RULED, lambda w: _chars(w, 3.5), RULES)
    assert out[-1] is glued

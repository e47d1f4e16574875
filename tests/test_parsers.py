"""The parser registry: every named parser reads the committed table fixtures through one face."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extractors import parsers
from extractors.core import PageStore, StageConfig
from extractors.parsers import PageInput, get, quality

FIXTURES = Path(__file__).parent / "fixtures"
RULED = FIXTURES / "table-split-row.pdf"  # a fully ruled grid
BORDERLESS = FIXTURES / "table-borderless-numbered.pdf"  # no rules at all


def _read(path: Path, name: str, page: int = 1):
    with pdfplumber.open(path) as pdf:
        store = PageStore(pdf)
        return get(name).parse(PageInput(path, store.get(page)))


def _texts(tables) -> list[list[str]]:
    return [[c.text for c in row] for t in tables for row in t.rows]


def test_unknown_parser_lists_the_known_ones():
    with pytest.raises(KeyError, match="known parsers: auto, planwatch, ruled"):
        get("no-such-parser")


def test_the_parser_is_part_of_the_cache_key():
    assert StageConfig(parser="camelot-lattice").cache_key() != StageConfig().cache_key()


@pytest.mark.parametrize("name", ["planwatch", "ruled", "camelot-lattice", "pdfplumber", "auto"])
def test_parsers_that_read_rules_agree_on_a_ruled_grid(name):
    tables = _read(RULED, name)
    assert tables and all(t.page == 1 for t in tables)
    assert quality(tables, None) == 1.0
    assert _texts(tables) == _texts(_read(RULED, "planwatch"))
    assert tables[0].headers == _read(RULED, "planwatch")[0].headers


def test_ruled_reads_nothing_where_no_rules_are_drawn_and_aligned_does():
    assert _read(BORDERLESS, "ruled") == []
    aligned = _read(BORDERLESS, "aligned")
    assert quality(aligned, None) > 0.5
    assert _texts(aligned) == _texts(_read(BORDERLESS, "planwatch"))


def test_camelot_stream_reads_a_borderless_table():
    tables = _read(BORDERLESS, "camelot-stream")
    assert tables and tables[0].parser == "camelot-stream"
    assert all(len(row) == len(tables[0].columns) for row in tables[0].rows)


def test_auto_keeps_planwatch_where_it_reads_well_or_finds_no_action_table():
    auto = get("auto")
    assert isinstance(auto, parsers.AutoParser)
    for path in (RULED, BORDERLESS, FIXTURES / "table-non-action.pdf"):
        with pdfplumber.open(path) as pdf:
            store = PageStore(pdf)
            for n in range(1, len(store) + 1):
                source = PageInput(path, store.get(n))
                assert _texts(auto.parse(source)) == _texts(get("planwatch").parse(source))
    assert auto.second_opinions == 0 and auto.taken == 0


def test_quality_counts_rows_with_most_cells_filled():
    tables = _read(RULED, "planwatch")
    half_empty = [
        row[:1] + [type(c)("", c.x0, c.top, c.x1, c.bottom) for c in row[1:]] for row in tables[0].rows
    ]
    tables[0].rows = half_empty
    assert quality(tables, None) == 0.0


def test_auto_asks_camelot_where_planwatch_reads_a_table_poorly(caplog):
    """An action-plan template (a header, two filled rows, empty rows) reads at quality 0.25: auto
    asks camelot-lattice (the page rules its columns), whose pdfium render runs here: a failed
    second opinion would be logged and planwatch's reading kept."""
    path = FIXTURES / "genre-template.pdf"
    auto = get("auto")
    with pdfplumber.open(path) as pdf:
        source = PageInput(path, PageStore(pdf).get(1))
        assert 0 < quality(get("planwatch").parse(source), None) < parsers.WEAK
        assert get("camelot-lattice").parse(source), "camelot's lattice finds the ruled template"
        with caplog.at_level("WARNING", logger="extractors.parsers"):
            tables = auto.parse(source)
    assert auto.second_opinions == 1
    assert not [r for r in caplog.records if "failed" in r.getMessage()], caplog.text
    assert tables

"""Which reading owns an unruled table is decided by the page's evidence (layout/baselines.py):
cells centred in their rows (lines interleaving) are a word processor's table, never a sheet print;
cells set from their tops on one baseline grid may be a sheet's."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import ingest, locate_tables, parse_tables
from extractors.core import DocContext, StageConfig
from extractors.geometry import Word, group_lines
from extractors.layout.baselines import centred_cells, interleaved_lines

MATRIX = Path(__file__).parent / "fixtures" / "matrix"
H = 8.5  # type height
PITCH = 10.2  # line pitch


def _cell(x: float, top: float, lines: int, word: str = "word") -> list[Word]:
    return [Word(word, x, top + k * PITCH, x + 30, top + k * PITCH + H) for k in range(lines)]


def _centred_rows() -> list[Word]:
    """Three rows: a three-line action beside a one-line ref and lead, centred on its middle line,
    and a two-line progress cell centred on the row's middle (half a line off the action's)."""
    words = []
    for r in range(3):
        top = 100 + r * 4 * PITCH
        words += _cell(60, top, 3)  # the action: lines at top, top+P, top+2P
        words += _cell(20, top + PITCH, 1, "1.1")  # the ref, on the middle line
        words += _cell(160, top + PITCH / 2, 2)  # the progress: half a line down, two lines
    return words


def _top_aligned_rows() -> list[Word]:
    """The same cells set from the row's top, as a spreadsheet prints them."""
    words = []
    for r in range(3):
        top = 100 + r * 4 * PITCH
        words += _cell(60, top, 3) + _cell(20, top, 1, "1.1") + _cell(160, top, 2)
    return words


def test_centred_cells_interleave_their_lines():
    lines = group_lines(_centred_rows())
    assert interleaved_lines(lines) >= 6
    assert centred_cells(lines)


def test_top_aligned_cells_keep_one_baseline_grid():
    lines = group_lines(_top_aligned_rows())
    assert interleaved_lines(lines) == 0
    assert not centred_cells(lines)


def test_one_stray_line_shows_no_centring():
    """A single line half a line off (a footnote mark, a larger word) is not a centred table."""
    words = _top_aligned_rows() + [Word("x", 300, 100 + PITCH / 2, 305, 100 + PITCH / 2 + H)]
    assert not centred_cells(group_lines(words))


def _page_tables(path: Path) -> list:
    ctx = DocContext(path=path)
    cfg = StageConfig(strict=True)
    try:
        ingest.run(ctx, cfg)
        locate_tables.run(ctx, cfg)
        parse_tables.run(ctx, cfg)
    finally:
        ctx.store.close()
        ctx.pdf.close()
    return ctx.page_tables


@pytest.mark.parametrize(
    "stem", ["commitments--writer-html", "filllog--writer-html", "actionlog--writer-html"]
)
def test_writer_tables_are_no_sheet_prints(stem):
    """Writer's web-page tables whose column starts look like a sheet's (commitments and filllog
    were read as sheet prints before): their centred cells say they are not."""
    tables = _page_tables(MATRIX / f"{stem}.pdf")
    assert tables and not any(t.sheet for t in tables)


@pytest.mark.parametrize("stem", ["actionlog--calc-html", "annex--calc-html"])
def test_calc_prints_stay_sheet_prints(stem):
    tables = _page_tables(MATRIX / f"{stem}.pdf")
    assert tables and all(t.sheet for t in tables if t.rows)


def test_word_boxes_taller_than_the_pitch_still_stand_on_one_grid():
    """A sheet printed in a font whose boxes (11.6 pt) are taller than its line pitch (10.9 pt):
    the boxes of successive lines overlap, but every line stands a whole pitch from the next; a
    word processor's centred cell stands half a pitch from its neighbours."""
    words = []
    for r in range(3):
        top = 100 + r * 4 * 10.9
        for x, n in ((20, 1), (60, 3), (160, 2)):
            words += [Word("word", x, top + k * 10.9, x + 30, top + k * 10.9 + 11.6) for k in range(n)]
    lines = group_lines(words)
    assert interleaved_lines(lines) == 0 and not centred_cells(lines)
    words += [Word("late", 220, 100 + k * 10.9 + 5.45, 250, 100 + k * 10.9 + 17.05) for k in range(12)]
    assert centred_cells(group_lines(words))

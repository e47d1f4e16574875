"""Tables as a spreadsheet or a browser prints them (issue 12): header words broken across a column rule, tokens overflowing into the next cell, merged-cell text clipped away.

The fixture is drawn by tests/fixtures/make_layout3_fixtures.py; the fixture test runs the whole
per-document pipeline and compares every action with the rows drawn.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractors.core.pdfium_chars import page_chars
from extractors.geometry import Segment, Word
from extractors.layout.crossing_words import split_crossing, text_edges
from extractors.layout.headers import header_texts, stacked_header_lines
from tests.fixtures import make_layout3_fixtures as mk
from tests.helpers import assert_matches_generator, read_fields

HERE = Path(__file__).parent / "fixtures" / "layout3"
SHEET = HERE / "layout3-sheet.pdf"


@pytest.mark.parametrize("fx", mk.FIXTURES, ids=lambda fx: fx.name)
def test_fixture_matches_its_generator(fx, tmp_path):
    """The committed PDF is what the script draws today (invariant=1 makes it byte-stable)."""
    assert_matches_generator(mk, fx, HERE, tmp_path)


def test_a_spreadsheet_table_reads_every_row_and_field():
    """'Repor' | 'Area for' stay two headers, '131,132,' stays in its paragraph list and
    'system' in the area, and the merged area cell fills the rows on page 2, where its text is
    drawn clipped away above the table and in the header row."""
    expected = mk.EXPECTED[SHEET.name]
    assert read_fields(SHEET, expected[0]) == expected


def test_text_clipped_away_is_not_read():
    """Page 2 draws the merged cell's text outside its clip path: none of it is read; the
    cell's text on page 1, inside the clip, is."""
    pdf = pdfium.PdfDocument(str(SHEET))
    try:
        texts = ["".join(c["text"] for c in page_chars(pdf[i], i + 1)) for i in range(2)]
    finally:
        pdf.close()
    assert "scrutinycommittee" in texts[0].replace(" ", "")
    assert "scrutiny" not in texts[1] and "electronic" not in texts[1]
    assert "Areafor" in texts[1].replace(" ", "")


def _w(text: str, x0: float, x1: float, top: float) -> Word:
    return Word(text, x0, top, x1, top + 9.0)


def test_a_header_chunk_is_split_at_the_column_rule_drawn_through_it():
    """'Repor Area for' is one chunk by its gaps, but a column rule runs between 'Repor' and
    'Area' at the header's height: two labels, not one spanning both columns."""
    words = [
        _w("Repor", 89, 118, 74),
        _w("Area", 123, 145, 74),
        _w("for", 147, 160, 74),
        _w("t", 89, 92, 85),
        _w("para", 94, 115, 85),
        _w("improvement", 123, 185, 85),
    ]
    columns = [(54.0, 88.0), (88.0, 122.0), (122.0, 209.0)]
    vrules = [Segment(x, 70.0, 400.0) for x in (54.0, 88.0, 122.0, 209.0)]
    assert header_texts(words, columns, vrules) == [None, "Report para", "Area for improvement"]


def test_a_group_label_over_unruled_sub_columns_still_heads_them():
    """No rule at the label's height between the sub-columns: the label spans them."""
    words = [_w("Timescale", 100, 150, 74), _w("Start", 90, 115, 86), _w("End", 140, 160, 86)]
    columns = [(54.0, 88.0), (88.0, 125.0), (125.0, 170.0)]
    vrules = [*(Segment(x, 70.0, 400.0) for x in (54.0, 88.0, 170.0)), Segment(125.0, 84.0, 400.0)]
    assert header_texts(words, columns, vrules) == [None, "Timescale: Start", "Timescale: End"]


def _chars(word: Word, widths: list[float]) -> list[dict]:
    out, x = [], word.x0
    for ch, w in zip(word.text, widths, strict=True):
        out.append({"text": ch, "x0": x, "x1": x + w, "top": word.top, "bottom": word.bottom})
        x += w
    return out


def _column_lines(x0: float, n: int = 4) -> list[Word]:
    return [_w("text", x0, x0 + 20, 100 + 12 * k) for k in range(n)]


def test_an_overflowing_token_is_cut_where_the_next_cells_text_starts():
    glued = _w("131,132system", 80.0, 80.0 + 13 * 4.0, 140)
    # '131,132' overflows the column edge at 100 and 'system' starts at the next column's text
    # edge, 108: the word reader saw no gap.
    chars = _chars(glued, [4.0] * 13)
    words = [*_column_lines(80.0), *_column_lines(108.0), glued]
    out = split_crossing(words, [(78.0, 100.0), (100.0, 160.0)], lambda w: chars)
    assert [w.text for w in out[-2:]] == ["131,132", "system"]
    assert out[-1].x0 == pytest.approx(108.0)


def test_a_word_crossing_an_edge_with_no_character_at_the_next_text_edge_stays_whole():
    """A centred word wider than its column: no character starts where the next column's lines do."""
    wide = _w("Commissioning", 83.0, 83.0 + 13 * 4.0, 140)
    chars = _chars(wide, [4.0] * 13)
    words = [*_column_lines(80.0), *_column_lines(109.5), wide]
    out = split_crossing(words, [(78.0, 100.0), (100.0, 160.0)], lambda w: chars)
    assert out[-1] is wide


def test_text_edges_need_several_lines_at_one_x():
    words = [*_column_lines(80.0, 3), _w("x", 120, 125, 100), _w("y", 130, 135, 112)]
    assert text_edges(words, [(78.0, 100.0), (100.0, 160.0)]) == [80.0, None]


def test_a_word_in_a_line_across_the_table_is_not_cut():
    """A section heading runs over the column edges; its word 'email' crossing one, with a letter
    by chance where the next column's lines start, is no overflow."""
    heading = [_w("Cloud", 64.0, 90.0, 140), _w("Services:", 92.0, 130.0, 140)]
    email = _w("email", 184.7, 206.4, 140)
    chars = _chars(email, [4.73, 7.56, 4.72, 2.37, 2.33])
    words = [*_column_lines(64.0), *_column_lines(94.0), *_column_lines(204.0), *heading, email]
    out = split_crossing(words, [(60.0, 90.0), (90.0, 200.0), (200.0, 462.0)], lambda w: chars)
    assert out[-1] is email


def test_a_header_whose_labels_wrap_is_found_when_some_labels_name_their_role_only_in_part():
    """'Responsible / Person' and 'Monitoring & / Reporting' wrap over two lines, centred on the
    one-line labels; 'Key Milestones' and 'Monitoring & Reporting' the lexicon explains in part."""
    top = [Word("Responsible", 500, 65, 545, 75, True), Word("Monitoring", 598, 65, 640, 75, True)]
    top.append(Word("&", 642, 65, 648, 75, True))
    middle = [
        Word(t, x0, 71, x1, 81, True)
        for t, x0, x1 in [
            ("Ref", 44, 58),
            ("No.", 60, 72),
            ("Improvement", 90, 140),
            ("Key", 220, 236),
            ("Milestones", 238, 280),
            ("Target", 424, 450),
            ("Dates", 452, 474),
            ("Consultation", 696, 746),
        ]
    ]
    bottom = [Word("Person", 500, 77, 530, 87, True), Word("Reporting", 598, 77, 636, 87, True)]
    lines = [top, middle, bottom, [Word("Gather", 220, 95, 250, 105)]]
    assert stacked_header_lines(lines, 0, []) in (2, 3)  # the third line may join the band later

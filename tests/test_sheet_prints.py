"""Spreadsheet printouts (issue 12 item 5): columns from the xs where cell lines start, rows from codes or from columns printing again, a running sheet name, a header left at a page's foot.

The whole-document checks are the calc-html cells of the producer matrix (tests/test_matrix.py,
bench/render_matrix.py: a web page opened in LibreOffice Calc, saved as .xlsx and printed); these
tests pin each rule on words placed as Calc places them.
"""

from __future__ import annotations

from extractors.core import Cell
from extractors.geometry import Word
from extractors.layout.furniture import without_running_head
from extractors.layout.headers import chunks
from extractors.layout.key_rows import row_bounds_from_keys
from extractors.layout.sheet_columns import prefer_sheet, same_bounds, sheet_columns
from extractors.layout.sheet_rows import join_runovers, lone_first_cells, row_bounds_from_resumption

H = 10.0  # type height
LEAD = 11.1  # Calc's line pitch for 10 pt type


def _w(text: str, x0: float, line: int, width: float | None = None, size: float = H) -> Word:
    top = 100 + line * LEAD
    return Word(text, x0, top, x0 + (width if width is not None else 5.0 * len(text)), top + size)


def _lines(words: list[Word]) -> list[list[Word]]:
    from extractors.geometry import group_lines

    return group_lines(words)


# Columns start at 57.6, 125.2, 192.7, 260.3, 327.8 (Calc's cell padding after each edge).
STARTS = (57.6, 125.2, 192.7, 260.3, 327.8)


def _sheet_body() -> list[Word]:
    """Three rows: a right-aligned ref ending 2 pt before the area, a wrapped lead ending 4.6 pt
    before its deadline (narrower than any whitespace channel rule allows)."""
    words = []
    for row, line in enumerate((0, 3, 6)):
        words += [
            _w(f"1.{row + 1}", 110.7, line, 12.5),
            _w("Strengthen", 125.2, line, 42.8),
            _w("Introduce", 192.7, line, 37.8),
            _w("Principal", 260.3, line, 35.6),
            _w("Social", 298.5, line, 24.7),
            _w("June", 327.8, line, 18.3),
            _w("2025", 348.6, line, 19.9),
            _w("quality", 125.2, line + 1, 27.4),
            _w("a", 192.7, line + 1, 4.4),
            _w("Worker", 260.3, line + 1, 30.1),
        ]
    return words


def _header() -> list[Word]:
    return [
        _w("Ref", 57.6, -2, 14.8),
        _w("Area", 125.2, -2, 20.7),
        _w("Action", 192.7, -2, 28.1),
        _w("Lead", 260.3, -2, 21.5),
        _w("officer", 284.3, -2, 27.5),
        _w("Target", 327.8, -2, 28.7),
        _w("date", 359.0, -2, 18.1),
    ]


def test_columns_start_where_cell_lines_start():
    bounds = sheet_columns(_lines(_sheet_body()), _header(), 57.0, 380.0)
    assert bounds is not None
    want = [57.0, 124.2, 191.7, 259.3, 326.8, 380.0]  # just left of each start
    assert len(bounds) == len(want) and all(abs(a - b) <= 0.6 for a, b in zip(bounds, want, strict=True))


def test_right_aligned_numbers_are_no_column_of_their_own():
    """Single-digit refs set right against the next column all start at one x: that is the
    column before's right edge, not a column start."""
    words = []
    for row in range(4):
        words += [_w(str(row + 1), 146.7, 3 * row, 5.0), _w("Circulate", 153.7, 3 * row, 36.6)]
        words += [_w("KP", 249.6, 3 * row, 12.8), _w("protocol", 153.7, 3 * row + 1, 33.3)]
    header = [_w("No.", 57.7, -2, 14.7), _w("Action", 153.7, -2, 28.3), _w("Owner", 249.6, -2, 29.4)]
    bounds = sheet_columns(_lines(words), header, 57.0, 300.0)
    assert bounds is not None and not any(140 < x < 152 for x in bounds)


def test_a_repeated_phrase_starts_no_column():
    """'On track' row after row starts 'track' at one x, but a word space after 'On'."""
    words = []
    for row in range(4):
        words += [_w("Agree", 57.6, 2 * row, 25), _w("KP", 125.2, 2 * row, 12)]
        words += [_w("On", 192.7, 2 * row, 10.0), _w("track", 205.2, 2 * row, 20.0)]
    bounds = sheet_columns(_lines(words), [], 57.0, 240.0)
    assert bounds is not None and not any(200 < x < 206 for x in bounds)


def test_a_centred_header_does_not_start_a_column():
    """A header phrase no body line starts with (centred over its cells) adds no bound."""
    words = [w for row in range(3) for w in (_w("Agree", 57.6, row, 25), _w("Kevin", 125.2, row, 40))]
    words += [_w("x", 192.7, row, 5) for row in range(3)]
    header = [_w("Action", 60.0, -2, 28), _w("Owner", 140.0, -2, 28), _w("Status", 192.7, -2, 28)]
    bounds = sheet_columns(_lines(words), header, 57.0, 240.0)
    assert bounds is not None and not any(135 < x < 141 for x in bounds)


def test_sheet_columns_give_way_when_a_header_word_runs_across_them():
    header = [_w("Recommendation", 180.0, -2, 80)]  # across 191.7 and 259.3
    bounds = [57.0, 124.2, 191.7, 259.3, 326.8, 380.0]
    body = _sheet_body()
    assert not prefer_sheet(bounds, [57.0, 150.0, 300.0, 380.0], header, body)
    assert prefer_sheet(bounds, [57.0, 150.0, 300.0, 380.0], _header(), body)
    assert not prefer_sheet(bounds, [57.0, 80, 100, 150, 200, 250, 300.0, 380.0], _header(), body)
    assert not prefer_sheet(None, [57.0, 380.0], _header(), body)


def test_sheet_columns_add_nothing_where_whitespace_sees_every_gutter():
    """Bounds whitespace found too (within a cell's padding): the page is read as before."""
    bounds = [57.0, 124.2, 191.7, 259.3, 326.8, 380.0]
    assert not prefer_sheet(bounds, [57.0, 122.0, 190.0, 258.0, 325.0, 380.0], _header(), _sheet_body())


def test_a_next_page_matches_the_columns_it_carries():
    assert same_bounds([57.0, 124.0, 192.0, 380.0], [57.0, 124.5, 191.0, 380.0])
    assert not same_bounds([57.0, 124.0, 380.0], [57.0, 124.5, 191.0, 380.0])


def test_codes_in_the_first_column_start_rows():
    words = []
    for row, code in enumerate(("CS/01", "CS/02", "CE 24/05")):
        words += [_w(w, 57.6 + 12 * k, 3 * row) for k, w in enumerate(code.split())]
        words += [_w("Map", 137.0, 3 * row), _w("the", 137.0, 3 * row + 1)]
    columns = [(57.0, 136.0), (136.0, 216.0)]
    bounds = row_bounds_from_keys(words, columns, 99.0, 180.0)
    assert bounds == [99.0, 99.0 + 3 * LEAD, 99.0 + 6 * LEAD, 180.0]


def test_a_wrapped_first_column_keys_no_rows():
    words = [_w("A", 57.6, 0), _w("thriving", 70, 0), _w("EC1", 125.9, 0), _w("economy", 57.6, 1)]
    assert row_bounds_from_keys(words, [(57.0, 124.9), (124.9, 193.0)], 99.0, 130.0) is None
    dup = [_w("R1", 57.6, 0), _w("x", 125.9, 0), _w("R1", 57.6, 2), _w("y", 125.9, 2)]
    assert row_bounds_from_keys(dup, [(57.0, 124.9), (124.9, 193.0)], 99.0, 130.0) is None


COLS = [(57.0, 176.0), (176.0, 296.0), (296.0, 416.0)]


def test_a_column_printing_again_after_a_blank_line_starts_a_row():
    """Rows with no space between them: the action wraps over three lines, the lead and the
    deadline print one line each, and print again on the fourth: a new row."""
    words = [
        _w("Keep", 57.6, 0), _w("Library", 176.6, 0), _w("April", 296.6, 0),
        _w("week", 57.6, 1),
        _w("older", 57.6, 2),
        _w("Publish", 57.6, 3), _w("Communications", 176.6, 3), _w("March", 296.6, 3),
        _w("large", 57.6, 4),
    ]  # fmt: skip
    bounds = row_bounds_from_resumption(words, COLS, 99.0, 160.0)
    assert bounds == [99.0, 100 + 3 * LEAD - 0.5, 160.0]


def test_a_row_of_one_line_cells_gives_no_resumption():
    words = [_w("Keep", 57.6, 0), _w("Library", 176.6, 0), _w("April", 296.6, 0)]
    assert row_bounds_from_resumption(words, COLS, 99.0, 120.0) is None


def test_one_line_rows_under_each_other_part_at_their_cells_padding():
    """Two one-line rows printed straight under a wrapped one: no column resumes after a blank
    line, but a row's first line stands its cells' padding (1.7 pt here) further down than the
    next line of one cell does; the wrapped action's second line does not."""
    pad = 1.7

    def at(text: str, x0: float, line: int, extra: float) -> Word:
        w = _w(text, x0, line)
        return Word(w.text, w.x0, w.top + extra, w.x1, w.bottom + extra)

    words = [
        at("KK", 57.6, 0, 0), at("Update", 176.6, 0, 0), at("New", 296.6, 0, 0),
        at("suggested", 176.6, 1, 0),
        at("KK/HS", 57.6, 2, pad), at("Review", 176.6, 2, pad), at("Ongoing", 296.6, 2, pad),
        at("KK", 57.6, 3, 2 * pad), at("Publish", 176.6, 3, 2 * pad), at("New", 296.6, 3, 2 * pad),
        at("refresh", 176.6, 4, 2 * pad),
    ]  # fmt: skip
    bounds = row_bounds_from_resumption(words, COLS, 99.0, 170.0)
    assert bounds == [99.0, 100 + 2 * LEAD + pad - 0.5, 100 + 3 * LEAD + 2 * pad - 0.5, 170.0]


def test_a_name_alone_in_the_first_column_is_a_section():
    words = [
        _w("6", 57.6, 0), _w("Set", 176.6, 0), _w("up", 176.6, 1),
        _w("Board", 57.6, 2), _w("governance", 90.0, 2),
        _w("7", 57.6, 3), _w("Update", 176.6, 3),
    ]  # fmt: skip
    heads = lone_first_cells(words, COLS, 99.0, 160.0)
    assert heads == [(100 + 2 * LEAD - 0.5, 100 + 2 * LEAD + H + 0.5)]


def _cell(text: str, x0: float, x1: float, line0: int, line1: int) -> Cell:
    return Cell(text, x0, 100 + line0 * LEAD - 0.5, x1, 100 + line1 * LEAD - 0.5, False, len(text.split()))


def test_merged_cell_text_running_into_the_next_row_goes_back_to_its_first_row():
    words = [
        _w("Service", 85.0, 0), _w("users", 125.0, 0), _w("Gather", 167.0, 0),
        _w("will", 85.0, 1), _w("be", 110.0, 1), _w("areas", 167.0, 1),
        _w("used", 85.0, 2), _w("to", 110.0, 2), _w("Standardise", 167.0, 2),
        _w("inform.", 85.0, 3),
    ]  # fmt: skip
    rows = [
        [_cell("Service users will be", 84, 166, 0, 2), _cell("Gather areas", 166, 290, 0, 2)],
        [_cell("used to inform.", 84, 166, 2, 4), _cell("Standardise", 166, 290, 2, 4)],
    ]
    # The first column of a table keys its rows: the rule reads the columns after it.
    rows = [[_cell("HS1", 57, 84, 0, 2), *rows[0]], [_cell("", 57, 84, 2, 4), *rows[1]]]
    join_runovers(rows, words)
    assert rows[0][1].text == "Service users will be used to inform."
    assert rows[1][1].text == "" and rows[1][1].merged_above
    assert rows[1][2].text == "Standardise"


def test_a_new_sentence_after_a_blank_line_stays_in_its_row():
    words = [_w("Report", 85.0, 0), _w("due", 85.0, 3)]
    rows = [
        [_cell("HS1", 57, 84, 0, 2), _cell("Report", 84, 166, 0, 2)],
        [_cell("HS2", 57, 84, 2, 4), _cell("due", 84, 166, 2, 4)],
    ]
    join_runovers(rows, words)
    assert rows[1][1].text == "due"


def test_a_sheet_name_centred_over_the_page_is_a_running_head():
    head = [Word("Sheet1", 406.1, 55.4, 438.7, 67.4)]
    body = [Word("1.3", 110.7, 77.0, 123.2, 87.0), Word("Deliver", 192.7, 77.0, 225.0, 87.0)]
    assert without_running_head(head + body, 841.9, 595.3) == body
    title = [Word("Annex", 57.0, 55.4, 90.0, 67.4), Word("B", 92.0, 55.4, 99.0, 67.4)]
    assert without_running_head(title + body, 841.9, 595.3) == title + body  # not centred
    low = [Word("Sheet1", 406.1, 155.4, 438.7, 167.4), Word("x", 57, 177, 62, 187)]
    assert without_running_head(low, 841.9, 595.3) == low  # below the head zone


def test_phrase_gaps_shrink_with_small_type():
    """A sheet scaled down to fit its page prints 4.2 pt type: cells 4.5 pt apart are two phrases."""
    small = [
        _w("What", 90.8, 0, 10.0, 4.2), _w("we", 101.9, 0, 4.9, 4.2),
        _w("By", 124.5, 0, 4.9, 4.2), _w("whom", 130.5, 0, 10.9, 4.2),
    ]  # fmt: skip
    assert [[w.text for w in c] for c in chunks(small)] == [["What", "we"], ["By", "whom"]]
    big = [_w("Lead", 100, 0, 20), _w("officer", 124.5, 0, 27)]
    assert len(chunks(big)) == 1


def test_a_headerless_log_of_two_columns_is_a_sheet_block():
    """An action beside its status word, a word space apart at times ('... with New'), with a
    lone rating letter in a sparse third column: one block, from its first row, not the title."""
    from extractors.layout.sheet_blocks import sheet_blocks

    words = [_w("Action", 57.7, -4, 60, size=22.0)]  # the title, in large type
    for row in range(5):
        line = 2 * row
        words += [_w("Publish", 57.7, line, 30), _w("with", 195.0, line, 17.8), _w("New", 218.2, line, 18.8)]
        words += [_w("benefits", 57.7, line + 1, 31.6)]
    words += [_w("B", 331.0, 0, 6.7)]
    blocks = sheet_blocks(_lines(words), 50.0, 560.0)
    assert [round(t) for t, _, _ in blocks] == [99]


def test_a_bulleted_list_is_no_sheet_block():
    from extractors.layout.sheet_blocks import sheet_blocks

    words = [
        w
        for row in range(6)
        for w in (_w("•", 60.0, row, 4), _w("Agree", 72.0, row, 25), _w("the", 99.5, row, 14))
    ]
    assert sheet_blocks(_lines(words), 50.0, 560.0) == []


def test_headerless_bounds_keep_whitespace_gutters_the_starts_miss():
    from extractors.layout.sheet_columns import merged_bounds

    assert merged_bounds([56.0, 217.0, 441.0], [56.0, 330.0, 396.0, 441.0]) == [
        56.0,
        217.0,
        330.0,
        396.0,
        441.0,
    ]
    assert merged_bounds([56.0, 217.0, 441.0], [56.0, 219.0, 441.0]) == [56.0, 217.0, 441.0]


def test_cells_a_narrow_gap_apart_are_no_heading():
    """'... with New': the status starts right at its column, 5.4 pt after the action's last word
    (one phrase by gaps alone); 'Age well' runs on a word space apart."""
    from extractors.layout.sheet_rows import cells_at_starts

    inner = [217.2]
    assert cells_at_starts([_w("with", 195.0, 0, 17.8), _w("New", 218.2, 0, 18.8)], inner)
    assert not cells_at_starts([_w("Age", 200.0, 0, 15.7), _w("well", 218.2, 0, 16.0)], inner)

"""Unruled tables as LibreOffice Writer prints a web page: cells a point or two apart, centred vertically, section rows, a form under the table.

The whole-document cases are the writer-html cells of the producer matrix (tests/test_matrix.py);
these tests pin each rule on a few hand-placed words.
"""

from __future__ import annotations

from extractors.action_lines import dated_action_rows
from extractors.geometry import Word, group_lines
from extractors.layout.aligned_regions import aligned_blocks
from extractors.layout.cell_starts import PADDED, find_starts, split_at_starts
from extractors.layout.columns import aligned_columns
from extractors.layout.headers import chunks
from extractors.layout.notes_below import without_notes_below
from extractors.layout.unruled_rows import unruled_row_bounds

SPACE = 2.4  # a word space in 8.5 pt type


def _line(top: float, cells: list[tuple[float, str]], size: float = 8.5) -> list[Word]:
    """One printed line: each cell's words from its x, 4.5 pt a character, a word space apart."""
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(word, x, top, x + 4.5 * len(word), top + size))
            x += 4.5 * len(word) + SPACE
    return out


def _ending_at(x1: float, text: str) -> float:
    """The x at which `text` starts to end at x1."""
    return x1 - (4.5 * len(text.replace(" ", "")) + SPACE * text.count(" "))


# A log whose action column (x 60) runs up to 3 pt short of the lead column (x 220) on some lines.
LONG = "Agree a joint patrol plan for the town"
LOG = [
    _line(100, [(35, "01"), (60, "Map the locations of reports"), (220, "Analyst"), (320, "July 2025")]),
    _line(120, [(35, "02"), (_ending_at(217, LONG), LONG), (220, "Neighbourhood"), (320, "May 2026")]),
    _line(140, [(35, "03"), (60, "Extend the scheme"), (220, "Licensing Manager"), (320, "June 2026")]),
    _line(160, [(35, "04"), (60, "Commission a programme"), (220, "Coordinator"), (320, "March 2026")]),
]


def test_cells_a_narrow_padding_apart_split_at_their_column_start():
    lines = [sorted(ln, key=lambda w: w.x0) for ln in LOG]
    starts = find_starts(lines, PADDED, 4.0)
    assert [round(s.x) for s in starts] == [35, 60, 220, 320]
    runs = split_at_starts(chunks(lines[1], gap=4.0), starts)
    assert [" ".join(w.text for w in r) for r in runs] == ["02", LONG, "Neighbourhood", "May 2026"]


def test_aligned_columns_part_the_narrow_gutter():
    header = _line(80, [(35, "Ref"), (60, "Action"), (220, "Lead"), (320, "Due")])
    bounds = aligned_columns(group_lines([w for ln in LOG for w in ln]), header, [], 30, 400)
    assert len(bounds) == 5
    assert 217 < bounds[2] < 220  # between the long action line's end and the lead column


def test_a_heading_overflowing_its_column_is_not_split_at_a_start():
    """A section name whose second word happens to start at the next column's edge runs further
    than the first column's cells ever do: one phrase, not two cells."""
    row = [(50, "1"), (80, "Agree the plan"), (250, "Director")]
    lines = [_line(100, row), _line(120, row), _line(140, row), _line(160, [(50, "Living")])]
    lines[-1].append(Word("well", 80, 160, 98, 168.5))  # 'Living' ends at 77, 'well' starts at 80
    starts = find_starts(lines, PADDED, 4.0)
    assert [" ".join(w.text for w in r) for r in split_at_starts(chunks(lines[-1], 4.0), starts)] == [
        "Living well"
    ]


def test_a_headerless_list_with_narrow_gutters_is_a_block():
    """A commitments list whose cells stand a space apart: whitespace alone finds no three cells a
    line, the common column starts do."""
    lines = []
    for k, top in enumerate((100, 120, 140, 160)):
        line = _line(top, [(35, f"C{k + 1}"), (60, "We will inspect every home for")])
        if k % 2:  # the action runs to 3 pt short of the lead, the lead 1.5 pt short of the date
            line += [Word("damp", 186.9, top, 217.0, top + 8.5), *_line(top, [(220, "Head of Asset")])]
            line += [Word("Management", 276.7, top, 318.5, top + 8.5)]
        else:
            line += _line(top, [(220, "Head of Asset Manager")])
        lines.append(line + _line(top, [(320, "May 2026")]))
    # On the long rows, no gap a cell gap wide after the action or the lead: whitespace reads
    # those as the ref and one run of words, two cells.
    blocks = aligned_blocks([sorted(ln, key=lambda w: w.x0) for ln in lines])
    assert len(blocks) == 1 and blocks[0].top < 100 < 168.5 < blocks[0].bottom


# A centred log: the ref of each row printed beside the middle of its two-line action, a section
# line spanning the table above the first row, and a two-line ref cell ('CS/' over '01').
CENTRED = [
    _line(95, [(35, "Homelessness prevention")]),
    _line(113, [(60, "Circulate the revised protocol to")]),
    _line(119, [(35, "CS/"), (220, "KP"), (320, "June 2025")]),
    _line(125, [(60, "partner agencies.")]),
    _line(131, [(35, "01")]),
    _line(150, [(60, "Bring a report on the fund")]),
    _line(156, [(35, "CS/"), (220, "Sarah Okafor"), (320, "July 2025")]),
    _line(162, [(60, "to the next meeting.")]),
    _line(168, [(35, "02")]),
]
COLUMNS = [(33, 58), (58, 218), (218, 318), (318, 400)]


def test_centred_rows_read_past_a_section_line_and_keep_a_two_line_ref():
    words = [w for ln in CENTRED for w in ln]
    bounds, _ = unruled_row_bounds(words, COLUMNS, 93, 180)
    # The section line, then one row per ref: nothing cuts between 'CS/' and '01' of one cell.
    rows = [
        sorted({w.text for w in words if a <= w.yc < b}) for a, b in zip(bounds, bounds[1:], strict=False)
    ]
    rows = [r for r in rows if r]
    assert rows[0] == ["Homelessness", "prevention"]
    assert len(rows) == 3
    assert {"CS/", "01", "Circulate", "KP"} <= set(rows[1])
    assert {"CS/", "02", "Bring", "Okafor"} <= set(rows[2])


def test_a_heading_in_larger_type_ends_the_table_above_a_form():
    head = _line(80, [(35, "Action"), (280, "Responsible officer"), (390, "Due"), (440, "Progress")])
    body = [
        *_line(100, [(35, "Keep one session a week"), (280, "Services Manager"), (390, "April 2026")]),
        *_line(120, [(35, "Publish the new hours"), (280, "Officer"), (390, "March 2026")]),
        *_line(150, [(35, "Section 5: Sign-off")], size=12),
        *_line(170, [(35, "Approved by"), (160, "Assistant Director")]),
        *_line(190, [(35, "Date approved"), (160, "3 October 2025")]),
    ]
    kept = without_notes_below(body, head)
    assert max(w.bottom for w in kept) < 150


def test_a_ref_alone_over_its_action_counts_as_a_dated_row():
    text = "Start well\n1\nAgree a shared measure with the settings. Director December\n2025\n2\n"
    text += "Offer a contact to every family. Health Visiting March 2026\n3\nRun a campaign.\nMay 2026\n"
    assert dated_action_rows(text) == 3
    # A page number alone over a sentence is no row: the sentence must open with an action verb.
    assert dated_action_rows("12\nThe Board met in May 2026.\n13\nThe minutes of June 2026.") == 0


def test_the_next_tables_bold_header_ends_the_rows_above_it():
    """Under the rows, a run of bold lines printing three phrases or more is another table's
    header (Writer sets it a row's spacing below): the rows end above it."""
    head = _line(80, [(35, "Key project"), (150, "Action"), (330, "Due Date"), (430, "Responsible for")])
    body = [
        *_line(100, [(35, "Work with partners"), (150, "Adopt Core Strategy"), (330, "30-Apr-2013")]),
        *_line(112, [(35, "harm to the environment")]),
    ]
    nxt = _line(126, [(35, "Priority"), (80, "Indicator"), (330, "Notes"), (430, "Managed by")])
    for w in nxt:
        w.bold = True
    below = _line(140, [(80, "Reduction in energy usage"), (330, "Q1 and Q2 figures"), (430, "Assets")])
    kept = without_notes_below([*body, *nxt, *below], head)
    assert max(w.bottom for w in kept) < 126
    # A bold section name (one phrase) between rows does not end them.
    section = _line(126, [(35, "Climate change")])
    for w in section:
        w.bold = True
    assert len(without_notes_below([*body, *section, *below], head)) == len(body) + len(section) + len(below)

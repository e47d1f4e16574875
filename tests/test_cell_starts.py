"""The one column-start reader (layout/cell_starts.py): the same evidence read under the padded
table's rule and the sheet's, the parameters that differ, and a reading's confidence and evidence."""

from __future__ import annotations

from dataclasses import replace

from extractors.geometry import Word, group_lines
from extractors.layout.cell_starts import PADDED, SHEET, find_starts, read_columns

H = 10.0
LEAD = 11.1


def _w(text: str, x0: float, line: int, width: float) -> Word:
    top = 100 + line * LEAD
    return Word(text, x0, top, x0 + width, top + H)


def _log(rows: int = 4) -> list[Word]:
    """A log: an action from 57.6, an owner from 160.2 (the action ends 3.5 pt short of it on odd
    rows: narrower than a whitespace channel in 10 pt type, wider than a word space), a status
    phrase 'On track' from 230.4."""
    words = []
    for r in range(rows):
        end = 156.7 if r % 2 else 120.0
        words += [_w("Agree", 57.6, r, 30.0), _w("plan", 90.0, r, end - 90.0)]
        words += [_w("Kevin", 160.2, r, 30.0), _w("On", 230.4, r, 12.0), _w("track", 245.0, r, 25.0)]
    return words


def test_both_rules_find_the_columns_a_narrow_gap_hides():
    lines = group_lines(_log())
    for rule in (PADDED, SHEET):
        xs = [round(s.x, 1) for s in find_starts(lines, rule, gap=3.2)]
        assert 160.0 <= xs[1] <= 160.5, rule  # the owner's start, 3 pt after the action's text
        assert xs[0] == 57.5 or xs[0] == 57.6


def test_a_phrase_s_second_word_starts_no_column_where_the_rule_asks_for_an_opening_gap():
    """'track' starts at one x on every row, 2.4 pt after 'On': a start for a rule that takes any
    cell gap (the padded table's, 2.0 pt here), none for the sheet's, which asks that some word
    there follow more than half the type height."""
    lines = group_lines(_log())
    assert any(abs(s.x - 245.0) <= 0.5 for s in find_starts(lines, PADDED, gap=2.0))
    assert not any(abs(s.x - 245.0) <= 0.5 for s in find_starts(lines, SHEET, gap=2.0))


def test_words_running_across_a_start_refuse_it_under_the_padded_rule_only():
    """A line of prose running across the owner's start: the padded rule counts the crossing word
    against the start; the sheet's rule (cells wrap inside their column) does not ask."""
    words = _log() + [_w("A sentence running right across the columns", 57.6, 5, 250.0)]
    lines = group_lines(words)
    strict = replace(PADDED, crossing_share=0.0)
    assert not any(abs(s.x - 160.2) <= 1 for s in find_starts(lines, strict, gap=3.2))
    assert any(abs(s.x - 160.2) <= 1 for s in find_starts(lines, SHEET, gap=3.2))
    (owner,) = [s for s in find_starts(lines, SHEET, gap=3.2) if abs(s.x - 160.2) <= 1]
    assert owner.crossing == 1 and owner.lines == 4 and owner.clear == 4


def test_a_reading_carries_its_bounds_confidence_and_evidence():
    reading = read_columns(group_lines(_log()), [], 56.0, 280.0, min_columns=3)
    assert reading is not None
    # A bound one point left of each start, the starts on the sheet's half-point grid.
    assert [round(b, 1) for b in reading.bounds] == [56.0, 159.0, 229.5, 280.0]
    assert reading.confidence == 1.0  # every cell start lies on a found start
    assert any(e.startswith("start 160.0") for e in reading.evidence)


def test_cells_that_start_anywhere_lower_the_confidence():
    """Two rows whose owner starts off the column (a ragged list): the reading still finds the
    three columns from the other rows, with less confidence."""
    words = _log(6)
    words += [_w("Kevin", 175.0, 6, 30.0), _w("Kevin", 182.0, 7, 30.0)]
    words += [_w("Agree", 57.6, 6, 30.0), _w("Agree", 57.6, 7, 30.0)]
    reading = read_columns(group_lines(words), [], 56.0, 280.0, min_columns=3)
    assert reading is not None and len(reading.bounds) == 4
    assert 0.8 < reading.confidence < 1.0


def test_lines_with_no_shared_starts_give_no_reading():
    words = [_w("word", 57.6 + 13 * k, k, 20.0) for k in range(6)]
    assert read_columns(group_lines(words), [], 56.0, 280.0, min_columns=2) is None

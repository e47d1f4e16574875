"""Layout failures seen on published plans (issue 12): link underlines taken as row rules, footnotes closing a table.

The fixtures are drawn by tests/fixtures/make_layoutfix_fixtures.py; the tests run the whole
per-document pipeline and compare every action with the rows drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.geometry import Segment, Word
from extractors.layout.underlines import drop_underlines
from tests.fixtures import make_layoutfix_fixtures as mk
from tests.helpers import assert_matches_generator, read_fields

HERE = Path(__file__).parent / "fixtures" / "layoutfix"


@pytest.mark.parametrize("fx", mk.FIXTURES, ids=lambda fx: fx.name)
def test_fixture_matches_its_generator(fx, tmp_path):
    """The committed PDF is what the script draws today (invariant=1 makes it byte-stable)."""
    assert_matches_generator(mk, fx, HERE, tmp_path)


def _read(name: str) -> list[dict]:
    return read_fields(HERE / name, mk.EXPECTED[name][0])


def test_link_underlines_are_no_row_rules():
    """Every row once, its evidence cell whole: the rules under the links do not split it."""
    assert _read("layoutfix-link-underlines.pdf") == mk.EXPECTED["layoutfix-link-underlines.pdf"]


def _word(text: str, x0: float, x1: float, top: float = 100.0, bottom: float = 110.0) -> Word:
    return Word(text, x0, top, x1, bottom)


def test_an_underline_is_dropped_and_a_row_rule_kept():
    words = [_word("Data", 50, 70), _word("register", 72, 110)]
    underline = Segment(108.5, 50, 110)  # just under the baseline, as wide as the words
    row_rule = Segment(113.0, 40, 300)  # below the line with padding, across the cell
    short_rule_below = Segment(114.0, 50, 110)  # as wide as the words but a padding away
    strike = Segment(104.0, 50, 110)  # through the middle of the words
    kept = drop_underlines([underline, row_rule, short_rule_below, strike], words)
    assert kept == [row_rule, short_rule_below, strike]


def test_a_rule_wider_than_the_words_above_it_is_kept():
    """A cell's bottom rule that happens to touch a line's descenders runs past its words."""
    words = [_word("Done", 50, 75)]
    assert drop_underlines([Segment(109.0, 45, 140)], words) == [Segment(109.0, 45, 140)]


def test_zebra_commitments_start_at_the_unshaded_first_row():
    """A headerless zebra list: the unshaded first row is read, and the wrapped tail line
    'budget. | Officer | starts in January.' is no header row."""
    name = "layoutfix-zebra-commitments.pdf"
    assert _read(name) == mk.EXPECTED[name]


def _line(*cells: str, top: float = 100.0, height: float = 8.5, gap: float = 40.0) -> list[Word]:
    """Words of one line, a cell's words 3 pt apart and cells `gap` apart."""
    out, x = [], 40.0
    for cell in cells:
        for text in cell.split():
            out.append(Word(text, x, top, x + 6 * len(text), top + height))
            x += 6 * len(text) + 3
        x += gap
    return out


@pytest.mark.parametrize(
    ("line", "above", "tail"),
    [
        # a cell ending a sentence: no header, whatever its words name
        (("budget.", "Officer", "starts in January."), ("Annex B",), True),
        # at the leading of a row line above it, no rule between: the row's wrapped tail
        (
            ("budget", "Officer", "starts"),
            ("P3 We will set up a panel", "Community Engagement", "October"),
            True,
        ),
        # a header under a title: a gap apart
        (("Lead Officer", "Target date", "Progress"), ("Our pledges to residents",), False),
        # a header whose cells wrap: the line above is header words too
        (("Officer", "date", "update"), ("Lead", "Target", "Progress"), False),
        # abbreviations a header prints are no sentence end
        (("Ref.", "Action", "Lead Officer", "Target date"), ("Our pledges",), False),
    ],
)
def test_a_row_tail_is_no_header(line, above, tail):
    from extractors.layout.headers import row_tail

    upper = _line(*above, top=89.0)
    assert row_tail(_line(*line), upper, []) is tail


def test_sections_keep_their_area_after_a_page_with_no_header():
    """A spreadsheet printed without print titles: page 2's headerless grid carries on the table,
    its first row (inside the top margin) is read, and the sections below it give the area."""
    name = "layoutfix-sections-no-titles.pdf"
    assert _read(name) == mk.EXPECTED[name]


def test_a_borderless_row_broken_in_the_foot_margin_is_whole():
    """The last row of page 1 starts below the share kept for footers (narrow margins): its
    lines are read and the rest of it on page 2 joins them."""
    name = "layoutfix-foot-margin.pdf"
    assert _read(name) == mk.EXPECTED[name]


def test_a_header_with_words_broken_mid_word_heads_the_whole_table():
    """'Responsibl' / 'e officer': the header is read from its cells' joined words, so the table
    is one, whatever the long progress cells do to the columns' alignment."""
    name = "layoutfix-broken-header.pdf"
    assert _read(name) == mk.EXPECTED[name]


def test_a_headerless_list_runs_into_the_foot_margin():
    """Rows in aligned columns down into the foot of the page, the last one with no rule under it."""
    name = "layoutfix-rules-to-foot.pdf"
    assert _read(name) == mk.EXPECTED[name]


def test_a_section_row_above_a_row_cut_by_the_page_break_is_inside_the_table():
    """The last ruled band of page 1 is a section row and the row under it has no rule yet (the
    page break cuts it): the section row is no title under the table, and the row runs on."""
    name = "layoutfix-section-before-break.pdf"
    assert _read(name) == mk.EXPECTED[name]


def test_footnotes_under_a_table_do_not_close_it():
    """Page 1's footnotes (a separator rule, small type, note marks) are no text after the table:
    page 2's headerless grid with the same columns carries it on."""
    name = "layoutfix-footnotes.pdf"
    assert _read(name) == mk.EXPECTED[name]


def test_small_type_without_a_mark_or_separator_is_text():
    """A smaller line under a table that opens with no note mark and no separator (a source line,
    a caption) is still text after it."""
    from extractors.layout.furniture import without_footnotes

    note = [_word("Source:", 40, 70, 700, 707), _word("survey", 72, 100, 700, 707)]
    assert without_footnotes(note, 10.0, [], 595.0) == note
    marked = [_word("1", 40, 43, 698, 703), _word("Available", 46, 90, 700, 707)]
    assert without_footnotes(marked, 10.0, [], 595.0) == []

"""A log with no header row and no rules (issue 12 item 2): the triage sees its numbered, dated action rows, the decision takes numbered rows with owners and dates, and section headings read as titles give the area."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractors.action_decision import decide
from extractors.action_lines import dated_action_rows
from extractors.core import Fragment, LogicalRow, PageTable, StitchedTable
from extractors.locate_tables import PageSignals, is_candidate, page_signals
from extractors.numbered_sections import section_areas
from extractors.role_model import assign
from extractors.table_titles import title_as_first_section

MATRIX = Path(__file__).resolve().parent / "fixtures" / "matrix"

# pdfium's text of a headerless log printed without rules: cell by cell, row after row.
LOG_TEXT = """Start well
1 Agree a shared measure of school
readiness with the early years
Director of Public
Health
December
2025
Measure drafted with two settings.
2 Offer a health visitor contact to
every family at twelve months.
Health Visiting
Service
March 2026 Contact rate is 81% against a target of
Live well
3 Run a targeted campaign on
smoking in pregnancy.
Public Health
November 2025
Campaign materials approved."""

# A report's numbered recommendations: the same openings, no dates beside them.
RECOMMENDATIONS = """Recommendations
40. Refresh and re-launch the recruitment strategy to increase the number of adopters
with complex needs and for larger sibling groups.
41. Ensure that all pathway plans are up to date, are of good quality.
42. Ensure that all care leavers receive a copy of their health records.
43. Review the guidance given to carers.
The inspection was carried out under section 136 of the Education and Inspections Act 2006."""


def test_numbered_action_rows_with_dates_are_counted_and_recommendations_are_not():
    assert dated_action_rows(LOG_TEXT) == 3
    # The year in the closing sentence is more than a row away from the numbered items but the
    # last: only that one item counts, far below the three a candidate needs.
    assert dated_action_rows(RECOMMENDATIONS) <= 1
    assert dated_action_rows("1 Meeting of the group\nMay 2026\n2 Minutes of the last\nJune 2026") == 0


def test_a_page_of_numbered_dated_action_rows_is_a_candidate():
    bare = PageSignals(families=0, paths=0, chars=500, images=0, grid=False, heading=None)
    assert not is_candidate(bare)
    assert is_candidate(PageSignals(0, 0, 500, 0, False, None, action_rows=3))
    assert not is_candidate(PageSignals(0, 0, 500, 0, False, None, action_rows=2))


@pytest.mark.parametrize("stem", ["themes--docx-hrules", "themes--html-zebra-rowspan"])
def test_the_unruled_headerless_fixtures_are_candidates_by_their_rows(stem):
    doc = pdfium.PdfDocument(str(MATRIX / f"{stem}.pdf"))
    try:
        sig = page_signals(doc[0])
    finally:
        doc.close()
    assert sig.families < 3 and not sig.heading and sig.action_rows >= 3
    assert is_candidate(sig)


COLS = [
    ["1", "2", "3", "4"],
    ["Agree a shared measure", "Offer a contact to every family", "Run a campaign", "Map the take-up"],
    [
        "Director of Public Health",
        "Health Visiting Service",
        "Public Health Consultant",
        "Public Health Analyst",
    ],
    ["December 2025", "March 2026", "November 2025", "October 2025"],
    [
        "Measure drafted with two settings.",
        "Contact rate is 81% against a target of 95%.",
        "Campaign materials approved in September.",
        "Mapping shared with the Board in October.",
    ],
]


def _decide(cols, ruled):
    roles = assign([None] * len(cols), cols)
    return decide([r.role for r in roles], [r.confidence for r in roles], cols, ruled=ruled)


def test_numbered_rows_with_owner_and_date_are_an_action_table_without_rules():
    assert _decide(COLS, ruled=True).is_action
    d = _decide(COLS, ruled=False)
    assert d.is_action, d.describe()
    # Without the refs, columns set by whitespace alone prove less: no heading, no status, out.
    d = _decide(COLS[1:], ruled=False)
    assert not d.is_action, d.describe()


def _table(title, sections, headers=(None, None)):
    frag = PageTable(1, 0, 100, 500, 400, [(0, 250), (250, 500)], list(headers), [], "aligned", title=title)
    frag.sections = sections
    return StitchedTable([frag], list(headers), ["action", "lead"])


def test_a_title_that_reads_as_a_section_is_the_first_rows_area():
    assert title_as_first_section(_table("Start well", [(200.0, "Live well")])) == "Start well"
    # No section inside the table: the title names the table (a log printed one table per section).
    assert title_as_first_section(_table("Start well", [])) is None
    # A title naming the genre, a lead-in, or a table with a header row keeps it a title.
    assert title_as_first_section(_table("Action log", [(200.0, "Live well")])) is None
    assert title_as_first_section(_table("Actions agreed:", [(200.0, "Live well")])) is None
    assert title_as_first_section(_table("Start well", [(200.0, "Live well")], ("Action", "Lead"))) is None


def _grid(title, refs):
    frag = PageTable(1, 0, 100, 500, 400, [(0, 40), (40, 500)], [None, None], [], "ruled", title=title)
    table = StitchedTable([frag], [None, None], ["ref", "action"])
    table.rows = [
        LogicalRow(
            [[Fragment(1, 0, 0, 40, 10, r)], [Fragment(1, 40, 0, 500, 10, "Agree the plan")]], [False] * 2
        )
        for r in refs
    ]
    return table


def test_section_grids_whose_numbering_runs_on_give_their_titles_as_area():
    group = [_grid("Start well", ["1", "2"]), _grid("Live well", ["3", "4", "5"]), _grid("Age well", ["6"])]
    assert sorted(section_areas(group).values()) == ["Age well", "Live well", "Start well"]
    # Numbering restarts in each grid, or no refs: separate small tables, titles stay titles.
    assert section_areas([_grid("Start well", ["1", "2"]), _grid("Live well", ["1", "2"])]) == {}
    assert section_areas([_grid("Start well", ["", ""]), _grid("Live well", ["", ""])]) == {}
    # A title that names the table, not a section.
    assert section_areas([_grid("Action log", ["1", "2"]), _grid("Live well", ["3"])]) == {}
    assert section_areas([_grid("Start well", ["1", "2"])]) == {}

"""Minutes' action logs: what is to be done written in the passive, and section rows that only date their rows (extractors.column_evidence, extractors.heading_rows)."""

from __future__ import annotations

import pytest

from extractors.column_evidence import is_action
from extractors.heading_rows import is_dated_heading
from extractors.role_model import assign


@pytest.mark.parametrize(
    "text",
    [
        "Further information to be provided on staffing ratios",
        "Date to be agreed for the workshop",
        "Report to be brought to the next meeting",
        "Safeguarding training to be undertaken at the away day",
    ],
)
def test_what_is_to_be_done_in_the_passive_is_an_action(text):
    assert is_action(text)


@pytest.mark.parametrize(
    "text", ["Further discussion was held", "The report has been circulated widely", "Housing"]
)
def test_what_happened_is_no_action(text):
    assert not is_action(text)


def test_a_headerless_log_written_in_the_passive_has_an_action_column():
    actions = [
        "Further information to be provided on staffing ratios",
        "Date to be agreed for the workshop",
        "Report to be brought to the next meeting",
        "Revised policy to be circulated to members",
    ]
    owners = ["MW", "JB", "MW/YO", "KP"]
    dates = ["June", "30 Sept", "17.7.12", "13 Nov"]
    assert [r.role for r in assign([None, None, None], [actions, owners, dates])] == [
        "action",
        "lead",
        "deadline",
    ]


@pytest.mark.parametrize(
    "text, dated",
    [
        ("May 2012", True),
        ("Meeting of 14 March 2012", True),
        ("April 2 012", True),  # a sheet print splits the year
        ("Board meeting 12/03/2024", True),
        ("Housing", False),
        ("Q1 priorities", False),
        ("Summer 2024 programme", False),
        ("Ongoing", False),
    ],
)
def test_a_section_row_that_only_dates_its_rows_names_no_area(text, dated):
    assert is_dated_heading(text) is dated

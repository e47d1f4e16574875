"""A sign-off form printed in the action table's grid, under its own section heading, is dropped; a last section of actions stays."""

from __future__ import annotations

from extractors.form_sections import drop_form_section


def _rows(*pairs):
    return [{"area": area, "action": action} for area, action in pairs]


ACTIONS = (
    (None, "Keep one morning session a week at each branch for older readers."),
    (None, "Publish the new hours in large print and community languages."),
    (None, "Monitor visits by age group for six months and review the impact."),
)


def test_a_trailing_form_section_is_dropped():
    rows = _rows(
        *ACTIONS,
        ("Section 5: Sign-off", "Assessment completed by"),
        ("Section 5: Sign-off", "Approved by Date approved"),
        ("Section 5: Sign-off", "Date of next review"),
    )
    assert [r["action"] for r in drop_form_section(rows)] == [a for _, a in ACTIONS]


def test_a_last_section_of_actions_or_of_short_action_titles_stays():
    rows = _rows(
        *ACTIONS, ("Age well", "Agree a falls prevention pathway"), ("Age well", "Extend befriending")
    )
    assert drop_form_section(rows) == rows
    # Rows above that do not read as actions: nothing says the tail is a different kind of row.
    rows = _rows(("A", "Staff training"), ("A", "Case audits"), ("B", "Supervision"), ("B", "Caseloads"))
    assert drop_form_section(rows) == rows

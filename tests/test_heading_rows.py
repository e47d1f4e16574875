"""Headers naming the ref and the action over one column, and heading rows the parser saw as rows of one cell."""

from __future__ import annotations

from extractors.heading_rows import fold_heading_rows
from extractors.role_model import assign
from extractors.select_actions import FIELD_OF_ROLE

ACTIONS = [
    "01 Circulate the revised prevention protocol to partner agencies for comment.",
    "02 Bring a report on the use of the prevention fund to the next meeting.",
    "03 Agree a joint referral route with the probation service for people leaving custody.",
]
OWNERS, DUE, STATUS = (
    ["KP", "Sarah Okafor", "KP / DL"],
    ["June 2025", "September 2025", "December 2025"],
    [
        "Complete",
        "Complete",
        "On track",
    ],
)


def test_a_header_naming_ref_and_action_over_sentences_heads_the_action():
    roles = assign(["No. Action", "Owner", "Due", "Status"], [ACTIONS, OWNERS, DUE, STATUS])
    assert [r.role for r in roles] == ["action", "lead", "deadline", "progress"]
    # Over short numbers the same words head the ref.
    roles = assign(["No. Action", "Action", "Owner"], [["01", "02", "03"], ACTIONS, OWNERS])
    assert [r.role for r in roles] == ["ref", "action", "lead"]


def _record(ref, action, lead=None, deadline=None, progress=None) -> dict:
    rec = {f: None for f in FIELD_OF_ROLE.values()}
    rec.update(ref=ref, action=action, lead=lead, deadline_raw=deadline, progress=progress, other=None)
    return rec


def test_a_row_of_one_short_phrase_among_numbered_filled_rows_is_the_area_of_the_rows_below():
    rows = [
        _record(None, "Homelessness prevention"),
        *(_record(f"0{i + 1}", ACTIONS[i][3:], OWNERS[i], DUE[i], STATUS[i]) for i in range(2)),
        _record(None, "Temporary accommodation"),
        _record("03", ACTIONS[2][3:], OWNERS[2], DUE[2], STATUS[2]),
    ]
    for i, r in enumerate(rows):
        r["row_index"] = i
    out = fold_heading_rows(rows, has_area=False)
    assert [(r["ref"], r["area"], r["row_index"]) for r in out] == [
        ("01", "Homelessness prevention", 0),
        ("02", "Homelessness prevention", 1),
        ("03", "Temporary accommodation", 2),
    ]


def test_rows_of_a_log_without_numbers_are_all_actions():
    # An action log with no refs and no other cells filled (a list of actions) keeps every row.
    rows = [_record(None, "Publish the minutes"), _record(None, "Agree the budget", "KP")]
    assert fold_heading_rows(rows, has_area=False) == rows
    # A sentence with no other cell is an action with nothing filled in yet, not a heading.
    rows = [
        _record("1", ACTIONS[0][3:], "KP", "June"),
        _record("2", ACTIONS[1][3:], "MH"),
        _record(None, "Review it."),
    ]
    assert len(fold_heading_rows(rows, has_area=False)) == 3


def test_a_heading_read_as_the_last_row_names_what_follows_and_is_dropped():
    rows = [
        {"ref": None, "action": a, "lead": "Communications Officer", "row_index": i}
        for i, a in enumerate(("Publish the new hours", "Keep one morning session", "Monitor visits"))
    ]
    heading = {"ref": None, "action": "Section 5: Sign-off", "lead": None, "row_index": 3}
    assert fold_heading_rows([*rows, heading], has_area=False) == rows
    # Under rows that fill nothing else, a short last row may be an action like the others.
    bare = [{**r, "lead": None} for r in rows]
    assert fold_heading_rows([*bare, heading], has_area=False) == [*bare, heading]


GROUP = (
    "Make sure that every child in care has a health assessment on time and that its actions are followed up"
)


def test_a_numbered_row_with_only_a_name_over_rows_numbered_from_it_is_their_group():
    """'2 | <name> | | |' over '2.1', '2.2': the group's name (a whole sentence here) is the
    area of the rows below and no action; the rows keep their own numbers."""
    rows = [
        _record("1", "Timeliness of assessments"),
        _record("1.1", ACTIONS[0][3:], OWNERS[0], DUE[0], STATUS[0]),
        _record("2", GROUP),
        _record("2.1", ACTIONS[1][3:], OWNERS[1], DUE[1], STATUS[1]),
        _record("2.2", ACTIONS[2][3:], OWNERS[2], DUE[2], STATUS[2]),
    ]
    for i, r in enumerate(rows):
        r["row_index"] = i
    out = fold_heading_rows(rows, has_area=False)
    assert [(r["ref"], r["area"], r["row_index"]) for r in out] == [
        ("1.1", "Timeliness of assessments", 0),
        ("2.1", GROUP, 1),
        ("2.2", GROUP, 2),
    ]


def test_a_numbered_row_not_numbering_the_next_one_stays_an_action():
    # '1' then '10' are two numbers, not a group and its row; '3' then '4.1' the same; and a row
    # that fills another cell is an action whatever follows it.
    for first, second in (("1", "10"), ("3", "4.1")):
        rows = [
            _record(first, "Publish the minutes"),
            _record(second, ACTIONS[0][3:], OWNERS[0], DUE[0], STATUS[0]),
            _record("11", ACTIONS[1][3:], OWNERS[1], DUE[1], STATUS[1]),
        ]
        assert len(fold_heading_rows(rows, has_area=False)) == 3
    rows = [
        _record("2", "Publish the minutes", "KP"),
        _record("2.1", ACTIONS[0][3:], OWNERS[0], DUE[0], STATUS[0]),
    ]
    assert len(fold_heading_rows(rows, has_area=False)) == 2

"""Header words that mislead, and the cells that overrule them (extractors.role_model, header_yields, column_evidence).

Real plans head a column of who acts 'Action', the action 'Relevant Item' or 'Governance Issue',
a priority level 'Priority', percentages 'Progress %', and leave the first column of departments
unheaded. The committed renders in tests/fixtures/misleading are bench/matrix_headers.py's two
invented plans of this kind ('actionpoints': a parish council's action points with full-width
section rows; 'governance': an annual governance statement's action plan) through real producers;
the gold beside each is generated from that content.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.devset_score import score_document
from bench.render_matrix import gold_for
from extractors.column_evidence import is_action, is_narrative, measure
from extractors.heading_rows import fold_heading_rows
from extractors.role_model import assign
from pipeline.context import StageConfig
from pipeline.process import process_document

ACTIONS = [
    "Report the blocked drain on Station Road to the highway authority.",
    "Obtain quotes for repainting the bus shelter.",
    "Write to the landowner about the overgrown footpath.",
    "Arrange the annual inspection of the play equipment.",
]
WHO = ["Clerk", "Clerk + Cllr Smith", "Cllr Jones", "RFO / Chair"]
DATES = ["October 2025", "November 2025", "31/12/2025", "March 2026"]
LEVELS = ["H", "M", "M", "L"]
PERCENT = ["100%", "50%", "25%", "0%"]
DEPARTMENTS = ["Corporate Services", "Corporate Services", "Human Resources", "ICT Services"]


def roles(headers, columns):
    return [r.role for r in assign(headers, columns)]


def test_a_column_headed_action_that_names_who_acts_is_the_lead():
    assert roles(["Item", "Action", "Target"], [ACTIONS, WHO, DATES]) == ["action", "lead", "deadline"]
    decided = assign(["Item", "Action", "Target"], [ACTIONS, WHO, DATES])
    # The evidence says which part decided: the cells, not the header word.
    assert "content lead" in decided[1].evidence and "header" not in decided[1].evidence


def test_an_action_column_of_sentences_keeps_its_header():
    # The same header over what will be done stays the action; names beside it are the lead.
    assert roles(["Action", "Who"], [ACTIONS, WHO]) == ["action", "lead"]
    # One name under 'Action' says too little to overrule the header.
    assert roles(["Action", "Due"], [["Clerk"], ["May 2026"]])[0] == "action"


@pytest.mark.parametrize("header", ["Item", "Agenda Item", "Relevant Item"])
def test_an_item_header_over_sentences_is_the_action(header):
    assert roles([header, "Lead", "Due"], [ACTIONS, WHO, DATES])[0] == "action"
    # Beside no deadline, progress or rating the items are a meeting's business, not actions.
    assert roles([header, "Cabinet member", "Officers"], [ACTIONS, WHO, WHO])[0] != "action"
    # Over numbers it is still the ref.
    assert roles([header, "Action", "Lead"], [["1", "2", "3", "4"], ACTIONS, WHO])[0] == "ref"


def test_a_priority_level_is_neither_a_group_a_rating_nor_a_lead():
    assert roles(["Action", "Lead", "Priority"], [ACTIONS, WHO, LEVELS])[2] == "other"
    assert (
        roles(["Action", "Lead", "Priority"], [ACTIONS, WHO, ["High", "Medium", "Low", "High"]])[2] == "other"
    )
    # Without a header a column of H/M/L is no column of initials.
    assert roles([None, None, None], [ACTIONS, LEVELS, DATES])[1] == "other"


def test_percentages_are_progress():
    assert roles(["Action", "Lead", "Progress %"], [ACTIONS, WHO, PERCENT])[2] == "progress"
    assert roles([None, None, None, None], [ACTIONS, WHO, DATES, PERCENT]) == [
        "action",
        "lead",
        "deadline",
        "progress",
    ]
    assert measure(["100% complete", "75 %", "Not started"]).get("percent") == pytest.approx(2 / 3)


def test_an_unheaded_column_of_departments_is_the_lead_unless_another_names_it():
    assert roles([None, "Governance Issue", "Timescale"], [DEPARTMENTS, ACTIONS, DATES])[0] == "lead"
    # Beside a column of people, the departments repeated down the rows group the actions.
    people = ["Jo Bloggs", "Sam Patel", "Ann Lee", "Raj Singh"]
    grouped = ["Corporate Services"] * 3 + ["Human Resources"]
    assert roles([None, None, None, None], [grouped, ACTIONS, people, DATES])[:3] == [
        "area",
        "action",
        "lead",
    ]


def test_one_value_on_every_row_under_a_header_naming_nothing_is_no_role():
    everyone = ["All", "All", "All", "All"]
    assert roles(["Action", "Characteristics affected", "Due"], [ACTIONS, everyone, DATES])[1] == "other"
    # Without a header, or with values that differ, the cells still speak.
    assert roles(["Action", None, "Due"], [ACTIONS, everyone, DATES])[1] == "lead"
    assert roles(["Action", "Characteristics affected", "Due"], [ACTIONS, WHO, DATES])[1] == "lead"


def test_a_ref_printed_in_front_does_not_hide_the_verb():
    assert is_action("2.3.ii. Appoint a national adviser for the centres")
    assert is_action("12 - Develop the protocol")
    assert not is_action("14 – External Bodies (May 2020)")


def test_what_is_to_be_done_is_no_narrative():
    assert not is_narrative("Safeguarding training to be undertaken on Board time out")
    assert not is_narrative("Further information will be provided on nurse to bed ratio")
    assert is_narrative("Safeguarding training was undertaken on Board time out")


def _rec(action, lead=None, due=None, progress=None):
    return {
        "action": action,
        "lead": lead,
        "deadline_raw": due,
        "progress": progress,
        "ref": None,
        "area": None,
    }


def test_section_rows_divide_a_log_that_numbers_nothing():
    recs = [
        _rec("Highways and footpaths"),
        _rec(ACTIONS[0], "Clerk", "October 2025", "100%"),
        _rec(ACTIONS[1], "Cllr Jones", "November 2025", "50%"),
        _rec("Finance"),
        _rec(ACTIONS[2], "RFO", "31/12/2025", "0%"),
    ]
    out = fold_heading_rows([dict(r) for r in recs], has_area=False)
    assert [r["area"] for r in out] == ["Highways and footpaths", "Highways and footpaths", "Finance"]
    assert [r["row_index"] for r in out] == [0, 1, 2]
    # A lone phrase that reads as an action is no heading (a row whose other cells were lost) ...
    acting = [dict(r) for r in recs]
    acting[3] = _rec("Review the precept")
    assert len(fold_heading_rows(acting, has_area=False)) == 5
    # ... nor is a lone phrase among rows that fill one cell beside the action.
    thin = [dict(r, deadline_raw=None, progress=None) if r["lead"] else dict(r) for r in recs]
    assert len(fold_heading_rows(thin, has_area=False)) == 5


MISLEADING = Path(__file__).resolve().parent / "fixtures" / "misleading"
STEMS = sorted(p.stem for p in MISLEADING.glob("*.pdf"))


def read_gold(stem: str) -> list[dict]:
    return [
        json.loads(x) for x in (MISLEADING / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines() if x
    ]


@pytest.mark.parametrize("stem", STEMS)
def test_the_gold_is_the_shapes_content(stem):
    assert read_gold(stem) == gold_for(stem)


@pytest.mark.parametrize("stem", STEMS)
def test_a_plan_whose_headers_mislead_is_read_from_its_cells(stem):
    acts = process_document(MISLEADING / f"{stem}.pdf", StageConfig(strict=True)).actions
    s = score_document(read_gold(stem), acts)
    assert s.recall == 1.0 and s.precision == 1.0, (stem, s.recall, s.precision)
    for name in ("area", "action", "lead", "deadline_raw", "progress"):
        assert s.accuracy(name) == 1.0, (stem, name, s.accuracy(name))
    # No rating printed or given ('actionpoints'), or a 'Yes' under 'Achieved?' ('governance').
    assert s.accuracy("rag") in (None, 1.0), (stem, s.accuracy("rag"))

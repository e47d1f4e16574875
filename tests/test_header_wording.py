"""Headers as plans word them: modifiers, compound labels, codes, groupings, dates of events (extractors.header_lexicon, extractors.header_yields).

The committed renders in tests/fixtures/wording are bench/matrix_headers.py's invented improvement
plan ('Action code' / 'Key project' / 'Key milestones / actions' / 'Lead officer / owner' /
'Agreed completion date' / 'Exec date' / 'Monitoring & Reporting') through real producers; the
gold beside each is generated from that content.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.devset_score import score_document
from bench.render_matrix import gold_for
from extractors.action_decision import decide
from extractors.header_lexicon import is_event_date, role_of, role_scores
from extractors.role_model import assign
from pipeline.context import StageConfig
from pipeline.process import process_document

MILESTONES = [
    "Gather views from every tenants' group on the repairs service.",
    "Standardise the satisfaction card sent after each repair.",
    "Organise a tenants' conference on the allocations policy.",
    "Review the complaints procedure with the tenants' panel.",
]
DATES = ["August 2026", "June 2026", "October 2026", "March 2027"]
PEOPLE = ["Ann Jones", "Raj Singh", "Raj Singh", "Mo Evans"]
FORUMS = ["Service work plan", "Housing Board", "SMT", "Tenants' Forum"]
GROUP = ["Tenants' views shape the service"] * 2 + ["Complaints are learnt from"] * 2
DISTINCT = [
    "To cut the time tenants wait for an emergency repair.",
    "To deliver the approved estate strategy on time.",
    "To meet the new duties on complaints handling.",
    "To keep every tenancy sustained through the first year.",
]


def roles(headers, columns):
    return [r.role for r in assign(headers, columns)]


@pytest.mark.parametrize(
    "header",
    ["Key Milestones", "Main actions", "Specific actions", "Detailed actions", "Action description"],
)
def test_a_modifier_does_not_dilute_the_word_that_names_the_column(header):
    role, conf = role_of(header)
    assert role == "action" and conf >= 0.7


def test_phrases_that_hold_a_modifier_keep_it():
    assert role_scores("Key date") == {"deadline": 1.0}
    assert role_of("Proposed completion date") == ("deadline", 1.0)
    # A modifier alone names nothing.
    assert role_scores("Key") == {} and role_scores("Main") == {}


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Actions / Milestones", "action"),
        ("Monitoring & Reporting", "monitoring"),
        ("Lead / Owner", "lead"),
        ("Lead officer or owner", "lead"),
        ("Lead Officer/EM", "lead"),
        ("Progress and update", "progress"),
    ],
)
def test_a_compound_header_names_what_its_best_label_names(header, role):
    assert role_of(header) == (role, 1.0)


def test_slashes_that_join_no_labels_are_read_as_before():
    assert role_of("R/A/G") == ("rag", 1.0)
    assert role_of("Responsible Party/ies")[0] == "lead"
    # 'to date' qualifies the whole header: no label of it is a date column.
    assert "deadline" not in role_scores("Action taken or planned to date")


def test_an_action_code_is_the_ref_and_the_key_project_groups_the_actions():
    assert role_of("Action Code") == ("ref", 1.0)
    projects = ["Increase kerbside recycling"] * 2 + ["Cut the council's carbon use"] * 2
    codes = ["ENV01_A", "ENV01_B", "ENV02_A", "ENV02_B"]
    priority = ["P", "P", "I", "I"]
    headers = ["Key project", "Action Code", "Action description", "Due Date", "Responsible for", "Priority"]
    got = roles(headers, [projects, codes, MILESTONES, DATES, FORUMS, priority])
    # One-letter classes ('P', 'I') are no area, whatever 'Priority' names elsewhere.
    assert got == ["area", "ref", "action", "deadline", "lead", "other"]
    # Priorities written in words still are the area.
    themes = ["Clean streets"] * 2 + ["Safer estates"] * 2
    assert roles(["Priority", "Action", "Lead", "Due"], [themes, MILESTONES, PEOPLE, DATES])[0] == "area"


IMPROVEMENT_PLAN = [
    "Ref No.",
    "Improvement",
    "Key Milestones",
    "Target Dates",
    "Responsible Person",
    "Monitoring & Reporting",
    "Consultation",
]


def test_an_improvement_plan_without_a_status_column_is_an_action_table():
    refs = ["HS1"] * 2 + ["HS2"] * 2
    consult = ["Service users", "Service users and partners", "Staff", "Service users"]
    columns = [refs, GROUP, MILESTONES, DATES, PEOPLE, FORUMS, consult]
    decided = assign(IMPROVEMENT_PLAN, columns)
    got = [d.role for d in decided]
    assert got == ["ref", "area", "action", "deadline", "lead", "monitoring", "other"]
    d = decide(got, [d.confidence for d in decided], columns, headers=IMPROVEMENT_PLAN)
    assert d.is_action, d.reasons


@pytest.mark.parametrize(
    "header", ["Exec Date", "Cabinet date", "Board date", "Decision date", "Update date"]
)
def test_a_date_named_by_the_body_that_met_on_it_is_no_deadline(header):
    assert is_event_date(header) and role_scores(header) == {}


RECS = [
    "That the council publishes its response within three months.",
    "That officers report the pilot's results to this committee.",
    "That the Executive considers a second phase of the scheme.",
    "That ward members are briefed before each consultation.",
]
MEETINGS = ["12/03/25", "12/03/25", "04/06/25", "04/06/25"]
EXEC = ["01/04/25", "01/04/25", "01/07/25", "01/07/25"]


def test_a_plain_date_before_the_recommendation_in_a_table_of_meetings_is_no_deadline():
    headers = ["Reference", "Origin", "Date", "Recommendation", "Exec Date", "Lead", "Action taken"]
    origin = ["CSC", "CSC", "HSC", "HSC"]
    got = roles(headers, [["1", "2", "3", "4"], origin, MEETINGS, RECS, EXEC, PEOPLE, MILESTONES])
    assert "deadline" not in got and got[1] != "lead" and got[3] == "action"


def test_a_plain_date_after_the_action_stays_the_deadline_beside_a_meeting_date():
    # An action log from meetings: the meeting's date, then what is to be done by when.
    headers = ["Meeting date", "Action", "Owner", "Date"]
    assert roles(headers, [MEETINGS, MILESTONES, PEOPLE, DATES]) == ["other", "action", "lead", "deadline"]


@pytest.mark.parametrize("header", ["Select Committee", "Origin"])
def test_the_committee_a_recommendation_came_from_is_not_its_area(header):
    committee = ["Economic Development Select Committee"] * 2 + ["Housing and Planning Select Committee"] * 2
    got = roles([header, "Recommendation", "Lead", "Target date"], [committee, RECS, PEOPLE, DATES])
    assert got == ["source_ref", "action", "lead", "deadline"]
    # A committee named as the one that leads is the lead.
    assert role_of("Responsible committee")[0] == "lead"


def test_an_objective_of_its_own_on_every_row_is_the_outcome_a_shared_one_the_area():
    headers = ["Project", "Objective", "Forecast end date"]
    projects = ["Estate strategy", "Digital front door", "Complaints reform", "Tenancy support"]
    assert roles(headers, [projects, DISTINCT, DATES]) == ["action", "outcome", "deadline"]
    assert roles(["Objective", "Action", "Lead", "Due"], [GROUP, MILESTONES, PEOPLE, DATES])[0] == "area"
    # Printed before the actions, an objective of each row's own still names what the action serves.
    assert roles(["Objective", "Action", "Lead", "Due"], [DISTINCT, MILESTONES, PEOPLE, DATES])[0] == "area"
    # Two rows say nothing either way: the objective stays the area, as before.
    assert roles(headers, [projects[:2], DISTINCT[:2], DATES[:2]])[1] == "area"
    # A header that names the area outright keeps it over rows of their own.
    assert (
        roles(["Strategic objective", "Action", "Lead", "Due"], [DISTINCT, MILESTONES, PEOPLE, DATES])[0]
        == "area"
    )


WORDING = Path(__file__).resolve().parent / "fixtures" / "wording"
STEMS = sorted(p.stem for p in WORDING.glob("*.pdf"))


def read_gold(stem: str) -> list[dict]:
    return [json.loads(x) for x in (WORDING / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines() if x]


@pytest.mark.parametrize("stem", STEMS)
def test_the_gold_is_the_shapes_content(stem):
    assert read_gold(stem) == gold_for(stem)


@pytest.mark.parametrize("stem", STEMS)
def test_a_printed_plan_worded_with_modifiers_joins_and_codes_is_read_whole(stem):
    acts = process_document(WORDING / f"{stem}.pdf", StageConfig(strict=True)).actions
    s = score_document(read_gold(stem), acts)
    assert s.recall == 1.0 and s.precision == 1.0, (stem, s.recall, s.precision)
    for name in ("ref", "area", "action", "lead", "deadline_raw", "monitoring"):
        assert s.accuracy(name) == 1.0, (stem, name, s.accuracy(name))


@pytest.mark.parametrize("header", ["Achieved?", "Completed", "Done", "Complete (Y/N)"])
def test_whether_a_row_was_done_is_its_progress(header):
    assert role_of(header) == ("progress", 1.0)
    # ... and the date it was done is no deadline.
    assert role_scores("Date completed") == {}


def test_a_parish_councils_councillor_column_is_the_lead():
    assert role_of("Councillor") == ("lead", 1.0)
    headers = [
        "Action",
        "Implementation",
        "Who is responsible for action?",
        "Timescale & Review Date",
        "Achieved?",
    ]
    how = [
        "Clerk to book the hall for the annual meeting.",
        "Members to walk the footpaths each spring.",
        "Clerk to send the return to the auditor.",
        "Chair to write to the highways authority.",
    ]
    achieved = ["Yes", "Yearly", "", "Letter sent in March"]
    got = roles(headers, [MILESTONES, how, PEOPLE, DATES, achieved])
    assert got == ["action", "other", "lead", "deadline", "progress"]

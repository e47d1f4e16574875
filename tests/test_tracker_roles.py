"""Recommendation and audit trackers, delivery plans: which column is the action, the progress and the deadline (extractors.header_lexicon, extractors.role_model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.header_lexicon import AMBIGUOUS, LEXICON, is_event_date, is_plain_date, role_of, role_scores
from extractors.role_model import assign
from pipeline.context import StageConfig
from pipeline.process import process_document

RECS = [
    "That the council publishes its response to the review within three months.",
    "That officers report the results of the pilot to this committee.",
    "That the Executive considers a second phase of the scheme.",
    "That ward members are briefed before each consultation closes.",
]
TAKEN = [
    "The response was published in June and sent to every member.",
    "A report on the pilot was presented to the committee in September.",
    "The Executive agreed the second phase at its meeting in July.",
    "Briefings have been held for all four consultations this year.",
]
MEETINGS = ["12/03/25", "12/03/25", "04/06/25", "04/06/25"]
DUE = ["30/06/25", "30/09/25", "31/12/25", "31/03/26"]
LEADS = ["AB/CD", "EF", "GH/IJ", "KL"]
STATUS = ["Complete", "Complete", "Ongoing", "Ongoing"]


def roles(headers, columns):
    return [r.role for r in assign(headers, columns)]


@pytest.mark.parametrize(
    "header",
    ["Action taken", "Actions taken", "Action Taken to Date", "Actions completed", "Action taken so far"],
)
def test_a_header_told_in_the_past_names_progress_a_little_above_the_action(header):
    scores = role_scores(header)
    assert role_of(header) == ("progress", 1.0)
    assert 0.9 <= scores["action"] < scores["progress"]


@pytest.mark.parametrize(
    "header", ["Actions to be taken", "Action to be taken", "Action required", "Agreed action"]
)
def test_a_header_of_intent_stays_the_action(header):
    assert role_of(header) == ("action", 1.0)
    assert "progress" not in role_scores(header)


def test_ties_are_broken_without_lowering_the_winner():
    # Every unambiguous lexicon phrase still names its own role at 1.0; the other roles it
    # touches stay below it (capping each at 1.0 made ties).
    for role, phrases in LEXICON.items():
        for phrase in phrases:
            if phrase in AMBIGUOUS:
                continue
            scores = role_scores(phrase)
            assert scores[role] == 1.0, phrase
            assert all(v < 1.0 for r, v in scores.items() if r != role), (phrase, scores)


def test_a_lexicon_word_is_never_read_as_a_misspelling_of_another():
    # 'Finding' and 'Funding' are one letter apart: both reached the cap before.
    assert "cost" not in role_scores("Finding")
    assert role_scores("Funding") == {"cost": 1.0}
    assert role_of("Fundng")[0] == "cost"  # a typo still finds its word


@pytest.mark.parametrize(
    "header, role",
    [("Management response", "progress"), ("Response", "progress"), ("Update", "progress")],
)
def test_a_trackers_response_columns_are_progress(header, role):
    assert role_of(header)[0] == role


def test_the_words_before_of_name_the_column():
    assert role_of("Current Status of Action")[0] in ("rag", "progress")
    assert (
        role_scores("Current Status of Action")["progress"]
        > role_scores("Current Status of Action")["action"]
    )
    assert role_of("Date of next review") == ("other", 0.0)  # a one-word head leans on its tail


def test_in_a_tracker_the_recommendation_is_the_action_and_action_taken_the_progress():
    headers = ["Ref", "Recommendation", "Lead officer", "Target date", "Action taken", "Status"]
    columns = [["1", "2", "3", "4"], RECS, LEADS, DUE, TAKEN, STATUS]
    assert roles(headers, columns) == ["ref", "action", "lead", "deadline", "progress", "rag"]


def test_action_taken_alone_is_still_read_as_the_only_action_like_column():
    # Without a recommendation column, 'Action taken' beside a progress column is what is left to
    # be the action (the decision then weighs that its cells tell what happened).
    headers = ["Action taken", "Progress", "Lead"]
    assert roles(headers, [TAKEN, TAKEN, LEADS])[:2] == ["action", "progress"]


def test_a_plain_date_beside_another_date_column_is_not_the_deadline():
    assert is_plain_date("Date") and is_plain_date("Dates") and not is_plain_date("Exec Date")
    headers = ["Ref", "Date", "Recommendation", "Target date", "Lead", "Action taken", "Status"]
    columns = [["1", "2", "3", "4"], MEETINGS, RECS, DUE, LEADS, TAKEN, STATUS]
    got = roles(headers, columns)
    assert got[1] == "other" and got[3] == "deadline"
    # Alone, a plain 'Date' is the deadline, as before.
    assert roles(["Action", "Lead", "Date"], [RECS, LEADS, DUE])[2] == "deadline"


@pytest.mark.parametrize("header", ["Project", "Initiative", "Priority action", "Commitment"])
def test_a_delivery_plans_project_column_is_the_action_when_no_other_is(header):
    projects = [
        "Estate rationalisation phase 2",
        "Digital front door",
        "Fleet replacement",
        "Town centre hub",
    ]
    assert roles([header, "Lead", "Forecast end date"], [projects, LEADS, DUE]) == [
        "action",
        "lead",
        "deadline",
    ]


def test_beside_an_action_column_a_project_groups_the_actions():
    projects = ["Digital front door"] * 2 + ["Fleet replacement"] * 2
    actions = ["Launch the online form", "Retire the paper form", "Order six vehicles", "Train the drivers"]
    assert roles(["Project", "Action", "Lead"], [projects, actions, LEADS]) == ["area", "action", "lead"]


FINDINGS = [
    "Supplier bank details were changed without an independent check.",
    "Three of ten leavers kept access to the finance system for over a month.",
    "The contracts register had not been updated since January.",
    "Purchase orders were raised after the invoice on 12 of 40 samples.",
]
RESPONSES = [
    "A second officer now confirms every change by phone; agreed by the Head of Finance.",
    "Leavers' access is removed on their last day through the HR system, in place since May.",
    "The register was brought up to date in June and is reviewed each quarter.",
    "Training was given to budget holders and late orders are reported monthly.",
]


def test_an_audit_trackers_finding_is_the_action_when_no_column_says_what_will_be_done():
    headers = ["Finding", "Management response", "Responsible officer", "Due date"]
    got = roles(headers, [FINDINGS, RESPONSES, LEADS, DUE])
    assert got == ["action", "progress", "lead", "deadline"]


def test_beside_a_recommendation_the_finding_is_the_area():
    headers = ["Finding", "Recommendation", "Management response", "Responsible officer", "Due date"]
    got = roles(headers, [FINDINGS, RECS, RESPONSES, LEADS, DUE])
    assert got == ["area", "action", "progress", "lead", "deadline"]


MATRIX = Path(__file__).resolve().parent / "fixtures" / "matrix"


@pytest.mark.parametrize(
    "stem", ["scrutiny--docx-grid", "scrutiny--html-nogrid", "scrutiny--reportlab-whitespace"]
)
def test_a_printed_tracker_reads_recommendation_action_taken_and_target_date(stem):
    # The committed renders of bench/matrix_trackers.py: the recommendation is the action, 'Action
    # taken' the progress, the 'Target date' (not the meeting's plain 'Date') the deadline.
    gold = [json.loads(x) for x in (MATRIX / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines() if x]
    acts = process_document(MATRIX / f"{stem}.pdf", StageConfig(strict=True)).actions
    acts = sorted(acts, key=lambda a: (a["table_index"], a["row_index"]))
    assert len(acts) == len(gold)

    def same(a, b):
        return "".join((a or "").split()) == "".join((b or "").split())

    for g, a in zip(gold, acts, strict=True):
        for name in ("action", "progress", "deadline_raw", "lead"):
            assert same(a[name], g[name]), (stem, name, a[name], g[name])


@pytest.mark.parametrize(
    "header", ["Meeting Date", "Date raised", "Committee date", "Date of meeting", "Exec Date", "Update date"]
)
def test_a_date_naming_its_event_is_not_a_deadline(header):
    assert is_event_date(header)
    assert "deadline" not in role_scores(header)
    # Its cells are dates, yet it is no deadline (nor a group of rows: a repeated date is no theme).
    got = roles(
        ["Ref", header, "Recommendation", "Lead", "Progress"],
        [["1", "2", "3", "4"], MEETINGS, RECS, LEADS, TAKEN],
    )
    assert got[1] == "other" and got[2:] == ["action", "lead", "progress"]


@pytest.mark.parametrize("header", ["Target date", "Due", "Date agreed", "Agreed date"])
def test_a_date_naming_no_event_stays_a_deadline(header):
    assert not is_event_date(header)
    assert role_scores(header).get("deadline", 0) > 0


@pytest.mark.parametrize("header", ["Recommendation made to:", "Assigned to", "Referred to"])
def test_to_whom_a_row_is_addressed_is_its_lead(header):
    assert role_of(header) == ("lead", 1.0)


def test_what_was_taken_or_planned_to_date_is_progress():
    assert role_of("Action taken or Planned to Date") == ("progress", 1.0)
    assert role_of("Actions planned")[0] == "action"

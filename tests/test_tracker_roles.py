"""Recommendation and audit trackers, delivery plans: which column is the action, the progress and the deadline (extractors.header_lexicon, extractors.role_model)."""

from __future__ import annotations

import pytest

from extractors.header_lexicon import is_plain_date, role_of, role_scores
from extractors.role_model import assign

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
    # 'Finding' and 'Funding' are one letter apart: both the exact word's role and the fuzzy one
    # reached the 1.0 cap; the exact one keeps 1.0, the other falls just below it.
    assert role_scores("Finding") == {"area": 1.0, "cost": 0.98}
    assert role_scores("Funding")["cost"] == 1.0 and role_scores("Funding")["area"] < 1.0


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
    headers = ["Ref", "Date", "Recommendation", "Exec Date", "Lead", "Action taken", "Status"]
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

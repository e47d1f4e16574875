"""Tests for extractors.header_lexicon.role_of on header wordings the lexicon does not list verbatim."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.header_lexicon import AMBIGUOUS, LEXICON, ROLES, is_header_word, role_of, role_scores

# Headers as councils print them, none of them a phrase of the lexicon as written: other word
# orders, plurals, typos, punctuation, extra words in brackets.
UNSEEN = [
    # ref
    ("Ref.", "ref"),
    ("Action No", "ref"),
    ("Item #", "ref"),
    # source_ref
    ("Recommendation No.", "source_ref"),
    ("Report Paragraph", "source_ref"),
    # area
    ("Areas for Improvement", "area"),
    ("Area for Developement", "area"),  # typo
    ("Workstreams", "area"),
    ("Findings", "area"),
    ("Objectives", "area"),
    # lead
    ("Lead Offcer", "lead"),  # typo
    ("Respnsible officer", "lead"),  # typo
    ("Responsible Officers", "lead"),
    ("Owner(s)", "lead"),
    ("By Whom?", "lead"),
    ("Lead Officers", "lead"),
    # action
    ("Key Activities", "action"),
    ("Key Activites", "action"),  # typo
    ("Actions to be taken", "action"),
    ("What will we do?", "action"),
    ("Action/Task", "action"),
    # start
    ("Start date", "start"),
    # deadline
    ("Target Completion Date", "deadline"),
    ("Deadlines", "deadline"),
    ("Deadine", "deadline"),  # typo
    ("Deadline(s)", "deadline"),
    ("Completion Dates", "deadline"),
    ("Timeframes", "deadline"),
    ("Timescale / Deadline", "deadline"),
    # progress
    ("Status Update", "progress"),
    ("Progress Update (March 2026)", "progress"),
    ("Progress Updates", "progress"),
    ("Progess", "progress"),  # typo
    ("Progress/Comments", "progress"),
    ("Latest update", "progress"),
    # rag
    ("RAG Rating", "rag"),
    ("RAG ratings", "rag"),
    ("BRAG status", "rag"),
    ("Status (RAG)", "rag"),
    ("Current RAG status", "rag"),
    # monitoring
    ("Evidence of Impact", "monitoring"),
    ("Monitoring arrangements", "monitoring"),
    ("How will we know?", "monitoring"),
    # outcome
    ("Success measures", "monitoring"),
    ("Expected outcome", "outcome"),
    ("What good looks like", "outcome"),
    # cost
    ("Resources", "cost"),
    ("Costs", "cost"),
    # nothing an action table needs
    ("Date of next review", "other"),
    ("Notes", "other"),
    ("Column1", "other"),
    ("Direction of travel", "other"),
]


@pytest.mark.parametrize("header, role", UNSEEN)
def test_role_of_unseen_wording(header, role):
    got, confidence = role_of(header)
    assert got == role, f"{header!r} -> {got!r} ({confidence:.2f}), expected {role!r}"
    assert (confidence > 0) == (role != "other")


def test_unseen_list_covers_every_role():
    assert {r for _, r in UNSEEN} == set(ROLES)
    assert len(UNSEEN) >= 25


@pytest.mark.parametrize(
    "header, role",
    [
        # 'priorities' is 78% like 'priority': below TOKEN_MATCH (85), so the plural of every
        # priority phrase finds nothing.
        ("Priorities", "area"),
        ("Key Priorities", "area"),
        ("Strategic Priorities", "area"),
        # 'funding' is 86% like 'finding' (an area phrase): the exact cost word must win.
        ("Funding", "cost"),
        # 'milestone' alone is an action phrase; a column of milestone dates is a deadline.
        ("Milestone date", "deadline"),
    ],
)
def test_role_of_wordings_that_once_missed(header, role):
    assert role_of(header)[0] == role


# Lexicon phrases that a fuzzy match to another role's phrase outranks: a fuzzy token match
# scores as much as an exact one, and the first role in LEXICON order wins the tie.
FUZZY_COLLISIONS: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(
    "role, phrase",
    [
        pytest.param(
            r,
            p,
            marks=pytest.mark.xfail(strict=True, reason=FUZZY_COLLISIONS[(r, p)]),
        )
        if (r, p) in FUZZY_COLLISIONS
        else (r, p)
        for r, ps in LEXICON.items()
        for p in ps
        if p not in AMBIGUOUS
    ],
)
def test_every_lexicon_phrase_maps_to_its_role(role, phrase):
    assert role_of(phrase)[0] == role
    assert role_of(phrase.upper())[0] == role


@pytest.mark.parametrize("header", [None, "", "   ", "—", "&", "and the of", "\n\t", "12345", "£000"])
def test_role_of_empty_or_meaningless(header):
    assert role_of(header) == ("other", 0.0)


@given(st.one_of(st.none(), st.text(max_size=80)))
def test_role_of_always_returns_a_role(header):
    role, confidence = role_of(header)
    assert role in ROLES
    assert 0.0 <= confidence <= 1.0
    assert (role == "other") == (confidence == 0.0)


@given(st.text(max_size=40))
def test_is_header_word_never_crashes(word):
    assert isinstance(is_header_word(word), bool)


# The words UK and other public bodies print over each column (issue 12), none taken from one
# document: every wording must name its role.
GENRE = [
    *[
        (h, "lead")
        for h in (
            "Owner",
            "Lead officer",
            "Responsible officer",
            "Responsible party",
            "Responsible Party/ies",
            "Accountable",
            "SRO",
            "Who",
            "By whom",
            "Lead agency",
            "Lead partner",
            "Lead organisation",
        )
    ],
    *[
        (h, "deadline")
        for h in (
            "Timeline",
            "Timescale",
            "Timescales",
            "Target date",
            "Due",
            "By when",
            "When",
            "Completion date",
            "Milestone date",
            "Date for completion",
            "Delivery date",
        )
    ],
    *[
        (h, "action")
        for h in (
            "Action",
            "Actions",
            "Commitment",
            "We will",
            "Activity",
            "Task",
            "Deliverable",
            "What we will do",
            "Key actions",
            "Intervention",
            "Action required",
        )
    ],
    *[
        (h, "progress")
        for h in (
            "Progress",
            "Update",
            "Current position",
            "Status update",
            "Commentary",
            "Comments",
            "Position at 31 March 2026",
            "Progress to date",
            "What we have done",
            "Update Q2 2025/26",
        )
    ],
    *[(h, "rag") for h in ("RAG", "BRAG", "Rating", "RAG status", "Progress rating", "Confidence")],
    *[
        (h, "area")
        for h in (
            "Theme",
            "Priority",
            "Objective",
            "Workstream",
            "Area for improvement",
            "Key line of enquiry",
            "Strategic aim",
        )
    ],
    *[
        (h, "monitoring")
        for h in (
            "Measures of success",
            "Measure of success",
            "Success criteria",
            "Evidence",
            "KPI",
            "Monitoring",
            "Reporting mechanism",
            "Impact",
        )
    ],
]


@pytest.mark.parametrize("header, role", GENRE)
def test_genre_wordings_name_their_role(header, role):
    assert role_of(header)[0] == role
    assert role_of(header.upper())[0] == role


@pytest.mark.parametrize(
    "header, roles",
    [
        ("Status", {"rag", "progress"}),
        ("Recommendation", {"action", "area"}),
        ("Milestone", {"action", "deadline"}),
        ("Outcome", {"outcome", "area"}),
    ],
)
def test_ambiguous_words_weigh_toward_several_roles_and_decide_none_alone(header, roles):
    scores = role_scores(header)
    assert roles <= set(scores)
    assert all(scores[r] < 0.75 for r in roles)  # below a word that names its role outright


@pytest.mark.parametrize(
    "header, role",
    [
        ("Timeline (following approval of this plan)", "deadline"),  # a qualifier in brackets
        ("Timescale: Start", "start"),  # a sub-column under its group label
        ("Timescale: End", "deadline"),  # the sub-label names nothing: the group does
        ("Progress: Q1", "progress"),
        ("Progress: RAG", "rag"),
        ("Deadline/s", "deadline"),
    ],
)
def test_qualifiers_and_group_labels(header, role):
    assert role_of(header)[0] == role


def test_date_of_next_review_names_no_role():
    assert role_of("Date of next review") == ("other", 0.0)


@pytest.mark.parametrize(
    "header, role",
    [("Stat us", "rag"), ("Responsibl e officer", "lead"), ("Timesca le", "deadline"), ("RA G", "rag")],
)
def test_a_header_word_broken_over_two_lines_is_joined_again(header, role):
    # Portrait Word columns break header words mid-word; 'Stat us' once read as 'start'.
    assert role_of(header)[0] == role

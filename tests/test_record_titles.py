"""A log's title names its series and dates it; two versions of one titled log are one plan on little
overlap, while differently titled or same-dated documents are not; another occurrence of a standing
action is a new action."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from extractors.linkage.comparisons import Side, compare, ordinals
from extractors.plan_identity import assign_plans
from extractors.reconcile_actions import reconcile
from extractors.record_titles import is_marking, log_title_date, title_key


@pytest.mark.parametrize(
    ("line", "marking"),
    [
        ("UNCLASSIFIED", True),
        ("OFFICIAL - SENSITIVE", True),
        ("Not protectively marked", True),
        ("OFFICIAL", True),
        ("Official Feed and Food Controls Action Plan", False),
        ("Restricted parking review action log", False),
    ],
)
def test_protective_markings(line, marking):
    assert is_marking(line) is marking


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        (["UNCLASSIFIED", "Digital Board Action Log – 14 May 2013"], dt.date(2013, 5, 14)),
        (["Schedule of actions arising, 3rd March 2021"], dt.date(2021, 3, 3)),
        (["Improvement Plan 12 January 2015"], None),  # a plan's title date may be its inspection's
        (["Action log: May 2013"], dt.date(2013, 5, 31)),  # a log's month is its meeting's
        (["Action log – next review due 1 June 2020"], None),  # a date ahead
    ],
)
def test_log_title_date(lines, date):
    assert log_title_date(lines) == date


def test_title_key_drops_what_changes_between_versions():
    assert title_key("Board Action Log – 14 May 2013") == title_key("Board Action Log - 19 July 2013")
    assert title_key("Improvement Plan v2 (updated March 2015)") == title_key("Improvement Plan")
    assert title_key("Children's Improvement Plan") != title_key("Adults' Improvement Plan")
    assert title_key("Health and Wellbeing Board 16 October 2014") == ""  # an agenda names no plan


LOG_A = [
    "Circulate minutes and actions from the thirteenth meeting",
    "Refine the benefits case in light of members' comments",
    "Review the risk register for the next meeting",
    "Write to the regulator about data licensing",
    "Survey small firms on their use of address data",
    "Publish all outstanding benefits cases",
    "Secure a plan for the release of the business register",
    "Meet the environment agency about flood data",
]
LOG_B = [
    "Circulate minutes and actions from the fifteenth meeting",
    "Refine the benefits case in light of members' comments",
    "Review the risk register for the next meeting",
    "Produce test cases for uses of open map data",
    "Correspond with the vehicle agency about withheld numbers",
    "Draft a response to the tax consultation on open data",
    "Publish and publicise the membership refresh",
    "Produce a mission statement for the group",
]


def _inputs(titles: list[str | None], dates: list[dt.date | None], texts: list[list[str]]):
    names = [f"d{i}" for i in range(len(titles))]
    docs = pd.DataFrame(
        {"doc_id": names, "source_file": [f"{n}.pdf" for n in names], "doc_date": dates, "title": titles}
    )
    acts = pd.DataFrame(
        [
            {"doc_id": n, "table_index": 0, "row_index": i, "ref": None, "action": t, "progress": "New"}
            for n, rows in zip(names, texts, strict=True)
            for i, t in enumerate(rows)
        ]
    )
    tabs = pd.DataFrame(
        {
            "doc_id": names,
            "table_index": 0,
            "title": None,
            "headers": [["", ""]] * len(names),
            "roles": [["action", "progress"]] * len(names),
        }
    )
    return docs, tabs, acts


def _one_plan(docs, tabs, acts) -> bool:
    return assign_plans(docs, tabs, acts)["plan_key"].nunique() == 1


def test_two_dated_versions_of_one_titled_log_are_one_plan():
    may, july = dt.date(2013, 5, 14), dt.date(2013, 7, 19)
    titles = ["Group Action Log – 14 May 2013", "Group Action Log – 19 July 2013"]
    assert _one_plan(*_inputs(titles, [may, july], [LOG_A, LOG_B]))
    res = reconcile(*_inputs(titles, [may, july], [LOG_A, LOG_B]))
    ids = res.actions.set_index(["doc_id", "row_index"])["action_id"]
    assert ids[("d0", 1)] == ids[("d1", 1)] and ids[("d0", 2)] == ids[("d1", 2)]
    # the minutes of another meeting are another action
    assert ids[("d0", 0)] != ids[("d1", 0)]
    assert len(set(ids)) == len(ids) - 2


@pytest.mark.parametrize(
    ("titles", "dates"),
    [
        # two different logs of one body
        (["Housing Panel Action Log – 14 May 2013", "Health Forum Action Log – 19 July 2013"], None),
        # an agenda's title names no plan
        (["Scrutiny Committee 14 May 2013", "Scrutiny Committee 19 July 2013"], None),
        # no title at all
        ([None, None], None),
        # the same date: renderings, which need the ordinary overlap
        (["Group Action Log – 14 May 2013", "Group Action Log – 14 May 2013"], [dt.date(2013, 5, 14)] * 2),
    ],
)
def test_little_overlap_without_one_dated_title_stays_apart(titles, dates):
    dates = dates or [dt.date(2013, 5, 14), dt.date(2013, 7, 19)]
    assert not _one_plan(*_inputs(titles, dates, [LOG_A, LOG_B]))


def test_undated_versions_of_one_titled_log_are_one_plan():
    assert _one_plan(*_inputs(["Group Action Log", "Group Action Log"], [None, None], [LOG_A, LOG_B]))


def test_the_log_title_is_the_document_title_under_the_body_s_name():
    from extractors.record_titles import log_title

    lines = ["OFFICIAL", "Anyshire Council", "Corporate Parenting Panel", "Action Log – 3 March 2024"]
    assert log_title(lines) == ("Action Log – 3 March 2024", dt.date(2024, 3, 3))


def test_one_shared_action_is_not_enough_even_under_one_title():
    titles = ["Group Action Log – 14 May 2013", "Group Action Log – 19 July 2013"]
    dates = [dt.date(2013, 5, 14), dt.date(2013, 7, 19)]
    assert not _one_plan(*_inputs(titles, dates, [LOG_A[1:2] + LOG_A[3:], LOG_B[1:2] + LOG_B[3:]]))


def test_ordinals_and_another_occurrence():
    assert ordinals("circulate the minutes of the 13th meeting") == {"13th"}
    assert ordinals("agree the first and second quarter returns") == {"first", "second"}
    left = Side.of([{"action": "Circulate the minutes of the fourth meeting to all members"}])
    right = Side.of(
        [
            {"action": "Circulate the minutes of the fifth meeting to all members"},
            {"action": "Circulate the minutes of the fourth meeting to all members"},
            {"action": "Circulate the minutes of the meeting to all members"},
        ]
    )
    w = compare(left, right).weight[0]
    assert w[0] < 0 < w[2] < w[1]  # another meeting's minutes: never the same action

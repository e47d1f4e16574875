"""Content evidence settles what an ambiguous or unknown header leaves open (extractors.column_evidence, extractors.role_model)."""

from __future__ import annotations

from extractors.column_evidence import is_date, is_lead, measure
from extractors.role_model import assign

REFS = ["1", "2", "3", "4"]
ACTIONS = ["Publish the plan", "Agree the budget", "Train the staff", "Review the policy"]
LEADS = ["Head of Service", "Finance Manager", "HR Lead", "Policy Officer"]
DATES = ["March 2026", "Q2 2026/27", "31/12/2026", "June 2026"]
RATINGS = ["Green", "Amber", "Red", "G"]
NARRATIVE = [
    "The draft plan has been shared with members for comment.",
    "Budget figures were agreed at the October meeting of cabinet.",
    "Twelve staff have completed the first module of the course.",
    "The review has started and a report is planned for spring.",
]


def roles(headers, columns):
    return [r.role for r in assign(headers, columns)]


def test_status_is_the_rating_when_its_cells_are_ratings_and_progress_when_they_tell_what_happened():
    assert roles(["Ref", "Action", "Lead", "Status"], [REFS, ACTIONS, LEADS, RATINGS])[3] == "rag"
    assert roles(["Ref", "Action", "Lead", "Status"], [REFS, ACTIONS, LEADS, NARRATIVE])[3] == "progress"


def test_milestone_is_the_action_unless_its_cells_are_dates_beside_an_action_column():
    assert roles(["Milestone", "Lead", "Comments"], [ACTIONS, LEADS, NARRATIVE])[0] == "action"
    got = roles(["Action", "Lead", "Milestone"], [ACTIONS, LEADS, DATES])
    assert got == ["action", "lead", "deadline"]


def test_recommendation_is_the_action_alone_and_the_area_beside_an_action_column():
    recs = ["Improve the timeliness of assessments", "Strengthen management oversight"] * 2
    assert roles(["Recommendation", "Lead", "By when"], [recs, LEADS, DATES])[0] == "action"
    got = roles(["Recommendation", "Action", "Lead", "By when"], [recs, ACTIONS, LEADS, DATES])
    assert got == ["area", "action", "lead", "deadline"]


def test_a_column_whose_header_names_nothing_is_read_from_its_cells():
    periods = ["30 days", "Within 6 months", "Immediately", "90 days"]
    assert all(is_date(t) for t in periods)
    got = roles(["#", "Action required", "Submitted to", "Column 4"], [REFS, ACTIONS, ["OMB"] * 4, periods])
    assert got[3] == "deadline"


def test_whom_a_rule_applies_to_is_no_lead():
    assert not is_lead("Required for all agencies")
    assert not is_lead("Encouraged for non-CFO Act agencies")
    assert is_lead("Designated Safeguarding Lead") and is_lead("Department of Commerce (NIST)")


def test_a_single_word_repeated_down_a_column_is_a_category_not_an_area():
    assert measure(["Completion", "Completion", "Completion", "Progress"]).get("area") == 0.0
    assert measure(["Reliable services", "Reliable services", "Access for all"]).get("area") == 0.5


def test_short_updates_read_as_narrative_but_whom_a_rule_applies_to_does_not():
    from extractors.column_evidence import is_narrative

    for text in ("Measure drafted with two settings.", "Venue found; the second is being sought."):
        assert is_narrative(text), text
    for text in ("Required for all agencies", "Publish the new hours", "Ongoing"):
        assert not is_narrative(text), text

"""A ref printed at the start of an action cell splits off cleanly; a number that opens the sentence stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.refs import is_ref_cell, split_ref
from extractors.role_model import assign

SPLITS = [
    ("12 - Develop a training plan", "12", "Develop a training plan"),
    ("12 – Develop a training plan", "12", "Develop a training plan"),
    ("12- Develop a training plan", "12", "Develop a training plan"),
    ("12 -Develop a training plan", "12", "Develop a training plan"),
    ("12) Develop a training plan", "12", "Develop a training plan"),
    ("12. Develop a training plan", "12", "Develop a training plan"),
    ("12.Develop a training plan", "12", "Develop a training plan"),
    ("(a) Develop a training plan", "a", "Develop a training plan"),
    ("a) develop a training plan", "a", "develop a training plan"),
    ("b. Develop a training plan", "b", "Develop a training plan"),
    ("(iv) Agree the protocol", "iv", "Agree the protocol"),
    ("(12) Agree the protocol", "12", "Agree the protocol"),
    ("[3] Agree the protocol", "3", "Agree the protocol"),
    ("A1: Agree the protocol", "A1", "Agree the protocol"),
    ("A1 - Agree the protocol", "A1", "Agree the protocol"),
    ("12: Agree the protocol", "12", "Agree the protocol"),
    ("1.2.3 Agree the protocol", "1.2.3", "Agree the protocol"),
    ("1.2.3. Agree the protocol", "1.2.3", "Agree the protocol"),
    ("3.4 Develop the offer", "3.4", "Develop the offer"),
    ("3.4 ensure that all staff", "3.4", "ensure that all staff"),
    ("2a) Review the audit tool", "2a", "Review the audit tool"),
    ("12 Develop a training plan", "12", "Develop a training plan"),
    ("4.1 - Social workers to complete", "4.1", "Social workers to complete"),
    ("(a) 2 social workers will be recruited", "a", "2 social workers will be recruited"),
    ("A.1 Develop the offer", "A.1", "Develop the offer"),
    ("B.2.3: Agree the protocol", "B.2.3", "Agree the protocol"),
    ("C) Review the audit tool", "C", "Review the audit tool"),
    # A business plan's ref, its last level a roman numeral or a letter.
    ("2.4.ii. Strengthen reporting lines", "2.4.ii", "Strengthen reporting lines"),
    ("3.14.i. Receive first expressions of interest", "3.14.i", "Receive first expressions of interest"),
    ("1.2.b. Agree the protocol", "1.2.b", "Agree the protocol"),
]


@pytest.mark.parametrize("text, ref, rest", SPLITS)
def test_ref_and_separator_leave_the_action(text, ref, rest):
    assert split_ref(text) == (ref, rest)


KEEPS = [
    "2 social workers will be recruited",
    "10% of cases audited each month",
    "10 % of cases audited each month",
    "3 months after the review, repeat the audit",
    "1:1 supervision for all newly qualified staff",
    "24/7 access to the duty service",
    "5-year plan agreed with partners",
    "2.5 FTE posts recruited",
    "1.5 million saved through commissioning",
    "2 - 3 workshops to be held",
    "1 April 2015 launch of the new service",
    "2015 review of the strategy",
    "100 families supported by Early Help",
    "e.g. review the audit tool",
    "Develop a training plan",
    "12",
    "12 -",
    "",
]


@pytest.mark.parametrize("text", KEEPS)
def test_a_number_that_is_part_of_the_sentence_stays(text):
    assert split_ref(text) == (None, text)


@given(st.text(max_size=60))
def test_split_never_loses_or_invents_words(text):
    ref, rest = split_ref(text)
    if ref is None:
        assert rest == text
    else:
        assert rest and rest == rest.strip()
        assert ref in text and rest in text
        assert len(ref) + len(rest) <= len(text)


@pytest.mark.parametrize("text", ["12", "1.2.", "A1", "(a)", "b)", "(iv)", "A.1", "12:", "[3]"])
def test_a_cell_holding_only_a_ref(text):
    assert is_ref_cell(text)


@pytest.mark.parametrize("text", ["2015", "Develop", "£4,500", "10%", "a", "1 April", "e.g.", ""])
def test_a_cell_that_is_not_only_a_ref(text):
    assert not is_ref_cell(text)


@pytest.mark.parametrize(
    "refs", [["(a)", "(b)", "(c)", "(d)"], ["a)", "b)", "c)", "d)"], ["A.1", "A.2", "B.1", "B.2"]]
)
@pytest.mark.parametrize("first", [True, False])
def test_an_unlabelled_narrow_column_of_refs_is_the_ref(refs, first):
    actions = ["Publish the plan", "Agree the budget", "Train the staff", "Review the policy"]
    leads = ["Head of Service", "Finance Manager", "HR Lead", "Director"]
    columns = [refs, actions, leads] if first else [actions, refs, leads]
    roles = [r.role for r in assign([None, None, None], columns)]
    assert roles[0 if first else 1] == "ref"
    assert roles.count("ref") == 1

"""A column asking whether the action is done ('Achieved?') rates its 'Yes' as done, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import read_rag
from extractors.core import DocContext, StageConfig
from extractors.ratings.questions import answered_yes, is_done_question


@pytest.mark.parametrize(
    "header", ["Achieved?", "Completed (Y/N)", "Complete Y/N", "Done?", "Action completed?"]
)
def test_a_question_of_completion(header):
    assert is_done_question(header)


@pytest.mark.parametrize("header", ["Achieved", "Status", "Date completed", "Completed by?", "", None])
def test_not_a_question_of_completion(header):
    assert not is_done_question(header)


@pytest.mark.parametrize(
    "text, yes", [("Yes", "Yes"), ("Y", "Y"), ("yes - March", "yes"), ("Yearly", None), ("No", None)]
)
def test_the_answer(text, yes):
    assert answered_yes(text) == yes


def test_a_yes_under_the_question_is_done_and_other_answers_rate_nothing():
    answers = ["Yes", "Yearly", "No", "Assets risk assessed in September"]
    actions = [
        {
            "rag_raw": None,
            "action": "Review the parish plan.",
            "other": json.dumps({"Achieved?": a}),
            "table_index": 0,
        }
        for a in answers
    ]
    ctx = DocContext(path=Path("fixture.pdf"), pdf=None, actions=actions)
    read_rag.run(ctx, StageConfig())
    assert [a["rag"] for a in ctx.actions] == ["blue", None, None, None]
    assert (ctx.actions[0]["rag_source"], ctx.actions[0]["rag_cell"], ctx.actions[0]["rag_raw"]) == (
        "text",
        "other",
        "Yes",
    )


def test_a_yes_under_another_header_rates_nothing():
    actions = [
        {"rag_raw": None, "action": "Review the plan.", "other": json.dumps({"Agreed by council": "Yes"})}
    ]
    ctx = DocContext(path=Path("fixture.pdf"), pdf=None, actions=actions)
    read_rag.run(ctx, StageConfig())
    assert ctx.actions[0]["rag"] is None

"""Ratings of tables with no rating column: the status cell's fill or its opening status phrase.

Fixtures: tests/fixtures/status-*.pdf, drawn by tests/fixtures/make_status_fixtures.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import read_rag
from extractors.core import DocContext, Fragment, StageConfig
from extractors.read_rag import RAG_VALUES, find_phrase_key
from extractors.status_phrases import DEFAULTS, match_status, rag_from_status
from tests.fixtures import make_status_fixtures as mk
from tests.helpers import assert_matches_generator, open_pdfs

FIXTURES = Path(__file__).parent / "fixtures"
BY_NAME = {fx.name: fx for fx in mk.FIXTURES}


@pytest.mark.parametrize("name", list(BY_NAME))
def test_fixture_matches_its_generator(name, tmp_path):
    assert_matches_generator(mk, BY_NAME[name], FIXTURES, tmp_path)


# -- the phrase alone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Completed", "blue"),
        ("completed", "blue"),
        ("COMPLETE", "blue"),
        ("Complete.", "blue"),
        ("Complete - awaiting sign-off", "blue"),
        ("Completed in March 2015", "blue"),
        ("Complete in May", "blue"),
        ("Done", "blue"),
        ("Achieved", "blue"),
        ("Closed", "blue"),
        ("Closed - merged with action 4", "blue"),
        ("Status: Completed", "blue"),
        ("• Completed", "blue"),
        ("On track", "green"),
        ("On-track for March", "green"),
        ("On target", "green"),
        ("At risk", "amber"),
        ("At risk - recruitment", "amber"),
        ("Slipping", "amber"),
        ("Delayed", "amber"),
        ("Delayed due to staffing", "amber"),
        # colour words and letters a status column may print instead
        ("Green", "green"),
        ("Amber: recruitment delayed", "amber"),
        ("Yellow", "amber"),
        ("G", "green"),
        ("A.", "amber"),
        ("A review of the service is planned", None),
        ("A Review Group was set up", None),
        ("Red Cross volunteers recruited", None),
        ("Green spaces strategy agreed", None),
        # phrases that state no rating
        ("Ongoing", None),
        ("New", None),
        ("Carried forward", None),
        ("In progress", None),
        ("In progress - completed phase 1", None),
        ("Open", None),
        ("Not completed", None),
        ("Deferred to next year", None),
        ("On hold", None),
        # late or partly done: amber
        ("Partially completed", "amber"),
        ("Partially achieved - two of three sites", "amber"),
        ("Behind", "amber"),
        ("Behind schedule", "amber"),
        ("Slipped to June", "amber"),
        # failed or past its date: red
        ("Off track", "red"),
        ("Off-track", "red"),
        ("Not on track", "red"),
        ("Overdue", "red"),
        ("Missed", "red"),
        ("Not achieved", "red"),
        ("Not met", "red"),
        ("Significantly delayed", "red"),
        # no default: only a key rates these
        ("Not started", None),
        ("Not yet started", None),
        # the boundary rule holds for the new words too
        ("Behind the scenes work continues", None),
        ("Missed appointments fell by 20%", None),
        ("Implemented", "blue"),
        ("Actioned.", "blue"),
        ("Actioned by the clerk on 3 May", "blue"),
        ("Implemented new rota", None),
        # the phrase must open the cell, not sit in a narrative
        ("Complete the audit of case files", None),
        ("Staff completed the audit", None),
        ("The review is on track", None),
        ("At risk children are seen within 24 hours", None),
        ("Delivered training to 40 staff", None),
        ("", None),
        (None, None),
    ],
)
def test_rag_from_status(text, expected):
    assert rag_from_status(text) == expected


def test_the_key_decides_what_slippage_means():
    key = {"delayed": "red", "off track": "red", "significantly delayed": "red", "slight delay": "amber"}
    assert rag_from_status("Delayed", key) == "red"
    assert rag_from_status("Off track", key) == "red"
    assert rag_from_status("Slight delay", key) == "amber"
    assert rag_from_status("At risk", key) == "amber"  # not in the key: the default
    assert rag_from_status("Completed", {"completed": "green"}) == "green"  # a scheme without blue
    assert match_status("Significantly delayed - funding", key).phrase == "significantly delayed"


def test_raw_phrase_is_kept_as_printed():
    m = match_status("  On-Track: recruitment done")
    assert m is not None and m.raw == "On-Track" and m.rag == "green"


@pytest.mark.parametrize("phrase", sorted(DEFAULTS))
def test_every_vocabulary_entry_reads_as_the_whole_cell(phrase):
    """Each entry of the documented vocabulary, alone in a cell in any case, gives its rating."""
    for printed in (phrase, phrase.upper(), phrase.capitalize(), phrase.capitalize() + "."):
        m = match_status(printed)
        assert m is not None and m.phrase == phrase and m.rag == DEFAULTS[phrase], printed


@pytest.mark.parametrize("phrase", sorted(DEFAULTS))
def test_every_vocabulary_entry_yields_to_the_key(phrase):
    """A document's key that names the phrase wins over the default."""
    rating = "grey" if DEFAULTS[phrase] != "grey" else "red"
    assert rag_from_status(phrase.capitalize(), {phrase: rating}) == rating


@given(st.one_of(st.none(), st.text(max_size=80)))
def test_rag_from_status_is_closed(text):
    assert rag_from_status(text) in (*RAG_VALUES, None)


@given(st.sampled_from(sorted(DEFAULTS)), st.text(max_size=30))
def test_status_vocabulary_gives_its_value_or_none(phrase, tail):
    got = rag_from_status(phrase + tail)
    assert got in (DEFAULTS[phrase], *{v for v in DEFAULTS.values()}, None)
    assert rag_from_status(phrase.upper()) == DEFAULTS[phrase]  # the whole cell: always its value


# -- from the PDF ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdfs():
    yield from open_pdfs(FIXTURES, BY_NAME)


def _actions(fx) -> list[dict]:
    out = []
    for i, row in enumerate(fx.rows):
        cells = {role: [Fragment(1, *mk.row_box(i, role), text="")] for role in mk.COLS}
        out.append({"table_index": 0, "rag_raw": None, "progress": row.status, "_cells": cells})
    return out


@pytest.mark.parametrize("name", list(BY_NAME))
def test_run_rates_by_the_status_cell(pdfs, name):
    fx = BY_NAME[name]
    ctx = DocContext(path=Path("fixture.pdf"), pdf=pdfs[name], actions=_actions(fx), warnings=[])
    read_rag.run(ctx, StageConfig(strict=True))
    got = [(a["rag"], a["rag_source"]) for a in ctx.actions]
    assert got == [(r.expected, r.expected_source) for r in fx.rows]
    for a in ctx.actions:
        if a["rag_source"] == "text":
            assert a["rag_cell"] == "progress" and a["progress"].startswith(a["rag_raw"])
        elif a["rag_source"] == "fill":
            assert a["rag_cell"] == "progress" and a["rag_raw"].startswith("#")
    assert ctx.warnings == []


def test_phrase_key_read_from_words(pdfs):
    key = find_phrase_key(pdfs["status-words-key.pdf"].pages[0])
    assert key == {"delayed": "red", "at risk": "amber", "on track": "green", "complete": "blue"}
    assert find_phrase_key(pdfs["status-words.pdf"].pages[0]) == {}


def test_a_rating_column_keeps_the_status_phrase_out(pdfs):
    """With a rating column (even an empty cell) the status phrase is not read: the plan rates elsewhere."""
    fx = BY_NAME["status-words.pdf"]
    actions = _actions(fx)
    for a in actions:
        a["_cells"]["rag"] = [Fragment(1, 490, 0, 500, 10, text="")]
    ctx = DocContext(path=Path("fixture.pdf"), pdf=pdfs["status-words.pdf"], actions=actions, warnings=[])
    read_rag.run(ctx, StageConfig(strict=True))
    assert [a["rag"] for a in ctx.actions] == [None] * len(actions)


def test_without_pdf_the_phrase_still_reads():
    ctx = DocContext(path=Path("fixture.pdf"), pdf=None, actions=[{"rag_raw": None, "progress": "Completed"}])
    read_rag.run(ctx, StageConfig())
    a = ctx.actions[0]
    assert (a["rag"], a["rag_source"], a["rag_raw"], a["rag_cell"]) == (
        "blue",
        "text",
        "Completed",
        "progress",
    )


def test_a_narrative_progress_column_is_not_a_status_column():
    """'Completed' now and then in a column of narrative reports progress; it does not rate."""
    texts = [
        "Completed",
        "Recruitment campaign launched in May; three posts filled.",
        "Audit of 40 files found improved recording of the child's voice.",
        "Training delivered to all team managers; second cohort planned.",
    ]
    ctx = DocContext(
        path=Path("fixture.pdf"),
        pdf=None,
        actions=[{"rag_raw": None, "progress": t, "table_index": 0} for t in texts],
    )
    read_rag.run(ctx, StageConfig())
    assert [a["rag"] for a in ctx.actions] == [None] * 4


def test_a_status_column_is_decided_per_table():
    actions = [
        {"rag_raw": None, "progress": "Completed", "table_index": 0},
        {"rag_raw": None, "progress": "Ongoing", "table_index": 0},
        {"rag_raw": None, "progress": "Completed", "table_index": 1},
        {"rag_raw": None, "progress": "Three posts filled in May.", "table_index": 1},
        {"rag_raw": None, "progress": "Audit of 40 files.", "table_index": 1},
    ]
    ctx = DocContext(path=Path("fixture.pdf"), pdf=None, actions=actions)
    read_rag.run(ctx, StageConfig())
    assert [a["rag"] for a in ctx.actions] == ["blue", None, None, None, None]


def test_a_small_table_of_a_narrative_document_is_not_a_status_column():
    """Six rows of which four open with 'Completed', in a document whose other tables narrate."""
    narrative = "Recruitment campaign launched in May; three posts filled."
    actions = [{"rag_raw": None, "progress": "Completed", "table_index": 0} for _ in range(4)]
    actions += [{"rag_raw": None, "progress": narrative, "table_index": 0} for _ in range(2)]
    actions += [{"rag_raw": None, "progress": narrative, "table_index": t} for t in (1, 2) for _ in range(6)]
    ctx = DocContext(path=Path("fixture.pdf"), pdf=None, actions=actions)
    read_rag.run(ctx, StageConfig())
    assert {a["rag"] for a in ctx.actions} == {None}


def test_an_outcome_column_of_verdicts_rates_its_rows():
    """A tracker's 'Outcome' of short verdicts: 'Actioned.' rates, a verdict naming no rating does not."""
    verdicts = ["Actioned.", "To be renegotiated", "Pending", "Dependant upon budget."]
    actions = [
        {"rag_raw": None, "progress": "Report circulated", "outcome": v, "table_index": 0} for v in verdicts
    ]
    ctx = DocContext(path=Path("fixture.pdf"), pdf=None, actions=actions)
    read_rag.run(ctx, StageConfig())
    assert [a["rag"] for a in ctx.actions] == ["blue", None, None, None]
    assert (ctx.actions[0]["rag_source"], ctx.actions[0]["rag_cell"], ctx.actions[0]["rag_raw"]) == (
        "text",
        "outcome",
        "Actioned",
    )


def test_an_outcome_column_of_reports_does_not_rate():
    """Outcomes written as sentences describe what changed; one that opens 'Completed' is no rating."""
    outcomes = [
        "Completed review of placements found fewer moves for older children in the year.",
        "Caseloads fell to an average of 19 per worker by the end of the quarter.",
        "Audit of 40 files found improved recording of the child's voice in plans.",
    ]
    actions = [{"rag_raw": None, "outcome": o, "table_index": 0} for o in outcomes]
    ctx = DocContext(path=Path("fixture.pdf"), pdf=None, actions=actions)
    read_rag.run(ctx, StageConfig())
    assert [a["rag"] for a in ctx.actions] == [None] * 3

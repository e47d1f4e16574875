"""Actions printed inside an item cell (extractors/item_actions.py): an 'Agenda Item' column of item, meeting and action, in a log with no action column, is the action column and keeps the item's number.

Fixtures: tests/fixtures/items/make_item_fixtures.py (made-up wording; headless Chromium and
LibreOffice Writer).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.core import StageConfig
from extractors.item_actions import item_action_roles
from pipeline.process import process_document
from tests.fixtures.items import make_item_fixtures as mk

HERE = Path(__file__).parent / "fixtures" / "items"
FIELDS = ("action", "lead", "deadline_raw", "progress")
ITEMS = [
    "14 – External Bodies (May 2020) Gauge interest in joint meetings with other councils",
    "34- Finance (May 2020) CW to submit the claim for the neighbourhood plan grant",
]


@pytest.mark.parametrize("doc", mk.ACCEPT, ids=lambda d: d.name)
def test_the_item_cell_is_the_action_whole(doc):
    res = process_document(HERE / doc.name, StageConfig(strict=True))
    assert res.document["status"] == "ok", res.document
    # Compared with all white space removed, as the corpus scores: a narrow column wraps 'Clerk/JT'.
    got = [{k: "".join((a.get(k) or "").split()) for k in FIELDS} for a in res.actions]
    assert got == [{k: "".join(e[k].split()) for k in FIELDS} for e in mk.EXPECTED[doc.name]]
    assert all(a.get("ref") is None for a in res.actions)


@pytest.mark.parametrize("doc", mk.REJECT, ids=lambda d: d.name)
def test_an_agenda_gives_no_row(doc):
    assert process_document(HERE / doc.name, StageConfig(strict=True)).actions == []


def test_fixtures_are_committed_and_listed():
    sources = (Path(__file__).parent / "fixtures" / "SOURCES.md").read_text(encoding="utf-8")
    for doc in mk.FIXTURES:
        assert (HERE / doc.name).exists(), doc.name
    assert "items/" in sources


def test_an_item_column_of_sentences_beside_owner_and_date_is_the_action():
    roles = ["ref", "lead", "deadline", "progress"]
    columns = [ITEMS, ["JC/Clerk", "CW"], ["On going", "By next meeting"], ["Group set up", ""]]
    got = item_action_roles(
        roles, [0.53, 1.0, 1.0, 1.0], ["Agenda Item", "Councillor", "Due Date", "Completed"], columns
    )
    assert got == (["action", "lead", "deadline", "progress"], [0.6, 1.0, 1.0, 1.0])


@pytest.mark.parametrize(
    "roles, headers, first",
    [
        # a ref column of refs
        (["ref", "lead", "deadline"], ["Item", "Owner", "Due"], ["1.1", "1.2"]),
        # only one of lead, deadline, progress, rating beside it
        (["ref", "lead", "other"], ["Item", "Lead", "Time"], ITEMS),
        # an action column already
        (["ref", "action", "lead", "deadline"], ["Item", "Action", "Owner", "Due"], ITEMS),
        # a ref read from the cells, not from a header naming items
        (["ref", "lead", "deadline"], [None, "Owner", "Due"], ITEMS),
    ],
)
def test_other_tables_are_left_alone(roles, headers, first):
    columns = [first] + [["Clerk", "March 2024"]] * (len(roles) - 1)
    assert item_action_roles(roles, [0.5] * len(roles), headers, columns) is None

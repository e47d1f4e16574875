"""Which tables are action tables: the genre's kinds of action table are read, look-alikes give no row.

Fixtures: tests/fixtures/make_genre_fixtures.py (made-up wording, drawn with reportlab); the model
is documented in docs/action-tables.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.action_decision import THRESHOLD, decide
from extractors.column_evidence import is_action
from extractors.core import StageConfig
from extractors.role_model import assign
from pipeline.process import DocResult, process_document
from tests.fixtures import make_genre_fixtures as mk
from tests.helpers import assert_matches_generator

FIXTURES = Path(__file__).parent / "fixtures"
BY_NAME = {fx.name: fx for fx in mk.FIXTURES}
ACCEPT = [n for n in BY_NAME if n.startswith("genre-")]
REJECT = [n for n in BY_NAME if n.startswith("notgenre-")]
FIELDS = ("area", "ref", "action", "lead", "deadline_raw", "progress")

_results: dict[str, DocResult] = {}


def result(name: str) -> DocResult:
    if name not in _results:
        _results[name] = process_document(FIXTURES / name, StageConfig(strict=True))
    return _results[name]


@pytest.mark.parametrize("name", list(BY_NAME))
def test_fixture_is_committed_and_matches_its_generator(name, tmp_path):
    assert_matches_generator(mk, BY_NAME[name], FIXTURES, tmp_path)
    assert name in (FIXTURES / "SOURCES.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ACCEPT)
def test_each_kind_of_action_table_is_read_row_for_row(name):
    res = result(name)
    assert res.document["status"] == "ok", res.document
    expected = mk.EXPECTED[name]
    # A 'Status' column of status words may be the progress or the rating column (column roles
    # decide); the decision is only asked to read its text into one of them.
    fields = [f for f in FIELDS if not (f == "progress" and any("status" in e for e in expected))]
    got = [{f: a.get(f) for f in fields} for a in res.actions]
    assert got == [{f: e.get(f) for f in fields} for e in expected]
    for a, e in zip(res.actions, expected, strict=True):
        if "status" in e:
            assert e["status"] in (a.get("progress"), a.get("rag_raw"))


@pytest.mark.parametrize("name", REJECT)
def test_look_alike_tables_give_no_row(name):
    res = result(name)
    assert res.document["status"] == "no_action_table"
    assert res.actions == []


def test_an_assessment_form_gives_only_its_actions_table():
    (table,) = result("genre-form-actions.pdf").tables
    assert table["title"] == "Actions required"


def test_minutes_give_the_actions_arising_not_the_attendance_list():
    (table,) = result("genre-actions-arising.pdf").tables
    assert table["title"] == "Actions arising"
    assert [a["lead"] for a in result("genre-actions-arising.pdf").actions][
        0
    ] == "Democratic Services Officer"


def test_a_template_gives_its_filled_example_rows_only():
    assert len(result("genre-template.pdf").actions) == 2


def test_section_rows_carry_over_a_page_break():
    for name in ("genre-sections-over-break.pdf", "genre-sections-over-break-headed.pdf"):
        acts = result(name).actions
        assert {a["page_first"] for a in acts} == {1, 2}
        first_on_2 = next(a for a in acts if a["page_first"] == 2)
        assert first_on_2["area"] == "Priority 2: A cleaner town centre"  # the section began on page 1
        assert not any(a["action"].startswith("Priority") for a in acts)


# -- the decision on its own --------------------------------------------------------------------

LOG = [
    ["Publish the plan", "Agree the budget", "Train the staff", "Review the policy"],
    ["Head of Service", "Finance Manager", "HR Lead", "Jo Bloggs"],
    ["New", "Ongoing", "Completed", "Carried forward"],
]


def _decide(columns, headers=None, **kw):
    roles = assign(headers or [None] * len(columns), columns)
    return decide([r.role for r in roles], [r.confidence for r in roles], columns, **kw)


def test_rows_that_name_an_owner_date_or_status_beside_each_action_widen_the_margin():
    with_owner = _decide(LOG)
    without = _decide([LOG[0], LOG[2]])
    assert with_owner.is_action and without.is_action
    assert any("name an owner, date or status" in r for r in with_owner.reasons)
    # The real action + status logs were at 1.92 against 1.8 before rows were weighed this way.
    assert without.score - THRESHOLD >= 0.4, without.describe()


def test_strong_genre_titles_beat_other_kinds_weak_ones_do_not():
    headers = ["Action", "Lead", "Status"]
    assert _decide(LOG, headers, title="Action plan").score > _decide(LOG, headers).score
    assert _decide(LOG, headers, title="Risk register and action plan").is_action
    assert "another kind" in _decide(LOG, headers, title="Budget tracker").describe()
    assert "names an action plan" in _decide(LOG, headers, title="Progress report").describe()
    assert "names an action plan" in _decide(LOG, headers, title="Summary of Recommendations").describe()
    for other in ("Contacts", "Meeting timetable", "Glossary", "Forward plan of key decisions"):
        assert "another kind" in _decide(LOG, headers, title=other).describe(), other


def test_a_sentence_above_the_table_is_not_its_title():
    d = _decide(LOG, title="The panel reviewed the matters arising from its last meeting.")
    assert not any(r.startswith("title") for r in d.reasons)
    assert any(r.startswith("title") for r in _decide(LOG, title="Matters arising").reasons)


def test_an_action_column_of_numbers_is_not_actions():
    cols = [
        ["Highways", "Libraries", "Parks"],
        ["1,200", "340", "95"],
        ["Head of Highways", "Libraries Manager", "Parks Lead"],
    ]
    d = _decide(cols, ["Service", "Commitments £k", "Budget holder"])
    assert not d.is_action and "numbers" in d.describe()


def test_a_wide_grid_with_half_its_columns_roleless_loses_weight():
    extra = [["x1", "x2", "x3", "x4"], ["y1", "y2", "y3", "y4"], ["z1", "z2", "z3", "z4"]]
    narrow = _decide(LOG, ["Action", "Lead", "Status"])
    wide = _decide(LOG + extra, ["Action", "Lead", "Status", None, None, None])
    assert "3 of 6 columns have no role" in wide.describe()
    assert wide.score < narrow.score


def test_commitments_read_as_actions_whatever_their_verb():
    assert is_action("We will plant 20,000 trees by 2030")
    assert is_action("We’ll publish the map every quarter")
    assert not is_action("Weekly collections were maintained")
    roles = assign(
        ["Our commitments", "Status"], [[r[0] for r in mk.COMMITMENTS], [r[1] for r in mk.COMMITMENTS]]
    )
    assert roles[0].role == "action"


def test_small_tables_printing_the_same_header_are_decided_together():
    res = result("genre-milestone-tables.pdf")
    assert len(res.tables) == 4
    assert [t["title"] for t in res.tables][1] == "Action 2. Improve data quality"  # a banner is a title
    assert all(a["area"] is None for a in res.actions)
    # Alone, a table of one or two rows with one supporting role named by its header is held back.
    cols = [["Train 100 staff in data analysis"], ["Staff trained"], ["March 2027"]]
    assert "only 1 rows" in _decide(cols, ["Milestone", "Measure of success", "Target date"]).describe()


# A headerless log: who does what by when, each in its own column, and an update (issue 12).
_WHO_WHEN = [
    ["1", "2", "3", "4"],
    [
        "Agree a shared referral form with the schools",
        "Offer a drop-in session in every library",
        "Publish the waiting times each month",
        "Recruit two more family support workers",
    ],
    ["Head of Early Help", "Libraries Manager", "Performance Officer", "Service Manager (JB)"],
    ["December 2025", "March 2026", "Q3 2025/26", "January 2026"],
    [
        "Form drafted with two schools.",
        "Sessions held in four libraries.",
        "First figures published in October.",
        "One post filled; the second is out to advert.",
    ],
]


def test_a_headerless_table_naming_owner_and_date_on_every_row_shows_the_genre():
    d = _decide(_WHO_WHEN)
    assert d.is_action, d.describe()
    assert any("an owner and a date in their own columns" in r for r in d.reasons)
    # Without the owners, nothing but the action sentences and dates speaks for the genre.
    no_owner = _decide([c for i, c in enumerate(_WHO_WHEN) if i != 2])
    assert not no_owner.is_action and "no header, no status column, no heading" in no_owner.describe()


def test_a_headerless_tables_short_updates_are_its_progress():
    assert [r.role for r in assign([None] * 5, _WHO_WHEN)][4] == "progress"


def test_owner_and_date_show_the_genre_only_in_drawn_or_numbered_rows_beside_a_progress_column():
    roles = assign([None] * 5, _WHO_WHEN)
    args = ([r.role for r in roles], [r.confidence for r in roles], _WHO_WHEN)
    assert decide(*args).is_action
    # Columns set by whitespace: a ref column numbering the rows still shows the genre ...
    assert decide(*args, ruled=False).is_action
    # ... without it, owners and dates found in whitespace columns prove too little.
    unnumbered = _WHO_WHEN[1:]
    roles = assign([None] * 4, unnumbered)
    assert not decide(
        [r.role for r in roles], [r.confidence for r in roles], unnumbered, ruled=False
    ).is_action
    no_progress = [c for i, c in enumerate(_WHO_WHEN) if i != 4]
    assert not _decide(no_progress).is_action

"""Column roles from header and content, headerless tables, section rows and the action-table decision.

Fixtures: tests/fixtures/make_log_fixtures.py (made-up wording, drawn with reportlab) and two real
published action logs in tests/fixtures/real (Open Government Licence; see SOURCES.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from extractors.action_decision import decide, genre_heading
from extractors.column_evidence import is_action, is_date, is_lead, is_status, measure
from extractors.core import StageConfig
from extractors.role_model import assign
from pipeline.explain import explain, format_explain
from pipeline.process import DocResult, process_document
from pipeline.report import render
from tests.fixtures import make_log_fixtures as mk
from tests.helpers import assert_matches_generator

FIXTURES = Path(__file__).parent / "fixtures"
BY_NAME = {fx.name: fx for fx in mk.FIXTURES}
FIELDS = ("table_index", "row_index", "ref", "area", "action", "lead", "deadline_raw", "progress", "rag_raw")

_results: dict[Path, DocResult] = {}


def result(path: Path) -> DocResult:
    if path not in _results:
        _results[path] = process_document(path, StageConfig(strict=True))
    return _results[path]


# -- the fixture files --------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(BY_NAME))
def test_fixture_is_committed_and_matches_its_generator(name, tmp_path):
    assert_matches_generator(mk, BY_NAME[name], FIXTURES, tmp_path)
    assert name in (FIXTURES / "SOURCES.md").read_text(encoding="utf-8")


# -- behaviour on each fixture ------------------------------------------------------------------


@pytest.mark.parametrize("name", list(BY_NAME))
def test_actions_match_the_specification(name):
    # rag_raw is compared only where a column prints the rating: without one, read_rag may keep
    # the status phrase it read a rating from (docs/ratings.md), which is not this model's doing.
    rated = any(a["rag_raw"] for a in mk.EXPECTED[name])
    fields = FIELDS if rated else tuple(f for f in FIELDS if f != "rag_raw")
    got = [{f: a.get(f) for f in fields} for a in result(FIXTURES / name).actions]
    assert got == [{f: a[f] for f in fields} for a in mk.EXPECTED[name]]


def test_a_log_without_header_rows_is_one_action_table_per_section():
    res = result(FIXTURES / "log-sections.pdf")
    assert [t["roles"] for t in res.tables] == [["action", "lead", "progress"]] * 4
    assert [t["title"] for t in res.tables][:2] == ["Secretariat", "Records Management – Lead KD"]
    # The owner named in a section heading is not the rows' lead; the owner column is.
    assert [a["lead"] for a in res.actions if a["table_index"] == 1] == ["All", "KD", "KD/MN"]


def test_an_action_and_status_log_is_an_action_table_without_a_heading_naming_it():
    res = result(FIXTURES / "log-action-status.pdf")
    assert res.document["status"] == "ok"
    (table,) = res.tables
    assert table["roles"] == ["action", "progress"]
    assert "status words" in table["decision"]


def test_section_rows_give_the_area_and_are_never_actions():
    res = result(FIXTURES / "log-section-rows.pdf")
    assert [a["area"] for a in res.actions] == ["Theme 1: Reading and literacy"] * 2 + [
        "Theme 2: Digital inclusion"
    ] * 3
    assert not any((a["action"] or "").startswith("Theme") for a in res.actions)
    (table,) = res.tables
    assert table["roles"] == ["ref", "action", "lead", "deadline", "rag"]


@pytest.mark.parametrize("name", ["other-tables.pdf", "other-untitled.pdf"])
def test_lists_budgets_kpis_risks_and_agendas_are_not_action_tables(name):
    res = result(FIXTURES / name)
    assert res.document["status"] == "no_action_table"
    assert res.actions == [] and res.tables == []


def test_action_tables_record_each_columns_role_confidence_and_evidence():
    (table, *_) = result(FIXTURES / "log-sections.pdf").tables
    assert len(table["role_confidence"]) == len(table["roles"]) == len(table["role_evidence"])
    assert all(0 < c <= 1 for c in table["role_confidence"])
    assert table["role_evidence"][2].startswith("content status")
    assert table["decision"].startswith("action table (score")
    headed = result(FIXTURES / "table-repeated-header.pdf").tables[0]
    assert headed["role_confidence"][headed["roles"].index("lead")] == 1.0
    assert "header 'Lead officer'" in headed["role_evidence"][headed["roles"].index("lead")]


# -- the real logs ------------------------------------------------------------------------------

REAL = sorted((FIXTURES / "real").glob("*.pdf"))


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_real_action_logs_read_every_row_with_its_fields(path):
    gold = [json.loads(line) for line in path.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines()]
    got = result(path).actions
    assert len(got) == len(gold)
    for g, a in zip(gold, got, strict=True):
        for f in ("ref", "area", "lead", "action", "progress", "page_first"):
            assert " ".join(str(a[f] or "").split()) == " ".join(str(g[f] or "").split()), (f, g["action"])


# -- the parts on their own ---------------------------------------------------------------------


def test_cell_measures():
    assert (
        is_date("31/03/2026") and is_date("Q2 2026/27") and is_date("end of June") and not is_date("Develop")
    )
    assert is_status("Carried forward") and is_status("New") and not is_status("Develop a plan")
    assert is_lead("KK/HS") and is_lead("Head of Service") and is_lead("Jo Bloggs") and is_lead("ICT team")
    assert not is_lead("Publish the notes of the meeting on the website.")
    assert is_action("Publish the notes") and is_action("GS and JT to meet the team")
    assert not is_action("Meeting of the working group")
    ev = measure(["New", "Ongoing", "", "Completed"])
    assert ev.cells == 3 and ev.get("status") == 1.0


def test_content_decides_without_a_header_and_a_header_outweighs_content():
    cols = [
        ["1", "2", "3"],
        ["Publish the plan", "Agree the budget", "Train the staff"],
        ["Head of Service", "Finance Manager", "HR Lead"],
        ["March 2026", "Q2 2026/27", "31/12/2026"],
    ]
    assert [r.role for r in assign([None] * 4, cols)] == ["ref", "action", "lead", "deadline"]
    roles = assign(["No", "Action", "Lead officer", "Target date"], cols)
    assert [r.role for r in roles] == ["ref", "action", "lead", "deadline"]
    assert all(r.confidence == 1.0 for r in roles)
    # A header the lexicon reads wins over what the cells say; where it reads nothing, the cells speak.
    assert [r.role for r in assign(["No", "Action", "Comments", "Target date"], cols)][2] == "progress"
    assert [r.role for r in assign(["No", "Action", "Contact", "Target date"], cols)][2] == "lead"


def test_one_role_per_column_across_the_table():
    cols = [["March 2026", "June 2026", "May 2026"], ["April 2026", "July 2026", "June 2026"]]
    roles = [r.role for r in assign([None, None], cols)]
    assert roles.count("deadline") == 1


@pytest.mark.parametrize("title", [None, "Table 5"])
def test_decision_keeps_a_risk_register_out_even_with_its_header_read(title):
    _, grid = next(g for g in mk.OTHER_GRIDS if g[0] == "Risk register")
    cols = [list(c) for c in zip(*grid.rows, strict=True)]
    roles = assign(grid.header, cols)
    d = decide([r.role for r in roles], [r.confidence for r in roles], cols, title=title, headers=grid.header)
    assert "action" in [r.role for r in roles] and not d.is_action, d.describe()


def test_decision_weighs_titles():
    cols = [["Publish the plan", "Agree the budget", "Train the staff"], ["New", "Ongoing", "Completed"]]
    roles = assign([None, None], cols)
    kw = {"roles": [r.role for r in roles], "confidence": [r.confidence for r in roles], "columns": cols}
    assert decide(**kw).is_action
    assert decide(**kw, title="Action log").score > decide(**kw).score
    assert not decide(**kw, title="Budget monitoring").is_action
    assert not decide(**{**kw, "columns": [c[:2] for c in cols]}).is_action  # two rows, no header


def test_genre_headings_are_headings_not_sentences():
    assert genre_heading("ODUG Action Log – 14 May 2013")
    assert genre_heading("Children's Services Improvement Plan")
    assert not genre_heading("Add display of progress on Open Data Strategy commitments to")
    assert not genre_heading("listed below, are included within its Business Plan")
    assert not genre_heading("Improvement Plan ........ 10")


# -- explain and report show how the columns were read ------------------------------------------


@pytest.fixture(scope="module")
def curated(tmp_path_factory):
    out = tmp_path_factory.mktemp("curated")
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(FIXTURES / "log-sections.pdf"), "--out", str(out)]
    done = subprocess.run([*cmd, "--workers", "1", "-q"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return out


def test_explain_shows_the_columns_roles_and_the_decision(curated):
    acts = pq.read_table(curated / "actions.parquet").to_pylist()
    first = next(a for a in acts if a["table_index"] == 0 and a["row_index"] == 0)
    text = format_explain(explain(first["action_id"], curated))
    assert "columns:  action 0." in text and "progress 0.60 (content status" in text
    assert "-> action table (score" in text


def test_report_lists_action_tables_with_their_column_evidence(curated):
    page = render(curated)
    assert page.count('<tr class="action-table">') == 4
    assert "content status/narrative" in page


def test_a_column_of_lone_rating_letters_is_a_rating_not_initials():
    # A headerless log printing a sparse 'B' (blue: complete) beside some statuses: the letter
    # also matches the initials pattern, but a column of lone R/A/G/B letters is a rating.
    cols = [
        ["Publish the plan", "Agree the budget", "Train the staff", "Review the policy"],
        ["New", "Completed", "Carried forward", "Completed"],
        ["", "B", "", "B"],
    ]
    assert [r.role for r in assign([None] * 3, cols)] == ["action", "progress", "rag"]
    # Owners' initials stay a lead column.
    cols[2] = ["JT", "GS/BB", "PM", "AM"]
    assert [r.role for r in assign([None] * 3, cols)][2] == "lead"

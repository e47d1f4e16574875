"""The extraction spine (ingest -> locate -> parse -> map -> stitch -> select) on the table-*.pdf fixtures.

Each fixture is drawn by tests/fixtures/make_table_fixtures.py with one trait of council action
tables; the tests check that trait against the specification the PDF was drawn from, and every
fixture's actions against its golden file tests/golden/<fixture>.jsonl (`pytest --regen-golden`
rewrites those for review as a diff).
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from pipeline.context import StageConfig
from pipeline.process import DocResult, process_document
from tests.fixtures import make_table_fixtures as mk
from tests.helpers import assert_matches_generator

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
BY_NAME = {fx.name: fx for fx in mk.FIXTURES}
NAMES = list(BY_NAME)

# Fixtures the extractors are known to get wrong, with the bug; a fix turns them into XPASS and
# their golden files hold what a correct extraction returns.
KNOWN_BUGS: dict[str, str] = {
    "table-borderless-tight.pdf": "no refs, no rules and no space between rows: every line is 11 pt "
    "below the last, and the rows' top alignment (one-line Lead officer and By when entries "
    "starting each row) is not used, so all six rows become one action",
}


def per_fixture(affected=tuple(KNOWN_BUGS)):
    """Every fixture as a parameter, those in `affected` marked xfail(strict) with their bug."""
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[n])) if n in affected else n
        for n in NAMES
    ]


# The fields of an action compared with the specification and kept in the golden files.
SPEC_FIELDS = ("ref", "area", "lead", "action", "deadline_raw", "progress", "rag_raw", "monitoring")
GOLDEN_FIELDS = SPEC_FIELDS + ("rag", "page_first", "page_last", "table_index", "row_index")

_results: dict[str, DocResult] = {}


def result(name: str) -> DocResult:
    """The spine's output for one fixture, computed once per session."""
    if name not in _results:
        _results[name] = process_document(FIXTURES / name, StageConfig(strict=True))
    return _results[name]


def actions(name: str) -> list[dict]:
    return result(name).actions


def by_ref(name: str) -> dict[str, dict]:
    return {a["ref"]: a for a in actions(name)}


def expected(name: str) -> list[dict]:
    return mk.expected_actions(BY_NAME[name])


def _clip(a: dict, fields=SPEC_FIELDS + ("page_first", "page_last", "table_index", "row_index")) -> dict:
    return {f: a.get(f) for f in fields}


# -- the fixture files --------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_fixture_is_committed_small_and_documented(name):
    path = FIXTURES / name
    assert path.exists(), f"run: .venv/bin/python -m tests.fixtures.make_table_fixtures ({name} missing)"
    assert path.stat().st_size < 20_000
    assert name in (FIXTURES / "SOURCES.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_fixture_matches_its_generator(name, tmp_path):
    """The committed PDF is what the script draws today (invariant=1 makes it byte-stable)."""
    assert_matches_generator(mk, BY_NAME[name], FIXTURES, tmp_path)


@pytest.mark.parametrize("name", NAMES)
def test_fixture_has_its_trait(name):
    """The layout really has the trait the fixture is named after (guards edits to the wording)."""
    fx = BY_NAME[name]
    mk.check_trait(fx, mk.plan(fx))


# -- every fixture against its specification ----------------------------------------------------


@pytest.mark.parametrize("name", per_fixture())
def test_actions_match_specification(name):
    got = [_clip(a) for a in actions(name)]
    want = [_clip(a) for a in expected(name)]
    assert [a["ref"] for a in got] == [a["ref"] for a in want]
    for g, w in zip(got, want, strict=True):
        assert g == w, f"action {w['ref']}"


# The other known bugs lose or misplace text but leave the count of actions right.
MISCOUNTED: list[str] = ["table-borderless-tight.pdf"]


@pytest.mark.parametrize("name", per_fixture(affected=MISCOUNTED))
def test_document_status(name):
    doc = result(name).document
    want = "ok" if expected(name) else "no_action_table"
    assert doc["status"] == want
    assert doc["n_actions"] == len(expected(name))
    assert result(name).quarantine == []


# -- one trait per fixture ----------------------------------------------------------------------


def test_split_row_is_one_action_over_two_pages():
    name = "table-split-row.pdf"
    rows = by_ref(name)
    assert list(rows) == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    split = rows["1.4"]
    assert (split["page_first"], split["page_last"]) == (1, 2)
    spec = next(a for a in expected(name) if a["ref"] == "1.4")
    # The text printed on page 2 is joined to page 1's, in order, with nothing lost or repeated.
    assert split["action"] == spec["action"]
    assert split["progress"] == spec["progress"]
    assert split["action"].endswith("partnership board every six months.")
    assert split["progress"].endswith("alongside the final strategy.")
    assert (split["lead"], split["deadline_raw"], split["rag_raw"]) == (
        "Commissioning Manager, Carers",
        "September 2026",
        "Green",
    )
    # The rows either side keep to their own page.
    assert (rows["1.3"]["page_first"], rows["1.3"]["page_last"]) == (1, 1)
    assert (rows["1.5"]["page_first"], rows["1.5"]["page_last"]) == (2, 2)


def test_repeated_header_is_not_an_action_and_the_table_is_stitched_once():
    name = "table-repeated-header.pdf"
    res = result(name)
    headers = [c.header for c in BY_NAME[name].tables[0].columns]
    assert len(res.tables) == 1
    table = res.tables[0]
    assert (table["page_first"], table["page_last"]) == (1, 3)
    assert table["headers"] == headers
    assert {a["table_index"] for a in res.actions} == {0}
    assert [a["row_index"] for a in res.actions] == list(range(len(res.actions)))
    for a in res.actions:
        for f in SPEC_FIELDS:
            value = a[f] or ""
            for h in headers:
                assert value != h, f"header {h!r} as the {f} of {a['ref']}"
                assert " " not in h or h not in value, f"header {h!r} inside the {f} of {a['ref']}"
    assert [a["ref"] for a in res.actions] == [str(n) for n in range(1, 22)]
    assert sorted({a["page_first"] for a in res.actions}) == [1, 2, 3]


def test_merged_area_reaches_every_row_of_its_block_over_the_break():
    name = "table-merged-group-over-break.pdf"
    rows = by_ref(name)
    spec = {a["ref"]: a for a in expected(name)}
    block = ["2.1", "2.2", "2.3", "2.4"]
    area = spec["2.1"]["area"]
    assert area.startswith("Care leavers") and area.endswith("pathway plan.")
    for ref in block:
        assert rows[ref]["area"] == area, ref
    assert [rows[r]["page_first"] for r in block] == [1, 1, 2, 2]
    # The blocks either side keep their own text.
    assert rows["1.2"]["area"] == spec["1.1"]["area"]
    assert rows["3.1"]["area"] == spec["3.1"]["area"] != area


def test_unseen_headers_get_their_roles():
    name = "table-unseen-headers.pdf"
    res = result(name)
    assert [t["roles"] for t in res.tables] == [
        ["action", "lead", "deadline", "progress", "rag", "monitoring"]
    ]
    assert len(res.actions) == 4
    first = res.actions[0]
    assert first["lead"] == "Head of SEND"
    assert first["deadline_raw"] == "August 2026"
    assert first["monitoring"] == "Monthly timeliness report to the SEND partnership board."
    assert [a["rag"] for a in res.actions] == ["amber", "green", "green", "red"]


def test_ref_printed_in_the_action_cell_is_split_off():
    name = "table-ref-in-action.pdf"
    res = result(name)
    assert [a["ref"] for a in res.actions] == ["2.1", "2.2", "2.3", "2.4"]
    assert res.actions[0]["action"].startswith("Develop a shared risk assessment tool")
    for a in res.actions:
        assert not a["action"][0].isdigit(), a["action"]
    assert "ref" not in res.tables[0]["roles"]


def test_budget_and_membership_tables_are_not_action_tables():
    res = result("table-non-action.pdf")
    assert res.actions == []
    assert res.tables == []
    assert res.document["status"] == "no_action_table"
    assert res.document["n_action_tables"] == 0


def test_rules_only_table_finds_columns_from_alignment():
    name = "table-rules-only.pdf"
    res = result(name)
    assert len(res.tables) == 1
    table = res.tables[0]
    assert table["parser"] == "aligned"  # no vertical rules to go by
    assert table["roles"] == ["ref", "action", "lead", "deadline", "progress", "rag"]
    assert [a["ref"] for a in res.actions] == ["P1", "P2", "P3", "P4"]
    assert res.actions[1]["lead"] == "Planning Support Manager"
    assert [a["rag"] for a in res.actions] == ["amber", "blue", "green", "red"]


def test_merged_area_text_running_over_the_break_reaches_every_row():
    name = "table-merged-text-over-break.pdf"
    rows = by_ref(name)
    area = next(a for a in expected(name) if a["ref"] == "2.1")["area"]
    assert area.endswith("who support them.")
    for ref in ("2.1", "2.2", "2.3", "2.4"):
        assert rows[ref]["area"] == area, ref
    assert rows["3.1"]["area"].startswith("The quality of return home interviews")


def test_merged_area_paragraph_over_the_break_reaches_every_row():
    """Word carries a merged cell's text on into its part on the next page whatever the text is.

    Here the second paragraph ('This was also a finding ...') lands at the top of page 2. The rows
    under it (2.3, 2.4) carry refs of the same block, and no rule closes the block at the break
    other than the page's own; today 2.1-2.2 get only the first paragraph and 2.3-2.4 only the
    second.
    """
    name = "table-merged-paragraph-over-break.pdf"
    rows = by_ref(name)
    area = next(a for a in expected(name) if a["ref"] == "2.1")["area"]
    assert area.endswith("needs. This was also a finding of the focused visit in 2024.")
    for ref in ("2.1", "2.2", "2.3", "2.4"):
        assert rows[ref]["area"] == area, ref


def test_split_row_without_numbers_keeps_its_remainder():
    """No ref column and unnumbered actions: only the empty lead, deadline and RAG cells tell that
    the first row of page 2 is the rest of the last row of page 1. With only two rows above it
    the remainder ('the final strategy.') is today dropped and the action ends on page 1."""
    name = "table-split-row-unnumbered.pdf"
    got = actions(name)
    spec = expected(name)
    assert len(got) == len(spec) == 3
    split = got[1]
    assert split["progress"] == spec[1]["progress"]
    assert split["progress"].endswith("alongside the final strategy.")
    assert (split["page_first"], split["page_last"]) == (1, 2)


def test_split_row_whose_remainder_starts_with_a_number():
    """Refs printed in the action cells; the part of 1.4's action on page 2 is a paragraph that
    starts '12 carers champions ...'. It belongs to 1.4 (its lead, deadline and RAG cells are
    empty and 12 does not follow 1.4); today it becomes an action with ref '12'."""
    name = "table-split-row-ref-in-action.pdf"
    got = actions(name)
    assert [a["ref"] for a in got] == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    split = got[3]
    assert split["action"].endswith("each year. 12 carers champions will be trained in every team.")
    assert split["progress"].endswith("alongside the final strategy.")
    assert (split["page_first"], split["page_last"]) == (1, 2)


def test_section_heading_rows_are_not_actions():
    """A shaded row whose single cell runs across the table ('Priority 2: Listening to tenants')
    heads the rows below it. Its words today are dealt to the ref and action columns by their
    centres, so it comes out as an action with ref 'Priority' and action '2: Listening to tenants'
    (the longest heading even reaches the lead column)."""
    name = "table-section-headings.pdf"
    got = actions(name)
    assert [a["ref"] for a in got] == [str(n) for n in range(1, 22)]
    for a in got:
        assert not (a["action"] or "").startswith(("1:", "2:", "3:")), a
        assert "Priority" not in (a["ref"] or ""), a


def test_rules_only_table_with_section_headings():
    """Without vertical rules the columns come from whitespace; a heading row ('Theme B: Plan
    making') is one short line that crosses the gap between 'Ref' and 'Action'. Today that single
    line closes the gap (aligned_columns allows int(0.02 * lines) = 0 crossings), the two columns
    merge under the header 'Ref Action', no column is the action column and the table is lost."""
    name = "table-rules-only-section-headings.pdf"
    res = result(name)
    assert [t["roles"] for t in res.tables] == [["ref", "action", "lead", "deadline", "progress", "rag"]]
    assert [a["ref"] for a in res.actions] == ["P1", "P2", "P3", "P4"]


def test_two_tables_on_one_page_stay_apart():
    """Table 1 closes with its rule at y=239; the heading 'Priority 2: Tackle domestic abuse'
    follows, then table 2's header, whose top border (y=281) is today taken as table 1's bottom."""
    name = "table-two-tables-one-page.pdf"
    res = result(name)
    assert len(res.tables) == 2
    assert [(a["table_index"], a["ref"]) for a in res.actions] == [
        (0, "1.1"),
        (0, "1.2"),
        (1, "2.1"),
        (1, "2.2"),
    ]
    assert "Priority 2: Tackle domestic abuse" in (res.tables[1]["title"] or "")


def test_table_after_the_action_table_is_not_part_of_it():
    """Below the action table (closing rule at y=239) come a title and a ruled membership list.
    No header band stops the action table, so today its bottom is the list's last rule: the
    list's vertical rules (x=252, 502) become extra column boundaries that cut actions and the
    'Progress update' header in two, and every member becomes an action ('Chief' / 'Nurse')."""
    name = "table-action-then-list.pdf"
    res = result(name)
    assert [t["roles"] for t in res.tables] == [["ref", "action", "lead", "deadline", "progress", "rag"]]
    assert [a["ref"] for a in res.actions] == ["1.1", "1.2"]
    assert res.actions[0]["action"] == "Run joint patrols with the police in the three hotspot wards."


BORDERLESS = [
    "table-borderless-numbered.pdf",
    "table-borderless-unnumbered.pdf",
    "table-borderless-tight.pdf",
]


def test_borderless_numbered_rows_start_at_their_refs():
    """No rules at all: rows start where the Ref column prints a number, even though row 1.3's
    progress is two paragraphs spaced like rows, and row 1.7 runs over the page break, where its
    Ref cell is empty under the repeated bold header. (The Progress text is checked below.)"""
    name = "table-borderless-numbered.pdf"
    got, spec = actions(name), expected(name)
    assert [a["ref"] for a in got] == [f"1.{n}" for n in range(1, 10)]
    for g, w in zip(got, spec, strict=True):
        for f in ("action", "lead", "deadline_raw"):
            assert g[f] == w[f], (w["ref"], f)
    split = got[6]
    assert (split["page_first"], split["page_last"]) == (1, 2)
    assert split["action"].endswith("reported to Cabinet every six months.")
    assert [a["page_first"] for a in got] == [1] * 7 + [2, 2]


def test_borderless_unnumbered_rows_come_from_paragraph_spacing():
    """No rules and no refs: only the 6 pt space after each row's last paragraph (a gap of 8 pt
    between the rows' lines against 2 pt inside a cell) separates the six rows."""
    name = "table-borderless-unnumbered.pdf"
    got, spec = actions(name), expected(name)
    assert [a["lead"] for a in got] == [a["lead"] for a in spec]
    for g, w in zip(got, spec, strict=True):
        assert (g["action"], g["deadline_raw"]) == (w["action"], w["deadline_raw"])


@pytest.mark.xfail(strict=True, reason=KNOWN_BUGS["table-borderless-tight.pdf"])
def test_borderless_tight_rows_come_from_top_alignment():
    """No rules, no refs, no space between rows: every line is 11 pt below the one before. A careful
    reader still splits the rows where the one-line Lead officer and By when entries start, each
    top-aligned with the first line of its action; rows are at least two lines tall, so those
    entries never touch."""
    name = "table-borderless-tight.pdf"
    got, spec = actions(name), expected(name)
    assert [a["lead"] for a in got] == [a["lead"] for a in spec]
    for g, w in zip(got, spec, strict=True):
        assert (g["action"], g["deadline_raw"]) == (w["action"], w["deadline_raw"])


@pytest.mark.parametrize("name", BORDERLESS)
def test_borderless_last_column_keeps_the_text_past_its_header(name):
    """The last column's text runs far to the right of its one-word header ('Progress', 'Update');
    with no rule to mark the table's right edge every word of it still belongs to the table.
    Checked on the column's text top to bottom, whatever the rows."""
    got = " ".join(a["progress"] or "" for a in actions(name))
    assert got == " ".join(a["progress"] for a in expected(name))


# -- golden files -------------------------------------------------------------------------------


def golden_lines(name: str) -> list[str]:
    return [json.dumps(_clip(a, GOLDEN_FIELDS), ensure_ascii=False) + "\n" for a in actions(name)]


@pytest.mark.parametrize("name", per_fixture())
def test_golden(name, regen_golden):
    path = GOLDEN / (Path(name).stem + ".jsonl")
    lines = golden_lines(name)
    if regen_golden and name in KNOWN_BUGS:
        pytest.skip(f"{path.name} holds the correct output for a known bug; rewrite it once fixed")
    if regen_golden:
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != "".join(lines):
            path.parent.mkdir(exist_ok=True)
            path.write_text("".join(lines), encoding="utf-8")
            pytest.skip(f"rewrote tests/golden/{path.name}: review it with git diff")
        return
    assert path.exists(), f"no golden file {path}; run pytest --regen-golden and review it"
    want = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if lines != want:
        diff = "".join(difflib.unified_diff(want, lines, str(path), "extracted now", n=0))
        pytest.fail(f"actions differ from {path.name} (pytest --regen-golden to accept):\n{diff}")

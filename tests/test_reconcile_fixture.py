"""The pipeline links the versions of an action log end to end: recon-*.pdf through the real CLI,
action ids against the generator's gold ids, and the change views on what slipped, went red and vanished."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
sys.path.insert(0, str(FIXTURES))
import make_reconcile_fixtures as mk  # noqa: E402

BOARD_DATES = ["2024-01-12", "2024-03-08", "2024-05-10", "2024-07-12"]


@pytest.fixture(scope="module")
def curated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdfs = tmp_path_factory.mktemp("recon-pdf")
    for log in mk.LOGS:
        shutil.copy(FIXTURES / log.name, pdfs / log.name)
    out = tmp_path_factory.mktemp("recon") / "curated"
    subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", str(pdfs), "--out", str(out), "--workers", "1", "-q"],
        cwd=REPO,
        check=True,
    )
    return out


@pytest.fixture(scope="module")
def rows(curated: Path) -> pd.DataFrame:
    """Every extracted row beside the gold row printed there (same file, same reading order)."""
    docs = pd.read_parquet(curated / "documents.parquet")
    acts = pd.read_parquet(curated / "actions.parquet").merge(docs[["doc_id", "file_name"]], on="doc_id")
    out = []
    for log in mk.LOGS:
        got = acts[acts["file_name"] == log.name].sort_values(["table_index", "row_index"])
        gold = mk.printed_rows(log)
        assert [" ".join(a.split()) for a in got["action"]] == [r.action for r in gold], log.name
        out.append(got.assign(gold=[r.gold for r in gold]))
    return pd.concat(out, ignore_index=True)


@pytest.fixture(scope="module")
def gold_of(rows: pd.DataFrame) -> dict[str, str]:
    return dict(zip(rows["action_id"], rows["gold"], strict=True))


def _pairs(rows: pd.DataFrame, column: str) -> set[tuple[int, int]]:
    out = set()
    for _, grp in rows.groupby(column):
        for i, j in itertools.combinations(sorted(grp.index), 2):
            if rows.at[i, "doc_id"] != rows.at[j, "doc_id"]:
                out.add((i, j))
    return out


def test_every_version_pair_links_exactly_the_same_actions(rows):
    gold, predicted = _pairs(rows, "gold"), _pairs(rows, "action_id")
    assert len(gold) == 28
    assert predicted == gold


def test_the_board_log_is_one_plan_in_date_order_and_the_forum_log_another(curated, rows):
    from pipeline.query import query

    board = rows[rows["file_name"].str.startswith("recon-board")]
    forum = rows[rows["file_name"].str.startswith("recon-forum")]
    assert board["plan_id"].nunique() == 1 and forum["plan_id"].nunique() == 1
    assert set(board["plan_id"]) != set(forum["plan_id"])
    versions = query(
        f"SELECT doc_date, file_name FROM plan_versions WHERE plan_id = '{board['plan_id'].iloc[0]}' "
        "ORDER BY version_index",
        curated,
    ).to_pylist()
    assert [str(v["doc_date"]) for v in versions] == BOARD_DATES
    assert [v["file_name"] for v in versions] == [f"recon-board-v{i}.pdf" for i in range(1, 5)]


def test_each_meeting_s_minutes_are_a_new_action(rows):
    minutes = rows[rows["action"].str.startswith("Circulate the minutes")]
    assert minutes["action_id"].nunique() == len(minutes) == 6


def test_slipped_deadlines(curated, gold_of):
    from pipeline.query import query

    got = query("SELECT action_id, version_index, days_slipped FROM slipped_deadlines", curated).to_pylist()
    assert {(gold_of[r["action_id"]], r["version_index"], r["days_slipped"]) for r in got} == {
        ("B04", 1, 30),  # 31 Mar -> 30 Apr
        ("B04", 2, 61),  # 30 Apr -> 30 Jun
        ("B08", 2, 92),  # 29 Feb -> 31 May, across the version it skipped
        ("B05", 3, 153),  # 30 Apr -> 30 Sep
        ("F04", 1, 61),
    }


def test_went_red(curated, gold_of):
    from pipeline.query import query

    got = query(
        "SELECT action_id, version_index, from_rag FROM rag_transitions WHERE to_rag = 'red'", curated
    )
    assert {(gold_of[r["action_id"]], r["version_index"], r["from_rag"]) for r in got.to_pylist()} == {
        ("B04", 1, "amber"),
        ("B05", 2, "green"),
        ("B08", 2, "amber"),
        ("F05", 1, "amber"),
    }


def test_vanished(curated, gold_of):
    from pipeline.query import query

    got = query("SELECT action_id, version_index, closed_when_last_seen FROM dropped_actions", curated)
    assert {
        (gold_of[r["action_id"]], r["version_index"], r["closed_when_last_seen"]) for r in got.to_pylist()
    } == {
        ("B01", 1, False),
        ("B08", 1, False),  # skips version 2, back in version 3
        ("B07", 2, True),  # closed in version 2, then left out
        ("B09", 2, False),
        ("B03", 3, True),
        ("B04", 3, False),
        ("B06", 3, False),
        ("B08", 3, False),
        ("B10", 3, False),
        ("B11", 3, False),
        ("F01", 1, False),
        ("F06", 1, False),
    }


def test_reworded_and_reappeared_events(curated, gold_of):
    events = pd.read_parquet(curated / "action_events.parquet")
    events["gold"] = events["action_id"].map(gold_of)
    got = {(g, v) for g, v in zip(events["gold"], events["version_index"], strict=True)}
    assert ("B03", 1) in got
    text = events[events["event"] == "text_changed"]
    assert set(zip(text["gold"], text["version_index"], strict=True)) == {("B03", 1)}
    back = events[events["event"] == "reappeared"]
    assert set(zip(back["gold"], back["version_index"], strict=True)) == {("B08", 2)}

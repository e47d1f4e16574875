"""The DuckDB views of pipeline/views.sql give, on the sample output, the figures pandas counts
independently from the same Parquet."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from extractors.normalise_leads import lead_key
from pipeline.query import CuratedMissing, connect, query, view_names

REPO = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2015, 3, 1)


@pytest.fixture(scope="module")
def curated(sample_curated):
    return sample_curated


@pytest.fixture(scope="module")
def con(curated):
    c = connect(curated)
    yield c
    c.close()


@pytest.fixture(scope="module")
def pq(curated):
    return {
        t: pd.read_parquet(curated / f"{t}.parquet")
        for t in ("documents", "actions", "action_events", "quarantine")
    }


def df(con, sql: str) -> pd.DataFrame:
    return con.sql(sql).to_df()


def latest_actions_pd(pq) -> pd.DataFrame:
    ev = pq["action_events"]
    versions = ev.groupby(["plan_id", "version_index"], as_index=False)["doc_id"].min()
    latest = versions.loc[versions.groupby("plan_id")["version_index"].idxmax()]
    return pq["actions"].merge(latest[["plan_id", "doc_id"]], on=["plan_id", "doc_id"])


def test_every_view_is_defined_and_readable(con):
    names = view_names()
    for name in ("plans", "action_history", "overdue(as_of)", "slipped_deadlines", "rag_transitions"):
        assert name in names
    assert "actions_by_lead" in names
    for name in names:
        sql = f"SELECT * FROM {name.replace('(as_of)', '(DATE ' + repr(str(AS_OF)) + ')')} LIMIT 1"
        con.sql(sql).to_arrow_table()


def test_plans_and_versions(con, pq):
    plans = df(con, "SELECT * FROM plans").set_index("plan_id")
    acts = pq["actions"]
    assert set(plans.index) == set(acts["plan_id"].dropna())
    ev = pq["action_events"]
    n_versions = ev.groupby("plan_id")["version_index"].nunique()
    assert plans["n_versions"].to_dict() == n_versions.to_dict()
    latest = latest_actions_pd(pq)
    assert plans["n_actions_latest"].to_dict() == latest.groupby("plan_id").size().to_dict()
    red = latest[latest["rag"] == "red"].groupby("plan_id").size()
    assert plans["n_red"].to_dict() == red.reindex(plans.index, fill_value=0).to_dict()
    # the sample holds two reports of one plan
    assert plans["n_versions"].max() == 2


def test_plan_versions_count_actions_and_events(con, pq):
    pv = df(con, "SELECT * FROM plan_versions")
    assert pv["n_actions"].sum() == len(pq["actions"])  # no second renderings in the sample
    ev = pq["action_events"]
    new = ev[ev["event"] == "new"].groupby(["plan_id", "version_index"])["action_id"].nunique()
    got = pv.set_index(["plan_id", "version_index"])["n_new"]
    assert got[got > 0].to_dict() == new.to_dict()


def test_latest_actions(con, pq):
    assert df(con, "SELECT count(*) n FROM latest_actions")["n"][0] == len(latest_actions_pd(pq))


def test_overdue_as_of_matches_pandas(con, pq):
    latest = latest_actions_pd(pq)
    deadline = pd.to_datetime(latest["deadline_date"])
    complete = latest["rag_raw"].fillna("").str.lower().str.contains("complete")
    expected = latest[(deadline < pd.Timestamp(AS_OF)) & (latest["rag"] != "blue") & ~complete]
    got = df(con, f"SELECT * FROM overdue(DATE '{AS_OF}')")
    assert len(got) == len(expected) > 0
    assert set(got["row_id"]) == set(expected["row_id"])
    assert (got["days_overdue"] > 0).all()
    # the same macro answers a string date
    assert len(df(con, f"SELECT * FROM overdue('{AS_OF}')")) == len(expected)


def test_overdue_as_known_uses_the_reports_published_by_then(con, pq):
    ev = pq["action_events"]
    versions = ev.groupby(["plan_id", "version_index"], as_index=False).agg(
        doc_id=("doc_id", "min"), doc_date=("doc_date", "min")
    )
    known = versions[pd.to_datetime(versions["doc_date"]) <= pd.Timestamp(AS_OF)]
    known = known.loc[known.groupby("plan_id")["version_index"].idxmax()]
    acts = pq["actions"].merge(known[["plan_id", "doc_id"]], on=["plan_id", "doc_id"])
    deadline = pd.to_datetime(acts["deadline_date"])
    complete = acts["rag_raw"].fillna("").str.lower().str.contains("complete")
    expected = acts[(deadline < pd.Timestamp(AS_OF)) & (acts["rag"] != "blue") & ~complete]
    got = df(con, f"SELECT * FROM overdue_as_known(DATE '{AS_OF}')")
    assert set(got["row_id"]) == set(expected["row_id"]) and len(got) == len(expected) > 0
    # in the sample, 2015-03-01 falls between the plan's two reports: the answers differ
    assert set(got["row_id"]) != set(df(con, f"SELECT row_id FROM overdue(DATE '{AS_OF}')")["row_id"])
    assert (got["version_index"] == 0).all()


def test_slipped_deadlines(con, pq):
    ev = pq["action_events"]
    changed = ev[ev["event"] == "deadline_changed"]
    got = df(con, "SELECT * FROM slipped_deadlines")
    assert len(got) == len(changed) > 0
    assert got["days_slipped"].sum() == changed["days_slipped"].sum()
    before = pd.to_datetime(got["deadline_date_before"])
    after = pd.to_datetime(got["deadline_date_after"])
    both = before.notna() & after.notna()
    assert ((after - before).dt.days[both] == got["days_slipped"][both]).all()


def test_rag_transitions(con, pq):
    ev = pq["action_events"]
    changed = ev[ev["event"] == "rag_changed"]
    got = df(con, "SELECT from_rag, to_rag, count(*) n FROM rag_transitions GROUP BY ALL").fillna("-")
    expected = changed.fillna({"from_value": "-", "to_value": "-"}).groupby(["from_value", "to_value"]).size()
    assert got.set_index(["from_rag", "to_rag"])["n"].to_dict() == expected.to_dict()
    dates = df(con, "SELECT from_doc_date, to_doc_date FROM rag_transitions")
    assert dates.notna().all().all()
    assert (pd.to_datetime(dates["from_doc_date"]) < pd.to_datetime(dates["to_doc_date"])).all()


def test_action_history(con, pq):
    ev = pq["action_events"]
    expected = ev.groupby(["action_id", "version_index"]).ngroups
    got = df(con, "SELECT * FROM action_history")
    assert len(got) == expected
    present = got[~got["dropped"]]
    assert present["row_id"].notna().all()
    assert got["dropped"].sum() == (ev["event"] == "dropped").sum()


def test_actions_by_lead_matches_python_lead_key(con, pq):
    latest = latest_actions_pd(pq)
    counts: dict[str | None, int] = {}
    for leads in latest["leads"]:
        keys = {lead_key([lead]) for lead in (leads if leads is not None else [])} or {None}
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    got = df(con, "SELECT lead_key, n_actions FROM actions_by_lead")
    got_counts = {
        (None if pd.isna(k) else k): int(n) for k, n in zip(got["lead_key"], got["n_actions"], strict=True)
    }
    assert got_counts == counts
    # a lead's actions are also found through the action's combined key
    top = got.iloc[0]
    assert (
        top["n_actions"]
        == latest["lead_key"].fillna("").str.split(";").apply(lambda ks: top["lead_key"] in ks).sum()
    )


def test_query_function_and_cli(curated, tmp_path):
    assert query("SELECT count(*) AS n FROM documents", curated).to_pylist() == [{"n": 3}]
    out = tmp_path / "plans.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "query",
            "SELECT * FROM plans",
            "--curated",
            str(curated),
            "--out",
            str(out),
        ],
        cwd=REPO,
        check=True,
    )
    rows = json.loads(out.read_text())
    assert len(rows) == 3 and rows[0]["version_dates"]
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "query",
            f"SELECT * FROM overdue(DATE '{AS_OF}')",
            "--curated",
            str(curated),
            "--format",
            "csv",
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    )
    assert res.stdout.startswith("plan_id,ref,deadline_date,days_overdue,rag,")
    parquet = tmp_path / "o.parquet"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "query",
            "SELECT * FROM slipped_deadlines",
            "--curated",
            str(curated),
            "--out",
            str(parquet),
        ],
        cwd=REPO,
        check=True,
    )
    assert len(pd.read_parquet(parquet)) > 0


def test_cli_reports_bad_sql_and_missing_folder(curated, tmp_path):
    bad = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "query", "SELECT nope FROM plans", "--curated", str(curated)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and "query failed" in bad.stderr
    with pytest.raises(CuratedMissing):
        connect(tmp_path)


def test_views_sql_alone_works_in_a_plain_duckdb_session(curated):
    """The documented statement: SET VARIABLE curated, then run views.sql as it is."""
    import duckdb

    c = duckdb.connect()
    c.execute(f"SET VARIABLE curated = '{curated}'")
    c.execute((REPO / "pipeline" / "views.sql").read_text())
    assert c.sql("SELECT count(*) FROM actions").fetchall() == [
        (len(pd.read_parquet(curated / "actions.parquet")),)
    ]


def test_terminal_table_fits_the_width_and_says_what_it_left_out(curated, capsys, monkeypatch):
    from pipeline.query import print_table

    monkeypatch.setenv("COLUMNS", "100")
    print_table(query("SELECT * FROM action_history", curated), max_rows=5)
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 5 + 4  # one line per row, plus the header and three rules
    assert all(len(line) <= 100 for line in lines)
    assert "action_id" in lines[1]
    assert "rows not shown" not in err and "not shown" in err and "left out for width" in err


def test_set_variable_points_the_same_session_at_another_folder(curated, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(curated, other, ignore=shutil.ignore_patterns("_*"))
    actions = pd.read_parquet(other / "actions.parquet")
    pd.DataFrame(actions.iloc[:0]).to_parquet(other / "actions.parquet")  # same schema, no rows
    c = connect(curated)
    assert len(df(c, "SELECT * FROM overdue(DATE '2030-01-01')")) > 0
    c.execute(f"SET VARIABLE curated = '{other}'")
    assert len(df(c, "SELECT * FROM overdue(DATE '2030-01-01')")) == 0
    assert df(c, "SELECT count(*) n FROM actions")["n"][0] == 0


def test_views_sql_defaults_to_data_curated(curated, tmp_path, monkeypatch):
    """`.read pipeline/views.sql` alone, from a folder holding data/curated."""
    import duckdb

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "curated").symlink_to(curated, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    c = duckdb.connect()
    c.execute((REPO / "pipeline" / "views.sql").read_text())
    assert c.sql("SELECT count(*) FROM plans").fetchall() == [(3,)]


CORPUS = REPO.parent / "shared" / "corpus" / "pdf"


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus")
def test_every_view_answers_within_a_second_on_the_corpus(tmp_path):
    import time

    out = tmp_path / "corpus"
    subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", str(CORPUS), "--out", str(out), "-q"],
        cwd=REPO,
        check=True,
    )
    started = time.perf_counter()
    c = connect(out)
    assert time.perf_counter() - started < 1.0
    for name in view_names():
        sql = f"SELECT * FROM {name.replace('(as_of)', '(DATE ' + repr(str(AS_OF)) + ')')}"
        started = time.perf_counter()
        c.sql(sql).to_arrow_table()
        assert time.perf_counter() - started < 1.0, name

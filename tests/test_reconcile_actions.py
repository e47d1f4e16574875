"""Reconciliation on small hand-built plans: identity, symmetry, renumbering, rewording, new and
dropped actions, two plans in one pack, renderings, stable ids, events."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.plan_identity import comparable_text, segment_tables
from extractors.reconcile_actions import match_actions, reconcile
from pipeline.explain import explain, format_explain
from schemas import action_events, action_links, conform

PLAN = [
    ("1.1", "Allocate additional corporate resources with dedicated project management support"),
    ("1.2", "Review the structure of the leadership team to ensure sufficient capacity"),
    ("1.3", "Develop a workforce strategy to recruit and retain experienced social workers"),
    ("1.4", "Relaunch the quality assurance framework with a monthly audit programme"),
    ("1.5", "Publish revised guidance on unregistered placements for all staff"),
    ("1.6", "Commission an independent review of the multi-agency safeguarding hub"),
    ("1.7", "Introduce a parental feedback mechanism for child protection conferences"),
    ("1.8", "Agree a joint protocol with health partners for care leavers"),
]
OTHER_PLAN = [
    ("1.", "Terms of reference for the board steering group to be reviewed"),
    ("2.", "Establish a quarterly meeting of sub group chairs"),
    ("3.", "Undertake a self assessment against the national action plan"),
]


def _rows(
    doc, items, table=0, lead="Service Director", deadline=dt.date(2023, 3, 31), rag="amber", area=None
):
    return [
        {
            "doc_id": doc,
            "table_index": table,
            "row_index": i,
            "ref": ref,
            "source_ref": None,
            "area": area,
            "lead": lead,
            "lead_key": lead.lower(),
            "action": text,
            "deadline_raw": deadline.strftime("%B %Y"),
            "deadline_date": deadline,
            "progress": f"Progress on {ref} in {doc}",
            "rag": rag,
            "page_first": 1 + i // 4,
        }
        for i, (ref, text) in enumerate(items)
    ]


def _inputs(versions: list[tuple[str, dt.date | None, list[dict]]]):
    docs = pd.DataFrame(
        [
            {
                "doc_id": d,
                "source_file": f"{d}.pdf",
                "doc_date": date,
                "title": None,
                "council": None,
                "committee": None,
            }
            for d, date, _ in versions
        ]
    )
    acts = pd.DataFrame([r for _, _, rows in versions for r in rows])
    tabs = acts[["doc_id", "table_index"]].drop_duplicates().assign(title=None)
    tabs["headers"] = [["Ref", "Action", "Lead", "Deadline", "Progress", "RAG"]] * len(tabs)
    tabs["roles"] = [["ref", "action", "lead", "deadline_raw", "progress", "rag"]] * len(tabs)
    return docs, tabs.reset_index(drop=True), acts


def _ids(res, doc):
    a = res.actions[res.actions["doc_id"] == doc].sort_values(["table_index", "row_index"])
    return a["action_id"].tolist()


def _same(res, doc_a, row_a, doc_b, row_b, table_a=0, table_b=0) -> bool:
    a = res.actions.set_index(["doc_id", "table_index", "row_index"])["action_id"]
    return a[(doc_a, table_a, row_a)] == a[(doc_b, table_b, row_b)]


def _renumbered_after_insert():
    items = list(PLAN)
    items.insert(2, ("1.3", "Create a new edge of care team to reduce admissions"))
    return [(f"1.{i + 1}", text) for i, (_, text) in enumerate(items)]


def test_identity_plan_against_itself():
    a = pd.DataFrame(_rows("a", PLAN))
    links = match_actions(a, a)
    assert sorted(zip(links["left_pos"], links["right_pos"], strict=True)) == [
        (i, i) for i in range(len(PLAN))
    ]


@settings(max_examples=25, deadline=None)
@given(st.permutations(list(range(len(PLAN)))), st.integers(0, len(PLAN) - 1))
def test_identity_property(order, drop):
    """Any reordering (with one action dropped) of a plan links every remaining action to itself."""
    left = pd.DataFrame(_rows("a", PLAN))
    shuffled = [PLAN[i] for i in order if i != drop]
    right = pd.DataFrame(_rows("b", shuffled))
    links = match_actions(left, right)
    got = {(int(i), int(j)) for i, j in zip(links["left_pos"], links["right_pos"], strict=True)}
    want = {(i, j) for j, i in enumerate(o for o in order if o != drop)}
    assert got == want


def test_symmetry():
    left = pd.DataFrame(_rows("a", PLAN))
    items = _renumbered_after_insert()
    items[4] = (items[4][0], "Review the quality assurance framework and relaunch it with monthly audits")
    right = pd.DataFrame(_rows("b", items[:-1]))
    ab = match_actions(left, right)
    ba = match_actions(right, left)
    pairs_ab = set(zip(ab["left_pos"], ab["right_pos"], strict=True))
    pairs_ba = {(j, i) for i, j in zip(ba["left_pos"], ba["right_pos"], strict=True)}
    assert pairs_ab == pairs_ba
    assert sorted(ab["weight"].round(9)) == sorted(ba["weight"].round(9))


def test_renumbering_after_insertion():
    docs, tabs, acts = _inputs(
        [
            ("v1", dt.date(2023, 1, 31), _rows("v1", PLAN)),
            ("v2", dt.date(2023, 3, 31), _rows("v2", _renumbered_after_insert())),
        ]
    )
    res = reconcile(docs, tabs, acts)
    assert _same(res, "v1", 0, "v2", 0) and _same(res, "v1", 1, "v2", 1)
    for i in range(2, len(PLAN)):
        assert _same(res, "v1", i, "v2", i + 1), i  # 1.3 -> 1.4 etc.
    inserted = res.actions.set_index(["doc_id", "row_index"]).loc[("v2", 2), "action_id"]
    assert inserted not in set(_ids(res, "v1"))


def test_reworded_action_is_linked_and_reported():
    items = list(PLAN)
    items[3] = ("1.4", "Relaunch the QA framework with a monthly audit programme - to be reviewed quarterly.")
    items[0] = ("1.1", "Allocate extra corporate resources with dedicated project management support.")
    docs, tabs, acts = _inputs(
        [("v1", dt.date(2023, 1, 31), _rows("v1", PLAN)), ("v2", dt.date(2023, 3, 31), _rows("v2", items))]
    )
    res = reconcile(docs, tabs, acts)
    assert _ids(res, "v1") == _ids(res, "v2")
    changed = res.events[(res.events["event"] == "text_changed")]
    assert set(changed["ref"]) == {"1.1", "1.4"}


def test_dropped_and_new_action():
    items = [p for p in PLAN if p[0] != "1.5"] + [
        ("1.9", "Develop an action plan in response to the review of the hub")
    ]
    docs, tabs, acts = _inputs(
        [("v1", dt.date(2023, 1, 31), _rows("v1", PLAN)), ("v2", dt.date(2023, 3, 31), _rows("v2", items))]
    )
    res = reconcile(docs, tabs, acts)
    ids1, ids2 = _ids(res, "v1"), _ids(res, "v2")
    assert ids1[4] not in ids2  # 1.5 dropped
    assert ids2[-1] not in ids1  # the new one is not linked to 1.5 nor to the hub review (1.6)
    assert _same(res, "v1", 5, "v2", 4)
    ev = res.events.set_index(["action_id", "version_index"])
    assert ev.loc[(ids1[4], 1), "event"] == "dropped"
    assert ev.loc[(ids2[-1], 1), "event"] == "new"


def test_two_plans_in_one_pack_never_linked():
    """The pack carries two plans with the same columns; the second's numbering restarts at 1."""
    v1 = _rows("pack", [(f"{i + 1}.", t) for i, (_, t) in enumerate(PLAN)]) + _rows(
        "pack", OTHER_PLAN, table=1
    )
    v2 = _rows("plan", [(f"{i + 1}.", t) for i, (_, t) in enumerate(PLAN)]) + _rows(
        "plan", OTHER_PLAN[:2], table=1
    )
    docs, tabs, acts = _inputs([("pack", dt.date(2014, 10, 16), v1), ("plan", dt.date(2015, 1, 31), v2)])
    assert segment_tables(tabs, acts) == {("pack", 0): 0, ("pack", 1): 1, ("plan", 0): 0, ("plan", 1): 1}
    res = reconcile(docs, tabs, acts)
    plans = res.actions.groupby(["doc_id", "table_index"])["plan_id"].first()
    assert plans[("pack", 0)] != plans[("pack", 1)]
    assert plans[("pack", 0)] == plans[("plan", 0)] and plans[("pack", 1)] == plans[("plan", 1)]
    for plan_id, grp in res.actions.groupby("plan_id"):
        assert grp["table_index"].nunique() == 1, plan_id
    assert set(res.tables["plan_id"]) == set(res.actions["plan_id"])
    assert _same(res, "pack", 0, "plan", 0, 1, 1)


def test_sections_of_one_plan_and_a_move_between_them():
    s1 = [("1.1", PLAN[0][1]), ("1.2", PLAN[1][1]), ("1.3", PLAN[2][1])]
    s2 = [("2.1", PLAN[3][1]), ("2.2", PLAN[4][1]), ("2.3", PLAN[5][1])]
    moved1 = s1 + [("1.4", PLAN[3][1])]
    moved2 = [("2.1", PLAN[4][1]), ("2.2", PLAN[5][1])]
    docs, tabs, acts = _inputs(
        [
            ("v1", dt.date(2023, 1, 31), _rows("v1", s1) + _rows("v1", s2, table=1)),
            ("v2", dt.date(2023, 3, 31), _rows("v2", moved1) + _rows("v2", moved2, table=1)),
        ]
    )
    res = reconcile(docs, tabs, acts)
    assert res.actions["plan_id"].nunique() == 1
    assert _same(res, "v1", 0, "v2", 3, table_a=1, table_b=0)  # moved from section 2 to section 1


def test_renderings_share_ids_and_are_not_versions():
    rows_a = _rows("v1-grid", PLAN)
    rows_b = _rows("v1-rules", PLAN)
    for r in rows_b:  # another layout: line breaks differ, rating only as fill colour
        r["action"] = r["action"].replace(" with ", "\nwith ")
        r["rag"] = None
    docs, tabs, acts = _inputs(
        [
            ("v1-grid", dt.date(2023, 1, 31), rows_a),
            ("v1-rules", dt.date(2023, 1, 31), rows_b),
            ("v2", dt.date(2023, 3, 31), _rows("v2", _renumbered_after_insert())),
        ]
    )
    res = reconcile(docs, tabs, acts)
    assert _ids(res, "v1-grid") == _ids(res, "v1-rules")
    assert res.stats["versions"] == 2
    assert set(res.events["version_index"]) == {0, 1}
    assert set(res.links["link_kind"]) == {"rendering", "version"}


def test_rerun_gives_the_same_ids_and_output():
    docs, tabs, acts = _inputs(
        [
            ("v1", dt.date(2023, 1, 31), _rows("v1", PLAN)),
            ("v2", dt.date(2023, 3, 31), _rows("v2", _renumbered_after_insert())),
        ]
    )
    first = reconcile(docs, tabs, acts)
    again = reconcile(docs.iloc[::-1], tabs.iloc[::-1], acts.sample(frac=1.0, random_state=1))
    key = ["doc_id", "table_index", "row_index"]
    pd.testing.assert_frame_equal(
        first.actions.sort_values(key).reset_index(drop=True),
        again.actions.sort_values(key).reset_index(drop=True),
    )
    pd.testing.assert_frame_equal(first.events, again.events)
    pd.testing.assert_frame_equal(first.links, again.links)
    with_prev = reconcile(docs, tabs, acts, previous_ids=first.actions)
    assert with_prev.actions["action_id"].tolist() == first.actions["action_id"].tolist()


def test_newer_version_keeps_earlier_ids():
    v1 = ("v1", dt.date(2023, 1, 31), _rows("v1", PLAN))
    v2 = ("v2", dt.date(2023, 3, 31), _rows("v2", _renumbered_after_insert()))
    v3_items = [p for p in _renumbered_after_insert() if p[0] != "1.1"]
    v3 = ("v3", dt.date(2023, 6, 30), _rows("v3", v3_items))
    before = reconcile(*_inputs([v1, v2]))
    after = reconcile(*_inputs([v1, v2, v3]))
    after_prev = reconcile(*_inputs([v1, v2, v3]), previous_ids=before.actions)
    for res in (after, after_prev):
        for doc in ("v1", "v2"):
            assert _ids(res, doc) == _ids(before, doc)
    assert _same(after, "v2", 1, "v3", 0)
    assert before.actions["plan_id"].iloc[0] == after.actions["plan_id"].iloc[0]


def test_previous_ids_survive_an_older_version_added_later():
    v1 = ("v1", dt.date(2023, 1, 31), _rows("v1", PLAN))
    v2 = ("v2", dt.date(2023, 3, 31), _rows("v2", _renumbered_after_insert()))
    only_v2 = reconcile(*_inputs([v2]))
    both = reconcile(*_inputs([v1, v2]), previous_ids=only_v2.actions)
    assert _ids(both, "v2") == _ids(only_v2, "v2")
    assert both.actions["plan_id"].nunique() == 1
    assert set(both.actions["plan_id"]) == set(only_v2.actions["plan_id"])


def test_action_skipping_a_version_is_linked():
    v2_items = [p for p in PLAN if p[0] != "1.4"]
    docs, tabs, acts = _inputs(
        [
            ("v1", dt.date(2023, 1, 31), _rows("v1", PLAN)),
            ("v2", dt.date(2023, 2, 28), _rows("v2", v2_items)),
            ("v3", dt.date(2023, 3, 31), _rows("v3", PLAN)),
        ]
    )
    res = reconcile(docs, tabs, acts)
    assert _ids(res, "v1") == _ids(res, "v3")
    skipped = _ids(res, "v1")[3]
    evs = res.events[res.events["action_id"] == skipped].set_index("version_index")["event"]
    assert evs[1] == "dropped" and "reappeared" in evs.loc[[2]].tolist()
    assert "skip" in set(res.links["link_kind"])


def test_events_rag_deadline_lead_progress():
    v1 = _rows("v1", PLAN, rag="green", deadline=dt.date(2023, 3, 31))
    v2 = _rows("v2", PLAN, rag="green", deadline=dt.date(2023, 3, 31))
    v2[2]["rag"] = "red"
    v2[5]["deadline_date"], v2[5]["deadline_raw"] = dt.date(2023, 6, 30), "June 2023"
    v2[6]["lead"], v2[6]["lead_key"] = "Head of Practice", "head of practice"
    docs, tabs, acts = _inputs([("v1", dt.date(2023, 1, 31), v1), ("v2", dt.date(2023, 3, 31), v2)])
    res = reconcile(docs, tabs, acts)
    ev = res.events[res.events["version_index"] == 1]
    rag = ev[ev["event"] == "rag_changed"]
    assert rag[["ref", "from_value", "to_value"]].values.tolist() == [["1.3", "green", "red"]]
    dl = ev[ev["event"] == "deadline_changed"]
    assert dl[["ref", "from_value", "to_value", "days_slipped"]].values.tolist() == [
        ["1.6", "2023-03-31", "2023-06-30", 91]
    ]
    assert ev[ev["event"] == "lead_changed"]["ref"].tolist() == ["1.7"]
    assert len(ev[ev["event"] == "progress_added"]) == len(PLAN)  # progress text differs per version
    first = res.events[res.events["version_index"] == 0]
    assert set(first["event"]) == {"new"} and len(first) == len(PLAN)


def test_outputs_conform_to_their_schemas():
    items = [p for p in _renumbered_after_insert() if p[0] != "1.5"]
    docs, tabs, acts = _inputs(
        [("v1", dt.date(2023, 1, 31), _rows("v1", PLAN)), ("v2", dt.date(2023, 3, 31), _rows("v2", items))]
    )
    res = reconcile(docs, tabs, acts, run_id="test")
    for df, mod in ((res.events, action_events), (res.links, action_links)):
        assert list(df.columns) == mod.SCHEMA.names
        table = conform(df.to_dict("records"), mod.SCHEMA, mod.VOCABULARIES)
        assert table.equals(pa.Table.from_pandas(df, schema=mod.SCHEMA, preserve_index=False))
        assert mod.SCHEMA.metadata[b"schema_version"] == b"1"
    assert {"dropped", "new", "progress_added"} <= set(res.events["event"])


def test_explain_reads_the_history(tmp_path):
    v2 = _rows("v2", _renumbered_after_insert(), rag="red")
    docs, tabs, acts = _inputs(
        [("v1", dt.date(2023, 1, 31), _rows("v1", PLAN)), ("v2", dt.date(2023, 3, 31), v2)]
    )
    res = reconcile(docs, tabs, acts)
    res.actions.to_parquet(tmp_path / "actions.parquet")
    docs.to_parquet(tmp_path / "documents.parquet")
    pa_ev = pa.Table.from_pandas(res.events, schema=action_events.SCHEMA, preserve_index=False)
    import pyarrow.parquet as pq

    pq.write_table(pa_ev, tmp_path / "action_events.parquet")
    aid = _ids(res, "v1")[4]
    df = explain(aid, tmp_path)
    assert df["ref"].tolist() == ["1.5", "1.6"]
    assert df["source_file"].tolist() == ["v1.pdf", "v2.pdf"]
    assert "rag_changed amber\u2192red" in df["event"].iloc[1]
    text = format_explain(df)
    assert aid in text and "v2.pdf" in text
    assert "no such action" in format_explain(explain("act:nope", tmp_path))


@pytest.mark.parametrize(
    ("raw", "norm"),
    [("Review &  relaunch\nthe QA-framework.", "review and relaunch the qa framework"), (None, "")],
)
def test_normalise_text(raw, norm):
    assert comparable_text(raw) == norm


def test_previous_ids_follow_the_text_when_row_indices_move():
    """A newer extractor splits a row in two: the other rows shift, yet keep their ids."""
    v1 = ("v1", dt.date(2023, 1, 31), _rows("v1", PLAN))
    v2 = ("v2", dt.date(2023, 3, 31), _rows("v2", PLAN))
    before = reconcile(*_inputs([v1, v2]))
    resplit = list(PLAN)
    resplit.insert(1, ("1.1b", "continued text of a row a newer extractor split off"))
    v1b = ("v1", dt.date(2023, 1, 31), _rows("v1", resplit))
    after = reconcile(*_inputs([v1b, v2]), previous_ids=before.actions)
    ids_before, ids_after = _ids(before, "v1"), _ids(after, "v1")
    assert ids_after[:1] + ids_after[2:] == ids_before
    assert _ids(after, "v2") == _ids(before, "v2")


def test_second_plan_told_apart_by_its_header_row():
    """No restart in numbering here ('4.1' after '8.'), but the second table prints other headers."""
    first = [(f"{i + 1}.", t) for i, (_, t) in enumerate(PLAN)]
    second = [(f"4.{i + 1}", t) for i, (_, t) in enumerate(OTHER_PLAN)]
    v1 = _rows("pack", first) + _rows("pack", second, table=1)
    v2 = _rows("plan", first) + _rows("plan", second, table=1)
    docs, tabs, acts = _inputs([("pack", dt.date(2014, 10, 16), v1), ("plan", dt.date(2015, 1, 31), v2)])
    tabs.loc[tabs["table_index"] == 1, "headers"] = pd.Series(
        [["Business Plan Reference", "Action", "Lead", "By When", "Progress", "RAG"]] * 2,
        index=tabs.index[tabs["table_index"] == 1],
    )
    res = reconcile(docs, tabs, acts)
    plans = res.actions.groupby(["doc_id", "table_index"])["plan_id"].first()
    assert plans[("pack", 0)] != plans[("pack", 1)]
    assert plans[("pack", 1)] == plans[("plan", 1)]

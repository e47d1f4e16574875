"""Link the same action across successive versions of a plan. Reads: actions, action_tables, documents. Writes: actions.action_id/plan_id, action_tables.plan_id, action_events, action_links.

Vocabulary after Splink:

* **blocking**: only rows of the same plan (see `plan_identity`) in consecutive versions are
  compared, plus rows last seen two versions back (an action may skip a report);
* **comparisons**: action text (character and token-set similarity), ref, area, lead,
  deadline and relative position, each turned into a **match weight** (a log2 Bayes factor);
  the weights add up, and `match_probability = 2^w / (1 + 2^w)`;
* **assignment**: one-to-one, solved globally with `scipy.optimize.linear_sum_assignment` on the
  weight above `THRESHOLD`; rows left over are new (newer side) or dropped (older side).

Action ids are the readable row id of the action's first appearance, ``act:{doc_id[:16]}:t{t}:r{r}``
(earliest version, canonical rendering), so they can be derived again from the data; when
`previous_ids` are given, an action keeps the id any of its rows had before, so a re-run or a newly
added version never renames an action. Plan ids are ``plan:{doc_id[:16]}:t{t}`` of the plan's first
table, kept from `previous_ids` in the same way.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa

from extractors.linkage.assignment import frame_records, match_actions
from extractors.linkage.chaining import (
    PlanState,
    action_id_of,
    chain_plan,
    plan_id_of,
    previous_maps,
    resolve_ids,
    row_key,
)
from extractors.linkage.events import events_for
from extractors.plan_identity import (
    assign_plans,
    doc_dates,
    group_versions,
)
from schemas import action_events, action_links

log = logging.getLogger(__name__)
NAME, VERSION = "reconcile_actions", "1"
EXTRACTOR_VERSION = f"{NAME}/{VERSION}"

_FIELDS = ("ref", "area", "lead", "lead_key", "action", "deadline_raw", "deadline_date", "progress", "rag")


@dataclass
class ReconcileResult:
    """Inputs with ids filled in, plus the two tables reconciliation produces."""

    actions: pd.DataFrame
    tables: pd.DataFrame
    events: pd.DataFrame
    links: pd.DataFrame
    stats: dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- entry point


def reconcile(
    documents: pd.DataFrame,
    tables: pd.DataFrame,
    actions: pd.DataFrame,
    previous_ids: pd.DataFrame | None = None,
    *,
    run_id: str = "",
) -> ReconcileResult:
    """Give every action row a plan_id and an action_id; build action_events and action_links."""
    acts = actions.copy()
    acts["doc_id"] = acts["doc_id"].astype(str)
    acts = acts.sort_values(["doc_id", "table_index", "row_index"], kind="stable").reset_index(drop=True)
    tabs = tables.copy()
    if len(tabs):
        tabs["doc_id"] = tabs["doc_id"].astype(str)
    dates = doc_dates(documents)

    plans = assign_plans(documents, tabs, acts)
    plan_of = {
        (d, int(t)): k
        for d, t, k in zip(plans["doc_id"], plans["table_index"], plans["plan_key"], strict=True)
    }
    records = frame_records(acts)
    for r in records:
        for f in _FIELDS:
            r.setdefault(f, None)
    by_plan_doc: dict[tuple[str, int], dict[str, list[dict]]] = {}
    for r in records:
        key = plan_of[(r["doc_id"], int(r["table_index"]))]
        by_plan_doc.setdefault(key, {}).setdefault(r["doc_id"], []).append(r)

    prev_act, prev_plan = previous_maps(previous_ids, acts)
    states: list[PlanState] = []
    for plan_key in sorted(by_plan_doc, key=lambda k: (k[0] not in dates, dates.get(k[0]) or dt.date.min, k)):
        rows_by_doc = by_plan_doc[plan_key]
        plan_rows = pd.DataFrame(
            [
                {"doc_id": r["doc_id"], "action": r["action"], "progress": r["progress"]}
                for rows in rows_by_doc.values()
                for r in rows
            ]
        )
        versions = group_versions(plan_rows, dates)
        states.append(chain_plan(plan_key, versions, rows_by_doc))

    # plan ids (stable through previous_ids), then action ids
    plan_rows_order = [
        (doc, t, -1)
        for st in states
        for v in st.versions
        for doc in v.doc_ids
        for t in sorted({int(r["table_index"]) for r in by_plan_doc[st.plan_key][doc]})
    ]
    plan_group = {k: plan_of[(k[0], k[1])] for k in plan_rows_order}
    prev_plan_t = {(d, t, -1): p for (d, t, _r), p in sorted(prev_plan.items())}
    plan_ids = resolve_ids(plan_rows_order, plan_group, prev_plan_t, lambda g, _k: plan_id_of(g))

    ordered: list[tuple[str, int, int]] = []
    group_of: dict[tuple[str, int, int], tuple] = {}
    for st in states:
        for v in st.versions:
            for doc in v.doc_ids:
                for r in by_plan_doc[st.plan_key][doc]:
                    k = row_key(r)
                    ordered.append(k)
                    group_of[k] = (st.plan_key, st.chain_of[k])
    chain_ids = resolve_ids(ordered, group_of, prev_act, lambda _g, k: action_id_of(k))

    acts["plan_id"] = [
        plan_ids[plan_of[(d, int(t))]] for d, t in zip(acts["doc_id"], acts["table_index"], strict=True)
    ]
    acts["action_id"] = [
        chain_ids[group_of[(d, int(t), int(r))]]
        for d, t, r in zip(acts["doc_id"], acts["table_index"], acts["row_index"], strict=True)
    ]
    if len(tabs):
        tabs["plan_id"] = [
            plan_ids.get(plan_of.get((d, int(t)))) if plan_of.get((d, int(t))) else None
            for d, t in zip(tabs["doc_id"], tabs["table_index"], strict=True)
        ]

    events: list[dict] = []
    links: list[dict] = []
    for st in states:
        pid = plan_ids[st.plan_key]
        ids = {c: chain_ids[(st.plan_key, c)] for c in set(st.chain_of.values())}
        events.extend(events_for(st, pid, ids, dates))
        for lk in st.links:
            chain = st.chain_of[(lk["right_doc_id"], lk["right_table_index"], lk["right_row_index"])]
            links.append(
                {**{k: v for k, v in lk.items() if k != "plan_key"}, "plan_id": pid, "action_id": ids[chain]}
            )
    for rows in (events, links):
        for r in rows:
            r["extractor_version"] = EXTRACTOR_VERSION
            r["run_id"] = run_id
    ev = _frame(events, action_events.SCHEMA)
    ln = _frame(links, action_links.SCHEMA)
    ev = ev.sort_values(["plan_id", "version_index", "action_id"], kind="stable").reset_index(drop=True)
    ln = ln.sort_values(
        ["plan_id", "version_index", "right_doc_id", "right_table_index", "right_row_index"], kind="stable"
    ).reset_index(drop=True)
    stats = {
        "plans": len(states),
        "versions": sum(len(s.versions) for s in states),
        "actions": len(set(chain_ids.values())),
        "links": len(ln),
        "doubtful_links": int(ln["doubtful"].sum()) if len(ln) else 0,
    }
    log.info(
        "%s: %d rows, %d plans, %d versions, %d actions, %d links (%d doubtful)",
        NAME,
        len(acts),
        stats["plans"],
        stats["versions"],
        stats["actions"],
        stats["links"],
        stats["doubtful_links"],
    )
    return ReconcileResult(acts, tabs, ev, ln, stats)


def _frame(rows: list[dict], schema: pa.Schema) -> pd.DataFrame:
    """A DataFrame with exactly the schema's columns, in order. Non-null floats and booleans get
    numpy dtypes; every other column stays `object` holding Python values and None (never NaN), so
    `schemas.conform(df.to_dict("records"), SCHEMA)` and `pa.Table.from_pandas(df, schema=SCHEMA)`
    both take it as is."""
    data = {}
    for f in schema:
        values = [r.get(f.name) for r in rows]
        if pa.types.is_floating(f.type) and not f.nullable:
            data[f.name] = pd.Series([np.nan if v is None else float(v) for v in values], dtype="float64")
        elif pa.types.is_boolean(f.type):
            data[f.name] = pd.Series([bool(v) for v in values], dtype="bool")
        else:
            data[f.name] = pd.Series(values, dtype=object)
    return pd.DataFrame(data, columns=[f.name for f in schema])


__all__ = ["NAME", "ReconcileResult", "VERSION", "match_actions", "reconcile"]

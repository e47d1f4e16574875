"""Chain a plan's versions row by row into actions, and give plans and actions their stable ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from extractors.linkage.assignment import (
    ALLOW_SKIP,
    DOUBTFUL_MARGIN,
    DOUBTFUL_WEIGHT,
    SKIP_PENALTY,
    THRESHOLD,
    Link,
    assign,
    frame_records,
)
from extractors.linkage.comparisons import Side, compare
from extractors.plan_identity import (
    Version,
)
from extractors.text import comparable_text, missing_to_none

# --------------------------------------------------------------------------- chaining versions


@dataclass
class _Entry:
    """An action as last seen: its chain number and row."""

    chain: int
    version: int
    row: dict[str, Any]
    position: float


@dataclass
class PlanState:
    plan_key: tuple[str, int]
    versions: list[Version]
    chain_of: dict[tuple[str, int, int], int] = field(default_factory=dict)
    links: list[dict[str, Any]] = field(default_factory=list)
    # per canonical row: (chain, previous row or None, link weight, kind)
    history: list[dict[str, Any]] = field(default_factory=list)


def row_key(r: dict[str, Any]) -> tuple[str, int, int]:
    return (str(r["doc_id"]), int(r["table_index"]), int(r["row_index"]))


def _link_row(
    plan_key: tuple[str, int], kind: str, version: int, left: dict, right: dict, lk: Link
) -> dict[str, Any]:
    return {
        "plan_key": plan_key,
        "link_kind": kind,
        "version_index": version,
        "left_doc_id": left["doc_id"],
        "left_table_index": int(left["table_index"]),
        "left_row_index": int(left["row_index"]),
        "left_ref": missing_to_none(left.get("ref")),
        "right_doc_id": right["doc_id"],
        "right_table_index": int(right["table_index"]),
        "right_row_index": int(right["row_index"]),
        "right_ref": missing_to_none(right.get("ref")),
        "match_weight": lk.weight,
        "match_probability": float(1.0 / (1.0 + 2.0 ** (-lk.weight))),
        "margin": lk.margin,
        "doubtful": bool(
            lk.weight < DOUBTFUL_WEIGHT or (lk.margin is not None and lk.margin < DOUBTFUL_MARGIN)
        ),
        **{f"sim_{k}": v for k, v in lk.sims.items()},
    }


def chain_plan(
    plan_key: tuple[str, int], versions: list[Version], rows_by_doc: dict[str, list[dict]]
) -> PlanState:
    state = PlanState(plan_key, versions)
    registry: dict[int, _Entry] = {}
    next_chain = 0
    for v in versions:
        canon = rows_by_doc[v.canonical]
        n = len(canon)
        positions = [i / max(n - 1, 1) for i in range(n)]
        # blocking: the actions seen in the previous version, and those that skipped it
        cands = [
            e
            for e in sorted(registry.values(), key=lambda e: e.chain)
            if e.version == v.index - 1 or (ALLOW_SKIP and e.version == v.index - 2)
        ]
        left = Side.of([e.row for e in cands], [e.position for e in cands])
        right = Side.of(canon, positions)
        comp = compare(left, right)
        penalty = np.array([[SKIP_PENALTY if e.version < v.index - 1 else 0.0] for e in cands])
        penalty = np.broadcast_to(penalty, comp.weight.shape) if cands else None
        links = {lk.right: lk for lk in assign(comp, THRESHOLD, penalty)}
        used: set[int] = set()
        for j, row in enumerate(canon):
            lk = links.get(j)
            if lk is not None:
                e = cands[lk.left]
                kind = "version" if e.version == v.index - 1 else "skip"
                state.links.append(_link_row(plan_key, kind, v.index, e.row, row, lk))
                chain, prev, weight, prev_version = e.chain, e.row, lk.weight, e.version
            else:
                chain, prev, weight, prev_version = next_chain, None, None, None
                next_chain += 1
            used.add(chain)
            state.chain_of[row_key(row)] = chain
            state.history.append(
                {
                    "chain": chain,
                    "version": v.index,
                    "row": row,
                    "prev": prev,
                    "prev_version": prev_version,
                    "weight": weight,
                }
            )
        for j, row in enumerate(canon):
            registry[state.chain_of[row_key(row)]] = _Entry(
                state.chain_of[row_key(row)], v.index, row, positions[j]
            )
        # other renderings of the same version: link to the canonical rows, then to what is left
        for doc in v.doc_ids[1:]:
            rows = rows_by_doc[doc]
            m = len(rows)
            rpos = [i / max(m - 1, 1) for i in range(m)]
            side = Side.of(rows, rpos)
            comp = compare(Side.of(canon, positions), side)
            got = {lk.right: lk for lk in assign(comp)}
            for j, lk in got.items():
                state.chain_of[row_key(rows[j])] = state.chain_of[row_key(canon[lk.left])]
                state.links.append(_link_row(plan_key, "rendering", v.index, canon[lk.left], rows[j], lk))
            rest = [j for j in range(m) if j not in got]
            spare = [e for e in cands if e.chain not in used]
            if rest and spare:
                comp = compare(
                    Side.of([e.row for e in spare], [e.position for e in spare]),
                    Side.of([rows[j] for j in rest], [rpos[j] for j in rest]),
                )
                for lk in assign(comp):
                    e, row = spare[lk.left], rows[rest[lk.right]]
                    state.chain_of[row_key(row)] = e.chain
                    kind = "version" if e.version == v.index - 1 else "skip"
                    state.links.append(_link_row(plan_key, kind, v.index, e.row, row, lk))
            for j in range(m):
                if row_key(rows[j]) not in state.chain_of:
                    state.chain_of[row_key(rows[j])] = next_chain
                    next_chain += 1
    return state


# --------------------------------------------------------------------------- ids


def plan_id_of(plan_key: tuple[str, int]) -> str:
    return f"plan:{plan_key[0][:16]}:t{plan_key[1]}"


def action_id_of(key: tuple[str, int, int]) -> str:
    return f"act:{key[0][:16]}:t{key[1]}:r{key[2]}"


def previous_maps(previous_ids: pd.DataFrame | None, acts: pd.DataFrame) -> tuple[dict, dict]:
    """Current row key -> previous action_id (and plan_id).

    Rows are matched on (doc_id, table_index, row_index) when the previous rows carry the same
    action text there; otherwise (a newer extractor split or merged rows, so indices moved) the
    document's previous rows are linked to its current rows like two renderings of one version.
    """
    if previous_ids is None or previous_ids.empty:
        return {}, {}
    prev = previous_ids.copy()
    prev["doc_id"] = prev["doc_id"].astype(str)
    has_text = "action" in prev.columns
    has_plan = "plan_id" in prev.columns
    act: dict[tuple[str, int, int], str] = {}
    plan: dict[tuple[str, int, int], str] = {}
    current = {d: g for d, g in acts.groupby("doc_id", sort=True)}
    for doc, old in prev.sort_values(["doc_id", "table_index", "row_index"]).groupby("doc_id", sort=True):
        cur = current.get(doc)
        if cur is None:
            continue
        old_rows, cur_rows = frame_records(old), frame_records(cur)
        old_keys = [row_key(r) for r in old_rows]
        cur_keys = [row_key(r) for r in cur_rows]
        same = old_keys == cur_keys and (
            not has_text
            or all(
                comparable_text(a.get("action")) == comparable_text(b.get("action"))
                for a, b in zip(old_rows, cur_rows, strict=True)
            )
        )
        if same or not has_text:
            where = {k: j for j, k in enumerate(cur_keys)}
            pairs = [(i, where[k]) for i, k in enumerate(old_keys) if k in where]
        else:
            pairs = [(lk.left, lk.right) for lk in assign(compare(Side.of(old_rows), Side.of(cur_rows)))]
        for i, j in pairs:
            if missing_to_none(old_rows[i].get("action_id")) is not None:
                act[cur_keys[j]] = str(old_rows[i]["action_id"])
            if has_plan and missing_to_none(old_rows[i].get("plan_id")) is not None:
                plan[cur_keys[j]] = str(old_rows[i]["plan_id"])
    return act, plan


def resolve_ids(ordered_keys: list[tuple[str, int, int]], group_of: dict, prefer: dict, derive) -> dict:
    """Give each group (chain or plan) an id: the first previous id among its rows (in processing
    order) not claimed by an earlier group, else the id derived from its first row.

    Previous ids are handed out first, so a derived id never takes one an existing action holds
    (a row inserted before it would otherwise shift every later id)."""
    rows_of: dict[Any, list[tuple[str, int, int]]] = {}
    for k in ordered_keys:
        rows_of.setdefault(group_of[k], []).append(k)
    claimed: set[str] = set()
    out: dict[Any, str] = {}
    # groups claim in the order of their first appearance: earlier actions win conflicts
    for group, keys in rows_of.items():
        chosen = next((prefer[k] for k in keys if k in prefer and prefer[k] not in claimed), None)
        if chosen is not None:
            claimed.add(chosen)
            out[group] = chosen
    for group, keys in rows_of.items():
        if group in out:
            continue
        base = chosen = derive(group, keys[0])
        n = 2
        while chosen in claimed:
            chosen, n = f"{base}~{n}", n + 1
        claimed.add(chosen)
        out[group] = chosen
    return out

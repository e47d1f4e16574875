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
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
from rapidfuzz import fuzz, process
from scipy.optimize import linear_sum_assignment

from extractors.plan_identity import (
    Version,
    as_date,
    assign_plans,
    doc_dates,
    group_versions,
    normalise_ref,
    normalise_text,
    ref_numbers,
    text_similarity_matrix,
)
from schemas import action_events, action_links

log = logging.getLogger(__name__)
NAME, VERSION = "reconcile_actions", "1"
EXTRACTOR_VERSION = f"{NAME}/{VERSION}"

THRESHOLD = 4.0  # minimum match weight of a link
DOUBTFUL_WEIGHT = 7.0  # links below this weight, or ...
DOUBTFUL_MARGIN = 2.0  # ... this close to a rival pairing, are flagged for review
SKIP_PENALTY = 1.0  # a row last seen two versions ago needs a little more evidence
ALLOW_SKIP = True

# Comparison levels: (similarity, weight) knots, interpolated linearly; below the first knot the
# first weight holds. Action text carries the decision; the rest break ties and rescue rewordings.
ACTION_LEVELS = ((0.50, -12.0), (0.65, -5.0), (0.75, 0.0), (0.85, 4.0), (0.92, 7.0), (1.00, 10.0))
AREA_SAME, AREA_OTHER = 2.0, -1.0
REF_SAME, REF_NEAR, REF_OTHER = 3.0, 1.0, -1.0
LEAD_SAME, LEAD_OTHER = 1.5, -0.5
DEADLINE_SAME, DEADLINE_OTHER = 1.0, -0.3
POSITION_LEVELS = ((0.0, 1.0), (0.05, 0.5), (0.15, 0.0), (0.35, -1.0))

_FIELDS = ("ref", "area", "lead", "lead_key", "action", "deadline_raw", "deadline_date", "progress", "rag")


@dataclass
class ReconcileResult:
    """Inputs with ids filled in, plus the two tables reconciliation produces."""

    actions: pd.DataFrame
    tables: pd.DataFrame
    events: pd.DataFrame
    links: pd.DataFrame
    stats: dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- comparisons


def _clean(v: Any) -> Any:
    """None for pandas' missing values, the value otherwise."""
    if v is None or v is pd.NaT:
        return None
    if isinstance(v, float) and np.isnan(v):
        return None
    if isinstance(v, str) and not v.strip():
        return None
    return v


def _interp(x: np.ndarray, knots: tuple[tuple[float, float], ...]) -> np.ndarray:
    xs = [k[0] for k in knots]
    ys = [k[1] for k in knots]
    return np.interp(x, xs, ys, left=ys[0], right=ys[-1])


@dataclass
class Side:
    """One side of a comparison: rows with their comparison keys prepared once."""

    rows: list[dict[str, Any]]
    position: np.ndarray  # relative position in the version, 0..1

    @classmethod
    def of(cls, rows: list[dict[str, Any]], positions: list[float] | None = None) -> Side:
        n = len(rows)
        pos = positions if positions is not None else [i / max(n - 1, 1) for i in range(n)]
        prepared = []
        for r in rows:
            p = dict(r)
            p["_action"] = normalise_text(r.get("action"))
            p["_area"] = normalise_text(r.get("area"))
            p["_ref"] = normalise_ref(r.get("ref"))
            p["_refnum"] = ref_numbers(r.get("ref"))
            key = _clean(r.get("lead_key"))
            p["_lead_key"] = str(key).strip().lower() if key is not None else ""
            p["_lead"] = normalise_text(r.get("lead"))
            p["_deadline"] = as_date(_clean(r.get("deadline_date")))
            p["_deadline_raw"] = normalise_text(r.get("deadline_raw"))
            prepared.append(p)
        return cls(prepared, np.asarray(pos, dtype=float))


def _string_matrix(a: list[str], b: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(similarity, both-present mask) of two string lists."""
    present = np.outer([bool(x) for x in a], [bool(y) for y in b])
    if not a or not b:
        return np.zeros((len(a), len(b))), present
    sim = process.cdist(a, b, scorer=fuzz.ratio, workers=1, dtype=np.float64) / 100.0
    return np.where(present, sim, 0.0), present


def _ref_matrix(left: Side, right: Side) -> np.ndarray:
    """1 same ref, 0.5 same prefix and last number within 3, 0 other, nan missing."""
    out = np.full((len(left.rows), len(right.rows)), np.nan)
    for i, a in enumerate(left.rows):
        if not a["_ref"]:
            continue
        for j, b in enumerate(right.rows):
            if not b["_ref"]:
                continue
            if a["_ref"] == b["_ref"]:
                out[i, j] = 1.0
            else:
                na, nb = a["_refnum"], b["_refnum"]
                near = bool(na) and len(na) == len(nb) and na[:-1] == nb[:-1] and abs(na[-1] - nb[-1]) <= 3
                out[i, j] = 0.5 if near else 0.0
    return out


def _lead_matrix(left: Side, right: Side) -> np.ndarray:
    out = np.full((len(left.rows), len(right.rows)), np.nan)
    for i, a in enumerate(left.rows):
        for j, b in enumerate(right.rows):
            if a["_lead_key"] and b["_lead_key"]:
                out[i, j] = float(a["_lead_key"] == b["_lead_key"])
            elif a["_lead"] and b["_lead"]:
                out[i, j] = fuzz.ratio(a["_lead"], b["_lead"]) / 100.0
    return out


def _deadline_matrix(left: Side, right: Side) -> np.ndarray:
    out = np.full((len(left.rows), len(right.rows)), np.nan)
    for i, a in enumerate(left.rows):
        for j, b in enumerate(right.rows):
            if a["_deadline"] is not None and b["_deadline"] is not None:
                out[i, j] = float(a["_deadline"] == b["_deadline"])
            elif a["_deadline_raw"] and b["_deadline_raw"]:
                out[i, j] = float(a["_deadline_raw"] == b["_deadline_raw"])
    return out


@dataclass
class Comparison:
    """Similarity matrices of every comparison and the total match weight, left x right."""

    sims: dict[str, np.ndarray]
    weight: np.ndarray


def compare(left: Side, right: Side) -> Comparison:
    """All comparisons between two sides. Symmetric: compare(b, a).weight == compare(a, b).weight.T"""
    la = [r["_action"] for r in left.rows]
    ra = [r["_action"] for r in right.rows]
    char = text_similarity_matrix(la, ra)
    if la and ra:
        tset = process.cdist(la, ra, scorer=fuzz.token_set_ratio, workers=1, dtype=np.float64) / 100.0
        tset = np.where(char > 0, tset, 0.0)
    else:
        tset = np.zeros_like(char)
    # token-set similarity forgives appended or dropped words ("... - to be reviewed monthly"), but
    # alone it also rewards a short text contained in a longer one: average it with the char ratio
    action = np.maximum(char, (char + tset) / 2.0)
    w = _interp(action, ACTION_LEVELS)

    area, area_ok = _string_matrix([r["_area"] for r in left.rows], [r["_area"] for r in right.rows])
    w = w + np.where(area_ok, np.where(area >= 0.9, AREA_SAME, AREA_OTHER), 0.0)
    area = np.where(area_ok, area, np.nan)

    ref = _ref_matrix(left, right)
    w = w + np.select([ref == 1.0, ref == 0.5, ref == 0.0], [REF_SAME, REF_NEAR, REF_OTHER], 0.0)

    lead = _lead_matrix(left, right)
    w = w + np.where(np.isnan(lead), 0.0, np.where(lead >= 0.9, LEAD_SAME, LEAD_OTHER))

    deadline = _deadline_matrix(left, right)
    w = w + np.where(np.isnan(deadline), 0.0, np.where(deadline >= 1.0, DEADLINE_SAME, DEADLINE_OTHER))

    dpos = np.abs(left.position[:, None] - right.position[None, :])
    w = w + _interp(dpos, POSITION_LEVELS)
    sims = {
        "action": action,
        "action_char": char,
        "action_token_set": tset,
        "ref": ref,
        "area": area,
        "lead": lead,
        "deadline": deadline,
        "position": 1.0 - dpos,
    }
    return Comparison(sims, w)


@dataclass
class Link:
    left: int
    right: int
    weight: float
    margin: float | None
    sims: dict[str, float | None]


def assign(comp: Comparison, threshold: float = THRESHOLD, penalty: np.ndarray | None = None) -> list[Link]:
    """One-to-one links maximising the total weight above `threshold` (Hungarian algorithm)."""
    w = comp.weight if penalty is None else comp.weight - penalty
    if w.size == 0:
        return []
    gain = np.maximum(w - threshold, 0.0)
    rows, cols = linear_sum_assignment(gain, maximize=True)
    links = []
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if w[i, j] < threshold:
            continue
        rival = max(
            np.max(np.delete(w[i, :], j), initial=-np.inf),
            np.max(np.delete(w[:, j], i), initial=-np.inf),
        )
        margin = float(w[i, j] - rival) if np.isfinite(rival) else None
        sims = {k: (None if np.isnan(v[i, j]) else float(v[i, j])) for k, v in comp.sims.items()}
        links.append(Link(int(i), int(j), float(w[i, j]), margin, sims))
    return links


def match_actions(left: pd.DataFrame, right: pd.DataFrame, threshold: float = THRESHOLD) -> pd.DataFrame:
    """Link the rows of two versions of one plan: (left_pos, right_pos, weight) for each link.

    Positions are 0-based row positions in the frames as given (sorted by table_index, row_index
    by the caller). Rows not in the result are dropped (left) or new (right).
    """
    comp = compare(Side.of(_records(left)), Side.of(_records(right)))
    links = assign(comp, threshold)
    return pd.DataFrame(
        [(lk.left, lk.right, lk.weight) for lk in links], columns=["left_pos", "right_pos", "weight"]
    )


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    cols = [c for c in df.columns]
    return [{c: _clean(v) for c, v in zip(cols, row, strict=True)} for row in df.itertuples(index=False)]


# --------------------------------------------------------------------------- chaining versions


@dataclass
class _Entry:
    """An action as last seen: its chain number and row."""

    chain: int
    version: int
    row: dict[str, Any]
    position: float


@dataclass
class _PlanState:
    plan_key: tuple[str, int]
    versions: list[Version]
    chain_of: dict[tuple[str, int, int], int] = field(default_factory=dict)
    links: list[dict[str, Any]] = field(default_factory=list)
    # per canonical row: (chain, previous row or None, link weight, kind)
    history: list[dict[str, Any]] = field(default_factory=list)


def _row_key(r: dict[str, Any]) -> tuple[str, int, int]:
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
        "left_ref": _clean(left.get("ref")),
        "right_doc_id": right["doc_id"],
        "right_table_index": int(right["table_index"]),
        "right_row_index": int(right["row_index"]),
        "right_ref": _clean(right.get("ref")),
        "match_weight": lk.weight,
        "match_probability": float(1.0 / (1.0 + 2.0 ** (-lk.weight))),
        "margin": lk.margin,
        "doubtful": bool(
            lk.weight < DOUBTFUL_WEIGHT or (lk.margin is not None and lk.margin < DOUBTFUL_MARGIN)
        ),
        **{f"sim_{k}": v for k, v in lk.sims.items()},
    }


def _chain_plan(
    plan_key: tuple[str, int], versions: list[Version], rows_by_doc: dict[str, list[dict]]
) -> _PlanState:
    state = _PlanState(plan_key, versions)
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
            state.chain_of[_row_key(row)] = chain
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
            registry[state.chain_of[_row_key(row)]] = _Entry(
                state.chain_of[_row_key(row)], v.index, row, positions[j]
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
                state.chain_of[_row_key(rows[j])] = state.chain_of[_row_key(canon[lk.left])]
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
                    state.chain_of[_row_key(row)] = e.chain
                    kind = "version" if e.version == v.index - 1 else "skip"
                    state.links.append(_link_row(plan_key, kind, v.index, e.row, row, lk))
            for j in range(m):
                if _row_key(rows[j]) not in state.chain_of:
                    state.chain_of[_row_key(rows[j])] = next_chain
                    next_chain += 1
    return state


# --------------------------------------------------------------------------- ids


def _plan_id(plan_key: tuple[str, int]) -> str:
    return f"plan:{plan_key[0][:16]}:t{plan_key[1]}"


def _action_id(key: tuple[str, int, int]) -> str:
    return f"act:{key[0][:16]}:t{key[1]}:r{key[2]}"


def _previous_maps(previous_ids: pd.DataFrame | None, acts: pd.DataFrame) -> tuple[dict, dict]:
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
        old_rows, cur_rows = _records(old), _records(cur)
        old_keys = [_row_key(r) for r in old_rows]
        cur_keys = [_row_key(r) for r in cur_rows]
        same = old_keys == cur_keys and (
            not has_text
            or all(
                normalise_text(a.get("action")) == normalise_text(b.get("action"))
                for a, b in zip(old_rows, cur_rows, strict=True)
            )
        )
        if same or not has_text:
            where = {k: j for j, k in enumerate(cur_keys)}
            pairs = [(i, where[k]) for i, k in enumerate(old_keys) if k in where]
        else:
            pairs = [(lk.left, lk.right) for lk in assign(compare(Side.of(old_rows), Side.of(cur_rows)))]
        for i, j in pairs:
            if _clean(old_rows[i].get("action_id")) is not None:
                act[cur_keys[j]] = str(old_rows[i]["action_id"])
            if has_plan and _clean(old_rows[i].get("plan_id")) is not None:
                plan[cur_keys[j]] = str(old_rows[i]["plan_id"])
    return act, plan


def _resolve_ids(ordered_keys: list[tuple[str, int, int]], group_of: dict, prefer: dict, derive) -> dict:
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


# --------------------------------------------------------------------------- events


def _fmt_date(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _events_for(state: _PlanState, plan_id: str, chain_ids: dict[int, str], dates: dict) -> list[dict]:
    out: list[dict] = []
    by_version: dict[int, list[dict]] = {}
    for h in state.history:
        by_version.setdefault(h["version"], []).append(h)
    present_prev: dict[int, dict] = {}
    for v in state.versions:
        doc, date = v.canonical, v.doc_date
        hs = by_version.get(v.index, [])
        here = {h["chain"] for h in hs}
        base = {"plan_id": plan_id, "version_index": v.index, "doc_id": doc, "doc_date": date}
        for h in hs:
            row, prev = h["row"], h["prev"]
            ev = {
                **base,
                "action_id": chain_ids[h["chain"]],
                "prev_doc_id": prev["doc_id"] if prev else None,
                "prev_doc_date": dates.get(prev["doc_id"]) if prev else None,
                "table_index": int(row["table_index"]),
                "row_index": int(row["row_index"]),
                "ref": _clean(row.get("ref")),
                "page": _int_or_none(row.get("page_first")),
                "match_weight": h["weight"],
            }
            changes = _changes(prev, row) if prev is not None else [("new", None, None, None)]
            if prev is not None and h["prev_version"] is not None and h["prev_version"] < v.index - 1:
                changes.insert(0, ("reappeared", None, None, None))
            for event, a, b, days in changes or [("unchanged", None, None, None)]:
                out.append({**ev, "event": event, "from_value": a, "to_value": b, "days_slipped": days})
        for chain, h in sorted(present_prev.items()):
            if chain not in here:
                out.append(
                    {
                        **base,
                        "action_id": chain_ids[chain],
                        "prev_doc_id": h["row"]["doc_id"],
                        "prev_doc_date": dates.get(h["row"]["doc_id"]),
                        "table_index": None,
                        "row_index": None,
                        "ref": _clean(h["row"].get("ref")),
                        "page": None,
                        "match_weight": None,
                        "event": "dropped",
                        "from_value": _clean(h["row"].get("ref")),
                        "to_value": None,
                        "days_slipped": None,
                    }
                )
        present_prev = {h["chain"]: h for h in hs}
    return out


def _int_or_none(v: Any) -> int | None:
    v = _clean(v)
    return int(v) if v is not None else None


def _changes(prev: dict, row: dict) -> list[tuple[str, str | None, str | None, int | None]]:
    out: list[tuple[str, str | None, str | None, int | None]] = []
    ra, rb = _clean(prev.get("rag")), _clean(row.get("rag"))
    if ra != rb and rb is not None:
        out.append(("rag_changed", ra, rb, None))
    da, db = as_date(_clean(prev.get("deadline_date"))), as_date(_clean(row.get("deadline_date")))
    if da is not None and db is not None:
        if da != db:
            out.append(("deadline_changed", da.isoformat(), db.isoformat(), (db - da).days))
    elif normalise_text(prev.get("deadline_raw")) != normalise_text(row.get("deadline_raw")):
        a, b = _clean(prev.get("deadline_raw")), _clean(row.get("deadline_raw"))
        if b is not None:
            out.append(("deadline_changed", a, b, None))
    ka, kb = _clean(prev.get("lead_key")), _clean(row.get("lead_key"))
    if ka is not None and kb is not None:
        lead_changed = str(ka).strip().lower() != str(kb).strip().lower()
    else:
        lead_changed = normalise_text(prev.get("lead")) != normalise_text(row.get("lead"))
    if lead_changed and _clean(row.get("lead")) is not None:
        out.append(("lead_changed", _clean(prev.get("lead")), _clean(row.get("lead")), None))
    if normalise_text(prev.get("action")) != normalise_text(row.get("action")):
        out.append(("text_changed", _clean(prev.get("action")), _clean(row.get("action")), None))
    pa_, pb = normalise_text(prev.get("progress")), normalise_text(row.get("progress"))
    if pb and pb != pa_:
        out.append(("progress_added", _clean(prev.get("progress")), _clean(row.get("progress")), None))
    return out


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
    records = _records(acts)
    for r in records:
        for f in _FIELDS:
            r.setdefault(f, None)
    by_plan_doc: dict[tuple[str, int], dict[str, list[dict]]] = {}
    for r in records:
        key = plan_of[(r["doc_id"], int(r["table_index"]))]
        by_plan_doc.setdefault(key, {}).setdefault(r["doc_id"], []).append(r)

    prev_act, prev_plan = _previous_maps(previous_ids, acts)
    states: list[_PlanState] = []
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
        states.append(_chain_plan(plan_key, versions, rows_by_doc))

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
    plan_ids = _resolve_ids(plan_rows_order, plan_group, prev_plan_t, lambda g, _k: _plan_id(g))

    ordered: list[tuple[str, int, int]] = []
    group_of: dict[tuple[str, int, int], tuple] = {}
    for st in states:
        for v in st.versions:
            for doc in v.doc_ids:
                for r in by_plan_doc[st.plan_key][doc]:
                    k = _row_key(r)
                    ordered.append(k)
                    group_of[k] = (st.plan_key, st.chain_of[k])
    chain_ids = _resolve_ids(ordered, group_of, prev_act, lambda _g, k: _action_id(k))

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
        events.extend(_events_for(st, pid, ids, dates))
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

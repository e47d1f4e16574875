"""The history of one action across the versions of its plan, read from the curated tables.

`explain()` returns one row per version the action appears in (its canonical rendering, with how
many other renderings carry it, and the page boxes each value was read from) plus a row for the
version that dropped it; `format_explain()` renders that as text for `planwatch explain ACTION_ID`.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

log = logging.getLogger(__name__)

COLUMNS = [
    "action_id",
    "plan_id",
    "version_index",
    "doc_date",
    "source_file",
    "source_url",
    "doc_id",
    "page",
    "ref",
    "rag",
    "deadline_raw",
    "deadline_date",
    "lead",
    "action",
    "progress_excerpt",
    "event",
    "other_renderings",
    "columns",
    "cells",
]
EXCERPT = 160


def _read(curated: Path, table: str, columns: list[str] | None = None) -> pd.DataFrame | None:
    """`<curated>/<table>.parquet` or the folder `<curated>/<table>/`; None when neither exists."""
    for path in (curated / f"{table}.parquet", curated / table):
        if path.exists():
            df = pd.read_parquet(path)
            if columns is not None:
                df = df[[c for c in columns if c in df.columns]]
            return df
    return None


def _excerpt(text: object, n: int = EXCERPT) -> str | None:
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return None
    s = " ".join(str(text).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "\u2026"


def _describe(ev: pd.Series) -> str:
    kind = ev["event"]
    a, b = ev.get("from_value"), ev.get("to_value")
    if kind == "rag_changed":
        return f"rag_changed {a or '-'}\u2192{b or '-'}"
    if kind == "deadline_changed":
        days = ev.get("days_slipped")
        slip = f" ({int(days):+d} d)" if days is not None and not pd.isna(days) else ""
        return f"deadline_changed {a or '-'}\u2192{b or '-'}{slip}"
    return str(kind)


def explain(action_id: str, curated: Path) -> pd.DataFrame:
    """One row per version of the action's plan that carries (or dropped) it, oldest first."""
    curated = Path(curated)
    acts = _read(curated, "actions")
    if acts is None:
        raise FileNotFoundError(f"no actions table under {curated}")
    if "action_id" not in acts.columns:
        raise ValueError("actions has no action_id column: run reconciliation first")
    rows = acts[acts["action_id"] == action_id].copy()
    docs = _read(curated, "documents", ["doc_id", "source_file", "source_url", "doc_date"])
    if docs is None:
        docs = pd.DataFrame(columns=["doc_id", "source_file", "source_url", "doc_date"])
    rows = rows.merge(docs, on="doc_id", how="left", suffixes=("", "_doc"))
    events = _read(curated, "action_events")
    if events is not None:
        events = events[events["action_id"] == action_id]
    if rows.empty and (events is None or events.empty):
        return pd.DataFrame(columns=COLUMNS)

    cells = _read(curated, "action_cells")
    if cells is not None:
        cells = cells[cells["row_id"].isin(set(rows["row_id"]))] if "row_id" in rows.columns else cells[:0]
    tables = _read(curated, "action_tables")
    out = []
    if events is not None and not events.empty:
        for (version, doc_id), evs in events.groupby(["version_index", "doc_id"], sort=True):
            first = evs.iloc[0]
            hit = rows[
                (rows["doc_id"] == doc_id)
                & (rows["table_index"] == first["table_index"])
                & (rows["row_index"] == first["row_index"])
            ]
            row = hit.iloc[0] if len(hit) else None
            date = first["doc_date"]
            others = (
                rows[(rows["doc_id"] != doc_id) & (rows["doc_date"] == date)] if row is not None else rows[:0]
            )
            out.append(
                _line(action_id, row, docs, doc_id, int(version), date, first["plan_id"], evs, len(others))
                | {"columns": column_roles(tables, row)}
            )
            out[-1]["cells"] = _boxes(cells, row)
    else:  # no events table: one row per document carrying the action
        rows = rows.sort_values(["doc_date", "source_file"], na_position="last")
        for i, (_, row) in enumerate(rows.iterrows()):
            out.append(
                _line(action_id, row, docs, row["doc_id"], i, row["doc_date"], row.get("plan_id"), None, 0)
                | {"columns": column_roles(tables, row)}
            )
            out[-1]["cells"] = _boxes(cells, row)
    return pd.DataFrame(out, columns=COLUMNS)


def _boxes(cells: pd.DataFrame | None, row) -> list[tuple[str, int, float, float, float, float]] | None:
    """(field, page, x0, top, x1, bottom) of every box the row's values were read from."""
    if cells is None or row is None:
        return None
    mine = cells[cells["row_id"] == row.get("row_id")].sort_values(["field", "fragment"])
    return [
        (c.field, int(c.page), float(c.x0), float(c.top), float(c.x1), float(c.bottom))
        for c in mine.itertuples()
    ]


def column_roles(tables: pd.DataFrame | None, row) -> str | None:
    """How the action's table was read: each column's role, confidence and evidence, and why the
    table counts as an action table (from action_tables.parquet)."""
    if tables is None or row is None or "role_evidence" not in tables.columns:
        return None
    hit = tables[(tables["doc_id"] == row["doc_id"]) & (tables["table_index"] == row["table_index"])]
    if hit.empty:
        return None
    t = hit.iloc[0]
    conf = t["role_confidence"] if t["role_confidence"] is not None else [None] * len(t["roles"])
    evid = t["role_evidence"] if t["role_evidence"] is not None else [None] * len(t["roles"])
    parts = [
        f"{role} {c:.2f} ({e})" if c is not None else str(role)
        for role, c, e in zip(t["roles"], conf, evid, strict=True)
    ]
    return "; ".join(parts) + (f" -> {t['decision']}" if t.get("decision") else "")


def _line(action_id, row, docs, doc_id, version, date, plan_id, evs, others) -> dict:
    src = docs.loc[docs["doc_id"] == doc_id, "source_file"]
    url = docs.loc[docs["doc_id"] == doc_id, "source_url"] if "source_url" in docs.columns else src.iloc[:0]
    get = (lambda c: row.get(c)) if row is not None else (lambda c: None)
    return {
        "action_id": action_id,
        "plan_id": plan_id,
        "version_index": version,
        "doc_date": date,
        "source_file": src.iloc[0] if len(src) else None,
        "source_url": url.iloc[0] if len(url) and isinstance(url.iloc[0], str) else None,
        "doc_id": doc_id,
        "page": int(get("page_first")) if row is not None and pd.notna(get("page_first")) else None,
        "ref": get("ref"),
        "rag": get("rag"),
        "deadline_raw": get("deadline_raw"),
        "deadline_date": get("deadline_date"),
        "lead": get("lead"),
        "action": _excerpt(get("action")),
        "progress_excerpt": _excerpt(get("progress")),
        "event": "; ".join(_describe(e) for _, e in evs.iterrows()) if evs is not None else None,
        "other_renderings": others,
        "cells": None,  # set by the caller: the page boxes of the row's values
    }


def _cell(v: object) -> str:
    if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)):
        return "-"
    return " ".join(str(v).split())


def format_explain(df: pd.DataFrame) -> str:
    """Plain text: one block per version, oldest first."""
    if df.empty:
        return "no such action (check the id with `planwatch query`)"
    head = f"action {df['action_id'].iloc[0]}  (plan {_cell(df['plan_id'].iloc[0])})"
    lines = [head, "=" * len(head)]
    for _, r in df.iterrows():
        file = Path(str(r["source_file"])).name if _cell(r["source_file"]) != "-" else str(r["doc_id"])[:16]
        page = f" p.{_cell(r['page'])}" if _cell(r["page"]) != "-" else ""
        extra = f" (+{int(r['other_renderings'])} other rendering(s))" if r["other_renderings"] else ""
        lines.append(f"v{r['version_index']}  {_cell(r['doc_date'])}  {file}{page}{extra}")
        if _cell(r.get("source_url")) != "-":
            lines.append(f"    source:   {r['source_url']}")
        lines.append(f"    event:    {_cell(r['event'])}")
        if _cell(r["ref"]) != "-" or _cell(r["action"]) != "-":
            lines.append(
                f"    ref {_cell(r['ref'])}  rag {_cell(r['rag'])}  deadline {_cell(r['deadline_raw'])}"
                f" [{_cell(r['deadline_date'])}]"
            )
            lines.append(f"    lead:     {_cell(r['lead'])}")
            lines.append(f"    action:   {_cell(r['action'])}")
            lines.append(f"    progress: {_cell(r['progress_excerpt'])}")
        if _cell(r.get("columns")) != "-":
            lines.append(f"    columns:  {_cell(r['columns'])}")
        if r.get("cells"):
            lines.append("    printed at (page, [x0, top, x1, bottom] in points from the top left):")
        for f, page, x0, top, x1, bottom in r.get("cells") or []:
            lines.append(f"      {f + ':':13} p.{page} [{x0:.1f}, {top:.1f}, {x1:.1f}, {bottom:.1f}]")
    return "\n".join(lines)

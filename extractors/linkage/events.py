"""What changed for an action between two versions: new, dropped, rating, deadline, lead, text, progress."""

from __future__ import annotations

import datetime as dt
from typing import Any

from extractors.linkage.chaining import PlanState
from extractors.plan_identity import (
    as_date,
)
from extractors.text import comparable_text, missing_to_none

# --------------------------------------------------------------------------- events


def _fmt_date(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def events_for(state: PlanState, plan_id: str, chain_ids: dict[int, str], dates: dict) -> list[dict]:
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
                "ref": missing_to_none(row.get("ref")),
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
                        "ref": missing_to_none(h["row"].get("ref")),
                        "page": None,
                        "match_weight": None,
                        "event": "dropped",
                        "from_value": missing_to_none(h["row"].get("ref")),
                        "to_value": None,
                        "days_slipped": None,
                    }
                )
        present_prev = {h["chain"]: h for h in hs}
    return out


def _int_or_none(v: Any) -> int | None:
    v = missing_to_none(v)
    return int(v) if v is not None else None


def _changes(prev: dict, row: dict) -> list[tuple[str, str | None, str | None, int | None]]:
    out: list[tuple[str, str | None, str | None, int | None]] = []
    ra, rb = missing_to_none(prev.get("rag")), missing_to_none(row.get("rag"))
    if ra != rb and rb is not None:
        out.append(("rag_changed", ra, rb, None))
    da, db = (
        as_date(missing_to_none(prev.get("deadline_date"))),
        as_date(missing_to_none(row.get("deadline_date"))),
    )
    if da is not None and db is not None:
        if da != db:
            out.append(("deadline_changed", da.isoformat(), db.isoformat(), (db - da).days))
    elif comparable_text(prev.get("deadline_raw")) != comparable_text(row.get("deadline_raw")):
        a, b = missing_to_none(prev.get("deadline_raw")), missing_to_none(row.get("deadline_raw"))
        if b is not None:
            out.append(("deadline_changed", a, b, None))
    ka, kb = missing_to_none(prev.get("lead_key")), missing_to_none(row.get("lead_key"))
    if ka is not None and kb is not None:
        lead_changed = str(ka).strip().lower() != str(kb).strip().lower()
    else:
        lead_changed = comparable_text(prev.get("lead")) != comparable_text(row.get("lead"))
    if lead_changed and missing_to_none(row.get("lead")) is not None:
        out.append(
            ("lead_changed", missing_to_none(prev.get("lead")), missing_to_none(row.get("lead")), None)
        )
    if comparable_text(prev.get("action")) != comparable_text(row.get("action")):
        out.append(
            ("text_changed", missing_to_none(prev.get("action")), missing_to_none(row.get("action")), None)
        )
    pa_, pb = comparable_text(prev.get("progress")), comparable_text(row.get("progress"))
    if pb and pb != pa_:
        out.append(
            (
                "progress_added",
                missing_to_none(prev.get("progress")),
                missing_to_none(row.get("progress")),
                None,
            )
        )
    return out

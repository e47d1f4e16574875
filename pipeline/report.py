"""Render the curated data as one static, self-contained HTML page (`planwatch report`).

The page has inline CSS and no script or external asset, so it can be mailed or archived as one
file: documents read and quarantined (with reasons), plans and their versions, what changed in
each version, and every action row with its rating badge, source file and page.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import __version__
from pipeline.query import connect

log = logging.getLogger(__name__)

EXCERPT = 220
RAG_LABELS = {
    "red": "Red",
    "amber": "Amber",
    "green": "Green",
    "blue": "Blue",
    "grey": "Grey",
    None: "unrated",
}
# Events listed one by one under "what changed"; the others are counted only.
LISTED_EVENTS = ("new", "dropped", "reappeared", "rag_changed", "deadline_changed", "lead_changed")

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2430;
  margin:0;background:#f5f6f8}
main{max-width:1200px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px} h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #d5d9e0;
  padding-bottom:4px} h3{font-size:16px;margin:20px 0 6px}
.meta{color:#5b6472;margin:0 0 16px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.card{background:#fff;border:1px solid #d5d9e0;border-radius:8px;padding:10px 16px;min-width:120px}
.card b{display:block;font-size:24px}
table{border-collapse:collapse;width:100%;background:#fff;margin:6px 0 14px;font-size:13px}
th,td{border:1px solid #d5d9e0;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#e9ecf1;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;min-width:52px;text-align:center;border-radius:10px;padding:1px 8px;
  font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
.rag-red{background:#c62828}.rag-amber{background:#ef8f00}.rag-green{background:#2e7d32}
.rag-blue{background:#1565c0}.rag-grey{background:#757575}.rag-none{background:#fff;color:#5b6472;
  border:1px dashed #9aa3af}
.status-ok{background:#2e7d32}.status-no_action_table{background:#757575}
.status-quarantined{background:#c62828}
.plan{background:#fff;border:1px solid #d5d9e0;border-radius:8px;padding:4px 16px 12px;margin:16px 0}
details{margin:6px 0} summary{cursor:pointer;font-weight:600}
.src{color:#5b6472;font-size:12px;overflow-wrap:anywhere}
.muted{color:#5b6472}
"""


def _e(value: Any) -> str:
    """Escaped text of a cell; empty for null."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, (dt.date, pd.Timestamp)):
        return html.escape(str(value)[:10])
    return html.escape(" ".join(str(value).split()))


def _excerpt(value: Any, n: int = EXCERPT) -> str:
    text = _e(value)
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


def rag_badge(rag: Any) -> str:
    key = rag if isinstance(rag, str) and rag in RAG_LABELS else None
    cls = f"rag-{key}" if key else "rag-none"
    return f'<span class="badge {cls}" data-rag="{key or "none"}">{RAG_LABELS[key]}</span>'


def status_badge(status: Any) -> str:
    s = _e(status)
    return f'<span class="badge status-{s}" data-status="{s}">{s}</span>'


def _table(headers: Iterable[str], rows: Iterable[str], cls: str = "") -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "\n".join(rows)
    attr = f' class="{cls}"' if cls else ""
    return f"<table{attr}><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>"


def _documents(docs: pd.DataFrame) -> str:
    rows = []
    for d in docs.itertuples():
        rows.append(
            f'<tr class="document" data-doc-id="{_e(d.doc_id)}"><td>{_e(d.file_name)}</td>'
            f"<td>{status_badge(d.status)}</td><td>{_e(d.doc_date)}</td><td class=num>{_e(d.pages)}</td>"
            f"<td class=num>{_e(d.n_action_tables)}</td><td class=num>{_e(d.n_actions)}</td>"
            f"<td>{_e(d.reason)}</td><td class=src>{_e(d.doc_id)[:16]}</td></tr>"
        )
    return _table(
        ["file", "status", "date", "pages", "action tables", "actions", "reason", "doc_id"], rows, "documents"
    )


def _action_tables(tables: pd.DataFrame, files: dict[str, str]) -> str:
    """Each action table: how its columns were read (role, confidence, evidence) and why it counts."""
    if tables.empty:
        return '<p class="muted">No action table.</p>'
    rows = []
    for t in tables.itertuples():
        conf = getattr(t, "role_confidence", None)
        evid = getattr(t, "role_evidence", None)
        conf = list(conf) if conf is not None else [None] * len(t.roles)
        evid = list(evid) if evid is not None else [None] * len(t.roles)
        cols = "<br>".join(
            f"<b>{_e(r)}</b>" + (f" {c:.2f} <span class=muted>{_e(e)}</span>" if c is not None else "")
            for r, c, e in zip(t.roles, conf, evid, strict=True)
        )
        rows.append(
            f'<tr class="action-table"><td>{_e(Path(str(files.get(t.doc_id, ""))).name)}</td>'
            f"<td class=num>{_e(t.table_index)}</td><td class=num>{_e(t.page_first)}-{_e(t.page_last)}</td>"
            f"<td>{_excerpt(t.title, 120)}</td><td>{cols}</td>"
            f"<td>{_excerpt(getattr(t, 'decision', None), 400)}</td></tr>"
        )
    return _table(["file", "table", "pages", "title", "columns", "decision"], rows, "action-tables")


def _quarantine(q: pd.DataFrame) -> str:
    if q.empty:
        return '<p class="muted" id="no-quarantine">No document was quarantined.</p>'
    rows = [
        f'<tr class="quarantined"><td>{_e(r.source_file)}</td><td>{_e(r.stage)}</td>'
        f"<td><b>{_e(r.reason)}</b></td><td>{_excerpt(r.detail, 300)}</td></tr>"
        for r in q.itertuples()
    ]
    return _table(["file", "stage", "reason", "detail"], rows, "quarantine")


def _plans(plans: pd.DataFrame, versions: pd.DataFrame) -> str:
    rows = []
    for p in plans.itertuples():
        vs = versions[versions["plan_id"] == p.plan_id]
        listed = "<br>".join(
            f"v{int(v.version_index)} {_e(v.doc_date)} \u2013 {_e(v.file_name)}" for v in vs.itertuples()
        )
        mix = " ".join(
            f"{rag_badge(k)}&nbsp;{int(getattr(p, 'n_' + (k or 'unrated')))}"
            for k in ("red", "amber", "green", "blue", "grey", None)
            if getattr(p, "n_" + (k or "unrated"))
        )
        rows.append(
            f'<tr class="plan-row" data-plan-id="{_e(p.plan_id)}"><td><a href="#{_anchor(p.plan_id)}">'
            f"{_e(p.title) or _e(p.plan_id)}</a><div class=src>{_e(p.plan_id)}</div></td>"
            f"<td class=num>{int(p.n_versions)}</td><td>{listed}</td><td class=num>{int(p.n_actions_latest)}</td>"
            f"<td>{mix}</td></tr>"
        )
    return _table(["plan", "versions", "reports", "actions (latest)", "ratings (latest)"], rows, "plans")


def _anchor(plan_id: Any) -> str:
    return "plan-" + "".join(c if c.isalnum() else "-" for c in str(plan_id))


def _changes(events: pd.DataFrame, version: int, acts: pd.DataFrame) -> str:
    """What version `version` changed against the previous one; new, reappeared and dropped actions
    show their text (a dropped one as last printed, with that document's page)."""
    ev = events[events["version_index"] == version]
    at_row = acts.set_index(["doc_id", "table_index", "row_index"])["action"]
    counts = ev.groupby("event")["action_id"].nunique()
    summary = ", ".join(f"{int(n)} {html.escape(str(k))}" for k, n in counts.items() if k != "unchanged")
    rows = []
    for e in (
        ev[ev["event"].isin(LISTED_EVENTS)].sort_values(["event", "ref"], na_position="last").itertuples()
    ):
        if e.event == "rag_changed":
            what = f"{rag_badge(e.from_value)} \u2192 {rag_badge(e.to_value)}"
        elif e.event == "deadline_changed":
            slip = f" ({int(e.days_slipped):+d} days)" if pd.notna(e.days_slipped) else ""
            what = f"{_e(e.from_value)} \u2192 {_e(e.to_value)}{slip}"
        elif e.event == "lead_changed":
            what = f"{_excerpt(e.from_value, 80)} \u2192 {_excerpt(e.to_value, 80)}"
        elif e.event in ("new", "reappeared") and pd.notna(e.table_index):
            what = _excerpt(at_row.get((e.doc_id, int(e.table_index), int(e.row_index))), 160)
        elif e.event == "dropped":
            last = acts[(acts["action_id"] == e.action_id) & (acts["doc_id"] == e.prev_doc_id)]
            what = (
                f"<span class=muted>last printed:</span> {_excerpt(last['action'].iloc[0], 140)}"
                if len(last)
                else ""
            )
        else:
            what = ""
        if pd.notna(e.page):
            page = f"p.{int(e.page)}"
        elif e.event == "dropped" and len(last):
            page = f"p.{int(last['page_first'].iloc[0])} (previous)"
        else:
            page = ""
        rows.append(
            f'<tr class="change" data-event="{_e(e.event)}"><td>{_e(e.ref)}</td><td>{_e(e.event)}</td>'
            f"<td>{what}</td><td class=src>{page}</td></tr>"
        )
    table = _table(["ref", "event", "change", "page"], rows, "changes") if rows else ""
    return f'<p class="change-summary">{summary or "no changes"}</p>{table}'


def _source_urls(docs: pd.DataFrame) -> dict[str, str]:
    """doc_id -> the URL `planwatch fetch` downloaded it from (older curated sets have no such column)."""
    if "source_url" not in docs.columns:
        return {}
    return {d: u for d, u in zip(docs["doc_id"], docs["source_url"], strict=True) if isinstance(u, str) and u}


def _where(con: Any, acts: pd.DataFrame) -> list[dict[str, str]]:
    """Per action row, field -> 'p.N [x0, top, x1, bottom]' of the boxes its value was read from."""
    found = con.sql("SELECT 1 FROM duckdb_views() WHERE view_name = 'action_cells'").fetchall()
    if not found:
        return [{} for _ in range(len(acts))]
    boxes: dict[str, dict[str, list[str]]] = {}
    cells = con.sql(
        "SELECT row_id, field, page, x0, top, x1, bottom FROM action_cells ORDER BY row_id, field, fragment"
    ).fetchall()
    for row_id, field, page, x0, top, x1, bottom in cells:
        box = f"p.{page} [{x0:.0f}, {top:.0f}, {x1:.0f}, {bottom:.0f}]"
        boxes.setdefault(row_id, {}).setdefault(field, []).append(box)
    return [{f: "; ".join(b) for f, b in boxes.get(r, {}).items()} for r in acts["row_id"]]


def _td(a: Any, field: str, content: str) -> str:
    """A cell whose title gives the page and box (points, top-left origin) its value came from."""
    where = (getattr(a, "where", None) or {}).get(field)
    return f'<td title="{_e(where)}">{content}</td>' if where else f"<td>{content}</td>"


def _actions(acts: pd.DataFrame, files: dict[str, str], urls: dict[str, str] | None = None) -> str:
    """Action rows with their rating badge and where they are printed (`files`: doc_id -> source_file;
    `urls`: doc_id -> the PDF's URL, linked from the file name)."""
    rows = []
    for a in acts.sort_values(["table_index", "row_index"]).itertuples():
        source_file = files.get(a.doc_id, a.doc_id)
        name = f'<span class="source-file">{_e(Path(source_file).name)}</span>'
        if urls and urls.get(a.doc_id):
            name = f'<a class="source-url" href="{_e(urls[a.doc_id])}">{name}</a>'
        page = int(a.page_first)
        pages = f"p.{page}" if int(a.page_last) == page else f"pp.{page}\u2013{int(a.page_last)}"
        deadline = _e(a.deadline_raw)
        if _e(a.deadline_date):
            deadline += f"<div class=src>{_e(a.deadline_date)}</div>"
        rows.append(
            f'<tr class="action" data-row-id="{_e(a.row_id)}" data-action-id="{_e(a.action_id)}" '
            f'data-page="{page}">{_td(a, "ref", _e(a.ref))}{_td(a, "action", _excerpt(a.action))}'
            f"{_td(a, 'lead', _excerpt(a.lead, 120))}{_td(a, 'deadline_raw', deadline)}"
            f"{_td(a, 'rag_raw', rag_badge(a.rag))}"
            f'<td class=src title="{_e(source_file)}">{name} '
            f'<span class="page">{pages}</span></td></tr>'
        )
    return _table(["ref", "action", "lead", "deadline", "rating", "source"], rows, "actions")


def _plan_section(
    plan: Any, versions: pd.DataFrame, acts: pd.DataFrame, events: pd.DataFrame, docs: pd.DataFrame
) -> str:
    files = dict(zip(docs["doc_id"], docs["source_file"], strict=True))
    urls = _source_urls(docs)
    vs = versions[versions["plan_id"] == plan.plan_id].sort_values("version_index")
    pacts = acts[acts["plan_id"] == plan.plan_id]
    ev = events[events["plan_id"] == plan.plan_id]
    out = [
        f'<section class="plan" id="{_anchor(plan.plan_id)}" data-plan-id="{_e(plan.plan_id)}">',
        f"<h3>{_e(plan.title) or _e(plan.plan_id)}</h3><p class=src>{_e(plan.plan_id)}</p>",
    ]
    canonical = set(vs["doc_id"])
    latest = int(vs["version_index"].max()) if len(vs) else -1
    for v in vs.itertuples():
        vi = int(v.version_index)
        head = f"Version {vi} \u2013 {_e(v.doc_date)} \u2013 {_e(v.file_name)} ({int(v.n_actions)} actions)"
        body = []
        if vi > 0:
            body.append(f"<h4>What changed since version {vi - 1}</h4>{_changes(ev, vi, pacts)}")
        body.append(_actions(pacts[pacts["doc_id"] == v.doc_id], files, urls))
        is_open = " open" if vi == latest else ""
        out.append(
            f'<details class="version" data-version="{vi}"{is_open}><summary>{head}</summary>{"".join(body)}</details>'
        )
    # A second rendering of a version (same report, another PDF) keeps its rows too.
    for doc_id, rows in pacts[~pacts["doc_id"].isin(canonical)].groupby("doc_id", sort=True):
        d = docs[docs["doc_id"] == doc_id]
        name = d["file_name"].iloc[0] if len(d) else str(doc_id)[:16]
        date = _e(d["doc_date"].iloc[0]) if len(d) else ""
        out.append(
            f'<details class="rendering"><summary>Other rendering \u2013 {date} \u2013 {_e(name)} '
            f"({len(rows)} actions)</summary>{_actions(rows, files, urls)}</details>"
        )
    out.append("</section>")
    return "\n".join(out)


def render(curated: Path | str) -> str:
    """The whole report page for one curated folder."""
    con = connect(curated)
    try:
        docs = con.sql("SELECT * FROM documents ORDER BY doc_date NULLS LAST, file_name").to_df()
        quarantine = con.sql("SELECT * FROM quarantine ORDER BY source_file").to_df()
        plans = con.sql("SELECT * FROM plans").to_df()
        versions = con.sql("SELECT * FROM plan_versions").to_df()
        acts = con.sql(
            "SELECT row_id, doc_id, table_index, row_index, plan_id, action_id, ref, action, lead, "
            "deadline_raw, deadline_date, rag, page_first, page_last FROM actions"
        ).to_df()
        events = con.sql("SELECT * FROM action_events").to_df()
        acts["where"] = _where(con, acts)
        tables = con.sql("SELECT * FROM action_tables ORDER BY doc_id, table_index").to_df()
    finally:
        con.close()

    n_q = int((docs["status"] == "quarantined").sum())
    runs = sorted(set(docs["run_id"].dropna()))
    cards = "".join(
        f'<div class="card" id="card-{k}"><b>{v}</b>{html.escape(label)}</div>'
        for k, v, label in (
            ("documents", len(docs), "documents"),
            ("quarantined", n_q, "quarantined"),
            ("plans", len(plans), "plans"),
            ("actions", len(acts), "action rows"),
        )
    )
    unassigned = acts[acts["plan_id"].isna()]
    sections = [_plan_section(p, versions, acts, events, docs) for p in plans.itertuples()]
    if len(unassigned):
        sections.append(
            '<section class="plan" id="plan-unassigned"><h3>Actions not assigned to a plan</h3>'
            + _actions(
                unassigned, dict(zip(docs["doc_id"], docs["source_file"], strict=True)), _source_urls(docs)
            )
            + "</section>"
        )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>planwatch report</title><style>{CSS}</style></head>
<body><main>
<h1>planwatch report</h1>
<p class="meta">Curated data from {html.escape(str(curated))} \u00b7 planwatch {__version__} \u00b7
run {html.escape(runs[-1] if runs else "-")}</p>
<div class="cards">{cards}</div>
<h2 id="documents">Documents</h2>
{_documents(docs)}
<h2 id="quarantine">Quarantined documents</h2>
{_quarantine(quarantine)}
<h2 id="plans">Plans</h2>
{_plans(plans, versions)}
<h2 id="actions">Actions by plan</h2>
<p class="muted">Each version's action rows as printed, with the rating read from the PDF; the latest
version is open. Under each later version: what changed since the one before.</p>
{"".join(sections)}
<h2 id="action-tables">Action tables and how their columns were read</h2>
<p class="muted">Per column: its role, the confidence of that role (0-1) and the evidence that decided
it; per table: why it counts as an action table.</p>
{_action_tables(tables, dict(zip(docs["doc_id"], docs["source_file"], strict=True)))}
</main></body></html>
"""


def write_report(curated: Path | str, out: Path | str) -> Path:
    """Render the report for `curated` and write it to `out` (written whole, then renamed)."""
    out = Path(out)
    text = render(curated)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    log.info("report: %s (%d bytes)", out, len(text))
    return out

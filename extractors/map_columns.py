"""Give every column of every page table a role (ref, lead, deadline...) from its header and its cells. Reads: page_tables. Writes: page_tables[].roles, role_confidence, role_evidence.

This runs before stitching because the stitcher needs to know which column numbers the rows
(the ref) and which hold group cells (area) to re-join rows across pages correctly. Headerless
tables drawn alike in one document (an action log printed as one small table per section) are
one table to the eye: their cells are pooled and their roles decided once for all of them.
"""

from __future__ import annotations

import logging

from extractors.column_roles import assign
from extractors.header_lexicon import role_of
from extractors.patterns import ROW_NUMBER
from pipeline.context import DocContext, StageConfig

log = logging.getLogger(__name__)
NAME, VERSION = "map_columns", "2"  # 2: roles from header and content, assigned per table


SUPPORTING_ROLES = ("lead", "deadline", "progress", "rag")
MIN_SUPPORTING = 2


def is_action_table(roles: list[str]) -> bool:
    """The header-only rule: an action column and at least two of lead, deadline, progress, rating."""
    return "action" in roles and sum(1 for r in SUPPORTING_ROLES if r in roles) >= MIN_SUPPORTING


def assign_roles(headers: list[str | None]) -> list[str]:
    """One role per column from the headers alone; when two columns claim a role the more confident keeps it."""
    scored = [role_of(h) if h else ("other", 0.0) for h in headers]
    roles = [r for r, _ in scored]
    for role in set(roles) - {"other"}:
        claims = [i for i, r in enumerate(roles) if r == role]
        if len(claims) > 1:
            keep = max(claims, key=lambda i: (scored[i][1], -i))
            for i in claims:
                if i != keep:
                    roles[i] = "other"
    return roles


NUMBERING_SHARE = 0.7


def numbering_column(headers: list[str | None], columns: list[list[str]]) -> int | None:
    """The first column, left unlabelled, that numbers the rows: it is the ref whatever else claims it."""
    if not columns or (headers[0] or "").strip():
        return None
    cells = [t for t in columns[0] if t]
    if cells and sum(1 for t in cells if ROW_NUMBER.match(t)) >= NUMBERING_SHARE * len(cells):
        return 0
    return None


def _cells(pt) -> list[list[str]]:
    return [[row[c].text for row in pt.rows] for c in range(len(pt.columns))]


def set_roles(pts: list, headers: list[str | None], columns: list[list[str]]) -> None:
    """Decide the roles of one table (or of a family of alike tables) and give them to each page table."""
    decided = assign(headers, columns)
    roles = [d.role for d in decided]
    confidence = [d.confidence for d in decided]
    evidence = [d.evidence for d in decided]
    if numbering_column(headers, columns) is not None and any(headers):
        for c, r in enumerate(roles):
            if r == "ref" and c != 0:
                roles[c], confidence[c], evidence[c] = (
                    "other",
                    0.0,
                    "the unlabelled first column numbers the rows",
                )
        roles[0], evidence[0] = "ref", "unlabelled first column numbering the rows"
        confidence[0] = max(confidence[0], 0.6)
    for pt in pts:
        pt.roles, pt.role_confidence, pt.role_evidence = list(roles), list(confidence), list(evidence)


LAYOUT_SLACK = 4.0  # points by which the column edges of tables drawn alike may differ


def alike(a, b) -> bool:
    """Two headerless page tables drawn alike: same columns, edges within LAYOUT_SLACK points."""
    if len(a.columns) != len(b.columns):
        return False
    edges = [(x, y) for (x, _), (y, _) in zip(a.columns, b.columns, strict=True)]
    edges.append((a.columns[-1][1], b.columns[-1][1]))
    return all(abs(x - y) <= LAYOUT_SLACK for x, y in edges)


def families(tables: list, first=lambda t: t) -> list[list]:
    """Headerless tables grouped by how they are drawn, in document order (greedy, first-come)."""
    out: list[list] = []
    for t in tables:
        home = next((f for f in out if alike(first(f[0]), first(t))), None)
        if home is None:
            out.append([t])
        else:
            home.append(t)
    return out


def roles_for(pt) -> list[str]:
    set_roles([pt], pt.headers, _cells(pt))
    return pt.roles


def run(ctx: DocContext, cfg: StageConfig) -> None:
    headerless = []
    for pt in ctx.page_tables:
        if any(pt.headers):
            roles_for(pt)
        else:
            headerless.append(pt)
    for pts in families(headerless):
        pooled = [sum((_cells(pt)[c] for pt in pts), []) for c in range(len(pts[0].columns))]
        set_roles(pts, [None] * len(pooled), pooled)

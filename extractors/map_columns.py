"""Give every column of every page table a role (ref, lead, deadline...) from its header. Reads: page_tables. Writes: page_tables[].roles.

This runs before stitching because the stitcher needs to know which column numbers the rows
(the ref) and which hold group cells (area) to re-join rows across pages correctly.
"""

from __future__ import annotations

import logging

from extractors.header_lexicon import role_of
from extractors.patterns import ROW_NUMBER
from pipeline.context import DocContext, StageConfig

log = logging.getLogger(__name__)
NAME, VERSION = "map_columns", "1"


SUPPORTING_ROLES = ("lead", "deadline", "progress", "rag")
MIN_SUPPORTING = 2


def is_action_table(roles: list[str]) -> bool:
    """An action column and at least two of lead, deadline, progress, rating: never the title."""
    return "action" in roles and sum(1 for r in SUPPORTING_ROLES if r in roles) >= MIN_SUPPORTING


def assign_roles(headers: list[str | None]) -> list[str]:
    """One role per column; when two columns claim a role the more confident keeps it."""
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


def roles_for(pt) -> list[str]:
    roles = assign_roles(pt.headers)
    cells = [[row[c].text for row in pt.rows] for c in range(len(pt.columns))]
    if numbering_column(pt.headers, cells) is not None and any(pt.headers):
        roles = ["other" if r == "ref" else r for r in roles]
        roles[0] = "ref"
    return roles


def run(ctx: DocContext, cfg: StageConfig) -> None:
    for pt in ctx.page_tables:
        pt.roles = roles_for(pt)

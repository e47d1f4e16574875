"""Column roles from header texts, and the rule that makes a table an action table (shared by the table stages)."""

from __future__ import annotations

from extractors.core.tables import PageTable
from extractors.header_lexicon import role_of
from extractors.refs import is_ref_cell

SUPPORTING_ROLES = ("lead", "deadline", "progress", "rag")
MIN_SUPPORTING = 2
NUMBERING_SHARE = 0.7


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


def numbering_column(headers: list[str | None], columns: list[list[str]]) -> int | None:
    """The first column, left unlabelled, that numbers the rows: it is the ref whatever else claims it."""
    if not columns or (headers[0] or "").strip():
        return None
    cells = [t for t in columns[0] if t]
    if cells and sum(1 for t in cells if is_ref_cell(t)) >= NUMBERING_SHARE * len(cells):
        return 0
    return None


def roles_for(pt: PageTable) -> list[str]:
    """The roles of a page table's columns: from its headers, with an unlabelled numbering column as ref."""
    roles = assign_roles(pt.headers)
    cells = [[row[c].text for row in pt.rows] for c in range(len(pt.columns))]
    if numbering_column(pt.headers, cells) is not None and any(pt.headers):
        roles = ["other" if r == "ref" else r for r in roles]
        roles[0] = "ref"
    return roles

"""Give every column of every page table a role (ref, lead, deadline...) from its header. Reads: page_tables. Writes: page_tables[].roles.

This runs before stitching because the stitcher needs to know which column numbers the rows
(the ref) and which hold group cells (area) to re-join rows across pages correctly.
"""

from __future__ import annotations

import logging

from extractors.header_lexicon import role_of
from pipeline.context import DocContext, StageConfig

log = logging.getLogger(__name__)
NAME, VERSION = "map_columns", "1"


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


def run(ctx: DocContext, cfg: StageConfig) -> None:
    for pt in ctx.page_tables:
        pt.roles = assign_roles(pt.headers)

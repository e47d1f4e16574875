"""Give every column of every page table a role (ref, lead, deadline...) from its header and its cells. Reads: page_tables. Writes: page_tables[].roles, role_confidence, role_evidence.

This runs before stitching because the stitcher needs to know which column numbers the rows
(the ref) and which hold group cells (area) to re-join rows across pages correctly. The scoring
model is extractors.role_model; headerless tables drawn alike in one document (an action log
printed as one small table per section) are pooled and their roles decided once for all of them
(extractors.table_families); tables that print the same header in one document are pooled alike.
"""

from __future__ import annotations

import logging

from extractors.column_roles import numbering_column
from extractors.core import DocContext, PageTable, StageConfig
from extractors.role_model import assign
from extractors.table_families import families

log = logging.getLogger(__name__)
NAME, VERSION = "map_columns", "6"  # 6: cells overrule misleading header words


def _cells(pt: PageTable) -> list[list[str]]:
    return [[row[c].text for row in pt.rows] for c in range(len(pt.columns))]


def set_roles(pts: list[PageTable], headers: list[str | None], columns: list[list[str]]) -> None:
    """Decide the roles of one table (or of a family of alike tables) and give them to each page table."""
    decided = assign(headers, columns)
    roles = [d.role for d in decided]
    confidence = [d.confidence for d in decided]
    evidence = [d.evidence for d in decided]
    if numbering_column(headers, columns) is not None and any(headers):
        # The first column, left unlabelled, that numbers the rows is the ref whatever else claims it.
        for c, r in enumerate(roles):
            if r == "ref" and c != 0:
                roles[c], confidence[c], evidence[c] = "other", 0.0, "the first column numbers the rows"
        roles[0], evidence[0] = "ref", "unlabelled first column numbering the rows"
        confidence[0] = max(confidence[0], 0.6)
    for pt in pts:
        pt.roles, pt.role_confidence, pt.role_evidence = list(roles), list(confidence), list(evidence)


def _header_key(pt: PageTable) -> tuple[str, ...]:
    return tuple(" ".join((h or "").lower().split()) for h in pt.headers)


def run(ctx: DocContext, cfg: StageConfig) -> None:
    headerless = []
    printed: dict[tuple[str, ...], list[PageTable]] = {}
    for pt in ctx.page_tables:
        if any(pt.headers):
            printed.setdefault(_header_key(pt), []).append(pt)
        else:
            headerless.append(pt)
    # Tables printing the same header in one document (a plan printed as one small table per
    # action or per page) are read together: the cells of one or two rows say little, the
    # cells of all of them say what each column holds.
    for pts in printed.values():
        pooled = [sum((_cells(pt)[c] for pt in pts), []) for c in range(len(pts[0].columns))]
        set_roles(pts, pts[0].headers, pooled)
    for pts in families(headerless):
        pooled = [sum((_cells(pt)[c] for pt in pts), []) for c in range(len(pts[0].columns))]
        set_roles(pts, [None] * len(pooled), pooled)

"""Give every column of every page table a role (ref, lead, deadline...) from its header. Reads: page_tables. Writes: page_tables[].roles.

This runs before stitching because the stitcher needs to know which column numbers the rows
(the ref) and which hold group cells (area) to re-join rows across pages correctly. The rules
themselves live in extractors.column_roles, which the parser and the selector share.
"""

from __future__ import annotations

import logging

from extractors.column_roles import roles_for
from extractors.core import DocContext, StageConfig

log = logging.getLogger(__name__)
NAME, VERSION = "map_columns", "1"


def run(ctx: DocContext, cfg: StageConfig) -> None:
    for pt in ctx.page_tables:
        pt.roles = roles_for(pt)

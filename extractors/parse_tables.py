"""Find the tables on each candidate page and read their cells with text and bounding boxes. Reads: candidate_pages. Writes: page_tables.

The parser is chosen by name (`StageConfig.parser`, `--parser`): see extractors.parsers. A page
the previous page's table runs onto is read with that table's columns; a page picked only for
following a table page is skipped when that table was no action table.
"""

from __future__ import annotations

import logging

from extractors.column_roles import assign_roles, is_action_table
from extractors.core import DocContext, PageTable, StageConfig
from extractors.parsers import PageInput, get

log = logging.getLogger(__name__)
NAME, VERSION = "parse_tables", "4"


def run(ctx: DocContext, cfg: StageConfig) -> None:
    open_table: PageTable | None = None
    open_is_action = False  # whether the open table, as its header page named it, is an action table
    prev_page = None
    parser = get(cfg.parser)
    follow_on = set(ctx.follow_on_pages)
    for page_no in ctx.candidate_pages:
        inherit = open_table if (open_table is not None and prev_page == page_no - 1) else None
        if page_no in follow_on and (inherit is None or not open_is_action):
            # Picked only for following a table page; that table was no action table (or ended).
            continue
        page = ctx.store.get(page_no)
        try:
            found = parser.parse(PageInput(ctx.path, page, inherit))
        finally:
            page.release()  # keep the page's facts for later stages, drop pdfminer's layout: packs are long
        ctx.page_tables.extend(found)
        open_table = found[-1] if found and not found[-1].text_below else None
        if open_table is not None and any(open_table.headers):
            open_is_action = is_action_table(assign_roles(open_table.headers))
        # A headerless continuation keeps the verdict of the page that printed the header.
        prev_page = page_no
    log.debug(
        "%s: %d page tables on %d candidate pages",
        ctx.short_id,
        len(ctx.page_tables),
        len(ctx.candidate_pages),
    )


__all__ = ["NAME", "VERSION", "run"]

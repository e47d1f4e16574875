"""Find the tables on each candidate page and read their cells with text and bounding boxes. Reads: candidate_pages. Writes: page_tables.

The parser is chosen by name (`StageConfig.parser`, `--parser`): see extractors.parsers. A page
the previous page's table runs onto is read with that table's columns; a page picked only for
following a table page is skipped when that table was no action table. The page after an action
table left open at a page's foot is read even when locate did not pick it (an unruled table
draws nothing there).
"""

from __future__ import annotations

import logging

from extractors.column_roles import assign_roles, is_action_table
from extractors.core import DocContext, PageTable, StageConfig
from extractors.parsers import PageInput, get

log = logging.getLogger(__name__)
NAME, VERSION = "parse_tables", "5"  # 5: the page after an open action table is read


def run(ctx: DocContext, cfg: StageConfig) -> None:
    open_table: PageTable | None = None
    open_is_action = False  # whether the open table, as its header page named it, is an action table
    prev_page = None
    parser = get(cfg.parser)
    follow_on = set(ctx.follow_on_pages)
    pages = list(ctx.candidate_pages)
    k = 0
    while k < len(pages):
        page_no = pages[k]
        k += 1
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
        nxt = page_no + 1
        if open_table is not None and open_is_action and nxt <= ctx.pages and nxt not in pages[k : k + 1]:
            # An unruled action table open at the foot of the page draws nothing on the next one
            # for locate to see: read that page too, as a continuation.
            pages.insert(k, nxt)
            follow_on.add(nxt)
            ctx.candidate_pages = sorted({*ctx.candidate_pages, nxt})
    log.debug(
        "%s: %d page tables on %d candidate pages",
        ctx.short_id,
        len(ctx.page_tables),
        len(ctx.candidate_pages),
    )


__all__ = ["NAME", "VERSION", "run"]

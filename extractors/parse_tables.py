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
from extractors.core import DocContext, PageFacts, PageTable, StageConfig
from extractors.parsers import PageInput, get

log = logging.getLogger(__name__)
NAME, VERSION = "parse_tables", "5"  # 5: the page after an open action table is read


class TableReader:
    """parse_tables' reading of one document, page by page in page order: which pages to read and
    the table each inherits from the page before. Shared by `run` and the streamed pass
    (`pipeline.stream_stages`), so the two read the same pages the same way."""

    def __init__(self, ctx: DocContext, cfg: StageConfig) -> None:
        self.ctx = ctx
        self.parser = get(cfg.parser)
        self.open_table: PageTable | None = None
        # Whether the open table, as its header page named it, is an action table.
        self.open_is_action = False
        self.prev_page: int | None = None
        self.read_pages: list[int] = []

    def _inherit(self, page_no: int) -> PageTable | None:
        if self.open_table is not None and self.prev_page == page_no - 1:
            return self.open_table
        return None

    def wants(self, page_no: int, picked: bool = True, follow_on: bool = False) -> bool:
        """Is page `page_no` to be read? Every page locate picked, except one picked only for
        following a table page whose table was no action table (or ended); and a page locate did
        not pick when an action table is open at the foot of the page before it."""
        if picked and not follow_on:
            return True
        return self._inherit(page_no) is not None and self.open_is_action

    def read(self, page_no: int, page: PageFacts) -> None:
        inherit = self._inherit(page_no)
        try:
            found = self.parser.parse(PageInput(self.ctx.path, page, inherit))
        finally:
            page.release()  # keep the page's facts for later stages, drop pdfminer's layout: packs are long
        self.ctx.page_tables.extend(found)
        self.open_table = found[-1] if found and not found[-1].text_below else None
        if self.open_table is not None and any(self.open_table.headers):
            self.open_is_action = is_action_table(assign_roles(self.open_table.headers))
        elif self.open_table is not None and inherit is None:
            # A table that starts on this page with no header to judge it by (an unruled log):
            # an action table when its page is headed as an action plan or log.
            self.open_is_action = page_no in self.ctx.genre_headings
        # A headerless continuation keeps the verdict of the page that printed the header.
        self.prev_page = page_no
        self.read_pages.append(page_no)

    def reads_next(self) -> bool:
        """Is an action table open at the foot of the page read last (its next page is read too)?"""
        return self.open_table is not None and self.open_is_action


def run(ctx: DocContext, cfg: StageConfig) -> None:
    reader = TableReader(ctx, cfg)
    follow_on = set(ctx.follow_on_pages)
    pages = list(ctx.candidate_pages)
    k = 0
    while k < len(pages):
        page_no = pages[k]
        k += 1
        if not reader.wants(page_no, follow_on=page_no in follow_on):
            continue
        reader.read(page_no, ctx.store.get(page_no))
        nxt = page_no + 1
        if reader.reads_next() and nxt <= ctx.pages and nxt not in pages[k : k + 1]:
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


__all__ = ["NAME", "VERSION", "TableReader", "run"]

"""Table parsers by name, in camelot's manner: each reads one page into page tables; `auto` picks per page.

| name | columns from | rows from |
|---|---|---|
| planwatch | vertical rules where the table draws them, else whitespace channels | rules, numbers, spacing |
| ruled | vertical rules only (a table without them is not read) | rules, numbers, spacing |
| aligned | whitespace channels only | rules, numbers, spacing |
| camelot-lattice | camelot's lattice: lines found on a rendering of the page | the same lines |
| camelot-stream | camelot's stream: text edges | text rows |
| pdfplumber | pdfplumber's find_tables (ruling lines) | ruling lines |
| auto | planwatch; where it reads an action table poorly, camelot's reading too, the better kept | |
"""

from __future__ import annotations

import logging

from extractors.core import PageTable
from extractors.parsers.base import PageInput, PageParser, quality
from extractors.parsers.camelot_parsers import LATTICE, STREAM
from extractors.parsers.own import ALIGNED, PLANWATCH, RULED
from extractors.parsers.plumber import PDFPLUMBER

log = logging.getLogger(__name__)

WEAK = 0.5  # quality below which auto asks camelot for a second opinion
MIN_COLUMN_RULES = 3  # vertical rules that make a page a ruled grid (lattice) rather than stream


class AutoParser:
    """planwatch's parser, with camelot as a second opinion where planwatch reads a table poorly.

    A page where planwatch reads an action table (or a continuation of one) but leaves most of its
    rows half empty is read again by camelot (lattice when the page draws column rules, else
    stream); the reading with the higher quality is kept, planwatch's on a tie. Pages where
    planwatch finds no action table at all are not sent: they are prose or other tables that
    locate picked for their words, and camelot costs about a second a page. A second opinion that
    fails (camelot's OpenCV under a tight --memory-mb, a page it cannot render) keeps planwatch's.
    """

    NAME = "auto"

    def __init__(self) -> None:
        self.second_opinions = 0  # pages camelot was asked about
        self.taken = 0  # pages where camelot's reading was kept

    def parse(self, source: PageInput) -> list[PageTable]:
        own = PLANWATCH.parse(source)
        own_q = quality(own, source.inherit)
        if own_q == 0.0 or own_q >= WEAK:
            return own
        other = LATTICE if len(source.page.vrules) >= MIN_COLUMN_RULES else STREAM
        self.second_opinions += 1
        try:
            theirs = other.parse(source)
        except Exception as exc:  # a second opinion never costs the page its first one
            log.warning(
                "page %d: %s failed (%s); keeping planwatch's reading", source.page.number, other.NAME, exc
            )
            return own
        if quality(theirs, source.inherit) > own_q:
            self.taken += 1
            log.info("page %d: %s read it better than planwatch", source.page.number, other.NAME)
            return theirs
        return own


PARSERS: dict[str, PageParser] = {p.NAME: p for p in (PLANWATCH, RULED, ALIGNED, LATTICE, STREAM, PDFPLUMBER)}
NAMES = ("auto", *PARSERS)


def get(name: str) -> PageParser:
    """A fresh parser called `name`; KeyError listing the known names for any other."""
    if name == "auto":
        return AutoParser()
    try:
        return PARSERS[name]
    except KeyError:
        raise KeyError(f"unknown parser {name!r}; known parsers: {', '.join(NAMES)}") from None


__all__ = ["NAMES", "PARSERS", "AutoParser", "PageInput", "PageParser", "get", "quality"]

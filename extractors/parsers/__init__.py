"""Table parsers by name, in camelot's manner: each reads one page into page tables; `auto` picks per page.

| name | columns from | rows from |
|---|---|---|
| planwatch | vertical rules where the table draws them, else whitespace channels | rules, numbers, spacing |
| ruled | vertical rules only (a table without them is not read) | rules, numbers, spacing |
| aligned | whitespace channels only | rules, numbers, spacing |
| camelot-lattice | camelot's lattice: lines found on a rendering of the page | the same lines |
| camelot-stream | camelot's stream: text edges | text rows |
| pdfplumber | pdfplumber's find_tables (ruling lines) | ruling lines |
| auto | planwatch; where its result on a page is weak, camelot's too, and the better one is kept | |
"""

from __future__ import annotations

from extractors.core import PageTable
from extractors.parsers.base import PageInput, PageParser, quality
from extractors.parsers.camelot_parsers import LATTICE, STREAM
from extractors.parsers.own import ALIGNED, PLANWATCH, RULED
from extractors.parsers.plumber import PDFPLUMBER

WEAK = 0.0  # quality at or below which auto asks camelot for a second opinion: nothing usable found
MIN_COLUMN_RULES = 3  # vertical rules that make a page a ruled grid (lattice) rather than stream


class AutoParser:
    """planwatch's parser, with camelot as a second opinion on pages where it reads little.

    A candidate page where planwatch finds no action table (or rows mostly empty) is read again by
    camelot (lattice when the page draws column rules, else stream); the result with the higher
    quality is kept, planwatch's on a tie.
    """

    NAME = "auto"

    def __init__(self) -> None:
        self.second_opinions = 0  # pages camelot was asked about
        self.taken = 0  # pages where camelot's reading was kept

    def parse(self, source: PageInput) -> list[PageTable]:
        own = PLANWATCH.parse(source)
        own_q = quality(own, source.inherit)
        if own_q > WEAK or not source.page.words:
            return own
        other = LATTICE if len(source.page.vrules) >= MIN_COLUMN_RULES else STREAM
        self.second_opinions += 1
        theirs = other.parse(source)
        if quality(theirs, source.inherit) > own_q:
            self.taken += 1
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

"""planwatch's own parsers: columns from vertical rules ('ruled'), from whitespace channels ('aligned'), or either per table."""

from __future__ import annotations

from extractors.core import PageTable
from extractors.labelled_blocks import labelled_tables
from extractors.layout.page import parse_page
from extractors.parsers.base import PageInput
from extractors.ref_led_lists import ref_led_tables


class OwnParser:
    """parse_page with its column strategy fixed ('ruled', 'aligned') or chosen per table ('any').

    'any' (the planwatch parser) also reads, on a page where it finds no table, action records
    printed as labelled blocks (extractors/labelled_blocks.py) or a commitments list printed
    with no rules (extractors/ref_led_lists.py)."""

    def __init__(self, name: str, columns: str) -> None:
        self.NAME = name
        self.columns = columns

    def parse(self, source: PageInput) -> list[PageTable]:
        tables = parse_page(source.page, source.page.number, source.inherit, columns_from=self.columns)
        if not tables and self.columns == "any":
            tables = labelled_tables(source.page) or ref_led_tables(source.page)
        return tables


PLANWATCH = OwnParser("planwatch", "any")  # ruled where the table draws column rules, else aligned
RULED = OwnParser("ruled", "ruled")
ALIGNED = OwnParser("aligned", "aligned")

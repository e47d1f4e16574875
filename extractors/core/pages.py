"""The page store: each page's words, rules and fills read once, lazily, and shared by every stage.

A pdfminer layout is the expensive part of reading a page; the store reads what the stages need
from it in one go and lets the layout go (`release`), so a 300-page pack never holds more than one
page's layout at a time and no stage lays a page out twice.
"""

from __future__ import annotations

import logging
from typing import Any

from extractors.core.fills import Fill, read_fills
from extractors.geometry import Segment, Word, page_words, rule_segments

log = logging.getLogger(__name__)


class PageFacts:
    """What the stages read from one page, each fact computed on first use and then kept."""

    def __init__(self, page: Any, number: int) -> None:
        self._page = page
        self.number = number  # 1-based
        self.width = float(page.width)
        self.height = float(page.height)
        self._words: list[Word] | None = None
        self._rules: tuple[list[Segment], list[Segment]] | None = None
        self._fills: list[Fill] | None = None
        self._text_words: list[dict[str, Any]] | None = None

    @property
    def page(self) -> Any:
        """The pdfplumber page itself, for a reading the store does not offer."""
        return self._page

    @property
    def page_number(self) -> int:
        return self.number

    @property
    def words(self) -> list[Word]:
        """Words with their boxes and boldness, as the table parser groups them."""
        if self._words is None:
            self._words = page_words(self._page)
        return self._words

    @property
    def hrules(self) -> list[Segment]:
        return self._read_rules()[0]

    @property
    def vrules(self) -> list[Segment]:
        return self._read_rules()[1]

    def _read_rules(self) -> tuple[list[Segment], list[Segment]]:
        if self._rules is None:
            self._rules = rule_segments(self._page)
        return self._rules

    @property
    def fills(self) -> list[Fill]:
        """Filled shapes with their colour as sRGB (cell shading, rating swatches, bands)."""
        if self._fills is None:
            self._fills = read_fills(self._page)
        return self._fills

    @property
    def text_words(self) -> list[dict[str, Any]]:
        """pdfplumber's words at its default tolerances (labels of a colour key)."""
        if self._text_words is None:
            self._text_words = list(self._page.extract_words(keep_blank_chars=False, use_text_flow=False))
        return self._text_words

    def release(self) -> None:
        """Drop pdfminer's layout, keeping the facts read so far plus the fills (and, on a painted
        page, the plain words a colour key is read from): read now from the layout in hand, they
        cost next to nothing; read after the release, they would cost a second layout."""
        if self.fills:
            _ = self.text_words
        self._page.close()


class PageStore:
    """Lazy, shared access to a document's pages by 1-based number."""

    def __init__(self, pdf: Any) -> None:
        self._pdf = pdf
        self._facts: dict[int, PageFacts] = {}

    def __len__(self) -> int:
        return 0 if self._pdf is None else len(self._pdf.pages)

    def get(self, number: int) -> PageFacts:
        """The facts of page `number`; IndexError when the document has no such page."""
        facts = self._facts.get(number)
        if facts is None:
            if self._pdf is None or not 1 <= number <= len(self._pdf.pages):
                raise IndexError(f"no page {number}")
            facts = PageFacts(self._pdf.pages[number - 1], number)
            self._facts[number] = facts
        return facts

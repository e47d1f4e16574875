"""The page store: each page's words, rules and fills read once, lazily, and shared by every stage.

A pdfminer layout is the expensive part of reading a page; the store reads what the stages need
from it in one go and lets the layout go (`release`), so a 300-page pack never holds more than one
page's layout at a time and no stage lays a page out twice. Where pdfium can stand in for pdfminer
(`pdfium_source`: the same characters, words and paths, an order of magnitude faster), it does;
pdfminer then only paints the graphics of a page whose fill colours are asked for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from extractors.core.fills import Fill, read_fills
from extractors.core.named_colours import pdfium_fills, uses_named_colours
from extractors.core.pdfium_source import PdfiumPage, PdfiumSource
from extractors.core.pdfminer_graphics import GraphicsPage
from extractors.geometry import Segment, Word, page_words, rule_segments

log = logging.getLogger(__name__)
T = TypeVar("T")


class PageFacts:
    """What the stages read from one page, each fact computed on first use and then kept."""

    def __init__(self, page: Any, number: int, fast: PdfiumPage | None = None) -> None:
        self._page = page
        self._fast = fast  # pdfium's reading of the same page, when its frame agrees
        self.number = number  # 1-based
        self.width = float(page.width)
        self.height = float(page.height)
        self._words: list[Word] | None = None
        self._rules: tuple[list[Segment], list[Segment]] | None = None
        self._fills: list[Fill] | None = None
        self._text_words: list[dict[str, Any]] | None = None
        self._text: str | None = None

    @property
    def fast(self) -> PdfiumPage | None:
        """pdfium's reading of the page (None: pdfminer reads it)."""
        return self._fast

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
            self._words = self._read(lambda fast: fast.table_words(), lambda: page_words(self._page))
        return self._words

    @property
    def hrules(self) -> list[Segment]:
        return self._read_rules()[0]

    @property
    def vrules(self) -> list[Segment]:
        return self._read_rules()[1]

    def _read_rules(self) -> tuple[list[Segment], list[Segment]]:
        if self._rules is None:
            self._rules = self._read(rule_segments, lambda: rule_segments(self._page))
        return self._rules

    @property
    def fills(self) -> list[Fill]:
        """Filled shapes with their colour as sRGB (cell shading, rating swatches, bands)."""
        if self._fills is None:
            self._fills = self._read(self._fast_fills, lambda: read_fills(self._page))
        return self._fills

    def _fast_fills(self, fast: PdfiumPage) -> list[Fill]:
        if not fast.painted():
            return []
        if uses_named_colours(self._page):  # spot colours: only pdfium converts them
            return pdfium_fills(fast.paths, self.number)
        device = fast.device_fills()
        if device is not None:
            return read_fills(device)  # pdfium's colours are pdfminer's here
        graphics = GraphicsPage(self._page)  # exact colour operands, no characters
        try:
            return read_fills(graphics)
        finally:
            graphics.close()

    @property
    def text_words(self) -> list[dict[str, Any]]:
        """pdfplumber's words at its default tolerances (labels of a colour key)."""
        if self._text_words is None:
            self._text_words = self._read(
                lambda fast: fast.text_words(),
                lambda: list(self._page.extract_words(keep_blank_chars=False, use_text_flow=False)),
            )
        return self._text_words

    def extract_text(self) -> str:
        """pdfplumber's `extract_text()` of the page (the cover's lines)."""
        if self._text is None:
            self._text = self._read(lambda fast: fast.text(), self._page.extract_text)
        return self._text

    def _read(self, from_pdfium: Callable[[PdfiumPage], T], from_pdfminer: Callable[[], T]) -> T:
        """A fact from pdfium when it reads this page, else (or if it fails) from pdfminer."""
        if self._fast is not None:
            try:
                return from_pdfium(self._fast)
            except Exception:  # a page pdfium cannot read: pdfminer's reading, as before pdfium
                log.warning("page %d: pdfium failed; reading it with pdfminer", self.number, exc_info=True)
                self._fast.close()
                self._fast = None
        return from_pdfminer()

    def release(self) -> None:
        """Keep the facts read so far (and a painted page's words, for its key), drop the layout.

        A page pdfium reads keeps nothing more: pdfium reopens it in milliseconds if asked again.
        A page only pdfminer reads has its fills read now, from the layout in hand: read after
        the release they would cost a second layout of the page.
        """
        if self._fast is None and self.fills:
            _ = self.text_words  # a painted page may print a colour key: its labels' words
        self._page.close()
        if self._fast is not None:
            self._fast.close()


class PageStore:
    """Lazy, shared access to a document's pages by 1-based number."""

    def __init__(self, pdf: Any, path: Any = None) -> None:
        self._pdf = pdf
        self._facts: dict[int, PageFacts] = {}
        self._path = path  # the file, for pdfium; None reads every page with pdfminer
        self._source: PdfiumSource | None = None

    def __len__(self) -> int:
        return 0 if self._pdf is None else len(self._pdf.pages)

    def get(self, number: int, lent: tuple[Any, Any] | None = None) -> PageFacts:
        """The facts of page `number`; IndexError when the document has no such page.

        `lent`: pdfium's page and text page of it, loaded from `pdfium_document()` by a caller
        that closes them after this page's release; read from them instead of loading it again.
        """
        facts = self._facts.get(number)
        if facts is None:
            if self._pdf is None or not 1 <= number <= len(self._pdf.pages):
                raise IndexError(f"no page {number}")
            page = self._pdf.pages[number - 1]
            facts = PageFacts(page, number, self._pdfium(number, page, lent))
            self._facts[number] = facts
        elif lent is not None and facts.fast is not None:
            facts.fast.borrow(*lent)  # a page read before (the cover) and released: reopen it lent
        return facts

    def pdfium_document(self) -> Any:
        """pdfium's copy of the document the store reads from (None: pdfium cannot open it)."""
        if self._path is None:
            return None
        if self._source is None:
            self._source = PdfiumSource(self._path)
        return self._source.document

    def _pdfium(self, number: int, page: Any, lent: tuple[Any, Any] | None = None) -> PdfiumPage | None:
        if self._path is None:
            return None
        if self._source is None:
            self._source = PdfiumSource(self._path)
        return self._source.page(number, page, lent)

    def close(self) -> None:
        """Close pdfium's copy of the document (pdfplumber's is the runner's to close)."""
        if self._source is not None:
            self._source.close()
            self._source = None

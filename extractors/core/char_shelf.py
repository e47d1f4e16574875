"""A document's page characters kept after their page is released, so a later reading (a colour
key's words, a cover's text, a table read after the cover) takes them instead of asking pdfium again.

Reading a page's characters through pdfium costs milliseconds of per-glyph calls; keeping the
dicts costs nothing but memory, about 0.4 kB a character. So the shelf keeps at most `budget`
characters per document, the first pages released first: later stages read a document from its
first pages on (the cover, then each table page in turn), and a page that did not fit is read from
pdfium again, as before. Packing the dicts into arrays was tried and cost as much as it saved.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

# Characters kept per document: about 16 MB of dicts, the first 15-20 pages of a dense plan.
DEFAULT_BUDGET = 40_000


class CharShelf:
    """The char lists of released pages, by page number, up to a budget of characters."""

    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        self.budget = budget
        self._pages: dict[int, list[dict[str, Any]]] = {}
        self._held = 0

    def put(self, number: int, chars: list[dict[str, Any]]) -> None:
        """Keep page `number`'s characters if they fit; a full shelf keeps the pages it has
        (a reading from the first page on then finds them, where dropping the oldest would
        make every page of a long document miss)."""
        self.drop(number)
        if self._held + len(chars) > self.budget:
            return
        self._pages[number] = chars
        self._held += len(chars)

    def take(self, number: int) -> list[dict[str, Any]] | None:
        """Page `number`'s characters, or None when they are not kept. The caller owns them."""
        chars = self._pages.pop(number, None)
        if chars is not None:
            self._held -= len(chars)
        return chars

    def drop(self, number: int) -> None:
        chars = self._pages.pop(number, None)
        if chars is not None:
            self._held -= len(chars)

    def clear(self) -> None:
        self._pages.clear()
        self._held = 0

"""One document's pages as pdfium reads them, for the page store: characters, paths, text, words.

The store asks this source first and falls back to pdfminer (through pdfplumber) for a page it
refuses: a rotated page, or one whose media box does not start at the origin or whose crop box
differs from it, where pdfium's frame and pdfplumber's part ways.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from pdfminer.pdftypes import resolve1

from extractors.core.char_shelf import CharShelf
from extractors.core.fast_words import extract_text, extract_words, word_boxes
from extractors.core.font_metrics import page_fonts
from extractors.core.pdfium_chars import page_chars
from extractors.core.pdfium_paths import page_paths
from extractors.geometry import Word
from extractors.ligature_repair import repair_page_chars

log = logging.getLogger(__name__)

# Content-stream operators that paint in other than DeviceRGB / DeviceGray: CMYK (k, K) and named
# colour spaces (cs, scn...), which pdfium converts its own way. A match inside a string only
# costs the slower exact reading.
_OTHER_COLOUR_OPS = re.compile(rb"(?<![^\s\]\)>])(?:k|K|cs|CS|sc|SC|scn|SCN)(?![^\s\[\(<%/])")

# The parser's word settings (`geometry.page_words`): words split at 1.5 pt and at a font change.
TABLE_WORDS: dict[str, Any] = {"x_tolerance": 1.5, "y_tolerance": 2}  # word_boxes reads fonts too


class PdfiumSource:
    """The open pdfium document beside pdfplumber's; pages read on request, nothing kept."""

    def __init__(self, path: Path | str) -> None:
        self._doc: Any = None
        self._shelf = CharShelf()  # released pages' characters, for a later reading
        self._repairs: dict[str, Any] = {}  # ligature_repair's evidence across the pages
        try:
            self._doc = pdfium.PdfDocument(str(path))
        except Exception as exc:  # pdfminer opened it; every page then goes through pdfminer
            log.warning("pdfium could not open %s (%s): reading its pages with pdfminer", path, exc)

    @property
    def document(self) -> Any:
        """pdfium's open document (None when pdfium could not open the file)."""
        return self._doc

    def page(self, number: int, plumber_page: Any, lent: tuple[Any, Any] | None = None) -> PdfiumPage | None:
        """Page `number` (1-based), or None when pdfium's frame differs from pdfplumber's.

        `lent`: the page and its text page, loaded from this document by a caller that keeps them
        open for now and closes them itself (locate, streaming its pages to the parser).
        """
        if self._doc is None or not 1 <= number <= len(self._doc):
            return None
        fonts = page_fonts(plumber_page)
        if fonts is None:
            log.debug("page %d: a font pdfium's boxes do not stand for; reading it with pdfminer", number)
            return None
        if lent is not None:
            page = lent[0]
        else:
            try:
                page = self._doc[number - 1]
            except Exception:  # a page pdfium cannot load: pdfminer may
                log.debug("page %d: pdfium could not load it", number, exc_info=True)
                return None
        width, height = page.get_size()
        same_frame = (
            page.get_rotation() == 0
            and getattr(plumber_page, "rotation", 0) == 0
            and tuple(plumber_page.mediabox) == (0, 0, plumber_page.width, plumber_page.height)
            and abs(width - float(plumber_page.width)) < 0.01
            and abs(height - float(plumber_page.height)) < 0.01
            and tuple(page.get_mediabox()[:2]) == (0, 0)
        )
        if not same_frame:
            if lent is None:
                page.close()
            log.debug("page %d: pdfium's frame differs from pdfplumber's; reading it with pdfminer", number)
            return None
        if lent is None:
            return PdfiumPage(self._doc, page, number, plumber_page, fonts, self._shelf, self._repairs)
        fast = PdfiumPage(self._doc, None, number, plumber_page, fonts, self._shelf, self._repairs)
        fast.borrow(*lent)  # the lender closes the page and its text page, not this reading
        return fast

    def close(self) -> None:
        self._shelf.clear()
        if self._doc is not None:
            self._doc.close()
            self._doc = None


class PdfiumPage:
    """What one page yields through pdfium, each read once on first use."""

    def __init__(
        self,
        doc: Any,
        page: Any,
        number: int,
        plumber_page: Any,
        fonts: dict[str, tuple[str, float]],
        shelf: CharShelf | None = None,
        repairs: dict[str, Any] | None = None,
    ) -> None:
        self._repairs = repairs
        self._fonts = fonts
        self._shelf = shelf
        self._doc = doc
        self._page = page
        self._plumber = plumber_page
        self.number = number
        self._chars: list[dict[str, Any]] | None = None
        self._paths: dict[str, list[dict[str, Any]]] | None = None
        self._textpage: Any = None  # a borrowed text page, with a borrowed page; else None
        self._borrowed = False

    def borrow(self, page: Any, textpage: Any) -> None:
        """Read from a page and text page its caller loaded and will close itself (until this
        page is closed), instead of loading the page again. A page already open keeps its own."""
        if self._page is not None and not self._borrowed:
            return
        self._page, self._textpage, self._borrowed = page, textpage, True

    @property
    def chars(self) -> list[dict[str, Any]]:
        if self._chars is None:
            kept = self._shelf.take(self.number) if self._shelf is not None else None
            chars = (
                kept
                if kept is not None
                else page_chars(self._open(), self.number, self._fonts, self._textpage)
            )
            self._chars = repair_page_chars(chars, self._repairs)
        return self._chars

    @property
    def paths(self) -> dict[str, list[dict[str, Any]]]:
        if self._paths is None:
            self._paths = page_paths(self._open())
        return self._paths

    @property
    def lines(self) -> list[dict[str, Any]]:
        return self.paths["line"]

    @property
    def rects(self) -> list[dict[str, Any]]:
        return self.paths["rect"]

    def painted(self) -> bool:
        """Does the page fill any rect or curve (the shapes a fill colour is read from)?"""
        return any(p["fill"] for kind in ("rect", "curve") for p in self.paths[kind])

    def device_fills(self) -> Any:
        """The page's rects and curves with pdfium's fill colours, in the shape `fills.read_fills`
        reads, when those colours are pdfminer's (the page paints in DeviceRGB and DeviceGray
        only, all in its own content); None otherwise."""
        if not _device_colours_only(self._plumber):
            return None
        objects = {kind: [_with_colour(p) for p in self.paths[kind]] for kind in ("rect", "curve")}
        return _FillsView(objects, self._plumber.page_obj, self.number)

    def table_words(self) -> list[Word]:
        """The words `geometry.page_words` makes of the same page."""
        return [
            Word(text, x0, top, x1, bottom, "bold" in font.lower())
            for text, x0, top, x1, bottom, font in word_boxes(self.chars, **TABLE_WORDS)
            if text.strip()
        ]

    def text_words(self) -> list[dict[str, Any]]:
        """pdfplumber's `extract_words()` at its defaults."""
        return extract_words(self.chars)

    def text(self) -> str:
        """pdfplumber's `extract_text()` at its defaults."""
        return extract_text(self.chars)

    def _open(self) -> Any:
        if self._page is None:  # closed after an earlier reading; pdfium reopens a page cheaply
            self._page = self._doc[self.number - 1]
        return self._page

    def close(self) -> None:
        """Shelve the characters and close pdfium's page; facts already derived stay with the caller."""
        if self._chars is not None and self._shelf is not None:
            self._shelf.put(self.number, self._chars)
        self._chars = None
        if self._page is not None and not self._borrowed:
            self._page.close()
        self._page = self._textpage = None
        self._borrowed = False


class _FillsView:
    """Just what `fills.read_fills` reads of a pdfplumber page."""

    def __init__(self, objects: dict[str, list[dict[str, Any]]], page_obj: Any, number: int) -> None:
        self.objects, self.page_obj, self.page_number = objects, page_obj, number


def _with_colour(path: dict[str, Any]) -> dict[str, Any]:
    rgba = path.get("fill_rgba")
    colour = tuple(v / 255 for v in rgba[:3]) if rgba else None
    return {**path, "non_stroking_color": colour}


def _device_colours_only(plumber_page: Any) -> bool:
    """Does the page paint only with rg/g colours, in its own content stream (no forms, no named
    colour spaces, no CMYK)? Reads the resources and the decoded content, not a layout."""
    try:
        page_obj = plumber_page.page_obj
        res = resolve1(page_obj.resources) or {}
        if resolve1(res.get("ColorSpace")) or resolve1(res.get("Pattern")) or resolve1(res.get("Shading")):
            return False
        for xobj in (resolve1(res.get("XObject")) or {}).values():
            attrs = getattr(resolve1(xobj), "attrs", {}) or {}
            if getattr(resolve1(attrs.get("Subtype")), "name", None) == "Form":
                return False
        for stream in page_obj.contents:
            if _OTHER_COLOUR_OPS.search(resolve1(stream).get_data()):
                return False
    except Exception:  # unreadable resources: the exact reading decides
        return False
    return True

"""The ink of a cell's printed text, for ratings printed only as the colour of a glyph or a word ('●' in red, 'On track' in green).

A page's characters are read here with their fill colour, once per page and only for pages where a
rating cell gave neither a rating word nor a fill: the table reader's characters carry no colour.
pdfium reads them when its frame is pdfplumber's (the page store's test); else pdfplumber's chars
give `non_stroking_color`.
"""

from __future__ import annotations

import logging
import unicodedata
from collections import Counter
from ctypes import byref, c_double, c_int, c_uint
from dataclasses import dataclass
from typing import Any

from extractors.colours import RGB, chroma, rgb_to_lab, to_rgb
from extractors.core import PageFacts
from extractors.core.pdfium_calls import Handle, untyped
from extractors.core.pdfium_chars import handle

log = logging.getLogger(__name__)

_count = untyped("FPDFText_CountChars", c_int)
_unicode = untyped("FPDFText_GetUnicode", c_uint)
_box = untyped("FPDFText_GetCharBox", c_int)
_fill = untyped("FPDFText_GetFillColor", c_int)

INK_SHARE = 0.8  # this share of the cell's characters in one ink: the cell is printed in it
CLEAR_INK_CHROMA = 30.0  # a word's ink must be a clear colour (not black, navy body text or grey)


@dataclass(frozen=True)
class InkChar:
    """One printed character: its box (points, top-left origin) and its ink as sRGB 0..1."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    rgb: RGB


def page_inks(page: PageFacts, document: Any) -> list[InkChar]:
    """The page's visible characters with their ink; [] when they cannot be read."""
    if page.fast is not None and document is not None:
        return _pdfium_inks(document, page.number, page.height)
    out = []
    for ch in page.page.chars:
        rgb = to_rgb(ch.get("non_stroking_color"))
        text = ch.get("text") or ""
        if rgb is not None and text.strip():
            out.append(InkChar(text, ch["x0"], ch["top"], ch["x1"], ch["bottom"], rgb))
    return out


def _pdfium_inks(document: Any, number: int, height: float) -> list[InkChar]:
    page = document[number - 1]
    textpage = page.get_textpage()
    try:
        tp = Handle(handle(textpage))
        left, right, bottom, top = c_double(), c_double(), c_double(), c_double()
        r, g, b, a = c_uint(), c_uint(), c_uint(), c_uint()
        out = []
        for i in range(_count(tp)):
            ch = chr(_unicode(tp, i))
            if not ch.strip() or not _box(tp, i, byref(left), byref(right), byref(bottom), byref(top)):
                continue
            if not _fill(tp, i, byref(r), byref(g), byref(b), byref(a)) or a.value == 0:
                continue
            rgb = (r.value / 255, g.value / 255, b.value / 255)
            out.append(InkChar(ch, left.value, height - top.value, right.value, height - bottom.value, rgb))
        return out
    finally:
        textpage.close()
        page.close()


def is_glyph(text: str) -> bool:
    """A symbol standing for a rating (a dot, square, triangle, star, tick), not a letter or digit."""
    t = "".join(text.split())
    return bool(t) and all(unicodedata.category(c) in ("So", "Sm") for c in t)


@dataclass(frozen=True)
class CellInk:
    rgb: RGB
    text: str  # the characters printed in that ink

    @property
    def glyph(self) -> bool:
        return is_glyph(self.text)


def cell_ink(chars: list[InkChar], bbox: tuple[float, float, float, float]) -> CellInk | None:
    """The one ink the text inside `bbox` is printed in (INK_SHARE of its characters), or None."""
    x0, top, x1, bottom = bbox
    inside = [c for c in chars if x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom]
    if not inside:
        return None
    votes = Counter(tuple(round(v, 3) for v in c.rgb) for c in inside)
    rgb, n = votes.most_common(1)[0]
    if n < INK_SHARE * len(inside):
        return None
    text = "".join(c.text for c in inside if tuple(round(v, 3) for v in c.rgb) == rgb)
    return CellInk((rgb[0], rgb[1], rgb[2]), text)


def is_clear_ink(rgb: RGB) -> bool:
    """Coloured enough to mean something (red, amber, green, blue), not body text."""
    return chroma(rgb_to_lab(rgb)) >= CLEAR_INK_CHROMA

"""Dashes a broken ToUnicode range spells as digits ('2022–23' reads '2022323'), read back from the glyph's own shape.

Ghostscript's pdfwrite (behind many 'print to PDF' drivers) mangles a ToUnicode range whose
targets are two bytes wide: the two bytes of U+20xx are added into one. A font whose en and em
dash (U+2013, U+2014) sit in one range prints them as '3' (0x20 + 0x13) and '4' (0x20 + 0x14);
the curly quotes of such a range come out as '8' and '9' (read back by ligature_repair from their
words). The text says a digit, but the glyph drawn is the dash's: a thin bar above the baseline,
where a figure stands on the baseline and is ten times as tall. So a '3' or '4' whose glyph's ink
box is such a bar is read as the dash it stands for. A glyph with no ink box (an OCR layer's
invisible text) is left as it is.
"""

from __future__ import annotations

from ctypes import byref, c_double, c_int

from extractors.core.pdfium_calls import Handle, untyped

STAND_INS = {"3": "\u2013", "4": "\u2014"}  # 0x20 + 0x13, 0x20 + 0x14
MIN_INK = 0.02  # em: a box thinner than this has no ink (a glyph without an outline)
BAR = 0.15  # em: a dash's bar is at most this tall, and sits at least this far above the baseline
MIN_LENGTH = 0.3  # em: a dash is at least this long

_char_box = untyped("FPDFText_GetCharBox", c_int)


class DashCheck:
    """Per page: `read(tp, i, ch, baseline, size)` gives character i's text: the dash its glyph
    draws when ch is a stand-in whose ink is a dash's bar, else ch."""

    def __init__(self) -> None:
        self._box = (c_double(), c_double(), c_double(), c_double())
        self._refs = tuple(byref(v) for v in self._box)

    def read(self, textpage: Handle, index: int, ch: str, baseline: float, size: float) -> str:
        """`baseline`: the glyph origin's y in PDF space (y up); `size`: the font's height in
        points, for an unrotated, unmirrored character."""
        if size <= 0 or not _char_box(textpage, index, *self._refs):
            return ch
        left, right, bottom, top = (v.value / size for v in self._box)
        height, length = top - bottom, right - left
        if height < MIN_INK or length < MIN_LENGTH:
            return ch
        return STAND_INS[ch] if height <= BAR and bottom - baseline / size >= BAR else ch

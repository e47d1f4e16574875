"""Digits' advance widths from the glyph printed, for fonts where pdfium's width by Unicode picks another glyph.

The char reader sizes a character by its Unicode value (pdfium maps it back to a glyph through the
font's ToUnicode map). A font re-distilled by Ghostscript can map two glyphs to one digit: the curly
quotes U+2018 / U+2019 come out as '8' / '9' (see ligature_repair), so '8' maps back to the quote
and every real '8' gets the quote's narrow box: '8.1' splits into '8 .1', '28.11.22' into
'28 .11.22'. Such a font shows it in its digits' widths: digits share one advance in the fonts
documents print tables in, and one that differs is another glyph's. For a font whose digits differ
(or that holds one digit only), each digit is sized by its own glyph's box instead.
"""

from __future__ import annotations

import ctypes
from ctypes import byref, c_float, c_int, c_void_p
from pathlib import Path
from typing import Any

import pypdfium2_raw

_LIB = ctypes.CDLL(str(Path(pypdfium2_raw.__file__).with_name("libpdfium.so")))
_loose_box = _LIB.FPDFText_GetLooseCharBox
_loose_box.restype, _loose_box.argtypes = c_int, [c_void_p, c_int, c_void_p]

DIGITS = frozenset("0123456789")


class _Rect(ctypes.Structure):
    _fields_ = [(name, c_float) for name in ("left", "top", "right", "bottom")]


class DigitWidths:
    """Per page: which fonts' digits to size by their glyph; `width_of(font, ch)` is the reader's
    width by Unicode (per unit of font size)."""

    def __init__(self, width_of: Any) -> None:
        self._width_of = width_of
        self._suspect: dict[int, bool] = {}
        self._box = _Rect()

    def _is_suspect(self, font: int) -> bool:
        widths = [round(w, 4) for d in DIGITS if (w := self._width_of(font, d)) > 0]
        return len(widths) == 1 or len(set(widths)) > 1

    def width(self, textpage: int, index: int, font: int, w: float, scale: float) -> float:
        """The advance (per unit of font size) of digit `index`, whose width by Unicode is `w`;
        `scale`: font size times the run's horizontal scale."""
        suspect = self._suspect.get(font)
        if suspect is None:
            suspect = self._suspect[font] = self._is_suspect(font)
        if not suspect or scale <= 0 or not _loose_box(textpage, index, byref(self._box)):
            return w
        own = (self._box.right - self._box.left) / scale
        return own if own > 0 and abs(own - w) > 0.01 * max(w, own) else w

"""A page's characters read by pdfium, as the char dicts pdfplumber would give for the same page.

pdfminer interprets a page's content in Python, at tens of milliseconds a page; pdfium does it in
C. Each character gets pdfminer's box, not pdfium's own: x0 at the glyph origin, x1 one advance
width (the font's /Widths) further, bottom at the origin plus the font's descent and top one font
size above it, all through the character's matrix. So pdfplumber's word and text algorithms,
which run on these dicts, group and order the words as they would on pdfminer's characters.
pdfium keeps positions as 32-bit floats: boxes agree with pdfminer's to about 0.01 pt.

Differences from pdfminer, each handled here: pdfium inserts spaces and line breaks it infers
(dropped: pdfplumber splits words by gaps itself) and prints a hyphen that ends a line as U+0002.
"""

from __future__ import annotations

import ctypes
import logging
from ctypes import byref, c_double, c_float, c_int, c_uint, c_void_p
from pathlib import Path
from typing import Any

import pypdfium2_raw

from extractors.core.clipped_text import ClipCheck
from extractors.core.font_metrics import SUBSET_TAG
from extractors.core.glyph_text import unswap_ligatures
from extractors.core.glyph_widths import DIGITS, DigitWidths
from extractors.core.pdfium_calls import Handle, untyped
from extractors.core.summed_punctuation import STAND_INS, DashCheck

log = logging.getLogger(__name__)

# Our own prototypes over pypdfium2's library (the same loaded copy): handles as plain ints
# make a call several times cheaper than through pypdfium2's typed pointers, and a page can
# have thousands of characters.
_LIB = ctypes.CDLL(str(Path(pypdfium2_raw.__file__).with_name("libpdfium.so")))


class _Matrix(ctypes.Structure):
    _fields_ = [(name, c_float) for name in "abcdef"]


class _Rect(ctypes.Structure):
    _fields_ = [(name, c_float) for name in ("left", "top", "right", "bottom")]


def _fn_of(lib: Any, name: str, restype: Any, *argtypes: Any) -> Any:
    fn = getattr(lib, name)
    fn.restype, fn.argtypes = restype, list(argtypes)
    return fn


def _fn(name: str, restype: Any, *argtypes: Any) -> Any:
    return _fn_of(_LIB, name, restype, *argtypes)


_count_chars = _fn("FPDFText_CountChars", c_int, c_void_p)
_get_text = _fn("FPDFText_GetText", c_int, c_void_p, c_int, c_int, c_void_p)
_get_unicode = _fn("FPDFText_GetUnicode", c_uint, c_void_p, c_int)
_char_matrix = _fn("FPDFText_GetMatrix", c_int, c_void_p, c_int, c_void_p)
_font_size = _fn("FPDFText_GetFontSize", c_double, c_void_p, c_int)
_object_font = _fn("FPDFTextObj_GetFont", c_void_p, c_void_p)
_font_name = _fn("FPDFFont_GetBaseFontName", ctypes.c_size_t, c_void_p, c_void_p, ctypes.c_size_t)
_font_descent = _fn("FPDFFont_GetDescent", c_int, c_void_p, c_float, c_void_p)
_loose_box = _fn("FPDFText_GetLooseCharBox", c_int, c_void_p, c_int, c_void_p)
_glyph_width = _fn("FPDFFont_GetGlyphWidth", c_int, c_void_p, c_uint, c_float, c_void_p)

# The calls made for every character, without argument conversion (pdfium_calls): the text page
# is passed as one Handle made per page. GetTextObject returns a plain int: _chars compares them.
_text_object = untyped("FPDFText_GetTextObject", c_void_p)
_char_origin = untyped("FPDFText_GetCharOrigin", c_int)
_is_generated = untyped("FPDFText_IsGenerated", c_int)

# pdfium's marks for a hyphen that ends a line, printed by the document as '-'.
_HYPHEN_MARKS = {"\x02": "-", "\ufffe": "-"}


def handle(obj: Any) -> int:
    """The address of a pypdfium2 object's raw handle (a text page, a page), for our prototypes."""
    return ctypes.cast(obj.raw, c_void_p).value or 0


def _text_of(textpage: int, n: int) -> str:
    """All n characters in one call; per character only where UTF-16 pairs make lengths differ."""
    buf = ctypes.create_string_buffer(2 * (n + 1))
    _get_text(textpage, 0, n, buf)
    text = buf.raw[: 2 * n].decode("utf-16-le", errors="surrogatepass")
    if len(text) == n:
        return text
    return "".join(chr(_get_unicode(textpage, i)) for i in range(n))


class _Fonts:
    """Name, descent and advance widths per pdfium font, read once per page.

    `known` maps a base name to pdfminer's name and descent for it (`font_metrics.page_fonts`);
    a font it does not name keeps pdfium's descent and is told apart by its handle.
    """

    def __init__(self, known: dict[str, tuple[str, float]]) -> None:
        self.known = known
        self.info: dict[int, tuple[str, float]] = {}
        self.widths: dict[int, dict[str, float]] = {}
        self._buf = ctypes.create_string_buffer(512)
        self._out = c_float()

    def name_descent(self, font: int) -> tuple[str, float]:
        info = self.info.get(font)
        if info is None:
            size = _font_name(font, self._buf, 512)
            name = self._buf.raw[: max(0, size - 1)].decode("utf-8", "replace")
            base = SUBSET_TAG.sub("", name)  # pdfium keeps the subset tag for some fonts
            if base in self.known:
                info = self.known[base]
            else:
                descent = self._out.value if _font_descent(font, 1.0, byref(self._out)) else 0.0
                info = (f"{name}#{font:x}", descent)
            self.info[font] = info
        return info

    def widths_of(self, font: int) -> dict[str, float]:
        """The advance widths (per unit of font size) known so far for this font, by character."""
        return self.widths.setdefault(font, {})

    def width(self, font: int, ch: str) -> float:
        widths = self.widths_of(font)
        w = widths.get(ch)
        if w is None:
            w = self._out.value if _glyph_width(font, ord(ch), 1.0, byref(self._out)) else 0.0
            widths[ch] = w
        return w


def page_chars(
    page: Any,
    page_number: int = 0,
    fonts: dict[str, tuple[str, float]] | None = None,
    textpage: Any = None,
) -> list[dict[str, Any]]:
    """pdfplumber-style char dicts (text, x0, x1, top, bottom, fontname, size, upright...) of a
    pypdfium2 page whose media box starts at the origin, in content order. `fonts`: pdfminer's
    names and descents by base name (`font_metrics.page_fonts`). `textpage`: the page's text page
    when the caller has it loaded already (it stays open, the caller's to close)."""
    height = float(page.get_height())
    if textpage is not None:
        return _chars(handle(textpage), height, page_number, fonts or {})
    textpage = page.get_textpage()
    try:
        return _chars(handle(textpage), height, page_number, fonts or {})
    finally:
        textpage.close()


def _chars(
    tp: int, height: float, page_number: int, known: dict[str, tuple[str, float]]
) -> list[dict[str, Any]]:
    n = _count_chars(tp)
    if n <= 0:
        return []
    text = _text_of(tp, n)
    fonts = _Fonts(known)
    digits = DigitWidths(fonts.width)
    clips = ClipCheck()
    dashes = DashCheck()
    hidden = False  # the run's text object prints nothing: it lies outside its clip path
    loose = _Rect()
    # The last glyph's origin (its text object and position): a character at the same origin
    # is part of the same glyph. None before the first character.
    last_obj: int | None = None
    last_x = last_y = 0.0
    pending_space = False
    ligature: dict[str, Any] | None = None  # the last char, when pdfium split its glyph
    ox, oy = c_double(), c_double()
    p_x, p_y = byref(ox), byref(oy)
    m = _Matrix()
    p_m = byref(m)
    run_obj = None  # the text object whose matrix and font are in hand
    a = b = c = d = fs = desc = 0.0
    lo = hi = lo_d = hi_d = 0.0
    fontname, font, upright, plain = "", 0, True, True
    widths: dict[str, float] = {}
    out: list[dict[str, Any]] = []
    append = out.append
    text_object, char_origin, is_generated, hyphens = _text_object, _char_origin, _is_generated, _HYPHEN_MARKS
    tp_arg = Handle(tp)  # for the untyped per-character calls
    for i, ch in enumerate(text):
        if ch.isspace() or ch in hyphens:
            if is_generated(tp_arg, i):
                # pdfium replaces some real space glyphs by spaces of its own: one in a line
                # (not a line break) may stand for a real one, decided at the next character.
                pending_space = ch == " " and bool(out)
                continue
            ch = hyphens.get(ch, ch)
        obj = text_object(tp_arg, i)
        if obj is None:
            continue
        if obj != run_obj:
            run_obj = obj
            hidden = clips.hidden(obj)
            _char_matrix(tp, i, p_m)
            a, b, c, d = m.a, m.b, m.c, m.d
            upright = a * d > 0 and b * c <= 0
            plain = b == 0 and c == 0 and a > 0 and d > 0  # unrotated, unmirrored: the common case
            fs = _font_size(tp, i)
            font = _object_font(obj) or 0
            fontname, desc = fonts.name_descent(font)
            widths = fonts.widths_of(font)
            lo, hi = desc * fs, desc * fs + fs
            lo_d, hi_d = lo * d, hi * d
        if hidden:
            continue
        char_origin(tp_arg, i, p_x, p_y)
        x, y = ox.value, oy.value
        if obj == last_obj and x == last_x and y == last_y:
            # One glyph, several characters (a ligature): pdfminer keeps it one char, 'fi', as
            # wide as the glyph, which pdfium's loose box spans.
            prev = out[-1]
            prev["text"] = unswap_ligatures(prev["text"] + ch)
            _loose_box(tp, i, byref(loose))
            prev["x1"] = max(prev["x1"], loose.right)
            ligature = prev
            continue
        if ligature is not None:
            # The loose box is the glyph's outline, which may overhang its advance: the next glyph
            # of the same run starts where the advance ends.
            if obj == last_obj and ligature["x0"] < x < ligature["x1"]:
                ligature["x1"] = x
            ligature = None
        last_obj, last_x, last_y = obj, x, y
        if pending_space:
            pending_space = False
            _real_space_between(out, x, a, fonts, font, fs)
        w = widths.get(ch)
        if w is None:
            w = fonts.width(font, ch)
        if ch in DIGITS and plain:  # a digit may share its Unicode value with another glyph
            w = digits.width(tp, i, font, w, fs * a)
        if ch in STAND_INS and plain and (read := dashes.read(tp_arg, i, ch, y, fs * d)) != ch:
            # A dash a broken map spells as a digit: sized by its own glyph.
            ch = read
            _loose_box(tp, i, byref(loose))
            w = (loose.right - loose.left) / (fs * a) if fs * a > 0 else w
        if plain:
            x0, x1, y0, y1 = x, x + w * fs * a, y + lo_d, y + hi_d
        else:
            # pdfminer's bbox (0, descent, advance, descent + size) through the char matrix.
            adv = w * fs
            xs = (c * lo, adv * a + c * lo, c * hi, adv * a + c * hi)
            ys = (d * lo, adv * b + d * lo, d * hi, adv * b + d * hi)
            x0, x1 = x + min(xs), x + max(xs)
            y0, y1 = y + min(ys), y + max(ys)
        top = height - y1
        append(
            {
                "text": ch,
                "fontname": fontname,
                "size": y1 - y0,
                "upright": upright,
                "x0": x0,
                "x1": x1,
                "top": top,
                "bottom": height - y0,
                "doctop": top,
                "page_number": page_number,
            }
        )
    return out


def _real_space_between(
    out: list[dict[str, Any]], x: float, a: float, fonts: _Fonts, font: int, fs: float
) -> None:
    """Put back the space glyph pdfium replaced, when the gap before the next character (origin
    `x`; one on the next line starts left of it) could hold one: pdfminer reports it, and it
    splits words."""
    prev = out[-1]
    # A space is about a quarter em; a subset font may not say (no glyph mapped to U+0020).
    space = (fonts.width(font, " ") or 0.25) * fs * a
    if a <= 0 or not prev["upright"] or x - prev["x1"] < min(0.8 * space, 0.2 * fs * a):
        return
    out.append({**prev, "text": " ", "x0": prev["x1"], "x1": x})


def font_label(fontname: str) -> str:
    """The font's base name without the resource tag page_chars adds ('Arial-BoldMT#7f..' -> 'Arial-BoldMT')."""
    return fontname.rsplit("#", 1)[0]

"""Turn the fill colours pdfplumber reports (grey, RGB, CMYK, patterns...) into sRGB and CIELAB."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

RGB = tuple[float, float, float]
LAB = tuple[float, float, float]


def _num(v: Any) -> float | None:
    """A finite float from a PDF operand, or None (PDFs carry strings, None, NaN...)."""
    if isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _unit(v: float) -> float | None:
    """Clamp small rounding errors into 0..1; refuse values clearly outside (an index, a Lab value)."""
    if -0.01 <= v <= 1.01:
        return min(1.0, max(0.0, v))
    return None


def to_rgb(colour: Any) -> RGB | None:
    """sRGB 0..1 for a pdfplumber `non_stroking_color`, or None when it cannot be read as a colour.

    pdfplumber 0.11 gives a bare float for `g` (grey), a 3-tuple for RGB, a 4-tuple for CMYK, a
    pattern name (str) for a coloured pattern and (base_colour, pattern_name) for an uncoloured
    pattern, whose base colour is what is painted. Indexed and Separation spaces also come as one
    number and Lab as three, indistinguishable here: an index > 1 or a Lab value outside 0..1 is
    refused rather than guessed (`read_rag` may resolve them from the page's resources).
    """
    if colour is None or isinstance(colour, (str, bytes)):
        return None
    if isinstance(colour, dict):
        return None
    if not isinstance(colour, Sequence):
        colour = (colour,)
    comps = list(colour)
    # uncoloured pattern: (base_colour, "P0")
    if len(comps) == 2 and isinstance(comps[1], (str, bytes)):
        return to_rgb(comps[0])
    if len(comps) == 1 and isinstance(comps[0], Sequence) and not isinstance(comps[0], (str, bytes)):
        return to_rgb(comps[0])
    nums = [_num(c) for c in comps]
    if any(n is None for n in nums):
        return None
    units = [_unit(n) for n in nums if n is not None]
    if any(u is None for u in units):
        return None
    vals = [u for u in units if u is not None]
    if len(vals) == 1:
        return (vals[0], vals[0], vals[0])
    if len(vals) == 3:
        return (vals[0], vals[1], vals[2])
    if len(vals) == 4:
        return cmyk_to_rgb(vals[0], vals[1], vals[2], vals[3])
    return None


def cmyk_to_rgb(c: float, m: float, y: float, k: float) -> RGB:
    """Naive device CMYK -> RGB (what most viewers do without an ICC profile)."""
    return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))


def rgb_to_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, v)) * 255):02X}" for v in rgb)


def hex_to_rgb(code: str) -> RGB:
    code = code.lstrip("#")
    return (int(code[0:2], 16) / 255, int(code[2:4], 16) / 255, int(code[4:6], 16) / 255)


def _linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def rgb_to_lab(rgb: RGB) -> LAB:
    """CIELAB (D65) of an sRGB colour given as 0..1 floats."""
    r, g, b = (_linear(v) for v in rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e(a: LAB, b: LAB) -> float:
    """CIE76 colour difference: about 2.3 is just noticeable, > 25 is clearly another colour."""
    return math.dist(a, b)


def chroma(lab: LAB) -> float:
    return math.hypot(lab[1], lab[2])

"""Which rating a fill colour stands for: by the document's key when it has one, else by the nearest named rating shade in CIELAB."""

from __future__ import annotations

from extractors.colours import (
    chroma,
    delta_e,
    hex_to_rgb,
    rgb_to_lab,
    to_rgb,
)
from schemas.actions import RAG_VALUES

# ----------------------------------------------------------------------------------------------
# Colour

# Typical shades per rating: Office theme and standard colours, Excel's conditional formats,
# traffic-light pure colours. Yellow and orange count as amber.
_NAMED_HEX = {
    "red": ["FF0000", "C00000", "E06666", "F8696B", "FFC7CE", "CC0000", "E74C3C"],
    "amber": ["FFC000", "FFBF00", "FFA500", "ED7D31", "F79646", "FFD966", "FFEB9C", "FFFF00", "FFE699"],
    "green": ["00B050", "00FF00", "92D050", "008000", "00A651", "70AD47", "A9D08E", "C6EFCE", "63BE7B"],
    "blue": ["0070C0", "00B0F0", "0000FF", "4472C4", "5B9BD5", "2E75B6", "9BC2E6", "8EA9DB", "1F4E79"],
    # BRAG schemes print 'complete' in purple as often as in blue (Office's standard purple,
    # its accent purple, web purple): the same rating.
    "purple": ["7030A0", "8064A2", "800080", "9966CC"],
    "grey": ["808080", "7F7F7F", "A6A6A6", "969696"],
}
_NAMED_LAB = [(rgb_to_lab(hex_to_rgb(h)), rag) for rag, hexes in _NAMED_HEX.items() for h in hexes]
NAMED_MAX_DE = 30.0  # farther than this from every named shade (purple, pink, brown): no rating
KEY_MAX_DE = 12.0  # a key colour matches cells of the same swatch (rounding, CMYK conversion)
KEY_PALE_MAX_DE = 4.0


def is_white(lab: tuple[float, float, float]) -> bool:
    return lab[0] >= 96.5 and chroma(lab) < 5


def is_pale(lab: tuple[float, float, float]) -> bool:
    """Header or band shading: light and weakly coloured (Word's 'Blue, Accent 1, Lighter 80%').
    Near-white yellows carry more chroma at the same tint ('Gold, Lighter 80%' #FFF2CC: 20)."""
    return (lab[0] > 78 and chroma(lab) < 20) or (lab[0] >= 95 and chroma(lab) < 25)


def key_rating(lab: tuple[float, float, float], key: dict | None) -> str | None:
    """The rating of the key swatch nearest to `lab`, when near enough to be the same swatch."""
    best: tuple[float, str] | None = None
    for krgb, krag in (key or {}).items():
        klab = rgb_to_lab(krgb) if krag in RAG_VALUES else None
        if klab is None:
            continue
        d = delta_e(lab, klab)
        # Pale swatches sit close to header shading (light grey vs pale blue is ~10): match tightly.
        limit = KEY_PALE_MAX_DE if is_pale(klab) or is_pale(lab) else KEY_MAX_DE
        if d <= limit and (best is None or d < best[0]):
            best = (d, krag)
    return best[1] if best else None


def rag_from_colour(rgb: tuple[float, float, float] | None, key: dict | None = None) -> str | None:
    """The rating a fill colour (sRGB 0..1) stands for, by the document's key when given, else by name.

    White, pale shading, near-black and colours far from every rating colour give None.
    """
    if not isinstance(rgb, (tuple, list)) or len(rgb) != 3:
        return None
    checked = to_rgb(tuple(rgb))  # refuses NaN, infinities and values outside 0..1
    if checked is None:
        return None
    lab = rgb_to_lab(checked)
    if is_white(lab):
        return None
    by_key = key_rating(lab, key)
    if by_key:
        return by_key
    if is_pale(lab) or lab[0] < 20:
        return None
    c = chroma(lab)
    if c < 8:  # neutral: only a mid grey is a 'not started' swatch; light greys are shading
        return "grey" if 40 <= lab[0] <= 72 else None
    d, rag = min((delta_e(lab, ref), r) for ref, r in _NAMED_LAB)
    if d > NAMED_MAX_DE or rag == "grey":
        return None
    return "blue" if rag == "purple" else rag


CLEAR_MIN_CHROMA = 30.0
CLEAR_MAX_DE = 15.0


def clear_rating_colour(rgb: tuple[float, float, float]) -> str | None:
    """red, amber, green or blue when `rgb` is plainly that colour (saturated and close to one of
    its named shades), else None: a swatch of that colour reads as that colour whatever its label
    says it means; purple, pink, brown or a pale tint take their label's meaning instead."""
    lab = rgb_to_lab(rgb)
    if chroma(lab) < CLEAR_MIN_CHROMA:
        return None
    d, rag = min((delta_e(lab, ref), r) for ref, r in _NAMED_LAB)
    return rag if d <= CLEAR_MAX_DE and rag not in ("grey", "purple") else None

"""The dominant fill under a cell's box, from the page store's fills."""

from __future__ import annotations

from collections import Counter
from typing import Any

from extractors.colours import (
    RGB,
    chroma,
    delta_e,
    rgb_to_lab,
)
from extractors.core import PageFacts
from extractors.core.fills import Fill
from extractors.ratings.colour_names import is_white

# ----------------------------------------------------------------------------------------------
# Cell fill

_GRID = 7  # sample points per side of a cell
WHOLE_SHARE = 0.5  # a status cell's fill covers most of it; a highlighter covers lines of text
MIN_MARK = 2.0  # points: a dot or swatch is wider than this both ways; a rule is thinner


def _top_fill_at(fills: list[Fill], x: float, y: float) -> Fill | None:
    """The fill seen at a point: the smallest covering one (a cell over the page's background),
    then the latest drawn."""
    best = None
    for f in fills:
        if f.x0 <= x <= f.x1 and f.top <= y <= f.bottom:
            if best is None or (f.area, -f.order) < (best.area, -best.order):
                best = f
    return best


def as_page_facts(page: Any) -> PageFacts:
    """A page from the store as it is; a bare pdfplumber page (a caller outside a run) wrapped."""
    return page if isinstance(page, PageFacts) else PageFacts(page, page.page_number)


def _fill_in_box(
    info: PageFacts, bbox: tuple[float, float, float, float], whole: bool, ignore: RGB | None = None
) -> RGB | None:
    x0, top, x1, bottom = (float(v) for v in bbox)
    if x1 - x0 < 1 or bottom - top < 1:
        return None
    # Band shading across the page (a section heading) is not the cell's own fill.
    band = (x1 - x0) + 0.3 * info.width
    near = [
        f
        for f in info.fills
        if f.x1 > x0
        and f.x0 < x1
        and f.bottom > top
        and f.top < bottom
        and (f.x1 - f.x0) < band
        and not (ignore is not None and _same(f.rgb, ignore))
    ]
    if not near:
        return None
    inset = min(1.5, (x1 - x0) / 4, (bottom - top) / 4)
    counts: Counter[RGB] = Counter()
    for i in range(_GRID):
        for j in range(_GRID):
            x = x0 + inset + (x1 - x0 - 2 * inset) * i / (_GRID - 1)
            y = top + inset + (bottom - top - 2 * inset) * j / (_GRID - 1)
            f = _top_fill_at(near, x, y)
            if f is not None and not is_white(rgb_to_lab(f.rgb)):
                counts[f.rgb] += 1
    if counts:
        rgb, n = counts.most_common(1)[0]
        if n >= (WHOLE_SHARE if whole else 0.25) * _GRID * _GRID:
            return rgb
    # A dot or small shape inside the cell (a traffic light drawn as a circle).
    inside = [
        f
        for f in near
        if f.x0 >= x0 - 1 and f.x1 <= x1 + 1 and f.top >= top - 1 and f.bottom <= bottom + 1 and f.area >= 9
    ]
    # A rule drawn as a thin filled strip (a header's coloured underline along the row's top) is
    # no mark, however long.
    inside = [
        f for f in inside if chroma(rgb_to_lab(f.rgb)) >= 20 and min(f.x1 - f.x0, f.bottom - f.top) > MIN_MARK
    ]
    if whole:  # a dot or a square, never a strip behind a line of text (a highlighter)
        inside = [
            f
            for f in inside
            if max(f.x1 - f.x0, f.bottom - f.top) <= 2.5 * min(f.x1 - f.x0, f.bottom - f.top)
        ]
    if inside:
        return max(inside, key=lambda f: f.area).rgb
    return None


def _same(a: RGB, b: RGB) -> bool:
    return delta_e(rgb_to_lab(a), rgb_to_lab(b)) < 3


def cell_fill(
    page: Any, bbox: tuple[float, float, float, float], whole: bool = False, ignore: RGB | None = None
) -> tuple[float, float, float] | None:
    """The dominant non-white fill under `bbox` (x0, top, x1, bottom in points, top-left origin) as
    sRGB 0..1, or None. Fills spanning much of the page width (section bands) are ignored.

    A rating cell's fill needs to cover a quarter of the box; with `whole` (a status or progress
    cell, which may also carry highlighted text) half of it, or be a dot or square inside it.
    `ignore`: the row's shading (a zebra band, a highlighted row), to see what is painted on it.
    """
    return _fill_in_box(as_page_facts(page), bbox, whole, ignore)

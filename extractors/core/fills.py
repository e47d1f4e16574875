"""The filled shapes painted on a page, with their colour resolved to sRGB through the page's colour spaces."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from extractors.colours import RGB, to_rgb

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fill:
    """A filled rect or curve: bbox in points (top-left origin), its colour, and its drawing order."""

    x0: float
    top: float
    x1: float
    bottom: float
    rgb: RGB
    order: int

    @property
    def area(self) -> float:
        return max(0.0, self.x1 - self.x0) * max(0.0, self.bottom - self.top)


def _colour_spaces(page: Any) -> dict[str, list[Any]]:
    """Colour space families named in the page's resources ({'Indexed': [spec, ...], ...})."""
    out: dict[str, list[Any]] = {}
    try:
        from pdfminer.pdftypes import resolve1

        res = resolve1(page.page_obj.resources) or {}
        spaces = resolve1(res.get("ColorSpace")) or {}
        for spec in spaces.values():
            spec = resolve1(spec)
            head = resolve1(spec[0]) if isinstance(spec, list) and spec else spec
            name = getattr(head, "name", head)
            if isinstance(name, bytes):
                name = name.decode("latin-1")
            out.setdefault(str(name), []).append(spec)
    except Exception:  # odd resources never stop the reading: treat as device colours
        log.debug("unreadable colour spaces on page %s", getattr(page, "page_number", "?"))
    return out


def _indexed_palette(spec: Any) -> tuple[int, list[RGB]] | None:
    """(hival, palette as RGB) of an /Indexed space with a Device base, or None."""
    try:
        from pdfminer.pdftypes import resolve1

        base = resolve1(spec[1])
        base_name = getattr(base, "name", base)
        n = {"DeviceRGB": 3, "DeviceCMYK": 4, "DeviceGray": 1}.get(str(base_name))
        if n is None and isinstance(base, list) and getattr(resolve1(base[0]), "name", "") == "ICCBased":
            n = int(resolve1(base[1])["N"])
        if n is None:
            return None
        hival = int(resolve1(spec[2]))
        lookup = resolve1(spec[3])
        data = lookup.get_data() if hasattr(lookup, "get_data") else bytes(lookup)
        palette = []
        for i in range(hival + 1):
            comps = [b / 255 for b in data[i * n : (i + 1) * n]]
            rgb = to_rgb(tuple(comps)) if len(comps) == n else None
            palette.append(rgb or (1.0, 1.0, 1.0))
        return hival, palette
    except Exception:
        return None


def _resolve_colour(colour: Any, one_comp_unknown: bool, palette: tuple[int, list[RGB]] | None) -> RGB | None:
    comps = colour if isinstance(colour, (tuple, list)) else (colour,)
    if len(comps) == 1 and not isinstance(comps[0], (str, bytes, tuple, list)):
        if one_comp_unknown:
            return None  # a tint or an index, not a grey: refuse rather than guess
        if palette is not None:
            try:
                v = float(comps[0])
            except (TypeError, ValueError):
                return None
            if v.is_integer() and 0 <= v <= palette[0]:
                return palette[1][int(v)]
    return to_rgb(colour)


def read_fills(page: Any) -> list[Fill]:
    """Every distinct filled rect and curve of a pdfplumber page whose colour resolves to sRGB."""
    spaces = _colour_spaces(page)
    one_comp_unknown = bool(spaces.keys() & {"Separation", "DeviceN"}) or len(spaces.get("Indexed", [])) > 1
    palette = _indexed_palette(spaces["Indexed"][0]) if len(spaces.get("Indexed", [])) == 1 else None
    fills: list[Fill] = []
    seen: set[tuple[Any, ...]] = set()
    objs = list(page.objects.get("rect", [])) + list(page.objects.get("curve", []))
    for i, obj in enumerate(objs):
        if not obj.get("fill"):
            continue
        colour = obj.get("non_stroking_color")
        rgb = _resolve_colour(colour, one_comp_unknown, palette)
        if rgb is None:
            continue
        try:
            box = (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))
        except (KeyError, TypeError, ValueError):
            continue
        sig = (*(round(v, 1) for v in box), *(round(v, 3) for v in rgb))
        if sig in seen or box[2] - box[0] <= 0.5 or box[3] - box[1] <= 0.5:
            continue
        seen.add(sig)
        fills.append(Fill(*box, rgb=rgb, order=i))
    return fills

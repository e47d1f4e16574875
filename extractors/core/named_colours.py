"""Fills of a page that paints in named colour spaces (Separation, DeviceN), with pdfium's colours.

pdfminer reports a named colour as its tint (one number per colorant) without the space it
belongs to, so `fills.read_fills` must refuse it; pdfium converts it through the space's
alternate space and tint transform, as a viewer shows it. A spot-coloured RAG swatch (InDesign,
print workflows) is then read like any other fill.
"""

from __future__ import annotations

import logging
from typing import Any

from extractors.core.fills import Fill, read_fills

log = logging.getLogger(__name__)

NAMED_FAMILIES = frozenset({"Separation", "DeviceN"})


def uses_named_colours(plumber_page: Any) -> bool:
    """Does the page's resource dictionary name a Separation or DeviceN colour space?"""
    try:
        from pdfminer.pdftypes import resolve1

        res = resolve1(plumber_page.page_obj.resources) or {}
        for spec in (resolve1(res.get("ColorSpace")) or {}).values():
            spec = resolve1(spec)
            head = resolve1(spec[0]) if isinstance(spec, list) and spec else spec
            name = getattr(head, "name", head)
            if isinstance(name, bytes):
                name = name.decode("latin-1")
            if str(name) in NAMED_FAMILIES:
                return True
    except Exception:  # odd resources: the exact reading stands
        log.debug("unreadable colour spaces on page %s", getattr(plumber_page, "page_number", "?"))
    return False


class _View:
    """Just what `read_fills` reads of a page: its objects, with pdfium's sRGB as their colour."""

    def __init__(self, paths: dict[str, list[dict[str, Any]]], number: int) -> None:
        self.objects = {
            kind: [
                {
                    **p,
                    "non_stroking_color": tuple(v / 255 for v in p["fill_rgba"][:3])
                    if p.get("fill_rgba")
                    else None,
                }
                for p in paths.get(kind, [])
            ]
            for kind in ("rect", "curve")
        }
        self.page_obj = None  # no colour spaces to resolve: pdfium's colours are sRGB already
        self.page_number = number


def pdfium_fills(paths: dict[str, list[dict[str, Any]]], number: int) -> list[Fill]:
    """The fills of pdfium's paths of a page (`PdfiumPage.paths`), in drawing order."""
    return read_fills(_View(paths, number))

"""The fonts a page names, as pdfminer reads them: full name (subset tag included) and descent.

pdfium reports a font's base name without its subset tag and takes its descent from the font
program; pdfminer, whose boxes the table stages were tuned on, takes the /FontDescriptor's (or
the standard-14 metrics'). Reading the page's font resources through pdfminer's own resource
manager costs a few dictionary lookups per font, not a page layout.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from pdfminer.pdffont import PDFType3Font
from pdfminer.pdftypes import PDFObjRef, dict_value, resolve1

log = logging.getLogger(__name__)

SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")


def _font_dicts(resources: Any, depth: int = 0) -> list[tuple[int | None, Any]]:
    """(objid, spec) of every font in these resources and those of the forms they use."""
    out: list[tuple[int | None, Any]] = []
    res = resolve1(resources) or {}
    if not isinstance(res, dict):
        return out
    for spec in (resolve1(res.get("Font")) or {}).values():
        out.append((spec.objid if isinstance(spec, PDFObjRef) else None, spec))
    if depth < 3:
        for xobj in (resolve1(res.get("XObject")) or {}).values():
            stream = resolve1(xobj)
            attrs = getattr(stream, "attrs", None)
            if attrs and getattr(resolve1(attrs.get("Subtype")), "name", None) == "Form":
                out.extend(_font_dicts(attrs.get("Resources"), depth + 1))
    return out


def page_fonts(plumber_page: Any) -> dict[str, tuple[str, float]] | None:
    """{base name without subset tag: (pdfminer's fontname, descent per unit of font size)}.

    A name two fonts share with different metrics maps to the first; empty when the resources
    cannot be read (the caller then keeps pdfium's own metrics). None when the page uses a Type 3
    or vertical font, whose glyph boxes pdfminer builds in ways not rebuilt from pdfium's.
    """
    out: dict[str, tuple[str, float]] = {}
    try:
        rsrcmgr = plumber_page.pdf.rsrcmgr
        for objid, spec in _font_dicts(plumber_page.page_obj.resources):
            try:
                font = rsrcmgr.get_font(objid, dict_value(spec))
            except Exception:  # a broken font dict: pdfium's metrics for it
                continue
            name = getattr(font, "fontname", None)
            if isinstance(font, PDFType3Font) or font.is_vertical():
                return None
            if isinstance(name, bytes):
                name = name.decode("latin-1")
            if not isinstance(name, str):
                continue
            out.setdefault(SUBSET_TAG.sub("", name), (name, float(font.get_descent())))
    except Exception:
        log.debug("unreadable font resources on page %s", getattr(plumber_page, "page_number", "?"))
    return out

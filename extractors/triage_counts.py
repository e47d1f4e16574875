"""Count a page's paths, thin rules and images through pdfium's C API, for triage, without a Python object per path.

pypdfium2's `get_objects` builds a wrapper object (with weak references) for every object on the
page; a pack of 1,000 pages draws hundreds of thousands of them, and triage only needs counts.
This walks the same objects in the same order (the page's, and those of the forms drawn directly
on it: `get_objects(max_depth=2)`) and measures each path's bounds as `get_bounds` does.
"""

from __future__ import annotations

from ctypes import byref, c_float, c_int
from typing import Any

import pypdfium2 as pdfium

from extractors.core.pdfium_calls import Handle, untyped
from extractors.core.pdfium_chars import handle
from extractors.core.pdfium_paths import (
    _count_objects,
    _form_count,
    _form_object,
    _get_object,
    _object_type,
)

_PATH, _IMAGE, _FORM = 2, 3, 5  # FPDF_PAGEOBJ_*
FORM_DEPTH = 2  # as get_objects(max_depth=2): the page's objects and those of forms on the page

_bounds = untyped("FPDFPageObj_GetBounds", c_int)  # (object, &left, &bottom, &right, &top)


def count_objects(page: Any, rule_width: float, min_rule_length: float) -> tuple[int, int, int, int]:
    """(paths, images, horizontal rules, vertical rules) of a pypdfium2 page.

    A rule is a path no thicker than `rule_width` across and at least `min_rule_length` along.
    Raises PdfiumError where get_objects / get_bounds would.
    """
    counts = [0, 0, 0, 0]
    left, bottom, right, top = c_float(), c_float(), c_float(), c_float()
    box = (byref(left), byref(bottom), byref(right), byref(top))

    def walk(parent: int, count: Any, get: Any, level: int) -> None:
        n = count(parent)
        if n < 0:
            raise pdfium.PdfiumError("Failed to get number of pageobjects.")
        for i in range(n):
            obj = get(parent, i)
            if not obj:
                raise pdfium.PdfiumError("Failed to get pageobject.")
            kind = _object_type(obj)
            if kind == _PATH:
                counts[0] += 1
                if not _bounds(obj, *box):
                    raise pdfium.PdfiumError("Failed to locate pageobject.")
                width, height = right.value - left.value, top.value - bottom.value
                if height <= rule_width and width >= min_rule_length:
                    counts[2] += 1
                elif width <= rule_width and height >= min_rule_length:
                    counts[3] += 1
            elif kind == _IMAGE:
                counts[1] += 1
            elif kind == _FORM and level < FORM_DEPTH - 1:
                walk(obj, _form_count, _form_object, level + 1)

    walk(Handle(handle(page)), _count_objects, _get_object, 0)
    return counts[0], counts[1], counts[2], counts[3]

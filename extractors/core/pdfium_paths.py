"""A page's painted paths read by pdfium, as the line, rect and curve dicts pdfplumber would give.

Each path is split into subpaths and classified exactly as pdfminer does (a straight segment is a
line; four segments closing on axis-parallel corners are a rect; anything else a curve), with
coordinates through the path's matrix and those of the forms around it, in pdfplumber's top-left
frame. The fill colour is pdfium's 8-bit sRGB (`fill_rgba`), good for "is anything painted here";
colour values that must match pdfminer's operands exactly come from `graphics.py` instead.
"""

from __future__ import annotations

import ctypes
import logging
from ctypes import byref, c_float, c_int, c_uint, c_void_p
from typing import Any

from extractors.core.pdfium_calls import Handle, untyped
from extractors.core.pdfium_chars import _LIB, handle

log = logging.getLogger(__name__)

_PATH, _FORM = 2, 5  # FPDF_PAGEOBJ_PATH, FPDF_PAGEOBJ_FORM
_LINETO, _BEZIERTO, _MOVETO = 0, 1, 2
MAX_FORM_DEPTH = 8


class _Matrix(ctypes.Structure):
    _fields_ = [(name, c_float) for name in "abcdef"]


def _fn(name: str, restype: Any, *argtypes: Any) -> Any:
    fn = getattr(_LIB, name)
    fn.restype, fn.argtypes = restype, list(argtypes)
    return fn


# Called per page object and per path segment: untyped (pdfium_calls), handles passed as Handles.
_count_objects = untyped("FPDFPage_CountObjects", c_int)
_get_object = untyped("FPDFPage_GetObject", Handle)
_form_count = untyped("FPDFFormObj_CountObjects", c_int)
# The index is an unsigned long: declared, so ctypes passes all 64 bits (forms are few).
_form_object = _fn("FPDFFormObj_GetObject", Handle, c_void_p, ctypes.c_ulong)
_object_type = untyped("FPDFPageObj_GetType", c_int)
_object_matrix = untyped("FPDFPageObj_GetMatrix", c_int)
_count_segments = untyped("FPDFPath_CountSegments", c_int)
_get_segment = untyped("FPDFPath_GetPathSegment", Handle)
_segment_point = untyped("FPDFPathSegment_GetPoint", c_int)
_segment_type = untyped("FPDFPathSegment_GetType", c_int)
_segment_close = untyped("FPDFPathSegment_GetClose", c_int)
_draw_mode = untyped("FPDFPath_GetDrawMode", c_int)
_fill_colour = untyped("FPDFPageObj_GetFillColor", c_int)

Affine = tuple[float, float, float, float, float, float]
IDENTITY: Affine = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _compose(inner: Affine, outer: Affine) -> Affine:
    """inner then outer (PDF row-vector convention: p' = p * inner * outer)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def page_paths(page: Any) -> dict[str, list[dict[str, Any]]]:
    """{'line': [...], 'rect': [...], 'curve': [...]} of a pypdfium2 page whose media box starts at
    the origin, each dict with x0, top, x1, bottom, pts, stroke, fill, fill_rgba, in content order."""
    height = float(page.get_height())
    out: dict[str, list[dict[str, Any]]] = {"line": [], "rect": [], "curve": []}
    page_h = Handle(handle(page))
    objects = [_get_object(page_h, i) for i in range(_count_objects(page_h))]
    _walk(objects, IDENTITY, height, out, 0)
    return out


def _walk(objects: list[Handle], outer: Affine, height: float, out: dict, depth: int) -> None:
    m = _Matrix()
    for obj in objects:
        if not obj:
            continue
        kind = _object_type(obj)
        if kind not in (_PATH, _FORM):
            continue
        _object_matrix(obj, byref(m))
        matrix = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
        if kind == _FORM:
            if depth < MAX_FORM_DEPTH:
                inner = [_form_object(obj, i) for i in range(_form_count(obj))]
                _walk(inner, matrix, height, out, depth + 1)
            continue
        _path(obj, matrix, height, out)


def _path(obj: Handle, matrix: Affine, height: float, out: dict) -> None:
    fillmode, stroke = c_int(), c_int()
    if not _draw_mode(obj, byref(fillmode), byref(stroke)):
        return
    fill = fillmode.value != 0
    rgba = (c_uint(), c_uint(), c_uint(), c_uint())
    fill_rgba = (
        tuple(v.value for v in rgba) if fill and _fill_colour(obj, *(byref(v) for v in rgba)) else None
    )
    a, b, c, d, e, f = matrix
    x, y = c_float(), c_float()
    ops: list[tuple[str, float, float]] = []
    bezier = 0
    for i in range(_count_segments(obj)):
        seg = _get_segment(obj, i)
        if not seg:
            continue
        _segment_point(seg, byref(x), byref(y))
        px, py = x.value, y.value
        point = (px * a + py * c + e, px * b + py * d + f)
        kind = _segment_type(seg)
        if kind == _BEZIERTO:
            bezier += 1
            if bezier % 3:  # control points: pdfminer places a curve op at its end point
                if _segment_close(seg):
                    ops.append(("h", *point))
                continue
            ops.append(("c", *point))
        else:
            bezier = 0
            ops.append(("m" if kind == _MOVETO else "l", *point))
        if _segment_close(seg):
            ops.append(("h", *point))
    start = 0
    for k in range(1, len(ops) + 1):
        if k == len(ops) or ops[k][0] == "m":
            _subpath(ops[start:k], bool(stroke.value), fill, fill_rgba, height, out)
            start = k


def _subpath(ops: list, stroke: bool, fill: bool, fill_rgba: Any, height: float, out: dict) -> None:
    """pdfminer's PDFLayoutAnalyzer.paint_path, for one subpath starting with a move."""
    if not ops or ops[0][0] != "m":
        return
    shape = "".join(op[0] for op in ops)
    pts = [(op[1], op[2]) if op[0] != "h" else (ops[0][1], ops[0][2]) for op in ops]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in ("mlh", "ml"):
        kind, box_pts = "line", pts[:2]
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if pts[0] == pts[4] and square:
            kind, box_pts = "rect", [pts[0], pts[2]]
        else:
            kind, box_pts = "curve", pts
    else:
        kind, box_pts = "curve", pts
    xs, ys = [p[0] for p in box_pts], [p[1] for p in box_pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    out[kind].append(
        {
            "object_type": kind,
            "x0": x0,
            "x1": x1,
            "top": height - y1,
            "bottom": height - y0,
            "width": x1 - x0,
            "height": y1 - y0,
            "pts": [(px, height - py) for px, py in pts],
            "stroke": stroke,
            "fill": fill,
            "fill_rgba": fill_rgba,
        }
    )

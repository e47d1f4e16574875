"""Text objects a page clips away entirely: they are in the content stream but print nothing.

A spreadsheet printed to PDF draws a merged cell's whole text and clips it to the part of the cell
on the page: a cell merged over rows that a page break splits prints its lines on both pages, the
lines of the other page's part lying above (or below) the table, outside the cell's clip path. On
the page they are invisible, but every text reader still finds them: above the header they read as
a title, inside the header row they join a header label ('Area plans. for improvement'). A text
object whose bounds lie wholly outside the bounding box of one of its clip paths prints no ink, so
its characters are not read. Text only partly clipped is kept whole.
"""

from __future__ import annotations

from ctypes import byref, c_float, c_int

from extractors.core.pdfium_calls import Handle, untyped

SLACK = 1.0  # points: a glyph box touching its clip's edge may still show

_clip_path = untyped("FPDFPageObj_GetClipPath", Handle)  # a Handle back: passed on as it is
_count_paths = untyped("FPDFClipPath_CountPaths", c_int)
_count_segments = untyped("FPDFClipPath_CountPathSegments", c_int)
_segment = untyped("FPDFClipPath_GetPathSegment", Handle)
_point = untyped("FPDFPathSegment_GetPoint", c_int)
_bounds = untyped("FPDFPageObj_GetBounds", c_int)


class ClipCheck:
    """Per page: `hidden(obj)` says whether a text object (its pdfium handle as an int) lies
    wholly outside one of its clip paths."""

    def __init__(self) -> None:
        self._box = (c_float(), c_float(), c_float(), c_float())
        self._x, self._y = c_float(), c_float()

    def hidden(self, obj: int) -> bool:
        handle = Handle(obj)
        clip = _clip_path(handle)
        if not clip.value:
            return False
        left, bottom, right, top = self._box
        if not _bounds(handle, byref(left), byref(bottom), byref(right), byref(top)):
            return False
        for k in range(max(0, _count_paths(clip))):
            box = self._path_box(clip, k)
            if box is None:
                continue
            x0, y0, x1, y1 = box
            if (
                right.value < x0 - SLACK
                or left.value > x1 + SLACK
                or top.value < y0 - SLACK
                or bottom.value > y1 + SLACK
            ):
                return True
        return False

    def _path_box(self, clip: Handle, k: int) -> tuple[float, float, float, float] | None:
        """The bounding box of clip path k's points (a curve's control points bound it too)."""
        xs, ys = [], []
        x, y = self._x, self._y
        p_x, p_y = byref(x), byref(y)
        for j in range(max(0, _count_segments(clip, k))):
            seg = _segment(clip, k, j)
            if seg.value and _point(seg, p_x, p_y):
                xs.append(x.value)
                ys.append(y.value)
        if not xs:
            return None
        return min(xs), min(ys), max(xs), max(ys)

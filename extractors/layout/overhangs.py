"""Header words that overflow a narrow column into the next, cut back to the column they belong to."""

from __future__ import annotations

import dataclasses
import statistics

from extractors.geometry import Word, group_lines

STEP = 0.5  # points: the resolution the body's whitespace is measured at
MIN_LINES = 3  # body lines needed before their whitespace says anything about the columns
START_TOLERANCE = 1.0  # points: text left-aligned in one column starts at the same x
CROSSING_SHARE = 0.05  # body lines that may cross a channel (a long token overflowing its cell)


def clip_overhangs(header: list[Word], body: list[Word], x0: float, x1: float) -> list[Word]:
    """The header's words, each one that runs past its column's edge cut back to that edge.

    A browser (a CSS grid) or a print driver sets a word longer than its narrow column past the
    column's edge ('Report' over a column of paragraph numbers), a space short of the next
    column's header: the header line then reads as one phrase and closes the whitespace channel
    the body keeps between the two columns. Where the body lines keep such a channel, the word
    runs into it from the left, and the next header word starts where the body text right of the
    channel starts, the word belongs to the column on the left: it is cut back to the channel.
    """
    lines = group_lines(body)
    if not header or len(lines) < MIN_LINES:
        return header
    heights = [w.bottom - w.top for w in body]
    word_gap = 0.4 * statistics.median(heights)
    n = int((x1 - x0) / STEP) + 2
    cover = [0] * n
    for line in lines:
        seen = [False] * n
        for w in line:
            for k in range(max(0, int((w.x0 - x0) / STEP)), min(n, int((w.x1 - x0) / STEP) + 1)):
                seen[k] = True
        for k in range(n):
            cover[k] += seen[k]
    allowed = int(CROSSING_SHARE * len(lines))
    out = list(header)
    for line in group_lines(header):
        for w, v in zip(line, line[1:], strict=False):
            if v.x0 - w.x1 >= 2 * word_gap:
                continue  # a cell's padding apart: the header's phrases part there already
            edge = _channel_start(cover, allowed, x0, w, v, word_gap)
            starts = sum(1 for ln in lines if any(abs(b.x0 - v.x0) <= START_TOLERANCE for b in ln))
            if edge is not None and starts >= 2:
                out[out.index(w)] = dataclasses.replace(w, x1=edge)
    return out


def _channel_start(cover: list[int], allowed: int, x0: float, w: Word, v: Word, gap: float) -> float | None:
    """Where the body's empty channel that ends at `v`'s start begins, when `w` runs into it."""
    end = int((v.x0 - x0) / STEP) - 1  # the last step left of v
    k = end
    while k >= 0 and cover[k] <= allowed:
        k -= 1
    start = x0 + (k + 1) * STEP
    if end - k < 2 or v.x0 - start < gap:
        return None  # no channel, or only a word space
    if not (w.x0 < start < w.x1):
        return None  # w keeps to its column: nothing to cut
    return start

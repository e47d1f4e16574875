"""Underlines: short rules drawn under a line of words (a hyperlink, an emphasised phrase), which are no row rules.

A cell that holds links prints a rule just under each link's baseline, as wide as its words; read
as row rules they cut the cell into as many rows as it has link lines, and the other cells of the
row, with no rule above the pieces, are shared between them. A row rule runs across at least a
cell with padding above it, so it never passes through the lower part of the words above it.
"""

from __future__ import annotations

import bisect

from extractors.geometry import Segment, Word

BELOW = 1.5  # points under a word's box an underline may still be drawn
REACH = 30.0  # points above a rule to look for the words it underlines (a large heading's box)
SIDE_SLACK = 3.0  # points an underline may run past the words it underlines
COVER = 0.6  # share of an underline's length its words must cover


def drop_underlines(hrules: list[Segment], words: list[Word]) -> list[Segment]:
    """The horizontal rules minus those that underline the words just above them."""
    if not hrules or not words:
        return hrules
    ordered = sorted(words, key=lambda w: w.bottom)
    bottoms = [w.bottom for w in ordered]
    return [s for s in hrules if not _is_underline(s, ordered, bottoms)]


def _is_underline(rule: Segment, ordered: list[Word], bottoms: list[float]) -> bool:
    lo = bisect.bisect_left(bottoms, rule.pos - BELOW)
    hi = bisect.bisect_right(bottoms, rule.pos + REACH)
    # The words the rule runs through the lower part of (below their middle, between baseline and
    # descenders) or just under, and that it overlaps sideways.
    over = [
        w
        for w in ordered[lo:hi]
        if w.yc + 0.2 * (w.bottom - w.top) < rule.pos <= w.bottom + BELOW
        and w.x1 > rule.lo
        and w.x0 < rule.hi
    ]
    if not over:
        return False
    if rule.lo < min(w.x0 for w in over) - SIDE_SLACK or rule.hi > max(w.x1 for w in over) + SIDE_SLACK:
        return False
    covered = sum(min(w.x1, rule.hi) - max(w.x0, rule.lo) for w in over)
    return covered >= COVER * rule.length

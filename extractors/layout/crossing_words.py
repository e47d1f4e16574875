"""Words that run across a column edge because a token overflowed its cell: cut where the next cell's text starts.

A spreadsheet or a browser does not break a long token ('131,132') in a narrow cell: it prints it
past the cell's edge, and the next cell's first word may then start right after it, touching or a
hair's breadth away ('131,132system'). A word reader makes one word of the two, whose centre falls
in one column or the other, so one cell loses its text and the other gets a stranger's glued on.
The cut is where a character of the word starts at the next column's own left text edge (where
most of its lines start): the characters before it are the overflow. A word that crosses the edge
with no character there (text centred across, a word longer than its column anywhere), on a line
that runs across the columns before it, or, in a ruled table, with no column rule drawn through it
(a section heading in a cell merged across the columns), is left whole; so is a cut between two
lower-case letters, which falls inside a word.
"""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any

from extractors.geometry import Segment, Word

EDGE_SLACK = 0.6  # points: a character starting this close to a column's text edge starts that cell
MIN_LINES = 3  # lines of a column that must start at one x for it to be the column's text edge
MAX_PAD, PAD_SPREAD = 10.0, 1.0  # points: a cell padding, and how far the columns' paddings may differ
MIN_PADDED = 3  # columns that must show the same padding for a column without an edge to take it


def text_edges(words: list[Word], columns: list[tuple[float, float]]) -> list[float | None]:
    """Each column's left text edge: the leftmost x, to half a point, at which MIN_LINES of its
    words start (None when no x is that common: a centred or sparse column)."""
    out: list[float | None] = []
    for a, b in columns:
        inside = [w.x0 for w in words if a <= w.x0 and w.x1 <= b]
        starts = Counter(round(x * 2) / 2 for x in inside)
        common = [x for x, n in starts.items() if n >= MIN_LINES]
        if not common:
            out.append(None)
            continue
        at = min(common)
        out.append(statistics.median(x for x in inside if round(x * 2) / 2 == at))
    return out


def split_crossing(
    words: list[Word], columns: list[tuple[float, float]], chars_of: Any, vrules: list[Segment] | None = None
) -> list[Word]:
    """`words` with each word that crosses an inner column edge cut at the next column's text edge,
    when one of its characters starts there. `chars_of(word)` gives the word's characters
    (pdfplumber-style dicts, left to right), read only for the crossing words. `vrules`: a ruled
    table's column rules; a word is cut only where one is drawn through it (a cell merged across
    the columns, a section heading, has none)."""
    inner = [a for a, _ in columns[1:]]
    crossing = [w for w in words if any(w.x0 < a - 1 and w.x1 > a + 1 for a in inner)]
    if not crossing:
        return words
    edges = text_edges(words, columns)
    if vrules is not None:
        edges = _padded_edges(edges, columns)
    cut: dict[int, list[Word]] = {}
    for w in crossing:
        for c, a in enumerate(inner, start=1):
            edge = edges[c]
            if edge is None or not (w.x0 < a - 1 and w.x1 > a + 1) or not w.x0 < edge - 1 < w.x1:
                continue
            if not _alone_in_column(w, words, columns[c - 1][0]) and (
                vrules is None or _crosses_before(w, words, inner)
            ):
                # A line across the table (a section heading) runs over edges as it likes; in a
                # ruled table the cells before the word may hold their own text, each in its column.
                break
            if vrules is not None and not any(
                abs(v.pos - a) <= 3 and v.lo - 1 <= w.yc <= v.hi + 1 for v in vrules
            ):
                break  # no rule drawn through it: the cell spans the edge
            pieces = _cut_at(w, chars_of(w), edge)
            if pieces:
                cut[id(w)] = pieces
            break
    return [p for w in words for p in cut.get(id(w), [w])]


def _padded_edges(edges: list[float | None], columns: list[tuple[float, float]]) -> list[float | None]:
    """In a ruled table, a column with too few lines for an edge of its own (a merged group cell
    printed once per group) starts its text where the others do: one cell padding right of its
    rule, when the columns that show their padding agree on it."""
    pads = [
        e - a for e, (a, _) in zip(edges, columns, strict=True) if e is not None and 0 <= e - a <= MAX_PAD
    ]
    if len(pads) < MIN_PADDED or max(pads) - min(pads) > PAD_SPREAD:
        return edges
    pad = statistics.median(pads)
    return [e if e is not None else a + pad for e, (a, _) in zip(edges, columns, strict=True)]


def _crosses_before(word: Word, words: list[Word], inner: list[float]) -> bool:
    """Does a word before `word` on its line run across a column edge too?"""
    height = word.bottom - word.top
    before = [w for w in words if abs(w.yc - word.yc) < 0.5 * height and w.x1 <= word.x0]
    return any(w.x0 < a - 1 and w.x1 > a + 1 for w in before for a in inner)


def _alone_in_column(word: Word, words: list[Word], left: float) -> bool:
    """Do the words before `word` on its line keep to its column (which starts at `left`)?"""
    height = word.bottom - word.top
    before = [w for w in words if abs(w.yc - word.yc) < 0.5 * height and w.x1 <= word.x0]
    return all(w.x0 >= left - 1 for w in before)


def _cut_at(word: Word, chars: list[dict[str, Any]], edge: float) -> list[Word] | None:
    """The word cut before its character that starts at `edge`, when its characters spell it."""
    chars = [c for c in chars if not c["text"].isspace()]
    if "".join(c["text"] for c in chars) != word.text:
        return None  # characters the word reader joined otherwise: leave the word as it is
    for k in range(1, len(chars)):
        if chars[k - 1]["text"].islower() and chars[k]["text"].islower():
            continue  # inside a word ('emai' | 'l'): no token overflowing into the next cell's word
        if abs(chars[k]["x0"] - edge) <= EDGE_SLACK and chars[k - 1]["x1"] <= chars[k]["x0"] + EDGE_SLACK:
            left = "".join(c["text"] for c in chars[:k])
            right = "".join(c["text"] for c in chars[k:])
            return [
                Word(left, word.x0, word.top, chars[k - 1]["x1"], word.bottom, word.bold),
                Word(right, chars[k]["x0"], word.top, word.x1, word.bottom, word.bold),
            ]
    return None


def chars_in(chars: list[dict[str, Any]], word: Word) -> list[dict[str, Any]]:
    """The characters printed inside a word's box, left to right."""
    inside = [
        c
        for c in chars
        if c["x0"] >= word.x0 - 0.2
        and c["x1"] <= word.x1 + 0.2
        and word.top - 1 <= c["top"]
        and c["bottom"] <= word.bottom + 1
    ]
    return sorted(inside, key=lambda c: c["x0"])

"""Find ruled tables that print no header row: grids of crossing rules with text inside, cheap to test.

A table without a header band (an action log printed as one small grid per section) is still
drawn: horizontal rules crossed by at least three vertical ones (two edges and a column rule)
enclose its cells. Grids found around a header band or a continued table are already tables and
are left to those.
"""

from __future__ import annotations

from extractors.geometry import Segment, Word, cluster

MIN_RULE = 6.0  # points: shorter strokes are ticks, underlines of a word, bullets
MIN_COLUMNS = 2
SLACK = 2.5  # points by which two rules may miss each other and still meet


def _meets(h: Segment, v: Segment) -> bool:
    return v.lo - SLACK <= h.pos <= v.hi + SLACK and h.lo - SLACK <= v.pos <= h.hi + SLACK


def grids(hrules: list[Segment], vrules: list[Segment]) -> list[tuple[float, float, float, float]]:
    """(top, bottom, x0, x1) of every set of connected rules that draws at least two columns."""
    hs = [h for h in hrules if h.length >= MIN_RULE]
    vs = [v for v in vrules if v.length >= MIN_RULE]
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if _meets(h, v):
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    out = []
    for h_group, v_group in groups.values():
        xs = cluster([v.pos for v in v_group], tolerance=SLACK)
        if len(h_group) < 2 or len(xs) < MIN_COLUMNS + 1:
            continue
        top, bottom = min(h.pos for h in h_group), max(h.pos for h in h_group)
        if bottom - top < 8:
            continue
        out.append((top, bottom, min(h.lo for h in h_group), max(h.hi for h in h_group)))
    return sorted(out)


def headerless_grids(
    hrules: list[Segment], vrules: list[Segment], words: list[Word], taken: list[float]
) -> list[tuple[float, float, float]]:
    """(top, x0, x1) of the grids holding text in two columns or more, and none of the `taken` tops.

    `taken` are the tops of tables already started on the page (a header band, a table continued
    from the previous page): a grid around one of them is that table.
    """
    out = []
    for top, bottom, x0, x1 in grids(hrules, vrules):
        if any(top - 5 <= t <= bottom for t in taken):
            continue
        inside = [w for w in words if top < w.yc < bottom and x0 < w.xc < x1]
        if len(inside) < 2:
            continue
        out.append((top - 1, x0, x1))
    return out

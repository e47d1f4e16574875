"""Group headerless tables drawn alike in one document, which the eye reads as one table.

An action log printed as one small grid per section has no header row anywhere; each grid alone
holds a row or two, too little for its columns to speak. Grids with the same columns (edges
within a few points) are one table to a reader: their cells are pooled for the column roles and
the action-table decision.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extractors.core import PageTable

LAYOUT_SLACK = 4.0  # points by which the column edges of tables drawn alike may differ


def alike(a: PageTable, b: PageTable) -> bool:
    """Two page tables drawn alike: same number of columns, every edge within LAYOUT_SLACK points."""
    if len(a.columns) != len(b.columns):
        return False
    edges = [(x, y) for (x, _), (y, _) in zip(a.columns, b.columns, strict=True)]
    edges.append((a.columns[-1][1], b.columns[-1][1]))
    return all(abs(x - y) <= LAYOUT_SLACK for x, y in edges)


def families(tables: list[Any], first: Callable[[Any], PageTable] = lambda t: t) -> list[list[Any]]:
    """Tables grouped by how they are drawn, in document order; `first` gives a table's first page table."""
    out: list[list[Any]] = []
    for t in tables:
        home = next((f for f in out if alike(first(f[0]), first(t))), None)
        if home is None:
            out.append([t])
        else:
            home.append(t)
    return out

"""Headerless tables drawn alike whose refs run on from one table to the next are the sections of one numbered list: each table's title, where it reads as a section heading, is its rows' area.

A log printed as one grid per theme, the theme's name between the grids ('Start well' over rows
1-2, 'Live well' over 3-5), reads as one list divided into sections: its numbering runs on.
A log whose section grids carry no refs, or restart their numbering, is a set of small tables,
each named by its title (the real ODUG logs: gold area null), and keeps its titles as titles.
"""

from __future__ import annotations

import re

from extractors.core import StitchedTable
from extractors.table_titles import section_like

NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3}){0,2})\b")


def _refs(table: StitchedTable) -> list[tuple[int, ...]] | None:
    """The table's refs as tuples of numbers in row order, None if it has no ref column or a row's
    ref is not a number."""
    c = table.col("ref")
    if c is None:
        return None
    out = []
    for row in table.rows:
        m = NUMBER.match(row.text(c))
        if not m:
            return None
        out.append(tuple(int(x) for x in m.group(1).split(".")))
    return out or None


def section_areas(group: list[StitchedTable]) -> dict[int, str]:
    """id(table) -> its title as the area of its rows, for a family of two or more headerless
    tables whose refs increase across the tables and whose titles all read as section headings;
    empty otherwise."""
    if len(group) < 2 or any(any(t.headers) or "area" in t.roles for t in group):
        return {}
    refs = [_refs(t) for t in group]
    titles = [section_like(t.title) for t in group]
    if any(r is None for r in refs) or any(t is None for t in titles):
        return {}
    flat = [x for r in refs for x in r]
    if any(b <= a for a, b in zip(flat, flat[1:], strict=False)):
        return {}  # numbering restarts or repeats: separate lists
    return {id(t): title for t, title in zip(group, titles, strict=True)}

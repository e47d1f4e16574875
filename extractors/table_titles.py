"""A headerless table with no title above it whose only spanning row is its first: that row is its title, not a section.

A spreadsheet printout puts the sheet's title in its first cell, inside the grid ('Annex B: Our
commitments to tenants' over the rows); read as a spanning row it would give every row of the
table the same `area`. A heading over every row of a table names the table; sections are what
divide it, so a table needs two of them (on any of its pages) for them to be sections. A table
with a title printed above it, or a header row above the heading, keeps its one section heading
as the area, as it reads.
"""

from __future__ import annotations

from extractors.core import StitchedTable


def title_inside(table: StitchedTable) -> str | None:
    """The title printed as the first row of a table that has none above it, else None."""
    first = table.fragments[0]
    if first.title or any(table.headers) or "area" in table.roles:
        return None
    heads = [(pt, top, text) for pt in table.fragments for top, text in pt.sections]
    if len(heads) != 1 or heads[0][0] is not first:
        return None
    _, top, text = heads[0]
    rows_above = [cells for cells in first.rows if min(c.top for c in cells) < top]
    return None if rows_above else text


def promote_titles(tables: list[StitchedTable]) -> None:
    """Move each table's title printed inside it from its sections to its title."""
    for table in tables:
        text = title_inside(table)
        if text is not None:
            first = table.fragments[0]
            first.title, first.sections = text, []

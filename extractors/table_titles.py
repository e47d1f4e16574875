"""A headerless table with no title above it whose only spanning row is its first: that row is its title, not a section.

A spreadsheet printout puts the sheet's title in its first cell, inside the grid ('Annex B: Our
commitments to tenants' over the rows); read as a spanning row it would give every row of the
table the same `area`. A heading over every row of a table names the table; sections are what
divide it, so a table needs two of them (on any of its pages) for them to be sections. A table
with a title printed above it, or a header row above the heading, keeps its one section heading
as the area, as it reads.
"""

from __future__ import annotations

import re

from extractors.action_decision import ACTION_TITLE, NOT_ACTION_TITLE, WEAK_ACTION_TITLE
from extractors.core import StitchedTable

MAX_SECTION_WORDS = 8  # a section heading is a name, not a sentence (as heading_rows reads them)


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
    """Move each table's title printed inside it from its sections to its title, and drop the
    section rows of a table that only date its rows (dated_sections)."""
    for table in tables:
        text = title_inside(table)
        if text is not None:
            first = table.fragments[0]
            first.title, first.sections = text, []
        if dated_sections(table):
            for pt in table.fragments:
                pt.sections = []


_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
)
# A date alone: '14 May 2012', 'May 2012', 'Tuesday 3rd July 2012', '03/07/2012', 'July 12'.
DATE_ONLY = re.compile(
    rf"^(?:[a-z]+day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH},?\s+(?:\d{{4}}|\d{{2}})$"
    r"|^\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})$",
    re.IGNORECASE,
)


def dated_sections(table: StitchedTable) -> bool:
    """Are the table's section rows all dates alone ('May 2012', 'April 2012')?

    An action log that files its actions under the meeting that raised them prints the meeting's
    date across the table; it says when a row arose, as a 'Date raised' column would, not which
    group of the plan it belongs to (docs/area.md): no area."""
    heads = [" ".join(text.split()) for pt in table.fragments for _, text in pt.sections]
    return bool(heads) and all(DATE_ONLY.match(h) for h in heads)


def title_as_first_section(table: StitchedTable) -> str | None:
    """The title of a headerless table divided by section rows, when it reads as one more of them:
    the area of the rows printed above the first section row inside the table, else None.

    A log printed without rules puts its first section's heading ('Start well') just above its
    first row, where it is read as the table's title, and the later ones ('Live well') inside it.
    A title that names a kind of table, or reads as a sentence or a lead-in, names the table.
    """
    title = " ".join((table.title or "").split())
    if not title or any(table.headers) or "area" in table.roles:
        return None
    if not any(pt.sections for pt in table.fragments):
        return None
    return section_like(title)


def section_like(title: str | None) -> str | None:
    """The title, spaces collapsed, when it reads as a section heading: a short name, not a
    sentence or a lead-in, naming neither an action plan nor another kind of table."""
    title = " ".join((title or "").split())
    if not title or len(title.split()) > MAX_SECTION_WORDS or title.endswith((".", ":", ";", ",")):
        return None
    if ACTION_TITLE.search(title) or WEAK_ACTION_TITLE.search(title) or NOT_ACTION_TITLE.search(title):
        return None
    return title

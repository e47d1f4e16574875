"""Read an action printed inside an item cell: a column headed as the item ('Agenda Item') whose cells hold the item's number, its title and what is to be done, in a log with no action column.

A meeting's action points are often listed by the agenda item they arose under: one cell holds
the item's number and title, the meeting it came from and the action ('14 - External Bodies
(May 2020) Formation of local councils' meetings - gauge interest ...'), beside who acts, by
when and what has been done. The header reads as a ref column ('Item', 'Agenda item'), so no
column is the action and the table is lost. A ref column holds a number or a code; a column
headed so whose cells are mostly sentences (MIN_WORDS or more) holds the items themselves: it
is the action column when the table also has at least MIN_SUPPORT of lead, deadline, progress
and rating. The decision still weighs the table (its title, its other columns).

The number at the start of such a cell is the agenda item's, printed as part of the cell; the
action keeps it, where a ref printed in an action column is split off.
"""

from __future__ import annotations

from extractors.header_lexicon import role_of

MIN_WORDS = 6  # a ref is a number or a code; an item cell names the item and the action
LONG_SHARE = 0.6  # of the column's filled cells, those of MIN_WORDS or more
MIN_ROWS = 2
MIN_SUPPORT = 2  # of lead, deadline, progress, rating: a log that says who, when or how far
SUPPORTING = ("lead", "deadline", "progress", "rag")
CONFIDENCE = 0.6  # read from the cells, not from a header naming the action
# The evidence recorded for such a column (action_tables.role_evidence); select_actions keeps the
# item's number in the action text of the columns it marks.
ITEM_EVIDENCE = "item column of sentences in a log with no action column"


def keeps_item_number(header: str | None) -> bool:
    """True when a column headed so holds items whose number belongs to the cell's text."""
    return bool(header) and role_of(header)[0] == "ref"


def item_action_roles(
    roles: list[str], confidence: list[float], headers: list[str | None], columns: list[list[str]]
) -> tuple[list[str], list[float]] | None:
    """(roles, confidences) with the item column as the action column, or None when the table
    has an action column already or no such item column (see the module docstring)."""
    if "action" in roles or sum(1 for r in SUPPORTING if r in roles) < MIN_SUPPORT:
        return None
    for c, role in enumerate(roles):
        if role != "ref" or not keeps_item_number(headers[c]):
            continue
        filled = [" ".join(t.split()) for t in columns[c] if t and t.strip()]
        long = [t for t in filled if len(t.split()) >= MIN_WORDS]
        if len(filled) >= MIN_ROWS and len(long) >= LONG_SHARE * len(filled):
            new, conf = list(roles), list(confidence)
            new[c], conf[c] = "action", CONFIDENCE
            return new, conf
    return None

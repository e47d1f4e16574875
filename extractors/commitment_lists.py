"""Recognise a commitments list: an owner column beside a column of numbered commitments ('2.4.ii. Strengthen ...') under a page heading naming commitments or a business plan.

Government trackers list each body's commitments in two columns: who (a department, often under
no header) and the commitment with its business-plan ref at the start; no deadline, no status.
No header names an action column, so the action-table decision has nothing to weigh. The genre
shows in three things together, none of them enough alone:

- a column where most cells open with a hierarchical ref ('2.4.ii.', '3.14.i.', '1.2') followed
  by a sentence, the commitment;
- another column whose cells name an owner (a body, a team, a role: column_evidence.is_lead);
- a heading-like line above the table on its page (or its title) naming commitments, a business
  plan, pledges or the status of actions ('Current status of actions', 'Actions completed').

A contents page (numbered headings beside page numbers), a glossary (terms beside definitions) or
a contact list (names beside roles and numbers) lack the ref-led sentences or the owner column.
The list is read as an action table whose ref-led column is the action (its ref split off as
every action cell's is) and whose owner column is the lead; the decision still weighs it, with
the heading found here as its document heading.
"""

from __future__ import annotations

import re

from extractors.column_evidence import is_lead

# A hierarchical ref opening a cell: at least two levels ('2.4', '3.14.i', 'A1.2.b'), a dot or a
# space after it, then a capital: the sentence that follows.
REF_LED = re.compile(r"^\s*(?:[A-Z]{1,2})?\d{1,3}(?:\.\d{1,3})+(?:\.(?:[ivx]{1,5}|[a-z]))?\.?\s+(?=[A-Z])")
# Headings of the genre: what a commitments tracker calls its list.
COMMITMENT_HEADING = re.compile(
    r"\b(?:business\s+plans?|commitments|pledges|(?:status|progress)\s+of\s+(?:the\s+|our\s+)?actions|"
    r"actions?\s+(?:completed|delivered|due|overdue|outstanding))\b",
    re.I,
)
MAX_COLUMNS = 3  # the owner, the commitment, perhaps a ref or a date: wider tables are other genres
MIN_ROWS = 3
REF_SHARE = 0.7  # of the commitment column's filled cells, those opening with a hierarchical ref
LEAD_SHARE = 0.7  # of the owner column's filled cells, those naming an owner
MIN_WORDS = 4  # a commitment is a sentence, not a numbered heading ('2.4 Governance')
MAX_LEAD_WORDS = 10
MAX_HEADING_WORDS = 12
MAX_HEADER_CELL_WORDS = 3
CONFIDENCE = 0.6  # roles read from content, not from a header (extractors/role_model.py's ceiling)


def commitment_heading(lines: list[str]) -> str | None:
    """The first heading-like line (short, not a sentence) naming commitments, a business plan,
    pledges or the status of actions, else None."""
    for line in lines:
        line = " ".join(line.split())
        if not line or len(line.split()) > MAX_HEADING_WORDS or line.endswith((".", ",", ";")):
            continue
        if COMMITMENT_HEADING.search(line):
            return line
    return None


def _filled(cells: list[str]) -> list[str]:
    return [" ".join(t.split()) for t in cells if t and t.strip()]


def _commitment_column(cells: list[str]) -> bool:
    filled = _filled(cells)
    if len(filled) < MIN_ROWS:
        return False
    led = [REF_LED.sub("", t) for t in filled if REF_LED.match(t)]
    sentences = [t for t in led if len(t.split()) >= MIN_WORDS]
    return len(sentences) >= REF_SHARE * len(filled)


def _owner_column(cells: list[str]) -> bool:
    filled = _filled(cells)
    if len(filled) < MIN_ROWS:
        return False
    owners = [t for t in filled if len(t.split()) <= MAX_LEAD_WORDS and is_lead(t)]
    return len(owners) >= LEAD_SHARE * len(filled)


def is_header_row(cells: list[str], action: int) -> bool:
    """True for a list's first row that is its header read as data ('Detail | Due'): short cells,
    the commitment cell without a ref."""
    texts = [" ".join((t or "").split()) for t in cells]
    return (
        any(texts)
        and not REF_LED.match(texts[action])
        and all(len(t.split()) <= MAX_HEADER_CELL_WORDS for t in texts)
    )


def commitment_roles(
    roles: list[str], confidence: list[float], columns: list[list[str]], lines: list[str]
) -> tuple[list[str], list[float], str] | None:
    """(roles, confidences, heading) reading the table as a commitments list, or None when it is
    not one (see the module docstring). `columns`: the cells column by column; `lines`: the title
    and the lines above the table on its first page."""
    if not 2 <= len(roles) <= MAX_COLUMNS:
        return None
    heading = commitment_heading(lines)
    if heading is None:
        return None
    action = next((c for c, cells in enumerate(columns) if _commitment_column(cells)), None)
    if action is None or ("action" in roles and roles.index("action") != action):
        return None  # no commitments, or another column holds the action
    lead = next((c for c, cells in enumerate(columns) if c != action and _owner_column(cells)), None)
    if lead is None:
        return None
    new = ["other" if r in ("action", "lead") else r for r in roles]
    new[action], new[lead] = "action", "lead"
    kept = [
        CONFIDENCE if c in (action, lead) else 0.0 if r == "other" else confidence[c]
        for c, r in enumerate(new)
    ]
    return new, kept, heading

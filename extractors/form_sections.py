"""Drop a table's last section when its rows are a form's labels, not actions: a sign-off form printed in the same grid as the action table above it.

A spreadsheet printed with its gridlines draws one grid over everything on the sheet; an
assessment's action plan and the sign-off form below it ('Section 5: Sign-off', then 'Approved
by | name', 'Date of next review | date') read as one table, the form's heading as a section row.
Rows of an action table say what will be done; a form's rows are short labels. Only the last
section goes, only when it is short, none of its rows reads as an action and the rows above
mostly do.
"""

from __future__ import annotations

from extractors.column_evidence import is_action

MAX_LABEL_WORDS = 5  # 'Date of next review', 'Approved by Date approved'
ACTING_SHARE = 0.5  # of the rows above the section, those that read as actions
MAX_FORM_ROWS = 4  # a sign-off block: completed by, approved by, date, next review


def _label(text: str | None) -> bool:
    text = " ".join((text or "").split())
    return (
        bool(text) and len(text.split()) <= MAX_LABEL_WORDS and not is_action(text) and not text.endswith(".")
    )


def drop_form_section(records: list[dict]) -> list[dict]:
    """The records without a trailing section of form labels (see the module docstring)."""
    if len(records) < 2 or not records[-1].get("area"):
        return records
    area = records[-1]["area"]
    start = len(records)
    while start > 0 and records[start - 1].get("area") == area:
        start -= 1
    above, tail = records[:start], records[start:]
    if not above or len(tail) > MAX_FORM_ROWS or not all(_label(r.get("action")) for r in tail):
        return records
    acting = sum(1 for r in above if is_action(r.get("action") or "")) / len(above)
    return above if acting >= ACTING_SHARE else records

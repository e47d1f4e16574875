"""A column headed as a yes/no question of completion ('Achieved?', 'Completed (Y/N)') rates a 'Yes' as done.

Small plans (parish councils, boards' action points) print no rating and no status vocabulary: they
ask whether each action is done and answer 'Yes' or 'No'. A 'Yes' there says what 'Completed' says
in a status column (blue). A 'No' says only that the action is open, which rates nothing; so does
anything else written under the question ('Yearly', 'Assets risk assessed in September').
"""

from __future__ import annotations

import re

_QUESTION = re.compile(
    r"^\s*(?:(?:is\s+(?:it|the\s+action)\s+|action\s+|has\s+it\s+been\s+)?)?"
    r"(?:achieved|completed?|done|met|implemented|closed|actioned|delivered)"
    r"\s*(?:\?|\(?\s*y\s*/\s*n\s*\)?|\(?\s*yes\s*/\s*no\s*\)?)\s*$",
    re.IGNORECASE,
)
_YES = re.compile(r"^\s*(?:yes|y)(?![a-z])", re.IGNORECASE)


def is_done_question(header: str | None) -> bool:
    """Whether a column header asks if the action is done."""
    return bool(header) and bool(_QUESTION.match(" ".join(str(header).split())))


def answered_yes(text: str | None) -> str | None:
    """The 'Yes' opening a cell, as printed, or None."""
    if not isinstance(text, str):
        return None
    m = _YES.match(text)
    return m.group().strip() if m else None

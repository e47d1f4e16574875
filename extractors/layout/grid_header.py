"""The header row of a grid whose header the lexicon alone did not recognise: a bold first row of short labels.

A ruled grid found without a header band (ruled_regions) may still print a header row its
lexicon does not fully name ('Timeline (Following issuance)', 'Submitted to'). Its first row is
that header when it is set in bold over a body that is not, each of its cells is a short label,
and at least two of them name a column role (one part of a label of slash-joined alternatives
will do).
"""

from __future__ import annotations

from extractors.core import Cell
from extractors.geometry import Word
from extractors.header_lexicon import role_of

MAX_LABEL_WORDS = 8
MIN_NAMED = 2  # cells the lexicon names with confidence
NAMED_SCORE = 0.75


def header_row(rows: list[list[Cell]], words: list[Word]) -> list[str | None] | None:
    """The first row's texts as headers when that row is a header row, else None."""
    if len(rows) < 2:
        return None
    first = rows[0]
    top, bottom = min(c.top for c in first), max(c.bottom for c in first)
    head = [w for w in words if top <= w.yc < bottom]
    body = [w for w in words if w.yc >= bottom]
    if not head or not all(w.bold for w in head) or not body or all(w.bold for w in body):
        return None
    texts = [c.text.strip() for c in first]
    filled = [t for t in texts if t]
    if len(filled) < max(2, len(texts) // 2) or any(len(t.split()) > MAX_LABEL_WORDS for t in filled):
        return None
    named = sum(1 for t in filled if _names_a_role(t))
    if named < MIN_NAMED:
        return None
    return [t or None for t in texts]


def _names_a_role(label: str) -> bool:
    """Does the lexicon name this label's role with confidence? A label of alternatives joined by
    slashes ('Action/Target', 'Lead Officer/EM') names it when one of its parts does."""
    for part in [label, *label.split("/")]:
        role, score = role_of(part.strip())
        if role != "other" and score >= NAMED_SCORE:
            return True
    return False

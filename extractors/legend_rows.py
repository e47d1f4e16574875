"""A colour key printed in line with a table ('Key: [swatch] On track [swatch] Some slippage') is not an action row.

A plan that rates by fill often prints its key under the table with no gap a reader would call a
new block, with swatches drawn where the table's cells are, so its words land in the table's
columns and read as one more row: the label 'Key:' as the ref, two status phrases as the action.
What marks such a row is its content: a key label opening it ('Key', 'Legend', 'RAG key',
'Colour key', each followed by punctuation or nothing), then nothing but the phrases a key explains,
('On track', 'Some slippage', 'Green = complete', 'Not started'), two of them at least.
"""

from __future__ import annotations

import re

from extractors.status_phrases import DEFAULTS

_LABEL = re.compile(
    r"^\s*(?:(?:rag|brag|colour|color|status|rating|ratings)\s+)?(?:key|legend)(?:\s+to\s+\w+)?\s*(?:[:\-–—=]|$)",
    re.IGNORECASE,
)
_GAP = re.compile(r"^(?:[\s:;,.=|/()\[\]•·*\-–—]+|(?:and|or)\b)+", re.IGNORECASE)
_LETTERS = ("r", "a", "g", "b")  # a key of letters: R, A, G, B
# The key's phrases, longest first, each a whole word or words ('on track', not 'on trackside').
_PHRASES = [
    re.compile(r"\s+".join(map(re.escape, phrase.split())) + r"(?![a-z])", re.IGNORECASE)
    for phrase in sorted([*DEFAULTS, *_LETTERS], key=len, reverse=True)
]
MIN_PHRASES = 2


def is_legend_row(cells: list[str | None]) -> bool:
    """Whether the row's cells, in column order, print a colour key rather than an action."""
    texts = [" ".join(t.split()) for t in cells if t and t.strip()]
    if not texts or not _LABEL.match(texts[0]):
        return False
    rest = " ".join([_LABEL.sub("", texts[0], count=1), *texts[1:]])
    phrases: set[str] = set()
    while True:
        rest = _GAP.sub("", rest)
        if not rest:
            break
        found = next((m for pattern in _PHRASES if (m := pattern.match(rest))), None)
        if found is None:
            return False  # words a key does not print: a row that merely opens with 'Key'
        phrases.add(" ".join(found.group().lower().split()))
        rest = rest[found.end() :]
    return len(phrases) >= MIN_PHRASES

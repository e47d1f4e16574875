"""The rating vocabulary: the letters, colour words and status phrases a rating cell prints, read to one closed value."""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.text import fold_punctuation

_SEVERITY = {"red": 4, "amber": 3, "green": 2, "blue": 1}  # for 'R/A': the worse wins

# ----------------------------------------------------------------------------------------------
# Text

WORDS = {
    "r": "red",
    "red": "red",
    "a": "amber",
    "amber": "amber",
    "orange": "amber",
    "y": "amber",
    "yellow": "amber",
    "g": "green",
    "green": "green",
    "b": "blue",
    "blue": "blue",
    "grey": "grey",
    "gray": "grey",
}
# Words that name a rating's meaning rather than its colour; only read in a rating column or key.
_PHRASES = [
    (r"not (?:yet )?started|not yet due|not due", "grey"),
    (r"off[ -]?track|overdue|not achieved|significant (?:slippage|delay)", "red"),
    (
        r"(?:some |minor |slight )?slippage|at risk|delayed|some (?:issues|delay)|minor (?:issues|delay)",
        "amber",
    ),
    (r"on[ -]?track|on target|on schedule", "green"),
    (r"complete|completed|done|achieved|delivered|actioned|implemented|finished|closed", "blue"),
]
_PHRASE_RES = [(re.compile(rf"^(?:{p})$"), v) for p, v in _PHRASES]
_PHRASE_PREFIX_RES = [(re.compile(rf"^(?:{p})\b"), v) for p, v in _PHRASES]
_SPLIT = re.compile(r"\s*(?:/|\\|&|\+|\bor\b|-|–|—)\s*")
_ARROW = re.compile(r"\s*(?:→|->|⇒|=>)\s*")  # 'A -> G': direction of travel, the last is current
_COMBINED_LETTERS = re.compile(r"^(?:ra|ag|rag|ar|ga|ba|bg|gb)$")


def _worse(values: Iterable[str]) -> str | None:
    vals = [v for v in values if v in _SEVERITY]
    return max(vals, key=_SEVERITY.__getitem__) if vals else None


def rating_of_token(token: str) -> str | None:
    """A single word, letter or phrase, or None."""
    if token in WORDS:
        return WORDS[token]
    for rx, value in _PHRASE_RES:
        if rx.match(token):
            return value
    return None


def rag_from_text(text: str | None) -> str | None:
    """The rating a rating cell's text names, or None when it names none ('?', 'n/a', prose).

    Reads letters, colour words and status phrases in any case ('G', 'Amber', 'On track',
    'Completed'); a cell whose pieces all agree ('G G' across a page break) gives that rating;
    a split ('R/A', 'Amber / Green') gives the worse. Pure; never raises.
    """
    if not isinstance(text, str):
        return None
    t = fold_punctuation(text)
    if not t or len(t) > 80:  # a paragraph in a rating column is commentary, not a rating
        return None
    whole = rating_of_token(t)
    if whole:
        return whole
    if _ARROW.search(t):
        return rag_from_text(_ARROW.split(t)[-1])
    # 'Green - on track', 'G (on track)', 'Blue: done': a colour word, then a separator or a phrase
    # that agrees ('A review is planned' is prose, not amber)
    m = re.match(r"^(\w+)\s*([-–—=:]?)\s*(.+)$", t)
    if m and m.group(1) in WORDS:
        first_val = WORDS[m.group(1)]
        rest = m.group(3).strip(" -–—=:")
        rest_val = rating_of_token(rest) or prefix_phrase(rest)
        if (rest_val == first_val or (m.group(2) and rest_val is None)) and not _mentions_other_colour(
            rest, first_val
        ):
            return first_val
    parts = [p for p in _SPLIT.split(t) if p]
    if len(parts) > 1:
        vals = [rating_of_token(p) or rating_of_token(p.replace(" ", "")) for p in parts]
        if len(parts) >= 3 and {"red", "amber", "green"} <= set(vals):
            return None  # 'R/A/G', 'B/R/A/G': the column's name or a legend, not a rating
        if all(vals):
            if len(set(vals)) == 1:
                return vals[0]
            return _worse(v for v in vals if v)
        return None
    tokens = t.split(" ")
    if len(tokens) > 1 and all(tok in WORDS for tok in tokens):
        vals = [WORDS[tok] for tok in tokens]
        return vals[0] if len(set(vals)) == 1 else _worse(vals)
    if _COMBINED_LETTERS.match(t) and t != "rag":  # 'RA', 'AG' printed without a slash
        return _worse(WORDS[c] for c in t)
    joined = t.replace(" ", "")
    if joined != t and len(joined) <= 12:  # a word a narrow column broke: 'Com plete d', 'Amb er'
        return rating_of_token(joined)
    return None


def prefix_phrase(text: str) -> str | None:
    for rx, value in _PHRASE_PREFIX_RES:
        if rx.match(text):
            return value
    return None


def _mentions_other_colour(text: str, value: str) -> bool:
    return any(WORDS[w] != value for w in text.split(" ") if len(w) > 1 and w in WORDS)

"""A lead cell printed in capitals ('CHIEF EXECUTIVE (S. HALL)') read in the case the lexicon knows, its leads given back as printed.

The parser tells names from remit words and acronyms partly by case: in a cell printed all in
capitals every word looks like an acronym. Such a cell is parsed in title case (initials and
known acronyms kept in capitals, function words in lower case) and each lead's values are then cut
from the printed text at the same place, so the output keeps the printed capitals.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors import leads_lexicon as lx

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ACRONYMS = lx.ROLE_ACRONYMS | lx.BODY_ACRONYMS | lx.POST_NOMINALS | lx.PORTFOLIO_ACRONYMS

Row = tuple[str | None, ...]


_KNOWN_WORDS = lx.ROLE_HEADS | lx.BODY_WORDS | lx.LEAD_BODY_WORDS | lx.MODIFIERS | lx.HONORIFICS


def shouted(text: str) -> bool:
    """Whether the cell is printed in capitals: no lower-case letter, two words or more, one of
    them a word of the lexicon four letters or more long ('HEAD OF HOUSING'; 'GSA, DHS, USDS' and a
    lone 'SENDIASS' are acronyms)."""
    words = _WORD_RE.findall(text)
    return (
        not any(c.islower() for c in text)
        and len(words) >= 2
        and any(len(w) >= 4 and w.lower() in _KNOWN_WORDS for w in words)
    )


def _recase(word: str) -> str:
    # two letters are initials; three are an acronym unless they hold a vowel ('ANN', 'SAM')
    if len(word) <= 2 or word in _ACRONYMS or (len(word) == 3 and not re.search("[AEIOU]", word)):
        return word
    if word.lower() in lx.FUNCTION_WORDS:
        return word.lower()
    return word[:1] + word[1:].lower()


def parse_shouted(text: str, parse: Callable[[str], tuple[Row, ...]]) -> tuple[Row, ...] | None:
    """The leads of a capitals cell as printed, or None when a value cannot be found in the text."""
    cased = _WORD_RE.sub(lambda m: _recase(m.group()), text)
    rows = parse(cased)
    out = []
    for row in rows:
        values = []
        for value in row:
            if value is None:
                values.append(None)
                continue
            at = cased.find(value)
            if at < 0:
                return None
            values.append(text[at : at + len(value)])
        out.append(tuple(values))
    return tuple(out)

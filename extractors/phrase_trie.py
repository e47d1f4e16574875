"""One regex for many header phrases, their shared prefixes factored out, that finds what their plain alternation finds.

Python's `re` tries every alternative of `(?:lead officer|lead|owner|...)` at every position of a
line, and under re.IGNORECASE it cannot even skip one on its first letter: the 197 phrases of the
column families made locating the slowest part of triage. Written as a trie ('lead(?:\\s+officer)?'),
at most one branch can continue at any character, so a position costs a few steps.

The match is the same as the alternation sorted longest first: of the phrases that match at a
position (each a prefix of the next, since they read the same characters), the alternation takes
the longest that lets the rest of the pattern match, and so does the trie, whose optional tails
are greedy and give back one level at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A phrase starts and ends on a word boundary; a plural 's'/'es' may follow the phrase.
BEFORE = r"(?<![\w/])"
AFTER = r"(?:s|es)?(?![\w/])"
_END = ""  # the key of a node's "a phrase ends here" mark: no unit is the empty string


def _unit(ch: str) -> str:
    # Words of a phrase are separated by any run of whitespace in the text.
    return r"\s+" if ch == " " else re.escape(ch)


def _trie(phrases: Iterable[str]) -> dict:
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(_unit(ch), {})
        node[_END] = {}
    return root


def _regex(node: dict) -> str:
    # Children differ in their first unit and no two units match the same character (a whitespace
    # run against distinct lower-case characters), so the order of the branches cannot change a match.
    branches = [unit + _regex(child) for unit, child in sorted(node.items()) if unit != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regex finding any of `phrases` (spaces matching any whitespace) as whole words, plural or not."""
    phrases = set(phrases)
    # Lower-case ASCII words split by single spaces keep the branches of a node apart (with or
    # without re.IGNORECASE no two units match one character): the trie's equality rests on it.
    if not phrases or not all(p and p.isascii() and p == p.lower() == " ".join(p.split()) for p in phrases):
        raise ValueError("phrase_pattern needs non-empty lower-case ASCII phrases")
    return BEFORE + "(?:" + _regex(_trie(phrases)) + ")" + AFTER


def alternation_pattern(phrases: Iterable[str]) -> str:
    """The same phrases as a plain alternation, longest first: the reference the trie must equal."""
    alternatives = sorted({re.escape(p).replace(r"\ ", r"\s+") for p in phrases}, key=len, reverse=True)
    return BEFORE + "(?:" + "|".join(alternatives) + ")" + AFTER

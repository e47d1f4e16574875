"""Page furniture: the lines a page prints outside its content (a page number), which never end or start a table.

A long table printed by Word or InDesign runs to the foot of every page with only a page number
below it; that number is not body text after the table, so the table stays open for the next page.
"""

from __future__ import annotations

import re

from extractors.geometry import Word, group_lines

# '51', '- 51 -', 'Page 51', 'Page 3 of 7', '3 / 7', 'p. 12'
PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:page|p\.?|pg\.?)?\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?[-–—\s]*$", re.I)


def is_page_number(line: list[Word]) -> bool:
    """Is this visual line only a page number (with 'Page' and 'of N' at most)?"""
    return bool(line) and bool(PAGE_NUMBER.match(" ".join(w.text for w in line)))


def content_words(words: list[Word]) -> list[Word]:
    """The words of lines that are not page furniture."""
    return [w for line in group_lines(words) if not is_page_number(line) for w in line]


def without_trailing_number(words: list[Word]) -> list[Word]:
    """The words minus a page number printed well below the last line of text above it.

    An unruled table ends at its last text; a page number under it, a gap apart, is not a row.
    """
    lines = group_lines(words)
    while lines and is_page_number(lines[-1]):
        height = max(w.bottom - w.top for w in lines[-1])
        if len(lines) > 1 and min(w.top for w in lines[-1]) - max(w.bottom for w in lines[-2]) < 1.5 * height:
            break
        lines.pop()
    return [w for line in lines for w in line]

"""Page furniture: the lines a page prints outside its content (a page number), which never end or start a table.

A long table printed by Word or InDesign runs to the foot of every page with only a page number
below it; that number is not body text after the table, so the table stays open for the next page.
"""

from __future__ import annotations

import re

from extractors.geometry import Segment, Word, group_lines

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


NUMBER_MARK = re.compile(r"^(?:\d{1,3}|[*†‡§]+)\.?$")
FOOTNOTE_TYPE = 0.92  # footnotes print in smaller type than the text they annotate
SEPARATOR_SHARE = 0.5  # a footnote separator is a short rule, at most this share of the text's width


def without_footnotes(
    words: list[Word], text_height: float, hrules: list[Segment], width: float
) -> list[Word]:
    """The words minus the footnotes at the foot of the page: notes under a table are no text after it.

    Footnotes are the last lines of the page (a page number aside), all in smaller type than `text_height` (the table's
    own type), that open with a note mark ('6', a superscript '12', '*') or sit under a short
    separator rule. A table that runs on to the next page keeps going past them.
    """
    lines = group_lines(words)
    start = len(lines)
    while start > 0 and (
        is_page_number(lines[start - 1])
        or max(w.bottom - w.top for w in lines[start - 1]) <= FOOTNOTE_TYPE * text_height
    ):
        start -= 1  # (a page number under the notes is furniture too)
    for k in range(start, len(lines)):
        line = lines[k]
        top = min(w.top for w in line)
        above = max(w.bottom for w in lines[k - 1]) if k > 0 else top - 3 * text_height
        separated = any(
            above - 1 <= s.pos <= top and s.length <= SEPARATOR_SHARE * width and abs(s.lo - line[0].x0) <= 8
            for s in hrules
        )
        if NUMBER_MARK.match(line[0].text) or separated:
            return [w for ln in lines[:k] for w in ln]
    return words


HEAD_ZONE = 0.15  # share of the page height from the top where a running header prints
CENTRED = 0.03  # share of the page width by which a running header's middle may miss the page's
MAX_HEAD_WORDS = 3


def without_running_head(words: list[Word], width: float, height: float) -> list[Word]:
    """The words minus a running header: the page's first line when it is a short phrase centred
    on the page, in the top of the page and a gap apart from the text below it.

    A spreadsheet prints its sheet's name ('Sheet1') centred over every page; on a page that
    carries a table on, that line is no title and no row.
    """
    lines = group_lines(words)
    if len(lines) < 2:
        return words
    first, nxt = lines[0], lines[1]
    size = max(w.bottom - w.top for w in first)
    middle = (first[0].x0 + first[-1].x1) / 2
    if (
        len(first) <= MAX_HEAD_WORDS
        and max(w.bottom for w in first) < HEAD_ZONE * height
        and abs(middle - width / 2) <= CENTRED * width
        and min(w.top for w in nxt) - max(w.bottom for w in first) >= 0.5 * size
    ):
        return [w for line in lines[1:] for w in line]
    return words

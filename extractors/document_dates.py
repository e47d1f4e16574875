"""Read a document's meeting details and its own date from the cover page and running footers.

The date matters because year-less deadlines ('March') are read relative to it; it must come from
the document, never from the clock. A meeting date printed on an agenda cover ('Date: Tuesday
3 March 2020') wins; else a dated update line of the plan ('Progress update - May 2021',
'(June 2021 update)').
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from extractors.dates.grammar import find_hits
from extractors.record_titles import is_marking, log_title, log_title_date

# Lines that introduce the meeting date on an agenda cover or a report front sheet.
MEETING_DATE_LINE = re.compile(
    r"^\s*(?:date(?:\s+of\s+(?:the\s+)?meeting)?|meeting\s+date)\s*[:\-]?\s*(.+)$", re.I
)
# Words that mark a dated version line of a plan or report.
VERSION_WORDS = re.compile(r"\b(update|updated|progress|report|position|as\s+at|version|dated)\b", re.I)
# Dates that look ahead rather than date the document: the next meeting, the next review, a due date.
FORWARD_WORDS = re.compile(
    r"\b(next|future|due|deadline|until|by\s+when|review\s+date|forward\s+plan)\b", re.I
)
# A council's name: up to three capitalised words before '(County|City|Borough|District) Council',
# starting a line or after 'the'/'of'/',' so that a contact's name in front of it is not taken.
COUNCIL = re.compile(
    r"(?:^|\bthe\s|\bof\s|,\s)((?:[A-Z][a-z]+[ -]){1,3}(?:(?:County|City|Borough|District|Metropolitan Borough) )?Council)\b",
    re.M,
)
COMMITTEE_WORDS = re.compile(r"\b(Committee|Board|Cabinet|Panel|Forum|Council|Sub-Committee)\b")

COVER_PAGES = 2  # pages read for the cover
FOOTER_PAGES = 4  # pages sampled for a running footer or header


# What makes a date explicit enough to date a document: a four-digit year, or a day written all in
# figures ('3/2/16'); a month written as a word; the day before the month. The deadline grammar
# also reads a month as a figure ('1. 1967' is January 1967 to it), a two-digit year after a day
# ('31 December 49') and US order ('March 5, 2021').
_FULL_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMERIC_DAY = re.compile(r"\d{1,2}\s?([/.-])\s?\d{1,2}\s?\1\s?\d\d")
_WORD = re.compile(r"[a-z]", re.I)


def _explicit_dates(text: str) -> list[tuple[int, dt.date, str]]:
    """(offset, date, precision) of the explicit dates in `text`, read by the deadline grammar."""
    found: list[tuple[int, dt.date, str]] = []
    for hit in find_hits(text, text.lower()):
        printed = text[hit.pos : hit.stop]
        if hit.year is None or not _FULL_YEAR.search(printed):
            if not (hit.precision == "day" and _NUMERIC_DAY.fullmatch(printed.strip())):
                continue
        if hit.precision == "month" and not _WORD.search(printed):
            continue
        if hit.precision == "day" and printed[0].isalpha():
            continue  # 'Dec. 31, 2026': US order, in UK documents a table's deadline, not its date
        if hit.precision not in ("day", "month"):
            continue
        start, end = hit.bounds(hit.year)
        # A day is itself ('5-9 March 2021' its last); a month stands for its end, as a deadline does.
        found.append(
            (hit.pos, end if hit.precision == "month" or hit.internal_range else start, hit.precision)
        )
    return found


def all_dates(text: str) -> list[tuple[int, dt.date]]:
    """Explicit dates in `text` with their offsets, read by the deadline grammar (extractors/dates):
    a day, or a month as its last day, whose year is printed in full. Its other periods (a quarter,
    a financial year, a season, a bare year) do not date a document."""
    return [(pos, d) for pos, d, _ in _explicit_dates(text)]


def first_date(text: str) -> dt.date | None:
    found = all_dates(text)
    return found[0][1] if found else None


def _page_lines(page) -> list[str]:
    try:
        text = page.extract_text() or ""
    except Exception:  # a damaged page must not stop metadata reading
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def find_meeting_metadata(pdf) -> dict[str, Any]:
    """Title, council, committee and meeting date from the first pages, each None when not printed."""
    meta: dict[str, Any] = {"title": None, "council": None, "committee": None, "meeting_date": None}
    lines: list[str] = []
    for page in pdf.pages[:COVER_PAGES]:
        lines.extend(_page_lines(page))
    head = lines[:12]
    logged = log_title(head)  # a dated action log's title, even under the body's name
    meta["title"] = (
        logged[0]
        if logged
        else next(
            (ln for ln in head if len(ln) > 8 and not MEETING_DATE_LINE.match(ln) and not is_marking(ln)),
            None,
        )
    )
    for ln in lines[:40]:
        m = MEETING_DATE_LINE.match(ln) if not FORWARD_WORDS.search(ln) else None
        if m and meta["meeting_date"] is None:
            meta["meeting_date"] = first_date(m.group(1))
    for ln in head:
        if meta["committee"] is None and COMMITTEE_WORDS.search(ln) and len(ln) < 90:
            meta["committee"] = ln
    text = "\n".join(lines[:80])
    meta["council"] = most_common_council([m.group(1).strip() for m in COUNCIL.finditer(text)])
    return meta


def most_common_council(names: list[str]) -> str | None:
    """The council named most often, counting every shorter tail of a longer match.

    A contact's name can run into the council's ('Jo Bloggs Anyshire Council'): the tail
    'Anyshire Council' is then counted with every plain mention, and wins.
    """
    tails: Counter[str] = Counter()
    for name in names:
        words = name.split()
        for k in range(len(words) - 1):
            tails[" ".join(words[k:])] += 1
    if not tails:
        return None
    # Most mentions first; among equals the fullest name ('Anyshire County Council' over 'County Council').
    return max(tails.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def find_document_date(pdf, meta: dict[str, Any]) -> dict[str, Any]:
    """The document's date and where it came from: meeting date, a dated version line, or None."""
    if meta.get("meeting_date"):
        return {"doc_date": meta["meeting_date"], "doc_date_source": "meeting_date"}
    candidates: list[str] = []
    for page in pdf.pages[:COVER_PAGES]:
        candidates.extend(_page_lines(page)[:8])
    logged = log_title_date(candidates)
    if logged is not None:  # an action log's title names the meeting it records
        return {"doc_date": logged, "doc_date_source": "log_title"}
    # Running footers/headers: lines repeated on several sampled pages (page numbers masked).
    repeated: Counter[str] = Counter()
    for page in pdf.pages[:FOOTER_PAGES]:
        lines = _page_lines(page)
        for ln in set(lines[:3] + lines[-3:]):
            repeated[re.sub(r"\d+$", "", ln)] += 1
    candidates.extend(ln for ln, n in repeated.items() if n >= 2)
    # The latest date on a version line: a plan's title names its inspection date, the update its own.
    dated = [
        d
        for ln in candidates
        if VERSION_WORDS.search(ln) and not FORWARD_WORDS.search(ln)
        for _, d in all_dates(ln)
    ]
    if dated:
        return {"doc_date": max(dated), "doc_date_source": "version_line"}
    return {"doc_date": None, "doc_date_source": None}

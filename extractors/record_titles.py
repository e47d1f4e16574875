"""The title a plan or action log prints for itself: found past protective markings, read for its date, keyed without it.

Successive versions of one log often share little but their name: most actions of a meeting's log
are closed by the next, yet both are headed '<body> Action Log - <meeting date>'. The title with
its dates and version words removed (`title_key`) names the series; the date in an action log's
title (`log_title_date`) is the meeting it records, which orders the versions.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from extractors.text import comparable_text

log = logging.getLogger(__name__)

# UK government security classifications and the older protective markings, printed alone on a
# line at the top (and foot) of every page: a banner, never the document's title.
_MARKING = re.compile(
    r"^\s*(?:(?:un)?classified|official(?:[\s-]+sensitive)?|not\s+protectively\s+marked|protect"
    r"|restricted|confidential|(?:top\s+)?secret|(?:not\s+)?for\s+publication|public)\s*[.:]?\s*$",
    re.I,
)
# What a title calls a record of actions: an action log, tracker, register or list, or the actions
# arising from a meeting. Its date is the meeting's.
_LOG_TITLE = re.compile(
    r"\b(?:action|actions)\s+(?:log|tracker|register|list|sheet|schedule)s?\b"
    r"|\b(?:log|tracker|register|list|schedule)\s+of\s+actions\b|\bactions?\s+arising\b",
    re.I,
)
# Words that name a series of reports of one plan or log; a title without one names something else
# (an agenda, a committee, a report).
_SERIES_WORDS = frozenset(
    {
        "plan",
        "plans",
        "log",
        "tracker",
        "programme",
        "program",
        "strategy",
        "actions",
        "commitments",
        "pledges",
    }
)
_TITLE_WORDS = 16  # a longer line that says 'plan' is a sentence, not a name
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
# What changes from one version's title to the next: dates, days, years and version wording.
_MONTH_WORDS = "|".join(_MONTHS)
_VARYING = re.compile(
    r"\b(?:\d{1,4}(?:st|nd|rd|th)?|" + _MONTH_WORDS + r"|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|v\d+|version|draft|final|update|updated|position|as at|at|of|dated|revised|issue)\b"
)


def is_marking(line: str) -> bool:
    """True for a protective-marking banner such as 'UNCLASSIFIED' or 'OFFICIAL - SENSITIVE'."""
    return bool(_MARKING.match(line))


def names_a_log(line: str) -> bool:
    """True when the line calls itself an action log (tracker, register, actions arising ...)."""
    return bool(_LOG_TITLE.search(line))


def log_title(lines: list[str]) -> tuple[str, dt.date] | None:
    """The first line that calls itself an action log and prints a date ('Action Log - 14 May
    2013', 'Actions arising: March 2024'), with that date; None when there is none.

    A log records one meeting, so its title's date is the meeting's: a day-month-year, or a
    month-year read as the month's last day. A plan's title is not read this way: its date is as
    likely the inspection it answers or the period it covers."""
    from extractors.document_dates import FORWARD_WORDS, all_dates

    for line in lines:
        if len(line.split()) > _TITLE_WORDS or not names_a_log(line) or FORWARD_WORDS.search(line):
            continue
        found = all_dates(line)
        if found:
            return line, found[0][1]
    return None


def log_title_date(lines: list[str]) -> dt.date | None:
    """The date of the first dated action-log title among `lines` (see `log_title`), else None."""
    found = log_title(lines)
    return found[1] if found else None


def title_key(title: object) -> str:
    """A plan's or log's title without what changes between its versions (dates, 'update', 'v2');
    '' when the title does not name a plan or log."""
    text = comparable_text(title)
    words = text.split()
    if not words or len(words) > _TITLE_WORDS or not (_SERIES_WORDS & set(words)):
        return ""
    return " ".join(_VARYING.sub(" ", text).split())

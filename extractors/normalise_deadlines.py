"""Normalise free-text deadlines ('End May 2015', 'Q3 2015/16', 'tba') to UK council conventions. Reads: actions. Writes: actions."""

from __future__ import annotations

import collections
import datetime
import functools
import logging
import re

from extractors.core import DocContext, StageConfig
from extractors.dates.deadline import NONE, Deadline
from extractors.dates.fallback import date_data_parser, parse_with_dateparser
from extractors.dates.resolution import classify
from extractors.text import repair_date_text
from schemas.actions import DEADLINE_KINDS, PRECISIONS

log = logging.getLogger(__name__)
NAME, VERSION = "normalise_deadlines", "2"  # 2: half years (H1 2025), wrapped and typographic years


# --------------------------------------------------------------------------------------------
# Public API


@functools.lru_cache(maxsize=1 << 16)
def _parse_cached(raw: str, doc_date: datetime.date | None) -> Deadline:
    text, low = repair_date_text(raw)
    if not text or not re.search(r"[0-9A-Za-z]", text):
        return NONE
    return classify(text, low, doc_date)


def parse_deadline(raw: str | None, doc_date: datetime.date | None = None) -> Deadline:
    """Normalise one deadline cell. `doc_date` places months and seasons printed without a year."""
    if raw is None:
        return NONE
    if isinstance(doc_date, datetime.datetime):
        doc_date = doc_date.date()
    return _parse_cached(str(raw), doc_date)


def clear_caches() -> None:
    """Forget cached parses (tests use it to prove that the clock plays no part)."""
    _parse_cached.cache_clear()
    parse_with_dateparser.cache_clear()
    date_data_parser.cache_clear()


def run(ctx: DocContext, cfg: StageConfig) -> None:
    """For each dict in ctx.actions: from action['deadline_raw'] set 'deadline_kind', 'deadline_start',
    'deadline_date' (= end), 'deadline_precision'; from action.get('start_raw') set 'start_date'
    (the start of that period, or None). ctx.doc_date (a datetime.date or None) is the document's date."""
    doc_date = ctx.doc_date
    kinds: collections.Counter[str] = collections.Counter()
    for action in ctx.actions:
        deadline = parse_deadline(action.get("deadline_raw"), doc_date)
        action["deadline_kind"] = deadline.kind
        action["deadline_start"] = deadline.start
        action["deadline_date"] = deadline.end
        action["deadline_precision"] = deadline.precision
        start_raw = action.get("start_raw")
        action["start_date"] = parse_deadline(start_raw, doc_date).start if start_raw else None
        kinds[deadline.kind] += 1
    log.info(
        "%s: %d deadlines (%s)",
        NAME,
        sum(kinds.values()),
        ", ".join(f"{k} {n}" for k, n in kinds.most_common()),
    )


__all__ = [
    "DEADLINE_KINDS",
    "Deadline",
    "NAME",
    "PRECISIONS",
    "VERSION",
    "clear_caches",
    "parse_deadline",
    "run",
]

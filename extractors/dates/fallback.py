"""dateparser, pinned and with a fixed base, for the absolute dates the grammar does not know."""

from __future__ import annotations

import datetime
import functools
import logging
from typing import Any

from extractors.dates.deadline import Deadline
from extractors.dates.periods import calendar_year, months

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------------------------
# dateparser, for the absolute dates our patterns do not know. Pinned settings and a fixed base:
# with REQUIRE_PARTS month and year nothing is taken from the base, and never from today.

_DATEPARSER_SETTINGS: dict[str, Any] = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "last",
    "PREFER_DATES_FROM": "current_period",
    "REQUIRE_PARTS": ["month", "year"],
    "RELATIVE_BASE": datetime.datetime(2000, 1, 1),
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": False,
}


@functools.cache
def date_data_parser() -> Any:
    from dateparser.date import DateDataParser  # imported late: it takes a while to load

    return DateDataParser(languages=["en"], settings=_DATEPARSER_SETTINGS)


@functools.lru_cache(maxsize=8192)
def parse_with_dateparser(text: str) -> Deadline | None:
    try:
        data = date_data_parser().get_date_data(text)
    except Exception:  # a third-party parser on arbitrary text: a failure means 'no date here'
        log.debug("dateparser failed on %r", text, exc_info=True)
        return None
    when, period = data.date_obj, data.period
    if when is None or str(when.year) not in text and f"{when.year % 100:02d}" not in text:
        return None  # the year must be printed, not supplied by the parser
    if period == "day":
        return Deadline("date", when.date(), when.date(), "day")
    if period == "month":
        start, end = months(when.year, when.month)
        return Deadline("date", start, end, "month")
    if period == "year":
        start, end = calendar_year(when.year)
        return Deadline("date", start, end, "year")
    return None

"""Calendar periods UK councils plan in (months, quarters, financial and academic years, seasons, terms) and their names."""

from __future__ import annotations

import calendar
import datetime

Span = tuple[datetime.date, datetime.date]

# --------------------------------------------------------------------------------------------
# Periods


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    i = year * 12 + (month - 1) + n
    return i // 12, i % 12 + 1


def months(year: int, month: int, n: int = 1) -> Span:
    """`n` whole months starting with `month` of `year` (month may exceed 12: it rolls over)."""
    y, m = add_months(year, month, 0)
    y2, m2 = add_months(y, m, n - 1)
    return datetime.date(y, m, 1), datetime.date(y2, m2, calendar.monthrange(y2, m2)[1])


def day_span(year: int, month: int, day: int) -> Span:
    d = datetime.date(year, month, day)
    return d, d


def financial_year(year: int) -> Span:
    return datetime.date(year, 4, 1), datetime.date(year + 1, 3, 31)


def academic_year(year: int) -> Span:
    return datetime.date(year, 9, 1), datetime.date(year + 1, 8, 31)


def calendar_year(year: int) -> Span:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}
TERMS = {"autumn": (9, 4), "fall": (9, 4), "spring": (1, 3), "summer": (4, 4)}  # (first month, months)
QUARTER_WORDS = {"1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3, "4th": 4, "fourth": 4}
QUARTER_WORDS |= {"final": 4, "last": 4}


def month_number(name: str) -> int | None:
    """1-12 for a month's name or abbreviation ('September', 'Sept', 'sep.'), else None."""
    word = name.lower().rstrip(".")
    number = MONTHS.get(word[:3])
    full = calendar.month_name[number].lower() if number else ""
    return number if number and (full.startswith(word) or word == "sept") else None


def last_day(year: int, month: int) -> datetime.date:
    """The last day of a month: a date printed as a month stands for the month's end."""
    return months(year, month)[1]

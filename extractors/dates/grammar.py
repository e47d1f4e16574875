"""The date grammar: the date expressions councils print, each found by a pattern and turned into a period by its handler."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.easter import easter

from extractors.dates.periods import (
    MONTHS,
    QUARTER_WORDS,
    SEASONS,
    TERMS,
    Span,
    academic_year,
    calendar_year,
    day_span,
    financial_year,
    months,
)


@dataclass(frozen=True)
class Hit:
    """One date expression found in the text: where it is and how to make its period."""

    pos: int
    stop: int
    year: int | None  # the year as printed (a financial year's first year); None when not printed
    bounds: Callable[[int], Span]  # the period for a given year
    precision: str
    internal_range: bool = False  # a school term, a week, '5-9 March': one expression, kind range


# --------------------------------------------------------------------------------------------
# Date expressions. Each pattern has a handler that returns a Hit or None (not a date after all).

F = re.ASCII
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:r?uary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_Y4 = r"(?:19|20)\d\d"
_YEAR = rf"(?:{_Y4}|'?\d\d)(?!\d)"  # a 4-digit year, or a 2-digit one meaning 20YY
_FY_TAIL = rf"(?P<y>{_Y4}|\d\d)\s*[/-]\s*(?P<y2>(?:19|20)?\d\d)(?![\d/])"
_FY_WORDS = r"(?:(?:the\s+)?(?:fy|financial\s+year|fin\.?\s*year|f/y)\s*)"
# A half year: 'H1', 'first half (of)'. Only with a year printed: a bare 'H2' is as often a ref.
_HALF = r"(?:h\s?(?P<h>[12])|(?P<hw>1st|2nd|first|second)\s+half(?:\s+of)?(?:\s+the)?)"
_QUARTER = r"(?:q\s?(?P<q>[1-4])|quarter\s*(?P<q2>[1-4])|(?P<qw>1st|2nd|3rd|4th|first|second|third|fourth|final|last)\s+quarter)"


def _year(text: str) -> int:
    text = text.lstrip("'")
    return 2000 + int(text) if len(text) == 2 else int(text)


def _month_no(text: str) -> int:
    return MONTHS[text[:3]]


def _fy_years(m: re.Match[str]) -> int | None:
    """The first year of 'YYYY/YY', 'YY/YY', 'YYYY-YYYY' if the two years are consecutive."""
    y, y2 = m.group("y"), m.group("y2")
    first = _year(y)
    second = _year(y2) if len(y2) == 4 else (first // 100) * 100 + int(y2)
    if second == first + 1 or (len(y2) == 2 and int(y2) == (first + 1) % 100):
        return first
    return None


def _quarter_no(m: re.Match[str]) -> int:
    if m.group("qw"):
        return QUARTER_WORDS[m.group("qw")]
    return int(m.group("q") or m.group("q2"))


def _valid(bounds: Callable[[int], Span], year: int | None) -> bool:
    if year is None:
        return True
    try:
        bounds(year)
    except ValueError:
        return False
    return True


def _hit(
    m: re.Match[str],
    year: int | None,
    bounds: Callable[[int], Span],
    precision: str,
    internal_range: bool = False,
) -> Hit | None:
    if not _valid(bounds, year):
        return None
    return Hit(m.start(), m.end(), year, bounds, precision, internal_range)


def _h_day(m: re.Match[str], low: str, text: str) -> Hit | None:
    mon = m.groupdict().get("mon")
    month = _month_no(mon) if mon else int(m.group("m"))
    day = int(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    y = m.groupdict().get("y")
    return _hit(m, _year(y) if y else None, lambda yr: day_span(yr, month, day), "day")


def _h_day_range(m: re.Match[str], low: str, text: str) -> Hit | None:
    month, d1, d2 = _month_no(m.group("mon")), int(m.group("d1")), int(m.group("d"))
    if not (1 <= d1 < d2 <= 31):
        return None
    y = m.groupdict().get("y")

    def bounds(yr: int) -> Span:
        return datetime.date(yr, month, d1), datetime.date(yr, month, d2)

    return _hit(m, _year(y) if y else None, bounds, "day", internal_range=True)


def _h_month(m: re.Match[str], low: str, text: str) -> Hit | None:
    mon = m.groupdict().get("mon")
    month = _month_no(mon) if mon else int(m.group("m"))
    if not 1 <= month <= 12:
        return None
    y = m.groupdict().get("y")
    if y is None and mon == "may" and text[m.start()] == "m":
        return None  # the verb ('this may slip'); the month is written with a capital
    return _hit(m, _year(y) if y else None, lambda yr: months(yr, month), "month")


def _h_fy_quarter(m: re.Match[str], low: str, text: str) -> Hit | None:
    first = _fy_years(m)
    if first is None:
        return None
    q = _quarter_no(m)
    return _hit(m, first, lambda yr: months(yr, 4 + 3 * (q - 1), 3), "quarter")


def _h_calendar_quarter(m: re.Match[str], low: str, text: str) -> Hit | None:
    q = _quarter_no(m)
    return _hit(m, _year(m.group("y")), lambda yr: months(yr, 1 + 3 * (q - 1), 3), "quarter")


def _h_bare_quarter(m: re.Match[str], low: str, text: str) -> Hit | None:
    # Councils number quarters by financial year: Q1 is April to June. The year comes from context.
    q = _quarter_no(m)
    return _hit(m, None, lambda yr: months(yr, 4 + 3 * (q - 1), 3), "quarter")


def _half_no(m: re.Match[str]) -> int:
    return int(m.group("h")) if m.group("h") else (1 if m.group("hw") in ("1st", "first") else 2)


def _h_fy_half(m: re.Match[str], low: str, text: str) -> Hit | None:
    # A financial year's halves: April to September, October to March. Six months are no precision
    # of their own (as a school term), so the half reads as a range of months.
    first = _fy_years(m)
    if first is None:
        return None
    h = _half_no(m)
    return _hit(m, first, lambda yr: months(yr, 4 + 6 * (h - 1), 6), "month", internal_range=True)


def _h_calendar_half(m: re.Match[str], low: str, text: str) -> Hit | None:
    h = _half_no(m)
    return _hit(
        m, _year(m.group("y")), lambda yr: months(yr, 1 + 6 * (h - 1), 6), "month", internal_range=True
    )


_ACADEMIC_BEFORE = re.compile(r"(?:academic|school)\s+year\s*(?:of\s+)?$", F)
_ACADEMIC_AFTER = re.compile(r"\s*(?:academic|school)\s+year", F)


def _h_financial_year(m: re.Match[str], low: str, text: str) -> Hit | None:
    first = _fy_years(m)
    if first is None:
        return None
    if _ACADEMIC_BEFORE.search(low, 0, m.start()) or _ACADEMIC_AFTER.match(low, m.end()):
        return _hit(m, first, academic_year, "year")
    return _hit(m, first, financial_year, "financial_year")


def _h_season(m: re.Match[str], low: str, text: str) -> Hit | None:
    name, y, y2 = m.group("s"), m.group("y"), m.group("y2")
    if name == "fall" and y is None:
        return None  # the verb
    year = _year(y) if y else None
    if year is not None and y2:
        second = _year(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)
        if second != year + 1:
            return None
        if name in ("spring", "summer"):  # in an academic or financial year, these fall in its second year
            year = second
    if m.group("term") and name in TERMS:  # there is no winter term
        first, n = TERMS[name]
        return _hit(m, year, lambda yr: months(yr, first, n), "month", internal_range=True)
    first, n = SEASONS[name]
    return _hit(m, year, lambda yr: months(yr, first, n), "season")


_STATUTE = re.compile(r"\b(?:act|regulations|order|rules|measure|no\.?)\s*$", F)  # 'Children Act 2004'


def _h_holiday(m: re.Match[str], low: str, text: str) -> Hit | None:
    # 'by Christmas' means December; Easter moves, so the month its Sunday falls in.
    y = m.group("y")
    if m.group("h") == "easter":
        return _hit(m, _year(y) if y else None, lambda yr: months(yr, easter(yr).month), "month")
    return _hit(m, _year(y) if y else None, lambda yr: months(yr, 12), "month")


def _h_year(m: re.Match[str], low: str, text: str) -> Hit | None:
    year = int(m.group("y"))
    if not 1990 <= year <= 2099 or _STATUTE.search(low, 0, m.start()):
        return None
    return _hit(m, year, calendar_year, "year")


_Handler = Callable[[re.Match[str], str, str], "Hit | None"]

# Order only breaks ties between matches of the same start and length; otherwise the earliest,
# then the longest match wins.
_PATTERNS: list[tuple[re.Pattern[str], _Handler]] = [
    (re.compile(rf"(?<!\d)(?P<y>{_Y4})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)", F), _h_day),
    (
        re.compile(
            r"(?<![\d/.])(?P<d>[0-3]?\d)\s?(?P<sep>[/.-])\s?(?P<m>[01]?\d)\s?(?P=sep)\s?(?P<y>(?:19|20)\d\d|\d\d)(?!\d)",
            F,
        ),
        _h_day,
    ),
    (
        re.compile(
            rf"(?<![\d/.])(?P<d1>[0-3]?\d){_ORD}\s*(?:-|to|until|till|and|&)\s*(?P<d>[0-3]?\d){_ORD}\s*(?:of\s+)?{_MON}"
            rf"(?:,?\s*(?P<y>{_YEAR}))?",
            F,
        ),
        _h_day_range,
    ),
    (
        re.compile(
            rf"(?<![\d/.])(?P<d>[0-3]?\d){_ORD}(?:\s*(?:of\s+)?|-){_MON}(?:(?:,?\s*|-)(?P<y>{_YEAR})(?!/))?",
            F,
        ),
        _h_day,
    ),
    (re.compile(rf"(?<![a-z]){_MON}\s*(?P<d>[0-3]?\d){_ORD},?\s+(?P<y>{_Y4})(?!\d)", F), _h_day),
    (re.compile(rf"(?<![a-z]){_MON}\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?![a-z])", F), _h_day),
    (re.compile(rf"(?<![a-z]){_QUARTER}\s*(?:(?:of|in)\s+)?{_FY_WORDS}?{_FY_TAIL}", F), _h_fy_quarter),
    (re.compile(rf"(?<![\d/.$]){_FY_WORDS}?{_FY_TAIL}\s*[,:-]?\s*{_QUARTER}(?![a-z0-9])", F), _h_fy_quarter),
    (re.compile(rf"(?<![a-z]){_QUARTER}\s*(?:(?:of|in)\s+)?(?P<y>{_Y4})(?!\d)", F), _h_calendar_quarter),
    (re.compile(rf"(?<![a-z]){_QUARTER}(?![a-z0-9])", F), _h_bare_quarter),
    (re.compile(rf"(?<![a-z0-9]){_HALF}\s*(?:(?:of|in)\s+)?{_FY_WORDS}?{_FY_TAIL}", F), _h_fy_half),
    (re.compile(rf"(?<![a-z0-9]){_HALF}\s*(?:(?:of|in)\s+)?(?P<y>{_Y4})(?!\d)", F), _h_calendar_half),
    (
        re.compile(
            rf"(?:(?<![a-z]){_FY_WORDS})?(?<![\d/.$])(?P<y>{_Y4})\s*[/-]\s*(?P<y2>(?:19|20)?\d\d)(?![\d/])",
            F,
        ),
        _h_financial_year,
    ),
    (
        re.compile(
            r"(?:(?<![a-z])" + _FY_WORDS + r")?(?<![\d/.$])(?P<y>\d\d)\s*/\s*(?P<y2>\d\d)(?![\d/])", F
        ),
        _h_financial_year,
    ),
    (
        re.compile(
            r"(?<![a-z])(?P<s>spring|summer|autumn|fall|winter)(?![a-z])(?P<term>\s+(?:school\s+)?term)?"
            rf"(?:\s*(?:of\s+)?(?P<y>{_YEAR})(?:\s*[/-]\s*(?P<y2>(?:19|20)?\d\d)(?!\d))?)?",
            F,
        ),
        _h_season,
    ),
    (
        re.compile(rf"(?<![a-z])(?P<h>christmas|xmas|easter)(?![a-z])(?:\s*(?:of\s+)?(?P<y>{_YEAR}))?", F),
        _h_holiday,
    ),
    (
        re.compile(rf"(?<![a-z]){_MON}(?:(?:\s*,?\s*|-)(?P<y>{_YEAR})(?![/:]|st|nd|rd|th|\.\d))?", F),
        _h_month,
    ),
    (re.compile(rf"(?<![\d/.])(?P<m>[01]?\d)\s*[/.-]\s*(?P<y>{_Y4})(?![\d/.]?\d)", F), _h_month),
    (re.compile(r"(?<![\d/.$£,])(?P<y>(?:19|20)\d\d)(?![\d/]|\s*%)", F), _h_year),
]


def find_hits(text: str, low: str) -> list[Hit]:
    candidates: list[tuple[int, int, int, Hit]] = []
    for priority, (pattern, handler) in enumerate(_PATTERNS):
        for m in pattern.finditer(low):
            hit = handler(m, low, text)
            if hit is not None:
                candidates.append((hit.pos, -(hit.stop - hit.pos), priority, hit))
    candidates.sort(key=lambda c: c[:3])
    hits: list[Hit] = []
    for _, _, _, hit in candidates:
        if not hits or hit.pos >= hits[-1].stop:
            hits.append(hit)
    return hits


_WEEK_START = re.compile(
    r"(?:w/c|w/b|wc|wb|week\s+(?:commencing|beginning|starting|of)(?:\s+on)?)\s*:?\s*$", F
)
_WEEK_END = re.compile(r"(?:w/e|we|week\s+ending)\s*:?\s*$", F)


def apply_week_cues(hits: list[Hit], low: str) -> list[Hit]:
    """'w/c 5/10/2015' is the week from that day; 'w/e' the week to it."""
    out = []
    for i, hit in enumerate(hits):
        before = low[hits[i - 1].stop if i else 0 : hit.pos]
        if hit.precision == "day" and not hit.internal_range:
            day_bounds = hit.bounds
            if _WEEK_START.search(before):
                hit = Hit(hit.pos, hit.stop, hit.year, _shift(day_bounds, 0, 6), "day", True)
            elif _WEEK_END.search(before):
                hit = Hit(hit.pos, hit.stop, hit.year, _shift(day_bounds, -6, 0), "day", True)
        out.append(hit)
    return out


def _shift(bounds: Callable[[int], Span], before: int, after: int) -> Callable[[int], Span]:
    def shifted(yr: int) -> Span:
        start, end = bounds(yr)
        return start + datetime.timedelta(days=before), end + datetime.timedelta(days=after)

    return shifted

"""Normalise free-text deadlines ('End May 2015', 'Q3 2015/16', 'tba') to UK council conventions. Reads: actions. Writes: actions."""

from __future__ import annotations

import calendar
import collections
import datetime
import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dateutil.easter import easter
from rapidfuzz.distance import OSA

from extractors.core import DocContext, StageConfig
from schemas.actions import DEADLINE_KINDS, PRECISIONS

log = logging.getLogger(__name__)
NAME, VERSION = "normalise_deadlines", "1"

__all__ = ["NAME", "VERSION", "DEADLINE_KINDS", "PRECISIONS", "Deadline", "parse_deadline", "run"]


@dataclass(frozen=True)
class Deadline:
    """A normalised deadline: what kind it is and the interval of its (current) period."""

    kind: str  # date | range | revised | recurring | ongoing | tbc | none | ambiguous
    start: datetime.date | None
    end: datetime.date | None  # last day of the period (the current one if revised)
    precision: str | None  # day | month | season | quarter | year | financial_year | None


_NONE = Deadline("none", None, None, None)
_TBC = Deadline("tbc", None, None, None)
_ONGOING = Deadline("ongoing", None, None, None)
_AMBIGUOUS = Deadline("ambiguous", None, None, None)

Span = tuple[datetime.date, datetime.date]

# --------------------------------------------------------------------------------------------
# Periods


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    i = year * 12 + (month - 1) + n
    return i // 12, i % 12 + 1


def _months(year: int, month: int, n: int = 1) -> Span:
    """`n` whole months starting with `month` of `year` (month may exceed 12: it rolls over)."""
    y, m = _add_months(year, month, 0)
    y2, m2 = _add_months(y, m, n - 1)
    return datetime.date(y, m, 1), datetime.date(y2, m2, calendar.monthrange(y2, m2)[1])


def _day(year: int, month: int, day: int) -> Span:
    d = datetime.date(year, month, day)
    return d, d


def _financial_year(year: int) -> Span:
    return datetime.date(year, 4, 1), datetime.date(year + 1, 3, 31)


def _academic_year(year: int) -> Span:
    return datetime.date(year, 9, 1), datetime.date(year + 1, 8, 31)


def _calendar_year(year: int) -> Span:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}
_TERMS = {"autumn": (9, 4), "fall": (9, 4), "spring": (1, 3), "summer": (4, 4)}  # (first month, months)
_QUARTER_WORDS = {"1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3, "4th": 4, "fourth": 4}
_QUARTER_WORDS |= {"final": 4, "last": 4}


@dataclass(frozen=True)
class _Hit:
    """One date expression found in the text: where it is and how to make its period."""

    pos: int
    stop: int
    year: int | None  # the year as printed (a financial year's first year); None when not printed
    bounds: Callable[[int], Span]  # the period for a given year
    precision: str
    internal_range: bool = False  # a school term, a week, '5-9 March': one expression, kind range


# --------------------------------------------------------------------------------------------
# Text clean-up: PDF cells wrap lines and split words ('Septem ber 2014').

_VOCAB = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "spring", "summer", "autumn", "winter", "ongoing", "annually",
        "quarterly", "monthly", "weekly", "onwards", "revised", "financial", "quarter", "confirmed",
        "beginning", "commencing", "immediate", "thereafter", "completed", "continuous", "current",
    ]
)  # fmt: skip
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"))
_EDGE_PUNCT = "()[].,;:'\""
_HYPHEN_SPLIT = re.compile(r"([A-Za-z]{2,})- ?([A-Za-z]+)")


def _join_split_words(tokens: list[str]) -> list[str]:
    """Join 2 or 3 neighbouring tokens whose concatenation is a keyword none of them is alone."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for n in (3, 2):
            parts = tokens[i : i + n]
            if len(parts) < n or not parts[0][-1:].isalpha():
                continue
            head = parts[0].lstrip(_EDGE_PUNCT)
            tail = parts[-1].rstrip(_EDGE_PUNCT)
            core = [head, *parts[1:-1], tail] if n > 1 else [head]
            if not all(p.isascii() and p.isalpha() for p in core):
                continue
            joined = "".join(core)
            if joined.lower() in _VOCAB and not all(p.lower() in _VOCAB for p in core):
                prefix = parts[0][: len(parts[0]) - len(head)]
                suffix = parts[-1][len(tail) :]
                out.append(prefix + joined + suffix)
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


_FULL_MONTHS = ("january", "february", "march", "april", "june", "july", "august", "september", "october",
                "november", "december")  # fmt: skip
_YEARISH = re.compile(r"'?\d\d(?:\d\d)?(?:\W|$)", re.ASCII)


@functools.lru_cache(maxsize=4096)
def _misspelt_month(word: str) -> str | None:
    """The month a word before a year is a misprint of ('Septmber', 'Feburary'), or None."""
    low = word.lower()
    if len(low) < 5 or low in _VOCAB:
        return None
    limit = 1 if len(low) <= 6 else 2
    for month in _FULL_MONTHS:
        if month[0] == low[0] and OSA.distance(low, month, score_cutoff=limit) <= limit:
            return month
    return None


def _fix_misspelt_months(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i in range(len(out) - 1):
        word = out[i].strip(_EDGE_PUNCT)
        if word.isascii() and word.isalpha() and _YEARISH.match(out[i + 1]):
            month = _misspelt_month(word)
            if month:
                out[i] = out[i].replace(word, month)
    return out


def _unhyphenate(m: re.Match[str]) -> str:
    joined = m.group(1) + m.group(2)
    return joined if joined.lower() in _VOCAB and m.group(1).lower() not in _VOCAB else m.group(0)


_SPLIT_YEAR = re.compile(r"\b(\d{1,2}/\d{1,2}/(?:19|20))\s+(\d\d)\b")


def _clean(raw: str) -> tuple[str, str]:
    """(text, lower-case text) with dashes unified, whitespace collapsed and split keywords joined.

    Both strings have the same length, so offsets found in one hold in the other.
    """
    text = raw.translate(_DASHES).replace("\u00ad", "")
    text = _SPLIT_YEAR.sub(r"\1\2", text)  # '30/04/20' + '25' on the next line of a narrow cell
    text = " ".join(_fix_misspelt_months(_join_split_words(text.split())))
    text = _HYPHEN_SPLIT.sub(_unhyphenate, text)
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return text, low


# --------------------------------------------------------------------------------------------
# Date expressions. Each pattern has a handler that returns a _Hit or None (not a date after all).

_F = re.ASCII
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:r?uary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_Y4 = r"(?:19|20)\d\d"
_YEAR = rf"(?:{_Y4}|'?\d\d)(?!\d)"  # a 4-digit year, or a 2-digit one meaning 20YY
_FY_TAIL = rf"(?P<y>{_Y4}|\d\d)\s*[/-]\s*(?P<y2>(?:19|20)?\d\d)(?![\d/])"
_FY_WORDS = r"(?:(?:the\s+)?(?:fy|financial\s+year|fin\.?\s*year|f/y)\s*)"
_QUARTER = r"(?:q\s?(?P<q>[1-4])|quarter\s*(?P<q2>[1-4])|(?P<qw>1st|2nd|3rd|4th|first|second|third|fourth|final|last)\s+quarter)"


def _year(text: str) -> int:
    text = text.lstrip("'")
    return 2000 + int(text) if len(text) == 2 else int(text)


def _month_no(text: str) -> int:
    return _MONTHS[text[:3]]


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
        return _QUARTER_WORDS[m.group("qw")]
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
) -> _Hit | None:
    if not _valid(bounds, year):
        return None
    return _Hit(m.start(), m.end(), year, bounds, precision, internal_range)


def _h_day(m: re.Match[str], low: str, text: str) -> _Hit | None:
    mon = m.groupdict().get("mon")
    month = _month_no(mon) if mon else int(m.group("m"))
    day = int(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    y = m.groupdict().get("y")
    return _hit(m, _year(y) if y else None, lambda yr: _day(yr, month, day), "day")


def _h_day_range(m: re.Match[str], low: str, text: str) -> _Hit | None:
    month, d1, d2 = _month_no(m.group("mon")), int(m.group("d1")), int(m.group("d"))
    if not (1 <= d1 < d2 <= 31):
        return None
    y = m.groupdict().get("y")

    def bounds(yr: int) -> Span:
        return datetime.date(yr, month, d1), datetime.date(yr, month, d2)

    return _hit(m, _year(y) if y else None, bounds, "day", internal_range=True)


def _h_month(m: re.Match[str], low: str, text: str) -> _Hit | None:
    mon = m.groupdict().get("mon")
    month = _month_no(mon) if mon else int(m.group("m"))
    if not 1 <= month <= 12:
        return None
    y = m.groupdict().get("y")
    if y is None and mon == "may" and text[m.start()] == "m":
        return None  # the verb ('this may slip'); the month is written with a capital
    return _hit(m, _year(y) if y else None, lambda yr: _months(yr, month), "month")


def _h_fy_quarter(m: re.Match[str], low: str, text: str) -> _Hit | None:
    first = _fy_years(m)
    if first is None:
        return None
    q = _quarter_no(m)
    return _hit(m, first, lambda yr: _months(yr, 4 + 3 * (q - 1), 3), "quarter")


def _h_calendar_quarter(m: re.Match[str], low: str, text: str) -> _Hit | None:
    q = _quarter_no(m)
    return _hit(m, _year(m.group("y")), lambda yr: _months(yr, 1 + 3 * (q - 1), 3), "quarter")


def _h_bare_quarter(m: re.Match[str], low: str, text: str) -> _Hit | None:
    # Councils number quarters by financial year: Q1 is April to June. The year comes from context.
    q = _quarter_no(m)
    return _hit(m, None, lambda yr: _months(yr, 4 + 3 * (q - 1), 3), "quarter")


_ACADEMIC_BEFORE = re.compile(r"(?:academic|school)\s+year\s*(?:of\s+)?$", _F)
_ACADEMIC_AFTER = re.compile(r"\s*(?:academic|school)\s+year", _F)


def _h_financial_year(m: re.Match[str], low: str, text: str) -> _Hit | None:
    first = _fy_years(m)
    if first is None:
        return None
    if _ACADEMIC_BEFORE.search(low, 0, m.start()) or _ACADEMIC_AFTER.match(low, m.end()):
        return _hit(m, first, _academic_year, "year")
    return _hit(m, first, _financial_year, "financial_year")


def _h_season(m: re.Match[str], low: str, text: str) -> _Hit | None:
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
    if m.group("term") and name in _TERMS:  # there is no winter term
        first, n = _TERMS[name]
        return _hit(m, year, lambda yr: _months(yr, first, n), "month", internal_range=True)
    first, n = _SEASONS[name]
    return _hit(m, year, lambda yr: _months(yr, first, n), "season")


_STATUTE = re.compile(r"\b(?:act|regulations|order|rules|measure|no\.?)\s*$", _F)  # 'Children Act 2004'


def _h_holiday(m: re.Match[str], low: str, text: str) -> _Hit | None:
    # 'by Christmas' means December; Easter moves, so the month its Sunday falls in.
    y = m.group("y")
    if m.group("h") == "easter":
        return _hit(m, _year(y) if y else None, lambda yr: _months(yr, easter(yr).month), "month")
    return _hit(m, _year(y) if y else None, lambda yr: _months(yr, 12), "month")


def _h_year(m: re.Match[str], low: str, text: str) -> _Hit | None:
    year = int(m.group("y"))
    if not 1990 <= year <= 2099 or _STATUTE.search(low, 0, m.start()):
        return None
    return _hit(m, year, _calendar_year, "year")


_Handler = Callable[[re.Match[str], str, str], "_Hit | None"]

# Order only breaks ties between matches of the same start and length; otherwise the earliest,
# then the longest match wins.
_PATTERNS: list[tuple[re.Pattern[str], _Handler]] = [
    (re.compile(rf"(?<!\d)(?P<y>{_Y4})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)", _F), _h_day),
    (
        re.compile(
            r"(?<![\d/.])(?P<d>[0-3]?\d)\s?(?P<sep>[/.-])\s?(?P<m>[01]?\d)\s?(?P=sep)\s?(?P<y>(?:19|20)\d\d|\d\d)(?!\d)",
            _F,
        ),
        _h_day,
    ),
    (
        re.compile(
            rf"(?<![\d/.])(?P<d1>[0-3]?\d){_ORD}\s*(?:-|to|until|till|and|&)\s*(?P<d>[0-3]?\d){_ORD}\s*(?:of\s+)?{_MON}"
            rf"(?:,?\s*(?P<y>{_YEAR}))?",
            _F,
        ),
        _h_day_range,
    ),
    (
        re.compile(
            rf"(?<![\d/.])(?P<d>[0-3]?\d){_ORD}(?:\s*(?:of\s+)?|-){_MON}(?:(?:,?\s*|-)(?P<y>{_YEAR})(?!/))?",
            _F,
        ),
        _h_day,
    ),
    (re.compile(rf"(?<![a-z]){_MON}\s*(?P<d>[0-3]?\d){_ORD},?\s+(?P<y>{_Y4})(?!\d)", _F), _h_day),
    (re.compile(rf"(?<![a-z]){_MON}\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?![a-z])", _F), _h_day),
    (re.compile(rf"(?<![a-z]){_QUARTER}\s*(?:(?:of|in)\s+)?{_FY_WORDS}?{_FY_TAIL}", _F), _h_fy_quarter),
    (re.compile(rf"(?<![\d/.$]){_FY_WORDS}?{_FY_TAIL}\s*[,:-]?\s*{_QUARTER}(?![a-z0-9])", _F), _h_fy_quarter),
    (re.compile(rf"(?<![a-z]){_QUARTER}\s*(?:(?:of|in)\s+)?(?P<y>{_Y4})(?!\d)", _F), _h_calendar_quarter),
    (re.compile(rf"(?<![a-z]){_QUARTER}(?![a-z0-9])", _F), _h_bare_quarter),
    (
        re.compile(
            rf"(?:(?<![a-z]){_FY_WORDS})?(?<![\d/.$])(?P<y>{_Y4})\s*[/-]\s*(?P<y2>(?:19|20)?\d\d)(?![\d/])",
            _F,
        ),
        _h_financial_year,
    ),
    (
        re.compile(
            r"(?:(?<![a-z])" + _FY_WORDS + r")?(?<![\d/.$])(?P<y>\d\d)\s*/\s*(?P<y2>\d\d)(?![\d/])", _F
        ),
        _h_financial_year,
    ),
    (
        re.compile(
            r"(?<![a-z])(?P<s>spring|summer|autumn|fall|winter)(?![a-z])(?P<term>\s+(?:school\s+)?term)?"
            rf"(?:\s*(?:of\s+)?(?P<y>{_YEAR})(?:\s*[/-]\s*(?P<y2>(?:19|20)?\d\d)(?!\d))?)?",
            _F,
        ),
        _h_season,
    ),
    (
        re.compile(rf"(?<![a-z])(?P<h>christmas|xmas|easter)(?![a-z])(?:\s*(?:of\s+)?(?P<y>{_YEAR}))?", _F),
        _h_holiday,
    ),
    (
        re.compile(rf"(?<![a-z]){_MON}(?:(?:\s*,?\s*|-)(?P<y>{_YEAR})(?![/:]|st|nd|rd|th|\.\d))?", _F),
        _h_month,
    ),
    (re.compile(rf"(?<![\d/.])(?P<m>[01]?\d)\s*[/.-]\s*(?P<y>{_Y4})(?![\d/.]?\d)", _F), _h_month),
    (re.compile(r"(?<![\d/.$£,])(?P<y>(?:19|20)\d\d)(?![\d/]|\s*%)", _F), _h_year),
]


def _find_hits(text: str, low: str) -> list[_Hit]:
    candidates: list[tuple[int, int, int, _Hit]] = []
    for priority, (pattern, handler) in enumerate(_PATTERNS):
        for m in pattern.finditer(low):
            hit = handler(m, low, text)
            if hit is not None:
                candidates.append((hit.pos, -(hit.stop - hit.pos), priority, hit))
    candidates.sort(key=lambda c: c[:3])
    hits: list[_Hit] = []
    for _, _, _, hit in candidates:
        if not hits or hit.pos >= hits[-1].stop:
            hits.append(hit)
    return hits


_WEEK_START = re.compile(
    r"(?:w/c|w/b|wc|wb|week\s+(?:commencing|beginning|starting|of)(?:\s+on)?)\s*:?\s*$", _F
)
_WEEK_END = re.compile(r"(?:w/e|we|week\s+ending)\s*:?\s*$", _F)


def _apply_week_cues(hits: list[_Hit], low: str) -> list[_Hit]:
    """'w/c 5/10/2015' is the week from that day; 'w/e' the week to it."""
    out = []
    for i, hit in enumerate(hits):
        before = low[hits[i - 1].stop if i else 0 : hit.pos]
        if hit.precision == "day" and not hit.internal_range:
            day_bounds = hit.bounds
            if _WEEK_START.search(before):
                hit = _Hit(hit.pos, hit.stop, hit.year, _shift(day_bounds, 0, 6), "day", True)
            elif _WEEK_END.search(before):
                hit = _Hit(hit.pos, hit.stop, hit.year, _shift(day_bounds, -6, 0), "day", True)
        out.append(hit)
    return out


def _shift(bounds: Callable[[int], Span], before: int, after: int) -> Callable[[int], Span]:
    def shifted(yr: int) -> Span:
        start, end = bounds(yr)
        return start + datetime.timedelta(days=before), end + datetime.timedelta(days=after)

    return shifted


# --------------------------------------------------------------------------------------------
# Years that are not printed: from a neighbouring date, else the period nearest the document date.


def _candidates(hit: _Hit, around: int) -> list[Span]:
    spans = []
    for yr in range(around - 2, around + 3):
        try:
            spans.append(hit.bounds(yr))
        except ValueError:  # 29 February in a common year
            continue
    return spans


def _distance(span: Span, ref: datetime.date, precision: str) -> int:
    start, end = span
    if start <= ref <= end:
        return 0
    if precision == "day":
        return min(abs((start - ref).days), abs((end - ref).days))
    # whole months, so that a document dated the 1st or the 31st of a month resolves alike
    r, s, e = ref.year * 12 + ref.month, start.year * 12 + start.month, end.year * 12 + end.month
    return 0 if s <= r <= e else min(abs(s - r), abs(e - r))


def _nearest(hit: _Hit, ref: datetime.date) -> Span | None:
    spans = _candidates(hit, ref.year)
    if not spans:
        return None
    # nearest first; a tie goes to the later period
    return min(spans, key=lambda s: (_distance(s, ref, hit.precision), -s[0].toordinal()))


def _resolve(hits: list[_Hit], doc_date: datetime.date | None) -> list[Span | None]:
    spans: list[Span | None] = [h.bounds(h.year) if h.year is not None else None for h in hits]
    for i, hit in enumerate(hits):
        if spans[i] is not None:
            continue
        prev = next((spans[j] for j in range(i - 1, -1, -1) if spans[j] is not None), None)
        nxt = next((spans[j] for j in range(i + 1, len(hits)) if hits[j].year is not None), None)
        if prev is not None:  # 'October 2014 - March': the first such period not over before it
            later = [s for s in _candidates(hit, prev[0].year) if s[1] >= prev[0]]
            spans[i] = min(later) if later else None
        elif nxt is not None:  # 'October - December 2015': the last such period begun by its end
            earlier = [s for s in _candidates(hit, nxt[0].year) if s[0] <= nxt[1]]
            spans[i] = max(earlier) if earlier else None
        elif doc_date is not None:
            spans[i] = _nearest(hit, doc_date)
    return spans


# --------------------------------------------------------------------------------------------
# Words around the dates.

_REVISION = re.compile(
    r"\b(?:revised|revision|rev|now|moved|changed|extended|deferred|slipped|postponed|delayed|re-?scheduled"
    r"|re-?profiled|amended|replaced|updated|new|actual|reset|pushed\s+back|brought\s+forward)\b",
    _F,
)
_OLD_DATE = re.compile(
    r"\b(?:was|previously|originally|formerly|original(?:\s+date)?|old(?:\s+date)?|(?:revised|moved|changed|extended"
    r"|deferred|slipped|postponed|delayed|re-?scheduled|re-?profiled|brought\s+forward|pushed\s+back|amended)\s+from)\W*$",
    _F,
)
_FILLER = re.compile(
    r"\b(?:end|of|the|by|early|late|mid|middle|beginning|start|before|no|later|than|approx|approximately|circa"
    r"|c|deadline|target|date|due|in|on)\b|[.*?!\s]",
    _F,
)
_RECURRING = re.compile(
    r"\b(?:annually|yearly|quarterly|monthly|weekly|fortnightly|termly|daily|bi-?annually|bi-?monthly"
    r"|six[- ]monthly|half[- ]yearly|onwards?|thereafter|ongoing|on-going|continuous(?:ly)?|recurring"
    r"|every\s+(?:\w+\s+)?(?:days?|weeks?|months?|quarters?|years?|terms?)|each\s+(?:day|week|month|quarter|year|term))\b",
    _F,
)
_ONGOING_RE = re.compile(
    r"\b(?:ongoing|on-going|current(?:ly)?|immediate(?:ly)?|continuous(?:ly)?|continual(?:ly)?|continuing|as\s+required"
    r"|as\s+and\s+when|as\s+needed|as\s+necessary|when\s+required|throughout|business\s+as\s+usual|bau|regular(?:ly)?"
    r"|routine(?:ly)?|annual(?:ly)?|bi-?annual|biannual|twice\s+(?:a\s+)?year(?:ly)?|yearly|quarterly|monthly|weekly|fortnightly|termly|daily|bi-?annually|bi-?monthly"
    r"|six[- ]monthly|half[- ]yearly|every\s+(?:\w+\s+)?(?:days?|weeks?|months?|quarters?|years?|terms?)"
    r"|each\s+(?:day|week|month|quarter|year|term)|permanent(?:ly)?|rolling|in\s+perpetuity)\b",
    _F,
)
_TBC_RE = re.compile(
    r"\b(?:tba|tbc|tbd|tbe|t\.b\.[acd]\.?|to\s+be\s+(?:confirmed|agreed|arranged|announced|determined|decided|set"
    r"|scheduled|finalised|finalized|established|identified|fixed)|not\s+yet\s+(?:set|agreed|known|confirmed)"
    r"|date\s+(?:pending|awaited)|awaiting\s+date)\b",
    _F,
)
# Periods relative to the plan or to unnamed events: a careful reader cannot place them.
_RELATIVE = re.compile(
    r"\b(?:(?:year|month|week|phase|stage|day|quarter|term|wave|cycle)\s+(?:\d+|one|two|three|four|five)"
    r"|within\s+(?:\d+|a|one|two|three|four|five|six|twelve)\b|(?:next|following|subsequent)\s+\w+"
    r"|(?:end\s+of\s+(?:the\s+)?|by\s+(?:the\s+)?)(?:financial\s+|academic\s+|school\s+|calendar\s+)?year\b"
    r"|year[- ]end|(?:end\s+of|this|next)\s+(?:the\s+)?(?:school\s+)?term\b|(?:\d+|one|two|three|six|twelve)\s+(?:days?|weeks?|months?|years?)\s+(?:after|from|of|following))",
    _F,
)
_PRINTED_YEAR = re.compile(r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d\d)(?!\d)", _F)
_DATE_LIKE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}", _F)


def _bracket_depths(low: str) -> list[int]:
    depth, out = 0, []
    for c in low:
        out.append(depth)
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(0, depth - 1)
    return out


_BRACKET_OPEN = re.compile(r"[(\[]\s*(?:(?:end|by|of|the|early|late|mid|due|target|date)\b\W*)*$", _F)
_BRACKET_CLOSE = re.compile(r"\s*[.?*]?\s*[)\]]", _F)


def _bare_bracketed(
    item: tuple[_Hit, Span | None], outside: list[tuple[_Hit, Span | None]], low: str
) -> bool:
    """A dated period alone in brackets that starts after every date outside them."""
    hit, span = item
    if hit.year is None or span is None or not _BRACKET_OPEN.search(low, 0, hit.pos):
        return False
    if not _BRACKET_CLOSE.match(low, hit.stop):
        return False
    return all(o_span is not None and span[0] > o_span[1] for _, o_span in outside)


def _gap_kind(gap: str) -> str:
    """How two neighbouring dates relate, from the text between them: revised or range."""
    if _REVISION.search(gap):
        return "revised"
    if not _FILLER.sub("", gap):  # no connective at all: a revision in the deadline column
        return "revised"
    return "range"


def _classify(text: str, low: str, doc_date: datetime.date | None) -> Deadline:
    hits = _apply_week_cues(_find_hits(text, low), low)
    if not hits:
        return _no_date(text, low)
    spans = _resolve(hits, doc_date)
    items = list(zip(hits, spans, strict=True))
    gaps = [low[hits[i].stop : hits[i + 1].pos] for i in range(len(hits) - 1)]

    # Revisions first: a bracket may hold the old date ('June 2015 (was March 2015)').
    if any(_REVISION.search(g) or _OLD_DATE.search(g) for g in gaps):
        current = [it for i, it in enumerate(items) if not (i and _OLD_DATE.search(gaps[i - 1]))]
        return _deadline("revised", [current[-1]])

    depths = _bracket_depths(low)
    outside = [it for it in items if depths[it[0].pos] == 0]
    if outside and len(outside) < len(items):
        # A bracketed remark names another event's date: keep the dates outside. A bracket that
        # holds nothing but a later dated period ('March 2015 (June 2015)') is a new date.
        bare = [it for it in items if depths[it[0].pos] and _bare_bracketed(it, outside, low)]
        if bare:
            return _deadline("revised", [bare[-1]])
        items = outside
        hits = [h for h, _ in items]
        gaps = [low[hits[i].stop : hits[i + 1].pos] for i in range(len(hits) - 1)]

    if _RECURRING.search(low):
        first = min(items, key=lambda it: (it[1] is None, it[1] or ()))
        return _deadline("recurring", [first])
    if len(items) == 1:
        return _deadline("range" if items[0][0].internal_range else "date", items)
    if all(_gap_kind(g) == "revised" for g in gaps):
        return _deadline("revised", [items[-1]])
    return _deadline("range", items)  # 'from X to Y', 'X - Y', sub-task lists


def _deadline(kind: str, items: list[tuple[_Hit, Span | None]]) -> Deadline:
    if any(span is None for _, span in items):
        return _AMBIGUOUS  # a month with no year and no document date
    spans = [(span, hit.precision) for hit, span in items if span is not None]
    start = min(s[0] for s, _ in spans)
    (_, end), precision = max(spans, key=lambda sp: sp[0][1])
    return Deadline(kind, start, end, precision)


def _no_date(text: str, low: str) -> Deadline:
    if _TBC_RE.search(low):
        return _TBC
    # dateparser is slow (~1 ms) and reads sentences badly: only short text with a printed year
    found = _dateparser(text) if len(text) <= 60 and _PRINTED_YEAR.search(low) else None
    if found is not None:
        return found
    if _ONGOING_RE.search(low):
        return _ONGOING
    if _RELATIVE.search(low) or _DATE_LIKE.search(low):
        return _AMBIGUOUS
    return _NONE


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
def _date_data_parser() -> Any:
    from dateparser.date import DateDataParser  # imported late: it takes a while to load

    return DateDataParser(languages=["en"], settings=_DATEPARSER_SETTINGS)


@functools.lru_cache(maxsize=8192)
def _dateparser(text: str) -> Deadline | None:
    try:
        data = _date_data_parser().get_date_data(text)
    except Exception:  # a third-party parser on arbitrary text: a failure means 'no date here'
        log.debug("dateparser failed on %r", text, exc_info=True)
        return None
    when, period = data.date_obj, data.period
    if when is None or str(when.year) not in text and f"{when.year % 100:02d}" not in text:
        return None  # the year must be printed, not supplied by the parser
    if period == "day":
        return Deadline("date", when.date(), when.date(), "day")
    if period == "month":
        start, end = _months(when.year, when.month)
        return Deadline("date", start, end, "month")
    if period == "year":
        start, end = _calendar_year(when.year)
        return Deadline("date", start, end, "year")
    return None


# --------------------------------------------------------------------------------------------
# Public API


@functools.lru_cache(maxsize=1 << 16)
def _parse_cached(raw: str, doc_date: datetime.date | None) -> Deadline:
    text, low = _clean(raw)
    if not text or not re.search(r"[0-9A-Za-z]", text):
        return _NONE
    return _classify(text, low, doc_date)


def parse_deadline(raw: str | None, doc_date: datetime.date | None = None) -> Deadline:
    """Normalise one deadline cell. `doc_date` places months and seasons printed without a year."""
    if raw is None:
        return _NONE
    if isinstance(doc_date, datetime.datetime):
        doc_date = doc_date.date()
    return _parse_cached(str(raw), doc_date)


def clear_caches() -> None:
    """Forget cached parses (tests use it to prove that the clock plays no part)."""
    _parse_cached.cache_clear()
    _dateparser.cache_clear()
    _date_data_parser.cache_clear()


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

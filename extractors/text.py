"""Every text normaliser the stages share, one meaning per function, each named for what it keeps.

- `fold_punctuation`: case-folded words without brackets and punctuation (a rating cell or key label).
- `list_marks_to_separators`: bullets and list numbers turned into ';' between items (a lead cell).
- `repair_date_text`: a date cell's wraps, split words and misspelt months repaired (a deadline cell).
- `comparable_text`: lower-cased words and numbers only (two versions of an action compared).
- `missing_to_none`: pandas' missing values and blank strings as None (a value read back from a frame).
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from rapidfuzz.distance import OSA

# ----------------------------------------------------------------------------------------------
# Rating cells and key labels


def fold_punctuation(text: str) -> str:
    """Case-folded text with brackets and punctuation turned to spaces and the edges trimmed."""
    t = text.casefold().replace("\u00a0", " ")
    t = re.sub(r"[()\[\]{}.,;!*#'\"•·]+", " ", t)
    return re.sub(r"\s+", " ", t).strip(" -–—=:")


# ----------------------------------------------------------------------------------------------
# Lead cells

_BULLETS_RE = re.compile(r"[\u2022\u25cf\u25aa\u25e6\u2023\u2043\u25a0\uf0b7]")
# Numbered or lettered list markers before a capital start a new item: '1. ... 2. ...', '(a) ... (b) ...'
_LIST_MARK_RE = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-h]\))(?=\s+[A-Z])")


def list_marks_to_separators(raw: str) -> str:
    """One line of text where bullets and list markers became ' ; ' between the items."""
    text = raw.replace("\u00ad", "").replace("\u00a0", " ")
    text = _BULLETS_RE.sub(" ; ", text)
    text = _LIST_MARK_RE.sub(" ; ", text)
    text = re.sub(r"\s+", " ", text).strip(" ;")
    return text


# ----------------------------------------------------------------------------------------------
# Compared text

_COMPARE_BULLETS = re.compile(r"[\u2022\u25cf\u25aa\u25e6\u2023\u2043\u00ad•▪◦]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def comparable_text(value: object) -> str:
    """Lower-cased words and numbers only: line wraps, bullets, '&' vs 'and' and punctuation vanish."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    s = _COMPARE_BULLETS.sub(" ", str(value)).lower().replace("&", " and ")
    s = s.replace("\u2019", "'").replace("'", "")
    return " ".join(_NON_WORD.sub(" ", s).split())


def missing_to_none(v: Any) -> Any:
    """None for pandas' missing values (None, NaT, NaN) and blank strings; the value otherwise."""
    if v is None or type(v).__name__ == "NaTType":
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, str) and not v.strip():
        return None
    return v


# ----------------------------------------------------------------------------------------------
# Date cells: PDF cells wrap lines and split words (a month name broken across two lines).

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
# Word and other editors turn the apostrophe of a short year ('Sep '19') into a typographic quote;
# the date grammar knows only the ASCII one.
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u201b\u2032\u00b4\u0060", "'"))
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
_MONTH_STEMS = frozenset(m[:3] for m in (*_FULL_MONTHS, "may"))
_MONTH_WORDS = frozenset((*_FULL_MONTHS, "may", *(m[:3] for m in _FULL_MONTHS), "sept"))
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
# the year of a d/m/y date broken anywhere by a narrow cell ('30/09/2' + '025', '01/02/2' + '6')
_SPLIT_YEAR_DIGITS = re.compile(r"\b(\d{1,2}/\d{1,2}/)([12]\d{0,2})\s+(\d{1,3})\b(?!/)")
# A date printed with hyphens wraps after one of them in a narrow cell ('31-Mar-' + '2015'). A
# hyphen with a date part touching it on the left and only a line break on the right joins the
# parts again; a range is printed with spaces on both sides ('Oct - Dec'), so it is left alone.
_DATE_PART = r"(?:\d{1,4}|[A-Za-z]{3,9})"
_SPLIT_AT_HYPHEN = re.compile(rf"\b({_DATE_PART})-\s+(?=({_DATE_PART})\b)")


def _is_date_part(part: str) -> bool:
    # only numbers and month names are date parts: 'follow- up' is a word broken at its hyphen
    return part.isdigit() or part.lower()[:3] in _MONTH_STEMS and part.lower().rstrip(".") in _MONTH_WORDS


def _join_year_digits(m: re.Match[str]) -> str:
    year = m.group(2) + m.group(3)
    return m.group(1) + year if len(year) in (2, 4) else m.group(0)


def _join_at_hyphen(m: re.Match[str]) -> str:
    if _is_date_part(m.group(1)) and _is_date_part(m.group(2)):
        return m.group(1) + "-"
    return m.group(0)


def repair_date_text(raw: str) -> tuple[str, str]:
    """(text, lower-case text) with dashes unified, whitespace collapsed and split keywords joined.

    Both strings have the same length, so offsets found in one hold in the other.
    """
    text = raw.translate(_DASHES).translate(_APOSTROPHES).replace("\u00ad", "")
    text = _SPLIT_YEAR.sub(r"\1\2", text)  # '30/04/20' + '25' on the next line of a narrow cell
    text = _SPLIT_YEAR_DIGITS.sub(_join_year_digits, text)
    text = _SPLIT_AT_HYPHEN.sub(_join_at_hyphen, text)
    text = " ".join(_fix_misspelt_months(_join_split_words(text.split())))
    text = _HYPHEN_SPLIT.sub(_unhyphenate, text)
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return text, low

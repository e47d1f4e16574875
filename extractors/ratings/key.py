"""Find the colour key a document prints (swatches labelled with ratings) on a page."""

from __future__ import annotations

import logging
import re
from typing import Any

from extractors.colours import (
    RGB,
    delta_e,
    rgb_to_lab,
)
from extractors.core.fills import Fill
from extractors.ratings.cell_fill import as_page_facts
from extractors.ratings.colour_names import clear_rating_colour, is_white
from extractors.ratings.vocabulary import WORDS, prefix_phrase, rating_of_token
from extractors.text import fold_punctuation

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------------------------------
# Colour key

_KEY_COLOUR_WORD = re.compile(
    r"^(red|amber|green|blue|yellow|orange|grey|gray|purple|black|pink|white|brown|r|a|g|b|y)\b\s*[-–—=:]?\s*(.*)$"
)
_CORE = {"red": "red", "amber": "amber", "green": "green", "blue": "blue", "grey": "grey", "gray": "grey"}


def _key_label_rating(label: str) -> str | None:
    """'Blue - completed' -> blue; 'Yellow - minor slippage' -> amber; 'Completed' -> blue."""
    t = fold_punctuation(label)
    if not t:
        return None
    m = _KEY_COLOUR_WORD.match(t)
    if m:
        word, rest = m.group(1), m.group(2).strip()
        if len(word) == 1 and rest and not re.match(r"^\s*[-–—=:]", t[1:]):
            return rating_of_token(t)  # 'A review...': an article, not the letter of a rating
        meaning = (rating_of_token(rest) or prefix_phrase(rest)) if rest else None
        if word in _CORE:
            return _CORE[word]
        if meaning:  # the scheme's own word for a non-core colour decides ('Purple - completed')
            return meaning
        return WORDS.get(word) if len(word) > 1 else None
    return rating_of_token(t)


def _label_for(fill: Fill, fills: list[Fill], words: list[dict[str, Any]]) -> str:
    """Text inside the swatch, else the words right of it on its line up to the next swatch."""
    inside = [
        w
        for w in words
        if fill.x0 <= (w["x0"] + w["x1"]) / 2 <= fill.x1
        and fill.top <= (w["top"] + w["bottom"]) / 2 <= fill.bottom
    ]
    if inside:
        return " ".join(w["text"] for w in sorted(inside, key=lambda w: (round(w["top"]), w["x0"])))
    mid = (fill.top + fill.bottom) / 2
    line = sorted(
        (w for w in words if w["top"] - 2 <= mid <= w["bottom"] + 2 and w["x0"] >= fill.x1 - 1),
        key=lambda w: w["x0"],
    )
    stops = [
        f.x0 for f in fills if f is not fill and f.x0 >= fill.x1 - 1 and f.top - 2 <= mid <= f.bottom + 2
    ]
    stop = min(stops, default=float("inf"))
    out: list[str] = []
    last = fill.x1
    for w in line:
        if w["x0"] >= stop - 0.5 or w["x0"] - last > (20 if not out else 12):
            break
        out.append(w["text"])
        last = w["x1"]
    return " ".join(out)


Box = tuple[float, float, float, float]


def _inside_any(f: Fill, boxes: list[Box]) -> bool:
    """Is the fill mostly inside one of the boxes (a cell of the action table itself)?"""
    area = max(f.area, 1e-6)
    for x0, top, x1, bottom in boxes:
        w = min(x1, f.x1) - max(x0, f.x0)
        h = min(bottom, f.bottom) - max(top, f.top)
        if w > 0 and h > 0 and w * h >= 0.5 * area:
            return True
    return False


def find_colour_key(page: Any, exclude: list[Box] | None = None) -> dict[tuple[float, float, float], str]:
    """The colour key printed on a page, {swatch RGB: rating}, or {} when there is none.

    A swatch is a small coloured box with a label inside it or just right of it that names a
    rating ('Green - on track', 'Yellow - minor slippage', 'Completed'). A key needs two or more
    swatches naming different ratings, so a lone coloured cell beside text is not a key.
    `exclude`: the boxes of the page's action cells; a status cell coloured and labelled
    'Complete' is a rating to read, not a key to read it by.
    """
    return _swatch_key(page, exclude)[0]


def _swatch_key(page: Any, exclude: list[Box] | None = None) -> tuple[dict[RGB, str], dict[str, str]]:
    """({swatch RGB: rating}, {label phrase: rating}) of the page's colour key, or two empty dicts."""
    try:
        info = as_page_facts(page)
        fills = info.fills
    except Exception:
        log.debug("no key: unreadable page %s", getattr(page, "page_number", "?"), exc_info=True)
        return {}, {}
    key: dict[RGB, str] = {}
    phrases: dict[str, str] = {}
    cands = [
        f
        for f in fills
        if f.bottom - f.top <= 40
        and 3 <= f.x1 - f.x0 <= 200
        and not is_white(rgb_to_lab(f.rgb))
        and not (exclude and _inside_any(f, exclude))
    ]
    if len(cands) >= 2:
        words = info.text_words
        for f in cands:
            label = _label_for(f, cands, words)
            rating = _key_label_rating(label)
            if rating is not None and not _KEY_COLOUR_WORD.match(fold_punctuation(label)):
                # 'Complete' beside a green swatch: the cells are green, whatever green means here
                rating = clear_rating_colour(f.rgb) or rating
            if rating is not None and not any(delta_e(rgb_to_lab(f.rgb), rgb_to_lab(k)) < 1 for k in key):
                key[f.rgb] = rating
                for phrase in _label_meanings(label):
                    phrases.setdefault(phrase, rating)
    if len(set(key.values())) < 2:
        return {}, {}
    return key, phrases


def _label_meanings(label: str) -> list[str]:
    """The phrases a key label gives a rating: 'Red - delayed / off track' -> ['delayed', 'off track']."""
    t = fold_punctuation(label)
    m = _KEY_COLOUR_WORD.match(t)
    rest = m.group(2) if m and (len(m.group(1)) > 1 or re.match(r"^\w\s*[-–—=:]", t)) else t
    return [p.strip() for p in re.split(r"\s*(?:/|\bor\b|;)\s*", rest) if len(p.strip()) >= 3]


# 'Red - off track', 'Amber = at risk': a key printed as words, without swatches
_TEXT_KEY_ENTRY = re.compile(
    r"\b(red|amber|green|blue|grey|gray|yellow|orange)\s*[-–—=:]\s*([a-z][a-z ]{2,40}?)"
    r"(?=\s*(?:[,;.)]|\b(?:red|amber|green|blue|grey|gray|yellow|orange)\b\s*[-–—=:]|$))"
)


def find_phrase_key(page: Any, exclude: list[Box] | None = None) -> dict[str, str]:
    """What the page's key calls each rating, {phrase: rating}, from its swatches' labels or from
    entries printed as words ('Red - off track; Amber - at risk'). Needs two ratings, like a key.
    `exclude`: the page's action cells (see find_colour_key)."""
    try:
        phrases = dict(_swatch_key(page, exclude)[1])
        lines: dict[int, list[dict[str, Any]]] = {}
        for w in as_page_facts(page).text_words:
            lines.setdefault(round(float(w["top"]) / 3), []).append(w)
        text_key: dict[str, str] = {}
        for ws in lines.values():
            line = fold_punctuation(" ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"])))
            for m in _TEXT_KEY_ENTRY.finditer(line):
                text_key.setdefault(m.group(2).strip(), WORDS[m.group(1)])
        if len(set(text_key.values())) >= 2:
            for phrase, rating in text_key.items():
                phrases.setdefault(phrase, rating)
        return phrases
    except Exception:
        log.debug("no phrase key: unreadable page %s", getattr(page, "page_number", "?"), exc_info=True)
        return {}

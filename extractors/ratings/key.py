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
from extractors.ratings.colour_names import is_white
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


def find_colour_key(page: Any) -> dict[tuple[float, float, float], str]:
    """The colour key printed on a page, {swatch RGB: rating}, or {} when there is none.

    A swatch is a small coloured box with a label inside it or just right of it that names a
    rating ('Green - on track', 'Yellow - minor slippage', 'Completed'). A key needs two or more
    swatches naming different ratings, so a lone coloured cell beside text is not a key.
    """
    try:
        info = as_page_facts(page)
        fills = info.fills
    except Exception:
        log.debug("no key: unreadable page %s", getattr(page, "page_number", "?"), exc_info=True)
        return {}
    key: dict[RGB, str] = {}
    cands = [
        f
        for f in fills
        if f.bottom - f.top <= 40 and 3 <= f.x1 - f.x0 <= 200 and not is_white(rgb_to_lab(f.rgb))
    ]
    if len(cands) >= 2:
        words = info.text_words
        for f in cands:
            rating = _key_label_rating(_label_for(f, cands, words))
            if rating is not None and not any(delta_e(rgb_to_lab(f.rgb), rgb_to_lab(k)) < 1 for k in key):
                key[f.rgb] = rating
    if len(set(key.values())) < 2:
        key = {}
    return key

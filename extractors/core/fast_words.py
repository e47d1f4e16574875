"""pdfplumber's word extraction, the same algorithm in a few tight loops: upright text only.

`pdfplumber.utils.extract_words` walks char dicts through generators, per-character method calls
and merged dicts; on a page of 3,000 characters that costs more than pdfium takes to read them.
This replays its steps for `use_text_flow=False`, no tolerance ratios and no punctuation
splitting: characters grouped in content order by uprightness (and font when asked), each group
clustered into lines by `top` (values chained within `y_tolerance`), each line sorted by `x0`,
and a word broken at whitespace, at a step back, at a gap wider than `x_tolerance` or at a jump
in `top` beyond `y_tolerance`. A group of rotated characters goes to pdfplumber itself.
"""

from __future__ import annotations

import itertools
from operator import itemgetter
from typing import Any

from pdfplumber.utils import extract_words as plumber_words
from pdfplumber.utils.text import LIGATURES

_X0 = itemgetter("x0")


def extract_words(
    chars: list[dict[str, Any]], x_tolerance: float = 3, y_tolerance: float = 3, by_font: bool = False
) -> list[dict[str, Any]]:
    """Word dicts (text, x0, x1, top, bottom, upright, fontname) as pdfplumber's `extract_words`
    with these tolerances and `extra_attrs=["fontname"]` when `by_font`, else none."""
    key = itemgetter("upright", "fontname") if by_font else itemgetter("upright")
    words: list[dict[str, Any]] = []
    for _, run in itertools.groupby(chars, key):
        group = list(run)
        if not group[0]["upright"]:
            extra = ["fontname"] if by_font else None
            words.extend(
                plumber_words(group, x_tolerance=x_tolerance, y_tolerance=y_tolerance, extra_attrs=extra)
            )
            continue
        for line in _lines(group, y_tolerance):
            line.sort(key=_X0)
            _words_of_line(line, x_tolerance, y_tolerance, words, by_font)
    return words


def _lines(chars: list[dict[str, Any]], tolerance: float) -> list[list[dict[str, Any]]]:
    """pdfplumber's `cluster_objects(chars, top, tolerance)`: clusters in order of their values,
    characters in content order within each."""
    index: dict[float, int] = {}
    last = None
    n = -1
    for top in sorted({c["top"] for c in chars}):
        if last is None or top > last + tolerance:
            n += 1
        index[top] = n
        last = top
    lines: list[list[dict[str, Any]]] = [[] for _ in range(n + 1)]
    for c in chars:
        lines[index[c["top"]]].append(c)
    return lines


def _words_of_line(
    line: list[dict[str, Any]], xt: float, yt: float, out: list[dict[str, Any]], by_font: bool
) -> None:
    word: list[dict[str, Any]] = []
    for c in line:
        if c["text"].isspace():
            if word:
                out.append(_merge(word, by_font))
                word = []
            continue
        if word:
            prev = word[-1]
            if c["x0"] < prev["x0"] or c["x0"] > prev["x1"] + xt or abs(c["top"] - prev["top"]) > yt:
                out.append(_merge(word, by_font))
                word = [c]
                continue
        word.append(c)
    if word:
        out.append(_merge(word, by_font))


def _merge(word: list[dict[str, Any]], by_font: bool) -> dict[str, Any]:
    first = word[0]
    # A line is sorted by x0 and a word never steps back, so its first character starts it.
    x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    parts = []
    for c in word:
        text = c["text"]
        parts.append(LIGATURES.get(text, text))
        if c["top"] < top:
            top = c["top"]
        if c["x1"] > x1:
            x1 = c["x1"]
        if c["bottom"] > bottom:
            bottom = c["bottom"]
    out = {
        "text": "".join(parts),
        "x0": x0,
        "x1": x1,
        "top": top,
        "doctop": top + first["doctop"] - first["top"],
        "bottom": bottom,
        "upright": first["upright"],
        "height": bottom - top,
        "width": x1 - x0,
        "direction": "ltr",
    }
    if by_font:
        out["fontname"] = first["fontname"]
    return out


def extract_text(chars: list[dict[str, Any]], x_tolerance: float = 3, y_tolerance: float = 3) -> str:
    """pdfplumber's `extract_text()` without layout: the words' lines (clustered by `top`) joined."""
    lines = _lines(extract_words(chars, x_tolerance, y_tolerance), y_tolerance)
    return "\n".join(" ".join(w["text"] for w in line) for line in lines)

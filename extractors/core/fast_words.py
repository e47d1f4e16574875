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
_TOP = itemgetter("top")


# What `word_boxes` gives per word: text, x0, top, x1, bottom, fontname.
WordBox = tuple[str, float, float, float, float, str]


def extract_words(
    chars: list[dict[str, Any]], x_tolerance: float = 3, y_tolerance: float = 3, by_font: bool = False
) -> list[dict[str, Any]]:
    """Word dicts (text, x0, x1, top, bottom, upright, fontname) as pdfplumber's `extract_words`
    with these tolerances and `extra_attrs=["fontname"]` when `by_font`, else none."""
    return _extract(chars, x_tolerance, y_tolerance, by_font, _merge)


def word_boxes(chars: list[dict[str, Any]], x_tolerance: float = 3, y_tolerance: float = 3) -> list[WordBox]:
    """The words `extract_words(..., by_font=True)` finds, in the same order, as (text, x0, top, x1,
    bottom, fontname) tuples: the table reader needs no more, and a dict per word costs more."""
    return _extract(chars, x_tolerance, y_tolerance, True, _merge_box)


def _extract(chars: list[dict[str, Any]], xt: float, yt: float, by_font: bool, merge: Any) -> list[Any]:
    key = itemgetter("upright", "fontname") if by_font else itemgetter("upright")
    words: list[Any] = []
    for _, run in itertools.groupby(chars, key):
        group = list(run)
        if not group[0]["upright"]:
            extra = ["fontname"] if by_font else None
            found = plumber_words(group, x_tolerance=xt, y_tolerance=yt, extra_attrs=extra)
            words.extend(found if merge is _merge else map(_box_of, found))
            continue
        for line in _lines(group, yt):
            line.sort(key=_X0)
            _words_of_line(line, xt, yt, words, by_font, merge)
    return words


def _box_of(word: dict[str, Any]) -> WordBox:
    return word["text"], word["x0"], word["top"], word["x1"], word["bottom"], word["fontname"]


def _lines(chars: list[dict[str, Any]], tolerance: float) -> list[list[dict[str, Any]]]:
    """pdfplumber's `cluster_objects(chars, top, tolerance)`: clusters in order of their values,
    characters in content order within each."""
    tops = list(map(_TOP, chars))
    index: dict[float, int] = {}
    last = None
    n = -1
    for top in sorted(set(tops)):
        if last is None or top > last + tolerance:
            n += 1
        index[top] = n
        last = top
    if n == 0:  # one line: every character in it, in content order
        return [list(chars)]
    lines: list[list[dict[str, Any]]] = [[] for _ in range(n + 1)]
    for c, top in zip(chars, tops, strict=True):
        lines[index[top]].append(c)
    return lines


def _words_of_line(
    line: list[dict[str, Any]], xt: float, yt: float, out: list[Any], by_font: bool, merge: Any
) -> None:
    word: list[dict[str, Any]] = []
    # The last character of the word in hand: where it starts and ends, and its top.
    p_x0 = p_x1 = p_top = 0.0
    for c in line:
        if c["text"].isspace():
            if word:
                out.append(merge(word, by_font))
                word = []
            continue
        x0, top = c["x0"], c["top"]
        if word and (x0 < p_x0 or x0 > p_x1 + xt or abs(top - p_top) > yt):
            out.append(merge(word, by_font))
            word = [c]
        else:
            word.append(c)
        p_x0, p_x1, p_top = x0, c["x1"], top
    if word:
        out.append(merge(word, by_font))


def _span(word: list[dict[str, Any]]) -> tuple[str, float, float, float, float]:
    """A word's text and box (x0, top, x1, bottom) from its characters, as pdfplumber merges them."""
    first = word[0]
    # A line is sorted by x0 and a word never steps back, so its first character starts it.
    x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    if len(word) == 1:
        text = first["text"]
        return LIGATURES.get(text, text), x0, top, x1, bottom
    parts = []
    for c in word:
        t = c["text"]
        parts.append(LIGATURES.get(t, t))
        if c["top"] < top:
            top = c["top"]
        if c["x1"] > x1:
            x1 = c["x1"]
        if c["bottom"] > bottom:
            bottom = c["bottom"]
    return "".join(parts), x0, top, x1, bottom


def _merge_box(word: list[dict[str, Any]], by_font: bool) -> WordBox:
    text, x0, top, x1, bottom = _span(word)
    return text, x0, top, x1, bottom, word[0]["fontname"]


def _merge(word: list[dict[str, Any]], by_font: bool) -> dict[str, Any]:
    # _span's loop written out again: a call per word costs text_words ~8%.
    first = word[0]
    x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    if len(word) == 1:
        text = first["text"]
        text = LIGATURES.get(text, text)
    else:
        parts = []
        for c in word:
            t = c["text"]
            parts.append(LIGATURES.get(t, t))
            if c["top"] < top:
                top = c["top"]
            if c["x1"] > x1:
                x1 = c["x1"]
            if c["bottom"] > bottom:
                bottom = c["bottom"]
        text = "".join(parts)
    out = {
        "text": text,
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

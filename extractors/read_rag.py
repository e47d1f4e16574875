"""Read RAG/BRAG ratings from a rating cell's text or its fill colour. Reads: actions (+ the open PDF). Writes: actions.

Each action gets `rag` (one of RAG_VALUES or None), `rag_raw` (the text as printed, else the fill as
'#RRGGBB'), `rag_source` ('text' | 'fill' | 'none': where `rag` came from) and `rag_cell` (the
role of the cell it was read from: 'rag', or 'ref' / 'action' when the plan colours those instead,
or 'progress' when a table without a rating column rates by its status cell's fill or phrase).

Decisions worth knowing:
- A split rating such as 'R/A' or 'Amber/Green' takes the worse of the two (red > amber > green >
  blue): a plan's reader should see the concern, and the raw text keeps the nuance.
- Yellow and orange are amber (the schemes that use them mean 'minor slippage' / 'at risk').
- Grey means 'not started' only when it is a mid grey or when the document's key says so; pale
  greys and pale blues are what Word and Excel use to shade headers and bands, so never ratings.
- A fill shared by the rating cell and the action cell is row shading, never a rating.
- Text wins over fill; a rating column holding something else ('?', 'n/a') gives None unless the
  cell is also coloured.
- Without a rating column, a saturated fill of the status/progress cell, else the status phrase
  that opens it ('Completed', 'On track - ...') when the column is a status column (most of its
  cells open with a status phrase), gives the rating; see docs/ratings.md.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from extractors.colours import (
    RGB,
    chroma,
    delta_e,
    hex_to_rgb,
    rgb_to_hex,
    rgb_to_lab,
    to_rgb,
)
from extractors.core import DocContext, PageFacts, PageStore, StageConfig
from extractors.core.fills import Fill
from extractors.status_phrases import match_status
from schemas.actions import RAG_VALUES  # noqa: F401 - re-exported: the one closed vocabulary

log = logging.getLogger(__name__)
NAME, VERSION = "read_rag", "2"

KEY_LOOKBACK_PAGES = 3  # a key is printed once, above the table or on a page or two before it
_SEVERITY = {"red": 4, "amber": 3, "green": 2, "blue": 1}  # for 'R/A': the worse wins

# ----------------------------------------------------------------------------------------------
# Text

_WORDS = {
    "r": "red",
    "red": "red",
    "a": "amber",
    "amber": "amber",
    "orange": "amber",
    "y": "amber",
    "yellow": "amber",
    "g": "green",
    "green": "green",
    "b": "blue",
    "blue": "blue",
    "grey": "grey",
    "gray": "grey",
}
# Words that name a rating's meaning rather than its colour; only read in a rating column or key.
_PHRASES = [
    (r"not (?:yet )?started|not yet due|not due", "grey"),
    (r"off[ -]?track|overdue|not achieved|significant (?:slippage|delay)", "red"),
    (
        r"(?:some |minor |slight )?slippage|at risk|delayed|some (?:issues|delay)|minor (?:issues|delay)",
        "amber",
    ),
    (r"on[ -]?track|on target|on schedule", "green"),
    (r"complete|completed|done|achieved|delivered", "blue"),
]
_PHRASE_RES = [(re.compile(rf"^(?:{p})$"), v) for p, v in _PHRASES]
_PHRASE_PREFIX_RES = [(re.compile(rf"^(?:{p})\b"), v) for p, v in _PHRASES]
_SPLIT = re.compile(r"\s*(?:/|\\|&|\+|\bor\b|-|–|—)\s*")
_ARROW = re.compile(r"\s*(?:→|->|⇒|=>)\s*")  # 'A -> G': direction of travel, the last is current
_COMBINED_LETTERS = re.compile(r"^(?:ra|ag|rag|ar|ga|ba|bg|gb)$")


def _clean(text: str) -> str:
    t = text.casefold().replace("\u00a0", " ")
    t = re.sub(r"[()\[\]{}.,;!*#'\"•·]+", " ", t)
    return re.sub(r"\s+", " ", t).strip(" -–—=:")


def _worse(values: Iterable[str]) -> str | None:
    vals = [v for v in values if v in _SEVERITY]
    return max(vals, key=_SEVERITY.__getitem__) if vals else None


def _one(token: str) -> str | None:
    """A single word, letter or phrase, or None."""
    if token in _WORDS:
        return _WORDS[token]
    for rx, value in _PHRASE_RES:
        if rx.match(token):
            return value
    return None


def rag_from_text(text: str | None) -> str | None:
    """The rating a rating cell's text names, or None when it names none ('?', 'n/a', prose).

    Reads letters, colour words and status phrases in any case ('G', 'Amber', 'On track',
    'Completed'); a cell whose pieces all agree ('G G' across a page break) gives that rating;
    a split ('R/A', 'Amber / Green') gives the worse. Pure; never raises.
    """
    if not isinstance(text, str):
        return None
    t = _clean(text)
    if not t or len(t) > 80:  # a paragraph in a rating column is commentary, not a rating
        return None
    whole = _one(t)
    if whole:
        return whole
    if _ARROW.search(t):
        return rag_from_text(_ARROW.split(t)[-1])
    # 'Green - on track', 'G (on track)', 'Blue: done': a colour word, then a separator or a phrase
    # that agrees ('A review is planned' is prose, not amber)
    m = re.match(r"^(\w+)\s*([-–—=:]?)\s*(.+)$", t)
    if m and m.group(1) in _WORDS:
        first_val = _WORDS[m.group(1)]
        rest = m.group(3).strip(" -–—=:")
        rest_val = _one(rest) or _prefix_phrase(rest)
        if (rest_val == first_val or (m.group(2) and rest_val is None)) and not _mentions_other_colour(
            rest, first_val
        ):
            return first_val
    parts = [p for p in _SPLIT.split(t) if p]
    if len(parts) > 1:
        vals = [_one(p) or _one(p.replace(" ", "")) for p in parts]
        if len(parts) >= 3 and {"red", "amber", "green"} <= set(vals):
            return None  # 'R/A/G', 'B/R/A/G': the column's name or a legend, not a rating
        if all(vals):
            if len(set(vals)) == 1:
                return vals[0]
            return _worse(v for v in vals if v)
        return None
    tokens = t.split(" ")
    if len(tokens) > 1 and all(tok in _WORDS for tok in tokens):
        vals = [_WORDS[tok] for tok in tokens]
        return vals[0] if len(set(vals)) == 1 else _worse(vals)
    if _COMBINED_LETTERS.match(t) and t != "rag":  # 'RA', 'AG' printed without a slash
        return _worse(_WORDS[c] for c in t)
    joined = t.replace(" ", "")
    if joined != t and len(joined) <= 12:  # a word a narrow column broke: 'Com plete d', 'Amb er'
        return _one(joined)
    return None


def _prefix_phrase(text: str) -> str | None:
    for rx, value in _PHRASE_PREFIX_RES:
        if rx.match(text):
            return value
    return None


def _mentions_other_colour(text: str, value: str) -> bool:
    return any(_WORDS[w] != value for w in text.split(" ") if len(w) > 1 and w in _WORDS)


# ----------------------------------------------------------------------------------------------
# Colour

# Typical shades per rating: Office theme and standard colours, Excel's conditional formats,
# traffic-light pure colours. Yellow and orange count as amber.
_NAMED_HEX = {
    "red": ["FF0000", "C00000", "E06666", "F8696B", "FFC7CE", "CC0000", "E74C3C"],
    "amber": ["FFC000", "FFBF00", "FFA500", "ED7D31", "F79646", "FFD966", "FFEB9C", "FFFF00", "FFE699"],
    "green": ["00B050", "00FF00", "92D050", "008000", "00A651", "70AD47", "A9D08E", "C6EFCE", "63BE7B"],
    "blue": ["0070C0", "00B0F0", "0000FF", "4472C4", "5B9BD5", "2E75B6", "9BC2E6", "8EA9DB", "1F4E79"],
    "grey": ["808080", "7F7F7F", "A6A6A6", "969696"],
}
_NAMED_LAB = [(rgb_to_lab(hex_to_rgb(h)), rag) for rag, hexes in _NAMED_HEX.items() for h in hexes]
NAMED_MAX_DE = 30.0  # farther than this from every named shade (purple, pink, brown): no rating
KEY_MAX_DE = 12.0  # a key colour matches cells of the same swatch (rounding, CMYK conversion)
KEY_PALE_MAX_DE = 4.0


def _is_white(lab: tuple[float, float, float]) -> bool:
    return lab[0] >= 96.5 and chroma(lab) < 5


def _is_pale(lab: tuple[float, float, float]) -> bool:
    """Header or band shading: light and weakly coloured (Word's 'Blue, Accent 1, Lighter 80%')."""
    return lab[0] > 78 and chroma(lab) < 20


def _key_rating(lab: tuple[float, float, float], key: dict | None) -> str | None:
    """The rating of the key swatch nearest to `lab`, when near enough to be the same swatch."""
    best: tuple[float, str] | None = None
    for krgb, krag in (key or {}).items():
        klab = rgb_to_lab(krgb) if krag in RAG_VALUES else None
        if klab is None:
            continue
        d = delta_e(lab, klab)
        # Pale swatches sit close to header shading (light grey vs pale blue is ~10): match tightly.
        limit = KEY_PALE_MAX_DE if _is_pale(klab) or _is_pale(lab) else KEY_MAX_DE
        if d <= limit and (best is None or d < best[0]):
            best = (d, krag)
    return best[1] if best else None


def rag_from_colour(rgb: tuple[float, float, float] | None, key: dict | None = None) -> str | None:
    """The rating a fill colour (sRGB 0..1) stands for, by the document's key when given, else by name.

    White, pale shading, near-black and colours far from every rating colour give None.
    """
    if not isinstance(rgb, (tuple, list)) or len(rgb) != 3:
        return None
    checked = to_rgb(tuple(rgb))  # refuses NaN, infinities and values outside 0..1
    if checked is None:
        return None
    lab = rgb_to_lab(checked)
    if _is_white(lab):
        return None
    by_key = _key_rating(lab, key)
    if by_key:
        return by_key
    if _is_pale(lab) or lab[0] < 20:
        return None
    c = chroma(lab)
    if c < 8:  # neutral: only a mid grey is a 'not started' swatch; light greys are shading
        return "grey" if 40 <= lab[0] <= 72 else None
    d, rag = min((delta_e(lab, ref), r) for ref, r in _NAMED_LAB)
    return rag if d <= NAMED_MAX_DE and rag != "grey" else None


# ----------------------------------------------------------------------------------------------
# Cell fill

_GRID = 7  # sample points per side of a cell


def _top_fill_at(fills: list[Fill], x: float, y: float) -> Fill | None:
    """The fill seen at a point: the smallest covering one (a cell over the page's background),
    then the latest drawn."""
    best = None
    for f in fills:
        if f.x0 <= x <= f.x1 and f.top <= y <= f.bottom:
            if best is None or (f.area, -f.order) < (best.area, -best.order):
                best = f
    return best


def _facts(page: Any) -> PageFacts:
    """A page from the store as it is; a bare pdfplumber page (a caller outside a run) wrapped."""
    return page if isinstance(page, PageFacts) else PageFacts(page, page.page_number)


def _fill_in_box(info: PageFacts, bbox: tuple[float, float, float, float]) -> RGB | None:
    x0, top, x1, bottom = (float(v) for v in bbox)
    if x1 - x0 < 1 or bottom - top < 1:
        return None
    # Band shading across the page (a section heading) is not the cell's own fill.
    band = (x1 - x0) + 0.3 * info.width
    near = [
        f
        for f in info.fills
        if f.x1 > x0 and f.x0 < x1 and f.bottom > top and f.top < bottom and (f.x1 - f.x0) < band
    ]
    if not near:
        return None
    inset = min(1.5, (x1 - x0) / 4, (bottom - top) / 4)
    counts: Counter[RGB] = Counter()
    for i in range(_GRID):
        for j in range(_GRID):
            x = x0 + inset + (x1 - x0 - 2 * inset) * i / (_GRID - 1)
            y = top + inset + (bottom - top - 2 * inset) * j / (_GRID - 1)
            f = _top_fill_at(near, x, y)
            if f is not None and not _is_white(rgb_to_lab(f.rgb)):
                counts[f.rgb] += 1
    if counts:
        rgb, n = counts.most_common(1)[0]
        if n >= 0.25 * _GRID * _GRID:
            return rgb
    # A dot or small shape inside the cell (a traffic light drawn as a circle).
    inside = [
        f
        for f in near
        if f.x0 >= x0 - 1 and f.x1 <= x1 + 1 and f.top >= top - 1 and f.bottom <= bottom + 1 and f.area >= 9
    ]
    inside = [f for f in inside if chroma(rgb_to_lab(f.rgb)) >= 20]
    if inside:
        return max(inside, key=lambda f: f.area).rgb
    return None


def cell_fill(page: Any, bbox: tuple[float, float, float, float]) -> tuple[float, float, float] | None:
    """The dominant non-white fill under `bbox` (x0, top, x1, bottom in points, top-left origin) as
    sRGB 0..1, or None. Fills spanning much of the page width (section bands) are ignored."""
    return _fill_in_box(_facts(page), bbox)


# ----------------------------------------------------------------------------------------------
# Colour key

_KEY_COLOUR_WORD = re.compile(
    r"^(red|amber|green|blue|yellow|orange|grey|gray|purple|black|pink|white|brown|r|a|g|b|y)\b\s*[-–—=:]?\s*(.*)$"
)
_CORE = {"red": "red", "amber": "amber", "green": "green", "blue": "blue", "grey": "grey", "gray": "grey"}


def _key_label_rating(label: str) -> str | None:
    """'Blue - completed' -> blue; 'Yellow - minor slippage' -> amber; 'Completed' -> blue."""
    t = _clean(label)
    if not t:
        return None
    m = _KEY_COLOUR_WORD.match(t)
    if m:
        word, rest = m.group(1), m.group(2).strip()
        if len(word) == 1 and rest and not re.match(r"^\s*[-–—=:]", t[1:]):
            return _one(t)  # 'A review...': an article, not the letter of a rating
        meaning = (_one(rest) or _prefix_phrase(rest)) if rest else None
        if word in _CORE:
            return _CORE[word]
        if meaning:  # the scheme's own word for a non-core colour decides ('Purple - completed')
            return meaning
        return _WORDS.get(word) if len(word) > 1 else None
    return _one(t)


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
    return _swatch_key(page)[0]


def _swatch_key(page: Any) -> tuple[dict[RGB, str], dict[str, str]]:
    """({swatch RGB: rating}, {label phrase: rating}) of the page's colour key, or two empty dicts."""
    try:
        info = _facts(page)
        fills = info.fills
    except Exception:
        log.debug("no key: unreadable page %s", getattr(page, "page_number", "?"), exc_info=True)
        return {}, {}
    key: dict[RGB, str] = {}
    phrases: dict[str, str] = {}
    cands = [
        f
        for f in fills
        if f.bottom - f.top <= 40 and 3 <= f.x1 - f.x0 <= 200 and not _is_white(rgb_to_lab(f.rgb))
    ]
    if len(cands) >= 2:
        words = info.text_words
        for f in cands:
            label = _label_for(f, cands, words)
            rating = _key_label_rating(label)
            if rating is not None and not any(delta_e(rgb_to_lab(f.rgb), rgb_to_lab(k)) < 1 for k in key):
                key[f.rgb] = rating
                for phrase in _label_meanings(label):
                    phrases.setdefault(phrase, rating)
    if len(set(key.values())) < 2:
        return {}, {}
    return key, phrases


def _label_meanings(label: str) -> list[str]:
    """The phrases a key label gives a rating: 'Red - delayed / off track' -> ['delayed', 'off track']."""
    t = _clean(label)
    m = _KEY_COLOUR_WORD.match(t)
    rest = m.group(2) if m and (len(m.group(1)) > 1 or re.match(r"^\w\s*[-–—=:]", t)) else t
    return [p.strip() for p in re.split(r"\s*(?:/|\bor\b|;)\s*", rest) if len(p.strip()) >= 3]


# 'Red - off track', 'Amber = at risk': a key printed as words, without swatches
_TEXT_KEY_ENTRY = re.compile(
    r"\b(red|amber|green|blue|grey|gray|yellow|orange)\s*[-–—=:]\s*([a-z][a-z ]{2,40}?)"
    r"(?=\s*(?:[,;.)]|\b(?:red|amber|green|blue|grey|gray|yellow|orange)\b\s*[-–—=:]|$))"
)


def find_phrase_key(page: Any) -> dict[str, str]:
    """What the page's key calls each rating, {phrase: rating}, from its swatches' labels or from
    entries printed as words ('Red - off track; Amber - at risk'). Needs two ratings, like a key."""
    try:
        phrases = dict(_swatch_key(page)[1])
        lines: dict[int, list[dict[str, Any]]] = {}
        for w in _facts(page).text_words:
            lines.setdefault(round(float(w["top"]) / 3), []).append(w)
        text_key: dict[str, str] = {}
        for ws in lines.values():
            line = _clean(" ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"])))
            for m in _TEXT_KEY_ENTRY.finditer(line):
                text_key.setdefault(m.group(2).strip(), _WORDS[m.group(1)])
        if len(set(text_key.values())) >= 2:
            for phrase, rating in text_key.items():
                phrases.setdefault(phrase, rating)
        return phrases
    except Exception:
        log.debug("no phrase key: unreadable page %s", getattr(page, "page_number", "?"), exc_info=True)
        return {}


# ----------------------------------------------------------------------------------------------
# Stage


def _fragments_fill(pages: _Pages, frags: Iterable[Any]) -> RGB | None:
    """The fill of a cell that may span pages: the colour covering the largest fragment area."""
    votes: Counter[RGB] = Counter()
    for fr in frags:
        page = pages.get(fr.page)
        if page is None:
            continue
        rgb = pages.fill(page, (fr.x0, fr.top, fr.x1, fr.bottom))
        if rgb is not None:
            votes[rgb] += max(1.0, (fr.x1 - fr.x0) * (fr.bottom - fr.top))
    return votes.most_common(1)[0][0] if votes else None


class _Pages:
    """Failure-tolerant access to the document's pages through the page store."""

    def __init__(self, store: PageStore | None, strict: bool, warnings: list[str]) -> None:
        self.store, self.strict, self.warnings = store, strict, warnings
        self.bad: set[int] = set()
        self.keys: dict[int, dict[RGB, str]] = {}

    def get(self, number: int) -> PageFacts | None:
        if self.store is None or number in self.bad:
            return None
        try:
            return self.store.get(int(number)) if 1 <= int(number) <= len(self.store) else None
        except Exception:
            return self._fail(number)

    def fill(self, page: PageFacts, bbox: tuple[float, float, float, float]) -> RGB | None:
        try:
            return cell_fill(page, bbox)
        except Exception:
            self._fail(page.number)
            return None

    def key(self, number: int) -> dict[RGB, str]:
        if number in self.keys:
            return self.keys[number]
        page = self.get(number)
        if page is None:
            return {}
        try:
            self.keys[number] = find_colour_key(page)
        except Exception:
            self._fail(number)
            return {}
        return self.keys[number]

    def _fail(self, number: int) -> None:
        if self.strict:
            raise
        log.warning("read_rag: cannot read the graphics of page %s", number, exc_info=True)
        self.warnings.append(f"read_rag: unreadable graphics on page {number}")
        self.bad.add(number)
        return None


def _pages_of(action: dict[str, Any]) -> list[int]:
    return [fr.page for frs in (action.get("_cells") or {}).values() for fr in frs or []]


def _table_keys(actions: list[dict[str, Any]], pages: _Pages) -> dict[Any, dict[RGB, str]]:
    """One colour key per table: keys printed on its pages and a few pages before, nearest first."""
    spans: dict[Any, list[int]] = {}
    for a in actions:
        spans.setdefault(a.get("table_index"), []).extend(_pages_of(a))
    keys: dict[Any, dict[RGB, str]] = {}
    for table, nums in spans.items():
        if not nums:
            keys[table] = {}
            continue
        first, last = min(nums), max(nums)
        order = [
            first,
            *range(first - 1, max(0, first - KEY_LOOKBACK_PAGES - 1), -1),
            *range(first + 1, last + 1),
        ]
        merged: dict[RGB, str] = {}
        for n in order:
            for rgb, rag in pages.key(n).items():
                if not any(delta_e(rgb_to_lab(rgb), rgb_to_lab(k)) < 3 for k in merged):
                    merged[rgb] = rag
        keys[table] = merged
    return keys


def _same_colour(a: RGB | None, b: RGB | None) -> bool:
    return a is not None and b is not None and delta_e(rgb_to_lab(a), rgb_to_lab(b)) < 3


def _read_fill(
    action: dict[str, Any], role: str, pages: _Pages, key: dict[RGB, str]
) -> tuple[str | None, RGB | None]:
    """(rating, fill) of one cell of the row; row shading (the same fill in the row's other main
    cell) gives no rating."""
    cells = action.get("_cells") or {}
    fill = _fragments_fill(pages, cells.get(role) or [])
    if fill is None:
        return None, None
    other_role = (
        "action" if role != "action" else next((r for r in cells if r not in ("action", "ref", "rag")), None)
    )
    if other_role and cells.get(other_role) and _same_colour(fill, _fragments_fill(pages, cells[other_role])):
        return None, None
    rating = rag_from_colour(fill, key)
    if role != "rag" and rating is not None:
        # Outside the rating column only a clearly coloured cell counts (not a light tint, not grey).
        lab = rgb_to_lab(fill)
        if _key_rating(lab, key) is None and (chroma(lab) < 30 or rating == "grey"):
            rating = None
    return rating, fill


def _table_phrase_keys(actions: list[dict[str, Any]], pages: _Pages) -> dict[Any, dict[str, str]]:
    """What each table's key calls each rating: its pages and a few before, nearest first."""
    spans: dict[Any, list[int]] = {}
    for a in actions:
        spans.setdefault(a.get("table_index"), []).extend(_pages_of(a))
    out: dict[Any, dict[str, str]] = {}
    for table, nums in spans.items():
        merged: dict[str, str] = {}
        if nums:
            first, last = min(nums), max(nums)
            order = [first, *range(first - 1, max(0, first - KEY_LOOKBACK_PAGES - 1), -1)]
            order += list(range(first + 1, last + 1))
            for n in order:
                page = pages.get(n)
                if page is not None:
                    for phrase, rag in find_phrase_key(page).items():
                        merged.setdefault(phrase, rag)
        out[table] = merged
    return out


STATUS_COLUMN_SHARE = 0.6


def _status_tables(actions: list[dict[str, Any]]) -> set[Any]:
    """Tables whose status/progress column is a status column: most of its filled cells open with
    a status phrase ('New', 'Ongoing', 'Completed ...'), in the table and across the document's
    tables without a rating column (one table of a few rows is too small to tell). A progress
    column of narrative that now and then says 'Completed' reports what happened; it does not rate.
    """
    seen: dict[Any, list[int]] = {}
    for a in actions:
        text = a.get("progress")
        if isinstance(text, str) and text.strip() and not _has_rating_column(a):
            counts = seen.setdefault(a.get("table_index"), [0, 0])
            counts[0] += match_status(text) is not None
            counts[1] += 1
    hits, n = sum(h for h, _ in seen.values()), sum(m for _, m in seen.values())
    if hits < STATUS_COLUMN_SHARE * n:
        return set()
    return {t for t, (h, m) in seen.items() if h >= STATUS_COLUMN_SHARE * m}


def _has_rating_column(action: dict[str, Any]) -> bool:
    cells = action.get("_cells")
    if cells:
        return "rag" in cells
    return isinstance(action.get("rag_raw"), str)


def run(ctx: DocContext, cfg: StageConfig) -> None:
    """Set rag, rag_raw, rag_source and rag_cell on every action of ctx.actions.

    Without a rating column the status or progress cell speaks for the rating: a saturated fill
    first, then the status phrase that opens it (extractors.status_phrases; docs/ratings.md).
    """
    pages = _Pages(ctx.store if ctx.pdf is not None else None, cfg.strict, ctx.warnings)
    keys: dict[Any, dict[RGB, str]] | None = None
    phrase_keys: dict[Any, dict[str, str]] | None = None
    status_tables = _status_tables(ctx.actions)
    counts: Counter[str] = Counter()
    for action in ctx.actions:
        raw = action.get("rag_raw")
        text = raw if isinstance(raw, str) and raw.strip() else None
        rag, source, cell, shown = rag_from_text(text), "text", "rag", text
        no_rating_column = not _has_rating_column(action)
        if rag is None and pages.store is not None and action.get("_cells"):
            unmapped: RGB | None = None
            roles = ("rag", "ref", "action", *(("progress",) if no_rating_column else ()))
            for role in roles:
                if role not in action["_cells"] or (
                    role != "rag" and action.get("_cells", {}).get("rag") and text
                ):
                    continue
                if _fragments_fill(pages, action["_cells"][role]) is None:
                    continue  # nothing painted: no need to look for the document's colour key
                if keys is None:
                    keys = _table_keys(ctx.actions, pages)
                key = keys.get(action.get("table_index"), {})
                rating, fill = _read_fill(action, role, pages, key)
                if rating is not None and fill is not None:
                    rag, source, cell, shown = rating, "fill", role, rgb_to_hex(fill)
                    break
                if role == "rag" and fill is not None and not _is_pale(rgb_to_lab(fill)):
                    unmapped = fill
            if rag is None and shown is None and unmapped is not None:
                shown = rgb_to_hex(unmapped)  # a colour we could not name: kept for review
        if (
            rag is None
            and no_rating_column
            and action.get("table_index") in status_tables
            and match_status(action.get("progress")) is not None
        ):
            if phrase_keys is None:
                phrase_keys = _table_phrase_keys(ctx.actions, pages) if pages.store is not None else {}
            status = match_status(action.get("progress"), phrase_keys.get(action.get("table_index")))
            if status is not None and status.rag is not None:
                rag, source, cell, shown = status.rag, "text", "progress", status.raw
        if rag is None:
            source, cell = "none", None
        action["rag"], action["rag_raw"], action["rag_source"], action["rag_cell"] = rag, shown, source, cell
        counts[source] += 1
    log.info(
        "read_rag: %d actions, %d from text, %d from fill, %d without rating",
        len(ctx.actions),
        counts["text"],
        counts["fill"],
        counts["none"],
    )

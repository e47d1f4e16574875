"""Page geometry shared by the table stages: rule segments, text lines and interval helpers.

Coordinates are PDF points with a top-left origin, as pdfplumber gives them.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from extractors.core.glyph_text import unswap_ligatures
from extractors.unmapped_bullets import read_bullets

RULE_THICKNESS = 2.5  # a rect thinner than this is drawn as a rule, not a filled box
SNAP = 2.0  # points within which two rule positions are the same line
_X0 = attrgetter("x0")


@dataclass(frozen=True)
class Segment:
    """A horizontal (y fixed, x0..x1) or vertical (x fixed, y0..y1) rule."""

    pos: float
    lo: float
    hi: float

    @property
    def length(self) -> float:
        return self.hi - self.lo

    def covers(self, a: float, b: float, slack: float = 1.0) -> bool:
        return self.lo - slack <= a and b <= self.hi + slack


@dataclass
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    bold: bool = False

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2


def rule_segments(page) -> tuple[list[Segment], list[Segment]]:
    """Horizontal and vertical rules from lines, thin rects and the edges of stroked boxes."""
    horizontal: list[Segment] = []
    vertical: list[Segment] = []
    for ln in page.lines:
        if abs(ln["top"] - ln["bottom"]) <= SNAP:
            horizontal.append(Segment(ln["top"], min(ln["x0"], ln["x1"]), max(ln["x0"], ln["x1"])))
        elif abs(ln["x0"] - ln["x1"]) <= SNAP:
            vertical.append(Segment(ln["x0"], ln["top"], ln["bottom"]))
    for r in page.rects:
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if h <= RULE_THICKNESS and w > h:
            horizontal.append(Segment((r["top"] + r["bottom"]) / 2, r["x0"], r["x1"]))
        elif w <= RULE_THICKNESS and h > w:
            vertical.append(Segment((r["x0"] + r["x1"]) / 2, r["top"], r["bottom"]))
        elif r.get("stroke"):
            horizontal += [Segment(r["top"], r["x0"], r["x1"]), Segment(r["bottom"], r["x0"], r["x1"])]
            vertical += [Segment(r["x0"], r["top"], r["bottom"]), Segment(r["x1"], r["top"], r["bottom"])]
    return merge_segments(horizontal), merge_segments(vertical)


def merge_segments(segments: list[Segment]) -> list[Segment]:
    """Join collinear segments that touch or overlap (Word draws one border per cell)."""
    # Group by position first, then merge along each line in order: bucketing positions by
    # rounding would split one line whose borders sit either side of a bucket edge (221.5 and
    # 220.8), and join its pieces out of order.
    lines: list[list[Segment]] = []
    for s in sorted(segments, key=lambda s: s.pos):
        if lines and s.pos - lines[-1][0].pos <= SNAP:
            lines[-1].append(s)
        else:
            lines.append([s])
    out: list[Segment] = []
    for line in lines:
        merged: list[Segment] = []
        for s in sorted(line, key=lambda s: s.lo):
            if merged and s.lo <= merged[-1].hi + SNAP:
                last = merged[-1]
                merged[-1] = Segment(last.pos, last.lo, max(last.hi, s.hi))
            else:
                merged.append(s)
        out.extend(merged)
    return sorted(out, key=lambda s: (s.pos, s.lo))


def page_words(page) -> list[Word]:
    raw = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, extra_attrs=["fontname"])
    return [
        Word(
            read_bullets(unswap_ligatures(w["text"])),
            w["x0"],
            w["top"],
            w["x1"],
            w["bottom"],
            "bold" in w["fontname"].lower(),
        )
        for w in raw
        if w["text"].strip()
    ]


def attach_superscripts(words: list[Word]) -> list[Word]:
    """Glue a raised, smaller word to the word it follows without a gap ('3' + 'rd', 'plan' + '6').

    A superscript sits higher than its line, so it would be read as a line of its own above it
    and its text put before the word it belongs to ('rd 3 Quarter').
    """
    if not words:
        return words
    typical = sorted(w.bottom - w.top for w in words)[len(words) // 2]
    small = [w for w in words if w.bottom - w.top <= 0.75 * typical]
    if not small:
        return words
    glued: dict[int, Word] = {}
    absorbed: set[int] = set()
    for w in small:
        for b in words:
            height = b.bottom - b.top
            if (
                b is not w
                and height > 1.25 * (w.bottom - w.top)
                and -0.5 <= w.x0 - b.x1 <= 1.0
                and w.bottom <= b.yc + 1.0
                and w.top >= b.top - 0.6 * height
                and id(b) not in absorbed
            ):
                base = glued.get(id(b), b)
                glued[id(b)] = Word(base.text + w.text, base.x0, base.top, w.x1, base.bottom, base.bold)
                absorbed.add(id(w))
                break
    return [glued.get(id(w), w) for w in words if id(w) not in absorbed]


def group_lines(words: list[Word], tolerance: float = 2.5) -> list[list[Word]]:
    """Words grouped into visual lines by their vertical centre, each line sorted left to right."""
    # Each centre computed once (this runs for every region of every page); the index keeps
    # the sort stable for words at the same centre and x0, as sorting the words themselves is.
    keyed = sorted([((w.top + w.bottom) / 2, w.x0, i, w) for i, w in enumerate(words)])
    lines: list[list[Word]] = []
    first_yc = 0.0  # the centre of the current line's first word
    for yc, _, _, w in keyed:
        if lines and abs(first_yc - yc) <= tolerance:
            lines[-1].append(w)
        else:
            lines.append([w])
            first_yc = yc
    return [sorted(line, key=_X0) for line in lines]


def cluster(values: list[float], tolerance: float = SNAP) -> list[float]:
    """Distinct positions, values within `tolerance` of each other averaged into one."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tolerance:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


# One- and two-letter words a line may really start with; any other such fragment is a word's tail.
SHORT_WORDS = {
    "a",
    "i",
    "an",
    "as",
    "at",
    "be",
    "by",
    "do",
    "go",
    "he",
    "if",
    "in",
    "is",
    "it",
    "me",
    "my",
    "no",
    "of",
    "on",
    "or",
    "so",
    "to",
    "up",
    "us",
    "we",
    "vs",
    "eg",
    "ie",
    "am",
    "pm",
}


def _broken_tail(word: str) -> bool:
    core = word.rstrip(".,;:)")
    return 0 < len(core) <= 2 and core.isalpha() and core.islower() and core not in SHORT_WORDS


def join_text(words: list[Word]) -> str:
    """Cell text as printed: lines top to bottom, words left to right, wraps become single spaces.

    Some wraps are not spaces: a line ending in a hyphen before a lower-case word ('multi-' /
    'agency' is 'multi-agency'), punctuation pushed alone onto the next line ('accommodation' /
    '.'), and the last letter or two of a word a narrow column broke ('Commissionin' / 'g'),
    told from a real short word by not being one.
    """
    out = ""
    for line in group_lines(words):
        text = " ".join(w.text for w in line)
        if not out:
            out = text
        elif (
            (out.endswith("-") and len(out) > 1 and out[-2].isalpha() and text[:1].islower())
            or (text[:1] in ".,;:)" and not text[1:2].isalnum())
            or (out[-1:].isalpha() and _broken_tail(line[0].text))
        ):
            out += text
        else:
            out += " " + text
    return out

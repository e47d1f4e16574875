"""Header detection: the lines whose phrases name several column roles start a table; the heading above it is its title."""

from __future__ import annotations

from dataclasses import dataclass

from extractors.geometry import Segment, Word, join_text
from extractors.header_lexicon import is_header_word, role_of

CHUNK_GAP = 6.0  # horizontal gap (pt) that separates two header phrases on one line
MIN_HEADER_ROLES = 3  # distinct column roles a line needs to be a header row
MIN_HEADER_VOCAB = 0.6  # share of a header line's words that are header vocabulary
MIN_CHUNK_SCORE = 0.75  # share of a header phrase's words the lexicon must explain


@dataclass
class Band:
    top: float
    bottom: float
    x0: float
    x1: float


def chunks(line: list[Word], gap: float = CHUNK_GAP) -> list[list[Word]]:
    out: list[list[Word]] = []
    for w in line:
        if out and w.x0 - out[-1][-1].x1 <= gap:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def is_header_line(line: list[Word]) -> bool:
    vocab = sum(1 for w in line if is_header_word(w.text))
    if vocab < MIN_HEADER_VOCAB * len(line):
        return False
    # A chunk counts when the lexicon explains most of its words: a body line of prose whose
    # chunks happen to contain one header word each ('Agree outcomes for the') is no header.
    found = (role_of(" ".join(w.text for w in c)) for c in chunks(line))
    roles = {role for role, score in found if score >= MIN_CHUNK_SCORE}
    roles.discard("other")
    return len(roles) >= MIN_HEADER_ROLES


def find_header_bands(lines: list[list[Word]], hrules: list[Segment]) -> list[Band]:
    bands: list[Band] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not is_header_line(line):
            i += 1
            continue
        top = min(w.top for w in line)
        height = max(w.bottom - w.top for w in line)
        top = _wrapped_header_top(lines[:i], line, top, height, hrules)
        below = [s.pos for s in hrules if top + height * 0.6 < s.pos < top + 12 * height]
        j = i + 1
        if below:
            bottom = min(below)
            while j < len(lines) and lines[j][0].yc < bottom:
                j += 1
        else:  # unruled: the header is the run of bold lines that follows closely
            bottom = max(w.bottom for w in line)
            while j < len(lines) and all(w.bold for w in lines[j]) and lines[j][0].top - bottom < height:
                bottom = max(w.bottom for w in lines[j])
                j += 1
        words = [w for ln in lines[i:j] for w in ln]
        bands.append(Band(top, bottom, min(w.x0 for w in words), max(w.x1 for w in words)))
        i = j
    return bands


MAX_HEADER_WRAP = 3  # lines a header cell may wrap to above the line that names the columns


def _wrapped_header_top(
    above: list[list[Word]], line: list[Word], top: float, height: float, hrules: list[Segment]
) -> float:
    """The top of a header row whose cells wrap: lines just above the line that names the columns.

    A browser centres each header cell vertically, so a header that wraps to three lines in one
    cell and one line in the others starts above the line that carries most of the column names
    ('Ofsted' / 'No.  Lead  Action' / 'Para No'). Such lines sit at the header's own leading, in its
    own weight, with no rule between them and it; a title above the table has space or a rule
    between.
    """
    bold = sum(w.bold for w in line) > len(line) / 2
    x0, x1 = min(w.x0 for w in line), max(w.x1 for w in line)
    for prev in reversed(above[-MAX_HEADER_WRAP:]):
        bottom = max(w.bottom for w in prev)
        if top - bottom > 0.6 * height or bottom > top + 0.5 * height:
            break
        if (sum(w.bold for w in prev) > len(prev) / 2) != bold:
            break
        if any(bottom - 1 <= s.pos <= top + 1 and s.hi > x0 and s.lo < x1 for s in hrules):
            break
        top = min(w.top for w in prev)
    return top


TITLE_REACH = 150.0  # points above a table within which its title is looked for


def title_above(lines: list[list[Word]]) -> str | None:
    """The title printed above a table: the nearest run of bold lines (a heading, even with a
    colour key between it and the table), else the nearest paragraph, at most three lines."""
    bold = [i for i, line in enumerate(lines) if all(w.bold for w in line)]
    if bold:
        end = bold[-1]
        start = end
        while start - 1 in bold and end - start < 2:
            start -= 1
        chosen = lines[start : end + 1]
    else:
        chosen = lines[-1:]
        while len(chosen) < 3 and len(lines) > len(chosen):
            above, first = lines[-len(chosen) - 1], chosen[0]
            height = max(w.bottom - w.top for w in first)
            if min(w.top for w in first) - max(w.bottom for w in above) > 0.6 * height:
                break  # a gap: the paragraph above is something else
            chosen = [above, *chosen]
    return " ".join(join_text(line) for line in chosen) or None

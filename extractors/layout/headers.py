"""Header detection: the lines whose phrases name several column roles start a table; the heading above it is its title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.geometry import Segment, Word, group_lines, join_text
from extractors.header_lexicon import explains, is_header_word

CHUNK_GAP = 6.0  # horizontal gap (pt) that separates two header phrases on one line
SMALL_TYPE_GAP = 0.6  # of the type height: the phrase gap in type smaller than 10 pt
MIN_HEADER_ROLES = 3  # distinct column roles a line needs to be a header row
MIN_HEADER_VOCAB = 0.6  # share of a header line's words that are header vocabulary
MIN_CHUNK_SCORE = 0.75  # share of a header phrase's words the lexicon must explain


@dataclass
class Band:
    top: float
    bottom: float
    x0: float
    x1: float


def chunks(line: list[Word], gap: float | None = None) -> list[list[Word]]:
    """The line's phrases: runs of words at most `gap` apart (by default CHUNK_GAP, less in type
    smaller than 10 pt: a sheet shrunk to fit the page narrows the gaps between its cells too)."""
    if gap is None:
        heights = sorted(w.bottom - w.top for w in line)
        gap = min(CHUNK_GAP, SMALL_TYPE_GAP * heights[len(heights) // 2]) if heights else CHUNK_GAP
    out: list[list[Word]] = []
    for w in line:
        if out and w.x0 - out[-1][-1].x1 <= gap:
            out[-1].append(w)
        else:
            out.append([w])
    return out


# A header label joining two names ('Lead officer / owner', 'Monitoring & Reporting', 'Key
# milestones / actions'): the join and the second name dilute the label's score, yet either name
# alone says what the column holds. Only a slash or an ampersand joins, in a label of a few words:
# 'and' runs through body text ('and the impact is | the learning and action'), and a body line
# of such phrases would read as a header.
LABEL_JOIN = re.compile(r"\s*[/&]\s*")
MAX_LABEL_WORDS = 6


def explains_label(text: str) -> tuple[str, float]:
    """explains() of a header label, or of one of the names it joins when that scores higher."""
    best = explains(text)
    if len(text.split()) > MAX_LABEL_WORDS or not LABEL_JOIN.search(text):
        return best
    for part in LABEL_JOIN.split(text):
        role, score = explains(part)
        if role != "other" and score > best[1]:
            best = (role, score)
    return best


def is_header_line(line: list[Word]) -> bool:
    vocab = sum(1 for w in line if is_header_word(w.text))
    if vocab < MIN_HEADER_VOCAB * len(line):
        return False
    # A chunk counts when the lexicon explains most of its words: a body line of prose whose
    # chunks happen to contain one header word each ('Agree outcomes for the') is no header.
    found = (explains_label(" ".join(w.text for w in c)) for c in chunks(line))
    roles = {role for role, score in found if score >= MIN_CHUNK_SCORE}
    roles.discard("other")
    return len(roles) >= MIN_HEADER_ROLES


MAX_STACK_LINES = 5  # lines a header row whose cells wrap may take
STACK_VOCAB = 0.5  # share of a wrapped header's words that are header vocabulary
MIN_STACK_SCORE = 0.5  # share of a wrapped label's words the lexicon must explain to count as naming


def stacks(words: list[Word]) -> list[list[Word]]:
    """Words grouped into the header cells they print in: runs that overlap sideways, left to right.

    A header cell that wraps puts its lines one under the other, each centred or left-aligned in
    the cell, so the lines of one cell overlap sideways while two cells never do.
    """
    out: list[list[Word]] = []
    for chunk in sorted((c for line in group_lines(words) for c in chunks(line)), key=lambda c: c[0].x0):
        x0, x1 = chunk[0].x0, chunk[-1].x1
        for stack in out:
            if x0 < max(w.x1 for w in stack) - 1 and x1 > min(w.x0 for w in stack) + 1:
                stack.extend(chunk)
                break
        else:
            out.append(list(chunk))
    return [sorted(s, key=lambda w: (round(w.yc), w.x0)) for s in out]


def stacked_header_lines(lines: list[list[Word]], i: int, hrules: list[Segment]) -> int:
    """How many lines from lines[i] form one header row whose cells wrap (0 when they do not).

    An InDesign or browser table with narrow columns wraps its header cells over two to four
    lines, each cell centred on its own, so no single line names three roles; the cells read
    top to bottom do. The lines must follow at the header's own leading, in one weight, with no
    rule across them.
    """
    first = lines[i]
    if not any(is_header_word(w.text) for w in first):
        return 0
    height = max(w.bottom - w.top for w in first)
    bold = sum(w.bold for w in first) > len(first) / 2
    window = [first]
    for line in lines[i + 1 : i + MAX_STACK_LINES]:
        bottom = max(w.bottom for ln in window for w in ln)
        top = min(w.top for w in line)
        if top - bottom > 0.6 * height or (sum(w.bold for w in line) > len(line) / 2) != bold:
            break
        if any(bottom - 1 <= s.pos <= top + 1 for s in hrules):
            break
        window.append(line)
    for k in range(2, len(window) + 1):
        cells = stacks([w for ln in window[:k] for w in ln])
        # The cells' text as read, not the words as printed: a narrow column breaks a header word
        # across its lines ('Responsibl' / 'e officer', 'Timesca' / 'le'), and the pieces are no
        # header words until they are joined again.
        texts = [join_text(c) for c in cells]
        read = [t for text in texts for t in text.split()]
        if sum(1 for t in read if is_header_word(t)) < STACK_VOCAB * len(read):
            continue
        found = [explains_label(t) for t in texts]
        named = [role for role, score in found if score >= MIN_CHUNK_SCORE and role != "other"]
        # A wrapped label the lexicon explains in part ('Monitoring & / Reporting', 'Key /
        # Milestones') still names its column among labels that name three roles outright.
        partly = [role for role, score in found if score >= MIN_STACK_SCORE and role != "other"]
        if len(set(named)) >= MIN_HEADER_ROLES and len(partly) >= MIN_HEADER_VOCAB * len(cells):
            return k
    return 0


def find_header_bands(lines: list[list[Word]], hrules: list[Segment]) -> list[Band]:
    bands: list[Band] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i and row_tail(line, lines[i - 1], hrules):
            i += 1
            continue
        header = is_header_line(line)
        stacked = 0 if header else stacked_header_lines(lines, i, hrules)
        if not header and not stacked:
            i += 1
            continue
        top = min(w.top for w in line)
        height = max(w.bottom - w.top for w in line)
        if stacked:
            stack_bottom = max(w.bottom for ln in lines[i : i + stacked] for w in ln)
        else:
            top = _wrapped_header_top(lines[:i], line, top, height, hrules)
            stack_bottom = top
        below = [s.pos for s in hrules if max(top + height * 0.6, stack_bottom) < s.pos < top + 12 * height]
        j = i + max(stacked, 1)
        if below:
            bottom = min(below)
            bold = sum(w.bold for w in line) > len(line) / 2
            while j < len(lines) and lines[j][0].yc < bottom:
                if _leaves_header(lines[j], lines[j - 1], bold, height):
                    # The rule closes the first row, not the header: a header band drawn as a
                    # fill with no rule under it (white on navy) is followed straight by the rows.
                    bottom = (max(w.bottom for w in lines[j - 1]) + min(w.top for w in lines[j])) / 2
                    break
                j += 1
        else:  # unruled: the header is the run of bold lines that follows closely
            bottom = max(w.bottom for ln in lines[i:j] for w in ln)
            while j < len(lines) and all(w.bold for w in lines[j]) and lines[j][0].top - bottom < height:
                bottom = max(w.bottom for w in lines[j])
                j += 1
        words = [w for ln in lines[i:j] for w in ln]
        bands.append(Band(top, bottom, min(w.x0 for w in words), max(w.x1 for w in words)))
        i = j
    return bands


# A word that ends a sentence: a lower-case word, a long capitalised one or a year, then a stop
# ('budget.', 'November.', '2025.'); not an abbreviation a header prints ('No.', 'Ref.', 'Resp.').
SENTENCE_END = re.compile(r"^(?:[a-z][a-z-]{3,}|[A-Z][a-z]{5,}|\d{4})[.!?][’'\")]*$")


def row_tail(line: list[Word], above: list[Word], hrules: list[Segment]) -> bool:
    """Is this line the wrapped last line of a table row, whatever header words it holds?

    A row whose cells wrap ends in a line of cell tails ('budget. | Officer | starts in November.')
    that may name three column roles. It is no header when a cell in it ends a sentence (a header
    names a column, it does not end in a full stop), or when it follows a line of row text (most
    of its words no header vocabulary, its text in several cells) at the body's leading with no
    rule between.
    """
    if any(SENTENCE_END.match(c[-1].text) for c in chunks(line)):
        return True
    height = max(w.bottom - w.top for w in line)
    top, above_bottom = min(w.top for w in line), max(w.bottom for w in above)
    if not 0 <= top - above_bottom <= 0.6 * height or len(chunks(above)) < MIN_HEADER_ROLES:
        return False
    if sum(1 for w in above if is_header_word(w.text)) >= 0.5 * len(above):
        return False  # the upper line of a header whose cells wrap
    x0, x1 = min(w.x0 for w in line), max(w.x1 for w in line)
    return not any(above_bottom - 1 <= s.pos <= top + 1 and s.hi > x0 and s.lo < x1 for s in hrules)


def _leaves_header(line: list[Word], prev: list[Word], bold: bool, height: float) -> bool:
    """Is this line, below the header's words, a table row rather than more of the header?

    It is when it changes weight from a bold header, or when it stands apart (a row's padding)
    and is not header vocabulary, or names no column: a bold section row printed straight under
    a header band with no rule between ('1. Leadership and governance') reads as half vocabulary
    (its number, its 'and'), yet no phrase of it is a column's label."""
    if bold and sum(w.bold for w in line) <= len(line) / 2:
        return True
    gap = min(w.top for w in line) - max(w.bottom for w in prev)
    if gap <= 0.6 * height:
        return False
    vocab = sum(1 for w in line if is_header_word(w.text))
    if vocab < 0.5 * len(line):
        return True
    return all(explains_label(join_text(c))[1] < MIN_STACK_SCORE for c in chunks(line))


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


GROUP_OVERHANG = 2.0  # points a group label must reach past a column edge to span it (unruled)


def header_texts(
    words: list[Word], columns: list[tuple[float, float]], vrules: list[Segment] | tuple = ()
) -> list[str | None]:
    """Each column's header text; a group label printed over several sub-columns heads each of them.

    A two-row header prints a label over the sub-columns it groups ('Timescale' over 'Start' |
    'End'); each sub-column's header is then 'Timescale: Start', so the lexicon reads the
    sub-label first and falls back on the group ('End' alone names nothing). The cell a label
    prints in is bounded by the column rules drawn at its height (a spanning cell has none
    between its sub-columns); without rules, by the column edges the label itself crosses.
    """
    lines = group_lines(words)
    groups: dict[int, list[Word]] = {}
    taken: set[int] = set()
    for li, line in enumerate(lines[:-1]):
        below = [w for ln in lines[li + 1 :] for w in ln]
        for chunk in (part for c in chunks(line) for part in _split_at_rules(c, vrules)):
            spanned = _spanned_columns(chunk, columns, vrules)
            under = [c for c in spanned if any(columns[c][0] <= w.xc < columns[c][1] for w in below)]
            if len(under) < 2:
                continue
            for c in spanned:
                groups.setdefault(c, []).extend(chunk)
            taken.update(id(w) for w in chunk)
    out: list[str | None] = []
    for c, (a, b) in enumerate(columns):
        own = join_text([w for w in words if a <= w.xc < b and id(w) not in taken])
        label = join_text(groups[c]) if c in groups else ""
        text = f"{label}: {own}" if label and own else (label or own)
        out.append(text or None)
    return out


def _split_at_rules(chunk: list[Word], vrules) -> list[list[Word]]:
    """A header phrase cut where a column rule runs through it at its height: two narrow ruled
    cells' labels a space apart ('Repor' | 'Area for') are two labels, not one spanning both."""
    y = sum(w.yc for w in chunk) / len(chunk)
    cuts = [v.pos for v in vrules if v.lo - 1 <= y <= v.hi + 1 and chunk[0].x0 < v.pos < chunk[-1].x1]
    if not cuts:
        return [chunk]
    parts: list[list[Word]] = [[]]
    for w in chunk:
        if parts[-1] and any(parts[-1][-1].x1 <= x <= w.x0 for x in cuts):
            parts.append([])
        parts[-1].append(w)
    return parts


def _spanned_columns(chunk: list[Word], columns: list[tuple[float, float]], vrules) -> list[int]:
    x0, x1 = chunk[0].x0, chunk[-1].x1
    y = sum(w.yc for w in chunk) / len(chunk)
    inner = [a for a, _ in columns[1:]]
    ruled = [x for x in inner if any(abs(v.pos - x) <= 3 for v in vrules)]
    if len(ruled) >= 2:
        # The label's cell: from the nearest column rule drawn at its height on its left to the
        # nearest on its right.
        here = [x for x in ruled if any(abs(v.pos - x) <= 3 and v.lo - 1 <= y <= v.hi + 1 for v in vrules)]
        left = max([columns[0][0]] + [x for x in here if x <= x0 + 2])
        right = min([columns[-1][1]] + [x for x in here if x >= x1 - 2])
        return [c for c, (a, b) in enumerate(columns) if a >= left - 2 and b <= right + 2]
    overlapped = [
        c for c, (a, b) in enumerate(columns) if x1 > a + GROUP_OVERHANG and x0 < b - GROUP_OVERHANG
    ]
    return overlapped if len(overlapped) >= 2 else []

"""Read action records printed as labelled blocks, not as a table: per issue a heading, then bold labels ('Actions', 'Action by', 'Deadline', 'Status') each over its paragraph.

Some action plans print each action as a small form: a heading naming the issue, then one
labelled paragraph per field. The labels are the words that name an action table's columns, so
the header lexicon reads them: a block whose labels give an action and at least one of lead,
deadline, status or progress, that one holding what such a cell holds (an owner, a date, a status
word), is an action record. The blocks of a page become one page table:
one row per block, one column per field label, the heading a column of its own when it is
labelled ('Issue: ...'), else a section heading over its row (the row's area), so the stages
after the parser read it as any other table.

What tells the parts apart is type: labels are bold lines of a few words; values are the
lines in body type under them; a heading is a bold line in larger type than the labels, and
starts a block. A heading with no labels under it (the document's title) starts nothing. Labels
the lexicon does not read ('Background', 'Target') end the paragraph above them and give no
column. A page of prose, a contact list or a glossary has no block with an action label and
another field, so it gives no table.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from extractors.column_evidence import is_date, is_lead, is_status
from extractors.core import Cell, PageFacts, PageTable
from extractors.geometry import Word, group_lines, join_text
from extractors.header_lexicon import role_of

MAX_LABEL_WORDS = 8
MIN_LABEL_CONFIDENCE = 0.7  # the lexicon reads the label as a column's header, not a guess
HEADING_SCALE = 1.1  # a heading's type is this much larger than the labels'
# What the value under a supporting label reads as when the block is an action record.
CONFIRMS = {
    "lead": lambda t: len(t.split()) <= 12 and is_lead(t),
    "deadline": is_date,
    "rag": is_status,
    "progress": is_status,
}
MARGIN = 0.07  # share of the page height at top and bottom kept for running headers and footers
# 'Issue: FOI timescales': a heading naming what it heads, its label before a colon.
LABELLED_HEADING = re.compile(r"^(?P<label>[^:]{2,30}):\s*(?P<text>\S.*)$")


@dataclass
class _Line:
    words: list[Word]
    text: str
    bold: bool
    size: float

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)


@dataclass
class _Block:
    heading: _Line
    fields: list[tuple[str, list[_Line]]] = field(default_factory=list)  # label, its value lines


def _label_key(text: str) -> str:
    return " ".join(text.rstrip(":").lower().split())


def _lines(page: PageFacts) -> list[_Line]:
    lo, hi = MARGIN * page.height, (1 - MARGIN) * page.height
    out = []
    for words in group_lines(page.words):
        if not lo < min(w.top for w in words) < hi:
            continue
        text = " ".join(w.text for w in words)
        size = statistics.median(w.bottom - w.top for w in words)
        out.append(_Line(words, text, all(w.bold for w in words), size))
    return out


def _blocks(lines: list[_Line]) -> list[_Block]:
    labels = [ln for ln in lines if ln.bold and len(ln.text.split()) <= MAX_LABEL_WORDS]
    if not labels:
        return []
    # The labels' type: the size most bold short lines share (the title and headings are fewer).
    sizes = Counter(round(ln.size * 2) / 2 for ln in labels)
    label_size = min(sizes, key=lambda size: (-sizes[size], size))
    blocks: list[_Block] = []
    for ln in lines:
        if ln.bold and ln.size > HEADING_SCALE * label_size:
            blocks.append(_Block(ln))
        elif not blocks:
            continue
        elif ln.bold and len(ln.text.split()) <= MAX_LABEL_WORDS:
            blocks[-1].fields.append((ln.text, []))
        elif blocks[-1].fields:
            blocks[-1].fields[-1][1].append(ln)
    return [b for b in blocks if b.fields]


def _field_roles(blocks: list[_Block]) -> dict[str, str]:
    """Label key -> role for the labels the lexicon reads as a column's header. Two labels may
    claim one role ('Actions', 'Action by'): both are columns, and the column mapper weighs
    their cells as for any table."""
    roles: dict[str, str] = {}
    for block in blocks:
        for label, _ in block.fields:
            role, confidence = role_of(label.rstrip(":"))
            if role != "other" and confidence >= MIN_LABEL_CONFIDENCE:
                roles.setdefault(_label_key(label), role)
    return roles


def _is_record(block: _Block, roles: dict[str, str]) -> bool:
    """An action label with a paragraph, and an owner, a date or a status under its own label:
    a glossary that defines 'Action' and 'Deadline' prints sentences under them, not a date."""
    found: dict[str, str] = {}
    for label, values in block.fields:
        role = roles.get(_label_key(label))
        if role is not None and values:
            found.setdefault(role, " ".join(ln.text for ln in values))
    return "action" in found and any(CONFIRMS[role](text) for role, text in found.items() if role in CONFIRMS)


def labelled_tables(page: PageFacts) -> list[PageTable]:
    """The page's labelled blocks that are action records, as one page table ([] when none)."""
    lines = _lines(page)
    blocks = _blocks(lines)
    roles = _field_roles(blocks)
    records = [b for b in blocks if _is_record(b, roles)]
    if not records:
        return []
    # The columns in the order the labels are first printed, after the heading's.
    keys: list[str] = []
    printed: dict[str, str] = {}
    for block in records:
        for label, _ in block.fields:
            key = _label_key(label)
            if key in roles and key not in keys:
                keys.append(key)
                printed[key] = label.rstrip(":").strip()
    labelled = [LABELLED_HEADING.match(b.heading.text) for b in records]
    heading_label = labelled[0].group("label") if all(labelled) and labelled[0] else None
    if heading_label is not None and any(m and m.group("label") != heading_label for m in labelled):
        heading_label = None
    rows: list[list[Cell]] = []
    for block, m in zip(records, labelled, strict=True):
        values: dict[str, list[_Line]] = {}
        for label, lines_ in block.fields:
            values.setdefault(_label_key(label), []).extend(lines_)
        head = block.heading
        # A labelled heading ('Issue: ...') is a column of its own; any other heading is a
        # section heading, whose text the rows below take as their area.
        row = [_cell(m.group("text"), head.words)] if heading_label is not None and m else []
        for key in keys:
            got = values.get(key, [])
            words = [w for ln in got for w in ln.words]
            row.append(_cell(join_text(words) if words else "", words, head))
        rows.append(row)
    headers: list[str | None] = [heading_label] if heading_label is not None else []
    headers += [printed[k] for k in keys]
    sections = [] if heading_label is not None else [(b.heading.top, b.heading.text) for b in records]
    x0 = min(c.x0 for row in rows for c in row if c.words)
    x1 = max(c.x1 for row in rows for c in row if c.words)
    columns = [(x0, x1)] * len(headers)
    top = min(b.heading.top for b in records)
    bottom = max(c.bottom for row in rows for c in row)
    return [
        PageTable(
            page.number,
            x0,
            top,
            x1,
            bottom,
            columns,
            headers,
            rows,
            "labelled",
            title=None,
            text_above=any(ln.top < top for ln in lines),
            page_height=float(page.height),
            sections=sections,
        )
    ]


def _cell(text: str, words: list[Word], near: _Line | None = None) -> Cell:
    if words:
        return Cell(
            text,
            min(w.x0 for w in words),
            min(w.top for w in words),
            max(w.x1 for w in words),
            max(w.bottom for w in words),
            False,
            len(words),
        )
    anchor = near.words if near is not None else []
    x, y = (anchor[0].x0, anchor[0].bottom) if anchor else (0.0, 0.0)
    return Cell("", x, y, x, y, False, 0)

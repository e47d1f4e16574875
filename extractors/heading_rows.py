"""A row holding only a short phrase in the action column, among numbered rows that fill several columns, is a section heading: the area of the rows below, not an action; as a table's last row, the heading of what follows it.

A heading the parser did not see spanning the table (its columns found from the text, the
heading's words inside the first wide column) reaches select_actions as a row with an action
and nothing else. In a table whose rows are numbered and name an owner, a date or a status, a
row with no number and no other cell is no action: it names the rows that follow it. So it does
in a table that numbers nothing, when it opens the table, every other row fills two or more cells
beside the action, and the phrase reads as no action (docs/action-tables.md).

A plan may also print each group as a row of its grid: the group's own number in the ref column
('2'), its name in the action column, every other cell empty, and the rows under it numbered from
it ('2.1', '2.2'). Such a row is a group however long its name (inspection recommendations name
groups in whole sentences): the rows below carry its number, and it fills nothing an action fills.
"""

from __future__ import annotations

import re

from extractors.column_evidence import DATE_RE, is_action

MAX_HEADING_WORDS = 8  # a section heading is a name, not a sentence
NUMBERED_SHARE = 0.7  # share of the other rows that carry a ref
MIN_SECTIONED_ROWS = 4  # a heading and three rows at least, before rows without refs are read as sections
FILLED = ("lead", "deadline_raw", "progress", "rag_raw", "start_raw", "monitoring", "outcome", "cost")


def _is_heading(rec: dict) -> bool:
    action = (rec.get("action") or "").strip()
    if not action or rec.get("ref") or rec.get("other") or any(rec.get(f) for f in FILLED):
        return False
    return len(action.split()) <= MAX_HEADING_WORDS and not action.endswith(".")


def _numbers_under(ref: str, below: str) -> bool:
    """Does `below` number a row under the group numbered `ref` ('2' -> '2.1', '2a', 'B' -> 'B3')?
    A digit running on a digit is another number ('1' -> '10'), not a row under it."""
    ref, below = ref.strip().rstrip(".)"), below.strip()
    if not ref or len(below) <= len(ref) or not below.startswith(ref):
        return False
    rest = below[len(ref) :]
    if ref[-1].isdigit() and rest[0].isdigit():
        return False
    return bool(re.match(r"[.\-/)]?\s*[0-9A-Za-z]", rest))


def _is_group_row(rec: dict, following: dict | None) -> bool:
    """A numbered row with only a name beside its number, the next row numbered under it."""
    ref, action = str(rec.get("ref") or ""), (rec.get("action") or "").strip()
    if not ref or not action or following is None or rec.get("other") or any(rec.get(f) for f in FILLED):
        return False
    return _numbers_under(ref, str(following.get("ref") or ""))


def fold_heading_rows(records: list[dict], has_area: bool) -> list[dict]:
    """The records without the heading rows; each heading's text is the area of the rows below
    it when the table has no area column of its own. Row indexes are renumbered."""
    records = _drop_trailing_heading(records)
    heads = [
        _is_heading(r) or _is_group_row(r, records[k + 1] if k + 1 < len(records) else None)
        for k, r in enumerate(records)
    ]
    others = [r for r, h in zip(records, heads, strict=True) if not h]
    if not any(heads) or not others:
        return records
    numbered = sum(1 for r in others if r.get("ref")) / len(others)
    filled = sum(1 for r in others if any(r.get(f) for f in FILLED)) / len(others)
    if (numbered < NUMBERED_SHARE or filled < NUMBERED_SHARE) and not _unnumbered_sections(records, heads):
        return records
    out: list[dict] = []
    area = None
    base: object = None  # the area the first row under the heading came with
    for rec, head in zip(records, heads, strict=True):
        if head:
            area, base = " ".join(rec["action"].split()), _UNSET
            continue
        if base is _UNSET:
            base = rec.get("area")
        elif rec.get("area") != base:
            area = None  # a section row the parser did see starts the next group: it names the rows
        if area is not None and not has_area:
            rec["area"] = area
        rec["row_index"] = len(out)
        out.append(rec)
    return out


_UNSET = object()
# Words a heading that dates its rows may print beside the date ('Meeting of 14 May 2012').
_DATED_WORDS = frozenset("meeting meetings board committee held on of the from dated date actions".split())


def is_dated_heading(text: str | None) -> bool:
    """A section heading that only dates its rows ('May 2012', 'Meeting of 14 March 2012',
    'April 2 012' as a sheet print splits it): an action log grouped by the meeting each action
    came from. It names no theme, so it gives no area."""
    text = " ".join((text or "").split())
    if not text or len(text.split()) > 6 or not DATE_RE.search(text) or not re.search(r"\d", text):
        return False
    rest = re.sub(r"[\d\s.,:;/()\-–]+", " ", DATE_RE.sub(" ", text)).lower().split()
    return all(w in _DATED_WORDS for w in rest)


def _unnumbered_sections(records: list[dict], heads: list[bool]) -> bool:
    """Rows that number nothing can still be divided by headings: when every other row fills two
    or more other cells (who, when, where it stands), a capitalised phrase that reads as no action
    ('Highways and footpaths', not 'Report the drain') standing alone between them is a heading.
    The first row must be one: a table that opens with its first action has no sections above it."""
    if len(records) < MIN_SECTIONED_ROWS or not heads[0]:
        return False
    others = [r for r, h in zip(records, heads, strict=True) if not h]
    if not all(sum(1 for f in FILLED if r.get(f)) >= 2 for r in others):
        return False
    texts = [" ".join(r["action"].split()) for r, h in zip(records, heads, strict=True) if h]
    return all(t[:1].isupper() and not is_action(t) for t in texts)


def _drop_trailing_heading(records: list[dict]) -> list[dict]:
    """Without the last row when it is a heading under rows that each fill another cell: a table
    read without rules runs on into the heading printed below it ('Section 5: Sign-off'), which
    names what follows the table, not an action of it (numbered or not)."""
    if len(records) < 3 or not _is_heading(records[-1]):
        return records
    if not all(any(r.get(f) for f in FILLED) for r in records[:-1]):
        return records
    return records[:-1]

"""The printed form of a matrix plan: its table rows as a producer lays them out, column widths and rating fills."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matrix_content import Shape  # noqa: E402

FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
# Relative column widths by role (a producer scales them to its page).
WIDTH = {
    "ref": 0.7,
    "area": 1.8,
    "action": 3.0,
    "lead": 1.6,
    "start_raw": 1.0,
    "deadline_raw": 1.3,
    "progress": 3.4,
    "monitoring": 1.8,
    "rag": 0.8,
    "event_date": 1.0,
    "priority": 1.1,
}


@dataclass
class Line:
    """One printed table row: a header, a full-width section heading, or an action."""

    kind: str  # header | section | data
    cells: list[str]
    rag: str | None = None  # the action's rating (for fills)
    span: int = 0  # for an area cell that opens a group: how many rows it spans
    first_in_group: bool = True


def printed_lines(shape: Shape, *, area: str = "once", rag_text: bool = True) -> list[Line]:
    """The table as printed. area: 'once' (blank below the group's first row), 'repeat', 'merge'."""
    keys = shape.keys
    lines: list[Line] = []
    if shape.header:
        lines.append(Line("header", [h for _, h in shape.columns]))
    group: str | None = object()  # type: ignore[assignment]
    for row in shape.rows:
        first = row.area != group
        if shape.area_style == "section" and first:
            lines.append(Line("section", [row.area or ""]))
        if shape.area_style == "refrow" and first:
            # The group as a row of the grid: its own number in the ref column, its name in the
            # action column, every other cell empty (bench/matrix_groups.py).
            group = {"ref": (row.ref or "").split(".")[0], "action": row.area or ""}
            lines.append(Line("data", [group.get(k, "") for k in keys]))
        span = sum(1 for r in shape.rows if r.area == row.area) if first else 0
        cells = []
        for key in keys:
            if key == "rag":
                cells.append(shape.rag_text(row) if rag_text else "")
            elif key == "area":
                cells.append(row.area or "" if first or area == "repeat" else "")
            else:
                cells.append(getattr(row, key) or "")
        lines.append(Line("data", cells, rag=row.rag, span=span, first_in_group=first))
        group = row.area
    return lines


def widths(shape: Shape, total: float) -> list[float]:
    raw = [WIDTH[k] for k in shape.keys]
    return [total * w / sum(raw) for w in raw]

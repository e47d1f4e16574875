"""The table types that flow between stages: page tables of cells, stitched tables of logical rows.

Coordinates are PDF points with a top-left origin; pages are 1-based.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Fragment:
    """The part of one table cell printed on one page: 1-based page, bbox in points, text."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


@dataclass
class Cell:
    """One cell of a page table as the parser read it."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    merged_above: bool = False  # no rule above it: the lower part of a vertically merged cell
    words: int = 0


@dataclass
class PageTable:
    """One table as printed on one page: its columns, header texts and rows of cells."""

    page: int  # 1-based
    x0: float
    top: float
    x1: float
    bottom: float
    columns: list[tuple[float, float]]
    headers: list[str | None]  # one per column; all None on a page that repeats no header
    rows: list[list[Cell]]
    parser: str  # ruled | aligned
    title: str | None = None
    text_above: bool = False  # body text between the top margin and the table
    text_below: bool = False  # body text between the table and the bottom margin
    page_height: float = 0.0
    has_row_rules: bool = False
    sheet: bool = False  # read as a spreadsheet print: cells start at shared xs, top-aligned in tight rows
    notes: list[str] = field(default_factory=list)
    sections: list[tuple[float, str]] = field(default_factory=list)  # (top, text) of spanning heading rows
    roles: list[str] = field(default_factory=list)  # set by map_columns
    role_confidence: list[float] = field(default_factory=list)  # set by map_columns
    role_evidence: list[str] = field(default_factory=list)  # set by map_columns
    decision: str | None = None  # why select_actions kept the table it starts (set there)


@dataclass
class LogicalRow:
    """One action row. Rows of one vertically merged cell share the same fragment list object, so
    text found later for the cell (lines that ran over a page break) reaches every row it spans."""

    cells: list[list[Fragment]]  # per column: the fragments that make up the cell
    merged: list[bool]  # per column: the value comes from the cell above (a vertically merged cell)
    own_pages: set[int] = field(default_factory=set)  # pages where the row prints text of its own

    def text(self, col: int) -> str:
        return " ".join(f.text for f in self.cells[col] if f.text).strip()

    @property
    def pages(self) -> list[int]:
        return sorted(self.own_pages) or sorted({f.page for col in self.cells for f in col})


@dataclass
class StitchedTable:
    """One logical table: its page fragments in order, its header, column roles and rows."""

    fragments: list[PageTable]
    headers: list[str | None]
    roles: list[str]
    rows: list[LogicalRow] = field(default_factory=list)
    index: int | None = None  # 0-based among the document's action tables, set by select_actions

    @property
    def title(self) -> str | None:
        return self.fragments[0].title

    def col(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None

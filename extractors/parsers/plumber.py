"""pdfplumber's own table finder (ruling lines) behind the PageParser face."""

from __future__ import annotations

from extractors.core import PageTable
from extractors.parsers.base import GridCell, PageInput, grid_to_table


class PlumberParser:
    NAME = "pdfplumber"

    def parse(self, source: PageInput) -> list[PageTable]:
        tables = []
        for found in source.page.page.find_tables():
            grid = []
            for row in found.rows:
                cells = []
                for box in row.cells:
                    if box is None:  # covered by a merged cell: pdfplumber gives no box
                        cells.append(GridCell("", 0.0, 0.0, 0.0, 0.0, merged_above=True))
                        continue
                    text = source.page.page.crop(box, strict=False).extract_text() or ""
                    cells.append(GridCell(text, *box))
                grid.append(cells)
            grid = [_fill_gaps(row) for row in grid]
            table = grid_to_table(source, grid, self.NAME, has_row_rules=True)
            if table is not None:
                tables.append(table)
                source = PageInput(source.path, source.page, None)
        return tables


def _fill_gaps(row: list[GridCell]) -> list[GridCell]:
    """Give a covered cell the box of its left neighbour's right edge, so columns stay ordered."""
    out: list[GridCell] = []
    for c in row:
        if c.x1 == 0.0 and out:
            prev = out[-1]
            c = GridCell("", prev.x1, prev.top, prev.x1, prev.bottom, merged_above=True)
        out.append(c)
    return out


PDFPLUMBER = PlumberParser()

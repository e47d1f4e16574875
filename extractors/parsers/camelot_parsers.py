"""camelot-py's lattice (ruled grids, read from a rendering of the page) and stream (whitespace) parsers."""

from __future__ import annotations

import logging
import warnings

from extractors.core import PageTable
from extractors.parsers.base import GridCell, PageInput, grid_to_table
from extractors.parsers.camelot_loader import load_camelot

log = logging.getLogger(__name__)

# Lattice renders the page with pdfium (pypdfium2, a dependency of ours) and nothing else. camelot
# would fall back to Ghostscript's python binding and poppler's pdftocairo, neither of which we
# declare; a failed render (a worker's --memory-mb cap is the usual cause) then surfaced as
# 'Ghostscript is not installed' instead of the render's own error.
RENDER = {"backend": "pdfium", "use_fallback": False}


class CamelotParser:
    """One camelot flavour behind the PageParser face."""

    def __init__(self, flavor: str) -> None:
        self.flavor = flavor
        self.NAME = f"camelot-{flavor}"

    def parse(self, source: PageInput) -> list[PageTable]:
        camelot = load_camelot()  # imported late: it pulls OpenCV in

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # camelot warns on every page without a table
            try:
                found = camelot.read_pdf(
                    str(source.path),
                    pages=str(source.page.number),
                    flavor=self.flavor,
                    suppress_stdout=True,
                    **(RENDER if self.flavor == "lattice" else {}),
                )
            except ValueError as exc:  # camelot's ImageConversionError: say why the render failed
                cause = exc.__cause__
                if cause is None or "conversion" not in type(exc).__name__.lower():
                    raise
                raise RuntimeError(
                    f"{self.NAME} could not render page {source.page.number} with {RENDER['backend']}: "
                    f"{type(cause).__name__} {cause}".rstrip()
                ) from exc
        height = source.page.height
        tables = []
        for t in sorted(found, key=lambda t: -t._bbox[3] if t._bbox else 0):
            grid = [
                [
                    GridCell(c.text or "", c.x1, height - c.y2, c.x2, height - c.y1, merged_above=not c.top)
                    for c in row
                ]
                for row in t.cells
            ]
            table = grid_to_table(source, grid, self.NAME, has_row_rules=self.flavor == "lattice")
            if table is not None:
                tables.append(table)
                source = PageInput(source.path, source.page, None)  # only the first table continues
        return tables


LATTICE = CamelotParser("lattice")
STREAM = CamelotParser("stream")

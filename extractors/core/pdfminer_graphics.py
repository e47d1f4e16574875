"""A pdfplumber page that lays out only the page's graphics: rects, lines and curves with their colours.

Where the fill colour must be exactly pdfminer's (the operands in the document's colour space,
which the rating reader resolves itself), this runs pdfminer on the page with every text-showing
operator turned into a no-op: the content stream is still parsed, but no glyph is rendered and
no character object is made, which is most of a pdfminer layout's cost.
"""

from __future__ import annotations

from typing import Any

from pdfminer.pdfinterp import PDFPageInterpreter
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException


class _GraphicsInterpreter(PDFPageInterpreter):
    """pdfminer's interpreter with text showing skipped (' and \" go through TJ, so they are too)."""

    def do_TJ(self, seq: Any) -> None:
        return None

    def do_Tj(self, s: Any) -> None:
        return None


class GraphicsPage(Page):
    """The pdfplumber page `page` without its characters; same coordinates, same object dicts."""

    def __init__(self, page: Page) -> None:
        super().__init__(page.pdf, page.page_obj, page.page_number, page.initial_doctop)

    @property
    def layout(self) -> Any:
        if hasattr(self, "_layout"):
            return self._layout
        device = PDFPageAggregatorWithMarkedContent(
            self.pdf.rsrcmgr, pageno=self.page_number, laparams=self.pdf.laparams
        )
        try:
            _GraphicsInterpreter(self.pdf.rsrcmgr, device).process_page(self.page_obj)
        except Exception as e:
            raise PdfminerException(e) from e
        self._layout = device.get_result()
        return self._layout

"""pdfium's page readings against pdfminer's (through pdfplumber), page by page on committed PDFs:
the same words in the same order, the same rules, fills and cover text."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from pdfplumber.utils import extract_words as plumber_words

from extractors.core.fast_words import extract_words as fast_words
from extractors.core.fills import read_fills
from extractors.core.pdfium_source import PdfiumSource
from extractors.core.pdfminer_graphics import GraphicsPage
from extractors.geometry import page_words, rule_segments

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
# Word and LibreOffice layouts (samples, held-out packs with a ligature), ReportLab tables
# (fixtures, CMYK and RGB fills among them) and other producers (Chrome, a print driver that
# draws no space glyphs, slides, a spreadsheet); the first pages of each PDF are compared.
PDFS = sorted(
    [
        *FIXTURES.glob("*.pdf"),
        *(FIXTURES / "heldout").glob("*.pdf"),
        *(FIXTURES / "producers").glob("*.pdf"),
        *(REPO / "data" / "raw").glob("*.pdf"),
    ]
)
MAX_PAGES = 4  # of each PDF: the long samples' first pages already hold their table layouts
# pdfium keeps positions as 32-bit floats; pdfminer computes them in doubles.
BOX_TOLERANCE = 0.05
# Chrome's PDFs scale text by 0.75: pdfium's glyph origins then drift from pdfminer's by about
# 0.01 pt a character, up to 0.3 pt at the end of a long line.
CHROME_TOLERANCE = 0.3


def _pages(path: Path):
    with pdfplumber.open(path) as pdf:
        source = PdfiumSource(path)
        try:
            for number, page in enumerate(pdf.pages[:MAX_PAGES], start=1):
                fast = source.page(number, page)
                if fast is None:  # only a rotated page is pdfminer's in these files
                    assert page.rotation, f"{path.name} p{number}: pdfium's frame should agree"
                    continue
                yield page, fast
                fast.close()
                page.close()
        finally:
            source.close()


def _squash(texts) -> str:
    return "".join("".join(texts).split())


def _close(a: float, b: float, tolerance: float = BOX_TOLERANCE) -> bool:
    return abs(a - b) <= tolerance


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_words_rules_and_text_match_pdfminer(path):
    """The parser's words and rules as pdfminer's; the cover text and key words as its, but spaces."""
    for page, fast in _pages(path):
        where = f"{path.name} p{page.page_number}"
        tol = CHROME_TOLERANCE if "chrome" in path.name else BOX_TOLERANCE
        old, new = page_words(page), fast.table_words()
        assert [(w.text, w.bold) for w in new] == [(w.text, w.bold) for w in old], where
        for a, b in zip(old, new, strict=True):
            assert all(_close(getattr(a, k), getattr(b, k), tol) for k in ("x0", "top", "x1", "bottom")), (
                where,
                a,
                b,
            )
        for old_rules, new_rules in zip(rule_segments(page), rule_segments(fast), strict=True):
            assert len(new_rules) == len(old_rules), where
            for a, b in zip(old_rules, new_rules, strict=True):
                assert _close(a.pos, b.pos) and _close(a.lo, b.lo) and _close(a.hi, b.hi), (where, a, b)
        # Where pdfium infers a space no glyph prints, a word pdfminer runs on at its default 3 pt
        # is split: the same characters in the same order, with spaces in other places.
        assert _squash(w["text"] for w in fast.text_words()) == _squash(
            w["text"] for w in page.extract_words(keep_blank_chars=False, use_text_flow=False)
        ), where
        assert _squash(fast.text()) == _squash(page.extract_text()), where


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_fills_match_pdfminer(path):
    for page, fast in _pages(path):
        where = f"{path.name} p{page.page_number}"
        exact = read_fills(page)
        if exact:
            assert fast.painted(), where  # pdfium sees every fill pdfminer does
        graphics = GraphicsPage(page)
        assert read_fills(graphics) == exact, where  # the text-free layout paints the same fills
        device = fast.device_fills()
        if device is None:
            continue
        new = read_fills(device)
        assert len(new) == len(exact), where
        for a, b in zip(exact, new, strict=True):
            assert all(_close(getattr(a, k), getattr(b, k)) for k in ("x0", "top", "x1", "bottom")), where
            assert [round(v * 255) for v in a.rgb] == [round(v * 255) for v in b.rgb], where
            assert a.order == b.order, where


def test_a_cmyk_page_reads_its_colours_exactly():
    """pdfium converts CMYK its own way: such a page's fills come from pdfminer's operands."""
    for _, fast in _pages(FIXTURES / "rag-fill-cmyk.pdf"):
        assert fast.painted() and fast.device_fills() is None


def test_fast_words_are_pdfplumbers():
    """The word builder replays pdfplumber's, character for character, at both settings we use."""
    checked = 0
    for path in PDFS:
        for _, fast in _pages(path):
            chars = fast.chars
            assert fast_words(chars, 1.5, 2, by_font=True) == plumber_words(
                chars, x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, extra_attrs=["fontname"]
            )
            assert fast_words(chars) == plumber_words(chars, keep_blank_chars=False, use_text_flow=False)
            checked += 1
    assert checked > 30


def test_a_rotated_page_is_left_to_pdfminer(tmp_path):
    """pdfium's frame turns with /Rotate and pdfplumber's does not: such a page is not pdfium's."""
    doc = pdfium.PdfDocument(str(FIXTURES / "table-rules-only.pdf"))
    doc[0].set_rotation(90)
    rotated = tmp_path / "rotated.pdf"
    doc.save(str(rotated))
    doc.close()
    with pdfplumber.open(rotated) as pdf:
        source = PdfiumSource(rotated)
        try:
            assert source.page(1, pdf.pages[0]) is None
        finally:
            source.close()


def test_a_type3_font_page_is_left_to_pdfminer(tmp_path):
    """pdfminer sizes Type 3 glyphs from the font's own matrix: such a page is not pdfium's."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4, 2))
    fig.text(0.1, 0.5, "Action plan: lead, deadline, progress")
    path = tmp_path / "type3.pdf"
    fig.savefig(path, format="pdf", metadata={"CreationDate": None})  # matplotlib's default: Type 3
    assert b"/Type3" in path.read_bytes()
    with pdfplumber.open(path) as pdf:
        assert pdf.pages[0].chars  # text pdfminer reads
        source = PdfiumSource(path)
        try:
            assert source.page(1, pdf.pages[0]) is None
        finally:
            source.close()


def test_texts_match_pdfminer_exactly_where_glyphs_print_the_spaces():
    """Word and LibreOffice print every space: their cover text is pdfminer's, character for character."""
    for path in [*(FIXTURES / "heldout").glob("*.pdf"), *(REPO / "data" / "raw").glob("*.pdf")]:
        for page, fast in _pages(path):
            assert fast.text() == page.extract_text(), f"{path.name} p{page.page_number}"

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
# Word and LibreOffice layouts (samples, held-out packs with a ligature) and ReportLab tables
# (fixtures, CMYK and RGB fills among them); the first pages of each PDF are compared.
PDFS = sorted(
    [*FIXTURES.glob("*.pdf"), *(FIXTURES / "heldout").glob("*.pdf"), *(REPO / "data" / "raw").glob("*.pdf")]
)
MAX_PAGES = 4  # of each PDF: the long samples' first pages already hold their table layouts
# pdfium keeps positions as 32-bit floats; pdfminer computes them in doubles.
BOX_TOLERANCE = 0.05


def _pages(path: Path):
    with pdfplumber.open(path) as pdf:
        source = PdfiumSource(path)
        try:
            for number, page in enumerate(pdf.pages[:MAX_PAGES], start=1):
                fast = source.page(number, page)
                assert fast is not None, f"{path.name} p{number}: pdfium's frame should agree"
                yield page, fast
                fast.close()
                page.close()
        finally:
            source.close()


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= BOX_TOLERANCE


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_words_rules_and_text_match_pdfminer(path):
    for page, fast in _pages(path):
        where = f"{path.name} p{page.page_number}"
        old, new = page_words(page), fast.table_words()
        assert [(w.text, w.bold) for w in new] == [(w.text, w.bold) for w in old], where
        for a, b in zip(old, new, strict=True):
            assert all(_close(getattr(a, k), getattr(b, k)) for k in ("x0", "top", "x1", "bottom")), (
                where,
                a,
                b,
            )
        for old_rules, new_rules in zip(rule_segments(page), rule_segments(fast), strict=True):
            assert len(new_rules) == len(old_rules), where
            for a, b in zip(old_rules, new_rules, strict=True):
                assert _close(a.pos, b.pos) and _close(a.lo, b.lo) and _close(a.hi, b.hi), (where, a, b)
        assert [w["text"] for w in fast.text_words()] == [
            w["text"] for w in page.extract_words(keep_blank_chars=False, use_text_flow=False)
        ], where
        assert fast.text() == page.extract_text(), where


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

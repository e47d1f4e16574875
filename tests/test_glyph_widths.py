"""A digit that shares its Unicode value with another glyph is sized by its own glyph: '8.1' stays one word."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from extractors.core.font_metrics import page_fonts
from extractors.core.pdfium_chars import page_chars
from extractors.core.pdfium_source import PdfiumSource

FIX = Path(__file__).parent / "fixtures" / "ligatures"


def words(name: str) -> list[str]:
    source = PdfiumSource(FIX / name)
    with pdfplumber.open(FIX / name) as pdf:
        page = source.page(1, pdf.pages[0])
        assert page is not None
        out = [w.text for w in page.table_words()]
    source.close()
    return out


def test_refs_and_dates_beside_curly_quotes_stay_whole():
    # Ghostscript maps the quotes to '8' / '9' as well, so '8' by Unicode is the quote's narrow glyph.
    got = words("gs-chromium-noff.pdf")
    assert {"8.1", "9.2", "8.3", "28.11.22", "19.12.22", "8.1.23"} <= set(got)
    assert "8" not in got and "28" not in got


def test_a_digit_box_is_its_glyphs_advance():
    # Each '8' and '9' is as wide as the '2' and '1' (one advance for every digit of the font).
    with pdfplumber.open(FIX / "gs-chromium-noff.pdf") as plumber:
        fonts = page_fonts(plumber.pages[0])
    pdf = pdfium.PdfDocument(FIX / "gs-chromium-noff.pdf")
    chars = page_chars(pdf[0], 1, fonts)
    pdf.close()
    digits = {c["text"]: round(c["x1"] - c["x0"], 2) for c in chars if c["text"].isdigit()}
    assert len(set(digits.values())) == 1, digits


def test_the_same_digits_from_chromium_are_unchanged():
    assert {"8.1", "28.11.22"} <= set(words("chromium-noff.pdf"))

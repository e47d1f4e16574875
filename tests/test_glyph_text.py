"""Byte-swapped ligatures (a broken ToUnicode map) read back as letters, on a re-distilled fixture."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extractors.core.glyph_text import unswap_ligatures
from extractors.core.pages import PageStore

FIXTURE = Path(__file__).parent / "fixtures/matrix/improvement--gs-docx-grid.pdf"


@pytest.mark.parametrize(
    ("printed", "meant"),
    [
        ("o\u6600\u6600icer", "officer"),
        ("un\u6600\u6900lled", "unfilled"),
        ("re\u6600\u6c00ective", "reflective"),
        ("\u6600\u6900rst", "first"),
    ],
)
def test_swapped_ligatures_read_as_letters(printed, meant):
    assert unswap_ligatures(printed) == meant


@pytest.mark.parametrize("text", ["officer", "", "\u4e00", "\u6600", "\u4e2d\u6587", "Plan \u4e00 A"])
def test_other_text_is_left_as_printed(text):
    # A lone shifted letter may be a real ideograph ('一' is U+4E00): only runs are read back.
    assert unswap_ligatures(text) == text


def test_a_redistilled_page_reads_without_ideographs():
    """Ghostscript's pdfwrite wrote this fixture's ligatures byte-swapped; the page store mends them."""
    with pdfplumber.open(FIXTURE) as pdf:
        raw = " ".join(c["text"] for c in pdf.pages[0].chars)
        assert "\u6600" in raw, "the fixture still shows the broken map (else this test proves nothing)"
        store = PageStore(pdf, FIXTURE)
        words = [w.text for w in store.get(1).words]
        store.close()
    assert not any(ord(ch) >= 0x3400 for w in words for ch in w)
    assert "officer" in " ".join(words).lower() or any("officer" in w.lower() for w in words)

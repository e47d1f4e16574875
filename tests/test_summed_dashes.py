"""Dashes a Ghostscript re-distil spells as '3' / '4' are read back from their glyphs (extractors/core/summed_punctuation.py), on committed Chromium and Ghostscript prints of one page."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractors.core.fast_words import word_boxes
from extractors.core.pdfium_chars import page_chars

HERE = Path(__file__).parent / "fixtures" / "dashes"


def _words(name: str) -> list[tuple[str, float, float]]:
    pdf = pdfium.PdfDocument(str(HERE / name))
    try:
        chars = page_chars(pdf[0], 1)
    finally:
        pdf.close()
    return [(w[0], round(w[1], 1), round(w[3], 1)) for w in word_boxes(chars, x_tolerance=1.5, y_tolerance=2)]


@pytest.fixture(scope="module")
def words() -> dict[str, list[tuple[str, float, float]]]:
    return {name: _words(name) for name in ("chromium-dashes.pdf", "gs-chromium-dashes.pdf")}


def test_the_redistil_reads_its_dashes_as_the_original_print_does(words):
    """'2022–23', '— with', 'March 2023 – April', '2023–24': the same words at the same places (to
    0.3 pt: Chromium's text scale) as the page Chromium printed."""
    truth, redistil = words["chromium-dashes.pdf"], words["gs-chromium-dashes.pdf"]
    assert [w[0] for w in redistil] == [w[0] for w in truth]
    assert all(
        abs(a[1] - b[1]) <= 0.3 and abs(a[2] - b[2]) <= 0.3 for a, b in zip(redistil, truth, strict=True)
    )
    texts = [w[0] for w in redistil]
    assert {"2022\u201323", "\u2014", "\u2013", "2023\u201324"} <= set(texts)


def test_real_threes_and_fours_stay_digits(words):
    texts = [w[0] for w in words["gs-chromium-dashes.pdf"]]
    for real in ("3.1", "4.2", "34", "48", "B4", "3", "4", "F3)", "14.3.24", "3.4.24", "2023", "2024"):
        assert real in texts, real

"""pdfminer's '(cid:127)' (WinAnsi's unused codes) reads as the bullet PDF readers draw."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from extractors.geometry import page_words
from extractors.unmapped_bullets import read_bullets

FIX = Path(__file__).parent / "fixtures" / "bullets" / "rotated-bullets.pdf"


def test_a_rotated_reportlab_page_reads_its_bullets():
    with pdfplumber.open(FIX) as pdf:
        page = pdf.pages[0]
        assert any(c["text"] == "(cid:127)" for c in page.chars)  # what pdfminer itself gives
        words = [w.text for w in page_words(page)]
    assert words.count("\u2022") == 2 and not any("cid" in w for w in words)


def test_only_unused_winansi_codes_become_bullets():
    assert read_bullets("(cid:127)Launch") == "\u2022Launch"
    assert read_bullets("(cid:157)") == "\u2022"
    assert read_bullets("(cid:12)(cid:128)") == "(cid:12)(cid:128)"
    assert read_bullets("plain text") == "plain text"

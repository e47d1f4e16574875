"""Ligatures and quotes a broken ToUnicode map misspells are read back; real accented letters stay."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extractors.core.pdfium_source import PdfiumSource
from extractors.ligature_repair import repair_page_chars

FIX = Path(__file__).parent / "fixtures" / "ligatures"


def page_words(name: str, number: int) -> list[str]:
    """The words planwatch's pdfium reading gives of one page of a fixture."""
    source = PdfiumSource(FIX / name)
    with pdfplumber.open(FIX / name) as pdf:
        page = source.page(number, pdf.pages[number - 1])
        assert page is not None
        words = [w.text for w in page.table_words()]
    source.close()
    return words


def chars(word: str, font: str = "F1", x: float = 0.0) -> list[dict]:
    """One word as touching 6 pt-wide characters on one line."""
    return [
        {"text": c, "fontname": font, "x0": x + 6 * i, "x1": x + 6 * i + 6, "top": 100.0, "size": 10.0}
        for i, c in enumerate(word)
    ]


def text(cs: list[dict]) -> str:
    return "".join(c["text"] for c in cs)


def test_ghostscript_redistil_of_a_chromium_page_reads_as_chromium_printed_it():
    assert page_words("gs-chromium.pdf", 1) == page_words("chromium.pdf", 1)


@pytest.mark.parametrize("word", ["Profile", "staffing", "Officer", "reflective", "Sign-off", "efficient"])
def test_the_repaired_page_has_its_ligature_words(word):
    assert word in page_words("gs-chromium.pdf", 1)


def test_curly_quotes_come_back_on_their_words():
    words = page_words("gs-chromium.pdf", 1)
    assert "\u2018champion\u2019" in words and "children\u2019s" in words


def test_real_umlauts_beside_other_accents_are_kept():
    words = page_words("gs-chromium.pdf", 2)
    assert {"Müller", "Zürich", "über", "Jürgen"} <= set(words)


def test_a_lone_real_umlaut_is_kept():
    assert "Müller" in page_words("gs-chromium.pdf", 3)


def test_stand_ins_need_the_font_to_show_the_bug():
    page = chars("Proüle", x=0) + chars("ürst", x=100) + chars("Müller", "F2", x=200)
    assert text(repair_page_chars(page)) == "ProfilefirstMüller"


def test_stand_ins_beside_another_language_are_kept():
    page = chars("Müller", x=0) + chars("Jürgen", x=100) + chars("Köln", x=200)
    assert text(repair_page_chars(page)) == "MüllerJürgenKöln"


def test_a_font_that_spells_its_ligatures_out_is_left_alone():
    page = chars("Proüle", x=0) + chars("ürst", x=100) + chars("final", x=200) + chars("office", x=300)
    page += chars("fly", x=400)
    assert text(repair_page_chars(page)) == "Proüleürstfinalofficefly"


def test_a_digit_beside_another_cell_is_not_a_quote():
    # 'service' ends one cell and '9.' starts the next: not touching, so not a quote.
    page = chars("Proüle", x=0) + chars("ürst", x=100) + chars("service", x=200) + chars("9.", x=260)
    assert text(repair_page_chars(page)).endswith("service9.")


def test_swapped_ffi_from_a_libreoffice_font_reads_back():
    page = [{"text": "\u6600\ucf00", "fontname": "F1", "x0": 0, "x1": 6, "top": 0, "size": 10}]
    assert text(repair_page_chars(page)) == "ffi"


def test_a_document_without_ff_reads_as_chromium_printed_it():
    # Its font's ligature range starts at 'fi': Ghostscript's 'û' is 'fi' here, not 'ff'.
    assert page_words("gs-chromium-noff.pdf", 1) == page_words("chromium-noff.pdf", 1)


@pytest.mark.parametrize(
    "word", ["benefits", "flood", "officer", "‘difficult", "flexible", "official", "Confirm"]
)
def test_the_ligatures_of_a_document_without_ff(word):
    assert word in page_words("gs-chromium-noff.pdf", 1)


def test_a_page_with_one_stand_in_is_read_with_the_documents_evidence():
    source = PdfiumSource(FIX / "gs-chromium-noff.pdf")
    with pdfplumber.open(FIX / "gs-chromium-noff.pdf") as pdf:
        words = [[w.text for w in source.page(n, pdf.pages[n - 1]).table_words()] for n in (1, 2)]
    source.close()
    assert "first" in words[1]


def test_the_range_start_follows_the_words_it_makes():
    page = chars("beneûts", x=0) + chars("üooding", x=100) + chars("diýcult", x=200)
    assert text(repair_page_chars(page)) == "benefitsfloodingdifficult"


def test_with_ff_in_the_range_the_letters_keep_their_first_meaning():
    page = chars("staû", x=0) + chars("Proüle", x=100) + chars("reýect", x=200) + chars("oþce", x=300)
    assert text(repair_page_chars(page)) == "staffProfilereflectoffice"


def test_without_evidence_the_range_starts_at_ff():
    page = chars("Xûq", x=0) + chars("Züq", x=100)
    assert text(repair_page_chars(page)) == "XffqZfiq"


def test_the_same_word_printed_plainly_on_the_page_is_evidence():
    # No stem knows these made-up words; the page prints them plainly in another font.
    page = chars("zûo", x=0) + chars("yüo", x=100) + chars("zfio", "F2", x=200) + chars("yflo", "F2", x=300)
    assert text(repair_page_chars(page)).startswith("zfioyflo")


def test_one_stand_in_is_read_back_only_in_a_font_that_showed_the_bug():
    memo: dict = {}
    repair_page_chars(chars("beneûts", x=0) + chars("üooding", x=100), memo)
    assert text(repair_page_chars(chars("ûrst", x=0), memo)) == "first"
    assert text(repair_page_chars(chars("ûrst", x=0))) == "ûrst"
    assert text(repair_page_chars(chars("ûrst", "F2", x=0), memo)) == "ûrst"


def test_a_narrow_nine_on_a_word_is_a_quote_where_the_font_also_prints_a_real_nine():
    # No ligature on the page: the reader sizes the quote's glyph narrower than the digit's.
    word = chars("children9s", x=0)
    word[8]["x1"] = word[8]["x0"] + 3.0
    for c in word[9:]:
        c["x0"], c["x1"] = c["x0"] - 3.0, c["x1"] - 3.0
    page = word + chars("9.2", x=200)
    assert text(repair_page_chars(page)) == "children\u2019s9.2"


def test_nines_of_one_width_stay_digits():
    page = chars("children9s", x=0) + chars("9.2", x=200)
    assert text(repair_page_chars(page)) == "children9s9.2"

"""A released page's characters come back from the shelf as pdfium read them, within the budget,
and a page past the budget is read from pdfium again, with the same result."""

from __future__ import annotations

import copy
from pathlib import Path

import pdfplumber

from extractors.core.char_shelf import CharShelf
from extractors.core.pdfium_source import PdfiumSource

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PDF = FIXTURES / "fill-log-v1.pdf"


def _fresh_chars(path: Path) -> dict[int, list[dict]]:
    with pdfplumber.open(path) as pdf:
        source = PdfiumSource(path)
        try:
            return {n: copy.deepcopy(source.page(n, p).chars) for n, p in enumerate(pdf.pages, start=1)}
        finally:
            source.close()


def test_shelf_keeps_the_first_pages_within_its_budget():
    shelf = CharShelf(budget=5)
    shelf.put(1, [{"text": "a"}] * 3)
    shelf.put(2, [{"text": "b"}] * 3)  # would pass the budget: not kept
    shelf.put(3, [{"text": "c"}] * 2)
    assert shelf.take(2) is None
    assert shelf.take(1) == [{"text": "a"}] * 3
    assert shelf.take(1) is None  # taken: the page owns its characters again
    shelf.put(2, [{"text": "b"}] * 3)  # room again
    assert shelf.take(2) == [{"text": "b"}] * 3
    assert shelf.take(3) == [{"text": "c"}] * 2


def test_released_pages_read_the_same_characters_again():
    fresh = _fresh_chars(PDF)
    assert sum(map(len, fresh.values())) > 0
    with pdfplumber.open(PDF) as pdf:
        for budget in (0, len(fresh[1]), 10**6):  # none kept, the first page only, all
            source = PdfiumSource(PDF)
            source._shelf.budget = budget
            try:
                pages = {n: source.page(n, p) for n, p in enumerate(pdf.pages, start=1)}
                for page in pages.values():
                    assert page.chars == fresh[page.number]
                    page.close()
                for page in pages.values():  # after release: from the shelf or pdfium
                    assert page.chars == fresh[page.number], (budget, page.number)
                    assert page.text_words() == _words_of(fresh[page.number])
                    page.close()
            finally:
                source.close()


def _words_of(chars: list[dict]) -> list[dict]:
    from extractors.core.fast_words import extract_words

    return extract_words(copy.deepcopy(chars))

"""The trie-built family patterns find exactly what the plain alternations found, line by line and page by page."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractors import locate_tables
from extractors.core.glyph_text import unswap_ligatures
from extractors.header_lexicon import LEXICON
from extractors.locate_tables import FAMILY_ROLES, HEADER_BAND, _header_like
from extractors.phrase_trie import alternation_pattern, phrase_pattern

FIXTURES = Path(__file__).parent / "fixtures"
OLD = {role: re.compile(alternation_pattern(LEXICON[role]), re.I) for role in FAMILY_ROLES}
NEW = {role: re.compile(phrase_pattern(LEXICON[role]), re.I) for role in FAMILY_ROLES}
PHRASES = sorted({p for role in FAMILY_ROLES for p in LEXICON[role]})
WORDS = sorted({w for p in PHRASES for w in p.split()})

# Lines made of lexicon phrases and words in any case, cut and glued to noise: plurals, prefixes
# ('leader', 'misleads'), slashes, hyphens, line breaks inside phrases, letters that re.I folds.
piece = st.one_of(
    st.sampled_from(PHRASES),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(lambda w: w[: max(1, len(w) - 2)]),
    st.sampled_from(["s", "es", "ses", "/", "-", "#", "1", "a", "K", "\u017f", "\u0130", "\u212a", "e"]),
)
case = st.sampled_from([str, str.upper, str.title, str.lower])
gap = st.sampled_from(["", " ", "  ", "\t", "\n", "\r\n", " / ", "-", ": ", "\u00a0", "\x0c"])
lines = st.lists(st.tuples(piece, case, gap), max_size=12).map(lambda xs: "".join(c(p) + g for p, c, g in xs))


def _spans(patterns: dict, text: str) -> list:
    return [(role, m.span()) for role, rx in patterns.items() for m in rx.finditer(text)]


def _old_lines(text: str) -> list[tuple[int, list]]:
    """The old loop: every line scanned by every family pattern."""
    out = []
    for i, line in enumerate(text.splitlines(keepends=True)):
        found = _spans(OLD, line)
        if found:
            out.append((i, found))
    return out


def _new_lines(text: str) -> list[tuple[int, list]]:
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    out = []
    for i in locate_tables._lines_naming_a_family(text, starts):
        found = _spans(NEW, lines[i])
        if found:
            out.append((i, found))
    return out


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_the_trie_matches_what_the_alternation_matched(line):
    assert _spans(NEW, line) == _spans(OLD, line)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(lines, max_size=6).map("".join))
@example("Action by Lead\nOfficer\n")  # a match across the break hides the next line's own
def test_the_page_scan_keeps_every_line_that_names_a_family(text):
    assert _new_lines(text) == _old_lines(text)


def test_the_trie_takes_the_longest_phrase_that_fits():
    rx = re.compile(phrase_pattern(["lead", "lead officer", "leads", "due", "due date"]), re.I)
    text = "Lead Officers / lead\nofficer, leadership, misleads, due dates, Due"
    assert [m.group() for m in rx.finditer(text)] == ["Lead Officers", "lead\nofficer", "due dates", "Due"]


def test_a_phrase_the_trie_cannot_order_is_refused():
    with pytest.raises(ValueError):
        phrase_pattern(["Lead"])
    with pytest.raises(ValueError):
        phrase_pattern(["lead\tofficer"])


def _old_header_families(textpage, text: str) -> int:
    """locate_tables.header_families as it was before the trie (the reference)."""
    heights: list[tuple[float, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        found = [(family, m) for family, rx in OLD.items() for m in rx.finditer(line)]
        if found and _header_like(line):
            for family, m in found:
                try:
                    _, _, _, top = textpage.get_charbox(offset + m.start())
                except Exception:
                    continue
                heights.append((top, family))
        offset += len(line)
    heights.sort()
    best = 0
    for i, (top, _) in enumerate(heights):
        band = {f for t, f in heights[i:] if t - top <= HEADER_BAND}
        best = max(best, len(band))
    return best


def test_every_fixture_page_gives_the_same_families_and_lines():
    pages = named = 0
    for path in sorted(FIXTURES.rglob("*.pdf")):
        try:
            doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            continue  # the deliberately broken fixtures
        try:
            for i in range(len(doc)):
                page = doc[i]
                textpage = page.get_textpage()
                text = unswap_ligatures(textpage.get_text_range())
                assert _new_lines(text) == _old_lines(text), (path.name, i)
                got = locate_tables.header_families(textpage, text)
                assert got == _old_header_families(textpage, text), (path.name, i)
                pages += 1
                named += got >= locate_tables.MIN_FAMILIES
                textpage.close()
                page.close()
        finally:
            doc.close()
    assert pages > 100 and named > 20

"""Pick, cheaply, the pages that can hold an action table, so prose pages never pay for table analysis. Reads: the PDF. Writes: candidate_pages.

pdfium reads a page's text and counts its vector paths in a few milliseconds, against tens for a
full pdfminer layout. A page is a candidate when its text names at least three column families
of an action table (lead, deadline, progress, rating, action...) or when it follows a candidate
page and draws rules (a table running on without a repeated header).
"""

from __future__ import annotations

import logging
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.core import DocContext, Reject, StageConfig
from extractors.header_lexicon import LEXICON, is_header_word

log = logging.getLogger(__name__)
NAME, VERSION = "locate_tables", "4"  # 4: families built from the column lexicon

# Column roles whose header words mark an action table's header row, one pattern per role, made
# from the same lexicon the column mapper uses so the two never drift apart.
FAMILY_ROLES = ("lead", "deadline", "progress", "rag", "action", "area", "monitoring", "outcome")


def _family_pattern(phrases: tuple[str, ...]) -> str:
    alternatives = sorted({re.escape(p).replace(r"\ ", r"\s+") for p in phrases}, key=len, reverse=True)
    return r"(?<![\w/])(?:" + "|".join(alternatives) + r")(?:s|es)?(?![\w/])"


FAMILIES = {role: _family_pattern(LEXICON[role]) for role in FAMILY_ROLES}
FAMILY_RE = {k: re.compile(v, re.I) for k, v in FAMILIES.items()}
MIN_FAMILIES = 3
MAX_HEADER_WORDS = 6
HEADER_BAND = 30.0  # points: the height a (multi-line) header row spans
MIN_PATHS = 2  # a continuation page of a ruled table draws at least a couple of rules


def _header_like(line: str) -> bool:
    words = line.split()
    if not words:
        return False
    if len(words) <= MAX_HEADER_WORDS:
        return True
    return sum(1 for w in words if is_header_word(w)) >= 0.6 * len(words)


def header_families(textpage, text: str) -> int:
    """The most column families named side by side in one header-like band of the page.

    A header row names its families at one height; a dense table of narrow cells or a page of
    prose mentions 'progress', 'lead' and 'evidence' too, but scattered down the page.
    """
    heights: list[tuple[float, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if _header_like(line):
            for family, rx in FAMILY_RE.items():
                for m in rx.finditer(line):
                    try:
                        _, _, _, top = textpage.get_charbox(offset + m.start())
                    except Exception:  # a generated character has no box: skip it
                        continue
                    heights.append((top, family))
        offset += len(line)
    heights.sort()
    best = 0
    for i, (top, _) in enumerate(heights):
        band = {f for t, f in heights[i:] if t - top <= HEADER_BAND}
        best = max(best, len(band))
    return best


def page_signals(page) -> tuple[int, int, int, int]:
    """(column families named, vector paths drawn, characters, images) of one pdfium page."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        families = header_families(textpage, text)
    finally:
        textpage.close()
    paths = images = 0
    for obj in page.get_objects(
        filter=[pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2
    ):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
        else:
            images += 1
    return families, paths, len(text.strip()), images


def run(ctx: DocContext, cfg: StageConfig) -> None:
    try:
        doc = pdfium.PdfDocument(str(ctx.path))
    except pdfium.PdfiumError as exc:  # pdfminer opened it; fall back to every page
        log.warning("pdfium could not open %s (%s); analysing every page", ctx.short_id, exc)
        ctx.candidate_pages = list(range(1, ctx.pages + 1))
        return
    try:
        candidates: list[int] = []
        follow_on: list[
            int
        ] = []  # candidates only because they follow one: parsed only if it held an action table
        chars_seen = drawn_seen = 0
        for i in range(len(doc)):
            page = doc[i]
            try:
                families, paths, chars, images = page_signals(page)
            finally:
                page.close()
            chars_seen += chars
            drawn_seen += paths + images
            follows = bool(candidates) and candidates[-1] == i  # previous page (1-based i) is a candidate
            if families >= MIN_FAMILIES:
                candidates.append(i + 1)
            elif follows and paths >= MIN_PATHS:
                candidates.append(i + 1)
                follow_on.append(i + 1)
        ctx.text_chars = chars_seen
    finally:
        doc.close()
    if chars_seen == 0 and drawn_seen:
        # Something is printed but none of it is text: a scan, or text turned into outlines.
        raise Reject(
            "no_text_layer",
            f"none of the {ctx.pages} pages has extractable text (images or drawings only); "
            "run OCR first, e.g. `ocrmypdf in.pdf out.pdf`, and process the OCR'd copy",
        )
    if chars_seen == 0:
        # Blank pages: nothing to OCR and nothing to extract; the document ends as no_action_table.
        log.warning("%s: every page is blank", ctx.short_id)
    ctx.candidate_pages = candidates
    ctx.follow_on_pages = follow_on
    log.debug("%s: %d of %d pages are candidates", ctx.short_id, len(candidates), ctx.pages)

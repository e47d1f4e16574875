"""Pick, cheaply, the pages that can hold an action table, so prose pages never pay for table analysis. Reads: the PDF. Writes: candidate_pages.

pdfium reads a page's text and counts its vector paths in a few milliseconds, against tens for a
full pdfminer layout. A page is a candidate when its text names at least three column families
of an action table (lead, deadline, progress, rating, action...), when it draws a grid of thin
rules (a table that prints no header row: at least MIN_GRID_RULES horizontal and as many vertical
rule objects), when its text prints MIN_ACTION_ROWS numbered action rows that name a date (a
log with no header and no rules: extractors/action_lines.py), or when it follows a candidate page
and draws rules (a table running on without a repeated header). It also notes the heading-like lines that name an action plan or log, which
the action-table decision weighs for the tables below them.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

import pypdfium2 as pdfium

from extractors.action_decision import genre_heading
from extractors.action_lines import dated_action_rows
from extractors.commitment_lists import commitment_heading
from extractors.core import DocContext, Reject, StageConfig
from extractors.core.glyph_text import unswap_ligatures
from extractors.header_lexicon import LEXICON, is_header_word
from extractors.phrase_trie import phrase_pattern
from extractors.triage_counts import count_objects

log = logging.getLogger(__name__)
NAME, VERSION = "locate_tables", "7"  # 7: commitments headings

# Column roles whose header words mark an action table's header row, one pattern per role, made
# from the same lexicon the column mapper uses so the two never drift apart.
FAMILY_ROLES = ("lead", "deadline", "progress", "rag", "action", "area", "monitoring", "outcome")


FAMILIES = {role: phrase_pattern(LEXICON[role]) for role in FAMILY_ROLES}
FAMILY_RE = {k: re.compile(v, re.I) for k, v in FAMILIES.items()}
# Any family's phrase: one scan of the page finds the few lines worth the eight family scans.
ANY_FAMILY_RE = re.compile(phrase_pattern(p for role in FAMILY_ROLES for p in LEXICON[role]), re.I)
MIN_FAMILIES = 3
MAX_HEADER_WORDS = 6
HEADER_BAND = 30.0  # points: the height a (multi-line) header row spans
MIN_PATHS = 2  # a continuation page of a ruled table draws at least a couple of rules
MIN_GRID_RULES = 3  # thin horizontal and vertical rule objects a headerless grid draws at least
RULE_WIDTH = 2.5  # points: a path thinner than this across is a rule
MIN_RULE_LENGTH = 6.0
MIN_ACTION_ROWS = 3  # numbered action rows naming a date that make a page without header or grid a candidate


def _header_like(line: str) -> bool:
    words = line.split()
    if not words:
        return False
    if len(words) <= MAX_HEADER_WORDS:
        return True
    return sum(1 for w in words if is_header_word(w)) >= 0.6 * len(words)


def _lines_naming_a_family(text: str, starts: list[int]) -> list[int]:
    """Indexes of the lines (split as `starts` says) that a match of ANY_FAMILY_RE on the whole text touches.

    Every line where some family's pattern matches is among them: that match is also one of
    ANY_FAMILY_RE's at the same place (a line break is no word character, so the boundaries read
    the same in the whole text), and a scan of the text either takes it or takes an earlier match
    that runs into the line.
    """
    touched: set[int] = set()
    for m in ANY_FAMILY_RE.finditer(text):
        first = bisect_right(starts, m.start()) - 1
        last = bisect_right(starts, m.end() - 1) - 1
        touched.update(range(first, last + 1))
    return sorted(touched)


def header_families(textpage, text: str) -> int:
    """The most column families named side by side in one header-like band of the page.

    A header row names its families at one height; a dense table of narrow cells or a page of
    prose mentions 'progress', 'lead' and 'evidence' too, but scattered down the page.
    """
    lines = text.splitlines(keepends=True)
    starts = list(accumulate(map(len, lines), initial=0))
    heights: list[tuple[float, str]] = []
    for i in _lines_naming_a_family(text, starts):
        line, offset = lines[i], starts[i]
        # The family words first: most lines name none, and _header_like weighs every word.
        found = [(family, m) for family, rx in FAMILY_RE.items() for m in rx.finditer(line)]
        if found and _header_like(line):
            for family, m in found:
                try:
                    _, _, _, top = textpage.get_charbox(offset + m.start())
                except Exception:  # a generated character has no box: skip it
                    continue
                heights.append((top, family))
    heights.sort()
    best = 0
    for i, (top, _) in enumerate(heights):
        band = set()
        for t, f in heights[i:]:
            if t - top > HEADER_BAND:  # sorted: every later height is further down still
                break
            band.add(f)
        best = max(best, len(band))
    return best


@dataclass
class PageSignals:
    families: int  # column families named side by side in one header-like band
    paths: int  # vector paths drawn
    chars: int
    images: int
    grid: bool  # thin horizontal and vertical rules enough for a table's grid
    heading: str | None  # a heading-like line naming an action plan or log
    action_rows: int = 0  # lines opening with a ref and an action verb whose row names a date
    commitments: bool = False  # a heading naming commitments, a business plan or the status of actions


def page_signals(page, textpage=None) -> PageSignals:
    """What one pdfium page shows of a table, read from its text and its path objects only.

    `textpage`: the page's text page when the caller loaded it (left open, the caller's to close).
    """
    own = textpage is None
    if own:
        textpage = page.get_textpage()
    try:
        text = unswap_ligatures(textpage.get_text_range())
        families = header_families(textpage, text)
    finally:
        if own:
            textpage.close()
    paths, images, h_rules, v_rules = count_objects(page, RULE_WIDTH, MIN_RULE_LENGTH)
    heading = next((h for h in map(genre_heading, text.splitlines()) if h), None)
    grid = h_rules >= MIN_GRID_RULES and v_rules >= MIN_GRID_RULES
    lines = text.splitlines()
    return PageSignals(
        families,
        paths,
        len(text.strip()),
        images,
        grid,
        heading,
        dated_action_rows(text),
        commitment_heading(lines) is not None,
    )


def is_candidate(sig: PageSignals) -> bool:
    """A page that may hold an action table on its own signals: a header row's families, a grid
    with text, a heading naming the genre or a commitments list (extractors/commitment_lists.py),
    or numbered action rows with dates (a headerless, unruled log: only the layout sees its
    columns)."""
    return bool(
        sig.families >= MIN_FAMILIES
        or (sig.grid and sig.chars)
        or sig.heading
        or sig.commitments
        or sig.action_rows >= MIN_ACTION_ROWS
    )


def run(ctx: DocContext, cfg: StageConfig) -> None:
    try:
        doc = pdfium.PdfDocument(str(ctx.path))
    except pdfium.PdfiumError as exc:  # pdfminer opened it; fall back to every page
        log.warning("pdfium could not open %s (%s); analysing every page", ctx.short_id, exc)
        ctx.candidate_pages = list(range(1, ctx.pages + 1))
        return
    try:
        for _ in scan(ctx, doc):
            pass
    finally:
        doc.close()


@dataclass
class ScannedPage:
    """One page as locate leaves it: still loaded, with its text page, and whether it was picked."""

    number: int  # 1-based
    page: Any  # the pdfium page, closed by `scan` when the next page is asked for
    textpage: Any
    picked: bool  # a candidate
    follow_on: bool  # a candidate only for following one: parsed only if that one held an action table


def scan(ctx: DocContext, doc: Any) -> Iterator[ScannedPage]:
    """Decide page by page, in order, which pages are candidates, yielding each page still loaded
    (a caller may read it further before asking for the next); at the end set candidate_pages and
    the rest on `ctx`, or raise Reject for a document with no text layer."""
    candidates: list[int] = []
    follow_on: list[
        int
    ] = []  # candidates only because they follow one: parsed only if it held an action table
    chars_seen = drawn_seen = 0
    readable = min(len(doc), ctx.pages)
    if len(doc) != ctx.pages:
        # A damaged page tree: pdfium and pdfminer found different pages. Later stages read
        # pages through pdfminer, so only pages both can see are candidates.
        ctx.warnings.append(f"page tree damaged: pdfium reads {len(doc)} pages, pdfminer {ctx.pages}")
    # Filled as pages are scanned: a reader streaming pages behind the scan sees each page's heading.
    headings: dict[int, str] = {}
    ctx.genre_headings = headings
    for i in range(readable):
        page = doc[i]
        textpage = None
        try:
            textpage = page.get_textpage()
            sig = page_signals(page, textpage)
            chars_seen += sig.chars
            drawn_seen += sig.paths + sig.images
            if sig.heading:
                headings[i + 1] = sig.heading
            follows = bool(candidates) and candidates[-1] == i  # previous page (1-based i) is a candidate
            # A page headed as an action plan or commitments list may print its table with no
            # header row and no grid (columns set by whitespace): only the layout sees it.
            if is_candidate(sig):
                candidates.append(i + 1)
            elif follows and sig.paths >= MIN_PATHS:
                candidates.append(i + 1)
                follow_on.append(i + 1)
            picked = bool(candidates) and candidates[-1] == i + 1
            yield ScannedPage(i + 1, page, textpage, picked, picked and follow_on[-1:] == [i + 1])
        finally:
            if textpage is not None:
                textpage.close()
            page.close()
    ctx.text_chars = chars_seen
    ctx.genre_headings = headings
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

"""The streamed locate + parse pass (pipeline.stream_stages) against the two stages run in turn."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractors import ingest, locate_tables, parse_tables
from extractors.core import DocContext, Reject, StageConfig
from pipeline import stream_stages
from pipeline.process import process_document, run_stages

FIXTURES = Path(__file__).parent / "fixtures"
# A follow-on page read under an open action table (geom-hrules), a multi-page log with section
# rows, a table-dense plan whose cover pages the page store has read before locate (every one).
CASES = [
    FIXTURES / "geom" / "geom-hrules.pdf",
    FIXTURES / "layoutfix" / "layoutfix-section-before-break.pdf",
    FIXTURES / "log-sections.pdf",
    FIXTURES / "genre-headerless-log.pdf",
    FIXTURES / "matrix" / "assessment--docx-grid.pdf",
]


def _located_and_parsed(path: Path, streamed: bool) -> tuple[DocContext, stream_stages.Failure | None]:
    ctx = DocContext(path=path)
    cfg = StageConfig(strict=True)
    try:
        ingest.run(ctx, cfg)
        if streamed:
            failed = stream_stages.run(ctx, cfg, {})
        else:
            failed = stream_stages.timed(locate_tables, ctx, cfg, {}) or stream_stages.timed(
                parse_tables, ctx, cfg, {}
            )
    finally:
        ctx.store.close()
        ctx.pdf.close()
    return ctx, failed


def _outcome(ctx: DocContext) -> dict:
    return {
        "candidates": ctx.candidate_pages,
        "follow_on": ctx.follow_on_pages,
        "headings": ctx.genre_headings,
        "text_chars": ctx.text_chars,
        "warnings": ctx.warnings,
        "tables": [repr(t) for t in ctx.page_tables],
    }


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_streamed_pass_gives_the_two_stages_outcome(path: Path) -> None:
    two_pass, failed_two = _located_and_parsed(path, streamed=False)
    streamed, failed_streamed = _located_and_parsed(path, streamed=True)
    assert failed_two is None and failed_streamed is None
    assert two_pass.page_tables, "the fixture must hold a table for the comparison to mean anything"
    assert _outcome(streamed) == _outcome(two_pass)


def test_follow_on_page_is_read_in_both_passes() -> None:
    """geom-hrules: page 2 is a candidate only for following page 1's action table, and is read."""
    ctx, _ = _located_and_parsed(FIXTURES / "geom" / "geom-hrules.pdf", streamed=True)
    assert ctx.follow_on_pages == [2]
    assert {t.page for t in ctx.page_tables} == {1, 2}


def test_whole_document_rows_do_not_depend_on_streaming() -> None:
    path = FIXTURES / "genre-annex.pdf"  # ten pages: the parser reads pages past the cover
    streamed = process_document(path, StageConfig(strict=True))
    ctx = DocContext(path=path)
    try:
        assert run_stages(ctx, StageConfig(strict=True), {}, streamed=False) is None
    finally:
        ctx.store.close()
        ctx.pdf.close()
    assert streamed.actions and [a["action"] for a in streamed.actions] == [a["action"] for a in ctx.actions]


def test_each_page_and_its_text_page_are_loaded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of streaming: a candidate page and its text page are not loaded again for the parser."""
    from pypdfium2._helpers.page import PdfPage

    path = FIXTURES / "genre-annex.pdf"  # ten pages: the parser reads pages past the cover
    loads: list[tuple[str, int]] = []
    get_page, get_textpage = pdfium.PdfDocument.get_page, PdfPage.get_textpage

    def counting_page(self, index):
        loads.append(("page", index))
        return get_page(self, index)

    def counting_textpage(self, *args, **kwargs):
        loads.append(("text", 0))
        return get_textpage(self, *args, **kwargs)

    counts = {}
    for streamed in (False, True):
        ctx = DocContext(path=path)
        cfg = StageConfig(strict=True)
        try:
            ingest.run(ctx, cfg)
            loads.clear()
            monkeypatch.setattr(pdfium.PdfDocument, "get_page", counting_page)
            monkeypatch.setattr(PdfPage, "get_textpage", counting_textpage)
            if streamed:
                assert stream_stages.run(ctx, cfg, {}) is None
            else:
                locate_tables.run(ctx, cfg)
                parse_tables.run(ctx, cfg)
            monkeypatch.undo()
            counts[streamed] = sorted(i for kind, i in loads if kind == "page"), len(loads)
            pages = ctx.pages
            parsed = {t.page for t in ctx.page_tables}
        finally:
            ctx.store.close()
            ctx.pdf.close()
    assert max(parsed) > 4, "the fixture must have table pages past the cover"
    # Streamed: locate loads each page and its text page once, and the parser reads from them.
    assert counts[True] == (list(range(pages)), 2 * pages)
    # In turn: the parser loads its pages again.
    assert len(counts[False][0]) > pages and counts[False][1] > 2 * pages


def test_parse_error_is_reported_after_locate_has_seen_every_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in turn, locate fails before parse starts: streamed, its error still wins."""
    path = FIXTURES / "genre-annex.pdf"  # ten pages: the parser reads pages past the cover

    def broken_read(self, page_no, page):
        page.release()
        raise ValueError("parser bug")

    monkeypatch.setattr(parse_tables.TableReader, "read", broken_read)
    _, failed = _located_and_parsed(path, streamed=True)
    assert failed is not None and failed[0] == "parse_tables" and str(failed[1]) == "parser bug"

    original_signals = locate_tables.page_signals
    seen: list[int] = []

    def failing_at_the_last_page(page, textpage=None):
        seen.append(1)
        sig = original_signals(page, textpage)
        if len(seen) == len(pdfium.PdfDocument(str(path))):
            raise RuntimeError("locate bug")
        return sig

    monkeypatch.setattr(locate_tables, "page_signals", failing_at_the_last_page)
    _, failed = _located_and_parsed(path, streamed=True)
    assert failed is not None and failed[0] == "locate_tables" and str(failed[1]) == "locate bug"


def test_no_text_layer_is_locates_refusal(tmp_path: Path) -> None:
    """A document that draws but prints no text is refused by locate, streamed or not."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "drawing-only.pdf"
    c = canvas.Canvas(str(path))
    for _ in range(2):
        for y in range(100, 700, 50):
            c.line(50, y, 500, y)
        c.showPage()
    c.save()
    for streamed in (False, True):
        _, failed = _located_and_parsed(path, streamed=streamed)
        assert failed is not None and failed[0] == "locate_tables"
        assert isinstance(failed[1], Reject) and failed[1].reason == "no_text_layer"

"""Open a PDF, fingerprint it and read what its cover states about the meeting. Reads: the file. Writes: doc_id, pages, meta."""

from __future__ import annotations

import logging
import os

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from extractors.core import DocContext, Reject, StageConfig
from extractors.core.digest import sha256_of
from extractors.document_dates import COVER_PAGES, FOOTER_PAGES, find_document_date, find_meeting_metadata

log = logging.getLogger(__name__)
NAME, VERSION = "ingest", "2"  # 2: password-protected files wrapped by pdfplumber are encrypted_pdf

PDF_MAGIC = b"%PDF-"
# Producers put junk before the header; readers accept it within the first KiB.
HEADER_WINDOW = 1024


def _unwrap(exc: BaseException) -> BaseException:
    """pdfplumber wraps pdfminer's errors in PdfminerException(inner): classify by the inner one."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc.__cause__
    return inner if inner is not None else exc


def _close_quietly(pdf) -> None:
    """Close a PDF whose page tree is damaged: pdfplumber's close() walks the pages again and can
    raise the very error that made us give up on the file."""
    if pdf is None:
        return
    try:
        pdf.close()
    except Exception:
        pdf.stream.close()


class _Cover:
    """The first pages through the page store, read as `document_dates` reads a PDF (`pdf.pages[:n]`)."""

    def __init__(self, ctx: DocContext) -> None:
        self.pages = [ctx.store.get(n) for n in range(1, min(ctx.pages, max(COVER_PAGES, FOOTER_PAGES)) + 1)]

    def release(self) -> None:
        for page in self.pages:
            page.release()


def _pdfium_page_count(path: str | os.PathLike[str]) -> int | None:
    """The page count as pdfium reads it (a millisecond), or None when pdfium cannot open the file.

    None leaves every verdict on a damaged or encrypted file to the pdfplumber path below.
    """
    try:
        doc = pdfium.PdfDocument(str(path))
    except Exception:  # noqa: BLE001 - any failure defers to pdfminer's reading and its reasons
        return None
    try:
        return len(doc)
    finally:
        doc.close()


def run(ctx: DocContext, cfg: StageConfig) -> None:
    if not ctx.doc_id:
        ctx.doc_id, ctx.size = sha256_of(ctx.path)
    if ctx.size == 0:
        raise Reject("empty_file", "the file has no bytes; re-download it")
    with open(ctx.path, "rb") as fh:
        head = fh.read(HEADER_WINDOW)
    if PDF_MAGIC not in head:
        raise Reject(
            "not_a_pdf", f"no '%PDF-' header in the first {HEADER_WINDOW} bytes (starts {head[:16]!r})"
        )
    counted = _pdfium_page_count(ctx.path)
    if counted is not None and counted > cfg.max_pages:
        # Refused before pdfminer builds every page object: that alone takes seconds on a huge file.
        raise Reject("too_many_pages", f"{counted} pages > --max-pages {cfg.max_pages}")
    pdf = None
    try:
        pdf = pdfplumber.open(ctx.path)
        ctx.pages = len(pdf.pages)
    except MemoryError:  # the worker's memory cap, not a property of the file: let the executor say so
        _close_quietly(pdf)
        raise
    except Exception as exc:  # pdfminer raises many types on damaged files
        _close_quietly(pdf)
        cause = _unwrap(exc)
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)) or any(
            w in str(cause).lower() for w in ("password", "encrypt")
        ):
            raise Reject(
                "encrypted_pdf", f"the PDF needs a password ({type(cause).__name__}); ask the publisher"
            ) from exc
        if isinstance(cause, PDFSyntaxError):
            raise Reject("broken_pdf", f"pdfminer could not parse it: {cause}") from exc
        raise Reject("broken_pdf", f"{type(cause).__name__}: {cause}"[:500]) from exc
    ctx.pdf = pdf
    if ctx.pages == 0:
        raise Reject("broken_pdf", "the PDF has no pages")
    if ctx.pages > cfg.max_pages:
        raise Reject("too_many_pages", f"{ctx.pages} pages > --max-pages {cfg.max_pages}")
    cover = _Cover(ctx)
    try:
        ctx.meta.update(find_meeting_metadata(cover))
        ctx.meta.update(find_document_date(cover, ctx.meta))
    finally:
        cover.release()
    log.debug("ingested %s: %d pages, meta %s", ctx.short_id, ctx.pages, ctx.meta)

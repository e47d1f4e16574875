"""Open a PDF, fingerprint it and read what its cover states about the meeting. Reads: the file. Writes: doc_id, pages, meta."""

from __future__ import annotations

import hashlib
import logging

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from extractors.document_dates import find_document_date, find_meeting_metadata
from pipeline.context import DocContext, Reject, StageConfig

log = logging.getLogger(__name__)
NAME, VERSION = "ingest", "1"

PDF_MAGIC = b"%PDF-"
# Producers put junk before the header; readers accept it within the first KiB.
HEADER_WINDOW = 1024


def sha256_of(path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


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
    try:
        ctx.pdf = pdfplumber.open(ctx.path)
        ctx.pages = len(ctx.pdf.pages)
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise Reject(
            "encrypted_pdf", f"the PDF needs a password ({type(exc).__name__}); ask the publisher"
        ) from exc
    except PDFSyntaxError as exc:
        raise Reject("broken_pdf", f"pdfminer could not parse it: {exc}") from exc
    except Exception as exc:  # pdfminer raises many types on damaged files
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise Reject("encrypted_pdf", f"{type(exc).__name__}: {exc}") from exc
        raise Reject("broken_pdf", f"{type(exc).__name__}: {exc}") from exc
    if ctx.pages == 0:
        raise Reject("broken_pdf", "the PDF has no pages")
    if ctx.pages > cfg.max_pages:
        raise Reject("too_many_pages", f"{ctx.pages} pages > --max-pages {cfg.max_pages}")
    ctx.meta.update(find_meeting_metadata(ctx.pdf))
    ctx.meta.update(find_document_date(ctx.pdf, ctx.meta))
    log.debug("ingested %s: %d pages, meta %s", ctx.short_id, ctx.pages, ctx.meta)

"""Name the failure behind an exception: a reason code for damaged input, `unexpected_error` for a bug.

The PDF libraries raise their own errors on damaged bytes (pdfminer's PSSyntaxError, pdfium's
PdfiumError), but also plain KeyError, TypeError, struct.error or zlib.error from deep inside
their parsers. Either way the cause is the file, not planwatch: an exception whose innermost
frame is in pdfminer, pdfplumber, pypdfium2 or a codec they call is classified by where it was
raised (a font program, a stream filter, the cross-reference table, the object syntax). Only an
exception raised in planwatch's own code is `unexpected_error`, and it keeps its traceback.
"""

from __future__ import annotations

import ctypes
import traceback
import zlib

DETAIL_LIMIT = 4000
# The name of the executors' time-limit exception. When the limit fires inside a ctypes call into
# pdfium, ctypes turns it into an ArgumentError that only names it ("argument 1: _Timeout: ").
DEADLINE_NAME = "_Timeout"

# Reason codes for damaged input, checked in this order against the raising module's name.
_BY_MODULE = (
    (
        "broken_font",
        (
            "pdfminer.pdffont",
            "pdfminer.cmapdb",
            "pdfminer.encodingdb",
            "pdfminer.fontmetrics",
            "pdfminer.glyphlist",
            "pdfminer._fontmetrics",
            "fontTools",
        ),
    ),
    (
        "broken_stream",
        (
            "pdfminer.lzw",
            "pdfminer.ascii85",
            "pdfminer.runlength",
            "pdfminer.ccitt",
            "pdfminer.jbig2",
            "pdfminer.image",
            "zlib",
            "PIL",
        ),
    ),
    ("broken_xref", ("pdfminer.pdfdocument",)),
    ("broken_pdf", ("pdfminer", "pdfplumber", "pypdfium2", "charset_normalizer")),
)
# Error types that say what was wrong whatever module raised them.
_BY_NAME = {
    "PDFNoValidXRef": "broken_xref",
    "PDFFontError": "broken_font",
    "PDFUnicodeNotDefined": "broken_font",
    "PSEOF": "broken_pdf",
    "PSSyntaxError": "broken_pdf",
    "PSTypeError": "broken_pdf",
    "PSValueError": "broken_pdf",
    "PDFSyntaxError": "broken_pdf",
    "PDFTypeError": "broken_pdf",
    "PDFValueError": "broken_pdf",
    "PDFNotImplementedError": "broken_stream",
    "PdfiumError": "broken_pdf",
}
LIBRARY_ROOTS = ("pdfminer", "pdfplumber", "pypdfium2", "fontTools", "PIL", "charset_normalizer")
# Module names of the stdlib helpers the libraries call on raw bytes.
_STDLIB_CODECS = {"zlib", "struct", "codecs", "base64", "binascii", "encodings"}


def _module_of(frame_summary: traceback.FrameSummary) -> str:
    path = frame_summary.filename.replace("\\", "/")
    for root in LIBRARY_ROOTS:
        marker = f"/{root}/"
        if marker in path:
            tail = path.split(marker, 1)[1].rsplit(".", 1)[0].replace("/", ".")
            return f"{root}.{tail}".removesuffix(".__init__")
    return ""


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and the ones it was raised from (pdfplumber wraps pdfminer's)."""
    seen: list[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def _library_module(exc: BaseException) -> str:
    """The library module of the innermost traceback frame, if that frame is library code."""
    frames = traceback.extract_tb(exc.__traceback__)
    for fs in reversed(frames):
        module = _module_of(fs)
        if module:
            return module
        if fs.filename.replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".py") in _STDLIB_CODECS:
            continue  # a codec called with bad bytes: look at who called it
        return ""  # innermost frame is our code: not the file's fault
    return ""


def classify(exc: BaseException) -> tuple[str, str]:
    """(reason code, detail) for an exception a stage raised while reading a document."""
    if isinstance(exc, MemoryError):
        return "memory_limit", f"MemoryError: {exc}"
    for e in _chain(exc):
        if isinstance(e, ctypes.ArgumentError) and f": {DEADLINE_NAME}" in str(e):
            return "timeout", "the time limit was reached inside a PDF library call"
        name = type(e).__name__
        module = type(e).__module__
        if isinstance(e, zlib.error):
            return "broken_stream", f"a compressed stream does not inflate: {e}"[:DETAIL_LIMIT]
        if name in _BY_NAME and module.split(".")[0] in LIBRARY_ROOTS:
            return _BY_NAME[name], f"{name}: {e}"[:DETAIL_LIMIT]
        raised_in = _library_module(e)
        if raised_in:
            if isinstance(e, RecursionError):
                return "broken_pdf", f"objects nested too deeply (in {raised_in}): {e}"[:DETAIL_LIMIT]
            for reason, prefixes in _BY_MODULE:
                if raised_in.startswith(prefixes):
                    return reason, f"{name} in {raised_in}: {e}"[:DETAIL_LIMIT]
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    # The end of a traceback names where it broke: keep it when the text must be cut.
    return "unexpected_error", (text if len(text) <= DETAIL_LIMIT else "..." + text[-DETAIL_LIMIT:])

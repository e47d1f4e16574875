"""Digests of pdfium's char dicts (`pdfium_chars.page_chars`) page by page: a reader change that moves
one character, one box edge by one bit, one font name or one key changes the page's digest.

`--write` records them (run it on the code before a change, e.g. from a checkout of main), the
default compares the current code with the record, page by page, and exits 1 on a difference.
tests/test_char_digests.py checks the committed record of the fixture PDFs the same way.

    .venv/bin/python bench/char_digests.py PDF_OR_FOLDER... --json digests.json [--write] [--max-pages N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.core.font_metrics import page_fonts  # noqa: E402
from extractors.core.pdfium_chars import page_chars  # noqa: E402


def page_digest(chars: list[dict]) -> str:
    """sha256 of every char's keys and values in order (floats by repr: exact to the bit)."""
    h = hashlib.sha256()
    for c in chars:
        h.update(repr(list(c.items())).encode())
    return h.hexdigest()[:20]


def digests(path: Path, max_pages: int) -> Iterator[tuple[int, str]]:
    """(page number, digest) of the first `max_pages` pages pdfium reads with pdfminer's fonts."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        with pdfplumber.open(path) as pdf:
            for number, plumber_page in enumerate(pdf.pages[:max_pages], start=1):
                fonts = page_fonts(plumber_page)
                page = doc[number - 1]
                try:
                    yield number, page_digest(page_chars(page, number, fonts or {}))
                finally:
                    page.close()
                plumber_page.close()
    finally:
        doc.close()


def file_name(path: Path, root: Path = ROOT) -> str:
    """The PDF's path inside the repository (as recorded), or as given when outside it."""
    resolved = path.resolve()
    return str(resolved.relative_to(root)) if resolved.is_relative_to(root) else str(path)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:20]


def collect(paths: list[Path], max_pages: int) -> dict[str, str]:
    """{'<pdf>#<page>': digest} of the pages of every PDF."""
    found: dict[str, str] = {}
    for path in paths:
        name = file_name(path)
        for number, digest in digests(path, max_pages):
            found[f"{name}#{number}"] = digest
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="+", type=Path)
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--write", action="store_true", help="record the digests instead of comparing")
    parser.add_argument("--max-pages", type=int, default=1000)
    args = parser.parse_args()
    paths: list[Path] = []
    for p in args.pdfs:
        paths.extend(sorted(p.rglob("*.pdf")) if p.is_dir() else [p])
    found = collect(paths, args.max_pages)
    if args.write:
        record = {
            "max_pages": args.max_pages,
            "files": {file_name(p): file_digest(p) for p in paths},
            "pages": found,
        }
        args.json.write_text(json.dumps(record, indent=0, sort_keys=True) + "\n")
        sys.stdout.write(f"{len(found)} pages of {len(paths)} PDFs recorded\n")
        return 0
    recorded = json.loads(args.json.read_text())["pages"]
    differ = sorted(k for k in found if recorded.get(k) != found[k])
    for key in differ[:20]:
        sys.stdout.write(f"differs: {key}\n")
    sys.stdout.write(f"{len(found)} pages of {len(paths)} PDFs: {len(differ)} differ\n")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

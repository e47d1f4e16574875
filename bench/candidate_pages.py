"""Count the pages locate_tables makes candidates in a folder of PDFs: what its triage hands the layout.

Not a test. The agenda packs are where a loose candidate rule costs (every candidate page is laid
out); run this before and after a change to the rule and compare:

    .venv/bin/python bench/candidate_pages.py ../shared/corpus/pdf ../shared/realworld [--each]
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import locate_tables  # noqa: E402
from extractors.core import DocContext, Reject, StageConfig  # noqa: E402


def candidates(path: Path) -> tuple[int, int, int]:
    """(pages, candidate pages, follow-on candidates) of one PDF; (pages, 0, 0) if it is refused."""
    doc = pdfium.PdfDocument(str(path))
    try:
        pages = len(doc)
    finally:
        doc.close()
    ctx = DocContext(path=path)
    ctx.pages = pages
    try:
        locate_tables.run(ctx, StageConfig())
    except Reject:
        return pages, 0, 0
    return pages, len(ctx.candidate_pages), len(ctx.follow_on_pages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--each", action="store_true", help="a line per PDF with any candidate page")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    for folder in args.folders:
        groups: dict[str, list[int]] = {}
        for path in sorted(folder.rglob("*.pdf")):
            try:
                pages, cand, follow = candidates(path)
            except pdfium.PdfiumError:
                continue
            kind = "agenda packs" if "agenda" in path.name else "other"
            total = groups.setdefault(kind, [0, 0, 0, 0])
            for i, v in enumerate((1, pages, cand, follow)):
                total[i] += v
            if args.each and cand:
                print(f"  {path.relative_to(folder)}: {cand} of {pages} ({follow} follow-on)")
        for kind, (n, pages, cand, follow) in sorted(groups.items()):
            print(f"{folder} {kind}: {n} PDFs, {pages} pages, {cand} candidates ({follow} follow-on)")


if __name__ == "__main__":
    main()

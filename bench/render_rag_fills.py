"""Render the rating-colour variants (bench/matrix_rag_fills.py) for every rated dev shape of the matrix and this module's own log, in the matrix's folder format.

    .venv/bin/python bench/render_rag_fills.py OUT [--only PRODUCER-LAYOUT ...] [--shapes NAME ...]
    .venv/bin/python bench/eval_matrix.py OUT --workers 1 --show 3

Writes OUT/<shape>--<producer>-<layout>.pdf, OUT/gold/<stem>.jsonl and OUT/matrix.json, as
bench/render_matrix.py does; the gold is the content's rating (every variant shows it). Held-out
shapes are left out: these cells are for looking at failures. `--layout-traps` adds two unruled
layouts of the same variants that lose rows or columns today (findings/rag6.md).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matrix_content import gold_rows  # noqa: E402
from matrix_rag_fills import LAYOUT_TRAP_CELLS, LICENSING_LOG, RAG_CELLS, TRAPS, TRAPS_NO_STATUS  # noqa: E402
from render_matrix import SHAPES, Layout, keep_fixtures, render  # noqa: E402

LAYOUTS = tuple(Layout(producer, name, opts) for producer, name, opts in RAG_CELLS)
TRAP_LAYOUTS = tuple(Layout(producer, name, opts) for producer, name, opts in LAYOUT_TRAP_CELLS)
RATED = (*(s for s in SHAPES if s.split == "dev" and s.fill_key), LICENSING_LOG, TRAPS, TRAPS_NO_STATUS)


def gold_for(stem: str) -> list[dict]:
    name = stem.split("--", 1)[0]
    shape = next(s for s in RATED if s.name == name)
    return gold_rows(shape, stem, filled=True)


# The committed subset (tests/fixtures/rag_fills/, tests/test_rag_fills.py): every variant once.
FIXTURE_STEMS = (
    "ragfills--xlsx-cf-styles",
    "actionlog--xlsx-cf-styles",
    "delivery--docx-light-shading",
    "delivery--xlsx-purple-key",
    "filllog--html-glyph-ink",
    "actionlog--docx-square-ink",
    "ragfills--pptx-glyph-ink",
    "ragfills--html-alpha-tiles",
    "improvement--html-dot-highlight",
    "ragtraps--html-dot-highlight",
    "ragtraps--xlsx-cf-styles",
    "ragtrapsnostatus--html-glyph-ink",
    "actionlog--html-alpha-tiles-hrules",  # a layout trap: the key under the table is not a row
)


def write_fixtures(dest: Path) -> None:
    """Render the cells the subset needs and keep only its PDFs, with the gold beside each."""
    cells = {stem.split("--")[1] for stem in FIXTURE_STEMS}
    names = {stem.split("--")[0] for stem in FIXTURE_STEMS}
    with tempfile.TemporaryDirectory(prefix="rag-fixtures-") as tmp:
        render(
            Path(tmp),
            [x for x in LAYOUTS + TRAP_LAYOUTS if x.cell in cells],
            [s for s in RATED if s.name in names],
            gold_for,
        )
        keep_fixtures(Path(tmp), dest, FIXTURE_STEMS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--only", nargs="*", help="cells to render (producer-layout)")
    ap.add_argument("--shapes", nargs="*", help="shape names to render")
    ap.add_argument("--fixtures", action="store_true", help="write only the committed test subset into OUT")
    ap.add_argument(
        "--layout-traps", action="store_true", help="also render two unruled layouts that lose rows today"
    )
    args = ap.parse_args(argv)
    every = LAYOUTS + TRAP_LAYOUTS if args.layout_traps else LAYOUTS
    layouts = [x for x in every if not args.only or x.cell in args.only]
    shapes = [s for s in RATED if not args.shapes or s.name in args.shapes]
    if args.fixtures:
        write_fixtures(args.out)
        return 0
    render(args.out, layouts, shapes, gold_for)
    return 0


if __name__ == "__main__":
    sys.exit(main())

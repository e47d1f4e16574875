"""Render the matrix content (bench/matrix_content.py) through real PDF producers and layouts, with a gold file each.

    .venv/bin/python bench/render_matrix.py OUT [--only PRODUCER-LAYOUT ...] [--shapes NAME ...]
    .venv/bin/python bench/render_matrix.py tests/fixtures/matrix --fixtures   # the committed subset

Writes OUT/<shape>--<producer>-<layout>.pdf and OUT/gold/<same stem>.jsonl (the corpus gold format,
made from the content, which is the truth here), and OUT/matrix.json (cell, shape and split of every
file). Needs the `fixtures` extra, LibreOffice (`soffice`), headless Chromium, Ghostscript and
pdftocairo. Producers:

- docx: python-docx through LibreOffice (grid, horizontal rules only, no borders, shaded header
  with the rating as fill only, vertically merged area cells, landscape);
- xlsx: openpyxl through LibreOffice (print titles, fit to width, merged area cells; or the rating
  as fill only under a colour key);
- pptx: python-pptx through LibreOffice (a table per slide, continued without its header);
- html: headless Chromium (zebra and rowspans; no grid; CSS fills and wrapped headers; a CSS grid
  of divs with a dark header band, as web apps print lists);
- reportlab: horizontal rules only; whitespace columns; a glyph per draw call with rules as filled
  rectangles; a landscape table on portrait pages turned by /Rotate 90;
- writer / calc: the html page opened in LibreOffice Writer (saved as .docx, then exported) or in
  LibreOffice Calc (saved as .xlsx, printed landscape one page wide), as bench/render_realdev.py prints
  the real UK pages: office imports draw no grid for an unstyled page and merge rowspans into cells;
- gs / cairo: a 'print driver' pass re-distilling three of the above through Ghostscript pdfwrite or
  pdftocairo -pdf.

Nothing is random; the same content and tools give the same files.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matrix_content import DEV_SHAPES, Shape, gold_rows  # noqa: E402
from matrix_draw import build_html, chromium_pdf, redistil, render_reportlab  # noqa: E402
from matrix_groups import GROUP_SHAPES  # noqa: E402
from matrix_headers import HEADER_SHAPES  # noqa: E402
from matrix_heldout import HELDOUT_SHAPES  # noqa: E402
from matrix_office import build_docx, build_pptx, build_xlsx, soffice_pdf  # noqa: E402
from matrix_rag_fills import RAG_CELLS, restyled, shapes_for  # noqa: E402
from matrix_real_shapes import REAL_SHAPES  # noqa: E402
from matrix_trackers import TRACKER_SHAPES  # noqa: E402
from render_realdev import calc_pdf, libreoffice_pdf  # noqa: E402

SHAPES = (*DEV_SHAPES, *REAL_SHAPES, *TRACKER_SHAPES, *HEADER_SHAPES, *GROUP_SHAPES, *HELDOUT_SHAPES)


@dataclass(frozen=True)
class Layout:
    producer: str
    name: str
    opts: dict = field(default_factory=dict)
    source: str | None = None  # print drivers: the cell they re-distil

    @property
    def cell(self) -> str:
        return f"{self.producer}-{self.name}"


GRID = {
    "top": "single",
    "left": "single",
    "bottom": "single",
    "right": "single",
    "insideH": "single",
    "insideV": "single",
}
HRULES = {"top": "single", "bottom": "single", "insideH": "single"}
LAYOUTS = (
    Layout("docx", "grid", {"borders": GRID}),
    Layout("docx", "hrules", {"borders": HRULES}),
    Layout("docx", "noborders", {"borders": {}}),
    Layout(
        "docx",
        "shaded-fill",
        {"borders": {**GRID, "color": "A6A6A6"}, "shaded_header": True, "fill_rag": True},
    ),
    Layout("docx", "merged-area", {"borders": GRID, "area": "merge"}),
    Layout("docx", "landscape", {"borders": GRID, "landscape": True, "area": "repeat"}),
    Layout("xlsx", "titles-fit", {"grid_lines": True, "area": "merge", "landscape": True}),
    Layout("xlsx", "fill-key", {"cell_borders": True, "fill_rag": True, "key": True}),
    Layout("pptx", "slides", {"area": "repeat"}),
    Layout("pptx", "slides-fill", {"area": "once", "fill_rag": True}),
    Layout(
        "html",
        "zebra-rowspan",
        {
            "area": "rowspan",
            "landscape": True,
            "css": (
                "th { border-bottom: 1.5px solid #444; } tbody tr:nth-child(even) td { background: #eef2f7; }"
                " td.area { background: #fff !important; }"
            ),
        },
    ),
    Layout("html", "nogrid", {"area": "once", "css": "th { font-weight: bold; }"}),
    Layout(
        "html",
        "fill-wrapped",
        {
            "area": "repeat",
            "fill_rag": True,
            "css": (
                "th, td { border: 1px solid #999; } th { background: #dde4ee; width: 1%; word-break: break-word; }"
            ),
        },
    ),
    Layout("html", "css-grid", {"area": "once", "css_grid": True, "fill_rag": True, "landscape": True}),
    # A web page imported by an office suite (the real UK pages print this way too).
    Layout("writer", "html", {"area": "once", "css": "th { font-weight: bold; }"}),
    Layout("calc", "html", {"area": "rowspan", "landscape": True}),
    Layout("reportlab", "rules", {"rules": "h"}),
    Layout("reportlab", "whitespace", {"rules": "none", "repeat_header": False}),
    Layout("reportlab", "glyphs", {"rules": "grid", "glyphs": True, "filled_rules": True, "landscape": True}),
    Layout("reportlab", "rotated", {"rules": "grid", "landscape": True, "rotate": True}),
    *(
        Layout(tool, src, source=src)
        for tool in ("gs", "cairo")
        for src in ("docx-grid", "html-zebra-rowspan", "xlsx-fill-key")
    ),
    # Ratings as producers print them (bench/matrix_rag_fills.py): rendered for rated shapes only.
    *(Layout(producer, name, opts) for producer, name, opts in RAG_CELLS),
)
BUILD: dict[str, Callable] = {"docx": build_docx, "xlsx": build_xlsx, "pptx": build_pptx, "html": build_html}
OFFICE_HTML: dict[str, Callable[[Path, Path], None]] = {"writer": libreoffice_pdf, "calc": calc_pdf}


def gold_for(stem: str) -> list[dict]:
    """The gold rows of '<shape>--<producer>-<layout>': the content, with the rating its producer could show."""
    name, cell = stem.split("--", 1)
    lay = next(x for x in LAYOUTS if x.cell == cell)
    source = next((x for x in LAYOUTS if x.cell == lay.source), lay)
    shape = next(s for s in SHAPES if s.name == name)
    # Calc's HTML import drops CSS cell fills: a rating printed only as a fill is not on its page.
    rows = gold_rows(shape, stem, filled=shape.fills(source.opts) and lay.producer != "calc")
    if lay.producer == "calc":
        # Calc reads a cell of digits as a number and prints '01' as '1': the gold is what is printed.
        rows = [{**g, "ref": str(int(g["ref"]))} if str(g.get("ref") or "").isdigit() else g for g in rows]
    return rows


def render(
    out: Path, layouts: list[Layout], shapes: list[Shape], gold: Callable[[str], list[dict]] = gold_for
) -> list[dict]:
    """Render every (shape, layout) into out; returns the manifest rows. `gold`: stem -> its gold rows."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(exist_ok=True)
    manifest = []
    with tempfile.TemporaryDirectory(prefix="matrix-src-") as tmp:
        office: list[tuple[Path, Path]] = []
        for lay in (x for x in layouts if x.source is None):
            for shape in shapes_for(lay.opts, shapes):
                stem = f"{shape.name}--{lay.cell}"
                pdf = out / f"{stem}.pdf"
                if lay.producer in ("docx", "xlsx", "pptx"):
                    src = Path(tmp) / stem
                    src.mkdir()
                    built = restyled(BUILD[lay.producer], lay.opts)(shape, lay.opts, src)
                    office.append((built.rename(src / f"{stem}{built.suffix}"), pdf))
                elif lay.producer == "html" or lay.producer in OFFICE_HTML:
                    src = Path(tmp) / stem
                    src.mkdir()
                    page = restyled(build_html, lay.opts)(shape, lay.opts, src)
                    OFFICE_HTML.get(lay.producer, chromium_pdf)(page, pdf)
                else:
                    render_reportlab(shape, lay.opts, pdf)
        if office:
            conv = Path(tmp) / "pdf"
            conv.mkdir()
            soffice_pdf([s for s, _ in office], conv)
            for s, pdf in office:
                shutil.move(conv / f"{s.stem}.pdf", pdf)
    for lay in (x for x in layouts if x.source is not None):
        for shape in shapes_for(lay.opts, shapes):
            redistil(
                lay.producer, out / f"{shape.name}--{lay.source}.pdf", out / f"{shape.name}--{lay.cell}.pdf"
            )
    for lay in layouts:
        for shape in shapes_for(lay.opts, shapes):
            stem = f"{shape.name}--{lay.cell}"
            rows = gold(stem)
            (out / "gold" / f"{stem}.jsonl").write_text(
                "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in rows), encoding="utf-8"
            )
            manifest.append(
                {
                    "stem": stem,
                    "cell": lay.cell,
                    "producer": lay.producer,
                    "layout": lay.name,
                    "shape": shape.name,
                    "split": shape.split,
                }
            )
    (out / "matrix.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


# The committed regression subset (tests/fixtures/matrix/): dev shapes only, every producer once.
FIXTURE_STEMS = (
    "improvement--docx-merged-area",
    "improvement--xlsx-titles-fit",
    "improvement--pptx-slides",
    "improvement--html-zebra-rowspan",
    "improvement--reportlab-glyphs",
    "improvement--gs-docx-grid",
    "improvement--cairo-xlsx-fill-key",
    "delivery--docx-shaded-fill",
    "delivery--html-nogrid",
    "delivery--reportlab-whitespace",
    "actionlog--docx-grid",
    "actionlog--xlsx-fill-key",
    "actionlog--pptx-slides",
    "actionlog--html-nogrid",
    "delivery--docx-hrules",
    "commitments--docx-grid",
    # Tables without a grid (issue 12, unruled): headerless whitespace and borderless lists, a CSS
    # grid of divs over two pages, zebra rows painted cell by cell.
    "commitments--reportlab-whitespace",
    "commitments--docx-noborders",
    "actionlog--html-css-grid",
    "improvement--html-css-grid",
    "actionlog--html-zebra-rowspan",
    # The shapes of issue 12's real documents (bench/matrix_real_shapes.py): an annex after pages
    # of prose, an assessment form, a slide pack, a fill-only status log, a headerless themed log.
    "annex--reportlab-rules",
    "assessment--docx-grid",
    "assessment--html-nogrid",
    "slidepack--pptx-slides",
    "filllog--html-fill-wrapped",
    "filllog--reportlab-rules",
    "themes--docx-grid",
    "themes--xlsx-fill-key",
    # The headerless themed log without rules: found by its numbered, dated action rows.
    "themes--docx-hrules",
    "themes--html-zebra-rowspan",
    # The assessment's sign-off form printed in the same spreadsheet grid as its action table.
    "assessment--xlsx-titles-fit",
    # A scrutiny recommendation tracker (bench/matrix_trackers.py): Recommendation is the action,
    # 'Action taken' the progress, a plain 'Date' (the meeting's) beside the 'Target date'.
    "scrutiny--docx-grid",
    "scrutiny--html-nogrid",
    "scrutiny--reportlab-whitespace",
    # Web pages printed through LibreOffice Writer (writer-html): no rules, cells centred and a
    # point or two apart, section rows, a headerless log, a form under the action table.
    "actionlog--writer-html",
    "commitments--writer-html",
    "themes--writer-html",
    "filllog--writer-html",
    "assessment--writer-html",
    "delivery--writer-html",
    # Web pages printed from LibreOffice Calc (no rules, tight top-aligned rows, 'Sheet1' over each page).
    *(f"{shape}--calc-html" for shape in ("improvement", "actionlog", "delivery", "annex", "scrutiny")),
)


def keep_fixtures(rendered: Path, dest: Path, stems) -> None:
    """Copy the named renders and their gold from a render folder into the committed fixture folder."""
    dest.mkdir(parents=True, exist_ok=True)
    for stem in stems:
        shutil.copyfile(rendered / f"{stem}.pdf", dest / f"{stem}.pdf")
        shutil.copyfile(rendered / "gold" / f"{stem}.jsonl", dest / f"{stem}.jsonl")


def write_fixtures(dest: Path) -> None:
    """Render the cells the subset needs and keep only its PDFs, with the gold beside each."""
    cells = {stem.split("--")[1] for stem in FIXTURE_STEMS}
    names = {stem.split("--")[0] for stem in FIXTURE_STEMS}
    with tempfile.TemporaryDirectory(prefix="matrix-fixtures-") as tmp:
        wanted = cells | {x.source for x in LAYOUTS if x.cell in cells and x.source}
        render(Path(tmp), [x for x in LAYOUTS if x.cell in wanted], [s for s in SHAPES if s.name in names])
        keep_fixtures(Path(tmp), dest, FIXTURE_STEMS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument(
        "--only", nargs="*", help="cells to render (producer-layout); print drivers bring their source"
    )
    ap.add_argument("--shapes", nargs="*", help="shape names to render")
    ap.add_argument(
        "--fixtures", action="store_true", help="write only the committed regression subset into OUT"
    )
    args = ap.parse_args(argv)
    if args.fixtures:
        write_fixtures(args.out)
        return 0
    layouts = list(LAYOUTS)
    if args.only:
        want = set(args.only)
        want |= {x.source for x in layouts if x.cell in want and x.source}
        layouts = [x for x in layouts if x.cell in want]
    shapes = [s for s in SHAPES if not args.shapes or s.name in args.shapes]
    render(args.out, layouts, shapes)
    return 0


if __name__ == "__main__":
    sys.exit(main())

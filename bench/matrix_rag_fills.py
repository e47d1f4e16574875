"""Ratings printed the ways real producers print them (pastel styles, light shades, coloured glyphs and words, BRAG purple under a key, translucent and tiled fills, dots on highlighted rows), as matrix layouts.

The matrix builders (bench/matrix_office.py, bench/matrix_draw.py) paint a rating as a saturated
fill (matrix_lines.FILL). A variant rewrites the built file before LibreOffice or Chromium prints it:
every cell painted in a rating's saturated fill is shown the variant's way instead, so the gold (the
content's rating) stays what it was. Variants also paint what must NOT read as a rating: zebra bands
on the other cells, a shaded header, a row highlighted in yellow, update text in red.

    .venv/bin/python bench/render_rag_fills.py OUT        # these cells for the rated shapes
    .venv/bin/python bench/eval_matrix.py OUT --show 3    # scored like the matrix

Colours are those the tools offer: Excel's Good / Neutral / Bad cell styles, Office's 'Lighter 40%'
and 'Lighter 60%' shades, Office's standard purple, traffic-light glyph colours. Everything else
(the plans' words) is the matrix's own made-up content or this module's log below.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matrix_content import L, Row, Shape  # noqa: E402
from matrix_lines import FILL  # noqa: E402

LETTER_OF_FILL = {hexa: letter for letter, hexa in FILL.items()}


@dataclass(frozen=True)
class Variant:
    """How one producer shows a rating instead of a saturated fill, and what else it paints."""

    fills: dict[str, str] = field(default_factory=dict)  # rating -> cell fill (none: no fill)
    ink: dict[str, str] = field(default_factory=dict)  # rating -> text colour of the cell
    glyph: str | None = None  # printed in an empty rated cell, in the ink colour
    alpha: float | None = None  # html: the fill painted translucent
    tiles: bool = False  # html: the fill drawn as two rectangles (top and bottom half)
    dot: bool = False  # html: a coloured circle in the cell instead of a fill
    key: tuple[tuple[str, str], ...] = ()  # a colour key: (fill, label) swatches
    key_below: bool = False  # html: the key printed under the table, not above it
    zebra: str | None = None  # every other data row's other cells painted this pale band
    highlight: str | None = None  # html: the second data row painted this colour (a highlighter)
    red_update: bool = False  # html: one row's update printed in red text (new since last time)


EXCEL_STYLES = {"R": "FFC7CE", "A": "FFEB9C", "G": "C6EFCE", "B": "9BC2E6"}
EXCEL_STYLE_INK = {"R": "9C0006", "A": "9C5700", "G": "006100", "B": "1F4E78"}
LIGHTER_60 = {"R": "FF9999", "A": "FFE699", "G": "C5E0B3", "B": "9DC3E6"}
TRAFFIC_INK = {"R": "E00000", "A": "FFB000", "G": "00A050", "B": "0070C0"}
BRAG_PURPLE = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "7030A0"}
PURPLE_KEY = (
    ("7030A0", "Complete"),
    ("00B050", "On track"),
    ("FFC000", "Some slippage"),
    ("FF0000", "Off track"),
    ("A6A6A6", "Not started"),
)

VARIANTS: dict[str, Variant] = {
    "cf-styles": Variant(fills=EXCEL_STYLES, ink=EXCEL_STYLE_INK, zebra="F2F2F2"),
    "light-shading": Variant(fills=LIGHTER_60, zebra="F2F2F2"),
    "purple-key": Variant(fills=BRAG_PURPLE, key=PURPLE_KEY),
    "glyph-ink": Variant(ink=TRAFFIC_INK, glyph="\u25cf", red_update=True),
    "square-ink": Variant(ink=TRAFFIC_INK, glyph="\u25a0"),
    "alpha-tiles": Variant(fills=FILL, alpha=0.45, tiles=True, key=PURPLE_KEY[1:4], key_below=True),
    "dot-highlight": Variant(fills=TRAFFIC_INK, dot=True, highlight="FFFF00", zebra="EEF2F7"),
}

# (producer, layout name, options): the matrix cells these variants make.
RAG_CELLS: tuple[tuple[str, str, dict], ...] = (
    ("xlsx", "cf-styles", {"cell_borders": True, "fill_rag": True, "rag_variant": "cf-styles"}),
    (
        "docx",
        "light-shading",
        {
            "borders": {e: "single" for e in ("top", "left", "bottom", "right", "insideH", "insideV")},
            "shaded_header": True,
            "fill_rag": True,
            "rag_variant": "light-shading",
        },
    ),
    ("xlsx", "purple-key", {"cell_borders": True, "fill_rag": True, "rag_variant": "purple-key"}),
    (
        "html",
        "glyph-ink",
        {
            "area": "repeat",
            "fill_rag": True,
            "rag_variant": "glyph-ink",
            "css": "th, td { border: 1px solid #999; }",
        },
    ),
    (
        "docx",
        "square-ink",
        {
            "borders": {e: "single" for e in ("top", "bottom", "insideH")},
            "fill_rag": True,
            "rag_variant": "square-ink",
        },
    ),
    ("pptx", "glyph-ink", {"area": "repeat", "fill_rag": True, "rag_variant": "glyph-ink"}),
    (
        "html",
        "alpha-tiles",
        {
            "area": "repeat",
            "fill_rag": True,
            "rag_variant": "alpha-tiles",
            "css": "th, td { border: 1px solid #999; } p.key { margin-top: 14pt; }",
        },
    ),
    (
        "html",
        "dot-highlight",
        {
            "area": "repeat",
            "fill_rag": True,
            "rag_variant": "dot-highlight",
            "css": "th { background: #dde4ee; } th, td { border: 1px solid #bbb; }",
        },
    ),
)

# The same variants in two unruled layouts that lose rows or columns today (a layout failure, not a
# rating one; findings/rag6.md): only bench/render_rag_fills.py --layout-traps renders them.
LAYOUT_TRAP_CELLS: tuple[tuple[str, str, dict], ...] = (
    (
        "html",
        "alpha-tiles-hrules",
        {
            "area": "once",
            "fill_rag": True,
            "rag_variant": "alpha-tiles",
            "css": "th { border-bottom: 1.5px solid #444; } td { border-bottom: 1px solid #ccc; }",
        },
    ),
    (
        "html",
        "dot-highlight-rowspan",
        {
            "area": "rowspan",
            "fill_rag": True,
            "rag_variant": "dot-highlight",
            "css": "th { background: #dde4ee; } td { border-bottom: 1px solid #bbb; }",
        },
    ),
)


def shapes_for(opts: dict, shapes: list[Shape] | tuple[Shape, ...]) -> list[Shape]:
    """The shapes a layout renders: a rating variant only those that colour a rating, and this
    module's log without a status column (what its variants paint must not rate it)."""
    return [s for s in shapes if s.fill_key or not opts.get("rag_variant") or s.name == TRAPS_NO_STATUS.name]


def restyled(build: Callable[[Shape, dict, Path], Path], opts: dict) -> Callable[[Shape, dict, Path], Path]:
    """The builder itself, or (for a layout naming a `rag_variant`) the builder followed by the variant's rewrite."""
    name = opts.get("rag_variant")
    if name is None:
        return build

    def run(shape: Shape, opts_: dict, src: Path) -> Path:
        path = build(shape, opts_, src)
        REWRITE[path.suffix](path, VARIANTS[name])
        return path

    return run


# -- xlsx -------------------------------------------------------------------------------------------


def _xlsx(path: Path, v: Variant) -> None:
    from openpyxl import load_workbook
    from openpyxl.styles import Font, PatternFill

    wb = load_workbook(path)
    ws = wb.active
    k = 0
    for row in ws.iter_rows():
        rated = [(c, _letter(c.fill.fgColor.rgb if c.fill.fill_type == "solid" else None)) for c in row]
        if not any(letter for _, letter in rated):
            continue
        for cell, letter in rated:
            if letter is None:
                if v.zebra and k % 2 and cell.value is not None:
                    cell.fill = PatternFill("solid", fgColor=v.zebra)
                continue
            fill = v.fills.get(letter)
            cell.fill = PatternFill("solid", fgColor=fill) if fill else PatternFill(fill_type=None)
            if letter in v.ink:
                cell.font = Font(color=v.ink[letter], bold=bool(v.glyph))
                if v.glyph and not cell.value:
                    cell.value = v.glyph
        k += 1
    if v.key:
        # The key goes in the blank row build_xlsx leaves between the title and the table.
        first = next((r for r in range(1, ws.max_row + 1) if _letter_row(ws, r)), ws.max_row)
        r = next((r for r in range(first - 1, 0, -1) if not any(c.value for c in ws[r])), ws.max_row + 2)
        ws.cell(r, 1, "Key:")
        # each label in a column wide enough to print it (a narrow ref column would clip it)
        wide = [c for c in range(2, ws.max_column + 1) if (ws.column_dimensions[_col(c)].width or 0) >= 10]
        for (hexa, label), c in zip(v.key, wide, strict=False):
            cell = ws.cell(r, c, label)
            cell.fill = PatternFill("solid", fgColor=hexa)
    wb.save(path)


def _col(c: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(c)


def _letter(rgb: object) -> str | None:
    if not isinstance(rgb, str):
        return None
    return LETTER_OF_FILL.get(rgb[-6:].upper())


def _letter_row(ws, r: int) -> list[str]:
    return [
        x
        for c in range(1, ws.max_column + 1)
        if (x := _letter(ws.cell(r, c).fill.fgColor.rgb if ws.cell(r, c).fill.fill_type == "solid" else None))
    ]


# -- docx -------------------------------------------------------------------------------------------


def _docx(path: Path, v: Variant) -> None:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    doc = Document(str(path))
    for table in doc.tables:
        k = 0
        for row in table.rows:
            cells = list(dict.fromkeys(row.cells))  # a merged cell shows up once per grid column
            shades = [c._tc.tcPr.find(qn("w:shd")) if c._tc.tcPr is not None else None for c in cells]
            letters = [_letter(s.get(qn("w:fill")) if s is not None else None) for s in shades]
            if not any(letters):
                continue
            for cell, shd, letter in zip(cells, shades, letters, strict=True):
                if letter is None:
                    if v.zebra and k % 2 and shd is None and cell.text.strip():
                        _docx_shade(cell, v.zebra)
                    continue
                fill = v.fills.get(letter)
                if fill:
                    shd.set(qn("w:fill"), fill)
                else:
                    shd.getparent().remove(shd)
                if letter in v.ink:
                    runs = [r for p in cell.paragraphs for r in p.runs if r.text.strip()]
                    if not runs and v.glyph:
                        runs = [cell.paragraphs[0].add_run(v.glyph)]
                    for run in runs:
                        run.font.color.rgb = RGBColor.from_string(v.ink[letter])
            k += 1
    doc.save(str(path))


def _docx_shade(cell, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shd)


# -- pptx -------------------------------------------------------------------------------------------


def _pptx(path: Path, v: Variant) -> None:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.dml import MSO_FILL

    prs = Presentation(str(path))
    for slide in prs.slides:
        for shp in slide.shapes:
            if not shp.has_table:
                continue
            for row in shp.table.rows:
                for cell in row.cells:
                    if cell.fill.type != MSO_FILL.SOLID:
                        continue
                    letter = _letter(str(cell.fill.fore_color.rgb))
                    if letter is None:
                        continue
                    fill = v.fills.get(letter)
                    if fill:
                        cell.fill.fore_color.rgb = RGBColor.from_string(fill)
                    else:
                        cell.fill.background()
                    if letter in v.ink:
                        paras = cell.text_frame.paragraphs
                        runs = [r for p in paras for r in p.runs if r.text.strip()]
                        if not runs and v.glyph:
                            run = paras[0].runs[0] if paras[0].runs else paras[0].add_run()
                            run.text = v.glyph
                            runs = [run]
                        for run in runs:
                            run.font.color.rgb = RGBColor.from_string(v.ink[letter])
    prs.save(str(path))


# -- html -------------------------------------------------------------------------------------------

_PAINTED = re.compile(r'<(td|div)([^>]*?) style="background:#([0-9A-F]{6})"([^>]*)>(.*?)</\1>', re.S)


def _html(path: Path, v: Variant) -> None:
    html = path.read_text(encoding="utf-8")

    def cell(m: re.Match) -> str:
        tag, pre, hexa, post, inner = m.groups()
        letter = LETTER_OF_FILL.get(hexa)
        if letter is None:
            return m.group(0)
        style, extra = "", ""
        fill = v.fills.get(letter)
        if fill and v.dot:
            extra = (
                '<span style="display:inline-block; width:9pt; height:9pt; border-radius:50%;'
                f' background:#{fill}; vertical-align:middle"></span> '
            )
        elif fill and v.tiles:
            paint = _css_colour(fill, v.alpha)
            style = "position:relative;"
            extra = "".join(
                f'<span style="position:absolute; left:0; right:0; {edge}; background:{paint};'
                ' z-index:-1"></span>'
                for edge in ("top:0; height:50%", "top:50%; bottom:0")
            )
        elif fill:
            style = f"background:{_css_colour(fill, v.alpha)};"
        if letter in v.ink:
            if inner.strip():
                style += f" color:#{v.ink[letter]};"
            elif v.glyph:
                extra += f'<span style="color:#{v.ink[letter]}; font-size:11pt">{v.glyph}</span>'
        attr = f' style="{style.strip()}"' if style.strip() else ""
        return f"<{tag}{pre}{attr}{post}>{extra}{inner}</{tag}>"

    html = _PAINTED.sub(cell, html)
    rows = [m.start() for m in re.finditer(r"<tr>", html)]
    body_rows = [i for i in rows if not html.startswith("<tr><th", i)]
    if v.red_update and len(body_rows) > 2:
        # one row's cells that are not the rating printed in red: 'new since the last report'
        i = body_rows[2]
        end = html.index("</tr>", i)
        html = html[:i] + html[i:end].replace("<td>", '<td style="color:#C00000">') + html[end:]
    if v.zebra or v.highlight:
        for n, i in reversed(list(enumerate(body_rows))):
            colour = v.highlight if (v.highlight and n == 1) else (v.zebra if v.zebra and n % 2 else None)
            if colour:
                end = html.index("</tr>", i)
                html = (
                    html[:i] + html[i:end].replace("<td>", f'<td style="background:#{colour}">') + html[end:]
                )
    if v.key:
        swatches = "".join(
            f'<span style="display:inline-block; width:14pt; height:9pt; background:#{hexa};'
            f' margin:0 4pt 0 12pt"></span>{label}'
            for hexa, label in v.key
        )
        key = f'<p class="key">Key:{swatches}</p>'
        at = html.index("</table>") + len("</table>") if v.key_below else html.index("<table")
        html = html[:at] + key + html[at:]
    path.write_text(html, encoding="utf-8")


def _css_colour(hexa: str, alpha: float | None) -> str:
    if alpha is None:
        return f"#{hexa}"
    r, g, b = (int(hexa[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r}, {g}, {b}, {alpha})"


REWRITE: dict[str, Callable[[Path, Variant], None]] = {
    ".xlsx": _xlsx,
    ".docx": _docx,
    ".pptx": _pptx,
    ".html": _html,
}


# -- a log of this module's own: status only as colour, some rows not yet rated ----------------------

LICENSING_LOG = Shape(
    name="ragfills",
    split="dev",
    title="Licensing Committee: enforcement action log",
    intro="Actions agreed by the committee, with each lead's latest update. Status is shown by colour.",
    columns=(
        ("ref", "No."),
        ("action", "Action agreed"),
        ("lead", "Officer"),
        ("deadline_raw", "Due"),
        ("progress", "Latest update"),
        ("rag", "Status"),
    ),
    area_style="none",
    rag_style="fill",
    rows=(
        Row(
            None,
            "L1",
            "Write to every late-night refreshment premises about the new conditions.",
            "Licensing Team Leader",
            "May 2025",
            "Letters sent to all 84 premises.",
            "B",
        ),
        Row(
            None,
            "L2",
            "Run test purchases of alcohol at off-licences near the two colleges.",
            "Trading Standards Officer",
            "August 2025",
            "Six visits made; one sale refused.",
            "G",
        ),
        Row(
            None,
            "L3",
            "Review the taxi driver knowledge test with the trade association.",
            "Licensing Manager",
            "September 2025",
            "Trade association asked for more time to respond.",
            "A",
        ),
        Row(
            None,
            "L4",
            "Bring the street trading policy back to committee for adoption.",
            "Senior Licensing Officer",
            "July 2025",
            "Consultation closed late; report not yet drafted.",
            "R",
        ),
        Row(
            None,
            "L5",
            "Publish a register of scrap metal dealers on the council website.",
            "Licensing Support Officer",
            "October 2025",
            "Page built and awaiting sign-off.",
            "G",
        ),
        Row(
            None,
            "L6",
            "Agree a joint inspection rota for houses in multiple occupation.",
            "Private Sector Housing Manager",
            "March 2026",
            "Work to begin in the new year.",
            None,
        ),
        Row(
            None,
            "L7",
            "Train committee members on the updated statutory guidance.",
            "Democratic Services Officer",
            "June 2025",
            "Session held on 12 June.",
            "B",
        ),
    ),
    leads={
        name: [L(role=name)]
        for name in (
            "Licensing Team Leader",
            "Trading Standards Officer",
            "Licensing Manager",
            "Senior Licensing Officer",
            "Licensing Support Officer",
            "Private Sector Housing Manager",
            "Democratic Services Officer",
        )
    },
)

# -- traps: the same log with no rating at all, printed with everything that must not read as one ----
# (zebra bands, a shaded header, a highlighted row, an update in red): every rating is null.

TRAPS = replace(
    LICENSING_LOG,
    name="ragtraps",
    title="Licensing Committee: actions awaiting review",
    intro="Actions agreed by the committee; the status column is filled in at the next meeting.",
    rows=tuple(replace(r, rag=None) for r in LICENSING_LOG.rows),
)
# Without a status column at all: a narrative update printed in red must not rate the row.
TRAPS_NO_STATUS = replace(
    TRAPS,
    name="ragtrapsnostatus",
    columns=tuple(c for c in LICENSING_LOG.columns if c[0] != "rag"),
    rag_style="none",
)

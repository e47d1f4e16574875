"""Matrix plans as Word, Excel and PowerPoint files (python-docx, openpyxl, python-pptx), converted to PDF by LibreOffice."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matrix_content import Shape  # noqa: E402
from matrix_lines import FILL, Line, printed_lines, widths  # noqa: E402

# -- docx through LibreOffice -----------------------------------------------------------------------


def _docx_borders(table, edges: dict[str, str]) -> None:
    """Set the table's borders: edge name (top, left, bottom, right, insideH, insideV) -> 'single' or 'nil'."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        val = edges.get(edge, "nil")
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), "6")
            el.set(qn("w:color"), edges.get("color", "000000"))
        borders.append(el)
    tbl_pr.append(borders)


def _docx_shade(cell, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shd)


def _docx_text(cell, text: str, *, bold: bool = False, colour: str | None = None, size: float = 8.5) -> None:
    from docx.shared import Pt, RGBColor

    paras = text.split("\n\n") if text else [""]
    cell.text = ""
    for i, para in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(para)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def build_docx(shape: Shape, opts: dict, src: Path) -> Path:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    landscape = opts.get("landscape", False)
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(15))
    doc.add_heading(shape.title, level=1)
    doc.add_paragraph(shape.intro).runs[0].font.size = Pt(10)
    merge = opts.get("area") == "merge"
    lines = printed_lines(shape, area=opts.get("area", "once"), rag_text=not opts.get("fill_rag"))
    ncol = len(shape.keys)
    table = doc.add_table(rows=len(lines), cols=ncol)
    table.autofit = False
    col_w = widths(shape, (297 if landscape else 210) - 30)
    for c, w in enumerate(col_w):
        table.columns[c].width = Mm(w)  # LibreOffice reads the grid columns, Word the cell widths
    for r, line in enumerate(lines):
        row = table.rows[r]
        if line.kind == "header":
            tr_pr = row._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            tr_pr.append(el)
        if line.kind == "section":
            cell = row.cells[0].merge(row.cells[-1])
            _docx_text(cell, line.cells[0], bold=True, size=9)
            _docx_shade(cell, "E7E6E6")
            continue
        for c, text in enumerate(line.cells):
            cell = row.cells[c]
            cell.width = Mm(col_w[c])
            if line.kind == "header":
                shaded = opts.get("shaded_header")
                _docx_text(cell, text, bold=True, colour="FFFFFF" if shaded else None)
                if shaded:
                    _docx_shade(cell, "1F3864")
                continue
            _docx_text(cell, text)
            if shape.keys[c] == shape.fill_key and opts.get("fill_rag") and line.rag:
                _docx_shade(cell, FILL[line.rag])
    if merge and "area" in shape.keys:
        c = shape.keys.index("area")
        for r, line in enumerate(lines):
            if line.kind == "data" and line.first_in_group and line.span > 1:
                top = table.cell(r, c)
                merged = top.merge(table.cell(r + line.span - 1, c))
                _docx_text(merged, next(x.area for x in shape.rows if x.area == line.cells[c]))
    _docx_borders(table, opts.get("borders", {}))
    path = src / "plan.docx"
    doc.save(path)
    return path


# -- xlsx through LibreOffice -----------------------------------------------------------------------


def build_xlsx(shape: Shape, opts: dict, src: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = shape.title
    ws["A1"].font = Font(bold=True, size=13)
    top = 3
    if opts.get("key"):
        ws["A2"] = "Key:"
        for i, (letter, label) in enumerate(
            (("G", "On track"), ("A", "At risk"), ("R", "Off track"), ("B", "Complete"))
        ):
            cell = ws.cell(2, 2 + i, label)
            cell.fill = PatternFill("solid", fgColor=FILL[letter])
        top = 4
    fill_rag = opts.get("fill_rag", False)
    lines = printed_lines(shape, area=opts.get("area", "once"), rag_text=not fill_rag)
    ncol = len(shape.keys)
    chars = [w * 7 for w in widths(shape, 18)]  # column widths in characters
    for c, w in enumerate(chars, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin) if opts.get("cell_borders") else Border()
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, line in enumerate(lines, start=top):
        if line.kind == "section":
            ws.cell(r, 1, line.cells[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 16
            continue
        n_lines = 1
        for c, text in enumerate(line.cells, start=1):
            cell = ws.cell(r, c, text.replace("\n\n", "\n") if text else None)
            cell.alignment = wrap
            cell.border = box
            if line.kind == "header":
                cell.font = Font(bold=True)
            elif shape.keys[c - 1] == shape.fill_key and fill_rag and line.rag:
                cell.fill = PatternFill("solid", fgColor=FILL[line.rag])
            width = max(chars[c - 1] - 2, 4)
            n_lines = max(
                n_lines, sum(-(-max(len(p), 1) * 11 // (10 * width)) for p in text.split("\n")) if text else 1
            )
        # LibreOffice does not grow a row for wrapped text it loads: size it as Excel would.
        ws.row_dimensions[r].height = 12.5 * n_lines + 3
    if opts.get("area") == "merge" and "area" in shape.keys:
        c = shape.keys.index("area") + 1
        for r, line in enumerate(lines, start=top):
            if line.kind == "data" and line.first_in_group and line.span > 1:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + line.span - 1, end_column=c)
    if shape.header:
        ws.print_title_rows = f"{top}:{top}"
    ws.print_options.gridLines = opts.get("grid_lines", False)
    ws.page_setup.orientation = "landscape" if opts.get("landscape") else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    path = src / "plan.xlsx"
    wb.save(path)
    return path


# -- pptx through LibreOffice -----------------------------------------------------------------------


def build_pptx(shape: Shape, opts: dict, src: Path) -> Path:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    layout = prs.slide_layouts[5]  # title only
    table_w = 12.5
    col_w = widths(shape, table_w)
    lines = printed_lines(shape, area=opts.get("area", "repeat"))
    header = [x for x in lines if x.kind == "header"]
    body = [x for x in lines if x.kind != "header"]

    def height(line: Line) -> float:  # inches, estimated from the wrapped text at 9 pt
        if line.kind == "section":
            return 0.3
        n = max(
            sum(-(-max(len(p), 1) * 0.075 // max(w - 0.2, 0.3)) for p in text.split("\n\n")) if text else 1
            for text, w in zip(line.cells, col_w, strict=True)
        )
        return 0.12 + 0.16 * n

    chunks: list[list[Line]] = [[]]
    room = 5.4
    for line in body:
        if chunks[-1] and sum(map(height, chunks[-1])) + height(line) > room:
            chunks.append([])
        chunks[-1].append(line)
    for k, chunk in enumerate(chunks):
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = shape.title if k == 0 else f"{shape.title} (continued)"
        slide.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(22)
        rows = (header if k == 0 else []) + chunk
        shp = slide.shapes.add_table(
            len(rows), len(col_w), Inches(0.4), Inches(1.5), Inches(table_w), Inches(0.3 * len(rows))
        )
        table = shp.table
        table.first_row = bool(header) and k == 0
        for c, w in enumerate(col_w):
            table.columns[c].width = Emu(int(w * 914400))
        for r, line in enumerate(rows):
            texts = line.cells if line.kind != "section" else [line.cells[0]] + [""] * (len(col_w) - 1)
            for c, text in enumerate(texts):
                cell = table.cell(r, c)
                tf = cell.text_frame
                for i, para in enumerate(text.split("\n\n") if text else [""]):
                    p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                    run = p.add_run()
                    run.text = para
                    run.font.size = Pt(9)
                    run.font.bold = line.kind != "data"
                if (
                    line.kind == "data"
                    and shape.keys[c] == shape.fill_key
                    and line.rag
                    and opts.get("fill_rag")
                ):
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string(FILL[line.rag])
            if line.kind == "section":
                table.cell(r, 0).merge(table.cell(r, len(col_w) - 1))
    path = src / "deck.pptx"
    prs.save(path)
    return path


# -- conversions ------------------------------------------------------------------------------------


def soffice_pdf(sources: list[Path], outdir: Path) -> None:
    """Convert every source to PDF in one LibreOffice run (a private profile, so runs do not clash)."""
    with tempfile.TemporaryDirectory() as profile:
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, sources),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=900)

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


def _docx_blocks(doc, blocks: tuple) -> None:
    """Print a shape's preface or after-matter: headings, paragraphs, bullets, label/value forms, page breaks."""
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    for kind, content in blocks:
        if kind == "title":
            doc.add_heading(content, level=0)
        elif kind == "heading":
            doc.add_heading(content, level=2)
        elif kind == "para":
            doc.add_paragraph(content).runs[0].font.size = Pt(10.5)
        elif kind == "bullets":
            for item in content:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "form":
            form = doc.add_table(rows=len(content), cols=2)
            for r, (label, value) in enumerate(content):
                _docx_text(form.cell(r, 0), label, bold=True, size=10)
                _docx_shade(form.cell(r, 0), "D9E2F3")
                _docx_text(form.cell(r, 1), value, size=10)
            _docx_borders(form, GRID_EDGES)
            doc.add_paragraph()


GRID_EDGES = {e: "single" for e in ("top", "left", "bottom", "right", "insideH", "insideV")}


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
    _docx_blocks(doc, shape.preface)
    doc.add_heading(shape.title, level=1)
    doc.add_paragraph(shape.intro).runs[0].font.size = Pt(10)
    merge = opts.get("area") == "merge"
    lines = printed_lines(shape, area=opts.get("area", "once"), rag_text=not shape.fills(opts))
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
            if shape.keys[c] == shape.fill_key and shape.fills(opts) and line.rag:
                _docx_shade(cell, FILL[line.rag])
    if merge and "area" in shape.keys:
        c = shape.keys.index("area")
        for r, line in enumerate(lines):
            if line.kind == "data" and line.first_in_group and line.span > 1:
                top = table.cell(r, c)
                merged = top.merge(table.cell(r + line.span - 1, c))
                _docx_text(merged, next(x.area for x in shape.rows if x.area == line.cells[c]))
    _docx_borders(table, opts.get("borders", {}))
    _docx_blocks(doc, shape.after)
    path = src / "plan.docx"
    doc.save(path)
    return path


# -- xlsx through LibreOffice -----------------------------------------------------------------------


def _xlsx_blocks(ws, blocks: tuple, row: int, chars: list[float]) -> int:
    """Write a preface or after-matter from `row` down (text merged across the sheet, forms as
    label/value cells, page breaks); returns the next free row."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.pagebreak import Break

    ncol = len(chars)
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    split = max(1, min(2, ncol - 1))  # the label takes the first column(s), the value the rest

    def merged(r: int, text: str, c0: int, c1: int, *, bold: bool = False, size: float = 10) -> int:
        cell = ws.cell(r, c0, text)
        cell.alignment, cell.font = wrap, Font(bold=bold, size=size)
        if c1 > c0:
            ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
        return -(-len(text) * 11 // (10 * max(sum(chars[c0 - 1 : c1]) - 2, 4)))

    for kind, content in blocks:
        if kind == "break":
            ws.row_breaks.append(Break(id=row - 1))
        elif kind == "form":
            for label, value in content:
                n = max(merged(row, label, 1, split, bold=True), merged(row, value, split + 1, ncol))
                for c in range(1, ncol + 1):
                    ws.cell(row, c).border = box
                ws.cell(row, 1).fill = PatternFill("solid", fgColor="D9E2F3")
                ws.row_dimensions[row].height = 13.5 * n + 3
                row += 1
            row += 1
        else:
            items = content if kind == "bullets" else (content,)
            for item in items:
                text = f"- {item}" if kind == "bullets" else item
                big = kind in ("title", "heading")
                n = merged(row, text, 1, ncol, bold=big, size=14 if kind == "title" else 11 if big else 10)
                ws.row_dimensions[row].height = 14 * n + 4
                row += 1
            row += kind == "para"
    return row


def build_xlsx(shape: Shape, opts: dict, src: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ncol = len(shape.keys)
    chars = [w * 7 for w in widths(shape, 18)]  # column widths in characters
    for c, w in enumerate(chars, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    first = _xlsx_blocks(ws, shape.preface, 1, chars)
    ws.cell(first, 1, shape.title).font = Font(bold=True, size=13)
    top = first + 2
    if opts.get("key"):
        ws.cell(first + 1, 1, "Key:")
        for i, (letter, label) in enumerate(
            (("G", "On track"), ("A", "At risk"), ("R", "Off track"), ("B", "Complete"))
        ):
            cell = ws.cell(first + 1, 2 + i, label)
            cell.fill = PatternFill("solid", fgColor=FILL[letter])
        top = first + 3
    fill_rag = shape.fills(opts)
    lines = printed_lines(shape, area=opts.get("area", "once"), rag_text=not fill_rag)
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
    _xlsx_blocks(ws, shape.after, top + len(lines) + 1, chars)
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


def _pptx_blocks(prs, blocks: tuple) -> None:
    """A preface or after-matter as slides, one per run of blocks between breaks: a title slide, or
    a heading with bullets, paragraphs and label/value forms."""
    from pptx.util import Inches, Pt

    groups: list[list] = [[]]
    for kind, content in blocks:
        if kind == "break":
            groups.append([])
        else:
            groups[-1].append((kind, content))
    for group in (g for g in groups if g):
        if group[0][0] == "title":
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = group[0][1]
            slide.placeholders[1].text = "\n".join(c for k, c in group[1:] if k == "para")
            continue
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        heads = [c for k, c in group if k == "heading"]
        slide.shapes.title.text = heads[0] if heads else ""
        top = 1.5
        for kind, content in group:
            if kind in ("para", "bullets"):
                items = content if kind == "bullets" else (content,)
                box = slide.shapes.add_textbox(Inches(0.6), Inches(top), Inches(12), Inches(0.4 * len(items)))
                box.text_frame.word_wrap = True
                for i, item in enumerate(items):
                    p = box.text_frame.paragraphs[0] if i == 0 else box.text_frame.add_paragraph()
                    run = p.add_run()
                    run.text = f"\u2022 {item}" if kind == "bullets" else item
                    run.font.size = Pt(16 if kind == "bullets" else 12)
                top += 0.5 * len(items) + 0.3
            elif kind == "form":
                shp = slide.shapes.add_table(
                    len(content), 2, Inches(0.6), Inches(top), Inches(12), Inches(0.35 * len(content))
                )
                shp.table.first_row = False
                for r, (label, value) in enumerate(content):
                    for c, text in enumerate((label, value)):
                        run = shp.table.cell(r, c).text_frame.paragraphs[0].add_run()
                        run.text = text
                        run.font.size = Pt(11)
                        run.font.bold = c == 0
                top += 0.4 * len(content) + 0.3
            elif kind == "heading" and content != slide.shapes.title.text:
                box = slide.shapes.add_textbox(Inches(0.6), Inches(top), Inches(12), Inches(0.4))
                run = box.text_frame.paragraphs[0].add_run()
                run.text = content
                run.font.size = Pt(14)
                run.font.bold = True
                top += 0.5


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
        full = len(chunks[-1]) >= shape.slide_rows if shape.slide_rows else False
        if chunks[-1] and (full or sum(map(height, chunks[-1])) + height(line) > room):
            chunks.append([])
        chunks[-1].append(line)
    _pptx_blocks(prs, shape.preface)
    for k, chunk in enumerate(chunks):
        slide = prs.slides.add_slide(layout)
        # A slide pack repeats the header on every other slide; the others continue without it.
        with_header = k % 2 == 0 if shape.slide_rows else k == 0
        slide.shapes.title.text = shape.title if with_header else f"{shape.title} (continued)"
        slide.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(22)
        rows = (header if with_header else []) + chunk
        shp = slide.shapes.add_table(
            len(rows), len(col_w), Inches(0.4), Inches(1.5), Inches(table_w), Inches(0.3 * len(rows))
        )
        table = shp.table
        table.first_row = bool(header) and with_header
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
                if line.kind == "data" and shape.keys[c] == shape.fill_key and line.rag and shape.fills(opts):
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string(FILL[line.rag])
            if line.kind == "section":
                table.cell(r, 0).merge(table.cell(r, len(col_w) - 1))
    _pptx_blocks(prs, shape.after)
    if shape.footer:
        for n, slide in enumerate(prs.slides, start=1):
            for text, left, width in ((shape.footer, 0.4, 8.0), (str(n), 12.3, 0.6)):
                box = slide.shapes.add_textbox(Inches(left), Inches(7.0), Inches(width), Inches(0.3))
                run = box.text_frame.paragraphs[0].add_run()
                run.text = text
                run.font.size = Pt(9)
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

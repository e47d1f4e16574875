"""Matrix plans printed by headless Chromium, drawn by reportlab, or re-distilled by Ghostscript / pdftocairo."""

from __future__ import annotations

import shutil
import subprocess
import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matrix_content import Shape  # noqa: E402
from matrix_lines import FILL, Line, printed_lines, widths  # noqa: E402

# -- HTML through headless Chromium -----------------------------------------------------------------

HTML_BASE = """
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 8.5pt; }
h1 { font-size: 14pt; } p.intro { font-size: 10pt; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; vertical-align: bottom; padding: 4px 5px; }
td { vertical-align: top; padding: 4px 5px 7px 5px; line-height: 1.25; }
td p { margin: 0 0 5px 0; }
td.section { font-weight: bold; padding-top: 8px; }
"""


def _grid_divs(shape: Shape, lines: list[Line], fill_rag: bool) -> str:
    """The plan as a CSS grid of divs (as web apps print their lists), not an HTML table."""
    tracks = " ".join(f"{w:.1f}%" for w in widths(shape, 100))
    out = [f'<div class="grid" style="display:grid; grid-template-columns:{tracks}">']
    for line in lines:
        if line.kind == "section":
            out.append(f'<div class="sec">{escape(line.cells[0])}</div>')
            continue
        for key, text in zip(shape.keys, line.cells, strict=True):
            cls = "hd" if line.kind == "header" else "cell"
            fill = line.kind == "data" and key == shape.fill_key and fill_rag and line.rag
            style = f' style="background:#{FILL[line.rag]}"' if fill else ""
            inner = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n")) if text else ""
            out.append(f'<div class="{cls}"{style}>{inner}</div>')
    return "".join(out) + "</div>"


GRID_CSS = """
.grid div { padding: 4px 5px 6px 5px; line-height: 1.25; border-bottom: 1px solid #d0d7de; }
.grid div p { margin: 0 0 4px 0; }
.grid .hd { font-weight: bold; color: #fff; background: #24292f; border-bottom: none; }
.grid .sec { grid-column: 1 / -1; font-weight: bold; font-size: 10pt; padding-top: 10px; }
"""


def _html_blocks(blocks: tuple) -> str:
    """A preface or after-matter: headings, paragraphs, bullets, bordered label/value forms, page breaks."""
    out = []
    for kind, content in blocks:
        if kind == "title":
            out.append(f"<h1 class='doc'>{escape(content)}</h1>")
        elif kind == "heading":
            out.append(f"<h2>{escape(content)}</h2>")
        elif kind == "para":
            out.append(f"<p class='prose'>{escape(content)}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in content) + "</ul>")
        elif kind == "break":
            out.append("<div style='break-after: page'></div>")
        elif kind == "form":
            rows = "".join(f"<tr><th>{escape(a)}</th><td>{escape(b)}</td></tr>" for a, b in content)
            out.append(f"<table class='form'>{rows}</table>")
    return "".join(out)


FORM_CSS = """
h1.doc { font-size: 18pt; } h2 { font-size: 12pt; } p.prose, li { font-size: 10.5pt; line-height: 1.4; }
table.form { margin: 6px 0 14px 0; } table.form th, table.form td { border: 1px solid #777; font-size: 10pt; }
table.form th { background: #d9e2f3; width: 35%; vertical-align: top; }
"""


def build_html(shape: Shape, opts: dict, src: Path) -> Path:
    area_mode = opts.get("area", "once")
    fill_rag = shape.fills(opts)
    lines = printed_lines(shape, area="merge" if area_mode == "rowspan" else area_mode, rag_text=not fill_rag)
    cols = "".join(f'<col style="width:{w:.1f}%">' for w in widths(shape, 100))
    head, body = "", []
    for line in lines:
        if line.kind == "header":
            head = "<thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in line.cells) + "</tr></thead>"
            continue
        if line.kind == "section":
            body.append(
                f'<tr><td class="section" colspan="{len(shape.keys)}">{escape(line.cells[0])}</td></tr>'
            )
            continue
        cells = []
        for key, text in zip(shape.keys, line.cells, strict=True):
            if key == "area" and area_mode == "rowspan":
                if line.first_in_group:
                    cells.append(f'<td class="area" rowspan="{line.span}">{escape(text)}</td>')
                continue
            inner = (
                "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n")) if "\n\n" in text else escape(text)
            )
            style = (
                f' style="background:#{FILL[line.rag]}"'
                if key == shape.fill_key and fill_rag and line.rag
                else ""
            )
            cells.append(f"<td{style}>{inner}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    page = "A4 landscape" if opts.get("landscape") else "A4"
    css = HTML_BASE + f"@page {{ size: {page}; margin: 14mm 12mm; }}\n" + opts.get("css", "")
    if shape.preface or shape.after:
        css += FORM_CSS
    table = f"<table><colgroup>{cols}</colgroup>{head}<tbody>{''.join(body)}</tbody></table>"
    if opts.get("css_grid"):
        css += GRID_CSS
        table = _grid_divs(shape, lines, fill_rag)
    html = (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"
        f"{_html_blocks(shape.preface)}<h1>{escape(shape.title)}</h1><p class='intro'>{escape(shape.intro)}</p>"
        f"{table}{_html_blocks(shape.after)}</body></html>"
    )
    path = src / "plan.html"
    path.write_text(html, encoding="utf-8")
    return path


def chromium_pdf(html: Path, out: Path) -> None:
    cmd = [
        shutil.which("chromium") or "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--print-to-pdf={out}",
        html.as_uri(),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)


# -- reportlab ---------------------------------------------------------------------------------------


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for k, para in enumerate(text.split("\n\n")):
        if k:
            lines.append("")
        start = len(lines)
        for word in para.split():
            if len(lines) > start and stringWidth(lines[-1] + " " + word, font, size) <= width:
                lines[-1] += " " + word
                continue
            # A word wider than the column is broken where it no longer fits, as word processors
            # and spreadsheets break it, rather than printed over the next cell.
            while stringWidth(word, font, size) > width and len(word) > 1:
                fits = [k for k in range(1, len(word)) if stringWidth(word[:k], font, size) <= width]
                cut = max(fits, default=1)
                lines.append(word[:cut])
                word = word[cut:]
            lines.append(word)
    return lines


def render_reportlab(shape: Shape, opts: dict, out: Path) -> None:
    """Draw the table as a print driver would: rules (lines or filled rectangles) and text runs."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    page_w, page_h = landscape(A4) if opts.get("landscape") else A4
    c = canvas.Canvas(str(out), pagesize=(page_w, page_h), pageCompression=1, invariant=1)
    size, lead, margin = 8.0, 10.0, 36.0
    col_w = widths(shape, page_w - 2 * margin)
    xs = [margin]
    for w in col_w:
        xs.append(xs[-1] + w)
    glyphs, rules, filled = opts.get("glyphs", False), opts.get("rules", "h"), opts.get("filled_rules", False)

    def text(s: str, x: float, y: float, font: str) -> None:
        c.setFont(font, size)
        if not glyphs:
            c.drawString(x, y, s)
            return
        for ch in s:  # one glyph per call: the driver positions every character
            if ch != " ":
                c.drawString(x, y, ch)
            x += stringWidth(ch, font, size)

    def hline(y: float) -> None:
        if filled:
            c.rect(xs[0], y - 0.25, xs[-1] - xs[0], 0.5, stroke=0, fill=1)
        else:
            c.setLineWidth(0.5)
            c.line(xs[0], y, xs[-1], y)

    def vlines(y_top: float, y_bot: float) -> None:
        for x in xs:
            if filled:
                c.rect(x - 0.25, y_bot, 0.5, y_top - y_bot, stroke=0, fill=1)
            else:
                c.line(x, y_top, x, y_bot)

    lines = printed_lines(shape, area="once")
    header = next((x for x in lines if x.kind == "header"), None)
    y = page_h - margin

    def begin() -> float:
        if opts.get("rotate"):
            # A portrait media box shown landscape by /Rotate 90: the landscape frame is drawn a
            # quarter turn anticlockwise (text runs up the page), as scanners' and some drivers'
            # output is. reportlab writes the media box swapped for a rotated page.
            c.setPageRotation(90)
            c.saveState()
            c.translate(page_h, 0)
            c.rotate(90)
        return page_h - margin

    def flow(blocks: tuple, yy: float) -> float:
        """Draw a preface or after-matter from yy down, breaking pages where it runs out of room."""
        full = xs[-1] - xs[0]
        for kind, content in blocks:
            if kind == "break":
                end_page()
                yy = begin()
            elif kind == "form":
                lab_w = full * 0.35
                for label, value in content:
                    la = _wrap(label, "Helvetica-Bold", 9.5, lab_w - 6)
                    va = _wrap(value, "Helvetica", 9.5, full - lab_w - 6)
                    h = max(len(la), len(va)) * 12 + 6
                    if yy - h < margin:
                        end_page()
                        yy = begin()
                    c.setLineWidth(0.5)
                    c.rect(xs[0], yy - h, full, h, stroke=1, fill=0)
                    c.line(xs[0] + lab_w, yy, xs[0] + lab_w, yy - h)
                    for lines_, x0, font in ((la, xs[0], "Helvetica-Bold"), (va, xs[0] + lab_w, "Helvetica")):
                        c.setFont(font, 9.5)
                        for i, ln in enumerate(lines_):
                            c.drawString(x0 + 3, yy - 11 - 12 * i, ln)
                    yy -= h
                yy -= 12
            else:
                font, fsize, gap = {
                    "title": ("Helvetica-Bold", 16, 10),
                    "heading": ("Helvetica-Bold", 11.5, 4),
                    "para": ("Helvetica", 10, 8),
                    "bullets": ("Helvetica", 10, 6),
                }[kind]
                for item in content if kind == "bullets" else (content,):
                    shown = f"- {item}" if kind == "bullets" else item
                    for ln in _wrap(shown, font, fsize, full):
                        if yy - fsize * 1.3 < margin:
                            end_page()
                            yy = begin()
                        c.setFont(font, fsize)
                        c.drawString(margin, yy - fsize, ln)
                        yy -= fsize * 1.3
                yy -= gap
        return yy

    def start_page(first: bool, yy: float | None = None) -> float:
        if yy is not None and yy < margin + 120:  # no room for the table's title and first rows
            end_page()
            yy = None
        if yy is None:
            yy = begin()
        if first:
            c.setFont("Helvetica-Bold", 13)
            c.drawString(margin, yy - 12, shape.title)
            intro = _wrap(shape.intro, "Helvetica", 9.5, page_w - 2 * margin)
            for i, ln in enumerate(intro):
                c.setFont("Helvetica", 9.5)
                c.drawString(margin, yy - 30 - i * 12, ln)
            yy -= 40 + 12 * len(intro)
        if rules != "none":
            hline(yy)
        if header and (first or opts.get("repeat_header", True)):
            yy = draw_row(header, yy)
        return yy

    def row_height(line: Line) -> float:
        if line.kind == "section":
            return lead + 8
        font = "Helvetica-Bold" if line.kind == "header" else "Helvetica"
        return (
            max(len(_wrap(t, font, size, w - 6)) or 1 for t, w in zip(line.cells, col_w, strict=True)) * lead
            + 7
        )

    def draw_row(line: Line, yy: float) -> float:
        h = row_height(line)
        if line.kind == "data" and line.rag and shape.fills(opts) and shape.fill_key in shape.keys:
            k = shape.keys.index(shape.fill_key)
            c.setFillColor(HexColor("#" + FILL[line.rag]))
            c.rect(xs[k], yy - h, col_w[k], h, stroke=0, fill=1)
            c.setFillColor(HexColor("#000000"))
        if line.kind == "section":
            text(line.cells[0], xs[0] + 3, yy - 11, "Helvetica-Bold")
        else:
            font = "Helvetica-Bold" if line.kind == "header" else "Helvetica"
            for t, x, w in zip(line.cells, xs, col_w, strict=False):
                for i, ln in enumerate(_wrap(t, font, size, w - 6)):
                    if ln:
                        text(ln, x + 3, yy - 10 - i * lead, font)
        if rules == "grid" and line.kind != "section":
            vlines(yy, yy - h)
        if rules != "none":
            hline(yy - h)
        return yy - h

    def end_page() -> None:
        if opts.get("rotate"):
            c.restoreState()
        c.showPage()

    y = start_page(True, flow(shape.preface, begin()) if shape.preface else None)
    for line in lines:
        if line.kind == "header":
            continue
        if y - row_height(line) < margin:
            end_page()
            y = start_page(False)
        y = draw_row(line, y)
    if shape.after:
        flow(shape.after, y - 14)
    end_page()
    c.save()


def redistil(tool: str, src: Path, out: Path) -> None:
    if tool == "gs":
        cmd = [
            "gs",
            "-q",
            "-dNOPAUSE",
            "-dBATCH",
            "-dSAFER",
            "-sDEVICE=pdfwrite",
            f"-sOutputFile={out}",
            str(src),
        ]
    else:
        cmd = ["pdftocairo", "-pdf", str(src), str(out)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)

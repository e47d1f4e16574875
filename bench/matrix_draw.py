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


def build_html(shape: Shape, opts: dict, src: Path) -> Path:
    area_mode = opts.get("area", "once")
    fill_rag = opts.get("fill_rag", False)
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
    table = f"<table><colgroup>{cols}</colgroup>{head}<tbody>{''.join(body)}</tbody></table>"
    if opts.get("css_grid"):
        css += GRID_CSS
        table = _grid_divs(shape, lines, fill_rag)
    html = (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"
        f"<h1>{escape(shape.title)}</h1><p class='intro'>{escape(shape.intro)}</p>{table}</body></html>"
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
            else:
                lines.append(word)
    return lines


def render_reportlab(shape: Shape, opts: dict, out: Path) -> None:
    """Draw the table as a print driver would: rules (lines or filled rectangles) and text runs."""
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

    def start_page(first: bool) -> float:
        if opts.get("rotate"):
            # A portrait media box shown landscape by /Rotate 90: the landscape frame is drawn a
            # quarter turn anticlockwise (text runs up the page), as scanners' and some drivers'
            # output is. reportlab writes the media box swapped for a rotated page.
            c.setPageRotation(90)
            c.saveState()
            c.translate(page_h, 0)
            c.rotate(90)
        yy = page_h - margin
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

    y = start_page(True)
    for line in lines:
        if line.kind == "header":
            continue
        if y - row_height(line) < margin:
            end_page()
            y = start_page(False)
        y = draw_row(line, y)
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

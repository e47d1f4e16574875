"""Print the rebuilt UK pages of the real-world dev set (tests/fixtures/realdev/html) to PDF with real producers.

Each page in tests/fixtures/realdev/html/ rebuilds one published UK table (docs/devset.md names the
source). A page is printed by the producer its source came from: web pages by headless Chromium,
Word-like documents through LibreOffice (HTML opened in Writer, saved as .docx, page turned
landscape when the page asks for it, then exported to PDF), some by both; spreadsheet logs through
LibreOffice Calc (HTML opened in Calc, saved as .xlsx, printed landscape one page wide); a slide
pack (a JSON page) is built with python-pptx and exported by LibreOffice Impress.

    .venv/bin/python bench/render_realdev.py OUT_DIR [--only SLUG ...]

Writes OUT_DIR/<slug>.pdf for every slug below; eval_devset.py --pdf-dir OUT_DIR reads them
(together with the US PDFs copied in from the team folder).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Chromium prints these pages exactly as it prints the producer matrix's HTML layouts.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from matrix_draw import chromium_pdf  # noqa: E402

HTML_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "realdev" / "html"

# slug -> (page, producer); a page printed by two producers gives two slugs (same split side).
RENDERS: dict[str, tuple[str, str]] = {
    "uk-york-scrutiny-tracker-2026": ("uk-york-scrutiny-tracker-2026", "chromium"),
    "uk-york-scrutiny-tracker-2026-lo": ("uk-york-scrutiny-tracker-2026", "libreoffice"),
    "uk-rotherham-equality-analysis-2024": ("uk-rotherham-equality-analysis-2024", "chromium"),
    "uk-meabc-equality-action-plan-2023": ("uk-meabc-equality-action-plan-2023", "chromium"),
    "uk-tvpcc-strategic-delivery-plan-2016": ("uk-tvpcc-strategic-delivery-plan-2016", "libreoffice"),
    "uk-lancs-annual-delivery-plan-2008": ("uk-lancs-annual-delivery-plan-2008", "libreoffice"),
    "uk-fire-hmicfrs-improvement-plan-2020": ("uk-fire-hmicfrs-improvement-plan-2020", "libreoffice"),
    "uk-hampshire-pcc-delivery-progress-2019": ("uk-hampshire-pcc-delivery-progress-2019", "slides"),
    "uk-clacks-housing-improvement-plan-2008": ("uk-clacks-housing-improvement-plan-2008", "libreoffice"),
    "uk-clacks-housing-improvement-plan-2008-cr": ("uk-clacks-housing-improvement-plan-2008", "chromium"),
    "uk-iow-scrutiny-recommendations-2004": ("uk-iow-scrutiny-recommendations-2004", "chromium"),
    "uk-iow-scrutiny-recommendations-2004-lo": ("uk-iow-scrutiny-recommendations-2004", "libreoffice"),
    "uk-athena-swan-business-school-2023": ("uk-athena-swan-business-school-2023", "chromium"),
    "uk-athena-swan-business-school-2023-lo": ("uk-athena-swan-business-school-2023", "libreoffice"),
    "uk-clacks-housing-improvement-plan-2008-xlsx": ("uk-clacks-housing-improvement-plan-2008", "calc"),
    "uk-iow-scrutiny-recommendations-2004-xlsx": ("uk-iow-scrutiny-recommendations-2004", "calc"),
    "uk-york-scrutiny-tracker-2026-xlsx": ("uk-york-scrutiny-tracker-2026", "calc"),
    "uk-herefordshire-ofsted-improvement-plan-2015-cr": (
        "uk-herefordshire-ofsted-improvement-plan-2015",
        "chromium",
    ),
    "uk-lga-peer-challenge-action-plan-2023": ("uk-lga-peer-challenge-action-plan-2023", "chromium"),
    "uk-lga-peer-challenge-action-plan-2023-lo": ("uk-lga-peer-challenge-action-plan-2023", "libreoffice"),
    "uk-lga-peer-challenge-progress-review-2024": ("uk-lga-peer-challenge-progress-review-2024", "chromium"),
    "uk-borough-council-plan-progress-2011": ("uk-borough-council-plan-progress-2011", "chromium"),
    "uk-borough-council-plan-progress-2011-lo": ("uk-borough-council-plan-progress-2011", "libreoffice"),
    "uk-lga-peer-challenge-progress-review-2024-lo": (
        "uk-lga-peer-challenge-progress-review-2024",
        "libreoffice",
    ),
    "uk-herefordshire-ofsted-improvement-plan-2015": (
        "uk-herefordshire-ofsted-improvement-plan-2015",
        "libreoffice",
    ),
    # realdev7 (2026-12-02): NHS trust board trackers, a council's governance action plan, a board's
    # summary of actions, a safeguarding board's business plan.
    "uk-hey-trust-board-action-tracker-2012": ("uk-hey-trust-board-action-tracker-2012", "libreoffice"),
    "uk-hey-trust-board-action-tracker-2012-cr": ("uk-hey-trust-board-action-tracker-2012", "chromium"),
    "uk-hey-trust-board-action-tracker-2012-xlsx": ("uk-hey-trust-board-action-tracker-2012", "calc"),
    "uk-eeast-board-action-tracker-2023-05": ("uk-eeast-board-action-tracker-2023-05", "chromium"),
    "uk-eeast-board-action-tracker-2023-05-lo": ("uk-eeast-board-action-tracker-2023-05", "libreoffice"),
    "uk-eeast-board-action-tracker-2023-11": ("uk-eeast-board-action-tracker-2023-11", "chromium"),
    "uk-eeast-board-action-tracker-2023-11-lo": ("uk-eeast-board-action-tracker-2023-11", "libreoffice"),
    "uk-trust-board-summary-of-actions-2018": ("uk-trust-board-summary-of-actions-2018", "libreoffice"),
    "uk-trust-board-summary-of-actions-2018-cr": ("uk-trust-board-summary-of-actions-2018", "chromium"),
    "uk-maidstone-ags-action-plan-2014": ("uk-maidstone-ags-action-plan-2014", "chromium"),
    "uk-maidstone-ags-action-plan-2014-lo": ("uk-maidstone-ags-action-plan-2014", "libreoffice"),
    "uk-slough-lscb-business-plan-2012": ("uk-slough-lscb-business-plan-2012", "libreoffice"),
    "uk-slough-lscb-business-plan-2012-cr": ("uk-slough-lscb-business-plan-2012", "chromium"),
    # realdev7, second batch: the same board's earlier summary of actions, the Prime Minister's Office
    # business plan tracker (three successive versions), parish councils' action logs and plans, a
    # London borough's ICO action plan.
    "uk-trust-board-summary-of-actions-2017": ("uk-trust-board-summary-of-actions-2017", "libreoffice"),
    "uk-trust-board-summary-of-actions-2017-cr": ("uk-trust-board-summary-of-actions-2017", "chromium"),
    "uk-number10-business-plans-2013-07": ("uk-number10-business-plans-2013-07", "chromium"),
    "uk-number10-business-plans-2013-08": ("uk-number10-business-plans-2013-08", "chromium"),
    "uk-number10-business-plans-2013-12": ("uk-number10-business-plans-2013-12", "chromium"),
    "uk-number10-business-plans-2013-12-lo": ("uk-number10-business-plans-2013-12", "libreoffice"),
    "uk-fittleworth-pc-action-points-2021": ("uk-fittleworth-pc-action-points-2021", "chromium"),
    "uk-fittleworth-pc-action-points-2021-lo": ("uk-fittleworth-pc-action-points-2021", "libreoffice"),
    "uk-newton-st-cyres-pc-action-plan-2018": ("uk-newton-st-cyres-pc-action-plan-2018", "chromium"),
    "uk-newton-st-cyres-pc-action-plan-2018-lo": ("uk-newton-st-cyres-pc-action-plan-2018", "libreoffice"),
    "uk-rowlands-castle-pc-priorities-2016": ("uk-rowlands-castle-pc-priorities-2016", "chromium"),
    "uk-rowlands-castle-pc-priorities-2016-lo": ("uk-rowlands-castle-pc-priorities-2016", "libreoffice"),
    "uk-shenington-pc-portfolio-action-plan-2010": (
        "uk-shenington-pc-portfolio-action-plan-2010",
        "libreoffice",
    ),
    "uk-shenington-pc-portfolio-action-plan-2010-cr": (
        "uk-shenington-pc-portfolio-action-plan-2010",
        "chromium",
    ),
    "uk-tower-hamlets-ico-foi-action-plan-2023": ("uk-tower-hamlets-ico-foi-action-plan-2023", "chromium"),
    "uk-tower-hamlets-ico-foi-action-plan-2023-lo": (
        "uk-tower-hamlets-ico-foi-action-plan-2023",
        "libreoffice",
    ),
}


def _soffice(args: list[str], profile: Path) -> None:
    # A private profile so a second LibreOffice on the machine does not block this one.
    cmd = [
        shutil.which("soffice") or "soffice",
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        *args,
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)


def libreoffice_pdf(html: Path, out: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        src = work / f"{out.stem}.html"
        shutil.copyfile(html, src)
        profile = work / "profile"
        _soffice(
            [
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                str(work),
                str(src),
            ],
            profile,
        )
        path = work / f"{out.stem}.docx"
        document = docx.Document(str(path))
        if "landscape" in html.read_text(encoding="utf-8"):
            for section in document.sections:
                width, height = section.page_width, section.page_height
                if width < height:
                    section.orientation = WD_ORIENT.LANDSCAPE
                    section.page_width, section.page_height = height, width
        document.save(str(path))
        _soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work), str(path)], profile)
        shutil.copyfile(work / f"{out.stem}.pdf", out)


def calc_pdf(html: Path, out: Path) -> None:
    """A spreadsheet: the page opened in LibreOffice Calc, saved as .xlsx, set to print landscape one page wide."""
    import openpyxl
    from openpyxl.styles import Alignment

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        src = work / f"{out.stem}.html"
        shutil.copyfile(html, src)
        profile = work / "profile"
        _soffice(
            [
                "--infilter=HTML (StarCalc)",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                str(work),
                str(src),
            ],
            profile,
        )
        path = work / f"{out.stem}.xlsx"
        book = openpyxl.load_workbook(path)
        for sheet in book.worksheets:
            # As a spreadsheet author prints a log: landscape, one page wide, long cells wrapped.
            sheet.page_setup.orientation = "landscape"
            sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
            sheet.sheet_properties.pageSetUpPr.fitToPage = True
            sheet.page_setup.fitToWidth = 1
            sheet.page_setup.fitToHeight = 0
            for row in sheet.iter_rows():
                # Table cells wrap; a title or note alone on its row runs on across the empty cells.
                wrap = sum(cell.value is not None for cell in row) > 1
                for cell in row:
                    cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        book.save(path)
        _soffice(["--convert-to", "pdf:calc_pdf_Export", "--outdir", str(work), str(path)], profile)
        shutil.copyfile(work / f"{out.stem}.pdf", out)


def slides_pdf(spec: Path, out: Path) -> None:
    """A slide pack: python-pptx builds the deck from the page's JSON, LibreOffice Impress exports it."""
    import json

    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    deck = json.loads(spec.read_text(encoding="utf-8"))
    prs = Presentation()
    prs.slide_width, prs.slide_height = 12192000, 6858000  # 16:9
    navy = RGBColor(0x1F, 0x2A, 0x5C)
    for page in deck["slides"]:
        slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
        title = slide.shapes.add_textbox(400000, 200000, 11300000, 600000).text_frame
        title.text = page["title"]
        title.paragraphs[0].runs[0].font.size = Pt(28)
        title.paragraphs[0].runs[0].font.color.rgb = navy
        sub = slide.shapes.add_textbox(400000, 800000, 11300000, 400000).text_frame
        sub.text = page.get("subtitle", "")
        top = 1300000
        for line in page.get("text", []):
            box = slide.shapes.add_textbox(400000, top, 11300000, 400000).text_frame
            box.text = line
            top += 450000
        tabs = page.get("tabs", [])
        for k, label in enumerate(tabs):
            shape = slide.shapes.add_shape(1, 400000 + k * 2850000, top, 2750000, 380000)  # rectangle
            shape.fill.solid()
            shape.fill.fore_color.rgb = navy if k == 0 else RGBColor(0xBF, 0xC5, 0xD9)
            shape.text_frame.text = label
            shape.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
        if tabs:
            top += 500000
        if "rows" in page:
            n_rows, n_cols = len(page["rows"]) + 1, len(page["header"])
            table = slide.shapes.add_table(n_rows, n_cols, 400000, top, 11300000, 400000 * n_rows).table
            widths = (3300000, 6300000, 1700000)
            for c in range(n_cols):
                table.columns[c].width = widths[c]
            for r, row in enumerate([page["header"], *page["rows"]]):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = value
                    cell.text_frame.paragraphs[0].runs[0].font.size = Pt(14 if r else 16)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        path = work / f"{out.stem}.pptx"
        prs.save(str(path))
        _soffice(
            ["--convert-to", "pdf:impress_pdf_Export", "--outdir", str(work), str(path)], work / "profile"
        )
        shutil.copyfile(work / f"{out.stem}.pdf", out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for slug, (page, producer) in RENDERS.items():
        if args.only and slug not in args.only:
            continue
        out = args.out / f"{slug}.pdf"
        if producer == "slides":
            slides_pdf(HTML_DIR / f"{page}.json", out)
        elif producer == "calc":
            calc_pdf(HTML_DIR / f"{page}.html", out)
        else:
            (chromium_pdf if producer == "chromium" else libreoffice_pdf)(HTML_DIR / f"{page}.html", out)
        sys.stderr.write(f"{out} ({producer})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

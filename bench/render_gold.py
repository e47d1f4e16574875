"""Render the real content of the corpus gold through the producer matrix's producers, with a gold file each.

    .venv/bin/python bench/render_gold.py OUT [--docs DOC_ID ...] [--only PRODUCER-LAYOUT ...]
    .venv/bin/python bench/eval_gold.py OUT [--workers 1] [--show 3] [--json OUT.json]

The matrix (bench/render_matrix.py) prints short made-up plans; hidden documents are real council
plans printed by other tools. This takes each corpus document's gold rows (long progress cells,
real leads, real deadlines, ratings, areas: ../shared/corpus/gold/<doc>--word-grid.jsonl), turns
them into a matrix Shape, and renders it through every matrix layout (docx / xlsx / pptx through
LibreOffice, Chromium HTML, reportlab, gs and pdftocairo re-distils, rotated pages) with
render_matrix.render. The gold of each PDF is the corpus gold of its rows, renumbered as one table.

Nothing of the corpus is kept in the repo: the corpus is read at run time from ../shared (or
--corpus) and the renders stay in OUT; without the corpus the script says so and exits 0. Header
wording is the genre's (a few variants per role), not the corpus documents'. Whether a document
prints its ref inside the action cell ('1.1 Ensure ...') is read from its corpus word-grid PDF.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import matrix_lines  # noqa: E402
from matrix_content import Row, Shape  # noqa: E402
from render_matrix import LAYOUTS, render  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
# Distinct content by default: an Ofsted plan with ratings, its earlier version in an agenda pack
# without ratings, and a plan with refs in the action cell, bulleted progress and a sparse BRAG column.
DEFAULT_DOCS = (
    "hfd-ofsted-plan-2015-01",
    "hfd-hwb-agenda-2014-10-16",
    "hfd-cs-improvement-plan-2023-03-synth-s1",
)
# The two real action logs (corpus/real): action, owner's initials, status word; printed headerless
# as they were published.
REAL_DOCS = ("odug-open-data-user-group-action-log-2013-05", "odug-open-data-user-group-action-log-2013-07")
# Printed column order and header wording per role (genre wording; variant k for the k-th document).
ORDER = ("ref", "source_ref", "area", "lead", "action", "deadline_raw", "progress", "rag", "monitoring")
HEADERS = {
    "ref": ("No.", "Ref", "Action no."),
    "source_ref": ("Report para", "Para", "Inspection ref"),
    "area": ("Area for improvement", "Priority", "Theme"),
    "lead": ("Lead", "Lead officer", "Responsible officer"),
    "action": ("Action", "Actions", "What we will do"),
    "deadline_raw": ("By when", "Target date", "Deadline"),
    "progress": ("Progress", "Progress update", "Update on progress"),
    "rag": ("RAG", "RAG rating", "BRAG"),
    "monitoring": ("Monitoring and evaluation", "How progress is monitored", "Evidence"),
}
# The corpus prints a second numbering column and yellow ratings the matrix content has not.
matrix_lines.WIDTH.setdefault("source_ref", 0.7)
matrix_lines.FILL.setdefault("Y", "FFFF00")


@dataclass(frozen=True)
class GoldRow(Row):
    """A matrix Row that also prints the corpus's second numbering column."""

    source_ref: str | None = None


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def _paragraphs(text: str | None) -> str:
    """Bulleted cell text as one paragraph per bullet (the producers split paragraphs on blank lines)."""
    if not text or "•" not in text:
        return text or ""
    parts = [p.strip() for p in text.split("•")]
    lead = [parts[0]] if parts[0] else []
    return "\n\n".join(lead + [f"• {p}" for p in parts[1:] if p])


def ref_in_action(pdf: Path, rows: list[dict]) -> bool:
    """Whether the document prints most refs at the start of the action cell, as its PDF shows."""
    text = _squash(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout)
    refs = [r for r in rows if r.get("ref")]
    joined = sum(_squash(f"{r['ref']} {r['action'][:40]}") in text for r in refs)
    return bool(refs) and joined * 2 > len(refs)


def _paths(corpus: Path, doc: str) -> tuple[Path, Path]:
    """The gold and the PDF of a corpus document (a real log's under corpus/real)."""
    if doc in REAL_DOCS:
        return corpus / "real" / "gold" / f"{doc}.jsonl", corpus / "real" / "pdf" / f"{doc}.pdf"
    return corpus / "gold" / f"{doc}--word-grid.jsonl", corpus / "pdf" / f"{doc}--word-grid.pdf"


def corpus_rows(corpus: Path, doc: str) -> list[dict]:
    path = _paths(corpus, doc)[0]
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return sorted(rows, key=lambda r: (r["table_index"], r["row_index"]))


def shape_of(corpus: Path, doc: str, k: int) -> tuple[Shape, list[dict]]:
    """The document's rows as one matrix Shape, and the gold rows it prints (in order)."""
    gold = corpus_rows(corpus, doc)
    inline = ref_in_action(_paths(corpus, doc)[1], gold)
    present = {key for key in ORDER if any(g.get(key) for g in gold)}
    if inline:
        present.discard("ref")
    keys = [key for key in ORDER if key in present]
    rows = []
    for g in gold:
        action = f"{g['ref']} {g['action']}" if inline and g.get("ref") else g["action"]
        rows.append(
            GoldRow(
                area=g.get("area"),
                ref=g.get("ref"),
                action=action,
                lead=g.get("lead") or "",
                deadline_raw=g.get("deadline_raw") or "",
                progress=_paragraphs(g.get("progress")),
                rag=g.get("rag"),
                monitoring=_paragraphs(g.get("monitoring")),
                source_ref=g.get("source_ref"),
            )
        )
    shape = Shape(
        name=doc,
        split="dev",
        title="Action log" if doc in REAL_DOCS else "Improvement plan: progress update",
        intro=(
            "Actions agreed at previous meetings and their status."
            if doc in REAL_DOCS
            else "This report sets out progress against each action in the improvement plan. "
            "Progress is reviewed monthly by the improvement board."
        ),
        columns=tuple((key, HEADERS[key][k % 3]) for key in keys),
        rows=tuple(rows),
        header=doc not in REAL_DOCS,
        area_style="column" if "area" in keys else "none",
        rag_style="letter" if "rag" in keys else "none",
    )
    return shape, gold


def gold_for(golds: dict[str, list[dict]]):
    """stem -> the corpus gold of its document, as one table with the stem as doc_id."""

    def rows(stem: str) -> list[dict]:
        out = []
        for i, g in enumerate(golds[stem.split("--", 1)[0]]):
            out.append(
                {**g, "doc_id": stem, "table_index": 0, "row_index": i, "page_first": None, "page_last": None}
            )
        return out

    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="the shared corpus folder (gold/ and pdf/)")
    ap.add_argument("--docs", nargs="*", default=[*DEFAULT_DOCS, *REAL_DOCS], help="corpus doc_ids to render")
    ap.add_argument(
        "--only", nargs="*", help="cells to render (producer-layout); print drivers bring their source"
    )
    args = ap.parse_args(argv)
    if not (args.corpus / "gold").is_dir():
        sys.stderr.write(f"render_gold: no corpus at {args.corpus}; nothing rendered\n")
        return 0
    shapes, golds = [], {}
    for k, doc in enumerate(args.docs):
        shape, gold = shape_of(args.corpus, doc, k)
        shapes.append(shape)
        golds[doc] = gold
    layouts = list(LAYOUTS)
    if args.only:
        want = set(args.only) | {x.source for x in layouts if x.cell in args.only and x.source}
        layouts = [x for x in layouts if x.cell in want]
    render(args.out, layouts, shapes, gold=gold_for(golds))
    return 0


if __name__ == "__main__":
    sys.exit(main())

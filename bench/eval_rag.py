"""Measure read_rag on the shared corpus without the table parser.

For each page: find the rating column from its header word ('R/A/G', 'RAG', 'BRAG' on a line that
also holds 'Action' or 'Progress'), cut it into rows at the horizontal rules crossing it, read each
row's cell (text first, then fill mapped through the latest colour key printed on or before the
page) and match the page's cells in order to the gold rows that touch the page (a page whose cell count
differs counts its rows as wrong); a row spanning pages takes the rating most of its parts show.

    .venv/bin/python bench/eval_rag.py [--corpus ../shared/corpus] [--layout word-colour] [--show]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

import pdfplumber

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from extractors.read_rag import cell_fill, find_colour_key, rag_from_colour, rag_from_text  # noqa: E402

log = logging.getLogger("eval_rag")
HEADERS = {"R/A/G", "RAG", "BRAG"}
GOLD_TO_RAG = {"R": "red", "A": "amber", "Y": "amber", "G": "green", "B": "blue", "GREY": "grey", None: None}


def _columns(page):
    """(x0, x1, header_bottom, next_header_top) of every rating column header on the page."""
    words = page.extract_words()
    heads = [w for w in words if w["text"] in HEADERS]
    out = []
    verticals = sorted({round(e["x0"], 1) for e in page.edges if e["orientation"] == "v"})
    for h in heads:
        line = sorted((w for w in words if abs(w["top"] - h["top"]) < 2.5), key=lambda w: w["x0"])
        if not any(w["text"] in ("Action", "Progress") for w in line):
            continue  # prose mentioning a BRAG rating
        nxt = [w for w in line if w["x0"] > h["x1"]]
        right = nxt[0]["x0"] - 1 if nxt else page.width
        left_v = [v for v in verticals if v <= h["x0"] + 0.5 and v >= h["x0"] - 40]
        right_v = [v for v in verticals if h["x1"] - 0.5 <= v <= right + 1]
        x0 = max(left_v) if left_v else h["x0"] - 4
        x1 = min(right_v) if right_v else right
        rules = [e["x1"] for e in page.edges if e["orientation"] == "h" and e["x0"] <= h["x0"] <= e["x1"]]
        x1 = min(x1, max(rules)) if rules else x1  # the table's right edge, not the page's
        out.append([x0, x1, h["bottom"], page.height])
    out.sort(key=lambda c: c[2])
    for a, b in zip(out, out[1:], strict=False):
        a[3] = b[2] - 14
    return out, words


def _rows(page, x0, x1, head_bottom, limit):
    mid = (x0 + x1) / 2
    ys = sorted(
        e["top"]
        for e in page.edges
        if e["orientation"] == "h" and e["x0"] <= mid <= e["x1"] and head_bottom < e["top"] < limit
    )
    uniq: list[float] = []
    for y in ys:
        if not uniq or y - uniq[-1] > 1.5:
            uniq.append(y)
    return [(a, b) for a, b in zip(uniq, uniq[1:], strict=False) if b - a > 3]


def read_pages(pdf_path: Path):
    """{page: [rating or None per row of the rating column]}."""
    out: dict[int, list[str | None]] = {}
    key: dict = {}
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            cols, words = _columns(page)
            page_key = find_colour_key(page)
            if page_key:
                key = page_key
            if not cols:
                continue
            seq: list[str | None] = []
            for x0, x1, hb, limit in cols:
                for top, bottom in _rows(page, x0, x1, hb, limit):
                    text = " ".join(
                        w["text"]
                        for w in words
                        if x0 <= (w["x0"] + w["x1"]) / 2 <= x1
                        and top <= (w["top"] + w["bottom"]) / 2 <= bottom
                    )
                    rag = rag_from_text(text) if text.strip() else None
                    if rag is None and not text.strip():
                        rag = rag_from_colour(cell_fill(page, (x0, top, x1, bottom)), key)
                    seq.append(rag)
            out[page.page_number] = seq
    return out


def evaluate(corpus: Path, layout: str | None, show: bool) -> dict[str, tuple[int, int]]:
    results = {}
    for gold_path in sorted((corpus / "gold").glob("*.jsonl")):
        if layout and not gold_path.stem.endswith("--" + layout):
            continue
        gold = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
        pred = read_pages(corpus / "pdf" / (gold_path.stem + ".pdf"))
        votes: dict[int, list[str | None]] = {i: [] for i in range(len(gold))}
        broken: set[int] = set()
        for page in sorted({p for g in gold for p in range(g["page_first"], g["page_last"] + 1)}):
            rows = [i for i, g in enumerate(gold) if g["page_first"] <= page <= g["page_last"]]
            # no rating column on the page: the stage leaves rag null (no coloured ref cells here)
            got = pred.get(page, [None] * len(rows))
            if len(got) != len(rows):
                broken.update(rows)
                if show:
                    print(f"  {gold_path.stem} p{page}: {len(rows)} gold rows, {len(got)} cells")  # noqa: T201
                continue
            for i, rag in zip(rows, got, strict=True):
                votes[i].append(rag)
        good = 0
        for i, g in enumerate(gold):
            found = [v for v in votes[i] if v is not None]
            rag = max(set(found), key=found.count) if found else None
            ok = i not in broken and rag == GOLD_TO_RAG[g["rag"]]
            good += ok
            if show and not ok and i not in broken:
                print(f"  {gold_path.stem} row {i} p{g['page_first']}: gold {g['rag']} got {votes[i]}")  # noqa: T201
        total = len(gold)
        results[gold_path.stem] = (good, total)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    ap.add_argument("--layout", default=None, help="word-colour, word-grid or word-rules (default: all)")
    ap.add_argument("--show", action="store_true", help="print the pages that disagree")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    results = evaluate(args.corpus, args.layout, args.show)
    by_layout: dict[str, list[int]] = {}
    for stem, (good, total) in results.items():
        print(f"{stem:60s} {good:4d}/{total:4d} = {good / max(total, 1):.3f}")  # noqa: T201
        acc = by_layout.setdefault(stem.rsplit("--", 1)[1], [0, 0])
        acc[0] += good
        acc[1] += total
    for lay, (good, total) in sorted(by_layout.items()):
        print(f"{'[' + lay + ']':60s} {good:4d}/{total:4d} = {good / max(total, 1):.3f}")  # noqa: T201


if __name__ == "__main__":
    main()

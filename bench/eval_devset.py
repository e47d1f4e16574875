"""Run planwatch over the real-world development set and score it against its gold, dev and heldout apart.

The gold (one <slug>.jsonl per PDF, corpus gold format) and the split (split.txt: '<slug> dev' or
'<slug> heldout') live in tests/fixtures/realdev/; the PDFs themselves are published documents kept
outside the repo (docs/devset.md says where each came from and where the copies are kept).

    .venv/bin/python bench/eval_devset.py [--pdf-dir DIR] [--split dev|heldout] [--prefix uk-]
                                          [--curated DIR] [--keep DIR] [--workers N] [--show N]
                                          [--json OUT]

Without --curated it runs `python -m pipeline.cli run` over the PDFs into a temporary folder; with
--curated it scores a folder an earlier run wrote. `--show N` prints up to N wrong fields per
document and the gold rows no predicted row matched. Scoring: bench/devset_score.py.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset_score import FIELDS, Score, align, score_document, total  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "fixtures" / "realdev"
# Where the PDFs are looked for when --pdf-dir is not given, in order.
PDF_DIRS = (
    os.environ.get("PLANWATCH_REALDEV_PDF", ""),
    str(REPO.parent / "shared" / "realdev" / "pdf"),
    str(REPO.parent / "realdev" / "pdf"),
    str(GOLD_DIR),
)


def read_split(gold_dir: Path) -> dict[str, str]:
    """slug -> 'dev' or 'heldout', from split.txt."""
    split = {}
    for line in (gold_dir / "split.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            slug, part = line.split()
            if part not in ("dev", "heldout"):
                raise ValueError(f"split.txt: {slug}: unknown split {part!r}")
            split[slug] = part
    return split


def read_gold(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted(rows, key=lambda r: (r["table_index"], r["row_index"]))


def read_predictions(curated: Path) -> dict[str, list[dict]]:
    """Predicted action rows per PDF file stem, in document order."""
    docs = pq.read_table(curated / "documents.parquet").to_pylist()
    stem_of = {d["doc_id"]: Path(str(d["source_file"])).stem for d in docs}
    out: dict[str, list[dict]] = {stem: [] for stem in stem_of.values()}
    acts = curated / "actions.parquet"
    for row in pq.read_table(acts).to_pylist() if acts.exists() else []:
        out.setdefault(stem_of.get(row["doc_id"], "?"), []).append(row)
    for rows in out.values():
        rows.sort(key=lambda r: (r.get("table_index") or 0, r.get("row_index") or 0))
    return out


def find_pdf_dir(slugs: list[str]) -> Path:
    for candidate in PDF_DIRS:
        if candidate and all((Path(candidate) / f"{s}.pdf").exists() for s in slugs):
            return Path(candidate)
    raise SystemExit(
        "eval_devset: the development-set PDFs were not found in any of "
        f"{[c for c in PDF_DIRS if c]}; give --pdf-dir (docs/devset.md says where they are kept)"
    )


def run_planwatch(pdfs: list[Path], out: Path, workers: int) -> None:
    cmd = [sys.executable, "-m", "pipeline.cli", "run", *map(str, pdfs), "--out", str(out), "--replace"]
    cmd += ["--workers", str(workers), "-q"]
    subprocess.run(cmd, cwd=REPO, check=True)


def _fmt(value: float | None) -> str:
    return f"{value:7.3f}" if value is not None else f"{'-':>7}"


def _line(name: str, s: Score) -> str:
    cells = " ".join(_fmt(s.accuracy(f)) for f in FIELDS)
    return f"{name[:44]:44} {s.gold:5d} {s.pred:5d} {s.recall:7.3f} {s.precision:6.3f} {cells}"


def report(split: dict[str, str], gold_dir: Path, pred: dict[str, list[dict]], show: int) -> dict:
    head = f"{'document':44} {'gold':>5} {'pred':>5} {'recall':>7} {'prec':>6} "
    head += " ".join(f"{f[:7]:>7}" for f in FIELDS)
    summary: dict = {}
    for part in ("dev", "heldout"):
        slugs = sorted(s for s, p in split.items() if p == part)
        if not slugs:
            continue
        print(f"\n== {part} ({len(slugs)} documents)")
        print(head)
        scores = []
        for slug in slugs:
            gold = read_gold(gold_dir / f"{slug}.jsonl")
            rows = pred.get(slug, [])
            s = score_document(gold, rows)
            scores.append(s)
            print(_line(slug, s))
            summary[slug] = s.as_dict(FIELDS)
            if show:
                hit = {i for i, _ in align(gold, rows)}
                lost = [g for i, g in enumerate(gold) if i not in hit]
                for g in lost[:show]:
                    print(
                        f"    lost  t{g['table_index']} r{g['row_index']} p{g.get('page_first')}: {g['action'][:90]!r}"
                    )
                for i, name, want, got in s.misses[:show]:
                    print(f"    wrong row {i} {name}: gold={str(want)[:70]!r} pred={str(got)[:70]!r}")
        all_ = total(scores)
        print(_line(f"ALL {part}", all_))
        summary[f"ALL {part}"] = all_.as_dict(FIELDS)
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf-dir", type=Path, help="folder holding <slug>.pdf for every gold file")
    ap.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    ap.add_argument("--split", choices=("dev", "heldout"), help="score one part only")
    ap.add_argument(
        "--prefix", help="score only the documents whose slug starts with this ('uk-': the UK pages)"
    )
    ap.add_argument("--curated", type=Path, help="score this curated folder instead of running planwatch")
    ap.add_argument(
        "--keep", type=Path, help="run planwatch into this folder and keep it (for `planwatch explain`)"
    )
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument(
        "--show", type=int, default=0, help="print up to N lost rows and wrong fields per document"
    )
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args(argv)

    split = read_split(args.gold_dir)
    if args.split:
        split = {s: p for s, p in split.items() if p == args.split}
    if args.prefix:
        split = {s: p for s, p in split.items() if s.startswith(args.prefix)}
    if args.curated:
        pred = read_predictions(args.curated)
    elif args.keep:
        pdf_dir = args.pdf_dir or find_pdf_dir(sorted(split))
        run_planwatch([pdf_dir / f"{s}.pdf" for s in sorted(split)], args.keep, args.workers)
        pred = read_predictions(args.keep)
    else:
        pdf_dir = args.pdf_dir or find_pdf_dir(sorted(split))
        with tempfile.TemporaryDirectory(prefix="planwatch-devset-") as tmp:
            run_planwatch([pdf_dir / f"{s}.pdf" for s in sorted(split)], Path(tmp), args.workers)
            pred = read_predictions(Path(tmp))
    summary = report(split, args.gold_dir, pred, args.show)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

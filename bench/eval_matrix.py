"""Score planwatch on every cell of the producer matrix (bench/render_matrix.py) and print it, dev and held-out shapes apart.

    .venv/bin/python bench/render_matrix.py /tmp/matrix             # render once
    .venv/bin/python bench/eval_matrix.py /tmp/matrix [--workers 2] [--show N] [--json OUT]
    .venv/bin/python bench/eval_matrix.py /tmp/matrix --curated DIR  # score an earlier run
    .venv/bin/python bench/eval_matrix.py /tmp/matrix --repo OLD      # the planwatch of another checkout
    .venv/bin/python bench/eval_matrix.py /tmp/matrix --compare before.json   # what moved since

Each line is one producer-layout cell summed over the shapes of one split: files, gold and predicted
rows, row recall and precision, then field accuracy over the recovered rows. `--show N` prints, for
dev shapes only, up to N lost rows and wrong fields per file (held-out failures are never printed, so
nobody tunes a rule on them). Scoring: bench/devset_score.py (the corpus contract).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset_score import Score, align, score_document, total  # noqa: E402
from eval_devset import read_gold, read_predictions  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
COLUMNS = (
    "ref",
    "area",
    "action",
    "lead",
    "leads",
    "deadline_raw",
    "deadline_date",
    "progress",
    "monitoring",
    "rag",
)


def run_planwatch(pdfs: list[Path], out: Path, workers: int, repo: Path = REPO) -> None:
    cmd = [sys.executable, "-m", "pipeline.cli", "run", *map(str, pdfs), "--out", str(out), "--replace"]
    subprocess.run([*cmd, "--workers", str(workers), "-q"], cwd=repo, check=True)


def _fmt(value: float | None) -> str:
    return f"{value:6.2f}" if value is not None else f"{'-':>6}"


def line(name: str, files: int, s: Score) -> str:
    fields = " ".join(_fmt(s.accuracy(f)) for f in COLUMNS)
    return f"{name:28} {files:3d} {s.gold:5d} {s.pred:5d} {s.recall:6.2f} {s.precision:6.2f} {fields}"


def read_status(curated: Path) -> dict[str, str]:
    """File stem -> the document's status and reason ('ok', 'no_action_table', ...)."""
    docs = pq.read_table(curated / "documents.parquet").to_pylist()
    return {
        Path(str(d["source_file"])).stem: " ".join(filter(None, (d["status"], d["reason"]))) for d in docs
    }


def matrix(root: Path, pred: dict[str, list[dict]], show: int, status: dict[str, str] | None = None) -> dict:
    """Print the matrix per split; returns {split: {cell: figures}}."""
    manifest = json.loads((root / "matrix.json").read_text(encoding="utf-8"))
    head = f"{'producer-layout':28} {'n':>3} {'gold':>5} {'pred':>5} {'recall':>6} {'prec':>6} "
    head += " ".join(f"{c[:6]:>6}" for c in COLUMNS)
    out: dict = {}
    for split in ("dev", "heldout"):
        entries = [m for m in manifest if m["split"] == split]
        if not entries:
            continue
        by_cell: dict[str, list[Score]] = defaultdict(list)
        by_shape: dict[str, list[Score]] = defaultdict(list)
        lost_notes: list[str] = []
        for m in entries:
            gold = read_gold(root / "gold" / f"{m['stem']}.jsonl")
            rows = pred.get(m["stem"], [])
            s = score_document(gold, rows)
            by_cell[m["cell"]].append(s)
            by_shape[m["shape"]].append(s)
            if (
                show
                and split == "dev"
                and (s.recall < 1 or s.precision < 1 or any(n in COLUMNS for _, n, _, _ in s.misses))
            ):
                hit = {i for i, _ in align(gold, rows)}
                lost = [g for i, g in enumerate(gold) if i not in hit]
                state = (status or {}).get(m["stem"], "")
                note = [f"  {m['stem']}: gold {s.gold} pred {s.pred} hit {s.hit} {state}"]
                note += [f"    lost r{g['row_index']}: {g['action'][:80]!r}" for g in lost[:show]]
                wrong = [x for x in s.misses if x[1] in COLUMNS][:show]
                note += [
                    f"    wrong r{i} {n}: gold={str(w)[:60]!r} pred={str(p)[:60]!r}" for i, n, w, p in wrong
                ]
                lost_notes.append("\n".join(note))
        shapes = sorted({m["shape"] for m in entries})
        print(f"\n== {split} shapes: {', '.join(shapes)}")
        print(head)
        out[split] = {}
        for cell, scores in by_cell.items():
            print(line(cell, len(scores), total(scores)))
            out[split][cell] = total(scores).as_dict(COLUMNS)
        print(line(f"ALL {split}", len(entries), total(s for v in by_cell.values() for s in v)))
        out[split]["ALL"] = total(s for v in by_cell.values() for s in v).as_dict(COLUMNS)
        print(f"-- by shape ({split})")
        for shape, scores in by_shape.items():
            print(line(shape, len(scores), total(scores)))
            out[split][f"shape:{shape}"] = total(scores).as_dict(COLUMNS)
        if lost_notes:
            print(f"-- dev failures (up to {show} per file)")
            print("\n".join(lost_notes))
    return out


def compare(before: dict, after: dict) -> list[str]:
    """Lines naming every figure that moved between two --json outputs, cell by cell."""
    out = []
    for split, cells in after.items():
        for cell, now in cells.items():
            old = before.get(split, {}).get(cell)
            if old is None:
                out.append(f"{split:8} {cell:28} new")
                continue
            pairs = [(k, old[k], now[k]) for k in ("recall", "precision")]
            pairs += [(f, old["fields"].get(f), now["fields"].get(f)) for f in COLUMNS]
            moved = [f"{k} {_fmt(a).strip()}->{_fmt(b).strip()}" for k, a, b in pairs if a != b]
            if moved:
                out.append(f"{split:8} {cell:28} " + "; ".join(moved))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, help="the folder render_matrix.py wrote")
    ap.add_argument("--curated", type=Path, help="score this curated folder instead of running planwatch")
    ap.add_argument("--keep", type=Path, help="run planwatch into this folder and keep it")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument(
        "--repo", type=Path, default=REPO, help="run the planwatch of this checkout (for a 'before' figure)"
    )
    ap.add_argument("--show", type=int, default=0, help="print up to N lost rows / wrong fields per dev file")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    ap.add_argument("--compare", type=Path, help="a --json output of an earlier run: print what moved")
    args = ap.parse_args(argv)
    pdfs = sorted(args.root.glob("*.pdf"))
    if args.curated:
        pred, status = read_predictions(args.curated), read_status(args.curated)
    elif args.keep:
        run_planwatch([p.resolve() for p in pdfs], args.keep.resolve(), args.workers, args.repo)
        pred, status = read_predictions(args.keep), read_status(args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="planwatch-matrix-") as tmp:
            run_planwatch([p.resolve() for p in pdfs], Path(tmp), args.workers, args.repo)
            pred, status = read_predictions(Path(tmp)), read_status(Path(tmp))
    figures = matrix(args.root, pred, args.show, status)
    if args.compare:
        print(f"\n-- moved since {args.compare}")
        print("\n".join(compare(json.loads(args.compare.read_text(encoding="utf-8")), figures)) or "nothing")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

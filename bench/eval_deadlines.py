"""Score parse_deadline against the shared gold deadlines; prints accuracy per field and mismatches.

    .venv/bin/python bench/eval_deadlines.py [--gold ../shared/corpus/gold] [--show 20] [--seed 0]

Each gold row's deadline_raw is parsed with its document's date and compared with the gold
deadline_kind / deadline_start / deadline_date / deadline_precision. Rows labelled 'ambiguous' or
without labels are skipped. A second pass re-spaces the raw text (extra spaces, line breaks, a
word split by wrapping) as PDF cells do, to show the parser does not depend on clean whitespace.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.normalise_deadlines import parse_deadline  # noqa: E402

# Document dates, known here for evaluation only: the extractor receives ctx.doc_date.
DOC_DATES = {
    "hfd-ofsted-plan-2015-01": datetime.date(2015, 1, 31),  # the January 2015 update
    "hfd-hwb-agenda-2014-10-16": datetime.date(2014, 10, 16),
    "hfd-cyp-scrutiny-agenda-2023-02-28": datetime.date(2023, 2, 28),
    "hfd-cs-improvement-plan-2023-03-synth-s1": datetime.date(2023, 3, 31),
    "hfd-ofsted-plan-2015-04-synth-s1": datetime.date(2015, 4, 30),
}
FIELDS = ("deadline_date", "deadline_kind", "deadline_start", "deadline_precision")


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def load_rows(gold: Path) -> list[dict]:
    rows = []
    for path in sorted(gold.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def predict(raw: str, doc_date: datetime.date | None) -> dict[str, str | None]:
    d = parse_deadline(raw, doc_date)
    return {
        "deadline_date": d.end.isoformat() if d.end else None,
        "deadline_kind": d.kind,
        "deadline_start": d.start.isoformat() if d.start else None,
        "deadline_precision": d.precision,
    }


def respace(raw: str, rng: random.Random) -> str:
    """Extra spaces and line breaks between words; sometimes a long word split as by wrapping."""
    words = raw.split()
    if words and rng.random() < 0.5:
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) >= 5 and w.isalpha():
            cut = rng.randrange(2, len(w) - 1)
            words[i : i + 1] = [w[:cut], w[cut:]]
    seps = [rng.choice([" ", "  ", "\n", " \n ", "\t"]) for _ in words]
    return (rng.choice(["", " ", "\n"]) + "".join(w + s for w, s in zip(words, seps, strict=True))).rstrip(
        " "
    )


def evaluate(rows: list[dict], transform, show: int, label: str) -> dict[str, float]:
    scored = 0
    right = collections.Counter()
    misses: collections.Counter[tuple] = collections.Counter()
    for row in rows:
        if row.get("deadline_kind") in (None, "ambiguous"):
            continue
        scored += 1
        raw = transform(row["deadline_raw"] or "")
        got = predict(raw, DOC_DATES.get(row["doc_id"]))
        for f in FIELDS:
            if got[f] == row.get(f):
                right[f] += 1
        if any(got[f] != row.get(f) for f in FIELDS):
            want = tuple(row.get(f) for f in FIELDS)
            misses[(row["doc_id"], raw, want, tuple(got[f] for f in FIELDS))] += 1
    acc = {f: right[f] / scored if scored else 0.0 for f in FIELDS}
    out(f"== {label}: {scored} rows with a labelled deadline")
    for f in FIELDS:
        out(f"  {f:20s} {right[f]:5d} / {scored}  = {acc[f]:.4f}")
    out(f"  rows with any mismatch: {sum(misses.values())}")
    for (doc, raw, want, got), n in misses.most_common(show):
        out(f"  x{n} [{doc}] {raw!r}\n      gold {want}\n      got  {got}")
    return acc


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=here.parent / "shared" / "corpus" / "gold")
    ap.add_argument("--show", type=int, default=10, help="list up to N distinct mismatches per pass")
    ap.add_argument("--seed", type=int, default=0, help="seed of the re-spacing pass")
    ap.add_argument(
        "--target", type=float, default=0.97, help="deadline_date accuracy to reach (exit 1 below)"
    )
    args = ap.parse_args(argv)

    rows = load_rows(args.gold)
    unknown = sorted({r["doc_id"] for r in rows} - DOC_DATES.keys())
    if unknown:
        out(f"warning: no document date for {unknown}: year-less deadlines will be ambiguous")
    t0 = time.perf_counter()
    acc = evaluate(rows, lambda raw: raw, args.show, "gold text")
    rng = random.Random(args.seed)
    acc_spaced = evaluate(
        rows, lambda raw: respace(raw, rng), args.show, f"re-spaced text (seed {args.seed})"
    )
    out(f"time: {time.perf_counter() - t0:.2f}s for {2 * len(rows)} cells")
    return 0 if min(acc["deadline_date"], acc_spaced["deadline_date"]) >= args.target else 1


if __name__ == "__main__":
    raise SystemExit(main())

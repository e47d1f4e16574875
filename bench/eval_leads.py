"""Score parse_leads against the corpus gold leads, the way score.py compares them.

    .venv/bin/python bench/eval_leads.py [--gold ../shared/corpus/gold] [--show N]

Prints the fraction of gold rows (and of distinct lead strings) whose parsed leads equal the gold as
a multiset of (person, role, initials, org) with whitespace removed and case ignored.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.normalise_leads import parse_leads  # noqa: E402

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "gold"


def _squash(v: object) -> str:
    if v is None:
        return ""
    s = str(v).replace("\u2022", "").replace("\u00ad", "")
    return re.sub(r"\s+", "", s).rstrip(".")


def lead_set(v: list[dict] | None) -> tuple:
    """Same as score.py's lead_set: a sorted tuple of squashed, lower-cased 4-tuples."""
    out = []
    for x in v or []:
        x = x or {}
        out.append(tuple(_squash(x.get(k)).lower() for k in ("person", "role", "initials", "org")))
    return tuple(sorted(out))


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--show", type=int, default=0, help="print up to N mismatching distinct strings")
    args = ap.parse_args(argv)

    rows: list[tuple[str | None, list[dict]]] = []
    for path in sorted(args.gold.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if "leads" not in row or row.get("ambiguous"):
                continue
            rows.append((row.get("lead"), row["leads"]))
    if not rows:
        _out(f"no gold rows with leads under {args.gold}")
        return 1

    ok_rows = 0
    distinct: dict[tuple, bool] = {}
    misses: collections.Counter[tuple] = collections.Counter()
    examples: dict[tuple, tuple] = {}
    for raw, gold in rows:
        pred = parse_leads(raw)
        ok = lead_set(pred) == lead_set(gold)
        ok_rows += ok
        key = (raw, json.dumps(gold, sort_keys=True))
        distinct[key] = ok
        if not ok:
            misses[key] += 1
            examples[key] = (pred, gold)

    n_ok_distinct = sum(distinct.values())
    _out(f"rows:     {ok_rows}/{len(rows)} = {ok_rows / len(rows):.3f}")
    _out(f"distinct: {n_ok_distinct}/{len(distinct)} = {n_ok_distinct / len(distinct):.3f}")
    for key, count in misses.most_common(args.show):
        pred, gold = examples[key]
        _out(f"\n[{count}x] {key[0]!r}")
        _out(f"   gold: {[{k: v for k, v in g.items() if v is not None} for g in gold]}")
        _out(f"   pred: {[{k: v for k, v in p.items() if v is not None} for p in pred]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Print parsed-lead accuracy on the other-bodies lead test set and, when given, on gold JSONL files.

    .venv/bin/python bench/lead_accuracy.py [--gold ../shared/corpus/gold ../shared/corpus/real/gold]

The test set is tests/test_leads_other_councils.py (lead cells as other public bodies print them,
each group with its source); HELDOUT_PAGES is scored apart from the rest and is never used to
change a rule, so its figure says how the parser does on cells nobody tuned it for. A cell counts as right when its parsed leads equal the expected list;
leads are also scored one by one as a multiset (precision, recall). Gold files give each row's
printed `lead` and its `leads`; rows without `leads` are skipped.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.normalise_leads import parse_leads  # noqa: E402

GROUPS = ("STOCKTON", "SCHOOL", "OTHER_BODIES", "US_OMB", "SHAPES", "SEND_AND_ICB", "SAFEGUARDING")
GROUPS += ("COUNCIL_MINUTES", "BRIEF_SHAPES", "FRESH", "SEARCHED", "PUBLIC_PAGES")
GROUPS += ("REMITS_AND_PARTNERS", "OTHER_SECTORS", "AUDIT_PAGES", "FIRE_PAGES", "TITLE_AND_NAME")
GROUPS += ("BRIEF_SHAPES_2", "LEADS7_DEV", "LEADS8_DEV")
GROUPS += ("KNOWN_MISSES",)
# measured only, never used to change a rule (not in the 'ALL other bodies' line)
HELDOUT = ("HELDOUT_PAGES", "HELDOUT_PAGES_2", "HELDOUT_PAGES_3", "HELDOUT_PAGES_4", "HELDOUT_PAGES_5")


def _key(lead: dict) -> tuple:
    return tuple(
        "".join((lead.get(k) or "").split()).casefold() for k in ("person", "role", "initials", "org")
    )


def score(cases: list[tuple[str, list[dict]]]) -> dict[str, float]:
    right = tp = n_pred = n_gold = 0
    for cell, expected in cases:
        got = parse_leads(cell)
        a, b = Counter(map(_key, got)), Counter(map(_key, expected))
        right += a == b
        tp += sum((a & b).values())
        n_pred += sum(a.values())
        n_gold += sum(b.values())
    return {
        "cells": len(cases),
        "cell_accuracy": right / len(cases) if cases else 1.0,
        "lead_precision": tp / n_pred if n_pred else 1.0,
        "lead_recall": tp / n_gold if n_gold else 1.0,
    }


def _test_set() -> dict[str, list]:
    path = ROOT / "tests" / "test_leads_other_councils.py"
    spec = importlib.util.spec_from_file_location("lead_cases", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return {g: getattr(mod, g) for g in GROUPS + HELDOUT if hasattr(mod, g)}


def _gold_cases(folders: list[Path]) -> list[tuple[str, list[dict]]]:
    seen: dict[str, list[dict]] = {}
    for folder in folders:
        for f in sorted(folder.glob("*.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if isinstance(row.get("lead"), str) and isinstance(row.get("leads"), list):
                    seen.setdefault(row["lead"], row["leads"])  # distinct cells: a repeat says nothing new
    return list(seen.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", nargs="*", type=Path, default=[], help="folders of gold JSONL files")
    args = ap.parse_args()
    groups = _test_set()
    rows = [(name, score(cases)) for name, cases in groups.items()]
    dev = [c for name, cases in groups.items() if name not in HELDOUT for c in cases]
    rows.append(("ALL other bodies (dev)", score(dev)))
    if args.gold:
        rows.append(("gold (distinct cells)", score(_gold_cases(args.gold))))
    print(f"{'set':24} {'cells':>6} {'cell acc':>9} {'lead P':>7} {'lead R':>7}")  # noqa: T201
    for name, s in rows:
        print(  # noqa: T201
            f"{name:24} {s['cells']:>6} {s['cell_accuracy']:>9.3f} {s['lead_precision']:>7.3f} {s['lead_recall']:>7.3f}"
        )


if __name__ == "__main__":
    main()

"""Compare two curated folders row by row, ignoring only run-time provenance: is the output unchanged?

A speed change must not move a single value. This reads every table (`*.parquet`) of two
`planwatch run` outputs, drops the columns a run stamps on its own (run id, code version, when a
file was read, where it was read from) and reports per table the rows only one side has and, for
rows both have (matched on the table's key), each column that differs. Exit status 1 on any
difference, so a script can gate on it.

    .venv/bin/python bench/compare_curated.py BEFORE_DIR AFTER_DIR [--show 5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyarrow.parquet as pq

# Stamped by the run, not read from the PDF: the same bytes give other values in every run.
PROVENANCE = {"run_id", "extractor_version", "retrieved_at", "source_file"}
# A row's identity in each table, so that two runs are compared row against row.
KEYS = {
    "documents": ("doc_id",),
    "actions": ("row_id",),
    "action_cells": ("row_id", "field", "fragment"),
    "action_tables": ("table_id",),
    "action_links": ("plan_id", "action_id", "link_kind", "left_doc_id", "left_row_index", "right_doc_id"),
    "action_events": ("plan_id", "action_id", "version_index", "event"),
    "quarantine": ("doc_id", "stage"),
}


def _rows(path: Path) -> list[dict]:
    rows = pq.read_table(path).to_pylist()
    return [{k: v for k, v in r.items() if k not in PROVENANCE} for r in rows]


def _key(row: dict, table: str) -> tuple:
    names = KEYS.get(table) or tuple(sorted(row))
    return tuple(repr(row.get(n)) for n in names)


def compare_table(before: Path, after: Path, table: str, show: int) -> list[str]:
    """Lines describing each difference between the two files of one table (empty: identical)."""
    old, new = _rows(before), _rows(after)
    out: list[str] = []
    if [sorted(r) for r in old[:1]] != [sorted(r) for r in new[:1]]:
        out.append(f"{table}: columns differ")
    if old == new:
        return out
    old_by = {_key(r, table): r for r in old}
    new_by = {_key(r, table): r for r in new}
    if len(old_by) != len(old) or len(new_by) != len(new):
        out.append(f"{table}: the key {KEYS.get(table)} is not unique; the rows differ in order or content")
    gone = [k for k in old_by if k not in new_by]
    added = [k for k in new_by if k not in old_by]
    if gone:
        out.append(f"{table}: {len(gone)} rows only before, e.g. {gone[:show]}")
    if added:
        out.append(f"{table}: {len(added)} rows only after, e.g. {added[:show]}")
    changed = 0
    for k, row in old_by.items():
        other = new_by.get(k)
        if other is None or other == row:
            continue
        changed += 1
        if changed <= show:
            cols = [c for c in row if row.get(c) != other.get(c)]
            for c in cols:
                out.append(f"{table} {k}: {c}: {row.get(c)!r} -> {other.get(c)!r}")
    if changed:
        out.append(f"{table}: {changed} rows changed")
    if not (gone or added or changed):
        out.append(f"{table}: same rows in another order")
    return out


def compare(before: Path, after: Path, show: int = 5) -> list[str]:
    names = sorted({p.name for p in before.glob("*.parquet")} | {p.name for p in after.glob("*.parquet")})
    out: list[str] = []
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            out.append(f"{name}: only in {'after' if b.exists() else 'before'}")
            continue
        out.extend(compare_table(a, b, name.removesuffix(".parquet"), show))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--show", type=int, default=5, help="differences shown per table")
    args = ap.parse_args(argv)
    diffs = compare(args.before, args.after, args.show)
    tables = len({p.name for p in args.before.glob("*.parquet")})
    for line in diffs:
        print(line)
    print(f"{tables} tables compared: {'identical' if not diffs else f'{len(diffs)} differences'}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())

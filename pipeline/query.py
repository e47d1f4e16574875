"""Run SQL against a curated folder through the DuckDB views of `views.sql` (`planwatch query`).

`connect(curated)` gives a DuckDB connection where every curated table and every view is a name;
`write_result()` prints or saves a result as a terminal table, CSV, JSON or Parquet.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import json
import logging
import sys
from pathlib import Path
from typing import IO, Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

log = logging.getLogger(__name__)

VIEWS_SQL = Path(__file__).with_name("views.sql")
REQUIRED = ("documents", "action_tables", "actions", "action_events", "action_links", "quarantine")
FORMATS = ("table", "csv", "json", "parquet")


class CuratedMissing(FileNotFoundError):
    """The folder lacks curated tables the views read."""


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(curated: Path | str, database: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the curated tables and the views of views.sql over `curated`."""
    curated = Path(curated)
    missing = [t for t in REQUIRED if not (curated / f"{t}.parquet").exists()]
    if missing:
        raise CuratedMissing(
            f"{curated}: missing {', '.join(m + '.parquet' for m in missing)}; "
            f"run `planwatch run PDFS --out {curated}` first"
        )
    con = duckdb.connect(database)
    # The one place the folder goes in: views.sql reads it from this variable.
    con.execute(f"SET VARIABLE curated = {_sql_literal(str(curated.resolve()))}")
    con.execute(VIEWS_SQL.read_text(encoding="utf-8"))
    # Folders written before per-field boxes existed lack action_cells: a view only when present.
    if (curated / "action_cells.parquet").exists():
        con.execute(
            "CREATE OR REPLACE VIEW action_cells AS "
            "SELECT * FROM read_parquet(getvariable('curated') || '/action_cells.parquet')"
        )
    return con


def query(sql: str, curated: Path | str) -> pa.Table:
    """The result of `sql` (its last statement) as an Arrow table; empty when it returns nothing."""
    con = connect(curated)
    try:
        rel = con.sql(sql)
        return rel.to_arrow_table() if rel is not None else pa.table({})
    finally:
        con.close()


def _plain(value: Any) -> Any:
    """A JSON-friendly Python value: dates as ISO text, decimals as floats, nested values kept."""
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.days if value.seconds == 0 and value.microseconds == 0 else value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _cell_text(value: Any) -> str:
    """One cell as text: nested values as JSON, nulls empty."""
    if value is None:
        return ""
    value = _plain(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(table: pa.Table, fh: IO[str]) -> None:
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(table.column_names)
    for row in table.to_pylist():
        writer.writerow([_cell_text(v) for v in row.values()])


def write_json(table: pa.Table, fh: IO[str]) -> None:
    """A JSON array of one object per row."""
    json.dump([_plain(r) for r in table.to_pylist()], fh, ensure_ascii=False, indent=1)
    fh.write("\n")


def print_table(table: pa.Table, max_rows: int, max_width: int = 40) -> None:
    """A rich table on the terminal, one line per row: long cells end in an ellipsis and the columns
    that do not fit the terminal's width are left out (and named), as the duckdb shell does."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    shown = table.slice(0, max_rows) if max_rows > 0 else table
    rows = [[" ".join(_cell_text(v).split()) for v in r.values()] for r in shown.to_pylist()]
    keep, used = [], 1
    for i, name in enumerate(table.column_names):
        width = min(max_width, max([len(name)] + [len(r[i]) for r in rows])) + 3  # padding and rule
        if keep and used + width > console.width:
            break
        keep.append(i)
        used += width
    out = Table(header_style="bold", row_styles=["", "dim"])
    for i in keep:
        numeric = pa.types.is_integer(table.schema.field(i).type) or pa.types.is_floating(
            table.schema.field(i).type
        )
        out.add_column(
            table.column_names[i],
            no_wrap=True,
            overflow="ellipsis",
            max_width=max_width,
            justify="right" if numeric else "left",
        )
    for r in rows:
        out.add_row(*(r[i][: max_width + 1] for i in keep))
    console.print(out)
    notes = [f"{table.num_rows} rows"]
    if shown.num_rows < table.num_rows:
        notes.append(f"{table.num_rows - shown.num_rows} not shown (--max-rows 0 shows all)")
    hidden = table.column_names[len(keep) :]
    if hidden:
        notes.append(f"{len(hidden)} columns left out for width: {', '.join(hidden)}")
    Console(stderr=True).print("; ".join(notes), style="dim", highlight=False)


def write_result(
    table: pa.Table, fmt: str, out: Path | None = None, max_rows: int = 100, stdout: IO[str] | None = None
) -> None:
    """Print `table` in `fmt` (table, csv, json) or write it to `out` (csv, json, parquet)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None:
            raise ValueError("--format parquet needs --out FILE")
        pq.write_table(table, out)
        return
    if fmt == "table" and out is None:
        print_table(table, max_rows)
        return
    if out is not None:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            (write_json if fmt == "json" else write_csv)(table, fh)
        return
    (write_json if fmt == "json" else write_csv)(table, stdout or sys.stdout)


def view_docs() -> dict[str, str]:
    """Each view or macro of views.sql (`name`, or `name(args)` for a macro) -> the comment above it."""
    docs: dict[str, str] = {}
    comment: list[str] = []
    for line in VIEWS_SQL.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if line.startswith("--"):
            comment.append(line[2:].strip())
        elif words[:3] == ["CREATE", "OR", "REPLACE"] and words[3] in ("VIEW", "MACRO"):
            name = words[4] if words[3] == "VIEW" else words[4].split(")")[0] + ")"
            docs[name] = " ".join(c for c in comment if c)
            comment = []
        elif line.strip():
            comment = []
    return docs


def view_names() -> list[str]:
    """The views and macros views.sql defines, in file order."""
    return list(view_docs())

"""Generate docs/schemas.md from `schemas.TABLES`: every curated table's columns, types, nullability and meaning.

A column's meaning is the trailing `# comment` of its `pa.field(...)` line in the schema module
(or in schemas/provenance.py for the shared provenance fields), else the module's `COLUMN_DOCS`
entry. Regenerate with `python -m pipeline.schema_docs`; tests/test_schema_docs.py fails when the
committed file is out of date.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import re
import sys
from pathlib import Path

import pyarrow as pa

import schemas
from schemas import provenance

log = logging.getLogger(__name__)

DOCS_PATH = Path(__file__).resolve().parent.parent / "docs" / "schemas.md"
FIELD_COMMENT = re.compile(r"""pa\.field\(\s*["']([A-Za-z_][\w]*)["'].*#\s*(.+?)\s*$""")
HEADER = """\
# Curated tables

Generated from `schemas.TABLES` by `python -m pipeline.schema_docs`; do not edit by hand (the
test suite fails when this file is out of date). Each table is `<curated>/<table>.parquet`.
Views over these tables (plans, overdue(as_of), ...) are in `pipeline/views.sql`.
"""


def _comments(module: object) -> dict[str, str]:
    """Column name -> trailing comment of its pa.field line in the module's source."""
    found: dict[str, str] = {}
    for line in inspect.getsource(module).splitlines():  # type: ignore[arg-type]
        m = FIELD_COMMENT.search(line)
        if m and not m.group(2).startswith("noqa"):
            found.setdefault(m.group(1), m.group(2))
    return found


def meanings(table: str) -> dict[str, str]:
    """Meaning of every documented column of `table`: its module's comments and COLUMN_DOCS, then provenance's."""
    module = importlib.import_module(f"schemas.{table}")
    docs = {**getattr(provenance, "COLUMN_DOCS", {}), **_comments(provenance)}
    docs.update(getattr(module, "COLUMN_DOCS", {}))
    docs.update(_comments(module))
    return docs


def _type(t: pa.DataType) -> str:
    return str(t).replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def _cell(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


ONE_OF = re.compile(r"one of ([A-Z][A-Z_]+)")


def _with_values(meaning: str, module: object) -> str:
    """'one of RAG_VALUES' -> 'one of RAG_VALUES: red, amber, ...' when the module defines the tuple."""
    m = ONE_OF.search(meaning)
    values = getattr(module, m.group(1), None) if m else None
    if isinstance(values, tuple) and m is not None:
        return meaning.replace(m.group(0), f"{m.group(0)}: {', '.join(f'`{v}`' for v in values)}")
    return meaning


def render() -> str:
    """The whole of docs/schemas.md."""
    parts = [HEADER.rstrip()]
    parts.append("| table | columns | schema_version |\n|---|---|---|")
    for name, schema in schemas.TABLES.items():
        version = (schema.metadata or {}).get(b"schema_version", b"?").decode()
        parts[-1] += f"\n| [`{name}`](#{name}) | {len(schema)} | {version} |"
    for name, schema in schemas.TABLES.items():
        module = importlib.import_module(f"schemas.{name}")
        summary = (module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else ""
        docs = meanings(name)
        lines = [f"## {name}", "", summary, "", "| column | type | nullable | meaning |", "|---|---|---|---|"]
        for f in schema:
            nullable = "yes" if f.nullable else "no"
            meaning = _with_values(_cell(docs.get(f.name, "")), module)
            lines.append(f"| `{f.name}` | {_type(f.type)} | {nullable} | {meaning} |")
        parts.append("\n".join(lines))
    parts.append(render_views())
    return "\n\n".join(parts) + "\n"


def render_views() -> str:
    """The views of pipeline/views.sql: the comment above each and its columns, read by DuckDB from
    empty tables of the current schemas (so the types are the ones a query returns)."""
    import tempfile

    import pyarrow.parquet as pq

    from pipeline.query import connect, view_docs

    lines = [
        "# Views (`pipeline/views.sql`)",
        "",
        "`planwatch query` and `pipeline.query.connect()` load these over a curated folder; in the duckdb",
        "shell: `SET VARIABLE curated = 'data/curated'; .read pipeline/views.sql`.",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for name, schema in schemas.TABLES.items():
            pq.write_table(schema.empty_table(), Path(tmp) / f"{name}.parquet")
        con = connect(tmp)
        try:
            for name, doc in view_docs().items():
                if name in schemas.TABLES:
                    continue
                target = name.replace("(as_of)", "(DATE '2000-01-01')")
                cols = con.sql(f"DESCRIBE SELECT * FROM {target}").fetchall()
                lines += ["", f"## {name}", "", _cell(doc), "", "| column | type |", "|---|---|"]
                lines += [f"| `{c[0]}` | {_cell(str(c[1]))} |" for c in cols]
        finally:
            con.close()
    return "\n".join(lines)


def undocumented() -> list[str]:
    """`table.column` for every column with no meaning anywhere."""
    missing = []
    for name, schema in schemas.TABLES.items():
        docs = meanings(name)
        missing += [f"{name}.{f.name}" for f in schema if not docs.get(f.name)]
    return missing


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = render()
    if "--check" in args:
        current = DOCS_PATH.read_text(encoding="utf-8") if DOCS_PATH.exists() else ""
        if current != text:
            sys.stderr.write(f"{DOCS_PATH} is out of date: run python -m pipeline.schema_docs\n")
            return 1
        return 0
    DOCS_PATH.parent.mkdir(parents=True, exist_ok=True)
    DOCS_PATH.write_text(text, encoding="utf-8")
    sys.stderr.write(f"wrote {DOCS_PATH}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Check rows against a curated table's schema (nullability and closed vocabularies) and build the table.

pyarrow enforces neither when building a table from Python objects, so this is the one place
where rows are validated before they are written; every problem is collected, not just the first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa


class ConformError(ValueError):
    """Rows that do not fit their schema; `problems` lists every one found."""

    def __init__(self, table: str, problems: list[str]) -> None:
        shown = "; ".join(problems[:10])
        more = f" (+{len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__(f"{table}: {len(problems)} row problems: {shown}{more}")
        self.problems = problems


def conform(
    rows: Sequence[Mapping[str, Any]],
    schema: pa.Schema,
    vocabularies: Mapping[str, Sequence[str]] | None = None,
) -> pa.Table:
    """Return `rows` as a pa.Table of `schema` (extra keys dropped, missing ones null), or raise."""
    table_name = (schema.metadata or {}).get(b"table", b"?").decode()
    problems: list[str] = []
    vocabularies = vocabularies or {}
    # Each field read from the schema once: iterating a pa.Schema builds its Field objects anew.
    fields = [(f.name, f.nullable, vocabularies.get(f.name)) for f in schema]
    for i, row in enumerate(rows):
        for name, nullable, allowed in fields:
            value = row.get(name)
            if value is None and not nullable:
                problems.append(f"row {i}: {name} is null")
            if allowed is not None and value is not None and value not in allowed:
                problems.append(f"row {i}: {name}={value!r} not in {tuple(allowed)}")
    if problems:
        raise ConformError(table_name, problems)
    columns = {name: [row.get(name) for row in rows] for name, _, _ in fields}
    return pa.Table.from_pydict(columns, schema=schema)

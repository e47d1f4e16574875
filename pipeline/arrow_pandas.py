"""Keep pyarrow from importing pandas in a worker: rows there are plain lists, and pandas costs 50 MB.

pyarrow imports pandas the first time it converts any Python value (`pa.array`, `from_pydict`),
only to ask whether the value is a pandas object, and then keeps it for the process's life. A
worker builds tables from lists of dicts (the per-document schema check) and never reads one back
as a frame; only the run itself, which reconciles with pandas, needs pyarrow's pandas support.
"""

from __future__ import annotations

import sys


class _NoPandas:
    """A meta path finder that refuses pandas, for the moment pyarrow tries it."""

    @staticmethod
    def find_spec(name, path=None, target=None):  # noqa: ARG004 - the finder protocol
        if name == "pandas":
            raise ModuleNotFoundError("pandas is left out of planwatch workers", name="pandas")
        return None


def arrow_without_pandas() -> None:
    """Make pyarrow settle, once, that pandas is absent in this process (pandas stays importable)."""
    if "pandas" in sys.modules:
        return  # too late: pyarrow may already use it, and it costs nothing more
    import pyarrow as pa

    sys.meta_path.insert(0, _NoPandas)  # type: ignore[arg-type]
    try:
        pa.array([0])  # pyarrow tries the import now, fails and remembers that
    finally:
        sys.meta_path.remove(_NoPandas)  # type: ignore[arg-type]

"""Import camelot without matplotlib: planwatch never plots, and matplotlib costs ~30 MB and half a second."""

from __future__ import annotations

import contextlib
import sys
from typing import Any


def load_camelot() -> Any:
    """The camelot module. Its plotting module imports matplotlib inside `try/except ImportError`
    (plotting is optional), so while camelot is first imported matplotlib is marked absent, unless
    something in this process has imported it already; the mark is removed afterwards."""
    if "camelot" in sys.modules or "matplotlib" in sys.modules:
        import camelot

        return camelot
    sys.modules["matplotlib"] = None  # type: ignore[assignment]  # an import of it raises ImportError
    try:
        import camelot
    finally:
        with contextlib.suppress(KeyError):
            if sys.modules["matplotlib"] is None:
                del sys.modules["matplotlib"]
    return camelot

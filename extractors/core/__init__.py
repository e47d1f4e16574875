"""The neutral core every stage imports: the document context, its page store, table types, Reject, stage config."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from extractors.core.config import StageConfig
from extractors.core.errors import Reject

if TYPE_CHECKING:
    from extractors.core.context import DocContext
    from extractors.core.pages import PageFacts, PageStore
    from extractors.core.record import ActionRecord
    from extractors.core.tables import Cell, Fragment, LogicalRow, PageTable, StitchedTable

# The page store loads pdfium, pdfminer and pdfplumber, and the table types build a dozen
# dataclasses; each loads on first use of its name, so code that needs only the config (the
# unchanged-run check, the command line) pays for none of them.
_LAZY = {
    "DocContext": "extractors.core.context",
    "PageFacts": "extractors.core.pages",
    "PageStore": "extractors.core.pages",
    "ActionRecord": "extractors.core.record",
    **dict.fromkeys(
        ("Cell", "Fragment", "LogicalRow", "PageTable", "StitchedTable"), "extractors.core.tables"
    ),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ActionRecord",
    "Cell",
    "DocContext",
    "Fragment",
    "LogicalRow",
    "PageFacts",
    "PageStore",
    "PageTable",
    "Reject",
    "StageConfig",
    "StitchedTable",
]

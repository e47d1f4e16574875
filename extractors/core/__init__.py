"""The neutral core every stage imports: the document context, its page store, table types, Reject, stage config."""

from extractors.core.config import StageConfig
from extractors.core.context import DocContext
from extractors.core.errors import Reject
from extractors.core.pages import PageFacts, PageStore
from extractors.core.record import ActionRecord
from extractors.core.tables import Cell, CellBox, Fragment, LogicalRow, PageTable, StitchedTable

__all__ = [
    "ActionRecord",
    "Cell",
    "CellBox",
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

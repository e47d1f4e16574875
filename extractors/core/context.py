"""The state one document carries through the per-document stages, filled in stage by stage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.core.pages import PageStore
from extractors.core.record import ActionRecord
from extractors.core.tables import PageTable, StitchedTable


@dataclass
class DocContext:
    """Everything known about one PDF while its stages run, filled in stage by stage."""

    path: Path
    doc_id: str = ""  # sha256 of the bytes
    size: int = 0
    pdf: Any = None  # the open pdfplumber.PDF, closed by the runner
    pages: int = 0
    # Cover facts for documents.parquet: title, council, committee, meeting_date, doc_date(_source).
    meta: dict[str, Any] = field(default_factory=dict)
    text_chars: int = 0  # characters of text seen by locate (0: nothing to read)
    candidate_pages: list[int] = field(default_factory=list)  # 1-based pages that may hold a table
    follow_on_pages: list[int] = field(default_factory=list)  # candidates only for following one
    genre_headings: dict[int, str] = field(default_factory=dict)  # page -> heading naming an action plan/log
    page_tables: list[PageTable] = field(default_factory=list)  # parse: one per table per page
    tables: list[StitchedTable] = field(default_factory=list)  # stitch: logical tables
    action_tables: list[StitchedTable] = field(default_factory=list)  # select: the action tables
    actions: list[ActionRecord] = field(default_factory=list)  # one record per action row
    warnings: list[str] = field(default_factory=list)
    _store: PageStore | None = field(default=None, repr=False)

    @property
    def store(self) -> PageStore:
        """The page store over the open PDF, made on first use."""
        if self._store is None:
            self._store = PageStore(self.pdf, self.path)
        return self._store

    @property
    def doc_date(self) -> dt.date | None:
        return self.meta.get("doc_date")

    @property
    def short_id(self) -> str:
        return f"{self.path.name} ({self.doc_id[:12]})"

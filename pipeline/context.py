"""The state one document carries through the per-document stages, and the errors they raise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class Reject(Exception):
    """Expected refusal of a document (encrypted, not a PDF, no text layer...): quarantined, not a bug.

    `reason` is a stable code (`encrypted_pdf`, `not_a_pdf`, `no_text_layer`, `empty_file`,
    `broken_pdf`, `too_many_pages`, `timeout`, `memory_limit`); `detail` says what was seen
    and what the user can do about it.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass
class StageConfig:
    """Settings every stage may read; anything that changes output belongs in `cache_key()`."""

    strict: bool = False  # raise on unexpected errors instead of quarantining (tests use it)
    max_pages: int = 2000  # refuse larger documents: a pathological or mis-joined file
    run_id: str = ""

    def cache_key(self) -> str:
        return f"max_pages={self.max_pages}"


@dataclass
class Fragment:
    """The part of one table cell printed on one page: 1-based page, bbox in points, text."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


@dataclass
class DocContext:
    """Everything known about one PDF while its stages run, filled in stage by stage."""

    path: Path
    doc_id: str = ""  # sha256 of the bytes
    size: int = 0
    pdf: Any = None  # the open pdfplumber.PDF, closed by the runner
    pages: int = 0
    meta: dict[str, Any] = field(default_factory=dict)  # title, council, committee, meeting_date, doc_date
    candidate_pages: list[int] = field(default_factory=list)  # 1-based pages that may hold a table
    page_tables: list[Any] = field(default_factory=list)  # parse: one PageTable per table per page
    tables: list[Any] = field(default_factory=list)  # stitch/map: logical tables (StitchedTable)
    actions: list[dict[str, Any]] = field(default_factory=list)  # one dict per action row
    warnings: list[str] = field(default_factory=list)

    @property
    def doc_date(self) -> dt.date | None:
        return self.meta.get("doc_date")

    @property
    def short_id(self) -> str:
        return f"{self.path.name} ({self.doc_id[:12]})"

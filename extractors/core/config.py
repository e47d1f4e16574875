"""Settings every stage may read; anything that changes output is part of the cache key."""

from __future__ import annotations

from dataclasses import dataclass

# The names `--parser` accepts, listed here so the command line need not import the parsers (and
# the PDF libraries) to build its options; a test keeps it equal to extractors.parsers.NAMES.
PARSER_NAMES = ("auto", "planwatch", "ruled", "aligned", "camelot-lattice", "camelot-stream", "pdfplumber")


@dataclass
class StageConfig:
    """Settings every stage may read; anything that changes output belongs in `cache_key()`."""

    strict: bool = False  # raise on unexpected errors instead of quarantining (tests use it)
    max_pages: int = 2000  # refuse larger documents: a pathological or mis-joined file
    run_id: str = ""
    parser: str = "planwatch"  # table parser by name (extractors.parsers): changes rows, so in the cache key

    def cache_key(self) -> str:
        return f"max_pages={self.max_pages};parser={self.parser}"

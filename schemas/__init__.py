"""pyarrow schemas of planwatch's curated tables: the single source of truth for their columns.

`TABLES` maps each curated table name to its schema; `conform()` checks rows against one.
"""

from __future__ import annotations

from schemas import action_cells, action_events, action_links, action_tables, actions, documents, quarantine
from schemas.conform import ConformError, conform

TABLES = {
    "documents": documents.SCHEMA,
    "action_tables": action_tables.SCHEMA,
    "actions": actions.SCHEMA,
    "quarantine": quarantine.SCHEMA,
    "action_events": action_events.SCHEMA,
    "action_links": action_links.SCHEMA,
    "action_cells": action_cells.SCHEMA,
}

__all__ = ["TABLES", "ConformError", "conform"]

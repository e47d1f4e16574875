"""Parse lead cells into people, roles, initials and bodies with spaCy rules. Reads: actions. Writes: actions.

A cell such as 'Head of Service (AB) and Team Manager (CD)' becomes one dict per lead,
{"person", "role", "initials", "org"}, following the 'Leads' rules of the corpus CONVENTIONS.md.
The text is tokenised by a blank English spaCy pipeline with our own tokenizer; a component glues
words that a narrow column split ('Developm ent') and tags every token with a lexical category
(role head, body, modifier, name-like, acronym...); Matcher patterns find separators and personal
names. Splitting is then decided per candidate separator: only where both sides are whole leads.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

from extractors.core import DocContext, StageConfig
from extractors.leads.analysis import tidy_lead_text
from extractors.leads.markers import strip_markers
from extractors.leads.parsing import parse_cell, placeholder
from extractors.leads.tokens import KEYS
from extractors.text import list_marks_to_separators

log = logging.getLogger(__name__)
NAME, VERSION = "normalise_leads", "4"


@functools.lru_cache(maxsize=32768)
def _parse_cached(text: str) -> tuple[tuple[str | None, ...], ...]:
    try:
        return parse_cell(text)
    except Exception:  # a bug must not stop the batch: keep the cell whole as one role
        log.exception("lead parse failed on %r", text)
        tidy = tidy_lead_text(text)
        return ((None, tidy, None, None),) if tidy else ()


def parse_leads(raw: str | None) -> list[dict]:
    """Each lead: {"person": str|None, "role": str|None, "initials": str|None, "org": str|None} in printed order."""
    if raw is None or not isinstance(raw, str):
        return []
    text = strip_markers(list_marks_to_separators(raw))
    if not text or not any(c.isalnum() for c in text) or placeholder(text):
        return []
    return [
        dict(zip(KEYS, row, strict=True)) for row in _parse_cached(text) if any(v is not None for v in row)
    ]


def _key_part(value: str | None) -> str:
    if not value:
        return ""
    value = value.lower().replace("&", "and")
    return re.sub(r"[\W_]+", "", value)


def lead_key(raw_or_leads: Any) -> str | None:
    """A stable grouping key that stays the same when only initials, case, punctuation or spacing change:
    'Head of Housing (AB)' and 'Head of Housing' -> same key. Several leads -> their keys joined in a canonical order."""
    if raw_or_leads is None:
        return None
    leads = parse_leads(raw_or_leads) if isinstance(raw_or_leads, str) else list(raw_or_leads)
    keys = set()
    for lead in leads:
        lead = lead or {}
        parts = [_key_part(lead.get(k)) for k in ("person", "role", "org")]
        if any(parts):
            keys.add("|".join(parts))
    return ";".join(sorted(keys)) or None


def run(ctx: DocContext, cfg: StageConfig) -> None:
    """For each dict in ctx.actions: from action['lead'] set action['leads'] (list of dicts above) and action['lead_key']."""
    n_leads = 0
    for action in ctx.actions:
        leads = parse_leads(action.get("lead"))
        action["leads"] = leads
        action["lead_key"] = lead_key(leads)
        n_leads += len(leads)
    log.info("%s: %d actions, %d leads", NAME, len(ctx.actions), n_leads)


__all__ = ["NAME", "VERSION", "lead_key", "parse_leads", "run"]

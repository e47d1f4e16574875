"""Markers printed beside a lead that say how it takes part ('Head of Housing (lead)', 'CCG (support)'), cut out of the cell.

A bracketed '(lead)', '(support)', '(to lead)', '(co-lead)' or '(lead agency)' is no part of the
lead's title or name (CONVENTIONS.md: words that are not a lead are left out). It does end the lead
it follows, so it becomes a separator: 'Chair (lead) Board Manager (support)' printed one a line is
two leads even once its line breaks are lost. A bracket holding anything else ('(Chair)', '(Lead
Officer)', '(lead for SEND)') is left alone. A cell that opens 'Various – ' before the bodies it
names is read without that word.
"""

from __future__ import annotations

import re

_MARKER_RE = re.compile(
    r"\s*[(\[]\s*"
    r"(?:to\s+)?(?:(?:co|joint|overall|main|primary)[\s-]?)?"
    r"(?:lead|leads|leading|support|supporting|supported)"
    r"(?:\s+(?:agency|partner|body|organisation|organization|role))?"
    r"\s*[)\]]"
    # a separator right after the marker says no more than the marker does
    r"(?:\s*(?:[,;/&+]|\band\b))?",
    re.IGNORECASE,
)


# 'Various – Police, NHS boards and ...': the word says no more than the list after it does.
_VARIOUS_RE = re.compile(r"^\s*various\s*[:\-–—]\s*(?=\S)", re.IGNORECASE)


def strip_markers(text: str) -> str:
    """The cell with each role marker replaced by a ';' between the leads (none at either end)."""
    text = _VARIOUS_RE.sub("", text)
    if "(" not in text and "[" not in text:
        return text
    return _MARKER_RE.sub(" ; ", text).strip(" ;")

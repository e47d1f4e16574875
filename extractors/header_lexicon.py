"""The column-role lexicon: how councils word the headers of action-table columns, with fuzzy lookup.

A header is matched against every phrase of every role on whole tokens, each token compared with
rapidfuzz so that typos and plurals still match ('Deadlines', 'Lead Offcer'). The role whose phrase
covers the most header tokens wins, so 'Status update' is progress while 'Status' alone is rag.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

ROLES = (
    "ref",
    "source_ref",
    "area",
    "lead",
    "action",
    "start",
    "deadline",
    "progress",
    "rag",
    "monitoring",
    "outcome",
    "cost",
    "other",
)

LEXICON: dict[str, tuple[str, ...]] = {
    "ref": (
        "no",
        "ref",
        "reference",
        "#",
        "ref no",
        "action no",
        "action ref",
        "item",
        "number",
        "id",
        "action number",
        "line",
    ),
    "source_ref": (
        "para",
        "para no",
        "paragraph",
        "paragraph ref",
        "recommendation no",
        "recommendation ref",
        "report ref",
        "inspection ref",
        "source",
        "source ref",
        "finding no",
        "judgement ref",
    ),
    "area": (
        "area for improvement",
        "areas for improvement",
        "area for development",
        "priority area",
        "priority",
        "workstream",
        "work stream",
        "recommendation",
        "theme",
        "objective",
        "area",
        "issue",
        "key area",
        "improvement area",
        "finding",
        "aim",
        "key line of enquiry",
        "improvement priority",
        "strategic priority",
        "key issue",
        "what needs to improve",
    ),
    "lead": (
        "lead",
        "lead officer",
        "responsible officer",
        "owner",
        "sro",
        "by whom",
        "responsible",
        "lead person",
        "accountable officer",
        "who",
        "action owner",
        "responsibility",
        "lead manager",
        "officer",
        "responsible lead",
        "named lead",
        "accountable",
        "leads",
    ),
    "action": (
        "action",
        "actions",
        "key activity",
        "activity",
        "activities",
        "task",
        "tasks",
        "what we will do",
        "action required",
        "actions to be taken",
        "key actions",
        "milestone",
        "what will we do",
        "action to be taken",
        "key tasks",
        "steps",
        "commitment",
        "our commitment",
    ),
    "start": ("start", "start date", "commencement", "date started", "begin"),
    "deadline": (
        "deadline",
        "by when",
        "due date",
        "target date",
        "timescale",
        "timescales",
        "completion date",
        "when",
        "end date",
        "due by",
        "target completion",
        "date due",
        "timeframe",
        "delivery date",
        "due",
        "milestone date",
    ),
    "progress": (
        "progress",
        "status update",
        "update",
        "commentary",
        "progress update",
        "comments",
        "current position",
        "progress to date",
        "position",
        "progress comments",
        "update on progress",
        "latest update",
        "progress made",
        "narrative",
    ),
    "rag": (
        "rag",
        "r/a/g",
        "brag",
        "b/r/a/g",
        "status",
        "rag status",
        "rating",
        "rag rating",
        "rag rated",
        "current rag",
        "rag rating status",
        "r a g",
    ),
    "monitoring": (
        "monitoring and evaluation",
        "monitoring",
        "evidence",
        "evaluation",
        "monitored by",
        "monitoring arrangements",
        "evidence of impact",
        "how will we know",
        "how we will measure",
        "measures",
        "reporting",
        "evidence of progress",
        "oversight",
    ),
    "outcome": (
        "what good looks like",
        "success measure",
        "success measures",
        "outcome",
        "outcomes",
        "success criteria",
        "impact",
        "expected outcome",
        "measure of success",
        "desired outcome",
        "intended outcome",
        "what difference will it make",
    ),
    "cost": (
        "cost",
        "costs",
        "resources",
        "resource implications",
        "budget",
        "funding",
        "resource",
        "financial implications",
    ),
}

# Tokens that join words inside a header but carry no meaning of their own.
FILLER = {"and", "the", "of", "to", "for", "on", "&", "/", "a", "be", "we", "will", "is"}
TOKEN_RE = re.compile(r"r/a/g|b/r/a/g|#|[a-z0-9]+")
TOKEN_MATCH = 85  # rapidfuzz ratio for two tokens to count as the same word


def _stem(token: str) -> str:
    """Fold plurals so 'Priorities' meets 'priority' and 'Deadlines' meets 'deadline'."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def tokens(text: str) -> list[str]:
    return [_stem(t) for t in TOKEN_RE.findall(text.lower().replace("’", "'"))]


_PHRASES: list[tuple[str, tuple[str, ...]]] = [
    (role, tuple(tokens(p))) for role, phrases in LEXICON.items() for p in phrases
]
VOCABULARY = {t for _, toks in _PHRASES for t in toks} | {"when", "by", "whom"}


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4:  # short words ('no', 'rag') must match exactly
        return False
    return fuzz.ratio(a, b) >= TOKEN_MATCH


@lru_cache(maxsize=4096)
def role_of(header: str | None) -> tuple[str, float]:
    """(role, confidence 0..1) for a column header; ('other', 0.0) when nothing fits."""
    toks = [t for t in tokens(header or "") if t not in FILLER]
    if not toks:
        return "other", 0.0
    best: tuple[float, str] = (0.0, "other")
    for role, phrase in _PHRASES:
        words = [w for w in phrase if w not in FILLER]
        if not words or not all(any(_same(w, t) for t in toks) for w in words):
            continue
        covered = sum(1 for t in toks if any(_same(w, t) for w in words))
        exact = sum(1 for w in words if w in toks)
        # More header tokens explained wins; then exact words over fuzzy ones ('funding' is a
        # cost, not a misspelt 'finding'); then the longer phrase.
        score = covered / len(toks) + 0.02 * exact / len(words) + 0.01 * len(words)
        if score > best[0]:
            best = (score, role)
    if best[1] == "other":
        return "other", 0.0
    return best[1], min(1.0, best[0])


def is_header_word(word: str) -> bool:
    toks = tokens(word)
    return bool(toks) and all(t in VOCABULARY or t in FILLER for t in toks)

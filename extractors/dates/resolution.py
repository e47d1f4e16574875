"""Resolve what the grammar found: years not printed, and the words around the dates (revised, range, recurring, tbc, ongoing)."""

from __future__ import annotations

import datetime
import re

from extractors.dates.deadline import AMBIGUOUS, NONE, ONGOING, TBC, Deadline
from extractors.dates.fallback import parse_with_dateparser
from extractors.dates.grammar import F, Hit, apply_week_cues, find_hits
from extractors.dates.periods import Span

# --------------------------------------------------------------------------------------------
# Years that are not printed: from a neighbouring date, else the period nearest the document date.


def _candidates(hit: Hit, around: int) -> list[Span]:
    spans = []
    for yr in range(around - 2, around + 3):
        try:
            spans.append(hit.bounds(yr))
        except ValueError:  # 29 February in a common year
            continue
    return spans


def _distance(span: Span, ref: datetime.date, precision: str) -> int:
    start, end = span
    if start <= ref <= end:
        return 0
    if precision == "day":
        return min(abs((start - ref).days), abs((end - ref).days))
    # whole months, so that a document dated the 1st or the 31st of a month resolves alike
    r, s, e = ref.year * 12 + ref.month, start.year * 12 + start.month, end.year * 12 + end.month
    return 0 if s <= r <= e else min(abs(s - r), abs(e - r))


def _nearest(hit: Hit, ref: datetime.date) -> Span | None:
    spans = _candidates(hit, ref.year)
    if not spans:
        return None
    # nearest first; a tie goes to the later period
    return min(spans, key=lambda s: (_distance(s, ref, hit.precision), -s[0].toordinal()))


def _resolve(hits: list[Hit], doc_date: datetime.date | None) -> list[Span | None]:
    spans: list[Span | None] = [h.bounds(h.year) if h.year is not None else None for h in hits]
    for i, hit in enumerate(hits):
        if spans[i] is not None:
            continue
        prev = next((spans[j] for j in range(i - 1, -1, -1) if spans[j] is not None), None)
        nxt = next((spans[j] for j in range(i + 1, len(hits)) if hits[j].year is not None), None)
        if prev is not None:  # 'October 2014 - March': the first such period not over before it
            later = [s for s in _candidates(hit, prev[0].year) if s[1] >= prev[0]]
            spans[i] = min(later) if later else None
        elif nxt is not None:  # 'October - December 2015': the last such period begun by its end
            earlier = [s for s in _candidates(hit, nxt[0].year) if s[0] <= nxt[1]]
            spans[i] = max(earlier) if earlier else None
        elif doc_date is not None:
            spans[i] = _nearest(hit, doc_date)
    return spans


# --------------------------------------------------------------------------------------------
# Words around the dates.

_REVISION = re.compile(
    r"\b(?:revised|revision|rev|now|moved|changed|extended|deferred|slipped|postponed|delayed|re-?scheduled"
    r"|re-?profiled|amended|replaced|updated|new|actual|reset|pushed\s+back|brought\s+forward)\b",
    F,
)
_OLD_DATE = re.compile(
    r"\b(?:was|previously|originally|formerly|original(?:\s+date)?|old(?:\s+date)?|(?:revised|moved|changed|extended"
    r"|deferred|slipped|postponed|delayed|re-?scheduled|re-?profiled|brought\s+forward|pushed\s+back|amended)\s+from)\W*$",
    F,
)
_FILLER = re.compile(
    r"\b(?:end|of|the|by|early|late|mid|middle|beginning|start|before|no|later|than|approx|approximately|circa"
    r"|c|deadline|target|date|due|in|on)\b|[.*?!\s]",
    F,
)
_RECURRING = re.compile(
    r"\b(?:annually|yearly|quarterly|monthly|weekly|fortnightly|termly|daily|bi-?annually|bi-?monthly"
    r"|six[- ]monthly|half[- ]yearly|onwards?|thereafter|ongoing|on-going|continuous(?:ly)?|recurring"
    r"|every\s+(?:\w+\s+)?(?:days?|weeks?|months?|quarters?|years?|terms?)|each\s+(?:day|week|month|quarter|year|term))\b",
    F,
)
_ONGOING_RE = re.compile(
    r"\b(?:ongoing|on-going|current(?:ly)?|immediate(?:ly)?|continuous(?:ly)?|continual(?:ly)?|continuing|as\s+required"
    r"|as\s+and\s+when|as\s+needed|as\s+necessary|when\s+required|throughout|business\s+as\s+usual|bau|regular(?:ly)?"
    r"|routine(?:ly)?|annual(?:ly)?|bi-?annual|biannual|twice\s+(?:a\s+)?year(?:ly)?|yearly|quarterly|monthly|weekly|fortnightly|termly|daily|bi-?annually|bi-?monthly"
    r"|six[- ]monthly|half[- ]yearly|every\s+(?:\w+\s+)?(?:days?|weeks?|months?|quarters?|years?|terms?)"
    r"|each\s+(?:day|week|month|quarter|year|term)|permanent(?:ly)?|rolling|in\s+perpetuity)\b",
    F,
)
_TBC_RE = re.compile(
    r"\b(?:tba|tbc|tbd|tbe|t\.b\.[acd]\.?|to\s+be\s+(?:confirmed|agreed|arranged|announced|determined|decided|set"
    r"|scheduled|finalised|finalized|established|identified|fixed)|not\s+yet\s+(?:set|agreed|known|confirmed)"
    r"|date\s+(?:pending|awaited)|awaiting\s+date)\b",
    F,
)
# Periods relative to the plan or to unnamed events: a careful reader cannot place them.
_RELATIVE = re.compile(
    r"\b(?:(?:year|month|week|phase|stage|day|quarter|term|wave|cycle)\s+(?:\d+|one|two|three|four|five)"
    r"|within\s+(?:\d+|a|one|two|three|four|five|six|twelve)\b|(?:next|following|subsequent)\s+\w+"
    r"|(?:end\s+of\s+(?:the\s+)?|by\s+(?:the\s+)?)(?:financial\s+|academic\s+|school\s+|calendar\s+)?year\b"
    r"|year[- ]end|(?:end\s+of|this|next)\s+(?:the\s+)?(?:school\s+)?term\b|(?:\d+|one|two|three|six|twelve)\s+(?:days?|weeks?|months?|years?)\s+(?:after|from|of|following))",
    F,
)
_PRINTED_YEAR = re.compile(r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d\d)(?!\d)", F)
_DATE_LIKE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}", F)


def _bracket_depths(low: str) -> list[int]:
    depth, out = 0, []
    for c in low:
        out.append(depth)
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(0, depth - 1)
    return out


_BRACKET_OPEN = re.compile(r"[(\[]\s*(?:(?:end|by|of|the|early|late|mid|due|target|date)\b\W*)*$", F)
_BRACKET_CLOSE = re.compile(r"\s*[.?*]?\s*[)\]]", F)


def _bare_bracketed(item: tuple[Hit, Span | None], outside: list[tuple[Hit, Span | None]], low: str) -> bool:
    """A dated period alone in brackets that starts after every date outside them."""
    hit, span = item
    if hit.year is None or span is None or not _BRACKET_OPEN.search(low, 0, hit.pos):
        return False
    if not _BRACKET_CLOSE.match(low, hit.stop):
        return False
    return all(o_span is not None and span[0] > o_span[1] for _, o_span in outside)


def _gap_kind(gap: str) -> str:
    """How two neighbouring dates relate, from the text between them: revised or range."""
    if _REVISION.search(gap):
        return "revised"
    if not _FILLER.sub("", gap):  # no connective at all: a revision in the deadline column
        return "revised"
    return "range"


def classify(text: str, low: str, doc_date: datetime.date | None) -> Deadline:
    hits = apply_week_cues(find_hits(text, low), low)
    if not hits:
        return _no_date(text, low)
    spans = _resolve(hits, doc_date)
    items = list(zip(hits, spans, strict=True))
    gaps = [low[hits[i].stop : hits[i + 1].pos] for i in range(len(hits) - 1)]

    # Revisions first: a bracket may hold the old date ('June 2015 (was March 2015)').
    if any(_REVISION.search(g) or _OLD_DATE.search(g) for g in gaps):
        current = [it for i, it in enumerate(items) if not (i and _OLD_DATE.search(gaps[i - 1]))]
        return _deadline("revised", [current[-1]])

    depths = _bracket_depths(low)
    outside = [it for it in items if depths[it[0].pos] == 0]
    if outside and len(outside) < len(items):
        # A bracketed remark names another event's date: keep the dates outside. A bracket that
        # holds nothing but a later dated period ('March 2015 (June 2015)') is a new date.
        bare = [it for it in items if depths[it[0].pos] and _bare_bracketed(it, outside, low)]
        if bare:
            return _deadline("revised", [bare[-1]])
        items = outside
        hits = [h for h, _ in items]
        gaps = [low[hits[i].stop : hits[i + 1].pos] for i in range(len(hits) - 1)]

    if _RECURRING.search(low):
        first = min(items, key=lambda it: (it[1] is None, it[1] or ()))
        return _deadline("recurring", [first])
    if len(items) == 1:
        return _deadline("range" if items[0][0].internal_range else "date", items)
    if all(_gap_kind(g) == "revised" for g in gaps):
        return _deadline("revised", [items[-1]])
    return _deadline("range", items)  # 'from X to Y', 'X - Y', sub-task lists


def _deadline(kind: str, items: list[tuple[Hit, Span | None]]) -> Deadline:
    if any(span is None for _, span in items):
        return AMBIGUOUS  # a month with no year and no document date
    spans = [(span, hit.precision) for hit, span in items if span is not None]
    start = min(s[0] for s, _ in spans)
    (_, end), precision = max(spans, key=lambda sp: sp[0][1])
    return Deadline(kind, start, end, precision)


def _no_date(text: str, low: str) -> Deadline:
    if _TBC_RE.search(low):
        return TBC
    # dateparser is slow (~1 ms) and reads sentences badly: only short text with a printed year
    found = parse_with_dateparser(text) if len(text) <= 60 and _PRINTED_YEAR.search(low) else None
    if found is not None:
        return found
    if _ONGOING_RE.search(low):
        return ONGOING
    if _RELATIVE.search(low) or _DATE_LIKE.search(low):
        return AMBIGUOUS
    return NONE

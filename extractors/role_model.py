"""Give a table's columns their roles at once from header words and cell content, with a confidence and the evidence that decided.

The scoring model (weights and why: docs/column-roles.md). For column c and role r:

    score(c, r) = HEADER_WEIGHT * header(c, r) + CONTENT_WEIGHT * content(c, r)

`header` is the lexicon's confidence that the header names r (0 without a header; a word used
for several roles, such as 'Status' or 'Recommendation', weighs toward each); `content` is
what the cells say (extractors/column_evidence.py). Every column may also stay 'other' at
OTHER_SCORE. One role per column and one column per role: the assignment maximising the summed
score (scipy's linear_sum_assignment). A printed header outweighs content, so a table whose
header the lexicon reads keeps its roles; content decides where the header says nothing or
there is no header row.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from extractors import header_yields as yields
from extractors.column_evidence import ColumnEvidence, measure
from extractors.header_lexicon import ROLES as LEXICON_ROLES
from extractors.header_lexicon import is_plain_date, role_scores

HEADER_WEIGHT = 1.0
CONTENT_WEIGHT = 0.6
# A repeated cell naming who leads counts this much less as a group cell: ties go to the lead.
AREA_LEAD_DISCOUNT = 0.1
OTHER_SCORE = 0.3  # a column stays 'other' unless some role scores above this
# Roles the cells can speak for; the others (monitoring, outcome, cost, source_ref, start) only a
# header names, since their text looks like any other sentence.
CONTENT_ROLES = ("ref", "area", "lead", "action", "deadline", "progress", "rag")
# Every role a column can take; "other" is what is left when none scores.
ROLES = tuple(r for r in LEXICON_ROLES if r != "other")


@dataclass
class ColumnRole:
    role: str
    confidence: float  # the winning score, capped at 1 (content alone reaches CONTENT_WEIGHT)
    evidence: str  # what decided: the header, a content measure, or both


def content_scores(ev: ColumnEvidence) -> dict[str, float]:
    """Per role, how strongly the cells alone say the column holds it (0..1)."""
    if not ev.cells:
        return {}
    short = ev.mean_words <= 3
    longish = min(1.0, ev.mean_words / 5)
    return {
        "ref": ev.get("ref") if ev.mean_words <= 2 else 0.0,
        "deadline": ev.get("deadline") if ev.mean_words <= 8 else 0.0,
        # A status word that also names a rating ('Completed') speaks for progress: the state
        # of the action, read into a rating later from the phrase.
        "rag": max(0.0, ev.get("rag") - 0.5 * ev.get("status")) if short else 0.0,
        # Shares done ('50%', '100% complete') are progress, as status words and narrative are.
        "progress": max(ev.get("status"), 0.9 * ev.get("narrative"), ev.get("percent")),
        # A lone rating letter ('B', 'G') also matches the initials pattern; a column of them
        # is a rating column (owners' initials are mostly two or three letters).
        # So does a priority level ('H', 'M', 'L'): how urgent the row is, not who leads it.
        "lead": max(0.0, ev.get("lead") - 0.5 * ev.get("rag") - ev.get("priority"))
        if ev.mean_words <= 10
        else 0.0,
        "action": 0.7 * ev.get("action") + 0.3 * longish if ev.get("numeric") < 0.5 else 0.0,
        # Repeats of a status, a rating or a date (a meeting's, a quarter) are not group cells;
        # repeats of who leads (a department beside each of its actions) lean to the lead, just
        # enough to break the tie (AREA_LEAD_DISCOUNT): the assignment still makes them the area
        # when another column names the lead.
        "area": ev.get("area")
        * (1 - ev.get("status"))
        * (1 - ev.get("rag"))
        * (1 - ev.get("deadline"))
        * (1 - AREA_LEAD_DISCOUNT * ev.get("lead"))
        if ev.cells >= 3
        else 0.0,
    }


_CONTENT_MEASURE = {"progress": "status/narrative"}
SENTENCE_WORDS = 4  # mean words per cell from which a column holds sentences, not refs


REF_SHARE = 0.3  # of a column's cells, fewer than this many refs: the column does not number rows


def _shared_ref(scores: dict[str, float], ev: ColumnEvidence, logged: bool = True) -> dict[str, float]:
    """A header naming both the ref and the action ('No. Action', 'Ref / Action') over cells of
    sentences heads the action with its number printed in front ('01 Circulate ...'): the ref
    is split from the action text later (extractors.refs), so the header speaks for the action.
    So does a header that names only the ref ('Item', 'Agenda item', 'Relevant item') over cells
    of sentences that are no refs, in a table whose headers also name a deadline, a progress or a
    rating (`logged`): the item is what was agreed, its number printed in front. Without them the
    items are a meeting's business ('Agenda item | Cabinet member | Officers': a work programme)."""
    if "ref" not in scores or ev.mean_words < SENTENCE_WORDS:
        return scores
    item = logged and max(scores, key=lambda r: scores[r]) == "ref" and ev.get("ref") < REF_SHARE
    if "action" in scores or item:
        return {**{r: v for r, v in scores.items() if r != "ref"}, "action": scores["ref"]}
    return scores


def _evidence(header: str | None, h_conf: float, role: str, content: float, ev) -> str:
    parts = []
    if h_conf > 0:
        parts.append(f"header {header!r} {h_conf:.2f}")
    if content > 0:
        parts.append(f"content {_CONTENT_MEASURE.get(role, role)} {content:.2f} of {ev.cells} cells")
    return " + ".join(parts) or "nothing"


def _plain_dates_yield(
    headers: list[str | None], header_scores: list[dict[str, float]], contents: list[dict[str, float]]
) -> None:
    """A column headed only 'Date' beside another date column (a tracker's 'Date' of the meeting
    that made the recommendation beside its 'Exec Date', 'Target date' or 'Due') is not the
    deadline by its header: the other column's header speaks for the deadline, and the cells of
    both are dates, so the header word alone would decide for the wrong one."""
    dated = [
        c
        for c in range(len(headers))
        if {"deadline", "start"} & header_scores[c].keys() or contents[c].get("deadline", 0.0) >= 0.5
    ]
    for c in dated:
        if is_plain_date(headers[c]) and any(o != c and not is_plain_date(headers[o]) for o in dated):
            header_scores[c] = {r: v for r, v in header_scores[c].items() if r != "deadline"}


LOG_ROLES = ("deadline", "progress", "rag")  # what a log says of each item besides who acts
LOG_HEADER = 0.5  # a header or the cells naming one of them at least this well


def _logged(raw: list[dict[str, float]], contents: list[dict[str, float]], c: int) -> bool:
    """Whether another column names a deadline, a progress or a rating, by its header or its cells."""
    return any(
        o != c and any(max(raw[o].get(r, 0.0), contents[o].get(r, 0.0)) >= LOG_HEADER for r in LOG_ROLES)
        for o in range(len(raw))
    )


CONSTANT_CELLS = 3  # cells a column needs before 'they are all the same' says anything


def _constant_under_other_words(header: str | None, scores: dict[str, float], cells: list[str]) -> bool:
    """A column printing one value on every row ('All', 'Yes') under a header that names no role
    ('Protected characteristics') tells nothing about any row: the header says what it is, the
    lexicon does not know it, and one value repeated is not evidence of a lead or a date."""
    if not (header or "").strip() or scores:
        return False
    texts = [" ".join(t.split()) for t in cells if t and t.strip()]
    return len(texts) >= CONSTANT_CELLS and len(set(texts)) == 1


def assign(headers: list[str | None], columns: list[list[str]]) -> list[ColumnRole]:
    """Roles for every column of one table, decided together."""
    n = len(headers)
    evidence = [measure(cells) for cells in columns]
    raw = [role_scores(h) if h else {} for h in headers]
    contents = [content_scores(ev) for ev in evidence]
    header_scores = [
        _shared_ref(scores, ev, _logged(raw, contents, c)) if scores else {}
        for c, (scores, ev) in enumerate(zip(raw, evidence, strict=True))
    ]
    for c, cells in enumerate(columns):
        if _constant_under_other_words(headers[c], header_scores[c], cells):
            contents[c] = {}
    _plain_dates_yield(headers, header_scores, contents)
    # Header words the rest of the table overrules (extractors/header_yields.py).
    yields.event_dates(headers, header_scores, contents)
    yields.codes_are_no_area(header_scores, evidence)
    yields.ungrouped_outcomes(header_scores, evidence)
    yields.actors_are_no_action(header_scores, evidence)
    score = np.zeros((n, len(ROLES) + n))
    for c in range(n):
        for k, role in enumerate(ROLES):
            header = header_scores[c].get(role, 0.0)
            score[c, k] = HEADER_WEIGHT * header + CONTENT_WEIGHT * contents[c].get(role, 0.0)
        score[c, len(ROLES) :] = OTHER_SCORE  # one 'other' slot per column
    from scipy.optimize import linear_sum_assignment  # 55 MB: only once a table's columns are mapped

    rows, cols = linear_sum_assignment(score, maximize=True)
    out = [ColumnRole("other", 0.0, "nothing")] * n
    for c, k in zip(rows, cols, strict=True):
        if k >= len(ROLES) or score[c, k] <= OTHER_SCORE:
            out[c] = ColumnRole("other", 0.0, "no role scores above 'other'")
            continue
        role = ROLES[k]
        content = contents[c].get(role, 0.0)
        out[c] = ColumnRole(
            role,
            round(min(1.0, float(score[c, k])), 3),
            _evidence(headers[c], header_scores[c].get(role, 0.0), role, content, evidence[c]),
        )
    return out

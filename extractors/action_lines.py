"""Count, in a page's plain text, the numbered action rows that name a date: a cheap sign of an action table with no header, no grid and no heading.

A log printed without a header row or rules ('1  Agree a shared measure ...  Director of Public
Health  December 2025  Measure drafted ...') leaves the triage nothing to see but its text. What
that text still shows is the genre's row: a ref, then a sentence opening with an action verb,
then, before the next such row, the row's other cells, one of them a date. A numbered list of
recommendations in a report opens its items the same way but seldom dates them, and prose rarely
starts a line with a number and a verb. Only the text pdfium has already read is used (no layout).
"""

from __future__ import annotations

import re

from extractors.column_evidence import ACTION_VERBS, DATE_RE

REF = r"(?:\d{1,3}(?:\.\d{1,2}){0,2}|[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?)[.):]?"  # '1', '2.3', 'A1', '4)'
# A line that opens with a ref and a capitalised verb ('Agree', 'Run').
REF_ACTION = re.compile(rf"^\s*{REF}\s+([A-Z][a-z]+)\b")
# A ref alone on its line, and a line opening with a capitalised verb: a row whose cells are
# centred vertically prints its one-line ref on a line of its own, beside the action's middle.
LONE_REF = re.compile(rf"^\s*{REF}\s*$")
VERB_FIRST = re.compile(r"^\s*([A-Z][a-z]+)\b")
ROW_LINES = 12  # lines after a row's first that may still be its cells (wrapped action, lead, date)


def dated_action_rows(text: str) -> int:
    """Lines opening with a ref and an action verb (or a ref alone over a line opening with one)
    whose row (up to the next such line, at most ROW_LINES lines) names a date or period."""
    lines = text.splitlines()
    starts = [
        i
        for i, line in enumerate(lines)
        if (m := REF_ACTION.match(line))
        and m.group(1).lower() in ACTION_VERBS
        or (
            LONE_REF.match(line)
            and i + 1 < len(lines)
            and (m := VERB_FIRST.match(lines[i + 1]))
            and m.group(1).lower() in ACTION_VERBS
        )
    ]
    dated = 0
    for j, i in enumerate(starts):
        end = min(starts[j + 1] if j + 1 < len(starts) else len(lines), i + ROW_LINES)
        if any(DATE_RE.search(line) for line in lines[i:end]):
            dated += 1
    return dated

"""Where a column header's own word yields to the rest of its table: dates of events, one-letter codes, groups that group nothing.

The header lexicon reads one header at a time; some words name a role only when the table around
them agrees. These rules run before the assignment (extractors/role_model.py) and take a role's
header weight (or content) away where the table says otherwise. Each holds for the genre, not
for one document (docs/column-roles.md, 'Header words the table overrules').
"""

from __future__ import annotations

from extractors.column_evidence import ColumnEvidence
from extractors.header_lexicon import is_event_date, is_plain_date

CODE_SHARE = 0.5  # of a column's cells, the share of one- or two-letter codes that makes it a class
EITHER = 0.5  # a header naming both the group and the outcome at least this well names either
GROUP_ROWS = 3  # cells a column needs before 'they repeat nowhere' says anything
ACTOR_SHARE = 0.9  # of a column's cells, those naming who acts, before they overrule an action word
ACTOR_WORDS = 4  # mean words per cell up to which such a column is names, not sentences
ACTOR_ACTIONS = 0.2  # and at most this share of its cells read as actions


def _top(scores: dict[str, float]) -> str | None:
    return max(scores, key=lambda r: scores[r]) if scores else None


def event_dates(
    headers: list[str | None], header_scores: list[dict[str, float]], contents: list[dict[str, float]]
) -> None:
    """Dates of events are no deadline, by their header or their cells ('Meeting date', 'Exec date',
    'Update date'). In a table that dates events, a plain 'Date' printed before the action column is
    one of them too (a tracker's date of the meeting that made the recommendation, beside the date
    the Executive took it): what is due comes after the action and says so ('Target date')."""
    events = [c for c, h in enumerate(headers) if is_event_date(h)]
    for c in events:
        contents[c] = {r: v for r, v in contents[c].items() if r != "deadline"}
    action = next((c for c, s in enumerate(header_scores) if _top(s) == "action"), None)
    if not events or action is None:
        return
    for c, header in enumerate(headers):
        if c < action and is_plain_date(header):
            header_scores[c] = {r: v for r, v in header_scores[c].items() if r != "deadline"}
            contents[c] = {r: v for r, v in contents[c].items() if r != "deadline"}


def codes_are_no_area(header_scores: list[dict[str, float]], evidence: list[ColumnEvidence]) -> None:
    """A column of one- or two-letter codes ('P', 'I'; 'H', 'M', 'L') under an area word ('Priority')
    classes the rows; the area the actions are grouped under is named in words."""
    for c, ev in enumerate(evidence):
        if "area" in header_scores[c] and ev.get("code") >= CODE_SHARE:
            header_scores[c] = {r: v for r, v in header_scores[c].items() if r != "area"}


def ungrouped_outcomes(header_scores: list[dict[str, float]], evidence: list[ColumnEvidence]) -> None:
    """A header that names either the group or the outcome ('Objective', 'Outcome') over cells that
    never repeat (each row its own objective, no group cell printed once beside several rows),
    printed after the action column, is the row's outcome: a group groups rows, and a plan names
    its group before the actions in it (an objective left of the actions, one action each, is
    still the group they serve). With fewer than GROUP_ROWS cells nothing is said."""
    action = next((c for c, s in enumerate(header_scores) if _top(s) == "action"), None)
    if action is None:
        return
    for c, ev in enumerate(evidence):
        if c <= action:
            continue
        scores = header_scores[c]
        ambiguous = {"area", "outcome"} <= scores.keys() and min(scores["area"], scores["outcome"]) >= EITHER
        if ambiguous and ev.cells >= GROUP_ROWS and ev.get("area") == 0:
            header_scores[c] = {r: v for r, v in scores.items() if r != "area"}


def actors_are_no_action(header_scores: list[dict[str, float]], evidence: list[ColumnEvidence]) -> None:
    """A column headed as the action ('Action', 'Action by', 'Actions') whose every filled cell
    names who acts ('Clerk + Cllr Smith', 'JB/MW', 'Head of Finance'), in a few words and none of
    them what will be done, holds the actor: the header word yields and the cells speak for the
    lead. Two cells at least: one name under 'Action' says little."""
    for c, ev in enumerate(evidence):
        scores = header_scores[c]
        if _top(scores) != "action" or ev.cells < 2:
            continue
        if (
            ev.get("lead") >= ACTOR_SHARE
            and ev.mean_words <= ACTOR_WORDS
            and ev.get("action") <= ACTOR_ACTIONS
        ):
            header_scores[c] = {r: v for r, v in scores.items() if r != "action"}

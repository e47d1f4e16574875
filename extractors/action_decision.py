"""Decide whether a table is an action table, weighing its column roles, its title or heading, and what its rows look like.

The weights and the cases they were measured on are in docs/column-roles.md. In short, with
each role's confidence from extractors/role_model.py (a header the lexicon reads gives about
1, the cells alone at most 0.6):

    score = sum of the confidences of lead, deadline, progress, rating columns
          + ACTION_WEIGHT * the action column's confidence
          + TITLE_WEIGHT if the title names an action plan or log, HEADING_WEIGHT if only a
            heading earlier in the document does; -NOT_ACTION_WEIGHT if the title names a
            budget, membership list, agenda, risk register, dataset list or indicators
          + ROW_WEIGHT if most action cells read as actions ('Develop ...', 'JT to meet ...')
          + ROW_WEIGHT if a status column holds status words ('New', 'Carried forward')
          - ROW_WEIGHT if most cells, or two columns without a role, are numbers (a budget, a
            KPI table, a risk matrix's scores)
          - UNREAD_HEADER_WEIGHT if, with no header read, a row of the table is header words

Without a header naming the action column, the table must also show the genre (a status
column of status words, or a title or heading naming an action plan or log) and have at least
MIN_CONTENT_ROWS rows.

An action column is required, and the score must reach THRESHOLD. A table the header-only rule
accepts (an action column and two of lead, deadline, progress, rating, all named by headers)
scores at least 2.6 and stays in unless its title says it is something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.column_evidence import is_action, is_narrative, is_status, measure
from extractors.header_lexicon import role_of

SUPPORTING_ROLES = ("lead", "deadline", "progress", "rag")
ACTION_WEIGHT = 0.6
TITLE_WEIGHT = 1.0
HEADING_WEIGHT = 0.5
NOT_ACTION_WEIGHT = 1.5
ROW_WEIGHT = 0.5
THRESHOLD = 1.8
MIN_ACTION_CONFIDENCE = 0.3
MIN_CONTENT_ROWS = 3  # rows a table without a header needs before its content can decide
UNREAD_HEADER_WEIGHT = 1.0
HEADER_LEVEL = 0.8  # a confidence content alone never reaches: a header named the role

# Titles of the genre: what public bodies call a table of actions.
ACTION_TITLE = re.compile(
    r"\b(?:action\s+(?:log|plan|tracker|list|points|register|summary|update)s?|"
    r"(?:improvement|delivery|implementation|recovery)\s+plans?|"
    r"(?:commitments|next steps|actions\s+(?:agreed|arising|to\s+be\s+taken))|"
    r"(?:log|schedule|summary|table|tracker)\s+of\s+actions|progress\s+against\s+(?:the\s+)?(?:plan|actions))\b",
    re.I,
)
# Titles of the tables that share an action table's look but are something else.
NOT_ACTION_TITLE = re.compile(
    r"\b(?:budgets?|revenue|capital\s+programme|expenditure|spend|membership|members(?:hip)?\s+list|"
    r"attendance|apologies|agenda|risk\s+(?:register|matrix|log|assessment)|kpis?|"
    r"(?:key\s+)?performance\s+indicators?|indicators|metrics|datasets?|data\s+sets|"
    r"glossary|contents|terms\s+of\s+reference)\b",
    re.I,
)


@dataclass
class Decision:
    is_action: bool
    score: float
    reasons: list[str]

    def describe(self) -> str:
        verdict = "action table" if self.is_action else "not an action table"
        return f"{verdict} (score {self.score:.2f}: {'; '.join(self.reasons)})"


def decide(
    roles: list[str],
    confidence: list[float],
    columns: list[list[str]],
    title: str | None = None,
    heading: str | None = None,
) -> Decision:
    """Weigh one table (see the module docstring); `columns` are its cells, column by column."""
    reasons: list[str] = []
    if "action" not in roles:
        return Decision(False, 0.0, ["no action column"])
    conf = dict(zip(roles, confidence, strict=True))
    if conf["action"] < MIN_ACTION_CONFIDENCE:
        return Decision(False, 0.0, [f"action column too weak ({conf['action']:.2f})"])
    score = ACTION_WEIGHT * conf["action"]
    reasons.append(f"action {conf['action']:.2f}")
    for role in SUPPORTING_ROLES:
        if role in conf:
            score += conf[role]
            reasons.append(f"{role} {conf[role]:.2f}")
    if title and len(title.split()) > 12:
        title = None  # a paragraph above the table that mentions a plan does not name the table
    if title and NOT_ACTION_TITLE.search(title) and not ACTION_TITLE.search(title):
        score -= NOT_ACTION_WEIGHT
        reasons.append(f"title names another kind of table ({title[:60]!r})")
    elif title and ACTION_TITLE.search(title):
        score += TITLE_WEIGHT
        reasons.append("title names an action plan or log")
    elif heading:
        score += HEADING_WEIGHT
        reasons.append(f"document heading {heading[:60]!r}")
    action_cells = [t for t in columns[roles.index("action")] if t and t.strip()]
    read_as_actions = sum(1 for t in action_cells if is_action(t)) / max(1, len(action_cells))
    if read_as_actions >= 0.5:
        score += ROW_WEIGHT
        reasons.append("rows read as actions")
    elif conf["action"] < HEADER_LEVEL:
        # No header names the action column and its cells do not say what will be done.
        score -= ROW_WEIGHT
        reasons.append("action cells do not read as actions")
    elif sum(1 for t in action_cells if is_narrative(t)) >= 0.5 * max(1, len(action_cells)):
        # 'Action taken': the cells tell what happened (an incident log), not what will be done.
        score -= ROW_WEIGHT
        reasons.append("action cells tell what happened")
    for c, role in enumerate(roles):
        if role in ("progress", "rag"):
            cells = [t for t in columns[c] if t and t.strip()]
            if cells and sum(1 for t in cells if is_status(t)) >= 0.7 * len(cells):
                score += ROW_WEIGHT
                reasons.append(f"{role} column holds status words")
                break
    content_only = conf["action"] < HEADER_LEVEL
    if content_only and any(_header_like(row) for row in zip(*columns, strict=True)):
        # The table prints a header the parser did not read as one: its columns' roles are guesses.
        score -= UNREAD_HEADER_WEIGHT
        reasons.append("a row of header words inside the table")
    numeric = [
        c for c, col in enumerate(columns) if roles[c] == "other" and measure(col).get("numeric") >= 0.7
    ]
    if measure([t for col in columns for t in col]).get("numeric") >= 0.4 or len(numeric) >= 2:
        # Amounts, targets or scores: a budget, a KPI table, a risk matrix.
        score -= ROW_WEIGHT
        reasons.append("columns of numbers")
    named = any(r.startswith(("title names an", "document heading")) for r in reasons)
    status = any(r.endswith("holds status words") for r in reasons)
    if content_only and not (named or status):
        # Roles read from content alone need the genre shown too: by a status column, or by a
        # title or heading that names an action plan or log.
        return Decision(False, round(score, 3), [*reasons, "no header, no status column, no heading"])
    named_by_header = sum(1 for r in SUPPORTING_ROLES if conf.get(r, 0.0) >= HEADER_LEVEL)
    if len(action_cells) < MIN_CONTENT_ROWS and (content_only or named_by_header < 2):
        # A couple of rows say too little for roles read from their content: a quoted excerpt,
        # a small form, not a log.
        return Decision(
            False, round(score, 3), [*reasons, f"only {len(action_cells)} rows and few header roles"]
        )
    if content_only and len(action_cells) < MIN_CONTENT_ROWS:
        # Without a header, a couple of rows are too few to tell a log from a quoted excerpt.
        return Decision(False, round(score, 3), [*reasons, f"only {len(action_cells)} rows and no header"])
    return Decision(score >= THRESHOLD, round(score, 3), reasons)


def _header_like(row: tuple[str, ...]) -> bool:
    """Three or more short cells that the header lexicon reads as three different roles."""
    cells = [t for t in row if t and t.strip()]
    roles = {role_of(t)[0] for t in cells if len(t.split()) <= 6 and role_of(t)[1] >= 0.8}
    roles.discard("other")
    return len(cells) >= 3 and len(roles) >= 3


def genre_heading(line: str) -> str | None:
    """A heading-like line (short, not a sentence) naming an action plan or log, else None."""
    line = " ".join(line.split())
    if not line or len(line.split()) > 12 or line.endswith((".", ",", ";")) or not line[0].isupper():
        return None
    if LEADER.search(line):
        return None  # a line of a contents page ('Action Plan ........ 10'), not a heading
    last = line.split()[-1].lower()
    if last in HANGING_WORDS:
        return None  # a line of a wrapped sentence, not a heading
    m = ACTION_TITLE.search(line)
    # Headings capitalise their words ('Action Log', 'Improvement Plan'); a sentence in a table
    # cell that mentions 'commitments to' does not.
    return line if m and m.group(0)[:1].isupper() else None


LEADER = re.compile(r"(?:\.{4,}|…{2,}|\s\d{1,3})$|\.{4,}")
HANGING_WORDS = frozenset("a an and the of to for in on with by or at from as is are be".split())

"""Decide whether a table is an action table, weighing its column roles, its title or heading, and what its rows look like.

The model, its weights and the margins measured on the corpus, the real logs, the realworld set
and the fixtures are in docs/action-tables.md. In short, with each role's confidence from
extractors/role_model.py (a header the lexicon reads gives about 1, the cells alone at most 0.6):

    score = roles:  ACTION_WEIGHT * the action column's confidence
                    + the confidences of the lead, deadline, progress, rating columns
                    - UNROLED_WEIGHT if a table of MIN_UNROLED_COLUMNS or more leaves half its
                      columns or more roleless; - OTHER_HEADER_WEIGHT if a header is one only other
                      kinds of table print (likelihood, risk score, budget, variance)
          + title:  TITLE_WEIGHT if the title names an action plan or log (or a weak genre word,
                    'progress report', 'tracker', with nothing naming another kind of table);
                    else HEADING_WEIGHT if a heading earlier in the document does;
                    -NOT_ACTION_WEIGHT if the title names a budget, membership list, agenda, risk
                    register, timetable, glossary, contents, contacts, indicators ...
          + rows:   ROW_WEIGHT if most action cells read as actions ('Develop ...', 'JT to meet ...',
                    'We will ...'), and COMPANION_WEIGHT more if most of those rows also name an
                    owner, a date or a status; -ROW_WEIGHT if they do not (no header named the column)
                    or tell what happened; ROW_WEIGHT if a status column holds status words;
                    -ROW_WEIGHT for columns of numbers; -UNREAD_HEADER_WEIGHT for a row of header
                    words inside a table read without a header

An action column is required (not one of numbers), and the score must reach THRESHOLD. Without a
header naming the action column, the table must also show the genre (a status column of status
words, or a title or heading naming an action plan or log); without a header naming at least two
supporting roles it needs MIN_CONTENT_ROWS rows. A table the header-only rule accepts (an action
column and two of lead, deadline, progress, rating, all named by headers) scores at least 2.6 and
stays in unless its title says it is something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.column_evidence import is_action, is_date, is_lead, is_narrative, is_status, measure
from extractors.header_lexicon import role_of

SUPPORTING_ROLES = ("lead", "deadline", "progress", "rag")
ACTION_WEIGHT = 0.6
TITLE_WEIGHT = 1.0
HEADING_WEIGHT = 0.5
NOT_ACTION_WEIGHT = 1.5
ROW_WEIGHT = 0.5
COMPANION_WEIGHT = 0.3
COMPANION_SHARE = 0.6  # of the rows that read as actions, those that also name an owner, date or status
PAIRED_SHARE = 0.8  # of those rows, the share naming an owner and a date in their own columns
UNROLED_WEIGHT = 0.5
MIN_UNROLED_COLUMNS = 6  # a table this wide with half its columns given no role is something else
THRESHOLD = 1.8
MIN_ACTION_CONFIDENCE = 0.3
MIN_CONTENT_ROWS = 3  # rows a table without a header needs before its content can decide
UNREAD_HEADER_WEIGHT = 1.0
HEADER_LEVEL = 0.8  # a confidence content alone never reaches: a header named the role

# Titles of the genre: what public bodies call a table of actions.
ACTION_TITLE = re.compile(
    r"\b(?:action\s+(?:log|plan|tracker|list|points|register|summary|update)s?|"
    r"(?:improvement|delivery|implementation|recovery)\s+plans?|delivery\s+progress|"
    r"(?:(?:our\s+)?commitments|next steps|(?:outstanding\s+)?actions\s+(?:agreed|arising|required|to\s+be\s+taken)|"
    r"actions\s+and\s+progress|matters\s+arising)|"
    r"(?:log|schedule|summary|table|tracker)\s+of\s+actions|progress\s+against\s+(?:the\s+)?(?:plan|actions)|"
    r"(?:summary\s+of\s+|implementation\s+of\s+(?:the\s+)?)recommendations|"
    r"recommendations\s+(?:and|&)\s+actions|recommendations\s+tracker|management\s+actions?)\b",
    re.I,
)
# Words that name the genre only when nothing in the title names another kind of table
# ('Progress report' yes, 'Budget tracker' no).
WEAK_ACTION_TITLE = re.compile(r"\b(?:progress\s+(?:report|update)|tracker|work\s*plans?)\b", re.I)
# Titles of the tables that share an action table's look but are something else.
NOT_ACTION_TITLE = re.compile(
    r"\b(?:budgets?|revenue|capital\s+programme|expenditure|spend|membership|members(?:hip)?\s+list|"
    r"attendance|present|apologies|agenda|risk\s+(?:register|matrix|log|assessment)|kpis?|"
    r"(?:key\s+)?performance(?:\s+indicators?)?|indicators|metrics|scorecard|dashboard|datasets?|data\s+sets|"
    r"glossary|abbreviations|acronyms|contents|terms\s+of\s+reference|timetable|"
    r"contacts?(?:\s+(?:list|details))?|distribution\s+list|work\s+programme|forward\s+plan|"
    r"key\s+decisions|grants?|funding|allocations)\b",
    re.I,
)


# Column headers only other kinds of table print: a risk register's scores, a budget's sums.
NOT_ACTION_HEADER = re.compile(
    r"^(?:likelihood|probability|(?:inherent|residual|current|target)\s+risk(?:\s+(?:score|rating))?|"
    r"risk\s+(?:score|rating)|l\s*x\s*i|impact\s+score|budget(?:\s+£k?)?|forecast(?:\s+outturn)?|"
    r"outturn|variance|(?:actual|forecast)\s+spend|£k?|£\s*000s?)$",
    re.I,
)
OTHER_HEADER_WEIGHT = 1.0


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
    headers: list[str | None] | None = None,
    ruled: bool = True,
) -> Decision:
    """Weigh one table (see the module docstring); `columns` are its cells, column by column,
    `headers` the header text of each column where one was read; `ruled`: its cells were read
    from drawn rules, not from whitespace alone."""
    if "action" not in roles:
        return Decision(False, 0.0, ["no action column"])
    conf = dict(zip(roles, confidence, strict=True))
    if conf["action"] < MIN_ACTION_CONFIDENCE:
        return Decision(False, 0.0, [f"action column too weak ({conf['action']:.2f})"])
    action_col = roles.index("action")
    action_cells = [t for t in columns[action_col] if t and t.strip()]
    if action_cells and measure(action_cells).get("numeric") >= 0.5:
        # 'Commitments £k', 'Actions (no.)': a column of amounts or counts is not what will be done.
        return Decision(False, 0.0, ["the action column holds numbers"])
    reasons: list[str] = []
    score = _role_terms(roles, conf, reasons)
    score += _header_terms(headers or [], reasons)
    score += _title_terms(title, heading, reasons)
    score += _row_terms(roles, conf, columns, action_cells, reasons, ruled)
    return _gates(conf, action_cells, score, reasons)


def _role_terms(roles: list[str], conf: dict[str, float], reasons: list[str]) -> float:
    """The columns found: the action column's confidence, weighted, plus each supporting role's;
    minus UNROLED_WEIGHT when a wide table leaves half its columns or more without a role."""
    score = ACTION_WEIGHT * conf["action"]
    reasons.append(f"action {conf['action']:.2f}")
    for role in SUPPORTING_ROLES:
        if role in conf:
            score += conf[role]
            reasons.append(f"{role} {conf[role]:.2f}")
    unroled = roles.count("other")
    if len(roles) >= MIN_UNROLED_COLUMNS and unroled >= len(roles) / 2:
        # A wide grid whose columns mostly say nothing an action table says: a template of
        # boxes, a matrix, a form; an action table's columns nearly all have a role.
        score -= UNROLED_WEIGHT
        reasons.append(f"{unroled} of {len(roles)} columns have no role")
    return score


def _header_terms(headers: list[str | None], reasons: list[str]) -> float:
    """-OTHER_HEADER_WEIGHT when a column header is one only another kind of table prints
    (likelihood, risk score, budget, variance): a risk register's mitigating actions and risk
    owners look like an action log's rows."""
    named = [" ".join(h.split()) for h in headers if h and NOT_ACTION_HEADER.match(" ".join(h.split()))]
    if not named:
        return 0.0
    reasons.append(f"a header of another kind of table ({named[0][:30]!r})")
    return -OTHER_HEADER_WEIGHT


def _title_terms(title: str | None, heading: str | None, reasons: list[str]) -> float:
    """What the table is called: its own title first, else the last genre heading before it."""
    words = len(title.split()) if title else 0
    if words > 12 or (title and words > 6 and title.rstrip().endswith(".")):
        title = None  # a paragraph or sentence above the table that mentions a plan does not name it
    other = bool(title and NOT_ACTION_TITLE.search(title))
    strong = bool(title and ACTION_TITLE.search(title))
    weak = bool(title and WEAK_ACTION_TITLE.search(title))
    if other and not strong:
        reasons.append(f"title names another kind of table ({title[:60]!r})")
        return -NOT_ACTION_WEIGHT
    if strong or weak:
        reasons.append("title names an action plan or log")
        return TITLE_WEIGHT
    if heading:
        reasons.append(f"document heading {heading[:60]!r}")
        return HEADING_WEIGHT
    return 0.0


def _row_terms(
    roles: list[str],
    conf: dict[str, float],
    columns: list[list[str]],
    action_cells: list[str],
    reasons: list[str],
    ruled: bool = True,
) -> float:
    """What the rows look like: action sentences, each with an owner, a date or a status beside
    it; a status column of status words; no columns of numbers, no header row read as data."""
    score = 0.0
    action_col = roles.index("action")
    read_as_actions = sum(1 for t in action_cells if is_action(t)) / max(1, len(action_cells))
    if read_as_actions >= 0.5:
        score += ROW_WEIGHT
        reasons.append("rows read as actions")
        share = _companion_share(roles, columns, action_col)
        if share >= COMPANION_SHARE:
            # An action log's row says who does what by when, or where it stands.
            score += COMPANION_WEIGHT
            reasons.append(f"{share:.0%} of them name an owner, date or status")
        # Only in drawn cells, or in rows that number their actions: columns set by whitespace
        # alone may be split or joined wrongly, and an owner and a date found in them prove less,
        # unless a column of refs shows the rows are an enumerated list of actions.
        content_only = conf["action"] < HEADER_LEVEL
        counted = ruled or "ref" in roles
        paired = _owner_and_date_share(roles, columns, action_col) if content_only and counted else 0.0
        if paired >= PAIRED_SHARE:
            # Who does what by when, each in its own column on nearly every row: the genre
            # itself, even with no header, status column or heading to name it (gate below).
            reasons.append(f"{paired:.0%} of them name an owner and a date in their own columns")
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
    if conf["action"] < HEADER_LEVEL and any(_header_like(row) for row in zip(*columns, strict=True)):
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
    return score


def _companion_share(roles: list[str], columns: list[list[str]], action_col: int) -> float:
    """Of the rows whose action cell reads as an action, the share with an owner, a date or a
    status word in another cell (any column but a ref)."""
    rows = list(zip(*columns, strict=True))
    acting = [row for row in rows if row[action_col] and is_action(row[action_col])]
    if not acting:
        return 0.0
    beside = [c for c, r in enumerate(roles) if c != action_col and r != "ref"]

    def companion(text: str) -> bool:
        text = " ".join((text or "").split())
        return bool(text) and (is_date(text) or is_status(text) or is_lead(text))

    return sum(1 for row in acting if any(companion(row[c]) for c in beside)) / len(acting)


def _owner_and_date_share(roles: list[str], columns: list[list[str]], action_col: int) -> float:
    """Of the rows whose action cell reads as an action, the share whose lead cell names an owner
    and whose deadline cell names a date; 0 unless the table also has a column saying where each
    action stands (progress or rating): who does what by when, and how far it has got."""
    if "lead" not in roles or "deadline" not in roles or not {"progress", "rag"} & set(roles):
        return 0.0
    lead, deadline = roles.index("lead"), roles.index("deadline")
    acting = [row for row in zip(*columns, strict=True) if row[action_col] and is_action(row[action_col])]
    if not acting:
        return 0.0

    def both(row: tuple[str, ...]) -> bool:
        who, when = (" ".join((row[c] or "").split()) for c in (lead, deadline))
        return bool(who and when) and is_lead(who) and is_date(when)

    return sum(1 for row in acting if both(row)) / len(acting)


def _gates(conf: dict[str, float], action_cells: list[str], score: float, reasons: list[str]) -> Decision:
    """The score must reach THRESHOLD; a table whose roles were read from content alone must also
    show the genre and have MIN_CONTENT_ROWS rows (so must one with fewer than two header roles)."""
    content_only = conf["action"] < HEADER_LEVEL
    named = any(r.startswith(("title names an", "document heading")) for r in reasons)
    status = any(r.endswith("holds status words") for r in reasons)
    paired = any(r.endswith("a date in their own columns") for r in reasons)
    if content_only and not (named or status or paired):
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

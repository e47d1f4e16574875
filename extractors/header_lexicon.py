"""The column-role lexicon: how councils word the headers of action-table columns, with fuzzy lookup.

A header is matched against every phrase of every role on whole tokens, each token compared with
rapidfuzz so that typos and plurals still match ('Deadlines', 'Lead Offcer'). The role whose phrase
covers the most header tokens wins, so 'Status update' is progress while 'Status' alone is rag.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

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
        # Performance software and trackers print a code per action ('ESU01_C', 'HR-03').
        "code",
        "action code",
        "ref code",
        "reference code",
        "action id",
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
        # A tracker's committee or body a recommendation came from ('Select Committee', 'Origin'):
        # its source, not the area it is grouped under nor its lead.
        "origin",
        "committee",
        "select committee",
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
        "governance issue",
        "governance issues",
        "significant governance issue",
        "significant governance issues",
        "what needs to improve",
        "strategic aim",
        "strategic objective",
        "goal",
        "focus area",
        "improvement theme",
        "key priority",
        "pillar",
        "ambition",
        "strand",
        "domain",
        # An improvement plan's 'Improvement' is what is to get better, printed once beside the
        # milestones that deliver it (as an 'Area for improvement').
        "improvement",
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
        "responsible party",
        "responsible person",
        "responsible body",
        "responsible agency",
        "responsible department",
        "responsible organisation",
        "lead agency",
        "lead partner",
        "lead organisation",
        "lead organization",
        "lead body",
        "lead director",
        "lead member",
        "lead role",
        "lead contact",
        "delivery lead",
        "executive lead",
        "senior responsible officer",
        "who is responsible",
        "who will lead",
        "owned by",
        # A parish or town council's action points name the councillor who acts.
        "councillor",
        "lead councillor",
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
        "priority action",
        "recommendation action",
        "project",
        "initiative",
        "key actions",
        "milestone",
        "what will we do",
        "action to be taken",
        "key tasks",
        "steps",
        "commitment",
        "our commitment",
        "we will",
        "deliverable",
        "intervention",
        "actions required",
        "agreed action",
        "planned action",
        "proposed action",
        "improvement action",
        "next steps",
        "how we will do it",
        "what we are going to do",
        "what will be done",
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
        "timeline",
        "time scale",
        "time frame",
        "date for completion",
        "expected completion",
        "target end date",
        "forecast date",
        "forecast end date",
        "forecast completion date",
        "completion by",
        "delivery by",
        "key date",
        "date",
    ),
    "progress": (
        "progress",
        "status update",
        "update",
        "commentary",
        "progress update",
        "action update",
        "comments",
        "current position",
        "progress to date",
        "position",
        "progress comments",
        "update on progress",
        "latest update",
        "progress made",
        "narrative",
        "what we have done",
        "what has been done",
        "progress since last report",
        "update since last report",
        "position statement",
        "management response",
        "response",
        "current status",
        # Asked of each row ('Achieved?', 'Completed', 'Done'): whether and how it was done.
        "achieved",
        "completed",
        "complete",
        "done",
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
        "progress rating",
        "delivery confidence",
        "confidence",
        "rag rated status",
        "overall rag",
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
        "reporting mechanism",
        "success criteria",
        "measure of success",
        "measures of success",
        "success measure",
        "success measures",
        "kpi",
        "key performance indicator",
        "performance measure",
        "impact",
        "evidence of completion",
        "how will we measure success",
        "how will we know we have succeeded",
        "monitoring mechanism",
        "assurance",
    ),
    "outcome": (
        "what good looks like",
        "outcome",
        "outcomes",
        "expected outcome",
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

# Words a public body uses for more than one role: each weighs toward its roles by these weights
# instead of deciding alone, so the cells (extractors/role_model.py) settle the column. 'Status'
# is a rating column of R/A/G or a column of status words; 'Recommendation' is the action when no
# other column is, else the area the actions answer; 'Milestone' is the action, or its date.
AMBIGUOUS: dict[str, dict[str, float]] = {
    "status": {"rag": 0.7, "progress": 0.6},
    "recommendation": {"action": 0.7, "area": 0.65},
    "recommendations": {"action": 0.7, "area": 0.65},
    # A tracker's finding or issue is what the row tracks when no column says what will be done
    # (the cells of sentences decide); beside a recommendation or an action it is the area.
    "finding": {"area": 0.7, "action": 0.65},
    "issue": {"area": 0.7, "action": 0.65},
    # An annual governance statement's action plan lists its significant governance issues: the
    # issue is the row (the action when no column says what will be done), as 'Issue' is.
    "governance issue": {"area": 0.7, "action": 0.65},
    "governance issues": {"area": 0.7, "action": 0.65},
    "significant governance issue": {"area": 0.7, "action": 0.65},
    "significant governance issues": {"area": 0.7, "action": 0.65},
    "milestone": {"action": 0.7, "deadline": 0.5},
    "milestones": {"action": 0.7, "deadline": 0.5},
    "outcome": {"outcome": 0.7, "area": 0.6},
    "outcomes": {"outcome": 0.7, "area": 0.6},
    "date": {"deadline": 0.7},
    # An objective is the group its rows serve when printed once beside them (or repeated), the
    # row's own outcome when each row has its own (extractors/header_yields.py).
    "objective": {"area": 0.7, "outcome": 0.65},
    "objectives": {"area": 0.7, "outcome": 0.65},
    "evidence": {"monitoring": 0.7, "progress": 0.5},
    "impact": {"monitoring": 0.7},
    "confidence": {"rag": 0.7},
    "position": {"progress": 0.8},
    # 'Current status' is a status column (a rating or a status word, the cells decide), which
    # the word 'current' does not make a date.
    "current status": {"rag": 0.7, "progress": 0.6},
    # A delivery plan's projects or initiatives are its actions when no other column is; beside
    # an action column they group the actions (the assignment sees both).
    "project": {"action": 0.7, "area": 0.6},
    "initiative": {"action": 0.7, "area": 0.6},
    # A committee is where a recommendation came from, unless the header says it leads.
    "committee": {"source_ref": 0.7},
    "responsible": {"lead": 0.9},
    "who": {"lead": 0.8},
    "when": {"deadline": 0.8},
    "due": {"deadline": 0.9},
}

# Tokens that join words inside a header but carry no meaning of their own.
FILLER = {
    "and",
    "the",
    "of",
    "to",
    "for",
    "on",
    "&",
    "/",
    "a",
    "be",
    "we",
    "will",
    "is",
    "at",
    "as",
    "in",
    "by",
    "or",
}
# Dates and numbers printed inside a header ('Position at 31 March 2026', 'Update Q2 2025/26')
# qualify the column; they never name its role.
DATE_TOKEN = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)?|q[1-4]|fy\d*|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$"
)
TOKEN_RE = re.compile(r"r/a/g|b/r/a/g|#|[a-z0-9]+")
TOKEN_MATCH = 85  # rapidfuzz ratio for two tokens to count as the same word
MIN_SCORE = 0.3  # below this a header explains too little of itself to name a role ('Date of next review')
QUALIFIER_WEIGHT = 0.9  # a role read only from a header's qualifier ('(Timescale)', 'Progress:')
# Words that put a header in the past: the column tells what was done ('Action taken').
PAST_WORDS = frozenset("taken completed done achieved delivered undertaken implemented".split())
RECENCY = re.compile(r"\b(?:to date|so far)\b")
# Words of intent that keep such a header the action ('Actions to be taken', 'Action required').
INTENT_WORDS = frozenset("will required needed planned proposed agreed next future".split())
# 'Made to', 'Assigned to' closing a header: to whom the row is addressed ('Recommendation made to:').
TO_WHOM = re.compile(r"\b(?:made|referred|addressed|assigned|allocated|delegated)\s+to\W*$", re.I)
# Words that make a date column the date of an event, not a deadline ('Meeting date', 'Date raised').
# A date headed by the body that took the decision ('Exec date', 'Cabinet date', 'Board date') is
# the meeting's date too: when the recommendation was agreed, not when it is due.
EVENT_WORDS = frozenset(
    "meeting committee raised made received reported logged opened identified issued published recorded "
    "exec executive cabinet board decision update updated created added completed achieved closed".split()
)
# Words that qualify a header's noun without changing what the column holds ('Key milestones',
# 'Main actions', 'Specific actions', 'Action description'): a header is read with and without
# them, so they do not dilute the words that name the role. Phrases that hold one keep it
# ('Key date', 'Agreed action' match as printed).
MODIFIERS = frozenset(
    "key main major principal core specific detailed proposed planned agreed description detail details".split()
)
# What joins the labels of a compound header ('Actions / Milestones', 'Monitoring & Reporting',
# 'Lead or owner'): each label is read alone as well, so the header names what its best label
# names. A slash between single letters ('R/A/G') or before a plural mark is no join.
COMPOUND_JOIN = re.compile(r"\s+(?:and|or)\s+|\s*[&+]\s*|(?<=[a-z]{2})\s*/\s*(?=[a-z]{2})", re.I)
PAST_MARGIN = 0.03  # how far a header told in the past leans to progress over the action
# Plural marks printed after a word: 'Owner(s)', 'Party/ies', 'Deadline/s'.
PLURAL_MARK = re.compile(r"(?<=[a-z])(?:\(s\)|\(es\)|/s\b|/es\b|y/ies\b)", re.I)


def _stem(token: str) -> str:
    """Fold plurals so 'Priorities' meets 'priority' and 'Deadlines' meets 'deadline'."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'")
    return PLURAL_MARK.sub(lambda m: "y" if m.group(0).lower() == "y/ies" else "", text)


def tokens(text: str) -> list[str]:
    return [_stem(t) for t in TOKEN_RE.findall(_clean(text))]


def _rejoined(text: str) -> list[str]:
    """Tokens, with a word a narrow column broke over two lines joined again ('Stat us',
    'Responsibl e officer', 'RA G'): two neighbours whose join is a header word while one of
    them alone is not."""
    raw = TOKEN_RE.findall(_clean(text))
    out: list[str] = []
    i = 0
    while i < len(raw):
        if i + 1 < len(raw):
            joined = _stem(raw[i] + raw[i + 1])
            known = [_stem(t) in VOCABULARY or t in FILLER for t in raw[i : i + 2]]
            if joined in VOCABULARY and not all(known):
                out.append(joined)
                i += 2
                continue
        out.append(_stem(raw[i]))
        i += 1
    return out


def _meaningful(toks: list[str] | tuple[str, ...]) -> list[str]:
    """The tokens that can name a role: filler and dates dropped, unless nothing else is left."""
    kept = [t for t in toks if t not in FILLER and not DATE_TOKEN.match(t)]
    if kept:
        return kept
    return [t for t in toks if not DATE_TOKEN.match(t)] if len(toks) > 1 else []


_PHRASES: list[tuple[str, str, tuple[str, ...]]] = [
    (role, p, tuple(tokens(p))) for role, phrases in LEXICON.items() for p in phrases
]
VOCABULARY = {t for _, _, toks in _PHRASES for t in toks} | {"when", "by", "whom"}


ScoredPhrase = tuple[tuple[str, ...], frozenset[str], dict[str, float], dict[str, float]]


def _scored_phrases() -> list[ScoredPhrase]:
    """Each phrase as the scoring loop reads it, worked out once: (its meaningful words as a
    list for the counts and as a set for the coverage test, its role weights, its top role alone)."""
    out = []
    for role, phrase, ptoks in _PHRASES:
        words = tuple(_meaningful(ptoks))
        if words:
            weights = AMBIGUOUS.get(phrase, {role: 1.0})
            top = max(weights, key=lambda r: weights[r])
            out.append((words, frozenset(words), weights, {top: 1.0}))
    return out


_SCORED = _scored_phrases()
_PHRASE_WORDS = frozenset(w for words, _, _, _ in _SCORED for w in words)
_LONG_WORDS = sorted(w for w in _PHRASE_WORDS if len(w) >= 4)


@lru_cache(maxsize=65536)
def _matches(token: str) -> frozenset[str]:
    """The phrase words that count as this header token: itself, or for words of four letters or
    more one within rapidfuzz ratio TOKEN_MATCH (short words, 'no' or 'rag', must match exactly).
    A document's header tokens repeat line after line, so each meets the lexicon once."""
    found = {token} & _PHRASE_WORDS
    if found:
        # A header word the lexicon holds is that word, not a misspelling of its neighbour:
        # 'Finding' is no misspelt 'funding', 'Resources' no misspelt 'sources'.
        return frozenset(found)
    if len(token) >= 4:
        hits = process.extract(token, _LONG_WORDS, scorer=fuzz.ratio, score_cutoff=TOKEN_MATCH, limit=None)
        found.update(w for w, _, _ in hits)
    return frozenset(found)


def _phrase_scores(text: str, weighted: bool = True) -> dict[str, float]:
    """Per role, how well its best phrase explains the whole text (about 0..1, a little over 1 for an
    exact phrase so ties break), ambiguous words weighted."""
    toks = _meaningful(_rejoined(text))
    if not toks:
        return {}
    best = _covering(toks, weighted)
    bare = [t for t in toks if t not in MODIFIERS]
    if weighted and bare and len(bare) < len(toks):
        # 'Key milestones' is read as 'milestones' too: the modifier says which, not what.
        for r, v in _covering(bare, weighted).items():
            best[r] = max(best.get(r, 0.0), v)
    return best


def _covering(toks: list[str], weighted: bool) -> dict[str, float]:
    """Per role, how well its best phrase covers these header tokens (see _phrase_scores)."""
    matches = [_matches(t) for t in toks]
    found = frozenset().union(*matches)
    present = set(toks)
    best: dict[str, float] = {}
    for words, wordset, weights, top in _SCORED:
        if not wordset <= found:  # every word of the phrase must be in the header
            continue
        covered = sum(1 for m in matches if not m.isdisjoint(wordset))
        exact = sum(1 for w in words if w in present)
        # More header tokens explained wins; then exact words over fuzzy ones ('funding' is a
        # cost, not a misspelt 'finding'); then the longer phrase.
        score = covered / len(toks) + 0.02 * exact / len(words) + 0.01 * len(words)
        # Unweighted: how much of the text is header words, whatever role they name.
        for r, weight in (weights if weighted else top).items():
            best[r] = max(best.get(r, 0.0), score * weight)
    return best


def _parts(text: str) -> list[tuple[str, float]]:
    """The header and its parts: a bracketed or colon-separated qualifier names the role only when
    the main words name none ('Timeline (following approval)', 'End (Timescale)', 'Timescale: End')."""
    out = [(text, 1.0)]
    m = re.match(r"^(.*?)\((.*?)\)(.*)$", text)
    if m and (m.group(1) + m.group(3)).strip():
        out += [((m.group(1) + m.group(3)).strip(), 1.0), (m.group(2), QUALIFIER_WEIGHT)]
    if ":" in text and not m:
        group, _, sub = text.partition(":")
        if group.strip() and sub.strip():
            out += [(sub, 1.0), (group, QUALIFIER_WEIGHT)]
    return out


def _labels(text: str) -> list[str]:
    """The labels of a compound header ('Actions / Milestones' -> 'Actions', 'Milestones'); [] when
    the header joins nothing. Plural marks ('Party/ies') are folded first, so they are no join."""
    # 'to date', 'so far' qualify the whole header ('Action taken or planned to date'): no label dates.
    text = re.sub(r"\b(?:to\s+date|so\s+far)\b", " ", PLURAL_MARK.sub("", text), flags=re.I)
    labels = [p.strip() for p in COMPOUND_JOIN.split(text)]
    labels = [p for p in labels if _meaningful(_rejoined(p))]
    return labels if len(labels) >= 2 else []


def _head_of(text: str) -> str | None:
    """The words before 'of' in a header of two or more such words ('Current Status' of 'Current
    Status of Action'); None for a one-word head ('Date of next review' leans on its tail)."""
    head, sep, _ = text.partition(" of ")
    return head if sep and len(_meaningful(_rejoined(head))) >= 2 else None


def _tells_what_was_done(text: str) -> bool:
    """A header in the past or perfect ('Action taken', 'Actions completed', 'Action to date'):
    the column reports what was done, unless words of intent say it is still to be done
    ('Actions to be taken', 'Action required', 'Agreed action')."""
    raw = TOKEN_RE.findall(_clean(text))
    if not (PAST_WORDS & set(raw) or RECENCY.search(" ".join(raw))):
        return False
    if RECENCY.search(" ".join(raw)):
        return True  # 'Action taken or planned to date': what stands so far, whatever was intended
    intent = INTENT_WORDS & set(raw) or re.search(r"\bto be\b", " ".join(raw))
    return not intent


@lru_cache(maxsize=8192)
def _raw_scores(header: str | None) -> dict[str, float]:
    text = " ".join((header or "").split())
    parts = _parts(text)
    main: dict[str, float] = {}
    for part, weight in parts[:2]:
        # A compound header names what its best label names, undiluted by the other labels.
        for piece in [part, *_labels(part)]:
            for r, v in _phrase_scores(piece).items():
                main[r] = max(main.get(r, 0.0), v * weight)
    if max(main.values(), default=0.0) < 0.75:
        for part, weight in parts[2:]:  # the qualifier, when the main words say little
            for r, v in _phrase_scores(part).items():
                main[r] = max(main.get(r, 0.0), v * weight)
    if max(main.values(), default=0.0) < 0.75 and (head := _head_of(text)):
        # 'Current Status of Action': the words before 'of' name the column, the rest qualify it.
        for r, v in _phrase_scores(head).items():
            main[r] = max(main.get(r, 0.0), v)
    past = _tells_what_was_done(text)
    if past:
        # 'Actions completed', 'Action taken to date': the words of time qualify the column.
        bare = " ".join(t for t in TOKEN_RE.findall(RECENCY.sub(" ", _clean(text))) if t not in PAST_WORDS)
        if (v := _phrase_scores(bare).get("action")) is not None:
            main["action"] = max(main.get("action", 0.0), v)
    if TO_WHOM.search(text):
        # 'Recommendation made to:', 'Assigned to': whom the row is addressed to, its lead.
        main = {**main, "lead": max(main.get("lead", 0.0), 1.0)}
    if RECENCY.search(" ".join(TOKEN_RE.findall(_clean(text)))):
        main.pop("deadline", None)  # 'to date', 'so far': how things stand, no date column
    if is_event_date(text):
        return {}  # 'Meeting date', 'Exec date': when something happened names no column role
    if "action" in main and past:
        # 'Action taken' covers the words of 'actions to be taken' (its filler dropped) as well:
        # told in the past it names the progress, a little above the action, so that a column
        # holding what will be done (a recommendation) keeps the action and the cells decide.
        main["progress"] = max(main.get("progress", 0.0), main["action"] + PAST_MARGIN)
    return {r: v for r, v in main.items() if v >= MIN_SCORE}


def role_scores(header: str | None) -> dict[str, float]:
    """Per role, the lexicon's confidence (0..1) that a header names it; empty when none does.

    Raw scores run a little over 1 for an exact phrase so that ties break; rather than capping
    every such role at 1.0 (a tie again), they are shifted down together so the best is 1.0 and
    each other role keeps its distance below it."""
    raw = _raw_scores(header)
    over = max(0.0, max(raw.values(), default=0.0) - 1.0)
    return {r: round(min(1.0, v - over), 4) for r, v in raw.items() if v - over >= MIN_SCORE}


@lru_cache(maxsize=8192)
def role_of(header: str | None) -> tuple[str, float]:
    """(role, confidence 0..1) for a column header; ('other', 0.0) when nothing fits."""
    scores = _raw_scores(header)
    if not scores:
        return "other", 0.0
    # Ties go to the role listed first in ROLES (the lexicon's own order).
    role = max(scores, key=lambda r: (scores[r], -ROLES.index(r)))
    return role, round(min(1.0, scores[role]), 4)


@lru_cache(maxsize=8192)
def explains(text: str) -> tuple[str, float]:
    """(role, share of the text the lexicon explains): is this a header phrase, ambiguous or not?

    Header detection asks this, not role_of: 'Status' is certainly a header word even though the
    role it names is left to the cells."""
    scores: dict[str, float] = {}
    for part, weight in _parts(" ".join(text.split())):
        for r, v in _phrase_scores(part, weighted=False).items():
            scores[r] = max(scores.get(r, 0.0), v * weight)
    if not scores:
        return "other", 0.0
    role = max(scores, key=lambda r: (scores[r], -ROLES.index(r)))
    return role, round(min(1.0, scores[role]), 4)


@lru_cache(maxsize=65536)
def is_header_word(word: str) -> bool:
    toks = tokens(word)
    return bool(toks) and all(t in VOCABULARY or t in FILLER or DATE_TOKEN.match(t) for t in toks)


@lru_cache(maxsize=8192)
def is_plain_date(header: str | None) -> bool:
    """A header that is only 'Date' (or 'Dates'): no word says whether it is due, started, agreed
    or met, so a deadline only when no other column dates the row."""
    return _meaningful(_rejoined(" ".join((header or "").split()))) == ["date"]


@lru_cache(maxsize=8192)
def is_event_date(header: str | None) -> bool:
    """A date column naming the event it dates ('Meeting date', 'Date raised', 'Committee date'):
    when something happened, not when it is due."""
    toks = set(_rejoined(" ".join((header or "").split())))
    return "date" in toks and bool(toks & EVENT_WORDS)

"""What a column's cells say about its role (dates, ratings, leads, refs, actions, progress, areas), as shares of its cells.

Each measure is the share (0..1) of a column's non-empty cells that look like one kind of value,
so a column of 40 cells and one of 2 are measured alike; the scoring model in
extractors/role_model.py weighs these shares against the header's own word. The measures are
written for the genre (how public bodies fill an action table's columns), never for one document.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from functools import lru_cache

from extractors import leads_lexicon as lx
from extractors.refs import is_ref_cell, split_ref

# Content measures name the role they speak for; 'status' also speaks for progress.
MEASURES = (
    "ref",
    "deadline",
    "rag",
    "status",
    "lead",
    "action",
    "narrative",
    "area",
    "numeric",
    "code",
    "priority",
    "percent",
)

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# A date or a period as deadlines print them: '31/03/2026', 'March 2026', 'Q2 2026/27', '2025-26',
# 'Spring 2026', 'end of June', 'ongoing', 'TBC', and time allowed from an event ('30 days',
# 'within 6 months', 'immediately').
DATE_RE = re.compile(
    rf"\b(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|(?:{_MONTHS})\b\.?(?:\s*\d{{2,4}})?|"
    r"q[1-4]\b|(?:19|20)\d\d(?:\s*[/\-]\s*\d\d(?:\d\d)?)?|(?:spring|summer|autumn|winter)\b|"
    r"ongoing|on-going|tbc|tba|annually|quarterly|monthly|weekly|immediate(?:ly)?|"
    r"\d{1,3}\s*(?:working\s+)?(?:days?|weeks?|months?|years?)\b)",
    re.I,
)
# Words a status column is written in, alone or two or three together ('Carried forward',
# 'In progress', 'Not started'): the state of an action, not a sentence about it.
STATUS_WORDS = frozenset(
    """
    new ongoing on-going open closed complete completed done achieved delivered started
    progress progressing carried forward underway under way not yet pending overdue delayed late
    slipped slipping deferred cancelled withdrawn superseded merged track target risk hold
    planned scheduled agreed in on at off the to be for review reviewing rolled over continuing
    current active live finished outstanding partially partly met
    """.split()
)
# Verbs an action opens with: what a body will do ('Develop ...', 'Publish ...', 'Set up ...').
ACTION_VERBS = frozenset(
    """
    achieve add adopt advise agree align allocate analyse appoint arrange assess audit brief build
    carry check circulate clarify collate collect commission communicate complete conduct confirm
    consider consult continue coordinate co-ordinate correspond create define deliver design develop
    discuss distribute draft draw embed enable engage ensure establish evaluate explore extend
    finalise follow hold identify implement improve include increase inform introduce investigate
    issue launch lead liaise list make map meet monitor move organise plan prepare present
    prioritise produce promote provide publish put raise recruit reduce refine refresh report
    request research respond restructure review revise roll run schedule secure seek send set
    share strengthen submit support survey take test train undertake update upload use work write
    accelerate address amend apply approve attend award clean combine commence compile convene
    deploy determine embed encourage enhance expand facilitate gather install integrate invest
    invite maintain maximise migrate minimise modernise negotiate offer pilot procure protect
    purchase pursue recommission redesign reinstate relaunch remove renew reorganise replace
    resolve restore retrofit scope select simplify standardise streamline tackle transform
    upgrade validate verify widen acquire indicate begin give rewrite plant
    """.split()
)
# Left out on purpose: verbs that as often open a noun phrase ('Open data', 'Progress to date',
# 'Record keeping', 'Register of interests', 'Target met', 'Start date', 'Visit to ...').
# 'We will publish ...', 'We'll review ...': a commitments list's way of saying what will be done.
WE_WILL = re.compile(r"^(?:we\s+will|we['’]ll|we\s+are\s+going\s+to)\s+[a-z]", re.I)
# A recommendation as committees and auditors word it: 'That the Executive considers ...' (a
# resolution), 'The council should publish ...': what is to be done, for a tracker's action column.
RECOMMENDS = re.compile(
    r"^that\s+(?!(?:was|is|has|had|were|would|this|it)\b)(?:\S+\s+){2,}\S|"
    r"^(?!(?:it|this|there|that)\b)(?:[\w'’&/,.-]+\s+){1,5}should\s+(?!be\s+noted)[a-z]",
    re.I,
)
# 'GS and JT to meet ...', 'Minister to write ...': a subject then 'to' and a verb.
SUBJECT_TO_VERB = re.compile(r"^[\w'’&/ ,.-]{1,40}?\bto\s+([a-z]+)\b")
# What is to be done, in the passive: a few words then 'to be' and a participle.
TO_BE_DONE = re.compile(r"^(?:[\w'’&/,.()-]+\s+){1,6}?to\s+be\s+[a-z]+(?:ed|en|wn|ne|t)\b", re.I)
# Narrative of what happened: perfect and past forms, 'is now', dates of events.
NARRATIVE_RE = re.compile(
    r"\b(?:has|have|had|was|were|is now|are now|been|being)\b|\b\w{3,}ed\b(?!\s+(?:by|to)\b)|"
    # Irregular past participles short updates are written in ('Venue found', 'Workshop held').
    r"\b(?:found|held|made|sent|met|begun|began|written|given|taken|built|paid|shown|won|sought|brought|done)\b",
    re.I,
)
NARRATIVE_WORDS = 4  # 'Measure drafted with two settings.': an update may be a short clause
# A rating as rating columns print it: a letter or colour word, a split ('R/A', 'Amber/Green'),
# a colour then a phrase ('Green - on track'), or a completion word rated blue by convention.
_RATING = r"(?:[ragb]|red|amber|green|blue|grey|gray|yellow|complete|completed)"
RATING_RE = re.compile(rf"^\s*{_RATING}(?:\s*[/&-]\s*{_RATING})*\s*(?:[-–:(].*)?$", re.I)
INITIALS_RE = re.compile(r"^(?:[A-Z]{1,3}[a-z]?|All)(?:\s*(?:/|&|,|and)\s*(?:[A-Z]{1,3}[a-z]?|All))*$")
# A participle then 'for' or 'of' opens a statement of whom something applies to.
APPLIES_TO = re.compile(r"^[A-Za-z]+ed\s+(?:for|of)\b", re.I)
NUMERIC_RE = re.compile(r"^[£$€(+\-]?\s*[\d,.]+\s*(?:%|k|m|bn)?\)?$", re.I)
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# A class code of one or two letters ('P', 'I'; 'H', 'M', 'L'): the row's kind, never a group's name.
CODE_RE = re.compile(r"^[A-Za-z]{1,2}\.?$")
# A priority level as plans print it ('H', 'M', 'L', 'High', 'Med', 'Low', 'Medium/High'): how
# urgent the row is, never who leads it (a lone 'H' is no initial) nor a rating.
_LEVEL = r"(?:h|m|l|high|med|medium|low)"
PRIORITY_RE = re.compile(rf"^\s*{_LEVEL}(?:\s*[/-]\s*{_LEVEL})?\s*$", re.I)
# A share done as progress columns print it: '50%', '100% complete', '75 %'.
PERCENT_RE = re.compile(
    r"^\s*(?:c\.\s*|approx\.?\s*)?\d{1,3}(?:\.\d+)?\s*%(?:\s+(?:complete|completed|done|achieved))?\s*$", re.I
)
# The lower level of a ref split from an action ('2.3' then 'ii. Appoint ...').
SUB_REF = re.compile(r"^(?:[ivx]{1,5}|[a-z])[.)]\s+")
# Future and intended forms ('to be undertaken', 'will be held'): what is to happen, not what did.
INTENDED_RE = re.compile(
    r"\b(?:to|will|would|shall|should|must|can|could|may)\s+(?:be|have\s+been)\s+\w+", re.I
)


@dataclass
class ColumnEvidence:
    """Per measure, the share of the column's non-empty cells that show it; `cells` counts them."""

    shares: dict[str, float] = field(default_factory=dict)
    cells: int = 0
    mean_words: float = 0.0

    def get(self, measure: str) -> float:
        return self.shares.get(measure, 0.0)


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def is_date(text: str) -> bool:
    """A short cell that names a date or period (a deadline's text, not a sentence with a year)."""
    return len(text.split()) <= 8 and bool(DATE_RE.search(text))


def is_rating(text: str) -> bool:
    """A short cell that states a rating: 'G', 'Amber', 'R/A', 'Red - off track', 'Complete'."""
    return len(text.split()) <= 4 and bool(RATING_RE.match(text))


def is_status(text: str) -> bool:
    """One to four words, all of them words a status is written in ('Carried forward', 'New')."""
    words = [w.lower() for w in _words(text)]
    return 0 < len(words) <= 4 and all(w in STATUS_WORDS for w in words)


@lru_cache(maxsize=8192)
def is_lead(text: str) -> bool:
    """A short cell naming who leads: initials ('KK/HS'), a job title, a team or body, a person."""
    text = " ".join(text.split())
    if not text or len(text.split()) > 12:
        return False
    if INITIALS_RE.match(text):
        return True
    if APPLIES_TO.match(text):
        return False  # 'Required for all agencies': whom a rule applies to, not who leads
    words = [w.lower().strip("'’-") for w in _words(text)]
    if any(w in lx.ROLE_HEADS or w in lx.BODY_WORDS or w.endswith(lx.ROLE_SUFFIXES) for w in words):
        return not text.rstrip().endswith(".") or len(words) <= 4
    tokens = [t for t in re.split(r"[\s,/&]+", text) if t]
    if tokens and text.upper() == text and all(t.isalpha() and 2 <= len(t) <= 6 for t in tokens):
        return True  # acronyms of roles and bodies: 'DCS', 'HR', 'ICB'
    # A person: two or three capitalised words and nothing else ('Jo Bloggs').
    return 2 <= len(tokens) <= 3 and all(t[:1].isupper() and t[1:].islower() for t in tokens)


def is_action(text: str) -> bool:
    """A sentence saying what will be done: it opens with a verb, or with someone 'to' a verb."""
    # '12 - Develop ...', '2.3.ii. Appoint ...': the ref printed in front says nothing.
    ref, rest = split_ref(text)
    if ref is not None:
        text = SUB_REF.sub("", rest)
    words = _words(text)
    if len(words) < 2:
        return False
    first = words[0].lower()
    if first in ACTION_VERBS:
        return True
    if WE_WILL.match(text):
        return True  # a commitment: whatever the verb, it says what will be done
    if RECOMMENDS.match(text):
        return True  # a recommendation: what someone is to do
    m = SUBJECT_TO_VERB.match(text)
    if m and m.group(1).lower() in ACTION_VERBS:
        return True
    # 'Further information to be provided ...', 'Date to be agreed': minutes write what is to be
    # done in the passive, its subject the thing to be done.
    return bool(TO_BE_DONE.match(text))


def is_narrative(text: str) -> bool:
    """Several words telling what happened or where things stand ('The backlog has fallen ...')."""
    if APPLIES_TO.match(text):
        return False  # 'Required for all agencies': whom a rule applies to, not what happened
    if len(_words(text)) < NARRATIVE_WORDS:
        return False
    # 'Safeguarding training to be undertaken': a participle after 'to be' or 'will be' is what
    # is to happen; the cell tells what happened only if a past form stands outside such phrases.
    return bool(NARRATIVE_RE.search(INTENDED_RE.sub(" ", text)))


def measure(cells: list[str]) -> ColumnEvidence:
    """Shares of a column's non-empty cells that show each kind of value (see MEASURES)."""
    texts = [" ".join(t.split()) for t in cells if t and t.strip()]
    if not texts:
        return ColumnEvidence()
    n = len(texts)

    def share(pred) -> float:
        return sum(1 for t in texts if pred(t)) / n

    shares = {
        "ref": share(is_ref_cell),
        "deadline": share(is_date),
        "rag": share(is_rating),
        "status": share(is_status),
        "lead": share(is_lead),
        "action": share(is_action),
        "narrative": share(is_narrative),
        "numeric": share(lambda t: bool(NUMERIC_RE.match(t))),
        "code": share(lambda t: bool(CODE_RE.match(t) or PRIORITY_RE.match(t))),
        "priority": share(lambda t: bool(PRIORITY_RE.match(t))),
        "percent": share(lambda t: bool(PERCENT_RE.match(t))),
    }
    # A ref is a number, not an amount: a column of numbers that are mostly large is not refs.
    if shares["ref"] and shares["numeric"] >= shares["ref"]:
        big = sum(1 for t in texts if NUMERIC_RE.match(t) and len(re.sub(r"\D", "", t)) >= 4)
        if big >= 0.3 * n:
            shares["ref"] = 0.0
    # Values that repeat down the column (a group cell printed in every row of its block). A
    # single word repeated is a category or a type ('Completion', 'Required'), not a theme.
    if n >= 3:
        repeats = sum(1 for a, b in zip(texts, texts[1:], strict=False) if a == b and len(a.split()) >= 2)
        shares["area"] = repeats / (n - 1)
    mean_words = statistics.fmean(len(t.split()) for t in texts)
    return ColumnEvidence(shares, n, mean_words)

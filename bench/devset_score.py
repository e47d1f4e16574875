"""Score predicted action rows against hand-made gold rows: in-order alignment, recall, precision, field accuracy.

The scoring follows the corpus contract (../shared/corpus/README.md) so figures are comparable:
gold and predicted rows of one document are paired in document order on action-text similarity
(a pair counts when the similarity is >= 0.90); row recall = pairs / gold rows, precision =
pairs / predicted rows; each field is scored over the pairs as an exact match once every
whitespace character is removed (case kept). `rag` is compared after mapping words and letters
to one name and is skipped where both sides are empty; `deadline_date` and `leads` only where
the gold row carries the key; `leads` is compared as a multiset of (person, role, initials, org).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

THRESHOLD = 0.90
TEXT_FIELDS = ("ref", "area", "lead", "action", "deadline_raw", "progress", "monitoring")
FIELDS = (*TEXT_FIELDS, "rag", "deadline_date", "leads", "page_first")

# Letters and words a rating may be written as, mapped to one name per rating.
_RAG_NAMES = {
    "red": ("r", "red"),
    "amber": ("a", "amber", "y", "yellow", "orange"),
    "green": ("g", "green"),
    "blue": ("b", "blue", "complete", "completed"),
    "grey": ("grey", "gray", "white", "not started"),
}
_RAG_OF = {word: name for name, words in _RAG_NAMES.items() for word in words}
# Bullets and soft hyphens are layout, not text; the scorer ignores them like whitespace. Besides
# the corpus scorer's '\u2022' this takes the other list glyphs Word and InDesign print ('\u25cf',
# '\u25aa', '\u25e6', and Symbol's private-use bullet '\uf0b7'), which the gold leaves out.
_INVISIBLE = re.compile(r"[\s\u2022\u25cf\u25aa\u25e6\uf0b7\u00ad]+")


def squash(value: object) -> str:
    """Text with whitespace, bullets and soft hyphens removed and no trailing full stop."""
    if value is None:
        return ""
    return _INVISIBLE.sub("", str(value)).rstrip(".")


def rag_name(value: object) -> str | None:
    """One name per rating ('R', 'Red', 'red' -> 'red'); None for an empty value."""
    if value is None:
        return None
    text = str(value).strip().lower()
    return _RAG_OF.get(text, text) if text else None


def as_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def lead_multiset(value: object) -> Counter:
    """Leads as a multiset of (person, role, initials, org), case and whitespace ignored."""
    if value is None:
        return Counter()
    if hasattr(value, "tolist"):
        value = value.tolist()
    return Counter(
        tuple(squash((lead or {}).get(k)).lower() for k in ("person", "role", "initials", "org"))
        for lead in value
    )


def action_similarity(a: object, b: object) -> float:
    """Similarity of two action texts in [0, 1], whitespace and case ignored; 0 if either is empty."""
    x, y = squash(a).lower(), squash(b).lower()
    if not x or not y:
        return 0.0
    matcher = difflib.SequenceMatcher(None, x, y, autojunk=False)
    # The cheap upper bounds rule most pairs out before the quadratic ratio.
    if matcher.real_quick_ratio() < THRESHOLD or matcher.quick_ratio() < THRESHOLD:
        return 0.0
    return matcher.ratio()


def align(gold: Sequence[dict], pred: Sequence[dict]) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index), both increasing, with the most pairs at >= THRESHOLD.

    A longest-common-subsequence table whose cells hold (pairs, summed similarity), so that among
    alignments with as many pairs the closer texts win.
    """
    n, m = len(gold), len(pred)
    sim = [[action_similarity(g.get("action"), p.get("action")) for p in pred] for g in gold]
    best = [[(0, 0.0)] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(m):
            options = [best[i][j + 1], best[i + 1][j]]
            if sim[i][j] >= THRESHOLD:
                count, total = best[i][j]
                options.append((count + 1, total + sim[i][j]))
            best[i + 1][j + 1] = max(options)
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        if sim[i - 1][j - 1] >= THRESHOLD:
            count, total = best[i - 1][j - 1]
            if best[i][j] == (count + 1, total + sim[i - 1][j - 1]):
                pairs.append((i - 1, j - 1))
                i, j = i - 1, j - 1
                continue
        if best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def field_match(name: str, gold: dict, pred: dict) -> bool | None:
    """Whether pred gets the field right; None when the field is not scored on this row."""
    if name == "rag":
        g, p = rag_name(gold.get("rag")), rag_name(pred.get("rag"))
        return None if g is None and p is None else g == p
    if name == "deadline_date":
        return as_date(gold["deadline_date"]) == as_date(pred.get("deadline_date")) if name in gold else None
    if name == "leads":
        return lead_multiset(gold["leads"]) == lead_multiset(pred.get("leads")) if name in gold else None
    if name == "page_first":
        return gold.get("page_first") == pred.get("page_first")
    return squash(gold.get(name)) == squash(pred.get(name))


@dataclass
class Score:
    """Counts for one document or a sum of documents."""

    gold: int = 0
    pred: int = 0
    hit: int = 0
    right: Counter = field(default_factory=Counter)
    scored: Counter = field(default_factory=Counter)
    misses: list[tuple[int, str, object, object]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.hit / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.hit / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    def accuracy(self, name: str) -> float | None:
        return self.right[name] / self.scored[name] if self.scored[name] else None

    def as_dict(self, fields: Sequence[str]) -> dict:
        """The figures as JSON-ready values: counts, recall, precision and each field's accuracy."""
        return {
            "gold": self.gold,
            "pred": self.pred,
            "hit": self.hit,
            "recall": self.recall,
            "precision": self.precision,
            "fields": {f: self.accuracy(f) for f in fields},
        }

    def __add__(self, other: Score) -> Score:
        return Score(
            self.gold + other.gold,
            self.pred + other.pred,
            self.hit + other.hit,
            self.right + other.right,
            self.scored + other.scored,
            self.misses + other.misses,
        )


def score_document(gold: Sequence[dict], pred: Sequence[dict]) -> Score:
    """Score one document's predicted rows (in document order) against its gold rows."""
    out = Score(gold=len(gold), pred=len(pred))
    for i, j in align(gold, pred):
        out.hit += 1
        for name in FIELDS:
            ok = field_match(name, gold[i], pred[j])
            if ok is None:
                continue
            out.scored[name] += 1
            out.right[name] += ok
            if not ok:
                out.misses.append((i, name, gold[i].get(name), pred[j].get(name)))
    return out


def total(scores: Iterable[Score]) -> Score:
    return sum(scores, Score())

"""Decide which action tables, across documents, are versions of the same plan, and group renderings.

Reconciliation helper, not a stage of its own: `reconcile_actions` calls `assign_plans()` and
`group_versions()`. Both are deterministic: inputs are sorted first and ties break on doc_id.

Plan identity works in two steps:

1. *Segmenting* a document's tables: consecutive tables are sections of one plan unless their
   header rows differ, their reference numbering restarts (``... 41., 42.`` then ``1., 2.``) or
   their titles name two different plans: how an agenda pack carrying a second plan shows itself.
2. *Linking* segments across documents by action-text overlap: the share of the smaller segment's
   actions that have a near-identical action in the other. Linked segments form one plan
   (union-find). Two segments of one document are never compared with each other, but they are
   joined when both match the same plan elsewhere, which repairs a section split by mistake.
   Two documents that carry one plan's or log's name in their titles, not dated alike
   (`record_titles.title_key`), need less overlap: a meeting's action log closes most actions by
   the next, so what they share is their name, their columns and a few carried-forward actions.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from extractors.record_titles import title_key
from extractors.text import comparable_text

log = logging.getLogger(__name__)

# Two segments of different documents are the same plan when at least this share of the smaller
# one's actions has a partner at OVERLAP_TEXT_SIM or better in the other.
OVERLAP_TEXT_SIM = 0.85
OVERLAP_SHARE = 0.5
# Segments of two documents of one titled series, not dated alike: this many actions in common
# (at OVERLAP_TEXT_SIM) and compatible columns make them one plan.
SERIES_MIN_PAIRS = 2
# Two documents of one plan are renderings of one version when they share a date (or both have
# none) and this share of their rows pair up with near-identical action and progress text.
RENDERING_SHARE = 0.7  # dated: the date already says 'same version'; extraction may differ by layout
RENDERING_SHARE_UNDATED = 0.97
RENDERING_TEXT_SIM = 0.9

_REF_CLEAN = re.compile(r"[\s()\[\]]+")
_REF_NUMBERS = re.compile(r"\d+")


def normalise_ref(value: object) -> str:
    """'1.1', ' 1.1. ', '(1.1)' -> '1.1'; '' when absent."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return _REF_CLEAN.sub("", str(value)).strip(".:-").lower()


def ref_numbers(value: object) -> tuple[int, ...]:
    """The integers of a ref, e.g. '2.10' -> (2, 10); () when it has none."""
    return tuple(int(n) for n in _REF_NUMBERS.findall(normalise_ref(value))[:3])


def text_similarity_matrix(left: list[str], right: list[str]) -> np.ndarray:
    """Character similarity (normalised Indel, 0..1) of every left text with every right text."""
    if not left or not right:
        return np.zeros((len(left), len(right)))
    m = process.cdist(left, right, scorer=fuzz.ratio, workers=1, dtype=np.float64) / 100.0
    # two empty texts are not evidence of anything
    empty_l = np.array([not s for s in left])
    empty_r = np.array([not s for s in right])
    m[empty_l, :] = 0.0
    m[:, empty_r] = 0.0
    return m


def one_to_one_pairs(sim: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Optimal one-to-one pairing (Hungarian) keeping pairs at or above `threshold`."""
    from scipy.optimize import linear_sum_assignment

    if sim.size == 0:
        return []
    rows, cols = linear_sum_assignment(-sim)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if sim[i, j] >= threshold]


# --------------------------------------------------------------------------- segmenting


def _restarts(prev_refs: list[tuple[int, ...]], next_refs: list[tuple[int, ...]]) -> bool:
    """True when the next table's numbering starts again from 1 after the previous one went past it."""
    prev = [r for r in prev_refs if r]
    nxt = [r for r in next_refs if r]
    if not prev or not nxt:
        return False
    first, last = nxt[0], prev[-1]
    if len(first) != len(last):
        return False  # '1.' after '9.3' is a change of scheme, not evidence of a restart
    # '1.' / '1.1' / 'A1' starting again while the previous table had already moved on
    return first[0] <= 1 and first < last and (len(first) == 1 or first[-1] <= 1)


_PLAN_WORDS = {"plan", "plans", "strategy", "programme", "program"}
_TITLE_WORDS = 16  # a plan's name is a heading; a longer text that says 'plans' is a sentence


def _names_a_plan(normalised: str) -> bool:
    words = normalised.split()
    return bool(_PLAN_WORDS & set(words)) and len(words) <= _TITLE_WORDS


def _names_other_plan(prev_title: object, title: object) -> bool:
    """True when both tables carry a title naming a plan ('... Improvement Plan') and they differ."""
    a, b = comparable_text(prev_title), comparable_text(title)
    if not _names_a_plan(a) or not _names_a_plan(b):
        return False
    return fuzz.token_sort_ratio(a, b) < 70


def _headers_differ(a: Iterable[str] | None, b: Iterable[str] | None) -> bool:
    """Both tables print a header row and the rows differ: sections of one plan repeat theirs.

    Splitting too eagerly is cheap: segments of one document that both match the same plan in
    another version are joined again when plans are linked across documents."""
    ha = [h for h in (comparable_text(x) for x in (a if a is not None else [])) if h]
    hb = [h for h in (comparable_text(x) for x in (b if b is not None else [])) if h]
    return bool(ha) and bool(hb) and ha != hb


def _roles_compatible(a: Iterable[str] | None, b: Iterable[str] | None) -> bool:
    sa = {r for r in (a if a is not None else []) if r and r != "other"}
    sb = {r for r in (b if b is not None else []) if r and r != "other"}
    if not sa or not sb:
        return True
    return len(sa & sb) / len(sa | sb) >= 0.6 and ("action" in sa) == ("action" in sb)


def segment_tables(tables: pd.DataFrame, actions: pd.DataFrame) -> dict[tuple[str, int], int]:
    """(doc_id, table_index) -> segment number within its document (0, 1, ...)."""
    refs: dict[tuple[str, int], list[tuple[int, ...]]] = {}
    for key, grp in actions.sort_values(["doc_id", "table_index", "row_index"]).groupby(
        ["doc_id", "table_index"], sort=True
    ):
        refs[(str(key[0]), int(key[1]))] = [ref_numbers(r) for r in grp["ref"].tolist()]
    roles = {
        (str(d), int(t)): r
        for d, t, r in zip(
            tables["doc_id"], tables["table_index"], tables.get("roles", [None] * len(tables)), strict=True
        )
    }
    headers = {
        (str(d), int(t)): h
        for d, t, h in zip(
            tables["doc_id"], tables["table_index"], tables.get("headers", [None] * len(tables)), strict=True
        )
    }
    titles = {
        (str(d), int(t)): v
        for d, t, v in zip(
            tables["doc_id"], tables["table_index"], tables.get("title", [None] * len(tables)), strict=True
        )
    }
    keys = sorted(set(refs) | set(roles))
    out: dict[tuple[str, int], int] = {}
    prev: tuple[str, int] | None = None
    seg_title: object = None  # the last plan-naming title seen in the current segment
    seg = 0
    for key in keys:
        title = titles.get(key)
        if prev is None or prev[0] != key[0]:
            seg, seg_title = 0, None
        elif (
            not _roles_compatible(roles.get(prev), roles.get(key))
            or _headers_differ(headers.get(prev), headers.get(key))
            or _restarts(refs.get(prev, []), refs.get(key, []))
            or _names_other_plan(seg_title, title)
        ):
            seg, seg_title = seg + 1, None
        if _names_a_plan(comparable_text(title)):
            seg_title = title
        out[key] = seg
        prev = key
    return out


# --------------------------------------------------------------------------- linking


class _UnionFind:
    def __init__(self, items: Iterable[tuple]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: tuple) -> tuple:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: tuple, b: tuple) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted([ra, rb])  # the smaller key wins: independent of the order of calls
            self.parent[hi] = lo


def _doc_sort_key(doc_date: dt.date | None, doc_id: str) -> tuple:
    # undated documents go last: they cannot be placed among the versions
    return (doc_date is None, doc_date or dt.date.min, doc_id)


def _segment_pairs(a: list[str], b: list[str]) -> tuple[int, int]:
    """(actions paired at OVERLAP_TEXT_SIM, size of the smaller segment) of two segments."""
    a = [t for t in a if t]
    b = [t for t in b if t]
    if not a or not b:
        return 0, 0
    # cheap blocking before the quadratic comparison: plans that share a version share vocabulary
    va, vb = set(" ".join(a).split()), set(" ".join(b).split())
    if len(va & vb) < 0.2 * min(len(va), len(vb)):
        return 0, min(len(a), len(b))
    pairs = one_to_one_pairs(text_similarity_matrix(a, b), OVERLAP_TEXT_SIM)
    return len(pairs), min(len(a), len(b))


def _same_series(
    a: tuple[str, int],
    b: tuple[str, int],
    series: dict[str, str],
    dates: dict[str, dt.date | None],
    seg_roles: dict[tuple[str, int], list],
    n_pairs: int,
) -> bool:
    """Two segments of documents titled as one plan or log and not dated alike, with columns that
    agree and a few actions carried from one to the other. An undated one counts: its date may be
    printed where it is not read, and its versions are then ordered after the dated ones."""
    ka, kb = series.get(a[0], ""), series.get(b[0], "")
    da, db = dates.get(a[0]), dates.get(b[0])
    if not ka or ka != kb or (da is not None and da == db):
        return False  # one date: renderings of one version, which the ordinary overlap joins
    if not _roles_compatible(seg_roles.get(a), seg_roles.get(b)):
        return False
    return n_pairs >= SERIES_MIN_PAIRS


def assign_plans(documents: pd.DataFrame, tables: pd.DataFrame, actions: pd.DataFrame) -> pd.DataFrame:
    """One row per (doc_id, table_index) with `plan_key`: the first appearance (doc_id, table_index)
    of its plan, earliest document first."""
    segs = segment_tables(tables, actions)
    dates = doc_dates(documents)
    councils = {
        str(d): (comparable_text(c) or None)
        for d, c in zip(documents["doc_id"], documents.get("council", [None] * len(documents)), strict=True)
    }
    texts: dict[tuple[str, int], list[str]] = {}
    for (doc, table), grp in actions.sort_values(["doc_id", "table_index", "row_index"]).groupby(
        ["doc_id", "table_index"], sort=True
    ):
        texts[(str(doc), int(table))] = [comparable_text(x) for x in grp["action"].tolist()]
    seg_texts: dict[tuple[str, int], list[str]] = {}
    for (doc, table), s in sorted(segs.items()):
        seg_texts.setdefault((doc, s), []).extend(texts.get((doc, table), []))
    series = {
        str(d): title_key(t)
        for d, t in zip(documents["doc_id"], documents.get("title", [None] * len(documents)), strict=True)
    }
    seg_roles = _segment_roles(tables, segs)
    seg_keys = sorted(seg_texts, key=lambda k: (_doc_sort_key(dates.get(k[0]), k[0]), k[1]))
    uf = _UnionFind(seg_keys)
    for i, a in enumerate(seg_keys):
        for b in seg_keys[i + 1 :]:
            if a[0] == b[0]:
                continue
            ca, cb = councils.get(a[0]), councils.get(b[0])
            if ca and cb and ca != cb:
                continue  # blocking: two councils never share a plan
            n_pairs, smaller = _segment_pairs(seg_texts[a], seg_texts[b])
            if (smaller and n_pairs / smaller >= OVERLAP_SHARE) or _same_series(
                a, b, series, dates, seg_roles, n_pairs
            ):
                uf.union(a, b)
    order = {k: n for n, k in enumerate(seg_keys)}
    members: dict[tuple, list[tuple[str, int]]] = {}
    for (doc, table), s in segs.items():
        members.setdefault(uf.find((doc, s)), []).append((doc, table))
    rows = []
    for group in members.values():
        first = min(group, key=lambda k: (order[(k[0], segs[k])], k[1]))
        for doc, table in group:
            rows.append({"doc_id": doc, "table_index": table, "plan_key": first})
    out = pd.DataFrame(rows, columns=["doc_id", "table_index", "plan_key"])
    return out.sort_values(["doc_id", "table_index"]).reset_index(drop=True)


def _segment_roles(tables: pd.DataFrame, segs: dict[tuple[str, int], int]) -> dict[tuple[str, int], list]:
    """(doc_id, segment) -> the column roles of its first table (sections of one plan share them)."""
    out: dict[tuple[str, int], list] = {}
    roles = tables.get("roles", [None] * len(tables))
    for d, t, r in sorted(
        zip(tables["doc_id"], tables["table_index"], roles, strict=True), key=lambda x: (str(x[0]), int(x[1]))
    ):
        seg = segs.get((str(d), int(t)))
        if seg is not None and r is not None:
            out.setdefault((str(d), seg), list(r))
    return out


def doc_dates(documents: pd.DataFrame) -> dict[str, dt.date | None]:
    """doc_id -> doc_date (None when unknown or the column is missing)."""
    out: dict[str, dt.date | None] = {}
    for d, v in zip(documents["doc_id"], documents.get("doc_date", [None] * len(documents)), strict=True):
        out[str(d)] = as_date(v)
    return out


def as_date(v: object) -> dt.date | None:
    """A date from a date, datetime, Timestamp or ISO string; None for missing values."""
    if v is None or v is pd.NaT:
        return None
    if isinstance(v, float) and np.isnan(v):
        return None
    if isinstance(v, pd.Timestamp):
        return v.date()
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- versions


@dataclass
class Version:
    """One version of a plan: the documents rendering it, the first of which is canonical."""

    index: int
    doc_date: dt.date | None
    doc_ids: list[str] = field(default_factory=list)

    @property
    def canonical(self) -> str:
        return self.doc_ids[0]


def _same_version(a: pd.DataFrame, b: pd.DataFrame, dated: bool) -> bool:
    ta = [
        comparable_text(x) + " | " + comparable_text(p)
        for x, p in zip(a["action"], a["progress"], strict=True)
    ]
    tb = [
        comparable_text(x) + " | " + comparable_text(p)
        for x, p in zip(b["action"], b["progress"], strict=True)
    ]
    if not ta or not tb:
        return False
    pairs = one_to_one_pairs(text_similarity_matrix(ta, tb), RENDERING_TEXT_SIM)
    share = len(pairs) / max(len(ta), len(tb))
    return share >= (RENDERING_SHARE if dated else RENDERING_SHARE_UNDATED)


def _richness(rows: pd.DataFrame) -> tuple:
    """Prefer as canonical the rendering with most rows and most filled-in fields."""
    filled = sum(int(rows[c].notna().sum()) for c in ("rag", "deadline_date", "lead", "ref") if c in rows)
    return (-len(rows), -filled)


def group_versions(plan_rows: pd.DataFrame, dates: dict[str, dt.date | None]) -> list[Version]:
    """Order a plan's documents by date and fold renderings of one version together."""
    docs = sorted(plan_rows["doc_id"].unique().tolist(), key=lambda d: _doc_sort_key(dates.get(d), d))
    by_doc = {d: plan_rows[plan_rows["doc_id"] == d] for d in docs}
    versions: list[Version] = []
    for d in docs:
        date = dates.get(d)
        home = None
        for v in versions:
            # an undated document (its date was not found) may still be a rendering of a dated
            # version, but only when its rows are near-identical
            if (date is None or v.doc_date == date) and _same_version(
                by_doc[v.doc_ids[0]], by_doc[d], dated=date is not None and v.doc_date == date
            ):
                home = v
                break
        if home is None:
            versions.append(Version(index=len(versions), doc_date=date, doc_ids=[d]))
        else:
            home.doc_ids.append(d)
    for v in versions:
        v.doc_ids.sort(key=lambda d: (_richness(by_doc[d]), d))
    return versions

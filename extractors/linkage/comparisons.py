"""Comparisons between two versions' action rows: per-field similarities turned into match weights that add up."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from extractors.plan_identity import (
    as_date,
    normalise_ref,
    ref_numbers,
    text_similarity_matrix,
)
from extractors.text import comparable_text, missing_to_none

# Comparison levels: (similarity, weight) knots, interpolated linearly; below the first knot the
# first weight holds. Action text carries the decision; the rest break ties and rescue rewordings.
ACTION_LEVELS = ((0.50, -12.0), (0.65, -5.0), (0.75, 0.0), (0.85, 4.0), (0.92, 7.0), (1.00, 10.0))
AREA_SAME, AREA_OTHER = 2.0, -1.0
REF_SAME, REF_NEAR, REF_OTHER = 3.0, 1.0, -1.0
LEAD_SAME, LEAD_OTHER = 1.5, -0.5
DEADLINE_SAME, DEADLINE_OTHER = 1.0, -0.3
POSITION_LEVELS = ((0.0, 1.0), (0.05, 0.5), (0.15, 0.0), (0.35, -1.0))
# A standing action that names its occurrence ('minutes of the thirteenth meeting', '2nd quarterly
# return') comes back each time with another ordinal: a new action, however alike the wording.
OCCURRENCE_OTHER = -12.0
_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth "
    "fiftieth".split()
)
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty)\w*)$")


# --------------------------------------------------------------------------- comparisons


def _interp(x: np.ndarray, knots: tuple[tuple[float, float], ...]) -> np.ndarray:
    xs = [k[0] for k in knots]
    ys = [k[1] for k in knots]
    return np.interp(x, xs, ys, left=ys[0], right=ys[-1])


@dataclass
class Side:
    """One side of a comparison: rows with their comparison keys prepared once."""

    rows: list[dict[str, Any]]
    position: np.ndarray  # relative position in the version, 0..1

    @classmethod
    def of(cls, rows: list[dict[str, Any]], positions: list[float] | None = None) -> Side:
        n = len(rows)
        pos = positions if positions is not None else [i / max(n - 1, 1) for i in range(n)]
        prepared = []
        for r in rows:
            p = dict(r)
            p["_action"] = comparable_text(r.get("action"))
            p["_area"] = comparable_text(r.get("area"))
            p["_ref"] = normalise_ref(r.get("ref"))
            p["_refnum"] = ref_numbers(r.get("ref"))
            key = missing_to_none(r.get("lead_key"))
            p["_lead_key"] = str(key).strip().lower() if key is not None else ""
            p["_lead"] = comparable_text(r.get("lead"))
            p["_deadline"] = as_date(missing_to_none(r.get("deadline_date")))
            p["_deadline_raw"] = comparable_text(r.get("deadline_raw"))
            p["_ordinals"] = ordinals(p["_action"])
            prepared.append(p)
        return cls(prepared, np.asarray(pos, dtype=float))


def ordinals(text: str) -> frozenset[str]:
    """The ordinal words and numbers of a comparable text: 'thirteenth', '2nd'."""
    return frozenset(w for w in text.split() if w in _ORDINAL_WORDS or _ORDINAL.match(w))


def _occurrence_matrix(left: Side, right: Side) -> np.ndarray:
    """1 where both actions name occurrences and none in common (another instance), else 0."""
    out = np.zeros((len(left.rows), len(right.rows)))
    for i, a in enumerate(left.rows):
        if not a["_ordinals"]:
            continue
        for j, b in enumerate(right.rows):
            if b["_ordinals"] and not (a["_ordinals"] & b["_ordinals"]):
                out[i, j] = 1.0
    return out


def _string_matrix(a: list[str], b: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(similarity, both-present mask) of two string lists."""
    present = np.outer([bool(x) for x in a], [bool(y) for y in b])
    if not a or not b:
        return np.zeros((len(a), len(b))), present
    sim = process.cdist(a, b, scorer=fuzz.ratio, workers=1, dtype=np.float64) / 100.0
    return np.where(present, sim, 0.0), present


def _ref_matrix(left: Side, right: Side) -> np.ndarray:
    """1 same ref, 0.5 same prefix and last number within 3, 0 other, nan missing."""
    out = np.full((len(left.rows), len(right.rows)), np.nan)
    for i, a in enumerate(left.rows):
        if not a["_ref"]:
            continue
        for j, b in enumerate(right.rows):
            if not b["_ref"]:
                continue
            if a["_ref"] == b["_ref"]:
                out[i, j] = 1.0
            else:
                na, nb = a["_refnum"], b["_refnum"]
                near = bool(na) and len(na) == len(nb) and na[:-1] == nb[:-1] and abs(na[-1] - nb[-1]) <= 3
                out[i, j] = 0.5 if near else 0.0
    return out


def _lead_matrix(left: Side, right: Side) -> np.ndarray:
    out = np.full((len(left.rows), len(right.rows)), np.nan)
    for i, a in enumerate(left.rows):
        for j, b in enumerate(right.rows):
            if a["_lead_key"] and b["_lead_key"]:
                out[i, j] = float(a["_lead_key"] == b["_lead_key"])
            elif a["_lead"] and b["_lead"]:
                out[i, j] = fuzz.ratio(a["_lead"], b["_lead"]) / 100.0
    return out


def _deadline_matrix(left: Side, right: Side) -> np.ndarray:
    out = np.full((len(left.rows), len(right.rows)), np.nan)
    for i, a in enumerate(left.rows):
        for j, b in enumerate(right.rows):
            if a["_deadline"] is not None and b["_deadline"] is not None:
                out[i, j] = float(a["_deadline"] == b["_deadline"])
            elif a["_deadline_raw"] and b["_deadline_raw"]:
                out[i, j] = float(a["_deadline_raw"] == b["_deadline_raw"])
    return out


@dataclass
class Comparison:
    """Similarity matrices of every comparison and the total match weight, left x right."""

    sims: dict[str, np.ndarray]
    weight: np.ndarray


def compare(left: Side, right: Side) -> Comparison:
    """All comparisons between two sides. Symmetric: compare(b, a).weight == compare(a, b).weight.T"""
    la = [r["_action"] for r in left.rows]
    ra = [r["_action"] for r in right.rows]
    char = text_similarity_matrix(la, ra)
    if la and ra:
        tset = process.cdist(la, ra, scorer=fuzz.token_set_ratio, workers=1, dtype=np.float64) / 100.0
        tset = np.where(char > 0, tset, 0.0)
    else:
        tset = np.zeros_like(char)
    # token-set similarity forgives appended or dropped words ("... - to be reviewed monthly"), but
    # alone it also rewards a short text contained in a longer one: average it with the char ratio
    action = np.maximum(char, (char + tset) / 2.0)
    w = _interp(action, ACTION_LEVELS)

    area, area_ok = _string_matrix([r["_area"] for r in left.rows], [r["_area"] for r in right.rows])
    w = w + np.where(area_ok, np.where(area >= 0.9, AREA_SAME, AREA_OTHER), 0.0)
    area = np.where(area_ok, area, np.nan)

    ref = _ref_matrix(left, right)
    w = w + np.select([ref == 1.0, ref == 0.5, ref == 0.0], [REF_SAME, REF_NEAR, REF_OTHER], 0.0)

    lead = _lead_matrix(left, right)
    w = w + np.where(np.isnan(lead), 0.0, np.where(lead >= 0.9, LEAD_SAME, LEAD_OTHER))

    deadline = _deadline_matrix(left, right)
    w = w + np.where(np.isnan(deadline), 0.0, np.where(deadline >= 1.0, DEADLINE_SAME, DEADLINE_OTHER))

    other_occurrence = _occurrence_matrix(left, right)
    w = w + other_occurrence * OCCURRENCE_OTHER

    dpos = np.abs(left.position[:, None] - right.position[None, :])
    w = w + _interp(dpos, POSITION_LEVELS)
    sims = {
        "action": action,
        "action_char": char,
        "action_token_set": tset,
        "ref": ref,
        "area": area,
        "lead": lead,
        "deadline": deadline,
        "position": 1.0 - dpos,
    }
    return Comparison(sims, w)

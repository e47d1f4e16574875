"""One-to-one assignment of rows between two versions on their match weights, globally optimal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment

from extractors.linkage.comparisons import Comparison, Side, compare
from extractors.text import missing_to_none

THRESHOLD = 4.0  # minimum match weight of a link
DOUBTFUL_WEIGHT = 7.0  # links below this weight, or ...
DOUBTFUL_MARGIN = 2.0  # ... this close to a rival pairing, are flagged for review
SKIP_PENALTY = 1.0  # a row last seen two versions ago needs a little more evidence
ALLOW_SKIP = True


@dataclass
class Link:
    left: int
    right: int
    weight: float
    margin: float | None
    sims: dict[str, float | None]


def assign(comp: Comparison, threshold: float = THRESHOLD, penalty: np.ndarray | None = None) -> list[Link]:
    """One-to-one links maximising the total weight above `threshold` (Hungarian algorithm)."""
    w = comp.weight if penalty is None else comp.weight - penalty
    if w.size == 0:
        return []
    gain = np.maximum(w - threshold, 0.0)
    rows, cols = linear_sum_assignment(gain, maximize=True)
    links = []
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if w[i, j] < threshold:
            continue
        rival = max(
            np.max(np.delete(w[i, :], j), initial=-np.inf),
            np.max(np.delete(w[:, j], i), initial=-np.inf),
        )
        margin = float(w[i, j] - rival) if np.isfinite(rival) else None
        sims = {k: (None if np.isnan(v[i, j]) else float(v[i, j])) for k, v in comp.sims.items()}
        links.append(Link(int(i), int(j), float(w[i, j]), margin, sims))
    return links


def match_actions(left: pd.DataFrame, right: pd.DataFrame, threshold: float = THRESHOLD) -> pd.DataFrame:
    """Link the rows of two versions of one plan: (left_pos, right_pos, weight) for each link.

    Positions are 0-based row positions in the frames as given (sorted by table_index, row_index
    by the caller). Rows not in the result are dropped (left) or new (right).
    """
    comp = compare(Side.of(frame_records(left)), Side.of(frame_records(right)))
    links = assign(comp, threshold)
    return pd.DataFrame(
        [(lk.left, lk.right, lk.weight) for lk in links], columns=["left_pos", "right_pos", "weight"]
    )


def frame_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    cols = [c for c in df.columns]
    return [
        {c: missing_to_none(v) for c, v in zip(cols, row, strict=True)} for row in df.itertuples(index=False)
    ]

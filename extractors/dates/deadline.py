"""The normalised deadline type: what kind a deadline is and the interval of its period."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class Deadline:
    """A normalised deadline: what kind it is and the interval of its (current) period."""

    kind: str  # date | range | revised | recurring | ongoing | tbc | none | ambiguous
    start: datetime.date | None
    end: datetime.date | None  # last day of the period (the current one if revised)
    precision: str | None  # day | month | season | quarter | year | financial_year | None


NONE = Deadline("none", None, None, None)
TBC = Deadline("tbc", None, None, None)
ONGOING = Deadline("ongoing", None, None, None)
AMBIGUOUS = Deadline("ambiguous", None, None, None)

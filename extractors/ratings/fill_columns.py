"""Tell a column's rating fills from its styling: a colour every row shares, or a tint that never varies.

A plan that rates by fill paints each row's cell in the colour of its own rating, so the colours
of the rated column vary from row to row; a producer's styling paints a whole column alike (a
dark ref column, a shaded status column). A ref column whose cells are all one colour is read as
styling, so a plan that colours its row numbers as ratings loses them only when every action has
the same rating. Light tints (Excel's good/neutral/bad styles, Office's
'Lighter 60%' shades) are as likely to be styling as ratings, so they count only where the
column's colours name two or more ratings somewhere in the document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extractors.colours import RGB, chroma, delta_e, rgb_to_lab
from extractors.ratings.colour_names import rag_from_colour

STYLING_SHARE = 0.8  # this share of a column's rows painted, all in one colour: the column's own
STYLING_MIN_ROWS = 3
TINT_MIN_CHROMA = 20.0  # below: pale shading ('Lighter 80%'), never a rating without a key
SATURATED_CHROMA = 30.0  # at or above: a clear colour, a rating on its own


class FillColumns:
    """Per (table, role): the styling colour of the column, if any; per role: whether tints rate."""

    def __init__(self, actions: list[dict[str, Any]], fill_of: Callable[[dict[str, Any], str], RGB | None]):
        self._styling: dict[tuple[Any, str], RGB] = {}
        ratings: dict[str, set[str]] = {}
        columns: dict[tuple[Any, str], list[RGB | None]] = {}
        for a in actions:
            for role in a.get("_cells") or {}:
                if role in ("ref", "action", "progress", "rag"):
                    columns.setdefault((a.get("table_index"), role), []).append(fill_of(a, role))
        for (table, role), fills in columns.items():
            painted = [f for f in fills if f is not None]
            if len(fills) >= STYLING_MIN_ROWS and len(painted) >= STYLING_SHARE * len(fills):
                # one colour in every painted cell: a rated column would show another somewhere
                if all(_same(painted[0], g) for g in painted):
                    self._styling[(table, role)] = painted[0]
            for f in painted:
                if chroma(rgb_to_lab(f)) >= TINT_MIN_CHROMA and not self.is_styling(table, role, f):
                    rating = rag_from_colour(f)
                    if rating is not None and rating != "grey":
                        ratings.setdefault(role, set()).add(rating)
        self._varied = {role for role, found in ratings.items() if len(found) >= 2}

    def is_styling(self, table: Any, role: str, fill: RGB) -> bool:
        """The colour most of the column is painted in, for a cell that is not the rating cell.

        The rating column itself may be all one colour (every action on track); a ref or action
        column all one colour is the table's design.
        """
        if role in ("rag", "progress"):
            return False
        common = self._styling.get((table, role))
        return common is not None and _same(common, fill)

    def tints_rate(self, role: str) -> bool:
        """Whether light tints in this role's cells are ratings: the document's colours there vary."""
        return role in self._varied


def _same(a: RGB, b: RGB) -> bool:
    return delta_e(rgb_to_lab(a), rgb_to_lab(b)) < 3

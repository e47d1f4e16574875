"""Read RAG/BRAG ratings from a rating cell's text, its fill colour or its text's ink. Reads: actions (+ the open PDF). Writes: actions.

Each action gets `rag` (one of RAG_VALUES or None), `rag_raw` (the text as printed, else the fill as
'#RRGGBB', or the text and its ink as 'Delayed #E00000'), `rag_source` ('text' | 'fill' | 'ink' |
'none': where `rag` came from) and `rag_cell` (the
role of the cell it was read from: 'rag', or 'ref' / 'action' when the plan colours those instead,
or 'progress' when a table without a rating column rates by its status cell's fill or phrase).

Decisions worth knowing:
- A split rating such as 'R/A' or 'Amber/Green' takes the worse of the two (red > amber > green >
  blue): a plan's reader should see the concern, and the raw text keeps the nuance.
- Yellow and orange are amber (the schemes that use them mean 'minor slippage' / 'at risk').
- Grey means 'not started' only when it is a mid grey or when the document's key says so; pale
  greys and pale blues are what Word and Excel use to shade headers and bands, so never ratings.
- A fill shared by the rating cell and the action cell is row shading, never a rating.
- Text wins over fill; a rating column holding something else ('?', 'n/a') gives None unless the
  cell is also coloured. A dot painted on a zebra band or a highlighted row still rates.
- With neither a rating word nor a fill, the ink: a glyph ('●', '■') or a rating cell's text in a
  rating colour, or a status phrase printed in one ('Delayed' in red); never narrative text (new
  updates are printed in red) nor an ink the row's action text shares (the table's text colour).
- Without a rating column, a saturated fill of the status/progress cell, else the status phrase
  that opens it ('Completed', 'On track - ...') when the column is a status column (most of its
  cells open with a status phrase), gives the rating; see docs/ratings.md.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from extractors.colours import (
    RGB,
    chroma,
    delta_e,
    rgb_to_hex,
    rgb_to_lab,
)
from extractors.core import DocContext, PageFacts, PageStore, StageConfig
from extractors.ratings.cell_fill import cell_fill
from extractors.ratings.colour_names import is_pale, key_rating, rag_from_colour
from extractors.ratings.fill_columns import SATURATED_CHROMA, TINT_MIN_CHROMA, FillColumns
from extractors.ratings.ink import CellInk, InkChar, cell_ink, is_clear_ink, is_glyph, page_inks
from extractors.ratings.key import find_colour_key, find_phrase_key
from extractors.ratings.questions import answered_yes, is_done_question
from extractors.ratings.vocabulary import rag_from_text
from extractors.status_phrases import match_status
from schemas.actions import RAG_VALUES

log = logging.getLogger(__name__)
NAME, VERSION = "read_rag", "3"

KEY_LOOKBACK_PAGES = 3  # a key is printed once, above the table or on a page or two before it


# ----------------------------------------------------------------------------------------------
# Stage


def _fragments_fill(
    pages: _Pages, frags: Iterable[Any], whole: bool = False, ignore: RGB | None = None
) -> RGB | None:
    """The fill of a cell that may span pages: the colour covering the largest fragment area.
    `ignore`: the row's shading, to see what is painted on it."""
    votes: Counter[RGB] = Counter()
    for fr in frags:
        page = pages.get(fr.page)
        if page is None:
            continue
        rgb = pages.fill(page, (fr.x0, fr.top, fr.x1, fr.bottom), whole, ignore)
        if rgb is not None:
            votes[rgb] += max(1.0, (fr.x1 - fr.x0) * (fr.bottom - fr.top))
    return votes.most_common(1)[0][0] if votes else None


def _own_rows(action: dict[str, Any], frags: list[Any]) -> list[Any]:
    """The fragments of a cell that lie in the action's own row: a column of empty status cells
    painted one colour a row (no text, no rule between them) can reach the parser as one cell
    over all the rows, whose fill is then every row's. The row's band is its action cell's."""
    if len(frags) < 2:
        return frags
    bands: dict[int, tuple[float, float]] = {}
    for fr in (action.get("_cells") or {}).get("action") or []:
        top, bottom = bands.get(fr.page, (fr.top, fr.bottom))
        bands[fr.page] = (min(top, fr.top), max(bottom, fr.bottom))
    if not bands:
        return frags

    def inside(fr: Any) -> bool:
        band = bands.get(fr.page)
        if band is None:
            return True
        overlap = min(band[1], fr.bottom) - max(band[0], fr.top)
        return overlap > 0.5 * (fr.bottom - fr.top)

    own = [fr for fr in frags if inside(fr)]
    return own or frags


class _Pages:
    """Failure-tolerant access to the document's pages through the page store."""

    def __init__(self, store: PageStore | None, strict: bool, warnings: list[str]) -> None:
        self.store, self.strict, self.warnings = store, strict, warnings
        self.bad: set[int] = set()
        self.keys: dict[int, dict[RGB, str]] = {}
        self._inks: dict[int, list[InkChar]] = {}
        # The action cells of each page: never a colour key's swatches (set by run()).
        self.cell_boxes: dict[int, list[tuple[float, float, float, float]]] = {}

    def get(self, number: int) -> PageFacts | None:
        if self.store is None or number in self.bad:
            return None
        try:
            return self.store.get(int(number)) if 1 <= int(number) <= len(self.store) else None
        except Exception:
            return self._fail(number)

    def fill(
        self,
        page: PageFacts,
        bbox: tuple[float, float, float, float],
        whole: bool = False,
        ignore: RGB | None = None,
    ) -> RGB | None:
        try:
            return cell_fill(page, bbox, whole, ignore)
        except Exception:
            self._fail(page.number)
            return None

    def inks(self, number: int) -> list[InkChar]:
        """The page's characters with their ink, read once and only when a cell needs them."""
        if number not in self._inks:
            page = self.get(number)
            try:
                self._inks[number] = page_inks(page, self.store.pdfium_document()) if page else []
            except Exception:
                self._fail(number)
                self._inks[number] = []
        return self._inks[number]

    def key(self, number: int) -> dict[RGB, str]:
        if number in self.keys:
            return self.keys[number]
        page = self.get(number)
        if page is None:
            return {}
        try:
            self.keys[number] = find_colour_key(page, self.cell_boxes.get(number))
        except Exception:
            self._fail(number)
            return {}
        return self.keys[number]

    def _fail(self, number: int) -> None:
        if self.strict:
            raise
        log.warning("read_rag: cannot read the graphics of page %s", number, exc_info=True)
        self.warnings.append(f"read_rag: unreadable graphics on page {number}")
        self.bad.add(number)
        return None


def _pages_of(action: dict[str, Any]) -> list[int]:
    return [fr.page for frs in (action.get("_cells") or {}).values() for fr in frs or []]


def _table_keys(actions: list[dict[str, Any]], pages: _Pages) -> dict[Any, dict[RGB, str]]:
    """One colour key per table: keys printed on its pages and a few pages before, nearest first."""
    spans: dict[Any, list[int]] = {}
    for a in actions:
        spans.setdefault(a.get("table_index"), []).extend(_pages_of(a))
    keys: dict[Any, dict[RGB, str]] = {}
    for table, nums in spans.items():
        if not nums:
            keys[table] = {}
            continue
        first, last = min(nums), max(nums)
        order = [
            first,
            *range(first - 1, max(0, first - KEY_LOOKBACK_PAGES - 1), -1),
            *range(first + 1, last + 1),
        ]
        merged: dict[RGB, str] = {}
        for n in order:
            for rgb, rag in pages.key(n).items():
                if not any(delta_e(rgb_to_lab(rgb), rgb_to_lab(k)) < 3 for k in merged):
                    merged[rgb] = rag
        keys[table] = merged
    return keys


def _same_colour(a: RGB | None, b: RGB | None) -> bool:
    return a is not None and b is not None and delta_e(rgb_to_lab(a), rgb_to_lab(b)) < 3


def _read_fill(
    action: dict[str, Any],
    role: str,
    fill_of: Callable[[dict[str, Any], str], RGB | None],
    key: dict[RGB, str],
    columns: FillColumns,
    fill_on: Callable[[dict[str, Any], str, RGB], RGB | None] | None = None,
) -> tuple[str | None, RGB | None]:
    """(rating, fill) of one cell of the row; row shading (the same fill in the row's other main
    cell) and a column's own styling colour give no rating, but a dot or swatch painted on the
    shading does (`fill_on`: the cell's fill with the row's shading left out)."""
    cells = action.get("_cells") or {}
    fill = fill_of(action, role)
    if fill is None:
        return None, None
    other_role = (
        "action" if role != "action" else next((r for r in cells if r not in ("action", "ref", "rag")), None)
    )
    if other_role and cells.get(other_role) and _same_colour(fill, fill_of(action, other_role)):
        fill = fill_on(action, role, fill) if fill_on is not None else None
        if fill is None:
            return None, None
    if columns.is_styling(action.get("table_index"), role, fill):
        return None, None
    rating = rag_from_colour(fill, key)
    if role != "rag" and rating is not None:
        # Outside the rating column only a clear colour counts, or a tint where the document's
        # tints in that column name several ratings (Excel's good/neutral/bad); never grey.
        lab = rgb_to_lab(fill)
        if key_rating(lab, key) is None and (
            rating == "grey"
            or chroma(lab) < TINT_MIN_CHROMA
            or (chroma(lab) < SATURATED_CHROMA and not columns.tints_rate(role))
        ):
            rating = None
    return rating, fill


def _fragments_ink(pages: _Pages, frags: Iterable[Any]) -> CellInk | None:
    """The ink of a cell that may span pages: its first fragment printed in one ink."""
    for fr in frags:
        ink = cell_ink(pages.inks(fr.page), (fr.x0, fr.top, fr.x1, fr.bottom))
        if ink is not None:
            return ink
    return None


def _read_ink(
    action: dict[str, Any], role: str, printed: str, pages: _Pages, key: dict[RGB, str]
) -> tuple[str, str] | None:
    """(rating, raw) of a cell whose rating is only the colour of its text: a glyph ('●') in a
    rating colour, or the whole cell's words in a clear colour. The row's action text in the same
    ink is the table's styling (navy body text, a row printed in red), not a rating."""
    cells = action.get("_cells") or {}
    ink = _fragments_ink(pages, _own_rows(action, cells.get(role) or []))
    if ink is None:
        return None
    lab = rgb_to_lab(ink.rgb)
    rating = key_rating(lab, key)
    if rating is None and (ink.glyph or is_clear_ink(ink.rgb)):
        rating = rag_from_colour(ink.rgb)
        if rating == "grey" and not ink.glyph:
            rating = None  # grey words are de-emphasised text; a grey dot is 'not started'
    if rating is None:
        return None
    if role != "action" and cells.get("action"):
        other = _fragments_ink(pages, _own_rows(action, cells["action"]))
        if other is not None and _same_colour(other.rgb, ink.rgb):
            return None
    return rating, f"{' '.join(printed.split())[:60]} {rgb_to_hex(ink.rgb)}"


def _table_phrase_keys(actions: list[dict[str, Any]], pages: _Pages) -> dict[Any, dict[str, str]]:
    """What each table's key calls each rating: its pages and a few before, nearest first."""
    spans: dict[Any, list[int]] = {}
    for a in actions:
        spans.setdefault(a.get("table_index"), []).extend(_pages_of(a))
    out: dict[Any, dict[str, str]] = {}
    for table, nums in spans.items():
        merged: dict[str, str] = {}
        if nums:
            first, last = min(nums), max(nums)
            order = [first, *range(first - 1, max(0, first - KEY_LOOKBACK_PAGES - 1), -1)]
            order += list(range(first + 1, last + 1))
            for n in order:
                page = pages.get(n)
                if page is not None:
                    for phrase, rag in find_phrase_key(page, pages.cell_boxes.get(n)).items():
                        merged.setdefault(phrase, rag)
        out[table] = merged
    return out


STATUS_COLUMN_SHARE = 0.6


def _status_tables(actions: list[dict[str, Any]]) -> set[Any]:
    """Tables whose status/progress column is a status column: most of its filled cells open with
    a status phrase ('New', 'Ongoing', 'Completed ...'), in the table and across the document's
    tables without a rating column (one table of a few rows is too small to tell). A progress
    column of narrative that now and then says 'Completed' reports what happened; it does not rate.
    """
    seen: dict[Any, list[int]] = {}
    for a in actions:
        text = a.get("progress")
        if isinstance(text, str) and text.strip() and not _has_rating_column(a):
            counts = seen.setdefault(a.get("table_index"), [0, 0])
            counts[0] += match_status(text) is not None
            counts[1] += 1
    hits, n = sum(h for h, _ in seen.values()), sum(m for _, m in seen.values())
    if hits < STATUS_COLUMN_SHARE * n:
        return set()
    return {t for t, (h, m) in seen.items() if h >= STATUS_COLUMN_SHARE * m}


VERDICT_WORDS = 5  # an outcome cell this short is a verdict ('Actioned.', 'To be renegotiated'), not a report


def _verdict_tables(actions: list[dict[str, Any]]) -> set[Any]:
    """Tables without a rating column whose outcome column prints verdicts: short phrases on most
    rows, as trackers print 'Actioned.' / 'Not agreed' under 'Outcome'. A verdict that is a status
    phrase rates its row; the others ('Dependant upon budget.') state no rating."""
    seen: dict[Any, list[int]] = {}
    for a in actions:
        text = a.get("outcome")
        if isinstance(text, str) and text.strip() and not _has_rating_column(a):
            counts = seen.setdefault(a.get("table_index"), [0, 0])
            counts[0] += len(text.split()) <= VERDICT_WORDS
            counts[1] += 1
    return {t for t, (short, m) in seen.items() if m >= 2 and short >= STATUS_COLUMN_SHARE * m}


_FIELD_OF = {"progress": "progress", "rag": "rag_raw", "outcome": "outcome"}


def _question_columns(tables: list[Any]) -> dict[Any, list[str]]:
    """Per action table, the roles of its columns headed as a yes/no question of completion."""
    out: dict[Any, list[str]] = {}
    for table in tables:
        for role, header in zip(table.roles, table.headers, strict=False):
            if role in _FIELD_OF and is_done_question(header):
                out.setdefault(getattr(table, "index", None), []).append(role)
    return out


def _answered_done(action: dict[str, Any], roles: Iterable[str]) -> tuple[str, str] | None:
    """(role, 'Yes') when a column asking whether the action is done answers yes: a column with a
    role, or one kept under its header in `other` (no role fits a bare question)."""
    for role in roles:
        yes = answered_yes(action.get(_FIELD_OF[role]))
        if yes is not None:
            return role, yes
    try:
        other = json.loads(action.get("other") or "{}")
    except (TypeError, ValueError):
        return None
    for header, text in other.items() if isinstance(other, dict) else ():
        yes = answered_yes(text) if is_done_question(header) else None
        if yes is not None:
            return "other", yes
    return None


def _has_rating_column(action: dict[str, Any]) -> bool:
    cells = action.get("_cells")
    if cells:
        return "rag" in cells
    return isinstance(action.get("rag_raw"), str)


def run(ctx: DocContext, cfg: StageConfig) -> None:
    """Set rag, rag_raw, rag_source and rag_cell on every action of ctx.actions.

    Without a rating column the status or progress cell speaks for the rating: a saturated fill
    first, then the status phrase that opens it (extractors.status_phrases; docs/ratings.md).
    """
    pages = _Pages(ctx.store if ctx.pdf is not None else None, cfg.strict, ctx.warnings)
    for a in ctx.actions:
        for frags in (a.get("_cells") or {}).values():
            for fr in frags or []:
                pages.cell_boxes.setdefault(fr.page, []).append((fr.x0, fr.top, fr.x1, fr.bottom))
    keys: dict[Any, dict[RGB, str]] | None = None
    phrase_keys: dict[Any, dict[str, str]] | None = None
    columns: FillColumns | None = None
    status_tables = _status_tables(ctx.actions)
    verdict_tables = _verdict_tables(ctx.actions)
    questions = _question_columns(ctx.action_tables)
    counts: Counter[str] = Counter()
    fill_cache: dict[tuple[int, str], RGB | None] = {}

    def fill_of(action: dict[str, Any], role: str) -> RGB | None:
        slot = (id(action), role)
        if slot not in fill_cache:
            cells = _own_rows(action, (action.get("_cells") or {}).get(role) or [])
            fill_cache[slot] = _fragments_fill(pages, cells, whole=role == "progress")
        return fill_cache[slot]

    def fill_on(action: dict[str, Any], role: str, shading: RGB) -> RGB | None:
        cells = _own_rows(action, (action.get("_cells") or {}).get(role) or [])
        return _fragments_fill(pages, cells, whole=role == "progress", ignore=shading)

    for action in ctx.actions:
        raw = action.get("rag_raw")
        text = raw if isinstance(raw, str) and raw.strip() else None
        rag, source, cell, shown = rag_from_text(text), "text", "rag", text
        no_rating_column = not _has_rating_column(action)
        unmapped: RGB | None = None
        if rag is None and pages.store is not None and action.get("_cells"):
            # Without a rating column the status cell speaks first; a coloured ref or action
            # cell only where the plan colours those instead.
            roles = ("progress", "ref", "action") if no_rating_column else ("rag", "ref", "action")
            for role in roles:
                if role not in action["_cells"] or (
                    role != "rag" and action.get("_cells", {}).get("rag") and text
                ):
                    continue
                if fill_of(action, role) is None:
                    continue  # nothing painted: no need to look for the document's colour key
                if keys is None:
                    keys = _table_keys(ctx.actions, pages)
                if columns is None:
                    columns = FillColumns(ctx.actions, fill_of)
                key = keys.get(action.get("table_index"), {})
                rating, fill = _read_fill(action, role, fill_of, key, columns, fill_on)
                if rating is not None and fill is not None:
                    rag, source, cell, shown = rating, "fill", role, rgb_to_hex(fill)
                    break
                if role == "rag" and fill is not None and not is_pale(rgb_to_lab(fill)):
                    unmapped = fill
            if rag is None and shown is None and unmapped is not None:
                shown = rgb_to_hex(unmapped)  # a colour we could not name: kept for review
        if rag is None and pages.store is not None and action.get("_cells") and unmapped is None:
            # No rating word, no fill: the rating may be the colour of a glyph or status word.
            role = "progress" if no_rating_column else "rag"
            printed = action.get("progress") if no_rating_column else text
            # A status cell speaks by its ink only when it prints a glyph or a status phrase:
            # narrative updates are printed in red when new, in blue when a link.
            if (
                role in action["_cells"]
                and isinstance(printed, str)
                and printed.strip()
                and (not no_rating_column or is_glyph(printed) or match_status(printed) is not None)
            ):
                if keys is None:
                    keys = _table_keys(ctx.actions, pages)
                found = _read_ink(action, role, printed, pages, keys.get(action.get("table_index"), {}))
                if found is not None:
                    rag, source, cell, shown = found[0], "ink", role, found[1]
        if (
            rag is None
            and no_rating_column
            and action.get("table_index") in status_tables
            and match_status(action.get("progress")) is not None
        ):
            if phrase_keys is None:
                phrase_keys = _table_phrase_keys(ctx.actions, pages) if pages.store is not None else {}
            status = match_status(action.get("progress"), phrase_keys.get(action.get("table_index")))
            if status is not None and status.rag is not None:
                rag, source, cell, shown = status.rag, "text", "progress", status.raw
        if rag is None and no_rating_column and action.get("table_index") in verdict_tables:
            verdict = match_status(action.get("outcome"))
            if verdict is not None and verdict.rag is not None:
                rag, source, cell, shown = verdict.rag, "text", "outcome", verdict.raw
        if rag is None:
            yes = _answered_done(action, questions.get(action.get("table_index"), ()))
            if yes is not None:
                rag, source, cell, shown = "blue", "text", yes[0], yes[1]
        if rag is None:
            source, cell = "none", None
        action["rag"], action["rag_raw"], action["rag_source"], action["rag_cell"] = rag, shown, source, cell
        counts[source] += 1
    log.info(
        "read_rag: %d actions, %d from text, %d from fill, %d without rating",
        len(ctx.actions),
        counts["text"],
        counts["fill"],
        counts["none"],
    )


__all__ = [
    "NAME",
    "RAG_VALUES",
    "VERSION",
    "cell_fill",
    "find_colour_key",
    "rag_from_colour",
    "rag_from_text",
    "run",
]

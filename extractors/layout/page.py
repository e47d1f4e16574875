"""planwatch's own page parser: every table on one page, with cells, boxes, headers and title.

Columns come from vertical rules when the table has them ('ruled'), else from the whitespace that
runs down the whole table between text ('aligned'); rows come from horizontal rules, else from
vertical gaps between lines. A table starts at a header row recognised by the column lexicon, or,
on a page without one, continues the previous page's table with its columns.
"""

from __future__ import annotations

import statistics

from extractors.core import Cell, PageFacts, PageTable
from extractors.geometry import (
    Segment,
    Word,
    attach_superscripts,
    cluster,
    group_lines,
    join_text,
    merge_segments,
)
from extractors.layout.aligned_regions import aligned_blocks, without_section_lines
from extractors.layout.banded import banded_tables, last_row_bottom
from extractors.layout.baselines import centred_cells
from extractors.layout.columns import (
    aligned_columns,
    drop_bullet_columns,
    inherited_bounds,
    ruled_columns,
    wide_rules,
)
from extractors.layout.crossing_words import chars_in, split_crossing
from extractors.layout.furniture import (
    content_words,
    is_page_number,
    without_footnotes,
    without_running_head,
    without_trailing_number,
)
from extractors.layout.grid_header import header_row
from extractors.layout.headers import TITLE_REACH, find_header_bands, header_texts, title_above
from extractors.layout.notes_below import without_notes_below
from extractors.layout.overhangs import clip_overhangs
from extractors.layout.ref_headings import in_heading
from extractors.layout.rows import rule_at, spans_table
from extractors.layout.ruled_lists import ruled_lists
from extractors.layout.section_grids import chain_section_grids
from extractors.layout.sheet_blocks import sheet_blocks
from extractors.layout.sheet_columns import merged_bounds, prefer_sheet, same_bounds, sheet_columns
from extractors.layout.sheet_rows import join_runovers
from extractors.layout.table_end import (
    column_starts,
    framed,
    header_edges,
    header_rules,
    into_foot_margin,
    into_head_margin,
    open_bottom,
    open_cells_bottom,
    open_row_bottom,
    ruled_extent,
    trim_bottom,
    without_next_title,
)
from extractors.layout.underlines import drop_underlines
from extractors.layout.unruled_rows import unruled_row_bounds
from extractors.ruled_regions import headerless_grids

BAND_HEADER_REACH = 60.0  # points above its first band a table's own (unshaded) header may start
ORPHAN_SHARE = 0.6  # of a page's own column starts that must be among those of a header left above it
MARGIN = 0.07  # share of the page height at top and bottom kept for running headers and footers


def build_table(
    page_no: int,
    page: PageFacts,
    words: list[Word],
    hrules: list[Segment],
    vrules: list[Segment],
    top: float,
    body_top: float,
    bottom: float,
    x0: float,
    x1: float,
    header_words: list[Word],
    inherit: PageTable | None,
    columns_from: str = "any",
    orphan: bool = False,
    sheet_block: bool = False,
) -> PageTable | None:
    region_words = [w for w in words if body_top <= w.yc <= bottom and x0 - 2 <= w.xc <= x1 + 2]
    if not region_words:
        return _orphan_header(page_no, page, header_words, top, body_top, x0, x1) if orphan else None
    bounds = ruled_columns(vrules, x0, x1, top, bottom) if columns_from != "aligned" else []
    parser = "ruled"
    sheet_print = False
    if len(bounds) < 3 and columns_from == "ruled":
        return None  # the ruled parser reads only tables that draw their columns
    if len(bounds) < 3:
        parser = "aligned"
        # A header left alone at the foot of the page before has no rows to set columns by.
        kept = inherited_bounds(inherit if inherit is None or inherit.rows else None, header_words)
        if kept is not None:
            # The previous page's columns, when this page repeats its header or prints none: a few
            # rows at the top of a page are too little text to find the columns from.
            bounds = kept
            if centred_cells(group_lines(region_words)):
                pass  # cells centred in their rows: a word processor's table, no sheet print
            elif inherit is not None and inherit.sheet:
                sheet_print = True  # the sheet's next page
            elif not [s for s in hrules if top - 2 <= s.pos <= bottom + 2]:
                own = sheet_columns(without_section_lines(group_lines(region_words)), [], x0, x1)
                sheet_print = own is not None and same_bounds(own, kept)
        else:
            lines = group_lines(region_words)
            rules = [s for s in hrules if top - 2 <= s.pos <= bottom + 2]
            header_words = clip_overhangs(header_words, region_words, x0, x1)
            body_lines = without_section_lines(lines)
            bounds = aligned_columns(body_lines, header_words, rules, x0, x1)
            # A headerless sheet may have two columns (an action and its status). A table whose
            # lines interleave centres its cells: no sheet, whatever its starts (layout/baselines.py).
            sheet = (
                None
                if rules or centred_cells(lines)
                else sheet_columns(body_lines, header_words, x0, x1, 3 if header_words else 2)
            )
            # The sheet reading is weighed against whitespace alone (column starts are the sheet's
            # own evidence).
            plain = aligned_columns(body_lines, header_words, rules, x0, x1, by_starts=False)
            if prefer_sheet(sheet, plain, header_words, region_words):
                bounds = sheet  # a spreadsheet print: cells start at shared xs, gaps too narrow for channels
                sheet_print = True
            elif sheet is not None and not header_words and sheet_block:
                # A headerless sheet: the columns either finds (a sparse rating column shows no
                # shared start; a gutter a word space wide shows no whitespace).
                bounds, sheet_print = merged_bounds(sheet, bounds), True
            if inherit is not None and not inherit.rows and not header_words:
                # Under a header left at the foot of the page before: its columns, where this page's
                # own are among them (a column printing little on this page shows no start).
                carried = [a for a, _ in inherit.columns] + [inherit.columns[-1][1]]
                if sheet is not None and same_bounds(carried, sheet, share=ORPHAN_SHARE):
                    bounds, sheet_print = carried, True
            bounds = drop_bullet_columns(bounds, region_words)
    else:
        bounds = _with_edges(bounds, x0, x1)
    columns = list(zip(bounds, bounds[1:], strict=False))
    if len(columns) < 2:
        return None
    region_words = split_crossing(
        region_words,
        columns,
        lambda w: chars_in(_page_chars(page), w),
        vrules if parser == "ruled" else None,
    )
    row_rules = [s for s in hrules if body_top - 1 <= s.pos <= bottom + 1 and s.length >= 8]
    ys = cluster([s.pos for s in row_rules], tolerance=2.0)
    has_row_rules = len(ys) >= 2
    heads: list[tuple[float, float]] = []  # section names printed alone in the ref column
    if has_row_rules:
        ys = [y for y in ys if y > body_top + 1.5]
        row_ys = [body_top] + ys
        if row_ys[-1] < bottom - 2:
            row_ys.append(bottom)
    else:
        row_ys, heads = unruled_row_bounds(region_words, columns, body_top, bottom, sheet_print)
    headers = (
        header_texts(header_words, columns, vrules if parser == "ruled" else [])
        if header_words
        else [None] * len(columns)
    )
    rows: list[list[Cell]] = []
    notes: list[str] = []
    sections: list[tuple[float, str]] = []
    inner = [a for a, _ in columns[1:]]
    for r_top, r_bottom in zip(row_ys, row_ys[1:], strict=False):
        band = [w for w in region_words if r_top <= w.yc < r_bottom]
        cells = []
        for a, b in columns:
            inside = [w for w in band if a <= w.xc < b]  # band: the row's words, in the same order
            merged = has_row_rules and bool(rows) and not rule_at(hrules, r_top, a, b)
            cells.append(Cell(join_text(inside), a, r_top, b, r_bottom, merged, len(inside)))
        if band and rows and all(c.merged_above for c in cells if c.words):
            # Only the lower part of row-spanning cells (their text ran on below the rows they
            # span): more of the row above, not a row of its own.
            _extend_cells(rows[-1], cells)
        elif band and (
            spans_table(
                band,
                inner,
                vrules if parser == "ruled" else None,
                r_top,
                r_bottom,
                (columns[0][0], columns[-1][1]),
            )
            or in_heading(band, heads)
        ):
            # A section heading printed across the whole table ('Priority 2: ...'): not a row.
            notes.append(join_text(band))
            sections.append((r_top, notes[-1]))
        elif band and r_bottom >= row_ys[-1] - 1 and is_page_number(sorted(band, key=lambda w: w.x0)):
            pass  # the page number under the table's last row, inside its reach: furniture
        elif band:
            rows.append(cells)
    if sheet_print:
        join_runovers(rows, region_words)
    if not header_words and inherit is None:
        promoted = header_row(rows, region_words)
        if promoted is not None:
            headers, rows = promoted, rows[1:]
    if not rows:
        return None
    return PageTable(
        page_no,
        x0,
        top,
        x1,
        bottom,
        columns,
        headers,
        rows,
        parser,
        page_height=float(page.height),
        has_row_rules=has_row_rules,
        sheet=sheet_print,
        notes=notes,
        sections=sections,
    )


def _orphan_header(
    page_no: int,
    page: PageFacts,
    header_words: list[Word],
    top: float,
    body_top: float,
    x0: float,
    x1: float,
) -> PageTable | None:
    """A header row printed at the foot of a page with no row under it (a spreadsheet breaks the
    page after it): a table of no rows, left open so the next page's rows carry its header."""
    bounds = aligned_columns(group_lines(header_words), header_words, [], x0, x1)
    # Each bound just left of the header text it opens: where a sheet's cells start (the next
    # page's rows may be too few to find the columns by themselves).
    bounds = (
        [bounds[0]] + [min(w.x0 for w in header_words if w.x0 >= b) - 1 for b in bounds[1:-1]] + [bounds[-1]]
    )
    columns = list(zip(bounds, bounds[1:], strict=False))
    if len(columns) < 3:
        return None
    headers = header_texts(header_words, columns, [])
    return PageTable(
        page_no, x0, top, x1, body_top, columns, headers, [], "aligned", page_height=float(page.height)
    )


def _page_chars(page: PageFacts) -> list[dict]:
    """The page's characters, from whichever reader reads its words."""
    return page.fast.chars if page.fast is not None else page.page.chars


def _with_edges(bounds: list[float], x0: float, x1: float) -> list[float]:
    """Column rules widened to the table's edges. A table that draws no outer frame (InDesign's
    white rules between cells) has its first and last rules inside it: the edges are added."""
    first = [x0] if bounds[0] > x0 + 4 else [min(bounds[0], x0)]
    last = [x1] if bounds[-1] < x1 - 4 else [max(bounds[-1], x1)]
    inner = bounds[1:-1]
    return (
        first
        + ([bounds[0]] if bounds[0] > x0 + 4 else [])
        + inner
        + ([bounds[-1]] if bounds[-1] < x1 - 4 else [])
        + last
    )


def _extend_cells(row: list[Cell], more: list[Cell]) -> None:
    for cell, extra in zip(row, more, strict=True):
        if extra.words:
            cell.text = f"{cell.text} {extra.text}".strip()
            cell.words += extra.words
        cell.bottom = extra.bottom


def _ruled_continuation_top(inherit: PageTable, vrules: list[Segment], limit: float) -> float | None:
    """Where the previous page's ruled table starts again on this page, headerless, below a title.

    A slide deck continues a table on the next slide under the slide's own title, without the
    header row: the column rules at the previous table's positions say where the table begins,
    and the text above them is the title, not rows.
    """
    if inherit.parser != "ruled":
        return None
    inner = [a for a, _ in inherit.columns[1:]]
    tops = []
    for x in inner:
        at = [v.lo for v in vrules if abs(v.pos - x) <= 3 and v.lo < limit and v.length > 10]
        if not at:
            return None
        tops.append(min(at))
    inner_top = statistics.median(tops)
    # The table's outer frame drawn higher than its column rules encloses a row spanning the
    # table (a section heading at the top of the page), not a slide title: the table starts there.
    edges = []
    for x in (inherit.x0, inherit.x1):
        at = [v.lo for v in vrules if abs(v.pos - x) <= 3 and v.lo < inner_top - 4 and v.hi >= inner_top]
        if not at:
            return inner_top
        edges.append(min(at))
    return max(edges)


def _continues_columns(inherit: PageTable, body: list[Word], hrules: list[Segment]) -> bool:
    """Is the text at the top of a page (before any header) more rows of the previous page's table?

    Rows keep to the columns; a title or paragraph runs across them. A ruled table also keeps
    drawing its rules.
    """
    if inherit.has_row_rules and not wide_rules(hrules, inherit.x0, inherit.x1, share=0.3):
        return False
    inner = [a for a, _ in inherit.columns[1:]]
    for line in group_lines(body)[:3]:
        # A word may overhang a boundary found from the previous page's whitespace by a few
        # points (a longer date than any there); a title runs well across.
        if any(w.x0 < x - 1 and w.x1 > x + 3 for w in line for x in inner):
            return False
    return True


def parse_page(
    page: PageFacts, page_no: int, inherit: PageTable | None, columns_from: str = "any"
) -> list[PageTable]:
    """Every table on one page; `inherit` is the previous page's last table, open at its bottom.

    `columns_from`: 'ruled' (vertical rules only), 'aligned' (whitespace only) or 'any' (rules
    where the table draws them, else whitespace).
    """
    words = attach_superscripts(page.words)
    if inherit is not None:
        # The table may carry on under the page's running header (a sheet's name over every page).
        words = without_running_head(words, float(page.width), float(page.height))
    if not words:
        return []
    hrules, vrules = drop_underlines(page.hrules, words), page.vrules
    lines = group_lines(words)
    height = float(page.height)
    lo_margin, hi_margin = MARGIN * height, (1 - MARGIN) * height
    bands = find_header_bands(lines, hrules)
    tables: list[PageTable] = []
    starts: list[tuple[float, float, float, float, list[Word]]] = []  # top, body_top, x0, x1, header words
    if inherit is not None:
        first_band_top = bands[0].top if bands else hi_margin
        ruled_top = _ruled_continuation_top(inherit, vrules, first_band_top)
        # The grid's own rules say where it starts, also inside the top margin (a page printed
        # with narrow margins); without them, text up there may be a running header.
        upper = ruled_top - 1 if ruled_top is not None else lo_margin
        body = [w for w in words if upper < w.yc < first_band_top]
        if ruled_top is None:
            upper = into_head_margin(words, body, upper, inherit.x0, inherit.x1)
            body = [w for w in words if upper < w.yc < first_band_top]
        if body and (not inherit.rows or _continues_columns(inherit, body, hrules)):
            top = min(w.top for w in body) - 1
            wide = wide_rules(hrules, inherit.x0, inherit.x1)
            above = [s.pos for s in wide if s.pos <= top + 4]
            top = max(above) if above else top
            starts.append((top, top, inherit.x0, inherit.x1, []))
    continuing = bool(starts)
    # A table the previous page printed with section rows may go on with more sections below.
    continued_top = starts[0][0] if continuing and inherit is not None and inherit.sections else None
    for band in bands:
        head = [w for w in words if band.top - 1 <= w.yc <= band.bottom + 1]
        # The band reaches as wide as its words: a header found from its wrapped second line takes
        # in the labels its first line prints further out.
        x0, x1 = min(band.x0, *(w.x0 for w in head)), max(band.x1, *(w.x1 for w in head))
        wide = wide_rules(hrules, x0, x1, share=0.3)
        near = [s for s in wide if abs(s.pos - band.top) < 20 or abs(s.pos - band.bottom) < 20]
        if near:
            x0, x1 = min(x0, min(s.lo for s in near)), max(x1, max(s.hi for s in near))
        starts.append((band.top - 1, band.bottom, x0, x1, head))
    # Ruled tables without a header row (an action log printed as one small grid per section).
    starts += [
        (t, t, a, b, []) for t, a, b in headerless_grids(hrules, vrules, words, [s[0] for s in starts])
    ]
    drawn = hrules  # the rules the page draws, before band edges join them
    # Tables drawn with shaded bands and no rules: the bands' edges are their row rules.
    banded: dict[float, tuple[float, float, float]] = {}  # top -> the last band's bottom, x0, x1
    if not vrules:
        for t, a, b, edges in banded_tables(page.fills, words, float(page.width)):
            # A header may stand a tall white row above the first shaded band (zebra rows start
            # unshaded): as far as the bands' own rhythm, a white row of the tallest band, allows.
            ys = sorted({e.pos for e in edges})
            reach = max([BAND_HEADER_REACH] + [2.5 * (b - a) + 1 for a, b in zip(ys, ys[1:], strict=False)])
            started = [s[0] for s in starts if t - reach <= s[1] and s[0] <= max(ys)]
            if started:
                # The shaded rows of a table already started by its header: their edges still
                # rule its rows (and leave a cell drawn across several rows whole).
                banded[started[0]] = (max(e.pos for e in edges), a, b)
                hrules = merge_segments(hrules + edges)
                continue
            starts.append((t, t, a, b, []))
            banded[t] = (max(e.pos for e in edges), a, b)
            hrules = merge_segments(hrules + edges)
    # Tables with neither rules across nor a header row: blocks of lines in aligned columns,
    # read only above every table started otherwise (those run on over the rows below them).
    aligned: dict[float, float] = {}  # top -> how far down the block's rows (and a rule under them) reach
    aligned_end: dict[float, float] = {}  # top -> the bottom of the block's last line
    first_start = min((s[0] for s in starts), default=height)  # a block may run into the foot margin
    for blk in aligned_blocks(lines):
        if blk.bottom < first_start and blk.top > lo_margin:
            starts.append((blk.top, blk.top, blk.x0, blk.x1, []))
            aligned[blk.top] = blk.reach
            aligned_end[blk.top] = blk.bottom
    # Headerless lists ruled between their rows only (a CSS grid's rule under each cell) that
    # nothing above reads: two columns of text are too few for an aligned block.
    starts += [
        (t, t, a, b, [])
        for t, a, b in ruled_lists(drawn, vrules, words, float(page.width), [s[0] for s in starts])
    ]
    sheet_tops: set[float] = set()  # tops of the headerless sheet logs found below
    if not starts and not hrules and not vrules:
        # Nothing else on a page that draws nothing: a spreadsheet's headerless log.
        sheet_tops = {t for t, _, _ in sheet_blocks(lines, lo_margin, hi_margin)}
        starts += [(t, t, a, b, []) for t, a, b in sheet_blocks(lines, lo_margin, hi_margin)]
    starts.sort(key=lambda s: s[0])
    # A header drawn as a grid of its own, over grids that section headings separate: one table.
    starts, sectioned = chain_section_grids(starts, vrules, words, continued_top)
    for k, (top, body_top, x0, x1, head) in enumerate(starts):
        inherited = inherit.columns if k == 0 and continuing and inherit is not None and not head else []
        last = k + 1 == len(starts)
        next_top = starts[k + 1][0] if not last else height
        limit = min(next_top, sectioned.get(top) or ruled_extent(vrules, x0, x1, top, body_top) or next_top)
        if top in aligned:
            limit = min(limit, aligned[top])
        if top in banded:
            limit = min(limit, banded[top][0])
            # The bands span the table's width; a header's words may not reach its edges.
            x0, x1 = min(x0, banded[top][1]), max(x1, banded[top][2])
        rows_ruled = [s for s in wide_rules(hrules, x0, x1) if body_top < s.pos <= limit + 1]
        wide = [s.pos for s in rows_ruled]
        if rows_ruled and len(ruled_columns(vrules, x0, x1, top, limit)) < 3:
            # No column rules: the rules under its rows say how wide the table is (a last
            # column's cells run well past its short header word).
            x0, x1 = min(x0, min(s.lo for s in rows_ruled)), max(x1, max(s.hi for s in rows_ruled))
        if wide:
            # A row the page break cuts, below the last rule and kept to the header's columns:
            # the band above it is inside the table (a section row), not a title under it.
            cut_row = (
                last
                and bool(head)
                and not ruled_extent(vrules, x0, x1, top, body_top)
                and open_row_bottom(words, header_edges(head), x0, x1, max(wide), hi_margin) > max(wide)
            )
            bottom = trim_bottom(
                sorted(wide),
                words,
                head,
                body_top,
                header_rules(vrules, x0, x1, top, body_top),
                lambda upper, lower, x0=x0, x1=x1, cut=cut_row: cut or framed(vrules, x0, x1, upper, lower),
            )
            if bottom == max(wide):
                bottom = open_bottom(vrules, words, x0, x1, top, body_top, bottom, hi_margin)
                bottom = open_cells_bottom(hrules, words, x0, x1, bottom, min(next_top, hi_margin))
                if last and bottom == max(wide) and not ruled_extent(vrules, x0, x1, top, body_top):
                    # On a page that continues the table without its header, the columns it
                    # carries over say where the cut row's lines must keep.
                    edges = header_edges(head) if head else [a for a, _ in inherited[1:]]
                    bottom = open_row_bottom(words, edges, x0, x1, bottom, hi_margin)
            if top in banded:
                bottom = last_row_bottom(words, bottom, x0, x1, min(next_top, hi_margin))
            if top in aligned and bottom == max(wide) and aligned_end[top] > bottom:
                # The rows' lines keep to the block's columns below the last rule: a last row cut
                # by the page break (a browser draws its rule as the cells' bottom border).
                bottom = aligned_end[top] + 1
        else:  # unruled: down to the last text above the footer zone
            text_limit = min(limit, hi_margin)
            inside = without_trailing_number([w for w in words if body_top < w.yc < text_limit])
            if not last:
                inside = without_next_title(inside, head)
            kept = without_notes_below(inside, head) if head else inside
            noted = len(kept) < len(inside)  # a note, a heading or the next header ends it
            inside = kept
            # A header with nothing under it but furniture: its rows start on the next page.
            bottom = (
                max(w.bottom for w in inside) + 1 if inside else (body_top if last and head else text_limit)
            )
            if inside and not ruled_extent(vrules, x0, x1, top, body_top):
                # No rules say where the table ends sideways: its text does (a last column's
                # cells run well past its short header word).
                x0, x1 = min(x0, min(w.x0 for w in inside)) - 1, max(x1, max(w.x1 for w in inside)) + 1
            if inside and limit > hi_margin and not noted:
                edges = column_starts(head) if head else [a for a, _ in inherited[1:]]
                bottom = into_foot_margin(words, inside, bottom, x0, x1, min(limit, height), edges)
        table = build_table(
            page_no,
            page,
            words,
            hrules,
            vrules,
            top,
            body_top,
            bottom,
            x0,
            x1,
            head,
            inherit if k == 0 and (continuing or head) else None,
            columns_from,
            orphan=last and bool(head),
            sheet_block=top in sheet_tops,
        )
        if table is None:
            continue
        if (
            not head
            and k == 0
            and continuing
            and inherit is not None
            and len(inherit.columns) == len(table.columns)
        ):
            table.headers = list(inherit.headers)
        prev_bottom = tables[-1].bottom if tables else lo_margin
        between = [w for w in words if prev_bottom < w.yc < top and lo_margin < w.yc]
        table.text_above = bool(content_words(between))
        table.title = title_above(group_lines([w for w in between if w.yc > top - TITLE_REACH]))
        tables.append(table)
    if tables:
        last = tables[-1]
        # A page number under the table is furniture: the table may still run on to the next page.
        # So are footnotes under it (small type under a note mark or a short separator rule).
        below = [w for w in words if last.bottom + 1 < w.yc < hi_margin]
        if below:
            inside = [w for w in words if last.top < w.yc < last.bottom and last.x0 <= w.xc <= last.x1]
            text_height = statistics.median(w.bottom - w.top for w in inside) if inside else 0.0
            below = without_footnotes(below, text_height, hrules, float(page.width))
        last.text_below = bool(content_words(below))
    return tables

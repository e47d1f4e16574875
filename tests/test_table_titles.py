"""Section rows that name no group of the plan: a log filing its actions under the dates of the meetings that raised them."""

from __future__ import annotations

from extractors.core import PageTable, StitchedTable
from extractors.table_titles import DATE_ONLY, dated_sections, promote_titles


def _table(sections: list[tuple[float, str]], headers=("Action", "Lead")) -> StitchedTable:
    frag = PageTable(
        1, 0, 100, 500, 400, [(0, 250), (250, 500)], list(headers), [], "ruled", title="Action log"
    )
    frag.sections = sections
    return StitchedTable([frag], list(headers), ["action", "lead"])


def test_a_date_alone_reads_as_a_date():
    for text in ("May 2012", "14 May 2012", "Tuesday 3rd July 2012", "03/07/2012", "Sept. 2025"):
        assert DATE_ONLY.match(text), text
    for text in ("Homelessness prevention", "2. Workforce", "May", "Marketing 2012", "Actions from May 2012"):
        assert not DATE_ONLY.match(text), text


def test_sections_that_only_date_the_rows_give_no_area():
    table = _table([(120.0, "May 2012"), (300.0, "April 2012")])
    assert dated_sections(table)
    promote_titles([table])
    assert table.fragments[0].sections == []


def test_named_sections_stay_even_beside_a_dated_one():
    sections = [(120.0, "May 2012"), (300.0, "Temporary accommodation")]
    table = _table(list(sections))
    assert not dated_sections(table)
    promote_titles([table])
    assert table.fragments[0].sections == sections
    assert not dated_sections(_table([]))

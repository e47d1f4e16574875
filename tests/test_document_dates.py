"""The document's own date and meeting details, read from the PDF and never from the clock."""

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest

from extractors.document_dates import (
    all_dates,
    find_document_date,
    find_meeting_metadata,
    most_common_council,
)

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: Thursday 16 October 2014", [dt.date(2014, 10, 16)]),
        ("Progress update - April 2015", [dt.date(2015, 4, 30)]),
        ("report of 3/2/2016", [dt.date(2016, 2, 3)]),  # UK day/month order
        ("inspection May 2014 (January 2015 update)", [dt.date(2014, 5, 31), dt.date(2015, 1, 31)]),
        ("1st March 2020, then Sept 2021", [dt.date(2020, 3, 1), dt.date(2021, 9, 30)]),
        ("no date here", []),
        ("31 February 2015", [dt.date(2015, 2, 28)]),  # an impossible day falls back to its month
    ],
)
def test_all_dates_reads_uk_forms(text, expected):
    assert [d for _, d in all_dates(text)] == expected


def test_council_tail_beats_a_contact_name_run_into_it():
    names = ["Jo Bloggs Anyshire County Council", "Anyshire County Council", "Anyshire County Council"]
    assert most_common_council(names) == "Anyshire County Council"
    assert most_common_council([]) is None


def test_plan_date_comes_from_its_update_line_not_the_inspection_date():
    with pdfplumber.open(RAW / "hfd-ofsted-plan-2015-01--word-grid.pdf") as pdf:
        meta = find_meeting_metadata(pdf)
        found = find_document_date(pdf, meta)
    assert meta["meeting_date"] is None
    assert found == {"doc_date": dt.date(2015, 1, 31), "doc_date_source": "version_line"}

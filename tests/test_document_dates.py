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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report date 2021-03-05", [dt.date(2021, 3, 5)]),  # ISO
        ("Dec. 31, 2026 Chief Data Officer", []),  # US order: a deadline in a table row
        ("Period: 01-06-2016 to 10-07-2016", [dt.date(2016, 6, 1), dt.date(2016, 7, 10)]),
        ("Workshops 5-9 March 2021", [dt.date(2021, 3, 9)]),
        ("1. 1967 4999 126762", []),  # a row number and a year in a table of figures
        ("Net Asset Value at 31 December 54,256,197", []),  # no year printed
        ("Q3 2024/25 and summer 2025", []),  # periods, not dates
    ],
)
def test_all_dates_are_read_by_the_date_grammar_but_only_explicit_ones(text, expected):
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


def _cover(tmp_path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "cover.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 780
    for line in lines:
        c.drawString(72, y, line)
        y -= 18
    c.save()
    return path


def test_a_forward_looking_date_never_dates_the_document(tmp_path):
    path = _cover(
        tmp_path,
        [
            "Adults and Health Scrutiny Committee",
            "Date of next meeting: 3 December 2015",
            "Date: Thursday 15 October 2015",
            "Improvement plan progress update - September 2015",
            "Next review date: March 2016",
        ],
    )
    with pdfplumber.open(path) as pdf:
        meta = find_meeting_metadata(pdf)
        assert meta["meeting_date"] == dt.date(2015, 10, 15)
        meta["meeting_date"] = None  # as if the cover printed no meeting date
        assert find_document_date(pdf, meta)["doc_date"] == dt.date(2015, 9, 30)

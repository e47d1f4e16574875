"""The matrix content's gold follows CONVENTIONS.md: deadline periods, ratings from status phrases, a parsed lead for every lead cell."""

from __future__ import annotations

import pytest

from bench.matrix_content import DEV_SHAPES, deadline_truth, gold_rows
from bench.matrix_heldout import HELDOUT_SHAPES
from bench.matrix_real_shapes import REAL_SHAPES


@pytest.mark.parametrize(
    ("raw", "kind", "start", "end", "precision"),
    [
        ("June 2025", "date", "2025-06-01", "2025-06-30", "month"),
        ("30/06/2025", "date", "2025-06-30", "2025-06-30", "day"),
        ("Q4 2025/26", "date", "2026-01-01", "2026-03-31", "quarter"),
        ("Q2 2025/26", "date", "2025-07-01", "2025-09-30", "quarter"),
        ("2025/26", "date", "2025-04-01", "2026-03-31", "financial_year"),
        ("Winter 2025", "date", "2025-12-01", "2026-02-28", "season"),
        ("Q1 2025/26 - Q3 2025/26", "range", "2025-04-01", "2025-12-31", "quarter"),
        ("June 2025 revised to October 2025", "revised", "2025-10-01", "2025-10-31", "month"),
        ("Quarterly", "ongoing", None, None, None),
        ("TBC", "tbc", None, None, None),
    ],
)
def test_deadline_truth(raw, kind, start, end, precision):
    assert deadline_truth(raw) == {
        "deadline_kind": kind,
        "deadline_start": start,
        "deadline_date": end,
        "deadline_precision": precision,
    }


def test_a_deadline_written_another_way_is_refused():
    with pytest.raises(ValueError):
        deadline_truth("within 60 days of approval")


@pytest.mark.parametrize("shape", DEV_SHAPES + REAL_SHAPES + HELDOUT_SHAPES, ids=lambda s: s.name)
def test_every_row_has_its_gold(shape):
    rows = gold_rows(shape, "x")
    assert len(rows) == len(shape.rows) and all(r["leads"] for r in rows)
    assert [r["row_index"] for r in rows] == list(range(len(rows)))


def test_status_phrases_rate_by_the_documented_vocabulary():
    log = next(s for s in DEV_SHAPES if s.rag_style == "status")
    rated = {r["progress"]: r["rag"] for r in gold_rows(log, "x")}
    assert rated == {
        "Complete": "B",
        "On track": "G",
        "Delayed": "A",
        "In progress": None,
        "Not started": None,
    }


def test_heldout_is_a_quarter_of_the_shapes_or_more():
    assert len(HELDOUT_SHAPES) * 4 >= len(DEV_SHAPES + REAL_SHAPES + HELDOUT_SHAPES)
    assert {s.split for s in DEV_SHAPES} == {"dev"} and {s.split for s in HELDOUT_SHAPES} == {"heldout"}


def test_a_fill_only_status_rates_a_row_only_where_the_producer_colours_it():
    log = next(s for s in REAL_SHAPES if s.fill_only)
    assert all(r["rag"] is None for r in gold_rows(log, "x"))
    assert [r["rag"] for r in gold_rows(log, "x", filled=True)] == [r.rag for r in log.rows]
    assert all(log.rag_text(r) == "" for r in log.rows) and log.fills({})


def test_new_shapes_are_dev_and_print_their_traps_around_the_table():
    assert {s.split for s in REAL_SHAPES} == {"dev"}
    kinds = {k for s in REAL_SHAPES for k, _ in (*s.preface, *s.after)}
    assert {"para", "form", "bullets", "break", "title"} <= kinds

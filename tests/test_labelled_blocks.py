"""Action records printed as labelled blocks (extractors/labelled_blocks.py): a heading per issue, bold labels over paragraphs; read as rows, look-alikes (a glossary, a directory) give none.

Fixtures: tests/fixtures/labelled/make_labelled_fixtures.py (made-up wording; headless Chromium and
LibreOffice Writer).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.core import StageConfig
from extractors.geometry import Word
from extractors.labelled_blocks import labelled_tables
from pipeline.process import process_document
from tests.fixtures.labelled import make_labelled_fixtures as mk

HERE = Path(__file__).parent / "fixtures" / "labelled"
FIELDS = ("area", "action", "lead", "deadline_raw")


@pytest.mark.parametrize("doc", mk.ACCEPT, ids=lambda d: d.name)
def test_labelled_blocks_are_read_as_action_rows(doc):
    res = process_document(HERE / doc.name, StageConfig(strict=True))
    assert res.document["status"] == "ok", res.document
    got = [{k: " ".join((a.get(k) or "").split()) for k in FIELDS} for a in res.actions]
    assert got == mk.EXPECTED[doc.name]


def test_status_and_comments_labels_give_rating_and_progress():
    res = process_document(HERE / "labelled-issues-chrome.pdf", StageConfig(strict=True))
    first, second = res.actions
    assert first["rag"] == "blue" and first["progress"].startswith("The weekly report")
    assert second["rag"] is None and second["progress"].startswith("Two courses held")


@pytest.mark.parametrize("doc", mk.REJECT, ids=lambda d: d.name)
def test_look_alikes_give_no_row(doc):
    res = process_document(HERE / doc.name, StageConfig(strict=True))
    assert res.actions == []


def test_fixtures_are_committed_and_listed():
    sources = (Path(__file__).parent / "fixtures" / "SOURCES.md").read_text(encoding="utf-8")
    for doc in mk.FIXTURES:
        assert (HERE / doc.name).exists(), doc.name
    assert "labelled/" in sources


class _Page:
    """A page of given words (what labelled_tables reads)."""

    number, width, height = 1, 612.0, 792.0

    def __init__(self, lines: list[tuple[str, float, bool]]):
        self.words: list[Word] = []
        y = 80.0
        for text, size, bold in lines:
            x = 40.0
            for token in text.split():
                self.words.append(Word(token, x, y, x + 6 * len(token), y + size, bold))
                x += 6 * len(token) + 4
            y += size + 6


def _page(*blocks):
    lines = [("Action plan for the audit", 17, True)]
    for heading, fields in blocks:
        lines.append((heading, 13, True))
        for label, value in fields:
            lines += [(label, 11, True), (value, 11, False)]
    return _Page(lines)


def test_a_block_needs_an_action_and_a_field_that_reads_as_its_kind():
    record = ("Issue: Records", [("Actions", "Audit ten case records a quarter"), ("Deadline", "March 2025")])
    assert [t.headers for t in labelled_tables(_page(record))] == [["Issue", "Actions", "Deadline"]]
    # A deadline label over a sentence (a glossary's definition) confirms nothing.
    defined = (
        "Terms",
        [("Action", "Work the council agreed to do"), ("Deadline", "The day work should end")],
    )
    assert labelled_tables(_page(defined)) == []
    # No action label: a directory entry.
    entry = ("Jane Porter", [("Role", "Records Manager"), ("Telephone", "020 7946 0123")])
    assert labelled_tables(_page(entry)) == []


def test_unlabelled_headings_are_sections_and_unread_labels_end_a_paragraph():
    block = (
        "Finding 1 - Records",
        [
            ("What we found", "Records were not reviewed"),
            ("Action", "Audit records"),
            ("Owner", "Records Manager"),
        ],
    )
    (table,) = labelled_tables(_page(block))
    assert table.headers == ["Action", "Owner"]
    assert [c.text for c in table.rows[0]] == ["Audit records", "Records Manager"]
    assert [text for _, text in table.sections] == ["Finding 1 - Records"]

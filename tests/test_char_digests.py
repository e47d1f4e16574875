"""pdfium's char dicts on the committed fixture PDFs are bit for bit those recorded before the
reader was made faster (bench/char_digests.py): a speed change to `pdfium_chars` must not move
a single character, box edge, font name or key."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
import char_digests  # noqa: E402 - bench/char_digests.py

RECORD = json.loads((REPO / "tests" / "golden" / "pdfium_chars.json").read_text())


@pytest.mark.parametrize("name", sorted(RECORD["files"]))
def test_chars_match_the_record(name):
    path = REPO / name
    if char_digests.file_digest(path) != RECORD["files"][name]:
        # Its owner regenerated the fixture: the record says nothing about the new bytes.
        pytest.skip(f"{name} changed since the record; re-record with bench/char_digests.py --write")
    found = dict(char_digests.digests(path, RECORD["max_pages"]))
    recorded = {
        int(k.rsplit("#", 1)[1]): v for k, v in RECORD["pages"].items() if k.rsplit("#", 1)[0] == name
    }
    assert found == recorded, name


def test_a_moved_box_changes_the_digest():
    chars = [{"text": "a", "x0": 1.0, "x1": 2.0}]
    moved = [{"text": "a", "x0": 1.0, "x1": 2.0000000000000004}]
    assert char_digests.page_digest(chars) != char_digests.page_digest(moved)

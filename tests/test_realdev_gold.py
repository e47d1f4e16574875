"""The real-world development set's gold files are complete, split and in the corpus gold format."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pytest

REALDEV = Path(__file__).resolve().parent / "fixtures" / "realdev"
GOLD_FILES = sorted(REALDEV.glob("*.jsonl"))
TEXT_KEYS = ("ref", "source_ref", "area", "lead", "action", "start_raw", "deadline_raw", "progress")
TEXT_KEYS += ("monitoring", "outcome", "cost")
KINDS = {"date", "range", "revised", "recurring", "ongoing", "tbc", "none", "ambiguous", None}
PRECISIONS = {"day", "month", "season", "quarter", "year", "financial_year", None}
RAGS = {"R", "A", "G", "B", "Y", "GREY", None}


def split() -> dict[str, str]:
    out = {}
    for line in (REALDEV / "split.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            slug, part = line.split()
            out[slug] = part
    return out


def test_every_gold_file_is_in_the_split_and_every_split_entry_has_gold():
    parts = split()
    assert set(parts) == {p.stem for p in GOLD_FILES}
    assert set(parts.values()) == {"dev", "heldout"}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_rows_follow_the_corpus_format(path):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows
    keys = [(r["table_index"], r["row_index"]) for r in rows]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    for r in rows:
        assert r["doc_id"] == path.stem
        assert r["action"] and r["action"] == " ".join(r["action"].split())
        assert all(r[k] is None or isinstance(r[k], str) for k in TEXT_KEYS)
        assert r["rag"] in RAGS
        assert 1 <= r["page_first"] <= r["page_last"]
        assert r.get("deadline_kind") in KINDS and r.get("deadline_precision") in PRECISIONS
        if "deadline_date" in r:  # scored: a real date, or null when the deadline names none
            assert r["deadline_kind"] != "ambiguous"
            if r["deadline_date"] is not None:
                start, end = (dt.date.fromisoformat(r[k]) for k in ("deadline_start", "deadline_date"))
                assert start <= end
            else:
                assert r["deadline_kind"] in {"ongoing", "tbc", "none"}
        for lead in r.get("leads", []):
            assert set(lead) == {"person", "role", "initials", "org"} and any(lead.values())


def test_every_uk_render_can_be_rebuilt_from_its_page():
    # The UK PDFs are not committed: bench/render_realdev.py must know how to print every UK gold file.
    bench = Path(__file__).resolve().parents[1] / "bench"
    sys.path.insert(0, str(bench))
    try:
        spec = importlib.util.spec_from_file_location("render_realdev", bench / "render_realdev.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(bench))
    uk = {slug for slug in split() if slug.startswith("uk-")}
    assert uk == set(module.RENDERS)
    for page, producer in module.RENDERS.values():
        suffix = ".json" if producer == "slides" else ".html"
        assert (REALDEV / "html" / f"{page}{suffix}").is_file(), page
        assert producer in {"chromium", "libreoffice", "calc", "slides"}

"""Ratings printed the ways real producers print them are read, and what only looks like one is not.

Fixtures: tests/fixtures/rag_fills/, made by `bench/render_rag_fills.py tests/fixtures/rag_fills
--fixtures` (bench/matrix_rag_fills.py's variants over made-up content: Excel's Good/Neutral/Bad
styles, Office's light shades, BRAG purple under a key, a '●' / '■' glyph or a status phrase in a
rating colour, translucent fills drawn as two rectangles with a key under the table, dots on zebra
bands and a highlighted row; and the same log with no rating at all printed with zebra bands, a
shaded header, a highlighted row and an update in red). The expected ratings are the gold beside
each PDF, generated from the content.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.devset_score import rag_name
from pipeline.context import StageConfig
from pipeline.process import process_document

HERE = Path(__file__).resolve().parent / "fixtures" / "rag_fills"
STEMS = sorted(p.stem for p in HERE.glob("*.pdf"))

_actions: dict[str, list[dict]] = {}


def actions(stem: str) -> list[dict]:
    if stem not in _actions:
        acts = process_document(HERE / f"{stem}.pdf", StageConfig(strict=True)).actions
        _actions[stem] = sorted(acts, key=lambda a: (a["table_index"], a["row_index"]))
    return _actions[stem]


def gold(stem: str) -> list[dict]:
    rows = [json.loads(x) for x in (HERE / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines() if x]
    return sorted(rows, key=lambda r: (r["table_index"], r["row_index"]))


def test_the_fixtures_are_there():
    assert len(STEMS) >= 12


@pytest.mark.parametrize("stem", STEMS)
def test_every_row_gets_the_rating_it_shows(stem):
    # refs compared as the scorer does, without whitespace (a narrow Word cell wraps 'EC1' as 'EC 1')
    got = {"".join(a["ref"].split()): rag_name(a["rag"]) for a in actions(stem)}
    want = {"".join(g["ref"].split()): rag_name(g["rag"]) for g in gold(stem)}
    assert got == want


@pytest.mark.parametrize(
    "stem, source, cell",
    [
        ("filllog--html-glyph-ink", "ink", "rag"),
        ("ragfills--pptx-glyph-ink", "ink", "rag"),
        ("actionlog--docx-square-ink", "ink", "progress"),
        ("ragfills--xlsx-cf-styles", "fill", "rag"),
        ("improvement--html-dot-highlight", "fill", "rag"),
    ],
)
def test_where_the_rating_came_from_is_recorded(stem, source, cell):
    rated = [a for a in actions(stem) if a["rag"] is not None]
    assert rated
    assert {a["rag_source"] for a in rated} == {source}
    assert {a["rag_cell"] for a in rated} == {cell}
    for a in rated:
        # the colour read, as '#RRGGBB', after the text printed in it when it was ink
        assert a["rag_raw"].split()[-1].startswith("#") and len(a["rag_raw"].split()[-1]) == 7


def test_ink_keeps_the_words_it_was_printed_in():
    raws = {a["progress"]: a["rag_raw"] for a in actions("actionlog--docx-square-ink") if a["rag"]}
    assert raws["On track"].startswith("On track #")


@pytest.mark.parametrize(
    "stem", ["ragtraps--html-dot-highlight", "ragtraps--xlsx-cf-styles", "ragtrapsnostatus--html-glyph-ink"]
)
def test_bands_header_shading_highlights_and_red_updates_are_not_ratings(stem):
    acts = actions(stem)
    assert len(acts) == len(gold(stem))
    assert [a["rag"] for a in acts] == [None] * len(acts)
    assert {a["rag_source"] for a in acts} == {"none"}


def test_a_highlighted_row_rates_by_its_dot_not_its_highlighter():
    acts = actions("improvement--html-dot-highlight")
    want = [rag_name(g["rag"]) for g in gold("improvement--html-dot-highlight")]
    assert acts[1]["rag"] == want[1] == "green"  # the second row is painted yellow across

"""Groups (`area`, docs/area.md) printed the ways the dev shapes of bench/matrix_groups.py print them, read row by row.

The fixtures are producer-matrix cells rendered by bench/render_group_fixtures.py from made-up
content; the gold beside each PDF is generated from that content (the truth), never from output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.devset_score import squash
from bench.render_matrix import gold_for
from extractors.geometry import Word
from extractors.layout.headers import explains_label, find_header_bands
from pipeline.context import StageConfig
from pipeline.process import process_document

HERE = Path(__file__).resolve().parent / "fixtures" / "area_groups"
FIELDS = ("ref", "area", "action", "lead", "deadline_raw", "monitoring")


def _gold(stem: str) -> list[dict]:
    return [json.loads(x) for x in (HERE / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines() if x]


def _read(stem: str) -> list[dict]:
    acts = process_document(HERE / f"{stem}.pdf", StageConfig(strict=True)).actions
    acts = sorted(acts, key=lambda a: (a["table_index"], a["row_index"]))
    return [{k: squash(a.get(k)) for k in FIELDS} for a in acts]


def _want(stem: str) -> list[dict]:
    return [{k: squash(g.get(k)) for k in FIELDS} for g in _gold(stem)]


STEMS = sorted(p.stem for p in HERE.glob("*.pdf"))


@pytest.mark.parametrize("stem", STEMS)
def test_gold_is_the_content(stem):
    assert _gold(stem) == gold_for(stem)


@pytest.mark.parametrize("stem", STEMS)
def test_every_row_with_its_group(stem):
    """Every action once, in order, with its ref, group, lead, deadline and monitoring as printed
    (compared as the matrix scores text: a word a narrow column breaks still matches)."""
    assert _read(stem) == _want(stem)


def test_a_label_joining_two_names_names_the_role_of_either():
    assert explains_label("Lead officer / owner") == ("lead", 1.0)
    assert explains_label("Monitoring & Reporting")[0] == "monitoring"
    assert explains_label("Monitoring & Reporting")[1] >= 0.75
    # Nothing joined: the label's own score.
    assert explains_label("Agreed completion date")[0] == "deadline"
    assert explains_label("Leadership and governance")[1] < 0.5


def _line(top: float, *cells: str, bold: bool = True) -> list[Word]:
    out, x = [], 40.0
    for cell in cells:
        for word in cell.split():
            out.append(Word(word, x, top, x + 6 * len(word), top + 8.5, bold))
            x += 6 * len(word) + 3
        x += 30
    return out


def test_a_numbered_section_row_under_a_header_band_is_no_header():
    """A bold section row ('1. Leadership and governance') a row's padding under a header band
    with no rule between them starts the body; the rule under the section ends its row only."""
    from extractors.geometry import Segment

    lines = [
        _line(100.0, "Ref", "Action", "Lead", "Deadline", "Update", "RAG"),
        _line(126.0, "1. Leadership and governance"),
        _line(147.0, "1.1", "Agree a plan", "Programme Director", "July 2025", "Agreed", bold=False),
    ]
    bands = find_header_bands(lines, [Segment(142.0, 40.0, 800.0)])
    assert len(bands) == 1
    assert bands[0].bottom < 126.0

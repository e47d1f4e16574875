"""Render the committed fixtures of tests/test_area_groups.py: grouping cells (`area`) as the dev shapes of bench/matrix_groups.py and bench/matrix_headers.py print them.

    .venv/bin/python bench/render_group_fixtures.py tests/fixtures/area_groups

Each fixture is a producer matrix cell (bench/render_matrix.py) with its gold generated from the
content, which is the truth.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_matrix import LAYOUTS, SHAPES, keep_fixtures, render  # noqa: E402

STEMS = (
    # A wrapped header whose labels join two names ('Lead officer / owner'), over zebra rows and
    # over a CSS grid's dark band.
    "milestones--html-zebra-rowspan",
    "milestones--html-css-grid",
    # Numbered section rows straight under a dark header band, no rule between.
    "programme--html-css-grid",
    # The group column after the action column, merged by Word.
    "workstreams--docx-merged-area",
    # Each group a row of the grid: its number in the ref column, its name (a sentence for one)
    # in the action column, the rows under it numbered from it.
    "refrows--docx-grid",
    "refrows--html-nogrid",
    "refrows--reportlab-whitespace",
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest", type=Path)
    args = ap.parse_args(argv)
    cells = {s.split("--")[1] for s in STEMS}
    names = {s.split("--")[0] for s in STEMS}
    with tempfile.TemporaryDirectory(prefix="group-fixtures-") as tmp:
        render(Path(tmp), [x for x in LAYOUTS if x.cell in cells], [s for s in SHAPES if s.name in names])
        keep_fixtures(Path(tmp), args.dest, STEMS)
    return 0


if __name__ == "__main__":
    sys.exit(main())

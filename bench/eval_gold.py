"""Score planwatch on the corpus content rendered by bench/render_gold.py, per producer-layout cell and per document.

    .venv/bin/python bench/render_gold.py /tmp/gold-renders            # render once (~2 min)
    .venv/bin/python bench/eval_gold.py /tmp/gold-renders [--workers 1] [--show 3] [--json OUT]
    .venv/bin/python bench/eval_gold.py /tmp/gold-renders --curated DIR   # score an earlier run

The renders carry the matrix's manifest and gold layout, so this is bench/eval_matrix.py on that
folder (same options, same scoring: bench/devset_score.py, the corpus contract); every document is
a 'dev' shape here, since its content is the shared corpus's. Without the folder it says so.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_matrix  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = next((Path(a) for a in args if not a.startswith("-")), None)
    if root is None or not (root / "matrix.json").exists():
        sys.stderr.write("eval_gold: give the folder bench/render_gold.py wrote (it has matrix.json)\n")
        return 0 if root is not None else 2
    return eval_matrix.main(args)


if __name__ == "__main__":
    sys.exit(main())

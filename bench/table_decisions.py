"""Print the action-table decision for every table planwatch finds in some PDFs: its score, margin and reasons.

    .venv/bin/python bench/table_decisions.py PDF_OR_FOLDER... [--rejected-only | --accepted-only]

Runs the per-document stages up to the decision (locate, parse, map, stitch) and prints, per
stitched table, its page, title, column roles and the decision with its margin over the
threshold (extractors/action_decision.py). The figures in docs/action-tables.md come from here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.action_decision import THRESHOLD  # noqa: E402
from extractors.core import DocContext, Reject, StageConfig  # noqa: E402
from extractors.select_actions import decisions  # noqa: E402
from pipeline.registry import DOCUMENT_STAGE_MODULES  # noqa: E402


def table_decisions(path: Path) -> list[tuple[object, object]]:
    """(stitched table, decision) for every table of one PDF; [] when it is refused before."""
    ctx = DocContext(path=path)
    cfg = StageConfig(strict=False)
    try:
        for stage in DOCUMENT_STAGE_MODULES:
            if stage.NAME == "select_actions":
                break
            stage.run(ctx, cfg)
        return list(zip(ctx.tables, decisions(ctx), strict=True))
    except Reject:
        return []
    finally:
        ctx.store.close()
        if ctx.pdf is not None:
            ctx.pdf.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--accepted-only", action="store_true")
    ap.add_argument("--rejected-only", action="store_true")
    args = ap.parse_args(argv)
    files = [f for p in args.paths for f in (sorted(p.rglob("*.pdf")) if p.is_dir() else [p])]
    for f in files:
        for table, d in table_decisions(f):
            if (args.accepted_only and not d.is_action) or (args.rejected_only and d.is_action):
                continue
            first = table.fragments[0]
            roles = ",".join(r for r in table.roles)
            print(
                f"{f.name} p{first.page} {'KEEP' if d.is_action else 'drop'} "
                f"score {d.score:5.2f} margin {d.score - THRESHOLD:+5.2f} rows {len(table.rows)} "
                f"[{roles}] title={(table.title or '')[:50]!r}\n    {'; '.join(d.reasons)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

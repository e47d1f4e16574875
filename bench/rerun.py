"""How long a rerun over unchanged inputs takes: the nightly cost of a night with nothing new.

Not a test. Each case is timed as a whole `planwatch run` subprocess (start-up and imports
included): a first run into a fresh folder, then the same command again, whose inputs are
unchanged. Cases: a folder named on the command line (default ../shared/realworld), and N
generated distinct one-page PDFs (default 1,000). Targets: the rerun of 1,000 PDFs under 2 s,
of the folder at most 5% of its first run.

    .venv/bin/python bench/rerun.py [FOLDER] [--generated 1000] [--workers 2] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT.parent / "shared" / "realworld"


def generate(folder: Path, n: int) -> None:
    """`n` one-page PDFs with distinct text (so distinct bytes and doc_ids), like minutes pages."""
    from reportlab.pdfgen import canvas

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        c = canvas.Canvas(str(folder / f"minutes-{i:05d}.pdf"), invariant=1)
        c.drawString(72, 720, f"Minutes of meeting {i}: the committee noted the report.")
        c.showPage()
        c.save()


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(inputs: Path, out: Path, workers: int) -> tuple[float, float, dict]:
    """Wall seconds, CPU seconds (the run and its workers: what it costs on an idle machine) and
    the run's manifest."""
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(inputs), "--out", str(out), "-q"]
    cmd += ["--workers", str(workers)]
    started, cpu = time.perf_counter(), _cpu()
    subprocess.run(cmd, cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu
    manifest = max((out / "_runs").glob("*.json"), key=lambda p: p.stat().st_mtime_ns)
    return seconds, cpu, json.loads(manifest.read_text())


def case(name: str, inputs: Path, workers: int, scratch: Path) -> dict:
    out = scratch / f"out-{name}"
    first, _, _ = timed_run(inputs, out, workers)
    again, again_cpu, manifest = timed_run(inputs, out, workers)
    row = {
        "case": name,
        "files": manifest["counts"]["documents"],
        "first_s": round(first, 2),
        "rerun_s": round(again, 2),
        "rerun_cpu_s": round(again_cpu, 2),
        "rerun_pct": round(100 * again / first, 1),
        "rerun_hashed": manifest["counts"]["hashed"],
        "rerun_unchanged": manifest["unchanged"],
    }
    print(
        f"{name:<24} {row['files']:>6} files  first {first:7.2f}s  unchanged rerun {again:5.2f}s "
        f"(CPU {again_cpu:.2f}s; {row['rerun_pct']}% of first; hashed {row['rerun_hashed']}, tables untouched: {row['rerun_unchanged']})"
    )
    return row


def cases(folder: Path, generated: int, workers: int) -> list[dict]:
    """Both cases (a folder that is missing, or `generated` 0, is skipped), each line printed."""
    rows = []
    scratch = Path(tempfile.mkdtemp(prefix="planwatch-rerun-"))
    try:
        if folder.is_dir():
            rows.append(case(folder.name, folder, workers, scratch))
        if generated:
            generate(scratch / "generated", generated)
            rows.append(case(f"generated-{generated}", scratch / "generated", workers, scratch))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--generated", type=int, default=1000, help="distinct generated PDFs (0: skip)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    rows = cases(args.folder, args.generated, args.workers)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Throughput and peak memory of a whole `planwatch run` against pdfplumber and camelot baselines.

Not a test (needs the bench extra: `pip install -e ".[bench]"`). Each contender runs in its own
child process, polled with psutil (children included),
so start-up, imports and writing the output all count, the same for everyone:

- planwatch: `planwatch run <pdfs> --workers 1` into a fresh output folder (nothing cached);
- pdfplumber: `page.extract_tables()` on every page of the same PDFs;
- camelot: `camelot.read_pdf(path, pages=..., flavor="lattice")` on every --camelot-step'th page
  (lattice renders each page to an image: about a second a page, too slow for all of them).

Pages/s are reported for the agenda packs (100-300 page meeting packs where few pages hold a
table, the case planwatch is built for), the improvement plans (every page a table) and all.
Peak memory is the largest single process's resident set as the kernel counted it (wait4's
ru_maxrss: no spike between polls is missed), and the whole tree's, polled. CPU seconds (user+sys
of the contender and every process it waited for, from wait4) give a fair ratio on a loaded
machine, where wall time mostly measures the other users.
Last, the unchanged reruns of issue 13 (bench/rerun.py): a folder of real PDFs
(default ../shared/realworld) as a share of its first run, and 1,000 generated distinct PDFs in
seconds (`--workers 2`, as a nightly job would run).

    .venv/bin/python bench/benchmark.py [../shared/corpus/pdf] [--camelot-step 4] [--skip-camelot]
        [--rerun-folder ../shared/realworld] [--generated 1000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rerun  # noqa: E402 - bench/rerun.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"


def is_agenda(path: Path) -> bool:
    return "agenda" in path.name


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


class Peak:
    """Poll a process tree's resident memory: the largest single process, and the whole tree."""

    def __init__(self, pid: int, every_s: float = 0.05) -> None:
        self.root = psutil.Process(pid)
        self.every_s = every_s
        self.process_mb = 0.0
        self.tree_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            total = 0.0
            for p in procs:
                try:
                    rss = p.memory_info().rss / 2**20
                except psutil.Error:
                    continue
                total += rss
                self.process_mb = max(self.process_mb, rss)
            self.tree_mb = max(self.tree_mb, total)
            time.sleep(self.every_s)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def measure(cmd: list[str]) -> dict:
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err, text=True)
        peak = Peak(proc.pid)
        # wait4 reports the child's own peak resident set (and its reaped workers'), exactly.
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak.stop()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed ({proc.returncode}): {stderr[-2000:]}")
    return {
        "seconds": seconds,
        # user+sys of the process and every descendant it (or they) waited for: fair under load.
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "peak_process_mb": max(usage.ru_maxrss / 1024, peak.process_mb),
        "peak_tree_mb": peak.tree_mb,
        "stdout": stdout,
    }


def run_planwatch(pdfs: list[Path], out: str | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="pw-bench-") as fresh:
        cmd = [
            sys.executable,
            "-m",
            "pipeline.cli",
            "run",
            *map(str, pdfs),
            "--out",
            out or fresh,
            "--workers",
            "1",
        ]
        return measure([*cmd, "-q"])


def run_baseline(kind: str, pdfs: list[Path], step: int) -> dict:
    cmd = [sys.executable, __file__, "--_baseline", kind, "--camelot-step", str(step), *map(str, pdfs)]
    result = measure(cmd)
    result["pages"] = json.loads(result["stdout"])["pages"]
    return result


def _baseline_child(kind: str, pdfs: list[Path], step: int) -> None:
    """Inside the child: extract tables the baseline's way and report how many pages were read."""
    pages = 0
    if kind == "pdfplumber":
        import pdfplumber

        for path in pdfs:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_tables()
                    page.flush_cache()
                    pages += 1
    else:
        import camelot

        for path in pdfs:
            chosen = list(range(1, page_count(path) + 1, step))
            camelot.read_pdf(str(path), pages=",".join(map(str, chosen)), flavor="lattice")
            pages += len(chosen)
    sys.stdout.write(json.dumps({"pages": pages}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path, help=f"PDFs or a folder (default {DEFAULT_CORPUS})")
    parser.add_argument("--camelot-step", type=int, default=4, help="camelot reads every N-th page")
    parser.add_argument("--skip-camelot", action="store_true")
    parser.add_argument("--skip-rerun", action="store_true", help="skip the unchanged-rerun timings")
    parser.add_argument("--rerun-folder", type=Path, default=rerun.DEFAULT_FOLDER, help="real PDFs to rerun")
    parser.add_argument("--generated", type=int, default=1000, help="generated PDFs to rerun (0: skip)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--_baseline", choices=["pdfplumber", "camelot"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    pdfs: list[Path] = []
    for p in args.pdfs or [DEFAULT_CORPUS]:
        pdfs.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p])
    if args._baseline:
        _baseline_child(args._baseline, pdfs, args.camelot_step)
        return 0

    groups = {
        "agenda packs": [p for p in pdfs if is_agenda(p)],
        "plans": [p for p in pdfs if not is_agenda(p)],
    }
    groups = {k: v for k, v in groups.items() if v}
    rows = []
    for group, files in groups.items():
        pages = sum(page_count(p) for p in files)
        pw = run_planwatch(files)
        plumber = run_baseline("pdfplumber", files, 1)
        cam = None if args.skip_camelot else run_baseline("camelot", files, args.camelot_step)
        for name, r, n in (
            ("planwatch --workers 1", pw, pages),
            ("pdfplumber extract_tables", plumber, plumber["pages"]),
            (f"camelot lattice (every {args.camelot_step}th page)", cam, cam and cam["pages"]),
        ):
            if r is None:
                continue
            rows.append(
                {
                    "group": group,
                    "files": len(files),
                    "tool": name,
                    "pages": n,
                    "seconds": round(r["seconds"], 2),
                    "cpu_seconds": round(r["cpu_seconds"], 2),
                    "pages_per_s": round(n / r["seconds"], 2),
                    "pages_per_cpu_s": round(n / r["cpu_seconds"], 2),
                    "peak_process_mb": round(r["peak_process_mb"]),
                    "peak_tree_mb": round(r["peak_tree_mb"]),
                }
            )
        sys.stderr.write(f"done: {group}\n")
    if len(groups) > 1:  # the groups added up: a whole run costs what its parts cost
        for tool in dict.fromkeys(r["tool"] for r in rows):
            parts = [r for r in rows if r["tool"] == tool]
            pages, seconds = sum(r["pages"] for r in parts), sum(r["seconds"] for r in parts)
            cpu = sum(r["cpu_seconds"] for r in parts)
            rows.append(
                {
                    "group": "all",
                    "files": sum(r["files"] for r in parts),
                    "tool": tool,
                    "pages": pages,
                    "seconds": round(seconds, 2),
                    "pages_per_s": round(pages / seconds, 2),
                    "cpu_seconds": round(cpu, 2),
                    "pages_per_cpu_s": round(pages / cpu, 2),
                    "peak_process_mb": max(r["peak_process_mb"] for r in parts),
                    "peak_tree_mb": max(r["peak_tree_mb"] for r in parts),
                }
            )

    lines = [
        f"{'group':<13} {'tool':<36} {'pages':>6} {'s':>8} {'pages/s':>8} {'vs pdfplumber':>13} "
        f"{'cpu s':>8} {'pages/cpu s':>11} {'vs (cpu)':>8} {'peak MB (proc)':>14} {'peak MB (tree)':>14}"
    ]
    for r in rows:
        base = next(x for x in rows if x["group"] == r["group"] and x["tool"].startswith("pdfplumber"))
        ratio = r["pages_per_s"] / base["pages_per_s"]
        cpu_ratio = r["pages_per_cpu_s"] / base["pages_per_cpu_s"]
        lines.append(
            f"{r['group']:<13} {r['tool']:<36} {r['pages']:>6} {r['seconds']:>8.1f} {r['pages_per_s']:>8.2f} "
            f"{ratio:>12.2f}x {r['cpu_seconds']:>8.1f} {r['pages_per_cpu_s']:>11.2f} {cpu_ratio:>7.2f}x "
            f"{r['peak_process_mb']:>14} {r['peak_tree_mb']:>14}"
        )
    sys.stdout.write("\n".join(lines) + "\n")
    reruns = [] if args.skip_rerun else rerun.cases(args.rerun_folder, args.generated, workers=2)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "reruns": reruns}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

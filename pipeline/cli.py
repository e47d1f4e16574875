"""The `planwatch` command line: run the pipeline, and look at what it produced."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from pipeline import __version__

DEFAULT_OUT = Path("data/curated")


class JsonFormatter(logging.Formatter):
    """One JSON object per log record, for log shippers and nightly jobs."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def setup_logging(verbose: int, fmt: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    level = logging.DEBUG if verbose > 1 else logging.INFO if verbose == 1 else logging.WARNING
    logging.basicConfig(level=level, handlers=[handler], force=True)
    for noisy in ("pdfminer", "distributed", "camelot", "fontTools"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.runner import RunOptions, run

    opts = RunOptions(
        out=args.out,
        workers=args.workers,
        timeout_s=args.timeout,
        memory_mb=args.memory_mb,
        strict=args.strict,
        max_pages=args.max_pages,
        scheduler=args.scheduler or ("local" if args.dask else None),
        progress=sys.stderr.isatty() and not args.quiet,
    )
    try:
        report = run(args.inputs, opts)
    except FileNotFoundError as exc:
        print(f"planwatch: {exc}", file=sys.stderr)  # noqa: T201 - the CLI talks to its user
        return 2
    reasons = ", ".join(f"{k}: {v}" for k, v in sorted(report.reasons.items())) or "none"
    if not args.quiet:
        print(  # noqa: T201
            f"{report.documents} documents ({report.reused} unchanged, {report.processed} processed), "
            f"{report.quarantined} quarantined ({reasons}), {report.actions} actions -> {args.out}\n"
            f"manifest: {report.manifest}"
        )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from pipeline.status import status_text

    print(status_text(args.curated))  # noqa: T201
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from pipeline.explain import explain, format_explain

    history = explain(args.action_id, args.curated)
    if history.empty:
        print(
            f"planwatch: no action {args.action_id!r} in {args.curated}; list ids with "  # noqa: T201
            "`planwatch status` or read actions.parquet",
            file=sys.stderr,
        )
        return 1
    print(format_explain(history))  # noqa: T201
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planwatch",
        description="Extract improvement-plan action tables from council agenda-pack PDFs into Parquet.",
        epilog="Start with: planwatch run data/raw --out data/curated, then planwatch status.",
    )
    parser.add_argument("--version", action="version", version=f"planwatch {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="-v for progress lines, -vv for debug"
    )
    parser.add_argument(
        "--log-format", choices=["text", "json"], default="text", help="json: one object per line"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "run",
        help="extract action tables from PDFs into curated Parquet",
        description="Read PDFs (files, folders or glob patterns), extract every action table, "
        "write documents/action_tables/actions/quarantine Parquet under --out. Unchanged "
        "files are not read again; a bad file is quarantined and the run goes on.",
    )
    p.add_argument("inputs", nargs="+", help="PDF files, folders (searched recursively) or glob patterns")
    p.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"curated output folder (default {DEFAULT_OUT})"
    )
    p.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)"
    )
    p.add_argument("--timeout", type=float, default=300.0, help="seconds allowed per document (default 300)")
    p.add_argument("--memory-mb", type=int, default=2048, help="address-space cap per worker (default 2048)")
    p.add_argument("--max-pages", type=int, default=2000, help="quarantine documents with more pages")
    p.add_argument("--dask", action="store_true", help="run on a local Dask cluster")
    p.add_argument("--scheduler", help="address of a Dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--strict", action="store_true", help="stop on the first unexpected error (for debugging)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("status", help="summarise the curated data and the last runs")
    p.add_argument("--curated", type=Path, default=DEFAULT_OUT)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("explain", help="show one action's history across the versions of its plan")
    p.add_argument("action_id", help="an action_id from actions.parquet")
    p.add_argument("--curated", type=Path, default=DEFAULT_OUT)
    p.set_defaults(func=cmd_explain)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.verbose, args.log_format)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

"""The `planwatch` command line: run the pipeline, and look at what it produced."""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import logging
import os
import sys
from pathlib import Path

from extractors.core.config import PARSER_NAMES
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
        parser=args.parser,
        scheduler=args.scheduler or ("local" if args.dask else None),
        progress=sys.stderr.isatty() and not args.quiet,
        replace=args.replace,
        verify=args.verify,
        keep_snapshots=args.keep_snapshots,
    )
    try:
        report = run(args.inputs, opts)
    except FileNotFoundError as exc:
        print(f"planwatch: {exc}", file=sys.stderr)  # noqa: T201 - the CLI talks to its user
        return 2
    finally:
        if "pipeline.worker_server" in sys.modules:  # workers ran: leave no process behind
            sys.modules["pipeline.worker_server"].stop()
    reasons = ", ".join(f"{k}: {v}" for k, v in sorted(report.reasons.items())) or "none"
    if not args.quiet and report.unchanged:
        print(f"{report.documents} documents, all unchanged: {args.out} stays as it was")  # noqa: T201
    elif not args.quiet:
        print(  # noqa: T201
            f"{report.documents} documents ({report.reused} unchanged, {report.processed} processed; "
            f"{report.carried} kept from earlier runs), "
            f"{report.quarantined} quarantined ({reasons}), {report.actions} actions -> {args.out}\n"
            f"manifest: {report.manifest}"
        )
    return 0


def cmd_cache_prune(args: argparse.Namespace) -> int:
    from pipeline.cache import ResultCache, prune
    from pipeline.context import StageConfig
    from pipeline.registry import extractor_version

    key = ResultCache(args.out, extractor_version(), StageConfig(max_pages=args.max_pages).cache_key()).key
    removed, freed = prune(args.out, key)
    print(f"removed {removed} cache entries ({freed / 1e6:.1f} MB) from {args.out / '_cache'}")  # noqa: T201
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    from pipeline.fetch.cli import run_fetch

    return run_fetch(args)


def cmd_status(args: argparse.Namespace) -> int:
    from pipeline.status import status_text

    print(status_text(args.curated))  # noqa: T201
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from pipeline.explain import explain, format_explain

    history = explain(args.action_id, args.curated)
    if history.empty:
        print(  # noqa: T201
            f"planwatch: no action {args.action_id!r} in {args.curated}; list ids with "
            "`planwatch status` or read actions.parquet",
            file=sys.stderr,
        )
        return 1
    print(format_explain(history))  # noqa: T201
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    import duckdb

    from pipeline.query import CuratedMissing, query, write_result

    fmt = args.format or ("table" if args.out is None and sys.stdout.isatty() else "csv")
    if args.out is not None and args.format is None:
        fmt = {".json": "json", ".parquet": "parquet", ".csv": "csv"}.get(args.out.suffix.lower(), "csv")
    if fmt == "parquet" and args.out is None:
        print("planwatch: --format parquet needs --out FILE", file=sys.stderr)  # noqa: T201
        return 2
    if fmt == "table" and args.out is not None:
        msg = "--format table prints to the terminal; use csv, json or parquet with --out"
        print(f"planwatch: {msg}", file=sys.stderr)  # noqa: T201
        return 2
    try:
        table = query(args.sql, args.curated)
    except CuratedMissing as exc:
        print(f"planwatch: {exc}", file=sys.stderr)  # noqa: T201
        return 2
    except duckdb.Error as exc:
        print(f"planwatch: query failed: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    write_result(table, fmt, args.out, max_rows=args.max_rows)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.query import CuratedMissing
    from pipeline.report import write_report

    try:
        path = write_report(args.curated, args.out)
    except CuratedMissing as exc:
        print(f"planwatch: {exc}", file=sys.stderr)  # noqa: T201
        return 2
    print(f"report -> {path}")  # noqa: T201
    return 0


QUERY_EPILOG = """\
names you can query: the curated tables (documents, action_tables, actions, action_events,
action_links, quarantine, action_cells when present) and the views of pipeline/views.sql:
  plans              one row per plan: versions, latest date, RAG mix of the latest version
  plan_versions      one row per version of a plan: date, source file, RAG mix, event counts
  latest_actions     every action of each plan's latest version
  action_history     one row per action per version (or the version that dropped it)
  overdue(as_of)     table macro: latest-version actions past deadline and not blue/complete
  overdue_as_known(as_of)  the same, judged on each plan's last report dated by as_of
  slipped_deadlines  every deadline change between versions, with days_slipped
  rag_transitions    every rating change (from_rag -> to_rag) with both documents' dates
  action_leads       one row per (lead, action) of the latest versions
  actions_by_lead    one row per lead: how many actions, how rated

examples:
  planwatch query "SELECT * FROM plans"
  planwatch query "SELECT lead_name, count(*) n FROM overdue(DATE '2015-03-01') JOIN action_leads
                   USING (row_id) GROUP BY ALL ORDER BY n DESC"
  planwatch query "SELECT * FROM slipped_deadlines" --out slips.parquet

in the duckdb shell: SET VARIABLE curated = 'data/curated'; .read pipeline/views.sql
"""


FETCH_HELP = "download agenda packs from ModernGov / CMIS committee websites"


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command line. The fetch command's options load its HTTP and HTML modules (about half a
    second of imports), so they are added only when `argv` may name it (None: always); otherwise
    fetch is listed with its one-line help, which is all another command's help shows of it."""
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
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: cores); 0 reads every document in this process",
    )
    p.add_argument("--timeout", type=float, default=300.0, help="seconds allowed per document (default 300)")
    p.add_argument(
        "--memory-mb",
        type=int,
        default=2048,
        help="address-space cap per worker process, in MB (default 2048; not applied with --workers 0)",
    )
    p.add_argument("--max-pages", type=int, default=2000, help="quarantine documents with more pages")
    p.add_argument(
        "--parser",
        choices=PARSER_NAMES,
        default="planwatch",
        help="table parser (default planwatch; auto adds camelot as a second opinion where planwatch reads a page poorly: slower, and needs more memory than the default --memory-mb)",
    )
    p.add_argument("--dask", action="store_true", help="run on a local Dask cluster")
    p.add_argument("--scheduler", help="address of a Dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--strict", action="store_true", help="stop on the first unexpected error (for debugging)")
    p.add_argument(
        "--replace",
        action="store_true",
        help="curated tables hold only these inputs (default: documents of earlier runs into --out are kept)",
    )
    p.add_argument(
        "--verify",
        action="store_true",
        help="hash every input, even files whose size, mtime and inode say they are unchanged",
    )
    p.add_argument(
        "--keep-snapshots",
        type=int,
        default=3,
        help="published snapshots of the curated tables to keep under --out/_snapshots (default 3)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("cache", help="look after the per-document result cache under --out/_cache")
    cache_sub = p.add_subparsers(dest="cache_command", required=True)
    p = cache_sub.add_parser(
        "prune",
        help="delete cache entries made by other code versions or settings",
        description="Delete every entry under OUT/_cache that this planwatch (its extractor "
        "version) with these settings would not read: what older versions left behind.",
    )
    p.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"curated output folder (default {DEFAULT_OUT})"
    )
    p.add_argument("--max-pages", type=int, default=2000, help="the --max-pages your runs use (default 2000)")
    p.set_defaults(func=cmd_cache_prune)

    if argv is None or "fetch" in argv:
        from pipeline.fetch.cli import add_fetch_parser

        add_fetch_parser(sub).set_defaults(func=cmd_fetch)
    else:
        sub.add_parser("fetch", help=FETCH_HELP).set_defaults(func=cmd_fetch)

    p = sub.add_parser("status", help="summarise the curated data and the last runs")
    p.add_argument("--curated", type=Path, default=DEFAULT_OUT)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("explain", help="show one action's history across the versions of its plan")
    p.add_argument("action_id", help="an action_id from actions.parquet")
    p.add_argument("--curated", type=Path, default=DEFAULT_OUT)
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser(
        "query",
        help="run SQL over the curated tables and views (plans, overdue(as_of), ...)",
        description="Run SQL with DuckDB against the curated Parquet and the views of\n"
        "pipeline/views.sql. Prints a table on a terminal and CSV when piped, unless --format says.",
        epilog=QUERY_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("sql", help="the SQL to run (DuckDB dialect); the last statement's result is shown")
    p.add_argument(
        "--curated", type=Path, default=DEFAULT_OUT, help=f"curated folder (default {DEFAULT_OUT})"
    )
    p.add_argument(
        "--format",
        choices=["table", "csv", "json", "parquet"],
        help="table (terminal default), csv (piped default), json (an array of objects) or parquet "
        "(needs --out); with --out the default follows the file's suffix",
    )
    p.add_argument("--out", type=Path, help="write the result to this file instead of stdout")
    p.add_argument(
        "--max-rows", type=int, default=100, help="rows shown by --format table (default 100, 0 = all)"
    )
    p.set_defaults(func=cmd_query)

    p = sub.add_parser(
        "report",
        help="write a self-contained HTML report of the curated data",
        description="One static HTML page (no external assets): documents processed and "
        "quarantined, plans and their versions, every action with its rating, source file and "
        "page, and what changed since each plan's previous version.",
    )
    p.add_argument(
        "--curated", type=Path, default=DEFAULT_OUT, help=f"curated folder (default {DEFAULT_OUT})"
    )
    p.add_argument(
        "--out", type=Path, default=Path("report.html"), help="HTML file to write (default report.html)"
    )
    p.set_defaults(func=cmd_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    setup_logging(args.verbose, args.log_format)
    # At exit, before the interpreter's last collections: what the command built stays until then,
    # so frozen it is not walked again (about 0.2 s after a run that reconciled with pandas).
    atexit.unregister(gc.freeze)  # once, however often main() runs in one process
    atexit.register(gc.freeze)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

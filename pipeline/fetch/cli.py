"""The `planwatch fetch` subcommand: its arguments, and the per-site summary it prints."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from pipeline.fetch.config import PLATFORMS, ConfigError, FetchConfig, SiteConfig, load, parse_date
from pipeline.fetch.http import Politeness

EPILOG = """\
examples:
  planwatch fetch --site https://democracy.example.gov.uk/ --committee "Health and Wellbeing Board" \\
      --since 2024-01-01 --out data/raw/example
  planwatch fetch --config councils.toml          # many councils: the nightly form (docs/nightly.md)
  planwatch run data/raw/example --out data/curated

Each meeting's reports pack is kept (its item reports when it has none), once per content hash, as
<out>/<council>/<committee>/<date>_<kind>_<sha8>.pdf; <out>/sources.jsonl says where each came from
and `planwatch run` joins it into documents.parquet (source_url, retrieved_at). A second fetch asks
with If-None-Match/If-Modified-Since and downloads nothing unchanged. Exit 0 when every site was
reached, 1 when a site was given up (blocked, moved, certificate error), 2 on bad arguments.
"""


def add_fetch_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "fetch",
        help="download agenda packs from ModernGov / CMIS committee websites",
        description="Download the reports packs of a council committee's meetings from its ModernGov "
        "or CMIS website, politely (one request at a time per host, a delay between requests, "
        "robots.txt obeyed) and incrementally.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--config", type=Path, help="a TOML file listing sites and committees (overrides the rest)"
    )
    p.add_argument("--site", help="the site's base URL, e.g. https://democracy.example.gov.uk/")
    p.add_argument(
        "--committee",
        action="append",
        default=[],
        help="a committee title as the site prints it (repeatable)",
    )
    p.add_argument("--since", help="first meeting date, YYYY-MM-DD")
    p.add_argument("--until", help="last meeting date, YYYY-MM-DD (default: a year ahead)")
    p.add_argument("--out", type=Path, help="folder for the PDFs and sources.jsonl")
    p.add_argument("--platform", choices=PLATFORMS, help="skip detection")
    p.add_argument("--council", help="the council's name, recorded where a pack's cover does not give it")
    p.add_argument("--delay", type=float, help="seconds between requests to one host (default 1)")
    p.add_argument(
        "--ignore-robots",
        action="store_true",
        help="fetch what robots.txt disallows (logged; only with the council's agreement)",
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    return p


def _config(args: argparse.Namespace) -> FetchConfig:
    if args.config is not None:
        cfg = load(args.config)
        if args.out is not None:
            cfg.out = args.out
    else:
        missing = [f"--{n}" for n in ("site", "since", "out") if getattr(args, n) is None]
        if not args.committee:
            missing.append("--committee")
        if missing:
            raise ConfigError(f"give --config FILE.toml, or {' '.join(missing)}")
        cfg = FetchConfig(
            sites=[
                SiteConfig(
                    url=args.site,
                    committees=args.committee,
                    council=args.council,
                    platform=args.platform,
                    ignore_robots=args.ignore_robots,
                )
            ],
            out=args.out,
            since=parse_date(args.since, "--since"),
            until=parse_date(args.until, "--until") if args.until else None,
            politeness=Politeness(),
        )
    if args.delay is not None:
        cfg.politeness.delay_s = args.delay
    return cfg


def run_fetch(args: argparse.Namespace) -> int:
    from pipeline.fetch.run import fetch

    try:
        cfg = _config(args)
    except (ConfigError, OSError) as exc:
        print(f"planwatch fetch: {exc}", file=sys.stderr)  # noqa: T201 - the CLI talks to its user
        return 2
    started = dt.datetime.now()
    report = fetch(cfg, progress=sys.stderr.isatty() and not args.quiet)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))  # noqa: T201
    elif not args.quiet:
        secs = (dt.datetime.now() - started).total_seconds()
        for s in report.sites:
            refused = ", ".join(f"{k} {v}" for k, v in sorted(s.refused.items())) or "none"
            line = (
                f"{s.site} [{s.platform or '?'}]: {s.meetings} meetings, {s.new} new, "
                f"{s.unchanged} unchanged, refused: {refused}"
            )
            if s.missing_committees:
                line += f"; no committee titled {', '.join(repr(t) for t in s.missing_committees)}"
            if s.error:
                line += f"; gave up: {s.error}"
            print(line)  # noqa: T201
        print(f"{report.new} new PDFs, {report.requests} requests in {secs:.0f}s -> {cfg.out}")  # noqa: T201
    return 1 if any(s.error for s in report.sites) else 0

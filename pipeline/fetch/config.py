"""Fetch settings: the sites and committees to visit and how politely, from the command line or a TOML file."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.fetch.http import Politeness

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

PLATFORMS = ("moderngov", "cmis")


class ConfigError(ValueError):
    """A fetch configuration that cannot be used; every problem found is listed."""


@dataclass
class SiteConfig:
    """One council's committee website."""

    url: str  # ModernGov: the folder holding mgWebService.asmx; CMIS: any page of the meetings module
    committees: list[str]
    council: str | None = None  # as it should appear in documents.parquet when a cover does not say
    platform: str | None = None  # None: detected
    ignore_robots: bool = False  # an explicit, logged exception agreed with the council
    calendar: str | None = None  # CMIS: month calendar URL with '{date}' (YYYY-MM-DD), when not derivable


@dataclass
class FetchConfig:
    sites: list[SiteConfig]
    out: Path
    since: dt.date
    until: dt.date | None = None
    politeness: Politeness = field(default_factory=Politeness)
    parallel: int = 4  # sites fetched at once (requests to one host are still one at a time)
    recheck_days: int = 28  # re-download a PDF sent without validators while its meeting is this recent


def parse_date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"{what}: {value!r} is not a YYYY-MM-DD date") from exc


def load(path: Path, today: dt.date | None = None) -> FetchConfig:
    """Read the nightly form: top-level settings plus one [[site]] table per council."""
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    return from_mapping(raw, base=path.parent, today=today)


def from_mapping(raw: dict[str, Any], base: Path = Path("."), today: dt.date | None = None) -> FetchConfig:
    problems: list[str] = []
    known_top = {
        "out",
        "since",
        "until",
        "lookback_days",
        "sites",
        "site",
        "politeness",
        "parallel",
        "recheck_days",
    }
    problems += [f"unknown setting {k!r}" for k in raw if k not in known_top]
    today = today or dt.date.today()
    since = until = None
    try:
        if "lookback_days" in raw:  # the nightly form: a rolling window
            since = today - dt.timedelta(days=int(raw["lookback_days"]))
        elif "since" in raw:
            since = parse_date(raw["since"], "since")
        else:
            problems.append("set since = YYYY-MM-DD or lookback_days = N")
        until = parse_date(raw["until"], "until") if "until" in raw else None
    except (ConfigError, ValueError) as exc:
        problems.append(str(exc))
    pol = Politeness()
    for key, value in (raw.get("politeness") or {}).items():
        if not hasattr(pol, key):
            problems.append(f"unknown politeness setting {key!r}")
        else:
            setattr(pol, key, type(getattr(pol, key))(value))
    sites = []
    for i, s in enumerate(raw.get("site") or raw.get("sites") or []):
        unknown = set(s) - {"url", "committees", "council", "platform", "ignore_robots", "calendar"}
        problems += [f"site {i + 1}: unknown setting {k!r}" for k in sorted(unknown)]
        if not s.get("url"):
            problems.append(f"site {i + 1}: url is missing")
            continue
        if not s.get("committees"):
            problems.append(f"site {s['url']}: list its committees by title")
        if s.get("platform") not in (None, *PLATFORMS):
            problems.append(f"site {s['url']}: platform must be one of {PLATFORMS}")
        sites.append(
            SiteConfig(
                url=s["url"],
                committees=list(s.get("committees") or []),
                council=s.get("council"),
                platform=s.get("platform"),
                ignore_robots=bool(s.get("ignore_robots", False)),
                calendar=s.get("calendar"),
            )
        )
    if not sites:
        problems.append("no [[site]] tables")
    if "out" not in raw:
        problems.append("out = FOLDER is missing")
    if problems:
        raise ConfigError("; ".join(problems))
    out = Path(raw["out"])
    return FetchConfig(
        sites=sites,
        out=out if out.is_absolute() else base / out,
        since=since,  # type: ignore[arg-type]
        until=until,
        politeness=pol,
        parallel=int(raw.get("parallel", 4)),
        recheck_days=int(raw.get("recheck_days", 28)),
    )

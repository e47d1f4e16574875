"""Fetch every configured site: resolve committees, list meetings in range, keep each meeting's pack, sum up per site."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.fetch.cmis import Cmis
from pipeline.fetch.config import FetchConfig, SiteConfig
from pipeline.fetch.http import PoliteClient, Refused
from pipeline.fetch.moderngov import ModernGov
from pipeline.fetch.pages import Doc, Meeting, choose, same_title
from pipeline.fetch.store import Source, Store, now_utc, readable_path

log = logging.getLogger(__name__)

# Refusals that say the whole site is out of reach this run: stop asking it. A 'blocked' stops
# it when the host is blocked (an interstitial, a run of 403s), not for one restricted paper.
SITE_STOPPERS = {"moved", "tls_error"}


def _stops_site(client: PoliteClient, exc: Refused, url: str) -> bool:
    return exc.reason in SITE_STOPPERS or (exc.reason == "blocked" and client.is_blocked(url))


@dataclass
class SiteSummary:
    site: str
    platform: str | None = None
    meetings: int = 0
    new: int = 0
    unchanged: int = 0
    refused: Counter = field(default_factory=Counter)
    missing_committees: list[str] = field(default_factory=list)
    error: str | None = None  # why the site was abandoned, if it was


@dataclass
class FetchReport:
    out: Path
    sites: list[SiteSummary]
    requests: int = 0

    @property
    def new(self) -> int:
        return sum(s.new for s in self.sites)

    def as_dict(self) -> dict[str, Any]:
        return {
            "out": str(self.out),
            "requests": self.requests,
            "sites": [{**s.__dict__, "refused": dict(s.refused)} for s in self.sites],
        }


def detect_platform(client: PoliteClient, site: SiteConfig) -> str:
    """From the URL when it says, else from the markers on the site's page; ModernGov when unsure."""
    url = site.url.lower()
    if "cmis" in url or "/tabid/" in url:
        return "cmis"
    if "mgwebservice" in url or "moderngov" in url:
        return "moderngov"
    try:
        body = client.get_page(site.url).body.lower()
    except Refused:
        return "moderngov"
    if b"viewmeetingpublic" in body or b"document.ashx" in body or b"meetingcalendarpublic" in body:
        return "cmis"
    return "moderngov"


class _Bar:
    """A rich progress bar with one line per site, or nothing."""

    def __init__(self, enabled: bool) -> None:
        self.progress = None
        self._lock = threading.Lock()
        if enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.progress = Progress(
                TextColumn("[bold]fetch[/] {task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("docs  {task.fields[note]}"),
            )

    def __enter__(self) -> _Bar:
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def add(self, name: str) -> Any:
        if self.progress is None:
            return None
        return self.progress.add_task(name, total=0, note="")

    def grow(self, task: Any, n: int) -> None:
        if self.progress is not None and task is not None:
            with self._lock:
                total = self.progress.tasks[task].total or 0
                self.progress.update(task, total=total + n)

    def step(self, task: Any, note: str) -> None:
        if self.progress is not None and task is not None:
            self.progress.update(task, advance=1, note=note)


def fetch(cfg: FetchConfig, progress: bool = False, today: dt.date | None = None) -> FetchReport:
    """Fetch the packs of every configured committee's meetings in range into `cfg.out`."""
    client = PoliteClient(cfg.politeness)
    store = Store(cfg.out)
    until = cfg.until or (today or dt.date.today()) + dt.timedelta(days=400)
    summaries = [SiteSummary(site.url) for site in cfg.sites]
    try:
        with store.opened(), _Bar(progress) as bar:
            with ThreadPoolExecutor(max_workers=max(1, min(cfg.parallel, len(cfg.sites)))) as pool:
                jobs = [
                    pool.submit(_site, client, store, cfg, site, summary, until, bar, today)
                    for site, summary in zip(cfg.sites, summaries, strict=True)
                ]
                for job in jobs:
                    job.result()
    finally:
        client.close()
    return FetchReport(out=cfg.out, sites=summaries, requests=client.requests)


def _site(client, store, cfg, site: SiteConfig, summary: SiteSummary, until, bar: _Bar, today) -> None:
    task = bar.add(urlsplit(site.url).netloc + urlsplit(site.url).path)
    try:
        summary.platform = site.platform or detect_platform(client, site)
        reader = Cmis(client, site) if summary.platform == "cmis" else ModernGov(client, site)
        meetings = _meetings(reader, site, cfg.since, until, summary)
        for meeting in meetings:
            summary.meetings += 1
            try:
                docs = choose(reader.documents(meeting))
            except Refused as exc:
                if _stops_site(client, exc, site.url):
                    raise
                summary.refused[exc.reason] += 1
                log.warning("%s: meeting %s: %s", site.url, meeting.meeting_id, exc)
                continue
            bar.grow(task, len(docs))
            for doc in docs:
                _document(client, store, cfg, site, summary, meeting, doc, today)
                bar.step(
                    task,
                    f"{summary.new} new, {summary.unchanged} unchanged, {sum(summary.refused.values())} refused",
                )
    except Refused as exc:
        summary.error = f"{exc.reason}: {exc.detail}"
        if not getattr(exc, "counted", False):
            summary.refused[exc.reason] += 1
        log.warning("%s: giving up for this run: %s", site.url, summary.error)
    except Exception as exc:  # one broken site never stops the others
        summary.error = f"unexpected_error: {exc!r}"
        log.exception("%s: unexpected error", site.url)


def _meetings(reader, site: SiteConfig, since, until, summary: SiteSummary) -> list[Meeting]:
    if isinstance(reader, Cmis):
        listed = reader.meetings_by_title(site.committees, since, until)
        titles = {m.committee for m in listed}
        summary.missing_committees = [t for t in site.committees if not any(same_title(t, x) for x in titles)]
        return listed
    committees = reader.committees()
    meetings: list[Meeting] = []
    for title in site.committees:
        matches = [c for c in committees if same_title(c.title, title)]
        if not matches:
            summary.missing_committees.append(title)
            log.warning(
                "%s: no committee titled %r; the site lists: %s",
                site.url,
                title,
                "; ".join(sorted(c.title for c in committees))[:800],
            )
        for c in matches:  # a title can cover a renamed committee's old and new ids
            meetings += reader.meetings(c, since, until)
    return meetings


def _document(
    client, store: Store, cfg: FetchConfig, site, summary, meeting: Meeting, doc: Doc, today
) -> None:
    override = (site.council or site.url) if site.ignore_robots else None
    known = store.stored(doc.url)
    recent = meeting.date >= (today or dt.date.today()) - dt.timedelta(days=cfg.recheck_days)
    if known is not None and not store.has_validators(doc.url) and not recent:
        # No validators to ask with, and the papers of a meeting this old are settled: asking
        # again would download the whole pack to learn nothing.
        store.checked(doc.url)
        summary.unchanged += 1
        return
    try:
        resp = client.download(doc.url, cfg.out, store.conditional_headers(doc.url), robots_override=override)
    except Refused as exc:
        store.refused(doc.url, exc.reason, exc.detail)
        summary.refused[exc.reason] += 1
        log.warning("%s: refused %s (%s)", site.url, doc.url, exc)
        if _stops_site(client, exc, doc.url):
            exc.counted = True  # type: ignore[attr-defined]
            raise
        return
    if resp.status == 304 or resp.file is None:
        store.checked(doc.url)
        summary.unchanged += 1
        return
    src = Source(
        url=doc.url,
        retrieved_at=now_utc(),
        sha256=resp.sha256 or "",
        path="",
        size=resp.size,
        kind=doc.kind,
        title=doc.title,
        site=site.url,
        platform=summary.platform,
        council=site.council,
        committee=meeting.committee,
        committee_id=meeting.committee_id,
        meeting_id=meeting.meeting_id,
        meeting_date=meeting.date.isoformat(),
        etag=resp.headers.get("etag"),
        last_modified=resp.headers.get("last-modified"),
    )
    src.path = readable_path(src, urlsplit(site.url).hostname or "site")
    if store.keep(resp.file, src):
        summary.new += 1
        log.info("%s: new %s %s", site.url, doc.kind, src.path)
    else:
        summary.unchanged += 1

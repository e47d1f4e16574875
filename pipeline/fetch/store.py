"""What fetch has seen and kept: per-URL validators, the sources manifest, and each PDF once per content hash.

Everything is written to a temporary name and renamed, and the state is saved after every
document, so a fetch killed at any moment loses at most the download in flight.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import os
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger(__name__)

STATE_FILE = ".planwatch-fetch-state.json"
MANIFEST_FILE = "sources.jsonl"
LOCK_FILE = ".planwatch-fetch.lock"


@dataclass
class Source:
    """One row of the sources manifest: where a stored PDF came from."""

    url: str
    retrieved_at: str  # ISO 8601, UTC: when these bytes were downloaded
    sha256: str
    path: str  # relative to the manifest's folder
    size: int
    kind: str  # pack | supplement | frontsheet | minutes | item
    title: str | None = None
    site: str | None = None
    platform: str | None = None
    council: str | None = None
    committee: str | None = None
    committee_id: str | None = None
    meeting_id: str | None = None
    meeting_date: str | None = None  # ISO date, as the site lists the meeting
    etag: str | None = None
    last_modified: str | None = None


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def slug(text: str | None, limit: int = 60) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    words = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return words[:limit].rstrip("-") or "untitled"


def write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class Store:
    """The fetch output folder: PDFs in <council>/<committee>/, the manifest and the state at its root."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self._lock = threading.Lock()
        self.state: dict[str, dict] = {}
        self.sources: dict[str, Source] = {}  # by URL

    @contextlib.contextmanager
    def opened(self) -> Iterator[Store]:
        """Hold the folder's lock (one fetch at a time), load what earlier runs left, tidy up after a kill."""
        self.out.mkdir(parents=True, exist_ok=True)
        with open(self.out / LOCK_FILE, "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                log.warning("another planwatch fetch is writing to %s; waiting for it", self.out)
                fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                self._load()
                self._remove_partials()
                yield self
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _load(self) -> None:
        state = self.out / STATE_FILE
        if state.is_file():
            self.state = json.loads(state.read_text(encoding="utf-8")).get("urls", {})
        manifest = self.out / MANIFEST_FILE
        if manifest.is_file():
            for line in manifest.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = Source(**json.loads(line))
                    self.sources[row.url] = row

    def _remove_partials(self) -> None:
        for part in self.out.rglob(".*.part"):
            with contextlib.suppress(OSError):
                part.unlink()
                log.info("removed %s, left by an interrupted fetch", part)
        for tmp in self.out.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                tmp.unlink()

    # -- questions ----------------------------------------------------------------------------

    def stored(self, url: str) -> Source | None:
        """The manifest row for `url` when its file is still on disk."""
        src = self.sources.get(url)
        if src is not None and (self.out / src.path).is_file():
            return src
        return None

    def conditional_headers(self, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since from the validators the server sent for this exact URL."""
        if self.stored(url) is None:
            return {}
        entry = self.state.get(url, {})
        headers = {}
        if entry.get("etag"):
            headers["If-None-Match"] = entry["etag"]
        if entry.get("last_modified"):
            headers["If-Modified-Since"] = entry["last_modified"]
        return headers

    def has_validators(self, url: str) -> bool:
        entry = self.state.get(url, {})
        return bool(entry.get("etag") or entry.get("last_modified"))

    # -- changes ------------------------------------------------------------------------------

    def keep(self, tmp: Path, src: Source) -> bool:
        """Move a downloaded file into place (unless the same bytes are already stored) and record it.

        Returns True when the bytes are new to this folder.
        """
        with self._lock:
            same = next(
                (
                    s
                    for s in self.sources.values()
                    if s.sha256 == src.sha256 and (self.out / s.path).is_file()
                ),
                None,
            )
            if same is not None:
                tmp.unlink(missing_ok=True)
                src.path = same.path
                src.retrieved_at = same.retrieved_at if same.url == src.url else src.retrieved_at
                new = False
            else:
                dest = self.out / src.path
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, dest)
                new = True
            self.sources[src.url] = src
            self.state[src.url] = {
                "status": "stored",
                "sha256": src.sha256,
                "etag": src.etag,
                "last_modified": src.last_modified,
                "checked_at": now_utc(),
            }
            self._save()
            return new

    def checked(self, url: str) -> None:
        """The server said 304, or we chose not to ask: the stored file stands."""
        with self._lock:
            self.state.setdefault(url, {})["checked_at"] = now_utc()
            self._save()

    def refused(self, url: str, reason: str, detail: str) -> None:
        with self._lock:
            entry = self.state.setdefault(url, {})
            entry.update({"refused": reason, "detail": detail, "checked_at": now_utc()})
            if "status" not in entry:
                entry["status"] = "refused"
            self._save()

    def _save(self) -> None:
        write_atomic(
            self.out / STATE_FILE, json.dumps({"version": 1, "urls": self.state}, indent=1, sort_keys=True)
        )
        rows = sorted(self.sources.values(), key=lambda s: (s.path, s.url))
        write_atomic(self.out / MANIFEST_FILE, "".join(json.dumps(asdict(s)) + "\n" for s in rows))


def readable_path(src: Source, host: str) -> str:
    """<council or host>/<committee>/<meeting date>_<kind or title>_<sha8>.pdf: sortable, and unique by content."""
    what = src.kind if src.kind in ("pack", "frontsheet", "minutes") else f"{src.kind}-{slug(src.title, 50)}"
    date = src.meeting_date or "undated"
    return f"{slug(src.council or host)}/{slug(src.committee)}/{date}_{what}_{src.sha256[:8]}.pdf"

"""A polite HTTP client: one request in flight per host, a shared per-host delay, capped retries, robots.txt.

Built on http.client rather than a higher-level library because politeness is about connections:
each host gets one keep-alive connection guarded by one lock, so "one request at a time per host"
holds across every council and thread that shares the host. TLS uses the system CA store
(`ssl.create_default_context()`), which is what a council's certificate chain is issued against.
"""

from __future__ import annotations

import email.utils
import hashlib
import http.client
import logging
import os
import ssl
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from pipeline import __version__
from pipeline.fetch.robots import Robots

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = (
    f"planwatch/{__version__} (fetches published council committee papers for research; "
    "https://pypi.org/project/planwatch/)"
)
RETRY_STATUSES = {429, 500, 502, 503, 504}
REDIRECTS = {301, 302, 303, 307, 308}
# Phrases of the interstitials that bot-protection services and WAFs serve instead of the page.
# Only looked for in short HTML bodies: a real committee page may mention 'access denied' in passing.
CHALLENGE_MARKERS = (
    "captcha",
    "cf-chl",
    "just a moment",
    "checking your browser",
    "are you a robot",
    "are you human",
    "incapsula",
    "request unsuccessful",
    "access denied",
    "request rejected",
    "bot protection",
    "enable javascript and cookies",
)
CHALLENGE_MAX_BYTES = 32_000
FORBIDDEN_RUN = 3
CHUNK = 64 * 1024


@dataclass
class Politeness:
    """How hard the fetcher may lean on one host; tests shrink the delays."""

    delay_s: float = 1.0  # between the end of one request to a host and the start of the next
    timeout_s: float = 60.0  # per socket operation (connect, each read)
    retries: int = 4  # extra attempts after a 429/5xx or a dropped connection
    backoff_s: float = 2.0  # first backoff; doubles per attempt
    max_backoff_s: float = 60.0
    max_retry_after_s: float = 300.0  # a Retry-After longer than this gives up instead of waiting
    max_bytes: int = 512 * 1024 * 1024
    user_agent: str = DEFAULT_USER_AGENT


class Refused(Exception):
    """A request that will not give us the document; `reason` is a stable code for the summary."""

    def __init__(self, reason: str, detail: str, status: int | None = None) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.status = status


class _Dropped(Exception):
    """The connection broke mid-request or the body came short: worth another attempt."""


@dataclass
class Response:
    url: str  # after same-host redirects
    status: int
    headers: dict[str, str]  # lower-cased names
    body: bytes = b""  # for pages; empty for downloads
    file: Path | None = None  # for downloads: a temporary file beside the destination
    sha256: str | None = None
    size: int = 0

    @property
    def validators(self) -> dict[str, str]:
        return {k: self.headers[k] for k in ("etag", "last-modified") if self.headers.get(k)}


@dataclass
class _Host:
    """One host's gate: its lock, its connection, when it may next be asked, and whether it blocked us."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    conn: http.client.HTTPConnection | None = None
    last_done: float = 0.0
    not_before: float = 0.0
    delay_s: float = 0.0
    blocked: str | None = None
    forbidden: int = 0  # 401/403 answers in a row
    robots: Robots | None = None
    robots_lock: threading.Lock = field(default_factory=threading.Lock)
    warned_override: set[str] = field(default_factory=set)


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _upgrade(url: str, target: str) -> bool:
    """http://host/... -> https://host/...: the same site moving to TLS, safe to follow."""
    a, b = urlsplit(url), urlsplit(target)
    return a.scheme == "http" and b.scheme == "https" and a.hostname == b.hostname


def looks_like_challenge(body: bytes, content_type: str) -> bool:
    head = body[:CHALLENGE_MAX_BYTES].lower()
    if "html" not in content_type.lower() and b"<html" not in head:
        return False
    if len(body) > CHALLENGE_MAX_BYTES:
        return False
    text = head.decode("utf-8", "replace")
    return any(m in text for m in CHALLENGE_MARKERS)


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class PoliteClient:
    """GET pages and PDFs; share one instance across every site of a run so hosts are shared too."""

    def __init__(self, politeness: Politeness | None = None) -> None:
        self.politeness = politeness or Politeness()
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self.ssl_context = ssl.create_default_context()
        self.requests = 0

    # -- public -------------------------------------------------------------------------------

    def get_page(self, url: str, *, robots_override: str | None = None) -> Response:
        """A page (XML or HTML) as bytes; raises Refused for blocks, moves, TLS and HTTP errors."""
        return self._get(url, {}, None, robots_override)

    def download(
        self,
        url: str,
        dest_dir: Path,
        headers: dict[str, str] | None = None,
        *,
        robots_override: str | None = None,
    ) -> Response:
        """A PDF streamed to a temporary file in `dest_dir` (status 200), or a 304 with no file.

        The caller renames the file; anything that is not a whole PDF raises Refused and leaves
        no file behind.
        """
        return self._get(url, headers or {}, dest_dir, robots_override)

    def is_blocked(self, url: str) -> bool:
        """Whether the host of `url` has stopped serving us this run (nothing more is asked of it)."""
        return self._host(url).blocked is not None

    def close(self) -> None:
        for h in self._hosts.values():
            if h.conn is not None:
                h.conn.close()
                h.conn = None

    # -- internals ----------------------------------------------------------------------------

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        with self._hosts_lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(delay_s=self.politeness.delay_s)
            return self._hosts[key]

    def _get(self, url: str, headers: dict[str, str], dest_dir: Path | None, robots_override: str | None):
        start_host = host_key(url)
        for _ in range(6):
            host = self._host(url)
            if host.blocked:
                raise Refused(
                    "blocked", f"{start_host} refused an earlier request in this run ({host.blocked})"
                )
            self._check_robots(url, host, robots_override)
            resp = self._with_retries(url, headers, dest_dir, host)
            if resp.status not in REDIRECTS:
                return resp
            target = urljoin(url, resp.headers.get("location", ""))
            if host_key(target) != host_key(url) and not _upgrade(url, target):
                # A host that moved is a configuration change to make by hand, not to follow
                # silently: the new host has its own robots.txt and politeness budget.
                raise Refused("moved", f"{url} -> {target}", resp.status)
            url = target
        raise Refused("http_error", f"too many redirects from {url}")

    def _check_robots(self, url: str, host: _Host, override: str | None) -> None:
        if url.endswith("/robots.txt"):
            return
        with host.robots_lock:
            if host.robots is None:
                host.robots = self._fetch_robots(url, host)
                delay = host.robots.crawl_delay(self.politeness.user_agent)
                if delay is not None and delay > host.delay_s:
                    host.delay_s = min(delay, 60.0)
                    log.info("%s asks for %.1fs between requests (robots.txt)", host_key(url), host.delay_s)
        if host.robots.allowed(self.politeness.user_agent, url):
            return
        if override:
            if override not in host.warned_override:
                host.warned_override.add(override)
                log.warning(
                    "robots.txt of %s disallows %s; fetching anyway because %s is configured to ignore it",
                    host_key(url),
                    url,
                    override,
                )
            return
        raise Refused("blocked", f"robots.txt of {host_key(url)} disallows {url}")

    def _fetch_robots(self, url: str, host: _Host) -> Robots:
        robots_url = host_key(url) + "/robots.txt"
        try:
            resp = self._with_retries(robots_url, {}, None, host, retries=1)
        except Refused as exc:
            if exc.reason == "tls_error":
                raise  # nothing on this host can be fetched; say why, not 'robots'
            if exc.reason == "moved":
                return Robots.allow_all()  # robots.txt elsewhere governs another host, not this one
            if exc.status is not None and 400 <= exc.status < 500:
                host.blocked = None  # a 401/403 on robots.txt alone says nothing about the papers
                return Robots.allow_all()  # RFC 9309: an unavailable robots.txt allows everything
            log.warning(
                "robots.txt of %s unreachable (%s): treating the host as disallowed", host_key(url), exc
            )
            return Robots.disallow_all()
        if resp.status != 200:
            return Robots.allow_all()
        return Robots.parse(resp.body.decode("utf-8", "replace"))

    def _with_retries(
        self,
        url: str,
        headers: dict[str, str],
        dest_dir: Path | None,
        host: _Host,
        retries: int | None = None,
    ) -> Response:
        p = self.politeness
        attempts = (p.retries if retries is None else retries) + 1
        last = ""
        for attempt in range(attempts):
            try:
                resp = self._once(url, headers, dest_dir, host)
            except _Dropped as exc:
                last = str(exc)
                wait = min(p.backoff_s * 2**attempt, p.max_backoff_s)
            else:
                if resp.status not in RETRY_STATUSES:
                    return resp
                last = f"HTTP {resp.status}"
                asked = retry_after_seconds(resp.headers.get("retry-after"))
                if asked is not None and asked > p.max_retry_after_s:
                    raise Refused(
                        "http_error", f"HTTP {resp.status} asks us to wait {asked:.0f}s", resp.status
                    )
                wait = asked if asked is not None else min(p.backoff_s * 2**attempt, p.max_backoff_s)
                if attempt + 1 == attempts:
                    raise Refused("http_error", f"HTTP {resp.status} after {attempts} attempts", resp.status)
            # The whole host waits, not just this request: the server said it is overloaded.
            host.not_before = max(host.not_before, time.monotonic() + wait)
            log.info("%s: %s; retrying in %.1fs (attempt %d of %d)", url, last, wait, attempt + 2, attempts)
        raise Refused("http_error", f"{last} after {attempts} attempts")

    def _once(self, url: str, headers: dict[str, str], dest_dir: Path | None, host: _Host) -> Response:
        parts = urlsplit(url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        send = {"User-Agent": self.politeness.user_agent, "Accept-Encoding": "identity", **headers}
        with host.lock:
            wait = max(host.last_done + host.delay_s, host.not_before) - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                if host.conn is None:
                    host.conn = self._connect(parts.scheme, parts.netloc)
                self.requests += 1
                host.conn.request("GET", target, headers=send)
                raw = host.conn.getresponse()
                return self._read(url, raw, dest_dir, host)
            except ssl.SSLError as exc:
                self._drop(host)
                raise Refused("tls_error", f"{url}: {exc}") from exc
            except (OSError, http.client.HTTPException) as exc:
                self._drop(host)
                raise _Dropped(f"{type(exc).__name__}: {exc}") from exc
            except BaseException:
                self._drop(host)  # a body left unread would poison the next request on this connection
                raise
            finally:
                host.last_done = time.monotonic()

    def _connect(self, scheme: str, netloc: str) -> http.client.HTTPConnection:
        t = self.politeness.timeout_s
        if scheme == "https":
            return http.client.HTTPSConnection(netloc, timeout=t, context=self.ssl_context)
        if scheme == "http":
            return http.client.HTTPConnection(netloc, timeout=t)
        raise Refused("http_error", f"unsupported URL scheme {scheme!r}")

    @staticmethod
    def _drop(host: _Host) -> None:
        if host.conn is not None:
            host.conn.close()
            host.conn = None

    def _read(self, url: str, raw: http.client.HTTPResponse, dest_dir: Path | None, host: _Host) -> Response:
        headers = {k.lower(): v for k, v in raw.getheaders()}
        status = raw.status
        ctype = headers.get("content-type", "")
        close_after = raw.will_close
        try:
            if status == 200 and dest_dir is not None:
                return self._save_pdf(url, raw, headers, dest_dir, host)
            body = raw.read(self.politeness.max_bytes)
        finally:
            if close_after:
                self._drop(host)
        if status == 200 and looks_like_challenge(body, ctype):
            host.blocked = f"an interstitial page at {url}"
            raise Refused("blocked", f"{url} answered with a bot-protection page", status)
        if looks_like_challenge(body, ctype) and (status in (401, 403) or status in RETRY_STATUSES):
            host.blocked = f"HTTP {status} interstitial at {url}"
            raise Refused("blocked", f"{url} answered HTTP {status} with a bot-protection page", status)
        if status in (401, 403):
            # One forbidden URL may be a restricted paper (or a web service switched off); a run
            # of them is a host that has stopped serving us.
            host.forbidden += 1
            detail = f"{url} answered HTTP {status}"
            if host.forbidden >= FORBIDDEN_RUN:
                host.blocked = f"{host.forbidden} forbidden answers in a row, the last at {url}"
                detail += f" ({host.forbidden} forbidden answers in a row: leaving the host alone)"
            raise Refused("blocked", detail, status)
        host.forbidden = 0
        if status in RETRY_STATUSES or status in REDIRECTS or status in (200, 304):
            return Response(url=url, status=status, headers=headers, body=body)
        raise Refused("http_error", f"{url} answered HTTP {status}", status)

    def _save_pdf(
        self, url: str, raw: http.client.HTTPResponse, headers: dict[str, str], dest_dir: Path, host: _Host
    ) -> Response:
        first = raw.read(1024)
        if b"%PDF-" not in first:
            rest = raw.read(CHALLENGE_MAX_BYTES)
            if looks_like_challenge(first + rest, headers.get("content-type", "")):
                host.blocked = f"an interstitial page at {url}"
                raise Refused("blocked", f"{url} answered with a bot-protection page instead of a PDF", 200)
            raise Refused(
                "not_a_pdf", f"{url} sent {headers.get('content-type') or 'no content type'}, not a PDF", 200
            )
        dest_dir.mkdir(parents=True, exist_ok=True)
        fd, name = _temp_in(dest_dir)
        tmp = Path(name)
        digest = hashlib.sha256()
        size = 0
        try:
            with os.fdopen(fd, "wb") as fh:
                chunk = first
                while chunk:
                    digest.update(chunk)
                    fh.write(chunk)
                    size += len(chunk)
                    if size > self.politeness.max_bytes:
                        raise Refused("not_a_pdf", f"{url} is larger than {self.politeness.max_bytes} bytes")
                    chunk = raw.read(CHUNK)
                fh.flush()
                os.fsync(fh.fileno())
            expected = headers.get("content-length")
            if expected and expected.isdigit() and int(expected) != size:
                raise _Dropped(f"body of {url} ended at {size} of {expected} bytes")
            with open(tmp, "rb") as fh:
                fh.seek(max(0, size - 2048))
                if b"%%EOF" not in fh.read():
                    raise Refused("not_a_pdf", f"{url} is a truncated PDF (no %%EOF at its end)", 200)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return Response(url=url, status=200, headers=headers, file=tmp, sha256=digest.hexdigest(), size=size)


def _temp_in(folder: Path) -> tuple[int, str]:
    """A temporary file whose name starts with '.' and ends '.part', so no reader takes it for a PDF."""
    return tempfile.mkstemp(prefix=".", suffix=".pdf.part", dir=folder)

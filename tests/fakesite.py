"""A local HTTP server that behaves like ModernGov and CMIS committee sites, for the fetch tests.

It serves the XML/HTML fixtures under tests/fixtures/fetch/ and committed fixture PDFs, and
records every request with the number of requests in flight when it arrived, so politeness is
measured where it matters: on the server.
"""

from __future__ import annotations

import datetime as dt
import re
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

FIXTURES = Path(__file__).parent / "fixtures"
SITES = FIXTURES / "fetch"


@dataclass
class Doc:
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = "application/pdf"


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class FakeSite:
    """Routes by exact path (+ query where it matters); behaviour switches are plain attributes."""

    def __init__(self, tls: tuple[Path, Path] | None = None) -> None:
        self.pages: dict[str, Reply] = {}  # path?query -> reply
        self.docs: dict[str, Doc] = {}  # decoded path?query -> PDF
        self.queue: dict[str, list[Reply]] = {}  # replies served before the normal one (429 then ...)
        self.slow: dict[str, threading.Event] = {}  # send half the body, then wait for the event
        self.slow_started = threading.Event()
        self.log: list[dict] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.work_s = 0.0  # server think time per request, so overlapping requests would show
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.scheme = "http"
        if tls is not None:  # a self-signed certificate: what a client with a CA store must refuse
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*tls)
            self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
            self.scheme = "https"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for ev in self.slow.values():
            ev.set()
        self.server.shutdown()
        self.server.server_close()

    def requests(self, pattern: str = "") -> list[dict]:
        return [r for r in self.log if pattern in r["path"]]

    # -- site builders --------------------------------------------------------------------------

    def page(
        self, path: str, body: bytes | str, status: int = 200, ctype: str = "text/html; charset=utf-8"
    ) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.pages[path] = Reply(status, data, {"Content-Type": ctype})

    def moderngov(self, prefix: str, web_service: bool = True, off_status: int = 404) -> None:
        """A ModernGov install under `prefix` ('/mg'), web service on or off (answering `off_status`)."""
        mg = SITES / "moderngov"
        self.page(f"{prefix}/", (mg / "home.html").read_text())
        if web_service:
            self.page(
                f"{prefix}/mgWebService.asmx/GetCommittees",
                (mg / "GetCommittees.xml").read_bytes(),
                ctype="text/xml",
            )
            for f in mg.glob("GetMeetings-*.xml"):
                self.page(
                    f"{prefix}/mgWebService.asmx/GetMeetings#{f.stem.split('-')[1]}",
                    f.read_bytes(),
                    ctype="text/xml",
                )
        else:
            self.page(
                f"{prefix}/mgWebService.asmx/GetCommittees",
                "<html><body>Web service disabled</body></html>",
                off_status,
            )
        self.page(f"{prefix}/mgListCommittees.aspx", (mg / "mgListCommittees.html").read_text())
        self.page(
            f"{prefix}/ieListMeetings.aspx?CommitteeId=12&Year=0", (mg / "ieListMeetings-12.html").read_text()
        )
        for f in mg.glob("ieListDocuments-*.html"):
            mid = f.stem.split("-")[1]
            cid = "7" if mid.startswith("2") else "12"
            self.page(f"{prefix}/ieListDocuments.aspx?CId={cid}&MId={mid}", f.read_text())

    def pdf(self, path: str, fixture: str, etag: str | None = None, last_modified: str | None = None) -> None:
        self.docs[path] = Doc((FIXTURES / fixture).read_bytes(), etag, last_modified)

    # -- serving --------------------------------------------------------------------------------

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                with site._lock:
                    site.in_flight += 1
                    site.max_in_flight = max(site.max_in_flight, site.in_flight)
                    entry = {"path": unquote(self.path), "headers": dict(self.headers), "t": time.monotonic()}
                    site.log.append(entry)
                try:
                    if site.work_s:
                        time.sleep(site.work_s)
                    entry["status"] = site._serve(self)
                finally:
                    with site._lock:
                        site.in_flight -= 1

        return Handler

    def _route(self, h: BaseHTTPRequestHandler) -> tuple[str, str]:
        parts = urlsplit(h.path)
        path = unquote(parts.path)
        query = parts.query
        if path.endswith("/mgWebService.asmx/GetMeetings"):
            q = dict(parse_qsl(query))
            return path + "#" + q.get("lCommitteeId", ""), query
        return (path + ("?" + unquote(query) if query else "")), query

    def _serve(self, h: BaseHTTPRequestHandler) -> int:
        key, query = self._route(h)
        if key in self.queue and self.queue[key]:
            reply = self.queue[key].pop(0)
            if reply.status == 0:  # the connection drops before any response
                h.close_connection = True
                return 0
            return self._send(h, reply.status, reply.body, reply.headers)
        if key in self.docs:
            return self._send_doc(h, key, self.docs[key])
        if key in self.pages:
            reply = self.pages[key]
            body = reply.body
            if "GetMeetings" in key:
                body = _filter_meetings(body, dict(parse_qsl(query)))
            return self._send(h, reply.status, body, reply.headers)
        return self._send(h, 404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"})

    def _send_doc(self, h: BaseHTTPRequestHandler, key: str, doc: Doc) -> int:
        if doc.etag and h.headers.get("If-None-Match") == doc.etag:
            return self._send(h, 304, b"", {"ETag": doc.etag})
        if doc.last_modified and h.headers.get("If-Modified-Since") == doc.last_modified:
            return self._send(h, 304, b"", {"Last-Modified": doc.last_modified})
        headers = {"Content-Type": doc.content_type}
        if doc.etag:
            headers["ETag"] = doc.etag
        if doc.last_modified:
            headers["Last-Modified"] = doc.last_modified
        if key in self.slow:
            h.send_response(200)
            for k, v in {**headers, "Content-Length": str(len(doc.body))}.items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(doc.body[: len(doc.body) // 2])
            h.wfile.flush()
            self.slow_started.set()
            self.slow[key].wait(30)
            return 200
        return self._send(h, 200, doc.body, headers)

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]) -> int:
        h.send_response(status)
        for k, v in headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)
        return status


def _filter_meetings(body: bytes, q: dict[str, str]) -> bytes:
    """Like the real service: dd/mm/yyyy bounds filter, anything else is silently ignored."""

    def dmy(s: str | None) -> dt.date | None:
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s or "")
        return dt.date(int(m[3]), int(m[2]), int(m[1])) if m else None

    lo, hi = dmy(q.get("sFromDate")), dmy(q.get("sToDate"))
    text = body.decode()

    def keep(m: re.Match) -> str:
        d = dmy(re.search(r"<meetingdate>(.*?)</meetingdate>", m[0])[1])
        inside = (lo is None or d >= lo) and (hi is None or d <= hi)
        return m[0] if inside else ""

    return re.sub(r"\s*<meeting>.*?</meeting>", keep, text, flags=re.S).encode()

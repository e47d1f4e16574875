"""ModernGov sites: committees and meetings from the mgWebService XML (or the HTML lists when it is off), packs from ieListDocuments."""

from __future__ import annotations

import datetime as dt
import logging
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from pipeline.fetch.config import SiteConfig
from pipeline.fetch.http import PoliteClient, Refused
from pipeline.fetch.pages import (
    Committee,
    Doc,
    Meeting,
    absolute,
    child_text,
    dmy,
    kind_of,
    links,
    written_date,
    xml_root,
)

log = logging.getLogger(__name__)

# Item documents live under documents/s<id>/ (or are converted on the fly); meeting-level ones
# (frontsheet, reports pack, minutes) under documents/g<meeting id>/.
ITEM_HREF = re.compile(r"(documents/s\d+/|mgConvert2PDF\.aspx)", re.IGNORECASE)
DOC_HREF = re.compile(r"(\.pdf(\?|$)|mgConvert2PDF\.aspx)", re.IGNORECASE)


def install_folder(url: str) -> str:
    """The folder holding mgWebService.asmx: people paste a page ('.../mgCommitteeDetails.aspx?ID=12')."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if not path.endswith("/"):
        head, _, last = path.rpartition("/")
        path = head + "/" if "." in last else path + "/"
    return parts._replace(path=path, query="", fragment="").geturl()


def _query(href: str) -> dict[str, str]:
    return {k.lower(): v for k, v in parse_qsl(urlsplit(href).query)}


class ModernGov:
    """One ModernGov install; `url` is the folder holding mgWebService.asmx (it may carry a path prefix)."""

    platform = "moderngov"

    def __init__(self, client: PoliteClient, site: SiteConfig) -> None:
        self.client = client
        self.site = site
        self.base = install_folder(site.url)
        self.web_service: bool | None = None

    def _get(self, path: str) -> bytes:
        override = (self.site.council or self.base) if self.site.ignore_robots else None
        return self.client.get_page(urljoin(self.base, path), robots_override=override).body

    def committees(self) -> list[Committee]:
        root = None
        try:
            root = xml_root(self._get("mgWebService.asmx/GetCommittees"))
        except Refused as exc:
            # A web service switched off answers 404, 500 or a plain 403 (robots.txt may rule it
            # out too); the HTML lists remain. A host that blocks us is another matter.
            off = exc.reason == "http_error" or (
                exc.reason == "blocked" and not self.client.is_blocked(self.base)
            )
            if not off:
                raise
        if root is not None and root.find(".//committee") is not None:
            self.web_service = True
            found = [
                Committee(child_text(c, "committeeid") or "", child_text(c, "committeetitle") or "")
                for c in root.iter("committee")
            ]
            return [c for c in found if c.committee_id and c.title]
        self.web_service = False
        log.info("%s: web service unavailable; reading the HTML committee list", self.base)
        seen: dict[str, Committee] = {}
        for link in links(self._get("mgListCommittees.aspx")):
            m = re.search(r"mgCommitteeDetails\.aspx\?ID=(\d+)", link.href, re.IGNORECASE)
            if m and link.text and m.group(1) not in seen:
                seen[m.group(1)] = Committee(m.group(1), link.text)
        return list(seen.values())

    def meetings(self, committee: Committee, since: dt.date, until: dt.date) -> list[Meeting]:
        found: list[Meeting] = []
        if self.web_service:
            # dd/mm/yyyy only: the service silently ignores ISO dates and returns everything.
            args = urlencode(
                {
                    "lCommitteeId": committee.committee_id,
                    "sFromDate": since.strftime("%d/%m/%Y"),
                    "sToDate": until.strftime("%d/%m/%Y"),
                }
            )
            root = xml_root(self._get(f"mgWebService.asmx/GetMeetings?{args}"))
            for m in root.iter("meeting") if root is not None else []:
                mid, date = child_text(m, "meetingid"), dmy(child_text(m, "meetingdate"))
                if mid and date:
                    found.append(
                        Meeting(
                            mid,
                            committee.committee_id,
                            committee.title,
                            date,
                            None,
                            child_text(m, "meetingstatus"),
                        )
                    )
        else:
            page = self._get(f"ieListMeetings.aspx?CommitteeId={committee.committee_id}&Year=0")
            for link in links(page):
                q = _query(link.href)
                if "ielistdocuments.aspx" in link.href.lower() and q.get("mid"):
                    date = written_date(link.text)
                    status = "cancelled" if "cancel" in link.text.lower() else None
                    if date:
                        found.append(
                            Meeting(q["mid"], committee.committee_id, committee.title, date, None, status)
                        )
        unique = {m.meeting_id: m for m in found}
        # Filter here too: an install that ignores the date arguments must not widen the range.
        return sorted(
            (
                m
                for m in unique.values()
                if since <= m.date <= until and "cancel" not in (m.status or "").lower()
            ),
            key=lambda m: (m.date, m.meeting_id),
        )

    def documents(self, meeting: Meeting) -> list[Doc]:
        page_url = urljoin(
            self.base, f"ieListDocuments.aspx?CId={meeting.committee_id}&MId={meeting.meeting_id}"
        )
        docs = []
        for link in links(self._get(page_url)):
            if not DOC_HREF.search(link.href):
                continue
            kind = "item" if ITEM_HREF.search(link.href) else kind_of(link.text)
            docs.append(Doc(absolute(page_url, link.href), kind, link.text or link.href.rsplit("/", 1)[-1]))
        if not any(d.kind in ("pack", "item") for d in docs) and self.web_service:
            docs += self._items_from_service(meeting)
        return docs

    def _items_from_service(self, meeting: Meeting) -> list[Doc]:
        root = xml_root(self._get(f"mgWebService.asmx/GetMeeting?lMeetingId={meeting.meeting_id}"))
        docs = []
        for el in root.iter() if root is not None else []:
            url = child_text(el, "url", "documenturl", "linkurl")
            if url and el.tag.lower().endswith("document") and DOC_HREF.search(url):
                title = child_text(el, "title", "documenttitle") or url.rsplit("/", 1)[-1]
                docs.append(Doc(absolute(self.base, url), "item", title))
        return docs

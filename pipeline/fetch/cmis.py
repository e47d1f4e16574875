"""CMIS sites: meetings from the month calendars (plain GETs), documents from each meeting page's Document.ashx links."""

from __future__ import annotations

import datetime as dt
import logging
import re

from pipeline.fetch.config import SiteConfig
from pipeline.fetch.http import PoliteClient
from pipeline.fetch.pages import Committee, Doc, Meeting, absolute, kind_of, links, same_title

log = logging.getLogger(__name__)

MEETING_HREF = re.compile(r"/ctl/ViewMeetingPublic/mid/\d+/Meeting/(\d+)/Committee/(\d+)/", re.IGNORECASE)
# The month view that takes any date as a plain GET (the list view only ever shows this month).
MODULE_PATH = re.compile(r"^(.*?/tabid/\d+)/ctl/\w+/(mid/\d+)/", re.IGNORECASE)
CALENDAR = "{prefix}/ctl/MeetingCalendarPublicNoJava/{mid}/Date/{{date}}/Default.aspx"
DAY = re.compile(
    r"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b",
    re.IGNORECASE,
)
MONTHS = "january february march april may june july august september october november december".split()


def months(since: dt.date, until: dt.date) -> list[dt.date]:
    out, d = [], since.replace(day=1)
    while d <= until:
        out.append(d)
        d = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


class Cmis:
    """One CMIS install; `url` is any page of its meetings module (or set `calendar` explicitly)."""

    platform = "cmis"

    def __init__(self, client: PoliteClient, site: SiteConfig) -> None:
        self.client = client
        self.site = site
        self._template = site.calendar
        self._seen: dict[str, list[Meeting]] = {}

    def _get(self, url: str) -> bytes:
        override = (self.site.council or self.site.url) if self.site.ignore_robots else None
        return self.client.get_page(url, robots_override=override).body

    def calendar_template(self) -> str | None:
        if self._template is None:
            for link in links(self._get(self.site.url)):
                m = MODULE_PATH.match(absolute(self.site.url, link.href))
                if m and ("ViewMeetingPublic" in link.href or "MeetingCalendar" in link.href):
                    self._template = CALENDAR.format(prefix=m.group(1), mid=m.group(2))
                    break
        return self._template

    def committees(self) -> list[Committee]:
        """CMIS has no committee list we can rely on: titles are matched on the calendar entries."""
        return []

    def meetings_by_title(self, titles: list[str], since: dt.date, until: dt.date) -> list[Meeting]:
        template = self.calendar_template()
        if template is None:
            log.warning(
                "%s: no meeting link to find the calendar from; set `calendar` for this site", self.site.url
            )
            return []
        found: dict[str, Meeting] = {}
        for month in months(since, until):
            day: re.Match[str] | None = None  # the day heading above; several meetings may share it
            for link in links(self._get(template.format(date=month.isoformat()))):
                headings = list(DAY.finditer(link.before))
                if headings:
                    day = headings[-1]  # the nearest heading above the link
                m = MEETING_HREF.search(link.href)
                if not m or not day:
                    continue
                if MONTHS.index(day.group(2).lower()) + 1 != month.month:
                    continue  # a neighbouring month's day shown in the grid
                title = re.sub(r"^\s*\d{1,2}[:.]\d{2}\s*(am|pm)?\s*", "", link.text, flags=re.IGNORECASE)
                if not any(same_title(title, t) for t in titles):
                    continue
                date = month.replace(day=int(day.group(1)))
                url = absolute(template, link.href)
                found.setdefault(m.group(1), Meeting(m.group(1), m.group(2), title, date, url))
        return sorted(
            (m for m in found.values() if since <= m.date <= until), key=lambda m: (m.date, m.meeting_id)
        )

    def documents(self, meeting: Meeting) -> list[Doc]:
        assert meeting.url is not None
        docs = []
        for link in links(self._get(meeting.url)):
            if "document.ashx" in link.href.lower():
                docs.append(
                    Doc(absolute(meeting.url, link.href), kind_of(link.text), link.text or "document")
                )
        return docs

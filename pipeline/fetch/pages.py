"""What fetch reads from platform pages: links with their text, XML by local tag name, dates as sites print them."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import quote, urljoin


@dataclass(frozen=True)
class Committee:
    committee_id: str
    title: str


@dataclass(frozen=True)
class Meeting:
    meeting_id: str
    committee_id: str
    committee: str
    date: dt.date
    url: str | None = None  # the meeting's page, when the listing gave one
    status: str | None = None


@dataclass(frozen=True)
class Doc:
    url: str
    kind: str  # pack | frontsheet | minutes | item
    title: str


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    classes: tuple[str, ...]  # classes of the elements enclosing the link
    before: str = ""  # the text printed between the previous link and this one (a calendar's day heading)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[Link] = []
        self._stack: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []
        self.title_parts: list[str] = []
        self._in_title = False
        self._between: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a":
            self._href = a.get("href")
            self._text = []
        elif tag == "title":
            self._in_title = True
        elif tag not in ("br", "img", "input", "meta", "link", "hr"):
            self._stack.append((tag, a.get("class") or ""))

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            classes = tuple(c for _, cls in self._stack for c in cls.split())
            before = " ".join(" ".join(self._between).split())
            self.links.append(Link(self._href, " ".join("".join(self._text).split()), classes, before))
            self._href = None
            self._between = []
        elif tag == "title":
            self._in_title = False
        else:
            for i in range(len(self._stack) - 1, -1, -1):
                if self._stack[i][0] == tag:
                    del self._stack[i:]
                    break

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)
        elif data.strip():
            self._between.append(data)
        if self._in_title:
            self.title_parts.append(data)


def links(html: bytes | str) -> list[Link]:
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    parser = _Links()
    parser.feed(text)
    parser.close()
    return parser.links


def absolute(base: str, href: str) -> str:
    """Join a link to its page, percent-encoding what sites leave raw (spaces, non-ASCII), never twice."""
    return urljoin(base, quote(href.strip(), safe="/:?&=%#+~@!$'()*,;[]"))


def xml_root(body: bytes) -> ET.Element | None:
    """The document element with namespaces stripped, or None when the body is not XML."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = el.tag.split("}", 1)[1]
    return root


def child_text(el: ET.Element, *names: str) -> str | None:
    for name in names:
        found = el.find(name)
        if found is not None and found.text and found.text.strip():
            return found.text.strip()
    return None


def dmy(value: str | None) -> dt.date | None:
    """dd/mm/yyyy as ModernGov's web service writes it (a time may follow)."""
    if not value:
        return None
    m = re.match(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_WRITTEN = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b",
    re.IGNORECASE,
)


def written_date(text: str) -> dt.date | None:
    """'Thursday, 16th October, 2014 2.00 pm' or '16 Oct 2014' -> date."""
    m = _WRITTEN.search(text)
    if not m:
        return dmy(text)
    try:
        return dt.date(int(m.group(3)), MONTHS[m.group(2).lower()[:3]], int(m.group(1)))
    except ValueError:
        return None


def same_title(a: str, b: str) -> bool:
    """Committee titles compared as people type them: case, spacing and '&'/'and' do not matter."""

    def norm(s: str) -> str:
        return " ".join(s.lower().replace("&", " and ").split())

    return norm(a) == norm(b)


# What a link's text says a meeting-level document is. The reports pack carries every report, so
# it is taken instead of the item documents (never both: an action table would be read twice).
PACK = re.compile(r"\b(reports?\s+pack|agenda\s+pack|pack\b.*\breports?|full\s+agenda)\b", re.IGNORECASE)
FRONTSHEET = re.compile(r"\b(agenda\s+front\s*sheet|frontsheet)\b", re.IGNORECASE)
MINUTES = re.compile(r"\bminutes\b", re.IGNORECASE)
# Papers published after the pack (addenda, late reports, update sheets) are not in it, so they
# are taken beside it; they can change what the committee is asked to agree.
SUPPLEMENT = re.compile(
    r"\b(supplement\w*|addend\w*|additional\s+(agenda|documents?|papers?|information|items?)|"
    r"late\s+(items?|reports?|papers?)|update\s+sheets?)\b",
    re.IGNORECASE,
)


def kind_of(text: str) -> str:
    if SUPPLEMENT.search(text) and not MINUTES.search(text):
        return "supplement"
    if PACK.search(text):
        return "pack"
    if FRONTSHEET.search(text):
        return "frontsheet"
    if MINUTES.search(text):
        return "minutes"
    return "item"


def choose(docs: list[Doc]) -> list[Doc]:
    """The meeting's reports pack(s) when it has one, else its item documents, and any papers
    published after them; each URL once."""
    first: dict[str, Doc] = {}
    for d in docs:
        first.setdefault(d.url, d)
    unique = list(first.values())
    packs = [d for d in unique if d.kind == "pack"]
    late = [d for d in unique if d.kind == "supplement"]
    return (packs or [d for d in unique if d.kind == "item"]) + late

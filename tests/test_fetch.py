"""`planwatch fetch` against a local server that behaves like ModernGov and CMIS sites (tests/fakesite.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.explain import explain, format_explain
from pipeline.fetch.config import ConfigError, from_mapping, tomllib
from pipeline.fetch.http import retry_after_seconds
from pipeline.fetch.moderngov import install_folder
from pipeline.fetch.pages import absolute
from tests.fakesite import FIXTURES, FakeSite, Reply

REPO = Path(__file__).resolve().parent.parent
HWB = "Health and Wellbeing Board"  # the site writes 'Health & Wellbeing Board'
PACK_101 = "/documents/g101/Public reports pack 16th-Oct-2014 14.00 Health and Wellbeing Board.pdf?T=10"
PACK_102 = "/documents/g102/Agenda reports pack 11th-Dec-2014 14.00 Health and Wellbeing Board.pdf?T=10"
ITEM_4201 = "/documents/s4201/Action plan \u2013 progress.pdf"
ITEM_4202 = "/documents/s4202/Delivery plan appendix.pdf"
SUPPLEMENT_102 = "/documents/g102/Supplementary agenda 11th-Dec-2014 14.00 Health and Wellbeing Board.pdf?T=9"
NOT_WANTED = [
    "/documents/g101/Agenda frontsheet",
    "/documents/g101/Printed minutes",
    "/documents/s4001/",
    "/documents/s4101/",
    "/documents/g201/",
    "MId=104",
    "MId=106",
    "MId=105",
]
EXPECTED = {
    "table-split-row.pdf",
    "table-repeated-header.pdf",
    "table-ref-in-action.pdf",
    "table-unseen-headers.pdf",
    "table-two-tables-one-page.pdf",
}


def sha(name: str) -> str:
    return hashlib.sha256((FIXTURES / name).read_bytes()).hexdigest()


def moderngov(site: FakeSite, prefix: str = "/mg", web_service: bool = True, off_status: int = 404) -> str:
    site.moderngov(prefix, web_service=web_service, off_status=off_status)
    site.pdf(prefix + PACK_101, "table-split-row.pdf", etag='"p101-v1"')
    site.pdf(prefix + PACK_102, "table-repeated-header.pdf")  # no validators at all
    site.pdf(prefix + ITEM_4201, "table-ref-in-action.pdf", last_modified="Mon, 02 Mar 2015 09:00:00 GMT")
    site.pdf(prefix + ITEM_4202, "table-unseen-headers.pdf")
    site.pdf(prefix + SUPPLEMENT_102, "table-two-tables-one-page.pdf")  # published after the pack
    for path, fixture in [
        (
            "/documents/g101/Agenda frontsheet 16th-Oct-2014 14.00 Health and Wellbeing Board.pdf?T=0",
            "rag-text.pdf",
        ),
        (
            "/documents/g101/Printed minutes 16th-Oct-2014 14.00 Health and Wellbeing Board.pdf?T=1",
            "rag-fill-rgb.pdf",
        ),
        ("/documents/s4001/Improvement plan update.pdf", "rag-fill-cmyk.pdf"),
        ("/documents/g201/Public reports pack 20th-Nov-2014 18.00 Cabinet.pdf?T=10", "table-non-action.pdf"),
    ]:
        site.pdf(prefix + path, fixture)
    return site.url + prefix + "/"


def fetch_args(url: str, out: Path, *extra: str) -> list[str]:
    return [
        "fetch",
        "--site",
        url,
        "--committee",
        HWB,
        "--since",
        "2014-09-01",
        "--until",
        "2015-06-30",
        "--out",
        str(out),
        "--delay",
        "0.01",
        "--council",
        "Example Council",
        "-q",
        *extra,
    ]


def stored(out: Path) -> set[str]:
    """The fixture names of the PDFs under `out`, by content."""
    by_sha = {sha(p.name): p.name for p in FIXTURES.glob("*.pdf")}
    return {by_sha.get(hashlib.sha256(p.read_bytes()).hexdigest(), p.name) for p in out.rglob("*.pdf")}


def manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "sources.jsonl").read_text().splitlines()]


def test_fetch_takes_each_meetings_pack_in_range_and_rides_out_a_429(tmp_path: Path) -> None:
    with FakeSite() as site:
        url = moderngov(site)
        site.queue["/mg" + PACK_102] = [Reply(429, b"slow down", {"Retry-After": "1"})]
        assert main(fetch_args(url, tmp_path / "packs")) == 0
        log = list(site.log)
    out = tmp_path / "packs"
    assert stored(out) == EXPECTED
    assert len(list(out.rglob("*.pdf"))) == 5
    # committee and meeting resolution: the right committee's meetings, dates as dd/mm/yyyy
    meetings_calls = [r["path"] for r in log if "GetMeetings" in r["path"]]
    assert meetings_calls == [
        "/mg/mgWebService.asmx/GetMeetings?lCommitteeId=12&sFromDate=01/09/2014&sToDate=30/06/2015"
    ]
    for unwanted in NOT_WANTED:
        assert not [r for r in log if unwanted in r["path"]], unwanted
    # the pack link with raw spaces was percent-encoded and found
    assert [r["status"] for r in log if r["path"] == "/mg" + PACK_101] == [200]
    # 429 then success, after the Retry-After the server asked for
    pack_102 = [r for r in log if r["path"] == "/mg" + PACK_102]
    assert [r["status"] for r in pack_102] == [429, 200]
    assert pack_102[1]["t"] - pack_102[0]["t"] >= 1.0
    assert all(r["headers"]["User-Agent"].startswith("planwatch/") for r in log)
    assert [r["path"] for r in log].count("/robots.txt") == 1
    rows = {r["url"].split("/mg/", 1)[1]: r for r in manifest(out)}
    pack = rows[
        "documents/g101/Public%20reports%20pack%2016th-Oct-2014%2014.00%20Health%20and%20Wellbeing%20Board.pdf?T=10"
    ]
    assert pack["kind"] == "pack" and pack["meeting_date"] == "2014-10-16" and pack["meeting_id"] == "101"
    assert pack["committee"] == "Health & Wellbeing Board" and pack["council"] == "Example Council"
    assert pack["etag"] == '"p101-v1"' and pack["sha256"] == sha("table-split-row.pdf")
    assert (out / pack["path"]).is_file() and pack["path"].startswith(
        "example-council/health-wellbeing-board/2014-10-16_pack_"
    )
    assert {r["kind"] for r in rows.values()} == {"pack", "supplement", "item"}


def test_a_dropped_connection_and_a_503_are_retried(tmp_path: Path) -> None:
    with FakeSite() as site:
        url = moderngov(site)
        site.queue["/mg" + PACK_101] = [Reply(0), Reply(503, b"busy")]
        cfg = write_config(tmp_path / "c.toml", [(url, "Example Council")], tmp_path / "packs")
        assert main(["fetch", "--config", str(cfg), "-q"]) == 0
        statuses = [r["status"] for r in site.log if r["path"] == "/mg" + PACK_101]
    assert statuses == [0, 503, 200]
    assert stored(tmp_path / "packs") == EXPECTED


def test_a_certificate_the_system_store_does_not_trust_is_a_tls_error(tmp_path: Path, capsys) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"]
        + ["-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    with FakeSite(tls=(cert, key)) as site:
        url = moderngov(site)
        assert url.startswith("https://")
        assert main(fetch_args(url, tmp_path / "packs", "--json")) == 1
    summary = json.loads(capsys.readouterr().out)["sites"][0]
    assert summary["error"].startswith("tls_error") and summary["refused"] == {"tls_error": 1}
    assert not list((tmp_path / "packs").rglob("*.pdf"))


def test_a_second_run_downloads_nothing(tmp_path: Path) -> None:
    out = tmp_path / "packs"
    with FakeSite() as site:
        url = moderngov(site)
        assert main(fetch_args(url, out)) == 0
        before = {p: p.stat().st_mtime_ns for p in out.rglob("*.pdf")}
        first = len(site.log)
        assert main(fetch_args(url, out)) == 0
        second = site.log[first:]
    documents = [r for r in second if "/documents/" in r["path"]]
    # validators sent back for exactly the URLs that had them; nothing came back with a body
    assert {r["path"]: r["status"] for r in documents} == {"/mg" + PACK_101: 304, "/mg" + ITEM_4201: 304}
    by_path = {r["path"]: r["headers"] for r in documents}
    assert by_path["/mg" + PACK_101]["If-None-Match"] == '"p101-v1"'
    assert by_path["/mg" + ITEM_4201]["If-Modified-Since"] == "Mon, 02 Mar 2015 09:00:00 GMT"
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.pdf")} == before


def test_a_meeting_without_pack_or_item_links_takes_the_web_services_item_documents(tmp_path: Path) -> None:
    page = (FIXTURES / "fetch" / "moderngov" / "ieListDocuments-103.html").read_text()
    with FakeSite() as site:
        url = moderngov(site)
        site.page(
            "/mg/ieListDocuments.aspx?CId=12&MId=103",
            page.split('<div class="mgAgendaList">')[0] + "</div></body></html>",
        )
        site.page(
            "/mg/mgWebService.asmx/GetMeeting?lMeetingId=103",
            (FIXTURES / "fetch" / "moderngov" / "GetMeeting-103.xml").read_bytes(),
            ctype="text/xml",
        )
        site.pdf("/mg/mgConvert2PDF.aspx?ID=5011", "table-split-row-unnumbered.pdf")
        assert main(fetch_args(url, tmp_path / "packs")) == 0
    got = stored(tmp_path / "packs")
    assert "table-split-row-unnumbered.pdf" in got and "table-ref-in-action.pdf" not in got
    item = next(r for r in manifest(tmp_path / "packs") if "mgConvert2PDF" in r["url"])
    assert item["kind"] == "item" and item["title"] == "Improvement plan progress report"


@pytest.mark.parametrize("off_status", [404, 403])
def test_html_fallback_when_the_web_service_is_off(tmp_path: Path, off_status: int) -> None:
    with FakeSite() as site:
        url = moderngov(site, web_service=False, off_status=off_status)
        assert main(fetch_args(url, tmp_path / "packs")) == 0
        paths = [r["path"] for r in site.log]
    assert stored(tmp_path / "packs") == EXPECTED
    assert "/mg/ieListMeetings.aspx?CommitteeId=12&Year=0" in paths
    assert not [p for p in paths if "MId=105" in p or "MId=104" in p]


@pytest.mark.parametrize("status", [200, 403])
def test_an_interstitial_is_refused_and_the_host_left_alone(tmp_path: Path, status: int, capsys) -> None:
    challenge = b"<html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>"
    out = tmp_path / "packs"
    with FakeSite() as site:
        url = moderngov(site)
        site.queue["/mg" + PACK_101] = [Reply(status, challenge, {"Content-Type": "text/html"})]
        assert main(fetch_args(url, out, "--json")) == 1
        paths = [r["path"] for r in site.log]
    summary = json.loads(capsys.readouterr().out)["sites"][0]
    assert summary["refused"] == {"blocked": 1} and summary["error"].startswith("blocked")
    assert not list(out.rglob("*.pdf"))
    assert paths.count("/mg" + PACK_101) == 1  # never retried into a block
    assert "/mg" + PACK_102 not in paths  # nor asked again for anything else
    state = json.loads((out / ".planwatch-fetch-state.json").read_text())["urls"]
    refused = [v for k, v in state.items() if "g101" in k]
    assert refused[0]["refused"] == "blocked"


def test_one_forbidden_paper_is_refused_a_run_of_them_stops_the_site(tmp_path: Path, capsys) -> None:
    with FakeSite() as site:
        url = moderngov(site)
        site.queue["/mg" + PACK_101] = [Reply(403, b"Forbidden", {"Content-Type": "text/plain"})]
        assert main(fetch_args(url, tmp_path / "one", "--json")) == 0
        one = json.loads(capsys.readouterr().out)["sites"][0]
        # a host that stops serving us: the pack, then the next meetings' pages
        for path in (
            PACK_101,
            "/ieListDocuments.aspx?CId=12&MId=102",
            "/ieListDocuments.aspx?CId=12&MId=103",
        ):
            site.queue["/mg" + path] = [Reply(403, b"Forbidden", {"Content-Type": "text/plain"})]
        assert main(fetch_args(url, tmp_path / "run", "--json")) == 1
        run = json.loads(capsys.readouterr().out)["sites"][0]
        asked = [r["path"] for r in site.log]
    assert one["refused"] == {"blocked": 1} and one["new"] == 4 and one["error"] is None
    assert stored(tmp_path / "one") == EXPECTED - {"table-split-row.pdf"}
    assert run["refused"] == {"blocked": 3} and run["new"] == 0 and "3 forbidden answers" in run["error"]
    assert asked.count("/mg" + ITEM_4201) == 1  # only the first run asked for it


def test_a_non_pdf_is_recorded_not_saved(tmp_path: Path) -> None:
    out = tmp_path / "packs"
    with FakeSite() as site:
        url = moderngov(site)
        site.queue["/mg" + PACK_102] = [
            Reply(200, b"<html><body>Document unavailable</body></html>", {"Content-Type": "text/html"})
        ]
        assert main(fetch_args(url, out, "--json")) == 0
    assert stored(out) == EXPECTED - {"table-repeated-header.pdf"}
    state = json.loads((out / ".planwatch-fetch-state.json").read_text())["urls"]
    assert [v.get("refused") for k, v in state.items() if "g102/Agenda" in k] == ["not_a_pdf"]


def test_a_moved_host_is_reported_not_followed(tmp_path: Path, capsys) -> None:
    with FakeSite() as site:
        url = moderngov(site)
        elsewhere = site.url.replace("127.0.0.1", "localhost") + "/mg/mgWebService.asmx/GetCommittees"
        site.queue["/mg/mgWebService.asmx/GetCommittees"] = [Reply(301, b"", {"Location": elsewhere})]
        assert main(fetch_args(url, tmp_path / "packs", "--json")) == 1
    summary = json.loads(capsys.readouterr().out)["sites"][0]
    assert summary["error"].startswith("moved: ") and "localhost" in summary["error"]
    assert not list((tmp_path / "packs").rglob("*.pdf"))


def test_robots_txt_is_obeyed_unless_the_council_is_overridden(tmp_path: Path, capsys) -> None:
    with FakeSite() as site:
        url = moderngov(site)
        site.page("/robots.txt", "User-agent: *\nDisallow: /mg/documents/\n", ctype="text/plain")
        assert main(fetch_args(url, tmp_path / "a", "--json")) == 0
        assert not [r for r in site.log if "/documents/" in r["path"]]
        summary = json.loads(capsys.readouterr().out)["sites"][0]
        assert summary["refused"] == {"blocked": 5} and not list((tmp_path / "a").rglob("*.pdf"))
        capsys.readouterr()
        assert main(fetch_args(url, tmp_path / "b", "--ignore-robots")) == 0
    assert stored(tmp_path / "b") == EXPECTED
    assert "fetching anyway because Example Council is configured to ignore it" in capsys.readouterr().err


def write_config(path: Path, sites: list[tuple[str, str]], out: Path, parallel: int = 2) -> Path:
    blocks = "".join(
        f'\n[[site]]\nurl = "{url}"\ncouncil = "{council}"\ncommittees = ["{HWB}"]\nplatform = "moderngov"\n'
        for url, council in sites
    )
    path.write_text(
        f'out = "{out}"\nsince = 2014-09-01\nuntil = 2015-06-30\nparallel = {parallel}\n'
        f"[politeness]\ndelay_s = 0.01\nbackoff_s = 0.05\n{blocks}"
    )
    return path


def test_one_request_in_flight_per_host_across_councils(tmp_path: Path) -> None:
    out = tmp_path / "packs"
    with FakeSite() as site:
        a, b = moderngov(site, "/mg"), moderngov(site, "/mg2")
        site.work_s = 0.02  # long enough that two parallel requests would overlap
        cfg = write_config(tmp_path / "nightly.toml", [(a, "Council A"), (b, "Council B")], out)
        assert main(["fetch", "--config", str(cfg), "-q"]) == 0
        max_in_flight = site.max_in_flight
        n = len(site.log)
    assert max_in_flight == 1
    assert n >= 18  # both installs were read in full
    rows = manifest(out)
    assert len(rows) == 10 and {r["council"] for r in rows} == {"Council A", "Council B"}
    assert len(list(out.rglob("*.pdf"))) == 5  # the same bytes from both installs stored once


def test_a_fetch_killed_mid_download_leaves_no_partial_pdf_and_a_rerun_completes(tmp_path: Path) -> None:
    out = tmp_path / "packs"
    with FakeSite() as site:
        url = moderngov(site)
        release = site.slow.setdefault("/mg" + PACK_102, __import__("threading").Event())
        cfg = write_config(tmp_path / "nightly.toml", [(url, "Example Council")], out, parallel=1)
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "fetch", "--config", str(cfg), "-q"],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            assert site.slow_started.wait(60), "the fetch never reached the slow pack"
            time.sleep(0.2)
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert sha("table-repeated-header.pdf") not in {
            hashlib.sha256(p.read_bytes()).hexdigest() for p in out.rglob("*.pdf")
        }
        assert stored(out) <= EXPECTED
        json.loads((out / ".planwatch-fetch-state.json").read_text())  # whole, not torn
        del site.slow["/mg" + PACK_102]
        release.set()
        assert main(["fetch", "--config", str(cfg), "-q"]) == 0
    assert stored(out) == EXPECTED
    assert not [p for p in out.rglob("*") if p.name.endswith(".part")]
    assert len(manifest(out)) == 5


def test_cmis_calendar_meetings_and_documents_deduplicated_by_content(tmp_path: Path) -> None:
    c = FIXTURES / "fetch" / "cmis"
    out = tmp_path / "packs"
    with FakeSite() as site:
        site.page("/cmis5/Meetings.aspx", (c / "meetings.html").read_text())
        for month in ("2014-10-01", "2014-11-01"):
            site.page(
                f"/cmis5/Meetings/tabid/73/ctl/MeetingCalendarPublicNoJava/mid/410/Date/{month}/Default.aspx",
                (c / f"calendar-{month}.html").read_text(),
            )
        for mid in ("3101", "3103", "3104"):
            cid = "4"
            site.page(
                f"/cmis5/Meetings/tabid/73/ctl/ViewMeetingPublic/mid/410/Meeting/{mid}/Committee/{cid}/Default.aspx",
                (c / f"meeting-{mid}.html").read_text(),
            )
        doc = "/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo="
        site.pdf(doc + "AbC1+x9&fgh=1", "table-split-row.pdf")
        site.pdf(doc + "ZzY2+q1", "rag-text.pdf")
        site.pdf(doc + "Qw77", "table-unseen-headers.pdf")
        site.pdf(doc + "Rt88", "table-unseen-headers.pdf")
        site.pdf(doc + "Mn99", "rag-fill-rgb.pdf")
        args = [
            "fetch",
            "--site",
            site.url + "/cmis5/Meetings.aspx",
            "--committee",
            "Children's Services Improvement Board",
        ]
        args += ["--since", "2014-10-01", "--until", "2014-11-30", "--out", str(out), "--delay", "0.01", "-q"]
        assert main(args) == 0
        paths = [r["path"] for r in site.log]
    assert stored(out) == {"table-split-row.pdf", "table-unseen-headers.pdf"}
    assert not [p for p in paths if "Meeting/3102/" in p or "ZzY2" in p or "Mn99" in p]
    rows = manifest(out)
    assert sorted(r["meeting_date"] for r in rows) == ["2014-10-07", "2014-10-09", "2014-10-09"]
    assert {r["platform"] for r in rows} == {"cmis"}
    assert len({r["path"] for r in rows}) == 2  # two URLs, one file


def test_run_joins_the_sources_into_documents(tmp_path: Path) -> None:
    out, curated = tmp_path / "packs", tmp_path / "curated"
    with FakeSite() as site:
        url = moderngov(site)
        assert main(fetch_args(url, out)) == 0
    assert main(["run", str(out), "--out", str(curated), "--workers", "1", "-q"]) == 0
    docs = pq.read_table(curated / "documents.parquet").to_pylist()
    urls = {r["sha256"]: r for r in manifest(out)}
    assert len(docs) == 5
    for d in docs:
        src = urls[d["doc_id"]]
        assert d["source_url"] == src["url"]
        assert d["retrieved_at"] is not None
        assert d["council"] is not None and d["meeting_date"] is not None
    by_url = {d["source_url"]: d for d in docs}
    pack = next(d for u, d in by_url.items() if "g101" in u)
    assert str(pack["meeting_date"]) == "2014-10-16" and pack["doc_date_source"] == "site_meeting_date"
    # the report and explain link each action to its PDF's URL
    actions = pq.read_table(curated / "actions.parquet").to_pylist()
    action = next(a for a in actions if a["doc_id"] == pack["doc_id"])
    assert main(["report", "--curated", str(curated), "--out", str(tmp_path / "report.html")]) == 0
    assert f'href="{html.escape(pack["source_url"])}"' in (tmp_path / "report.html").read_text()
    history = explain(action["action_id"], curated)
    assert pack["source_url"] in format_explain(history)


def test_helpers_read_the_header_and_encode_links_once() -> None:
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds("soon") is None
    assert install_folder("https://democracy.example.gov.uk") == "https://democracy.example.gov.uk/"
    assert (
        install_folder("https://h.example/moderngov/mgCommitteeDetails.aspx?ID=12")
        == "https://h.example/moderngov/"
    )
    page = "https://host/moderngov/ieListDocuments.aspx?CId=1&MId=2"
    assert absolute(page, "documents/g2/Public reports pack 1st-Jan-2015.pdf?T=10") == (
        "https://host/moderngov/documents/g2/Public%20reports%20pack%201st-Jan-2015.pdf?T=10"
    )
    assert (
        absolute(page, "documents/g2/Already%20encoded.pdf")
        == "https://host/moderngov/documents/g2/Already%20encoded.pdf"
    )


def test_the_nightly_configuration_in_the_docs_is_valid() -> None:
    text = (REPO / "docs" / "nightly.md").read_text()
    block = text.split("```toml\n", 1)[1].split("```", 1)[0]
    cfg = from_mapping(tomllib.loads(block), base=Path("/srv/planwatch"), today=dt.date(2025, 3, 1))
    assert [s.platform for s in cfg.sites] == [None, "cmis"]
    assert cfg.since == dt.date(2024, 12, 31) and cfg.out == Path("/srv/pdfs/incoming")
    assert cfg.politeness.delay_s == 1.0 and "data@example.org" in cfg.politeness.user_agent
    with pytest.raises(
        ConfigError, match="committees.*unknown setting 'comittee'|unknown setting 'comittee'"
    ):
        from_mapping({"out": "x", "since": "2024-01-01", "site": [{"url": "https://h/", "comittee": ["A"]}]})

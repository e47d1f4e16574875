"""The HTML report of the sample output: self-contained, complete, and really rendered by headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.report import render, write_report

REPO = Path(__file__).resolve().parent.parent
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def curated(sample_curated):
    return sample_curated


@pytest.fixture(scope="module")
def chromium():
    """The Chromium binary; absent -> skip locally, fail in CI (CI=true), where .ci/run installs it."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail("chromium is not installed in CI: .ci/run should have installed it")
    pytest.skip("chromium not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def report(curated, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "report", "--curated", str(curated), "--out", str(out)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    return out


def _chromium(binary: str, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={tmp / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )


def _rows(dom: str, cls: str) -> list[str]:
    """The markup of every <tr class="cls"> ... </tr> in the DOM."""
    return re.findall(rf'<tr class="{cls}"[^>]*>.*?</tr>', dom, flags=re.S)


def test_report_is_self_contained(report):
    text = report.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    for external in ("<script", "<link", "src=", "url(", "@import", 'href="http'):
        assert external not in text, external


def test_quarantined_documents_are_listed_with_their_reason(curated, tmp_path):
    folder = tmp_path / "curated"
    shutil.copytree(curated, folder, ignore=shutil.ignore_patterns("_*"))
    q = pq.read_table(folder / "quarantine.parquet")
    row = {
        "doc_id": None,
        "source_file": "data/raw/broken.pdf",
        "stage": "ingest",
        "reason": "encrypted_pdf",
        "detail": "needs a password",
        "run_id": "r",
        "extractor_version": "v",
    }
    pq.write_table(
        pa.concat_tables([q, pa.Table.from_pylist([row], schema=q.schema)]), folder / "quarantine.parquet"
    )
    html = render(folder)
    [quarantined] = _rows(html, "quarantined")
    assert (
        "broken.pdf" in quarantined and "encrypted_pdf" in quarantined and "needs a password" in quarantined
    )


def test_report_dom_in_chromium(curated, report, chromium, tmp_path):
    dom = _chromium(chromium, tmp_path, "--dump-dom", report.as_uri()).stdout
    actions = pd.read_parquet(curated / "actions.parquet")
    docs = pd.read_parquet(curated / "documents.parquet")
    events = pd.read_parquet(curated / "action_events.parquet")

    assert len(_rows(dom, "document")) == len(docs)
    for name in docs["file_name"]:
        assert name in dom
    assert 'id="no-quarantine"' in dom  # the sample has no bad file
    assert len(_rows(dom, "plan-row")) == actions["plan_id"].nunique()

    rows = _rows(dom, "action")
    assert len(rows) == len(actions)  # every action row of every version
    badges = Counter(re.search(r'data-rag="(\w+)"', r).group(1) for r in rows)
    expected = Counter(actions["rag"].fillna("none"))
    assert badges == expected
    by_row = actions.set_index("row_id")
    files = docs.set_index("doc_id")["file_name"]
    for r in rows:
        row_id = re.search(r'data-row-id="([^"]+)"', r).group(1)
        a = by_row.loc[row_id]
        assert f'data-page="{a["page_first"]}"' in r
        assert files[a["doc_id"]] in r and f"p.{a['page_first']}" in r

    # what changed: every listed event of a later version has its row
    changes = Counter(re.search(r'data-event="(\w+)"', r).group(1) for r in _rows(dom, "change"))
    for event in ("rag_changed", "deadline_changed", "new", "dropped"):
        later = events[(events["event"] == event) & (events["version_index"] > 0)]
        assert changes[event] == len(later), event
    assert changes["rag_changed"] > 0


def test_report_screenshot_is_not_blank(report, chromium, tmp_path):
    from PIL import Image  # a dependency of pdfplumber

    png = tmp_path / "report.png"
    _chromium(chromium, tmp_path, f"--screenshot={png}", "--window-size=1280,2000", report.as_uri())
    img = Image.open(png).convert("RGB")
    assert img.size == (1280, 2000)
    small = img.resize((320, 500))
    data = small.tobytes()
    pixels = [tuple(data[i : i + 3]) for i in range(0, len(data), 3)]
    non_white = sum(1 for p in pixels if min(p) < 235)
    assert non_white / len(pixels) > 0.03, "screenshot looks blank"
    # rating badges were painted: some strongly green and some strongly red pixels
    assert any(g > 100 and g > r + 50 and g > b + 50 for r, g, b in pixels)
    assert any(r > 150 and r > g + 80 and r > b + 80 for r, g, b in pixels)


def test_write_report_creates_parent_folders(curated, tmp_path):
    out = write_report(curated, tmp_path / "a" / "b" / "report.html")
    assert out.exists() and out.stat().st_size > 1000

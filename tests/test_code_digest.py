"""The cached code digest: reused while nothing changed, recomputed on any source or library change.

A cached digest that outlived a code change would let an unchanged-inputs rerun keep tables made
by other code, so the tests edit a copy of the real packages (same size, mtime set back) and check
that the next run re-extracts.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import code_digest
from pipeline.runner import RunOptions, run

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests/fixtures/rag-text.pdf"


@pytest.fixture
def packages(tmp_path, monkeypatch):
    """A copy of the packages the digest covers, which the digest then reads instead of the real ones."""
    copy = tmp_path / "code"
    for package in code_digest.PACKAGES:
        shutil.copytree(ROOT / package, copy / package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(code_digest, "ROOT", copy)
    return copy


def _same_size_edit(path: Path) -> None:
    """Change one byte, keep the size and set the mtime back: what a stat of size and mtime misses."""
    st = path.stat()
    data = bytearray(path.read_bytes())
    i = data.index(b"#")
    data[i + 1 : i + 2] = b"!" if data[i + 1 : i + 2] != b"!" else b"?"
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns


def test_the_cached_digest_is_the_digest_and_is_reused(packages, tmp_path):
    cache = tmp_path / "out" / code_digest.CACHE_FILE
    fresh = code_digest.code_facts(None)
    first = code_digest.code_facts(cache)
    assert first == fresh and cache.is_file()
    assert first.digest == code_digest._digest(code_digest.sources(), first.libraries)
    planted = json.loads(cache.read_text())
    planted["digest"] = "planted"
    cache.write_text(json.dumps(planted))
    assert code_digest.code_facts(cache).digest == "planted", "an unchanged stamp reads the cache"
    assert code_digest.code_facts(cache, verify=True).digest == fresh.digest, "--verify computes afresh"


def test_an_edit_that_keeps_size_and_mtime_changes_the_digest(packages, tmp_path):
    cache = tmp_path / "out" / code_digest.CACHE_FILE
    before = code_digest.code_facts(cache).digest
    _same_size_edit(packages / "extractors" / "refs.py")
    assert code_digest.code_facts(cache).digest != before


def test_a_new_source_file_changes_the_digest(packages, tmp_path):
    cache = tmp_path / "out" / code_digest.CACHE_FILE
    before = code_digest.code_facts(cache).digest
    (packages / "extractors" / "layout" / "extra.py").write_text('"""new."""\n')
    assert code_digest.code_facts(cache).digest != before


def test_a_code_change_after_a_run_forces_the_next_run_to_extract_again(packages, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(FIXTURE, inputs / FIXTURE.name)
    out = tmp_path / "out"
    run([str(inputs)], RunOptions(out=out, workers=1))
    assert run([str(inputs)], RunOptions(out=out, workers=1)).unchanged
    _same_size_edit(packages / "extractors" / "select_actions.py")
    again = run([str(inputs)], RunOptions(out=out, workers=1))
    assert not again.unchanged, "new code: the snapshot is made again, not kept"
    assert run([str(inputs)], RunOptions(out=out, workers=1)).unchanged


def test_an_unchanged_run_imports_no_heavy_library(tmp_path):
    """The no-change path: no pyarrow, pandas, PDF library, stage or importlib.metadata."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(FIXTURE, inputs / FIXTURE.name)
    out = tmp_path / "out"
    args = ["run", str(inputs), "--out", str(out), "--workers", "1", "-q"]
    subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, check=True, capture_output=True)
    heavy = ("pyarrow", "pandas", "numpy", "pdfplumber", "pdfminer", "pypdfium2", "spacy", "rich")
    probe = (
        "import sys; from pipeline.cli import main; "
        f"main({args!r}); "
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r} "
        "or m in ('importlib.metadata', 'extractors.core.pages', 'pipeline.fetch')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

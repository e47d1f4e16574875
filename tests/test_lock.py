"""Installs are pinned: constraints.txt covers every dependency, setup installs from it, and the
run manifest names the library versions a run actually used."""

from __future__ import annotations

import json
import re
from importlib.metadata import requires, version
from pathlib import Path

from pipeline.runner import RunOptions, run

ROOT = Path(__file__).resolve().parents[1]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, pinned = line.partition("==")
            assert pinned, f"not an exact pin: {line}"
            pins[_norm(name)] = pinned
    return pins


def test_every_dependency_and_test_extra_is_pinned():
    """Every requirement that applies on this Python, for the core and each extra, has a pin
    (a `python_version < '3.11'` backport is not resolved on a newer interpreter)."""
    from packaging.requirements import Requirement

    pins = _pins()
    extras = ("", "test", "bench", "fixtures")
    applies = [
        req
        for req in map(Requirement, requires("planwatch") or [])
        if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in extras)
    ]
    assert len(applies) > 20, "the project's requirements were not read"
    declared = {_norm(req.name) for req in applies}
    assert declared - set(pins) == set(), "dependencies missing from constraints.txt"


def test_setup_and_ci_install_from_the_lock():
    setup = (ROOT / "scripts/setup.sh").read_text()
    assert re.search(r"pip install [^\n]*-c constraints\.txt[^\n]*-e \"\.\[test\]\"", setup)
    assert "scripts/test.sh" in (ROOT / ".ci/run").read_text()
    assert "scripts/setup.sh" in (ROOT / "scripts/test.sh").read_text()


def test_the_environment_is_the_locked_one():
    """The libraries that shape rows run at the pinned versions (else: rerun scripts/setup.sh)."""
    pins = _pins()
    for lib in ("pdfplumber", "pdfminer.six", "pypdfium2", "dateparser", "spacy", "rapidfuzz", "pyarrow"):
        assert version(lib) == pins[_norm(lib)], f"{lib} {version(lib)} is not the pinned {pins[_norm(lib)]}"


def test_the_manifest_records_the_library_versions_used(tmp_path):
    report = run([str(ROOT / "tests/fixtures/rag-text.pdf")], RunOptions(out=tmp_path / "out", workers=1))
    libraries = json.loads(report.manifest.read_text())["libraries"]
    for lib in ("pdfplumber", "pdfminer.six", "pypdfium2", "spacy", "dateparser", "duckdb"):
        assert libraries[lib] == version(lib)

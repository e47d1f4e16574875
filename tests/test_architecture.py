"""The house reads one way: stages import the core and helpers, never pipeline/ or each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pipeline import registry

REPO = Path(__file__).resolve().parent.parent
STAGES = set(registry.DOCUMENT_STAGES + registry.CORPUS_STAGES)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def _extractor_modules() -> list[Path]:
    return sorted((REPO / "extractors").rglob("*.py"))


@pytest.mark.parametrize("path", _extractor_modules(), ids=lambda p: str(p.relative_to(REPO)))
def test_no_extractor_module_imports_pipeline(path):
    assert not {m for m in _imports(path) if m == "pipeline" or m.startswith("pipeline.")}


@pytest.mark.parametrize("path", _extractor_modules(), ids=lambda p: str(p.relative_to(REPO)))
def test_no_module_under_extractors_imports_a_stage(path):
    stage_modules = {f"extractors.{s}" for s in STAGES}
    assert not (_imports(path) & stage_modules - {f"extractors.{path.stem}"})


def test_the_core_imports_no_stage_and_no_lexicon_of_a_stage():
    for path in (REPO / "extractors" / "core").rglob("*.py"):
        assert not {m for m in _imports(path) if m.split(".")[-1] in STAGES}, path


def test_the_fingerprint_covers_every_source_that_shapes_rows():
    covered = {p.relative_to(REPO).as_posix() for p in registry.fingerprinted_sources()}
    for package in ("extractors", "schemas"):
        for path in (REPO / package).rglob("*.py"):
            assert path.relative_to(REPO).as_posix() in covered
    assert "extractors/core/pages.py" in covered and "pipeline/process.py" in covered


def test_stage_names_match_their_modules():
    for stage in registry.DOCUMENT_STAGE_MODULES:
        assert stage.__name__ == f"extractors.{stage.NAME}"  # type: ignore[attr-defined]
        assert stage.VERSION


def test_the_architecture_doc_lists_the_registry_stages_in_order():
    text = (REPO / "docs" / "architecture.md").read_text()
    block = text.split("<!-- stages:", 1)[1].split("<!-- /stages -->", 1)[0]
    listed = [
        cells[2].strip()
        for line in block.splitlines()
        if (cells := line.split("|"))[1:2] and cells[1].strip().isdigit()
    ]
    assert listed == list(registry.DOCUMENT_STAGES + registry.CORPUS_STAGES)

"""The package names pipeline, extractors and schemas are taken on PyPI: ours must be the ones imported."""

from pathlib import Path

import extractors
import pipeline
import schemas

REPO = Path(__file__).resolve().parent.parent


def test_packages_resolve_to_this_repository():
    for module in (pipeline, extractors, schemas):
        assert Path(module.__file__).resolve().parent.parent == REPO, module.__file__


def test_every_registered_stage_loads_with_its_face():
    from pipeline.registry import CORPUS_STAGES, DOCUMENT_STAGES, load

    for name in DOCUMENT_STAGES + CORPUS_STAGES:
        module = load(name)
        assert module.NAME == name
        assert module.VERSION


def test_unknown_stage_lists_the_known_ones():
    import pytest

    from pipeline.registry import load

    with pytest.raises(KeyError, match="known stages: ingest"):
        load("no_such_stage")

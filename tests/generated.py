"""Checks the tests share about generated fixtures: a committed PDF is what its generator draws today."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType


def assert_matches_generator(mk: ModuleType, fx, folder: Path, tmp_path: Path) -> None:
    """fx's committed PDF in folder exists and is byte for byte what mk.build draws now (the
    generators write with invariant=1, so a stale fixture shows as a difference)."""
    path = folder / fx.name
    hint = f"run: .venv/bin/python -m {mk.__name__}"
    assert path.exists(), hint
    out = tmp_path / fx.name
    mk.build(fx, out)
    assert out.read_bytes() == path.read_bytes(), f"{fx.name} is stale: {hint}"

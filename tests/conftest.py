"""Shared pytest options and fixtures: `--regen-golden` rewrites tests/golden/*.jsonl from the current
extraction; `sample_curated` is the curated output of `planwatch run data/raw`, made once per session."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parent.parent

# Property tests check behaviour, not speed: Hypothesis' default 200 ms per example fails them on a
# loaded CI machine (a deadline test took 276 ms once). Speed is measured in bench/, not here.
settings.register_profile("planwatch", deadline=None)
settings.load_profile("planwatch")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.jsonl from what the extractors return now; review the diff "
        "(git diff tests/golden) before committing it",
    )


@pytest.fixture(scope="session")
def regen_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))


@pytest.fixture(scope="session")
def sample_curated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`planwatch run data/raw` through the real CLI, once per session."""
    out = tmp_path_factory.getbasetemp() / "sample-curated"
    subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", "data/raw", "--out", str(out), "-q"],
        cwd=REPO,
        check=True,
    )
    return out

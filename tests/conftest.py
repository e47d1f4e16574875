"""Shared pytest options: `--regen-golden` rewrites tests/golden/*.jsonl from the current extraction."""

from __future__ import annotations

import pytest


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

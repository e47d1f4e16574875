#!/usr/bin/env bash
# Second README command: set up, lint, then run the offline test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check pipeline extractors schemas tests bench
.venv/bin/mypy
.venv/bin/python -m pytest -q

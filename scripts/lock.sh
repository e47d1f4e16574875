#!/usr/bin/env bash
# Re-resolve pyproject.toml's dependency ranges to the newest releases and rewrite constraints.txt.
# Review the diff, then run scripts/test.sh and the corpus score before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
report=$(mktemp)
trap 'rm -f "$report"' EXIT
.venv/bin/python -m pip install --quiet --dry-run --ignore-installed --report "$report" -e ".[test,bench,fixtures]"
.venv/bin/python scripts/lock.py "$report" constraints.txt

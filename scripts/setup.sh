#!/usr/bin/env bash
# Create .venv (if missing) and install planwatch with its test extras from this checkout, at the
# versions pinned in constraints.txt (scripts/lock.sh re-resolves them; see the README).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".[test]"

#!/usr/bin/env bash
# First README command: set up, then run the whole pipeline on the sample PDFs in data/raw.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/planwatch run data/raw --out data/curated
.venv/bin/planwatch status --curated data/curated

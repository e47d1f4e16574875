"""Write constraints.txt: the exact version of every package `pip install -e .[test]` resolves to.

Run through scripts/lock.sh (the upgrade path): pip resolves pyproject.toml's ranges afresh, as if
nothing were installed, and this turns its JSON report into one `name==version` line each.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HEADER = """\
# Pinned versions of every package planwatch and its test extras install (Python {python}).
# scripts/setup.sh and .ci/run install with `pip install -c constraints.txt -e .[test]`, so a
# new release of pdfminer, pdfplumber, spaCy or dateparser changes nothing until this file does.
# Upgrade: `bash scripts/lock.sh`, then run the tests and the corpus score, and commit the diff.
"""


def main(report_path: str, out_path: str) -> None:
    report = json.loads(Path(report_path).read_text())
    pins = sorted(
        (item["metadata"]["name"].lower().replace("_", "-"), item["metadata"]["version"])
        for item in report["install"]
        if item["metadata"]["name"].lower() != "planwatch"
    )
    python = ".".join(report.get("environment", {}).get("python_full_version", "?").split(".")[:2])
    lines = [HEADER.format(python=python)] + [f"{name}=={version}\n" for name, version in pins]
    Path(out_path).write_text("".join(lines))
    sys.stderr.write(f"{len(pins)} pins written to {out_path}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

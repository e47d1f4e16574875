"""`planwatch status`: what the curated folder holds and how the last runs went."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.curated import current_dir
from pipeline.runner import RUNS_DIR


def status_text(curated: Path, last_runs: int = 5) -> str:
    folder = current_dir(curated)
    if not (folder / "documents.parquet").exists():
        return f"{curated}: no curated data yet; run `planwatch run data/raw --out {curated}` first."
    docs = pq.read_table(folder / "documents.parquet").to_pandas()
    lines = [f"curated data in {curated}" + (f" (snapshot {folder.name})" if folder != curated else "")]
    counts = docs["status"].value_counts().to_dict()
    lines.append(f"  documents: {len(docs)} ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})")
    for name in ("action_tables", "actions", "quarantine"):
        path = folder / f"{name}.parquet"
        if path.exists():
            lines.append(f"  {name}: {pq.read_metadata(path).num_rows} rows")
    quarantined = docs[docs["status"] == "quarantined"]
    for _, d in quarantined.head(10).iterrows():
        lines.append(f"    quarantined {d['file_name']}: {d['reason']} ({(d['detail'] or '')[:80]})")
    runs = sorted((curated / RUNS_DIR).glob("*.json"))[-last_runs:]
    if runs:
        lines.append("  last runs:")
    for r in runs:
        m = json.loads(r.read_text())
        c = m["counts"]
        lines.append(
            f"    {m['run_id']}: {c['documents']} docs, {c['reused']} unchanged, {c['processed']} processed, "
            f"{c['quarantined']} quarantined, {c['actions']} actions, {m['seconds']}s"
        )
    return "\n".join(lines)

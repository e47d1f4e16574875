"""Score reconciliation on the corpus gold: pairwise precision / recall / F1 of 'same action'.

    .venv/bin/python bench/eval_reconcile.py [--gold ../shared/corpus/gold] [--show 10] [--json OUT]

Builds pseudo `actions` straight from the gold JSONL (so extraction errors do not count), runs
`reconcile()`, and scores it exactly like score.py's `reconcile_pairs` (pairs of rows with the same
gold_action_id across different base documents). Then re-scores perturbed inputs: whitespace
noise, no lead_key, no refs, shuffled rows, small typos, and no rag in one rendering.

Then the same for successive versions of action logs: the rows, titles and gold ids of
tests/fixtures/make_reconcile_fixtures.py (a board's log in four versions, most actions closed
between two of them, and a forum's log that must stay apart), with the titles or dates taken away
to show what they carry.

The doc dates below are evaluation-only constants standing in for what ingest reads off the PDFs;
nothing here is known to the extractor.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import logging
import random
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from extractors.reconcile_actions import reconcile  # noqa: E402
from extractors.record_titles import log_title_date  # noqa: E402
from schemas.actions import TEXT_ROLES  # noqa: E402

log = logging.getLogger(__name__)

DOC_DATES = {
    "hfd-hwb-agenda-2014-10-16": dt.date(2014, 10, 16),
    "hfd-ofsted-plan-2015-01": dt.date(2015, 1, 31),
    "hfd-ofsted-plan-2015-04-synth-s1": dt.date(2015, 4, 30),
    "hfd-cyp-scrutiny-agenda-2023-02-28": dt.date(2023, 2, 28),
    "hfd-cs-improvement-plan-2023-03-synth-s1": dt.date(2023, 3, 31),
}
RAG = {"r": "red", "a": "amber", "y": "amber", "g": "green", "b": "blue", "grey": "grey"}
ROLES = [*TEXT_ROLES, "rag"]  # every text column the gold carries
DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "gold"


def load_score_module(gold: Path):
    spec = importlib.util.spec_from_file_location("corpus_score", gold.parent / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def _lead_key(leads) -> str | None:
    parts = sorted(
        " ".join(str(x.get(k) or "") for k in ("person", "role", "org")).strip().lower() for x in leads or []
    )
    return "|".join(p for p in parts if p) or None


def build_inputs(gold: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """documents, tables, actions and the gold truth (doc_id, table_index, row_index, base, gold id)."""
    docs, tables, actions, truth = [], [], [], []
    for path in sorted(gold.glob("*.jsonl")):
        stem = path.name[: -len(".jsonl")]
        base = stem.split("--")[0]
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        docs.append(
            {
                "doc_id": stem,
                "source_file": f"{stem}.pdf",
                "doc_date": DOC_DATES.get(base),
                "title": None,
                "council": None,
                "committee": None,
            }
        )
        by_table: dict[int, list[dict]] = {}
        for r in rows:
            by_table.setdefault(int(r["table_index"]), []).append(r)
        for t, rs in sorted(by_table.items()):
            roles = [c for c in ROLES if any(r.get(c) for r in rs)]
            tables.append({"doc_id": stem, "table_index": t, "title": None, "headers": roles, "roles": roles})
        for r in rows:
            actions.append(
                {
                    "doc_id": stem,
                    "table_index": int(r["table_index"]),
                    "row_index": int(r["row_index"]),
                    "ref": r.get("ref"),
                    "source_ref": r.get("source_ref"),
                    "area": r.get("area"),
                    "lead": r.get("lead"),
                    "lead_key": _lead_key(r.get("leads")),
                    "action": r.get("action"),
                    "deadline_raw": r.get("deadline_raw"),
                    "deadline_date": dt.date.fromisoformat(r["deadline_date"])
                    if r.get("deadline_date")
                    else None,
                    "progress": r.get("progress"),
                    "rag": RAG.get(str(r.get("rag") or "").lower()),
                    "page_first": r.get("page_first"),
                }
            )
            truth.append(
                {
                    "doc_id": stem,
                    "table_index": int(r["table_index"]),
                    "row_index": int(r["row_index"]),
                    "base": base,
                    "gold_action_id": r.get("gold_action_id"),
                }
            )
    return pd.DataFrame(docs), pd.DataFrame(tables), pd.DataFrame(actions), pd.DataFrame(truth)


def score(result_actions: pd.DataFrame, truth: pd.DataFrame, score_mod) -> tuple[dict, pd.DataFrame]:
    m = truth.merge(
        result_actions[["doc_id", "table_index", "row_index", "action_id"]],
        on=["doc_id", "table_index", "row_index"],
        how="left",
    )
    rows = list(zip(m["base"], m["gold_action_id"], m["action_id"], strict=True))
    return score_mod.reconcile_pairs(rows), m


# --------------------------------------------------------------------------- perturbations


def _whitespace(rng: random.Random) -> Callable[[object], object]:
    def f(v):
        if not isinstance(v, str):
            return v
        words = v.split(" ")
        return "".join(w + rng.choice([" ", " ", "  ", "\n", " \n "]) for w in words).strip() + rng.choice(
            ["", " "]
        )

    return f


def _typos(rng: random.Random) -> Callable[[object], object]:
    def f(v):
        if not isinstance(v, str) or len(v) < 20:
            return v
        chars = list(v)
        for _ in range(max(1, len(chars) // 60)):
            i = rng.randrange(len(chars))
            del chars[i]
        return "".join(chars)

    return f


def perturb(name: str, docs: pd.DataFrame, tables: pd.DataFrame, acts: pd.DataFrame):
    rng = random.Random(7)
    acts = acts.copy()
    if name == "whitespace":
        for c in ("ref", "area", "lead", "action", "deadline_raw", "progress"):
            acts[c] = acts[c].map(_whitespace(rng))
    elif name == "no_lead_key":
        acts["lead_key"] = None
    elif name == "no_ref":
        acts["ref"] = None
    elif name == "shuffled":
        acts = acts.sample(frac=1.0, random_state=3).reset_index(drop=True)
        docs = docs.sample(frac=1.0, random_state=4).reset_index(drop=True)
        tables = tables.sample(frac=1.0, random_state=5).reset_index(drop=True)
    elif name == "typos":
        acts["action"] = acts["action"].map(_typos(rng))
    elif name == "no_rag_colour":
        acts.loc[acts["doc_id"].str.endswith("word-colour"), "rag"] = None
    elif name == "all":
        for c in ("ref", "area", "lead", "action", "deadline_raw", "progress"):
            acts[c] = acts[c].map(_whitespace(rng))
        acts["action"] = acts["action"].map(_typos(rng))
        acts["lead_key"] = None
        acts = acts.sample(frac=1.0, random_state=3).reset_index(drop=True)
    return docs, tables, acts


PERTURBATIONS = [
    "baseline",
    "whitespace",
    "no_lead_key",
    "no_ref",
    "shuffled",
    "typos",
    "no_rag_colour",
    "all",
]


LOG_RAG = {"On track": "green", "At risk": "amber", "Delayed": "red", "Complete": "blue"}
LOG_PERTURBATIONS = ["baseline", "no_titles", "no_dates", "whitespace", "typos", "shuffled"]


def build_log_inputs() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """documents, tables, actions and truth for the action-log fixture's versions, from its generator."""
    spec = importlib.util.spec_from_file_location(
        "make_reconcile_fixtures",
        Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "make_reconcile_fixtures.py",
    )
    mk = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = mk  # its dataclasses look their module up while being built
    spec.loader.exec_module(mk)
    docs, tables, actions, truth = [], [], [], []
    for log in mk.LOGS:
        stem = log.name[: -len(".pdf")]
        docs.append(
            {
                "doc_id": stem,
                "source_file": log.name,
                "doc_date": log_title_date([log.title]),
                "title": log.title,
            }
        )
        for t, (section, rows) in enumerate(mk.sections(log)):
            roles = ["action", "lead", "deadline_raw", "progress"]
            tables.append(
                {"doc_id": stem, "table_index": t, "title": section, "headers": [""] * 4, "roles": roles}
            )
            for i, r in enumerate(rows):
                try:
                    due = dt.datetime.strptime(r.due, "%d %b %Y").date()
                except ValueError:
                    due = None
                actions.append(
                    {
                        "doc_id": stem,
                        "table_index": t,
                        "row_index": i,
                        "ref": None,
                        "area": None,
                        "lead": r.owner,
                        "lead_key": r.owner.lower(),
                        "action": r.action,
                        "deadline_raw": r.due,
                        "deadline_date": due,
                        "progress": r.status,
                        "rag": LOG_RAG.get(r.status),
                        "page_first": 1,
                    }
                )
                truth.append(
                    {"doc_id": stem, "table_index": t, "row_index": i, "base": stem, "gold_action_id": r.gold}
                )
    return pd.DataFrame(docs), pd.DataFrame(tables), pd.DataFrame(actions), pd.DataFrame(truth)


def perturb_logs(name: str, docs: pd.DataFrame, tables: pd.DataFrame, acts: pd.DataFrame):
    if name == "no_titles":
        return docs.assign(title=None), tables, acts
    if name == "no_dates":
        return docs.assign(doc_date=None), tables, acts
    if name in ("whitespace", "typos", "shuffled"):
        return perturb(name, docs, tables, acts)
    return docs, tables, acts


def _line(name: str, s: dict, stats: dict) -> str:
    return (
        f"{name:14} {s['gold_pairs']:6d} {s['pred_pairs']:6d} {s['agreeing_pairs']:6d} "
        f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}  {stats['plans']:5d} {stats['versions']:8d}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--show", type=int, default=0, help="print up to N wrongly split or merged gold actions")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    score_mod = load_score_module(args.gold)
    docs, tables, acts, truth = build_inputs(args.gold)
    out = {}
    lines = [
        f"{'input':14} {'gold':>6} {'pred':>6} {'agree':>6} {'prec':>6} {'recall':>6} {'F1':>6}  plans versions"
    ]
    base_ids = None
    for name in PERTURBATIONS:
        d, t, a = perturb(name, docs, tables, acts)
        res = reconcile(d, t, a)
        s, merged = score(res.actions, truth, score_mod)
        out[name] = {**s, **res.stats}
        lines.append(_line(name, s, res.stats))
        if name == "baseline":
            base_ids = merged
            if args.show:
                _show(merged, res, args.show, lines)
    # stability: a second run fed the first run's ids gives the same ids
    res2 = reconcile(docs, tables, acts, previous_ids=reconcile(docs, tables, acts).actions)
    same = (
        res2.actions.sort_values(["doc_id", "table_index", "row_index"])["action_id"].tolist()
        == reconcile(docs, tables, acts)
        .actions.sort_values(["doc_id", "table_index", "row_index"])["action_id"]
        .tolist()
    )
    lines.append(f"re-run with previous_ids keeps every id: {same}")
    assert base_ids is not None
    lines.append("action logs (tests/fixtures/make_reconcile_fixtures.py)")
    ldocs, ltables, lacts, ltruth = build_log_inputs()
    for name in LOG_PERTURBATIONS:
        d, t, a = perturb_logs(name, ldocs, ltables, lacts)
        res = reconcile(d, t, a)
        s, _ = score(res.actions, ltruth, score_mod)
        out[f"logs_{name}"] = {**s, **res.stats}
        lines.append(_line(name, s, res.stats))
    sys.stdout.write("\n".join(lines) + "\n")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=str))
    return 0


def _show(merged: pd.DataFrame, res, n: int, lines: list[str]) -> None:
    """Gold actions split over several predicted ids, and predicted ids spanning several gold ones."""
    split = merged.groupby("gold_action_id")["action_id"].nunique()
    merged_ids = merged.groupby("action_id")["gold_action_id"].nunique()
    acts = res.actions.set_index(["doc_id", "table_index", "row_index"])
    for label, series, key, other in (
        ("split", split, "gold_action_id", "action_id"),
        ("merged", merged_ids, "action_id", "gold_action_id"),
    ):
        bad = series[series > 1].index.tolist()[:n]
        lines.append(f"{label}: {int((series > 1).sum())}")
        for k in bad:
            rows = merged[merged[key] == k]
            for r in rows.drop_duplicates(["base", other]).itertuples(index=False):
                text = str(acts.loc[(r.doc_id, r.table_index, r.row_index), "action"])[:70]
                lines.append(f"   {k} {r.base[:28]:28} {getattr(r, other)} {text}")


if __name__ == "__main__":
    sys.exit(main())

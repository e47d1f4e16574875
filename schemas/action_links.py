"""Schema of action_links.parquet: every link between two rows judged to be the same action.

Each link keeps its total match weight and the similarity of every comparison, so a doubtful link
(low weight, or a small margin over the runner-up) can be reviewed by hand.
"""

from __future__ import annotations

import pyarrow as pa

from schemas.provenance import RUN_FIELDS

# version: the newer row to the action as last seen one version earlier; skip: to the action as
# last seen two versions earlier; rendering: a second rendering of one version to its canonical row.
LINK_KINDS = ("version", "skip", "rendering")

SCHEMA = pa.schema(
    [
        pa.field("plan_id", pa.string(), nullable=False),
        pa.field("action_id", pa.string(), nullable=False),
        pa.field("link_kind", pa.string(), nullable=False),  # one of LINK_KINDS
        pa.field("version_index", pa.int32(), nullable=False),  # the version of the right-hand row
        pa.field("left_doc_id", pa.string(), nullable=False),  # the earlier (or canonical) row
        pa.field("left_table_index", pa.int32(), nullable=False),
        pa.field("left_row_index", pa.int32(), nullable=False),
        pa.field("left_ref", pa.string(), nullable=True),
        pa.field("right_doc_id", pa.string(), nullable=False),
        pa.field("right_table_index", pa.int32(), nullable=False),
        pa.field("right_row_index", pa.int32(), nullable=False),
        pa.field("right_ref", pa.string(), nullable=True),
        pa.field("match_weight", pa.float64(), nullable=False),  # sum of the comparisons' weights (log2)
        pa.field("match_probability", pa.float64(), nullable=False),  # 2^w / (1 + 2^w)
        pa.field("margin", pa.float64(), nullable=True),  # weight over the best rival for either row
        pa.field("doubtful", pa.bool_(), nullable=False),
        pa.field("sim_action", pa.float64(), nullable=True),  # 0..1, the blend the weight is read from
        pa.field("sim_action_char", pa.float64(), nullable=True),  # normalised Indel similarity
        pa.field("sim_action_token_set", pa.float64(), nullable=True),
        pa.field("sim_ref", pa.float64(), nullable=True),  # 1 same, 0.5 near, 0 other, null missing
        pa.field("sim_area", pa.float64(), nullable=True),
        pa.field("sim_lead", pa.float64(), nullable=True),
        pa.field("sim_deadline", pa.float64(), nullable=True),  # 1 same deadline, 0 other
        pa.field("sim_position", pa.float64(), nullable=True),  # 1 - |relative position difference|
        *RUN_FIELDS,
    ],
    metadata={"table": "action_links", "schema_version": "1"},
)

VOCABULARIES = {"link_kind": LINK_KINDS}

# Meanings of the columns without a trailing comment above, for docs/schemas.md.
COLUMN_DOCS = {
    "plan_id": "the plan (actions.plan_id)",
    "action_id": "the action both rows are",
    "left_table_index": "table of the left-hand row in left_doc_id",
    "left_row_index": "row of the left-hand row",
    "left_ref": "ref of the left-hand row",
    "right_doc_id": "the later (or second-rendering) row's document",
    "right_table_index": "table of the right-hand row",
    "right_row_index": "row of the right-hand row",
    "right_ref": "ref of the right-hand row",
    "doubtful": "low weight or small margin over a rival: worth a look by hand",
    "sim_action_token_set": "token-set similarity of the action texts, 0..1",
    "sim_area": "similarity of the areas, 0..1, null when missing",
    "sim_lead": "similarity of the lead keys, 0..1, null when missing",
}

"""docs/schemas.md is generated from schemas.TABLES and must match it; every column has a meaning."""

from __future__ import annotations

from pipeline import schema_docs
from schemas import TABLES


def test_docs_schemas_md_is_up_to_date():
    current = schema_docs.DOCS_PATH.read_text(encoding="utf-8") if schema_docs.DOCS_PATH.exists() else ""
    assert current == schema_docs.render(), (
        "docs/schemas.md is out of date: run `.venv/bin/python -m pipeline.schema_docs` and commit it"
    )


def test_every_column_has_a_meaning():
    assert schema_docs.undocumented() == []


def test_every_table_and_column_is_in_the_docs():
    text = schema_docs.render()
    for name, schema in TABLES.items():
        assert f"## {name}\n" in text
        for field in schema:
            assert f"| `{field.name}` |" in text


def test_trailing_comments_are_read_from_the_schema_source():
    meanings = schema_docs.meanings("actions")
    assert meanings["deadline_date"] == "last day of the deadline's period"
    assert meanings["x0"].startswith("left edge")  # from provenance.COLUMN_DOCS


def test_check_flag_reports_staleness(tmp_path, monkeypatch):
    monkeypatch.setattr(schema_docs, "DOCS_PATH", tmp_path / "schemas.md")
    assert schema_docs.main(["--check"]) == 1
    assert schema_docs.main([]) == 0
    assert schema_docs.main(["--check"]) == 0

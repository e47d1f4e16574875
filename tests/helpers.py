"""Helpers the test modules share: the `planwatch run` command line, text compared without its
line breaks, the committed PDFs of a fixture set opened once, the check that a generated
fixture is what its generator draws today, the fields the pipeline reads from one, and the
lines of a page as the table locator sees them."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pdfplumber


def run_command(inputs: Iterable[Path | str], out: Path, *extra: str) -> list[str]:
    """`planwatch run INPUTS --out OUT -q EXTRA...` through this interpreter (never an installed
    `planwatch` script, which may import another checkout)."""
    return [sys.executable, "-m", "pipeline.cli", "run", *map(str, inputs), "--out", str(out), "-q", *extra]


def squash(value) -> str | None:
    """Text with its white space folded (cells wrap where the producer chose); '' and None alike."""
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def open_pdfs(folder: Path, names: Iterable[str]) -> Iterator[dict[str, pdfplumber.PDF]]:
    """A fixture body: each named PDF in folder opened once, closed after the last test."""
    opened = {name: pdfplumber.open(folder / name) for name in names}
    yield opened
    for pdf in opened.values():
        pdf.close()


def assert_matches_generator(mk: ModuleType, fx, folder: Path, tmp_path: Path) -> None:
    """fx's committed PDF in folder exists and is byte for byte what mk.build draws now (the
    generators write with invariant=1, so a stale fixture shows as a difference)."""
    path = folder / fx.name
    hint = f"run: .venv/bin/python -m {mk.__name__}"
    assert path.exists(), hint
    out = tmp_path / fx.name
    mk.build(fx, out)
    assert out.read_bytes() == path.read_bytes(), f"{fx.name} is stale: {hint}"


def read_fields(path: Path, keys) -> list[dict[str, str]]:
    """Every action the whole per-document pipeline reads from path, as {key: text with its white
    space folded ('' for none)}, for comparing with the rows a fixture generator drew."""
    from pipeline.context import StageConfig
    from pipeline.process import process_document

    got = process_document(path, StageConfig(strict=True)).actions
    return [{k: " ".join((a.get(k) or "").split()) for k in keys} for a in got]


def first_page_lines(path: Path) -> list:
    """The lines of page 1 as the table locator sees them: every stage before `locate_tables` run."""
    from extractors.core import DocContext, StageConfig
    from extractors.geometry import attach_superscripts, group_lines
    from pipeline.registry import DOCUMENT_STAGE_MODULES

    ctx = DocContext(path=path)
    try:
        for stage in DOCUMENT_STAGE_MODULES:
            if stage.NAME == "locate_tables":
                break
            stage.run(ctx, StageConfig(strict=True))
        return group_lines(attach_superscripts(ctx.store.get(1).words))
    finally:
        ctx.store.close()
        if ctx.pdf is not None:
            ctx.pdf.close()

"""Run locate_tables and parse_tables in one pass over a document's pages, each page loaded once.

Run one after the other, the two stages load every candidate page through pdfium twice (locate
for its signals, the page store for the parser): about 1.4 ms a page of load and text page. Here
the parser reads a page right after locate decides on it, from the page and text page locate has
open, and nothing is held past that page. The outcome is the two stages' own, run in turn: the
parser's page order and choices are `parse_tables.TableReader`'s in both, and an error is
reported for the stage that would have raised it first (a parse error waits until locate has seen
every page: had locate failed, parse would never have run).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from extractors import locate_tables, parse_tables
from extractors.core import DocContext, StageConfig

log = logging.getLogger(__name__)

Failure = tuple[str, Exception]  # (the stage that raised, what it raised)


def fuses(stages: Sequence[Any], k: int) -> bool:
    """Do stages k and k+1 make the locate-then-parse pair this module runs as one pass?"""
    return k + 1 < len(stages) and stages[k] is locate_tables and stages[k + 1] is parse_tables


def run(ctx: DocContext, cfg: StageConfig, timings: dict[str, float]) -> Failure | None:
    """Both stages on `ctx`; the first failure as the stage name and exception, else None.

    Adds each stage's seconds to `timings` (the parser's share measured around its pages).
    """
    doc = ctx.store.pdfium_document()
    if doc is None:  # pdfium cannot open it: locate's fallback, then parse, as two stages
        return timed(locate_tables, ctx, cfg, timings) or timed(parse_tables, ctx, cfg, timings)
    reader = parse_tables.TableReader(ctx, cfg)
    parse_error: Exception | None = None
    parse_s = 0.0
    started = time.perf_counter()
    try:
        for scanned in locate_tables.scan(ctx, doc):
            if parse_error is not None or not reader.wants(scanned.number, scanned.picked, scanned.follow_on):
                continue
            t = time.perf_counter()
            try:
                reader.read(scanned.number, ctx.store.get(scanned.number, (scanned.page, scanned.textpage)))
            except MemoryError as exc:  # the worker's cap: no later page can be trusted to read
                parse_s += time.perf_counter() - t
                return parse_tables.NAME, exc
            except Exception as exc:  # noqa: BLE001 - reported after locate, as parse would be
                parse_error = exc
            parse_s += time.perf_counter() - t
    except Exception as exc:
        return locate_tables.NAME, exc
    finally:
        timings[locate_tables.NAME] = (
            timings.get(locate_tables.NAME, 0.0) + time.perf_counter() - started - parse_s
        )
        timings[parse_tables.NAME] = timings.get(parse_tables.NAME, 0.0) + parse_s
    if parse_error is not None:
        return parse_tables.NAME, parse_error
    started = time.perf_counter()
    try:
        _tail(ctx, reader, min(len(doc), ctx.pages))
    except Exception as exc:  # noqa: BLE001 - the caller records it for the stage
        return parse_tables.NAME, exc
    finally:
        timings[parse_tables.NAME] += time.perf_counter() - started
    return None


def _tail(ctx: DocContext, reader: parse_tables.TableReader, scanned: int) -> None:
    """Pages pdfminer has past the last one pdfium reads (a damaged page tree), read as parse
    reads them: only while an action table runs on from the page before. Then the pages read
    that locate did not pick join the candidates, as parse_tables.run adds them."""
    number = scanned + 1
    while number <= ctx.pages and reader.wants(number, picked=False):
        reader.read(number, ctx.store.get(number))
        number += 1
    ctx.candidate_pages = sorted({*ctx.candidate_pages, *reader.read_pages})


def timed(stage: Any, ctx: DocContext, cfg: StageConfig, timings: dict[str, float]) -> Failure | None:
    """One stage's run on `ctx`, its seconds added to `timings`; what it raised, if it failed."""
    started = time.perf_counter()
    try:
        stage.run(ctx, cfg)
    except Exception as exc:  # noqa: BLE001 - the caller records it for the stage
        return stage.NAME, exc
    finally:
        timings[stage.NAME] = timings.get(stage.NAME, 0.0) + time.perf_counter() - started
    return None


__all__ = ["Failure", "fuses", "run", "timed"]

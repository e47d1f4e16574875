"""Seeded mutations of PDF fixtures, the kinds of damage real downloads and disks produce.

Each mutant is one of: flipped bytes, a truncated tail, a chunk repeated, a chunk deleted, a
startxref or xref-table offset pointing elsewhere, a stream /Length that lies, or a stream
filter renamed (/FlateDecode -> /FlateDecodX, or to another real filter). The same seed gives the
same files. Used by tests/test_fuzz.py; from the command line it writes a folder to run on:

    python bench/fuzz_pdfs.py OUT_DIR --count 600 --seed 7 [FIXTURE.pdf ...]
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Small committed fixtures, each a real action table: cheap to read, and rich enough to break.
DEFAULT_FIXTURES = (
    "tests/fixtures/rag-text.pdf",
    "tests/fixtures/rag-fill-rgb.pdf",
    "tests/fixtures/table-split-row.pdf",
    "tests/fixtures/table-borderless-numbered.pdf",
    "tests/fixtures/table-merged-group-over-break.pdf",
)


def _flip(data: bytearray, rng: random.Random) -> str:
    n = rng.randint(1, 24)
    for _ in range(n):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return f"flip{n}"


def _truncate(data: bytearray, rng: random.Random) -> str:
    at = rng.randrange(len(data) // 8, len(data))
    del data[at:]
    return f"truncate{at}"


def _repeat(data: bytearray, rng: random.Random) -> str:
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.randint(16, 4096)]
    data[start:start] = chunk * rng.randint(1, 3)
    return f"repeat{start}"


def _delete(data: bytearray, rng: random.Random) -> str:
    start = rng.randrange(len(data))
    del data[start : start + rng.randint(1, 4096)]
    return f"delete{start}"


def _xref_offsets(data: bytearray, rng: random.Random) -> str:
    """Move startxref, or shift offsets in the xref table, so objects are looked for elsewhere."""
    text = bytes(data)
    entries = list(re.finditer(rb"(\d{10}) (\d{5}) n", text))
    if entries and rng.random() < 0.6:
        for m in rng.sample(entries, k=max(1, len(entries) // rng.randint(1, 4))):
            wrong = b"%010d" % max(0, int(m.group(1)) + rng.randint(-500, 500))
            data[m.start(1) : m.end(1)] = wrong
        return "xref-entries"
    found = list(re.finditer(rb"startxref\s+(\d+)", text))
    if not found:
        return _flip(data, rng)
    m = found[-1]  # the last startxref is the one readers follow
    wrong = str(max(0, int(m.group(1)) + rng.choice([-1, 1]) * rng.randint(1, 5000))).encode()
    data[m.start(1) : m.end(1)] = wrong
    return "startxref"


def _length(data: bytearray, rng: random.Random) -> str:
    """A stream whose /Length says more or less than it holds."""
    found = list(re.finditer(rb"/Length (\d+)", bytes(data)))
    if not found:
        return _flip(data, rng)
    m = rng.choice(found)
    wrong = str(max(0, int(m.group(1)) + rng.choice([-1, 1]) * rng.randint(1, 2000))).encode()
    data[m.start(1) : m.end(1)] = wrong
    return "length"


def _filter(data: bytearray, rng: random.Random) -> str:
    """A stream filter renamed: unknown, or another real filter that cannot decode these bytes."""
    found = list(re.finditer(rb"/(FlateDecode|DCTDecode|ASCII85Decode|LZWDecode)", bytes(data)))
    if not found:
        return _flip(data, rng)
    m = rng.choice(found)
    new = rng.choice([b"FlateDecodX", b"LZWDecode", b"ASCIIHexDecode", b"RunLengthDecode", b"CCITTFaxDecode"])
    data[m.start(1) : m.end(1)] = new
    return "filter-" + new.decode()


MUTATIONS: tuple[Callable[[bytearray, random.Random], str], ...] = (
    _flip,
    _truncate,
    _repeat,
    _delete,
    _xref_offsets,
    _length,
    _filter,
)


def mutants(fixtures: list[Path], count: int, seed: int) -> list[tuple[str, bytes]]:
    """`count` (name, bytes) mutants, cycling through fixtures and kinds of damage."""
    rng = random.Random(seed)
    sources = [(p.stem, p.read_bytes()) for p in fixtures]
    made = []
    for i in range(count):
        stem, original = sources[i % len(sources)]
        data = bytearray(original)
        kind = MUTATIONS[(i // len(sources)) % len(MUTATIONS)](data, rng)
        if rng.random() < 0.2:  # some files carry two kinds of damage
            kind += "+" + rng.choice(MUTATIONS)(data, rng)
        made.append((f"m{i:04d}-{stem}-{kind}.pdf", bytes(data)))
    return made


def write_mutants(folder: Path, count: int, seed: int, fixtures: list[Path] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in mutants(fixtures or [ROOT / f for f in DEFAULT_FIXTURES], count, seed):
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("fixtures", nargs="*", type=Path)
    args = parser.parse_args()
    paths = write_mutants(args.out, args.count, args.seed, args.fixtures or None)
    print(f"{len(paths)} mutants in {args.out}")


if __name__ == "__main__":
    main()

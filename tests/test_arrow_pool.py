"""Worker processes use pyarrow's system allocator, which does not reserve a gigabyte of address space."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import os
os.environ.pop("ARROW_DEFAULT_MEMORY_POOL", None)
from pipeline.executors import _init_worker
_init_worker(0, os.getpid())
import pyarrow as pa
def vm():
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmSize")) // 1024
before = vm()
pa.table({"a": list(range(100_000))})
print(pa.default_memory_pool().backend_name, vm() - before)
"""


def test_a_worker_allocates_arrow_memory_without_reserving_address_space():
    if not Path("/proc/self/status").exists():
        import pytest

        pytest.skip("reads VmSize from /proc")
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    backend, grown_mb = done.stdout.split()
    assert backend == "system"
    assert int(grown_mb) < 256, "mimalloc's first allocation reserves about 1 GB under the --memory-mb cap"

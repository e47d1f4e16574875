"""pyarrow's memory pool for planwatch processes: the system allocator, which reserves no address space.

pyarrow's default pool (mimalloc) reserves about 1 GB of address space the first time it
allocates. A worker runs under an address-space cap (`--memory-mb`, RLIMIT_AS); with the stages
(about 0.6 GB) and camelot loaded, that reservation alone fails documents with MemoryError. The
environment variable is read when pyarrow loads, so the run sets it for the processes it starts,
and a worker (whose forkserver may have loaded pyarrow first) also sets the pool itself.
"""

from __future__ import annotations

import os
import sys

VARIABLE = "ARROW_DEFAULT_MEMORY_POOL"


def prefer_system_pool() -> None:
    """Use the system allocator unless the user chose a pool."""
    os.environ.setdefault(VARIABLE, "system")
    if os.environ[VARIABLE] == "system" and "pyarrow" in sys.modules:
        import pyarrow as pa

        pa.set_memory_pool(pa.system_memory_pool())

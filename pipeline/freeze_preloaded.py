"""Imported last by the forkserver's preload: takes what the preloaded imports built out of the garbage collector's view.

The forkserver only forks workers, which inherit these objects; frozen, no collection in the
server or in a worker walks them again (nor touches their pages, which then stay shared), and the
server's exit at the end of a run skips them too (about 0.3 s of CPU with spaCy and scipy loaded).
"""

from __future__ import annotations

import gc

gc.freeze()

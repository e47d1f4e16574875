"""Imported last by the forkserver's preload: takes what the preloaded imports built out of the garbage collector's view, and skips their teardown at exit.

The forkserver only forks workers, which inherit these objects; frozen, no collection in the
server or in a worker walks them again (nor touches their pages, which then stay shared). At the
end of a run the server's interpreter would tear down every module it imported (spaCy, scipy, the
stages: a few tenths of a second the run waits for); it holds no file, buffer or child of its own
to close, so it leaves at once instead. Workers never run this: they leave by os._exit already.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys


def _leave() -> None:
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)


gc.freeze()
atexit.register(_leave)  # registered last, so run first at exit

"""Import, on a background thread, what a run needs once every document is read, while workers read them.

With worker processes the run itself waits for results; the libraries reconciliation needs
(pandas, the corpus stage with its matching) take about a second to import, which then no longer
follows the last document. Nothing is imported that the run would not import anyway.
"""

from __future__ import annotations

import importlib
import logging
import threading

from pipeline.registry import CORPUS_STAGE_MODULE

log = logging.getLogger(__name__)
AFTER_DOCUMENTS = ("pandas", CORPUS_STAGE_MODULE)


def preload(names: tuple[str, ...] = AFTER_DOCUMENTS) -> threading.Thread:
    """Start importing `names` on a daemon thread; join it before using them."""

    def work() -> None:
        for name in names:
            try:
                importlib.import_module(name)
            except Exception:  # the import where the module is used reports the failure
                log.debug("preloading %s failed", name, exc_info=True)

    thread = threading.Thread(target=work, name="planwatch-preload", daemon=True)
    thread.start()
    return thread

"""Worker processes for large builds that die with the build.

A worker blocks reading its job queue, and under the fork start method it holds a copy
of the queue's write end too, so the read never ends when the main process is killed
(SIGKILL runs no clean-up).  Each worker therefore watches its parent: once it has
been re-parented, the build is gone and the worker exits.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent import futures

POLL_SECONDS = 0.2


def _watch_parent(expected_parent: int | None) -> None:
    """Runs first in each worker: exit as soon as the process that started it is gone."""
    parent = os.getppid() if expected_parent is None else expected_parent

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="snippetgen-parent-watch", daemon=True).start()


class ProcessPoolExecutor(futures.ProcessPoolExecutor):
    """concurrent.futures' pool whose workers exit when the build's main process dies."""

    def __init__(self, max_workers: int | None = None, mp_context=None, **kwargs):
        context = mp_context or multiprocessing.get_context()
        # Forked or spawned workers are the build's children; forkserver workers are the
        # server's, which exits when the build does: then watch whoever started them.
        parent = None if context.get_start_method() == "forkserver" else os.getpid()
        super().__init__(max_workers, mp_context=context, initializer=_watch_parent, initargs=(parent,), **kwargs)

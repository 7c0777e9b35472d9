"""Helper processes a runtime keeps for a whole verify session (`runtime.service`).

A service starts when a run first needs it, in a folder of its own that holds the runtime's
files, with the runtime's environment; the first line it prints is what the runs get as
{service} (an address: the path of a socket it serves, say). One that has died is started
again for the next run. All are killed, with their process groups, when the session ends.
They save each run the start of something slow (a browser) that runs can share without
seeing each other's state.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from ..errors import ToolchainMissing
from ..runtime import Runtime, fill, write_files

START_SECONDS = 60
LINE_LIMIT = 4096


class Services:
    def __init__(self, directory: Path):
        self.directory = directory
        self._running: dict[tuple[str, ...], tuple[subprocess.Popen, str]] = {}
        self._lock = threading.Lock()

    def address(self, runtime: Runtime, values: dict[str, str], env: dict[str, str]) -> str:
        """The first line of the runtime's service, started now unless it is running."""
        command = tuple(fill(word, values) for word in runtime.service)
        with self._lock:
            known = self._running.pop(command, None)
            if known is not None:
                if known[0].poll() is None:
                    self._running[command] = known
                    return known[1]
                _stop(known[0])
            folder = Path(tempfile.mkdtemp(prefix="service-", dir=self.directory))
            write_files(folder, runtime.files, values)
            log = folder / "service.log"
            with open(log, "wb") as errors:
                try:
                    process = subprocess.Popen(command, cwd=folder, env=env, stdin=subprocess.DEVNULL,
                                               stdout=subprocess.PIPE, stderr=errors, start_new_session=True)
                except OSError as exc:
                    raise ToolchainMissing(f"its service {command[0]} cannot start: {exc.strerror}") from None
            line = _first_line(process, START_SECONDS)
            if not line:
                _stop(process)
                said = " ".join(log.read_text(encoding="utf-8", errors="replace").split())[-500:]
                raise ToolchainMissing(f"its service {' '.join(command)} printed no address in {START_SECONDS} s"
                                       + (f": {said}" if said else ""))
            self._running[command] = (process, line)
            return line

    def stop(self) -> None:
        with self._lock:
            for process, _ in self._running.values():
                _stop(process)
            self._running.clear()


def _first_line(process: subprocess.Popen, seconds: float) -> str:
    """The first line the process prints (without its newline), or "" if it ends or takes too long."""
    deadline = time.monotonic() + seconds
    data = b""
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while b"\n" not in data and len(data) < LINE_LIMIT:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                return ""
            chunk = os.read(process.stdout.fileno(), LINE_LIMIT)
            if not chunk:
                return ""
            data += chunk
    return data.split(b"\n", 1)[0].decode("utf-8", "replace").strip()


def _stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    if process.stdout:
        process.stdout.close()

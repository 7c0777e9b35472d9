"""A runtime's `prepare` commands: run once per verify session, before the first run that needs
them, in a folder of their own that holds the runtime's files. Runs name that folder {prepared}
(in their commands, environment and files), so whatever every run would otherwise redo, such as
compiling a library ahead of time or archiving a JVM's loaded classes, is done once.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from ..errors import ToolchainMissing
from ..runtime import Runtime, fill, write_files

PREPARE_SECONDS = 600  # compiling a library can take minutes on a loaded machine


class Preparations:
    def __init__(self, directory: Path):
        self.directory = directory
        self._done: dict[Path, str | None] = {}  # folder -> None when ready, else why it failed
        self._lock = threading.Lock()

    def folder(self, runtime: Runtime) -> Path:
        """Where the runtime's preparation goes (the same folder for the same commands and files)."""
        digest = hashlib.sha256(repr((runtime.prepare, sorted(runtime.files.items()))).encode()).hexdigest()[:16]
        return self.directory / f"prepared-{digest}"

    def ensure(self, runtime: Runtime, values: dict[str, str], env: dict[str, str]) -> None:
        """Run the runtime's prepare commands unless this session has; raise ToolchainMissing
        (with what the failing command said) when they fail, now and for every later run."""
        from .runners import run_command  # runners imports this module

        folder = self.folder(runtime)
        with self._lock:
            if folder not in self._done:
                folder.mkdir(parents=True, exist_ok=True)
                write_files(folder, runtime.files, values)
                self._done[folder] = None
                for command in runtime.prepare:
                    words = [fill(word, values) for word in command]
                    result = run_command(words, folder, env, timeout=PREPARE_SECONDS)
                    if result.returncode != 0:
                        said = " ".join((result.stderr or result.stdout or "").split())[-600:]
                        self._done[folder] = f"its prepare step {' '.join(words)} failed ({result.returncode}): {said}"
                        break
            problem = self._done[folder]
        if problem:
            raise ToolchainMissing(problem)

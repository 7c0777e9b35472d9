"""Compile many snippets of one client in one go, for runtimes whose compiler is slow to start
(`runtime.batch` in a manifest). Only speed depends on it: a snippet that no batch built, or
whose batch failed to compile, is run on its own by `runtime.run`, which shows its own error."""

from __future__ import annotations

import collections
import tempfile
from pathlib import Path

from ..manifest import Client
from ..runtime import fill
from .runners import ensure_ready, prepare, run_command, run_environment, run_values
from .trust import Trust


class Batches:
    """The snippets built so far, by client and source text, in folders under directory."""

    def __init__(self, directory: Path, trust: Trust):
        self._directory, self._trust = directory, trust
        self._built: dict[tuple[str, str], tuple[Path, str]] = {}  # (client id, source) -> (folder, name)
        self._tried: set[tuple[str, str]] = set()

    def build(self, client: Client, sources: list[str]) -> bool:
        """Compile the sources not tried yet in one batch; False if the client has no batch or it
        did not compile (each snippet then runs on its own)."""
        batch = client.runtime.batch
        todo = [s for s in dict.fromkeys(sources) if (client.id, s) not in self._tried]
        if batch is None or not todo:
            return False
        self._tried.update((client.id, s) for s in todo)
        folder = Path(tempfile.mkdtemp(prefix="batch-", dir=self._directory))
        values = run_values(client.runtime, self._trust)
        env = run_environment(client.runtime, values)
        ensure_ready(client, env, values)
        prepare(client.runtime, self._trust, values, env)
        for support, text in batch.files.items():
            (folder / support).parent.mkdir(parents=True, exist_ok=True)
            (folder / support).write_text(fill(text, values), encoding="utf-8")
        names, files = {}, []
        for number, source in enumerate(todo):
            name = f"snippet{number}"
            path = folder / fill(batch.file, {"name": name})
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(fill(batch.prefix, {"name": name}) + source, encoding="utf-8")
            names[source], files = name, [*files, str(path.relative_to(folder))]
        for command in batch.build:
            words = [w for word in command for w in (files if word == "{files}" else [fill(word, values)])]
            if run_command(words, folder, env).returncode != 0:
                return False
        self._built.update({(client.id, source): (folder, name) for source, name in names.items()})
        return True

    def commands(self, client: Client, source: str, values: dict[str, str],
                 env: dict[str, str]) -> list[list[str]] | None:
        """The commands that run source from its batch, or None if no batch built it."""
        built = self._built.get((client.id, source))
        if built is None or client.runtime.batch is None:
            return None
        folder, name = built
        values = {**values, "batch": str(folder), "name": name, "env": collections.defaultdict(str, env)}
        return [[fill(word, values) for word in command] for command in client.runtime.batch.run]

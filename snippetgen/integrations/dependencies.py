"""What a page's snippetgen blocks read (specs; the site's template folders and mkdocs.yml), so
that `mkdocs serve` rebuilds when one changes, and a dirty build rebuilds the pages it changed."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path


class Dependencies:
    def __init__(self) -> None:
        self._by_page: dict[str, set[Path]] = {}

    def record(self, page: str, path: Path) -> bool:
        """Note that page reads path; True when no page read it before (it needs a watch)."""
        new = path not in self.paths()
        self._by_page.setdefault(page, set()).add(path)
        return new

    def forget(self, page: str) -> None:
        self._by_page.pop(page, None)

    def paths(self) -> set[Path]:
        return set().union(*self._by_page.values())


def watch(server, path: Path) -> None:
    """Watch the folder a spec is in, not the file: an editor or `snippetgen import` that saves by
    renaming a new file over the old one would end a watch on the file itself.  Not its
    subfolders: a spec beside mkdocs.yml must not watch the whole project."""
    folder = path.parent
    while not folder.is_dir() and folder != folder.parent:  # a spec not there yet: the build said so
        folder = folder.parent
    server.watch(str(folder), recursive=False)


def newest(paths: Iterable[Path]) -> float:
    """The latest modification time of paths (of every file under a folder), 0 when none exists."""
    latest = 0.0
    for path in paths:
        if path.is_dir():
            for folder, _, names in os.walk(path):
                latest = max([latest, *(_mtime(Path(folder, name)) for name in names)])
        else:
            latest = max(latest, _mtime(path))
    return latest


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def mark_stale(pages, inputs: Callable[[object], list[Path] | None]) -> None:
    """For a dirty build, which rebuilds only the pages written before their source changed: make
    a page whose inputs (None: they could not be read, let the build say why) changed since it
    was written look older than its source, so that MkDocs builds it again."""
    for file in pages:
        dest = file.abs_dest_path
        if not os.path.isfile(dest):
            continue
        found = inputs(file)
        if found is None or (found and newest(found) > os.path.getmtime(dest)):
            os.utime(dest, (0, 0))

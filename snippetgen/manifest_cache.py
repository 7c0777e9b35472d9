"""A per-user cache of checked manifests: reading and checking 22 of them is a tenth of a `render`.

An entry is reused only for the same manifest file (path, size, time, inode) read by the
same snippetgen code (the size and time of each module that reads manifests) under the same
Python: an edit to either reads the manifest again.  The cache is one pickle in
$XDG_CACHE_HOME/snippetgen (else ~/.cache/snippetgen), used only when that folder and
file belong to this user and nobody else can write them; when there is no such folder,
nothing is cached and nothing changes but the time.
"""

from __future__ import annotations

import os
import pickle
import stat
import sys
from pathlib import Path
from typing import Callable

from .manifest import MANIFEST, Language

_NAME = "manifests.pickle"
_READERS = ("manifest.py", "runtime.py", "yaml_reader.py", "errors.py", "manifest_cache.py")


def _identity(path: Path) -> tuple | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev) if stat.S_ISREG(info.st_mode) else None


def _code() -> tuple:
    here = Path(__file__).parent
    return (sys.version, str(here), *(_identity(here / name) for name in _READERS))


def _private(info: os.stat_result, kind: int) -> bool:
    return stat.S_IFMT(info.st_mode) == kind and info.st_uid == os.getuid() and not info.st_mode & 0o022


def _folder() -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base, "snippetgen")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder if _private(os.lstat(folder), stat.S_IFDIR) else None
    except OSError:
        return None


class ManifestCache:
    """Languages by manifest folder, read from the cache file once and written back if anything was new."""

    def __init__(self) -> None:
        self.folder = _folder()
        self.code = _code()
        self.entries: dict[tuple[str, bool], tuple[tuple, Language]] = self._read()
        self.used: dict[tuple[str, bool], tuple[tuple, Language]] = {}  # only these are written back
        self.changed = False

    def _read(self) -> dict:
        if self.folder is None:
            return {}
        try:
            fd = os.open(self.folder / _NAME, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            return {}
        with open(fd, "rb") as handle:
            if not _private(os.fstat(fd), stat.S_IFREG):
                return {}
            try:
                code, entries = pickle.load(handle)
            except Exception:  # a truncated or foreign file: start again
                return {}
        return entries if code == self.code and isinstance(entries, dict) else {}

    def language(self, folder: Path, user: bool, load: Callable[[Path, bool], Language]) -> Language | None:
        """The language in folder (None if it has no manifest), from the cache when its file is unchanged."""
        identity = _identity(folder / MANIFEST)
        if identity is None:
            return None
        key = (str(folder), user)
        known = self.entries.get(key)
        if known is None or known[0] != identity:
            known = (identity, load(folder, user))
            self.changed = True
        self.used[key] = known
        return known[1]

    def save(self) -> None:
        if not self.changed or self.folder is None:
            return
        import tempfile  # (its imports cost a run that finds every manifest cached)

        handle = None
        try:
            with tempfile.NamedTemporaryFile(dir=self.folder, prefix=".manifests-", delete=False) as handle:
                pickle.dump((self.code, self.used), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, self.folder / _NAME)
        except Exception:  # a full disk, a read-only home, anything: a cache never fails a command
            if handle is not None:
                try:
                    os.unlink(handle.name)
                except OSError:
                    pass

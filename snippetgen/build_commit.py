"""Writing a build into --out: a lock, per-file atomic writes, and a journal for crashes.

Changed files are written to a staging folder inside --out while the build renders
(`.snippetgen-tmp/`, so a rename into place never crosses file systems).  Once all is
rendered, the journal (`.snippetgen-journal`) records every rename and removal, then
each staged file is renamed over its old version, the removals are made, the new
ledger is renamed in last, and the journal is deleted.  A crash before the journal
exists leaves the old files (the staging folder is deleted by the next run); a crash
after it leaves each file old or new, and the next run finishes the journal.

Only files are renamed or removed: --out itself (its inode, mode, a symlink to it),
the folders in it and anything the build did not write are left as they are.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import stat
from pathlib import Path

from .build_names import is_safe
from .errors import UsageError

LEDGER = ".snippetgen-build"
LOCK = ".snippetgen-lock"
JOURNAL = ".snippetgen-journal"
STAGING = ".snippetgen-tmp"
JOURNAL_VERSION = 1


class OutLock:
    """An flock on --out/.snippetgen-lock: exclusive for build, shared for --check.

    A build creates --out when it is missing, and deletes it again (with the lock
    file) if the build fails before writing anything.  on_wait(message) is called
    once when another build holds the lock and this one has to wait.
    """

    def __init__(self, out_dir: Path, exclusive: bool, on_wait=None):
        self.out_dir = out_dir
        self.exclusive = exclusive
        self.on_wait = on_wait
        self.fd: int | None = None
        self.created = False

    def __enter__(self) -> "OutLock":
        path = self.out_dir / LOCK
        while True:
            if self.exclusive:
                if not self.out_dir.exists():
                    self.out_dir.mkdir(parents=True)
                    self.created = True
                try:
                    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
                except OSError as exc:  # a read-only --out: a build with nothing to write may still run
                    if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS) or not path.is_file():
                        raise
                    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
            else:
                try:
                    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
                except FileNotFoundError:
                    return self  # never built with a lock: nothing to wait for, nothing to create
            mode = fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
            except BlockingIOError:
                if self.on_wait:
                    self.on_wait(f"waiting for another snippetgen build of {self.out_dir} to finish")
                    self.on_wait = None
                fcntl.flock(fd, mode)
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
            if same:
                self.fd = fd
                return self
            os.close(fd)  # the build we waited for failed and removed --out: start again

    def __exit__(self, kind, value, traceback) -> None:
        if self.fd is None:
            return
        if kind is not None and self.created:
            try:  # a failed first build leaves no --out behind
                if os.listdir(self.out_dir) == [LOCK]:
                    os.unlink(self.out_dir / LOCK)
                    os.rmdir(self.out_dir)
            except OSError:
                pass
        os.close(self.fd)
        self.fd = None


class Staging:
    """Files rendered by this build, held in the staging folder until commit().

    Staged files are opened relative to the folder's descriptor and written with bare
    system calls: a build of thousands of files pays for every path walk and wrapper."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.folder = out_dir / STAGING
        self.renames: list[tuple[str, str]] = []  # (staged name, output path)
        self.committed = False
        self._fd: int | None = None

    def add(self, rel: str, data: bytes) -> os.stat_result:
        """Stage data for out_dir/rel; the stat it will have once renamed into place."""
        if self._fd is None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir()
            self._fd = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        name = str(len(self.renames))
        try:
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666, dir_fd=self._fd)
            try:
                write_all(fd, data)
                info = os.fstat(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror or str(exc), str(self.out_dir / rel)) from None
        self.renames.append((name, rel))
        return info

    def _close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def discard(self) -> None:
        """Drop what was staged, unless the journal is written: then the next run finishes it."""
        self._close()
        if not self.committed:
            shutil.rmtree(self.folder, ignore_errors=True)

    def commit(self, removals: list[str], ledger_text: str) -> None:
        """Check every destination's folders, write the journal, then rename and remove.

        (build checked each destination itself, a folder in the way included, when it
        compared the file there with the new content.)"""
        folders = _Folders(self.out_dir, make=False)
        for _, rel in self.renames:
            if not is_safe(rel):
                raise UsageError(f"refusing to write {rel!r}: not a plain path inside --out")
            folders.prepare(rel)
        self.add(LEDGER, ledger_text.encode("utf-8"))
        self._close()
        *renames, (ledger_staged, _) = self.renames
        journal = {"version": JOURNAL_VERSION, "renames": renames, "remove": removals, "ledger": ledger_staged}
        staged_journal = self.folder / "journal"
        with open(staged_journal, "w", encoding="utf-8") as handle:
            json.dump(journal, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staged_journal, self.out_dir / JOURNAL)  # from here on the build is committed
        self.committed = True
        complete_interrupted(self.out_dir)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class _Folders:
    """The folders of --out that outputs go into, each checked once (a real folder, or missing)
    and, with make, created once: thousands of outputs share a few hundred folders."""

    def __init__(self, out_dir: Path, make: bool):
        self.out_dir = out_dir
        self.make = make
        self.ready: set[str] = {""}

    def prepare(self, rel: str) -> None:
        folder = rel.rpartition("/")[0]
        if folder in self.ready:
            return
        current = self.out_dir
        for part in folder.split("/"):
            current = current / part
            try:
                info = os.lstat(current)
            except FileNotFoundError:
                if not self.make:
                    break
                current.mkdir(exist_ok=True)
                continue
            if not stat.S_ISDIR(info.st_mode):
                kind = "a symlink" if stat.S_ISLNK(info.st_mode) else "not a folder"
                raise UsageError(f"{current}: {kind}; snippetgen writes only into real folders inside --out")
        self.ready.add(folder)


def existing_output(out_dir: str, rel: str) -> os.stat_result | None:
    """The lstat of what is at an output's place now (None: nothing); refuses a folder there."""
    try:
        info = os.lstat(f"{out_dir}/{rel}")
    except (FileNotFoundError, NotADirectoryError):
        return None
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{out_dir}/{rel}: a folder is in the way of an output file")
    return info


def restore_legacy_swap(out_dir: Path) -> None:
    """snippetgen before per-file builds swapped whole folders: undo a swap it left half done."""
    old = out_dir.with_name(f".{out_dir.name}.snippetgen-old")
    if not os.path.lexists(out_dir) and old.is_dir() and not old.is_symlink():
        try:
            old.rename(out_dir)
        except OSError as exc:
            if os.path.lexists(out_dir):
                return  # another build restored it first
            raise OSError(exc.errno, exc.strerror, str(old)) from None


def _check_destination(out_dir: Path, rel: str) -> None:
    """Refuse a destination reached through a symlink or a file, or that is a folder."""
    if not is_safe(rel):
        raise UsageError(f"refusing to write {rel!r}: not a plain path inside --out")
    current = out_dir
    parts = rel.split("/")
    for index, part in enumerate(parts):
        current = current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            return
        last = index == len(parts) - 1
        if not last and not stat.S_ISDIR(info.st_mode):
            kind = "a symlink" if stat.S_ISLNK(info.st_mode) else "not a folder"
            raise UsageError(f"{current}: {kind}; snippetgen writes only into real folders inside --out")
        if last and stat.S_ISDIR(info.st_mode):
            raise UsageError(f"{current}: a folder is in the way of an output file")


def interrupted(out_dir: Path) -> bool:
    """Whether a build was killed after committing and before finishing."""
    return (out_dir / JOURNAL).exists()


def complete_interrupted(out_dir: Path) -> bool:
    """Complete the journal of a committed build (idempotent), and drop leftover staging.

    Returns whether there was an interrupted build to finish.
    """
    path = out_dir / JOURNAL
    staging = out_dir / STAGING
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        journal = None
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path}: cannot read the journal of an interrupted build: {exc}; "
                         "delete it and build again") from None
    if journal is not None:
        if not isinstance(journal, dict) or journal.get("version") != JOURNAL_VERSION:
            raise UsageError(f"{path}: not a journal this snippetgen can finish; delete it and build again")
        folders = _Folders(out_dir, make=True)
        for name, rel in journal.get("renames", []):
            _rename_in(staging, str(name), out_dir, str(rel), folders)
        remove_files(out_dir, [str(rel) for rel in journal.get("remove", [])])
        ledger = journal.get("ledger")
        if str(ledger).isdigit() and (staging / str(ledger)).is_file():
            os.replace(staging / str(ledger), out_dir / LEDGER)
        os.unlink(path)
    if staging.exists():
        shutil.rmtree(staging)
    return journal is not None


def _rename_in(staging: Path, name: str, out_dir: Path, rel: str, folders: _Folders) -> None:
    if not name.isdigit() or not is_safe(rel):
        return  # not a journal entry snippetgen wrote
    source = f"{staging}/{name}"
    folders.prepare(rel)
    target = f"{out_dir}/{rel}"
    try:
        os.replace(source, target)
    except FileNotFoundError:
        if not os.path.lexists(source):
            return  # renamed by the run that was interrupted
        raise OSError(errno.ENOENT, "cannot rename into place", target) from None
    except IsADirectoryError:
        raise UsageError(f"{target}: a folder is in the way of an output file") from None
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, target) from None


def remove_files(out_dir: Path, rels: list[str]) -> list[str]:
    """Remove these files (never folders, never through a symlink) and the folders they leave empty."""
    removed = []
    for rel in rels:
        if not is_safe(rel):
            continue
        try:
            _check_destination(out_dir, rel)
            os.unlink(out_dir / rel)
        except (FileNotFoundError, UsageError):
            continue
        removed.append(rel)
        parent = (out_dir / rel).parent
        while parent != out_dir:
            try:
                os.rmdir(parent)  # only when now empty: a folder holding anything else stays
            except OSError as exc:
                if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOENT):
                    raise
                break
            parent = parent.parent
    return removed

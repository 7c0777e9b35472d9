"""The files a snippet reads (multipart file parts, a file body), made ready before it runs.

A snippet runs in a fresh folder.  A relative path is created there: a copy of the
file of that name in the current folder when there is one, else sample bytes (every
byte value, so a client that is not binary-safe shows).  An absolute path is used as
it is and must exist.  The bytes each path holds are returned for the comparison.
"""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath

from ..request import Request

SAMPLE = bytes(range(256)) * 4


class FileProblem(Exception):
    """A path the request reads that verify cannot provide."""


def provide_files(request: Request, workdir: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for path in request.body.files if request.body else ():
        if path in files:
            continue
        if PurePosixPath(path).is_absolute():
            try:
                files[path] = Path(path).read_bytes()
            except OSError as exc:
                raise FileProblem(f"cannot read {path}: {exc.strerror}; give an existing file with --var") from None
            continue
        if ".." in PurePosixPath(path).parts:
            raise FileProblem(f"{path}: verify creates relative paths in its own folder, and '..' leaves it;"
                              " give an absolute path with --var")
        target = workdir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        source = Path.cwd() / path
        if source.is_file():
            shutil.copyfile(source, target)
        else:
            target.write_bytes(SAMPLE)
        files[path] = target.read_bytes()
    return files

"""Importers: HAR files, curl command lines and OpenAPI documents -> specs.

Each importer returns `Imported` items (spec data, its YAML text, the loaded Spec).  What
the spec cannot send as the source does is refused with a SourceError, or, when the
import is lenient, left out and reported through a `warn` callback, one line per warning.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..spec import Spec, load_spec

if TYPE_CHECKING:  # the importers load only for a .har: `render spec.yaml` starts faster
    from .common import Imported, Warn

__all__ = ["Imported", "load_har_specs", "load_request_source"]


def __getattr__(name: str):
    if name == "Imported":
        from .common import Imported

        return Imported
    raise AttributeError(name)


def _to_stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def load_request_source(path: str | Path, warn: Warn | None = None, *, lenient: bool = False) -> Spec:
    """The spec at path; a .har file is read as the spec of its one request.

    A HAR request the spec cannot send as recorded is refused (SourceError) unless lenient.
    Warnings of the HAR import go to warn, by default stderr as `warning: ...` lines.
    """
    path = Path(path)
    if path.suffix.lower() != ".har":
        return load_spec(path)
    from .errors import SourceError

    collected: list[str] = []
    items = load_har_specs(path, collected.append, lenient=lenient)
    if len(items) != 1:
        raise SourceError(f"holds {len(items)} requests, and this command takes one; write each as a spec with "
                          f"`snippetgen import har {path} --out DIR`", file=str(path))
    for message in collected:
        (warn or _to_stderr)(message)
    return items[0]


def load_har_specs(path: str | Path, warn: Warn | None = None, *, lenient: bool = False) -> list[Spec]:
    """The spec of every request of a HAR file, in order (for `render` of a HAR with several entries)."""
    from .har import import_har

    collected: list[str] = []
    items = import_har(path, collected.append, lenient=lenient)  # all or nothing: warnings after
    for message in collected:
        (warn or _to_stderr)(message)
    return [item.spec for item in items]

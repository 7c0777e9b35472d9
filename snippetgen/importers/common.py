"""The types every importer shares.

An importer reads its source into a Draft (method, URL, query, headers, cookies, auth,
body as the source has them); `to_spec.to_spec` holds it to the rules of request.py and
checks the YAML it writes (spec_yaml) loads and builds; `output` writes the specs whole
or not at all.  What a spec cannot say goes through a Policy: refused (one error, exit 2)
unless the import is lenient, which leaves it out with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ..httprules import DEFAULT_CONTENT_TYPES
from ..spec import Spec
from .errors import SourceError

Warn = Callable[[str], None]

FORM_TYPE = DEFAULT_CONTENT_TYPES["form"]


@dataclass(frozen=True)
class Origin:
    """Where a request came from, for messages: a file and the key path inside it."""

    file: str
    path: str = ""

    def error(self, message: str, line: int | None = None, path: str | None = None) -> SourceError:
        return SourceError(message, file=self.file, path=self.path if path is None else path, line=line)

    def warning(self, message: str) -> str:
        return f"{self.file}: {self.path}: {message}" if self.path else f"{self.file}: {message}"

    def at(self, key: str) -> Origin:
        return Origin(self.file, f"{self.path}.{key}" if self.path else key)


def too_deep(file: str) -> SourceError:
    """For a RecursionError: a source nested deeper than the importers (and a spec) go."""
    return SourceError("nested too deeply to import (a spec's values are not nested that deep)", file=file)


@dataclass(frozen=True)
class Policy:
    """What an importer does with a part of its source that the spec cannot send as the source does.

    Strict (the default): refuse the whole import with one error.  Lenient: leave it out
    (or import it the nearest way, saying which) with a warning.  `note` is for what does
    not change the request: it is a warning either way.
    """

    warn: Warn
    lenient: bool = False

    def note(self, origin: Origin, message: str) -> None:
        self.warn(origin.warning(message))

    def lose(self, origin: Origin, what: str, why: str, *, instead: str | None = None,
             line: int | None = None, path: str | None = None) -> None:
        """Refuse `what`, or with lenient, leave it out (or import it `instead`, a phrase) with a warning."""
        if not self.lenient:
            lenient = f"imports it {instead}" if instead else "leaves it out"
            raise origin.error(f"cannot import {what}: {why}; --lenient {lenient}", line=line, path=path)
        self.warn(origin.warning(f"imported {what} {instead}: {why}" if instead else f"left out {what}: {why}"))


@dataclass
class Draft:
    """A request as an import source gives it, before the spec rules are applied."""

    method: str
    url: str
    query: list[tuple[str, str | None]] = field(default_factory=list)  # None: a bare name, `?flag`
    headers: list[tuple[str, str]] = field(default_factory=list)
    # ("form", [(name, value)]) | ("json", value) | ("text", str) | ("file", path) | ("multipart", [part]),
    # a part being {"name", "value"} or {"name", "file", "filename"?, "content-type"?}
    body: tuple[str, Any] | None = None
    cookies: list[tuple[str, str]] = field(default_factory=list)
    auth: tuple[str, ...] | None = None  # ("basic", username, password) | ("bearer", token)
    variables: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> description/example/secret
    title: str | None = None
    description: str | None = None
    responses: list[dict[str, Any]] = field(default_factory=list)  # spec data of example responses


@dataclass(frozen=True)
class Imported:
    """One spec made by an importer: its data, its YAML text, and the Spec that text loads as."""

    name: str  # a file stem for --out
    data: dict[str, Any]
    text: str
    spec: Spec

"""The types every importer shares.

An importer reads its source into a Draft (method, URL, query, headers, body as the
source has them); `finish.finish` holds it to the rules of request.py, leaving out with
a warning what a spec cannot say, and checks the YAML it writes (yamltext) loads and
builds; `output` writes the specs whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ..request import DEFAULT_CONTENT_TYPES
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


@dataclass
class Draft:
    """A request as an import source gives it, before the spec rules are applied."""

    method: str
    url: str
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: tuple[str, Any] | None = None  # ("form", [(name, value)]) | ("json", value) | ("text", str)
    variables: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> description/example/secret
    title: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Imported:
    """One spec made by an importer: its data, its YAML text, and the Spec that text loads as."""

    name: str  # a file stem for --out
    data: dict[str, Any]
    text: str
    spec: Spec

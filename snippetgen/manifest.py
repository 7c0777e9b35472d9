"""templates/<lang>/manifest.yaml -> Language: read with the spec reader (line numbers, a key
given twice refused) and checked key by key, each error naming the file, line and key path."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SpecError, LanguageError
from .runtime import KnownFailure, Runtime, parse_known_failure, parse_runtime

MANIFEST = "manifest.yaml"
LANGUAGE_KEYS = ("key", "title", "extension", "lexer", "default", "clients", "aliases", "order", "runtime")
REQUIRED = ("key", "title", "extension", "lexer", "default", "clients")
CLIENT_KEYS = ("title", "template", "unverified", "runtime", "known_failure")
# Output files are named <key>-<client><extension>, and docs pages fence code with the lexer:
# none of them may hold a path separator, white space or a quote.
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*")
_NAMES = {
    "key": (_KEY, "letters, digits, '.', '_', '+' or '-', starting with a letter or digit"),
    "extension": (re.compile(r"\.[A-Za-z0-9+_-][A-Za-z0-9+_.-]*"), "'.' then letters, digits, '+', '-', '_' or '.'"),
    "lexer": (re.compile(r"[A-Za-z0-9][A-Za-z0-9+#._-]*"), "a Pygments lexer name"),
}


@dataclass(frozen=True)
class Client:
    language: str
    key: str
    title: str
    template: str  # loader name: "<lang folder>/<file>"
    unverified: str | None = None  # why it cannot be run here, if it cannot
    runtime: Runtime = field(default_factory=Runtime, compare=False)
    known_failure: KnownFailure | None = field(default=None, compare=False)

    @property
    def id(self) -> str:
        return f"{self.language}:{self.key}"


@dataclass(frozen=True)
class Language:
    key: str
    title: str
    extension: str
    lexer: str
    default: str
    clients: dict[str, Client] = field(hash=False)
    aliases: tuple[str, ...] = ()
    order: int = 100  # position in `all` and docs pages; ties sort by key
    folder: Path | None = field(default=None, compare=False)  # where its manifest and templates are

    @property
    def default_client(self) -> Client:
        return self.clients[self.default]


class _Manifest:
    """One manifest's data and the line of each key path, for errors that point at the line."""

    def __init__(self, path: Path):
        self.file = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LanguageError(f"{self.file}: cannot read manifest: {exc}") from None
        from . import yaml_reader  # PyYAML: only when a manifest is read, not when the cache had it

        try:
            self.data, self.lines = yaml_reader.load(text, self.file)
        except SpecError as exc:
            raise LanguageError(str(exc)) from None

    def error(self, path: str, message: str) -> LanguageError:
        from .yaml_reader import nearest_line

        line = nearest_line(self.lines, path)
        where = self.file if line is None else f"{self.file}:{line}"
        return LanguageError(f"{where}: {path + ': ' if path else ''}{message}")


def load_language(folder: Path, user: bool = False) -> Language:
    """The language a folder's manifest describes; user manifests (--templates) get their lexer checked."""
    manifest = _Manifest(folder / MANIFEST)
    data, fail = manifest.data, manifest.error
    if not isinstance(data, dict):
        raise fail("", f"a manifest is a mapping with keys {', '.join(LANGUAGE_KEYS)}")
    for key in data:
        if key not in LANGUAGE_KEYS:
            raise fail(key, f"unknown key; a manifest has: {', '.join(LANGUAGE_KEYS)}")
    for key in REQUIRED:
        if key not in data:
            raise fail("", f"missing key {key!r} (needs {', '.join(REQUIRED)})")
    for key in ("key", "extension", "lexer"):
        _check_name(data[key], key, fail)
    if user:
        _check_lexer(data["lexer"], fail)
    language_runtime, _ = parse_runtime(data.get("runtime", {}), "runtime", fail)
    if not isinstance(data["clients"], dict) or not data["clients"]:
        raise fail("clients", "must map a client key to its title and template")
    clients = {key: _client(folder, str(data["key"]), str(key), entry, language_runtime, fail)
               for key, entry in data["clients"].items()}
    if data["default"] not in clients:
        raise fail("default", f"{data['default']!r} is not one of the clients: {', '.join(clients)}")
    aliases = data.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise fail("aliases", "must be a list of names")
    order = data.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        raise fail("order", "must be a whole number")
    return Language(key=str(data["key"]), title=_title(data["title"], "title", fail),
                    extension=str(data["extension"]), lexer=str(data["lexer"]), default=str(data["default"]),
                    clients=clients, aliases=tuple(aliases), order=order, folder=folder)


def _client(folder: Path, language: str, key: str, entry: Any, shared: Runtime, fail) -> Client:
    _check_name(key, "key", fail, "clients")
    from .yaml_reader import path_join

    where = path_join("clients", key)
    if not isinstance(entry, dict) or not {"title", "template"} <= set(entry):
        raise fail(where, "needs title and template (optional: unverified, runtime, known_failure)")
    for name in entry:
        if name not in CLIENT_KEYS:
            raise fail(f"{where}.{name}", f"unknown key; a client has: {', '.join(CLIENT_KEYS)}")
    own, given = parse_runtime(entry.get("runtime", {}), f"{where}.runtime", fail)
    known = entry.get("known_failure")
    unverified = entry.get("unverified")
    if known is not None and unverified is None:
        raise fail(f"{where}.known_failure", "a client with a known failure must say why in `unverified`")
    return Client(
        language=language, key=key, title=_title(entry["title"], f"{where}.title", fail),
        template=f"{folder.name}/{_title(entry['template'], f'{where}.template', fail)}",
        unverified=None if unverified is None else _title(unverified, f"{where}.unverified", fail),
        runtime=shared.merged(own, given),
        known_failure=None if known is None else parse_known_failure(known, f"{where}.known_failure", fail),
    )


def _title(value: Any, path: str, fail) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail(path, "must be a non-empty string")
    return value


def _check_name(value: Any, key: str, fail, path: str | None = None) -> str:
    pattern, rule = _NAMES[key]
    if not isinstance(value, str) or len(value) > 64 or not pattern.fullmatch(value):
        raise fail(path or key, f"{value!r} is not valid ({rule})")
    return value


def _check_lexer(lexer: str, fail) -> None:
    """A user manifest's lexer must be one Pygments knows (the html page highlights with it)."""
    from pygments.lexers import find_lexer_class_by_name
    from pygments.util import ClassNotFound

    try:
        find_lexer_class_by_name(lexer)
    except ClassNotFound:
        raise fail("lexer", f"unknown Pygments lexer {lexer!r} (list them: pygmentize -L lexers)") from None

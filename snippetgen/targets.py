"""Languages and clients, discovered from templates/<lang>/manifest.yaml.

Adding a language is adding a folder: a manifest and one Jinja template per client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from .errors import TargetError, UsageError

MANIFEST = "manifest.yaml"
LANGUAGE_KEYS = ("key", "title", "extension", "lexer", "default", "clients", "aliases", "order")
CLIENT_KEYS = ("title", "template", "unverified")
# Output files are named <key>-<client><extension>, and docs pages fence code with the lexer:
# none of them may hold a path separator, white space or a quote.
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*")
_EXTENSION = re.compile(r"\.[A-Za-z0-9+_-][A-Za-z0-9+_.-]*")
_LEXER = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#._-]*")
_RULES = {
    "key": (_KEY, "letters, digits, '.', '_', '+' or '-', starting with a letter or digit"),
    "clients": (_KEY, "letters, digits, '.', '_', '+' or '-', starting with a letter or digit"),
    "extension": (_EXTENSION, "'.' then letters, digits, '+', '-', '_' or '.'"),
    "lexer": (_LEXER, "a Pygments lexer name"),
}


def _check_name(where: str, key: str, value: object) -> str:
    pattern, rule = _RULES[key]
    if not isinstance(value, str) or len(value) > 64 or not pattern.fullmatch(value):
        raise TargetError(f"{where}: {key}: {value!r} is not valid ({rule})")
    return value


def _check_lexer(where: str, lexer: str) -> None:
    """A user manifest's lexer must be one Pygments knows (the html page highlights with it)."""
    from pygments.lexers import find_lexer_class_by_name
    from pygments.util import ClassNotFound

    try:
        find_lexer_class_by_name(lexer)
    except ClassNotFound:
        raise TargetError(f"{where}: lexer: unknown Pygments lexer {lexer!r} "
                          "(list them: pygmentize -L lexers)") from None


@dataclass(frozen=True)
class Client:
    language: str
    key: str
    title: str
    template: str  # loader name: "<lang folder>/<file>"
    unverified: str | None = None  # why it cannot be run here, if it cannot

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

    @property
    def default_client(self) -> Client:
        return self.clients[self.default]


def builtin_templates_dir() -> Path:
    """templates/ inside the installed package, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "templates"
    return packaged if packaged.is_dir() else here.parent / "templates"


def load_language(folder: Path, user: bool = False) -> Language:
    """The language a folder's manifest describes; user manifests (--templates) get their lexer checked."""
    manifest_path = folder / MANIFEST
    where = str(manifest_path)
    try:
        # libyaml's loader when PyYAML has it: 8 manifests per process, several times faster.
        data = yaml.load(manifest_path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise TargetError(f"{where}: cannot read manifest: {exc}") from None
    if not isinstance(data, dict):
        raise TargetError(f"{where}: a manifest is a mapping with keys {', '.join(LANGUAGE_KEYS)}")
    unknown = set(data) - set(LANGUAGE_KEYS)
    missing = {"key", "title", "extension", "lexer", "default", "clients"} - set(data)
    if unknown or missing:
        raise TargetError(f"{where}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    if not isinstance(data["clients"], dict) or not data["clients"]:
        raise TargetError(f"{where}: clients must map a client key to its title and template")
    _check_name(where, "key", str(data["key"]))
    for key in ("extension", "lexer"):
        _check_name(where, key, data[key])
    if user:
        _check_lexer(where, data["lexer"])
    clients = {}
    for key, entry in data["clients"].items():
        _check_name(where, "clients", str(key))
        if not isinstance(entry, dict) or set(entry) - set(CLIENT_KEYS) or not {"title", "template"} <= set(entry):
            raise TargetError(f"{where}: client {key!r} needs title and template (optional: unverified)")
        clients[str(key)] = Client(
            language=str(data["key"]),
            key=str(key),
            title=str(entry["title"]),
            template=f"{folder.name}/{entry['template']}",
            unverified=entry.get("unverified"),
        )
    if data["default"] not in clients:
        raise TargetError(f"{where}: default client {data['default']!r} is not one of {sorted(clients)}")
    return Language(
        key=str(data["key"]),
        title=str(data["title"]),
        extension=str(data["extension"]),
        lexer=str(data["lexer"]),
        default=str(data["default"]),
        clients=clients,
        aliases=tuple(str(a) for a in data.get("aliases") or ()),
        order=int(data.get("order", 100)),
    )


def template_roots(user_dirs: tuple[Path, ...] = ()) -> tuple[Path, ...]:
    """Folders searched for languages and templates, highest priority first."""
    return (*user_dirs, builtin_templates_dir())


@cache
def languages(user_dirs: tuple[Path, ...] = ()) -> dict[str, Language]:
    """Every language, by key, in display order.

    user_dirs (from --templates) come before the built-in folder: a language folder
    with a manifest there replaces or adds a language; a template file alone there
    overrides that one template (the loader looks in user_dirs first).
    """
    found: dict[str, Language] = {}
    builtin = builtin_templates_dir()
    for root in reversed(template_roots(user_dirs)):
        if not root.is_dir():
            raise UsageError(f"--templates {root}: no such folder")
        in_this_root: set[str] = set()
        for folder in sorted(p for p in root.iterdir() if (p / MANIFEST).is_file()):
            language = load_language(folder, user=root != builtin)
            if language.key in in_this_root:
                raise TargetError(f"{folder / MANIFEST}: language key {language.key!r} is used twice")
            in_this_root.add(language.key)
            found[language.key] = language
    return dict(sorted(found.items(), key=lambda item: (item[1].order, item[0])))


def resolve(selector: str, user_dirs: tuple[Path, ...] = ()) -> list[Client]:
    """`all`, `LANG` (its default client) or `LANG:CLIENT` -> clients."""
    table = languages(user_dirs)
    if selector == "all":
        return [language.default_client for language in table.values()]
    lang_key, _, client_key = selector.partition(":")
    by_alias = {alias: lang for lang in table.values() for alias in (lang.key, *lang.aliases)}
    language = by_alias.get(lang_key.lower())
    if language is None:
        # Keys are short: a one-letter typo of a two-letter key (gp for go) scores 0.5.
        # Keys first: "gp" is as close to the alias "py" as to "go".
        import difflib  # only for a did-you-mean: kept off the start-up path
        hint = (difflib.get_close_matches(lang_key.lower(), list(table), n=1, cutoff=0.5)
                or difflib.get_close_matches(lang_key.lower(), list(by_alias), n=1, cutoff=0.5))
        suggestion = f"did you mean {hint[0]!r}? " if hint else ""
        raise UsageError(f"unknown language {lang_key!r}: {suggestion}choose from {', '.join(table)}, or all")
    if not client_key:
        return [language.default_client]
    if client_key not in language.clients:
        raise UsageError(f"unknown client {client_key!r} for {language.key}: choose from "
                         f"{', '.join(language.clients)}")
    return [language.clients[client_key]]


def all_clients(user_dirs: tuple[Path, ...] = ()) -> list[Client]:
    return [client for language in languages(user_dirs).values() for client in language.clients.values()]

"""How a client's snippets are checked and run here: the `runtime:` part of its manifest.

A client is data. Nothing else in the code names a client: `verify`, the live, toolchain and
property tests, `snippetgen toolchains` and scripts/install-toolchains read these fields.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field, replace
from typing import Any, Callable

# What command words, environment values and support files may hold, as {name}.
RUN_PLACEHOLDERS = frozenset({"file", "ca", "home", "java_store", "storepass", "deps", "python", "cwd", "nssdb",
                              "prepared"})
CHECK_PLACEHOLDERS = frozenset({"file", "out", "folder", "python", "deps"})
# The trust stores verify can build from the test CA (see verify/trust.py).
STORES = frozenset({"java", "mono", "nss"})
REGISTRIES = ("debian", "npm", "pypi")
BODY_KINDS = ("none", "form", "json", "text", "multipart", "file")

KEYS = ("file", "trust", "stores", "env", "files", "tools", "probes", "packages", "hint", "check", "run", "batch",
        "prepare", "service")
BATCH_KEYS = ("file", "prefix", "files", "build", "run")
# A batch build's commands also take {files} (every snippet file of the batch, one word each); a batch
# run's take {batch} (the built folder), {name} (the snippet's name in it) and {env[NAME]} (the run's
# environment variable NAME, empty if unset).
BATCH_BUILD_PLACEHOLDERS = RUN_PLACEHOLDERS | {"files"}
BATCH_RUN_PLACEHOLDERS = RUN_PLACEHOLDERS | {"batch", "name", "env"}


@dataclass(frozen=True)
class KnownFailure:
    """A failure expected of a client here, recognized by its exact symptom, for some bodies only."""

    bodies: tuple[str, ...]  # the body kinds it happens for ("none" for a body-less request)
    errors: re.Pattern[str]  # finds each error line of the output; group 1 (or the match) is the message
    matches: re.Pattern[str]  # every message must match this, and one at least must be there
    cause: str

    def applies(self, body_kind: str | None) -> bool:
        return (body_kind or "none") in self.bodies

    def explains(self, returncode: int, output: str) -> bool:
        found = [m.group(1) if m.groups() else m.group(0) for m in self.errors.finditer(output)]
        return returncode != 0 and bool(found) and all(self.matches.fullmatch(line.strip()) for line in found)


@dataclass(frozen=True)
class Batch:
    """How many snippets of a client are compiled in one go, for compilers slow to start: each
    snippet is saved as `file` (with `prefix` before it, e.g. a package line that keeps the names of
    one snippet apart from another's), `build` compiles them all in one folder, and `run` runs one."""

    file: str  # where a snippet goes in the batch folder; {name} is the snippet's own name there
    build: tuple[tuple[str, ...], ...]
    run: tuple[tuple[str, ...], ...]
    prefix: str = ""
    files: dict[str, str] = field(default_factory=dict)  # support files for the batch folder


@dataclass(frozen=True)
class Runtime:
    file: str = ""  # the name a snippet is saved under to run
    trust: str = ""  # how the runtime trusts the test CA, in words (CONTRIBUTING, `toolchains`)
    stores: tuple[str, ...] = ()  # trust stores to build: java ({java_store}), mono ({home}), nss ({nssdb})
    env: dict[str, str] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # support files written beside the snippet
    tools: tuple[str, ...] = ()  # commands that must be on PATH
    probes: tuple[tuple[str, ...], ...] = ()  # commands that must succeed (a library is installed)
    packages: dict[str, tuple[str, ...]] = field(default_factory=dict)  # registry -> names
    hint: str = ""  # what to install when a tool or probe fails
    check: tuple[tuple[str, ...], ...] = ()  # commands that compile or lint a golden file
    run: tuple[tuple[str, ...], ...] = ()  # commands that run a snippet, in its folder
    batch: Batch | None = None  # optional: how the live tests compile many snippets at once
    # optional: commands verify runs once per session, before the first run, in a folder of their
    # own ({prepared}) holding the runtime's files: work every run would repeat (ahead-of-time
    # compiled libraries, a JVM class-data archive).
    prepare: tuple[tuple[str, ...], ...] = ()
    # optional: a command verify starts once per session, when a run first needs it, in a folder
    # holding the runtime's files; the first line it prints is {service} to the run commands.
    service: tuple[str, ...] = ()

    def install_hint(self) -> str:
        if self.hint:
            return self.hint
        wanted = [f"apt-get install {' '.join(self.packages['debian'])}"] if self.packages.get("debian") else []
        if self.packages.get("npm"):
            wanted.append(f"npm install --prefix .live-deps {' '.join(self.packages['npm'])}")
        if self.packages.get("pypi"):
            wanted.append(f"pip install --target .live-deps/python {' '.join(self.packages['pypi'])}")
        return "; ".join(wanted) or "see its manifest"

    def merged(self, override: Runtime, given: set[str]) -> Runtime:
        """A client's runtime over its language's: mappings merge, tools and probes add up, the
        packages of each registry add up, and every other key the client gives replaces."""
        changes: dict[str, Any] = {}
        for key in given:
            mine, theirs = getattr(self, key), getattr(override, key)
            if key in ("env", "files"):
                changes[key] = {**mine, **theirs}
            elif key in ("tools", "probes"):
                changes[key] = mine + tuple(x for x in theirs if x not in mine)
            elif key == "packages":
                changes[key] = {r: mine.get(r, ()) + theirs.get(r, ()) for r in REGISTRIES
                                if mine.get(r) or theirs.get(r)}
            else:
                changes[key] = theirs
        return replace(self, **changes)


def placeholders(text: str) -> set[str]:
    """The {name} fields of a format string ({{ and }} are literal braces); ValueError if malformed."""
    return {name.split("[", 1)[0] for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def fill(text: str, values: dict[str, str]) -> str:
    return text.format_map(values)


def write_files(folder, files: dict[str, str], values: dict[str, str]) -> None:
    """A runtime's support files (names relative to folder), their placeholders filled."""
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(fill(text, values), encoding="utf-8")


Fail = Callable[[str, str], Exception]  # (key path, message) -> the error to raise


def parse_runtime(data: Any, path: str, fail: Fail) -> tuple[Runtime, set[str]]:
    """The Runtime a manifest mapping describes, and the keys it gives."""
    if not isinstance(data, dict):
        raise fail(path, f"must be a mapping with keys from: {', '.join(KEYS)}")
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise fail(f"{path}.{unknown[0]}", f"unknown key; a runtime has: {', '.join(KEYS)}")
    fields: dict[str, Any] = {}
    for key in ("file", "trust", "hint"):
        if key in data:
            fields[key] = _text(data[key], f"{path}.{key}", fail)
    if "file" in fields and not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.+-]*", fields["file"]):
        raise fail(f"{path}.file", "must be a plain file name (letters, digits, '_', '.', '+', '-')")
    if "stores" in data:
        fields["stores"] = tuple(_words(data["stores"], f"{path}.stores", fail))
        for store in fields["stores"]:
            if store not in STORES:
                raise fail(f"{path}.stores", f"unknown store {store!r}; verify builds: {', '.join(sorted(STORES))}")
    for key in ("env", "files"):
        if key in data:
            fields[key] = _text_map(data[key], f"{path}.{key}", fail, RUN_PLACEHOLDERS)
    for name in fields.get("files", {}):
        if name.startswith("/") or ".." in name.split("/") or not name:
            raise fail(f"{path}.files", f"{name!r} must be a relative path inside the snippet's folder")
    if "tools" in data:
        fields["tools"] = tuple(_words(data["tools"], f"{path}.tools", fail))
    for key, allowed in (("probes", RUN_PLACEHOLDERS), ("run", RUN_PLACEHOLDERS | {"service"}),
                         ("prepare", RUN_PLACEHOLDERS), ("check", CHECK_PLACEHOLDERS)):
        if key in data:
            fields[key] = _commands(data[key], f"{path}.{key}", fail, allowed)
    if "service" in data:
        if not isinstance(data["service"], list) or not all(isinstance(word, str) for word in data["service"]):
            raise fail(f"{path}.service", "must be one command, a list of words: [node, server.js]")
        fields["service"] = _commands([data["service"]], f"{path}.service", fail, RUN_PLACEHOLDERS)[0]
    if "packages" in data:
        fields["packages"] = _packages(data["packages"], f"{path}.packages", fail)
    if "batch" in data:
        fields["batch"] = _batch(data["batch"], f"{path}.batch", fail)
    return Runtime(**fields), set(fields)


def _batch(data: Any, path: str, fail: Fail) -> Batch:
    if not isinstance(data, dict) or not {"file", "build", "run"} <= set(data) or set(data) - set(BATCH_KEYS):
        raise fail(path, f"needs file, build and run (optional: prefix, files); keys: {', '.join(BATCH_KEYS)}")
    file = _checked(data["file"], f"{path}.file", fail, frozenset({"name"}))
    if "{name}" not in file or file.startswith("/") or ".." in file.split("/"):
        raise fail(f"{path}.file", "must be a relative path naming {name}, such as {name}/Main.java")
    prefix = _checked(data["prefix"], f"{path}.prefix", fail, frozenset({"name"})) if "prefix" in data else ""
    build = _commands(data["build"], f"{path}.build", fail, BATCH_BUILD_PLACEHOLDERS)
    if not any(word == "{files}" for command in build for word in command):
        raise fail(f"{path}.build", "must name {files} as a word of its own, where the snippet files go")
    files = _text_map(data.get("files", {}), f"{path}.files", fail, RUN_PLACEHOLDERS)
    for name in files:
        if name.startswith("/") or ".." in name.split("/") or not name:
            raise fail(f"{path}.files", f"{name!r} must be a relative path inside the batch folder")
    run = _commands(data["run"], f"{path}.run", fail, BATCH_RUN_PLACEHOLDERS)
    if not any("{name}" in word for command in run for word in command):
        raise fail(f"{path}.run", "never names {name}, so it cannot tell which snippet to run")
    return Batch(file, build, run, prefix, files)


def parse_known_failure(data: Any, path: str, fail: Fail) -> KnownFailure:
    keys = {"bodies", "errors", "matches", "cause"}
    if not isinstance(data, dict) or set(data) != keys:
        raise fail(path, "needs exactly bodies, errors (a regex finding error lines), matches (a regex "
                         "each must match) and cause")
    bodies = tuple(_words(data["bodies"], f"{path}.bodies", fail))
    for kind in bodies:
        if kind not in BODY_KINDS:
            raise fail(f"{path}.bodies", f"{kind!r} is not one of {', '.join(BODY_KINDS)}")
    patterns = []
    for key in ("errors", "matches"):
        try:
            patterns.append(re.compile(_text(data[key], f"{path}.{key}", fail), re.MULTILINE))
        except re.error as exc:
            raise fail(f"{path}.{key}", f"not a regular expression: {exc}") from None
    return KnownFailure(bodies, patterns[0], patterns[1], _text(data["cause"], f"{path}.cause", fail))


def _text(value: Any, path: str, fail: Fail) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail(path, "must be a non-empty string")
    return value


def _checked(value: Any, path: str, fail: Fail, allowed: frozenset[str]) -> str:
    text = _text(value, path, fail)
    try:
        names = placeholders(text)
    except ValueError as exc:
        raise fail(path, f"{exc} (write {{{{ and }}}} for literal braces)") from None
    unknown = sorted(names - allowed)
    if unknown:
        raise fail(path, f"unknown placeholder {{{unknown[0]}}}; use {', '.join('{%s}' % n for n in sorted(allowed))}")
    return text


def _words(value: Any, path: str, fail: Fail) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise fail(path, "must be a list of non-empty strings")
    return value


def _text_map(value: Any, path: str, fail: Fail, allowed: frozenset[str]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise fail(path, "must map names to strings")
    return {name: _checked(text, f"{path}.{name}", fail, allowed) for name, text in value.items()}


def _commands(value: Any, path: str, fail: Fail, allowed: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list) or not value or not all(isinstance(c, list) and c for c in value):
        raise fail(path, "must be a list of commands, each a list of words: [[javac, '{file}']]")
    return tuple(tuple(_checked(word, f"{path}[{i}][{j}]", fail, allowed) for j, word in enumerate(command))
                 for i, command in enumerate(value))


def _packages(value: Any, path: str, fail: Fail) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise fail(path, f"must map a registry ({', '.join(REGISTRIES)}) to package names")
    for registry in value:
        if registry not in REGISTRIES:
            raise fail(f"{path}.{registry}", f"unknown registry; use {', '.join(REGISTRIES)}")
    return {registry: tuple(_words(names, f"{path}.{registry}", fail)) for registry, names in value.items()}

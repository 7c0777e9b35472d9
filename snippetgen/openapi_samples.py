"""An OpenAPI document with `x-codeSamples` added to every operation, and nothing else changed.

Each operation is imported as a spec (importers/openapi*) and rendered by page_tabs (the
default client of every language, or the --lang ones; display text, so a secret is masked).
The samples are written into the document's own text (samples_edit), which is then read
back and compared with the original data plus the samples before it is returned.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import yaml_reader
from .doc_tree import Lines, Node, json_tree, key_lines, yaml_tree
from .errors import ClientRefusal, SnippetgenError, SpecError, UsageError
from .importers.bodies import load_json
from .importers.common import Origin, Policy, too_deep
from .importers.errors import SourceError
from .importers.openapi import Document, Operation
from .importers.openapi_reader import OperationReader
from .importers.to_spec import to_spec
from .pages import page_tabs
from .samples_edit import Edit, apply, operation_edits
from .samples_text import MARKER, MARKER_KEY, SAMPLES_KEY, samples_value
from .spec import Spec

# Redoc's `lang`: GitHub Linguist's language names (its documented list), by Pygments lexer.
REDOC_LANGS = {"bash": "Shell", "c": "C", "clojure": "Clojure", "csharp": "C#", "elixir": "Elixir", "go": "Go",
               "http": "HTTP", "java": "Java", "javascript": "JavaScript", "kotlin": "Kotlin", "lua": "Lua",
               "nim": "Nim", "ocaml": "OCaml", "perl": "Perl", "php": "PHP", "python": "Python", "r": "R",
               "ruby": "Ruby", "rust": "Rust", "tcl": "Tcl"}
LEGACY_KEY = "x-code-samples"  # the older name, which Redoc 2 also reads
EXISTING = ("error", "keep", "replace")


@dataclass
class Result:
    text: str
    warnings: list[str] = field(default_factory=list)
    operations: int = 0  # operations given samples
    samples: int = 0
    left_out: int = 0  # operations left without samples (--lenient)
    kept: int = 0  # operations whose own x-codeSamples were kept (--existing keep)


@dataclass
class _Target:
    """One operation to give samples: where its mapping is written, and what to take out of it."""

    operation: Operation
    method_key: Node
    node: Node
    line: int
    remove: list[tuple[Node, Node]]
    spec: Spec | None = None
    samples: list[dict[str, str]] = field(default_factory=list)


class _StrictPolicy(Policy):
    """The importer's policy, worded for this command: what a spec cannot say fails the operation."""

    def lose(self, origin, what, why, *, instead=None, line=None, path=None):
        raise origin.error(f"cannot import {what}: {why}; --lenient leaves the operation without samples",
                           line=line, path=path)


def add_samples(text: str, file: str, selectors: tuple[str, ...] = ("all",), values: dict[str, str] | None = None,
                *, existing: str = "error", lenient: bool = False) -> Result:
    """The document's text with the samples added; SpecError (one line) for what cannot be done."""
    try:
        return _Run(text, file, lenient).run(selectors or ("all",), values or {}, existing)
    except RecursionError:
        raise too_deep(file) from None


class _Run:
    def __init__(self, text: str, file: str, lenient: bool):
        self.text, self.file, self.lenient = text, file, lenient
        self.json = Path(file).suffix.lower() == ".json" or text.lstrip().startswith("{")
        self.result = Result(text)

    def run(self, selectors: tuple[str, ...], values: dict[str, str], existing: str) -> Result:
        document = Document.load(self.text, self.file)
        self.lines = Lines(self.text)
        if self.json:
            self.root, aliased = json_tree(self.text), set()
            document.lines = key_lines(self.root, self.lines)  # so the importer's errors name a line
        else:
            self.root, aliased = yaml_tree(self.text)
        targets = []
        for operation in document.operations():
            target = self.failing_softly(lambda: self.target(operation, aliased, existing))
            if target is not None and self.failing_softly(lambda: self.import_spec(document, target)):
                targets.append(target)
        _check_values(values, targets, self.file)
        for target in targets:
            self.render(target, selectors, values)
        self.result.text = self.edited(document, targets)
        return self.result

    def failing_softly(self, step):
        """step's result; with --lenient, a SpecError is a warning and the operation gets no samples."""
        try:
            return step()
        except SpecError as exc:
            if not self.lenient:
                raise
            self.result.warnings.append(f"{exc}; left without samples")
            self.result.left_out += 1
            return None

    def error(self, message: str, path: str, offset: int) -> SourceError:
        return SourceError(message, file=self.file, path=path, line=self.lines.line(offset))

    def target(self, operation: Operation, aliased: set[str], existing: str) -> _Target | None:
        """Where the operation is written, or why its samples cannot be written there."""
        item_path = yaml_reader.path_join("paths", operation.path)
        paths = self.root.pair("paths")
        found = paths[1].pair(operation.path) if paths and paths[1].kind == "map" else None
        if found is None:  # `paths: *alias`, or a complex key
            raise self.error("this path's key is written in a form snippetgen cannot edit", item_path,
                             paths[0].start if paths else 0)
        item_key, item = found
        if item.kind == "alias":
            raise self.error(f"the path item is the YAML alias *{item.anchor}, shared with another path whose URL "
                             "differs; write this path's operations out", item_path, item_key.start)
        if item.pair("$ref"):
            raise self.error("the path item is a $ref, whose operations other paths may share; write this path's "
                             "operations out", item_path, item_key.start)
        where = yaml_reader.path_join(item_path, operation.method)
        if item.pair(operation.method) is None:
            raise self.error("the operation's key is written in a form snippetgen cannot edit", where, item_key.start)
        method_key, node = item.pair(operation.method)
        for shared in (paths[1], item, node):
            if shared.anchor in aliased or shared.kind == "alias":
                raise self.error(f"the operation is shared through the YAML alias *{shared.anchor} with a path whose"
                                 " URL differs; write each path's operation out", where, method_key.start)
        if node.kind != "map":
            raise self.error("the operation is empty; write it as a mapping", where, method_key.start)
        marker = node.pair(MARKER_KEY)
        ours = marker is not None and marker[1].value == MARKER
        remove = [marker] if marker else []
        hand = [pair for pair in (node.pair(LEGACY_KEY), None if ours else node.pair(SAMPLES_KEY)) if pair]
        if ours and node.pair(SAMPLES_KEY):
            remove.append(node.pair(SAMPLES_KEY))
        if hand and existing == "keep":
            self.result.kept += 1
            return None
        if hand and existing != "replace":
            key = hand[0][0]
            raise SourceError(f"has {key.value} that snippetgen did not write; --existing replace replaces them, "
                              "--existing keep leaves the operation as it is", file=self.file,
                              path=yaml_reader.path_join(where, key.value), line=self.lines.line(key.start))
        return _Target(operation, method_key, node, self.lines.line(method_key.start), remove + hand)

    def import_spec(self, document: Document, target: _Target) -> bool:
        operation = target.operation
        notes: list[str] = []
        policy = _StrictPolicy(notes.append)
        try:
            draft = OperationReader(document, operation, policy).draft()
            target.spec = to_spec(draft, Origin(self.file, operation.where), policy, "operation").spec
        except SpecError as exc:
            if exc.line is None:
                exc.line = target.line
            raise
        self.result.warnings += [note for note in notes if note not in self.result.warnings]
        return True

    def render(self, target: _Target, selectors: tuple[str, ...], values: dict[str, str]) -> None:
        """The target's samples: one per client, in order; a client that cannot send the request
        exactly is left out with a warning (named by --lang, that is an error unless --lenient)."""
        spec = target.spec
        where = f"{self.file}:{target.line}: {target.operation.where}: "
        own = {name: value for name, value in values.items() if name in spec.variables}
        seen = set()
        for selector in selectors:
            try:
                tabs, declined = page_tabs(spec, (selector,), own)
            except ClientRefusal as exc:
                if not self.lenient:
                    raise SnippetgenError(where + _without_file(str(exc), self.file)) from None
                tabs, declined = [], [f"{exc}; left out"]
            self.result.warnings += [where + _without_file(message, self.file) for message in declined]
            for tab in tabs:
                if tab.client.id not in seen:
                    seen.add(tab.client.id)
                    target.samples.append({"lang": REDOC_LANGS.get(tab.language.lexer, tab.language.title),
                                           "label": tab.title, "source": tab.snippet.display})

    def edited(self, document: Document, targets: list[_Target]) -> str:
        """The text with every target's edits, read back and checked; every source double-quoted when a
        block scalar would not read back exactly (spaces-only lines following an operation)."""
        expected = copy.deepcopy(document.data)
        for target in targets:
            data = expected["paths"][target.operation.path][target.operation.method]
            for key, _ in target.remove:
                data.pop(key.value, None)
            if target.samples:
                data.update(samples_value(target.samples))
                self.result.operations += 1
                self.result.samples += len(target.samples)
        for quoted in (False, True):
            edits: list[Edit] = []
            for target in targets:
                edits += operation_edits(self.lines, target.node, target.method_key, target.remove, target.samples,
                                         json_doc=self.json, quoted=quoted)
            text = apply(self.text, edits)
            if _typed(self._read_back(text)) == _typed(expected):
                return text
        raise SnippetgenError(f"{self.file}: snippetgen bug: the document with samples does not read back as the "
                              "original plus the samples; nothing was written")

    def _read_back(self, text: str) -> Any:
        try:
            return load_json(text, self.file) if self.json else yaml_reader.load(text, self.file)[0]
        except SpecError:
            return None


def _check_values(values: dict[str, str], targets: list[_Target], file: str) -> None:
    declared = {name for target in targets for name in target.spec.variables}
    for name in values:
        if name not in declared:
            known = ", ".join(sorted(declared)) or "none"
            raise UsageError(f"--var {name}: no operation of {file} has this placeholder (they have: {known})")


def _without_file(message: str, file: str) -> str:
    return message[len(file) + 2:] if message.startswith(f"{file}: ") else message


def _typed(value: Any) -> Any:
    """value with every type spelled out, so that 1, 1.0, True and "1" all differ."""
    if isinstance(value, dict):
        return ("dict", {key: _typed(item) for key, item in value.items()})
    if isinstance(value, list):
        return ("list", [_typed(item) for item in value])
    return (type(value).__name__, value)

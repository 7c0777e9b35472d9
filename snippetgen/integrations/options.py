"""The options of a snippetgen block (the YAML between its fences), checked, with the line of
each key for errors.  The values of `vars` are read as a spec reads its values: text, or an
integer as its digits; anything else asks for quotes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import yaml_reader
from ..errors import SpecError
from ..variables import NAME

KEYS = ("spec", "languages", "vars", "short", "responses")


class OptionError(ValueError):
    """A bad option: its key path and, where known, its line within the block."""

    def __init__(self, message: str, path: str = "", line: int | None = None):
        super().__init__(f"{path}: {message}" if path else message)
        self.message = message
        self.path = path
        self.line = line


@dataclass(frozen=True)
class BlockOptions:
    spec: str
    languages: tuple[str, ...] | None = None  # None: the site's
    values: dict[str, str] = field(default_factory=dict)
    short: bool | None = None  # None: the site's
    responses: bool = True  # the spec's example responses, as a tab set after the code's
    lines: dict[str, int] = field(default_factory=dict, repr=False)

    def line_of(self, path: str) -> int | None:
        return yaml_reader.nearest_line(self.lines, path)


def read_block(body: str, first_line: int = 0) -> BlockOptions:
    """The options in body; lines are counted from first_line (the page's line of the opening fence),
    in this error's line and in YAML's own messages ("a quoted scalar that starts on line 7")."""
    try:
        data, lines = yaml_reader.load("\n" * first_line + body, "<block>")
    except SpecError as exc:  # YAML syntax: its message never quotes the text (a value may be secret)
        raise OptionError(exc.message, line=exc.line) from None

    def fail(message: str, path: str = "") -> OptionError:
        return OptionError(message, path, yaml_reader.nearest_line(lines, path))

    if not isinstance(data, dict):
        raise fail("a snippetgen block holds YAML options, at least `spec: path/to/spec.yaml`")
    for key in data:
        if key not in KEYS:
            raise fail(f"unknown option {key!r} (expected one of: {', '.join(KEYS)})", yaml_reader.path_join("", key))
    if not isinstance(data.get("spec"), str) or not data["spec"]:
        raise fail("give the spec's path, relative to the folder of mkdocs.yml", "spec")
    try:
        return BlockOptions(
            spec=data["spec"],
            languages=None if data.get("languages") is None else language_list(data["languages"], "languages"),
            values=variable_values(data.get("vars"), "vars"),
            short=None if data.get("short") is None else flag(data["short"], "short"),
            responses=True if data.get("responses") is None else flag(data["responses"], "responses"),
            lines=lines,
        )
    except OptionError as exc:
        raise fail(exc.message, exc.path) from None


def language_list(value: Any, path: str) -> tuple[str, ...]:
    """`[go, python:requests]` or one selector as text; resolve() checks the names."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise OptionError("expected a list of languages (LANG, LANG:CLIENT or all)", path)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise OptionError(f"expected a language name, got {_kind(item)}",
                              path if isinstance(value, str) else f"{path}[{index}]")
    return tuple(items)


def variable_values(value: Any, path: str) -> dict[str, str]:
    """`{NAME: VALUE}`: each name a variable name, each value text or an integer."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise OptionError(f"expected a mapping of variable names to values, got {_kind(value)}", path)
    values = {}
    for name, item in value.items():
        item_path = yaml_reader.path_join(path, str(name))
        if not isinstance(name, str) or not NAME.match(name):
            raise OptionError("a variable name is letters, digits and _, not starting with a digit", item_path)
        if isinstance(item, bool) or not isinstance(item, (str, int)):
            # The value is never echoed: it may be a secret.
            raise OptionError(f"expected text, got {_kind(item)}; quote the value", item_path)
        values[name] = str(item)
    return values


def flag(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise OptionError(f"expected true or false, got {_kind(value)}", path)
    return value


def _kind(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    return {dict: "a mapping", list: "a list", str: "text", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__)

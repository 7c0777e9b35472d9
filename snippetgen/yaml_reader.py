"""YAML text -> plain Python data plus the line of every key path.

Scalars are read with the YAML 1.2 core schema (so `on`, `yes`, `no` and dates stay
strings, as a spec author means them), mapping keys are always the text written,
and a key given twice is an error rather than silently overwritten.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .errors import SpecError


class _CoreLoader(yaml.SafeLoader):
    yaml_implicit_resolvers: dict = {}


# libyaml composes nodes several times faster; its resolver and constructor are the same
# Python classes, so values come out the same.  Errors are worded by the pure-Python parser.
class _FastCoreLoader(getattr(yaml, "CSafeLoader", _CoreLoader)):
    yaml_implicit_resolvers: dict = {}


for _loader in (_CoreLoader, _FastCoreLoader):
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
    )
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789")
    )
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:float",
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        list("-+.0123456789"),
    )


def _int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    # SafeLoader's int reader would treat 010 as octal and accept 1_000; core schema is decimal.
    return int(loader.construct_scalar(node))


_CoreLoader.add_constructor("tag:yaml.org,2002:int", _int)
_FastCoreLoader.add_constructor("tag:yaml.org,2002:int", _int)


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+").fullmatch
_STR_TAG = "tag:yaml.org,2002:str"


def path_join(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    plain = _PLAIN_KEY(key) is not None
    part = key if plain else '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{parent}.{part}" if parent else part


def nearest_line(lines: dict[str, int], path: str) -> int | None:
    """The line of path, or of the nearest enclosing key that has one (a missing key: its parent)."""
    probe = path
    while probe and probe not in lines:
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""
    return lines.get(probe)


def _compose(text: str) -> tuple[yaml.SafeLoader, yaml.Node | None]:
    """The node tree, by libyaml when it can; the pure-Python parser words any error."""
    loader = _FastCoreLoader(text)
    try:
        return loader, loader.get_single_node()
    except yaml.YAMLError:
        loader.dispose()
    loader = _CoreLoader(text)
    return loader, loader.get_single_node()


def load(text: str, file: str) -> tuple[Any, dict[str, int]]:
    """Parse one YAML document; return (data, {key path: 1-based line})."""
    try:
        loader, node = _compose(text)
    except RecursionError:
        raise SpecError(f"nested too deeply (more than {MAX_DEPTH} levels)", file=file) from None
    except yaml.reader.ReaderError as exc:
        # A control character: point at its line, in one line (str(exc) adds a second one).
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else None
        raise SpecError(f"invalid YAML: the character U+{exc.character:04X} cannot appear in YAML text;"
                        " write it as an escape in a double-quoted string", file=file, line=line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = _describe(exc)
        if "'\\t'" in problem:
            problem += "; YAML indents with spaces, not tabs"
        elif problem.startswith("mapping values are not allowed"):
            problem += "; check the indentation, or quote a value that contains ': '"
        raise SpecError(f"invalid YAML: {problem}", file=file, line=line) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}", file=file) from None
    lines: dict[str, int] = {}
    if node is None:
        return None, lines
    budget = _Budget(file)
    return _convert(loader, node, "", lines, file, budget=budget), lines


MAX_DEPTH = 100  # mappings and lists inside each other; every client's literal can hold this many


class _Budget:
    """Caps what an input expands to: nested aliases can grow exponentially, in values or in text."""

    LIMIT = 1_000_000
    TEXT_LIMIT = 64_000_000  # characters of text, counted once per use of an aliased value

    def __init__(self, file: str):
        self.file = file
        self.left = self.LIMIT
        self.text_left = self.TEXT_LIMIT

    def spend(self, line: int, text: int = 0) -> None:
        self.left -= 1
        self.text_left -= text
        if self.left < 0:
            raise SpecError(f"the document expands to more than {self.LIMIT} values (nested YAML aliases?)",
                            file=self.file, line=line)
        if self.text_left < 0:
            raise SpecError(f"the document expands to more than {self.TEXT_LIMIT // 1_000_000} million characters"
                            " (a long value aliased many times?)", file=self.file, line=line)


def _describe(exc: yaml.MarkedYAMLError) -> str:
    """One line: str(exc) would add the marks and a quoted source excerpt on further lines."""
    problem = exc.problem or exc.context or "not valid YAML"
    if exc.problem and exc.context and exc.context_mark and exc.context_mark is not exc.problem_mark:
        # Name where an unclosed construct began: "end of stream" alone points past the file.
        where = f"line {exc.context_mark.line + 1}"
        if exc.context.startswith("while "):
            problem += f" ({exc.context} that starts on {where})"
        else:
            problem = f"{exc.context} ({where}), {problem}"
    return " ".join(problem.split())


def _convert(loader: yaml.SafeLoader, node: yaml.Node, path: str, lines: dict[str, int], file: str,
             open_nodes: frozenset[int] = frozenset(), *, budget: _Budget) -> Any:
    lines[path] = node.start_mark.line + 1
    budget.spend(lines[path], len(node.value) if isinstance(node, yaml.ScalarNode) else 0)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        if len(open_nodes) >= MAX_DEPTH:
            raise SpecError(f"nested more than {MAX_DEPTH} levels deep", file=file, path=path, line=lines[path])
        # An alias inside the value it names (`&a [*a]`) would recurse until RecursionError.
        if id(node) in open_nodes:
            raise SpecError("a YAML alias cannot refer to a value that contains it", file=file, path=path,
                            line=lines[path])
        open_nodes = open_nodes | {id(node)}
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise SpecError("mapping keys must be plain text", file=file, path=path,
                                line=key_node.start_mark.line + 1)
            key = key_node.value
            child = path_join(path, key)
            if key in result:
                raise SpecError(f"key {key!r} is given twice", file=file, path=path or key,
                                line=key_node.start_mark.line + 1)
            result[key] = _convert(loader, value_node, child, lines, file, open_nodes, budget=budget)
            lines[child] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(loader, item, path_join(path, i), lines, file, open_nodes, budget=budget)
                for i, item in enumerate(node.value)]
    if node.tag == _STR_TAG:  # most values: the text is the value (what construct_object returns)
        return node.value
    try:
        return loader.construct_object(node, deep=True)
    except yaml.MarkedYAMLError as exc:
        raise SpecError(f"cannot read value: {_describe(exc)}", file=file, path=path,
                        line=lines[path]) from None
    except (yaml.YAMLError, ValueError) as exc:
        raise SpecError(f"cannot read value: {exc}", file=file, path=path, line=lines[path]) from None

"""Where each value of a YAML or JSON document is written, to edit the text in place.

`yaml_tree` reads PyYAML's events (libyaml's when present); `json_tree` scans JSON itself,
since YAML's scanner refuses the tabs JSON may be indented with.  A Node's `end` is where
its own text ends: after a block collection's last value and before the blank lines and
comments that PyYAML counts into a block mapping or a block scalar.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import yaml

from .yaml_reader import path_join

# Events carry no resolved types, so any loader's parser will do: libyaml's is the fast one.
_EVENTS_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Node:
    kind: str  # "map", "seq", "scalar" or "alias"
    start: int  # offset of its first character (its anchor or tag, if any)
    end: int  # offset just after its own text
    flow: bool = False  # a {...} or [...] collection (every JSON one)
    close: int = -1  # a flow collection's closing bracket
    value: str | None = None  # a scalar's text
    anchor: str | None = None  # `&name` on this node, or the name an alias node refers to
    pairs: list[tuple[Node, Node]] = field(default_factory=list)
    items: list[Node] = field(default_factory=list)

    def pair(self, key: str) -> tuple[Node, Node] | None:
        return next(((k, v) for k, v in self.pairs if k.kind == "scalar" and k.value == key), None)


class Lines:
    """Offsets of a text's lines: the 1-based line of an offset, a line's start and the next one's;
    and the line break the text uses."""

    def __init__(self, text: str):
        self.text = text
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def start(self, offset: int) -> int:
        return self.starts[self.line(offset) - 1]

    def after(self, offset: int) -> int:
        """Where the line holding offset ends: the start of the next line, or the end of the text."""
        index = self.line(offset)
        return self.starts[index] if index < len(self.starts) else len(self.text)


# --- YAML ---------------------------------------------------------------------


def yaml_tree(text: str) -> tuple[Node, set[str]]:
    """The root Node of a YAML document that yaml_reader has read, and every anchor an alias uses."""
    events = iter(yaml.parse(text, Loader=_EVENTS_LOADER))
    aliased: set[str] = set()

    def read(event: yaml.Event) -> Node:
        start, end = event.start_mark.index, event.end_mark.index
        if isinstance(event, yaml.AliasEvent):
            aliased.add(event.anchor)
            return Node("alias", start, end, anchor=event.anchor)
        if isinstance(event, yaml.ScalarEvent):
            return Node("scalar", start, _scalar_end(text, event), value=event.value, anchor=event.anchor)
        flow = bool(event.flow_style)
        node = Node("map" if isinstance(event, yaml.MappingStartEvent) else "seq", start, end, flow=flow,
                    anchor=event.anchor)
        while not isinstance(child := next(events), (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            if node.kind == "map":
                node.pairs.append((read(child), read(next(events))))
            else:
                node.items.append(read(child))
        if flow:  # a block collection's end event stands at the next token, past comments and blank lines
            node.close, node.end = child.start_mark.index, child.end_mark.index
        else:
            node.end = (node.pairs[-1][1] if node.pairs else node.items[-1]).end
        return node

    root = None
    for event in events:
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.ScalarEvent, yaml.AliasEvent)):
            root = read(event)
            break
    if root is None:
        raise ValueError("empty document")
    return root, aliased


def _scalar_end(text: str, event: yaml.ScalarEvent) -> int:
    """Past a scalar's last character; a block scalar's mark lies past the blank lines after it.

    Those lines are left outside its text unless they belong to its value (a `|+` block, or
    a last line of spaces): then the scalar ends at the line break before the next line.
    """
    end = event.end_mark.index
    if event.style not in ("|", ">"):
        return end
    value = event.value
    body = value[:-1] if value.endswith("\n") else value
    if body != body.rstrip(" \t\n"):
        return end if end == len(text) else text.rfind("\n", 0, end)
    while end > event.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return end


# --- JSON ---------------------------------------------------------------------

_WHITESPACE = re.compile(r"[ \t\r\n]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_LITERAL = re.compile(r"-?(?:Infinity|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|true|false|null|NaN")


def json_tree(text: str) -> Node:
    """The root Node of a JSON text that json.loads has read (so it is valid JSON)."""
    import json

    def skip(pos: int) -> int:
        return _WHITESPACE.match(text, pos).end()

    def read(pos: int) -> Node:
        opener = text[pos]
        if opener not in "{[":
            match = (_STRING if opener == '"' else _LITERAL).match(text, pos)
            value = json.loads(match.group()) if opener == '"' else match.group()
            return Node("scalar", pos, match.end(), value=value)
        node = Node("map" if opener == "{" else "seq", pos, pos, flow=True)
        pos = skip(pos + 1)
        while text[pos] not in "}]":
            if node.kind == "map":
                key = read(pos)
                value = read(skip(skip(key.end) + 1))  # past the colon
                node.pairs.append((key, value))
                pos = skip(value.end)
            else:
                node.items.append(read(pos))
                pos = skip(node.items[-1].end)
            if text[pos] == ",":
                pos = skip(pos + 1)
        node.close, node.end = pos, pos + 1
        return node

    return read(skip(0))


def key_lines(root: Node, lines: Lines) -> dict[str, int]:
    """{key path: line} as yaml_reader gives for YAML: a key's line, or a list item's."""
    found: dict[str, int] = {}
    stack = [("", root)]
    while stack:
        path, node = stack.pop()
        found.setdefault(path, lines.line(node.start))
        for key, value in node.pairs:
            child = path_join(path, str(key.value))
            found[child] = lines.line(key.start)
            stack.append((child, value))
        stack.extend((path_join(path, index), item) for index, item in enumerate(node.items))
    return found

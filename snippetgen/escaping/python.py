"""Python literals: strings, JSON values as dicts and lists, ordered pairs."""

from __future__ import annotations

from typing import Any, Iterable

from .common import _COMMON, Probe, _c_style, _escape_with

__all__ = ["python_str", "python_literal", "python_pairs"]


def python_str(value: str) -> str:
    return '"' + _escape_with(value, _COMMON, _c_style) + '"'


def python_literal(value: Any, indent: str = "", step: str = "    ") -> str:
    """A Python expression equal to a JSON value (dicts, lists, str, numbers, bools, None)."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return python_str(value)
    inner = indent + step
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [inner + python_literal(item, inner, step) + "," for item in value]
        return "[\n" + "\n".join(items) + "\n" + indent + "]"
    if not value:
        return "{}"
    items = [
        inner + python_str(key) + ": " + python_literal(item, inner, step) + ","
        for key, item in value.items()
    ]
    return "{\n" + "\n".join(items) + "\n" + indent + "}"


def python_pairs(pairs: Iterable[tuple[str, str]], indent: str = "") -> str:
    """A dict literal, or a list of tuples when a name repeats (both ordered); a None value stays None."""
    pairs = list(pairs)
    if len({name for name, _ in pairs}) == len(pairs):
        return python_literal(dict(pairs), indent)
    items = [f"{indent}    ({python_str(n)}, {python_literal(v)})," for n, v in pairs]
    return "[\n" + "\n".join(items) + "\n" + indent + "]"


PROBE = Probe(
    file="esc.py",
    program=(
        "values = [\n"
        "{items}]\n"
        "for v in values:\n"
        "    assert type(v) is str, repr(v)\n"
        '    print(v.encode("utf-8").hex())\n'
    ),
    item="    {literal},\n",
    commands=(("{python}", "{file}"),),
    literals={"python_str": python_str},
)

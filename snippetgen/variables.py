"""Placeholders: `{name}` references to declared variables, substitution and masking."""

from __future__ import annotations

import re
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
MASK = "*****MASKED*****"


@dataclass(frozen=True)
class Variable:
    name: str
    description: str = ""
    example: str | None = None
    secret: bool = False


def masked(value: str) -> str:
    """What a secret's value shows as: at most its first 3 characters, then the mask."""
    return (value[:3] if len(value) >= 12 else "") + MASK


def substitute(text: str, values: dict[str, str]) -> str:
    """Replace `{name}` for every name that has a value; leave all else verbatim.

    One pass over the original text, so a value that itself contains `{other}` is
    inserted literally and never expanded again.
    """
    if not values or "{" not in text:
        return text
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def placeholder_spans(text: str, declared: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """(start, end) of every placeholder in text whose name is declared."""
    return [m.span() for m in PLACEHOLDER.finditer(text) if m.group(1) in declared]


def display_values(variables: dict[str, Variable], values: dict[str, str], reveal: bool) -> dict[str, str]:
    """The values to show: secrets masked unless reveal is set."""
    if reveal:
        return dict(values)
    return {
        name: masked(value) if variables[name].secret else value
        for name, value in values.items()
    }

"""PHP literals: single-quoted strings where possible, and nowdocs for readable multi-line text."""

from __future__ import annotations

from .common import _COMMON, Probe, _escape_with, _has_hidden

__all__ = ["php_str", "php_text"]


def php_str(value: str) -> str:
    """Single quotes when possible; double quotes (with $ escaped) for control characters."""
    if not _has_hidden(value):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    table = dict(_COMMON, **{"$": "\\$", "\x0b": "\\v", "\x1b": "\\e", "\f": "\\f"})
    return '"' + _escape_with(value, table, lambda code: f"\\u{{{code:x}}}") + '"'


def php_text(value: str, indent: str) -> str:
    """A nowdoc for readable multi-line text (PHP 7.3+ closing-marker indentation)."""
    lines = value.split("\n")
    if _has_hidden(value, "\n") or any(
        line.lstrip().startswith("JSON") for line in lines
    ):
        return php_str(value)
    return "<<<'JSON'\n" + "\n".join(indent + line for line in lines) + "\n" + indent + "JSON"


PROBE = Probe(
    file="esc.php",
    program='<?php\nfunction h(string $s): void { echo bin2hex($s), "\\n"; }\n{items}',
    item="h({literal});\n",
    # -n: no php.ini, so no local setting changes how the literals are read.
    commands=(("php", "-n", "{file}"),),
    literals={
        "php_str": php_str,
        # Indented as in the templates, and unindented (on the brief list only).
        "php_text": lambda v: php_text(v, "    "),
        "php_text-noindent": lambda v: php_text(v, ""),
    },
    raw={"php_text": "\n", "php_text-noindent": "\n"},
    brief=frozenset({"php_text-noindent"}),
)

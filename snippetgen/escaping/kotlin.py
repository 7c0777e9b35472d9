"""Kotlin literals: escaped strings (joined at run time when too long for a class file), and
raw strings with trimMargin() for readable multi-line text.

In a Kotlin string "$name" and "${...}" are templates, so every `$` is written `\\$`. Kotlin has
no \\x, octal, \\f or \\U escape: a hidden character is \\uXXXX, a surrogate pair beyond the BMP.
Unlike Java, \\u is read inside the literal only, so \\u000a cannot end a line.
"""

from __future__ import annotations

from .common import Probe, _escape_with, _has_hidden, _u4
from .java import _java_constant_bytes

__all__ = ["kotlin_str", "kotlin_text"]

_TABLE = {"\\": "\\\\", '"': '\\"', "$": "\\$", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b"}

# A class file holds a string constant of at most 65535 bytes of modified UTF-8, and kotlinc 1.3
# does not split a longer literal (it fails with "Couldn't transform method node"). Longer text
# is joined at run time from pieces that fit (10000 code points <= 60000 bytes).
_CONSTANT_BYTES = 65535
_PIECE = 10000


def _too_long(value: str) -> bool:
    return len(value) * 6 > _CONSTANT_BYTES and _java_constant_bytes(value) > _CONSTANT_BYTES


def _literal(value: str) -> str:
    return '"' + _escape_with(value, _TABLE, _u4) + '"'


def _joined(value: str, piece: int) -> str:
    # "a" + "b" is folded back into one constant; joinToString is not.
    pieces = [value[i:i + piece] for i in range(0, len(value), piece)] or [""]
    return "listOf(" + ", ".join(_literal(p) for p in pieces) + ').joinToString("")'


def kotlin_str(value: str) -> str:
    """A Kotlin string expression: one "..." literal, or a joined list of them for huge text."""
    if _too_long(value):
        return _joined(value, _PIECE)
    return _literal(value)


def kotlin_text(value: str, indent: str) -> str:
    """Multi-line text as a raw string whose lines start with indent and "|", trimmed by
    trimMargin() (which drops the blank first and last lines, and every line's whitespace up to
    its "|"), where the text allows it; else kotlin_str.

    A raw string has no escapes: it cannot hold `\"\"\"` or a `$` template, and a hidden
    character would be invisible (and kotlinc reads a CR as a line break)."""
    if ("\n" not in value or '"""' in value or "$" in value or _has_hidden(value, "\n")
            or _too_long(value)):
        return kotlin_str(value)
    lines = "".join(f"\n{indent}|{line}" for line in value.split("\n"))
    return f'"""{lines}\n{indent}""".trimMargin()'


PROBE = Probe(
    file="Esc.kt",
    program=(
        "fun p(s: String) {\n"
        '    println(s.toByteArray(Charsets.UTF_8).joinToString("") { "%02x".format(it) })\n'
        "}\n\n"
        "fun main() {\n"
        "{items}"
        "}\n"
    ),
    item="    p({literal})\n",
    commands=(
        ("kotlinc", "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-jvm-target", "1.8", "-Werror",
         "-d", "{dir}", "{file}"),
        ("java", "-cp", "{dir}:/usr/share/java/kotlin-stdlib.jar", "EscKt"),
    ),
    literals={
        "kotlin_str": kotlin_str,
        # Indented as in the templates, and unindented (on the brief list only).
        "kotlin_text": lambda v: kotlin_text(v, "        "),
        "kotlin_text-noindent": lambda v: kotlin_text(v, ""),
        # The joined form of huge text, forced on every value in pieces of 3 code points.
        "kotlin_str-joined": lambda v: _joined(v, 3),
    },
    raw={"kotlin_text": "\n", "kotlin_text-noindent": "\n"},
    brief=frozenset({"kotlin_text-noindent", "kotlin_str-joined"}),
)

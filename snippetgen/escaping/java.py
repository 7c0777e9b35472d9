"""Java literals: strings (joined at run time when too long for a class file), text blocks,
and which media types OkHttp accepts."""

from __future__ import annotations

import re

from .common import _COMMON, Probe, _escape_with, _has_hidden, _u4

__all__ = ["java_str", "java_text_block", "okhttp_media_type"]

# A class file holds a string constant of at most 65535 bytes of modified UTF-8;
# longer text is joined at run time from pieces that fit (10000 code points <= 60000 bytes).
_JAVA_CONSTANT_BYTES = 65535
_JAVA_PIECE = 10000


def _java_constant_bytes(value: str) -> int:
    """Modified UTF-8 size: 1 byte for U+0001..U+007F, 2 up to U+07FF (and NUL), 3 a UTF-16 unit above."""
    astral = len(value.encode("utf-16-le", "surrogatepass")) // 2 - len(value)
    # UTF-8 takes 1, 2, 3 and 4 bytes; modified UTF-8 takes NUL as 2 and astral as 2 x 3.
    return len(value.encode("utf-8", "surrogatepass")) + value.count("\0") + 2 * astral


def java_str(value: str) -> str:
    """A Java string expression: one literal, or String.join of literals for huge text."""
    if len(value) * 6 > _JAVA_CONSTANT_BYTES and _java_constant_bytes(value) > _JAVA_CONSTANT_BYTES:
        # "a" + "b" would be folded back into one constant; String.join is not.
        pieces = [value[i:i + _JAVA_PIECE] for i in range(0, len(value), _JAVA_PIECE)]
        return 'String.join("", ' + ", ".join(_java_literal(piece) for piece in pieces) + ")"
    return _java_literal(value)


def _java_literal(value: str) -> str:
    # Java turns \uXXXX into characters before lexing, so \u000a would end the line:
    # control characters use octal escapes, and \u is kept for harmless characters.
    table = dict(_COMMON, **{"\b": "\\b", "\f": "\\f"})

    def hidden(code: int) -> str:
        return f"\\{code:03o}" if code < 0x100 else _u4(code)

    return '"' + _escape_with(value, table, hidden) + '"'


def java_text_block(value: str, indent: str) -> str:
    """A Java 15+ text block for readable multi-line text, else java_str.

    Text blocks strip incidental indentation and trailing spaces and normalise line
    ends, so only text without those hazards qualifies.
    """
    lines = value.split("\n")
    # Blank lines do not count towards the incidental indentation, so the first
    # non-blank line (not just the first line) must be unindented: "\n  b" lost its "  ".
    risky = any(line != line.rstrip(" \t") for line in lines) or value.lstrip("\n").startswith(
        (" ", "\t")
    )
    too_long = len(value) * 6 > _JAVA_CONSTANT_BYTES and _java_constant_bytes(value) > _JAVA_CONSTANT_BYTES
    if risky or too_long or value.endswith("\n") or _has_hidden(value, "\n"):
        return java_str(value)
    body = value.replace("\\", "\\\\").replace('"""', '\\"""')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    return '"""\n' + "\n".join(indent + line for line in body.split("\n")) + '"""'


_OKHTTP_TOKEN = r"[a-zA-Z0-9\-!#$%&'*+.^_`{|}~]+"
_OKHTTP_TYPE = re.compile(f"{_OKHTTP_TOKEN}/{_OKHTTP_TOKEN}")
_OKHTTP_PARAMETER = re.compile(f""";[ \\t\\n\\x0b\\f\\r]*(?:{_OKHTTP_TOKEN}=(?:{_OKHTTP_TOKEN}|"[^"]*"))?""")


def okhttp_media_type(value: str) -> bool:
    """Whether OkHttp's MediaType.get() (3.x and 4.x) accepts value: type/subtype, then parameters."""
    match = _OKHTTP_TYPE.match(value)
    if not match:
        return False
    position = match.end()
    while position < len(value):
        parameter = _OKHTTP_PARAMETER.match(value, position)
        if not parameter or parameter.end() == position:
            return False
        position = parameter.end()
    return True


PROBE = Probe(
    file="Esc.java",
    program=(
        "import java.nio.charset.StandardCharsets;\n\n"
        "public class Esc {\n"
        "    static void p(String s) {\n"
        "        StringBuilder b = new StringBuilder();\n"
        '        for (byte x : s.getBytes(StandardCharsets.UTF_8)) b.append(String.format("%02x", x));\n'
        "        System.out.println(b);\n"
        "    }\n\n"
        "    public static void main(String[] args) {\n"
        "{items}"
        "    }\n"
        "}\n"
    ),
    item="        p({literal});\n",
    commands=(
        ("javac", "-encoding", "UTF-8", "-d", "{dir}", "{file}"),
        ("java", "-cp", "{dir}", "Esc"),
    ),
    literals={
        "java_str": java_str,
        # Indented as in the templates, and unindented (on the brief list only).
        "java_text_block": lambda v: java_text_block(v, "        "),
        "java_text_block-noindent": lambda v: java_text_block(v, ""),
    },
    raw={"java_text_block": "\n", "java_text_block-noindent": "\n"},
    brief=frozenset({"java_text_block-noindent"}),
)

"""C string literals (UTF-8 source and execution character sets, gcc's defaults).

A literal's bytes are the value's UTF-8 bytes, NUL included: code that needs the length of a
value that may hold NUL takes `sizeof` of the array it initializes, minus one.
"""

from __future__ import annotations

from .common import _COMMON, Probe, _escape_with

__all__ = ["c_str", "c_text"]


def _hidden(code: int) -> str:
    # Octal takes at most three digits, so a digit after it is never swallowed (\x takes every
    # hex digit that follows). A universal character name cannot be below U+00A0 (C11 6.4.3).
    if code < 0xA0:
        return "".join(f"\\{byte:03o}" for byte in chr(code).encode("utf-8"))
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _trigraph_safe(text: str) -> str:
    """No two '?' in a row: '??=' and the like are trigraphs in ISO C modes (before C23)."""
    if "??" not in text:
        return text
    out = []
    for ch in text:
        out.append("\\?" if ch == "?" and out and out[-1].endswith("?") else ch)
    return "".join(out)


def c_str(value: str) -> str:
    """One C string literal whose bytes are value's UTF-8 bytes."""
    return '"' + _trigraph_safe(_escape_with(value, _COMMON, _hidden)) + '"'


def c_text(value: str, indent: str) -> str:
    """Adjacent literals, one per line of text (readable JSON); the compiler joins them.

    Each line after the first starts with indent."""
    pieces = [line + "\n" for line in value.split("\n")]
    pieces[-1] = pieces[-1][:-1]
    if not pieces[-1]:
        pieces.pop()
    if len(pieces) < 2:
        return c_str(value)
    return ("\n" + indent).join(c_str(piece) for piece in pieces)


PROBE = Probe(
    file="esc.c",
    program=(
        "#include <stdio.h>\n\n"
        "static void h(const char *s, size_t n)\n{\n"
        "    for (size_t i = 0; i < n; i++)\n        printf(\"%02x\", (unsigned char)s[i]);\n"
        "    putchar('\\n');\n}\n\n"
        "int main(void)\n{\n{items}    return 0;\n}\n"
    ),
    item="    {\n        static const char v[] = {literal};\n        h(v, sizeof v - 1);\n    }\n",
    # ISO C11 (trigraphs are read there) and gcc's default GNU dialect, warnings as errors.
    commands=(
        ("gcc", "-std=gnu17", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "{file}"),
        ("gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-o", "{dir}/esc", "{file}"),
        ("env", "{dir}/esc"),  # the first word is looked up on PATH
    ),
    literals={"c_str": c_str, "c_text": lambda v: c_text(v, "            ")},
    raw={"c_text": "\n"},
)

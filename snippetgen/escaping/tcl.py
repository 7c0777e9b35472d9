"""Tcl literals: bare and "plain" words, {braced} ones where nothing is substituted, escaped "..." otherwise.

A Tcl script is read in the system encoding (run it in a UTF-8 locale, or `tclsh -encoding
utf-8`); printable non-ASCII stays as it is. Every hidden character is an escape: \\uXXXX
reaches only the Basic Multilingual Plane in Tcl 8.6 (its \\U gives U+FFFD), so a hidden
character beyond it is made of its UTF-8 bytes by `encoding convertfrom utf-8`, the same in
Tcl 8.6 and 9. Each literal is one word: it stands where a command takes an argument.

Tcl 8.6.13 reads a script through 4096-byte buffers and garbles a 4-byte UTF-8 character
(beyond the BMP: emoji) that straddles two of them. A long value (a body) spans many buffers,
so in one every character beyond the BMP is written as its UTF-8 bytes too; a short value
keeps them readable (one lands on a boundary only by chance, about 3 times in 4096).
"""

from __future__ import annotations

import re

from .common import Probe, _escape_with, _has_hidden

__all__ = ["tcl_str", "tcl_text"]

# What double quotes substitute: variables, commands and backslash sequences.
_QUOTED = {"\\": "\\\\", '"': '\\"', "$": "\\$", "[": "\\[", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_SPECIAL = frozenset('\\"$[')
# A word Tcl reads as it is, written bare: a method, a header name, a simple value.
_BARE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def _hidden(code: int) -> str:
    if code < 0x10000:
        return f"\\u{code:04x}"
    utf8 = "".join(f"\\x{byte:02x}" for byte in chr(code).encode("utf-8"))
    return f"[encoding convertfrom utf-8 {utf8}]"


def _brace_safe(value: str, raw: str) -> bool:
    """Whether {value} reads back as value: balanced braces (a backslash-escaped one does not
    count, and stays as written), no backslash-newline (substituted even in braces), no
    trailing backslash (it would escape the closing brace), no hidden character outside raw."""
    if _has_hidden(value, raw):
        return False
    if "\\" not in value and "{" not in value and "}" not in value:
        return True
    depth = 0
    chars = iter(value)
    for ch in chars:
        if ch == "\\":
            following = next(chars, None)
            if following is None or following == "\n":
                return False
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# Longer values write characters beyond the BMP as UTF-8 bytes (see above).
_LONG = 512


def _astral_bytes(text: str) -> str:
    return "".join(_hidden(ord(ch)) if ord(ch) > 0xFFFF and ch.isprintable() else ch for ch in text)


def _literal(value: str, raw: str) -> str:
    if _BARE.fullmatch(value):
        return value
    long_astral = len(value) > _LONG and any(ord(ch) > 0xFFFF for ch in value)
    if not long_astral and not _SPECIAL.intersection(value) and not _has_hidden(value, raw):
        return f'"{value}"'
    if not long_astral and value and _brace_safe(value, raw):
        return "{" + value + "}"
    table = {**_QUOTED, **{ch: ch for ch in raw}}
    quoted = _escape_with(value, table, _hidden)
    return '"' + (_astral_bytes(quoted) if long_astral else quoted) + '"'


def tcl_str(value: str) -> str:
    """One Tcl word on one line: bare, "plain", {braced} or "escaped"."""
    return _literal(value, "")


def tcl_text(value: str) -> str:
    """One Tcl word keeping the text's line breaks as they are (pretty JSON): {braced} where
    possible, else double-quoted with the rest escaped."""
    return _literal(value, "\n")


PROBE = Probe(
    file="esc.tcl",
    program=(
        "set values {}\n{items}"
        "foreach v $values {\n"
        "    puts [binary encode hex [encoding convertto utf-8 $v]]\n"
        "}\n"
    ),
    item="lappend values {literal}\n",
    commands=(("tclsh", "{file}"),),
    literals={"tcl_str": tcl_str, "tcl_text": tcl_text},
    raw={"tcl_text": "\n"},
    env={"PATH": "/usr/bin:/bin:/usr/local/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
)

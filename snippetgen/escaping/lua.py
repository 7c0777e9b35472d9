"""Lua literals: double-quoted strings, and long brackets for readable multi-line text.

Lua strings are byte strings and a source file's bytes are taken as they are, so printable
non-ASCII characters stay raw (their UTF-8 bytes).  Hidden ASCII characters are written
\\xXX (always two hex digits: the decimal \\ddd escape would swallow a digit that follows),
other hidden characters \\u{XXXX}, which Lua 5.3+ turns into their UTF-8 bytes.
"""

from __future__ import annotations

from .common import _COMMON, Probe, _escape_with, _has_hidden

__all__ = ["lua_str", "lua_text"]


def _hidden(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{{{code:x}}}"


def lua_str(value: str) -> str:
    return '"' + _escape_with(value, _COMMON, _hidden) + '"'


def lua_text(value: str) -> str:
    """A long bracket string [==[ ... ]==] when the text allows it (readable multi-line JSON), else lua_str.

    Lua skips a newline right after the opening bracket (one is always written, so the text
    starts on its own line) and reads every end-of-line sequence as \\n: a text holding CR or
    another hidden character other than LF and tab takes lua_str."""
    if "\r" in value or _has_hidden(value, "\n\t"):
        return lua_str(value)
    level = 0
    # The closing bracket must first occur right after the text, not inside or across its end.
    while (value + "]" + "=" * level + "]").find("]" + "=" * level + "]") != len(value):
        level += 1
    return "[" + "=" * level + "[\n" + value + "]" + "=" * level + "]"


PROBE = Probe(
    file="esc.lua",
    program=(
        "local values = {\n{items}}\n"
        "for _, v in ipairs(values) do\n"
        '  io.write((v:gsub(".", function(c) return string.format("%02x", c:byte()) end)), "\\n")\n'
        "end\n"
    ),
    item="  {literal},\n",
    commands=(("lua5.4", "{file}"),),
    literals={"lua_str": lua_str, "lua_text": lua_text},
    raw={"lua_text": "\n\t"},
)
